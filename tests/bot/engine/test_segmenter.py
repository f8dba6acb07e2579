"""The segmenter: each index cuts with a jieba dictionary of its own, rebuilt on reload, safe across threads."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine

from bot.engine.composer import Composer
from bot.engine.entries import SEGMENTER_NAME_LENGTHS
from bot.engine.question import base_segmenter, segment
from knowledge.text import strip_ordinal

LEARNED = "区块链政务协同平台运维费"  # a name no dictionary holds: jieba cuts it unless it is taught


def test_a_name_taught_to_one_segmenter_is_kept_whole_by_it_alone() -> None:
    taught = base_segmenter().copy()
    taught.learn({LEARNED})
    assert LEARNED in taught.cut(f"{LEARNED}是多少")
    assert LEARNED not in base_segmenter().cut(f"{LEARNED}是多少")
    assert LEARNED not in base_segmenter().copy().cut(f"{LEARNED}是多少")


def test_the_matcher_cuts_with_the_segmenter_of_the_index_it_reads() -> None:
    taught = base_segmenter().copy()
    taught.learn({LEARNED})
    with taught.active():
        assert LEARNED in segment(LEARNED)
    assert LEARNED not in segment(LEARNED)


def test_a_reload_starts_again_from_the_base_words(sample_engine: Engine, cache_home: Path) -> None:
    """A name taught for a document since gone is not kept: a reload copies the base words again and
    teaches the names of the documents loaded now."""
    composer = Composer(sample_engine)
    before = composer.index.segmenter
    before.learn({LEARNED})
    composer.reload()
    after = composer.index.segmenter
    assert after is not before and LEARNED not in after.tokenizer.FREQ
    composer.answer("零工市场花了多少钱")
    (document,) = composer.index.built.values()
    assert len(document.words) > 100 and all(word in after.tokenizer.FREQ for word in document.words)


def test_every_documents_printed_names_are_taught_before_any_is_read(corpus_engine: Engine) -> None:
    """会议费, printed by some documents only, is cut whole from the first question on, whichever document
    the question reads: what an answer reads of a name never hangs on what was asked before."""
    index = Composer(corpus_engine).index
    assert not index.built
    labels = {
        strip_ordinal(record.name)
        for record in index.named
        if record.printed and len(strip_ordinal(record.name)) in SEGMENTER_NAME_LENGTHS
    }
    assert len(labels) > 300 and all(label in index.segmenter.tokenizer.FREQ for label in labels)
    assert "会议费" in labels and index.segmenter.cut("会议费多少")[0] == "会议费"


def test_an_answer_is_the_same_whatever_was_asked_before(corpus_engine: Engine, cache_home: Path) -> None:
    question = "人社局三公经费会议费培训费各多少"
    first = Composer(corpus_engine).answer(question)
    later = Composer(corpus_engine)
    later.answer("上海市财政局2025年办公费水费电费多少")
    assert later.answer(question).text == first.text
    assert "没有找到“会议费”" in first.text, first.text


def test_cutting_while_another_thread_teaches_words_never_fails() -> None:
    taught = base_segmenter().copy()
    failures: list[BaseException] = []

    def teach() -> None:
        for n in range(2000):
            taught.learn({f"{LEARNED}{n}号"})

    def cut() -> None:
        try:
            for _ in range(2000):
                assert "".join(taught.cut(f"{LEARNED}12号预算")) == f"{LEARNED}12号预算"
        except BaseException as error:  # noqa: BLE001  (handed to the main thread)
            failures.append(error)

    threads = [threading.Thread(target=teach), *(threading.Thread(target=cut) for _ in range(3))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert f"{LEARNED}12号" in taught.cut(f"{LEARNED}12号预算")

"""The segmenter: each index cuts with a jieba dictionary of its own, rebuilt on reload, safe across threads."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine

from bot.engine.composer import Composer
from bot.engine.question import base_segmenter, segment

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
    composer = Composer(sample_engine)
    composer.answer("零工市场花了多少钱")
    before = composer.index.segmenter
    (document,) = composer.index.built.values()
    words = {word for word in document.words if word not in base_segmenter().tokenizer.FREQ}
    assert len(words) > 100 and all(word in before.tokenizer.FREQ for word in words)
    composer.reload()
    after = composer.index.segmenter
    assert after is not before and not any(word in after.tokenizer.FREQ for word in words)
    composer.answer("零工市场花了多少钱")
    assert all(word in after.tokenizer.FREQ for word in words)


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

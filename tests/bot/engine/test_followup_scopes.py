"""Follow-ups for a unit that has both a 部门预算 and a 单位预算 of one year: 单位的呢 / 部门预算的呢 switch
between the two documents, and the next follow-up keeps to the one switched to.

No disclosure in the corpus has both, so each family's second scope is another real disclosure stored
under the first one's unit and year (its figures differ, so an answer shows which document it came from).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.composer import Composer
from bot.engine.followup import Context
from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import load_file, load_into, sample_path
from tests.bot.channels.test_chat import budgetbot, transcript
from tests.bot.conversations import understood_line
from tests.paths import CORPUS
from tests.read_documents import read_once

pytestmark = pytest.mark.slow  # loads corpus PDFs

SECOND_SCOPES = (
    # (file, stored as this unit, year and scope) beside the unit's own document of the other scope
    ("jiangsu-jcy-2018-yusuan.pdf", "汾阳市人力资源和社会保障局", 2024, "部门"),
    ("shanghai-czj-2025-yusuan.pdf", "上海市普陀区财政局", 2025, "单位"),
    ("jiangsu-gjfy-2019-yusuan.pdf", "江苏省人大常委会办公厅", 2019, "单位"),
)
OWN_FILES = (
    "putuo-czj-2025-yusuan.pdf",
    "jiangsu-rdcwh-2019-yusuan-tables.pdf",
    "jiangsu-rdcwh-2019-yusuan-text.pdf",
)


@pytest.fixture(scope="module")
def both_scopes_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = open_engine(f"sqlite:///{tmp_path_factory.mktemp('scopes') / 'scopes.db'}")
    for path in (sample_path(), *(CORPUS / name for name in OWN_FILES)):
        assert load_into(engine, path).error is None, path
    for name, unit, year, scope in SECOND_SCOPES:
        other = read_once(load_file, CORPUS / name).disclosure
        other.unit_name, other.aliases, other.year, other.scope = unit, [], year, scope
        other.files[0].content_hash = f"{scope}-{other.files[0].content_hash}"
        assert store_disclosure(engine, other).outcome == "loaded"
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def both_scopes(both_scopes_engine: Engine, cache_home: Path) -> Composer:
    return Composer(both_scopes_engine)


CONVERSATIONS = [
    ["人社局三公经费", "部门的呢", "单位预算的呢", "那公务接待费呢"],
    ["普陀区财政局2025年三公经费", "单位预算的呢", "部门的呢", "其中公务接待费呢"],
    ["江苏省人大常委会办公厅2019年三公经费", "单位的呢", "部门预算的呢", "其中公务接待费呢"],
]


@pytest.mark.parametrize("questions", CONVERSATIONS)
def test_a_scope_switch_answers_from_that_scopes_document_and_the_next_follow_up_keeps_it(
    both_scopes: Composer, questions: list[str]
) -> None:
    """The first question is offered in both documents; 单位的呢 answers from the 单位预算 only, 部门的呢
    from the 部门预算 only, and 那公务接待费呢 keeps to the last one switched to."""
    first, *follow_ups = questions
    asked, context = both_scopes.answer_in_context(first, None)
    assert asked.status == "ambiguous" and len(asked.choices) == 2, asked.text
    scope = ""
    for question in follow_ups:
        answer, context = both_scopes.answer_in_context(question, context)
        scope = next((word for word in ("部门", "单位") if word in question), scope)
        said = understood_line(answer.text)
        assert f"{scope}预算" in said, (question, said)
        assert answer.status == "answered" and answer.facts, (question, answer.text)
        assert all(fact.source.document.endswith(f"{scope}预算") for fact in answer.facts), answer.text


def test_a_scope_switch_in_a_piped_chat_shows_each_scopes_figure(
    both_scopes_engine: Engine, both_scopes: Composer
) -> None:
    """The chat prints, turn by turn, what the engine answers for the conversation so far."""
    lines = [*CONVERSATIONS[1], "重新开始", *CONVERSATIONS[2]]
    said = transcript(budgetbot(both_scopes_engine, "chat", stdin="\n".join(lines) + "\n"))
    assert [question for question, _reply in said] == lines
    context: Context | None = None
    for question, reply in said:
        if question == "重新开始":
            context = None
            continue
        first = context is None
        answer, context = both_scopes.answer_in_context(question, context)
        assert reply == answer.text.strip(), (question, reply, answer.text)
        assert first or understood_line(reply), reply

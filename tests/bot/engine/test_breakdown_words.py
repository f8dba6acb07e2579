"""Breakdowns and side notes worded as people read them, on the sample, Shanghai and Jiangsu documents: a
group's 小计 is said once by its group's name, never as a column path beside its own parts; a note that
calls another table a 基本支出 table cites only a 基本支出 table, and the figure it cites is that table's.
"""

from __future__ import annotations

import pytest

from bot.engine.composer import Composer
from bot.engine.replies import amount_text
from knowledge.standard_tables import TableKind

pytestmark = pytest.mark.slow

THREE_PUBLIC_QUESTIONS = [
    "普陀区社会福利院三公经费",
    "上海市财政局2025年三公经费多少",
    "江苏省人大常委会办公厅2017年三公经费多少",
    "汾阳人社局三公经费多少",
    "普陀区财政局2025年“三公”经费预算",
]
BASIC_NOTE = "基本支出表中的同名项目只是其中的基本支出部分："


@pytest.mark.parametrize("question", THREE_PUBLIC_QUESTIONS)
def test_a_breakdown_names_no_column_path_and_no_subtotal_beside_its_parts(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    first = answer.text.split("\n")[0]
    parts = first.split("其中", 1)[1] if "其中" in first else ""
    assert "/" not in parts, first


@pytest.mark.parametrize(
    "question",
    [
        "江苏省人大常委会办公厅2017年会议费多少",
        "上海市财政局2025年因公出国（境）费多少",
        "普陀区财政局2025年公务接待费预算",
        "中共江苏省委办公厅2018年培训费多少",
    ],
)
def test_a_note_on_the_same_item_elsewhere_cites_the_table_that_holds_it(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    for line in answer.text.split("\n"):
        if not line.startswith(BASIC_NOTE):
            continue
        cited = [fact for fact in answer.facts[1:] if fact.source.table and fact.source.table in line]
        assert cited, line
        for fact in cited:
            kinds = {
                table.kind
                for head in families.index.heads
                if head.label == fact.source.document
                for table in families.index.document(head).tables
                if table.number == fact.source.table
            }
            assert kinds == {TableKind.BASIC_ECONOMIC}, line
            assert amount_text(fact.value, fact.unit) in line, line

"""江苏省政协办公厅 2018 部门预算, published as a narrative file and a tables file (A4 landscape, no cover,
one table a page, 公开01表 on its own line above each title, the year only in 2018年政府采购预算表)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.models import BudgetTable
from loaders.blocks import LoadedDocument
from loaders.contents import number_from_contents
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, cell, read_corpus

TABLES = "jiangsu-zxbgt-2018-yusuan-tables.pdf"
TEXT = "jiangsu-zxbgt-2018-yusuan-text.pdf"


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus(TABLES)


@pytest.fixture(scope="module")
def tables() -> LoadedDocument:
    return assemble_corpus(TABLES)


@pytest.fixture(scope="module")
def text() -> LoadedDocument:
    return assemble_corpus(TEXT)


def test_one_table_a_page_without_problems(document: CorpusDocument) -> None:
    assert document.page_count == 12 and document.problems == []
    assert [grid.page for grid in document.grids] == list(range(1, 13))


def test_the_tables_file_names_its_unit_year_and_numbers(tables: LoadedDocument) -> None:
    disclosure = tables.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "江苏省政协办公厅",
        2018,
        "预算",
        "部门",
    )
    assert [(table.number, table.number_value) for table in disclosure.tables] == [
        (f"公开{n:02d}表", n) for n in range(1, 13)
    ]
    assert [table.number_value for table in disclosure.tables if table.no_data] == [10]
    assert disclosure.tables[9].note == "注：本部门无该项目"
    assert {table.unit_of_measure for table in disclosure.tables} == {"万元"}
    assert tables.problems == []


@pytest.mark.parametrize(
    ("number", "row", "column", "value"),
    [
        (1, "一、财政拨款", "收入/金额", "10070.48"),
        (1, "三、其他资金", "收入/金额", "80.00"),
        (1, "一、一般公共服务支出", "支出/功能分类/金额", "7827.46"),
        (1, "收入合计", "收入/金额", "10150.48"),
        (2, "其他收入", "金额", "80.00"),
        (3, "", "基本支出", "5678.17"),
        (3, "", "项目支出", "3314.68"),
        (3, "", "单位预留机动经费", "1157.63"),
        (4, "一、基本支出", "支出/支出用途/金额", "5598.17"),
        (5, "201", "金额", "7747.46"),
        (6, "30215", "金额", "70.00"),
        (6, "30216", "金额", "16.00"),
        (9, "", "合计", "1656.86"),
        (9, "", "“三公”经费/小计", "675.10"),
        (9, "", "因公出国（境）费", "106.00"),
        (9, "", "公务用车运行维护费", "156.60"),
        (9, "", "公务接待费", "412.50"),
        (9, "", "会议费", "884.16"),
        (9, "", "培训费", "97.60"),
        (11, "合计", "机关运行经费支出", "1115.85"),
        (12, "合计", "总计", "1281.76"),
    ],
)
def test_key_figures_in_their_rows_and_columns(
    tables: LoadedDocument, number: int, row: str, column: str, value: str
) -> None:
    assert cell(tables, number, row, column) == Decimal(value)


def test_the_narrative_contents_number_unnumbered_copies_of_the_tables(
    tables: LoadedDocument, text: LoadedDocument
) -> None:
    assert text.disclosure.unit_name == "江苏省政协办公厅" and text.disclosure.tables == []
    copies = [
        BudgetTable(position=table.position, title=table.title, kind=table.kind)
        for table in tables.disclosure.tables
    ]
    assert number_from_contents(copies, text.disclosure.contents) == []
    assert [(table.number, table.number_value) for table in copies][9:] == [
        ("十", 10),
        ("十一", 11),
        ("十二", 12),
    ]

"""中共江苏省委办公厅 2018 部门预算, published as a narrative file and a tables file: the tables file has a
cover giving the year, a 目录 spaced over two lines whose order differs from the pages', unnumbered
tables, and A4/A3 landscape and portrait pages mostly stored with /Rotate 90."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.models import BudgetTable
from loaders.blocks import LoadedDocument
from loaders.contents import number_from_contents
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, cell, read_corpus, table_numbered

TABLES = "jiangsu-swbgt-2018-yusuan-tables.pdf"
TEXT = "jiangsu-swbgt-2018-yusuan-text.pdf"


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus(TABLES)


@pytest.fixture(scope="module")
def tables() -> LoadedDocument:
    return assemble_corpus(TABLES)


@pytest.fixture(scope="module")
def text() -> LoadedDocument:
    return assemble_corpus(TEXT)


def test_pages_of_every_size_and_rotation_read_without_problems(document: CorpusDocument) -> None:
    assert document.page_count == 15 and document.problems == []


def test_the_cover_gives_unit_year_and_title(tables: LoadedDocument) -> None:
    disclosure = tables.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "中共江苏省委办公厅",
        2018,
        "预算",
        "部门",
    )
    assert disclosure.title == "江苏省2018年度省级部门预算公开报表"
    assert tables.problems == []


def test_tables_take_the_numbers_of_their_own_contents_whatever_the_page_order(
    tables: LoadedDocument,
) -> None:
    found = tables.disclosure.tables
    assert [table.number_value for table in found] == [1, 2, 3, 4, 5, 6, 8, 9, 11, 7, 10, 12]
    assert table_numbered(tables, 7).title == "财政拨款政府性基金支出预算表"
    assert table_numbered(tables, 7).no_data
    assert table_numbered(tables, 12).title == "2018年政府采购预算表"
    assert {table.unit_of_measure for table in found} == {"万元"}


@pytest.mark.parametrize(
    ("number", "row", "column", "value"),
    [
        (1, "收入合计", "收入/金额", "24458.43"),
        (3, "", "基本支出", "10403.11"),
        (3, "", "项目支出", "12081.46"),
        (3, "", "单位预留机动经费", "1973.86"),
        (6, "30215", "金额", "50.00"),
        (11, "", "“三公”经费/小计", "508.20"),
        (11, "", "因公出国（境）费", "70.00"),
        (11, "", "公务用车运行维护费", "411.20"),
        (11, "", "公务接待费", "27.00"),
        (11, "", "会议费", "933.50"),
        (11, "", "培训费", "30.00"),
        (10, "合计", "机关运行经费支出", "2094.58"),
        (12, "合计", "总计", "1449.50"),
        (12, "省委办公厅承办的会议费", "总计", "872.10"),
    ],
)
def test_key_figures_in_their_rows_and_columns(
    tables: LoadedDocument, number: int, row: str, column: str, value: str
) -> None:
    assert cell(tables, number, row, column) == Decimal(value)


def test_the_narrative_contents_number_the_tables_in_their_own_order(
    tables: LoadedDocument, text: LoadedDocument
) -> None:
    """Unnumbered copies of the tables numbered by the narrative file's 目录 (九 三公, 十 政府性基金)."""
    assert text.disclosure.unit_name == "江苏省委办公厅" and text.disclosure.year == 2018
    copies = [
        BudgetTable(position=table.position, title=table.title, kind=table.kind)
        for table in tables.disclosure.tables
    ]
    assert number_from_contents(copies, text.disclosure.contents) == []
    assert [table.number_value for table in copies] == list(range(1, 13))

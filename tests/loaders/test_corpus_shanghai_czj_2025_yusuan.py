"""上海市财政局 2025 单位预算 (元; “三公” table in 万元), exported from Excel: empty cells vanish from the
text layer, so a row's figures must be read by column."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, figure, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("shanghai-czj-2025-yusuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 21
    assert len(document.grids) == 14
    assert document.problems == []


def test_cover_names_the_unit(document: CorpusDocument) -> None:
    assert [line.text for line in document.lines if line.page == 1] == [
        "上海市2025年市级单位预算",
        "预算单位：上海市财政局",
    ]


def test_financial_summary_reads_figures_by_column(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年预算单位财务收支预算总表")
    assert grid.page == 7
    assert row_starting(grid, "2、政府性基金").cells == (
        "2、政府性基金",
        "",
        "三、卫生健康支出",
        "4,668,000",
        "4,620,000",
        "",
        "48,000",
    )
    assert row_starting(grid, "收入总计").cells[1] == "171,915,169"


def test_basic_expenditure_continues_over_two_pages(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年预算单位一般公共预算基本支出部门预算经济分类预算表")
    assert grid.page == 17
    (second,) = document.grids_on(18)
    assert row_starting(second, "302", "05").cells == ("302", "05", "水费", "400,000", "", "400,000")
    assert len(document.grids_on(19)) == 1


def test_three_public_expenses(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年单位“三公”经费和机关运行经费预算表")
    assert (
        grid.rows[-1].cells == ("346.30", "288.70", "25.40", "32.20", "", "32.20", "2,517.78")
        and grid.page == 20
    )


def test_key_figure_sentence(document: CorpusDocument) -> None:
    assert document.line_containing("上海市财政局收入预算17,192万元").page == 6


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus("shanghai-czj-2025-yusuan.pdf")


def test_records_name_the_unit_year_and_kind(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市财政局",
        2025,
        "预算",
        "单位",
    )
    assert len(disclosure.tables) == 9
    assert [table.unit_of_measure for table in disclosure.tables] == ["元"] * 8 + ["万元"]
    assert [term.term for term in disclosure.terms][:2] == ["财政拨款收入", "事业收入"] and len(
        disclosure.terms
    ) == 8


def test_the_fund_tables_printing_only_a_blank_total_are_empty(loaded: LoadedDocument) -> None:
    """Tables 6 and 7 print 合计 with no figure and no note: they are stored as empty."""
    assert [table.number_value for table in loaded.disclosure.tables if table.no_data] == [6, 7]


@pytest.mark.parametrize(
    ("kind", "row", "column", "value", "page"),
    [
        ("收入总表", "2010601", "合计", Decimal("84861719"), 8),
        ("基本支出经济科目表", "30205", "合计", Decimal("400000"), 18),
        ("三公经费和机关运行经费", "", "公务接待费", Decimal("25.40"), 20),
    ],
)
def test_figures_with_their_pages(
    loaded: LoadedDocument, kind: str, row: str, column: str, value: Decimal, page: int
) -> None:
    found, table_row = figure(loaded, kind, row, column)
    assert found.value == value and table_row.page == page

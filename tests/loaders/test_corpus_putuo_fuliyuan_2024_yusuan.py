"""上海市普陀区社会福利院 2024 单位预算 (元): the only document with 事业收入; one page paints its title
cells with white rectangles that must not be taken for table rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, figure, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("putuo-fuliyuan-2024-yusuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 16
    assert len(document.grids) == 9
    assert document.problems == []


def test_title_painted_in_a_white_cell_stays_out_of_the_grid(document: CorpusDocument) -> None:
    grid = document.grid_titled("2024年预算单位财政拨款收支预算总表")
    assert grid.page == 10
    assert grid.rows[0].cells[:3] == ("财政拨款收入", "", "财政拨款支出")
    assert row_starting(grid, "二、政府性基金").cells[2:5] == (
        "二、社会保障和就业支出",
        "8,661,624",
        "8,661,624",
    )


def test_business_income_column(document: CorpusDocument) -> None:
    grid = document.grid_titled("2024年预算单位收入预算总表")
    assert grid.rows[1].cells[4:7] == ("合计", "财政拨款收入", "事业收入")
    assert row_starting(grid, "208", "10", "05").cells[3:7] == (
        "社会福利事业单位",
        "9,584,796",
        "6,964,796",
        "2,620,000",
    )
    assert row_starting(grid, "合计").cells[4:7] == ("12,121,164", "9,501,164", "2,620,000")


def test_financial_summary_with_personnel_and_public_columns(document: CorpusDocument) -> None:
    grid = document.grid_titled("2024年预算单位财务收支预算总表")
    assert row_starting(grid, "二、事业收入").cells[:2] == ("二、事业收入", "2,620,000")
    assert row_starting(grid, "收入总计").cells == (
        "收入总计",
        "12,121,164",
        "支出总计",
        "12,121,164",
        "7,380,214",
        "2,120,950",
        "2,620,000",
    )


def test_three_public_expenses(document: CorpusDocument) -> None:
    grid = document.grid_titled("单位“三公”经费和机关运行经费预算表")
    assert grid.rows[-1].cells == ("6.4", "0", "0", "6.4", "", "6.4", "0") and grid.page == 15


def test_key_figure_sentence(document: CorpusDocument) -> None:
    assert document.line_containing("收入预算1,212.12万元，其中：财政拨款收入950.12万元").page == 6


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus("putuo-fuliyuan-2024-yusuan.pdf")


def test_records_name_the_unit_year_and_kind(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市普陀区社会福利院",
        2024,
        "预算",
        "单位",
    )
    assert len(disclosure.tables) == 9
    assert [table.unit_of_measure for table in disclosure.tables] == ["元"] * 8 + ["万元"]
    assert len(disclosure.terms) == 4


@pytest.mark.parametrize(
    ("kind", "row", "column", "value", "page"),
    [
        ("收入总表", "2081005", "事业收入", Decimal("2620000"), 8),
        ("支出总表", "事业单位医疗", "合计", Decimal("503724"), 9),
    ],
)
def test_figures_with_their_pages(
    loaded: LoadedDocument, kind: str, row: str, column: str, value: Decimal, page: int
) -> None:
    found, table_row = figure(loaded, kind, row, column)
    assert found.value == value and table_row.page == page


def test_a_misprinted_code_is_kept_as_printed_and_its_row_stays_a_xiang_of_its_kuan(
    loaded: LoadedDocument,
) -> None:
    """7 | 11 | 02 after 210 | 11 行政事业单位医疗: the code is not corrected, but the row is still the 项 of
    that 款 (its 款 part says so), not a 类 of its own beside 卫生健康支出."""
    for kind in ("支出总表", "一般公共预算支出表"):
        _, row = figure(loaded, kind, "事业单位医疗", "合计")
        assert (row.code, row.raw_code) == (None, "7 11 02")
        assert row.parent is not None and row.parent.label == "行政事业单位医疗" and row.level == 2

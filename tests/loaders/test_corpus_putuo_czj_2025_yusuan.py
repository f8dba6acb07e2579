"""上海市普陀区财政局 2025 部门预算 (元; “三公” table in 万元): empty cells vanish from the text layer,
tables continue with their header repeated, one letter-spaced narrative line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import Grid, LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, figure, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("putuo-czj-2025-yusuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 24
    assert len(document.grids) == 13
    assert document.problems == []


def test_title_then_department_and_unit_lines_then_grid(document: CorpusDocument) -> None:
    index = next(
        i
        for i, block in enumerate(document.blocks)
        if getattr(block, "text", "") == "2025年部门财务收支预算总表"
    )
    title, department, unit, grid = document.blocks[index : index + 4]
    assert department.text == "编制部门：上海市普陀区财政局" and unit.text == "单位：元"
    assert isinstance(grid, Grid) and grid.page == title.page == 9
    assert row_starting(grid, "一、财政拨款收入").cells == (
        "一、财政拨款收入",
        "31,214,205.80",
        "一、一般公共服务支出",
        "22,186,440.80",
    )


def test_empty_basic_expenditure_cell_keeps_project_figure_in_its_column(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年部门支出预算总表")
    assert row_starting(grid, "201", "06", "02").cells == (
        "201",
        "06",
        "02",
        "一般行政管理事务",
        "100,000.00",
        "",
        "100,000.00",
    )
    assert row_starting(grid, "201", "06", "01").cells[4:] == ("16,231,840.80", "16,093,326.00", "138,514.80")


def test_continued_table_repeats_its_header_without_a_title(document: CorpusDocument) -> None:
    (continued,) = document.grids_on(11)
    assert isinstance(document.block_before(continued), Grid)
    assert continued.rows[0].cells[:5] == ("项目", "", "", "", "收入预算")
    assert row_starting(continued, "221", "02", "03").cells[4:6] == ("2,687,760.00", "2,687,760.00")
    assert row_starting(continued, "合计").cells[4] == "31,214,205.80"
    assert {row.page for row in continued.rows} == {11}


def test_three_public_expenses_table_in_ten_thousand_yuan(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年部门“三公”经费和机关运行经费预算表")
    assert document.block_before(grid).text == "单位:万元"
    assert grid.rows[-1].cells == ("0.95", "", "0.95", "", "", "", "229.43") and grid.page == 21


def test_letter_spaced_line_reads_as_plain_text(document: CorpusDocument) -> None:
    line = document.line_containing("援滇干部工作经费3.00万元")
    assert line.page == 22 and "信息化系统日常维护费166.66万元" in line.text


def test_key_figure_sentence(document: CorpusDocument) -> None:
    assert document.line_containing("上海市普陀区财政局收入预算3,121.42万元").page == 7


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus("putuo-czj-2025-yusuan.pdf")


def test_records_name_the_unit_year_and_kind(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市普陀区财政局",
        2025,
        "预算",
        "部门",
    )
    assert len(disclosure.tables) == 9
    assert [table.unit_of_measure for table in disclosure.tables] == ["元"] * 8 + ["万元"]
    assert len(disclosure.terms) == 4


def test_tables_numbered_1_to_9_by_the_contents_and_empty_fund_tables_flagged(loaded: LoadedDocument) -> None:
    tables = loaded.disclosure.tables
    assert [(table.number, table.number_value) for table in tables] == [(str(n), n) for n in range(1, 10)]
    assert [table.number for table in tables if table.no_data] == ["6", "7"]
    assert tables[5].note == "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"


@pytest.mark.parametrize(
    ("kind", "row", "column", "value", "page"),
    [
        ("支出总表", "2010602", "项目支出", Decimal("100000.00"), 12),
        ("收入总表", "2210203", "合计", Decimal("2687760.00"), 11),
        ("三公经费和机关运行经费", "", "机关运行经费预算数", Decimal("229.43"), 21),
    ],
)
def test_figures_with_their_pages(
    loaded: LoadedDocument, kind: str, row: str, column: str, value: Decimal, page: int
) -> None:
    found, table_row = figure(loaded, kind, row, column)
    assert found.value == value and table_row.page == page


def test_an_empty_cell_is_a_figure_without_value(loaded: LoadedDocument) -> None:
    empty, _ = figure(loaded, "支出总表", "2010602", "基本支出")
    assert empty.raw == "" and empty.value is None

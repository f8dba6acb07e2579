"""上海市普陀区规划和自然资源局 2024 部门决算 (万元): Word-made, double-spaced, 7-digit 科目编码,
labels wrapped over three lines in narrow cells, a cover title wrapped in the middle of the unit name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import Grid, LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, figure, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("putuo-ghzy-2024-juesuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 30
    assert len(document.grids) == 14
    assert document.problems == []


def test_cover_title_wrapped_in_the_unit_name_is_one_line(document: CorpusDocument) -> None:
    assert [line.text for line in document.lines if line.page == 1] == [
        "上海市普陀区规划和自然资源局",
        "2024年度部门决算",
    ]


def test_the_page_7_heading_is_kept_as_printed(document: CorpusDocument) -> None:
    heading = document.line_containing("上海市规划和自然资源局2024年度部门决算表")
    assert heading.text == "上海市规划和自然资源局2024年度部门决算表" and heading.page == 7


def test_summary_table(document: CorpusDocument) -> None:
    grid = document.grid_titled("收入支出决算总表")
    assert grid.page == 7
    assert row_starting(grid, "一、一般公共预算财政拨款收入").cells[:2] == (
        "一、一般公共预算财政拨款收入",
        "9746.50",
    )
    assert row_starting(grid, "总计").cells == ("总计", "9859.38", "总计", "9859.38")


def test_three_line_label_in_a_narrow_cell(document: CorpusDocument) -> None:
    grid = document.grid_titled("一般公共预算财政拨款支出决算表")
    assert grid.page == 14
    assert row_starting(grid, "2080505").cells == (
        "2080505",
        "机关事业单位基本养老保险缴费支出",
        "446.11",
        "446.11",
        "0.00",
    )
    (continued,) = document.grids_on(15)
    assert isinstance(document.block_before(continued), Grid)
    assert continued.rows[-1].cells == ("合计", "", "9746.50", "5364.75", "4381.74")


def test_three_public_expenses_budget_and_final(document: CorpusDocument) -> None:
    grid = document.grid_titled("财政拨款“三公”经费支出决算表")
    assert grid.rows[-2].cells[:2] == ("预算数", "决算数")
    assert grid.rows[-1].cells == (
        "2.85",
        "0.39",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "2.85",
        "0.39",
    )


def test_double_spaced_paragraph_is_one_line(document: CorpusDocument) -> None:
    line = document.line_containing("上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。")
    assert line.page == 20 and "增长12.08%" in line.text


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus("putuo-ghzy-2024-juesuan.pdf")


def test_records_name_the_unit_year_and_kind(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市普陀区规划和自然资源局",
        2024,
        "决算",
        "部门",
    )
    assert len(disclosure.tables) == 10
    assert {table.unit_of_measure for table in disclosure.tables[1:]} == {"万元"}
    assert len(disclosure.terms) == 11


def test_the_cover_title_on_two_lines_is_joined(loaded: LoadedDocument) -> None:
    assert loaded.disclosure.title == "上海市普陀区规划和自然资源局2024年度部门决算"


def test_numbered_tables_empty_ones_flagged_and_no_unit_asked_of_the_list_of_units(
    loaded: LoadedDocument,
) -> None:
    tables = loaded.disclosure.tables
    assert [table.number_value for table in tables] == [None, *range(1, 10)]
    assert [table.number for table in tables if table.no_data] == ["八", "九"]
    assert tables[8].note.endswith("故本表无数据。")
    assert loaded.problems == []


@pytest.mark.parametrize(
    ("kind", "row", "column", "value", "page"),
    [
        ("收入总表", "2101102", "本年收入合计", Decimal("196.29"), 8),
        ("一般公共预算支出表", "2080505", "基本支出", Decimal("446.11"), 14),
        ("三公经费", "", "合计/决算数", Decimal("0.39"), 17),
    ],
)
def test_figures_with_their_pages(
    loaded: LoadedDocument, kind: str, row: str, column: str, value: Decimal, page: int
) -> None:
    found, table_row = figure(loaded, kind, row, column)
    assert found.value == value and table_row.page == page

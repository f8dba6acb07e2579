"""上海市普陀区财政局 2024 部门决算 (万元): numbers below their labels in the text layer, a table
continued without header, two tables side by side, a blank page 14, “三公” quotes on their own line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import Grid, LoadedDocument, TextLine
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, figure, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("putuo-czj-2024-juesuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 25
    assert len(document.grids) == 15
    assert document.problems == []


def test_the_blank_page_gives_nothing_and_is_not_called_scanned(document: CorpusDocument) -> None:
    assert not [block for block in document.blocks if block.page == 14]


def test_summary_table_after_its_title_and_unit(document: CorpusDocument) -> None:
    grid = document.grid_titled("收入支出决算总表")
    assert grid.page == 6
    assert grid.rows[0].cells == ("收入", "", "支出", "")
    row = row_starting(grid, "一、一般公共预算财政拨款收入")
    assert row.cells == ("一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66")
    assert row_starting(grid, "本年收入合计").cells == (
        "本年收入合计",
        "2,946.25",
        "本年支出合计",
        "2,940.05",
    )


def test_the_summary_table_continues_on_page_7_without_header_or_title(document: CorpusDocument) -> None:
    (continued,) = document.grids_on(7)
    assert isinstance(document.block_before(continued), Grid)
    assert row_starting(continued, "年初结转和结余").cells == (
        "年初结转和结余",
        "49.14",
        "年末结转和结余",
        "55.34",
    )
    assert row_starting(continued, "总计").cells == ("总计", "2,995.39", "总计", "2,995.39")
    assert {row.page for row in continued.rows} == {7}


def test_income_table_keeps_empty_cells_in_their_columns(document: CorpusDocument) -> None:
    grid = document.grid_titled("收入决算表")
    assert grid.rows[0].cells[4:] == (
        "本年收入合计",
        "财政拨款收入",
        "上级补助收入",
        "事业收入",
        "经营收入",
        "附属单位上缴收入",
        "其他收入",
    )
    row = row_starting(grid, "201", "06", "01")
    assert row.cells == ("201", "06", "01", "行政运行", "1,511.90", "1,511.89", "", "", "", "", "0.01")
    assert row_starting(grid, "208", "05", "05").cells[3] == "机关事业单位基本养老保险缴费支出"


def test_side_by_side_basic_expenditure_table(document: CorpusDocument) -> None:
    grid = document.grid_titled("一般公共预算财政拨款基本支出决算表")
    assert grid.page == 16
    assert row_starting(grid, "301", "01").cells == (
        "301",
        "01",
        "基本工资",
        "262.33",
        "302",
        "01",
        "办公费",
        "21.21",
    )
    (continued,) = document.grids_on(17)
    last = continued.rows[-1]
    assert (
        last.cells == ("人员经费合计", "", "", "2,152.26", "公用经费合计", "", "", "184.65")
        and last.page == 17
    )
    assert row_starting(continued, "303", "09").cells[4:] == ("302", "28", "工会经费", "24.42")


def test_three_public_expenses_title_keeps_its_quotes(document: CorpusDocument) -> None:
    grid = document.grid_titled("财政拨款“三公”经费支出决算表")
    assert grid.page == 18
    assert grid.rows[-1].cells == ("0.95", "", "", "", "", "", "", "", "", "", "0.95", "")


def test_empty_fund_table_is_followed_by_its_note(document: CorpusDocument) -> None:
    grid = document.grid_titled("政府性基金预算财政拨款收入支出决算表")
    after = document.blocks[document.blocks.index(grid) + 1]
    assert (
        isinstance(after, TextLine)
        and after.text.startswith("注：上海市普陀区财政局无政府性基金")
        and after.page == 19
    )


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (
            "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。",
            21,
        ),
        ("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。", 24),
        ("十一、机关运行经费：指行政单位和参照公务员法管理的事业单位", 25),
    ],
)
def test_narrative_numbers_stay_in_their_sentences(document: CorpusDocument, text: str, page: int) -> None:
    assert document.line_containing(text).page == page


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus("putuo-czj-2024-juesuan.pdf")


def test_records_name_the_unit_year_and_kind(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市普陀区财政局",
        2024,
        "决算",
        "部门",
    )
    assert len(disclosure.tables) == 10
    assert {table.unit_of_measure for table in disclosure.tables[1:]} == {"万元"}
    assert len(disclosure.terms) == 11


def test_tables_numbered_by_the_contents_and_the_empty_ones_flagged(loaded: LoadedDocument) -> None:
    tables = loaded.disclosure.tables
    assert [table.number for table in tables] == [None, "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    assert [table.number_value for table in tables[1:]] == list(range(1, 10))
    assert [table.title for table in tables if table.no_data] == [
        "政府性基金预算财政拨款收入支出决算表",
        "国有资本经营预算财政拨款收入支出决算表",
    ]
    assert loaded.problems == [], "the list of units (序号/单位名称/备注) needs no unit of measure"


def test_the_contents_as_printed(loaded: LoadedDocument) -> None:
    contents = loaded.disclosure.contents
    assert contents[0] == "第一部分上海市普陀区财政局概况"
    assert "七、财政拨款“三公”经费支出决算表" in contents
    assert contents[-1] == "第四部分名词解释" and len(contents) == 26


@pytest.mark.parametrize(
    ("kind", "row", "column", "value", "page"),
    [
        ("收支总表", "八、其他收入", "决算数", Decimal("6.20"), 6),
        ("收支总表", "总计", "收入/决算数", Decimal("2995.39"), 7),
        ("收入总表", "合计", "本年收入合计", Decimal("2946.25"), 8),
        ("支出总表", "2210201", "本年支出合计", Decimal("187.19"), 11),
        ("基本支出经济科目表", "30201", "决算数", Decimal("21.21"), 16),
    ],
)
def test_figures_with_their_pages(
    loaded: LoadedDocument, kind: str, row: str, column: str, value: Decimal, page: int
) -> None:
    found, table_row = figure(loaded, kind, row, column)
    assert found.value == value and table_row.page == page

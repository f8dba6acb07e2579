"""上海市普陀区人民政府万里街道办事处 2023 部门预算 (元): tables over several pages without header,
long labels wrapped in their cells, and five 绩效目标 tables whose two text columns interleave."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import Grid, LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, figure, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("putuo-wanli-2023-yusuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 35
    assert len(document.grids) == 24
    assert document.problems == []


def test_income_table_runs_over_four_pages_as_untitled_grids(document: CorpusDocument) -> None:
    first = document.grid_titled("2023年部门收入预算总表")
    assert first.page == 11
    continued = [document.grids_on(page)[0] for page in (12, 13, 14)]
    assert all(isinstance(document.block_before(grid), Grid) for grid in continued)
    assert continued[0].rows[0].cells == ("204", "", "", "公共安全支出", "1,252,300", "1,252,300", "", "", "")
    wrapped = row_starting(continued[0], "208", "05", "05")
    assert wrapped.cells[3:5] == ("机关事业单位基本养老保险缴费支出", "4,412,547") and wrapped.page == 12


def test_summary_table(document: CorpusDocument) -> None:
    grid = document.grid_titled("2023年部门财务收支预算总表")
    assert row_starting(grid, "一、财政拨款收入").cells == (
        "一、财政拨款收入",
        "164,978,640",
        "一、一般公共服务支出",
        "2,976,800",
    )
    assert row_starting(grid, "收入总计").cells == ("收入总计", "164,978,640", "支出总计", "164,978,640")


def test_three_public_expenses(document: CorpusDocument) -> None:
    grid = document.grid_titled("2023年部门“三公”经费和机关运行经费预算表")
    assert grid.rows[0].cells[0] == "2023年“三公”经费预算数"
    assert grid.rows[-1].cells == ("22.91", "0", "1.35", "21.56", "0", "21.56", "786.09") and grid.page == 28


def test_performance_target_tables_carry_their_title_in_the_first_row(document: CorpusDocument) -> None:
    targets = [grid for grid in document.grids if grid.rows[0].cells[0] == "财政项目支出绩效目标填报表"]
    assert [grid.page for grid in targets] == [31, 32, 33, 34, 35]
    first = targets[0]
    assert row_starting(first, "项目名称").cells[2] == "新建万里街道社区公共服务中心"
    assert row_starting(first, "项目资金（元）").cells[4] == "4,100,000.00"
    assert row_starting(first, "绩效指标").cells[1:7] == (
        "产出指标",
        "数量指标",
        "规划建筑面积",
        "",
        "",
        "≥13459.00(平方米)",
    )
    goals = row_starting(
        first,
        "",
        "建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。更有效的整合社区公共服务资源，为周边居民提供便捷、优质的社区服务和生活配套设施。",
    )
    assert goals.page == 31


def test_numbered_narrative_items_are_whole_paragraphs(document: CorpusDocument) -> None:
    item = document.line_containing(
        "34.“住房保障支出（类）城乡社区住宅（款）其他城乡社区住宅支出（项）”217.72万元"
    )
    assert item.page == 9 and "2022年当年预算执行数为217.54万元" in item.text


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus("putuo-wanli-2023-yusuan.pdf")


def test_records_name_the_unit_year_and_kind(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市普陀区人民政府万里街道办事处",
        2023,
        "预算",
        "部门",
    )
    assert len(disclosure.tables) == 9
    assert [table.unit_of_measure for table in disclosure.tables] == ["元"] * 8 + ["万元"]
    assert len(disclosure.terms) == 4


@pytest.mark.parametrize(
    ("kind", "row", "column", "value", "page"),
    [
        ("收入总表", "2080505", "合计", Decimal("4412547"), 12),
        ("三公经费和机关运行经费", "", "机关运行经费预算数", Decimal("786.09"), 28),
    ],
)
def test_figures_with_their_pages(
    loaded: LoadedDocument, kind: str, row: str, column: str, value: Decimal, page: int
) -> None:
    found, table_row = figure(loaded, kind, row, column)
    assert found.value == value and table_row.page == page


def test_five_performance_targets_with_their_money_and_pages(loaded: LoadedDocument) -> None:
    targets = loaded.disclosure.targets
    assert [(target.project, target.page) for target in targets] == [
        ("新建万里街道社区公共服务中心", 31),
        ("就业援助基地补贴", 32),
        ("社区环境整治和建设经费", 33),
        ("各类工作经费", 34),
        ("公共服务设施运行经费", 35),
    ]
    assert targets[0].annual_amount == Decimal("4100000.00")
    assert (targets[0].indicators[0].level3, targets[0].indicators[0].value) == (
        "规划建筑面积",
        "≥13459.00(平方米)",
    )

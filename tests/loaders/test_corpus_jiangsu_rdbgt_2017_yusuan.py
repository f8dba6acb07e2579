"""江苏省人大常委会办公厅 2017 部门预算 (万元): unnumbered tables numbered by the 目录 (printed 五 before
四), a hidden copy of two tables below page 11, titles and labels wrapped onto the next line or page,
letter-spaced labels, and the 2017 economic codes (30311 住房公积金, 30312 提租补贴)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, cell, read_corpus, table_numbered

NAME = "jiangsu-rdbgt-2017-yusuan.pdf"


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus(NAME)


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus(NAME)


def test_the_hidden_copy_below_page_11_is_not_read(document: CorpusDocument) -> None:
    assert document.problems == []
    on_11 = [block for block in document.blocks if block.page == 11]
    assert len([block for block in document.grids if block.page == 11]) == 1
    assert not any(getattr(block, "text", "") == "财政拨款基本支出预算表" for block in on_11)


def test_tables_are_numbered_by_the_contents_in_the_order_printed(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == (
        "江苏省人大常委会办公厅",
        2017,
        "预算",
    )
    tables = disclosure.tables
    assert [table.number_value for table in tables] == [1, 2, 3, 5, 4, 6, 7, 8, 9, 10, 11, 12]
    assert [table.number for table in tables][:4] == ["一", "二", "三", "五"]
    assert tables[10].title == "“三公”经费、会议费、培训费支出预算表"
    assert tables[11].title == "2017年政府采购预算表" and tables[11].kind == "政府采购"
    assert [table.title for table in tables].count("财政拨款基本支出预算表") == 1
    assert {table.unit_of_measure for table in tables} == {"万元"}
    assert [table.number_value for table in tables if table.no_data] == [7]
    assert loaded.problems == []


def test_the_first_table_runs_over_three_pages_with_its_cut_labels_joined(loaded: LoadedDocument) -> None:
    table = table_numbered(loaded, 1)
    labels = [row.label for row in table.rows]
    assert {row.page for row in table.rows} == {7, 8, 9}
    assert "八、社会保障和就业支出" in labels and "当年收入小计" in labels
    assert not {"业支出", "小计"} & set(labels)
    assert cell(loaded, 1, "八、社会保障和就业支出", "支出/功能分类/金额") == Decimal("1608.51")
    assert cell(loaded, 1, "支出合计", "支出/支出用途/金额") == Decimal("13649.07")
    assert cell(loaded, 1, "收入合计", "收入/金额") == Decimal("13649.07")


@pytest.mark.parametrize(
    ("number", "row", "column", "value"),
    [
        (3, "", "基本支出", "7666.68"),
        (3, "", "项目支出", "5853.96"),
        (3, "", "单位预留机动经费", "128.43"),
        (5, "2010101", "金额", "4545.94"),
        (5, "2010109", "金额", "47.50"),
        (5, "2210202", "金额", "1018.01"),
        (6, "30311", "金额", "494.22"),
        (6, "30312", "金额", "1018.01"),
        (8, "2010109", "金额", "47.50"),
        (9, "302", "金额", "1585.96"),
        (10, "合计", "机关运行经费支出", "5619.31"),
        (10, "31002", "机关运行经费支出", "59.00"),
        (11, "", "合计", "2542.60"),
        (11, "", "“三公”经费/小计", "833.60"),
        (11, "", "因公出国（境）费", "222.50"),
        (11, "", "公务用车购置费", "0"),
        (11, "", "公务用车运行维护费", "183.60"),
        (11, "", "公务接待费", "427.50"),
        (11, "", "会议费", "1305.25"),
        (11, "", "培训费", "403.75"),
        (12, "合计", "总计", "2247.85"),
    ],
)
def test_key_figures_in_their_rows_and_columns(
    loaded: LoadedDocument, number: int, row: str, column: str, value: str
) -> None:
    assert cell(loaded, number, row, column) == Decimal(value)


def test_the_basic_expenditure_table_continues_over_three_pages(loaded: LoadedDocument) -> None:
    table = table_numbered(loaded, 6)
    assert {row.page for row in table.rows} == {13, 14, 15}
    assert [row.code for row in table.rows if row.code and len(row.code) == 3] == ["301", "302", "303"]
    rent = next(row for row in table.rows if row.code == "30312")
    assert rent.label == "提租补贴" and rent.parent is not None and rent.parent.code == "303"


def test_an_empty_tables_lone_total_row_is_no_header(loaded: LoadedDocument) -> None:
    """表七 prints only 合计 under its header: the header keeps its three columns as printed."""
    fund = next(table for table in loaded.disclosure.tables if table.number == "七")
    assert fund.columns == ["功能科目代码", "功能科目名称", "金额"]
    assert [row.label for row in fund.rows] == ["合计"] and fund.no_data

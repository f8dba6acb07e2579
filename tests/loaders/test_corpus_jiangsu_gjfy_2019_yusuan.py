"""江苏省高级人民法院 2019 部门预算 (万元): numbers on the line above the title (“公开 01表”), two tables
on one page three times, a unit name and a unit of measure wrapped in narrow cells, a 政府性基金 table
printing only 合计 0, and a 政府采购 table whose first row on page 17 lost its top border."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, cell, read_corpus, table_numbered

NAME = "jiangsu-gjfy-2019-yusuan.pdf"


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus(NAME)


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus(NAME)


def test_pages_read_without_problems(document: CorpusDocument) -> None:
    assert document.page_count == 26 and document.problems == []


def test_the_document_and_its_twelve_numbered_tables(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "江苏省高级人民法院",
        2019,
        "预算",
        "部门",
    )
    tables = disclosure.tables
    assert [(table.number, table.number_value) for table in tables] == [
        (f"公开{n:02d}表", n) for n in range(1, 13)
    ]
    assert tables[4].title == "财政拨款支出预算表（功能科目）"
    assert tables[9].title == "政府性基金预算财政拨款支出预算表"
    assert {table.unit_of_measure for table in tables} == {"万元"}
    assert [table.number_value for table in tables if table.no_data] == [10]
    assert loaded.problems == []


def test_two_tables_share_a_page(loaded: LoadedDocument) -> None:
    pages = [table.page for table in loaded.disclosure.tables]
    assert pages[1:3] == [9, 9] and pages[3:5] == [10, 10] and pages[8:10] == [14, 14]
    assert cell(loaded, 2, "收入总计", "金额") == Decimal("37188.34")
    assert cell(loaded, 3, "", "合计") == Decimal("37188.34")


@pytest.mark.parametrize(
    ("number", "row", "column", "value"),
    [
        (1, "四、公共安全支出", "支出/功能分类/金额", "27488.23"),
        (1, "支出合计", "支出/支出用途/金额", "37188.34"),
        (3, "", "基本支出", "21968.00"),
        (3, "", "项目支出", "10208.94"),
        (3, "", "单位预留机动经费", "5011.40"),
        (5, "合计", "金额", "37188.34"),
        (5, "2040502", "金额", "5804.83"),
        (6, "30215", "金额", "111.30"),
        (6, "30216", "金额", "41.37"),
        (9, "", "合计", "2382.02"),
        (9, "", "“三公”经费/小计", "513.75"),
        (9, "", "因公出国（境）费", "160.00"),
        (9, "", "公务用车运行维护费", "266.80"),
        (9, "", "公务接待费", "86.95"),
        (9, "", "会议费", "271.02"),
        (9, "", "培训费", "1597.25"),
        (11, "合计", "机关运行经费支出", "3580.05"),
        (12, "合计", "总计", "5227.59"),
        (12, "一、货物A", "总计", "1637.72"),
        (12, "二、工程B", "总计", "530.00"),
        (12, "三、服务C", "总计", "3059.87"),
    ],
)
def test_key_figures_in_their_rows_and_columns(
    loaded: LoadedDocument, number: int, row: str, column: str, value: str
) -> None:
    assert cell(loaded, number, row, column) == Decimal(value)


def test_the_row_whose_top_border_stayed_on_page_16_is_read(loaded: LoadedDocument) -> None:
    rows = table_numbered(loaded, 12).rows
    on_17 = [row for row in rows if row.page == 17]
    assert on_17[0].label == "会议费" and on_17[0].parent is not None
    assert on_17[0].parent.label == "商品和服务支出"
    assert [f.raw for f in on_17[0].figures if f.raw][-1] == "110.05"
    assert len(loaded.disclosure.tables) == 12


def test_the_procurement_item_bought_two_ways_keeps_its_name_on_both_lines(loaded: LoadedDocument) -> None:
    rows = table_numbered(loaded, 12).rows
    bought = [row for row in rows if row.parent and row.parent.label == "物业管理费" and row.level == 3]
    assert [[f.raw for f in row.figures if f.raw] for row in bought] == [
        ["物业管理服务", "分散自行组织", "36.00"],
        ["物业管理服务", "部门集中采购", "430.00"],
    ]
    assert not any(row.label == "部门集中采购" for row in rows)


def test_the_wrapped_unit_lines_stay_out_of_the_narrative(loaded: LoadedDocument) -> None:
    texts = [passage.text for passage in loaded.disclosure.passages]
    assert not any(text in ("元", "院", "单位：万") or text.startswith("部门名称") for text in texts)


def test_the_pie_chart_labels_on_page_19_stay_out_of_the_narrative(loaded: LoadedDocument) -> None:
    texts = [passage.text for passage in loaded.disclosure.passages if passage.page == 19]
    assert "单位预留机动经费5011.4万元，占13.48%；" in texts
    assert not any("预留机动经费," in text or "基本支出, 59.07%" in text for text in texts)

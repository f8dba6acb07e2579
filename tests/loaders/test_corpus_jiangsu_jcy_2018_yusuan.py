"""江苏省人民检察院 2018 部门预算 (万元): Word tables whose cells are painted in white strips, numbered
“公开 01 表：”, starting mid-page and running on with no header, a label cut by a page break, a figure
printed without its thousands comma, and a 三公 table whose 合计 includes 会议费 and 培训费."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import LoadedDocument
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, cell, read_corpus, table_numbered

NAME = "jiangsu-jcy-2018-yusuan.pdf"
TITLES = [
    "收支预算总表",
    "收入预算总表",
    "支出预算总表",
    "财政拨款收支预算总表",
    "财政拨款支出预算表",
    "财政拨款基本支出预算表",
    "一般公共预算支出预算表",
    "一般公共预算基本支出预算表",
    "一般公共预算“三公”经费、会议费、培训费支出预算表",
    "政府性基金支出预算表",
    "一般公共预算机关运行经费支出预算表",
    "政府采购支出预算表",
]


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus(NAME)


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return assemble_corpus(NAME)


def test_pages_read_without_problems(document: CorpusDocument) -> None:
    assert document.page_count == 31 and document.problems == []


def test_the_document_and_its_twelve_numbered_tables(loaded: LoadedDocument) -> None:
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "江苏省人民检察院",
        2018,
        "预算",
        "部门",
    )
    tables = disclosure.tables
    assert [table.title for table in tables] == TITLES
    assert [(table.number, table.number_value) for table in tables] == [
        (f"公开{n:02d}表", n) for n in range(1, 13)
    ]
    assert {table.unit_of_measure for table in tables} == {"万元"}
    assert [table.number_value for table in tables if table.no_data] == [10]
    assert tables[11].kind == "政府采购" and tables[8].kind == "三公经费"
    assert loaded.problems == []


def test_the_first_table_starts_mid_page_and_runs_on_without_a_header(loaded: LoadedDocument) -> None:
    table = table_numbered(loaded, 1)
    assert {row.page for row in table.rows} == {13, 14}
    assert cell(loaded, 1, "收入合计", "收入/金额") == Decimal("21955.35")
    assert cell(loaded, 1, "支出合计", "支出/支出用途/金额") == Decimal("21955.35")
    assert cell(loaded, 1, "三、其他资金", "收入/金额") == Decimal("14.39")
    assert "十七、国土海洋气象等支出" in [row.label for row in table.rows]
    assert "出" not in [row.label for row in table.rows]


def test_income_rows_nest_under_their_fund(loaded: LoadedDocument) -> None:
    rows = {row.label: row for row in table_numbered(loaded, 2).rows}
    assert cell(loaded, 2, "其他收入", "金额") == Decimal("14.39")
    assert rows["其他收入"].parent is rows["其他资金"]
    assert cell(loaded, 2, "一般公共预算资金", "金额") == Decimal("21940.96")


@pytest.mark.parametrize(
    ("number", "row", "column", "value"),
    [
        (3, "", "合计", "21955.35"),
        (3, "", "基本支出", "13994.31"),
        (3, "", "项目支出", "5573.00"),
        (3, "", "单位预留机动经费", "2388.04"),
        (4, "一、基本支出", "支出/支出用途/金额", "13979.92"),
        (5, "2040405", "金额", "1895.00"),
        (5, "2210202", "金额", "2586.61"),
        (6, "30217", "金额", "36.50"),
        (7, "2210202", "金额", "2586.61"),
        (9, "", "合计", "1384.74"),
        (9, "", "“三公”经费/小计", "484.30"),
        (9, "", "因公出国（境）费", "100.00"),
        (9, "", "公务用车运行维护费", "267.80"),
        (9, "", "公务接待费", "116.50"),
        (9, "", "会议费", "200.44"),
        (9, "", "培训费", "700.00"),
        (11, "合计", "机关运行经费支出", "2722.57"),
        (11, "30217", "机关运行经费支出", "36.50"),
        (12, "合计", "总计", "3096.24"),
    ],
)
def test_key_figures_in_their_rows_and_columns(
    loaded: LoadedDocument, number: int, row: str, column: str, value: str
) -> None:
    assert cell(loaded, number, row, column) == Decimal(value)


def test_the_figure_cut_by_a_cell_border_is_one_number(loaded: LoadedDocument) -> None:
    (row,) = table_numbered(loaded, 9).rows
    assert [figure.raw for figure in row.figures] == [
        "1,384.74",
        "484.30",
        "100.00",
        "267.80",
        "",
        "267.80",
        "116.50",
        "200.44",
        "700.00",
    ]


def test_procurement_rows_keep_their_labels(loaded: LoadedDocument) -> None:
    rows = table_numbered(loaded, 12).rows
    meeting = next(row for row in rows if row.label == "会议服务")
    assert meeting.parent is not None and meeting.parent.label == "商品和服务支出"
    assert [(f.column, f.raw) for f in meeting.figures if f.raw] == [
        ("采购物品名称", "会议服务"),
        ("采购组织形式", "分散自行组织"),
        ("总计", "200.44"),
    ]
    assert all(row.label for row in rows)


def test_table_lines_stay_out_of_the_narrative(loaded: LoadedDocument) -> None:
    texts = [passage.text for passage in loaded.disclosure.passages]
    assert not any(
        text.startswith(("部门", "单位：", "江苏省人民检察院")) and len(text) < 20 for text in texts
    )
    assert any("收入、支出预算总计21,955.35万元" in text for text in texts)


def test_an_empty_tables_lone_total_row_is_no_header(loaded: LoadedDocument) -> None:
    """公开10表 prints only 合计 under its header, centred across code and name: the header keeps its three
    columns as printed, the table is said to be empty."""
    fund = table_numbered(loaded, 10)
    assert fund.columns == ["功能科目代码", "功能科目名称", "金额"]
    assert [(row.label, [figure.value for figure in row.figures]) for row in fund.rows] == [("合计", [None])]
    assert fund.no_data

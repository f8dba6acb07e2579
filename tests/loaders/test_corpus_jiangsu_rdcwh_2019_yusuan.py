"""江苏省人大常委会办公厅 2019 部门预算, published as a narrative file and a tables file (A3 landscape
pages stored with /Rotate 90, no cover): each table numbered on the line below its title in Chinese
numerals (公开表一), the unit named only in 部门： lines with the name on the next line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import LoadedDocument
from loaders.contents import number_from_contents
from tests.loaders.corpus_blocks import CorpusDocument, assemble_corpus, cell, read_corpus

TABLES = "jiangsu-rdcwh-2019-yusuan-tables.pdf"
TEXT = "jiangsu-rdcwh-2019-yusuan-text.pdf"
CHINESE = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus(TABLES)


@pytest.fixture(scope="module")
def tables() -> LoadedDocument:
    return assemble_corpus(TABLES)


@pytest.fixture(scope="module")
def text() -> LoadedDocument:
    return assemble_corpus(TEXT)


def test_rotated_pages_read_without_problems(document: CorpusDocument) -> None:
    assert document.page_count == 13 and document.problems == []
    assert len({grid.page for grid in document.grids}) == 13


def test_the_tables_file_names_its_unit_year_and_numbers(tables: LoadedDocument) -> None:
    disclosure = tables.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "江苏省人大常委会办公厅",
        2019,
        "预算",
        "部门",
    )
    assert [(table.number, table.number_value) for table in disclosure.tables] == [
        (f"公开表{numeral}", value) for value, numeral in enumerate(CHINESE, start=1)
    ]
    assert disclosure.tables[11].title == "2019年政府采购预算表"
    assert {table.unit_of_measure for table in disclosure.tables} == {"万元"}
    assert [table.number_value for table in disclosure.tables if table.no_data] == [10]
    assert tables.problems == [] and disclosure.passages == []


@pytest.mark.parametrize(
    ("number", "row", "column", "value"),
    [
        (1, "收入合计", "收入/金额", "18330.37"),
        (3, "", "基本支出", "9312.90"),
        (3, "", "项目支出", "6459.58"),
        (3, "", "单位预留机动经费", "2557.89"),
        (5, "2010104", "金额", "1469.73"),
        (5, "2010107", "金额", "363.38"),
        (5, "2010109", "金额", "42.75"),
        (9, "", "“三公”经费/小计", "767.60"),
        (9, "", "因公出国（境）费", "199.25"),
        (9, "", "公务用车运行维护费", "183.60"),
        (9, "", "公务接待费", "384.75"),
        (9, "", "会议费", "1469.73"),
        (9, "", "培训费", "363.38"),
        (11, "合计", "机关运行经费支出", "1642.08"),
        (12, "合计", "总计", "2416.43"),
    ],
)
def test_key_figures_in_their_rows_and_columns(
    tables: LoadedDocument, number: int, row: str, column: str, value: str
) -> None:
    assert cell(tables, number, row, column) == Decimal(value)


def test_the_narrative_file_lists_the_tables_of_the_other_file(text: LoadedDocument) -> None:
    disclosure = text.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.tables) == ("江苏省人大常委会办公厅", 2019, [])
    assert text.missing_tables == [f"{n}、{title}" for n, title in LISTED]


LISTED = [
    ("一", "收支预算总表"),
    ("二", "收入预算总表"),
    ("三", "支出预算总表"),
    ("四", "财政拨款收支预算总表"),
    ("五", "财政拨款支出预算表"),
    ("六", "财政拨款基本支出预算表"),
    ("七", "一般公共预算支出预算表"),
    ("八", "一般公共预算基本支出预算表"),
    ("九", "一般公共预算“三公”经费、会议费、培训费支出预算表"),
    ("十", "政府性基金财政拨款支出预算表"),
    ("十一", "一般公共预算机关运行经费支出预算表"),
    ("十二", "政府采购支出预算表"),
]


def test_the_narrative_contents_find_every_table_of_the_tables_file(
    tables: LoadedDocument, text: LoadedDocument
) -> None:
    found = tables.disclosure.tables
    assert number_from_contents(found, text.disclosure.contents) == []
    assert [table.number for table in found][:2] == ["公开表一", "公开表二"]

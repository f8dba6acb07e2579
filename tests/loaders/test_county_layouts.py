"""Layouts the corpus lacks load too: two county documents (tests/loaders/county_final_accounts.py,
county_budget.py), and the 预算 with its tables titled as 财政部's template titles them, written here as a
text export, a web page, a Word file and an Excel workbook, each loaded by its loader
(tests/loaders/document_writers.py).

The 决算 is written as a PDF's text layer would give it (each table number at the foot of the previous page,
bare page numbers, long labels wrapped onto a row of their own, headers repeated after a page break), as a
web page converted from Excel (title, number and 部门 rows inside the table), as Word and as one sheet per
table; the 预算 puts 部门公开表N above each title.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from loaders import load_file
from loaders.blocks import LoadedDocument
from loaders.contents import parse_marker
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import (
    WRITERS,
    LoadedOnFirstUse,
    cells_of,
    loaded_amounts,
    printed_amounts,
    records_of,
    table_numbered,
    write_xlsx,
)

TEMPLATE_TITLES = {
    "收支总表": "2024年部门收支总体情况表",
    "收入总表": "2024年部门收入总体情况表",
    "支出总表": "2024年部门支出总体情况表",
    "财政拨款收支总表": "2024年财政拨款收支总体情况表",
    "一般公共预算支出表": "2024年一般公共预算支出情况表",
    "基本支出经济科目表": "2024年一般公共预算基本支出情况表",
    "三公经费": "2024年一般公共预算“三公”经费支出情况表",
}
"""Titles as 财政部's template for 部门预算公开 prints them (central departments and many provinces)."""


def in_template_titles(document: Document) -> Document:
    """The document with the tables the template names titled as it titles them."""
    tables = tuple(replace(t, title=TEMPLATE_TITLES.get(t.kind, t.title)) for t in document.tables)
    contents = tuple(line for line in document.contents if not line.startswith("部门公开表"))
    return replace(document, tables=tables, contents=(*contents, *(f"{t.marker} {t.title}" for t in tables)))


CASES = [(name, suffix) for name in ("final", "budget", "template") for suffix in WRITERS]
DOCUMENTS = {"final": FINAL_ACCOUNTS, "budget": BUDGET, "template": in_template_titles(BUDGET)}


@pytest.fixture(scope="module")
def loads(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], LoadedDocument]:
    """Each document written in each format and loaded once for the module, when a test first asks."""
    folder = tmp_path_factory.mktemp("county")
    return LoadedOnFirstUse(
        lambda name, suffix: load_file(
            WRITERS[suffix](DOCUMENTS[name], folder / f"pingchuan-{name}.{suffix}")
        )
    )


@pytest.fixture(params=CASES, ids=[f"{name}-{suffix}" for name, suffix in CASES])
def case(
    request: pytest.FixtureRequest, loads: dict[tuple[str, str], LoadedDocument]
) -> tuple[Document, str, LoadedDocument]:
    name, suffix = request.param
    return DOCUMENTS[name], suffix, loads[(name, suffix)]


def test_unit_year_and_kind_come_from_the_document(case: tuple[Document, str, LoadedDocument]) -> None:
    document, _, loaded = case
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == (
        document.unit_name,
        document.year,
        document.kind,
    )


def test_every_table_is_numbered_classified_and_has_its_unit(
    case: tuple[Document, str, LoadedDocument],
) -> None:
    document, _, loaded = case
    found = [(t.number, t.number_value, t.title, t.kind, t.unit_of_measure) for t in loaded.disclosure.tables]
    expected = [
        (table.marker, parse_marker(table.marker)[0].value, table.title, table.kind, table.unit)  # type: ignore[union-attr]
        for table in document.tables
    ]
    assert found == expected


def test_every_printed_figure_is_loaded_once(case: tuple[Document, str, LoadedDocument]) -> None:
    document, _, loaded = case
    for table, expected in zip(loaded.disclosure.tables, document.tables, strict=True):
        assert loaded_amounts(table) == printed_amounts(expected), table.title


def test_the_documents_problems_are_none(case: tuple[Document, str, LoadedDocument]) -> None:
    _, _, loaded = case
    assert loaded.problems == []


def test_tables_said_to_be_empty_are_flagged(case: tuple[Document, str, LoadedDocument]) -> None:
    document, _, loaded = case
    empty = [table.number for table in loaded.disclosure.tables if table.no_data]
    assert empty == [table.marker for table in document.tables if not printed_amounts(table)]


@pytest.mark.parametrize("suffix", WRITERS)
def test_the_final_accounts_rows_and_columns(
    loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    loaded = loads[("final", suffix)]
    summary = table_numbered(loaded, "公开01表")
    assert cells_of(summary, "八、其他收入") == {"收入/行次": None, "收入/金额": Decimal("12.30")}
    assert all(row.label for row in summary.rows), "a row holding only its 行次 is no row"
    spending = table_numbered(loaded, "公开05表")
    assert cells_of(spending, "2080505") == {
        "年初预算数": Decimal("52.00"),
        "调整预算数": Decimal("56.40"),
        "决算数/合计": Decimal("56.32"),
        "决算数/基本支出": Decimal("56.32"),
        "决算数/项目支出": None,
    }
    assert (
        next(row for row in spending.rows if row.code == "2080505").label
        == "机关事业单位基本养老保险缴费支出"
    )
    basic = table_numbered(loaded, "公开06表")
    assert cells_of(basic, "公用经费合计") == {"公用经费/决算数": Decimal("99.20")}
    assert cells_of(basic, "30216") == {"公用经费/决算数": Decimal("4.60")}
    projects = table_numbered(loaded, "公开07表")
    assert next(row for row in projects.rows if row.code == "2130504").label == (
        "乡村振兴衔接资金项目（农村道路及饮水设施建设）"
    )
    three = cells_of(table_numbered(loaded, "公开08表"), "决算数")
    parts = ["因公出国（境）费", "公务用车购置及运行维护费/小计", "公务接待费", "会议费", "培训费"]
    assert three["合计"] == sum(three[part] or 0 for part in parts) == Decimal("15.50")


@pytest.mark.parametrize("suffix", WRITERS)
def test_the_budget_rows_and_columns(loads: dict[tuple[str, str], LoadedDocument], suffix: str) -> None:
    loaded = loads[("budget", suffix)]
    three = cells_of(table_numbered(loaded, "部门公开表10"), "平川县卫生健康局")
    assert (three["合计"], three["会议费"], three["培训费"]) == (
        Decimal("34.00"),
        Decimal("5.00"),
        Decimal("7.00"),
    )
    purchase = table_numbered(loaded, "部门公开表9")
    assert cells_of(purchase, "合计") == {"预算金额": Decimal("85000.00")}
    income = table_numbered(loaded, "部门公开表1")
    assert {row.side for row in income.rows} == {"收入", "支出"}
    assert cells_of(table_numbered(loaded, "部门公开表8"), "2100199")["上年结转"] == Decimal("35.20")


def test_narrative_glossary_and_contents(case: tuple[Document, str, LoadedDocument]) -> None:
    document, suffix, loaded = case
    disclosure = loaded.disclosure
    assert [term.term for term in disclosure.terms] == list(document.terms)
    assert any(
        "1,682.46万元" in passage.text or "2,512.00万元" in passage.text for passage in disclosure.passages
    )
    if suffix != "xlsx":
        assert [entry.replace(" ", "") for entry in disclosure.contents] == [
            entry.replace(" ", "") for entry in document.contents
        ]


@pytest.mark.parametrize("document", [FINAL_ACCOUNTS, BUDGET], ids=["final", "budget"])
def test_every_format_gives_the_same_records(document: Document, tmp_path: Path) -> None:
    loaded = {
        suffix: load_file(write(document, tmp_path / f"doc.{suffix}")) for suffix, write in WRITERS.items()
    }
    text = records_of(loaded.pop("txt"))
    for suffix, other in loaded.items():
        assert records_of(other) == text, suffix


def test_tables_exported_without_a_cover_name_unit_year_and_kind_themselves(tmp_path: Path) -> None:
    bare = load_file(write_xlsx(FINAL_ACCOUNTS, tmp_path / "export.xlsx", with_cover=False))
    full = load_file(write_xlsx(FINAL_ACCOUNTS, tmp_path / "full.xlsx"))
    disclosure = bare.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == ("平川县农业农村局", 2023, "决算")
    assert records_of(bare) == records_of(full)

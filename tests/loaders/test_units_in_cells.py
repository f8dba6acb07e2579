"""Tables that print each amount with its unit (1,290.00万元, 8,652,300.00元) and no 单位 line give the
records of the same tables printed under 单位：万元: the amounts as numbers, the unit the table's.

Three families (tests/loaders/county_final_accounts.py in 万元, qinghe_final_accounts.py in 元,
xinan_budget.py) written so, as text, PDF, Excel and Word.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from loaders import load_file
from loaders.blocks import LoadedDocument
from tests.loaders.county_documents import Document, Table
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import PRINTED_AMOUNT, WRITERS, LoadedOnFirstUse, records_of, write_pdf
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.test_formats_agree import targets_of
from tests.loaders.xinan_budget import XINAN_BUDGET
from tests.read_documents import read_once

pytestmark = pytest.mark.slow  # draws PDFs and reads them back

FAMILIES = {"final": FINAL_ACCOUNTS, "qinghe": QINGHE_FINAL, "xinan": XINAN_BUDGET}
FORMATS = ("txt", "pdf", "xlsx", "docx")
CASES = [(name, suffix) for name in FAMILIES for suffix in FORMATS]


def with_units(table: Table) -> Table:
    """The table with its unit after every amount and no unit in the line above it (a table of no amounts
    keeps its unit line)."""
    rows = tuple(
        tuple(f"{cell}{table.unit}" if PRINTED_AMOUNT.fullmatch(cell) else cell for cell in row)
        for row in table.rows
    )
    return replace(
        table, rows=rows, furniture=(table.furniture[0], "") if rows != table.rows else table.furniture
    )


def units_in_cells(document: Document) -> Document:
    return replace(document, tables=tuple(with_units(table) for table in document.tables))


@pytest.fixture(scope="module")
def loads(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], LoadedDocument]:
    folder = tmp_path_factory.mktemp("units")

    def write_and_load(name: str, suffix: str) -> LoadedDocument:
        if suffix == "plain":
            return load_file(WRITERS["txt"](FAMILIES[name], folder / f"{name}.txt"))
        document, path = units_in_cells(FAMILIES[name]), folder / f"{name}-units.{suffix}"
        return read_once(
            load_file, write_pdf(document, path) if suffix == "pdf" else WRITERS[suffix](document, path)
        )

    return LoadedOnFirstUse(write_and_load)


@pytest.mark.parametrize(("name", "suffix"), CASES, ids=[f"{name}-{suffix}" for name, suffix in CASES])
def test_amounts_printed_with_their_unit_give_the_records_of_the_table_with_a_unit_line(
    loads: dict[tuple[str, str], LoadedDocument], name: str, suffix: str
) -> None:
    loaded, plain = loads[(name, suffix)], loads[(name, "plain")]
    assert any(
        "元" in cell for table in units_in_cells(FAMILIES[name]).tables for row in table.rows for cell in row
    )
    assert loaded.problems == []
    assert records_of(loaded) == records_of(plain)
    assert [table.unit_of_measure for table in loaded.disclosure.tables] == [
        table.unit_of_measure for table in plain.disclosure.tables
    ]
    assert targets_of(loaded) == targets_of(plain)


def test_a_cell_unit_unlike_the_unit_line_is_read_in_the_cells_unit_and_reported(tmp_path: Path) -> None:
    table = with_units(FINAL_ACCOUNTS.tables[1])
    wrong_line = replace(table, furniture=(table.furniture[0], "金额单位：元"))
    document = replace(
        FINAL_ACCOUNTS, tables=(FINAL_ACCOUNTS.tables[0], wrong_line, *FINAL_ACCOUNTS.tables[2:])
    )
    loaded = load_file(WRITERS["txt"](document, tmp_path / "final.txt"))
    assert loaded.disclosure.tables[1].unit_of_measure == "万元"
    assert any("元" in problem and "万元" in problem for problem in loaded.problems)


def test_amounts_of_several_units_in_one_table_are_not_read_as_numbers(tmp_path: Path) -> None:
    table = FINAL_ACCOUNTS.tables[1]
    mixed = tuple(
        tuple(
            f"{cell}{'万元' if index % 2 else '元'}" if PRINTED_AMOUNT.fullmatch(cell) else cell
            for cell in row
        )
        for index, row in enumerate(table.rows)
    )
    document = replace(
        FINAL_ACCOUNTS,
        tables=(FINAL_ACCOUNTS.tables[0], replace(table, rows=mixed), *FINAL_ACCOUNTS.tables[2:]),
    )
    loaded = load_file(WRITERS["txt"](document, tmp_path / "final.txt"))
    figures = [figure for row in loaded.disclosure.tables[1].rows for figure in row.figures if figure.raw]
    assert figures and all(figure.value is None for figure in figures)
    assert any("不同的单位（万元、元）" in problem for problem in loaded.problems)


def test_a_sum_of_money_in_a_text_cell_among_bare_amounts_is_no_unit_of_the_table(tmp_path: Path) -> None:
    """政府采购: a 采购目录 cell printing 5000元 beside amounts printed bare under 单位：万元."""
    table = XINAN_BUDGET.tables[8]
    rows = tuple(("", "5000元", *row[2:]) if row[1] == "复印机" else row for row in table.rows)
    tables = tuple(replace(table, rows=rows) if other is table else other for other in XINAN_BUDGET.tables)
    loaded = load_file(WRITERS["txt"](replace(XINAN_BUDGET, tables=tables), tmp_path / "xinan.txt"))
    purchases = loaded.disclosure.tables[8]
    assert purchases.unit_of_measure == "万元"
    assert [row.label for row in purchases.rows if any(f.raw == "3.20" for f in row.figures)]
    assert loaded.problems == []

"""Tables that name their unit of money in the amount columns' headers (预算数（万元）, 金额（元）) and print no
单位 line give the records of the same tables printed under 单位：万元: the unit the table's, the rows and
amounts the same. Three families, as text, web page, Excel and Word."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from loaders import load_file
from loaders.blocks import LoadedDocument
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, Document, Table
from tests.loaders.document_writers import PRINTED_AMOUNT, WRITERS
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.xinan_budget import XINAN_BUDGET

FAMILIES = {"pingchuan": BUDGET, "qinghe": QINGHE_FINAL, "xinan": XINAN_BUDGET}
FORMATS = ("txt", "html", "xlsx", "docx")


def names_column(cell: str) -> bool:
    return cell not in ("", MERGED_LEFT, MERGED_UP, "栏次") and not cell.isdigit()


def with_header_units(table: Table) -> Table:
    """The table with its unit in brackets after the lowest header cell naming each amount column, and no
    unit in the line above it (a table of no amounts keeps its unit line)."""
    amounts = [
        any(PRINTED_AMOUNT.fullmatch(row[column]) for row in table.rows)
        for column in range(len(table.rows[0]))
    ]
    header = [list(row) for row in table.header]
    for column, holds_amounts in enumerate(amounts):
        named = [row for row in header if names_column(row[column])]
        if holds_amounts and named:
            named[-1][column] += f"（{table.unit}）"
    if header == [list(row) for row in table.header]:
        return table
    return replace(table, header=tuple(tuple(row) for row in header), furniture=(table.furniture[0], ""))


def facts_of(loaded: LoadedDocument) -> list[tuple[object, ...]]:
    return [
        (
            table.number,
            table.title,
            table.unit_of_measure,
            [(row.label, row.code, [figure.value for figure in row.figures]) for row in table.rows],
        )
        for table in loaded.disclosure.tables
    ]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("name", list(FAMILIES))
def test_a_unit_named_in_the_amount_columns_headers_is_the_tables_unit(
    tmp_path: Path, name: str, suffix: str
) -> None:
    document = FAMILIES[name]
    headed: Document = replace(document, tables=tuple(with_header_units(table) for table in document.tables))
    assert any(table.furniture[1] == "" for table in headed.tables)
    plain = load_file(WRITERS[suffix](document, tmp_path / f"plain.{suffix}"))
    loaded = load_file(WRITERS[suffix](headed, tmp_path / f"headed.{suffix}"))
    assert facts_of(loaded) == facts_of(plain)
    assert loaded.problems == plain.problems

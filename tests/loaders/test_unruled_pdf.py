"""Tables drawn without ruling lines (many county PDFs): each county document drawn twice, with its table
rules and without any line (merged cells centred over their columns, as Excel prints them), must give the
same tables, rows, figures and columns. (A 绩效目标表 is a form, not a table of columns: drawn without
rules it is not read as one.) Header cells are told apart by each one's own height (a heading set close
over its sub-headers is no line of them), a heading spans the columns merged down from the row under it,
and a page a table continues on may start with a label of two lines centred around its figures."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from loaders import load_file
from loaders.blocks import LoadedDocument
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, Document, Table
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import PRINTED_AMOUNT, records_of, write_pdf
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.xinan_budget import XINAN_BUDGET
from tests.read_documents import read_once

pytestmark = pytest.mark.slow  # draws each document as two PDFs and reads them back

FAMILIES = {
    "pingchuan-budget": BUDGET,
    "pingchuan-final": FINAL_ACCOUNTS,
    "xinan-budget": XINAN_BUDGET,
    "qinghe-final": QINGHE_FINAL,
}


@pytest.fixture(scope="module", params=list(FAMILIES))
def drawn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Document, LoadedDocument, LoadedDocument]:
    document = FAMILIES[request.param]
    folder = tmp_path_factory.mktemp(request.param)
    ruled = read_once(load_file, write_pdf(document, folder / "ruled.pdf", "above"))
    bare = read_once(load_file, write_pdf(document, folder / "bare.pdf", "above", ruled=False))
    return document, ruled, bare


def rows_of(loaded: LoadedDocument) -> list[list[tuple[object, ...]]]:
    """Each table's rows: label, code, side, level, parent and the figures in column order."""
    return [
        [
            (
                row.label,
                row.code,
                row.side,
                row.level,
                row.parent.label if row.parent else None,
                [(figure.column_index, figure.value, figure.raw) for figure in row.figures],
            )
            for row in table.rows
        ]
        for table in loaded.disclosure.tables
    ]


def test_a_page_without_rules_gives_every_table_its_rows_and_figures(
    drawn: tuple[Document, LoadedDocument, LoadedDocument],
) -> None:
    _, ruled, bare = drawn
    assert [table.title for table in bare.disclosure.tables] == [
        table.title for table in ruled.disclosure.tables
    ]
    assert all(table.rows for table in bare.disclosure.tables)
    assert rows_of(bare) == rows_of(ruled)
    assert bare.problems == ruled.problems == []


def test_a_page_without_rules_gives_the_records_of_the_ruled_page(
    drawn: tuple[Document, LoadedDocument, LoadedDocument],
) -> None:
    _, ruled, bare = drawn
    assert records_of(bare) == records_of(ruled)


def under_a_heading(table: Table, heading: str) -> Table:
    """The table with one more header row on top: `heading` over all its figure columns, whose own cells
    (合计, 因公出国（境）费 … merged down) now start on the row under it; label columns merged from the top."""
    words = [
        not any(PRINTED_AMOUNT.fullmatch(row[column]) for row in table.rows)
        for column in range(len(table.rows[0]))
    ]
    first = words.index(False)
    top = tuple(
        table.header[0][column] if words[column] else heading if column == first else MERGED_LEFT
        for column in range(len(words))
    )
    below = tuple(
        tuple(MERGED_UP if words[column] else cell for column, cell in enumerate(row)) for row in table.header
    )
    return replace(table, header=(top, *below))


THREE_PUBLIC = {name: document for name, document in FAMILIES.items() if name != "qinghe-final"}


@pytest.mark.parametrize("name", list(THREE_PUBLIC))
def test_a_heading_over_columns_merged_down_from_the_row_under_it_spans_them_all(
    tmp_path: Path, name: str
) -> None:
    document = THREE_PUBLIC[name]
    table = next(table for table in document.tables if table.kind == "三公经费")
    alone = replace(document, tables=(under_a_heading(table, "预算数"),))
    ruled = read_once(load_file, write_pdf(alone, tmp_path / "ruled.pdf", "above"))
    bare = read_once(load_file, write_pdf(alone, tmp_path / "bare.pdf", "above", ruled=False))
    figures = sum(
        any(PRINTED_AMOUNT.fullmatch(cell) for cell in column) for column in zip(*table.rows, strict=True)
    )
    assert sum(column.startswith("预算数/") for column in bare.disclosure.tables[0].columns) == figures
    assert records_of(bare) == records_of(ruled)

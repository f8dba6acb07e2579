"""Tables drawn without ruling lines (many county PDFs): each county document drawn twice, with its table
rules and without any line (merged cells centred over their columns, as Excel prints them), must give the
same tables, rows, figures and columns. (A 绩效目标表 is a form, not a table of columns: drawn without
rules it is not read as one.)"""

from __future__ import annotations

import pytest

from loaders import load_file
from loaders.blocks import LoadedDocument
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.document_writers import records_of, write_pdf
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.xinan_budget import XINAN_BUDGET

pytestmark = pytest.mark.slow  # draws each document as two PDFs and reads them back

FAMILIES = {"pingchuan-budget": BUDGET, "xinan-budget": XINAN_BUDGET, "qinghe-final": QINGHE_FINAL}


@pytest.fixture(scope="module", params=list(FAMILIES))
def drawn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Document, LoadedDocument, LoadedDocument]:
    document = FAMILIES[request.param]
    folder = tmp_path_factory.mktemp(request.param)
    ruled = load_file(write_pdf(document, folder / "ruled.pdf", "above"))
    bare = load_file(write_pdf(document, folder / "bare.pdf", "above", ruled=False))
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
    drawn: tuple[Document, LoadedDocument, LoadedDocument], request: pytest.FixtureRequest
) -> None:
    document, ruled, bare = drawn
    if document is QINGHE_FINAL:
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason="a heading centred exactly over the sub-header of its middle column (本年支出 over "
                "小计 | 基本支出 | 项目支出) reads as that sub-header's first line, and 预算数 over six columns "
                "is read over the four its centre equally fits: without rules the header is ambiguous",
            )
        )
    assert records_of(bare) == records_of(ruled)

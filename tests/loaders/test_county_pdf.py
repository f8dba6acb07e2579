"""The county and province documents drawn as PDFs (with matplotlib, tests/loaders/document_writers.py):
ruled and unruled tables, bare page numbers at the feet, long labels wrapped inside their cells, long tables
continued on the next page under a repeated header, and each table's number at the foot of the page before
it, beside its title or above it (表1-1, 2024年部门预算公开表（一）, 附表3, 附表1-1). Every table, figure and unit
arrives, and a PDF gives the records the text export gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_file
from loaders.blocks import LoadedDocument
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import (
    first_pages,
    loaded_amounts,
    printed_amounts,
    records_of,
    write_pdf,
    write_text,
)
from tests.loaders.ningxi_budget import NINGXI_BUDGET
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL
from tests.loaders.shuangxi_township_budget import SHUANGXI_BUDGET
from tests.loaders.test_province_layouts import unit_at_the_right
from tests.loaders.yongding_budget import YONGDING_BUDGET
from tests.read_documents import read_once

pytestmark = pytest.mark.slow  # draws the county documents as PDFs and reads them back

LAYOUTS = {
    "final-foot": (FINAL_ACCOUNTS, "foot", True),
    "final-beside": (FINAL_ACCOUNTS, "beside", True),
    "budget-above": (BUDGET, "above", True),
    "yongding-above": (YONGDING_BUDGET, "above", True),
    "ningxi-above": (NINGXI_BUDGET, "above", True),
    "ningxi-beside-unruled": (NINGXI_BUDGET, "beside", False),
    "ningxi-unit-at-the-right": (unit_at_the_right(NINGXI_BUDGET), "above", True),
    "ningxi-unit-at-the-right-unruled": (unit_at_the_right(NINGXI_BUDGET), "above", False),
    "qingfeng-unit-at-the-right-unruled": (unit_at_the_right(QINGFENG_FINAL), "beside", False),
    "yongding-unit-at-the-right-unruled": (unit_at_the_right(YONGDING_BUDGET), "above", False),
    "shuangxi-above": (SHUANGXI_BUDGET, "above", True),
    "shuangxi-unruled": (SHUANGXI_BUDGET, "above", False),
    "qingfeng-beside": (QINGFENG_FINAL, "beside", True),
    "qingfeng-unruled": (QINGFENG_FINAL, "beside", False),
}
"""A document, where its tables' numbers are printed, and whether its tables are ruled."""


@pytest.fixture(scope="module", params=list(LAYOUTS))
def drawn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Document, LoadedDocument]:
    document, marker, ruled = LAYOUTS[request.param]
    path = tmp_path_factory.mktemp("pdf") / f"{request.param}.pdf"
    return document, read_once(load_file, write_pdf(document, path, marker, ruled=ruled))


def test_the_pdf_names_unit_year_kind_and_numbers_every_table(drawn: tuple[Document, LoadedDocument]) -> None:
    document, loaded = drawn
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == (
        document.unit_name,
        document.year,
        document.kind,
    )
    assert [(table.number, table.kind, table.unit_of_measure, table.page) for table in disclosure.tables] == [
        (table.marker, table.kind, table.unit, page)
        for page, table in zip(first_pages(document), document.tables, strict=True)
    ]
    for table, expected in zip(disclosure.tables, document.tables, strict=True):
        assert loaded_amounts(table) == printed_amounts(expected), table.title
    assert loaded.problems == []
    assert loaded.missing_tables == [], "a heading over the listed tables (四、部门预算公开表) is no table"


def test_the_pdf_gives_the_records_of_the_text_export(
    drawn: tuple[Document, LoadedDocument], tmp_path: Path
) -> None:
    document, loaded = drawn
    text = load_file(write_text(document, tmp_path / "export.txt"))
    assert records_of(loaded) == records_of(text)

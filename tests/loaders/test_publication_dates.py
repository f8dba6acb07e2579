"""A cover that prints when the document was published (2024年8月) and not the year it covers: the year is
read from the document (its 2023年度部门决算情况说明, its tables), never the publication date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from loaders import load_file
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import WRITERS
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL


def dated_cover(document: Document, published: str) -> Document:
    kind = "部门决算公开" if document.kind == "决算" else "部门预算公开"
    return replace(document, cover=(kind, document.unit_name, published))


FAMILIES = {
    "qinghe-final": QINGHE_FINAL,
    "pingchuan-final": dated_cover(FINAL_ACCOUNTS, f"{FINAL_ACCOUNTS.year + 1}年9月"),
    "pingchuan-budget": dated_cover(BUDGET, f"{BUDGET.year}年2月"),
}


@pytest.mark.parametrize("suffix", ["txt", "html", "docx", "xlsx"])
@pytest.mark.parametrize("name", list(FAMILIES))
def test_a_publication_date_on_the_cover_is_not_the_year_covered(
    tmp_path: Path, name: str, suffix: str
) -> None:
    document = FAMILIES[name]
    assert any(str(document.year + (document.kind == "决算")) in line for line in document.cover)
    loaded = load_file(WRITERS[suffix](document, tmp_path / f"{name}.{suffix}"))
    assert (loaded.disclosure.year, loaded.disclosure.kind) == (document.year, document.kind)
    assert loaded.year_source == "document"

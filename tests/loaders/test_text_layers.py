"""A text export of a published PDF (its text layer, one line a printed line): long labels wrapped onto
lines of their own (一、一般公 / 共预算财政 / 拨款收入, with or without a 科目编码), words of other cells
wrapped beside them, and a wrapped row cut by a page break going on under the next page's header. Each
family must give the records of its Excel-style export, where every cell is whole."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from loaders import load_file
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import records_of, write_html, write_text
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL

FAMILIES = {"final": (FINAL_ACCOUNTS, 5), "budget": (BUDGET, 6), "qinghe": (QINGHE_FINAL, 6)}


@pytest.mark.parametrize("split", [False, True], ids=["whole-rows", "row-cut-by-page-break"])
@pytest.mark.parametrize("name", list(FAMILIES))
def test_a_text_layer_with_wrapped_labels_gives_the_records_of_whole_cells(
    tmp_path: Path, name: str, split: bool, request: pytest.FixtureRequest
) -> None:
    if name == "qinghe":
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason="a label cut right after a word that ends items (年初财政拨款 / 结转和结余) reads as "
                "a whole item: a text layer gives no cell width to tell",
            )
        )
    document, width = FAMILIES[name]
    layer = replace(document.layout, label_width=width, text_pages=True, split_at_page_break=split)
    text = load_file(write_text(replace(document, layout=layer), tmp_path / f"{name}.txt"))
    whole: Document = replace(document, layout=replace(document.layout, label_width=width))
    cells = load_file(write_html(whole, tmp_path / f"{name}.html"))
    assert records_of(text) == records_of(cells)
    assert text.problems == []

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
from tests.loaders.xinan_budget import XINAN_BUDGET

FAMILIES = {"final": (FINAL_ACCOUNTS, 5), "budget": (BUDGET, 6), "qinghe": (QINGHE_FINAL, 6)}


@pytest.mark.parametrize("split", [False, True], ids=["whole-rows", "row-cut-by-page-break"])
@pytest.mark.parametrize("name", list(FAMILIES))
def test_a_text_layer_with_wrapped_labels_gives_the_records_of_whole_cells(
    tmp_path: Path, name: str, split: bool
) -> None:
    document, width = FAMILIES[name]
    layer = replace(document.layout, label_width=width, text_pages=True, split_at_page_break=split)
    text = load_file(write_text(replace(document, layout=layer), tmp_path / f"{name}.txt"))
    whole: Document = replace(document, layout=replace(document.layout, label_width=width))
    cells = load_file(write_html(whole, tmp_path / f"{name}.html"))
    assert records_of(text) == records_of(cells)
    assert text.problems == []


CUT_AFTER_AN_ITEM_WORD = {
    "qinghe-年初财政拨款/结转和结余": (QINGHE_FINAL, 6, "年初财政拨款", "结转和结余"),
    "final-年初财政拨款结转/和结余": (FINAL_ACCOUNTS, 8, "年初财政拨款结转", "和结余"),
    "qinghe-使用非财政拨款|23/结余": (QINGHE_FINAL, 7, "使用非财政拨款", "结余"),
    "xinan-医疗卫生与计/划生育支出": (XINAN_BUDGET, 6, "医疗卫生与计", "划生育支出"),
    "budget-本年收入/合计": (BUDGET, 4, "本年收入", "合计"),
    "final-本年支出/合计": (FINAL_ACCOUNTS, 4, "本年支出", "合计"),
}


@pytest.mark.parametrize("case", list(CUT_AFTER_AN_ITEM_WORD))
def test_a_label_cut_right_after_a_word_that_ends_items_goes_on_in_the_next_line(
    tmp_path: Path, case: str
) -> None:
    """A text layer gives no cell widths, but a column whose labels wrap is as wide as its widest line: a
    label that wide went on in the next line however it ends, when that line leaves out the amounts or
    the 行次 of the row (or is a bare 合计 under a row of amounts)."""
    document, width, first, rest = CUT_AFTER_AN_ITEM_WORD[case]
    layer = replace(document.layout, label_width=width, text_pages=True)
    path = write_text(replace(document, layout=layer), tmp_path / "layer.txt")
    cells = {cell for line in path.read_text(encoding="utf-8").splitlines() for cell in line.split("\t")}
    assert {first, rest} <= cells
    whole: Document = replace(document, layout=replace(document.layout, label_width=width))
    assert records_of(load_file(path)) == records_of(load_file(write_html(whole, tmp_path / "cells.html")))


def test_items_printing_no_amount_under_a_label_as_wide_as_the_column_stay_items(tmp_path: Path) -> None:
    """一般公共服务支出 | 612.40, then 公共安全支出 and 教育支出 with no amount: items of their own, not the rest
    of a label (a wrapped label's next line is printed right under it; these stand a blank line apart)."""
    for width in (4, 6, 8):
        layer = replace(XINAN_BUDGET.layout, label_width=width, text_pages=True)
        loaded = load_file(write_text(replace(XINAN_BUDGET, layout=layer), tmp_path / f"{width}.txt"))
        summary = loaded.disclosure.tables[0]
        labels = [row.label for row in summary.rows if row.side == "支出"]
        assert labels[:3] == ["一般公共服务支出", "公共安全支出", "教育支出"], width


FIGURES_BELOW = {
    "qinghe": (QINGHE_FINAL, 6),
    "final": (FINAL_ACCOUNTS, 5),
    "budget": (BUDGET, 6),
    "xinan": (XINAN_BUDGET, 6),
}


@pytest.mark.parametrize("wrapped", [False, True], ids=["whole-labels", "wrapped-labels"])
@pytest.mark.parametrize("name", list(FIGURES_BELOW))
def test_figures_printed_on_the_line_below_their_label_are_that_rows(
    tmp_path: Path, name: str, wrapped: bool
) -> None:
    """Each row's amounts on the line under its label (a 行次, a 数量 or a 采购方式 staying beside it; a
    third side's 公用经费合计 | 99.20 too): no row is left without its label, and every row keeps all its
    cells, empty ones too."""
    document, width = FIGURES_BELOW[name]
    width = width if wrapped else 0
    layer = replace(document.layout, label_width=width, text_pages=True, figures_below=True)
    path = write_text(replace(document, layout=layer), tmp_path / "below.txt")
    whole: Document = replace(document, layout=replace(document.layout, label_width=width))
    text, cells = load_file(path), load_file(write_html(whole, tmp_path / "cells.html"))
    assert records_of(text) == records_of(cells)
    assert text.problems == []

"""A table continued on the next page: its columns placed by position, a label cut by the page break joined."""

from __future__ import annotations

from decimal import Decimal

import pdfplumber
import pytest

from knowledge.text import is_printed_figure
from loaders import load_file
from loaders.blocks import Grid, GridRow
from loaders.pdf_tables import align_columns, chars_to_cell_text, join_cut_label, misaligned_cells
from loaders.pdf_text import Char
from tests.paths import CORPUS
from tests.read_documents import read_once

SIX_COLUMNS = (57.6, 112.6, 206.9, 276.0, 355.1, 421.4, 519.0)


def row(*cells: str, page: int = 1, full: tuple[bool, ...] = ()) -> GridRow:
    return GridRow(cells=cells, page=page, full=full or (False,) * len(cells))


def test_a_continuation_with_merged_cells_takes_the_columns_of_the_page_before() -> None:
    """jiangsu-rdbgt-2017 收支预算总表 page 9: 支出合计 spans three columns, so the page has four."""
    first = Grid(rows=[row("收入", "", "支出", "", "", "")], column_edges=SIX_COLUMNS)
    continued = Grid(
        rows=[row("收入合计", "13,649.07", "支出合计", "13,649.07", page=2)],
        column_edges=(57.6, 112.6, 206.9, 421.4, 519.9),
    )
    aligned = align_columns(first, continued)
    assert aligned.rows[0].cells == ("收入合计", "13,649.07", "支出合计", "", "", "13,649.07")
    assert aligned.rows[0].page == 2 and aligned.column_edges == SIX_COLUMNS


def test_columns_that_do_not_line_up_are_left_alone() -> None:
    first = Grid(rows=[row("a", "b", "c")], column_edges=(50.0, 150.0, 250.0, 350.0))
    other = Grid(rows=[row("x", "y", page=2)], column_edges=(80.0, 300.0, 400.0))
    assert align_columns(first, other) is other


def test_a_label_the_page_break_cut_is_joined_to_its_row() -> None:
    first = Grid(rows=[row("", "八、社会保障和就", "1,608.51", full=(False, True, True))])
    continued = Grid(rows=[row("", "业支出", "", page=2), row("", "九、医疗卫生与计划生育支出", "", page=2)])
    before, after = join_cut_label(first, continued)
    assert [r.cells for r in before.rows] == [("", "八、社会保障和就业支出", "1,608.51")]
    assert [r.cells for r in after.rows] == [("", "九、医疗卫生与计划生育支出", "")]


def test_a_full_cell_ending_like_an_item_name_is_not_joined_to_the_next_row() -> None:
    """jiangsu-rdbgt-2017 收入预算总表: 专户管理教育收费 fills its cell at the foot of page 9, 其他非税收入
    is the next row."""
    first = Grid(rows=[row("", "专户管理教育收费", "", full=(False, True, False))])
    continued = Grid(rows=[row("", "其他非税收入", "", page=2)])
    assert join_cut_label(first, continued) == (first, continued)


def test_a_cell_with_room_left_or_a_numbered_row_below_is_not_joined() -> None:
    first = Grid(rows=[row("", "十七、国土海洋气象等支", "", full=(False, False, False))])
    continued = Grid(rows=[row("", "出", "", page=2)])
    assert join_cut_label(first, continued) == (first, continued)
    first = Grid(rows=[row("", "十七、国土海洋气象等支", "", full=(False, True, False))])
    continued = Grid(rows=[row("", "十八、住房保障支出", "", page=2)])
    assert join_cut_label(first, continued) == (first, continued)


def test_a_bare_subtotal_word_at_the_top_of_a_page_ends_the_label_above() -> None:
    """jiangsu-rdbgt-2017 收支预算总表: 当年收入 (spread over its cell) on page 8, 小计 on page 9."""
    first = Grid(rows=[row("当年收入", "13,649.07", "当年支出小计", "13,649.07")])
    continued = Grid(
        rows=[row("小计", "", "", "", page=2), row("收入合计", "13,649.07", "支出合计", "", page=2)]
    )
    before, after = join_cut_label(first, continued)
    assert before.rows[0].cells == ("当年收入小计", "13,649.07", "当年支出小计", "13,649.07")
    assert [r.cells[0] for r in after.rows] == ["收入合计"]


def set_line(text: str, x0: float, top: float, width: float = 6.0) -> list[Char]:
    """The characters of one printed line, `width` points each, set solid from `x0`."""
    return [
        {"text": character, "x0": x0 + index * width, "x1": x0 + (index + 1) * width, "top": top,
         "bottom": top + 8.0, "size": 8.0, "upright": True}
        for index, character in enumerate(text)
    ]  # fmt: skip


def test_a_number_the_cell_was_too_narrow_for_goes_on_in_its_next_line_without_a_space() -> None:
    """548000 / 0元: the first line fills the cell from edge to edge, so the break cut the number."""
    box = (100.0, 10.0, 138.0, 40.0)
    chars = set_line("548000", 101.0, 12.0) + set_line("0元", 101.0, 22.0)
    assert chars_to_cell_text(chars, box)[0] == "5480000元"


def test_amounts_stacked_in_one_cell_stay_apart() -> None:
    """Two right-aligned amounts in one box (a row rule missing) are two numbers, never one."""
    box = (100.0, 10.0, 160.0, 40.0)
    chars = set_line("100.00", 123.0, 12.0) + set_line("200.00", 123.0, 22.0)
    text = chars_to_cell_text(chars, box)[0]
    assert text == "100.00 200.00" and misaligned_cells([row(text)]) == [text]


def names_columns(cells: list[str | None]) -> bool:
    """The header row of 支出预算总表: 合计 | 基本支出 | 项目支出 | … | 结转下年资金."""
    return {"合计", "基本支出", "项目支出", "结转下年资金"} <= {cell for cell in cells if cell}


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    ["jiangsu-gjfy-2019-yusuan.pdf", "jiangsu-jcy-2018-yusuan.pdf", "jiangsu-zxbgt-2018-yusuan-tables.pdf"],
)
def test_a_one_row_table_holds_every_figure_its_page_prints(name: str) -> None:
    """支出预算总表 (公开03表) prints one row under 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金:
    one row is what the page holds (pdfplumber's own table reading agrees: the figures of the first row
    under that header, where the next table on the page may follow), each figure under its column and
    合计 the sum of the others."""
    loaded = read_once(load_file, CORPUS / name).disclosure
    table = next(table for table in loaded.tables if table.title == "支出预算总表")
    with pdfplumber.open(CORPUS / name) as pdf:
        pages = pdf.pages[(table.page or 0) - 1 : (table.page or 0) + 1]
        (printed,) = [
            grid
            for page in pages
            for grid in page.extract_tables()
            if any(names_columns(cells) for cells in grid)
        ]
    header = next(index for index, cells in enumerate(printed) if names_columns(cells))
    rows = [[cell for cell in cells if cell and is_printed_figure(cell)] for cells in printed[header + 1 :]]
    figures = next(row for row in rows if row)
    (row,) = table.rows
    assert table.columns == ["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"]
    assert [figure.raw for figure in row.figures if figure.raw] == figures
    values = [figure.value or Decimal(0) for figure in row.figures]
    assert values[0] == sum(values[1:]) > 0

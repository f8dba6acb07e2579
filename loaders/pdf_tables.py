"""Ruled tables of a PDF page as Grids: cells placed by the ruling lines, never by counting numbers.

In these files the text layer drops empty cells and moves numbers onto other lines; the ruling lines
pdfplumber finds are reliable, so every cell is read from inside its own box.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from statistics import median
from typing import Any

from pdfplumber.page import Page
from pdfplumber.table import Table

from knowledge.text import is_printed_figure
from loaders.blocks import Grid, GridRow
from loaders.cell_text import join_wrapped
from loaders.pdf_text import (
    DEFAULT_LAYOUT,
    STARTS_ITEM,
    Char,
    PdfLayout,
    chars_to_rows,
    piece_to_text,
    row_to_pieces,
)
from loaders.table_rows import BARE_TOTALS, COMPLETE_LABEL

Box = tuple[float, float, float, float]

NUMBERS_RUN_TOGETHER = re.compile(r"^-?[\d,]+(\.\d+)?%?(\s+-?[\d,]+(\.\d+)?%?)+$")


def middle_y(char: Char) -> float:
    return (char["top"] + char["bottom"]) / 2


def center_in_box(char: Char, box: Box) -> bool:
    x0, top, x1, bottom = box
    middle_x = (char["x0"] + char["x1"]) / 2
    middle_y = (char["top"] + char["bottom"]) / 2
    return x0 <= middle_x < x1 and top <= middle_y < bottom


def runs_to_edge(row: list[Char], box: Box, layout: PdfLayout = DEFAULT_LAYOUT) -> tuple[bool, bool]:
    """Whether one printed line of a cell ran out of room — set solid up to the box's right edge, not
    spread out to fill the cell (分散对齐) — and whether it also starts at the left edge, filling the
    cell's width (a right-aligned amount reaches the right edge only)."""
    printed = sorted((char for char in row if char["text"].strip()), key=lambda char: char["x0"])
    if not printed:
        return False, False
    size = printed[-1]["size"]
    gaps = [right["x0"] - left["x1"] for left, right in zip(printed, printed[1:], strict=False)]
    solid = not gaps or median(gaps) < layout.space_gap * size
    reaches = solid and box[2] - printed[-1]["x1"] < layout.full_cell_slack * size
    return reaches, reaches and printed[0]["x0"] - box[0] < layout.full_cell_slack * size


def chars_to_cell_text(chars: list[Char], box: Box, layout: PdfLayout = DEFAULT_LAYOUT) -> tuple[str, bool]:
    """Given the characters inside one cell and its box, return its text on one line (wrapped lines
    joined: a line that filled the cell's width goes on in the next, mid-word) and whether its last line
    ran out of room (the text may go on in the next cell down)."""
    rows = chars_to_rows(chars, layout)
    pieces = [" ".join(piece_to_text(piece, layout) for piece in row_to_pieces(row, layout)) for row in rows]
    edges = [runs_to_edge(row, box, layout) for row in rows]
    return join_wrapped(pieces, tuple(fills for _, fills in edges)), edges[-1][0]


def table_to_rows(
    table: Table, chars: list[Char], page: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[GridRow], set[int]]:
    """Given a found table and the page's characters, return its non-empty rows, cells left to right,
    and the ids of the characters read into cells.

    A cell covered by a merged cell (None from pdfplumber) is ''; a merged cell's text is printed once.
    """
    rows = []
    used: set[int] = set()
    by_height = sorted(chars, key=middle_y)
    heights = [middle_y(char) for char in by_height]
    for row in table.rows:
        band = by_height[bisect_left(heights, row.bbox[1]) : bisect_left(heights, row.bbox[3])]
        row_chars = [char for char in band if center_in_box(char, row.bbox)]
        cells: list[str] = []
        full: list[bool] = []
        for box in row.cells:
            inside = [] if box is None else [char for char in row_chars if center_in_box(char, box)]
            used.update(id(char) for char in inside)
            text, reaches_edge = chars_to_cell_text(inside, box, layout) if box and inside else ("", False)
            cells.append(text)
            full.append(reaches_edge)
        if any(cells):
            rows.append(GridRow(cells=tuple(cells), page=page, full=tuple(full)))
    return rows, used


def column_edges(table: Table) -> tuple[float, ...]:
    """The left edge of each of the table's columns, then its right edge."""
    return (*sorted({cell[0] for cell in table.cells}), table.bbox[2])


def align_columns(previous: Grid, grid: Grid, layout: PdfLayout = DEFAULT_LAYOUT) -> Grid:
    """Given a table's grid and its continuation on the next page drawn with fewer column rules (a
    merged cell spanning 功能科目名称 to 项目名称), return the continuation in the previous grid's columns,
    each column placed by its left edge; unchanged when the columns do not line up."""
    before, after = previous.column_edges, grid.column_edges
    if not before or not after or len(after) >= len(before):
        return grid
    places: list[int] = []
    for edge in after[:-1]:
        nearest = min(range(len(before) - 1), key=lambda index: abs(before[index] - edge))
        if abs(before[nearest] - edge) > layout.rule_tolerance * 2 or (places and nearest <= places[-1]):
            return grid
        places.append(nearest)
    width = len(before) - 1

    def placed(values: tuple[Any, ...], empty: Any) -> tuple[Any, ...]:
        spread = [empty] * width
        for place, value in zip(places, values, strict=False):
            spread[place] = value
        return tuple(spread)

    rows = [
        GridRow(cells=placed(row.cells, ""), line=row.line, page=row.page, full=placed(row.full, False))
        for row in grid.rows
    ]
    return Grid(rows=rows, caption=grid.caption, column_edges=before)


def join_cut_label(previous: Grid, grid: Grid) -> tuple[Grid, Grid]:
    """Given a table's grid and its continuation, return both with a label the page break cut (八、社会保障
    和就 / 业支出) joined into the last row of the first: the continuation's first row holds only text,
    each piece under a text cell that ran to its right edge and does not end like an item name, or a
    bare 小计 that ends the label above."""
    last, first = previous.rows[-1], grid.rows[0]
    filled = [index for index, cell in enumerate(first.cells) if cell]
    if not filled or len(first.cells) != len(last.cells) or len(last.full) != len(last.cells):
        return previous, grid
    for index in filled:
        above, below = last.cells[index], first.cells[index]
        cut = last.full[index] and not COMPLETE_LABEL.search(above) and not STARTS_ITEM.match(below)
        if not above or not (cut or below in BARE_TOTALS):
            return previous, grid
        if is_printed_figure(above) or is_printed_figure(below):
            return previous, grid
    cells = tuple(join_wrapped([above, below]) for above, below in zip(last.cells, first.cells, strict=True))
    joined = GridRow(cells=cells, line=last.line, page=last.page, full=first.full)
    return (
        Grid(
            rows=[*previous.rows[:-1], joined], caption=previous.caption, column_edges=previous.column_edges
        ),
        Grid(rows=grid.rows[1:], caption=grid.caption, column_edges=grid.column_edges),
    )


def misaligned_cells(rows: list[GridRow]) -> list[str]:
    """Cells holding several numbers, a sign that a column rule is missing and columns ran together."""
    return [cell for row in rows for cell in row.cells if NUMBERS_RUN_TOGETHER.match(cell)]


def is_white(color: object) -> bool:
    """Gray 1 (pdfplumber gives a bare 1.0 or (1,)), RGB (1, 1, 1) or CMYK (0, 0, 0, 0)."""
    if isinstance(color, int | float):
        return color == 1
    if not isinstance(color, tuple | list) or not color:
        return False
    values = tuple(color)
    return values in ((1,), (1, 1, 1), (0, 0, 0, 0))


def is_hidden_rect(obj: dict[str, Any]) -> bool:
    """A rectangle nobody sees as a rule: a white cell background, or neither stroked nor filled.

    Excel and WPS exports paint every cell, title cells too, with a white rectangle; taken as edges they
    pull the title and 编制单位 lines into the table.
    """
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return False
    return not obj.get("fill") or is_white(obj.get("non_stroking_color"))


def open_row_edges(page: Page, layout: PdfLayout = DEFAULT_LAYOUT) -> list[float]:
    """Given a page's visible rules, return the heights where two or more column rules end, outermost,
    with no row rule closing them: the open top (or foot) of a row a page break cut, its border printed
    on the other page.

    A rule shorter than `min_rule` points is no border (Word draws its borders as thin rectangles).
    """
    rules = [edge for edge in page.edges if max(edge["width"], edge["height"]) >= layout.min_rule]
    rows = [edge for edge in rules if edge["orientation"] == "h"]
    tolerance = layout.rule_tolerance
    open_ends: Counter[float] = Counter()
    crossings: dict[float, list[float]] = {}
    for column in (edge for edge in rules if edge["orientation"] == "v"):
        x = column["x0"]
        if x not in crossings:
            crossings[x] = [row["top"] for row in rows if row["x0"] - tolerance <= x <= row["x1"] + tolerance]
        crossing = crossings[x]
        if not crossing or min(crossing) > column["top"] + tolerance:
            open_ends[round(column["top"], 1)] += 1
        if not crossing or max(crossing) < column["bottom"] - tolerance:
            open_ends[round(column["bottom"], 1)] += 1
    return [end for end, count in open_ends.items() if count >= 2]


def page_to_grids(
    page: Page, chars: list[Char], page_number: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[tuple[Box, Grid]], set[int], list[str]]:
    """Given a page and its characters, return its ruled tables with their boxes, the ids of the
    characters read into them, and problems to report.

    A one-column "table" is a framed paragraph or list, not a table: its text stays running text, as
    does any text inside a table's frame but outside its cells.
    """
    found: list[tuple[Box, Grid]] = []
    used: set[int] = set()
    problems: list[str] = []
    ruled = page.filter(lambda obj: not is_hidden_rect(obj))
    open_rows = open_row_edges(ruled, layout)
    settings = {"explicit_horizontal_lines": open_rows} if open_rows else None
    for table in ruled.find_tables(settings):
        rows, table_chars = table_to_rows(table, chars, page_number, layout)
        if not rows or len(rows[0].cells) == 1:
            continue
        crowded = misaligned_cells(rows)
        if crowded:
            problems.append(f"第{page_number}页的表格列无法对齐：单元格“{crowded[0]}”里挤着几个数字")
        found.append((table.bbox, Grid(rows=rows, column_edges=column_edges(table))))
        used |= table_chars
    return found, used, problems

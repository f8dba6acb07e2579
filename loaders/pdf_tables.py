"""Ruled tables of a PDF page as Grids: cells placed by the ruling lines, never by counting numbers.

In these files the text layer drops empty cells and moves numbers onto other lines; the ruling lines
pdfplumber finds are reliable, so every cell is read from inside its own box.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from pdfplumber.page import Page
from pdfplumber.table import Table

from loaders.blocks import Grid, GridRow
from loaders.cell_text import join_wrapped
from loaders.pdf_text import DEFAULT_LAYOUT, Char, PdfLayout, chars_to_rows, piece_to_text, row_to_pieces

Box = tuple[float, float, float, float]

NUMBERS_RUN_TOGETHER = re.compile(r"^-?[\d,]+(\.\d+)?%?(\s+-?[\d,]+(\.\d+)?%?)+$")


def center_in_box(char: Char, box: Box) -> bool:
    x0, top, x1, bottom = box
    middle_x = (char["x0"] + char["x1"]) / 2
    middle_y = (char["top"] + char["bottom"]) / 2
    return x0 <= middle_x < x1 and top <= middle_y < bottom


def chars_to_cell_text(chars: list[Char], layout: PdfLayout = DEFAULT_LAYOUT) -> str:
    """Given the characters inside one cell, return its text on one line (wrapped labels joined)."""
    pieces = [
        " ".join(piece_to_text(piece, layout) for piece in row_to_pieces(row, layout))
        for row in chars_to_rows(chars, layout)
    ]
    return join_wrapped(pieces)


def table_to_rows(
    table: Table, chars: list[Char], page: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[GridRow], set[int]]:
    """Given a found table and the page's characters, return its non-empty rows, cells left to right,
    and the ids of the characters read into cells.

    A cell covered by a merged cell (None from pdfplumber) is ''; a merged cell's text is printed once.
    """
    rows = []
    used: set[int] = set()
    for row in table.rows:
        row_chars = [char for char in chars if center_in_box(char, row.bbox)]
        cells = []
        for box in row.cells:
            inside = [] if box is None else [char for char in row_chars if center_in_box(char, box)]
            used.update(id(char) for char in inside)
            cells.append(chars_to_cell_text(inside, layout) if inside else "")
        if any(cells):
            rows.append(GridRow(cells=tuple(cells), page=page))
    return rows, used


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
    for column in (edge for edge in rules if edge["orientation"] == "v"):
        crossing = [
            row["top"] for row in rows if row["x0"] - tolerance <= column["x0"] <= row["x1"] + tolerance
        ]
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
        found.append((table.bbox, Grid(rows=rows)))
        used |= table_chars
    return found, used, problems

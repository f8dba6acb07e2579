"""How a table is printed on paper, as Excel and Word print it: each column as wide as its amounts or
labels need, a column of words no wider than the document's `label_width` (its long labels wrap onto
more lines inside the cell), headers wrapped to the width of the column under them, and a table too
wide for a portrait page printed on a landscape one. The writers (tests/loaders/document_writers.py)
draw a PDF from it and put the same line breaks into Word, Excel and web-page cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, plain

PORTRAIT, LANDSCAPE = (8.27, 11.69), (11.69, 8.27)
"""Page sizes in inches (width, height)."""
LEFT, RIGHT = 0.05, 0.95
"""The table's margins, as shares of the page width."""
FONT_SIZE = 8.0
POINTS_PER_INCH = 72
NARROW = 0.62
"""The width of a digit or Latin letter, in type sizes (a Chinese character is 1)."""
CELL_PADDING = 1.0
"""Space inside a cell beside its text, half on each side, in type sizes (Excel's 2 or 3 points)."""
NARROWEST = 4.0
"""The narrowest column, in type sizes of text (a column of empty cells still shows its header)."""
NUMBER = re.compile(r"[\d,.%-]+(?:万元|元)?")
"""Amounts (with their unit, when a cell prints it), codes and column numbers: printed on one line, their
column never narrowed."""
WORD = re.compile(r"[0-9A-Za-z.,%]+|.", re.DOTALL)
"""What a line is broken between: a run of digits and Latin letters, or any other single character."""

Rows = tuple[tuple[str, ...], ...]
Span = tuple[int, int, str, int, int]


def spans(rows: Rows) -> list[Span]:
    """Each printed cell as (row, column, text, rowspan, colspan), merged parts folded into it."""
    found = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell in (MERGED_LEFT, MERGED_UP):
                continue
            colspan = 1
            while c + colspan < len(row) and row[c + colspan] == MERGED_LEFT:
                colspan += 1
            rowspan = 1
            while r + rowspan < len(rows) and rows[r + rowspan][c] == MERGED_UP:
                rowspan += 1
            found.append((r, c, cell, rowspan, colspan))
    return found


def text_width(text: str) -> float:
    """How wide a line is set, in type sizes."""
    return sum(1.0 if ord(character) >= 0x2E80 else NARROW for character in text)


def wrap(text: str, room: float, *, by_hand: bool = False) -> list[str]:
    """A cell's text as the lines it is printed on: its own line breaks, and a break where a line would
    run out of the cell, as Excel and Word wrap: before any Chinese character, a run of digits or Latin
    letters (5480000元, 2023) kept whole unless it alone is wider than the cell — and then, for breaks
    typed `by_hand` (Alt+Enter, <br>), left whole past the edge; an amount or code is never broken."""
    lines: list[str] = []
    for part in plain(text, keep_wraps=True).split("\n"):
        line = ""
        for word in WORD.findall(part):
            if line and text_width(line + word) > room + 0.01 and not NUMBER.fullmatch(part):
                lines.append(line)
                line = ""
            for character in word:
                overflow = text_width(line + character) > room + 0.01 and not by_hand
                if line and overflow and not NUMBER.fullmatch(part):
                    lines.append(line)
                    line = ""
                line += character
        lines.append(line)
    return lines


def is_data_row(row: tuple[str, ...]) -> bool:
    """A row that prints an amount, code or column number (header rows print only words)."""
    return any(cell and NUMBER.fullmatch(plain(cell)) for cell in row)


def holds_words(rows: Rows, column: int) -> bool:
    """Whether a column prints words beside amounts (labels, which wrap), not only numbers (which never do)."""
    return any(
        (cell := row[column]) not in ("", MERGED_LEFT, MERGED_UP) and not NUMBER.fullmatch(plain(cell))
        for row in rows
        if is_data_row(row)
    )


def natural_widths(rows: Rows, label_width: float) -> list[float]:
    """Each column's width in type sizes: its widest one-column cell of a data row on one line, a column of
    words at most `label_width` characters (0: no limit); headers do not widen a column, they wrap."""
    widths = [NARROWEST] * len(rows[0])
    for r, column, text, _, colspan in spans(rows):
        if colspan == 1 and is_data_row(rows[r]):
            widths[column] = max(widths[column], text_width(plain(text)))
    for column, width in enumerate(widths):
        if label_width and holds_words(rows, column):
            widths[column] = min(width, label_width)
    return [width + CELL_PADDING for width in widths]


def room_on(page: tuple[float, float]) -> float:
    """The width between the margins, in type sizes."""
    return (RIGHT - LEFT) * page[0] * POINTS_PER_INCH / FONT_SIZE


@dataclass(frozen=True)
class PrintedTable:
    """A table as laid out for printing: its page, its column edges (shares of the page width) and the
    lines each cell is printed on."""

    page: tuple[float, float]
    edges: tuple[float, ...]

    def lines(self, rows: Rows, *, by_hand: bool = False) -> dict[tuple[int, int], list[str]]:
        """The printed lines of each cell of `rows` (a table's rows, or the part of them on one page), or
        the lines a person would break them into `by_hand`."""
        per_unit = room_on(self.page) / (RIGHT - LEFT)
        return {
            (r, c): wrap(
                text, (self.edges[c + colspan] - self.edges[c]) * per_unit - CELL_PADDING, by_hand=by_hand
            )
            for r, c, text, _, colspan in spans(rows)
        }


def print_table(rows: Rows, label_width: float = 0) -> PrintedTable:
    """Lay a table out: portrait when it fits, else landscape, where columns of words still too wide are
    narrowed (their labels wrap), never those of numbers."""
    widths = natural_widths(rows, label_width)
    page = PORTRAIT if sum(widths) <= room_on(PORTRAIT) else LANDSCAPE
    room = room_on(page)
    words = [column for column in range(len(widths)) if holds_words(rows, column)]
    fixed = sum(widths) - sum(widths[column] for column in words)
    scale = min(1.0, (room - fixed) / max(sum(widths[column] for column in words), 1.0))
    widths = [width * scale if column in words else width for column, width in enumerate(widths)]
    edges = [LEFT]
    for width in widths:
        edges.append(edges[-1] + (RIGHT - LEFT) * width / max(room, sum(widths)))
    return PrintedTable(page=page, edges=tuple(edges))


def wrapped_rows(rows: Rows, label_width: float = 0) -> Rows:
    """The rows with each cell's line breaks as "\\n", where a person wrapping it by hand (Alt+Enter in
    Excel, a line break in Word, <br>) would put them: where it would wrap, never inside a number."""
    lines = print_table(rows, label_width).lines(rows, by_hand=True)
    return tuple(
        tuple(cell if (r, c) not in lines else "\n".join(lines[(r, c)]) for c, cell in enumerate(row))
        for r, row in enumerate(rows)
    )

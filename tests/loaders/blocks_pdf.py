"""A document read from a text export (the bundled sample) drawn back as a PDF of ruled tables: each table
starts a page under its title lines, landscape when it is too wide for portrait, its long labels and
headers wrapped inside their cells (tests/loaders/table_printing.py), and a table longer than a page runs
on to the next without its header, as a finance system prints it.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib import rc_context
from matplotlib.backends.backend_pdf import PdfPages

from bot.services.charts import bundled_font
from loaders.blocks import Block, Grid, TextLine
from tests.drawn_documents import DATED_NEVER, drawn_once
from tests.loaders.document_writers import FOOT, TOP, Pages
from tests.loaders.table_printing import Rows, print_table

TITLE_LENGTH = 40
"""The longest line printed above a table as its title, number or 单位 line (longer lines are narrative)."""


def grid_rows(grid: Grid) -> Rows:
    width = max(len(row.cells) for row in grid.rows)
    return tuple(row.cells + ("",) * (width - len(row.cells)) for row in grid.rows)


def title_lines(lines: list[str]) -> int:
    """How many of the last lines before a table are short enough to be its title lines."""
    count = 0
    while count < len(lines) and len(lines[-1 - count]) <= TITLE_LENGTH:
        count += 1
    return count


class BlockPages(Pages):
    """Pages filled from the top with running text, a table starting a new page."""

    def __init__(self, pdf: PdfPages) -> None:
        super().__init__(pdf)
        self.y = 0.93

    def paragraphs(self, texts: list[str]) -> None:
        for text in texts:
            if self.y < FOOT:
                self.new_page()
                self.y = 0.93
            self.y = self.lines((text,), y=self.y)

    def table(self, titles: list[str], rows: Rows, label_width: float) -> None:
        printed = print_table(rows, label_width)
        self.new_page(size=printed.page)
        self.y = self.lines(tuple(titles), y=0.95)
        heights = self.row_heights(printed, rows)
        start, top = 0, min(self.y, TOP)
        while start < len(rows):
            end, room = start, top - FOOT - 0.01
            while end < len(rows) and (end == start or sum(heights[start : end + 1]) <= room):
                end += 1
            self.y = self.rows(printed, rows[start:end], top) - 0.02
            start, top = end, TOP
            if start < len(rows):
                self.new_page(size=printed.page)


@drawn_once
def write_blocks_pdf(blocks: list[Block], path: Path, label_width: float = 0) -> Path:
    """The blocks as a PDF: text lines as paragraphs, grids as ruled tables, each on a new page."""
    with (
        rc_context({"pdf.fonttype": 42, "font.family": bundled_font()}),
        PdfPages(path, metadata=DATED_NEVER) as pdf,
    ):
        pages = BlockPages(pdf)
        lines: list[str] = []
        for block in blocks:
            if isinstance(block, TextLine):
                lines.append(block.text)
                continue
            titles = title_lines(lines)
            pages.paragraphs(lines[: len(lines) - titles])
            pages.table(lines[len(lines) - titles :], grid_rows(block), label_width)
            lines = []
        pages.paragraphs(lines)
        pages.new_page()
    return path

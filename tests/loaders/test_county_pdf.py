"""The county documents drawn as PDFs (with matplotlib): ruled tables, bare page numbers at the feet, long
labels wrapped inside their cells, long tables continued on the next page under a repeated header, and each
table's number at the foot of the page before it, beside its title or above it. A PDF must give the records
the text export gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from bot.services.charts import bundled_font
from loaders import load_file
from loaders.blocks import LoadedDocument
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document, Table, plain
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.test_county_layouts import loaded_amounts, printed_amounts, records_of, spans, write_text

pytestmark = pytest.mark.slow  # draws the county documents as PDFs and reads them back

PAGE = (8.27, 11.69)
LEFT, RIGHT, TOP = 0.05, 0.95, 0.86
ROW = 0.02
ROWS_PER_PAGE = 14
FONT_SIZE = 6.5
POINTS_PER_INCH = 72


def column_edges(table: Table) -> list[float]:
    """Column borders, each column as wide as its longest line of text needs."""
    rows = table.header + table.rows
    weights = [
        max(2, *(len(part) for row in rows for part in plain(row[column], keep_wraps=True).split("\n")))
        for column in range(len(rows[0]))
    ]
    edges = [LEFT]
    for weight in weights:
        edges.append(edges[-1] + (RIGHT - LEFT) * weight / sum(weights))
    return edges


class Pages:
    """A PDF being drawn page by page, with a page number at the foot of each."""

    def __init__(self, pdf: PdfPages) -> None:
        self.pdf = pdf
        self.number = 1
        self.figure = Figure(figsize=PAGE)
        self.axes = self.new_axes()

    def new_axes(self) -> Axes:
        axes = self.figure.add_axes((0, 0, 1, 1))
        axes.set_axis_off()
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1)
        return axes

    def new_page(self, foot: str = "") -> None:
        """Finish the page (with `foot`, the next table's number, above its page number) and start one."""
        if foot:
            self.text(RIGHT, 0.06, foot, ha="right", size=9)
        self.text(0.5, 0.03, str(self.number), ha="center", size=9)
        self.pdf.savefig(self.figure)
        self.number += 1
        self.figure = Figure(figsize=PAGE)
        self.axes = self.new_axes()

    def text(self, x: float, y: float, text: str, *, size: float = 10, ha: str = "left") -> None:
        self.figure.text(x, y, text, fontsize=size, ha=ha, va="center")

    def lines(self, texts: tuple[str, ...], y: float = 0.93, size: float = 10) -> None:
        """Paragraphs from `y` down, each wrapped where a full line of characters reaches the right margin."""
        per_line = int((RIGHT - LEFT) * PAGE[0] * POINTS_PER_INCH / size)
        for text in texts:
            for start in range(0, len(text), per_line):
                self.text(LEFT, y, text[start : start + per_line], size=size)
                y -= 0.025

    def rows(self, table: Table, rows: tuple[tuple[str, ...], ...], top: float) -> None:
        """Draw header and data rows from `top` down: every printed cell boxed, its text inside."""
        edges = column_edges(table)
        heights = [2 * ROW if any("\n" in cell for cell in row) else ROW for row in rows]
        tops = [top - sum(heights[:index]) for index in range(len(rows))]
        for r, c, text, rowspan, colspan in spans(rows):
            x0, x1 = edges[c], edges[c + colspan]
            y1 = tops[r]
            y0 = y1 - sum(heights[r : r + rowspan])
            self.axes.plot([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0], color="black", linewidth=0.6)
            for index, part in enumerate(text.split("\n")):
                offset = (index + 0.5) * ROW if "\n" in text else (y1 - y0) / 2
                self.text(x0 + 0.004, y1 - offset, part, size=FONT_SIZE)


def write_pdf(document: Document, path: Path, marker: str = "foot") -> Path:
    """The document as a PDF; each table's number at the foot of the page before it, above its title
    (top left) or beside it (top right, and then the title is printed again, as （续表）, on the pages a
    table continues on)."""
    with rc_context({"pdf.fonttype": 42, "font.family": bundled_font()}), PdfPages(path) as pdf:
        pages = Pages(pdf)
        pages.lines(document.cover, y=0.6, size=18)
        pages.new_page()
        pages.lines(("目录", *document.contents))
        pages.new_page()
        pages.lines(document.before)
        for table in document.tables:
            pages.new_page(foot=table.marker if marker == "foot" else "")
            pages.text(0.5, 0.93, table.title, ha="center", size=14)
            if marker == "above":
                pages.text(LEFT, 0.96, table.marker, size=9)
            elif marker == "beside":
                pages.text(RIGHT, 0.93, table.marker, ha="right", size=9)
            pages.text(LEFT, 0.89, table.furniture[0], size=9)
            pages.text(RIGHT, 0.89, table.furniture[1], ha="right", size=9)
            for start in range(0, len(table.rows), ROWS_PER_PAGE):
                if start:
                    pages.new_page()
                    if marker == "beside":
                        pages.text(0.5, 0.93, f"{table.title}（续表）", ha="center", size=14)
                pages.rows(table, table.header + table.rows[start : start + ROWS_PER_PAGE], TOP)
            y = TOP - ROW * (len(table.header) + min(len(table.rows), ROWS_PER_PAGE) + 2) - 0.02
            pages.lines(table.notes, y=y, size=8)
        pages.new_page()
        pages.lines(document.after)
        pages.new_page()
    return path


LAYOUTS = [(FINAL_ACCOUNTS, "foot"), (FINAL_ACCOUNTS, "beside"), (BUDGET, "above")]


@pytest.fixture(scope="module", params=LAYOUTS, ids=["final-foot", "final-beside", "budget-above"])
def drawn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Document, LoadedDocument]:
    document, marker = request.param
    return document, load_file(
        write_pdf(document, tmp_path_factory.mktemp("pdf") / f"pingchuan-{marker}.pdf", marker)
    )


def first_pages(document: Document) -> list[int]:
    """The page each table starts on: cover, contents and narrative take pages 1–3, each table starts a
    page and takes one more for every ROWS_PER_PAGE rows."""
    pages, page = [], 4
    for table in document.tables:
        pages.append(page)
        page += -(-len(table.rows) // ROWS_PER_PAGE)
    return pages


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


def test_the_pdf_gives_the_records_of_the_text_export(
    drawn: tuple[Document, LoadedDocument], tmp_path: Path
) -> None:
    document, loaded = drawn
    text = load_file(write_text(document, tmp_path / "pingchuan.txt"))
    assert records_of(loaded) == records_of(text)

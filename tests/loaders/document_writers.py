"""A test document (tests/loaders/county_documents.py) written out as units publish it: a text export, a
web page, a Word file, an Excel workbook of one sheet per table, and a PDF drawn with matplotlib.

How each writer places a table's number, title and 部门/单位 line follows the document's `Layout`; in the
cells, "<" is merged with the cell to its left, "^" with the cell above and "\\n" is where a label wraps.
Also here: what a test compares the loaded records with (the amounts a table prints, the records a file
gives).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import xlwt
from docx import Document as WordDocument
from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from bot.services.charts import bundled_font
from knowledge.models import BudgetTable
from loaders.blocks import LoadedDocument
from tests.drawn_documents import DATED_NEVER, drawn_once
from tests.loaders.county_documents import Document, Table, plain
from tests.loaders.table_printing import (
    CELL_PADDING,
    FONT_SIZE,
    LEFT,
    POINTS_PER_INCH,
    PORTRAIT,
    RIGHT,
    PrintedTable,
    Rows,
    print_table,
    spans,
    wrapped_rows,
)

PRINTED_AMOUNT = re.compile(r"-?[\d,]+\.\d{2}")
ROWS_PER_PAGE = 14


def width(table: Table) -> int:
    return len((table.header + table.rows)[0])


def printed_rows(document: Document, table: Table) -> tuple[Rows, Rows]:
    """A table's header and data rows with each cell's line breaks where its printed form wraps them."""
    rows = wrapped_rows(table.header + table.rows, document.layout.label_width)
    return rows[: len(table.header)], rows[len(table.header) :]


def above_table(document: Document, table: Table) -> list[str]:
    """The number and the title, in the order the document prints them."""
    return [table.marker, table.title] if document.layout.number_first else [table.title, table.marker]


# Text


def cell_lines(row: tuple[str, ...], figures_below: bool = False) -> list[str]:
    """A row as tab-separated lines: a wrapped label puts each further line on a line of its own; with
    `figures_below`, the figures come on the line after the label's first line."""
    parts = [plain(cell, keep_wraps=True).split("\n") for cell in row]
    depth = max(len(part) for part in parts)
    lines = [[part[index] if index < len(part) else "" for part in parts] for index in range(depth)]
    if figures_below:
        figures = ["" if PRINTED_AMOUNT.fullmatch(cell) is None else cell for cell in lines[0]]
        if any(figures):
            lines[0] = ["" if figure else cell for cell, figure in zip(lines[0], figures, strict=True)]
            lines.insert(1, figures)
    return ["\t".join(line) for line in lines]


def write_text(document: Document, path: Path) -> Path:
    """As a PDF's text layer (`Layout.text_pages`: each number at the foot of the page before its table,
    bare page numbers, headers repeated after a page break, labels wrapped as the PDF prints them, each
    line a line), else as an Excel export saved as text (the number, title and 部门 lines are rows of the
    sheet)."""
    layout = document.layout
    pages = layout.text_pages
    lines = [*document.cover, "目 录"]
    lines += [f"{entry}{'.' * 8}{page}" for page, entry in enumerate(document.contents, start=3)]
    lines += document.before
    page = 3
    for table in document.tables:
        tabs = "\t" * (width(table) - 1)
        if pages:
            lines += [table.marker, str(page), table.title, "    ".join(table.furniture)]
        else:
            lines += [line + tabs for line in above_table(document, table)]
            lines.append(table.furniture[0] + tabs[:-1] + "\t" + table.furniture[1])
        page += 1
        header = ["\t".join(plain(cell) for cell in row) for row in table.header]
        lines += header
        rows = printed_rows(document, table)[1] if pages and layout.label_width else table.rows
        for index, row in enumerate(rows, start=1):
            printed = cell_lines(row, pages and layout.figures_below)
            breaks = pages and index % ROWS_PER_PAGE == 0 and index < len(rows)
            split = breaks and layout.split_at_page_break and len(printed) > 1
            lines += printed[:1] if split else printed
            if breaks:
                lines += ["", f"- {page} -", "", *header, *(printed[1:] if split else [])]
                page += 1
        lines += [*table.notes, *table.explained]
    lines += [str(page), *document.after]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# Web page


def html_rows(rows: tuple[tuple[str, ...], ...], cell_tag: str) -> list[str]:
    cells: dict[int, list[str]] = {}
    for r, _, text, rowspan, colspan in spans(rows):
        attributes = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
            f' colspan="{colspan}"' if colspan > 1 else ""
        )
        content = "<br>".join(html.escape(part) for part in text.split("\n"))
        cells.setdefault(r, []).append(f"<{cell_tag}{attributes}>{content}</{cell_tag}>")
    return [f"<tr>{''.join(cells.get(r, []))}</tr>" for r in range(len(rows))]


def write_html(document: Document, path: Path) -> Path:
    """Paragraphs and one <table> per table with rowspan/colspan headers; with `Layout.title_rows_in_table`
    as a page converted from Excel (title, number and 部门 rows inside the table), else the number, title
    and 部门 line as paragraphs above it."""
    parts = [f"<html><head><title>{''.join(document.cover[:2])}</title></head><body>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in (*document.cover, "目录", *document.contents)]
    parts += [f"<p>{html.escape(line)}</p>" for line in document.before]
    for table in document.tables:
        span = width(table)
        header, body = printed_rows(document, table)
        if document.layout.title_rows_in_table:
            left = span // 2
            rows = [
                f'<tr><td colspan="{span}"><b>{html.escape(table.title)}</b></td></tr>',
                f'<tr><td colspan="{span}" align="right">{table.marker}</td></tr>',
                f'<tr><td colspan="{left}">{table.furniture[0]}</td>'
                f'<td colspan="{span - left}" align="right">{table.furniture[1]}</td></tr>',
                *html_rows(header, "th"),
                *html_rows(body, "td"),
                *(f'<tr><td colspan="{span}">{html.escape(note)}</td></tr>' for note in table.notes),
            ]
            parts.append(f'<table border="1">{"".join(rows)}</table>')
            parts += [f"<p>{html.escape(line)}</p>" for line in table.explained]
        else:
            marker, title = f"<p>{table.marker}</p>", f"<h3>{html.escape(table.title)}</h3>"
            parts += [marker, title] if document.layout.number_first else [title, marker]
            parts.append(f"<p>{('&nbsp;' * 4).join(table.furniture)}</p>")
            rows = [*html_rows(header, "th"), *html_rows(body, "td")]
            parts.append(f'<table border="1">{"".join(rows)}</table>')
            parts += [f"<p>{html.escape(line)}</p>" for line in (*table.notes, *table.explained)]
    parts += [f"<p>{html.escape(line)}</p>" for line in document.after]
    path.write_text("\n".join([*parts, "</body></html>"]), encoding="utf-8")
    return path


# Word


def write_docx(document: Document, path: Path) -> Path:
    """Paragraphs and Word tables with merged cells."""
    word = WordDocument()
    for line in (*document.cover, "目录", *document.contents, *document.before):
        word.add_paragraph(line)
    for table in document.tables:
        for line in [*above_table(document, table), "    ".join(table.furniture)]:
            word.add_paragraph(line)
        header, body = printed_rows(document, table)
        rows = header + body
        grid = word.add_table(rows=len(rows), cols=width(table))
        for r, c, text, rowspan, colspan in spans(rows):
            cell = grid.cell(r, c)
            if rowspan > 1 or colspan > 1:
                cell = cell.merge(grid.cell(r + rowspan - 1, c + colspan - 1))
            cell.text = text
        for line in (*table.notes, *table.explained):
            word.add_paragraph(line)
    for line in document.after:
        word.add_paragraph(line)
    word.save(path)
    return path


# Excel


def write_xlsx(
    document: Document, path: Path, *, with_cover: bool = True, with_contents: bool = False
) -> Path:
    """A cover sheet with the narrative, then one sheet per table named by its number: number, title and
    unit rows, merged headers, amounts stored as numbers shown with thousands separators, notes below.
    Without the cover, as a finance system exports the tables alone, each sheet prints its year beside
    the unit. With the contents, a 目录 sheet after the cover lists the tables: 序号 | 表号 | 报表名称."""
    workbook = Workbook()
    cover = workbook.active
    cover.title = "封面"
    explained = [line for table in document.tables for line in table.explained]
    for line in (*document.cover, *document.before, *explained, *document.after) if with_cover else ():
        cover.append([line])
    if with_contents:
        listing = workbook.create_sheet("目录")
        listing.append(["目录"])
        listing.append(["序号", "表号", "报表名称"])
        for index, table in enumerate(document.tables, start=1):
            listing.append([index, table.marker, table.title])
    for table in document.tables:
        sheet = workbook.create_sheet(table.marker)
        span = width(table)
        above = [[table.title], [None] * (span - 1) + [table.marker]]
        if document.layout.number_first:
            above.reverse()
        for row in above:
            sheet.append(row)
        title_row = above.index([table.title]) + 1
        sheet.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=span)
        furniture: list[str | None] = [table.furniture[0], *[None] * (span - 2), table.furniture[1]]
        if not with_cover:
            furniture[1] = f"{document.year}年度"
        sheet.append(furniture)
        first = sheet.max_row + 1
        header, body = printed_rows(document, table)
        for r, c, text, rowspan, colspan in spans(header + body):
            cell = sheet.cell(row=first + r, column=c + 1)
            if PRINTED_AMOUNT.fullmatch(text):
                cell.value, cell.number_format = float(text.replace(",", "")), "#,##0.00"
            else:
                cell.value = text or None
                cell.alignment = Alignment(wrap_text="\n" in text, vertical="center")
            if rowspan > 1 or colspan > 1:
                sheet.merge_cells(
                    f"{get_column_letter(c + 1)}{first + r}:{get_column_letter(c + colspan)}{first + r + rowspan - 1}"
                )
        for note in table.notes:
            sheet.append([note])
    if not with_cover:
        workbook.remove(cover)
    workbook.save(path)
    return path


# PDF

TOP = 0.86
LINE_PITCH = 1.3 * FONT_SIZE
"""From one printed line of a cell to the next, in points (as tight as Excel sets them)."""
ROW_PADDING = 4.0
"""Space above and below a cell's lines together, in points."""
FOOT = 0.06
"""The lowest a table may reach on a page (the page number is below), as a share of its height."""


class Pages:
    """A PDF being drawn page by page, with a page number at the foot of each."""

    def __init__(self, pdf: PdfPages) -> None:
        self.pdf = pdf
        self.number = 1
        self.size = PORTRAIT
        self.figure = Figure(figsize=self.size)
        self.axes = self.new_axes()

    def new_axes(self) -> Axes:
        axes = self.figure.add_axes((0, 0, 1, 1))
        axes.set_axis_off()
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1)
        return axes

    def new_page(self, foot: str = "", size: tuple[float, float] = PORTRAIT) -> None:
        """Finish the page (with `foot`, the next table's number, above its page number) and start one."""
        if foot:
            self.text(RIGHT, 0.06, foot, ha="right", size=9)
        self.text(0.5, 0.03, str(self.number), ha="center", size=9)
        self.pdf.savefig(self.figure)
        self.number += 1
        self.size = size
        self.figure = Figure(figsize=size)
        self.axes = self.new_axes()

    def text(self, x: float, y: float, text: str, *, size: float = 10, ha: str = "left") -> None:
        self.figure.text(x, y, text, fontsize=size, ha=ha, va="center")

    def lines(self, texts: tuple[str, ...], y: float = 0.93, size: float = 10) -> float:
        """Paragraphs from `y` down, each wrapped where a full line of characters reaches the right margin;
        return the height below the last line."""
        per_line = int((RIGHT - LEFT) * self.size[0] * POINTS_PER_INCH / size)
        for text in texts:
            for start in range(0, len(text), per_line):
                self.text(LEFT, y, text[start : start + per_line], size=size)
                y -= 0.025
        return y

    def row_heights(self, printed: PrintedTable, rows: Rows) -> list[float]:
        """Each row as tall as its cell of most lines (a merged cell's lines spread over its rows)."""
        lines = printed.lines(rows)
        line = LINE_PITCH / (self.size[1] * POINTS_PER_INCH)
        padding = ROW_PADDING / (self.size[1] * POINTS_PER_INCH)
        heights = [line + padding] * len(rows)
        for r, c, _, rowspan, _ in sorted(spans(rows), key=lambda cell: cell[3]):
            short = line * len(lines[(r, c)]) + padding - sum(heights[r : r + rowspan])
            heights[r + rowspan - 1] += max(short, 0)
        return heights

    def rows(self, printed: PrintedTable, rows: Rows, top: float, *, ruled: bool = True) -> float:
        """Draw rows from `top` down: every printed cell boxed, its lines inside, centred from top to
        bottom (an amount beside a label of three lines sits on its second); return where they end.
        Without ruling lines (`ruled` False) nothing is boxed and a cell merged across columns is centred
        over them, as Excel's 合并后居中 prints it: its columns show only by where the text stands."""
        lines = printed.lines(rows)
        cells = spans(rows)
        line = LINE_PITCH / (self.size[1] * POINTS_PER_INCH)
        inset = CELL_PADDING / 2 * FONT_SIZE / (self.size[0] * POINTS_PER_INCH)
        heights = self.row_heights(printed, rows)
        tops = [top - sum(heights[:index]) for index in range(len(rows))]
        for r, c, _, rowspan, colspan in cells:
            x0, x1 = printed.edges[c], printed.edges[c + colspan]
            y1 = tops[r]
            y0 = y1 - sum(heights[r : r + rowspan])
            if ruled:
                self.axes.plot([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0], color="black", linewidth=0.6)
            first = y1 - (y1 - y0 - line * len(lines[(r, c)])) / 2
            centred = not ruled and colspan > 1
            for index, part in enumerate(lines[(r, c)]):
                x, ha = ((x0 + x1) / 2, "center") if centred else (x0 + inset, "left")
                self.text(x, first - (index + 0.5) * line, part, size=FONT_SIZE, ha=ha)
        if top - sum(heights) < FOOT:
            raise ValueError(f"{len(rows)} rows do not fit on the page: fewer rows per page, or wider labels")
        return top - sum(heights)


@drawn_once
def write_pdf(document: Document, path: Path, marker: str = "foot", *, ruled: bool = True) -> Path:
    """The document as a PDF, each table starting a page (landscape when it is wide); its number at the
    foot of the page before it, above its title (top left) or beside it (top right, and then the title is
    printed again, as （续表）, on the pages a table continues on). Unruled, no line is drawn: the columns
    show only by where their text stands, as many county PDFs print their tables."""
    with (
        rc_context({"pdf.fonttype": 42, "font.family": bundled_font()}),
        PdfPages(path, metadata=DATED_NEVER) as pdf,
    ):
        pages = Pages(pdf)
        pages.lines(document.cover, y=0.6, size=18)
        pages.new_page()
        pages.lines(("目录", *document.contents))
        pages.new_page()
        pages.lines(document.before)
        for table in document.tables:
            printed = print_table(table.header + table.rows, document.layout.label_width)
            pages.new_page(foot=table.marker if marker == "foot" else "", size=printed.page)
            pages.text(0.5, 0.93, table.title, ha="center", size=14)
            if marker == "above":
                pages.text(LEFT, 0.96, table.marker, size=9)
            elif marker == "beside":
                pages.text(RIGHT, 0.93, table.marker, ha="right", size=9)
            pages.text(LEFT, 0.89, table.furniture[0], size=9)
            pages.text(RIGHT, 0.89, table.furniture[1], ha="right", size=9)
            bottom = TOP
            for start in range(0, len(table.rows), ROWS_PER_PAGE):
                if start:
                    pages.new_page(size=printed.page)
                    if marker == "beside":
                        pages.text(0.5, 0.93, f"{table.title}（续表）", ha="center", size=14)
                bottom = pages.rows(
                    printed, table.header + table.rows[start : start + ROWS_PER_PAGE], TOP, ruled=ruled
                )
            below = pages.lines(table.notes, y=bottom - 0.04, size=8)
            pages.lines(table.explained, y=below - 0.02)
        pages.new_page()
        pages.lines(document.after)
        pages.new_page()
    return path


def first_pages(document: Document) -> list[int]:
    """The page each table of a drawn PDF starts on: cover, contents and narrative take pages 1–3, each
    table starts a page and takes one more for every ROWS_PER_PAGE rows."""
    pages, page = [], 4
    for table in document.tables:
        pages.append(page)
        page += -(-len(table.rows) // ROWS_PER_PAGE)
    return pages


def xls_book(document: Document) -> xlwt.Workbook:
    """The document as an old Excel (.xls) export: a cover sheet, then one sheet per table named by its
    number, amounts stored as numbers shown with thousands separators, merged headers, notes below."""
    book = xlwt.Workbook(encoding="utf-8")
    amount = xlwt.easyxf(num_format_str="#,##0.00")
    cover = book.add_sheet("封面")
    for row, line in enumerate((*document.cover, *document.before, *document.after)):
        cover.write(row, 0, line)
    for table in document.tables:
        sheet = book.add_sheet(table.marker)
        span = width(table)
        sheet.write_merge(0, 0, 0, span - 1, table.title)
        sheet.write(1, span - 1, table.marker)
        sheet.write(2, 0, table.furniture[0])
        sheet.write(2, span - 1, table.furniture[1])
        for r, c, text, rowspan, colspan in spans(table.header + table.rows):
            value: str | float = float(text.replace(",", "")) if PRINTED_AMOUNT.fullmatch(text) else text
            style = amount if isinstance(value, float) else xlwt.Style.default_style
            if rowspan > 1 or colspan > 1:
                sheet.write_merge(3 + r, 2 + r + rowspan, c, c + colspan - 1, value, style)
            else:
                sheet.write(3 + r, c, value, style)
        for index, note in enumerate(table.notes):
            sheet.write(3 + len(table.header) + len(table.rows) + index, 0, note)
    return book


def write_xls(document: Document, path: Path) -> Path:
    xls_book(document).save(str(path))
    return path


WRITERS: dict[str, Callable[[Document, Path], Path]] = {
    "txt": write_text,
    "html": write_html,
    "docx": write_docx,
    "xlsx": write_xlsx,
}


# What a test compares


def printed_amounts(table: Table) -> Counter[Decimal]:
    return Counter(
        Decimal(cell.replace(",", "")) for row in table.rows for cell in row if PRINTED_AMOUNT.fullmatch(cell)
    )


def loaded_amounts(table: BudgetTable) -> Counter[Decimal]:
    return Counter(figure.value for row in table.rows for figure in row.figures if figure.value is not None)


def table_numbered(loaded: LoadedDocument, number: str) -> BudgetTable:
    return next(table for table in loaded.disclosure.tables if table.number == number)


def cells_of(table: BudgetTable, row: str) -> dict[str, Decimal | None]:
    """The figures of the row whose code or label is `row`, by column."""
    found = next(table_row for table_row in table.rows if row in (table_row.code, table_row.label))
    return {figure.column: figure.value for figure in found.figures}


def records_of(loaded: LoadedDocument) -> list[tuple[object, ...]]:
    return [
        (
            table.number,
            table.title,
            table.columns,
            table.note,
            [
                (row.label, row.code, row.side, row.level, [(f.column, f.value) for f in row.figures])
                for row in table.rows
            ],
        )
        for table in loaded.disclosure.tables
    ]


class LoadedOnFirstUse(dict[tuple[str, str], LoadedDocument]):
    """Documents written and loaded the first time a test asks for one, then kept: a module's cases
    split over xdist workers are each loaded by the worker that runs them, not by every worker."""

    def __init__(self, write_and_load: Callable[[str, str], LoadedDocument]) -> None:
        super().__init__()
        self.write_and_load = write_and_load

    def __missing__(self, key: tuple[str, str]) -> LoadedDocument:
        loaded = self[key] = self.write_and_load(*key)
        return loaded

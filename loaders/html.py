"""Web-page disclosures (.html): <table>s become Grids, headings and paragraphs TextLines, in page order.

The encoding comes from a byte-order mark or the page's <meta charset>, else UTF-8, else GB18030.
rowspan/colspan are expanded like merged cells: the text is printed once (top-left), the rest of the
span is ''. A table that holds other tables is page layout, so its cells are read as running text and
only the innermost tables become Grids.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import lxml.html
from lxml.etree import ParserError, _Element

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings
from loaders.assemble import file_to_document
from loaders.blocks import Block, Grid, GridRow, LoadedDocument, TextLine
from loaders.cell_text import clean_cell, clean_line
from loaders.limits import DEFAULT_LIMITS, check_html

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
CHINESE_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030"}
SKIPPED = {"script", "style", "head", "noscript", "template", "iframe", "svg", "button", "select", "object"}
BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "center", "form",
    "address", "figure", "figcaption", "hr", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption",
}  # fmt: skip
MAX_SPAN = 200


def bytes_to_text(data: bytes, path: Path) -> str:
    """Decode the page: BOM, then <meta charset>, then UTF-8, then GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = META_CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    for encoding in [*candidates, "utf-8", "gb18030"]:
        try:
            return data.decode(CHINESE_SUPERSET.get(encoding, encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    raise LoadError(path, "无法识别网页的编码（试过声明的编码、UTF-8 和 GB18030）")


def is_hidden(element: _Element) -> bool:
    return bool(HIDDEN.search(element.get("style", ""))) or element.get("hidden") is not None


def element_text(element: _Element) -> str:
    """Given a cell, return its text with a line break for each <br> and block inside it."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in SKIPPED and not is_hidden(child):
            breaks = child.tag == "br" or child.tag in BLOCK_TAGS
            parts += ["\n" if breaks else "", element_text(child), "\n" if breaks else ""]
        parts.append(child.tail or "")
    return "".join(parts)


def table_rows(table: _Element) -> list[_Element]:
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def span(cell: _Element, name: str) -> int:
    value = cell.get(name, "1").strip()
    return min(max(int(value), 1), MAX_SPAN) if value.isdigit() else 1


def table_to_grid(table: _Element) -> Grid | None:
    """Given an innermost <table>, return its rows with rowspan/colspan expanded, or None when empty."""
    texts: dict[tuple[int, int], str] = {}
    taken: set[tuple[int, int]] = set()
    rows = table_rows(table)
    for row_index, row in enumerate(rows):
        column = 0
        for cell in row.xpath("./td | ./th"):
            while (row_index, column) in taken:
                column += 1
            rowspan, colspan = span(cell, "rowspan"), span(cell, "colspan")
            taken.update((row_index + dr, column + dc) for dr in range(rowspan) for dc in range(colspan))
            texts[(row_index, column)] = clean_cell(element_text(cell))
            column += colspan
    width = max((column + 1 for _, column in taken), default=0)
    grid_rows = [
        tuple(texts.get((index, column), "") for column in range(width)) for index in range(len(rows))
    ]
    filled = [GridRow(cells=cells) for cells in grid_rows if any(cells)]
    caption = clean_line(element_text(table.find("caption"))) if table.find("caption") is not None else ""
    return Grid(rows=filled, caption=caption) if filled else None


class PageReader:
    """Walks the page in document order, gathering inline text into lines and tables into Grids."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pending: list[str] = []

    def end_line(self) -> None:
        """A line ends at a <br> or a block; a line break in the page's source is only white space."""
        text = clean_cell("".join(self.pending))
        self.pending = []
        if text:
            self.blocks.append(TextLine(text=text))

    def read(self, element: _Element) -> None:
        if not isinstance(element.tag, str) or element.tag in SKIPPED or is_hidden(element):
            return
        if element.tag == "table" and not element.xpath(".//table"):
            self.end_line()
            grid = table_to_grid(element)
            if grid is not None:
                if grid.caption:
                    self.blocks.append(TextLine(text=grid.caption))
                self.blocks.append(grid)
            return
        breaks = element.tag == "br" or element.tag in BLOCK_TAGS
        if breaks:
            self.end_line()
        self.pending.append(element.text or "")
        for child in element:
            self.read(child)
            self.pending.append(child.tail or "")
        if breaks:
            self.end_line()


def bytes_to_blocks(data: bytes, path: Path) -> list[Block]:
    """Given a page's bytes, return its text lines and grids in order."""
    if not data.strip():
        raise LoadError(path, "文件是空的 (empty file)")
    text = XML_DECLARATION.sub("", bytes_to_text(data, path))
    try:
        root = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as error:
        raise LoadError(path, f"网页无法解析 ({error})") from error
    reader = PageReader()
    body = root.find("body")
    if body is None or not body.xpath(".//h1 | .//h2 | .//h3"):
        title = root.findtext(".//title")
        if title and clean_line(title):
            reader.blocks.append(TextLine(text=clean_line(title)))
    reader.read(body if body is not None else root)
    reader.end_line()
    if not reader.blocks:
        raise LoadError(path, "网页里没有任何文字 (no text)")
    return reader.blocks


def read_blocks(path: Path) -> tuple[list[Block], list[str], int | None]:
    """Given an .html file, return its blocks, problems to report (none found so far), and no page count."""
    return bytes_to_blocks(path.read_bytes(), path), [], None


def load(path: Path, limits: LimitSettings = DEFAULT_LIMITS) -> LoadedDocument:
    """Read a web-page disclosure into an unsaved Disclosure."""
    data = path.read_bytes()
    check_html(path, data, limits)
    return file_to_document(path, data, "html", bytes_to_blocks(data, path))

"""Word disclosures (.docx): paragraphs become TextLines and tables Grids, in the order of the body.

A paragraph is one line however many line breaks it holds (a title set on two lines, 国家水文监测局 /
2024年部门收支总表, is one title).

python-docx repeats a merged cell once per grid column and per merged row; a span's text is printed
once here (top-left) and the rest of the span is '', as in every other format. Word has no pages or
lines to cite, so blocks carry neither.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings
from loaders.assemble import file_to_document
from loaders.blocks import Block, Grid, GridRow, LoadedDocument, TextLine
from loaders.cell_text import clean_cell
from loaders.limits import DEFAULT_LIMITS, check_archive

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"


def row_to_cells(row: _Row, table: Table) -> tuple[str, ...]:
    """Given a table row, return one text per grid column; merged continuations are ''."""
    cells: list[str] = [""] * row.grid_cols_before
    for tc in row._tr.tc_lst:
        span = tc.grid_span
        if tc.vMerge == "continue":
            cells += [""] * span
            continue
        text = clean_cell(_Cell(tc, table).text)
        cells += [text] + [""] * (span - 1)
    return tuple(cells + [""] * row.grid_cols_after)


def table_to_grid(table: Table) -> Grid | None:
    """Given a Word table, return its non-empty rows as a Grid, all rows as wide as the widest."""
    rows = [cells for cells in (row_to_cells(row, table) for row in table.rows) if any(cells)]
    if not rows:
        return None
    width = max(len(cells) for cells in rows)
    return Grid(rows=[GridRow(cells=cells + ("",) * (width - len(cells))) for cells in rows])


def bytes_to_blocks(data: bytes, path: Path) -> list[Block]:
    """Given a .docx file's bytes, return its paragraphs and tables in body order."""
    if not data.strip():
        raise LoadError(path, "文件是空的 (empty file)")
    if data.startswith(OLE_SIGNATURE):
        raise LoadError(path, "这是加密的或旧版（.doc）Word 文件，请另存为未加密的 .docx")
    try:
        document = Document(BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise LoadError(path, f"Word 文件已损坏，无法读取 ({type(error).__name__})") from error
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = clean_cell(item.text)
            if text:
                blocks.append(TextLine(text=text))
        elif (grid := table_to_grid(item)) is not None:
            blocks.append(grid)
    if not blocks:
        raise LoadError(path, "文档里没有任何文字 (no text)")
    return blocks


def read_blocks(path: Path) -> tuple[list[Block], list[str], int | None]:
    """Given a .docx file, return its blocks, problems to report (none found so far), and no page count."""
    return bytes_to_blocks(path.read_bytes(), path), [], None


def load(path: Path, limits: LimitSettings = DEFAULT_LIMITS) -> LoadedDocument:
    """Read a Word disclosure into an unsaved Disclosure."""
    data = path.read_bytes()
    check_archive(path, data, limits)
    return file_to_document(path, data, "docx", bytes_to_blocks(data, path))

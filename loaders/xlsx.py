"""Excel disclosures (.xlsx): finance systems export one sheet per table.

Each visible sheet gives its title and 单位/编制单位 rows as TextLines, then one Grid of its table rows
(line = the sheet's row number, caption = the sheet name), then any 注 rows as TextLines. A sheet named
for its table's number (预算公开表12, 表12) numbers the table when no row above it does. A merged cell's
text sits in its top-left cell and the rest of its span is '', as a printed span shows it once. Numbers
are printed the way the cell's number format shows them (thousands separators, decimals), exactly.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings
from knowledge.text import without_spaces
from loaders.assemble import file_to_document
from loaders.blocks import Block, Grid, GridRow, LoadedDocument, TextLine
from loaders.cell_text import clean_cell
from loaders.contents import CONTENTS_HEADING
from loaders.furniture import is_marker_line, is_title_line
from loaders.limits import DEFAULT_LIMITS, check_archive

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"
DECIMALS = re.compile(r"0\.(0+)")
TITLE = re.compile(r"表")
SHEET_TITLE = re.compile(r"[\u4e00-\u9fff]{3,}表$")
"""A sheet named like a table (2.15单位收支总表), not 表1 or Sheet1."""
FURNITURE = re.compile(
    r"(编制|填报|预算|主管)?(单位|部门)(名称)?\s*[:：]|金额单位|单位\s*[:：]|[（(]?\d{4}\s*年度?[)）]?$"
)
SIGNIFICANT_DIGITS = 15
"""Excel keeps 15 significant digits; more is binary noise (0.30000000000000004)."""


def number_to_text(value: int | float | Decimal, number_format: str) -> str:
    """Given a cell's number and format, return it as Excel shows it: '#,##0.00' → 31,214,205.80."""
    section = number_format.split(";")[0]
    exact = Decimal(value) if isinstance(value, int) else Decimal(f"{value:.{SIGNIFICANT_DIGITS}g}")
    percent = "%" in section
    if percent:
        exact *= 100
    decimals = DECIMALS.search(section)
    if decimals:
        exact = exact.quantize(Decimal(1).scaleb(-len(decimals.group(1))), rounding=ROUND_HALF_UP)
    elif section.strip('_ )(*"-') in ("0", "#,##0") or percent:
        exact = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = f"{exact:,f}" if "," in section else f"{exact:f}"
    return text + ("%" if percent else "")


def cell_to_text(value: Any, number_format: str) -> str:
    """Given a cell's value and number format, return its text as printed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float | Decimal):
        return number_to_text(value, number_format)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return clean_cell(str(value))


def sheet_rows(sheet: Worksheet) -> list[tuple[int, tuple[str, ...]]]:
    """Given a sheet, return its non-empty rows as (row number, cells), all as wide as the widest row."""
    return square_rows(
        [
            (cells[0].row, tuple(cell_to_text(cell.value, cell.number_format) for cell in cells))
            for cells in sheet.iter_rows()
            if cells
        ]
    )


def square_rows(rows: list[tuple[int, tuple[str, ...]]]) -> list[tuple[int, tuple[str, ...]]]:
    """Drop empty rows and give the others the width of the widest (up to its last filled cell)."""
    rows = [(number, cells) for number, cells in rows if any(cells)]
    width = max((max(i for i, cell in enumerate(cells) if cell) + 1 for _, cells in rows), default=0)
    return [(number, cells[:width] + ("",) * (width - len(cells))) for number, cells in rows]


def is_text_row(cells: tuple[str, ...]) -> bool:
    """A row printed above the table: its one cell is a title (…表) or the 目录 heading, or every filled cell is a
    编制单位/单位：元/年度 line. A merged header cell such as 财政拨款“三公”经费 stays in the grid."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 1 and (TITLE.search(filled[0]) or without_spaces(filled[0]) == CONTENTS_HEADING):
        return True
    return bool(filled) and all(FURNITURE.match(cell) for cell in filled)


def is_note_row(cells: tuple[str, ...]) -> bool:
    filled = [cell for cell in cells if cell]
    return len(filled) == 1 and filled[0].startswith(("注", "说明"))


def sheet_to_blocks(name: str, rows: list[tuple[int, tuple[str, ...]]]) -> list[Block]:
    """Given one sheet's name and rows, return its title lines, its grid and the 注 lines under it; a
    sheet of one-cell rows only (a 说明 or cover sheet) is all lines."""
    if all(sum(bool(cell) for cell in cells) == 1 for _, cells in rows):
        return [TextLine(text=cell, line=number) for number, cells in rows for cell in cells if cell]
    start = 0
    while start < len(rows) and is_text_row(rows[start][1]):
        start += 1
    end = len(rows)
    while end > start and is_note_row(rows[end - 1][1]):
        end -= 1
    before = [TextLine(text=cell, line=number) for number, cells in rows[:start] for cell in cells if cell]
    if not any(is_title_line(line.text) for line in before) and SHEET_TITLE.search(name):
        before.insert(0, TextLine(text=name))
    title = next((index for index, line in enumerate(before) if is_title_line(line.text)), None)
    if title is not None and is_marker_line(name) and not any(is_marker_line(line.text) for line in before):
        before.insert(title, TextLine(text=name))
    grid = [Grid(rows=[GridRow(cells=cells, line=number) for number, cells in rows[start:end]], caption=name)]
    after = [TextLine(text=cell, line=number) for number, cells in rows[end:] for cell in cells if cell]
    return [*before, *(grid if start < end else []), *after]


def bytes_to_blocks(data: bytes, path: Path) -> tuple[list[Block], list[str]]:
    """Given an .xlsx file's bytes, return the blocks of its visible sheets in order, and problems."""
    if not data.strip():
        raise LoadError(path, "文件是空的 (empty file)")
    if data.startswith(OLE_SIGNATURE):
        raise LoadError(path, "这是加密的或旧版（.xls）Excel 文件，请另存为未加密的 .xlsx")
    try:
        workbook = load_workbook(BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise LoadError(path, f"Excel 文件已损坏，无法读取 ({type(error).__name__})") from error
    blocks: list[Block] = []
    problems: list[str] = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            problems.append(f"隐藏的工作表“{sheet.title}”没有读取")
            continue
        blocks += sheet_to_blocks(sheet.title, sheet_rows(sheet))
    workbook.close()
    if not blocks:
        raise LoadError(path, "工作簿里没有任何内容 (no cells)")
    return blocks, problems


def read_blocks(path: Path) -> tuple[list[Block], list[str], int | None]:
    """Given an .xlsx file, return its blocks, problems to report, and no page count."""
    blocks, problems = bytes_to_blocks(path.read_bytes(), path)
    return blocks, problems, None


def load(path: Path, limits: LimitSettings = DEFAULT_LIMITS) -> LoadedDocument:
    """Read an Excel disclosure into an unsaved Disclosure, with what could not be read."""
    data = path.read_bytes()
    check_archive(path, data, limits)
    blocks, problems = bytes_to_blocks(data, path)
    return file_to_document(path, data, "xlsx", blocks, problems)

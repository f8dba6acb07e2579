"""Old Excel workbooks (.xls, BIFF): finance systems still export these; read with xlrd, laid out as .xlsx.

Each visible sheet becomes the same blocks an .xlsx sheet gives (loaders.xlsx.sheet_to_blocks): numbers are
printed the way the cell's number format shows them, merged cells once. An OLE file that holds no workbook
(a Word .doc, or an encrypted Office file) gets a clear error.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlrd
from xlrd.biffh import XLRDError
from xlrd.book import Book
from xlrd.compdoc import CompDocError
from xlrd.sheet import Sheet

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings
from loaders.assemble import file_to_document
from loaders.blocks import Block, LoadedDocument
from loaders.limits import DEFAULT_LIMITS, check_cells
from loaders.xlsx import cell_to_text, sheet_to_blocks, square_rows

VISIBLE = 0


def cell_text(book: Book, sheet: Sheet, row: int, column: int) -> str:
    """One cell as printed: numbers through their number format, dates as dates, errors as ''."""
    cell = sheet.cell(row, column)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        number_format = book.format_map[book.xf_list[sheet.cell_xf_index(row, column)].format_key].format_str
        return cell_to_text(cell.value, number_format)
    if cell.ctype == xlrd.XL_CELL_DATE:
        return cell_to_text(datetime(*xlrd.xldate_as_tuple(float(cell.value), book.datemode)), "")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_to_text(bool(cell.value), "")
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell_to_text(cell.value, "")
    return ""


def sheet_rows(book: Book, sheet: Sheet) -> list[tuple[int, tuple[str, ...]]]:
    """Given a sheet, return its non-empty rows as (1-based row number, cells), all equally wide."""
    return square_rows(
        [
            (row + 1, tuple(cell_text(book, sheet, row, column) for column in range(sheet.row_len(row))))
            for row in range(sheet.nrows)
        ]
    )


def bytes_to_blocks(
    data: bytes, path: Path, limits: LimitSettings = DEFAULT_LIMITS
) -> tuple[list[Block], list[str]]:
    """Given an .xls file's bytes, return the blocks of its visible sheets in order, and problems."""
    if not data.strip():
        raise LoadError(path, "文件是空的 (empty file)")
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except XLRDError as error:
        if "workbook" in str(error).lower():
            raise LoadError(
                path, "这是 Word（.doc）或加密的 Office 文件，请另存为 .docx 或未加密的 .xlsx"
            ) from error
        raise LoadError(path, f"Excel 文件已损坏，无法读取 ({error})") from error
    except (CompDocError, AssertionError, IndexError, KeyError, ValueError, OSError) as error:
        raise LoadError(path, f"Excel 文件已损坏，无法读取 ({type(error).__name__})") from error
    check_cells(path, sum(sheet.nrows * sheet.ncols for sheet in book.sheets()), limits)
    blocks: list[Block] = []
    problems: list[str] = []
    for sheet in book.sheets():
        if sheet.visibility != VISIBLE:
            problems.append(f"隐藏的工作表“{sheet.name}”没有读取")
            continue
        blocks += sheet_to_blocks(sheet.name, sheet_rows(book, sheet))
    if not blocks:
        raise LoadError(path, "工作簿里没有任何内容 (no cells)")
    return blocks, problems


def read_blocks(path: Path) -> tuple[list[Block], list[str], int | None]:
    """Given an .xls file, return its blocks, problems to report, and no page count."""
    blocks, problems = bytes_to_blocks(path.read_bytes(), path)
    return blocks, problems, None


def load(path: Path, limits: LimitSettings = DEFAULT_LIMITS) -> LoadedDocument:
    """Read an old Excel disclosure into an unsaved Disclosure, with what could not be read."""
    data = path.read_bytes()
    blocks, problems = bytes_to_blocks(data, path, limits)
    return file_to_document(path, data, "xls", blocks, problems)

"""The same disclosure published as text, Word, a web page or an Excel export gives the same records.

The bundled sample is read by the text loader; its blocks are written out as .docx, .html and .xlsx
inside the test, loaded by those loaders, and every table, figure and performance target compared.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import Workbook

from loaders import docx as docx_loader
from loaders import html as html_loader
from loaders import sample_path, text
from loaders import xlsx as xlsx_loader
from loaders.blocks import Block, LoadedDocument, TextLine


def sample_blocks() -> list[Block]:
    return text.text_to_blocks(sample_path().read_text(encoding="utf-8"))


def write_docx(blocks: list[Block], path: Path) -> Path:
    document = Document()
    for block in blocks:
        if isinstance(block, TextLine):
            document.add_paragraph(block.text)
            continue
        width = max(len(row.cells) for row in block.rows)
        table = document.add_table(rows=len(block.rows), cols=width)
        for row, grid_row in zip(table.rows, block.rows, strict=True):
            for cell, value in zip(row.cells, grid_row.cells, strict=False):
                cell.text = value
    document.save(path)
    return path


def write_html(blocks: list[Block], path: Path) -> Path:
    parts = ['<html><head><meta charset="gb2312"></head><body>']
    for block in blocks:
        if isinstance(block, TextLine):
            parts.append(f"<p>{html.escape(block.text)}</p>")
        else:
            rows = ("".join(f"<td>{html.escape(cell)}</td>" for cell in row.cells) for row in block.rows)
            parts.append("<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>")
    parts.append("</body></html>")
    path.write_bytes("\n".join(parts).encode("gb18030"))
    return path


def is_title_row(line: str) -> bool:
    """What a finance system prints above a table: 预算公开表1, the title, 单位名称, 单位, (2024年度)."""
    return "表" in line or line.startswith("单位") or line.startswith(("(", "（"))


def write_xlsx(blocks: list[Block], path: Path) -> Path:
    """One sheet per table with its title rows above and its 注 rows below; the cover on a sheet of its
    own; narrative between tables is not part of an Excel export."""
    workbook = Workbook()
    cover = workbook.active
    cover.title = "封面"
    lines: list[str] = []
    sheet = None
    for block in blocks:
        if isinstance(block, TextLine):
            if sheet is not None and block.text.startswith("注"):
                sheet.append([block.text])
            elif sheet is None:
                cover.append([block.text])
            else:
                lines.append(block.text)
            continue
        title_rows: list[str] = []
        while lines and is_title_row(lines[-1]):
            title_rows.insert(0, lines.pop())
        lines = []
        sheet = workbook.create_sheet(f"表{len(workbook.worksheets)}")
        for line in title_rows:
            sheet.append([line])
        for row in block.rows:
            sheet.append(list(row.cells))
    workbook.save(path)
    return path


def write_numbered_sheets(blocks: list[Block], path: Path, *, cover: bool) -> Path:
    """One sheet per table named 预算公开表1, 预算公开表2, …, its title rows above it but no number row
    (the sheet's name is its number); with `cover`, a first sheet of the lines up to the 目录's end."""
    workbook = Workbook()
    front = workbook.active
    front.title = "封面"
    contents = next(index for index, block in enumerate(blocks) if not isinstance(block, TextLine))
    for block in blocks[: contents + 1]:
        for line in [block.text] if isinstance(block, TextLine) else [row.cells[0] for row in block.rows]:
            front.append([line])
    lines: list[str] = []
    for block in blocks[contents + 1 :]:
        if isinstance(block, TextLine):
            lines.append(block.text)
            continue
        title_rows: list[str] = []
        while lines and is_title_row(lines[-1]):
            title_rows.insert(0, lines.pop())
        lines = []
        sheet = workbook.create_sheet(f"预算公开表{len(workbook.worksheets)}")
        for line in title_rows:
            if not re.fullmatch(r"\w{0,4}公开表\d+", line):
                sheet.append([line])
        for row in block.rows:
            sheet.append(list(row.cells))
    if not cover:
        workbook.remove(front)
    workbook.save(path)
    return path


def tables_of(document: LoadedDocument) -> list[tuple[Any, ...]]:
    return [
        (
            table.number,
            table.title,
            table.kind,
            table.unit_of_measure,
            table.columns,
            [
                (row.label, row.code, row.side, [(f.column, f.raw, f.value) for f in row.figures])
                for row in table.rows
            ],
        )
        for table in document.disclosure.tables
    ]


def targets_of(document: LoadedDocument) -> list[tuple[Any, ...]]:
    return [
        (target.project, target.annual_amount, [(i.level3, i.value) for i in target.indicators])
        for target in document.disclosure.targets
    ]


def passages_of(document: LoadedDocument) -> list[str]:
    """Passage texts without spaces: Word and HTML loaders drop the spaces typed beside Chinese."""
    return ["".join(passage.text.split()) for passage in document.disclosure.passages]


@pytest.fixture(scope="module")
def from_text() -> LoadedDocument:
    return text.load(sample_path())


@pytest.mark.parametrize(("write", "loader"), [(write_docx, docx_loader), (write_html, html_loader)])
def test_word_and_web_page_give_the_records_of_the_text(
    tmp_path: Path, from_text: LoadedDocument, write: Any, loader: Any
) -> None:
    document = loader.load(write(sample_blocks(), tmp_path / f"sample.{loader.__name__.rsplit('.', 1)[1]}"))
    assert (document.disclosure.unit_name, document.disclosure.year) == ("汾阳市人力资源和社会保障局", 2024)
    assert tables_of(document) == tables_of(from_text)
    assert targets_of(document) == targets_of(from_text)
    assert [term.term for term in document.disclosure.terms] == [
        term.term for term in from_text.disclosure.terms
    ]
    assert passages_of(document) == passages_of(from_text)


def test_excel_export_gives_the_tables_of_the_text(tmp_path: Path, from_text: LoadedDocument) -> None:
    document = xlsx_loader.load(write_xlsx(sample_blocks(), tmp_path / "sample.xlsx"))
    assert (document.disclosure.unit_name, document.disclosure.year) == ("汾阳市人力资源和社会保障局", 2024)
    assert [table[1:] for table in tables_of(document)] == [table[1:] for table in tables_of(from_text)]
    assert targets_of(document) == targets_of(from_text)


def test_sheets_named_for_their_numbers_give_the_records_of_the_text(
    tmp_path: Path, from_text: LoadedDocument
) -> None:
    """Sheets named 预算公开表1…13 after a cover with the 目录: the same tables, numbers included."""
    path = write_numbered_sheets(sample_blocks(), tmp_path / "sample.xlsx", cover=True)
    document = xlsx_loader.load(path)
    assert (document.disclosure.unit_name, document.disclosure.year) == ("汾阳市人力资源和社会保障局", 2024)
    assert tables_of(document) == tables_of(from_text)
    assert targets_of(document) == targets_of(from_text)
    assert document.problems == from_text.problems


def test_without_a_contents_the_sheet_names_number_the_tables(
    tmp_path: Path, from_text: LoadedDocument
) -> None:
    document = xlsx_loader.load(write_numbered_sheets(sample_blocks(), tmp_path / "sample.xlsx", cover=False))
    assert [(table.number, table.number_value) for table in document.disclosure.tables] == [
        (f"预算公开表{n}", n) for n in range(1, 14)
    ]
    assert [table[1:] for table in tables_of(document)] == [table[1:] for table in tables_of(from_text)]

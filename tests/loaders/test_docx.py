"""Word loader at the Blocks level, on documents written inside the tests with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from knowledge.errors import LoadError
from loaders.blocks import Grid, TextLine
from loaders.docx import read_blocks


def disclosure_docx(path: Path) -> Path:
    """Narrative, a titled table with a merged header (across and down), then more narrative."""
    document = Document()
    document.add_heading("一、收入支出预算总体情况", level=1)
    document.add_paragraph("2024年收入预算 1100.24 万元。")
    document.add_paragraph("")
    document.add_paragraph("2024年预算收支总表")
    document.add_paragraph("单位：万元")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "收入"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "支出"
    for column, text in enumerate(["项目", "预算数", "项目", "预算数"]):
        table.cell(1, column).text = text
    table.cell(2, 0).merge(table.cell(3, 0)).text = "一、一般公共预算"
    table.cell(2, 1).text = "1100.24"
    table.cell(2, 2).text = "一、一般公共服务\n支出"
    table.cell(3, 3).text = "13.26"
    document.add_paragraph("注：本表为  空  表 以外的说明。")
    document.save(path)
    return path


@pytest.fixture
def blocks(tmp_path: Path) -> list:
    found, problems, pages = read_blocks(disclosure_docx(tmp_path / "budget.docx"))
    assert problems == [] and pages is None
    return found


def test_paragraphs_and_tables_in_body_order(blocks: list) -> None:
    assert [type(block).__name__ for block in blocks] == ["TextLine"] * 4 + ["Grid", "TextLine"]
    assert [block.text for block in blocks[:4]] == [
        "一、收入支出预算总体情况",
        "2024年收入预算1100.24万元。",
        "2024年预算收支总表",
        "单位：万元",
    ]
    assert blocks[5] == TextLine(text="注：本表为空表以外的说明。")


def test_merged_cells_are_printed_once(blocks: list) -> None:
    grid = blocks[4]
    assert isinstance(grid, Grid)
    assert [row.cells for row in grid.rows] == [
        ("收入", "", "支出", ""),
        ("项目", "预算数", "项目", "预算数"),
        ("一、一般公共预算", "1100.24", "一、一般公共服务支出", ""),
        ("", "", "", "13.26"),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "空"), (b"PK\x03\x04 broken", "损坏"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "加密")],
)
def test_unreadable_documents_raise_load_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        read_blocks(path)


def test_document_without_text_raises_load_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    Document().save(path)
    with pytest.raises(LoadError, match="没有任何文字"):
        read_blocks(path)

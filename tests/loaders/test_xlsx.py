"""Excel loader at the Blocks level, on workbooks written inside the tests with openpyxl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from knowledge.errors import LoadError
from loaders.blocks import Grid, TextLine
from loaders.xlsx import load, number_to_text, read_blocks


def summary_workbook(path: Path) -> Path:
    """A finance-system export: a titled sheet with merged headers, and an untitled one."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "2.15单位收支总表"
    sheet["A1"] = "2024年单位收支总表"
    sheet.merge_cells("A1:D1")
    sheet["A2"], sheet["D2"] = "编制单位：汾阳市人力资源和社会保障局", "单位：万元"
    sheet["A3"], sheet["C3"] = "收入", "支出"
    sheet.merge_cells("A3:B3")
    sheet.merge_cells("C3:D3")
    sheet.append(["项目", "预算数", "项目", "预算数"])
    sheet.append(["一、一般公共预算", 1100.24, "一、一般公共服务支出", None])
    sheet.append(["二、政府性基金预算", "1,234.50", "二、社会保障和\n就业支出", 0.1 + 0.2])
    sheet.append(["收入总计", 31214205.8, "支出总计", 31214205.8])
    for cell in ("B5", "D6", "B7", "D7"):
        sheet[cell].number_format = "#,##0.00"
    sheet.append(["注：本表金额为预算数。"])
    untitled = workbook.create_sheet("3.19部门财政拨款收支总表")
    untitled.append(["项目", "金额"])
    untitled.append(["合计", 12])
    notes = workbook.create_sheet("说明")
    notes.append(["一、收入预算情况"])
    notes.append(["2024年收入预算1100.24万元。"])
    hidden = workbook.create_sheet("附注")
    hidden.append(["内部备注"])
    hidden.sheet_state = "hidden"
    workbook.save(path)
    return path


@pytest.fixture
def blocks_and_problems(tmp_path: Path) -> tuple[list, list[str]]:
    blocks, problems, pages = read_blocks(summary_workbook(tmp_path / "budget.xlsx"))
    assert pages is None
    return blocks, problems


def test_title_and_unit_rows_become_lines_before_the_grid(
    blocks_and_problems: tuple[list, list[str]],
) -> None:
    blocks, _ = blocks_and_problems
    assert [block.text for block in blocks[:3]] == [
        "2024年单位收支总表",
        "编制单位：汾阳市人力资源和社会保障局",
        "单位：万元",
    ]
    assert isinstance(blocks[3], Grid) and blocks[3].caption == "2.15单位收支总表"
    assert blocks[4] == TextLine(text="注：本表金额为预算数。", line=8)


def test_merged_header_printed_once_and_rows_keep_sheet_row_numbers(
    blocks_and_problems: tuple[list, list[str]],
) -> None:
    grid = blocks_and_problems[0][3]
    assert [row.line for row in grid.rows] == [3, 4, 5, 6, 7]
    assert grid.rows[0].cells == ("收入", "", "支出", "")


def test_numbers_print_as_their_format_shows_them(blocks_and_problems: tuple[list, list[str]]) -> None:
    grid = blocks_and_problems[0][3]
    assert grid.rows[2].cells == ("一、一般公共预算", "1,100.24", "一、一般公共服务支出", "")
    assert grid.rows[3].cells == ("二、政府性基金预算", "1,234.50", "二、社会保障和就业支出", "0.30")
    assert grid.rows[4].cells == ("收入总计", "31,214,205.80", "支出总计", "31,214,205.80")


def test_untitled_sheet_gets_its_name_as_title_and_hidden_sheet_is_reported(
    blocks_and_problems: tuple[list, list[str]],
) -> None:
    blocks, problems = blocks_and_problems
    assert blocks[5] == TextLine(text="3.19部门财政拨款收支总表")
    assert isinstance(blocks[6], Grid) and blocks[6].rows[1].cells == ("合计", "12")
    assert problems == ["隐藏的工作表“附注”没有读取"]


def test_a_sheet_of_one_cell_rows_is_running_text(blocks_and_problems: tuple[list, list[str]]) -> None:
    blocks, _ = blocks_and_problems
    assert blocks[7:] == [
        TextLine(text="一、收入预算情况", line=1),
        TextLine(text="2024年收入预算1100.24万元。", line=2),
    ]


@pytest.mark.parametrize(
    ("value", "number_format", "printed"),
    [
        (0.1 + 0.2, "General", "0.3"),
        (1100.24, "General", "1100.24"),
        (31214205.8, "#,##0.00", "31,214,205.80"),
        (Decimal("2.5"), "0", "3"),
        (1234567, "#,##0", "1,234,567"),
        (0.6891, "0.00%", "68.91%"),
        (-338.52, "#,##0.00;[Red]-#,##0.00", "-338.52"),
        (100000.0, "General", "100000"),
    ],
)
def test_number_to_text(value: float | int | Decimal, number_format: str, printed: str) -> None:
    assert number_to_text(value, number_format) == printed


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "空"),
        (b"PK\x03\x04 broken zip", "损坏"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "加密"),
    ],
)
def test_unreadable_workbooks_raise_load_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        read_blocks(path)


def test_workbook_without_cells_raises_load_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    with pytest.raises(LoadError, match="没有任何内容"):
        read_blocks(path)


def test_a_sheet_named_for_its_table_with_only_the_number_above_it_takes_the_name_as_title(
    tmp_path: Path,
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "收入支出决算总表"
    sheet.append([None, None, "公开01表"])
    sheet.append(["部门：平川县农业农村局", "2023年度", "金额单位：万元"])
    sheet.append(["项目", "行次", "金额"])
    sheet.append(["本年收入合计", "14", 1662.3])
    sheet["C4"].number_format = "#,##0.00"
    path = tmp_path / "2023年度部门决算.xlsx"
    workbook.save(path)
    blocks, _, _ = read_blocks(path)
    assert [block.text for block in blocks[:5] if isinstance(block, TextLine)] == [
        "收入支出决算总表",
        "公开01表",
        "部门：平川县农业农村局",
        "2023年度",
        "金额单位：万元",
    ]
    (table,) = load(path).disclosure.tables
    assert (table.number, table.title, table.kind, table.unit_of_measure) == (
        "公开01表",
        "收入支出决算总表",
        "收支总表",
        "万元",
    )

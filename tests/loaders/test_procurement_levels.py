"""A 政府采购 table names its items in a tree of label columns (品目 | 专项 | 经济科目 | 物品), and a row may
name two levels at once: 专项 案件审判经费 | 经济科目 维修（护）费 | 150.00, then | 会议费 | 122.10 on the
next row. The figure is the 经济科目's; the 专项 is its parent, with no total of its own printed. Each row
must hang under the item it belongs to, in real Jiangsu disclosures and in a county table written as text,
Excel and PDF."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.models import BudgetTable, TableRow
from loaders import load_file
from tests.loaders.county_budget import BUDGET, BUDGET_UNIT
from tests.loaders.county_documents import Table
from tests.loaders.document_writers import write_pdf, write_text, write_xlsx
from tests.paths import CORPUS
from tests.read_documents import read_once

PROCUREMENT = Table(
    "部门公开表9",
    "2024年部门综合预算政府采购预算表",
    BUDGET_UNIT,
    (("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),),
    (
        ("合计", "", "", "", "", "96.00"),
        ("一、货物A", "", "", "", "", "40.00"),
        ("", "信息化运维经费", "办公设备购置", "", "", "40.00"),
        ("", "", "", "台式计算机", "分散自行组织", "40.00"),
        ("二、服务C", "", "", "", "", "56.00"),
        ("", "业务工作经费", "维修（护）费", "", "", "20.00"),
        ("", "", "", "运行维护服务", "分散自行组织", "20.00"),
        ("", "", "会议费", "", "", "36.00"),
        ("", "", "", "会议服务", "分散自行组织", "36.00"),
    ),
    kind="政府采购",
)
DOCUMENT = replace(
    BUDGET,
    tables=(PROCUREMENT,),
    contents=(*BUDGET.contents[:4], f"{PROCUREMENT.marker} {PROCUREMENT.title}"),
)


def procurement_table(tables: list[BudgetTable]) -> BudgetTable:
    return next(table for table in tables if "采购" in table.title)


def total(row: TableRow) -> Decimal | None:
    return next((figure.value for figure in row.figures if figure.column.endswith("总计")), None)


def chain(table: BudgetTable, label: str, after: str) -> list[tuple[str, Decimal | None]]:
    """The row named `label` below the row named `after`, and its ancestors up to the top, with totals."""
    rows = table.rows
    start = next(index for index, row in enumerate(rows) if row.label == after)
    row: TableRow | None = next(row for row in rows[start:] if row.label == label)
    found = []
    while row is not None:
        found.append((row.label, total(row)))
        row = row.parent
    return found


@pytest.mark.parametrize("write", [write_text, write_xlsx, write_pdf], ids=["text", "xlsx", "pdf"])
def test_a_county_procurement_table_hangs_each_item_under_its_economic_class(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        DOCUMENT, tmp_path / f"pingchuan.{ {write_text: 'txt', write_xlsx: 'xlsx'}.get(write, 'pdf') }"
    )
    table = procurement_table(read_once(load_file, path).disclosure.tables)
    assert chain(table, "会议服务", "业务工作经费") == [
        ("会议服务", Decimal("36.00")),
        ("会议费", Decimal("36.00")),
        ("业务工作经费", None),
        ("二、服务C", Decimal("56.00")),
    ]
    assert chain(table, "运行维护服务", "业务工作经费") == [
        ("运行维护服务", Decimal("20.00")),
        ("维修（护）费", Decimal("20.00")),
        ("业务工作经费", None),
        ("二、服务C", Decimal("56.00")),
    ]


@pytest.mark.parametrize(
    ("name", "after", "label", "expected"),
    [
        (
            "jiangsu-gjfy-2019-yusuan.pdf",
            "案件审判经费",
            "会议服务",
            [("会议服务", "122.10"), ("会议费", "122.10"), ("案件审判经费", None), ("三、服务C", "3059.87")],
        ),
        (
            "jiangsu-jcy-2018-yusuan.pdf",
            "物业管理费",
            "环境服务",
            [
                ("环境服务", "30.00"),
                ("维修（护）费", "150.00"),
                ("物业管理费", None),
                ("三、服务C", "2828.24"),
            ],
        ),
        (
            "jiangsu-zxbgt-2018-yusuan-tables.pdf",
            "商品和服务支出",
            "餐饮服务",
            [("餐饮服务", "35.00"), ("会议费", "70.00"), ("商品和服务支出", None), ("三、服务C", "926.09")],
        ),
    ],
)
@pytest.mark.slow  # reads corpus PDFs
def test_a_jiangsu_procurement_row_of_two_levels_is_the_class_under_its_project(
    name: str, after: str, label: str, expected: list[tuple[str, str | None]]
) -> None:
    table = procurement_table(read_once(load_file, CORPUS / name).disclosure.tables)
    assert chain(table, label, after) == [
        (text, Decimal(value) if value else None) for text, value in expected
    ]

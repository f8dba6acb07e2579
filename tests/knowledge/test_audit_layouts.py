"""Audit rules on layouts that are no 科目 outline: outline tables naming each level in its own column,
columns of words, 收支总表 with two spending blocks side by side, shares of a named whole."""

from __future__ import annotations

import re
from decimal import Decimal

from knowledge.audit import Finding, run_checks
from knowledge.models import BudgetTable, Disclosure, Figure, TableRow
from knowledge.standard_tables import TableKind
from tests.knowledge.audit_documents import consistent_disclosure, side_by_side, table_of

PROCUREMENT_COLUMNS = ["专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"]
AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")

# (label, 专项名称, 经济科目, 采购物品名称, 采购组织形式, 总计): a 专项 printed once over two 经济科目 rows.
PROCUREMENT_ROWS: list[tuple[str, ...]] = [
    ("合计", "", "", "", "", "330.00"),
    ("一、货物A", "", "", "", "", "30.00"),
    ("设备购置费", "设备购置费", "办公设备购置", "", "", "30.00"),
    ("其他办公设备", "", "", "其他办公设备", "分散自行组织", "10.00"),
    ("其他通用设备", "", "", "其他通用设备", "政府集中采购", "20.00"),
    ("三、服务C", "", "", "", "", "300.00"),
    ("案件审判经费", "案件审判经费", "维修（护）费", "", "", "150.00"),
    ("运行维护服务", "", "", "运行维护服务", "分散自行组织", "150.00"),
    ("会议费", "", "会议费", "", "", "150.00"),
    ("会议服务", "", "", "会议服务", "分散自行组织", "150.00"),
]


def findings_of(disclosure: Disclosure, rule_id: str) -> list[Finding]:
    return [f for f in run_checks(None, disclosure).findings if f.rule_id == rule_id]


def procurement_table(rows: list[tuple[str, ...]]) -> BudgetTable:
    """A 政府采购 table linked as a reader that nests by the first worded column would link it: each
    经济科目 row under the 专项 row above it."""
    table = BudgetTable(position=20, number="表20", title="政府采购预算表", kind=TableKind.PROCUREMENT)
    table.unit_of_measure = "万元"
    built: list[TableRow] = []
    for position, (label, *cells) in enumerate(rows, start=1):
        row = TableRow(position=position, label=label, is_total=label == "合计", line=500 + position)
        row.figures = [
            Figure(
                column_index=index,
                column=column,
                raw=raw,
                value=Decimal(raw) if AMOUNT.match(raw) else None,
            )
            for index, (column, raw) in enumerate(zip(PROCUREMENT_COLUMNS, cells, strict=True), start=1)
        ]
        built.append(row)
    heads: list[TableRow] = []
    for row in built:
        depth = next((i for i, c in enumerate(row.figures[:4]) if c.raw), -1)
        while heads and next((i for i, c in enumerate(heads[-1].figures[:4]) if c.raw), -1) >= depth:
            heads.pop()
        row.parent = heads[-1] if heads and not row.is_total else None
        heads.append(row)
    table.rows = built
    return table


def with_procurement(rows: list[tuple[str, ...]]) -> Disclosure:
    disclosure = consistent_disclosure()
    disclosure.tables.append(procurement_table(rows))
    return disclosure


def test_procurement_rows_sum_by_the_column_their_words_reach_not_by_the_first_named_level() -> None:
    found = findings_of(with_procurement(PROCUREMENT_ROWS), "T01")
    assert [f for f in found if "政府采购" in f.sources[0].table] == []


def test_a_broken_procurement_subtotal_is_still_found_against_its_own_items() -> None:
    rows: list[tuple[str, ...]] = [
        row if row[0] != "会议服务" else (*row[:-1], "140.00") for row in PROCUREMENT_ROWS
    ]
    found = [f for f in findings_of(with_procurement(rows), "T01") if "政府采购" in f.sources[0].table]
    assert [(f.sources[0].row, f.difference) for f in found] == [("会议费", Decimal("10.00"))]


def test_a_broken_catalogue_class_is_found_against_its_economic_rows() -> None:
    rows: list[tuple[str, ...]] = [
        row if row[0] != "三、服务C" else (*row[:-1], "310.00") for row in PROCUREMENT_ROWS
    ]
    rows = [row if row[0] != "合计" else (*row[:-1], "340.00") for row in rows]
    found = [f for f in findings_of(with_procurement(rows), "T01") if "政府采购" in f.sources[0].table]
    assert [(f.sources[0].row, f.difference) for f in found] == [("三、服务C", Decimal("10.00"))]


def test_columns_of_words_are_no_parts_of_the_total_column() -> None:
    found = findings_of(with_procurement(PROCUREMENT_ROWS), "T03")
    assert [f for f in found if "政府采购" in f.sources[0].table] == []


def test_a_total_column_is_still_checked_beside_a_column_of_words() -> None:
    disclosure = consistent_disclosure()
    table = table_of(disclosure, "支出总表")
    for row in table.rows:
        row.figures.append(Figure(column_index=9, column="备注", raw="按标准安排", value=None))
    cell = next(c for c in table.rows[0].figures if c.column == "2024年预算数/合计")
    cell.value = (cell.value or Decimal(0)) + 1
    cell.raw = str(cell.value)
    assert any(f.sources[0].table.startswith("表3") for f in findings_of(disclosure, "T03"))


def test_share_of_a_whole_named_after_zhan_is_taken_of_that_whole() -> None:
    disclosure = consistent_disclosure()
    share = next(f for f in disclosure.stated_figures if f.raw == "66.67%")
    share.sentence = share.sentence.replace("占66.67%", "占基本支出的200.00%")
    share.raw, share.value = "200.00%", Decimal("200.00")
    assert findings_of(disclosure, "S02") == []
    share.sentence = share.sentence.replace("200.00%", "66.67%")
    share.raw, share.value = "66.67%", Decimal("66.67")
    (found,) = findings_of(disclosure, "S02")
    assert "50.00万元" in found.message and "应为 200.00%" in found.message


def test_share_of_a_named_whole_nobody_states_is_taken_of_the_table_figure() -> None:
    disclosure = consistent_disclosure()
    share = next(f for f in disclosure.stated_figures if f.raw == "33.33%")
    disclosure.stated_figures = [f for f in disclosure.stated_figures if f.raw != "150.00万元"]
    share.sentence = share.sentence.replace("占33.33%", "占支出总计的33.33%")

    def about_basic_spending() -> list[Finding]:
        return [f for f in findings_of(disclosure, "S02") if "「基本支出」" in f.message]

    assert about_basic_spending() == []
    share.sentence = share.sentence.replace("支出总计", "项目支出")
    (found,) = about_basic_spending()
    assert "应为 50.00%" in found.message and found.sources[1].value == Decimal("100.00")


def two_spending_blocks(total: str) -> Disclosure:
    """A 收支总表 printing 支出 twice side by side, by 功能分类 and by 支出用途, its 支出合计 in the second."""
    columns = ["支出/功能分类/金额", "支出/支出用途/金额"]
    spending: list[tuple[str, ...]] = [
        ("", "一、一般公共服务支出", "100.00", ""),
        ("", "二、公共安全支出", "50.00", ""),
        ("", "一、基本支出", "", "90.00"),
        ("", "二、项目支出", "", "60.00"),
        ("", "支出合计", "", total),
    ]
    income: list[tuple[str, ...]] = [("", "一、财政拨款", "150.00")]
    table = side_by_side("收支总表", 30, "收支预算总表", income, spending, columns)
    for row in table.rows[1:]:
        block = columns[0] if row.label in ("一、一般公共服务支出", "二、公共安全支出") else columns[1]
        row.figures = [cell for cell in row.figures if cell.column == block]
    disclosure = consistent_disclosure()
    disclosure.tables.append(table)
    return disclosure


def test_a_total_of_one_side_by_side_block_is_not_summed_against_the_other() -> None:
    found = findings_of(two_spending_blocks("150.00"), "T02")
    assert [f for f in found if f.sources[0].table.startswith("表30")] == []


def test_a_broken_total_of_its_own_block_is_still_found() -> None:
    found = findings_of(two_spending_blocks("160.00"), "T02")
    assert [(f.sources[0].column, f.difference) for f in found if f.sources[0].table.startswith("表30")] == [
        ("支出/支出用途/金额", Decimal("10.00"))
    ]

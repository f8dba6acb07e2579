"""What each chart draws, read from a disclosure's tables: bars in 万元 and the tables they come from.

The audit's readings of the standard tables (knowledge.audit) are reused, so a chart and the audit read
a table the same way. Imported only when a chart is drawn (bot.services.charts names each kind's reader).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from knowledge.audit import leaf, plain, sorted_rows, tables_of, valued
from knowledge.audit.projects import project_lines
from knowledge.audit.rules_cross import THREE_PUBLIC_ITEMS, three_public_items, total_row
from knowledge.audit.rules_tables import TOP_NUMBER
from knowledge.errors import BudgetbotError
from knowledge.models import BudgetTable, Disclosure
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import FUNCTIONAL_KINDS, THREE_PUBLIC_KINDS, TableKind
from knowledge.text import without_spaces

TOP_PROJECTS = 10
WAN = Decimal(10_000)


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal  # 万元


@dataclass(frozen=True)
class ChartData:
    title: str
    bars: list[Bar]
    tables: list[BudgetTable]


def in_wan(value: Decimal, table: BudgetTable) -> Decimal:
    return value * AMOUNT_UNITS.get(table.unit_of_measure, WAN) / WAN


def income_data(disclosure: Disclosure) -> ChartData:
    """收入构成: the numbered income rows of the 收支总表, and the carry-over."""
    for table in tables_of(disclosure, TableKind.SUMMARY):
        bars = []
        for row in sorted_rows(table):
            label = plain(row.label)
            wanted = TOP_NUMBER.match(without_spaces(row.label)) or label.startswith("上年结转")
            if row.side == "支出" or not wanted or not valued(row) or row.parent is not None:
                continue
            bars.append(Bar(label, in_wan(valued(row)[0].value or Decimal(0), table)))
        if bars:
            return ChartData("收入构成", bars, [table])
    raise BudgetbotError("画不了收入构成：这份文档没有载入收支总表的收入栏")


def spending_data(disclosure: Disclosure) -> ChartData:
    """支出构成: the 类 rows (3-digit 功能分类 codes) of the 支出总表, else of 一般公共预算支出表."""
    for table in tables_of(disclosure, *FUNCTIONAL_KINDS):
        rows = [row for row in sorted_rows(table) if row.code and len(row.code) == 3 and valued(row)]
        if rows:
            bars = [Bar(row.label, in_wan(valued(row)[0].value or Decimal(0), table)) for row in rows]
            return ChartData("支出构成（按功能分类）", bars, [table])
    raise BudgetbotError("画不了支出构成：这份文档没有带功能分类科目的支出表")


def basic_project_data(disclosure: Disclosure) -> ChartData:
    """基本支出 against 项目支出, from the 合计 row of the 支出总表."""
    for table in tables_of(disclosure, *FUNCTIONAL_KINDS):
        row = total_row(table)
        if row is None:
            continue
        cells = {plain(leaf(cell.column)): cell.value for cell in valued(row)}
        bars = [
            Bar(name, in_wan(cells[name] or Decimal(0), table))
            for name in ("基本支出", "项目支出")
            if name in cells
        ]
        if bars:
            return ChartData("基本支出与项目支出", bars, [table])
    raise BudgetbotError("画不了基本/项目支出：支出总表没有基本支出、项目支出合计")


def three_public_data(disclosure: Disclosure) -> ChartData:
    """The four “三公” items; an item the table leaves empty is drawn as 0."""
    for table in tables_of(disclosure, *THREE_PUBLIC_KINDS):
        items = three_public_items(disclosure, table)
        if not table.no_data and not items and not table.rows:
            continue
        bars = [
            Bar(item, in_wan(items[item].value or Decimal(0), table) if item in items else Decimal(0))
            for item in THREE_PUBLIC_ITEMS
        ]
        return ChartData("“三公”经费", bars, [table])
    raise BudgetbotError("画不了三公经费：这份文档没有载入“三公”经费表")


def top_projects_data(disclosure: Disclosure) -> ChartData:
    """The largest projects of the 项目支出 tables; carried-over ones are marked."""
    _heads, lines = project_lines(disclosure)
    if not lines:
        raise BudgetbotError("画不了主要项目：这份文档没有载入项目支出表")
    ranked = sorted(lines, key=lambda line: -in_wan(line.cell.value or Decimal(0), line.table))[:TOP_PROJECTS]
    bars = [
        Bar(
            line.row.label + ("（上年结转）" if line.table.kind == TableKind.PROJECTS_CARRIED_OVER else ""),
            in_wan(line.cell.value or Decimal(0), line.table),
        )
        for line in ranked
    ]
    tables = list({id(line.table): line.table for line in ranked}.values())
    return ChartData(f"金额最大的{len(bars)}个项目", bars, tables)

"""Rules within one table: totals against their rows, total columns against their part columns."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal

from knowledge.audit import (
    Finding,
    NotRun,
    cell_source,
    leaf,
    plain,
    rule,
    sorted_rows,
    tables_of,
    total_findings,
    valued,
)
from knowledge.models import BudgetTable, Disclosure, Figure, TableRow
from knowledge.standard_tables import ECONOMIC_CLASSES, PROJECT_KINDS, THREE_PUBLIC_KINDS, TableKind
from knowledge.text import without_spaces

TOTAL_COLUMN = re.compile(r"(合计|小计|总计)$")
NOT_A_PART_COLUMN = re.compile(r"^其中|机关运行经费")
LABEL_COLUMN = re.compile(r"编码|名称|栏次|^项目$|^[类款项]$")
SUBSET_ROW = re.compile(r"^其中")
TOP_NUMBER = re.compile(r"^[一二三四五六七八九十]+、")
CIRCLED = re.compile(r"^[①-⑳]")
WORD = re.compile(r"[^\W\d_]")


def children_by_parent(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """Each row that has children, with them: by parent links, else by 科目编码 (类 3, 款 5, 项 7 digits)."""
    if any(row.parent is not None for row in rows):
        groups: dict[int, list[TableRow]] = defaultdict(list)
        for row in rows:
            if row.parent is not None:
                groups[id(row.parent)].append(row)
        return [(row, groups[id(row)]) for row in rows if groups.get(id(row))]
    coded = [row for row in rows if row.code]
    result = []
    for row in coded:
        assert row.code is not None
        children = [
            other
            for other in coded
            if other.code and other.code.startswith(row.code) and len(other.code) == len(row.code) + 2
        ]
        if children:
            result.append((row, children))
    return result


def is_total_row(row: TableRow) -> bool:
    return row.is_total or plain(row.label) in ("合计", "总计")


def grand_total_group(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """The 合计 row of a coded table against its top-level (类) rows, when no link already says so."""
    coded = [row for row in rows if row.code]
    totals = [row for row in rows if is_total_row(row) and not row.code and row.parent is None]
    if not coded or len(totals) != 1 or any(row.parent is totals[0] for row in rows):
        return []
    shortest = min(len(row.code or "") for row in coded)
    return [(totals[0], [row for row in coded if len(row.code or "") == shortest])]


def compare_group(
    disclosure: Disclosure, table: BudgetTable, total: TableRow, parts: list[TableRow], rule_id: str
) -> list[Finding]:
    """Compare a total row with the sum of its part rows, column by column.

    Only the columns the total row has a cell in: where a table prints two blocks side by side (功能分类
    and 支出用途 under 支出), a total spans the block it is printed in, not the other.
    """
    parts = [row for row in parts if not SUBSET_ROW.match(plain(row.label))]
    columns = [
        name
        for _index, name in sorted({(c.column_index, c.column) for r in [total, *parts] for c in valued(r)})
    ]
    findings: list[Finding] = []
    for column in columns:
        total_cell = next((c for c in total.figures if c.column == column), None)
        if total_cell is None and total.figures:
            continue
        total_value = total_cell.value if total_cell and total_cell.value is not None else Decimal(0)
        sources = []
        for row in parts:
            cell = next((c for c in row.figures if c.column == column), None)
            source = cell_source(disclosure, table, row, cell)
            sources.append(replace(source, column=column))
        total_source = replace(
            cell_source(disclosure, table, total, total_cell), column=column, value=total_value
        )
        what = f"{table.reference}「{total.label}」列「{column}」"
        summed = (
            f"{len(parts)}行之和（{parts[0].label}…{parts[-1].label}）" if len(parts) > 1 else parts[0].label
        )
        findings += total_findings(rule_id, "error", what, total_source, sources, summed)
    return merge_same_gap(findings)


def merge_same_gap(findings: list[Finding]) -> list[Finding]:
    """One finding for columns of one row that show the same gap between the same figures."""
    merged: dict[tuple[object, ...], Finding] = {}
    for finding in findings:
        total, summed = finding.sources
        key = (total.row, total.value, summed.value, finding.severity)
        if key not in merged:
            merged[key] = finding
            continue
        first = merged[key]
        columns = f"{first.sources[0].column}、{leaf(total.column)}"
        message = first.message.replace(f"列「{first.sources[0].column}」", f"列「{columns}」", 1)
        sources = (replace(first.sources[0], column=columns), replace(first.sources[1], column=columns))
        merged[key] = replace(first, message=message, sources=sources)
    return list(merged.values())


def column_order(rows: list[TableRow]) -> dict[str, int]:
    """The position of each column that prints words and no amounts."""
    words = text_columns(rows)
    return {c.column: c.column_index for row in rows for c in row.figures if c.column in words}


def worded_depth(row: TableRow, order: dict[str, int]) -> int:
    """How far right a row's words reach: -2 for a total, -1 for a label alone, else the column index."""
    if is_total_row(row):
        return -2
    return max((order[c.column] for c in row.figures if c.column in order and WORD.search(c.raw)), default=-1)


def worded_groups(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """Outline tables that name each level in its own column (政府采购: 品目大类 → 专项名称/经济科目 → 采购物品):
    a row sums the rows below it whose words reach further right, up to the next row reaching no further.

    A 专项 printed once over several 经济科目 rows is no level of its own: each of those rows sums its items,
    and a level printing no amount (a 专项 over its 经济科目) is passed over.
    """
    order = column_order(rows)
    depths = [worded_depth(row, order) for row in rows]
    groups = []
    for index, (row, depth) in enumerate(zip(rows, depths, strict=True)):
        below: list[tuple[TableRow, int]] = []
        for other, other_depth in zip(rows[index + 1 :], depths[index + 1 :], strict=True):
            if other_depth <= depth:
                break
            below.append((other, other_depth))
        counted = [other_depth for other, other_depth in below if valued(other)]
        if counted and valued(row):
            nearest = min(counted)
            groups.append((row, [other for other, other_depth in below if other_depth == nearest]))
    return groups


def outline_groups(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """Each total row with its parts: by the columns its levels are named in, where rows name them in
    different columns, else by links and codes."""
    order = column_order(rows)
    levels = {worded_depth(row, order) for row in rows if not is_total_row(row)}
    if order and len(levels) > 1 and not any(row.code for row in rows):
        return worded_groups(rows)
    return children_by_parent(rows) + grand_total_group(rows)


@rule("T01", "error", "科目层级：上级科目（类/款）及合计行等于其下级科目之和")
def subject_hierarchy_sums(disclosure: Disclosure) -> list[Finding]:
    findings: list[Finding] = []
    checked = 0
    for table in disclosure.tables:
        rows = sorted_rows(table)
        groups = outline_groups(rows)
        for total, parts in groups:
            checked += 1
            findings += compare_group(disclosure, table, total, parts, "T01")
    return findings if checked else _not_run("没有带科目层级的表")


def flat_groups(table: BudgetTable, unit_name: str) -> list[tuple[TableRow, list[TableRow]]]:
    """Totals and their rows in a table without codes or links, by the table's kind."""
    rows = sorted_rows(table)
    if table.kind in PROJECT_KINDS:
        return project_groups(rows, unit_name)
    if table.kind in (TableKind.SUMMARY, TableKind.FISCAL_SUMMARY):
        return [
            group
            for side in dict.fromkeys(r.side for r in rows)
            for group in numbered_groups([r for r in rows if r.side == side])
        ]
    if table.kind in THREE_PUBLIC_KINDS:
        return circled_groups(rows)
    if table.kind == TableKind.BASIC_ECONOMIC:
        return category_groups(rows)
    if table.kind == TableKind.RUNNING_COSTS:
        totals = [row for row in rows if is_total_row(row) or "合计" in row.label]
        rest = [row for row in rows if row not in totals]
        return [(totals[0], rest)] if len(totals) == 1 and rest else []
    return []


def project_groups(rows: list[TableRow], unit_name: str) -> list[tuple[TableRow, list[TableRow]]]:
    """Project tables: the unit (or 合计) rows above a run of projects are its totals."""

    def is_head(row: TableRow) -> bool:
        return is_total_row(row) or plain(row.label) == plain(unit_name) or "合计" in row.label

    groups: list[tuple[list[TableRow], list[TableRow]]] = []
    for row in rows:
        if is_head(row):
            if not groups or groups[-1][1]:
                groups.append(([], []))
            groups[-1][0].append(row)
        elif groups and valued(row):
            groups[-1][1].append(row)
    heads = [totals[-1] for totals, items in groups if items]
    result = [(totals[-1], items) for totals, items in groups if items]
    leaders = groups[0][0][:-1] if groups else []
    return result + [(leader, heads) for leader in leaders if heads]


def numbered_groups(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """收支总表: 本年…合计 = its 一、二、… rows; …总计 = 本年…合计 plus the unnumbered rows between.

    Without a 本年…合计 row (Shanghai layout), …总计 = the 一、二、… rows.
    """
    result = []
    numbered: list[TableRow] = []
    subtotal: TableRow | None = None
    between: list[TableRow] = []
    for row in rows:
        label = plain(row.label)
        if label.endswith("总计") and subtotal is not None:
            result.append((row, [subtotal, *between]))
            subtotal, between = None, []
        elif label.endswith("总计") and numbered:
            result.append((row, numbered))
            numbered = []
        elif label.endswith("合计"):
            if numbered:
                result.append((row, numbered))
            numbered, subtotal, between = [], row, []
        elif subtotal is not None and not TOP_NUMBER.match(without_spaces(row.label)) and valued(row):
            between.append(row)
        elif subtotal is None and TOP_NUMBER.match(without_spaces(row.label)):
            numbered.append(row)
    return result


def circled_groups(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """三公: ①② rows under the row before them; 合计 = the other rows."""
    result = []
    head: TableRow | None = None
    circled: list[TableRow] = []
    top: list[TableRow] = []
    total = next((row for row in rows if is_total_row(row)), None)
    for row in rows:
        if row is total:
            continue
        if CIRCLED.match(without_spaces(row.label)) and head is not None:
            circled.append(row)
            continue
        if head is not None and circled:
            result.append((head, circled))
        head, circled = row, []
        top.append(row)
    if head is not None and circled:
        result.append((head, circled))
    if total is not None and top:
        result.append((total, top))
    return result


def category_groups(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """经济科目表: each 类 (工资福利支出 …) over its items; a total row over the 类 rows of its block.

    A total printed first (合计) sums the 类 rows after it; one printed last (人员经费合计) the 类 rows
    since the previous total, as in side-by-side 决算 layouts.
    """
    result: list[tuple[TableRow, list[TableRow]]] = []
    heads: list[tuple[TableRow, list[TableRow]]] = []
    block: list[TableRow] = []
    pending: TableRow | None = None
    for row in rows:
        if is_total_row(row) or "合计" in row.label:
            if block:
                heads.append((row, block))
            else:
                pending = row
            block = []
        elif plain(row.label) in ECONOMIC_CLASSES:
            block.append(row)
            result.append((row, []))
        elif result:
            result[-1][1].append(row)
    if pending is not None and block:
        heads.append((pending, block))
    return [(head, items) for head, items in result if items] + heads


@rule(
    "T02",
    "error",
    "明细行：合计行等于其明细行之和（项目表、收支总表的编号行、三公、经济科目类、机关运行经费）",
)
def flat_table_sums(disclosure: Disclosure) -> list[Finding]:
    findings: list[Finding] = []
    checked = 0
    for table in disclosure.tables:
        rows = sorted_rows(table)
        covered = {id(total) for total, _parts in outline_groups(rows)}
        for total, parts in flat_groups(table, disclosure.unit_name):
            if id(total) in covered:
                continue
            checked += 1
            findings += compare_group(disclosure, table, total, parts, "T02")
    return findings if checked else _not_run("没有可按明细行核对的表")


def column_parts(columns: list[str]) -> list[tuple[str, list[str]]]:
    """Each total column (合计, 小计, 2024年合计) with the columns that should add up to it."""
    result = []
    columns = [c for c in columns if not any(LABEL_COLUMN.search(part) for part in c.split("/"))]
    for total in columns:
        path = total.split("/")
        if not TOTAL_COLUMN.search(path[-1]):
            continue
        prefix = path[:-1]
        parts = parts_under(prefix, [c for c in columns if c != total])
        if parts:
            result.append((total, parts))
    return result


def parts_under(prefix: list[str], columns: list[str]) -> list[str]:
    """Given a header prefix, return its direct parts: a leaf, a group's own 小计, or a group's leaves."""
    depth = len(prefix)
    under = [c for c in columns if c.split("/")[:depth] == prefix and len(c.split("/")) > depth]
    parts: list[str] = []
    for child in dict.fromkeys(c.split("/")[depth] for c in under):
        if NOT_A_PART_COLUMN.search(child):
            continue
        group = [c for c in under if c.split("/")[depth] == child]
        if group == ["/".join([*prefix, child])]:
            parts.append(group[0])
            continue
        own_total = [
            c for c in group if len(c.split("/")) == depth + 2 and TOTAL_COLUMN.search(c.split("/")[-1])
        ]
        parts += own_total[:1] or parts_under([*prefix, child], group)
    return parts


@rule("T03", "error", "分栏：合计栏等于各分栏之和（基本支出+项目支出；本年+上年结转；人员经费+公用经费）")
def column_sums(disclosure: Disclosure) -> list[Finding]:
    findings: list[Finding] = []
    checked = 0
    for table in disclosure.tables:
        rows = sorted_rows(table)
        for side in dict.fromkeys(row.side for row in rows):
            side_rows = [row for row in rows if row.side == side]
            columns = list(
                dict.fromkeys(c.column for row in side_rows for c in sorted(row.figures, key=_index))
            )
            words = text_columns(side_rows)
            for total_column, part_columns in column_parts([c for c in columns if c not in words]):
                checked += 1
                for row in side_rows:
                    findings += compare_columns(disclosure, table, row, total_column, part_columns)
    return findings if checked else _not_run("没有带合计栏的表")


def text_columns(rows: list[TableRow]) -> set[str]:
    """Columns that print words and never an amount (经济科目, 采购组织形式): no column to sum."""
    worded = {c.column for row in rows for c in row.figures if c.value is None and WORD.search(c.raw)}
    return worded - {c.column for row in rows for c in valued(row)}


def _index(cell: Figure) -> int:
    return cell.column_index


def compare_columns(
    disclosure: Disclosure, table: BudgetTable, row: TableRow, total_column: str, part_columns: list[str]
) -> list[Finding]:
    cells = {cell.column: cell for cell in row.figures}
    involved = [cells.get(name) for name in [total_column, *part_columns]]
    if all(cell is None or cell.value is None for cell in involved):
        return []
    total = cell_source(disclosure, table, row, cells.get(total_column))
    total = replace(total, column=total_column, value=total.value or Decimal(0))
    parts = []
    for name in part_columns:
        part = cell_source(disclosure, table, row, cells.get(name))
        parts.append(replace(part, column=name))
    summed = "、".join(name.split("/")[-1] for name in part_columns)
    what = f"{table.reference}「{row.label}」"
    found = total_findings("T03", "error", what, total, parts, row.label)
    return [replace(f, sources=(f.sources[0], replace(f.sources[1], column=summed))) for f in found]


def first_value(row: TableRow) -> Figure | None:
    cells = valued(row)
    return cells[0] if cells else None


@rule(
    "T04", "error", "收支平衡：收支总表和财政拨款收支总表中收入总计等于支出总计", needs=(TableKind.SUMMARY,)
)
def income_equals_expenditure(disclosure: Disclosure) -> list[Finding]:
    findings: list[Finding] = []
    for table in tables_of(disclosure, TableKind.SUMMARY, TableKind.FISCAL_SUMMARY):
        rows = sorted_rows(table)
        income = next((r for r in rows if plain(r.label).startswith("收入总计") and first_value(r)), None)
        spending = next((r for r in rows if plain(r.label).startswith("支出总计") and first_value(r)), None)
        if income is None or spending is None:
            continue
        left = cell_source(disclosure, table, income, first_value(income))
        right = cell_source(disclosure, table, spending, first_value(spending))
        assert left.value is not None and right.value is not None
        if left.value != right.value:
            message = f"{table.reference}：收入总计 {left.value} ≠ 支出总计 {right.value}，相差 {left.value - right.value}"
            findings.append(
                Finding("T04", "error", message, (left, right), left.value - right.value, left.unit)
            )
    return findings


def _not_run(reason: str) -> list[Finding]:
    raise NotRun(reason)

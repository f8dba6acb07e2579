"""Rules between tables: shared totals, 三公 and 机关运行经费 against the economic table, projects."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal

from knowledge.audit import (
    Finding,
    NotRun,
    Severity,
    Source,
    cell_source,
    decimal_places,
    graded,
    leaf,
    plain,
    rule,
    sorted_rows,
    tables_of,
    valued,
)
from knowledge.audit.projects import (
    amounts_agree,
    in_table_unit,
    pair_projects,
    project_lines,
    target_in_yuan,
    target_source,
)
from knowledge.audit.rules_tables import TOP_NUMBER, first_value, is_total_row
from knowledge.models import BudgetTable, Disclosure, Figure, TableRow
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import THREE_PUBLIC_KINDS, TableKind
from knowledge.text import without_spaces

THREE_PUBLIC_ITEMS = ("因公出国(境)费", "公务接待费", "公务用车购置费", "公务用车运行维护费")
VEHICLE_RUNNING = ("公务用车运行维护费", "公务用车运行费")


def total_row(table: BudgetTable) -> TableRow | None:
    return next((row for row in sorted_rows(table) if is_total_row(row) and valued(row)), None)


def column_cell(row: TableRow, wanted: str, under: str | None = None) -> Figure | None:
    """The row's cell whose header leaf is `wanted` (and whose path contains `under`, if given)."""
    for cell in sorted(row.figures, key=lambda c: c.column_index):
        if plain(leaf(cell.column)) == wanted and (under is None or under in cell.column):
            return cell
    return None


def side_row(table: BudgetTable, side: str, prefix: str) -> TableRow | None:
    """The first valued row on one side of a 收支总表 whose label starts with `prefix`."""
    rows = [row for row in sorted_rows(table) if row.side in (side, "")]
    return next((row for row in rows if plain(row.label).startswith(prefix) and first_value(row)), None)


def shared_totals(disclosure: Disclosure) -> dict[str, list[Source]]:
    """Each total that several standard tables print, with every place it is printed."""
    found: dict[str, list[Source]] = defaultdict(list)

    def add(concept: str, table: BudgetTable, row: TableRow | None, cell: Figure | None) -> None:
        if row is not None and cell is not None and cell.value is not None:
            found[concept].append(cell_source(disclosure, table, row, cell))

    for table in tables_of(disclosure, TableKind.SUMMARY, TableKind.FISCAL_SUMMARY):
        public = side_row(table, "收入", "一般公共预算")
        add("一般公共预算本年收入", table, public, first_value(public) if public else None)
        if table.kind == TableKind.SUMMARY:
            for concept in ("本年收入合计", "上年结转", "本年支出合计"):
                side = "支出" if "支出" in concept else "收入"
                row = side_row(table, side, concept)
                add(concept, table, row, first_value(row) if row else None)
    for table in tables_of(disclosure, TableKind.INCOME):
        row = total_row(table)
        if row is not None:
            add("本年收入合计", table, row, column_cell(row, "合计", under="本年收入"))
            add("上年结转", table, row, column_cell(row, "上年结转"))
            if column_cell(row, "上年结转") is not None:
                add("一般公共预算本年收入", table, row, column_cell(row, "一般公共预算"))
    for table in tables_of(disclosure, TableKind.SPENDING):
        row = total_row(table)
        add("本年支出合计", table, row, first_value(row) if row else None)
    for table in tables_of(disclosure, TableKind.GENERAL_SPENDING):
        row = total_row(table)
        if row is not None:
            add("一般公共预算基本支出", table, row, column_cell(row, "基本支出"))
            if disclosure.kind == "预算":
                add("一般公共预算本年收入", table, row, first_value(row))
    for table in tables_of(disclosure, TableKind.BASIC_ECONOMIC):
        total = economic_total(disclosure, table)
        if total is not None:
            found["一般公共预算基本支出"].append(total)
    return found


def economic_total(disclosure: Disclosure, table: BudgetTable) -> Source | None:
    """The economic table's grand total, or 人员经费合计 + 公用经费合计 where it prints only those."""
    rows = sorted_rows(table)
    grand = next((r for r in rows if plain(r.label) in ("合计", "总计") and first_value(r)), None)
    if grand is not None:
        return cell_source(disclosure, table, grand, first_value(grand))
    halves = [
        r for r in rows if is_total_row(r) and re.search("人员经费|公用经费", r.label) and first_value(r)
    ]
    if len(halves) != 2:
        return None
    cells = [first_value(r) for r in halves]
    value = sum((cell.value or Decimal(0) for cell in cells if cell is not None), Decimal(0))
    label = "＋".join(r.label for r in halves)
    return Source(disclosure.label, table.reference, label, value=value, unit=table.unit_of_measure)


def public_cost(disclosure: Disclosure, table: BudgetTable) -> Source | None:
    """公用经费 of the economic table: its 合计 row's column, or its 公用经费合计 row."""
    row = total_row(table)
    cell = column_cell(row, "公用经费") if row else None
    if row is not None and cell is not None and cell.value is not None:
        return cell_source(disclosure, table, row, cell)
    row = next(
        (r for r in sorted_rows(table) if is_total_row(r) and "公用经费" in r.label and first_value(r)), None
    )
    return cell_source(disclosure, table, row, first_value(row)) if row else None


def disagreements(rule_id: str, what: str, sources: list[Source]) -> list[Finding]:
    """Findings for every source whose value differs from the first one's."""
    first = sources[0]
    findings = []
    for other in sources[1:]:
        assert first.value is not None and other.value is not None
        if other.table == first.table or graded(first.value, other.value, 1, "error") is None:
            continue
        difference = first.value - other.value
        last_digit = Decimal(1) / Decimal(10) ** decimal_places(first.value, other.value)
        severity: Severity = "warning" if abs(difference) == last_digit else "error"
        note = "（差一个末位，可能是舍入口径不同）" if severity == "warning" else ""
        message = (
            f"{what}：{first.table} 为 {first.value}，{other.table} 为 {other.value}，相差 {difference}{note}"
        )
        findings.append(Finding(rule_id, severity, message, (first, other), difference, first.unit))
    return findings


@rule(
    "X01",
    "error",
    "表间总数一致：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、基本支出表共有的总数相等",
)
def shared_totals_agree(disclosure: Disclosure) -> list[Finding]:
    totals = {concept: sources for concept, sources in shared_totals(disclosure).items() if len(sources) > 1}
    if not totals:
        raise NotRun("没有两张以上的表同时列出的总数")
    return [
        finding for concept, sources in totals.items() for finding in disagreements("X01", concept, sources)
    ]


@rule(
    "X02",
    "error",
    "功能分类类级：收支总表支出栏各类与支出总表的类级科目相等",
    needs=(TableKind.SUMMARY, TableKind.SPENDING),
)
def class_rows_agree(disclosure: Disclosure) -> list[Finding]:
    summary = tables_of(disclosure, TableKind.SUMMARY)[0]
    spending = tables_of(disclosure, TableKind.SPENDING)[0]
    classes = {plain(row.label): row for row in sorted_rows(spending) if row.code and len(row.code) == 3}
    findings: list[Finding] = []
    for row in sorted_rows(summary):
        if row.side == "收入" or not TOP_NUMBER.match(without_spaces(row.label)) or first_value(row) is None:
            continue
        match = classes.get(plain(row.label))
        if match is None or first_value(match) is None:
            continue
        sources = [cell_source(disclosure, summary, row, first_value(row))]
        sources.append(cell_source(disclosure, spending, match, first_value(match)))
        findings += disagreements("X02", plain(row.label), sources)
    return findings


def three_public_item(names: list[str]) -> str | None:
    """Which 三公 item a row label or header path names (deepest part first), if any."""
    context = "".join(names)
    for name in reversed([plain(part).removeprefix("其中:") for part in names]):
        if name.startswith("因公出国"):
            return THREE_PUBLIC_ITEMS[0]
        if name.startswith("公务接待"):
            return THREE_PUBLIC_ITEMS[1]
        if name in ("公务用车购置费", "公务用车购置") or (name == "购置费" and "公务用车" in context):
            return THREE_PUBLIC_ITEMS[2]
        if name in VEHICLE_RUNNING or (name in ("运行费", "运行维护费") and "公务用车" in context):
            return THREE_PUBLIC_ITEMS[3]
    return None


def three_public_items(disclosure: Disclosure, table: BudgetTable) -> dict[str, Source]:
    """The 三公 items of a 三公 table, from its rows or, in a one-row layout, its columns.

    A 决算 table prints 预算数 and 决算数 for each item: the 决算数 is taken.
    """
    items: dict[str, Source] = {}
    for row in sorted_rows(table):
        item = three_public_item([row.label])
        if item is not None and first_value(row) is not None:
            items.setdefault(item, cell_source(disclosure, table, row, first_value(row)))
    if items:
        return items
    one_row = total_row(table) or next(iter(sorted_rows(table)), None)
    if one_row is None:
        return items
    cells = sorted(one_row.figures, key=lambda c: c.column_index)
    if disclosure.kind == "决算" and any("决算" in leaf(c.column) for c in cells):
        cells = [c for c in cells if "决算" in leaf(c.column)]
    for cell in cells:
        item = three_public_item(cell.column.split("/"))
        if item is not None and item not in items:
            source = cell_source(disclosure, table, one_row, cell)
            items[item] = replace(source, value=source.value or Decimal(0))
    return items


def in_yuan(source: Source) -> Decimal:
    assert source.value is not None
    return source.value * AMOUNT_UNITS.get(source.unit, Decimal(1))


def yuan_gap(left: Source, right: Source) -> Decimal:
    """left − right in 元, or 0 when rounding each to its printed digits explains the gap."""
    assert left.value is not None and right.value is not None
    half = max(
        AMOUNT_UNITS.get(unit, Decimal(1)) * Decimal(5) / Decimal(10) ** (decimal_places(value) + 1)
        for unit, value in ((left.unit, left.value), (right.unit, right.value))
    )
    gap = in_yuan(left) - in_yuan(right)
    if abs(gap) <= half:
        return Decimal(0)
    return gap.quantize(Decimal(1)) if gap == gap.to_integral() else gap


@rule(
    "X03",
    "error",
    "三公经费：基本支出经济科目表中的对应科目不超过“三公”经费表中的该项（三公还含项目支出）",
    needs=(TableKind.BASIC_ECONOMIC,),
)
def three_public_within_economic(disclosure: Disclosure) -> list[Finding]:
    tables = tables_of(disclosure, *THREE_PUBLIC_KINDS)
    items = three_public_items(disclosure, tables[0]) if tables else {}
    if not items:
        raise NotRun("缺少“三公”经费表，或读不出其中的分项")
    economic = tables_of(disclosure, TableKind.BASIC_ECONOMIC)[0]
    findings = []
    for row in sorted_rows(economic):
        item = three_public_item([row.label])
        public = items.get(item) if item is not None else None
        if public is None or first_value(row) is None:
            continue
        basic = cell_source(disclosure, economic, row, first_value(row))
        difference = yuan_gap(basic, public)
        if difference > 0:
            message = (
                f"{item}：基本支出中 {basic.value} {basic.unit}，超过“三公”经费表中的 {public.value} {public.unit}"
                f"（差 {difference} 元）"
            )
            findings.append(Finding("X03", "error", message, (basic, public), difference, "元"))
    return findings


def running_cost(disclosure: Disclosure) -> Source | None:
    for table in tables_of(disclosure, TableKind.RUNNING_COSTS):
        row = total_row(table) or next(
            (r for r in sorted_rows(table) if "合计" in r.label and valued(r)), None
        )
        if row is not None and first_value(row) is not None:
            return cell_source(disclosure, table, row, first_value(row))
    for table in tables_of(disclosure, TableKind.THREE_PUBLIC_AND_RUNNING):
        for row in sorted_rows(table):
            cell = next((c for c in valued(row) if "机关运行经费" in c.column), None)
            if cell is not None:
                return cell_source(disclosure, table, row, cell)
    return None


@rule("X04", "error", "机关运行经费不超过一般公共预算基本支出中的公用经费", needs=(TableKind.BASIC_ECONOMIC,))
def running_cost_within_public_cost(disclosure: Disclosure) -> list[Finding]:
    running = running_cost(disclosure)
    if running is None:
        raise NotRun("缺少机关运行经费表")
    public = public_cost(disclosure, tables_of(disclosure, TableKind.BASIC_ECONOMIC)[0])
    if public is None:
        raise NotRun("基本支出经济科目表没有公用经费合计")
    difference = yuan_gap(running, public)
    said = f"机关运行经费 {running.value} {running.unit}，公用经费 {public.value} {public.unit}"
    if difference > 0:
        message = f"{said}：机关运行经费超过公用经费 {difference} 元"
        return [Finding("X04", "error", message, (running, public), difference, "元")]
    if difference < 0:
        message = (
            f"{said}：机关运行经费少 {-difference} 元（行政单位两者通常相等，事业单位部分不计入机关运行经费）"
        )
        return [Finding("X04", "info", message, (running, public), difference, "元")]
    return []


@rule(
    "X05",
    "error",
    "项目支出：各项目支出表的合计之和等于支出总表的项目支出",
    needs=(TableKind.SPENDING, TableKind.PROJECTS),
)
def projects_add_up_to_project_spending(disclosure: Disclosure) -> list[Finding]:
    spending = tables_of(disclosure, TableKind.SPENDING)[0]
    row = total_row(spending)
    cell = column_cell(row, "项目支出") if row else None
    if row is None or cell is None or cell.value is None:
        raise NotRun("支出总表没有项目支出合计")
    heads, _lines = project_lines(disclosure)
    parts = [cell_source(disclosure, table, head, first_value(head)) for table, head in heads]
    if not parts:
        raise NotRun("项目支出表没有合计行")
    total = cell_source(disclosure, spending, row, cell)
    part_sum = sum((p.value or Decimal(0) for p in parts), Decimal(0))
    assert total.value is not None
    grade = graded(total.value, part_sum, len(parts), "error")
    if grade is None:
        return []
    summed = Source(
        disclosure.label,
        "、".join(p.table for p in parts),
        "各项目支出表合计之和",
        value=part_sum,
        unit=total.unit,
    )
    message = f"支出总表项目支出 {total.value}，项目支出表合计之和 {part_sum}，相差 {total.value - part_sum}"
    return [Finding("X05", grade, message, (total, summed), total.value - part_sum, total.unit)]


@rule(
    "X06",
    "error",
    "项目金额：项目支出表中每个项目的金额等于其绩效目标表的年度资金总额（元与万元换算）",
    needs=(TableKind.PROJECTS,),
)
def project_amounts_match_targets(disclosure: Disclosure) -> list[Finding]:
    if not disclosure.targets:
        raise NotRun("没有载入项目支出绩效目标表")
    pairs, _lines, _targets = pair_projects(disclosure)
    findings = []
    for pair in pairs:
        line, target = pair.line, pair.target
        annual = target_in_yuan(target, target.annual_amount)
        if annual is None or amounts_agree(line, target):
            continue
        assert line.cell.value is not None
        sources = [cell_source(disclosure, line.table, line.row, line.cell)]
        sources.append(target_source(disclosure, target, "年度资金总额", target.annual_amount))
        said = f"年度资金总额 {target.annual_amount} {target.unit_of_measure}（{in_table_unit(annual, line)} {line.table.unit_of_measure}）"
        total = target_in_yuan(target, target.total_amount)
        if total is not None and total != annual:
            sources.append(target_source(disclosure, target, "实施期资金总额", target.total_amount))
            said += f"，实施期资金总额 {target.total_amount} {target.unit_of_measure}"
        difference = line.cell.value - in_table_unit(annual, line)
        message = (
            f"项目「{line.row.label}」：{line.table.reference} 为 {line.cell.value} {line.table.unit_of_measure}，"
            f"绩效目标表{said}，相差 {difference} {line.table.unit_of_measure}"
        )
        findings.append(
            Finding("X06", "error", message, tuple(sources), difference, line.table.unit_of_measure)
        )
    return findings


@rule("X07", "warning", "绩效目标表：一年期项目的实施期资金总额等于年度资金总额")
def one_year_target_totals(disclosure: Disclosure) -> list[Finding]:
    one_year = [t for t in disclosure.targets if without_spaces(t.period) in ("1年", "一年")]
    if not one_year:
        raise NotRun("没有注明项目期为1年的绩效目标表")
    findings = []
    for target in sorted(one_year, key=lambda t: t.position):
        if (
            target.total_amount is None
            or target.annual_amount is None
            or target.total_amount == target.annual_amount
        ):
            continue
        difference = target.total_amount - target.annual_amount
        message = (
            f"项目「{target.project}」项目期1年，实施期资金总额 {target.total_amount} 元"
            f"与年度资金总额 {target.annual_amount} 元不同，相差 {difference} 元"
        )
        sources = (
            target_source(disclosure, target, "实施期资金总额", target.total_amount),
            target_source(disclosure, target, "年度资金总额", target.annual_amount),
        )
        findings.append(
            Finding("X07", "warning", message, sources, difference, target.unit_of_measure or "元")
        )
    return findings

"""Rules on names: one project or one 科目编码 printed under two different names."""

from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher

from knowledge.audit import Finding, NotRun, Source, cell_source, plain, rule, sorted_rows
from knowledge.audit.projects import pair_projects, target_source
from knowledge.models import BudgetTable, Disclosure, TableRow
from knowledge.standard_tables import TableKind


def name_difference(left: str, right: str) -> str:
    """The differing stretches of two names: 绥民 ↔ 恒民."""
    pieces = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, left, right).get_opcodes():
        if tag != "equal":
            pieces.append(f"“{left[i1:i2] or '（无）'}” ↔ “{right[j1:j2] or '（无）'}”")
    return "，".join(pieces)


@rule(
    "N01",
    "warning",
    "项目名称：同一项目在项目支出表和绩效目标表中的名称不一致（模糊匹配配对）",
    needs=(TableKind.PROJECTS,),
)
def project_names_agree(disclosure: Disclosure) -> list[Finding]:
    if not disclosure.targets:
        raise NotRun("没有载入项目支出绩效目标表")
    pairs, lines, targets = pair_projects(disclosure)
    findings = []
    for pair in pairs:
        table_name, target_name = pair.line.row.label, pair.target.project
        if plain(table_name) == plain(target_name):
            continue
        message = (
            f"同一项目名称不一致：{pair.line.table.number or pair.line.table.reference}为「{table_name}」，"
            f"绩效目标表为「{target_name}」（{name_difference(plain(table_name), plain(target_name))}）"
        )
        sources = (
            cell_source(disclosure, pair.line.table, pair.line.row, pair.line.cell),
            target_source(disclosure, pair.target, "年度资金总额", pair.target.annual_amount),
        )
        findings.append(Finding("N01", "warning", message, sources))
    for line in lines:
        message = f"项目「{line.row.label}」找不到对应的绩效目标表"
        findings.append(
            Finding("N01", "info", message, (cell_source(disclosure, line.table, line.row, line.cell),))
        )
    for target in targets:
        message = f"绩效目标表「{target.project}」在项目支出表中找不到对应的项目"
        findings.append(
            Finding("N01", "info", message, (target_source(disclosure, target, "项目名称", None),))
        )
    return findings


@rule("N02", "warning", "科目名称：同一科目编码在不同表中的名称不一致")
def subject_names_agree(disclosure: Disclosure) -> list[Finding]:
    named: dict[str, list[tuple[BudgetTable, TableRow]]] = defaultdict(list)
    for table in sorted(disclosure.tables, key=lambda t: t.position):
        for row in sorted_rows(table):
            if row.code:
                named[row.code].append((table, row))
    if not named:
        raise NotRun("没有带科目编码的表")
    findings = []
    for code, places in named.items():
        first_table, first_row = places[0]
        for table, row in places[1:]:
            if plain(row.label) == plain(first_row.label):
                continue
            message = (
                f"科目 {code} 名称不一致：{first_table.reference}为「{first_row.label}」，"
                f"{table.reference}为「{row.label}」"
            )
            sources = (row_source(disclosure, first_table, first_row), row_source(disclosure, table, row))
            findings.append(Finding("N02", "warning", message, sources))
            break
    return findings


def row_source(disclosure: Disclosure, table: BudgetTable, row: TableRow) -> Source:
    return cell_source(disclosure, table, row, None)

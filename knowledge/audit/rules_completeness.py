"""Rules on completeness: the standard tables a 预算/决算公开 must contain, and their numbering."""

from __future__ import annotations

from knowledge.audit import Finding, NotRun, Source, rule
from knowledge.models import Disclosure
from knowledge.standard_tables import EXPECTED_TABLES, TableKind

# The tables every 部门/单位 预算 and 决算公开 publishes (财政部 templates), each with the standard kinds
# (knowledge.standard_tables) that can stand for it; a table declared 本表无数据 counts as present.


@rule("C01", "warning", "完整性：预算/决算公开应有的标准表都在（或注明本表无数据）")
def standard_tables_present(disclosure: Disclosure) -> list[Finding]:
    if not disclosure.tables:
        raise NotRun("文档没有表格")
    kinds = {table.kind for table in disclosure.tables}
    findings = []
    for name, alternatives in EXPECTED_TABLES:
        if kinds.isdisjoint(alternatives):
            message = f"{disclosure.kind}公开缺少{name}（也没有注明本表无数据）"
            findings.append(Finding("C01", "warning", message, (Source(disclosure.label),)))
    return findings


@rule("C02", "warning", "目录与表格：表号连续、不重复，目录编了号时每张表都有表号")
def table_numbers_complete(disclosure: Disclosure) -> list[Finding]:
    numbered = [table for table in disclosure.tables if table.number_value is not None]
    if not numbered:
        raise NotRun("表格都没有编号（目录未列出表号）")
    findings = []
    values = sorted(table.number_value for table in numbered if table.number_value is not None)
    for missing in sorted(set(range(1, values[-1] + 1)) - set(values)):
        message = f"表号不连续：没有找到第{missing}张表（目录或表号跳过了它）"
        findings.append(Finding("C02", "warning", message, (Source(disclosure.label),)))
    for value in sorted({v for v in values if values.count(v) > 1}):
        tables = [t for t in numbered if t.number_value == value]
        message = f"表号重复：{'、'.join(t.reference for t in tables)}"
        sources = tuple(Source(disclosure.label, t.reference, line=t.line, page=t.page) for t in tables)
        findings.append(Finding("C02", "warning", message, sources))
    for table in disclosure.tables:
        if table.number_value is None and table.kind != TableKind.OTHER:
            message = f"{table.reference}没有表号，目录中可能没有列出"
            findings.append(
                Finding(
                    "C02",
                    "info",
                    message,
                    (Source(disclosure.label, table.reference, line=table.line, page=table.page),),
                )
            )
    return findings

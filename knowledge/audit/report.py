"""An audit report as readable text grouped by severity, and as JSON."""

from __future__ import annotations

from collections import Counter
from typing import Any

from knowledge.audit import SEVERITIES, SEVERITY_NAMES, AuditReport, Finding, Source

SHOWN_PER_GROUP = 3
"""Findings of one rule in one table listed in full in the text report; the JSON report has them all."""


def findings_summary(report: AuditReport) -> str:
    """错误 2 项，警告 16 项，提示 0 项: how many findings of each severity."""
    return "，".join(
        f"{SEVERITY_NAMES[s]} {sum(f.severity == s for f in report.findings)} 项" for s in SEVERITIES
    )


def report_lines(report: AuditReport) -> list[str]:
    """The report in Chinese: a summary, the findings by severity with their sources, then the rules."""
    lines = [f"勾稽检查：{report.document}", f"发现：{findings_summary(report)}", report.tolerance]
    for severity in SEVERITIES:
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        lines += ["", f"【{SEVERITY_NAMES[severity]}】{len(found)} 项"]
        lines += severity_lines(found)
    if report.passed:
        lines += ["", "通过的规则：" + "、".join(f"{rule.id} {rule.description}" for rule in report.passed)]
    if report.not_run:
        lines += ["", "未运行的规则（不算通过）："]
        lines += [f"   {rule.id} {rule.description}：{reason}" for rule, reason in report.not_run]
    return lines


def severity_lines(found: list[Finding]) -> list[str]:
    """The findings of one severity, each with its sources; past SHOWN_PER_GROUP findings of one rule in
    one table (a misread column gives one per row), the rest are counted, not listed, so the other
    rules' findings are not buried."""
    groups = Counter(group_of(finding) for finding in found)
    shown: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    number = 0
    for finding in found:
        group = group_of(finding)
        shown[group] += 1
        if shown[group] > SHOWN_PER_GROUP:
            continue
        number += 1
        lines.append(f"{number}. [{finding.rule_id}] {finding.message}")
        lines += [f"   · {source.describe()}" for source in finding.sources]
        if shown[group] == SHOWN_PER_GROUP and groups[group] > SHOWN_PER_GROUP:
            rule_id, table = group
            lines.append(
                f"   …… [{rule_id}] {table}还有 {groups[group] - SHOWN_PER_GROUP} 项同类发现，"
                "这里不逐条列出（JSON 报告里有全部）"
            )
    return lines


def group_of(finding: Finding) -> tuple[str, str]:
    """A finding's rule and the table its first source is in."""
    return finding.rule_id, finding.sources[0].table if finding.sources else ""


def source_json(source: Source) -> dict[str, Any]:
    return {
        "document": source.document,
        "table": source.table,
        "row": source.row,
        "column": source.column,
        "sentence": source.sentence,
        "value": None if source.value is None else str(source.value),
        "unit": source.unit,
        "line": source.line,
        "page": source.page,
        "file": source.file,
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule_id,
        "severity": finding.severity,
        "message": finding.message,
        "sources": [source_json(source) for source in finding.sources],
        "difference": None if finding.difference is None else str(finding.difference),
        "unit": finding.unit,
    }


def report_json(report: AuditReport) -> dict[str, Any]:
    """Amounts as strings, so exact decimals survive the trip."""
    return {
        "document": report.document,
        "tolerance": report.tolerance,
        "has_errors": report.has_errors,
        "findings": [finding_json(finding) for finding in report.findings],
        "passed": [rule.id for rule in report.passed],
        "not_run": [{"rule": rule.id, "reason": reason} for rule, reason in report.not_run],
    }

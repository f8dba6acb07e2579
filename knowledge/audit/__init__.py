"""The consistency audit (勾稽检查): rules registered by id, run over one disclosure, findings with sources.

A rule is a small function decorated with `@rule(id, severity, description, needs=…)`; it receives the
disclosure and returns findings. A rule whose tables are missing, or that raises `NotRun`, is reported
as not run, never as passed. Figures are compared with a rounding tolerance the report states.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from sqlalchemy.orm import selectinload
from sqlmodel import Session, select

from knowledge.models import BudgetTable, Disclosure, Figure, Passage, PerformanceTarget, TableRow
from knowledge.places import describe_place
from knowledge.standard_tables import TableKind
from knowledge.text import ORDINAL_PREFIX

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_NAMES: dict[Severity, str] = {"error": "错误", "warning": "警告", "info": "提示"}

TOLERANCE_NOTE = (
    "舍入容差：表中每个数按末位四舍五入，n 项（n≥2，空格不计）相加与合计比较时允许 (n+1)×半个末位"
    "（两位小数即 (n+1)×0.005）；"
    "元折合万元比较时允许半个末位（0.005 万元）；百分比按所列位数允许半个末位。"
    "差额在容差内记为“警告（舍入差异）”，超出容差按规则的级别记录。"
)


class NotRun(Exception):
    """Raised by a rule that finds it cannot check this document (e.g. the narrative states nothing)."""


@dataclass(frozen=True)
class Source:
    """One side of a finding: a table cell, a computed sum, a narrative sentence or a target table."""

    document: str
    table: str = ""
    row: str = ""
    column: str = ""
    sentence: str = ""
    value: Decimal | None = None
    unit: str = ""
    line: int | None = None
    page: int | None = None
    file: str = ""
    """The file the figure was read from, when the document was published as several."""

    def describe(self) -> str:
        """One line of Chinese: 文档 · 表十二《…》 · 行「…」 · 列「…」 · 第N行 = 887.80 万元."""
        text = describe_place(
            self.document,
            where=self.table,
            row=self.row,
            column=self.column,
            quote=self.sentence,
            page=self.page,
            line=self.line,
            file=self.file,
        )
        return f"{text} = {self.value} {self.unit}".rstrip() if self.value is not None else text


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    message: str
    sources: tuple[Source, ...]
    difference: Decimal | None = None
    unit: str = ""


RuleFunction = Callable[[Disclosure], list[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    description: str
    needs: tuple[str, ...]
    check: RuleFunction


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, description: str, needs: tuple[TableKind, ...] = ()
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule under its id; `needs` lists the standard table kinds it cannot run without."""

    def register(check: RuleFunction) -> RuleFunction:
        if rule_id in RULES:
            raise ValueError(f"audit rule {rule_id} is registered twice")
        RULES[rule_id] = Rule(rule_id, severity, description, needs, check)
        return check

    return register


@dataclass
class AuditReport:
    document: str
    findings: list[Finding] = field(default_factory=list)
    passed: list[Rule] = field(default_factory=list)
    not_run: list[tuple[Rule, str]] = field(default_factory=list)
    tolerance: str = TOLERANCE_NOTE

    @property
    def has_errors(self) -> bool:
        return any(finding.severity == "error" for finding in self.findings)


def run_checks(session: Session | None, disclosure: Disclosure) -> AuditReport:
    """Run every registered rule on one document and report findings, passes and rules not run.

    With a session, the document is re-read from the database with all its records; without one, the
    (possibly unsaved) object graph is checked as it is.
    """
    from knowledge.audit import (  # noqa: F401  (importing registers the rules)
        rules_completeness,
        rules_cross,
        rules_names,
        rules_tables,
        rules_text,
    )

    if session is not None:
        disclosure = load_for_audit(session, disclosure)
    report = AuditReport(disclosure.label)
    kinds = {table.kind for table in disclosure.tables}
    for registered in sorted(RULES.values(), key=lambda item: item.id):
        missing = [kind for kind in registered.needs if kind not in kinds]
        if missing:
            report.not_run.append((registered, f"缺少{'、'.join(missing)}"))
            continue
        try:
            findings = registered.check(disclosure)
        except NotRun as reason:
            report.not_run.append((registered, str(reason)))
            continue
        if findings:
            report.findings.extend(findings)
        else:
            report.passed.append(registered)
    return report


def load_for_audit(session: Session, disclosure: Disclosure) -> Disclosure:
    """Read a stored disclosure with its tables, rows, figures, passages and targets in a few queries."""
    statement = (
        select(Disclosure)
        .where(Disclosure.id == disclosure.id)
        .options(
            selectinload(Disclosure.files),  # type: ignore[arg-type]
            selectinload(Disclosure.tables).selectinload(BudgetTable.rows).selectinload(TableRow.figures),  # type: ignore[arg-type]
            selectinload(Disclosure.passages),  # type: ignore[arg-type]
            selectinload(Disclosure.stated_figures),  # type: ignore[arg-type]
            selectinload(Disclosure.targets).selectinload(PerformanceTarget.indicators),  # type: ignore[arg-type]
        )
    )
    return session.exec(statement).one()


def tables_of(disclosure: Disclosure, *kinds: TableKind) -> list[BudgetTable]:
    """The document's tables of the given standard kinds, in document order, empty ones included."""
    return sorted((t for t in disclosure.tables if t.kind in kinds), key=lambda t: t.position)


def sorted_rows(table: BudgetTable) -> list[TableRow]:
    return sorted(table.rows, key=lambda row: row.position)


def valued(row: TableRow) -> list[Figure]:
    """The row's cells that hold a number, left to right."""
    return sorted((cell for cell in row.figures if cell.value is not None), key=lambda c: c.column_index)


def leaf(column: str) -> str:
    """The last part of a header path: 2024年预算数/基本支出 → 基本支出."""
    return column.split("/")[-1].strip()


NOISE = re.compile(r"[\s“”\"'‘’]")


def plain(label: str) -> str:
    """A label without numbering, spaces or quotes, with half-width brackets, for comparing names."""
    text = NOISE.sub("", label)
    text = ORDINAL_PREFIX.sub("", text, count=1)
    return text.replace("（", "(").replace("）", ")").replace("【", "[").replace("】", "]")


def file_name(disclosure: Disclosure, record: BudgetTable | Passage | PerformanceTarget | None) -> str:
    """The name of the file a record was read from, when the document was published as several."""
    if record is None or record.file is None or len(disclosure.files) < 2:
        return ""
    return record.file.name


def cell_source(disclosure: Disclosure, table: BudgetTable, row: TableRow, cell: Figure | None) -> Source:
    label = f"{row.code} {row.label}" if row.code else row.label
    return Source(
        document=disclosure.label,
        table=table.reference,
        row=label,
        column=cell.column if cell else "",
        value=cell.value if cell else None,
        unit=table.unit_of_measure,
        line=row.line or table.line,
        page=row.page or table.page,
        file=file_name(disclosure, table),
    )


def decimal_places(*values: Decimal) -> int:
    """The most decimal places any of the values is printed with (887.80 → 2)."""
    return max((max(0, -int(value.as_tuple().exponent)) for value in values), default=0)


def rounding_tolerance(terms: int, *values: Decimal) -> Decimal:
    """(terms + 1) half-units of the last printed digit: what rounding each figure can explain.

    One printed term and its total are the same number rounded the same way: no tolerance.
    """
    if terms <= 1:
        return Decimal(0)
    half_unit = Decimal(5) / Decimal(10) ** (decimal_places(*values) + 1)
    return half_unit * (terms + 1)


def graded(expected: Decimal, actual: Decimal, terms: int, severity: Severity) -> Severity | None:
    """None when equal; a warning when rounding explains the gap; else the rule's severity."""
    difference = abs(expected - actual)
    if difference == 0:
        return None
    if difference <= rounding_tolerance(terms, expected, actual):
        return "info" if severity == "info" else "warning"
    return severity


def total_findings(
    rule_id: str,
    severity: Severity,
    what: str,
    total: Source,
    parts: Iterable[Source],
    summed_label: str,
) -> list[Finding]:
    """A finding when the total differs from the sum of its parts (or nothing when they agree)."""
    parts = list(parts)
    if total.value is None or not parts:
        return []
    part_sum = sum((part.value or Decimal(0) for part in parts), Decimal(0))
    grade = graded(total.value, part_sum, sum(part.value is not None for part in parts), severity)
    if grade is None:
        return []
    computed = Source(
        document=total.document,
        table=parts[0].table,
        row=summed_label,
        column=parts[0].column if all(p.column == parts[0].column for p in parts) else "",
        value=part_sum,
        unit=total.unit,
        line=parts[0].line,
        page=parts[0].page,
        file=parts[0].file,
    )
    rounding = "（舍入差异）" if grade == "warning" else ""
    message = f"{what}：合计 {total.value}，各项之和 {part_sum}，相差 {total.value - part_sum}{rounding}"
    return [Finding(rule_id, grade, message, (total, computed), total.value - part_sum, total.unit)]

"""Project rows of the 项目支出 tables and the 绩效目标表 they belong to, matched by name and amount."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz

from knowledge.audit import Source, file_name, plain, sorted_rows, tables_of
from knowledge.audit.rules_tables import first_value, is_total_row
from knowledge.models import BudgetTable, Disclosure, Figure, PerformanceTarget, TableRow
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import PROJECT_KINDS

MATCH_THRESHOLD = 75
AMOUNT_BONUS = 15


@dataclass(frozen=True)
class ProjectLine:
    """A project row of a 项目支出 table with its amount (the first figure, 合计)."""

    table: BudgetTable
    row: TableRow
    cell: Figure

    @property
    def in_yuan(self) -> Decimal:
        assert self.cell.value is not None
        return self.cell.value * AMOUNT_UNITS.get(self.table.unit_of_measure, Decimal(1))


def project_lines(disclosure: Disclosure) -> tuple[list[tuple[BudgetTable, TableRow]], list[ProjectLine]]:
    """The first head (合计 or unit) row of each project table, and every project row."""
    heads: dict[int, tuple[BudgetTable, TableRow]] = {}
    lines: list[ProjectLine] = []
    unit = plain(disclosure.unit_name)
    for table in tables_of(disclosure, *PROJECT_KINDS):
        for row in sorted_rows(table):
            cell = first_value(row)
            if cell is None:
                continue
            if is_total_row(row) or plain(row.label) == unit or "合计" in row.label:
                heads.setdefault(id(table), (table, row))
            else:
                lines.append(ProjectLine(table, row, cell))
    return list(heads.values()), lines


@dataclass(frozen=True)
class ProjectPair:
    line: ProjectLine
    target: PerformanceTarget
    score: float


def target_in_yuan(target: PerformanceTarget, amount: Decimal | None) -> Decimal | None:
    if amount is None:
        return None
    return amount * AMOUNT_UNITS.get(target.unit_of_measure or "元", Decimal(1))


def amounts_agree(line: ProjectLine, target: PerformanceTarget) -> bool:
    """The table's figure is the target's 年度资金总额 rounded to the table's last digit."""
    annual = target_in_yuan(target, target.annual_amount)
    if annual is None or line.cell.value is None:
        return False
    factor = AMOUNT_UNITS.get(line.table.unit_of_measure, Decimal(1))
    half_unit = Decimal(5) / Decimal(10) ** (max(0, -int(line.cell.value.as_tuple().exponent)) + 1)
    return abs(line.cell.value - annual / factor) <= half_unit


def pair_projects(
    disclosure: Disclosure,
) -> tuple[list[ProjectPair], list[ProjectLine], list[PerformanceTarget]]:
    """Match project rows to 绩效目标表 by name (exact, then fuzzy with the amount as a hint)."""
    _heads, lines = project_lines(disclosure)
    targets = sorted(disclosure.targets, key=lambda t: t.position)
    pairs: list[ProjectPair] = []
    for target in targets:
        line = next((ln for ln in lines if plain(ln.row.label) == plain(target.project)), None)
        if line is not None and all(p.line is not line for p in pairs):
            pairs.append(ProjectPair(line, target, 100.0))
    free_lines = [ln for ln in lines if all(p.line is not ln for p in pairs)]
    free_targets = [t for t in targets if all(p.target is not t for p in pairs)]
    candidates = []
    for line in free_lines:
        for target in free_targets:
            score = fuzz.ratio(plain(line.row.label), plain(target.project))
            score += AMOUNT_BONUS if amounts_agree(line, target) else 0
            if score >= MATCH_THRESHOLD:
                candidates.append(ProjectPair(line, target, score))
    for candidate in sorted(candidates, key=lambda p: -p.score):
        if all(p.line is not candidate.line and p.target is not candidate.target for p in pairs):
            pairs.append(candidate)
    unpaired_lines = [ln for ln in lines if all(p.line is not ln for p in pairs)]
    unpaired_targets = [t for t in targets if all(p.target is not t for p in pairs)]
    return pairs, unpaired_lines, unpaired_targets


def target_source(
    disclosure: Disclosure, target: PerformanceTarget, field: str, amount: Decimal | None
) -> Source:
    return Source(
        document=disclosure.label,
        table=f"项目支出绩效目标表《{target.project}》",
        row=field,
        value=amount,
        unit=target.unit_of_measure or "元",
        line=target.line,
        page=target.page,
        file=file_name(disclosure, target),
    )


def in_table_unit(amount: Decimal, line: ProjectLine) -> Decimal:
    return (amount / AMOUNT_UNITS.get(line.table.unit_of_measure, Decimal(1))).normalize()

"""Storing a loaded document: one transaction, idempotent, replacing an older version atomically."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, delete, func
from sqlmodel import Session, col, select

from knowledge.models import (
    BudgetTable,
    Disclosure,
    Figure,
    GlossaryTerm,
    Passage,
    PerformanceIndicator,
    PerformanceTarget,
    StatedFigure,
    TableRow,
)

Outcome = Literal["loaded", "unchanged", "replaced"]
OUTCOME_TEXT: dict[Outcome, str] = {
    "loaded": "已载入",
    "unchanged": "未变化（已载入过）",
    "replaced": "已载入，替换了旧版本",
}


@dataclass(frozen=True)
class Counts:
    tables: int
    rows: int
    figures: int
    passages: int
    terms: int
    targets: int


@dataclass(frozen=True)
class StoreResult:
    outcome: Outcome
    label: str
    counts: Counts


def count_records(disclosure: Disclosure) -> Counts:
    """Count what a (possibly unsaved) disclosure holds, for the load summary."""
    rows = [row for table in disclosure.tables for row in table.rows]
    return Counts(
        tables=len(disclosure.tables),
        rows=len(rows),
        figures=sum(1 for row in rows for cell in row.figures if cell.value is not None),
        passages=len(disclosure.passages),
        terms=len(disclosure.terms),
        targets=len(disclosure.targets),
    )


def delete_disclosure(session: Session, disclosure_id: int) -> None:
    """Remove a disclosure and everything under it, children first (works without FK cascades)."""
    table_ids = select(BudgetTable.id).where(BudgetTable.disclosure_id == disclosure_id)
    row_ids = select(TableRow.id).where(col(TableRow.table_id).in_(table_ids))
    target_ids = select(PerformanceTarget.id).where(PerformanceTarget.disclosure_id == disclosure_id)
    session.execute(delete(Figure).where(col(Figure.row_id).in_(row_ids)))
    session.execute(delete(TableRow).where(col(TableRow.table_id).in_(table_ids)))
    session.execute(delete(BudgetTable).where(col(BudgetTable.disclosure_id) == disclosure_id))
    session.execute(delete(PerformanceIndicator).where(col(PerformanceIndicator.target_id).in_(target_ids)))
    for model in (PerformanceTarget, StatedFigure, Passage, GlossaryTerm):
        session.execute(delete(model).where(col(model.disclosure_id) == disclosure_id))
    session.execute(delete(Disclosure).where(col(Disclosure.id) == disclosure_id))


def store_disclosure(engine: Engine, new: Disclosure) -> StoreResult:
    """Store one document in one transaction: unchanged content is a no-op, a new version replaces."""
    counts = count_records(new)
    label = new.label
    with Session(engine) as session, session.begin():
        same_content = session.exec(
            select(Disclosure.id).where(Disclosure.content_hash == new.content_hash)
        ).first()
        if same_content is not None:
            return StoreResult("unchanged", label, counts)
        older = session.exec(
            select(Disclosure.id).where(
                Disclosure.unit_name == new.unit_name,
                Disclosure.year == new.year,
                Disclosure.kind == new.kind,
            )
        ).first()
        if older is not None:
            delete_disclosure(session, older)
        session.add(new)
    return StoreResult("replaced" if older is not None else "loaded", label, counts)


def disclosure_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Disclosure)).one()

"""The reads the answer index needs: the list of documents, and one document with all its records.

Channels never run SQL; the composer's index calls these once per document and keeps the result.
"""

from __future__ import annotations

from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from knowledge.models import BudgetTable, Disclosure, PerformanceTarget, StatedFigure, TableRow


def disclosure_heads(session: Session) -> list[Disclosure]:
    """Every loaded document without its records, oldest year first, so listing a thousand is cheap."""
    statement = select(Disclosure).order_by(
        col(Disclosure.year), col(Disclosure.unit_name), col(Disclosure.kind)
    )
    return list(session.exec(statement))


def disclosure_with_records(session: Session, disclosure_id: int) -> Disclosure | None:
    """One document with its tables, rows, figures, passages, stated figures, targets and terms loaded."""
    statement = (
        select(Disclosure)
        .where(Disclosure.id == disclosure_id)
        .options(
            selectinload(Disclosure.tables)  # type: ignore[arg-type]
            .selectinload(BudgetTable.rows)  # type: ignore[arg-type]
            .selectinload(TableRow.figures),  # type: ignore[arg-type]
            selectinload(Disclosure.passages),  # type: ignore[arg-type]
            selectinload(Disclosure.stated_figures).selectinload(StatedFigure.passage),  # type: ignore[arg-type]
            selectinload(Disclosure.targets).selectinload(PerformanceTarget.indicators),  # type: ignore[arg-type]
            selectinload(Disclosure.terms),  # type: ignore[arg-type]
        )
    )
    return session.exec(statement).first()

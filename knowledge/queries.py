"""The reads the answer index needs: the list of documents, and one document's records as plain rows.

Channels never run SQL; the composer's index calls these once per document and keeps the result.
A document's records are read as column tuples, not ORM objects: a few thousand rows in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Row, Table
from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from knowledge.models import (
    BudgetTable,
    Disclosure,
    Figure,
    GlossaryTerm,
    Passage,
    PerformanceIndicator,
    PerformanceTarget,
    SourceFile,
    StatedFigure,
    TableRow,
)


def disclosure_heads(session: Session) -> list[Disclosure]:
    """Every loaded document (its current version) without its records, oldest year first, so listing
    a thousand is cheap."""
    statement = (
        select(Disclosure)
        .where(col(Disclosure.is_current))
        .order_by(
            col(Disclosure.year), col(Disclosure.unit_name), col(Disclosure.kind), col(Disclosure.scope)
        )
    )
    return list(session.exec(statement))


@dataclass(frozen=True)
class DisclosureRecords:
    """One document's records, each list in document order; rows are read by column name."""

    tables: list[Row[Any]]
    rows: list[Row[Any]]
    figures: list[Row[Any]]
    passages: list[Row[Any]]
    stated: list[Row[Any]]
    targets: list[Row[Any]]
    indicators: list[Row[Any]]
    terms: list[Row[Any]]
    files: list[Row[Any]]


def table_of(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def disclosure_records(session: Session, disclosure_id: int) -> DisclosureRecords:
    """Every record of one document, as plain rows (tables, rows, figures, narrative, targets, terms)."""
    tables, rows, figures = table_of(BudgetTable), table_of(TableRow), table_of(Figure)
    passages, stated, terms = table_of(Passage), table_of(StatedFigure), table_of(GlossaryTerm)
    files = table_of(SourceFile)
    targets, indicators = table_of(PerformanceTarget), table_of(PerformanceIndicator)
    table_ids = select_rows(tables.c.id).where(tables.c.disclosure_id == disclosure_id)
    row_ids = select_rows(rows.c.id).where(rows.c.table_id.in_(table_ids))
    target_ids = select_rows(targets.c.id).where(targets.c.disclosure_id == disclosure_id)

    def read(statement: Any) -> list[Row[Any]]:
        return list(session.execute(statement).all())

    return DisclosureRecords(
        tables=read(
            select_rows(tables).where(tables.c.disclosure_id == disclosure_id).order_by(tables.c.position)
        ),
        rows=read(
            select_rows(rows).where(rows.c.table_id.in_(table_ids)).order_by(rows.c.table_id, rows.c.position)
        ),
        figures=read(
            select_rows(figures).where(figures.c.row_id.in_(row_ids)).order_by(figures.c.column_index)
        ),
        passages=read(
            select_rows(passages)
            .where(passages.c.disclosure_id == disclosure_id)
            .order_by(passages.c.position)
        ),
        stated=read(select_rows(stated).where(stated.c.disclosure_id == disclosure_id).order_by(stated.c.id)),
        targets=read(
            select_rows(targets).where(targets.c.disclosure_id == disclosure_id).order_by(targets.c.position)
        ),
        indicators=read(
            select_rows(indicators)
            .where(indicators.c.target_id.in_(target_ids))
            .order_by(indicators.c.position)
        ),
        terms=read(
            select_rows(terms).where(terms.c.disclosure_id == disclosure_id).order_by(terms.c.position)
        ),
        files=read(
            select_rows(files).where(files.c.disclosure_id == disclosure_id).order_by(files.c.position)
        ),
    )


class RecordName(NamedTuple):
    """A record's name and the document it is in; `printed` when the document prints it as a name (a row,
    a project, a term), not when the loader read it from a sentence (a stated figure's subject)."""

    document_id: int
    name: str
    printed: bool


def record_names(session: Session) -> list[RecordName]:
    """Every row, project, glossary term and stated figure of the current documents, by name, so a question
    naming an item but no unit can be read in the documents that have it."""
    rows, tables = table_of(TableRow), table_of(BudgetTable)
    targets, terms, stated = table_of(PerformanceTarget), table_of(GlossaryTerm), table_of(StatedFigure)
    current = select_rows(table_of(Disclosure).c.id).where(table_of(Disclosure).c.is_current)
    statements = (
        (select_rows(tables.c.disclosure_id, rows.c.label).join(rows, rows.c.table_id == tables.c.id), True),
        (select_rows(targets.c.disclosure_id, targets.c.project), True),
        (select_rows(terms.c.disclosure_id, terms.c.term), True),
        (select_rows(stated.c.disclosure_id, stated.c.subject), False),
    )
    names: list[RecordName] = []
    for statement, printed in statements:
        chosen = statement.where(statement.selected_columns[0].in_(current)).distinct()
        names += [RecordName(row[0], row[1], printed) for row in session.execute(chosen)]
    return names

"""Catalog reads behind /docs, /tables and /table: blocking calls the handlers run in a worker thread.

They return plain lines and ids, never records, so no database session outlives the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from bot.channels.telegram.render import TABLE_WIDTH
from knowledge.catalog import (
    find_disclosure,
    find_table,
    list_disclosures,
    list_tables,
    load_rows,
    row_cards,
    table_lines,
)
from knowledge.errors import NotFound
from knowledge.models import BudgetTable


@dataclass(frozen=True)
class TableView:
    """A table laid out as text in blocks (its heading lines, then one block per row: the row's name and
    its filled cells), with the id its page buttons carry."""

    table_id: int
    heading: str
    blocks: list[list[str]]


def document_lines(engine: Engine) -> list[str]:
    """One line per loaded document: its label, table count and source file."""
    with Session(engine) as session:
        return [
            f"{doc.id}. {doc.label}（{len(doc.tables)}张表，来自 {doc.source_name}）"
            for doc in list_disclosures(session)
        ]


def table_list_lines(engine: Engine) -> list[str]:
    """Every table of every document, grouped under the document's label."""
    lines: list[str] = []
    with Session(engine) as session:
        for doc in list_disclosures(session):
            lines.append(doc.label)
            lines += [f"  {table.reference}" for table in list_tables(session, doc)]
    return lines


def table_view(engine: Engine, reference: str, document: str = "") -> TableView:
    """Find a table by number or title fragment (optionally within one document) and lay it out."""
    with Session(engine) as session:
        disclosure = find_disclosure(session, document) if document else None
        return view_of(session, find_table(session, reference, disclosure))


def table_view_by_id(engine: Engine, table_id: int) -> TableView:
    """Lay out the table a page button points at."""
    with Session(engine) as session:
        table = session.get(BudgetTable, table_id)
        if table is None or table.disclosure is None or not table.disclosure.is_current:
            raise NotFound("这张表（可能已被新版本替换），请重新用 /table 查看")
        return view_of(session, table)


def view_of(session: Session, table: BudgetTable) -> TableView:
    """A table as phone-width blocks: knowledge.catalog lays out the heading and each row's card."""
    assert table.id is not None
    heading = f"{table.disclosure.label} {table.reference}" if table.disclosure else table.reference
    rows = [] if table.no_data else load_rows(session, table)
    blocks = [table_lines(table, [], TABLE_WIDTH), *(row_cards([row]) for row in rows)]
    return TableView(table.id, heading, blocks)

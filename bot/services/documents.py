"""Documents: what is loaded, the one a reference names, their tables, and their versions.

Every channel finds "the document meant" here (an id, a unit's name or alias, a year; none means all), so
/check, /chart, `budgetbot check` and `budgetbot chart` read a reference the same way. Each call reads in
its own session and returns plain data, never records, so no session outlives it (Telegram runs these in
a thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from knowledge.catalog import find_disclosure, list_disclosures, list_tables
from knowledge.errors import NotFound
from knowledge.models import BudgetTable, Disclosure, TableRow
from knowledge.standard_tables import number_label
from knowledge.store import Restored, restore_version

REPLACED_DOCUMENT = "这份文件（可能已被新版本替换），请重新选择"


@dataclass(frozen=True)
class Document:
    """A loaded document as a list or a button shows it."""

    id: int
    label: str
    unit_name: str
    year: int
    kind: str
    """预算 or 决算 with its scope: 单位预算, 部门决算."""
    is_current: bool
    loaded_at: datetime
    source_name: str
    table_count: int


@dataclass(frozen=True)
class TableEntry:
    """One table of a document, as a list of tables shows it."""

    id: int
    document: str
    reference: str
    number: str
    unit_of_measure: str
    rows: int
    no_data: bool
    page: int | None
    line: int | None
    title: str


def documents_of(session: Session, disclosures: list[Disclosure]) -> list[Document]:
    """The documents as listed, their tables counted in one query (not read)."""
    ids = [disclosure.id for disclosure in disclosures]
    counted = select(BudgetTable.disclosure_id, func.count()).where(col(BudgetTable.disclosure_id).in_(ids))
    tables = dict(session.exec(counted.group_by(col(BudgetTable.disclosure_id))).all())
    return [document_of(disclosure, tables.get(disclosure.id, 0)) for disclosure in disclosures]


def document_of(disclosure: Disclosure, tables: int) -> Document:
    assert disclosure.id is not None
    return Document(
        disclosure.id,
        disclosure.label,
        disclosure.unit_name,
        disclosure.year,
        disclosure.scope + disclosure.kind,
        disclosure.is_current,
        disclosure.loaded_at,
        disclosure.source_name,
        tables,
    )


def table_entries(session: Session, tables: list[BudgetTable]) -> list[TableEntry]:
    """The tables as listed, their rows counted in one query (not read)."""
    ids = [table.id for table in tables]
    counted = select(TableRow.table_id, func.count()).where(col(TableRow.table_id).in_(ids))
    rows = dict(session.exec(counted.group_by(col(TableRow.table_id))).all())
    return [table_entry(table, rows.get(table.id, 0)) for table in tables]


def table_entry(table: BudgetTable, rows: int) -> TableEntry:
    assert table.id is not None
    return TableEntry(
        table.id,
        table.disclosure.label if table.disclosure else "",
        table.reference,
        number_label(table.number) or "",
        table.unit_of_measure,
        rows,
        table.no_data,
        table.page,
        table.line,
        table.title,
    )


def list_documents(engine: Engine, *, versions: bool = False) -> list[Document]:
    """The loaded documents; with `versions`, every version of each, the current one marked."""
    with Session(engine) as session:
        return documents_of(session, list_disclosures(session, versions=versions))


def documents_meant(engine: Engine, reference: str | None) -> list[Document]:
    """The one document a reference names (id, unit, alias, year), or every loaded one without it;
    a reference naming none is NotFound with the closest documents."""
    with Session(engine) as session:
        found = [find_disclosure(session, reference)] if reference else list_disclosures(session)
        return documents_of(session, found)


def current_disclosure(session: Session, document_id: int) -> Disclosure:
    """The stored document with that id, while it is the current version (a button may be older)."""
    disclosure = session.get(Disclosure, document_id)
    if disclosure is None or not disclosure.is_current:
        raise NotFound(REPLACED_DOCUMENT)
    return disclosure


def list_document_tables(engine: Engine, reference: str | None = None) -> list[TableEntry]:
    """The tables of the document a reference names, or of every loaded document, in order."""
    with Session(engine) as session:
        disclosure = find_disclosure(session, reference) if reference else None
        return table_entries(session, list_tables(session, disclosure))


def restore(engine: Engine, version_id: int) -> Restored:
    """Make an older version of a document current again (the version current until now is kept)."""
    return restore_version(engine, version_id)


def tables_by_document(engine: Engine) -> list[tuple[Document, list[TableEntry]]]:
    """Every loaded document with its tables, in the order documents are listed."""
    with Session(engine) as session:
        disclosures = list_disclosures(session)
        return [
            (document, table_entries(session, list_tables(session, disclosure)))
            for document, disclosure in zip(documents_of(session, disclosures), disclosures, strict=True)
        ]

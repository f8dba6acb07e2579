"""Bringing a database made by an older budgetbot up to the models, keeping every document.

Schema work runs under the write lock (see knowledge.database.lock_for_writing), so two processes
opening a new or old database at once do it once. Added columns are added in place; a table whose
constraints changed is rebuilt on SQLite (which cannot drop a constraint) and altered on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, Table, inspect, select, text, update
from sqlalchemy.schema import CreateTable
from sqlmodel import SQLModel

from knowledge.models import BudgetTable, Disclosure, GlossaryTerm, Passage, PerformanceTarget
from knowledge.standard_tables import TableKind, classify_title
from knowledge.versions import NARRATIVE_CHARACTERS

LEGACY_FILE_COLUMNS = ("source_name", "source_format", "content_hash", "page_count")
"""Columns of a disclosure read from one file, before a document could have several (now SourceFile)."""
RECORDS_WITH_FILES = (BudgetTable, Passage, PerformanceTarget, GlossaryTerm)


def table_of(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def schema_is_current(engine: Engine) -> bool:
    """Whether every table and column of the models is there and nothing older is left."""
    inspector = inspect(engine)
    present = set(inspector.get_table_names())
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            return False
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        if not {column.name for column in table.columns} <= columns:
            return False
    disclosure_columns = {column["name"] for column in inspector.get_columns("disclosure")}
    if disclosure_columns & set(LEGACY_FILE_COLUMNS):
        return False
    with engine.connect() as connection:
        return not stale_table_kinds(connection)


def stale_table_kinds(connection: Connection) -> list[tuple[str, str, TableKind]]:
    """(title, stored kind, kind now) of each titled table whose kind the title rules now read otherwise
    (a kind added since it was loaded: 财政拨款支出预算表 once stored as a 支出总表)."""
    kinds = table_of(BudgetTable).c
    stored = connection.execute(
        select(kinds.title, kinds.kind).where(kinds.kind != TableKind.OTHER.value).distinct()
    )
    return [(title, kind, now) for title, kind in stored if (now := classify_title(title)) != kind]


def reclassify_tables(connection: Connection) -> None:
    kinds = table_of(BudgetTable).c
    for title, kind, now in stale_table_kinds(connection):
        connection.execute(
            update(table_of(BudgetTable))
            .where(kinds.title == title, kinds.kind == kind)
            .values(kind=now.value)
        )


def column_definition(connection: Connection, table: Table, name: str) -> str:
    """A column as ALTER TABLE … ADD COLUMN writes it: type, default, and the table it refers to."""
    column = table.columns[name]
    definition = f'"{column.name}" {column.type.compile(connection.dialect)}'
    if column.server_default is not None:
        definition += f" NOT NULL DEFAULT '{column.server_default.arg}'"  # type: ignore[attr-defined]
    for key in column.foreign_keys:
        definition += f' REFERENCES "{key.column.table.name}" ("{key.column.name}")'
    return definition


def add_missing_columns(connection: Connection) -> None:
    """A database made before a column was added to the models gets the column (NULL or its default in
    old rows), with its index."""
    inspector = inspect(connection)
    for table in SQLModel.metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present and (column.nullable or column.server_default is not None):
                definition = column_definition(connection, table, column.name)
                connection.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN {definition}'))


def add_missing_indexes(connection: Connection) -> None:
    inspector = inspect(connection)
    for table in SQLModel.metadata.sorted_tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in present:
                index.create(connection)


def files_from_legacy_columns(connection: Connection) -> None:
    """Each document stored from one file gets its SourceFile, and its records point to it."""
    connection.execute(
        text(
            """
            INSERT INTO sourcefile (disclosure_id, position, name, format, content_hash, page_count, part,
                                    loaded_at)
            SELECT d.id, 1, d.source_name, d.source_format, d.content_hash, d.page_count,
                   CASE
                     WHEN EXISTS (SELECT 1 FROM glossaryterm g WHERE g.disclosure_id = d.id)
                       OR COALESCE((SELECT SUM(LENGTH(p.text)) FROM passage p WHERE p.disclosure_id = d.id), 0)
                          >= :narrative
                     THEN CASE WHEN EXISTS (SELECT 1 FROM budgettable t WHERE t.disclosure_id = d.id)
                               THEN 'whole' ELSE 'narrative' END
                     WHEN EXISTS (SELECT 1 FROM budgettable t WHERE t.disclosure_id = d.id)
                       OR EXISTS (SELECT 1 FROM performancetarget p WHERE p.disclosure_id = d.id)
                     THEN 'tables'
                     ELSE 'narrative'
                   END,
                   d.loaded_at
            FROM disclosure d
            WHERE NOT EXISTS (SELECT 1 FROM sourcefile s WHERE s.disclosure_id = d.id)
            """
        ),
        {"narrative": NARRATIVE_CHARACTERS},
    )
    for model in RECORDS_WITH_FILES:
        name = table_of(model).name
        connection.execute(
            text(
                f'UPDATE "{name}" SET file_id = (SELECT s.id FROM sourcefile s '
                f'WHERE s.disclosure_id = "{name}".disclosure_id) WHERE file_id IS NULL'
            )
        )


def rebuild_sqlite_table(connection: Connection, table: Table) -> None:
    """SQLite cannot drop a constraint or a NOT NULL column in place: copy the rows into a new table built
    from the model, drop the old one, rename the new one (foreign keys are off meanwhile, so nothing
    pointing at the table is touched), and check every reference still holds."""
    new_name = f"{table.name}_rebuilt"
    present = {column["name"] for column in inspect(connection).get_columns(table.name)}
    kept = ", ".join(f'"{column.name}"' for column in table.columns if column.name in present)
    create = str(CreateTable(table).compile(dialect=connection.dialect))
    connection.exec_driver_sql(create.replace(f"CREATE TABLE {table.name} ", f"CREATE TABLE {new_name} ", 1))
    connection.exec_driver_sql(f'INSERT INTO "{new_name}" ({kept}) SELECT {kept} FROM "{table.name}"')
    connection.exec_driver_sql(f'DROP TABLE "{table.name}"')
    connection.exec_driver_sql(f'ALTER TABLE "{new_name}" RENAME TO "{table.name}"')
    for index in table.indexes:
        index.create(connection)
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        raise RuntimeError(f"rebuilding {table.name} would break references: {broken[:5]}")


def drop_legacy_disclosure_columns(connection: Connection) -> None:
    """The one-file columns and the (unit_name, year, kind) uniqueness go: a document now has versions
    and files, and 部门 and 单位 documents of one unit and year live side by side."""
    table = table_of(Disclosure)
    if connection.dialect.name == "sqlite":
        rebuild_sqlite_table(connection, table)
        return
    for constraint in inspect(connection).get_unique_constraints(table.name):
        connection.execute(text(f'ALTER TABLE "{table.name}" DROP CONSTRAINT "{constraint["name"]}"'))
    for name in LEGACY_FILE_COLUMNS:
        connection.execute(text(f'ALTER TABLE "{table.name}" DROP COLUMN IF EXISTS "{name}"'))


def migrate(connection: Connection) -> None:
    """Create what is missing and bring older tables up to the models, in the caller's transaction."""
    SQLModel.metadata.create_all(connection)
    add_missing_columns(connection)
    columns = {column["name"] for column in inspect(connection).get_columns("disclosure")}
    if "content_hash" in columns:
        files_from_legacy_columns(connection)
        drop_legacy_disclosure_columns(connection)
    add_missing_indexes(connection)
    reclassify_tables(connection)

"""Where the records live: SQLite by default, PostgreSQL through the same code.

The URL is chosen once: an explicit --db, else $BUDGETBOT_DATABASE_URL, else config.toml
[database] url, else a SQLite file in the per-user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, event, text
from sqlmodel import create_engine

from knowledge.migrations import migrate, schema_is_current
from knowledge.settings import APP_NAME, load_settings

URL_VARIABLE = "BUDGETBOT_DATABASE_URL"
SQLITE_BUSY_SECONDS = 60
"""How long a SQLite writer waits for another process's write to finish (two loads at once)."""
WRITE_LOCK = 0x62756467
"""The PostgreSQL advisory lock writers take turns on ("budg")."""


def default_path() -> Path:
    """The per-user SQLite file used when no database is named."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "budgetbot.db"


def default_url() -> str:
    return f"sqlite:///{default_path()}"


def resolve_url(explicit: str | None = None) -> str:
    """Pick the database URL by precedence: explicit, environment, config.toml, default."""
    return explicit or os.environ.get(URL_VARIABLE) or load_settings().database.url or default_url()


def enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def lock_for_writing(connection: Connection) -> None:
    """Hold the database's write lock until this transaction ends, so writers take turns and each sees
    what the one before it committed: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL.
    Call it before anything else in the transaction."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def update_schema(engine: Engine) -> None:
    """Create or migrate the schema under the write lock: a second process waits, then finds it done."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                lock_for_writing(connection)
                migrate(connection)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def open_engine(url: str) -> Engine:
    """Connect and create any missing table; a SQLite file's folder is created too."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    is_sqlite = url.startswith("sqlite")
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS} if is_sqlite else {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", enable_sqlite_foreign_keys)
    if not schema_is_current(engine):
        update_schema(engine)
    return engine

"""Where the records live: SQLite by default, PostgreSQL through the same code.

The URL is chosen once: an explicit --db, else $BUDGETBOT_DATABASE_URL, else config.toml
[database] url, else a SQLite file in the per-user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, event, inspect, text
from sqlmodel import SQLModel, create_engine

from knowledge import models  # noqa: F401  (registers the tables)
from knowledge.settings import APP_NAME, load_settings

URL_VARIABLE = "BUDGETBOT_DATABASE_URL"


def default_url() -> str:
    data_dir = Path(platformdirs.user_data_dir(APP_NAME))
    return f"sqlite:///{data_dir / 'budgetbot.db'}"


def resolve_url(explicit: str | None = None) -> str:
    """Pick the database URL by precedence: explicit, environment, config.toml, default."""
    return explicit or os.environ.get(URL_VARIABLE) or load_settings().database.url or default_url()


def enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def add_missing_columns(engine: Engine) -> None:
    """A database made before a column was added to the models gets the column (NULL in old rows)."""
    inspector = inspect(engine)
    with engine.begin() as connection:
        for table in SQLModel.metadata.sorted_tables:
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(engine.dialect)
                    connection.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))


def open_engine(url: str) -> Engine:
    """Connect and create any missing table; a SQLite file's folder is created too."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", enable_sqlite_foreign_keys)
    SQLModel.metadata.create_all(engine)
    add_missing_columns(engine)
    return engine

"""Where the records live: SQLite by default, PostgreSQL through the same code.

The URL is chosen once: an explicit --db, else $BUDGETBOT_DATABASE_URL, else config.toml
[database] url, else a SQLite file in the per-user data directory. Any way the database cannot be used
(a bad URL, a server that refuses or never answers, a full disk, a read-only file) is a DatabaseError
naming the database, with its password hidden, and what to do (knowledge.database_faults).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, Connection, Engine, event, make_url, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlmodel import create_engine

from knowledge.database_faults import database_fault, hidden_password, is_database_fault
from knowledge.errors import DatabaseError
from knowledge.migrations import migrate, schema_is_current
from knowledge.settings import APP_NAME, load_settings

URL_VARIABLE = "BUDGETBOT_DATABASE_URL"
DRIVERS = {"sqlite": "pysqlite", "postgresql": "psycopg"}
"""The databases budgetbot runs on, each with the driver it installs."""
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


def parse_url(url: str) -> tuple[URL, str]:
    """Given the URL as written, return it parsed (psycopg for a PostgreSQL URL naming no driver) and
    as it is shown, password hidden."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            hidden_password(url),
            "不是数据库地址",
            "地址应当形如 sqlite:///文件路径 或 postgresql+psycopg://用户:密码@主机:端口/库名",
        ) from None
    shown = parsed.render_as_string(hide_password=True)
    backend = parsed.get_backend_name()
    if backend not in DRIVERS:
        raise DatabaseError(
            shown,
            f"是 {backend} 数据库，budgetbot 不支持",
            "请改用 SQLite（sqlite:///文件路径）或 PostgreSQL（postgresql+psycopg://…）",
        )
    if "+" not in parsed.drivername:
        parsed = parsed.set(drivername=f"{backend}+{DRIVERS[backend]}")
    return parsed, shown


def prepare_sqlite_file(url: URL, shown: str) -> None:
    """A SQLite file's folder is created; a URL naming a folder is refused before SQLite says less."""
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database).expanduser()
    if path.is_dir():
        raise DatabaseError(
            shown, "是一个文件夹，不是数据库文件", f"请在地址末尾写上文件名，如 {path / 'budgetbot.db'}"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise DatabaseError(shown, "的路径里有一段是文件，不是文件夹", "请检查地址里的路径") from None
    except OSError as error:
        raise DatabaseError(
            shown, f"所在的文件夹无法创建（{error.strerror}）", "请改用一个可以写入的位置"
        ) from None


def build_engine(url: URL, shown: str, connect_timeout: int) -> Engine:
    """Create the engine with its timeouts (a server's connect timeout, the wait for another SQLite
    writer); a driver that is not installed is a DatabaseError."""
    sqlite = url.get_backend_name() == "sqlite"
    timeout = {"timeout": SQLITE_BUSY_SECONDS} if sqlite else {"connect_timeout": connect_timeout}
    try:
        return create_engine(url, connect_args=timeout)
    except (NoSuchModuleError, ImportError) as error:
        raise DatabaseError(
            shown,
            f"需要的驱动 {url.get_driver_name()} 没有安装（{error}）",
            "请改用 postgresql+psycopg://…（psycopg 随 budgetbot 安装）",
        ) from None


def open_engine(url: str) -> Engine:
    """Connect and create any missing table; a SQLite file's folder is created too.

    From here on every way the database fails is raised as a DatabaseError naming it."""
    parsed, shown = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        prepare_sqlite_file(parsed, shown)
    connect_timeout = load_settings().database.connect_timeout
    engine = build_engine(parsed, shown, connect_timeout)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", enable_sqlite_foreign_keys)
    event.listen(
        engine, "handle_error", partial(raise_database_fault, shown=shown, connect_timeout=connect_timeout)
    )
    if not schema_is_current(engine):
        update_schema(engine)
    return engine


def raise_database_fault(context: ExceptionContext, *, shown: str, connect_timeout: int) -> None:
    """Turn the driver's error for a database that cannot be used into a DatabaseError naming it."""
    if is_database_fault(context.original_exception):
        raise database_fault(shown, context.original_exception, connect_timeout)

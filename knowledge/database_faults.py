"""Why a database cannot be used, as a sentence an operator can act on.

SQLite names what went wrong by its result code (SQLITE_FULL, SQLITE_READONLY, …) and a PostgreSQL
server by its SQLSTATE; while connecting, psycopg has only libpq's message, read here for its phrases.
An error of the program (a constraint, a transaction to retry) is not a database fault and stays as it is.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass

from knowledge.errors import DatabaseError


@dataclass(frozen=True)
class Fault:
    problem: str
    advice: str


CHECK_ADDRESS = "请检查 --db、环境变量 BUDGETBOT_DATABASE_URL 或 config.toml [database] url"
DISK_FULL = Fault("所在的磁盘已满，写入失败，这次的改动已撤销", "请腾出磁盘空间后重试")
SQLITE_FAULTS: dict[str, Fault] = {
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_READONLY": Fault(
        "是只读的，无法写入", "请检查这个文件和它所在文件夹的写权限，或改用可以写入的位置"
    ),
    "SQLITE_CANTOPEN": Fault("无法打开（文件夹不存在、没有权限，或不是文件）", CHECK_ADDRESS),
    "SQLITE_PERM": Fault("没有访问权限", "请检查这个文件和它所在文件夹的权限"),
    "SQLITE_NOTADB": Fault("不是 SQLite 数据库文件", f"地址是否指向了别的文件？{CHECK_ADDRESS}"),
    "SQLITE_CORRUPT": Fault("已损坏", "请从备份恢复，或改用一个新的数据库文件"),
    "SQLITE_IOERR": Fault("读写出错（磁盘故障，或空间已满）", "请检查磁盘后重试"),
}
SQLSTATE_FAULTS: dict[str, Fault] = {
    "53100": DISK_FULL,
    "53200": Fault("服务器内存不足", "请稍后重试，或请管理员检查服务器"),
    "53300": Fault("服务器的连接数已满", "请稍后重试，或调大服务器的 max_connections"),
    "28P01": Fault("不接受这个用户名或密码", "请检查地址里的用户名和密码"),
    "28000": Fault(
        "不接受这个用户（用户不存在，或不允许从这里登录）", "请检查地址里的用户名，或服务器的 pg_hba.conf"
    ),
    "3D000": Fault("不存在", "请先创建这个数据库（createdb），或在地址里改用已有的数据库"),
    "57P03": Fault("还在启动或正在关闭，暂时不接受连接", "请稍后重试"),
    "25006": Fault("是只读的（备用服务器或只读事务），无法写入", "请改连主服务器"),
    "42501": Fault("的这个用户没有所需的权限", "请给这个用户授予建表和写入的权限，或换一个用户"),
}
CONNECT_FAULTS: tuple[tuple[re.Pattern[str], Fault], ...] = (
    (re.compile(r"password authentication failed"), SQLSTATE_FAULTS["28P01"]),
    (re.compile(r"role \".*\" does not exist|no pg_hba\.conf entry"), SQLSTATE_FAULTS["28000"]),
    (re.compile(r"database \".*\" does not exist"), SQLSTATE_FAULTS["3D000"]),
    (
        re.compile(r"Connection refused"),
        Fault(
            "拒绝连接（服务器没有运行，或主机、端口不对）",
            "请确认 PostgreSQL 已启动，并检查地址里的主机和端口",
        ),
    ),
    (
        re.compile(r"resolve host|translate host name|Name or service not known|nodename nor servname"),
        Fault("的主机名找不到", "请检查地址里的主机名"),
    ),
    (
        re.compile(r"No route to host|Network is unreachable"),
        Fault("所在的主机无法到达", "请检查网络和地址里的主机"),
    ),
    (
        re.compile(r"server closed the connection|terminating connection|connection is closed"),
        Fault("的连接中断了", "请检查服务器是否在运行后重试"),
    ),
    (re.compile(r"No space left on device|could not extend file|could not write init file"), DISK_FULL),
)
TIMEOUT = re.compile(r"timeout expired|timed out")
FAULT_SQLSTATE_CLASSES = ("08", "28", "3D", "53", "57", "58")


def hidden_password(url: str) -> str:
    """Given a URL as written (perhaps unparseable), return it with any password replaced by ***."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def sqlstate_of(error: BaseException) -> str | None:
    return getattr(error, "sqlstate", None)


def is_database_fault(error: BaseException) -> bool:
    """Whether the driver's error means the database cannot be used, rather than a program's error."""
    sqlstate = sqlstate_of(error)
    if sqlstate is not None:
        return sqlstate.startswith(FAULT_SQLSTATE_CLASSES) or sqlstate in SQLSTATE_FAULTS
    if isinstance(error, sqlite3.DatabaseError):
        name = getattr(error, "sqlite_errorname", "")
        return isinstance(error, sqlite3.OperationalError) or name.startswith(
            ("SQLITE_NOTADB", "SQLITE_CORRUPT")
        )
    if not psycopg_loaded():
        return False
    import psycopg

    return isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)


def psycopg_loaded() -> bool:
    """Whether psycopg is imported: it is only once a PostgreSQL database is opened, and no error can be
    psycopg's before that (`budgetbot ask` on SQLite never pays for importing it)."""
    return "psycopg" in sys.modules


def is_connection_timeout(error: BaseException) -> bool:
    if not psycopg_loaded():
        return False
    import psycopg

    return isinstance(error, psycopg.errors.ConnectionTimeout)


def first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def fault_of(error: BaseException, connect_timeout: int) -> Fault:
    """Given the driver's error, return what happened and what to do."""
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        base = "_".join(name.split("_")[:2])
        if base in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return Fault("被另一个程序锁住，等了很久仍未释放", "请等那个程序结束后重试")
        if base in SQLITE_FAULTS:
            return SQLITE_FAULTS[base]
    sqlstate = sqlstate_of(error)
    if sqlstate in SQLSTATE_FAULTS:
        return SQLSTATE_FAULTS[sqlstate]
    message = str(error)
    if TIMEOUT.search(message) or is_connection_timeout(error):
        return Fault(
            f"在 {connect_timeout} 秒内没有应答（[database] connect_timeout）",
            "请检查服务器是否正常、地址和端口是否指向 PostgreSQL，或调大 connect_timeout",
        )
    for pattern, fault in CONNECT_FAULTS:
        if pattern.search(message):
            return fault
    return Fault(f"无法使用（{first_line(error)}）", CHECK_ADDRESS)


def database_fault(shown: str, error: BaseException, connect_timeout: int) -> DatabaseError:
    """Given the database as shown (password hidden) and the driver's error, return the error to report."""
    fault = fault_of(error, connect_timeout)
    return DatabaseError(shown, fault.problem, fault.advice)

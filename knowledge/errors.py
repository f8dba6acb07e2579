"""Typed errors raised deep in loaders and queries, rendered once by each channel."""

from __future__ import annotations

import errno
from pathlib import Path

from knowledge.printable import shown_name

OS_REASONS = {
    errno.ENOENT: "文件不存在",
    errno.ELOOP: "符号链接绕成了循环，找不到真正的文件",
    errno.ENAMETOOLONG: "路径太长，超过了系统的上限，无法打开",
    errno.EACCES: "没有访问权限",
    errno.EPERM: "没有权限",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EROFS: "所在的文件系统是只读的",
    errno.ENOSPC: "磁盘空间不足",
}
"""What the operating system's errors mean, in the words a person reads (its own strerror is English)."""


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in Chinese where the error is a common one."""
    return OS_REASONS.get(error.errno or 0) or error.strerror or str(error)


class BudgetbotError(Exception):
    """Base of every error budgetbot reports to a person."""


class LoadError(BudgetbotError):
    """A file could not be loaded; names the file, the line or page, and the reason."""

    def __init__(self, path: Path | str, reason: str, *, line: int | None = None, page: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        self.page = page
        where = f"第{line}行" if line else (f"第{page}页" if page else "")
        super().__init__(f"{shown_name(self.path)}{'：' + where if where else ''}：{reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (rebuild_load_error, (self.path, self.reason, self.line, self.page))


def rebuild_load_error(path: str, reason: str, line: int | None, page: int | None) -> LoadError:
    return LoadError(path, reason, line=line, page=page)


class ConfigError(BudgetbotError):
    """config.toml holds a value budgetbot cannot use; the message names the file and the key."""


class DatabaseError(Exception):
    """The database cannot be used (unreachable, refused, full, read-only, not a database).

    An operator's problem, told in one line naming the database (password hidden) and what to do. It is
    not a BudgetbotError, so a chat channel never shows a user the database's address.
    """

    def __init__(self, database: str, problem: str, advice: str):
        self.database = database
        self.problem = problem
        self.advice = advice
        super().__init__(f"数据库 {database} {problem}。{advice}")

    def __reduce__(self) -> tuple[object, ...]:
        return (DatabaseError, (self.database, self.problem, self.advice))


class NotFound(BudgetbotError):
    """A document, table or item that is not loaded; carries the closest real ones."""

    def __init__(self, what: str, suggestions: list[str] | None = None):
        self.what = what
        self.suggestions = suggestions or []
        hint = f"；最接近的有：{'、'.join(self.suggestions)}" if self.suggestions else ""
        super().__init__(f"没有找到{what}{hint}")


class Ambiguous(NotFound):
    """A reference naming several tables; carries them, and a reference to each one's document (so a
    channel can show how to name one: `--doc 人社局2024年预算`, `/table 表十二 人社局2024年预算`)."""

    def __init__(self, what: str, suggestions: list[str], references: list[str]):
        super().__init__(what, suggestions)
        self.references = references
        self.args = (f"没有找到{what}；符合的有：{'、'.join(suggestions)}",)

"""Typed errors raised deep in loaders and queries, rendered once by each channel."""

from __future__ import annotations

from pathlib import Path


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
        super().__init__(f"{Path(self.path).name}{'：' + where if where else ''}：{reason}")


class ConfigError(BudgetbotError):
    """config.toml holds a value budgetbot cannot use; the message names the key."""


class NotFound(BudgetbotError):
    """A document, table or item that is not loaded; carries the closest real ones."""

    def __init__(self, what: str, suggestions: list[str] | None = None):
        self.what = what
        self.suggestions = suggestions or []
        hint = f"；最接近的有：{'、'.join(self.suggestions)}" if self.suggestions else ""
        super().__init__(f"没有找到{what}{hint}")

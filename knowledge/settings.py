"""Settings: one frozen dataclass per section of config.toml, with defaults.

Where config.toml is read from: $BUDGETBOT_CONFIG, else ./config.toml, else the per-user config dir.
A key of the wrong type or out of its range raises ConfigError naming the file read and the key.
Secrets (the Telegram token) never live here.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import Field, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from knowledge.errors import ConfigError

APP_NAME = "budgetbot"
MB = 1024 * 1024


def bounded(default: Any, low: float | None = None, high: float | None = None) -> Any:
    """A setting whose value (or each of whose items, for a list) must lie within low..high."""
    return field(default=default, metadata={"low": low, "high": high})


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = ""
    connect_timeout: int = bounded(10, 1, 3600)


@dataclass(frozen=True)
class MatcherSettings:
    min_score: float = bounded(70.0, 0, 100)
    ambiguity_margin: float = bounded(3.0, 0, 100)
    max_candidates: int = bounded(5, 1)


@dataclass(frozen=True)
class TelegramSettings:
    admins: tuple[int, ...] = bounded((), 1)
    token_file: str = ""
    questions_per_minute: int = bounded(20, 1)
    max_upload_bytes: int = bounded(20 * MB, 1)
    store_questions: bool = False
    keep_chat_days: int = bounded(30, 1)


@dataclass(frozen=True)
class LimitSettings:
    """How much work one file may cause when loaded; a file beyond a limit is refused, naming it."""

    max_file_bytes: int = bounded(200 * MB, 1)
    max_pages: int = bounded(2000, 1)
    max_inflated_bytes: int = bounded(256 * MB, 1)
    max_cells: int = bounded(500_000, 1)
    max_line_bytes: int = bounded(1 * MB, 1)
    seconds_per_file: float = bounded(300.0, 0.1)
    worker_memory_mb: int = bounded(1024, 64)


@dataclass(frozen=True)
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    matcher: MatcherSettings = field(default_factory=MatcherSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    limits: LimitSettings = field(default_factory=LimitSettings)


def config_path() -> Path | None:
    """The config file in use, or None when there is none."""
    explicit = os.environ.get("BUDGETBOT_CONFIG")
    if explicit:
        return Path(explicit)
    for candidate in (
        Path.cwd() / "config.toml",
        Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml",
    ):
        if candidate.is_file():
            return candidate
    return None


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def range_problem(setting: Field[Any], value: Any) -> str | None:
    """Why a value lies outside the setting's range (None when it fits)."""
    low, high = setting.metadata.get("low"), setting.metadata.get("high")
    if low is None and high is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"不能是 {value}"
    if (low is not None and value < low) or (high is not None and value > high):
        wanted = f"在 {low} 到 {high} 之间" if high is not None else f"不小于 {low}"
        return f"应当{wanted}（现在是 {value}）"
    return None


def checked_value(setting: Field[Any], default: Any, value: Any) -> tuple[Any, str | None]:
    """Given a setting, its default and the value read, return the value to use or what is wrong."""
    if isinstance(default, tuple):
        if not isinstance(value, list):
            return value, "必须是列表"
        if any(not isinstance(item, int) or isinstance(item, bool) for item in value):
            return value, f"必须是 Telegram 用户编号（整数）的列表（现在是 {value}）"
        problems = [range_problem(setting, item) for item in value]
        return tuple(value), next((problem for problem in problems if problem), None)
    if isinstance(default, bool):
        return value, None if isinstance(value, bool) else "必须是 true 或 false"
    if isinstance(default, float) and is_number(value):
        value = float(value)
    if not isinstance(value, type(default)) or (isinstance(value, bool) and not isinstance(default, bool)):
        kind = {"str": "文字", "int": "整数", "float": "数"}[type(default).__name__]
        return value, f"必须是{kind}（现在是 {value!r}）"
    return value, range_problem(setting, value)


def section_from_mapping(cls: type[Any], name: str, values: Any, path: Path) -> Any:
    """Build one section, checking every key, its type and its range against the dataclass."""
    if not isinstance(values, dict):
        raise ConfigError(f"{path}：[{name}] 必须是一个段（[{name}] 下写 key = value），现在是 {values!r}")
    known = {f.name: f for f in fields(cls)}
    defaults = cls()
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{path}：[{name}] 没有 {key} 这一项")
        kwargs[key], problem = checked_value(known[key], getattr(defaults, key), value)
        if problem:
            raise ConfigError(f"{path}：[{name}] {key} {problem}")
    return cls(**kwargs)


def load_settings(path: Path | None = None) -> Settings:
    """Read config.toml (or the defaults when there is none)."""
    path = path or config_path()
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}：无法读取配置（{error}）") from error
    defaults = Settings()
    sections: dict[str, type[Any]] = {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}
    unknown = set(data) - set(sections)
    if unknown:
        raise ConfigError(f"{path}：没有 [{sorted(unknown)[0]}] 这个段")
    built = {
        name: section_from_mapping(section, name, data.get(name, {}), path)
        for name, section in sections.items()
    }
    return Settings(**built)

"""Settings: one frozen dataclass per section of config.toml, with defaults.

Where config.toml is read from: $BUDGETBOT_CONFIG, else ./config.toml, else the per-user config dir.
A key of the wrong type raises ConfigError naming it. Secrets (the Telegram token) never live here.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from knowledge.errors import ConfigError

APP_NAME = "budgetbot"


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = ""


@dataclass(frozen=True)
class MatcherSettings:
    min_score: float = 70.0
    ambiguity_margin: float = 3.0
    max_candidates: int = 5


@dataclass(frozen=True)
class TelegramSettings:
    admins: tuple[int, ...] = ()
    token_file: str = ""
    questions_per_minute: int = 20
    max_upload_bytes: int = 20 * 1024 * 1024
    store_questions: bool = False
    keep_chat_days: int = 30


@dataclass(frozen=True)
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    matcher: MatcherSettings = field(default_factory=MatcherSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)


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


def section_from_mapping(cls: type[Any], name: str, values: dict[str, Any]) -> Any:
    """Build one section, checking every key and its type against the dataclass defaults."""
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"config.toml: unknown key [{name}] {key}")
        default = getattr(cls(), key)
        if isinstance(default, tuple):
            if not isinstance(value, list):
                raise ConfigError(f"config.toml: [{name}] {key} must be a list")
            value = tuple(value)
        elif isinstance(default, bool) and not isinstance(value, bool):
            raise ConfigError(f"config.toml: [{name}] {key} must be true or false")
        elif isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, type(default)) or (
            isinstance(value, bool) and not isinstance(default, bool)
        ):
            raise ConfigError(f"config.toml: [{name}] {key} must be {type(default).__name__}")
        kwargs[key] = value
    return cls(**kwargs)


def load_settings(path: Path | None = None) -> Settings:
    """Read config.toml (or the defaults when there is none)."""
    path = path or config_path()
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from error
    defaults = Settings()
    sections: dict[str, type[Any]] = {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}
    unknown = set(data) - set(sections)
    if unknown:
        raise ConfigError(f"config.toml: unknown section [{sorted(unknown)[0]}]")
    built = {}
    for name, section in sections.items():
        built[name] = section_from_mapping(section, name, data.get(name, {}))
    return Settings(**built)

"""config.toml: every setting documented, bad values named, the database URL chosen by precedence."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from knowledge.database import default_url, resolve_url
from knowledge.errors import ConfigError
from knowledge.settings import Settings, load_settings

PROJECT_CONFIG = Path(__file__).resolve().parents[2] / "config.toml"


def test_project_config_documents_every_setting_with_its_default() -> None:
    documented = tomllib.loads(PROJECT_CONFIG.read_text(encoding="utf-8"))
    defaults = Settings()
    for section in fields(Settings):
        values = getattr(defaults, section.name)
        for setting in fields(values):
            assert setting.name in documented[section.name], f"[{section.name}] {setting.name} undocumented"
            default = getattr(values, setting.name)
            written = documented[section.name][setting.name]
            assert (tuple(written) if isinstance(default, tuple) else written) == default


def test_project_config_loads_as_the_defaults() -> None:
    assert load_settings(PROJECT_CONFIG) == Settings()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[matcher]\nmin_score = 'high'\n", "min_score"),
        ("[telegram]\nadmins = 5\n", "admins"),
        ("[telegram]\nstore_questions = 1\n", "store_questions"),
        ("[database]\nurl = 3\n", "url"),
        ("[matcher]\nunknown = 1\n", "unknown"),
        ("[nonsense]\nx = 1\n", "nonsense"),
        ("[database\n", "config"),
    ],
)
def test_bad_config_raises_an_error_naming_the_key(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=named):
        load_settings(path)


def test_database_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[database]\nurl = "sqlite:///from-config.db"\n', encoding="utf-8")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(config))
    monkeypatch.delenv("BUDGETBOT_DATABASE_URL")
    assert resolve_url() == "sqlite:///from-config.db"
    monkeypatch.setenv("BUDGETBOT_DATABASE_URL", "sqlite:///from-env.db")
    assert resolve_url() == "sqlite:///from-env.db"
    assert resolve_url("sqlite:///explicit.db") == "sqlite:///explicit.db"


def test_default_database_is_a_file_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BUDGETBOT_DATABASE_URL")
    assert resolve_url() == default_url()
    assert default_url().startswith(f"sqlite:///{tmp_path / 'data'}")

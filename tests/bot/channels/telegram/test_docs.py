"""docs/telegram.md documents every command, every [telegram] setting and every serve option."""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

import pytest

from bot.channels.telegram.app import ALLOWED_UPDATES, COMMANDS
from bot.channels.telegram.options import add_serve_arguments
from bot.channels.telegram.persistence import COUNTS_EVERY_SECONDS, FLUSH_SECONDS
from bot.services.questions import MAX_QUESTION_CHARS
from knowledge.settings import TelegramSettings

GUIDE = Path(__file__).resolve().parents[4] / "docs" / "telegram.md"


def serve_options() -> list[str]:
    parser = argparse.ArgumentParser()
    add_serve_arguments(parser)
    return [action.option_strings[-1] for action in parser._actions if action.option_strings[-1] != "--help"]


@pytest.mark.parametrize("command", [command.name for command in COMMANDS])
def test_every_command_is_documented(command: str) -> None:
    assert f"`/{command}" in GUIDE.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", [field.name for field in fields(TelegramSettings)])
def test_every_telegram_setting_is_documented(key: str) -> None:
    assert f"| `{key}` |" in GUIDE.read_text(encoding="utf-8")


@pytest.mark.parametrize("option", serve_options())
def test_every_serve_option_is_documented(option: str) -> None:
    assert f"`{option}" in GUIDE.read_text(encoding="utf-8")


def test_the_question_length_limit_is_the_one_documented() -> None:
    assert f"A question is at most {MAX_QUESTION_CHARS} characters" in GUIDE.read_text(encoding="utf-8")


def test_the_allowed_update_types_are_the_ones_documented() -> None:
    documented = "messages, edited\nmessages, button presses and inline queries"
    assert ALLOWED_UPDATES == ["message", "edited_message", "callback_query", "inline_query"]
    assert documented in GUIDE.read_text(encoding="utf-8")


def test_the_flush_interval_and_kept_days_are_the_ones_documented() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert (
        f"gathered for {FLUSH_SECONDS:g} s" in guide and f"the last {FLUSH_SECONDS:g} s of answers" in guide
    )
    assert f"| `keep_chat_days` | `{TelegramSettings().keep_chat_days}` |" in guide
    assert f"at most every {COUNTS_EVERY_SECONDS:g} seconds" in guide

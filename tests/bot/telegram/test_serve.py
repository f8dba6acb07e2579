"""`budgetbot serve` plumbing: where the token comes from, and that no log line ever shows it."""

from __future__ import annotations

import argparse
import io
import logging
from pathlib import Path

import pytest

from bot.telegram.app import file_url_for
from bot.telegram.serve import RedactToken, add_serve_arguments, read_token, webhook_path
from knowledge.errors import ConfigError
from knowledge.settings import TelegramSettings

TOKEN = "123456:SECRET-abc"


def test_token_comes_from_the_environment_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", " from-env \n")
    assert read_token(TelegramSettings(token_file=str(token_file))) == "from-env"


def test_token_file_named_in_config_is_read_when_the_environment_has_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    token_file = tmp_path / "token"
    token_file.write_text(f"{TOKEN}\n")
    assert read_token(TelegramSettings(token_file=str(token_file))) == TOKEN


@pytest.mark.parametrize("content", [None, ""])
def test_missing_or_empty_token_is_a_config_error_naming_the_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str | None
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    token_file = tmp_path / "token"
    if content is not None:
        token_file.write_text(content)
    with pytest.raises(ConfigError, match=r"\[telegram\] token_file"):
        read_token(TelegramSettings(token_file=str(token_file)))


def test_no_token_anywhere_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        read_token(TelegramSettings())


def test_log_lines_and_tracebacks_never_show_the_token() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken(TOKEN))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    try:
        logger.warning("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
        logger.warning("GET /file/bot123456%3ASECRET-abc/documents/1")
        try:
            raise RuntimeError(f"failed calling bot{TOKEN}/sendMessage")
        except RuntimeError:
            logger.exception("update failed")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert "SECRET" not in output
    assert output.count("<token>") == 3 and "RuntimeError" in output


def test_serve_options_parse() -> None:
    parser = argparse.ArgumentParser()
    add_serve_arguments(parser)
    args = parser.parse_args(["--webhook-url", "https://bot.example.org/hook/abc", "--port", "8080"])
    assert (args.webhook_url, args.port, args.listen, args.base_url) == (
        "https://bot.example.org/hook/abc",
        8080,
        "127.0.0.1",
        None,
    )
    assert webhook_path(args.webhook_url) == "hook/abc"
    assert webhook_path("https://bot.example.org") == "telegram"


def test_file_url_of_another_bot_api_server_sits_beside_its_method_url() -> None:
    assert file_url_for("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_url_for("http://127.0.0.1:8081/bot/") == "http://127.0.0.1:8081/file/bot"

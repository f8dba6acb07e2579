"""`budgetbot serve` plumbing: where the token comes from, and that no log line ever shows it."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import logging
import os
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest

from bot.channels.telegram.app import file_url_for
from bot.channels.telegram.options import add_serve_arguments
from bot.channels.telegram.serve import RedactToken, read_token, webhook_path
from knowledge.chat_state import counter_totals
from knowledge.database import open_engine
from knowledge.errors import ConfigError
from knowledge.settings import TelegramSettings
from loaders import load_into, sample_path
from tests.bot.channels.telegram.fake_bot_api import TOKEN as FAKE_TOKEN
from tests.bot.channels.telegram.fake_bot_api import FakeBotApi

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


@pytest.mark.slow  # runs `budgetbot serve` as a process
async def test_serve_answers_by_long_polling_and_stops_cleanly_on_sigterm(
    api: FakeBotApi, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'serve.db'}"
    engine = open_engine(database)
    assert load_into(engine, sample_path()).error is None
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.channels.cli",
        "serve",
        "--db",
        database,
        "--base-url",
        api.base_url,
        env=os.environ | {"TELEGRAM_BOT_TOKEN": FAKE_TOKEN},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await api.wait_for_calls("setMyCommands", 1, timeout=60)
        api.enqueue(api.message_update(42, "三公经费预算多少"))
        (reply,) = await api.wait_for_calls("sendMessage", 1, 42, timeout=20)
        process.send_signal(signal.SIGTERM)
        _stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "5.00 万元" in reply.params["text"]
    assert "long polling" in log and "stopped" in log and "Traceback" not in log
    polls = api.sent("getUpdates")
    assert polls and all(
        call.params["allowed_updates"] == ["message", "edited_message", "callback_query", "inline_query"]
        for call in polls
    )
    assert FAKE_TOKEN not in log and FAKE_TOKEN.split(":")[1] not in log
    counts = counter_totals(engine)  # written when the bot stopped
    assert counts["status", "answered"] == 1 and not any(kind == "question" for kind, _name in counts)


@pytest.mark.slow  # runs `budgetbot serve` as a process
async def test_serve_with_a_token_telegram_refuses_says_so_and_exits_1(
    api: FakeBotApi, tmp_path: Path
) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.channels.cli",
        "serve",
        "--db",
        f"sqlite:///{tmp_path / 'serve.db'}",
        "--base-url",
        api.base_url,
        env=os.environ | {"TELEGRAM_BOT_TOKEN": "1:revoked-token"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    log = stderr.decode()
    assert process.returncode == 1
    assert "revoked-token" not in log and "Traceback" not in log
    (refusal,) = [line for line in log.splitlines() if "令牌" in line or "token" in line.lower()]
    assert "Telegram 不接受这个令牌" in refusal


async def serve_process(*arguments: str, token: str = FAKE_TOKEN) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.channels.cli",
        "serve",
        *arguments,
        env=os.environ | {"TELEGRAM_BOT_TOKEN": token},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def read_until(process: asyncio.subprocess.Process, wanted: str, timeout: float = 60) -> list[str]:
    """The log lines a running process writes, up to the first containing `wanted`."""
    assert process.stderr is not None
    lines: list[str] = []
    while not lines or wanted not in lines[-1]:
        line = await asyncio.wait_for(process.stderr.readline(), timeout)
        assert line, f"the process ended before saying {wanted!r}: {lines}"
        lines.append(line.decode().rstrip("\n"))
    return lines


@pytest.mark.slow  # runs `budgetbot serve` as a process
async def test_serve_with_the_bot_api_unreachable_says_so_once_and_stops_cleanly(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    process = await serve_process(
        "--db", f"sqlite:///{tmp_path / 'serve.db'}", "--base-url", f"http://127.0.0.1:{closed}/bot"
    )
    try:
        before = await read_until(process, "cannot reach the Telegram Bot API")
        await asyncio.sleep(9)  # the first round of retries (0.5 + 1 + 2 + 4 s) and the next attempt
        process.send_signal(signal.SIGTERM)
        _stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    log = before + stderr.decode().splitlines()
    assert process.returncode == 0, log
    assert len([line for line in log if "cannot reach" in line]) == 1
    assert "ConnectError" in before[-1] and "Traceback" not in "\n".join(log)
    assert [line.split(": ", 1)[1] for line in log if "INFO" in line] == [
        "long polling for updates",
        "stopped",
    ]


@pytest.mark.slow  # runs `budgetbot serve` as a process
async def test_serve_by_webhook_answers_updates_and_refuses_other_bodies_with_400(
    api: FakeBotApi, tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    database = f"sqlite:///{tmp_path / 'serve.db'}"
    assert load_into(open_engine(database), sample_path()).error is None
    process = await serve_process(
        "--db",
        database,
        "--base-url",
        api.base_url,
        "--webhook-url",
        "https://bot.example.org/telegram/abc",
        "--port",
        str(port),
        "--secret-token",
        "s3cret",
    )
    url = f"http://127.0.0.1:{port}/telegram/abc"
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
    try:
        (registered,) = await api.wait_for_calls("setWebhook", 1, timeout=60)
        async with httpx.AsyncClient(timeout=10) as client:
            for _ in range(100):  # the server starts listening just after registering
                with contextlib.suppress(httpx.ConnectError):
                    refused = await client.post(url, content=b"<html>not an update</html>", headers=headers)
                    break
                await asyncio.sleep(0.1)
            accepted = await client.post(
                url, json=api.message_update(42, "三公经费预算多少"), headers=headers
            )
        (reply,) = await api.wait_for_calls("sendMessage", 1, 42, timeout=20)
        process.send_signal(signal.SIGTERM)
        _stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert (refused.status_code, accepted.status_code) == (400, 200)
    assert "5.00 万元" in reply.params["text"]
    assert registered.params["allowed_updates"] == [
        "message",
        "edited_message",
        "callback_query",
        "inline_query",
    ]
    (line,) = [line for line in log.splitlines() if "not a Telegram update" in line]
    assert "26 bytes from 127.0.0.1: not JSON" in line
    assert "Traceback" not in log and "stopped" in log and FAKE_TOKEN not in log

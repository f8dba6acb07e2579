"""Building the Application: which failed Bot API calls are retried (network trouble yes, refusals and
possible double posts no), and /stats counters kept across a restart."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, TelegramError, TimedOut

from bot.telegram.app import shut_down, worth_retrying
from tests.bot.telegram.conftest import ADMIN, PERSON, FakeComposer, application_for, initialized, process
from tests.bot.telegram.fake_bot_api import FakeBotApi


def caused_by(error: TelegramError, cause: Exception) -> TelegramError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "endpoint", "retried"),
    [
        (NetworkError("Bad Gateway"), "sendMessage", True),
        (caused_by(TimedOut(), httpx.ConnectTimeout("no route")), "sendMessage", True),
        (caused_by(TimedOut(), httpx.PoolTimeout("pool full")), "sendMessage", True),
        (caused_by(TimedOut(), httpx.ReadTimeout("no answer")), "sendMessage", False),
        (caused_by(TimedOut(), httpx.ReadTimeout("no answer")), "editMessageText", True),
        (BadRequest("Can't parse entities"), "sendMessage", False),
        (Forbidden("bot was blocked by the user"), "sendMessage", False),
        (Conflict("terminated by other getUpdates request"), "deleteWebhook", False),
    ],
)
def test_only_network_trouble_that_cannot_post_twice_is_retried(
    error: TelegramError, endpoint: str, retried: bool
) -> None:
    assert worth_retrying(error, endpoint) is retried


async def test_stats_counted_before_a_restart_are_reported_after_it(
    api: FakeBotApi, fake_composer: FakeComposer, empty_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "state" / "telegram-stats.json"
    first = application_for(api, fake_composer, empty_engine, stats_file=path)
    async with initialized(first) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        await process(app, api.message_update(PERSON, "不存在的东西"))  # within the save interval
        await shut_down(app)  # what run_polling calls when the bot stops
    second = application_for(api, fake_composer, empty_engine, stats_file=path)
    async with initialized(second) as app:
        await process(app, api.command(ADMIN, "stats"))
    (report,) = api.texts(ADMIN)
    assert "已回答问题：2" in report and "未找到比例：50.0%" in report and "零工市场：1次" in report
    assert "不存在的东西" not in path.read_text(encoding="utf-8")

"""Building the Application: which failed Bot API calls are retried (network trouble yes, refusals and
possible double posts no), an outage logged once, the update types asked for, and /stats counters
kept across a restart."""

from __future__ import annotations

import logging

import httpx
import pytest
from sqlalchemy import Engine
from telegram import Update
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, TelegramError, TimedOut

from bot.channels.telegram import chart_handlers, handlers
from bot.channels.telegram.app import ALLOWED_UPDATES, worth_retrying
from tests.bot.channels.telegram.conftest import (
    ADMIN,
    GIG_TEXT,
    PERSON,
    FakeAnswers,
    application_for,
    initialized,
    polling,
    process,
)
from tests.bot.channels.telegram.fake_bot_api import BOT_USER, FakeBotApi


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
    api: FakeBotApi, fake_answers: FakeAnswers, engine: Engine
) -> None:
    first = application_for(api, fake_answers, engine)
    async with initialized(first) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        await process(app, api.message_update(PERSON, "不存在的东西"))  # counted within the save interval
    second = application_for(api, fake_answers, engine)  # stopping the first wrote its counts
    async with initialized(second) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        await process(app, api.command(ADMIN, "stats"))
    (report,) = api.texts(ADMIN)
    assert "已回答问题：3" in report and "未找到比例：33.3%" in report and "零工市场：2次" in report
    assert "不存在的东西" not in report


async def test_allowed_updates_are_exactly_the_update_types_the_handlers_take(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    question = api.message_update(PERSON, "零工市场")
    channel = {"id": -1001, "type": "channel", "title": "频道"}
    post = {"message_id": 1, "date": 0, "chat": channel, "text": "/start 零工市场"}
    member = {"status": "member", "user": api.user(PERSON)}
    samples = {
        "message": question,
        "edited_message": api.edited(question, "三公经费"),
        "callback_query": api.callback_update(PERSON, "s:1", question["message"]),
        "inline_query": api.inline_update(PERSON, "零工市场"),
        "channel_post": api.update({"channel_post": post}),
        "edited_channel_post": api.update({"edited_channel_post": post | {"edit_date": 1}}),
        "chosen_inline_result": api.update(
            {"chosen_inline_result": {"result_id": "0", "from": api.user(PERSON), "query": "零工市场"}}
        ),
        "my_chat_member": api.update(
            {
                "my_chat_member": {
                    "chat": channel,
                    "from": api.user(PERSON),
                    "date": 0,
                    "old_chat_member": member,
                    "new_chat_member": member | {"user": BOT_USER},
                }
            }
        ),
    }
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        handled = {
            kind
            for kind, data in samples.items()
            if any(handler.check_update(Update.de_json(data, app.bot)) for handler in app.handlers[0])
        }
    assert handled == set(ALLOWED_UPDATES)


async def test_a_bot_api_outage_while_polling_is_one_line_then_one_when_it_is_over(
    api: FakeBotApi,
    fake_answers: FakeAnswers,
    empty_engine: Engine,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("bot.channels.telegram.app.FIRST_RETRY_DELAY", 0.01)
    caplog.set_level(logging.INFO, logger="bot")
    application = application_for(api, fake_answers, empty_engine)
    async with polling(application):
        api.fail_next("getUpdates", 3)  # PTB retries getUpdates itself, after 1 s, 1.5 s, 2.25 s
        await api.wait_for(lambda: not api.refusals.get("getUpdates"), timeout=20)
        api.enqueue(api.message_update(PERSON, "零工市场预算多少"))
        (reply,) = await api.wait_for_calls("sendMessage", 1, PERSON, timeout=20)
    lines = [record for record in caplog.records if record.name.startswith("bot.")]
    assert [record.getMessage() for record in lines] == [
        "cannot reach the Telegram Bot API (getUpdates: Bad Gateway); retrying quietly until it answers",
        "the Telegram Bot API answers again",
    ]
    assert all(record.exc_info is None for record in caplog.records)
    assert reply.params["text"] == GIG_TEXT


async def test_a_server_side_failure_is_logged_told_to_the_admins_once_and_the_public_gets_a_plain_sorry(
    api: FakeBotApi,
    fake_answers: FakeAnswers,
    sample_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def unreadable_font(*_args: object) -> object:
        raise OSError("cannot open resource: /srv/budgetbot/.venv/lib/bot/fonts/BudgetbotSansSC.otf")

    monkeypatch.setattr(chart_handlers, "chart_image", unreadable_font)
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await process(app, api.command(PERSON, "chart", "三公"))
        await process(app, api.command(PERSON + 1, "chart", "收入构成"))
    for person in (PERSON, PERSON + 1):
        assert api.texts(person) == [handlers.APOLOGY]  # nothing about paths, fonts or what to install
    (told,) = api.texts(ADMIN)
    assert told == (
        "【需要管理员处理】处理一条消息时出错：OSError：cannot open resource: "
        "/srv/budgetbot/.venv/lib/bot/fonts/BudgetbotSansSC.otf。完整信息见服务器日志。"
    )
    failures = [r for r in caplog.records if r.getMessage().startswith("update failed")]
    assert len(failures) == 2 and all(r.exc_info for r in failures)


async def test_an_admin_who_never_started_the_bot_is_logged_and_the_others_still_told(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    forbidden = "Forbidden: bot can't initiate conversation with a user"
    application = application_for(api, fake_answers, empty_engine, admins=(ADMIN, ADMIN + 1))
    async with initialized(application) as app:
        api.refuse_next("sendMessage", forbidden, status=403, chat_id=ADMIN)
        await process(app, api.message_update(PERSON, "爆炸"))
    assert api.texts(PERSON) == [handlers.APOLOGY]
    assert api.texts(ADMIN) == [] and len(api.texts(ADMIN + 1)) == 1
    assert any(f"could not tell admin {ADMIN}" in r.getMessage() for r in caplog.records)

"""Buttons: a press that is too old, malformed or changes nothing is answered quietly — a note on the
button at most, never a message in the chat, an apology or a traceback."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import Engine

from tests.bot.telegram.conftest import (
    PERSON,
    FakeComposer,
    application_for,
    button_data,
    initialized,
    process,
)
from tests.bot.telegram.fake_bot_api import FakeBotApi

TOO_OLD = "Bad Request: query is too old and response timeout expired or query id is invalid"


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.exc_info or record.levelno >= logging.ERROR]


async def test_a_button_telegram_calls_too_old_is_logged_in_one_line_without_an_apology(
    api: FakeBotApi, fake_composer: FakeComposer, empty_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with initialized(application_for(api, fake_composer, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        answer = api.sent("sendMessage", PERSON)[-1]
        api.refuse_next("answerCallbackQuery", TOO_OLD)
        (source,) = button_data(answer)
        await process(app, api.callback_update(PERSON, source, answer.result))
    assert len(api.sent("sendMessage", PERSON)) == 1
    assert tracebacks(caplog) == []
    (line,) = [r for r in caplog.records if "query is too old" in r.getMessage().lower()]
    assert line.levelno == logging.INFO


@pytest.mark.parametrize(
    "data",
    ["zz:1", "c", "t:1:x", "s:abc", "g:../../etc", f"s:{'A' * 32}", f"c:{'0' * 32}:x", "s:1", "c:q12d3"],
)
async def test_a_malformed_button_is_told_it_is_stale_on_the_button_only(
    api: FakeBotApi,
    fake_composer: FakeComposer,
    empty_engine: Engine,
    caplog: pytest.LogCaptureFixture,
    data: str,
) -> None:
    message = {"message_id": 5, "date": 0, "chat": {"id": PERSON, "type": "private"}, "text": "…"}
    async with initialized(application_for(api, fake_composer, empty_engine)) as app:
        await process(app, api.callback_update(PERSON, data, message))
    (note,) = api.sent("answerCallbackQuery")
    assert note.params["text"] == "这个按钮已失效，请重新提问。"
    assert api.texts(PERSON) == [] and tracebacks(caplog) == []


@pytest.mark.parametrize("data", ["q:9", "g:pie"])
async def test_a_button_naming_what_the_bot_does_not_have_is_stale(
    api: FakeBotApi, fake_composer: FakeComposer, empty_engine: Engine, data: str
) -> None:
    message = {"message_id": 5, "date": 0, "chat": {"id": PERSON, "type": "private"}, "text": "…"}
    async with initialized(application_for(api, fake_composer, empty_engine)) as app:
        await process(app, api.callback_update(PERSON, data, message))
    (note,) = api.sent("answerCallbackQuery")
    assert note.params["text"] == "这个按钮已失效，请重新提问。" and api.texts(PERSON) == []
    assert fake_composer.asked == []


async def test_an_expired_source_or_reading_says_so_on_the_button_and_leaves_the_message(
    api: FakeBotApi, fake_composer: FakeComposer, empty_engine: Engine
) -> None:
    unknown = "0" * 32
    async with initialized(application_for(api, fake_composer, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "培训费多少"))
        offer = api.sent("sendMessage", PERSON)[-1]
        answer_id = button_data(offer)[-1].removeprefix("s:")
        for data in (f"s:{unknown}", f"c:{unknown}:0", f"c:{answer_id}:7"):
            await process(app, api.callback_update(PERSON, data, offer.result))
    notes = [call.params["text"] for call in api.sent("answerCallbackQuery")]
    assert notes == ["这条回答太早了，来源已不再保存。请重新提问。"] + ["这个选项已过期，请重新提问。"] * 2
    assert api.sent("editMessageText") == [] and len(api.sent("sendMessage", PERSON)) == 1
    assert fake_composer.asked == ["培训费多少"]


async def test_a_page_button_pressed_twice_is_quiet_the_second_time(
    api: FakeBotApi, fake_composer: FakeComposer, sample_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with initialized(application_for(api, fake_composer, sample_engine)) as app:
        await process(app, api.command(PERSON, "table", "十二"))
        first = api.sent("sendMessage", PERSON)[0]
        forward = first.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        await process(app, api.callback_update(PERSON, forward, first.result))
        await process(app, api.callback_update(PERSON, forward, first.result))  # an impatient second tap
    assert len(api.sent("editMessageText", PERSON)) == 1  # Telegram refused the unchanged second edit
    assert len(api.sent("answerCallbackQuery")) == 2
    assert api.sent("sendMessage", PERSON) == [first] and tracebacks(caplog) == []
    assert any("message is not modified" in r.getMessage().lower() for r in caplog.records)


async def test_a_page_of_a_table_replaced_since_says_so_on_the_button(
    api: FakeBotApi, fake_composer: FakeComposer, empty_engine: Engine
) -> None:
    message = {"message_id": 5, "date": 0, "chat": {"id": PERSON, "type": "private"}, "text": "…"}
    async with initialized(application_for(api, fake_composer, empty_engine)) as app:
        await process(app, api.callback_update(PERSON, "t:4242:1", message))
    (note,) = api.sent("answerCallbackQuery")
    assert note.params["text"].startswith("没有找到这张表") and api.sent("editMessageText") == []

"""Buttons: a press that is too old, malformed or changes nothing is answered quietly — a note on the
button at most, never a message in the chat, an apology or a traceback."""

from __future__ import annotations

import logging
import random
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from bot.channels.telegram.buttons import READING_EXPIRED, SOURCE_EXPIRED
from bot.channels.telegram.state import STATE_KEY
from bot.engine.answers import Answer, Choice, Fact, Source
from knowledge.chat_state import ConversationKey
from tests.bot.channels.telegram.conftest import (
    PERSON,
    FakeAnswers,
    application_for,
    button_data,
    initialized,
    process,
)
from tests.bot.channels.telegram.fake_bot_api import Call, FakeBotApi, JSONDict

TOO_OLD = "Bad Request: query is too old and response timeout expired or query id is invalid"


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.exc_info or record.levelno >= logging.ERROR]


async def test_a_button_telegram_calls_too_old_is_logged_in_one_line_without_an_apology(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
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
    fake_answers: FakeAnswers,
    empty_engine: Engine,
    caplog: pytest.LogCaptureFixture,
    data: str,
) -> None:
    message = {"message_id": 5, "date": 0, "chat": {"id": PERSON, "type": "private"}, "text": "…"}
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.callback_update(PERSON, data, message))
    (note,) = api.sent("answerCallbackQuery")
    assert note.params["text"] == "这个按钮已失效，请重新提问。"
    assert api.texts(PERSON) == [] and tracebacks(caplog) == []


@pytest.mark.parametrize("data", ["q:9", "g:pie"])
async def test_a_button_naming_what_the_bot_does_not_have_is_stale(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, data: str
) -> None:
    message = {"message_id": 5, "date": 0, "chat": {"id": PERSON, "type": "private"}, "text": "…"}
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.callback_update(PERSON, data, message))
    (note,) = api.sent("answerCallbackQuery")
    assert note.params["text"] == "这个按钮已失效，请重新提问。" and api.texts(PERSON) == []
    assert fake_answers.asked == []


async def test_an_expired_source_or_reading_says_so_on_the_button_and_leaves_the_message(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    unknown = "0" * 32
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "培训费多少"))
        offer = api.sent("sendMessage", PERSON)[-1]
        answer_id = button_data(offer)[-1].removeprefix("s:")
        for data in (f"s:{unknown}", f"c:{unknown}:0", f"c:{answer_id}:7"):
            await process(app, api.callback_update(PERSON, data, offer.result))
    notes = [call.params["text"] for call in api.sent("answerCallbackQuery")]
    assert notes == ["这条回答太早了，来源已不再保存。请重新提问。"] + ["这个选项已过期，请重新提问。"] * 2
    assert api.sent("editMessageText") == [] and len(api.sent("sendMessage", PERSON)) == 1
    assert fake_answers.asked == ["培训费多少"]


async def test_a_page_button_pressed_twice_is_quiet_the_second_time(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
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
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    message = {"message_id": 5, "date": 0, "chat": {"id": PERSON, "type": "private"}, "text": "…"}
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.callback_update(PERSON, "t:4242:1", message))
    (note,) = api.sent("answerCallbackQuery")
    assert note.params["text"].startswith("没有找到这张表") and api.sent("editMessageText") == []


class EchoAnswers(FakeAnswers):
    """Every question has two readings (甲, 乙), each answered with a figure named after it, so a reply
    shows which question and which chat a button came from."""

    def answer(self, question: str, conversation: ConversationKey | None = None) -> Answer:
        self.asked.append(question)
        source = Source(f"文档 {question}", "表一", "收支总表", question, "本年")
        if question.startswith("读:"):
            return Answer("answered", f"答：{question}", [Fact(question, Decimal(1), "万元", source)])
        readings = [Choice(label, f"读:{question}:{label}") for label in "甲乙"]
        facts = [Fact(f"{question}{label}", Decimal(2), "万元", source) for label in "甲乙"]
        return Answer("ambiguous", f"{question}有两种读法", facts, readings)


def random_chats(rng: random.Random, count: int) -> list[JSONDict]:
    """Private chats and groups with ids as Telegram makes them (groups' need 64 bits)."""
    chats: list[JSONDict] = []
    for n in range(count):
        if rng.random() < 0.5:
            user = rng.randrange(10**5, 10**10)
            chats.append({"id": user, "type": "private", "first_name": f"用户{n}"})
        else:
            chats.append({"id": -(10**12) - rng.randrange(10**9), "type": "supergroup", "title": f"群{n}"})
    return chats


async def test_every_button_resolves_only_in_its_own_chat_on_any_process(
    api: FakeBotApi, engine: Engine
) -> None:
    rng = random.Random(11)
    chats = random_chats(rng, 12)
    composer = EchoAnswers()
    processes = [application_for(api, composer, engine, questions_per_minute=0) for _ in range(2)]
    buttons: list[tuple[JSONDict, str, str, Call]] = []  # chat, data, the reading or fact it shows, message
    async with initialized(processes[0]) as first, initialized(processes[1]) as second:
        for n, chat in enumerate(chats):
            for turn in range(2):
                question = f"问题{n}-{turn}"
                asker = chat["id"] if chat["type"] == "private" else rng.randrange(10**5, 10**6)
                await process(rng.choice((first, second)), api.command(asker, "ask", question, chat=chat))
                offer = api.sent("sendMessage", chat["id"])[-1]
                reading, other, source = button_data(offer)
                buttons += [
                    (chat, reading, f"答：读:{question}:甲", offer),
                    (chat, other, f"答：读:{question}:乙", offer),
                    (chat, source, f"{question}甲", offer),
                ]
        for app in (first, second):
            await app.bot_data[STATE_KEY].chats.saved()
        for chat, data, shows, offer in rng.sample(buttons, len(buttons)):
            for target in [chat, *rng.sample([c for c in chats if c is not chat], 3)]:
                presser = target["id"] if target["type"] == "private" else 7
                where = offer.result | {"chat": target}  # a forged press: the same data in another chat
                before = len(api.sent())
                await process(rng.choice((first, second)), api.callback_update(presser, data, where))
                calls = api.sent()[before:]
                replies = [c for c in calls if c.method in ("sendMessage", "editMessageText")]
                if target is chat:
                    assert replies and all(c.params["chat_id"] == chat["id"] for c in replies)
                    assert shows in replies[0].params["text"], (data, replies[0].params["text"])
                else:
                    assert replies == [], (data, target["id"], [c.params for c in replies])
                    (note,) = [c for c in calls if c.method == "answerCallbackQuery"]
                    assert note.params["text"] in (SOURCE_EXPIRED, READING_EXPIRED)

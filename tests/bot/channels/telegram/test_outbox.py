"""An edited message updates the bot's earlier reply in place, never adds a new one, and never counts
toward the flood limit."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.channels.telegram import handlers
from bot.engine.answers import Answer
from tests.bot.channels.telegram.conftest import (
    GIG_TEXT,
    PERSON,
    FakeAnswers,
    application_for,
    initialized,
    process,
)
from tests.bot.channels.telegram.fake_bot_api import FakeBotApi

GROUP = {"id": -100123, "type": "supergroup", "title": "预算讨论群"}


async def test_an_edited_question_edits_the_earlier_answer_in_place(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        question = api.message_update(PERSON, "火星基地预算多少")
        await process(app, question)
        (first,) = api.sent("sendMessage", PERSON)
        await process(app, api.edited(question, "零工市场预算多少"))
    (edit,) = api.sent("editMessageText", PERSON)
    assert api.sent("sendMessage", PERSON) == [first]
    assert edit.params["message_id"] == first.result["message_id"] and edit.params["text"] == GIG_TEXT
    ((source,),) = edit.params["reply_markup"]["inline_keyboard"]
    assert source["text"] == "来源" and source["callback_data"].startswith("s:")
    assert fake_answers.asked == ["火星基地预算多少", "零工市场预算多少"]


async def test_an_edit_to_a_longer_or_shorter_answer_adds_or_deletes_its_extra_parts(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_answer = fake_answers.answer

    def long_for_long_questions(question: str) -> Answer:
        return Answer("answered", "很长的回答\n" * 1500) if "长" in question else real_answer(question)

    monkeypatch.setattr(fake_answers, "answer", long_for_long_questions)
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        question = api.message_update(PERSON, "零工市场预算多少")
        await process(app, question)
        await process(app, api.edited(question, "长的问题"))
        grown = len(api.sent("sendMessage", PERSON))
        await process(app, api.edited(question, "零工市场预算多少？"))
    parts = grown  # 1,500 lines of 6 characters: three messages' worth
    assert parts >= 3 and len(api.sent("editMessageText", PERSON)) == 2
    deleted = api.sent("deleteMessage", PERSON)
    assert len(deleted) == parts - 1
    kept = api.sent("sendMessage", PERSON)[0].result["message_id"]
    assert kept not in {call.params["message_id"] for call in deleted}
    assert api.sent("editMessageText", PERSON)[-1].params["text"] == GIG_TEXT


async def test_an_edit_that_changes_nothing_in_the_answer_is_quiet(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        question = api.message_update(PERSON, "火星基地")
        await process(app, question)
        await process(app, api.edited(question, "火星基地"))  # same text: Telegram refuses the same edit
    assert api.texts(PERSON) == ["没有找到“火星基地”。"] and api.sent("editMessageText") == []


async def test_an_edit_of_a_message_never_answered_gets_no_reply(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=1)) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        refused = api.message_update(PERSON, "火星基地")  # over the limit: the flood notice, no answer
        await process(app, refused)
        await process(app, api.edited(refused, "三公经费"))
    assert api.texts(PERSON) == [GIG_TEXT, handlers.FLOOD_NOTICE]
    assert fake_answers.asked == ["零工市场预算多少"]


async def test_edits_never_count_toward_the_flood_limit_nor_bring_a_notice(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=2)) as app:
        question = api.message_update(PERSON, "问题0")
        await process(app, question)
        for n in range(1, 6):
            await process(app, api.edited(question, f"问题{n}"))
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
    assert handlers.FLOOD_NOTICE not in api.texts(PERSON)
    assert fake_answers.asked == [f"问题{n}" for n in range(6)] + ["零工市场预算多少"]
    assert len(api.sent("sendMessage", PERSON)) == 2 and len(api.sent("editMessageText", PERSON)) == 5


async def test_an_edited_group_question_edits_its_answer_and_unaddressed_edits_are_ignored(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    mention = [{"type": "mention", "offset": 0, "length": 16}]
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=1)) as app:
        chatter = api.message_update(PERSON, "大家好", chat=GROUP)
        await process(app, chatter)
        asked = api.message_update(PERSON, "@budget_test_bot 火星", chat=GROUP, entities=mention)
        await process(app, asked)
        await process(app, api.edited(chatter, "大家好呀"))
        edited = api.edited(asked, "@budget_test_bot 零工市场")
        edited["edited_message"]["entities"] = mention
        await process(app, edited)
    (answer,) = api.sent("sendMessage", GROUP["id"])
    (edit,) = api.sent("editMessageText", GROUP["id"])
    assert edit.params["message_id"] == answer.result["message_id"] and edit.params["text"] == GIG_TEXT
    assert fake_answers.asked == ["火星", "零工市场"]


async def test_an_edited_slash_ask_edits_its_answer(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        command = api.command(PERSON, "ask", "火星")
        await process(app, command)
        await process(app, api.edited(command, "/ask 零工市场"))
        await process(app, api.edited(command, "/ask"))
    assert len(api.sent("sendMessage", PERSON)) == 1
    assert [call.params["text"] for call in api.sent("editMessageText", PERSON)] == [
        GIG_TEXT,
        handlers.ASK_HINT,
    ]


async def test_an_edited_chart_command_is_left_alone(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        command = api.command(PERSON, "chart")
        await process(app, command)
        await process(app, api.edited(command, "/chart 三公"))
    assert len(api.sent("sendMessage", PERSON)) == 1 and api.sent("editMessageText") == []
    assert api.sent("sendPhoto") == [] and api.sent("sendChatAction") == []

"""What the bot remembers per chat, in the database (SQLite and PostgreSQL): answers behind buttons found
only in their own chat and by any process, replies for edits, conversation context per person and topic."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from telegram import Message

from bot.channels.telegram import persistence
from bot.channels.telegram import state as chat_state_module
from bot.channels.telegram.connection import ApiHealth
from bot.channels.telegram.persistence import StateWriter
from bot.channels.telegram.state import BotState, ChatState, answer_from_json, conversation_of
from bot.channels.telegram.worker import AnswerWorker
from bot.engine.answers import Answer
from knowledge.chat_state import ConversationKey
from knowledge.chat_state import find_answer as found_answer
from knowledge.settings import TelegramSettings
from tests.bot.channels.telegram.conftest import GIG_MARKET, NURSING, FakeAnswers

GROUP = {"id": -1001234567890, "type": "supergroup", "title": "预算讨论群"}
ASKED = Answer("ambiguous", "“培训”有两处", [NURSING, GIG_MARKET], intent="figure")


def chat_state(engine: Engine) -> ChatState:
    """The chat state of one bot process."""
    return ChatState(engine, StateWriter(engine, keep_days=30))


def message(chat: dict[str, object], **fields: object) -> Message:
    data = {"message_id": 1, "date": 0, "chat": chat, "text": "问"} | fields
    return Message.de_json(data, None)  # type: ignore[arg-type, return-value]


def test_an_answer_comes_back_from_json_with_its_exact_amounts() -> None:
    back = answer_from_json(ASKED.to_json())
    assert back == ASKED and back.facts[0].value == Decimal("149.2")


async def test_an_answer_is_found_by_its_id_only_in_its_chat_by_this_process_and_another(
    engine: Engine,
) -> None:
    here, elsewhere = chat_state(engine), chat_state(engine)
    answer_id = here.remember_answer(ConversationKey(GROUP["id"], 7), "培训费", ASKED)  # type: ignore[arg-type]
    assert re.fullmatch("[0-9a-f]{32}", answer_id)
    await here.saved()
    for state in (here, elsewhere):
        found = await state.answer(GROUP["id"], answer_id)  # type: ignore[arg-type]
        assert found is not None and found.question == "培训费" and found.answer == ASKED
        assert await state.answer(7, answer_id) is None
    await here.writer.close()


async def test_a_button_pressed_on_another_process_before_its_answer_is_written_finds_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(persistence, "RECHECK_SECONDS", 5 * persistence.FLUSH_SECONDS)
    giving, pressed = chat_state(engine), chat_state(engine)
    answer_id = giving.remember_answer(ConversationKey(1, 1), "培训费", ASKED)  # queued, not yet written
    found = await pressed.answer(1, answer_id)
    assert found is not None and found.answer == ASKED
    for state in (giving, pressed):
        await state.writer.close()


async def test_a_button_pressed_while_a_busy_process_writes_late_is_still_found(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other process commits after the first look again (a machine busy with other work): the
    second look, after twice the wait, finds it."""
    monkeypatch.setattr(persistence, "RECHECK_SECONDS", 0.01)
    giving, pressed = chat_state(engine), chat_state(engine)
    answer_id = giving.remember_answer(ConversationKey(1, 1), "培训费", ASKED)
    await giving.saved()
    looks = []

    def written_late(*arguments: object) -> object:
        looks.append(arguments)
        return found_answer(*arguments) if len(looks) > 2 else None  # not there at the first two looks

    monkeypatch.setattr(chat_state_module, "find_answer", written_late)
    found = await pressed.answer(1, answer_id)
    assert found is not None and found.answer == ASKED and len(looks) == 3
    for chat in (giving, pressed):
        await chat.writer.close()


async def test_the_last_answer_of_a_chat_is_the_newest_given_by_any_process(engine: Engine) -> None:
    first, second = chat_state(engine), chat_state(engine)
    first.remember_answer(ConversationKey(1, 1), "一", Answer("answered", "一"))
    await first.saved()
    second.remember_answer(ConversationKey(1, 1), "二", Answer("answered", "二"))
    second.remember_answer(ConversationKey(2, 2), "别处", Answer("answered", "别处"))
    await second.saved()
    last = await first.last_answer(1)
    assert last is not None and last.question == "二"
    assert await first.last_answer(3) is None
    for state in (first, second):
        await state.writer.close()


async def test_replies_are_seen_at_once_here_and_once_written_by_another_process(engine: Engine) -> None:
    here, elsewhere = chat_state(engine), chat_state(engine)
    here.remember_replies(1, 10, [100, 101])
    assert await here.replies(1, 10) == [100, 101]
    await here.saved()
    assert await elsewhere.replies(1, 10) == [100, 101] and await elsewhere.replies(2, 10) is None
    elsewhere.remember_replies(1, 10, [102])  # an edit handled by the other process
    await elsewhere.saved()
    assert await here.replies(1, 10) == [102]
    for state in (here, elsewhere):
        await state.writer.close()


async def test_context_is_per_conversation_and_seen_by_every_process(engine: Engine) -> None:
    here, elsewhere = chat_state(engine), chat_state(engine)
    alice, bob = ConversationKey(GROUP["id"], 1), ConversationKey(GROUP["id"], 2)  # type: ignore[arg-type]
    here.set_context(alice, {"unit": "人社局", "year": 2024})
    assert await here.context(alice) == {"unit": "人社局", "year": 2024}
    await here.saved()
    assert await elsewhere.context(alice) == {"unit": "人社局", "year": 2024}
    assert await elsewhere.context(bob) is None
    here.set_context(alice, None)
    assert await here.context(alice) is None
    await here.saved()
    assert await elsewhere.context(alice) is None
    for state in (here, elsewhere):
        await state.writer.close()


def test_a_conversation_is_the_chat_the_person_and_the_forum_topic() -> None:
    person = {"id": 5, "is_bot": False, "first_name": "甲"}
    private = message({"id": 5, "type": "private"}, **{"from": person})
    group = message(GROUP)
    topic = message(GROUP, message_thread_id=9, is_topic_message=True)
    reply_thread = message(GROUP, message_thread_id=3)  # a reply chain, not a topic
    user = private.from_user
    assert conversation_of(private, user) == ConversationKey(5, 5, 0)
    assert conversation_of(group, user) == ConversationKey(GROUP["id"], 5, 0)  # type: ignore[arg-type]
    assert conversation_of(topic, user) == ConversationKey(GROUP["id"], 5, 9)  # type: ignore[arg-type]
    assert conversation_of(reply_thread, user) == conversation_of(group, user)


def test_inline_queries_have_a_looser_limit_than_questions_and_zero_turns_both_off(
    empty_engine: Engine,
) -> None:
    def state(limit: int) -> BotState:
        settings = TelegramSettings(questions_per_minute=limit)
        return BotState.build(AnswerWorker(FakeAnswers()), empty_engine, settings, ApiHealth())

    limited, off = state(4), state(0)
    assert limited.questions.limit == 4 and limited.inline_queries.limit > 4
    assert off.questions.limit == 0 and off.inline_queries.limit == 0

"""Follow-up questions in Telegram, through the real Application long-polling the fake Bot API: each
private chat is one conversation, in a group each person (and forum topic) has their own; /reset and
重新开始 start afresh; conversations never cross, and messages sent at once are read in order.

What the bot sends is checked against the answer service read in-process and the figures stored in the
database (tests/bot/conversations.py), never against copied text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.channels.telegram.render import answer_html, split_html
from bot.engine.answers import Answer
from bot.services.answering import AnswerService
from bot.services.conversation import STARTED_AFRESH
from tests.bot.channels.telegram.conftest import PERSON, application_for, polling
from tests.bot.channels.telegram.fake_bot_api import FakeBotApi, JSONDict
from tests.bot.channels.telegram.test_end_to_end import buttons, visible_text
from tests.bot.conversations import CONVERSATIONS, Turn, check_conversation, read_in_process, understood_line

FAMILIES = sorted({family for _kind, family in CONVERSATIONS})
GROUP = {"id": -100555, "type": "supergroup", "title": "预算讨论群", "is_forum": True}
OTHER = PERSON + 1
TOPIC = 7


def telegram_parts(answer: Answer) -> list[str]:
    return split_html(answer_html(answer))


def shown_in_telegram(answer: Answer) -> str:
    """An answer as Telegram shows it, as plain text: its messages' visible text, one after another."""
    return "\n".join(visible_text(part) for part in telegram_parts(answer))


async def reply_to(api: FakeBotApi, update: JSONDict, parts: int = 1) -> str:
    """Send one update and return the visible text of the `parts` messages the bot replies with."""
    chat = update["message"]["chat"]["id"]
    before = len(api.sent("sendMessage", chat))
    api.enqueue(update)
    calls = await api.wait_for_calls("sendMessage", before + parts, chat, timeout=30)
    return "\n".join(visible_text(call.params["text"]) for call in calls[before : before + parts])


async def converse(
    api: FakeBotApi,
    answers: AnswerService,
    person: int,
    turns: tuple[Turn, ...],
    chat: JSONDict | None = None,
) -> list[str]:
    """Ask a conversation's turns one after another (in a group with /ask), each after the last reply."""
    shown = []
    for turn, read in zip(turns, read_in_process(answers, turns), strict=True):
        update = (
            api.command(person, "ask", turn.question, chat=chat)
            if chat
            else api.message_update(person, turn.question)
        )
        shown.append(await reply_to(api, update, len(telegram_parts(read))))
    return shown


@pytest.fixture(scope="module")
def corpus_answers(
    corpus_engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AnswerService]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("telegram-cache")))
        yield AnswerService(corpus_engine)


@pytest.mark.parametrize("family", FAMILIES)
async def test_follow_ups_of_every_kind_are_read_against_the_chats_conversation(
    api: FakeBotApi, corpus_engine: Engine, corpus_answers: AnswerService, empty_engine: Engine, family: str
) -> None:
    """Every kind's conversation of one document family in one private chat, /reset or 重新开始
    between them. The chat state lives in a database of its own: the corpus is only read."""
    conversations = [turns for (_kind, of), turns in CONVERSATIONS.items() if of == family]
    application = application_for(api, corpus_answers, empty_engine, questions_per_minute=0)
    async with polling(application):
        for number, turns in enumerate(conversations):
            shown = await converse(api, corpus_answers, PERSON, turns)
            check_conversation(corpus_engine, corpus_answers, turns, shown, shown_in_telegram)
            afresh = api.command(PERSON, "reset") if number % 2 else api.message_update(PERSON, "重新开始")
            assert await reply_to(api, afresh) == STARTED_AFRESH


@pytest.mark.parametrize("afresh", ["/reset", "重新开始", "重新开始。"])
async def test_after_reset_a_follow_up_inherits_nothing(
    api: FakeBotApi, answers: AnswerService, empty_engine: Engine, afresh: str
) -> None:
    application = application_for(api, answers, empty_engine)
    follow_up = answers.answer("那公务接待费呢")
    async with polling(application):
        first = await reply_to(api, api.message_update(PERSON, "人社局三公经费多少"))
        command = afresh.startswith("/")
        cleared = api.command(PERSON, afresh[1:]) if command else api.message_update(PERSON, afresh)
        assert await reply_to(api, cleared) == STARTED_AFRESH
        alone = await reply_to(
            api, api.message_update(PERSON, "那公务接待费呢"), len(telegram_parts(follow_up))
        )
    assert first == shown_in_telegram(answers.answer("人社局三公经费多少"))
    assert not understood_line(alone) and alone == shown_in_telegram(follow_up)


TWO_UNITS = {
    "孝义": (
        Turn("孝义人社局三公经费多少"),
        Turn("其中公务接待费呢", "孝义人社局公务接待费多少"),
        Turn("公务用车运行维护费呢", "孝义人社局公务用车运行维护费多少"),
    ),
    "汾阳": (
        Turn("汾阳人社局项目支出多少"),
        Turn("占比多少", "汾阳人社局项目支出占比多少"),
        Turn("那基本支出呢", "汾阳人社局基本支出占比多少"),
    ),
}
"""Two conversations over the same document loaded under two units' names: a follow-up that crossed
into the other conversation would answer from the other unit."""


async def interleaved(
    api: FakeBotApi, answers: AnswerService, speakers: list[tuple[int, JSONDict | None, int]]
) -> list[list[str]]:
    """The two conversations, a turn of each in turn: speakers are (person, group chat or None for a
    private chat, forum topic or 0)."""
    conversations = list(TWO_UNITS.values())
    readings = [read_in_process(answers, turns) for turns in conversations]
    shown: list[list[str]] = [[], []]
    for number in range(3):
        for side, (person, chat, topic) in enumerate(speakers):
            turn, read = conversations[side][number], readings[side][number]
            update = (
                api.command(person, "ask", turn.question, chat)
                if chat
                else api.message_update(person, turn.question)
            )
            if topic:
                update["message"] |= {"message_thread_id": topic, "is_topic_message": True}
            shown[side].append(await reply_to(api, update, len(telegram_parts(read))))
    return shown


@pytest.mark.parametrize(
    "speakers",
    [
        [(PERSON, None, 0), (OTHER, None, 0)],
        [(PERSON, GROUP, 0), (OTHER, GROUP, 0)],
        [(PERSON, GROUP, 0), (PERSON, GROUP, TOPIC)],
    ],
    ids=["two private chats", "two people in one group", "one person in a group and in its topic"],
)
async def test_conversations_never_cross(
    api: FakeBotApi,
    two_units_engine: Engine,
    two_units_answers: AnswerService,
    empty_engine: Engine,
    speakers: list[tuple[int, JSONDict | None, int]],
) -> None:
    application = application_for(api, two_units_answers, empty_engine, questions_per_minute=0)
    async with polling(application):
        shown = await interleaved(api, two_units_answers, speakers)
    for turns, said in zip(TWO_UNITS.values(), shown, strict=True):
        check_conversation(two_units_engine, two_units_answers, turns, said, shown_in_telegram)


async def test_a_conversations_messages_sent_at_once_are_read_in_order(
    api: FakeBotApi, corpus_engine: Engine, corpus_answers: AnswerService, empty_engine: Engine
) -> None:
    """Three turns sent together (the bot handles updates concurrently): each still reads the one before."""
    turns = CONVERSATIONS["year", "jiangsu"]
    expected = [shown_in_telegram(answer) for answer in read_in_process(corpus_answers, turns)]
    application = application_for(api, corpus_answers, empty_engine, questions_per_minute=0)
    async with polling(application):
        for turn in turns:
            api.enqueue(api.message_update(PERSON, turn.question))
        await api.wait_for_calls("sendMessage", len(turns), PERSON, timeout=60)
        await asyncio.sleep(0.2)
    sent = [visible_text(call.params["text"]) for call in api.sent("sendMessage", PERSON)]
    assert sorted(sent) == sorted(expected)


async def test_an_edited_question_is_read_again_against_the_conversation_before_it(
    api: FakeBotApi, answers: AnswerService, empty_engine: Engine
) -> None:
    """Editing the last follow-up rewrites its answer, read against what it first followed, and the
    conversation goes on from the edit; editing an older question rewrites only its own answer."""
    first = answers.converse("人社局三公经费多少", None)
    edited_follow_up = answers.converse("那公务用车运行维护费呢", first.context)
    edited_first = answers.converse("人社局项目支出多少", None)
    share = answers.converse("占比多少", edited_follow_up.context)
    application = application_for(api, answers, empty_engine)
    async with polling(application):
        asked = api.enqueue(api.message_update(PERSON, "人社局三公经费多少"))
        await api.wait_for_calls("sendMessage", 1, PERSON)
        follow_up = api.enqueue(api.message_update(PERSON, "那公务接待费呢"))
        replies = await api.wait_for_calls("sendMessage", 2, PERSON)
        api.enqueue(api.edited(follow_up, "那公务用车运行维护费呢"))
        await api.wait_for_calls("editMessageText", 1, PERSON)
        api.enqueue(api.edited(asked, "人社局项目支出多少"))
        edits = await api.wait_for_calls("editMessageText", 2, PERSON)
        last = await reply_to(api, api.message_update(PERSON, "占比多少"))
    assert [edit.params["message_id"] for edit in edits] == [
        replies[1].result["message_id"],
        replies[0].result["message_id"],
    ]
    assert visible_text(edits[0].params["text"]) == shown_in_telegram(edited_follow_up.answer)
    assert understood_line(edited_follow_up.answer.text) and edited_follow_up.answer.facts
    assert visible_text(edits[1].params["text"]) == shown_in_telegram(edited_first.answer)
    assert last == shown_in_telegram(share.answer)
    assert share.answer.to_json() != answers.converse("占比多少", edited_first.context).answer.to_json()


@pytest.mark.parametrize("unit", ["孝义", "汾阳"])
async def test_a_follow_up_after_a_reading_button_follows_the_reading_chosen(
    api: FakeBotApi, two_units_answers: AnswerService, empty_engine: Engine, unit: str
) -> None:
    """零工市场花了多少钱 is offered for both units; after one is pressed, 它的绩效目标 is that unit's."""
    offered = two_units_answers.converse("零工市场花了多少钱", None).answer
    choice = next(choice for choice in offered.choices if choice.label.startswith(unit))
    chosen = two_units_answers.choose_in_conversation(choice)
    target = two_units_answers.converse("它的绩效目标", chosen.context).answer
    application = application_for(api, two_units_answers, empty_engine)
    async with polling(application):
        api.enqueue(api.message_update(PERSON, "零工市场花了多少钱"))
        (offer,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        pressed = next(data for label, data in buttons(offer) if label.startswith(unit))
        api.enqueue(api.callback_update(PERSON, pressed, offer.result))
        (edit,) = await api.wait_for_calls("editMessageText", 1, PERSON)
        follow_up = await reply_to(
            api, api.message_update(PERSON, "它的绩效目标"), len(telegram_parts(target))
        )
    assert offered.status == "ambiguous" and visible_text(edit.params["text"]) == shown_in_telegram(
        chosen.answer
    )
    assert follow_up == shown_in_telegram(target) and target.status == "answered"
    assert {fact.source.document for fact in target.facts} == {choice.label}

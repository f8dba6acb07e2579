"""What a channel keeps of a conversation (bot.services.conversation): the context the next question is
read against, what each recent message was read against (for its edits), 重新开始, and its JSON."""

from __future__ import annotations

import json

import pytest

from bot.engine.followup import Context
from bot.services.conversation import TURNS_KEPT, Conversation, starts_afresh

BEFORE = Context(unit="汾阳市人力资源和社会保障局", year=2024, ask="三公经费多少", item="三公经费")
AFTER = Context(unit="汾阳市人力资源和社会保障局", year=2024, ask="公务接待费多少", item="公务接待费")
EDITED = Context(unit="汾阳市人力资源和社会保障局", year=2024, ask="办公费多少", item="办公费")


@pytest.mark.parametrize("text", ["重新开始", "重新开始。", " 重来 ", "从头开始！", "/reset"])
def test_starting_afresh_is_recognised(text: str) -> None:
    assert starts_afresh(text)


@pytest.mark.parametrize("text", ["重新开始计算三公经费", "那去年呢", "开始", ""])
def test_a_question_is_not_starting_afresh(text: str) -> None:
    assert not starts_afresh(text)


def test_a_new_message_is_read_against_the_conversation_and_moves_it_on() -> None:
    conversation = Conversation().moved_on(1, False, BEFORE)
    assert conversation.read_against(2, edited=False) == BEFORE
    after = conversation.moved_on(2, False, AFTER)
    assert after.context == AFTER and after.before(2) == BEFORE and after.before(1) is None


def test_an_edit_of_the_last_message_is_read_as_it_was_first_and_moves_the_conversation() -> None:
    conversation = Conversation().moved_on(1, False, BEFORE).moved_on(2, False, AFTER)
    assert conversation.read_against(2, edited=True) == BEFORE
    assert conversation.moved_on(2, True, EDITED).context == EDITED


def test_an_edit_of_an_older_message_leaves_what_later_questions_were_about() -> None:
    conversation = Conversation().moved_on(1, False, BEFORE).moved_on(2, False, AFTER)
    assert conversation.read_against(1, edited=True) is None
    assert conversation.moved_on(1, True, EDITED) == conversation


def test_an_edit_of_a_message_long_gone_is_read_on_its_own() -> None:
    conversation = Conversation()
    for message in range(1, TURNS_KEPT + 3):
        conversation = conversation.moved_on(message, False, BEFORE)
    assert len(conversation.turns) == TURNS_KEPT
    assert conversation.read_against(1, edited=True) is None
    assert conversation.read_against(TURNS_KEPT + 2, edited=True) == BEFORE


def test_a_conversation_survives_its_json() -> None:
    conversation = (
        Conversation().moved_on(1, False, BEFORE).moved_on(2, False, None).moved_on(3, False, AFTER)
    )
    assert Conversation.from_json(json.loads(json.dumps(conversation.to_json()))) == conversation


@pytest.mark.parametrize(
    "data", [None, "x", [], {"context": BEFORE.to_json()}, {"turns": "12"}, {"turns": [["a", None], [1]]}]
)
def test_anything_else_reads_as_a_new_conversation(data: object) -> None:
    assert Conversation.from_json(data) == Conversation()

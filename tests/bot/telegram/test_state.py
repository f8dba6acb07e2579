"""Recent answers for 来源 and /source: per chat, and bounded however many chats there are."""

from __future__ import annotations

from bot.answers import Answer
from bot.telegram.state import RecentAnswers


def test_an_answer_is_found_only_in_the_chat_it_was_given_in() -> None:
    recent = RecentAnswers()
    first = Answer("answered", "一")
    number = recent.remember(1, first)
    assert recent.get(1, number) is first and recent.last(1) is first
    assert recent.get(2, number) is None and recent.last(2) is None


def test_the_last_answer_is_the_newest_of_that_chat() -> None:
    recent = RecentAnswers()
    recent.remember(1, Answer("answered", "一"))
    newest = Answer("answered", "二")
    recent.remember(1, newest)
    recent.remember(2, Answer("answered", "别的聊天"))
    assert recent.last(1) is newest


def test_the_oldest_answers_and_chats_are_forgotten_first() -> None:
    recent = RecentAnswers(size=3)
    numbers = [recent.remember(chat, Answer("answered", str(chat))) for chat in range(5)]
    assert [recent.get(chat, n) is not None for chat, n in enumerate(numbers)] == [
        False,
        False,
        True,
        True,
        True,
    ]
    assert recent.last(0) is None and recent.last(4) is not None
    assert len(recent.answers) == 3 and len(recent.latest) == 3

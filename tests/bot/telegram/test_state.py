"""What the bot remembers per chat: answers for 来源 and /source, replies for edits; bounded however
many chats there are."""

from __future__ import annotations

from bot.answers import Answer
from bot.telegram.state import ChatMemory, RecentAnswers, RepliesToMessages
from knowledge.settings import TelegramSettings


def test_an_answer_is_found_only_in_the_chat_it_was_given_in() -> None:
    recent = RecentAnswers()
    first = Answer("answered", "一")
    number = recent.remember(1, "问一", first)
    found = recent.get(1, number)
    assert found is not None and found.answer is first and found.question == "问一"
    assert recent.last(1) == found
    assert recent.get(2, number) is None and recent.last(2) is None


def test_the_last_answer_is_the_newest_of_that_chat() -> None:
    recent = RecentAnswers()
    recent.remember(1, "问一", Answer("answered", "一"))
    newest = Answer("answered", "二")
    recent.remember(1, "问二", newest)
    recent.remember(2, "别处", Answer("answered", "别的聊天"))
    last = recent.last(1)
    assert last is not None and last.answer is newest


def test_the_oldest_answers_and_chats_are_forgotten_first() -> None:
    recent = RecentAnswers(size=3)
    numbers = [recent.remember(chat, str(chat), Answer("answered", str(chat))) for chat in range(5)]
    assert [recent.get(chat, n) is not None for chat, n in enumerate(numbers)] == [
        False,
        False,
        True,
        True,
        True,
    ]
    assert recent.last(0) is None and recent.last(4) is not None
    assert len(recent.answers) == 3 and len(recent.latest) == 3


def test_replies_are_kept_per_chat_and_message_and_the_oldest_forgotten_first() -> None:
    replies = RepliesToMessages(size=2)
    replies.remember(1, 10, [100, 101])
    replies.remember(2, 10, [200])
    assert replies.get(1, 10) == [100, 101] and replies.get(2, 10) == [200] and replies.get(1, 11) is None
    replies.remember(1, 10, [102])  # an edit's replies replace the earlier ones and count as recent
    replies.remember(3, 5, [300])
    assert replies.get(2, 10) is None and replies.get(1, 10) == [102] and replies.get(3, 5) == [300]


def test_inline_queries_have_a_looser_limit_than_questions_and_zero_turns_both_off() -> None:
    memory = ChatMemory.for_settings(TelegramSettings(questions_per_minute=4))
    assert memory.questions.limit == 4 and memory.inline_queries.limit > 4
    off = ChatMemory.for_settings(TelegramSettings(questions_per_minute=0))
    assert off.questions.limit == 0 and off.inline_queries.limit == 0

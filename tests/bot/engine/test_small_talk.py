"""A greeting, thanks or a request for help is answered as such, never with a document's figures; a
question with a greeting before it is still the question."""

from __future__ import annotations

import pytest

from bot.engine.composer import Composer
from bot.engine.small_talk import HELP, WELCOME_BACK


@pytest.mark.parametrize("message", ["你好", "您好！", "在吗？", "hello", "怎么用", "你能做什么", "帮助"])
def test_a_greeting_or_a_request_for_help_gets_the_help_never_figures(
    families: Composer, message: str
) -> None:
    answer = families.answer(message)
    assert answer.text == HELP and not answer.facts, answer.text


@pytest.mark.parametrize("message", ["谢谢", "谢谢！", "多谢啦", "好的谢谢"])
def test_thanks_are_answered_in_kind(families: Composer, message: str) -> None:
    answer = families.answer(message)
    assert answer.text == WELCOME_BACK and not answer.facts, answer.text


@pytest.mark.parametrize("question", ["你好，汾阳人社局三公经费多少", "谢谢，省高院2019年三公经费呢"])
def test_a_question_after_a_greeting_is_answered(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts, answer.text


def test_thanks_in_a_conversation_keep_what_it_was_about(families: Composer) -> None:
    _answer, context = families.answer_in_context("汾阳人社局三公经费多少", None)
    thanked, kept = families.answer_in_context("谢谢", context)
    assert thanked.text == WELCOME_BACK and kept == context

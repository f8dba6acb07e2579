"""Answering: the one entry point every channel calls for an answer (CLI, chat, Telegram, inline).

A channel parses what the person wrote, calls `AnswerService`, and renders the Answer it gets; it never
builds an engine of its own. `answer` reads every question on its own, as `budgetbot ask` and inline
queries want; `converse` reads a question as part of a conversation (那去年呢 after 人社局三公经费多少)
and returns the context for the next question, which the channel keeps per conversation
(bot.services.conversation).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from bot.engine.answers import Answer, Choice
from bot.engine.composer import Composer
from bot.engine.followup import Context
from knowledge.settings import MatcherSettings


@dataclass(frozen=True)
class Reply:
    """An answer in a conversation, and the context the conversation's next question is read against
    (None: nothing to follow up)."""

    answer: Answer
    context: Context | None


class AnswerService:
    """Answers from the records of one database; built once per process."""

    def __init__(self, engine: Engine, settings: MatcherSettings | None = None) -> None:
        self.composer = Composer(engine, settings)

    def answer(self, question: str) -> Answer:
        """Answer a question in everyday Chinese, on its own."""
        return self.composer.answer(question)

    def converse(self, question: str, context: Context | None) -> Reply:
        """Answer a question of a conversation: a follow-up is read against `context` (what the
        conversation was about) and the answer says how it was understood; a full question starts
        afresh. The same question and context always give the same reply."""
        answer, after = self.composer.answer_in_context(question, context)
        return Reply(answer, after)

    def reads_alone(self, question: str, context: Context) -> bool:
        """The question is one of its own, not a follow-up: `converse` gives it the same reply in any
        context, as with none."""
        return self.composer.reads_alone(question, context)

    def choose(self, choice: Choice) -> Answer:
        """Answer the reading a Choice of an earlier ambiguous answer stands for (within its documents)."""
        return self.composer.choose(choice)

    def choose_in_conversation(self, choice: Choice) -> Reply:
        """Answer a Choice picked in a conversation, with the context it leaves: the one chosen."""
        answer, after = self.composer.choose_in_context(choice)
        return Reply(answer, after)

    def define(self, term: str) -> Answer:
        """名词解释: the meaning of a term, or the closest term the documents explain."""
        return self.composer.define(term)

    def reload(self) -> None:
        """Re-read the database after a load, so answers come from what is loaded now."""
        self.composer.reload()

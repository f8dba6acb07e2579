"""Answering: the one entry point every channel calls for an answer (CLI, chat, Telegram, inline).

A channel parses what the person wrote, calls `AnswerService`, and renders the Answer it gets; it never
builds an engine of its own. `conversation` names whose conversation a question belongs to (the chat,
the person, the topic), so a question can be read against that conversation; without one, every question
stands alone, as `budgetbot ask` wants.
"""

from __future__ import annotations

from sqlalchemy import Engine

from bot.engine.answers import Answer, Choice
from bot.engine.composer import Composer
from knowledge.chat_state import ConversationKey
from knowledge.settings import MatcherSettings


class AnswerService:
    """Answers from the records of one database; built once per process."""

    def __init__(self, engine: Engine, settings: MatcherSettings | None = None) -> None:
        self.composer = Composer(engine, settings)

    def answer(self, question: str, conversation: ConversationKey | None = None) -> Answer:
        """Answer a question in everyday Chinese; `conversation` is the conversation it belongs to."""
        return self.composer.answer(question)

    def choose(self, choice: Choice) -> Answer:
        """Answer the reading a Choice of an earlier ambiguous answer stands for (within its documents)."""
        return self.composer.choose(choice)

    def define(self, term: str) -> Answer:
        """名词解释: the meaning of a term, or the closest term the documents explain."""
        return self.composer.define(term)

    def reload(self) -> None:
        """Re-read the database after a load, so answers come from what is loaded now."""
        self.composer.reload()

"""What every handler shares: the answer worker, the database, the settings, the counters, the flood
limits, and the one place that remembers things per chat (`ChatState`).

ChatState keeps, in the documents' database (knowledge.chat_state), the answers behind buttons and
/source, which replies answer which message (for edits) and each conversation's context, so they
survive a restart and every bot process on the database sees them. Buttons carry the random id of
their answer, never a counter, and an id only resolves in the chat it was given in. Rows are written
in batches (bot.channels.telegram.persistence): what this process has not written yet, it finds in memory;
what another process may not have written yet, it looks for once more before calling it expired.

Flood limits stay in memory, per process: they guard this process against one person's flood, and no
reply depends on them (with two processes a person may get up to twice the limit through).
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Engine
from telegram import Message, User
from telegram.ext import ContextTypes

from bot.channels.telegram import persistence
from bot.channels.telegram.connection import ApiHealth
from bot.channels.telegram.flood import FloodLimit
from bot.channels.telegram.persistence import StateWriter
from bot.channels.telegram.stats import Stats
from bot.channels.telegram.worker import AnswerWorker
from bot.engine.answers import Answer, Choice, Fact, Source
from knowledge.chat_state import (
    ConversationKey,
    KeptAnswer,
    find_answer,
    last_answer,
    read_context,
    reply_ids,
)
from knowledge.settings import TelegramSettings

STATE_KEY = "budgetbot"
ANSWERS_CACHED = 10_000
INLINE_QUERIES_PER_QUESTION = 3  # an inline query goes out per keystroke, so the limit is looser
T = TypeVar("T")


@dataclass(frozen=True)
class Asked:
    """A question and the answer the bot gave to it."""

    question: str
    answer: Answer


def conversation_of(message: Message, user: User | None) -> ConversationKey:
    """Whose conversation a message (or a button under it) belongs to: the chat, the person, and the
    forum topic when the group has topics."""
    thread = message.message_thread_id if message.is_topic_message else None
    return ConversationKey(message.chat.id, user.id if user else 0, thread or 0)


def answer_from_json(data: dict[str, Any]) -> Answer:
    """An Answer back from `Answer.to_json()`, exact amounts and all."""
    facts = [
        Fact(
            fact["label"],
            None if fact["exact"] is None else Decimal(fact["exact"]),
            fact["unit"],
            Source.from_json(fact["source"]),
            fact["text"],
        )
        for fact in data["facts"]
    ]
    choices = [Choice.from_json(choice) for choice in data["choices"]]
    return Answer(data["status"], data["answer"], facts, choices, data["intent"])


def asked_of(kept: KeptAnswer) -> Asked:
    return Asked(kept.question, answer_from_json(kept.answer))


async def found_or_rechecked(lookup: Callable[[], T | None]) -> T | None:
    """Look a row up in the database (in a thread); when it is missing, look again after another
    process has surely written what it queued (bot.channels.telegram.persistence.RECHECK_SECONDS), and
    once more after twice that, for a busy machine whose other process commits late."""
    found = await asyncio.to_thread(lookup)
    wait = persistence.RECHECK_SECONDS
    for _ in range(persistence.RECHECKS):
        if found is not None:
            break
        await asyncio.sleep(wait)
        found = await asyncio.to_thread(lookup)
        wait *= 2
    return found


class ChatState:
    """Per chat state in the database, written in batches by a StateWriter; the answers this process
    gave lately are also kept in memory, so its own buttons need no database read."""

    def __init__(self, engine: Engine, writer: StateWriter) -> None:
        self.engine = engine
        self.writer = writer
        self.recent: OrderedDict[str, tuple[int, Asked]] = OrderedDict()
        self.talking: dict[ConversationKey, tuple[asyncio.Lock, int]] = {}

    def remember_answer(self, where: ConversationKey, question: str, answer: Answer) -> str:
        """Keep an answer for its buttons and /source; return the id its buttons carry."""
        kept = KeptAnswer(
            uuid.uuid4().hex, where.chat_id, where.user_id, where.thread_id, question, answer.to_json()
        )
        self.recent[kept.id] = (where.chat_id, Asked(question, answer))
        while len(self.recent) > ANSWERS_CACHED:
            self.recent.popitem(last=False)
        self.writer.add_answer(kept)
        return kept.id

    async def answer(self, chat_id: int, answer_id: str) -> Asked | None:
        """The answer a button names, if it was given in this chat (by any process) and is still kept."""
        if answer_id in self.recent:
            given_in, asked = self.recent[answer_id]
            return asked if given_in == chat_id else None
        kept = await found_or_rechecked(lambda: find_answer(self.engine, answer_id, chat_id))
        return None if kept is None else asked_of(kept)

    async def last_answer(self, chat_id: int) -> Asked | None:
        """The newest answer given in a chat, by any process."""
        await self.writer.saved()
        kept = await asyncio.to_thread(last_answer, self.engine, chat_id)
        return None if kept is None else asked_of(kept)

    def remember_replies(self, chat_id: int, message_id: int, replies: list[int]) -> None:
        """Keep which messages the bot sent in reply to a person's message."""
        self.writer.add_replies(chat_id, message_id, replies)

    async def replies(self, chat_id: int, message_id: int) -> list[int] | None:
        """The bot's replies to a person's message, or None when it never answered it."""
        unwritten = self.writer.unwritten_replies(chat_id, message_id)
        if unwritten is not None:
            return unwritten
        return await found_or_rechecked(lambda: reply_ids(self.engine, chat_id, message_id))

    async def context(self, key: ConversationKey) -> dict[str, Any] | None:
        """The context last set for a conversation (by this process or another), or None."""
        queued, context = self.writer.unwritten_context(key)
        if queued:
            return context
        return await asyncio.to_thread(read_context, self.engine, key)

    def set_context(self, key: ConversationKey, context: dict[str, Any] | None) -> None:
        """Set (None clears) a conversation's context; every process finds it within a moment."""
        self.writer.add_context(key, context)

    @contextlib.asynccontextmanager
    async def one_at_a_time(self, key: ConversationKey) -> AsyncIterator[None]:
        """Hold a conversation while one of its messages is read against its context and the context
        moved on, so the next message (handled concurrently) waits and reads what this one left.
        Waiters go in the order they came (asyncio.Lock is fair)."""
        lock, waiting = self.talking.get(key, (asyncio.Lock(), 0))
        self.talking[key] = (lock, waiting + 1)
        try:
            async with lock:
                yield
        finally:
            lock, waiting = self.talking[key]
            if waiting == 1:
                del self.talking[key]
            else:
                self.talking[key] = (lock, waiting - 1)

    async def saved(self, counts: bool = False) -> None:
        """Wait (briefly) until everything queued so far (with `counts`, the /stats counts too) is in the
        database."""
        await self.writer.saved(counts)


@dataclass
class BotState:
    answers: AnswerWorker
    engine: Engine
    settings: TelegramSettings
    stats: Stats
    chats: ChatState
    questions: FloodLimit
    inline_queries: FloodLimit
    health: ApiHealth = field(default_factory=ApiHealth)
    told_admins: set[str] = field(default_factory=set)

    @classmethod
    def build(
        cls, answers: AnswerWorker, engine: Engine, settings: TelegramSettings, health: ApiHealth
    ) -> BotState:
        stats = Stats(settings.store_questions)
        writer = StateWriter(engine, settings.keep_chat_days, stats.take)
        limit = settings.questions_per_minute
        return cls(
            answers,
            engine,
            settings,
            stats,
            ChatState(engine, writer),
            FloodLimit(limit),
            FloodLimit(limit * INLINE_QUERIES_PER_QUESTION),
            health,
        )

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins


def bot_state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state `build_application` put in bot_data."""
    state: BotState = context.bot_data[STATE_KEY]
    return state

"""What every handler shares: the composer worker, the database, the settings, the counters, and the one
place that remembers things per chat or per person (`ChatMemory`).

ChatMemory lives in memory for now and is forgotten on restart; it is the one object a database-backed
store replaces, so nothing else keeps per-chat state.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import Engine
from telegram.ext import ContextTypes

from bot.answers import Answer
from bot.telegram.connection import ApiHealth
from bot.telegram.flood import FloodLimit
from bot.telegram.stats import Stats
from bot.telegram.worker import ComposerWorker
from knowledge.settings import TelegramSettings

STATE_KEY = "budgetbot"
ANSWERS_KEPT = 10_000
REPLIES_KEPT = 10_000
INLINE_QUERIES_PER_QUESTION = 3  # an inline query goes out per keystroke, so the limit is looser


@dataclass(frozen=True)
class Asked:
    """A question and the answer the bot gave to it."""

    question: str
    answer: Answer


class RecentAnswers:
    """The last answers given in every chat, for the 来源 button and /source; the oldest are forgotten
    first, so memory stays bounded however many people use the bot."""

    def __init__(self, size: int = ANSWERS_KEPT) -> None:
        self.size = size
        self.answers: OrderedDict[tuple[int, int], Asked] = OrderedDict()
        self.latest: OrderedDict[int, int] = OrderedDict()
        self.count = 0

    def remember(self, chat_id: int, question: str, answer: Answer) -> int:
        """Keep an answer given in a chat; return the number its 来源 button carries."""
        self.count += 1
        self.answers[(chat_id, self.count)] = Asked(question, answer)
        self.latest[chat_id] = self.count
        self.latest.move_to_end(chat_id)
        while len(self.answers) > self.size:
            self.answers.popitem(last=False)
        while len(self.latest) > self.size:
            self.latest.popitem(last=False)
        return self.count

    def get(self, chat_id: int, number: int) -> Asked | None:
        return self.answers.get((chat_id, number))

    def last(self, chat_id: int) -> Asked | None:
        number = self.latest.get(chat_id)
        return None if number is None else self.get(chat_id, number)


class RepliesToMessages:
    """Which messages the bot sent in reply to a person's message, so an edit of that message can
    update them in place; the oldest are forgotten first."""

    def __init__(self, size: int = REPLIES_KEPT) -> None:
        self.size = size
        self.replies: OrderedDict[tuple[int, int], list[int]] = OrderedDict()

    def remember(self, chat_id: int, message_id: int, reply_ids: list[int]) -> None:
        self.replies[(chat_id, message_id)] = reply_ids
        self.replies.move_to_end((chat_id, message_id))
        while len(self.replies) > self.size:
            self.replies.popitem(last=False)

    def get(self, chat_id: int, message_id: int) -> list[int] | None:
        return self.replies.get((chat_id, message_id))


@dataclass
class ChatMemory:
    """Everything remembered per chat or per person: answers for 来源, replies for edits, flood counters."""

    answers: RecentAnswers
    replies: RepliesToMessages
    questions: FloodLimit
    inline_queries: FloodLimit

    @classmethod
    def for_settings(cls, settings: TelegramSettings) -> ChatMemory:
        limit = settings.questions_per_minute
        return cls(
            RecentAnswers(),
            RepliesToMessages(),
            FloodLimit(limit),
            FloodLimit(limit * INLINE_QUERIES_PER_QUESTION),
        )


@dataclass
class BotState:
    composer: ComposerWorker
    engine: Engine
    settings: TelegramSettings
    stats: Stats
    chats: ChatMemory
    health: ApiHealth = field(default_factory=ApiHealth)
    told_admins: set[str] = field(default_factory=set)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins


def bot_state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state `build_application` put in bot_data."""
    state: BotState = context.bot_data[STATE_KEY]
    return state

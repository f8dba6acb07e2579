"""What every handler shares: the composer worker, the database, the settings and the counters."""

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


class RecentAnswers:
    """The last answers given in every chat, for the 来源 button and /source; the oldest are forgotten
    first, so memory stays bounded however many people use the bot."""

    def __init__(self, size: int = ANSWERS_KEPT) -> None:
        self.size = size
        self.answers: OrderedDict[tuple[int, int], Answer] = OrderedDict()
        self.latest: OrderedDict[int, int] = OrderedDict()
        self.count = 0

    def remember(self, chat_id: int, answer: Answer) -> int:
        """Keep an answer given in a chat; return the number its 来源 button carries."""
        self.count += 1
        self.answers[(chat_id, self.count)] = answer
        self.latest[chat_id] = self.count
        self.latest.move_to_end(chat_id)
        while len(self.answers) > self.size:
            self.answers.popitem(last=False)
        while len(self.latest) > self.size:
            self.latest.popitem(last=False)
        return self.count

    def get(self, chat_id: int, number: int) -> Answer | None:
        return self.answers.get((chat_id, number))

    def last(self, chat_id: int) -> Answer | None:
        number = self.latest.get(chat_id)
        return None if number is None else self.get(chat_id, number)


@dataclass
class BotState:
    composer: ComposerWorker
    engine: Engine
    settings: TelegramSettings
    flood: FloodLimit
    stats: Stats
    recent: RecentAnswers = field(default_factory=RecentAnswers)
    health: ApiHealth = field(default_factory=ApiHealth)
    told_admins: set[str] = field(default_factory=set)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins


def bot_state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state `build_application` put in bot_data."""
    state: BotState = context.bot_data[STATE_KEY]
    return state

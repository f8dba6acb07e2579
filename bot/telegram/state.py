"""What every handler shares: the composer worker, the database, the settings and the counters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from telegram.ext import ContextTypes

from bot.telegram.flood import FloodLimit
from bot.telegram.stats import Stats
from bot.telegram.worker import ComposerWorker
from knowledge.settings import TelegramSettings

STATE_KEY = "budgetbot"


@dataclass
class BotState:
    composer: ComposerWorker
    engine: Engine
    settings: TelegramSettings
    flood: FloodLimit
    stats: Stats

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins


def bot_state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state `build_application` put in bot_data."""
    state: BotState = context.bot_data[STATE_KEY]
    return state

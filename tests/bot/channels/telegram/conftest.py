"""Fixtures for the Telegram channel: the fake Bot API server and Applications wired to it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.channels.telegram import persistence
from bot.channels.telegram.app import build_application
from bot.engine.answers import Answer, Choice, Fact, Source
from bot.engine.followup import Context
from bot.services.answering import Reply
from knowledge.database import open_engine
from knowledge.settings import TelegramSettings
from knowledge.store import store_disclosure
from loaders import load_into, sample_path
from tests.bot.channels.telegram.fake_bot_api import TOKEN, Call, FakeBotApi, JSONDict
from tests.knowledge.audit_documents import consistent_disclosure

ADMIN = 7
PERSON = 42

GIG_MARKET = Fact(
    "零工市场",
    Decimal("57.6"),
    "万元",
    Source(
        "汾阳市人力资源和社会保障局 2024年预算",
        "表十二",
        "2024年项目支出预算表（本年预算）",
        "零工市场",
        "本年预算",
    ),
)


GIG_TEXT = f"零工市场预算安排 57.6 万元。\n来源：{GIG_MARKET.source.describe()}"
NURSING = Fact(
    "护工培训奖励激励金", Decimal("149.2"), "万元", replace(GIG_MARKET.source, row="护工培训奖励激励金")
)
SKILLS = Fact(
    "职业技能培训", Decimal("30"), "万元", replace(GIG_MARKET.source, table="表十三", row="职业技能培训")
)


NURSING_READING = "表十二 护工培训奖励激励金"
SKILLS_READING = "表十二 职业技能培训"


class FakeAnswers:
    """Stands in for bot.services.answering.AnswerService in handler tests: fixed answers, records what it
    was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.reloads = 0

    def answer(self, question: str) -> Answer:
        self.asked.append(question)
        if "爆炸" in question:
            raise RuntimeError("composer exploded")
        if question in (NURSING_READING, SKILLS_READING):
            return Answer(
                "answered",
                f"{question} 预算安排 149.2 万元。\n来源：{GIG_MARKET.source.describe()}",
                [GIG_MARKET],
            )
        if "培训" in question:
            return Answer(
                "ambiguous",
                "“培训”有两处，您问的是哪一个？",
                [NURSING, SKILLS],
                choices=[
                    Choice("护工培训奖励激励金（表十二）", NURSING_READING),
                    Choice("职业技能培训（表十二）", SKILLS_READING),
                ],
            )
        if "零工市场" in question:
            return Answer("answered", GIG_TEXT, [GIG_MARKET], intent="figure")
        if "项目" in question:
            return Answer(
                "answered",
                "项目共 2 项：\n1. 护工培训奖励激励金：149.2 万元（表十二）\n2. …",
                [NURSING, SKILLS],
            )
        return Answer("not_found", f"没有找到“{question}”。")

    def converse(self, question: str, context: Context | None) -> Reply:
        """A question of a conversation: answered as alone; the context is passed on as it came."""
        return Reply(self.answer(question), context)

    def choose(self, choice: Choice) -> Answer:
        return self.answer(choice.question)

    def reads_alone(self, question: str, context: Context) -> bool:
        """A question ending in 呢 (那去年呢) follows the one before; any other stands alone."""
        return not question.endswith("呢")

    def choose_in_conversation(self, choice: Choice) -> Reply:
        return Reply(self.choose(choice), None)

    def define(self, term: str) -> Answer:
        self.asked.append(f"define:{term}")
        return Answer("not_found", f"没有“{term}”的名词解释。")

    def reload(self) -> None:
        self.reloads += 1


def button_data(call: Call) -> list[str]:
    """The data of every button under a message the bot sent."""
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [button["callback_data"] for row in markup["inline_keyboard"] for button in row]


@pytest.fixture(autouse=True)
def quick_recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    """A button whose answer is not found is looked for again after RECHECK_SECONDS, in case another
    process has yet to write it; in one test process nobody else writes, so look again at once."""
    monkeypatch.setattr(persistence, "RECHECK_SECONDS", 0.01)


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with every table and no document, made once (creating tables is slow)."""
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_engine(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def empty_engine(empty_database: Path, tmp_path: Path) -> Iterator[Engine]:
    """A fresh empty database of this test's own."""
    path = tmp_path / "bot.db"
    shutil.copyfile(empty_database, path)
    built = open_engine(f"sqlite:///{path}")
    yield built
    built.dispose()


@pytest.fixture(scope="module")
def two_documents_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The sample and a second, small consistent document (汾阳市测试局 2024年预算)."""
    built = open_engine(f"sqlite:///{tmp_path_factory.mktemp('two') / 'two.db'}")
    assert load_into(built, sample_path()).error is None
    store_disclosure(built, consistent_disclosure())
    yield built
    built.dispose()


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi() as server:
        yield server


@pytest.fixture
def fake_answers() -> FakeAnswers:
    return FakeAnswers()


def telegram_settings(**overrides: Any) -> TelegramSettings:
    values: dict[str, Any] = {"admins": (ADMIN,), "questions_per_minute": 20, "max_upload_bytes": 1_000_000}
    return TelegramSettings(**(values | overrides))


def application_for(api: FakeBotApi, composer: Any, engine: Any, **settings: Any) -> Application:  # type: ignore[type-arg]
    return build_application(
        telegram_settings(**settings), composer, engine, TOKEN, base_url=api.base_url, messages_per_second=0
    )


@asynccontextmanager
async def initialized(application: Application) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """An Application ready for process_update: getMe done, menu set, not polling; afterwards shut down
    as `budgetbot serve` does it (chat state written)."""
    async with application:
        await application.post_init(application)  # type: ignore[misc]
        yield application
    await application.post_shutdown(application)  # type: ignore[misc]


@asynccontextmanager
async def polling(application: Application) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """An Application running for real: long-polling the fake server until the block ends, errors
    fetching updates going to the error handler as under run_polling."""
    async with initialized(application):
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            poll_interval=0, timeout=1, error_callback=lambda error: forward_error(application, error)
        )
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()


def forward_error(application: Application, error: TelegramError) -> None:  # type: ignore[type-arg]
    """What run_polling does with an error fetching updates: hand it to the error handlers."""
    application.create_task(application.process_error(error=error, update=None))


async def process(application: Application, update: JSONDict) -> None:  # type: ignore[type-arg]
    """Feed one factory-built update straight to the handlers and wait for them to finish."""
    await application.process_update(Update.de_json(update, application.bot))

"""What the bot remembers, tried with real `budgetbot serve` processes on SQLite and PostgreSQL: buttons
from before a restart still work (or say they expired), /stats counts survive it, a conversation goes on
across restarts, and two webhook processes on one database answer each other's buttons and edits
without a lost or crossed reply."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from bot.channels.telegram.render import answer_html, split_html
from bot.services.answering import AnswerService
from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import load_into, sample_path
from loaders.text import load
from tests.bot.channels.telegram.conftest import ADMIN, button_data
from tests.bot.channels.telegram.fake_bot_api import TOKEN, Call, FakeBotApi, JSONDict
from tests.bot.channels.telegram.test_end_to_end import visible_text
from tests.bot.channels.telegram.test_followups import shown_in_telegram
from tests.bot.conversations import CONVERSATIONS, check_conversation
from tests.databases import copy_of, loaded_database
from tests.paths import CORPUS

pytestmark = pytest.mark.slow  # runs `budgetbot serve` processes

SECOND_UNIT = "孝义市人力资源和社会保障局"
SECRET = "shared-webhook-secret"
GROUP = {"id": -1009876543210, "type": "supergroup", "title": "预算讨论群"}
# Each is ambiguous with two units loaded: the answer offers one reading per unit.
QUESTIONS = ("零工市场花了多少钱", "三公经费多少", "办公费", "收入总计", "培训费多少", "财政拨款收入")


def two_units(url: str) -> Engine:
    """The sample, and the same document under a second unit's name: every question has two readings."""
    engine = open_engine(url)
    assert load_into(engine, sample_path()).error is None
    second = load(sample_path()).disclosure
    second.unit_name = SECOND_UNIT
    second.aliases = ["孝义市人社局"]
    second.files[0].content_hash = "second-" + second.files[0].content_hash
    store_disclosure(engine, second)
    return engine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Serve:
    """One `budgetbot serve` process: its arguments, its log file, and where its webhook listens."""

    arguments: list[str]
    log: Path
    port: int | None = None
    process: asyncio.subprocess.Process | None = None

    async def start(self, config: Path) -> None:
        environment = os.environ | {"TELEGRAM_BOT_TOKEN": TOKEN, "BUDGETBOT_CONFIG": str(config)}
        with self.log.open("a", encoding="utf-8") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.channels.cli",
                "serve",
                *self.arguments,
                env=environment,
                stderr=log,
            )

    async def stop(self) -> None:
        """SIGTERM, the clean stop; it must exit with 0 and no traceback."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        finally:
            if self.process.returncode is None:
                self.process.kill()
        text = self.log.read_text(encoding="utf-8")
        assert self.process.returncode == 0 and "Traceback" not in text, text

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram/abc"


def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"[telegram]\nadmins = [{ADMIN}]\n", encoding="utf-8")
    return path


def expected_text(answers: AnswerService, question: str) -> str:
    """The message the bot sends for a question (its first part), as the channel renders it."""
    return split_html(answer_html(answers.answer(question)))[0]


def expected_choice(answers: AnswerService, question: str, label: str) -> str:
    """The message a reading button of a question's answer is edited into: that reading's answer."""
    choice = next(choice for choice in answers.answer(question).choices if choice.label == label)
    return split_html(answer_html(answers.choose(choice)))[0]


def readings(offer: Call) -> tuple[str, str]:
    """The first reading button of an ambiguous answer, and its 来源 button."""
    data = button_data(offer)
    return data[0], data[-1]


@pytest.fixture
def database(database_url: str) -> Engine:
    return two_units(database_url)


@pytest.fixture
def answers(database: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AnswerService:
    """The answers the processes should give, computed here."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return AnswerService(database)


async def test_buttons_from_before_a_restart_still_work_or_say_they_expired_and_stats_survive(
    api: FakeBotApi, database: Engine, answers: AnswerService, tmp_path: Path
) -> None:
    config = config_file(tmp_path)
    serve = Serve(
        ["--db", database.url.render_as_string(hide_password=False), "--base-url", api.base_url],
        tmp_path / "serve.log",
    )
    person = 42
    await serve.start(config)
    try:
        menus = len(await api.wait_for_calls("setMyCommands", 2, timeout=90))  # public, and the admin's
        question = api.enqueue(api.message_update(person, QUESTIONS[0]))
        (offer,) = await api.wait_for_calls("sendMessage", 1, person, timeout=30)
    finally:
        await serve.stop()
    reading, source = readings(offer)
    await serve.start(config)  # a new process: nothing of the first one's memory is left
    try:
        await api.wait_for_calls("setMyCommands", 2 * menus, timeout=90)
        api.enqueue(api.callback_update(person, reading, offer.result))
        (chosen,) = await api.wait_for_calls("editMessageText", 1, person, timeout=30)
        api.enqueue(api.callback_update(person, source, offer.result))
        shown = (await api.wait_for_calls("sendMessage", 2, person, timeout=30))[1]
        for stale in ("c:q1d2", "s:1", f"s:{'0' * 32}"):  # an older bot's buttons, a forged one
            api.enqueue(api.callback_update(person, stale, offer.result))
        notes = await api.wait_for_calls("answerCallbackQuery", 5, timeout=30)
        api.enqueue(api.edited(question, QUESTIONS[1]))  # an edit of a question the first run answered
        (edited,) = (await api.wait_for_calls("editMessageText", 2, person, timeout=30))[1:]
        api.enqueue(api.command(ADMIN, "stats"))
        (report,) = await api.wait_for_calls("sendMessage", 1, ADMIN, timeout=30)
    finally:
        await serve.stop()
    first_reading = offer.params["reply_markup"]["inline_keyboard"][0][0]["text"]
    assert chosen.params["message_id"] == offer.result["message_id"]
    assert chosen.params["text"] == expected_choice(answers, QUESTIONS[0], first_reading)
    assert shown.params["text"].startswith("<b>来源</b>") and SECOND_UNIT in shown.params["text"]
    assert [note.params.get("text") for note in notes[2:]] == [
        "这个按钮已失效，请重新提问。",
        "这个按钮已失效，请重新提问。",
        "这条回答太早了，来源已不再保存。请重新提问。",
    ]
    assert edited.params["message_id"] == offer.result["message_id"]
    assert edited.params["text"] == expected_text(answers, QUESTIONS[1])
    assert "已回答问题：3" in report.params["text"]  # the first run's question, the reading, the edit
    assert len(api.sent("sendMessage", person)) == 2  # the offer and the source: nothing twice


@asynccontextmanager
async def webhook_pair(api: FakeBotApi, database: Engine, tmp_path: Path) -> AsyncIterator[list[Serve]]:
    """Two `budgetbot serve --webhook-url` processes on one database, each listening on its own port
    (a load balancer would stand in front of them), with the same webhook URL and secret."""
    config = config_file(tmp_path)
    url = database.url.render_as_string(hide_password=False)
    pair = []
    for name in ("a", "b"):
        port = free_port()
        arguments = [
            "--db",
            url,
            "--base-url",
            api.base_url,
            "--webhook-url",
            "https://bot.example.org/telegram/abc",
        ]
        serve = Serve(
            [*arguments, "--port", str(port), "--secret-token", SECRET], tmp_path / f"{name}.log", port
        )
        await serve.start(config)
        pair.append(serve)
    try:
        await api.wait_for_calls("setWebhook", 2, timeout=120)
        for serve in pair:
            await listening(serve)
        yield pair
    finally:
        for serve in pair:
            await serve.stop()


async def listening(serve: Serve) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        for _ in range(300):
            with contextlib.suppress(httpx.ConnectError):
                await client.post(
                    serve.url, content=b"{}", headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                )
                return
            await asyncio.sleep(0.1)
    raise AssertionError(f"{serve.url} never listened")


async def post(serve: Serve, update: JSONDict) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(
            serve.url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
    assert response.status_code == 200


async def test_two_webhook_processes_on_one_database_answer_each_others_buttons_and_edits(
    api: FakeBotApi, database: Engine, answers: AnswerService, tmp_path: Path
) -> None:
    people = [100 + n for n in range(len(QUESTIONS))]
    async with webhook_pair(api, database, tmp_path) as (a, b):
        questions, offers = {}, {}
        for n, person in enumerate(people):  # questions alternately to each process; each reading pressed
            questions[person] = api.message_update(person, QUESTIONS[n])  # at once, on the other one
            await post((a, b)[n % 2], questions[person])
            offers[person] = (await api.wait_for_calls("sendMessage", 1, person, timeout=60))[0]
            reading = readings(offers[person])[0]
            await post((b, a)[n % 2], api.callback_update(person, reading, offers[person].result))
        chosen = {
            person: (await api.wait_for_calls("editMessageText", 1, person, timeout=60))[0]
            for person in people
        }
        await a.stop()  # a restart of one process in between
        await a.start(config_file(tmp_path))
        await api.wait_for_calls("setWebhook", 3, timeout=120)
        await listening(a)
        for n, person in enumerate(people):  # 来源 of the first answers, half of them on the restarted one
            await post(
                (b, a)[n % 2], api.callback_update(person, readings(offers[person])[1], offers[person].result)
            )
        sources = {
            person: (await api.wait_for_calls("sendMessage", 2, person, timeout=60))[1] for person in people
        }
        for n, person in enumerate(people):  # each edit reaches the process that did not answer
            edited = QUESTIONS[(n + 1) % len(QUESTIONS)]
            await post((b, a)[n % 2], api.edited(questions[person], edited))
        edits = {
            person: (await api.wait_for_calls("editMessageText", 2, person, timeout=60))[1]
            for person in people
        }
        await a.stop()  # its counts are added when it stops (else within 10 s)
        await post(b, api.command(ADMIN, "stats"))
        (report,) = await api.wait_for_calls("sendMessage", 1, ADMIN, timeout=60)
    for n, person in enumerate(people):
        offer = offers[person]
        assert offer.params["text"] == expected_text(answers, QUESTIONS[n])
        label = offer.params["reply_markup"]["inline_keyboard"][0][0]["text"]
        assert chosen[person].params["message_id"] == offer.result["message_id"]
        assert chosen[person].params["text"] == expected_choice(answers, QUESTIONS[n], label)
        assert sources[person].params["text"].startswith("<b>来源</b>")
        assert edits[person].params["message_id"] == offer.result["message_id"]
        assert edits[person].params["text"] == expected_text(answers, QUESTIONS[(n + 1) % len(QUESTIONS)])
        assert len(api.sent("sendMessage", person)) == 2 and len(api.sent("editMessageText", person)) == 2
    assert {call.params["chat_id"] for call in api.sent("sendMessage")} == {*people, ADMIN}
    assert (
        f"已回答问题：{3 * len(people)}" in report.params["text"]
    )  # questions, readings, edits: both processes


RESTARTED_CONVERSATIONS = (("year", "shanghai"), ("item", "sample"), ("item", "jiangsu"))
RESTARTED_FILES = ("putuo-czj-2025-yusuan.pdf", "putuo-czj-2024-juesuan.pdf", "jiangsu-jcy-2018-yusuan.pdf")


async def test_a_conversation_goes_on_across_restarts(
    database_url: str, api: FakeBotApi, tmp_path: Path
) -> None:
    """Three chats, each a conversation of another document family; the bot process is restarted
    before every follow-up, which is still read against the question before it (kept in the database)."""
    files = [sample_path(), *(CORPUS / name for name in RESTARTED_FILES)]
    if database_url.startswith("sqlite"):  # a copy of the files loaded once (tests/databases.py)
        engine = open_engine(copy_of(loaded_database("restarts", files), tmp_path))
    else:
        engine = open_engine(database_url)
        for path in files:
            assert load_into(engine, path).error is None
    config = config_file(tmp_path)
    serve = Serve(
        ["--db", engine.url.render_as_string(hide_password=False), "--base-url", api.base_url],
        tmp_path / "serve.log",
    )
    chats = {200 + n: CONVERSATIONS[key] for n, key in enumerate(RESTARTED_CONVERSATIONS)}
    for number in range(3):
        await serve.start(config)
        try:
            await api.wait_for_calls("setMyCommands", 2 * (number + 1), timeout=90)
            for person, turns in chats.items():
                api.enqueue(api.message_update(person, turns[number].question))
            for person in chats:
                await api.wait_for_calls("sendMessage", number + 1, person, timeout=60)
        finally:
            await serve.stop()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        answers = AnswerService(engine)
    for person, turns in chats.items():
        shown = [visible_text(call.params["text"]) for call in api.sent("sendMessage", person)]
        check_conversation(engine, answers, turns, shown, shown_in_telegram)
    engine.dispose()

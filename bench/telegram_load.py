"""Load test of the Telegram channel: simulated people ask questions through a fake Bot API server.

The real Application long-polls tests/bot/channels/telegram/fake_bot_api.py over HTTP on 127.0.0.1 and answers
with the real answer service on a SQLite database holding the bundled sample. The fake server and the
simulated people run in a separate process, as Telegram would be, so they do not share the bot's
interpreter lock. Each person asks their next question as soon as the previous reply arrives
(50 people in parallel by default).
Reports answers per second, update→reply latency, the bot process's CPU time per answer (the machine
may be shared: CPU time is what this bot spent, wall time what it waited too), and any lost or
duplicated reply.

    .venv/bin/python -m bench.telegram_load [--users 50] [--questions 1000] [--rate 0] [--no-cache]
                                            [--db URL]

--db runs on that database (e.g. PostgreSQL; the sample is loaded into it when it holds no document)
instead of a new SQLite file.

--rate is the outgoing limit in messages/s (Telegram's real one is about 30); 0 turns it off so the
bench measures the bot, not the limiter. The questions repeat, so most are answered from the bot's
answer cache; --no-cache sends every one to the composer.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from bot.channels.telegram.app import build_application
from bot.channels.telegram.state import STATE_KEY
from knowledge.database import open_engine
from knowledge.settings import TelegramSettings
from loaders import ensure_sample
from tests.bot.channels.telegram.fake_bot_api import TOKEN, Call, FakeBotApi

QUESTIONS = (
    "零工市场花了多少钱",
    "2024年收入总计是多少",
    "上年结转多少钱",
    "一般公共预算拨款收入多少",
    "社会保障和就业支出是多少",
    "基本支出多少",
    "项目支出总额是多少",
    "三公经费预算多少",
    "公务用车运行维护费多少",
    "机关运行经费是多少",
    "办公费多少",
    "差旅费预算",
    "人员经费是多少",
    "住房公积金多少",
    "护工培训奖励激励金多少",
    "临时工工资多少钱",
    "律师事务所法律顾问费",
    "什么是三公经费",
    "火星基地预算多少",
)
FIRST_USER_ID = 100_000


@dataclass
class Load:
    """Who asked what when, and every reply that came back; shared with the fake server's threads."""

    api: FakeBotApi
    users: int
    per_user: int
    lock: threading.Lock = field(default_factory=threading.Lock)
    asked_at: dict[int, list[float]] = field(default_factory=dict)
    replies: dict[int, list[float]] = field(default_factory=dict)
    finished: threading.Event = field(default_factory=threading.Event)

    def ask_next(self, user: int) -> None:
        asked = self.asked_at.setdefault(user, [])
        question = QUESTIONS[(user + len(asked)) % len(QUESTIONS)]
        asked.append(time.monotonic())
        self.api.enqueue(self.api.message_update(user, question))

    def begin(self) -> None:
        with self.lock:
            for user in range(FIRST_USER_ID, FIRST_USER_ID + self.users):
                self.ask_next(user)

    def on_call(self, call: Call) -> None:
        """Runs in the server thread for every Bot API call: a reply lets that person ask again."""
        if call.method != "sendMessage":
            return
        user = int(call.params["chat_id"])
        with self.lock:
            replies = self.replies.setdefault(user, [])
            replies.append(call.at)
            if len(replies) < self.per_user and len(replies) == len(self.asked_at[user]):
                self.ask_next(user)
            if sum(len(r) for r in self.replies.values()) >= self.users * self.per_user:
                self.finished.set()

    def latencies(self) -> list[float]:
        return [
            reply - asked
            for user, asked in self.asked_at.items()
            for asked, reply in zip(asked, self.replies.get(user, []), strict=False)
        ]


def serve_load(users: int, per_user: int, connection: Connection) -> None:
    """The fake Bot API and the simulated people, in a process of their own (own interpreter lock)."""
    with FakeBotApi(hold_seconds=5) as api:
        load = Load(api, users, per_user)
        api.on_call = load.on_call
        connection.send(api.base_url)
        connection.recv()
        started = time.monotonic()
        load.begin()
        done = load.finished.wait(120)
        elapsed = time.monotonic() - started
        time.sleep(1.0)  # anything arriving now would be a duplicate
        connection.send(summary(load, elapsed, done))
        connection.recv()


def summary(load: Load, elapsed: float, done: bool) -> dict[str, float]:
    with load.lock:
        received = {user: len(replies) for user, replies in load.replies.items()}
        latencies = sorted(load.latencies())
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
    return {
        "questions": sum(len(asked) for asked in load.asked_at.values()),
        "replies": sum(received.values()),
        "lost": sum(max(0, load.per_user - received.get(user, 0)) for user in load.asked_at),
        "duplicated": sum(max(0, count - load.per_user) for count in received.values()),
        "elapsed": elapsed,
        "done": float(done),
        "median_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99_ms": p99 * 1000,
        "max_ms": latencies[-1] * 1000 if latencies else float("nan"),
    }


async def run_load(users: int, questions: int, rate: float, url: str, cache: bool = True) -> dict[str, float]:
    """Start the fake server process, run the real bot against it until every person is answered."""
    from bot.services.answering import AnswerService  # here, so the server process does not load the matcher

    engine = open_engine(url)
    ensure_sample(engine)
    answers = AnswerService(engine)
    answers.answer("预算总额是多少")  # warm up, as a running bot is; not one of the questions below
    per_user = questions // users
    settings = TelegramSettings(questions_per_minute=max(per_user, TelegramSettings().questions_per_minute))
    connection, child_end = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(
        target=serve_load, args=(users, per_user, child_end)
    )
    server.start()
    try:
        base_url = await asyncio.to_thread(connection.recv)
        application = build_application(
            settings, answers, engine, TOKEN, base_url=base_url, messages_per_second=rate
        )
        if not cache:
            application.bot_data[STATE_KEY].answers.cache_size = 0
        async with application:
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0, timeout=5)
            cpu = time.process_time()
            connection.send("go")
            result: dict[str, float] = await asyncio.to_thread(connection.recv)
            await application.updater.stop()
            await application.stop()
        if application.post_shutdown:  # what the bot does when it stops: write what is left
            await application.post_shutdown(application)
        result["cpu_seconds"] = time.process_time() - cpu
        connection.send("bye")
    finally:
        server.join(10)
        if server.is_alive():
            server.kill()
    return result


def report(result: dict[str, float], users: int) -> int:
    print(f"people: {users}, questions: {result['questions']:.0f}, replies: {result['replies']:.0f}")
    print(f"elapsed: {result['elapsed']:.2f} s, answers/s: {result['replies'] / result['elapsed']:.1f}")
    print(
        f"update→reply: median {result['median_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
        f"max {result['max_ms']:.1f} ms"
    )
    cpu_ms = result["cpu_seconds"] * 1000 / max(result["replies"], 1)
    print(f"bot CPU: {result['cpu_seconds']:.2f} s, {cpu_ms:.2f} ms per answer")
    print(f"lost replies: {result['lost']:.0f}, duplicated replies: {result['duplicated']:.0f}")
    ok = result["done"] and result["lost"] == 0 and result["duplicated"] == 0
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=0, help="outgoing messages/s limit; 0 = off")
    parser.add_argument("--no-cache", action="store_true", help="ask the composer every time")
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="budgetbot-bench-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        result = asyncio.run(run_load(args.users, args.questions, args.rate, url, cache=not args.no_cache))
    return report(result, args.users)


if __name__ == "__main__":
    sys.exit(main())

"""The chat state writer: rows queued together go in one transaction, waiting for a locked database gives
up soon, a failed write is retried without losing rows, and stopping writes what is left (counters
included)."""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections import Counter

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.channels.telegram import persistence
from bot.channels.telegram.persistence import StateWriter
from knowledge import chat_state
from knowledge.chat_state import ChatStateBatch, KeptAnswer, counter_totals, find_answer, reply_ids
from knowledge.errors import DatabaseError


def row(chat_id: int = 1) -> KeptAnswer:
    return KeptAnswer(uuid.uuid4().hex, chat_id, chat_id, 0, "问", {})


LOST_DATABASE = [
    OperationalError("INSERT …", {}, Exception("server closed the connection unexpectedly")),
    DatabaseError("postgresql+psycopg://postgres:***@db/budgetbot", "连接不上", "请检查服务器"),
]


def counting_writes(
    monkeypatch: pytest.MonkeyPatch, fail_first: int = 0, error: Exception = LOST_DATABASE[0]
) -> list[ChatStateBatch]:
    """Record each batch the writer writes; the first `fail_first` writes fail as a lost database would."""
    batches: list[ChatStateBatch] = []
    real = chat_state.write_batch

    def write(engine: Engine, batch: ChatStateBatch) -> None:
        batches.append(batch)
        if len(batches) <= fail_first:
            raise error
        real(engine, batch)

    monkeypatch.setattr(persistence, "write_batch", write)
    return batches


async def test_answers_queued_together_are_written_in_few_transactions(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches = counting_writes(monkeypatch)
    writer = StateWriter(engine, keep_days=30)

    async def answer(chat: int) -> KeptAnswer:
        kept = row(chat)
        writer.add_answer(kept)
        assert await writer.saved()
        return kept

    kept = await asyncio.gather(*(answer(chat) for chat in range(100)))
    await writer.close()
    assert all(find_answer(engine, answer.id, answer.chat_id) for answer in kept)
    assert sum(len(batch.answers) for batch in batches) == 100 and len(batches) <= 10


@pytest.mark.parametrize("error", LOST_DATABASE, ids=["driver", "reported"])
async def test_a_write_the_database_was_away_for_keeps_its_rows_and_is_retried(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, error: Exception
) -> None:
    monkeypatch.setattr(persistence, "RETRY_SECONDS", (0.01,))
    batches = counting_writes(monkeypatch, fail_first=2, error=error)
    writer = StateWriter(engine, keep_days=30)
    kept = row()
    writer.add_answer(kept)
    writer.add_replies(1, 10, [11])
    assert not await writer.saved()  # the write it waited for failed
    assert writer.unwritten_replies(1, 10) == [11]  # and this process still knows it
    await writer.close()
    assert find_answer(engine, kept.id, 1) is not None and reply_ids(engine, 1, 10) == [11]
    assert len(batches) == 3
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2 and "retrying" in warnings[0] and "written again" in warnings[1]


async def test_stopping_writes_what_is_left_and_the_counters(engine: Engine) -> None:
    counts = Counter({("status", "answered"): 3})
    writer = StateWriter(engine, keep_days=30, counts=lambda: ChatStateBatch(counts=counts.copy()))
    kept = row()
    writer.add_answer(kept)  # queued, not waited for
    await writer.close()
    assert find_answer(engine, kept.id, 1) is not None
    assert counter_totals(engine) == counts


async def test_waiting_for_a_locked_database_gives_up_soon_and_the_rows_follow(
    monkeypatch: pytest.MonkeyPatch, sqlite_engine: Engine
) -> None:
    """SQLite has one write lock; a long `budgetbot load` holds it. /source or /stats go on anyway."""
    monkeypatch.setattr(persistence, "SAVE_WAIT_SECONDS", 0.2)
    url = sqlite_engine.url
    holder = create_engine(url)
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        with holder.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            locked.set()
            release.wait(10)
            connection.exec_driver_sql("ROLLBACK")

    thread = threading.Thread(target=hold_lock)
    thread.start()
    locked.wait(5)
    writer = StateWriter(sqlite_engine, keep_days=30)
    kept = row()
    writer.add_answer(kept)
    try:
        assert not await writer.saved()
    finally:
        release.set()
        thread.join(10)
        holder.dispose()
    await writer.close()
    assert find_answer(sqlite_engine, kept.id, 1) is not None


async def test_rows_the_database_refuses_are_dropped_and_logged_without_holding_up_the_rest(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = chat_state.write_batch
    refused: list[ChatStateBatch] = []

    def write(engine: Engine, batch: ChatStateBatch) -> None:
        if not refused:
            refused.append(batch)
            raise IntegrityError("INSERT …", {}, Exception("violates a constraint"))
        real(engine, batch)

    monkeypatch.setattr(persistence, "write_batch", write)
    writer = StateWriter(engine, keep_days=30)
    first, second = row(), row()
    writer.add_answer(first)
    assert not await writer.saved()
    writer.add_answer(second)
    assert await writer.saved()
    await writer.close()
    assert find_answer(engine, first.id, 1) is None and find_answer(engine, second.id, 1) is not None
    (error,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "dropped 1 answers" in error.getMessage() and error.exc_info is not None

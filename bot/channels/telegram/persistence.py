"""Chat state goes to the database in the background, in batches, off the answer path.

Flush policy, as python-telegram-bot's persistence has an update_interval: what handlers queue is
gathered for FLUSH_SECONDS after the first row and written in one transaction (a SQLite commit costs
about 2 ms of CPU on its own, so a busy bot writes tens of answers per commit); rows queued while a
write runs go in the next. Replies do not wait for it: a person needs far longer than FLUSH_SECONDS to
press a button, and a process that does not find a button's answer looks again after RECHECK_SECONDS
(and twice that) before calling it expired (bot.channels.telegram.state), so a press reaching another process finds it.
/stats counters ride along at most every COUNTS_EVERY_SECONDS; old rows are deleted every
FORGET_EVERY_SECONDS. A write that fails for want of the database keeps its rows in memory (this
process still finds them) and is retried; `close()` writes everything left when the bot stops cleanly.

Why not python-telegram-bot's own BasePersistence and arbitrary_callback_data: both are made for one
process. The Application loads chat_data and the callback data cache once at start and writes whole
snapshots back every update_interval (a deepcopy of the whole cache each time), so a second process
never sees the first one's new buttons, and two processes writing one chat's chat_data overwrite each
other (python-telegram-bot issues #5123, #5225). Here rows are only ever added or replaced whole, each
by its own key, and a process looks in the database for what it did not make itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Literal

from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError

from knowledge.chat_state import ChatStateBatch, ConversationKey, KeptAnswer, write_batch
from knowledge.errors import DatabaseError
from knowledge.models import utc_now

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 0.1
RECHECK_SECONDS = 1.0  # FLUSH_SECONDS and a slow commit: another process has written what it queued
RECHECKS = 2  # looked for again after RECHECK_SECONDS, then after twice that: 3 s before it is expired
SAVE_WAIT_SECONDS = 5.0
COUNTS_EVERY_SECONDS = 10.0
FORGET_EVERY_SECONDS = 3600.0
RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
CLOSE_SECONDS = 15.0
PENDING_ANSWERS_KEPT = 50_000  # during a database outage; the oldest are dropped past it

Counts = Callable[[], ChatStateBatch]
Outcome = Literal["written", "retry", "dropped"]


class StateWriter:
    """Queue chat state rows; one background task writes them (see the module docstring)."""

    def __init__(self, engine: Engine, keep_days: int, counts: Counts | None = None) -> None:
        self.engine = engine
        self.keep = timedelta(days=keep_days)
        self.counts = counts
        self.pending = ChatStateBatch()
        self.writing = ChatStateBatch()
        self.pending_done: asyncio.Future[bool] | None = None
        self.wake: asyncio.Event | None = None
        self.task: asyncio.Task[None] | None = None
        self.counted_at = time.monotonic()
        self.forgotten_at = 0.0
        self.failures = 0
        self.stopping = False

    # ---- what handlers call -----------------------------------------------------------------

    def add_answer(self, answer: KeptAnswer) -> None:
        self.pending.answers.append(answer)
        if len(self.pending.answers) > PENDING_ANSWERS_KEPT:
            del self.pending.answers[: len(self.pending.answers) - PENDING_ANSWERS_KEPT]
            logger.warning("chat state: dropped the oldest unwritten answers (the database takes none)")
        self.started()

    def add_replies(self, chat_id: int, message_id: int, reply_ids: list[int]) -> None:
        self.pending.replies[(chat_id, message_id)] = reply_ids
        self.started()

    def add_context(self, key: ConversationKey, context: dict[str, object] | None) -> None:
        self.pending.contexts[key] = context
        self.started()

    def unwritten_replies(self, chat_id: int, message_id: int) -> list[int] | None:
        key = (chat_id, message_id)
        return self.pending.replies.get(key, self.writing.replies.get(key))

    def unwritten_context(self, key: ConversationKey) -> tuple[bool, dict[str, object] | None]:
        """(True, context) when a context for `key` is queued or being written, else (False, None)."""
        for batch in (self.pending, self.writing):
            if key in batch.contexts:
                return True, batch.contexts[key]
        return False, None

    async def saved(self, counts: bool = False) -> bool:
        """Wait until everything queued so far is written (with `counts`, the /stats counters too), at
        most SAVE_WAIT_SECONDS (SQLite has one write lock, and a long `budgetbot load` holds it);
        whether it was."""
        if counts and self.counts is not None:
            self.pending.add(self.counts())
        if not self.pending and not self.writing:
            return True
        done = self.started()
        try:
            async with asyncio.timeout(SAVE_WAIT_SECONDS):
                return await asyncio.shield(done)
        except TimeoutError:
            logger.info("chat state not written within %.0f s; going on", SAVE_WAIT_SECONDS)
            return False

    async def close(self) -> None:
        """Write everything left (counters included), then stop; what a database does not take within
        CLOSE_SECONDS is lost, and the log says so."""
        self.stopping = True
        if self.counts is not None:
            self.pending.add(self.counts())
        self.started()
        assert self.task is not None
        try:
            await asyncio.wait_for(asyncio.shield(self.task), CLOSE_SECONDS)
        except TimeoutError:
            self.task.cancel()
            lost = len(self.pending.answers) + len(self.writing.answers)
            logger.error("chat state lost on stopping (%d answers): the database did not take it", lost)

    # ---- the background task ----------------------------------------------------------------

    def started(self) -> asyncio.Future[bool]:
        """Start the writer on first use (it needs the running loop) and wake it; the future of the
        batch now pending."""
        loop = asyncio.get_running_loop()
        if self.task is None or self.task.done():
            self.wake = asyncio.Event()
            self.task = loop.create_task(self.run(), name="chat-state-writer")
        if self.pending_done is None:
            self.pending_done = loop.create_future()
        assert self.wake is not None
        self.wake.set()
        return self.pending_done

    async def run(self) -> None:
        assert self.wake is not None
        while True:
            if not self.stopping:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), COUNTS_EVERY_SECONDS)
                await asyncio.sleep(FLUSH_SECONDS)  # gather what the answers being given now queue
            self.wake.clear()
            self.add_due()
            if not self.pending:
                self.resolve(self.take_done(), True)
                if self.stopping:
                    return
                continue
            self.writing, self.pending = self.pending, ChatStateBatch()
            done = self.take_done()
            outcome = await self.write(self.writing)
            if outcome == "retry":
                self.writing.add(self.pending)
                self.pending = self.writing
            self.writing = ChatStateBatch()
            self.resolve(done, outcome == "written")
            if outcome == "retry":
                await asyncio.sleep(RETRY_SECONDS[min(self.failures, len(RETRY_SECONDS)) - 1])

    def add_due(self) -> None:
        """Counters every COUNTS_EVERY_SECONDS, the cut-off for old rows every FORGET_EVERY_SECONDS."""
        now = time.monotonic()
        if self.counts is not None and now - self.counted_at >= COUNTS_EVERY_SECONDS:
            self.counted_at = now
            self.pending.add(self.counts())
        if now - self.forgotten_at >= FORGET_EVERY_SECONDS:
            self.forgotten_at = now
            self.pending.forget_before = utc_now() - self.keep

    async def write(self, batch: ChatStateBatch) -> Outcome:
        """Write a batch: a database that cannot be reached (or is locked) is tried again with the same
        rows; one that refuses them (a bug, never a person's doing) gets them dropped and logged, so
        they never hold up the rest."""
        try:
            await asyncio.to_thread(write_batch, self.engine, batch)
        except (DatabaseError, OperationalError, InterfaceError) as error:
            self.failures += 1
            if self.failures == 1:
                logger.warning("could not write chat state (%s); keeping it in memory and retrying", error)
            return "retry"
        except Exception:
            logger.exception("the database refused chat state; dropped %d answers", len(batch.answers))
            return "dropped"
        if self.failures:
            logger.warning("chat state written again after %d failed attempts", self.failures)
        self.failures = 0
        return "written"

    def take_done(self) -> asyncio.Future[bool] | None:
        done, self.pending_done = self.pending_done, None
        return done

    @staticmethod
    def resolve(done: asyncio.Future[bool] | None, written: bool) -> None:
        if done is not None and not done.done():
            done.set_result(written)

"""Answering off the event loop, on a pool of threads, with a cache of recent answers.

Answering is CPU work: it runs off the event loop so the bot keeps receiving and sending while a
question is matched, on several threads so one slow question never holds up the others (the engine is
safe to call from several threads at once: bot.engine.index, bot.engine.segmenter). A question asked
again is answered from the cache until the next reload; an answer worked out on the index a reload
replaced is not cached. A question read against a conversation is cached with the context it was read
against: the same question in the same context gets the same reply; a question that reads on its own
(not a follow-up) is one entry whatever the context, since what came before changes nothing of it.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar, cast

from bot.engine.answers import Answer, Choice
from bot.engine.followup import Context

if TYPE_CHECKING:
    from bot.services.answering import AnswerService, Reply

CACHED_ANSWERS = 2048
ANSWER_THREADS = 4
T = TypeVar("T")


class AnswerWorker:
    """Async access to one AnswerService: answers on a thread pool, reloads, a cache of answers."""

    def __init__(
        self, answers: AnswerService, threads: int = ANSWER_THREADS, cache_size: int = CACHED_ANSWERS
    ) -> None:
        self.answers = answers
        self.cache: OrderedDict[Hashable, object] = OrderedDict()
        self.cache_size = cache_size
        self.lock = threading.Lock()  # the cache is read and filled on the loop and on pool threads
        self.generation = 0
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="answer")

    async def run(self, call: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.executor, call, *args)

    def lookup(self, key: Hashable) -> object | None:
        with self.lock:
            found = self.cache.get(key)
            if found is not None:
                self.cache.move_to_end(key)
            return found

    def keep(self, generation: int, result: object, *keys: Hashable) -> None:
        """Cache a result under its keys, unless a reload came since it was begun."""
        with self.lock:
            if self.cache_size <= 0 or generation != self.generation:
                return
            for key in keys:
                self.cache[key] = result
            while len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)

    async def cached(self, key: Hashable, call: Callable[..., T], *args: object) -> T:
        found = self.lookup(key)
        if found is not None:
            return cast(T, found)
        generation = self.generation
        result = await self.run(call, *args)
        self.keep(generation, result, key)
        return result

    async def answer(self, question: str) -> Answer:
        return await self.cached(("answer", question), self.answers.answer, question)

    async def converse(self, question: str, context: Context | None) -> Reply:
        """A question of a conversation, read against `context` (a frozen record, so part of the key)."""
        found = self.lookup(("converse", question, context))
        if found is not None:
            return cast("Reply", found)
        return await self.run(self.converse_now, question, context, self.generation)

    def converse_now(self, question: str, context: Context | None, generation: int) -> Reply:
        """On a pool thread: the reply, from the cache when the question reads on its own and was
        answered in another context (or none)."""
        alone = context is None or self.answers.reads_alone(question, context)
        key = ("converse", question, None if alone else context)
        found = self.lookup(key)
        if found is not None:
            reply = cast("Reply", found)
        else:
            reply = self.answers.converse(question, None if alone else context)
        self.keep(generation, reply, key, ("converse", question, context))
        return reply

    async def choose(self, choice: Choice) -> Answer:
        """The answer a reading button (or an inline result) stands for."""
        return await self.cached(("choose", choice), self.answers.choose, choice)

    async def choose_in_conversation(self, choice: Choice) -> Reply:
        """A reading button pressed: its answer, and the context a conversation then follows."""
        return await self.cached(
            ("choose in conversation", choice), self.answers.choose_in_conversation, choice
        )

    async def define(self, term: str) -> Answer:
        return await self.cached(("define", term), self.answers.define, term)

    async def reload(self) -> None:
        """Re-read the database; answers given before no longer hold."""
        await self.run(self.answers.reload)
        with self.lock:
            self.generation += 1
            self.cache.clear()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)

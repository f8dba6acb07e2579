"""Answering off the event loop, on a pool of threads, with a cache of recent answers.

Answering is CPU work: it runs off the event loop so the bot keeps receiving and sending while a
question is matched, on several threads so one slow question never holds up the others (the engine is
safe to call from several threads at once: bot.engine.index, bot.engine.segmenter). A question asked
again is answered from the cache until the next reload; an answer worked out on the index a reload
replaced is not cached. A question read against a conversation is never cached (its answer depends on
what was said before).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from bot.engine.answers import Answer, Choice
from knowledge.chat_state import ConversationKey

if TYPE_CHECKING:
    from bot.services.answering import AnswerService

CACHED_ANSWERS = 2048
ANSWER_THREADS = 4
T = TypeVar("T")


class AnswerWorker:
    """Async access to one AnswerService: answers on a thread pool, reloads, a cache of answers."""

    def __init__(
        self, answers: AnswerService, threads: int = ANSWER_THREADS, cache_size: int = CACHED_ANSWERS
    ) -> None:
        self.answers = answers
        self.cache: OrderedDict[Hashable, Answer] = OrderedDict()
        self.cache_size = cache_size
        self.generation = 0
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="answer")

    async def run(self, call: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.executor, call, *args)

    async def cached(self, key: Hashable, call: Callable[..., Answer], *args: object) -> Answer:
        found = self.cache.get(key)
        if found is not None:
            self.cache.move_to_end(key)
            return found
        generation = self.generation
        answer = await self.run(call, *args)
        if self.cache_size > 0 and generation == self.generation:
            self.cache[key] = answer
            if len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)
        return answer

    async def answer(self, question: str, conversation: ConversationKey | None = None) -> Answer:
        if conversation is not None:
            return await self.run(self.answers.answer, question, conversation)
        return await self.cached(("answer", question), self.answers.answer, question)

    async def choose(self, choice: Choice) -> Answer:
        """The answer a reading button (or an inline result) stands for."""
        return await self.cached(("choose", choice), self.answers.choose, choice)

    async def define(self, term: str) -> Answer:
        return await self.cached(("define", term), self.answers.define, term)

    async def reload(self) -> None:
        """Re-read the database; answers given before no longer hold."""
        await self.run(self.answers.reload)
        self.generation += 1
        self.cache.clear()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)

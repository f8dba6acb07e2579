"""The composer behind one worker thread, with a cache of recent answers.

Answering is CPU work: it runs off the event loop so the bot keeps receiving and sending while a
question is matched, and on a single thread so the composer (which records pending choices) is
never entered twice at once. A question asked again is answered from the cache until the next
reload. Telegram never uses the composer's choice keys (a reading button carries its own question),
so ambiguous answers are cached too.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from bot.engine.answers import Answer

if TYPE_CHECKING:
    from bot.services.answering import AnswerService

CACHED_ANSWERS = 2048
T = TypeVar("T")


class ComposerWorker:
    """Async access to one AnswerService: answer, define and reload, one call at a time."""

    def __init__(self, composer: AnswerService, cache_size: int = CACHED_ANSWERS) -> None:
        self.composer = composer
        self.cache: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        self.cache_size = cache_size
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="composer")

    async def run(self, call: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.executor, call, *args)

    async def cached(self, kind: str, text: str, call: Callable[[str], Answer]) -> Answer:
        key = (kind, text)
        found = self.cache.get(key)
        if found is not None:
            self.cache.move_to_end(key)
            return found
        answer = await self.run(call, text)
        if self.cache_size > 0:
            self.cache[key] = answer
            if len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)
        return answer

    async def answer(self, question: str) -> Answer:
        return await self.cached("answer", question, self.composer.answer)

    async def define(self, term: str) -> Answer:
        return await self.cached("define", term, self.composer.define)

    async def reload(self) -> None:
        """Re-read the database; answers given before no longer hold."""
        await self.run(self.composer.reload)
        self.cache.clear()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)

"""The composer worker: one call at a time off the loop, repeated questions from the cache."""

from __future__ import annotations

import asyncio
import threading

from bot.channels.telegram.worker import ComposerWorker
from bot.engine.answers import Answer
from tests.bot.channels.telegram.conftest import FakeComposer


async def test_a_repeated_question_is_answered_from_the_cache_until_reload() -> None:
    composer = FakeComposer()
    worker = ComposerWorker(composer)
    first = await worker.answer("零工市场预算多少")
    again = await worker.answer("零工市场预算多少")
    assert again is first and composer.asked == ["零工市场预算多少"]
    await worker.reload()
    await worker.answer("零工市场预算多少")
    assert composer.asked == ["零工市场预算多少"] * 2 and composer.reloads == 1
    worker.close()


async def test_ambiguous_answers_are_cached_too_since_their_buttons_carry_their_own_readings() -> None:
    composer = FakeComposer()
    worker = ComposerWorker(composer)
    for _ in range(2):
        assert (await worker.answer("培训费")).status == "ambiguous"
    assert composer.asked == ["培训费"]
    worker.close()


async def test_define_and_answer_are_cached_apart_and_the_cache_is_bounded() -> None:
    composer = FakeComposer()
    worker = ComposerWorker(composer, cache_size=2)
    await worker.define("三公经费")
    await worker.answer("三公经费")
    await worker.answer("甲")
    await worker.define("三公经费")  # evicted by 甲: asked again
    assert composer.asked == ["define:三公经费", "三公经费", "甲", "define:三公经费"]
    worker.close()


async def test_calls_run_one_at_a_time_on_a_thread_of_their_own() -> None:
    seen: list[str] = []

    class Recording(FakeComposer):
        def answer(self, question: str) -> Answer:
            seen.append(threading.current_thread().name)
            return super().answer(question)

    worker = ComposerWorker(Recording())

    await asyncio.gather(*(worker.answer(f"问题{n}") for n in range(20)))
    assert len(set(seen)) == 1 and seen[0].startswith("composer")
    assert threading.current_thread().name not in seen
    worker.close()

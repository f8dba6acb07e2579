"""The answer worker: questions answered at once on a thread pool off the loop, repeats from the cache."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

from bot.channels.telegram.worker import AnswerWorker
from bot.engine.answers import Answer, Choice
from bot.engine.followup import Context
from tests.bot.channels.telegram.conftest import FakeAnswers


async def test_a_repeated_question_is_answered_from_the_cache_until_reload() -> None:
    composer = FakeAnswers()
    worker = AnswerWorker(composer)
    first = await worker.answer("零工市场预算多少")
    again = await worker.answer("零工市场预算多少")
    assert again is first and composer.asked == ["零工市场预算多少"]
    await worker.reload()
    await worker.answer("零工市场预算多少")
    assert composer.asked == ["零工市场预算多少"] * 2 and composer.reloads == 1
    worker.close()


async def test_ambiguous_answers_are_cached_too_since_their_buttons_carry_their_own_readings() -> None:
    composer = FakeAnswers()
    worker = AnswerWorker(composer)
    for _ in range(2):
        assert (await worker.answer("培训费")).status == "ambiguous"
    assert composer.asked == ["培训费"]
    worker.close()


async def test_define_and_answer_are_cached_apart_and_the_cache_is_bounded() -> None:
    composer = FakeAnswers()
    worker = AnswerWorker(composer, cache_size=2)
    await worker.define("三公经费")
    await worker.answer("三公经费")
    await worker.answer("甲")
    await worker.define("三公经费")  # evicted by 甲: asked again
    assert composer.asked == ["define:三公经费", "三公经费", "甲", "define:三公经费"]
    worker.close()


async def test_questions_are_answered_at_once_on_threads_off_the_loop() -> None:
    together = threading.Barrier(3, timeout=10)  # three answers must be under way at the same time
    seen: list[str] = []

    class Overlapping(FakeAnswers):
        def answer(self, question: str) -> Answer:
            seen.append(threading.current_thread().name)
            together.wait()
            return super().answer(question)

    worker = AnswerWorker(Overlapping(), threads=3)
    answers = await asyncio.gather(*(worker.answer(f"问题{n}") for n in range(3)))
    assert [answer.status for answer in answers] == ["not_found"] * 3
    assert len(set(seen)) == 3 and all(name.startswith("answer") for name in seen)
    assert threading.current_thread().name not in seen
    worker.close()


async def test_an_answer_worked_out_across_a_reload_is_not_cached() -> None:
    release = threading.Event()

    class Slow(FakeAnswers):
        def answer(self, question: str) -> Answer:
            if not self.asked:
                release.wait(10)
            return super().answer(question)

    answers = Slow()
    worker = AnswerWorker(answers, threads=2)
    slow = asyncio.ensure_future(worker.answer("零工市场"))
    await asyncio.sleep(0.05)
    await worker.reload()
    release.set()
    await slow
    await worker.answer("零工市场")
    assert answers.asked == ["零工市场", "零工市场"] and answers.reloads == 1
    worker.close()


async def test_a_chosen_reading_is_cached_by_its_question_and_documents() -> None:
    answers = FakeAnswers()
    worker = AnswerWorker(answers)
    await worker.choose(Choice("甲", "零工市场", (1,)))
    await worker.choose(Choice("甲", "零工市场", (1,)))
    await worker.choose(Choice("乙", "零工市场", (2,)))
    assert answers.asked == ["零工市场", "零工市场"]
    worker.close()


async def test_a_question_in_a_conversation_is_cached_with_the_context_it_was_read_against() -> None:
    answers = FakeAnswers()
    worker = AnswerWorker(answers)
    before = Context(unit="人社局", year=2024, ask="三公经费", item="三公经费")
    await worker.answer("那去年呢")
    await worker.converse("那去年呢", before)
    await worker.converse("那去年呢", replace(before))
    await worker.converse("那去年呢", replace(before, unit="教育局"))
    await worker.converse("那去年呢", None)
    assert answers.asked == ["那去年呢"] * 4
    worker.close()


async def test_a_question_that_reads_on_its_own_is_answered_once_whatever_the_context() -> None:
    answers = FakeAnswers()
    worker = AnswerWorker(answers)
    contexts = [None, Context(unit="人社局", item="三公经费"), Context(unit="教育局", item="办公费")]
    replies = [await worker.converse("零工市场花了多少钱", context) for context in contexts]
    assert answers.asked == ["零工市场花了多少钱"] and all(reply is replies[0] for reply in replies)
    await worker.reload()
    await worker.converse("零工市场花了多少钱", contexts[1])
    assert answers.asked == ["零工市场花了多少钱"] * 2
    worker.close()

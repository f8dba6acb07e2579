"""Answering from several threads at once gives the answers one thread gives: documents read once while
others wait, each index's segmenter taught before it is used, nothing shared between questions."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.composer import Composer

QUESTIONS = (
    "零工市场花了多少钱",
    "汾阳人社局三公经费多少",
    "孝义人社局办公费和差旅费各是多少",
    "什么是机关运行经费",
    "项目支出占总支出的比例",
    "超过50万元的项目",
    "有几辆车",
    "财政拨款收入",
    "收入总计",
    "培训费多少",
)
CORPUS_QUESTIONS = (
    "江苏省检察院2018年三公经费",
    "省高院2019年公务接待费比上年压减了多少",
    "万里街道2023年钱主要花在哪",
    "普陀区财政局住房公积金",
    "上海市财政局2025年住房公积金",
    "省人大办公厅2017年实际在职多少人",
    "2080101是什么项目",
    "2018年住房公积金",
)
THREADS = 6


def as_json(composer: Composer, question: str) -> str:
    return json.dumps(composer.answer(question).to_json(), ensure_ascii=False, sort_keys=True)


def answered_at_once(engine: Engine, questions: tuple[str, ...]) -> list[dict[str, str]]:
    """A fresh composer (nothing read yet) answering every question on each of THREADS threads at once,
    each thread in an order of its own."""
    composer = Composer(engine)
    start = threading.Barrier(THREADS, timeout=30)
    results: list[dict[str, str]] = [{} for _ in range(THREADS)]
    failures: list[BaseException] = []

    def ask(number: int) -> None:
        order = list(questions)
        random.Random(number).shuffle(order)
        try:
            start.wait()
            for question in order:
                results[number][question] = as_json(composer, question)
        except BaseException as error:  # noqa: BLE001  (handed to the test's thread)
            failures.append(error)

    threads = [threading.Thread(target=ask, args=(number,)) for number in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures
    return results


def test_answers_given_at_once_are_those_given_one_by_one(two_units_engine: Engine, cache_home: Path) -> None:
    expected = {question: as_json(Composer(two_units_engine), question) for question in QUESTIONS}
    for results in answered_at_once(two_units_engine, QUESTIONS):
        assert results == expected


@pytest.mark.slow
def test_corpus_answers_given_at_once_are_those_given_one_by_one(
    corpus_engine: Engine, cache_home: Path
) -> None:
    expected = {question: as_json(Composer(corpus_engine), question) for question in CORPUS_QUESTIONS}
    for results in answered_at_once(corpus_engine, CORPUS_QUESTIONS):
        assert results == expected


def test_a_reload_under_way_never_breaks_an_answer(two_units_engine: Engine, cache_home: Path) -> None:
    composer = Composer(two_units_engine)
    expected = {question: as_json(composer, question) for question in QUESTIONS}
    stop = threading.Event()
    failures: list[BaseException] = []
    seen: list[bool] = []

    def reload_again_and_again() -> None:
        while not stop.is_set():
            composer.reload()

    def ask() -> None:
        try:
            for question in QUESTIONS:
                seen.append(as_json(composer, question) == expected[question])
        except BaseException as error:  # noqa: BLE001  (handed to the test's thread)
            failures.append(error)

    reloader = threading.Thread(target=reload_again_and_again)
    askers = [threading.Thread(target=ask) for _ in range(2)]
    reloader.start()
    for thread in askers:
        thread.start()
    for thread in askers:
        thread.join()
    stop.set()
    reloader.join()
    assert not failures, failures
    assert len(seen) == 2 * len(QUESTIONS) and all(seen)

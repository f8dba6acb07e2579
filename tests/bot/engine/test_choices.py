"""Choices answered statelessly: a Choice carries its question and documents, and choosing it gives the
answer the ambiguous answer offered for that document, from any composer (another process, after a
restart), never by reading a label pasted into the question."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.engine.answers import Answer, Choice, Fact
from bot.engine.composer import Composer
from knowledge.settings import MatcherSettings
from tests.bot.conftest import SECOND_UNIT

SAMPLE = "汾阳市人力资源和社会保障局 2024年预算"
TWO_UNITS_QUESTIONS = (
    "零工市场花了多少钱",
    "三公经费多少",
    "办公费",
    "收入总计",
    "培训费多少",
    "财政拨款收入",
)
SHANGHAI_QUESTIONS = (
    "普陀区财政局住房公积金",
    "普陀区财政局三公经费",
    "财政局 公务接待费",
    "普陀区 三公经费",
)
JIANGSU_QUESTIONS = ("江苏省2018年三公经费", "2018年 公务接待费", "江苏 2018 住房公积金", "2018年住房公积金")


def offered(answer: Answer, choice: Choice) -> list[Fact]:
    """The facts an ambiguous answer showed for one document's choice."""
    return [fact for fact in answer.facts if fact.source.document == choice.label]


def assert_each_choice_gives_what_was_offered(answer: Answer, fresh: Composer) -> None:
    assert answer.status == "ambiguous" and len(answer.choices) >= 2, answer.text
    for choice in answer.choices:
        assert len(choice.documents) == 1 and choice.label not in choice.question
        chosen = fresh.choose(choice)
        assert chosen.status != "not_found", (choice, chosen.text)
        assert chosen.facts == offered(answer, choice), (choice, chosen.text)
        assert f"【{choice.label}】" in chosen.text or choice.label in chosen.facts[0].source.document


@pytest.mark.parametrize("question", TWO_UNITS_QUESTIONS)
def test_each_document_choice_on_two_units_gives_its_offered_answer(
    two_units_composer: Composer, two_units_engine: Engine, question: str
) -> None:
    answer = two_units_composer.answer(question)
    assert {choice.label for choice in answer.choices} == {SAMPLE, f"{SECOND_UNIT} 2024年预算"}
    assert_each_choice_gives_what_was_offered(answer, Composer(two_units_engine))


@pytest.mark.slow
@pytest.mark.parametrize("question", SHANGHAI_QUESTIONS + JIANGSU_QUESTIONS)
def test_each_document_choice_in_the_corpus_gives_its_offered_answer(
    families: Composer, corpus_engine: Engine, question: str
) -> None:
    assert_each_choice_gives_what_was_offered(families.answer(question), Composer(corpus_engine))


@pytest.mark.slow
def test_a_question_fitting_too_many_documents_is_answered_within_the_one_chosen(families: Composer) -> None:
    answer = families.answer("三公经费")
    assert answer.intent == "choose_document" and not answer.facts
    for choice in answer.choices[:3]:
        chosen = families.choose(choice)
        assert chosen.status == "answered", chosen.text
        assert {fact.source.document for fact in chosen.facts} == {choice.label}


@pytest.mark.parametrize(
    ("question", "unit"), [("孝义人社局就业补助多少", SECOND_UNIT), ("汾阳人社局就业补助多少", SAMPLE)]
)
def test_a_row_is_chosen_within_its_document_though_another_has_one_alike(
    two_units_engine: Engine, question: str, unit: str
) -> None:
    wide = Composer(two_units_engine, MatcherSettings(ambiguity_margin=20.0, max_candidates=3))
    answer = wide.answer(question)
    assert answer.status == "ambiguous" and len(answer.choices) == len(answer.facts) >= 2
    for choice, fact in zip(answer.choices, answer.facts, strict=True):
        assert len(choice.documents) == 1 and unit[:2] not in choice.question
        chosen = wide.choose(choice)
        assert chosen.status == "answered" and chosen.facts[0] == fact, chosen.text
        assert all(fact.source.document.startswith(unit) for fact in chosen.facts)


def test_a_choice_as_kept_in_json_is_answered_the_same(two_units_composer: Composer) -> None:
    answer = two_units_composer.answer("零工市场花了多少钱")
    kept = [Choice.from_json(choice) for choice in answer.to_json()["choices"]]
    assert kept == answer.choices
    assert [two_units_composer.choose(choice).facts for choice in kept] == [
        offered(answer, choice) for choice in answer.choices
    ]


def test_a_choice_whose_document_is_gone_says_it_expired(two_units_composer: Composer) -> None:
    gone = two_units_composer.choose(Choice(SAMPLE, "零工市场花了多少钱", (10**6,)))
    assert gone.status == "not_found" and "过期" in gone.text and not gone.facts


def test_the_engine_keeps_no_choices_between_questions(two_units_composer: Composer) -> None:
    two_units_composer.answer("零工市场花了多少钱")
    assert not {"pending", "counter"} & set(vars(two_units_composer))

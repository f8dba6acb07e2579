"""The answer service: what every channel calls for an answer."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from bot.services.answering import AnswerService
from knowledge.chat_state import ConversationKey
from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import load_into, sample_path
from loaders.text import load


def test_a_question_is_answered_with_its_source(sample_engine: Engine, cache_home: Path) -> None:
    answer = AnswerService(sample_engine).answer("零工市场花了多少钱")
    assert answer.status == "answered"
    assert any(fact.value is not None and fact.source.table == "表十二" for fact in answer.facts)


def test_a_question_in_a_conversation_is_answered_like_one_alone(
    sample_engine: Engine, cache_home: Path
) -> None:
    answers = AnswerService(sample_engine)
    alone = answers.answer("三公经费是多少")
    assert alone.status == "answered"
    assert answers.answer("三公经费是多少", ConversationKey(1, 2)).to_json() == alone.to_json()


def test_reload_answers_from_what_is_loaded_now(tmp_path: Path, cache_home: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'reload.db'}")
    assert load_into(engine, sample_path()).error is None
    answers = AnswerService(engine)
    assert answers.answer("测试服务局的三公经费").status == "not_found"
    second = load(sample_path()).disclosure
    second.unit_name = "汾阳市测试服务局"
    second.files[0].content_hash = "service-" + second.files[0].content_hash
    store_disclosure(engine, second)
    answers.reload()
    answer = answers.answer("测试服务局的三公经费")
    assert answer.status == "answered"
    assert all(fact.source.document.startswith("汾阳市测试服务局") for fact in answer.facts)
    engine.dispose()

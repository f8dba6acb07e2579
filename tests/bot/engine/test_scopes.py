"""A unit's 部门预算 and 单位预算 of one year are two documents: both kept, each answerable, each named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.composer import Composer
from knowledge.database import open_engine
from knowledge.store import disclosure_count
from loaders import load_into

UNIT_BUDGET = "汾阳市人力资源和社会保障局 2024年单位预算"
DEPARTMENT_BUDGET = "汾阳市人力资源和社会保障局 2024年部门预算"
QUESTION = "零工市场运营费用预算多少"


@pytest.fixture(scope="module")
def both_scopes(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Engine]:
    """The sample (单位预算), and the same unit's 部门预算 of the year with another 零工市场 figure."""
    folder = tmp_path_factory.mktemp("scopes")
    sample = Path(__file__).parents[3] / "knowledge" / "sample" / "fenyang-rsj-2024-yusuan.txt"
    department = folder / "fenyang-rsj-2024-bumen.txt"
    text = sample.read_text(encoding="utf-8").replace("2024年度单位预算公开", "2024年度部门预算公开", 1)
    department.write_text(
        text.replace("2024年零工市场运营费用\t57.60\t57.60", "2024年零工市场运营费用\t61.20\t61.20")
    )
    engine = open_engine(f"sqlite:///{folder / 'scopes.db'}")
    results = [load_into(engine, path).result for path in (sample, department)]
    assert [result.outcome for result in results if result] == ["loaded", "loaded"]
    yield engine
    engine.dispose()


def test_both_documents_are_kept_side_by_side(both_scopes: Engine) -> None:
    assert disclosure_count(both_scopes) == 2


@pytest.mark.parametrize(
    ("scope", "label", "amount"), [("单位", UNIT_BUDGET, "57.60"), ("部门", DEPARTMENT_BUDGET, "61.20")]
)
def test_a_question_naming_the_scope_is_answered_from_that_document(
    both_scopes: Engine, scope: str, label: str, amount: str
) -> None:
    answer = Composer(both_scopes).answer(f"人社局2024年{scope}预算{QUESTION}")
    assert answer.status == "answered" and amount in answer.text
    assert {fact.source.document for fact in answer.facts if fact.value} == {label}


def test_without_the_scope_each_figure_says_its_document_and_each_choice_answers(both_scopes: Engine) -> None:
    composer = Composer(both_scopes)
    answer = composer.answer(QUESTION)
    assert answer.status == "ambiguous"
    assert f"【{UNIT_BUDGET}】" in answer.text and f"【{DEPARTMENT_BUDGET}】" in answer.text
    chosen = {choice.label: composer.choose(choice) for choice in answer.choices}
    assert chosen[UNIT_BUDGET].status == "answered" and "57.60" in chosen[UNIT_BUDGET].text
    assert chosen[DEPARTMENT_BUDGET].status == "answered" and "61.20" in chosen[DEPARTMENT_BUDGET].text

"""哪些项目没有绩效目标: the projects of the project tables held against the 绩效目标表, by name."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.composer import Composer
from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import sample_path
from loaders.text import load

LEFT_OUT = "仲裁工作经费"


@pytest.fixture(scope="module")
def one_target_left_out(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """The sample with the 绩效目标 of one project taken out, as a document publishing fewer targets than
    projects would."""
    engine = open_engine(f"sqlite:///{tmp_path_factory.mktemp('untargeted') / 'db.sqlite'}")
    disclosure = load(sample_path()).disclosure
    disclosure.targets = [target for target in disclosure.targets if target.project != LEFT_OUT]
    store_disclosure(engine, disclosure)
    yield Composer(engine)
    engine.dispose()


@pytest.mark.parametrize(
    "question", ["哪些项目没有绩效目标", "没有编报绩效目标的项目有哪些", "未设置绩效目标的项目"]
)
def test_the_projects_the_targets_table_does_not_name_are_listed(
    one_target_left_out: Composer, question: str
) -> None:
    """A project printed with another name in the 绩效目标表 (临时工工资 and 临时工资, 山西绥民… and
    山西恒民…) has its target; only the one taken out is without."""
    answer = one_target_left_out.answer(question)
    assert answer.status == "answered" and answer.intent == "target", answer.text
    listed, targeted, *missing = answer.facts
    assert (listed.value, targeted.value) == (Decimal(22), Decimal(21)), answer.text
    assert [fact.source.row for fact in missing] == [LEFT_OUT], answer.text
    assert missing[0].value == Decimal("1.00"), answer.text


@pytest.mark.parametrize("question", ["汾阳人社局哪些项目没有绩效目标", "人社局没有编绩效目标的项目"])
def test_every_project_with_a_target_is_said_so_with_both_counts(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and "每个项目都公开了绩效目标" in answer.text, answer.text
    assert [fact.value for fact in answer.facts] == [Decimal(22), Decimal(22)], answer.text


@pytest.mark.parametrize("question", ["万里街道哪些项目没有绩效目标", "万里街道没有绩效目标的项目"])
def test_targets_with_no_project_table_to_hold_them_against_say_so(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and "没有项目支出明细表" in answer.text, answer.text
    assert [fact.value for fact in answer.facts] == [Decimal(5)], answer.text


def test_whether_one_project_has_a_target_is_no_list_of_those_without(families: Composer) -> None:
    answer = families.answer("汾阳人社局零工市场有没有绩效目标")
    assert answer.text.startswith("有："), answer.text

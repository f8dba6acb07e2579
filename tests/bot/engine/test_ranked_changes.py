"""哪项支出比上年减少最多: the items whose change on last year the narrative states, ranked by it, with
totals left out and each figure sourced; asked of a concept, only its parts. On the 汾阳 sample, Jiangsu
provincial 预算 (whole and split) and Shanghai 区 预算 (which state rates only).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.read_change_ranks import asks_ranked_change, direction_asked

pytestmark = pytest.mark.slow

SIGNED = {"增加": 1, "增长": 1, "减少": -1, "下降": -1}


def signed_changes(answer: Answer) -> list[Decimal]:
    """The ranked items' changes with their signs, read from the listed lines."""
    lines = [line for line in answer.text.splitlines() if line[:1].isdigit() and "上年" in line]
    changes = []
    for line in lines:
        if "与上年持平" in line:
            changes.append(Decimal(0))
            continue
        said = line.split("比上年", 1)[1]
        sign = next((value for word, value in SIGNED.items() if said.startswith(word)), 0)
        changes.append(sign * Decimal(said.lstrip("增加减少长下降").split("万元")[0].split("%")[0] or "0"))
    return changes


@pytest.mark.parametrize(
    ("question", "item", "value", "unit"),
    [
        ("人社局哪项支出比上年减少最多", "中央就业补助资金", "465.4", "万元"),
        ("江苏省检察院哪项支出比上年增加最多", "行政运行", "2915.22", "万元"),
        ("人大常委会2019年哪项支出比去年减少最多", "人大立法", "81", "万元"),
        ("省高院哪项支出下降幅度最大", "其他法院支出", "30.77", "%"),
        ("万里街道哪项支出增长最快", "其他城市生活救助", "500.00", "%"),
    ],
)
def test_the_item_stated_to_change_most_the_way_asked_comes_first(
    families: Composer, question: str, item: str, value: str, unit: str
) -> None:
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    top = answer.facts[0]
    assert item in top.label and top.value == Decimal(value) and top.unit == unit, answer.text
    assert all(fact.source.section and (fact.source.page or fact.source.line) for fact in answer.facts)
    changes = signed_changes(answer)
    asked = direction_asked(question)
    assert len(changes) == len(answer.facts) >= 2, answer.text
    assert changes == sorted(changes, key=lambda change: -change * asked), answer.text
    assert all(change * asked > 0 for change in changes), answer.text


def test_a_total_is_the_whole_and_never_ranked_among_its_items(families: Composer) -> None:
    """省高院's 收支预算总计 rose 4016.19万元, more than any item: 基本支出 (3397.18) rose most."""
    answer = families.answer("省高院哪项支出比上年增加最多")
    assert answer.facts[0].label == "基本支出" and answer.facts[0].value == Decimal("3397.18"), answer.text
    assert not any("总计" in fact.label or "合计" in fact.label for fact in answer.facts), answer.text
    assert Decimal("4016.19") not in {fact.value for fact in answer.facts}


def test_an_item_stated_twice_is_ranked_once(families: Composer) -> None:
    """项目经费支出安排 and 项目支出 are one change of 1134.33万元, stated in two sentences."""
    answer = families.answer("省高院哪项支出比上年减少最多")
    assert [fact.value for fact in answer.facts].count(Decimal("1134.33")) == 1, answer.text


@pytest.mark.parametrize(
    "question", ["省委办公厅三公经费哪项比上年减少最多", "人大常委会2019年三公经费里哪项比上年减少最多"]
)
def test_the_parts_of_a_concept_are_ranked_without_what_its_table_prints_beside_them(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.facts and "公务接待费" in answer.facts[0].label, answer.text
    assert not any(word in fact.label for fact in answer.facts for word in ("会议费", "培训费", "机关运行"))


def test_none_moving_the_way_asked_is_said_and_the_others_listed(families: Composer) -> None:
    """汾阳's narrative states no item that rose: the ranking says so rather than naming a fall as a rise."""
    answer = families.answer("人社局哪项支出比上年增加最多")
    assert "没有比上年增加的" in answer.text, answer.text
    changes = signed_changes(answer)
    assert changes and all(change <= 0 for change in changes), answer.text
    assert changes == sorted(changes, reverse=True), answer.text


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        ("哪项支出比上年减少最多", True),
        ("增长最快的是什么", True),
        ("哪项变化最大", True),
        ("支出增加最多的", True),
        ("三公经费比上年减少了多少", False),
        ("三公经费比上年减少了", False),
        ("哪些支出比上年增加了", True),
        ("哪几项减少了", True),
        ("哪些收入增加了", False),
    ],
)
def test_a_ranked_change_is_asked_by_most(text: str, ranked: bool) -> None:
    assert asks_ranked_change(text) is ranked


@pytest.mark.parametrize(
    ("question", "first", "count"),
    [
        ("省政协2018年哪类支出增长最快", "住房保障(类)支出", 2),
        ("省高院2019年哪个科目比上年增加最多", "住房保障(类)支出", 3),
        ("省人大2019年哪类支出增长最多", "一般公共服务(类)支出", 3),
        ("省委办2018年哪个功能分类减少最多", "社会保障和就业(类)支出", 1),
    ],
)
def test_the_classes_asked_are_the_narratives_classes_only(
    families: Composer, question: str, first: str, count: int
) -> None:
    """哪个功能科目/哪类支出 增长最快: the 类 the narrative names as such (一般公共服务（类）支出), never a 项
    under one (住房改革支出(类)提租补贴(项)) nor 单位预留机动经费 or 机关运行经费."""
    answer = families.answer(question)
    assert f"的是{first}：" in answer.text, answer.text
    listed = [line for line in answer.text.splitlines() if line[:1].isdigit()]
    assert len(listed) == count and all("(类)支出：" in line for line in listed), answer.text


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("省人大2019年哪些支出比上年增加了", 1),
        ("省高院2019年哪些支出比上年减少了", -1),
        ("省政协2018年哪几项支出增长了", 1),
    ],
)
def test_which_items_moved_one_way_are_the_stated_changes_that_way(
    families: Composer, question: str, direction: int
) -> None:
    """哪些支出比上年增加了: the items whose stated change went that way, largest first, never the total's alone."""
    answer = families.answer(question)
    assert answer.intent == "rank" and "按文件说明中写明的各项比上年增减排列" in answer.text, answer.text
    first = next(line for line in answer.text.splitlines() if line.startswith("1. "))
    assert ("比上年增加" if direction > 0 else "比上年减少") in first, answer.text

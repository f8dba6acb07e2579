"""哪些项目超支了, 哪项没完成预算: the items of a 决算 whose spending went above (or stayed below) their
年初预算, each with both figures and their source. Read from a table printing 年初预算数 beside 决算数
(two county 决算 layouts) or, where no table does, from the narrative's item-by-item figures (Shanghai 区
决算); a 预算 has no spending yet, which is said. The figures are checked against the records they are
read from, never against copied text.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot.engine.answers import Answer, Fact
from bot.engine.composer import Composer
from bot.engine.read_completion_ranks import asks_completion_rank
from bot.engine.similarity import match_key

pytestmark = pytest.mark.slow


def pairs(answer: Answer) -> list[tuple[Fact, Fact]]:
    """The (年初预算, 决算) facts of each listed item, in the answer's order."""
    amounts = [fact for fact in answer.facts if fact.unit != "%"]
    return list(zip(amounts[::2], amounts[1::2], strict=True))


def in_yuan(fact: Fact) -> Decimal:
    return (fact.value or Decimal(0)) * (10000 if fact.unit == "万元" else 1)


@pytest.mark.parametrize(
    ("question", "over"),
    [
        ("青峰县水利局哪些支出超过年初预算", True),
        ("清河县市场监督管理局有没有超预算的支出", True),
        ("青峰县水利局哪些项目没完成预算", False),
        ("清河县市场监督管理局哪项支出没花完", False),
        ("青峰县水利局哪些科目比年初预算多", True),
        ("清河县市场监督管理局哪些支出比预算少", False),
    ],
)
def test_items_a_table_prints_above_or_below_their_budget_are_listed_furthest_first(
    county_finals: Composer, question: str, over: bool
) -> None:
    answer = county_finals.answer(question)
    assert answer.status == "answered" and answer.intent == "rank", answer.text
    listed = pairs(answer)
    assert listed, answer.text
    for plan, actual in listed:
        assert plan.source.table == actual.source.table and plan.source.row == actual.source.row
        assert "年初预算" in plan.source.column and "决算" in actual.source.column, answer.text
    gaps = [in_yuan(actual) / in_yuan(plan) for plan, actual in listed]
    if "有 " in answer.text.splitlines()[0]:  # some items are on the side asked
        assert all(gap > 1 if over else gap < 1 for gap in gaps), answer.text
        assert gaps == sorted(gaps, reverse=over), answer.text


def test_projects_asked_are_the_project_tables_rows_never_their_spending_class_again(
    county_finals: Composer,
) -> None:
    """青峰县水利局's 项目支出决算表 prints each project's 年初预算数 and 决算数; 哪些项目超支了 lists those
    projects, not the 功能分类 rows they are spent under."""
    answer = county_finals.answer("青峰县水利局哪些项目超支了")
    assert answer.status == "answered", answer.text
    titles = {fact.source.title for fact in answer.facts if not fact.source.inputs}
    assert len(titles) == 1 and "项目" in next(iter(titles)), answer.text


@pytest.mark.parametrize(
    ("question", "over"),
    [
        ("规划资源局2024年哪些支出超过了年初预算", True),
        ("普陀区财政局2024年决算有没有超预算的支出", True),
        ("普陀区财政局2024年决算哪些项目没完成预算", False),
        ("规划资源局2024年哪些项目没花完", False),
        ("规划资源局2024年决算哪些科目比预算多", True),
        ("普陀区财政局2024年决算支出比年初预算少的科目有哪些", False),
    ],
)
def test_items_the_narrative_states_above_or_below_their_budget_are_read_from_it(
    families: Composer, question: str, over: bool
) -> None:
    """Shanghai 区 决算 tables print no 年初预算 per item; the narrative states 年初预算为…，支出决算为… for
    each: none went above, which is said with the highest; those below are listed, lowest first."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "rank", answer.text
    read = [fact for fact in answer.facts if not fact.source.inputs]
    assert all(fact.source.section and fact.source.table is None for fact in read), answer.text
    for at, computed in enumerate(answer.facts):  # a rate the narrative does not state: its two, divided
        if computed.source.inputs:
            plan, actual = answer.facts[at - 2 : at]
            assert computed.source.inputs == (actual.source, plan.source), answer.text
            assert actual.value is not None and plan.value, answer.text
            assert computed.value == (actual.value * 100 / plan.value).quantize(Decimal("0.01")), answer.text
    head = answer.text.splitlines()[0]
    assert ("没有超出年初预算的" in head) if over else ("未完成年初预算的有" in head), answer.text


@pytest.mark.parametrize(
    ("family", "question"),
    [
        ("families", "规划资源局2024年哪些科目执行率最低"),
        ("families", "普陀区财政局2024年哪些科目没完成预算"),
        ("county_finals", "清河县市场监督管理局哪些科目执行率最低"),
        ("county_finals", "青峰县水利局哪些科目超支了"),
    ],
)
def test_kemu_asked_are_the_functional_classes_never_the_three_public_parts_beside_them(
    request: pytest.FixtureRequest, family: str, question: str
) -> None:
    """哪些科目执行率最低: each item ranked is a 功能分类 科目 of the document (a row its tables print with a
    code starting 2), never a “三公” part or an 经济分类 item the narrative states beside them."""
    composer = request.getfixturevalue(family)
    answer = composer.answer(question)
    assert answer.status == "answered" and answer.intent == "rank", answer.text
    documents = [composer.index.document(head) for head in composer.index.heads if head.label in answer.text]
    assert len(documents) == 1, answer.text
    functional = {
        row.key.core for document in documents for row in document.rows if (row.code or "").startswith("2")
    }
    items = re.findall(r"^\d+\. (.+?)：", answer.text, re.MULTILINE)
    assert items and all(match_key(item).core in functional for item in items), answer.text


@pytest.mark.parametrize(
    ("family", "question", "highest"),
    [
        ("families", "普陀区财政局2024年执行率最低的是哪项", False),
        ("families", "规划资源局2024年完成率最高的支出", True),
        ("county_finals", "青峰县水利局执行率最高的项目", True),
        ("county_finals", "清河县市场监督管理局哪项支出完成预算的比例最低", False),
    ],
)
def test_the_highest_or_lowest_completion_is_asked_of_every_item_ranked(
    request: pytest.FixtureRequest, family: str, question: str, highest: bool
) -> None:
    """执行率最低的是哪项: every item's completion, the lowest first, never the whole's one rate."""
    answer = request.getfixturevalue(family).answer(question)
    assert answer.status == "answered" and answer.intent == "rank", answer.text
    rates = [Decimal(rate) for rate in re.findall(r"完成年初预算的 ([\d.]+)%", answer.text)]
    assert len(rates) >= 2 and rates == sorted(rates, reverse=highest), answer.text
    assert ("最高" if highest else "最低") in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    "question", ["普陀区财政局2025年哪些项目超支了", "省高院2019年有没有超预算的", "人社局哪些项目没花完"]
)
def test_whether_items_went_over_budget_asked_of_a_budget_says_it_has_no_spending_yet(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "还没有执行结果" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "subject", "asked"),
    [
        ("哪些项目超支了", "项目", True),
        ("有没有超预算的支出", "超支出", True),
        ("行政运行有没有超支", "行政运行超支", False),
        ("财政委托业务支出为什么没花完", "财政委托业务支出", False),
        ("哪些项目超过100万", "项目", False),
    ],
)
def test_which_items_are_asked_only_of_every_item_never_of_one_named_or_why(
    question: str, subject: str, asked: bool
) -> None:
    """行政运行有没有超支 asks of one item (its own 决算 against its budget), 为什么没花完 why: neither lists
    every item."""
    assert asks_completion_rank(question, subject) is asked


@pytest.mark.parametrize(
    ("family", "questions", "full"),
    [
        (
            "families",
            ["普陀区财政局2024年决算哪些项目没完成预算", "第五个为什么没完成预算"],
            "普陀区财政局2024年决算财政事务行政运行为什么没完成预算",
        ),
        (
            "county_finals",
            ["青峰县水利局哪些支出超过年初预算", "第一个为什么超支"],
            "青峰县水利局水利工程运行与维护为什么超支",
        ),
    ],
)
def test_an_item_picked_from_the_list_by_its_place_is_asked_of(
    request: pytest.FixtureRequest, family: str, questions: list[str], full: str
) -> None:
    """第五个为什么没完成预算: the fifth item listed, its own 决算 against its 年初预算 (完成预算 names no
    预算 document)."""
    composer = request.getfixturevalue(family)
    context = None
    for question in questions:
        answer, context = composer.answer_in_context(question, context)
    expected = composer.answer(full)
    assert answer.status == "answered", answer.text
    assert [(f.label, f.value) for f in answer.facts] == [(f.label, f.value) for f in expected.facts], (
        answer.text
    )

"""Figures the narrative states for a column the tables do not print, or for a part of a whole: last
year's 执行数 in a 预算, the 年初预算 in a 决算, a share of the “三公”经费, the share of the 年初预算 a
决算 completed; and what a 决算 prints is its 决算数. On Shanghai 预算 and 决算 PDFs, Jiangsu PDFs and
the sample.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer

pytestmark = pytest.mark.slow


def has(answer: Answer, value: str, unit: str) -> bool:
    return any(fact.value == Decimal(value) and fact.unit == unit for fact in answer.facts)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("万里街道统计管理2022年执行数是多少", "1.48"),
        ("万里街道群众体育2022年执行数", "12.04"),
        ("万里街道2022年行政运行预算执行数是多少", "2695.80"),
        ("福利院事业单位医疗2023年执行数", "44.17"),
        ("社会福利院住房公积金2023年当年预算执行数", "33.74"),
        ("万里街道去年公益性岗位补贴执行了多少", "667.32"),
        ("福利院去年住房公积金执行了多少", "33.74"),
    ],
)
def test_last_years_executed_figure_is_read_from_the_next_budgets_narrative(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert has(answer, value, "万元") and "执行数" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "万里街道统计管理2022年预算数",
        "万里街道2022年三公经费",
        "汾阳人社局行政运行2023年执行数",
        "省高院行政运行2018年执行数",
        "万里街道2023年公益性岗位补贴执行数",
        "福利院今年住房公积金执行了多少",
    ],
)
def test_a_year_the_documents_do_not_report_is_not_answered_with_another(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found", answer.text
    assert not any(fact.value is not None for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("普陀区财政局2024年行政运行决算数", "1511.89"),
        ("普陀区财政局行政运行2024年执行数", "1511.89"),
        ("规划资源局2024年退休费决算数是多少", "67.96"),
        ("规划资源局2024年事业运行决算数", "4416.67"),
    ],
)
def test_what_a_final_account_prints_is_its_final_figure(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(value), answer.text
    assert "不一致" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("规划资源局城乡社区规划与管理年初预算多少", "3110.14"),
        ("普陀区财政局2024年信息化建设年初预算是多少", "135.90"),
        ("普陀区财政局2024年一般公共预算财政拨款支出年初预算", "2993.92"),
    ],
)
def test_the_year_budget_of_a_final_account_is_the_narratives(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and has(answer, value, "万元"), answer.text


@pytest.mark.parametrize(
    ("unit", "parts"),
    [
        ("规划资源局2024年", {"“三公”经费": "2.85", "一般公共预算": "10210.34"}),
        ("普陀区财政局2024年", {"“三公”经费": "0.95", "一般公共预算": "2993.92"}),
    ],
)
def test_a_column_the_narrative_states_only_of_parts_asks_which_part(
    families: Composer, unit: str, parts: dict[str, str]
) -> None:
    """财政拨款支出年初预算: the narrative states it of the “三公”经费 and of the 一般公共预算, none of the whole,
    so both are offered with their sources, and each choice answers its own figure."""
    answer = families.answer(f"{unit}财政拨款支出年初预算多少")
    assert answer.status == "ambiguous", answer.text
    offered = {fact.label: fact.value for fact in answer.facts}
    assert offered == {f"{part}财政拨款支出年初预算": Decimal(value) for part, value in parts.items()}
    for choice in answer.choices:
        chosen = families.choose(choice)
        assert chosen.status == "answered" and chosen.facts[0].value == offered[choice.label], chosen.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("省政协公务接待费占三公经费的比例", "61.10"),
        ("省委办公厅公务接待费占三公经费的比重", "5.31"),
        ("省高院因公出国（境）费占三公经费的比例", "31.14"),
        ("2017年省人大公务接待费占三公经费的比例", "16.81"),
        ("普陀区财政局2024年一般公共预算财政拨款支出完成年初预算的百分之几", "98.20"),
        ("规划资源局一般公共预算财政拨款支出完成年初预算的百分之几", "95.45"),
    ],
)
def test_a_share_the_narrative_states_of_a_part_is_quoted(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    assert has(answer, value, "%"), answer.text


@pytest.mark.parametrize(
    ("question", "amount", "percent"),
    [
        ("规划资源局2024年机关运行经费比上年减少多少", "13.52", "8.65"),
        ("普陀区财政局2024年机关运行经费比2023年增加了多少", "2.55", "1.40"),
        ("省政协2018年提租补贴比上年增加多少", "355.83", "47.33"),
    ],
)
def test_a_stated_change_gives_its_amount_and_its_rate(
    families: Composer, question: str, amount: str, percent: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert has(answer, amount, "万元") and has(answer, percent, "%"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("普陀区财政局2024年行政运行年初打算花多少", "1560.05"),
        ("规划资源局2024年事业运行原计划多少", "4477.33"),
        ("普陀区财政局2024年三公经费本来打算花多少", "0.95"),
        ("规划资源局2024年公务接待费原先安排了多少", "2.85"),
    ],
)
def test_a_plan_said_in_everyday_words_is_a_final_accounts_budget_column(
    families: Composer, question: str, value: str
) -> None:
    """年初打算花, 原计划, 本来打算: of a 决算, its 年初预算 (the table's 预算数 or the narrative's), never
    its 决算数, and no note that the figure is what was spent."""
    answer = families.answer(question)
    assert has(answer, value, "万元"), answer.text
    assert "实际数" not in answer.text, answer.text

"""Two items of one document compared, as people ask it (A和B哪个多, A比B多多少, A是B的几倍, A与B相差多少,
A跟B比, 比较一下A和B), on the sample, Shanghai 区 预算 and 决算, Shanghai 市 预算 and Jiangsu 省级 预算:
both figures with their sources, which is larger, the difference and the ratio with their formulas. An
item not in the document is said not found, with no figure; one item against last year, another year or
its budget stays a change, and A和B各多少 stays two answers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.matcher import read_question
from bot.engine.reading import ReadingKind
from bot.engine.replies import amount_text, plain_label

pytestmark = pytest.mark.slow

SHANGHAI = "上海市财政局 2025年预算"
PUTUO = "上海市普陀区财政局 2025年预算"
PUTUO_FINAL = "上海市普陀区财政局 2024年决算"
WELFARE = "上海市普陀区社会福利院 2024年预算"
WANLI = "上海市普陀区人民政府万里街道办事处 2023年预算"
PLANNING = "上海市普陀区规划和自然资源局 2024年决算"
PROCURATORATE = "江苏省人民检察院 2018年预算"
COURT = "江苏省高级人民法院 2019年预算"
CONGRESS = "江苏省人大常委会办公厅 2017年预算"
FENYANG = "汾阳市人力资源和社会保障局 2024年预算"


def has_fact(answer: Answer, value: str, unit: str, document: str) -> bool:
    return any(
        fact.value == Decimal(value) and fact.unit == unit and fact.source.document == document
        for fact in answer.facts
    )


def amount(figure: tuple[str, str]) -> Decimal:
    value, unit = figure
    return Decimal(value) * (10_000 if unit == "万元" else 1)


@pytest.mark.parametrize(
    ("question", "document", "first", "second"),
    [
        ("上海市财政局水费和电费哪个多", SHANGHAI, ("400000", "元"), ("800000", "元")),
        ("上海市财政局2025年办公费和印刷费哪个多", SHANGHAI, ("1000000", "元"), ("50000", "元")),
        ("上海市财政局电费是水费的几倍", SHANGHAI, ("800000", "元"), ("400000", "元")),
        ("上海市财政局水费是不是比电费多", SHANGHAI, ("400000", "元"), ("800000", "元")),
        ("上海市财政局的水费与电费，哪一个高", SHANGHAI, ("400000", "元"), ("800000", "元")),
        ("普陀区财政局2025年印刷费和办公费谁最多", PUTUO, ("120000", "元"), ("170000", "元")),
        ("上海市财政局因公出国的钱比公务接待费多出多少", SHANGHAI, ("288.70", "万元"), ("25.40", "万元")),
        ("普陀区财政局2025年印刷费和办公费哪个高", PUTUO, ("120000", "元"), ("170000", "元")),
        ("普陀区财政局2024年办公费与印刷费相差多少", PUTUO_FINAL, ("21.21", "万元"), ("7.61", "万元")),
        ("福利院绩效工资比基本工资多多少", WELFARE, ("3580522", "元"), ("758448", "元")),
        ("万里街道行政单位医疗和事业单位医疗哪个多", WANLI, ("1445495", "元"), ("1450237", "元")),
        ("万里街道2023年基本支出比项目支出少多少", WANLI, ("99406297", "元"), ("65572343", "元")),
        (
            "规划资源局2024年城乡社区规划与管理和事业运行哪个决算数大",
            PLANNING,
            ("2739.56", "万元"),
            ("4416.67", "万元"),
        ),
        ("省检察院水费和电费哪个多", PROCURATORATE, ("18.92", "万元"), ("262.00", "万元")),
        ("省高院2019年培训费跟会议费比", COURT, ("1597.25", "万元"), ("271.02", "万元")),
        (
            "江苏省人大常委会办公厅2017年基本支出和项目支出哪个多",
            CONGRESS,
            ("7666.68", "万元"),
            ("5853.96", "万元"),
        ),
        ("人社局基本工资和津贴补贴哪个多", FENYANG, ("55.78", "万元"), ("36.72", "万元")),
        ("人社局奖金比其他社会保障缴费多多少", FENYANG, ("10.35", "万元"), ("1.49", "万元")),
        ("人社局人员经费比工资福利支出多多少", FENYANG, ("190.11", "万元"), ("157.08", "万元")),
        ("比较一下人社局基本工资和津贴补贴", FENYANG, ("55.78", "万元"), ("36.72", "万元")),
        ("人社局基本工资多还是津贴补贴多", FENYANG, ("55.78", "万元"), ("36.72", "万元")),
        ("人社局社会保障和就业支出与卫生健康支出相差多少", FENYANG, ("1363.35", "万元"), ("13.26", "万元")),
        ("人社局支出总计比基本支出多多少", FENYANG, ("1596.64", "万元"), ("212.44", "万元")),
        ("人社局基本支出减去人员经费是多少", FENYANG, ("212.44", "万元"), ("190.11", "万元")),
        ("人社局收入总计扣除上年结转后还剩多少", FENYANG, ("1596.64", "万元"), ("496.40", "万元")),
        ("万里街道2023年支出总计减去基本支出等于多少", WANLI, ("164978640", "元"), ("99406297", "元")),
        ("省高院2019年基本支出减人员经费是多少", COURT, ("21968.00", "万元"), ("18387.95", "万元")),
        ("普陀区财政局2024年年末结转和结余比年初多还是少", PUTUO_FINAL, ("55.34", "万元"), ("49.14", "万元")),
        ("规划资源局2024年年末结转和结余比年初少了多少", PLANNING, ("100.00", "万元"), ("112.88", "万元")),
        ("万里街道2023年基本支出比项目少多少", WANLI, ("99406297", "元"), ("65572343", "元")),
        ("省高院2019年人员经费比公用多多少", COURT, ("18387.95", "万元"), ("3580.05", "万元")),
    ],
)
def test_two_items_each_with_its_source_and_the_difference_and_ratio(
    families: Composer, question: str, document: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    one, other = answer.facts[:2]
    assert (one.value, one.unit) == (Decimal(first[0]), first[1]), answer.text
    assert (other.value, other.unit) == (Decimal(second[0]), second[1]), answer.text
    assert one.source.document == other.source.document == document
    assert one.source.describe() in answer.text and other.source.describe() in answer.text
    assert one.value is not None and other.value is not None
    assert f"{one.value:,} − {other.value:,} = {one.value - other.value:,}" in answer.text
    assert any(fact.value == abs(one.value - other.value) and fact.source.inputs for fact in answer.facts)
    larger = one if amount(first) > amount(second) else other
    assert f"{plain_label(larger.label)}更多" in answer.text, answer.text
    ratio = (max(amount(first), amount(second)) / min(amount(first), amount(second))).quantize(
        Decimal("0.01")
    )
    assert any(fact.value == ratio and fact.unit == "倍" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "whole", "part"),
    [
        ("人社局不含上年结转的支出多少", "1596.64", "496.40"),
        ("人社局除三公经费外的公用经费", "22.33", "5.00"),
        ("人社局除了零工市场以外的项目支出多少", "1384.20", "140.24"),
        ("省高院除了公务接待费以外的三公经费", "513.75", "86.95"),
        ("规划资源局2024年基本支出以外的支出", "9859.38", "5377.64"),
        ("万里街道2023年扣除基本支出后的支出总计", "164978640", "99406297"),
        ("人社局除基本支出外还有多少", "1596.64", "212.44"),
        ("人社局除了上年结转以外其他收入有多少", "1596.64", "496.40"),
        ("省高院除基本支出外还剩多少", "37188.34", "21968.00"),
        ("人社局除了上年结转还有多少", "1596.64", "496.40"),
        ("人社局不含上年结转的预算", "1596.64", "496.40"),
        ("人社局支出除了项目支出还有多少", "1596.64", "1384.20"),
        ("普陀区财政局2024年支出除了基本支出还有多少", "2995.39", "2336.91"),
    ],
)
def test_one_item_without_another_is_both_figures_never_the_one_left_out(
    families: Composer, question: str, whole: str, part: str
) -> None:
    """除了B以外的A, 不含B的A: no table prints A without B, so both are given, the whole first, and their
    difference, said to answer only where A holds all of B; never B's figure as the answer."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("文件没有单列"), answer.text
    one, other = answer.facts[:2]
    assert (one.value, other.value) == (Decimal(whole), Decimal(part)), answer.text
    assert any(fact.value == one.value - other.value and fact.source.inputs for fact in answer.facts)
    assert not any(fact.unit == "倍" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("零工市场和护工培训哪个花得多", "零工市场和护工培训哪个多"),
        ("人社局办公费和差旅费谁花得多", "人社局办公费和差旅费谁多"),
        ("省高院会议费和培训费哪个花的多", "省高院会议费和培训费哪个多"),
        ("万里街道人员经费和公用经费哪个钱多", "万里街道人员经费和公用经费哪个多"),
    ],
)
def test_which_is_more_said_with_its_money_compares_the_two_items(
    families: Composer, question: str, plain: str
) -> None:
    """哪个花得多, 谁花的多, 哪个钱多: which of the two is more, as 哪个多 asks it, never their sum."""
    answer, expected = families.answer(question), families.answer(plain)
    assert answer.intent == expected.intent == "compare" and answer.facts == expected.facts, answer.text


@pytest.mark.parametrize(
    ("question", "smaller"),
    [
        ("省检察院水费和电费哪个少", "水费"),
        ("省高院2019年培训费跟会议费哪个更低", "会议费"),
        ("人社局基本工资和津贴补贴哪个少一些", "津贴补贴"),
        ("万里街道2023年基本支出和项目支出谁少", "项目支出"),
    ],
)
def test_which_is_less_names_the_smaller_side(families: Composer, question: str, smaller: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    assert f"{smaller}更少" in answer.text.splitlines()[0] and "更多" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "ratio", "other_way"),
    [
        ("上海市财政局水费是电费的几倍", "0.50", "2.00"),
        ("省高院2019年会议费是培训费的几倍", "0.17", "5.89"),
        ("人社局津贴补贴是基本工资的多少倍", "0.66", "1.52"),
    ],
)
def test_a_smaller_item_asked_as_a_multiple_of_a_larger_is_its_fraction_then_the_other_way(
    families: Composer, question: str, ratio: str, other_way: str
) -> None:
    answer = families.answer(question)
    multiples = [fact.value for fact in answer.facts if fact.unit == "倍"]
    assert multiples == [Decimal(ratio), Decimal(other_way)], answer.text


@pytest.mark.parametrize(
    ("question", "missing", "found"),
    [
        ("上海市财政局取暖费和会议费哪个多", "取暖费", "会议费"),
        ("万里街道取暖费和电费哪个多", "取暖费", "电费"),
        ("福利院绩效工资比奖励金多多少", "奖励金", "绩效工资"),
        ("省检察院会议费与取暖费相差多少", "取暖费", "会议费"),
        ("人社局基本工资和会议费哪个多", "会议费", "基本工资"),
        ("人社局物业管理费比基本工资多多少", "物业管理费", "基本工资"),
    ],
)
def test_an_item_not_in_the_document_is_said_not_found_with_no_figure(
    families: Composer, question: str, missing: str, found: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"没有找到“{missing}”" in answer.text
    assert f"没有找到“{found}”" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "上海市财政局三公经费比上年多多少",
        "上海市财政局公务接待费比去年少了多少",
        "上海市财政局三公经费比上年预算数多多少",
        "普陀区财政局2025年三公经费比2024年多多少",
        "普陀区财政局2025年预算的购房补贴比2024年决算多多少",
        "规划资源局2024年事业运行比年初预算多多少",
        "规划资源局2024年事业运行决算数比预算数多多少",
        "规划资源局2024年公务接待费决算比年初预算减少多少",
        "上海市财政局三公经费比上年增加还是减少",
        "人社局三公经费与上年同期相比多多少",
        "人社局三公经费和上年比增加多少",
        "省人大常委会办公厅2019年三公经费比2017年少多少",
        "人社局行政运行比上年减少多少",
        "规划资源局2024年公务接待费决算比年初预算减了多少",
    ],
)
def test_one_item_against_another_year_or_its_budget_is_no_two_items(
    families: Composer, question: str
) -> None:
    with families.index.segmenter.active():
        reading = read_question(question, families.index)
    assert reading.kind != ReadingKind.COMPARE_ITEMS, reading


@pytest.mark.parametrize(
    "question", ["上海市财政局社会保障和就业支出里哪项最多", "人社局社会保障和就业支出中哪个最多"]
)
def test_which_part_of_one_item_is_largest_is_no_two_items(families: Composer, question: str) -> None:
    with families.index.segmenter.active():
        reading = read_question(question, families.index)
    assert reading.kind == ReadingKind.RANK, reading


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("省高院离休费和退休费各多少", ("526.16", "万元"), ("1250.63", "万元")),
        ("人社局中央财政就业补助资金和省级财政就业补助资金各多少", ("548.00", "万元"), ("4.91", "万元")),
        ("上海市财政局水费和电费分别是多少", ("400000", "元"), ("800000", "元")),
    ],
)
def test_each_of_two_items_asked_is_still_answered_each(
    families: Composer, question: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    values = {(fact.value, fact.unit) for fact in answer.facts}
    assert {(Decimal(first[0]), first[1]), (Decimal(second[0]), second[1])} <= values


def test_items_of_several_documents_ask_which_and_each_choice_compares(families: Composer) -> None:
    answer = families.answer("普陀区财政局办公费和印刷费哪个多")
    assert answer.status == "ambiguous" and len(answer.choices) == 2, answer.text
    chosen = [families.choose(choice) for choice in answer.choices]
    assert all(one.status == "answered" and one.intent == "compare" for one in chosen)
    assert has_fact(chosen[0], "21.21", "万元", PUTUO_FINAL) or has_fact(
        chosen[1], "21.21", "万元", PUTUO_FINAL
    )
    assert has_fact(chosen[0], "170000", "元", PUTUO) or has_fact(chosen[1], "170000", "元", PUTUO)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("汾阳人社局收入总计比上年结转多多少", "1596.64", "496.40"),
        ("省人大2019年财政拨款比上年结转多多少", "18330.37", None),
        ("省检察院2018年收入合计比上年结转结余多多少", "21955.35", None),
    ],
)
def test_an_item_named_with_shangnian_is_compared_as_an_item_never_read_as_last_year(
    families: Composer, question: str, first: str, second: str | None
) -> None:
    """收入总计比上年结转多多少: 上年结转 is a row, so 比上年 here sets two items side by side, never this year
    against a year not loaded."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    values = [fact.value for fact in answer.facts]
    assert values[0] == Decimal(first) and (second is None or values[1] == Decimal(second)), answer.text
    assert "没有载入" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "first", "equal"),
    [
        ("人社局办公费和差旅费一样吗", "办公费", False),
        ("人社局基本支出和项目支出是否相等", "基本支出", False),
        ("人社局收入总计和支出总计相等吗", "收入总计", True),
        ("省高院2019年办公费和印刷费一样多吗", "办公费", False),
        ("普陀区财政局2025年会议费和培训费是否相同", "会议费", False),
    ],
)
def test_whether_two_items_are_equal_is_answered_yes_or_no_with_both_figures(
    families: Composer, question: str, first: str, equal: bool
) -> None:
    """A和B一样吗, 是否相等: 是 or 不相等 first, then both figures with their sources; never not found for an
    item called A和B一样."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    lead = answer.text.split("\n")[0]
    assert ("是，两者相等。" in lead) == equal and ("不相等" in lead) == (not equal), answer.text
    assert plain_label(answer.facts[0].label) == first and len(answer.facts) >= 2, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "人社局收支平衡吗",
        "普陀区财政局2024年收支是否平衡",
        "省高院2019年收入和支出平衡吗",
        "万里街道2023年收支平衡吗",
    ],
)
def test_whether_a_budget_balances_sets_its_income_total_against_its_spending_total(
    families: Composer, question: str
) -> None:
    """收支平衡吗: the document's income total against its spending total, equal or not, each sourced."""
    answer = families.answer(question)
    assert answer.intent == "compare", answer.text
    labels = [plain_label(fact.label) for fact in answer.facts[:2]]
    assert labels[0].startswith("收入") and labels[1].startswith("支出"), answer.text
    assert answer.facts[0].value == answer.facts[1].value and "是，两者相等。" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "fund"),
    [
        ("人社局一般公共预算收入和支出一样吗", "一般公共预算"),
        ("省高院2019年一般公共预算收入和支出一样吗", "一般公共预算"),
        ("规划资源局2024年财政拨款收入和支出是否一样", "财政拨款"),
        ("人社局一般公共预算收入比支出多多少", "一般公共预算"),
        ("社会福利院2024年一般公共预算收入和支出分别多少", "一般公共预算"),
    ],
)
def test_the_other_side_said_alone_after_a_funds_income_is_that_funds_spending(
    families: Composer, question: str, fund: str
) -> None:
    """一般公共预算收入和支出: 支出 is the 一般公共预算's spending, never the document's 支出总计."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    labels = [plain_label(fact.label) for fact in answer.facts if fact.value is not None]
    assert any(label.startswith(fund) and "支出" in label for label in labels), answer.text
    assert not any(label == "支出总计" for label in labels), answer.text


@pytest.mark.parametrize(
    ("question", "most", "least"),
    [
        (
            "汾阳人社局项目里最贵的和最便宜的差多少",
            "汾阳人社局项目里最贵的是哪个",
            "汾阳人社局项目里最便宜的是哪个",
        ),
        ("万里街道最多的和最少的科目差多少", "万里街道最多的科目是哪个", "万里街道最少的科目是哪个"),
        (
            "省高院2019年功能科目最多的和最少的相差多少",
            "省高院2019年功能科目最多的是哪个",
            "省高院2019年功能科目最少的是哪个",
        ),
    ],
)
def test_the_first_and_the_last_of_a_ranking_are_set_against_each_other(
    families: Composer, question: str, most: str, least: str
) -> None:
    """最贵的和最便宜的差多少: the first and the last of the ranking, each as asked alone, and how far apart,
    never only one end."""
    answer = families.answer(question)
    first, last = families.answer(most).facts[0], families.answer(least).facts[0]
    assert answer.intent == "compare" and first.value is not None and last.value is not None, answer.text
    assert [(f.value, f.source) for f in answer.facts[:2]] == [
        (first.value, first.source),
        (last.value, last.source),
    ]
    assert f"多 {amount_text(first.value - last.value, first.unit)}" in answer.text, answer.text

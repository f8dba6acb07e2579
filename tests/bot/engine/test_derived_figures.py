"""Figures worked out from stated ones, and figures set side by side across loaded documents.

An amount per person (人均人员经费, 平均每人公用经费) is the amount over the headcount its own document
states, each input with its source and the formula shown, rounded half up to the cent; a document stating
no headcount (or only a part's: 其中, 还包括) gives no figure, and says which input is missing. Two items
compared give the percentage one is above the other (A比B多百分之几); three or more are ranked; the loaded
documents of a region are ranked by an item (这几个省级部门里哪个最多); two years of one unit say which is
larger (哪年多). On the 汾阳 sample, Shanghai 区 预算 and 决算, Shanghai 市 预算 and Jiangsu 省级 预算.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from bot.engine.answers import Answer, Fact
from bot.engine.composer import Composer
from bot.engine.per_capita import per_capita_of
from knowledge.money import AMOUNT_UNITS

CENT = Decimal("0.01")
FENYANG = "汾阳市人力资源和社会保障局 2024年预算"
CONGRESS_2017 = "江苏省人大常委会办公厅 2017年预算"
CONGRESS_2019 = "江苏省人大常委会办公厅 2019年预算"


def in_yuan(fact: Fact) -> Decimal:
    assert fact.value is not None
    return fact.value * AMOUNT_UNITS[fact.unit]


def valued(answer: Answer) -> list[Fact]:
    return [fact for fact in answer.facts if fact.value is not None]


@pytest.mark.parametrize(
    ("text", "amount", "headcounts"),
    [
        ("江苏人大常委会2017年在职人员人均人员经费多少", "江苏人大常委会2017年人员经费多少", ("在职人员",)),
        ("人社局平均每人公用经费多少", "人社局公用经费多少", ("在职人员", "实有人数", "编制人数")),
        ("省人大2019年平均每名编制的人员经费", "省人大2019年人员经费", ("编制",)),
        ("人员经费人均多少", "人员经费多少", ("在职人员", "实有人数", "编制人数")),
        ("福利院2024年平均每个职工的人员经费", "福利院2024年人员经费", ("在职人员", "实有人数", "编制人数")),
        ("人社局每个人工资多少", "人社局工资多少", ("在职人员", "实有人数", "编制人数")),
        ("省人大2017年员工平均工资", "省人大2017年工资", ("在职人员", "实有人数", "编制人数")),
        ("人社局每人工资福利支出多少", "人社局工资福利支出多少", ("在职人员", "实有人数", "编制人数")),
        ("每名在职人员的津贴补贴", "津贴补贴", ("在职人员",)),
    ],
)
def test_a_per_person_question_is_cut_into_the_amount_and_the_headcounts(
    text: str, amount: str, headcounts: tuple[str, ...]
) -> None:
    asked = per_capita_of(text)
    assert asked is not None
    assert (asked.amount, asked.headcounts) == (amount, headcounts)


@pytest.mark.parametrize(
    "text",
    [
        "人社局人员经费多少",
        "人均多少",
        "职工福利费多少",
        "每人每天补助多少",
        "平均每个项目多少钱",
        "稳岗补助每人多少钱",
        "平均每个项目的工资",
    ],
)
def test_no_per_person_amount_is_read_where_none_is_asked(text: str) -> None:
    assert per_capita_of(text) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "document", "amount", "headcount"),
    [
        ("江苏人大常委会2017年在职人员人均人员经费多少", CONGRESS_2017, ("6080.72", "万元"), ("274", "名")),
        ("省人大2017年人均人员经费是多少", CONGRESS_2017, ("6080.72", "万元"), ("274", "名")),
        ("江苏人大2017年编制人均公用经费", CONGRESS_2017, ("1585.96", "万元"), ("339", "名")),
        ("省人大常委会办公厅2019年平均每名编制的人员经费", CONGRESS_2019, ("7670.82", "万元"), ("338", "名")),
        ("汾阳人社局在职人员人均人员经费是多少", FENYANG, ("190.11", "万元"), ("15", "人")),
        ("人社局平均每人公用经费多少", FENYANG, ("22.33", "万元"), ("15", "人")),
        ("人社局每个人平均基本支出是多少", FENYANG, ("212.44", "万元"), ("15", "人")),
        ("省人大常委会办公厅2017年每位在职人员的人员经费", CONGRESS_2017, ("6080.72", "万元"), ("274", "名")),
        ("汾阳人社局每名在职人员的人员经费多少", FENYANG, ("190.11", "万元"), ("15", "人")),
        ("人社局人员经费一个人平均多少", FENYANG, ("190.11", "万元"), ("15", "人")),
        ("省人大2017年平均一个人的公用经费多少", CONGRESS_2017, ("1585.96", "万元"), ("274", "名")),
        ("人社局人均经费多少", FENYANG, ("1596.64", "万元"), ("15", "人")),
        ("省人大2017年人均经费多少", CONGRESS_2017, ("13649.07", "万元"), ("274", "名")),
        ("江苏人大2019年人均预算多少", CONGRESS_2019, ("18330.37", "万元"), ("338", "名")),
        ("人社局每人工资福利支出多少", FENYANG, ("157.08", "万元"), ("15", "人")),
        ("省人大2017年职工平均人员经费", CONGRESS_2017, ("6080.72", "万元"), ("274", "名")),
    ],
)
def test_an_amount_per_person_is_the_amount_over_the_headcount_of_its_document(
    families: Composer, question: str, document: str, amount: tuple[str, str], headcount: tuple[str, str]
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "per_capita", answer.text
    per_person, money, people = answer.facts[:3]
    assert (money.value, money.unit) == (Decimal(amount[0]), amount[1]), answer.text
    assert (people.value, people.unit) == (Decimal(headcount[0]), headcount[1]), answer.text
    assert money.value is not None and people.value
    expected = (money.value / people.value).quantize(CENT, ROUND_HALF_UP)
    assert (per_person.value, per_person.unit) == (expected, money.unit)
    assert per_person.source.inputs == (money.source, people.source)
    assert {money.source.document, people.source.document} == {document}
    assert f"÷ {people.label} {people.value:,} {people.unit} ≈ {expected:,} {money.unit}/人" in answer.text
    assert money.source.describe() in answer.text and people.source.describe() in answer.text
    assert "四舍五入保留两位小数" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "江苏历年哪个部门人均人员经费最多",
        "江苏各单位历年谁的人均公用经费最少",
        "省人大2017年和2019年人均人员经费比较",
    ],
)
def test_amounts_per_person_of_several_documents_are_ranked_each_worked_out_in_its_own(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "per_capita", answer.text
    worked = [fact for fact in answer.facts if len(fact.source.inputs) == 2]
    assert len(worked) >= 2
    for fact in worked:
        money, people = (
            next(f for f in answer.facts if f.source == source and not f.source.inputs)
            for source in fact.source.inputs
        )
        assert money.value is not None and people.value
        assert {money.source.document, people.source.document} == {fact.source.document}
        assert fact.value == (money.value / people.value).quantize(CENT, ROUND_HALF_UP)
    values = [in_yuan(fact) for fact in worked]
    assert values == sorted(values, reverse="最少" not in question), answer.text
    assert f"{'最少' if '最少' in question else '最多'}的是{worked[0].source.document}" in answer.text
    headcounts = {fact.source.document: fact.source.inputs[1] for fact in worked}
    labels = {next(f.label for f in answer.facts if f.source == source) for source in headcounts.values()}
    assert ("人数口径不同" in answer.text) == (len(labels) > 1), answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("普陀区财政局2024年人均人员经费是多少", "在职人员"),
        ("上海市财政局平均每人基本支出多少", "在职人员"),
        ("万里街道2023年人均公用经费", "在职人员"),
        ("江苏省政协办公厅2018年人均人员经费", "在职人员"),
        ("省检察院2018年人均公用经费", "在职人员"),
        ("人社局编制人均公用经费", "编制"),
        ("人社局工作人员人均公用经费是多少", "工作人员"),
        ("人社局每个工作人员的公用经费是多少", "工作人员"),
    ],
)
def test_no_amount_per_person_without_the_whole_headcount_of_the_document(
    families: Composer, question: str, missing: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not valued(answer), answer.text
    assert f"没有找到“{missing}" in answer.text
    assert "没有写明人数" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("江苏这几个省级部门里哪个三公经费最多", "江苏"),
        ("江苏各单位中谁的会议费最少", "江苏"),
        ("普陀区这几个单位里哪个三公经费最多", "普陀区"),
        ("上海这些单位中谁的人员经费最少", "上海"),
        ("普陀区各部门里哪个人员经费最多", "普陀区"),
        ("江苏省级各部门中谁的三公经费最少", "江苏"),
    ],
)
def test_the_loaded_documents_a_region_selects_are_ranked_each_with_its_source(
    families: Composer, question: str, units: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "rank_documents", answer.text
    facts = valued(answer)
    assert len(facts) >= 3
    assert all(units in fact.source.document for fact in facts), answer.text
    values = [in_yuan(fact) for fact in facts]
    assert values == sorted(values, reverse="最多" in question)
    assert f"{'最多' if '最多' in question else '最少'}的是{facts[0].source.document}" in answer.text
    assert all(fact.source.describe() in answer.text for fact in facts)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "省人大2017年和2019年公务接待费哪年多",
        "省人大常委会办公厅2017年和2019年的培训费哪一年高",
        "普陀区财政局2024年和2025年印刷费哪年多",
    ],
)
def test_two_years_of_one_unit_say_which_year_is_larger(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    first, second = valued(answer)[:2]
    assert first.source.document != second.source.document
    larger = max((first, second), key=in_yuan).source.document
    year, kind = larger.split(" ")[1][:5], larger.split(" ")[1][5:]
    assert answer.text.splitlines()[0].endswith(f"{year}{kind}更多。"), answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "上海市财政局2025年电费比水费多百分之几",
        "普陀区财政局2024年办公费比印刷费多百分之几",
        "规划资源局2024年津贴补贴比基本工资高出百分之多少",
        "省检察院2018年水费比电费少百分之多少",
        "人社局奖金比其他社会保障缴费多百分之几",
    ],
)
def test_how_far_one_item_is_above_another_in_percent(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    first, second = answer.facts[:2]
    percent = (Decimal(100) * (in_yuan(first) - in_yuan(second)) / in_yuan(second)).quantize(
        CENT, ROUND_HALF_UP
    )
    shown = [fact for fact in answer.facts if fact.unit == "%"]
    assert shown and shown[0].value == abs(percent), answer.text
    assert shown[0].source.inputs == (first.source, second.source)
    assert f"= {percent}%" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("普陀区财政局2024年基本工资、津贴补贴和奖金哪个最多", ("基本工资", "津贴补贴", "奖金")),
        ("上海市财政局2025年水费、电费、邮电费哪个多", ("水费", "电费", "邮电费")),
        ("江苏省高级人民法院2019年公务接待费、会议费和培训费哪一项最少", ("公务接待费", "会议费", "培训费")),
        ("万里街道2023年水费、电费和办公费哪项最多", ("水费", "电费", "办公费")),
        ("人社局基本工资、津贴补贴和奖金哪个多", ("基本工资", "津贴补贴", "奖金")),
    ],
)
def test_three_items_of_one_document_are_ranked_each_with_its_source(
    families: Composer, question: str, items: tuple[str, ...]
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    facts = answer.facts[: len(items)]
    assert len({fact.source.document for fact in facts}) == 1
    assert all(fact.source.describe() in answer.text for fact in facts)
    ranked = sorted(zip(facts, items, strict=True), key=lambda pair: -in_yuan(pair[0]))
    assert f"最多的是{ranked[0][1]}" in answer.text and f"最少的是{ranked[-1][1]}" in answer.text, answer.text
    lines = [line for line in answer.text.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert [line.split("：")[0][3:] for line in lines] == [item for _fact, item in ranked]


@pytest.mark.slow
def test_one_item_of_three_not_in_the_document_is_said_not_found_with_no_figure(families: Composer) -> None:
    answer = families.answer("万里街道2023年办公费、取暖费和水费哪个最多")
    assert answer.status == "not_found" and not valued(answer), answer.text
    assert "没有找到“取暖费”" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["省人大2019年工会经费人均定额", "江苏省人大常委会办公厅2019年工会经费人均定额是多少"]
)
def test_a_figure_the_document_names_per_person_is_read_as_printed(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.intent != "per_capita", answer.text
    assert "人均定额" in answer.text and "÷" not in answer.text
    assert "文件没有写明每人的金额" not in answer.text, answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局稳岗补助每人多少钱",
        "省高院2019年培训费每人多少",
        "万里街道每人补助多少",
        "汾阳人社局零工市场每人多少",
        "人社局每个人的三公经费是多少",
        "上海市财政局每个人的三公经费是多少",
    ],
)
def test_an_amount_asked_per_person_that_no_record_states_per_person_says_it_is_the_whole(
    families: Composer, question: str
) -> None:
    """稳岗补助每人多少钱: the persons are those the money is for, whom no record counts; the whole amount is
    given, saying it is no amount per person, never divided by the unit's staff."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent != "per_capita", answer.text
    assert answer.text.startswith("文件没有写明每人的金额或标准；以下是总额"), answer.text
    assert "÷" not in answer.text, answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "average"),
    [("汾阳人社局平均每个项目多少钱", "62.92"), ("人社局项目平均多少钱", "62.92")],
)
def test_the_average_project_is_the_project_rows_added_over_their_number(
    families: Composer, question: str, average: str
) -> None:
    """22 projects (16 this year's, 6 carried over) add up to 1,384.18 万元: 62.92 万元 each, never the
    项目支出 over the 15 staff as if 每个 meant each person."""
    answer = families.answer(question)
    assert (answer.facts[0].value, answer.facts[0].unit) == (Decimal(average), "万元"), answer.text
    assert len(answer.facts[0].source.inputs) == 22 and "人" not in answer.text.split("\n")[0], answer.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "江苏省高院2019年平均每个项目多少钱",
        "上海市财政局2025年平均每个项目多少钱",
        "万里街道2023年项目平均多少钱",
    ],
)
def test_no_average_project_where_the_document_lists_no_projects(families: Composer, question: str) -> None:
    """No 项目支出 table: no average, saying why (a 绩效目标表 of some projects is no list of all of them)."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "无法算出平均每个项目多少钱" in answer.text or "没有公开项目明细" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("汾阳人社局办公费一个月多少", "办公费"),
        ("省高院2019年会议费平均每月多少", "会议费"),
        ("万里街道2023年一个月电费多少", "电费"),
    ],
)
def test_an_amount_asked_per_month_is_the_years_over_twelve_said_to_be_an_average(
    families: Composer, question: str, item: str
) -> None:
    """办公费一个月多少: the documents plan by the year; the answer gives the year's figure with its source,
    then that figure over 12, worked out from it and said to be no figure the document states."""
    answer = families.answer(question)
    assert answer.status == "answered" and "按月平均" in answer.text, answer.text
    year, month = answer.facts[0], answer.facts[-1]
    assert item in year.label and year.value is not None and month.unit == year.unit, answer.text
    step = min(Decimal("0.01"), 1 / Decimal(AMOUNT_UNITS[year.unit]))
    assert month.value == (year.value / 12).quantize(step) and month.source.inputs == (year.source,)
    assert "不是文件写明" in answer.text and "月" not in year.label, answer.text


@pytest.mark.parametrize(
    ("question", "periods"),
    [
        ("汾阳人社局零工市场每个月多少钱", 12),
        ("汾阳人社局就业项目每季度多少钱", 4),
        ("万里街道社区项目每月多少钱", 12),
    ],
)
def test_projects_added_up_asked_per_period_average_their_sum(
    families: Composer, question: str, periods: int
) -> None:
    """零工市场每个月多少钱, of three projects so named: their sum over 12, never the first project's; so
    too of projects only a 绩效目标表 lists, whose 年度资金总额 is a year's money, no indicator's standard."""
    answer = families.answer(question)
    total = next(fact for fact in answer.facts if len(fact.source.inputs) >= 2)
    average = answer.facts[-1]
    assert average.source.inputs == (total.source,) and total.value is not None, answer.text
    step = min(Decimal("0.01"), 1 / Decimal(AMOUNT_UNITS[total.unit]))
    assert average.value == (total.value / periods).quantize(step), answer.text


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("汾阳人社局三公经费每季度多少", "三公经费"),
        ("省高院2019年会议费一个季度多少", "会议费"),
        ("万里街道2023年电费季均多少", "电费"),
    ],
)
def test_an_amount_asked_per_quarter_is_the_years_over_four_said_to_be_an_average(
    families: Composer, question: str, item: str
) -> None:
    """三公经费每季度多少: the year's figure, then that figure over 4, said to be no figure the document states."""
    answer = families.answer(question)
    assert answer.status == "answered" and "按季度平均" in answer.text, answer.text
    year, quarter = answer.facts[0], answer.facts[-1]
    assert item in year.label.replace("“", "").replace("”", "") and year.value is not None, answer.text
    step = min(Decimal("0.01"), 1 / Decimal(AMOUNT_UNITS[year.unit]))
    assert quarter.value == (year.value / 4).quantize(step) and quarter.source.inputs == (year.source,)


@pytest.mark.parametrize(
    ("question", "item", "days"),
    [
        ("汾阳人社局三公经费日均多少", "三公经费", 366),
        ("省高院2019年会议费平均每天多少", "会议费", 365),
        ("万里街道2023年每日城管执法经费", "城管执法", 365),
    ],
)
def test_an_amount_asked_per_day_is_the_years_over_the_days_of_its_year(
    families: Composer, question: str, item: str, days: int
) -> None:
    """三公经费日均多少: the year's figure over the days of the document's year (366 in 2024), said to be an
    average no document states."""
    answer = families.answer(question)
    assert answer.status == "answered" and f"这是按{days}天平均算出的" in answer.text, answer.text
    year, day = answer.facts[0], answer.facts[-1]
    assert item in year.label.replace("“", "").replace("”", "") and year.value is not None, answer.text
    step = min(Decimal("0.01"), 1 / Decimal(AMOUNT_UNITS[year.unit]))
    assert day.value == (year.value / days).quantize(step) and day.source.inputs == (year.source,)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("汾阳人社局三公经费下半年花了多少", "下半年"),
        ("省高院2019年公务接待费上半年花了多少", "上半年"),
        ("万里街道2023年上半年电费多少", "上半年"),
    ],
)
def test_a_part_of_the_year_asked_says_only_the_whole_year_is_printed(
    families: Composer, question: str, part: str
) -> None:
    """下半年花了多少: documents plan by the year; the year's figure, said first to be the whole year's, never
    a share of it made up for the part."""
    answer = families.answer(question)
    assert answer.text.startswith(f"文件只列全年数，没有分{part}的数字"), answer.text
    expected = families.answer(question.replace(part, ""))
    assert answer.facts[0] == expected.facts[0], answer.text


def test_a_part_of_the_year_a_document_names_is_its_figure(families: Composer) -> None:
    """第三季度用款计划: a figure the narrative states for that quarter, never said to be unprinted."""
    answer = families.answer("万里街道第三季度用款计划多少")
    assert answer.facts[0].value == Decimal("186.60") and "只列全年数" not in answer.text, answer.text

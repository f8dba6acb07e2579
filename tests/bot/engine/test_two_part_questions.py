"""Questions that ask two things at once, on the sample, Shanghai and Jiangsu disclosures: two clauses (a
count and an amount, an amount and another item), two columns of one item, a total and a part of it.
Each part is answered with its own figure and source, in one answer; a part not found says so."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.sub_questions import MAX_ASKED, sub_questions

pytestmark = pytest.mark.slow


def answered_parts(answer: Answer) -> list[str]:
    """Each numbered part of an answer about several things."""
    return [part.split(". ", 1)[1] for part in answer.text.split("\n\n") if part[:1].isdigit()]


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("省检察院2018年人员经费是多少，占基本支出多少", "省检察院2018年人员经费占基本支出多少"),
        ("福利院人员经费多少，占基本支出的比例呢", "福利院人员经费占基本支出的比例"),
        ("汾阳人社局公用经费是多少，它占基本支出多少", "汾阳人社局公用经费占基本支出多少"),
        ("上海市财政局2025年基本支出是多少？占支出总计多少", "上海市财政局2025年基本支出占支出总计多少"),
        ("省高院2019年项目支出多少？占比呢", "省高院2019年项目支出占比"),
        (
            "上海市财政局2025年三公经费是多少，其中公务接待费多少，占多少",
            "上海市财政局2025年公务接待费占三公经费的比例",
        ),
        (
            "省检察院2018年政府采购预算多少，其中服务类多少，占比是多少",
            "省检察院2018年服务类占政府采购预算的比例",
        ),
        (
            "汾阳人社局三公经费是多少？其中公务用车运行维护费呢？占比呢",
            "汾阳人社局公务用车运行维护费占三公经费的比例",
        ),
        ("万里街道三公经费多少？其中公务接待费呢？占支出总计多少", "万里街道公务接待费占支出总计多少"),
    ],
)
def test_a_later_clause_asking_a_share_is_of_the_item_asked_before_it(
    families: Composer, question: str, share: str
) -> None:
    """人员经费是多少，占基本支出多少: the share of the 人员经费, never the 基本支出 alone (nor not found);
    三公经费是多少，其中公务接待费呢，占比呢: of the part just asked, in the first clause's item unless the
    clause names another whole, never the first item's share of the whole budget."""
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    expected = families.answer(share)
    assert expected.intent == "share" and expected.facts[0].unit == "%", expected.text
    assert expected.facts[0] in answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("上海市财政局编了绩效目标的项目一共几个？涉及多少钱", ("12", "个"), ("4222.51", "万元")),
        ("上海市财政局编报绩效目标的项目有几个，涉及多少资金", ("12", "个"), ("4222.51", "万元")),
        ("普陀区财政局2025年编报绩效目标的项目有几个？涉及多少钱", ("4", "个"), ("598.46", "万元")),
        ("汾阳人社局实行绩效目标管理的项目有几个？涉及多少钱", ("22", "个"), ("1384.2", "万元")),
        ("汾阳人社局三公经费是多少，公务接待费是多少", ("5.00", "万元"), ("0", "万元")),
        ("江苏省高级人民法院2019年会议费多少？培训费多少", ("271.02", "万元"), ("1597.25", "万元")),
        ("省高院2019年会议费多少？培训费呢？", ("271.02", "万元"), ("1597.25", "万元")),
        ("汾阳人社局三公经费是多少？其中公务接待费呢", ("5.00", "万元"), ("0", "万元")),
        ("省检察院2018年政府采购预算多少，其中服务类多少", ("3096.24", "万元"), ("2828.24", "万元")),
        ("上海市财政局2025年三公经费是多少，其中公务接待费多少", ("346.30", "万元"), ("25.40", "万元")),
        ("福利院2024年政府采购预算是多少，其中服务多少", ("120.60", "万元"), ("120.60", "万元")),
        ("汾阳人社局今年一共安排了多少项目，总共多少钱", ("22", "个"), ("1384.20", "万元")),
        ("上海市财政局安排了多少项目，总共多少钱", ("12", "个"), ("44273130", "元")),
        ("万里街道2023年有几辆车，车辆运行费多少", ("7", "辆"), ("215600", "元")),
        ("汾阳人社局收入多少，支出多少", ("1596.64", "万元"), ("1596.64", "万元")),
        ("省高院2019年收入多少，支出多少", ("37188.34", "万元"), ("37188.34", "万元")),
        ("普陀区财政局2025年一般公共预算收入多少，支出呢", ("31214205.80", "元"), ("31214205.80", "元")),
    ],
)
def test_two_clauses_that_each_ask_are_each_answered(
    families: Composer, question: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    assert answer.text.startswith("1. ") and "\n\n2. " in answer.text, answer.text
    one, two = answered_parts(answer)
    facts = [(fact.value, fact.unit) for fact in answer.facts]
    assert (Decimal(first[0]), first[1]) in facts and (Decimal(second[0]), second[1]) in facts, answer.text
    assert first[0].rstrip("0").rstrip(".") in one.replace(",", "") and "来源" in one, answer.text
    assert second[0].rstrip("0").rstrip(".") in two.replace(",", "") and "来源" in two, answer.text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("普陀区财政局2024年财政委托业务支出年初预算和决算各是多少", ("450.52", "449.52")),
        ("普陀财政局2024年信息化建设年初预算和决算分别是多少", ("135.90", "135.25")),
        ("普陀区财政局2024年行政运行年初预算是多少，决算是多少", ("1560.05", "1511.89")),
        ("普陀区财政局2024年行政运行的年初预算与决算数", ("1560.05", "1511.89")),
        ("普陀区财政局2024年行政运行年初预算是多少，那决算呢", ("1560.05", "1511.89")),
        (
            "普陀区财政局2024年行政运行年初预算、决算数和执行数各是多少",
            ("1560.05", "1511.89"),
        ),  # 执行数 is 决算数
        ("规划资源局三公年初预算和决算分别多少", ("2.85", "0.39")),
        ("规划资源局三公经费年初预算多少，最后花了多少", ("2.85", "0.39")),
        ("普陀财政局2024年信息化建设年初预算多少，实际花了多少", ("135.90", "135.25")),
        ("汾阳人社局社会保障和就业支出的基本支出和项目支出分别是多少", ("183.00", "1180.35")),
        ("上海市财政局编报绩效目标的项目个数和金额分别是多少", ("12", "4222.51")),
        ("普陀区财政局2025年编报绩效目标的项目的数量与金额", ("4", "598.46")),
    ],
)
def test_columns_or_measures_of_one_item_are_each_answered_from_their_own_place(
    families: Composer, question: str, figures: tuple[str, ...]
) -> None:
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    parts = answered_parts(answer)
    assert len(parts) == len(figures), answer.text
    for part, figure in zip(parts, figures, strict=True):
        assert figure in part.split("\n")[0].replace(",", ""), answer.text
        assert "来源" in part, answer.text


@pytest.mark.parametrize(
    ("question", "total", "part"),
    [
        ("普陀区财政局2025年政府采购预算总额和服务部分各是多少", "117.00", "100.00"),
        ("上海市财政局2025年政府采购预算总额与其中货物各是多少", "1708.03", "42.50"),
        ("江苏省高级人民法院2019年政府采购预算总额和工程部分分别是多少", "5227.59", "530.00"),
        ("省高院2019年政府采购合计和其中的服务分别多少", "5227.59", "3059.87"),
        ("普陀区财政局2025年政府采购总额以及货物部分分别是多少", "117.00", "17.00"),
        ("汾阳人社局政府采购总额和工程部分各是多少", "8.90", "0 万元"),
    ],
)
def test_a_total_and_a_part_of_it_are_each_answered(
    families: Composer, question: str, total: str, part: str
) -> None:
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    one, two = answered_parts(answer)
    assert total in one.replace(",", ""), answer.text
    assert part in two.replace(",", "").split("\n")[0] and total not in two.replace(",", ""), answer.text


@pytest.mark.parametrize(
    ("question", "found", "missing"),
    [
        ("上海市财政局编了绩效目标的项目一共几个？火箭发射费多少", "12", "火箭发射费"),
        ("普陀区财政局2025年政府采购预算总额和火箭部分各是多少", "117.00", "火箭"),
        ("汾阳人社局三公经费是多少，火箭发射费是多少", "5.00", "火箭发射费"),
    ],
)
def test_a_part_not_found_says_so_while_the_other_is_answered(
    families: Composer, question: str, found: str, missing: str
) -> None:
    answer = families.answer(question)
    one, two = answered_parts(answer)
    assert found in one.replace(",", "") and "来源" in one, answer.text
    assert "没有找到" in two and missing in two and "来源" not in two, answer.text
    assert "江苏" not in two and "等 " not in two, answer.text  # said of the document asked, not of all
    assert Decimal(found) in {fact.value for fact in answer.facts}


@pytest.mark.parametrize(
    "question",
    [
        "上海市财政局有没有单价100万以上的设备，有几台",
        "你好，请问汾阳人社局三公经费是多少？谢谢",
        "汾阳人社局办公费和差旅费各是多少",
        "汾阳人社局社会保障和就业支出和卫生健康支出分别是多少",
    ],
)
def test_a_question_asking_one_thing_or_two_items_is_not_cut_into_clauses(
    families: Composer, question: str
) -> None:
    with families.index.segmenter.active():
        assert sub_questions(question, families.index) == []


def test_a_message_asking_many_things_is_read_whole_not_as_as_many_questions(families: Composer) -> None:
    with families.index.segmenter.active():
        assert sub_questions("三公经费多少，" * 60, families.index) == []
        asked = sub_questions("汾阳人社局办公费" + "和决算" * 60 + "各是多少", families.index)
    assert 0 < len(asked) <= MAX_ASKED


@pytest.mark.parametrize(
    ("question", "alone"),
    [
        ("汾阳人社局最大的项目是哪个，多少钱", "汾阳人社局最大的项目是哪个"),
        ("上海市财政局2025年哪项基本支出最多，是多少", "上海市财政局2025年哪项基本支出最多"),
        ("省检察院2018年会议费多少？会议费是多少", "省检察院2018年会议费多少"),
        ("汾阳人社局钱最多的三个项目是哪些，加起来多少", "汾阳人社局钱最多的三个项目加起来多少"),
        ("省高院2019年最多的两项基本支出是哪些？加起来多少", "省高院2019年最多的两项基本支出加起来多少"),
    ],
)
def test_parts_that_come_to_the_same_answer_are_answered_once(
    families: Composer, question: str, alone: str
) -> None:
    """哪个最大，多少钱: the ranking answers which and how much at once, so it is not said twice over; 前三
    个是哪些，加起来多少: the sum's answer lists them, never adding the first of them to their sum."""
    answer = families.answer(question)
    assert answer.status == "answered" and not answered_parts(answer), answer.text
    assert answer.text == families.answer(alone).text


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("上海市财政局2025年的电费和水费", "1200000", ("800000", "400000")),
        ("汾阳人社局办公费和差旅费", "2.08", ("1.08", "1.00")),
        ("省高院2019年办公费和印刷费", "375.00", ("315.00", "60.00")),
    ],
)
def test_two_rows_named_together_are_each_answered_and_added(
    families: Composer, question: str, total: str, parts: tuple[str, str]
) -> None:
    """电费和水费 with no 各 or 分别: two rows' whole names, each answered, and their sum; a part that is
    several rows (印刷费 of two procurement items) is added by its own 合计, never by its first row."""
    answer = families.answer(question)
    assert answer.text.startswith("合计 "), answer.text
    total_fact = answer.facts[-1]
    assert total_fact.value == Decimal(total) and len(total_fact.source.inputs) == 2, answer.text
    assert all(f"{Decimal(part):,}" in answer.text.split("\n")[0] for part in parts), answer.text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("汾阳人社局财政拨款收入和财政拨款支出", "1100.24", "1596.64"),
        ("省高院2019年财政拨款收入和财政拨款支出", "37188.34", "37188.34"),
        ("普陀区财政局2025年财政拨款收入和财政拨款支出", "31214205.80", "31214205.80"),
    ],
)
def test_two_items_no_record_names_together_are_each_answered(
    families: Composer, question: str, first: str, second: str
) -> None:
    """财政拨款收入和财政拨款支出: nothing is named so whole, each item is; income and spending are set side
    by side, never added up."""
    answer = families.answer(question)
    assert answer.status == "answered" and len(answered_parts(answer)) == 2, answer.text
    assert [fact.value for fact in answer.facts if fact.source.row][:1] == [Decimal(first)], answer.text
    assert Decimal(second) in [fact.value for fact in answer.facts], answer.text
    assert not answer.text.startswith("合计"), answer.text


@pytest.mark.parametrize("question", ["汾阳人社局收入合计和支出合计", "普陀区财政局2024年收入总计和支出总计"])
def test_income_and_spending_asked_together_are_never_added(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and len(answered_parts(answer)) == 2, answer.text
    assert not answer.text.startswith("合计"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局三公经费一共多少，公务用车运行维护费多少",
        "汾阳人社局2024年收入预算总共多少，其中财政拨款多少",
        "汾阳人社局办公费一共多少，差旅费呢",
        "上海市财政局2025年三公经费一共多少，公务接待费多少",
        "省高院2019年支出总计一共多少，其中基本支出多少",
        "普陀区财政局2025年收入总共多少，其中财政拨款收入多少",
    ],
)
def test_a_first_clauses_own_total_is_never_added_to_the_next(families: Composer, question: str) -> None:
    """三公经费一共多少，公务接待费多少: 一共 asks the 三公 total, not a sum of it and its part."""
    answer = families.answer(question)
    assert answer.status == "answered" and len(answered_parts(answer)) == 2, answer.text
    assert not answer.text.startswith("合计"), answer.text
    assert not any(fact.source.inputs for fact in answer.facts if fact.source.title == "按下列各项相加")


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("汾阳人社局办公费多少，差旅费多少，一共多少", "2.08"),
        ("汾阳人社局办公费多少，差旅费多少，加起来多少", "2.08"),
        ("省高院2019年办公费多少，印刷费多少，一共多少", "375.00"),
    ],
)
def test_a_sum_asked_after_the_items_adds_them(families: Composer, question: str, total: str) -> None:
    answer = families.answer(question)
    assert answer.text.startswith("合计 "), answer.text
    assert answer.facts[-1].value == Decimal(total), answer.text


@pytest.mark.parametrize(
    ("question", "larger"),
    [
        ("汾阳人社局办公费多少，差旅费多少，哪个更多？", "办公费"),
        ("汾阳人社局基本支出多少，项目支出多少，哪个多", "项目支出"),
        ("省委办公厅2018年培训费是多少，会议费是多少，哪个多", "会议费"),
        ("上海市财政局2025年电费是多少？水费是多少？哪个高", "电费"),
    ],
)
def test_two_clauses_then_which_is_larger_compare_the_two(
    families: Composer, question: str, larger: str
) -> None:
    """A多少，B多少，哪个多: the two figures and which is larger, as A和B哪个多 answers."""
    answer = families.answer(question)
    assert answer.intent == "compare" and answer.status == "answered", answer.text
    assert f"{larger}更多" in answer.text.split("\n")[0], answer.text
    assert len([fact for fact in answer.facts if fact.source.row or fact.source.column]) >= 2, answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("汾阳人社局办公费多少，比上年增减多少", ("1.08", "万元")),
        ("省高院2019年办公费多少，比上年增加多少", ("315.00", "万元")),
        ("上海市财政局2025年水费多少，比上年增加多少", ("400000", "元")),
    ],
)
def test_a_figure_then_its_change_where_last_year_is_not_loaded_answers_the_figure(
    families: Composer, question: str, figure: tuple[str, str]
) -> None:
    """办公费多少，比上年增减多少: this year's figure with its source, and the change said not loaded; never
    the whole question not found for want of last year."""
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    one, two = answered_parts(answer)
    assert (answer.facts[0].value, answer.facts[0].unit) == (Decimal(figure[0]), figure[1]), answer.text
    assert "来源" in one and "没有载入" in two, answer.text

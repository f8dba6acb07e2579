"""Wordings nobody tuned for, on the sample, Shanghai 预算/决算 and Jiangsu disclosures: units said short
or after a place that is not loaded, last year from the narrative, scores, 绩效目标 money, lists printed
as tables, rankings inside a row, columns a table lacks, counts asked by their noun alone.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer

pytestmark = pytest.mark.slow


def values(answer: Answer) -> set[Decimal]:
    return {fact.value for fact in answer.facts if fact.value is not None}


def answers_with(families: Composer, question: str, expected: str) -> Answer:
    answer = families.answer(question)
    assert answer.status != "not_found", answer.text
    assert Decimal(expected) in values(answer), answer.text
    return answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("苏省检察院三公经费", "484.30"),
        ("苏省检察院培训费多少钱", "700.00"),
        ("普陀财政2025年三公", "0.95"),
        ("普陀财政25年采购预算总共", "117.00"),
        ("汾阳人社三公经费多少", "5.00"),
    ],
)
def test_a_unit_said_by_its_provinces_one_character_name_or_without_its_unit_word_is_found(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "静安财政局机关运行经费",
        "浦东财政局三公",
        "闵行财政局三公经费",
        "孝义人社局三公经费",
        "无锡检察院三公经费",
    ],
)
def test_a_bare_unit_name_after_a_place_not_loaded_is_another_unit_never_a_loaded_ones_figure(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not values(answer), answer.text
    assert "没有找到单位" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [("请问人社局三公经费", "5.00"), ("今年人社局三公经费", "5.00"), ("江苏检察院出国费", "100.00")],
)
def test_words_of_the_question_before_a_units_name_are_no_place(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("新建万里街道社区公共服务中心项目资金总额多少", "4100000.00"),
        ("新建万里街道社区公共服务中心这个项目总共多少钱", "4100000.00"),
        ("汾阳市社会保险基金监督举报奖励金多少", "5.00"),
    ],
)
def test_a_unit_or_region_named_inside_an_items_name_stays_in_the_item(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("普陀财政局25年预算比24年增加多少", "107.62"),
        ("省人大2019年预算比2018年增加多少", "2432.93"),
        ("汾阳人社局2024年预算比2023年减少多少", "338.52"),
        ("规划资源局24年比上年增长了多少", "1062.85"),
    ],
)
def test_a_change_on_a_year_not_loaded_naming_no_item_is_the_narratives_first_stated_change(
    families: Composer, question: str, expected: str
) -> None:
    answer = answers_with(families, question, expected)
    assert "没有载入" in answer.text


def test_the_year_compared_against_keeps_the_kind_said_of_the_other_side(families: Composer) -> None:
    """25年预算比24年 is against 2024's 预算; with only its 决算 loaded, no table is subtracted from another."""
    answer = families.answer("普陀财政局2025年预算三公和2024年比")
    assert "2024年预算的文档" in answer.text
    both = families.answer("普陀区财政局2024年决算和2025年预算三公经费比较")
    assert both.intent == "compare" and Decimal("0.95") in values(both), both.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("普陀财政 2024机关运行经费同比涨了多少", "2.55"),
        ("省人大2019项目支出比上年增加多少", "125.62"),
        ("汾阳人社局当年一般公共预算支出同比降了百分之多少", "22.22"),
    ],
)
def test_a_stated_change_answers_when_the_year_before_is_not_loaded(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("普陀区财政局2024年绩效自评平均得分多少", "99.43"),
        ("普陀财政局24年绩效自评打了几分", "99.43"),
        ("规划资源局绩效自评平均得分", "99.33"),
        ("规划资源局2024年绩效自评平均分", "99.33"),
        ("普陀区财政局2024年绩效自评平均分是多少", "99.43"),
    ],
)
def test_a_score_the_narrative_states_in_fen_is_a_figure(
    families: Composer, question: str, expected: str
) -> None:
    answer = answers_with(families, question, expected)
    assert any(fact.unit == "分" for fact in answer.facts)


@pytest.mark.parametrize(
    "question", ["省高院绩效自评平均得分", "汾阳人社局绩效自评得了几分", "普陀区财政局2025年绩效得分"]
)
def test_a_score_no_document_states_is_not_found(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert not any(fact.unit == "分" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("上海市财政局绩效目标项目涉及多少预算资金", "4222.51"),
        ("万里街道绩效目标项目涉及预算资金多少", "3328.13"),
        ("省检察院绩效目标管理的项目涉及资金", "5086"),
        ("省高院绩效目标涉及多少资金", "37188.34"),
    ],
)
def test_the_money_of_the_projects_with_performance_targets_is_the_amount_the_narrative_states(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("汾阳人社局特定目标类项目金额", "1302.14"), ("汾阳人社局其他运转类项目涉及金额多少", "82.06")],
)
def test_an_amount_whose_clause_names_nothing_is_the_items_of_the_clause_before(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("普陀区财政局2024年决算包括哪些单位", "上海市普陀区国库收付中心"),
        ("普陀财政局24年决算包括哪几家单位", "上海市普陀区财政局财政所"),
        ("普陀规划资源局决算单位构成", "上海市普陀区土地发展中心"),
        ("江苏检察院包括哪些单位", "徐州铁路运输检察院"),
        ("万里街道包括哪几家单位", "经济发展服务中心"),
    ],
)
def test_the_units_a_budget_covers_are_listed_whether_printed_as_sentences_or_as_a_table(
    families: Composer, question: str, listed: str
) -> None:
    answer = families.answer(question)
    assert answer.status != "not_found" and listed in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "largest"),
    [
        ("省高院法院支出里哪一项最多", "17279.29"),
        ("江苏高院法院款下面哪项钱最多", "17279.29"),
        ("上海财政局社会保障和就业支出里哪项最多", "16360320"),
        ("汾阳人社局社会保障和就业支出里哪项最多", "1060.65"),
    ],
)
def test_which_item_of_a_row_is_largest_ranks_that_rows_children(
    families: Composer, question: str, largest: str
) -> None:
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    assert answer.facts[0].value == Decimal(largest), answer.text


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("上海市财政局2025年哪三类功能支出最多", ["127886849", "21800000", "17560320"]),
        ("万里街道支出最多的前三类", ["121319878", "27073236", "8960694"]),
    ],
)
def test_the_largest_classes_are_ranked_among_classes_only(
    families: Composer, question: str, top: list[str]
) -> None:
    answer = families.answer(question)
    assert [fact.value for fact in answer.facts[:3]] == [Decimal(value) for value in top], answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("规划资源局一般公共预算支出年初预算多少", "10210.34"),
        ("普陀财政局24年一般公共预算执行率是多少", "98.20"),
        ("规划资源局行政运行完成率", "97.97"),
    ],
)
def test_a_column_a_decisions_table_lacks_is_read_from_its_narrative_never_from_another_column(
    families: Composer, question: str, expected: str
) -> None:
    answer = answers_with(families, question, expected)
    assert Decimal("9746.50") not in values(answer) and Decimal("2940.05") not in values(answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("上海财政局一般公共预算的公用经费", "25177779"),
        ("汾阳人社局一般公共预算的人员经费", "190.11"),
        ("省检察院一般公共预算的公用经费", "2722.57"),
    ],
)
def test_a_subject_made_of_column_words_asks_the_last_of_them(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected", "unit"),
    [
        ("省高院执法执勤用车", "38", "辆"),
        ("省人大19年车辆", "54", "辆"),
        ("万里街道执法执勤用车", "4", "辆"),
        ("上海财政局名下公车有多少", "0", "辆"),
        ("省高院内设机构", "27", "个"),
    ],
)
def test_a_counted_noun_asked_alone_asks_how_many(
    families: Composer, question: str, expected: str, unit: str
) -> None:
    answer = answers_with(families, question, expected)
    assert any(fact.unit == unit for fact in answer.facts), answer.text


def test_a_count_asked_of_a_project_is_its_one_count_indicator(families: Composer) -> None:
    answer = answers_with(families, "人社局遗属补助发放了几个人", "4")
    assert any(fact.unit == "人" for fact in answer.facts), answer.text
    none = families.answer("万里街道就业援助基地补贴有几个人")
    assert not any(fact.unit == "人" for fact in none.facts), none.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("福利院有几个项目编了绩效目标", "1"),
        ("上海财政局绩效目标项目有几个", "12"),
        ("省检察院有几个项目实行绩效目标管理", "5"),
    ],
)
def test_how_many_projects_have_performance_targets_is_the_count_the_narrative_states(
    families: Composer, question: str, expected: str
) -> None:
    answer = answers_with(families, question, expected)
    assert answer.intent == "count", answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("省检察院检察款行政运行预算", "10883.36"),
        ("省高院法院（款）案件审判（项）", "1599.11"),
        ("上海财政局财政事务款行政运行", "84861719"),
        ("汾阳人社局就业补助款就业创业服务补贴", "107.60"),
    ],
)
def test_a_kemu_path_said_with_its_levels_reads_the_row_it_names(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("普陀区财政局2024年的决算收入里财政拨款收入多少", "2940.05"),
        ("汾阳人社局收入里的财政拨款收入多少", "1100.24"),
        ("省检察院2018年收入中的财政拨款收入多少", "21940.96"),
        ("万里街道支出里的项目支出多少", "65572343"),
    ],
)
def test_an_item_said_within_the_whole_its_name_ends_with_is_that_item(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


def test_a_count_of_the_kin_of_the_people_asked_is_no_count_of_them(families: Composer) -> None:
    answer = families.answer("汾阳人社局退休人员多少")
    assert answer.status == "not_found" and Decimal("4") not in values(answer), answer.text
    answers_with(families, "汾阳人社局退休人员遗属补助多少人", "4")


@pytest.mark.parametrize(
    ("question", "expected"),
    [("省人大2017年退休人员多少", "150"), ("省人大2017年在编人员几名", "274"), ("福利院有几辆车", "2")],
)
def test_a_count_whose_name_adds_words_to_the_people_or_things_asked_still_answers(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("repeated", "once"),
    [
        ("福利院三公经费 三公经费 三公经费", "福利院三公经费"),
        ("汾阳人社局零工市场零工市场花了多少钱", "汾阳人社局零工市场花了多少钱"),
        ("省检察院2018年培训费培训费多少", "省检察院2018年培训费多少"),
    ],
)
def test_an_item_said_twice_running_is_answered_as_said_once(
    families: Composer, repeated: str, once: str
) -> None:
    expected = families.answer(once)
    assert expected.status == "answered" and values(expected), expected.text
    assert values(families.answer(repeated)) == values(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("规划资源局2024年有多少个项目做了绩效自评", "39"),
        ("普陀区财政局2024年进行绩效跟踪评价的项目有几个", "4"),
        ("省检察院2018年有几个项目做了绩效目标管理", "5"),
    ],
)
def test_a_count_asked_with_a_light_verb_is_the_count_stated_without_it(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("万里街道社区公共服务中心建设要花多少钱", "4100000.00"),
        ("万里街道社区公共服务中心工程预算", "4100000.00"),
        ("省人大2019年信息化建设多少钱", "180.00"),
    ],
)
def test_a_thing_said_with_its_building_is_the_project_that_builds_it(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


def test_a_thing_said_with_its_building_is_no_project_that_only_names_the_thing(
    families: Composer,
) -> None:
    answer = families.answer("汾阳人社局护工培训基地建设多少钱")
    assert answer.status == "not_found" and not values(answer), answer.text


def test_money_for_the_kin_of_the_people_asked_is_no_money_for_them(families: Composer) -> None:
    answer = families.answer("汾阳人社局给退休的人发了多少钱")
    assert Decimal("2.30") not in values(answer) and Decimal("2.304") not in values(answer), answer.text

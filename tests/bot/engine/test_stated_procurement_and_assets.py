"""What the narrative states of 政府采购 and 国有资产占有使用 is answered as facts: by kind (货物/工程/服务), by
supplier size (预留, 中标, 授予), an item of the 政府采购 table, counts bounded by price, areas, and counts
stated at a 截至 date; on Shanghai 区 决算 and 预算, Shanghai 市 预算, Jiangsu 预算 and the 汾阳 sample.
An item of these kinds a document does not state is not found, never another figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer

pytestmark = pytest.mark.slow


def stated(answer: Answer, value: str, unit: str, where: str) -> bool:
    """The answer holds the figure, read where it is printed (a narrative section or a table's title)."""
    return any(
        fact.value == Decimal(value)
        and fact.unit == unit
        and where in f"{fact.source.section}|{fact.source.title}"
        for fact in answer.facts
    )


@pytest.mark.parametrize(
    ("question", "value", "where"),
    [
        ("上海市财政局工程类采购多少", "0", "政府采购"),
        ("普陀区财政局2024年政府采购服务采购金额", "246.47", "政府采购"),
        ("规划资源局2024年货物类采购多少", "122.43", "政府采购"),
        ("普陀区财政局2025年服务类采购预算", "100.00", "政府采购"),
        ("万里街道工程类的政府采购", "550.00", "政府采购"),
        ("福利院政府采购服务预算多少", "120.60", "政府采购"),
        ("省政协办公厅工程采购多少", "0", "政府采购"),
        ("汾阳人社局政府采购货物多少", "8.90", "政府采购"),
        ("省委办公厅2018年拟采购支出多少", "1449.50", "政府采购"),
        ("省委办公厅2018年拟采购货物支出", "90.00", "政府采购"),
    ],
)
def test_procurement_of_a_kind_is_the_figure_stated_for_that_kind(
    families: Composer, question: str, value: str, where: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, "万元", where), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("万里街道留给小微企业的采购有多少", "232.40"),
        ("万里街道面向小微企业预留多少", "232.40"),
        ("万里街道为中小企业预留了多少采购", "332.00"),
        ("规划资源局面向小微企业预留的采购项目预算", "164.87"),
        ("普陀区财政局2024年中小企业中标金额", "246.47"),
        ("规划资源局小微企业中标多少", "164.87"),
        ("规划资源局授予小微企业的合同金额", "164.87"),
    ],
)
def test_procurement_reserved_for_or_awarded_to_a_supplier_size_is_the_figure_stated_for_it(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, "万元", "政府采购"), answer.text


@pytest.mark.parametrize(
    ("question", "value", "title"),
    [
        ("省委办公厅承办的会议费采购多少", "872.10", "政府采购"),
        ("省高院修缮工程采购多少", "530.00", "政府采购"),
        ("省高院计算机软件采购多少", "177.00", "政府采购"),
        ("省检察院软件开发服务采购多少", "40.00", "政府采购"),
    ],
)
def test_an_item_said_with_cai_gou_is_its_row_of_the_procurement_table(
    families: Composer, question: str, value: str, title: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, "万元", title), answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("上海市财政局政府采购货物和服务分别多少", ("42.50", "1665.53")),
        ("福利院政府采购工程和服务各多少", ("0", "120.60")),
        ("万里街道政府采购货物和工程分别多少", ("10.00", "550.00")),
    ],
)
def test_a_kind_asked_after_another_is_of_the_same_procurement(
    families: Composer, question: str, values: tuple[str, ...]
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert all(stated(answer, value, "万元", "政府采购") for value in values), answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("普陀区财政局2024年单价100万以上设备几台", "2", "台（套）"),
        ("万里街道单价50万元以上通用设备几台", "0", "台"),
        ("福利院单价100万元以上的设备几台", "0", "台（套）"),
        ("省高院20万元以上的设备有多少台", "48", "台（套）"),
        ("万里街道房屋面积多少平方米", "14609.83", "平方米"),
        ("万里街道房屋有多少平米", "14609.83", "平方米"),
        ("人社局办公用房面积多少", "0", "平方米"),
        ("万里街道地下建筑面积多少", "5356", "平方米"),
    ],
)
def test_a_count_bounded_by_price_or_an_area_is_the_figure_stated_for_it(
    families: Composer, question: str, value: str, unit: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, unit, ""), answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit", "year"),
    [
        ("截至2023年底福利院有几辆车", "2", "辆", "2024年预算"),
        ("截至2024年8月底上海市财政局单价100万以上的设备有几台", "1", "台（套）", "2025年预算"),
        ("截至2024年12月31日普陀区财政局有几辆车", "0", "辆", "2024年决算"),
        ("截至2024年8月31日普陀区财政局有几辆车", "0", "辆", "2025年预算"),
        ("截至2018年底省高院有几辆车", "66", "辆", "2019年预算"),
        ("截至2023年底汾阳人社局办公用房面积多少", "0", "平方米", "2024年预算"),
        ("上海市财政局到2024年8月底有几辆车", "0", "辆", "2025年预算"),
        ("到2018年底为止省高院有几辆车", "66", "辆", "2019年预算"),
    ],
)
def test_a_count_asked_at_a_date_is_read_from_the_document_that_states_that_date(
    families: Composer, question: str, value: str, unit: str, year: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, unit, ""), answer.text
    assert all(year in fact.source.document for fact in answer.facts), answer.text
    assert len({fact.value for fact in answer.facts}) == 1, answer.text  # not the 购置 count beside it


@pytest.mark.parametrize(
    "question",
    [
        "省检察院工程类采购多少",
        "上海市财政局面向小微企业预留多少",
        "汾阳人社局面向中小企业预留多少",
        "万里街道中小企业中标金额",
        "普陀区财政局2025年小微企业中标金额",
        "福利院房屋面积多少平方米",
        "省高院办公用房面积",
        "上海市财政局单价50万以上设备几台",
        "省高院50万元以上的设备有多少台",
        "截至2022年底福利院有几辆车",
        "截至2023年底省高院有几辆车",
    ],
)
def test_an_item_of_these_kinds_the_document_does_not_state_is_not_found(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found", answer.text
    assert not [fact for fact in answer.facts if fact.value is not None], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("上海市财政局有没有公车", "0"),
        ("上海市财政局到2024年8月底有没有公车", "0"),
        ("省高院有没有公务用车", "66"),
        ("省人大2019年是否有公车", "54"),
    ],
)
def test_whether_there_are_any_vehicles_is_how_many_the_document_states(
    families: Composer, question: str, value: str
) -> None:
    """有没有公车 asks whether there are cars, answered by their count, never by what running them costs."""
    answer = families.answer(question)
    assert answer.status == "answered" and stated(answer, value, "辆", ""), answer.text


@pytest.mark.parametrize("question", ["省检察院是否有公车", "省委办公厅有没有公车"])
def test_whether_there_are_vehicles_where_no_count_is_stated_is_not_answered_with_money(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "value", "said"),
    [
        ("福利院有几辆车", "2", "共有车辆2辆"),
        ("福利院今年要买几辆车", "0", "购置车辆0辆"),
        ("上海市财政局2025年购置几辆车", "0", "购置车辆0辆"),
        ("省高院有多少辆车", "66", "共有车辆66辆"),
    ],
)
def test_cars_held_and_cars_bought_are_two_counts(
    families: Composer, question: str, value: str, said: str
) -> None:
    """共有车辆2辆 and 预算安排购置车辆0辆 count two things, not one the document states twice: each answers
    its own question, and no disagreement is claimed between them."""
    answer = families.answer(question)
    assert answer.status == "answered" and stated(answer, value, "辆", ""), answer.text
    assert "不一致" not in answer.text and said in answer.text, answer.text


@pytest.mark.parametrize("question", ["省高院今年要买几辆车", "人社局今年买几辆车"])
def test_cars_bought_are_never_answered_by_the_cars_held(families: Composer, question: str) -> None:
    """省高院 states the cars it has (66) but no purchase of cars: no count is given for 买几辆车."""
    answer = families.answer(question)
    assert not any(fact.unit == "辆" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("上海市财政局国有资产占用情况", "五、国有资产占有使用情况"),
        ("上海市财政局国有资产情况", "五、国有资产占有使用情况"),
        ("福利院国有资产占用情况", "五、国有资产占有使用情况（增加内容）"),
        ("汾阳人社局国有资产占用情况", "3、其他国有资产占有使用情况："),
        ("省高院国有资产占用情况", "十三、国有资产占用情况"),
    ],
)
def test_a_topic_is_read_from_the_section_whose_heading_names_it_even_shortened(
    families: Composer, question: str, section: str
) -> None:
    """国有资产占用情况 of 国有资产占有使用情况: a heading naming every word asked, some shortened as Chinese
    shortens a phrase, is the section asked about, before a sentence elsewhere that only mentions it
    (牵头编制国有资产管理情况报告)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    assert answer.facts[0].source.section == section, answer.text


@pytest.mark.parametrize("question", ["万里街道资产总额多少", "万里街道的资产有多少"])
def test_kinds_of_an_asset_stated_without_its_total_are_offered_never_one_chosen(
    families: Composer, question: str
) -> None:
    """The narrative states 流动资产, 固定资产 and 无形资产 and no total: each is a kind of 资产, none is
    it, so the answer offers them and gives none as the 资产 asked."""
    answer = families.answer(question)
    assert answer.status == "ambiguous", answer.text
    assert all(stated(answer, value, "万元", "国有资产") for value in ("448.82", "3149.52", "234.37")), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "value", "where"),
    [
        ("普陀区财政局2024年政府采购金额是多少", "251.25", "政府采购"),
        ("规划资源局2024年政府采购金额", "2319.21", "政府采购"),
        ("普陀财政25年采购预算总共", "117.00", "政府采购"),
        ("万里街道采购多少", "830.00", "政府采购"),
        ("省政协2018年采购支出多少", "1281.76", "政府采购"),
        ("人社局采购预算多少", "8.90", "政府采购"),
    ],
)
def test_procurement_asked_whole_is_the_total_never_one_of_its_kinds(
    families: Composer, question: str, value: str, where: str
) -> None:
    """采购 is 政府采购: asked whole, the total the tables or the narrative give, beside which its kinds
    (货物, 工程, 服务, 预留给中小企业) name more and are no rival of it."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, "万元", where), answer.text

"""Figures the narrative states are answers: value, unit and source, quoting the clause that holds them.

On the text sample, Shanghai 预算 and 决算 PDFs, and Jiangsu PDFs (whole, and narrative halves); a
sentence that only mentions the item, with no figure of it, is not an answer.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.read_amounts import other_years_item

pytestmark = pytest.mark.slow


def stated(answer: Answer, value: str, unit: str, section: str = "") -> bool:
    return any(
        fact.value == Decimal(value) and fact.unit == unit and section in fact.source.section
        for fact in answer.facts
    )


@pytest.mark.parametrize(
    ("question", "value", "unit", "section"),
    [
        ("省人大办公厅2017年在编在职的人员有多少名", "274", "名", "机构设置"),
        ("省人大常委会办公厅2017年离退休人员有几个人", "150", "名", "机构设置"),
        ("江苏省人大常委会办公厅2017年编制是多少名", "339", "名", "机构设置"),
        ("省人大常委会办公厅2019年编制数", "338", "名", "机构设置"),
        ("规划资源局公务车保有量", "0", "辆", "国有资产"),
        ("省高院执法执勤用车有几辆", "38", "辆", "国有资产"),
        ("省高院的车辆一共多少辆", "66", "辆", "国有资产"),
        ("省政协办公厅现有处室几个", "21", "个", "机构设置"),
        ("上海市财政局内设机构有多少个", "22", "个", "机构设置"),
        ("社会福利院设了几个内设机构", "5", "个", "机构设置"),
        ("万里街道下属几家预算单位", "5", "家", "机构设置"),
        ("万里街道有多少个下属单位", "5", "家", "机构设置"),
        ("普陀区财政局有几个下属单位", "0", "家", "机构设置"),
        ("省检察院有多少个下属单位", "2", "个", "机构设置"),
        ("汾阳人社局在职人员有多少人", "15", "人", ""),
        ("汾阳人社局实有人数", "15", "人", ""),
        ("省人大2017年实有人数", "274", "名", "机构设置"),
        ("万里街道实有车辆几辆", "7", "辆", "国有资产"),
        ("万里街道有几家事业单位", "4", "家", "机构设置"),
        ("省检察院预算单位有几家", "3", "家", ""),
        ("普陀区财政局下属几家预算单位", "0", "家", "机构设置"),
        ("福利院下设几个科室", "5", "个", "机构设置"),
        ("普陀区财政局2024年底有几辆车", "0", "辆", "国有资产"),
        ("省高院20万元以上的设备有多少台", "48", "台（套）", "国有资产"),
        ("省人大常委会办公厅2019年20万元以上设备有多少台", "69", "台（套）", "国有资产"),
        ("上海市财政局2025年编报绩效目标的项目有几个", "12", "个", "绩效目标"),
        ("省检察院几个项目实行绩效目标管理", "5", "个", "绩效目标"),
        ("汾阳人社局实行绩效目标管理的项目有几个", "22", "个", "绩效目标"),
        ("汾阳人社局其他运转类项目有几个", "10", "个", "绩效目标"),
        ("规划资源局2024年有多少个项目评了优", "39", "个", "绩效"),
        ("普陀区财政局2024年有几个项目评了优", "4", "个", "绩效"),
        ("规划资源局2024年评为良的项目有几个", "0", "个", "绩效"),
    ],
)
def test_a_count_the_narrative_states_is_a_figure(
    families: Composer, question: str, value: str, unit: str, section: str
) -> None:
    answer = families.answer(question)
    assert answer.status in ("answered", "ambiguous"), answer.text
    assert stated(answer, value, unit, section), answer.text


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("汾阳人社局编制多少", "15"),
        ("人社局编制几个人", "15"),
        ("省政协办公厅2018年编制多少名", "8"),
    ],
)
def test_a_quota_asked_is_never_answered_with_the_people_held(
    families: Composer, question: str, held: str
) -> None:
    """编制多少 where the document states only its 在职人员: the quota is not found, never the staff count
    given as if it were the quota."""
    answer = families.answer(question)
    assert answer.status == "not_found", answer.text
    assert not any(fact.value == Decimal(held) for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("documents", "question", "value", "unit", "section"),
    [
        ("families", "上海市财政局2025年政府采购预算是多少", "1708.03", "万元", "政府采购"),
        ("families", "规划资源局2024年政府采购合同签订金额多少", "2319.21", "万元", "政府采购"),
        ("narratives", "江苏省委办公厅2018年机关运行经费预算支出是多少", "2094.58", "万元", "机关运行经费"),
        ("narratives", "省政协2018年的单位预留机动经费预算多少", "1157.63", "万元", "收支预算总体情况"),
        ("narratives", "省人大常委会2019年的培训费预算多少钱", "363.38", "万元", "三公"),
    ],
)
def test_an_amount_only_the_narrative_states_is_a_figure_with_its_clause(
    request: pytest.FixtureRequest, documents: str, question: str, value: str, unit: str, section: str
) -> None:
    answer = request.getfixturevalue(documents).answer(question)
    assert answer.status == "answered", answer.text
    assert stated(answer, value, unit, section), answer.text
    found = re.search("」：“(.+?)”", answer.text)
    assert found is not None
    clause = found.group(1)
    assert value.split(".")[0] in clause.replace(",", "") and len(clause) <= 60


def test_the_clause_is_quoted_not_the_whole_sentence(families: Composer) -> None:
    answer = families.answer("省人大常委会办公厅2017年离退休人员多少名")
    assert "“离退休人员150名”" in answer.text and "274" not in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("普陀区财政局2024年决算年初预算完成了百分之几", "98.20"),
        ("普陀区财政局2024年决算中基本支出占比多少", "79.49"),
    ],
)
def test_a_percentage_the_narrative_states_is_a_figure(families: Composer, question: str, value: str) -> None:
    answer = families.answer(question)
    assert stated(answer, value, "%"), answer.text


def test_a_change_that_opens_its_sentence_belongs_to_the_figure_before_it(narratives: Composer) -> None:
    answer = narratives.answer("省委办公厅2018年单位预留机动经费比上年增加了多少")
    assert stated(answer, "1777.14", "万元"), answer.text
    assert "没有载入" in answer.text


@pytest.mark.parametrize(
    ("question", "mentioned"),
    [
        ("省委办公厅2018年西康宾馆安排了多少钱", "西康宾馆"),
        ("省检察院公务用车有几辆", "公务用车"),
        ("福利院院长室的预算有多少", "院长室"),
        ("汾阳人社局的劳动监察股安排了多少钱", "劳动监察股"),
        ("汾阳人社局稳就业资金", "就业补助资金"),
        ("上海市财政局注册会计师考试经费", "注册会计师考试"),
        ("省检察院检察办案费", "检察办案费"),
        ("省委办公厅2018年西康宾馆经费", "西康宾馆"),
    ],
)
def test_a_sentence_that_mentions_the_item_without_its_figure_is_not_an_answer(
    families: Composer, question: str, mentioned: str
) -> None:
    """Asked with 多少 or said bare (an amount noun still asks for a figure)."""
    answer = families.answer(question)
    assert answer.status == "not_found", answer.text
    assert not any(fact.value is not None for fact in answer.facts)
    assert mentioned in answer.text


@pytest.mark.parametrize(
    "question",
    ["省检察院有多少个内设机构", "上海市财政局有多少辆公务车", "省人大办公厅2017年公务用车数量"],
)
def test_a_count_is_never_answered_with_an_amount(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert all(fact.unit not in ("万元", "元") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "省政协2018年在职人员多少",
        "省政协2018年有几名在职人员",
        "省政协有多少在职人员",
        "省政协办公厅有多少人",
        "江苏省政协办公厅一共几个人",
    ],
)
def test_a_count_the_narrative_gives_another_body_never_answers_for_the_unit(
    families: Composer, question: str
) -> None:
    """本部门预算还包括江苏省联谊俱乐部8名在职人员: the club's staff, no count of the 政协办公厅's own."""
    answer = families.answer(question)
    assert not any(fact.value in (Decimal(8), Decimal(9)) for fact in answer.facts), answer.text


def test_a_count_the_narrative_gives_another_body_answers_for_that_body(families: Composer) -> None:
    answer = families.answer("省政协2018年江苏省联谊俱乐部有几名在职人员")
    assert [(fact.label, fact.value) for fact in answer.facts] == [("江苏省联谊俱乐部在职人员", Decimal(8))]


@pytest.mark.parametrize(
    ("question", "table", "said"),
    [
        ("省委办公厅2018年提租补贴预算多少", "表五", "提租补贴（项）支出2299.88万元"),
        ("普陀区财政局2025年购房补贴安排了多少", "表3", "268.77万元"),
        ("汾阳人社局社会保障和就业支出是多少", "表三", "社会保障和就业支出1,363.35万元"),
    ],
)
def test_a_table_figure_comes_first_and_the_narrative_that_agrees_is_quoted(
    families: Composer, question: str, table: str, said: str
) -> None:
    answer = families.answer(question)
    assert answer.facts[0].source.table == table, answer.text
    assert "说明部分也写明" in answer.text and said in answer.text
    assert "不一致" not in answer.text


def test_a_narrative_figure_that_disagrees_with_the_table_is_said(families: Composer) -> None:
    answer = families.answer("省人大办公厅2017年人大事务行政运行是多少")
    assert answer.facts[0].value == Decimal("4545.94"), answer.text
    assert "10,528.33 万元" in answer.text and "与表中不一致" in answer.text
    assert any(fact.value == Decimal("10528.33") for fact in answer.facts)


@pytest.mark.parametrize(
    ("question", "table", "row", "said"),
    [
        ("规划资源局2024年人员经费", "表六", "人员经费合计", "写的是 4,896.98 万元"),
        ("普陀区财政局2024年人员经费", "表六", "人员经费合计", "说明部分也写明"),
        ("上海财政局25年收入合计多少", "表1", "收入总计", "说明部分也写明"),
        ("社会福利院24年收入合计", "表1", "收入总计", "说明部分也写明"),
    ],
)
def test_a_table_row_of_the_stated_items_name_comes_first_whatever_its_figure(
    families: Composer, question: str, table: str, row: str, said: str
) -> None:
    """人员经费4896.98万元 beside a 人员经费合计 row of 4,884.09: the table is the source given first, the
    narrative's figure said beside it (agreeing, or not), never the narrative alone."""
    answer = families.answer(question)
    source = answer.facts[0].source
    assert (source.table, source.row) == (table, row), answer.text
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["省委办公厅2018年财政拨款收入多少", "省政协办公厅二〇一八年财政拨款收入是多少？"]
)
def test_a_narrative_figure_of_the_other_direction_is_never_quoted_beside_a_row(
    families: Composer, question: str
) -> None:
    """财政拨款预算支出24458.43万元 is no statement of the 收入 row 一、财政拨款, however equal the amounts."""
    answer = families.answer(question)
    assert answer.facts[0].source.row == "一、财政拨款", answer.text
    assert "说明部分" not in answer.text, answer.text


def test_a_listed_figure_is_quoted_with_its_own_item(families: Composer) -> None:
    answer = families.answer("普陀区财政局2025年政府采购服务预算是多少")
    assert "“政府采购服务预算100.00万元”" in answer.text


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("普陀区财政局2025年政府采购货物预算是多少", "政府采购货物预算17.00万元"),
        ("普陀区财政局2025年政府采购工程预算", "政府采购工程预算0万元"),
        ("社会福利院政府采购工程预算多少", "政府采购工程预算0.00万元"),
        ("福利院政府采购服务预算", "政府采购服务预算120.60万元"),
    ],
)
def test_a_figure_is_quoted_where_it_is_printed_not_where_its_digits_first_appear(
    families: Composer, question: str, clause: str
) -> None:
    """17.00万元 is also the tail of 117.00万元, and 0.00万元 is printed twice: the quote is the figure's own."""
    answer = families.answer(question)
    assert f"“{clause}”" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("规划资源局2024年绩效自评的项目有多少个", "39", "个"),
        ("普陀财政局2024年绩效评级为优的项目有几个", "4", "个"),
        ("汾阳人社局有几辆公务用车", "2", "辆"),
        ("规划资源局养了几辆车", "0", "辆"),
    ],
)
def test_a_count_of_a_noun_named_is_a_count_of_that_noun(
    families: Composer, question: str, value: str, unit: str
) -> None:
    """绩效自评的项目39个 beside 绩效自评中共发现问题0个: the count of 项目 asked, not of 问题."""
    assert stated(families.answer(question), value, unit)


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("规划资源局2024年公务接待了几批次", "2", "批次"),
        ("规划资源局2024年公务接待多少人次", "26", "人次"),
        ("规划资源局2024年公务接待批次", "2", "批次"),
        ("规划资源局2024年公务接待人次数", "26", "人次"),
        ("规划资源局2024年公务接待费多少批次", "2", "批次"),
        ("规划资源局2024年因公出国多少人次", "0", "人次"),
        ("规划资源局2024年因公出国（境）团组几个", "0", "个"),
        ("上海市财政局2025年预算安排购置几台100万以上的设备", "0", "台（套）"),
    ],
)
def test_a_count_asked_in_a_measure_word_is_the_count_printed_in_it(
    families: Composer, question: str, value: str, unit: str
) -> None:
    """列明公务接待2批次、26人次: 几批次 is 2, 多少人次 is 26; 团组0个、累计0人次: the 人次 are the 团组's."""
    assert stated(families.answer(question), value, unit)


@pytest.mark.parametrize(
    ("question", "value", "unit", "quoted"),
    [
        ("普陀区规划资源局2024年有没有出国团组", "0", "个", "团组0个"),
        ("江苏省委办公厅2018年有项目实行绩效目标管理吗", "0", "个", "0个项目"),
        ("人社局有没有价值100万以上的通用设备", "0", "台（套）", "100万元"),
        ("普陀区财政局2024年底单价100万以上设备是不是有2台", "2", "台（套）", "100万元"),
        ("省高院有没有执法执勤用车", "38", "辆", "执法执勤用车"),
    ],
)
def test_whether_there_are_any_is_answered_by_the_count_the_narrative_states(
    families: Composer, question: str, value: str, unit: str, quoted: str
) -> None:
    """有没有出国团组, 有项目…吗, 是不是有2台: the count stated for the thing asked, as a figure with its
    clause (of the bound asked: 100万元, not the 50万元 beside it), never a bare quote without one."""
    answer = families.answer(question)
    assert stated(answer, value, unit), answer.text
    assert quoted in answer.text.split("\n")[1], answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("人社局有政府购买服务吗", "无政府购买服务"),
        ("汾阳人社局有没有政府购买服务", "无政府购买服务"),
    ],
)
def test_whether_there_are_any_with_no_count_is_answered_by_the_sentence_saying_there_is_none(
    families: Composer, question: str, said: str
) -> None:
    """本单位无政府购买服务 answers 有没有政府购买服务; a sentence that only mentions the thing does not."""
    answer = families.answer(question)
    assert answer.status == "answered" and said in answer.text, answer.text


def test_whether_there_are_any_is_not_answered_by_a_mere_mention(families: Composer) -> None:
    answer = families.answer("上海市财政局有没有政府购买服务")
    assert answer.status == "not_found", answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("万里街道社区公共服务中心第二季度用款计划", "180.74"),
        ("万里社区公共服务中心新建工程第二季度用款计划多少", "180.74"),
        ("万里街道社区公共服务中心的第一季度用款计划是多少", "25.88"),
        ("普陀区万里街道办事处社区公共服务中心第四季度用款计划", "16.78"),
    ],
)
def test_a_figure_of_a_description_is_asked_with_the_words_of_what_it_describes(
    families: Composer, question: str, value: str
) -> None:
    """万里街道 describes its 社区公共服务中心新建工程 (一、项目概况 … 六、年度预算安排) and states 第二季度用款计划
    there: asked with the project's words before that name, the stated figure, quoted."""
    answer = families.answer(question)
    assert answer.status == "answered" and stated(answer, value, "万元", "年度预算安排"), answer.text


@pytest.mark.parametrize(
    "question", ["万里街道零工市场第二季度用款计划", "万里街道社区公共服务中心第五季度用款计划"]
)
def test_words_said_nowhere_in_the_description_get_none_of_its_figures(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("省委办公厅2018年有几个下属单位", "2"),
        ("江苏省人大常委会办公厅2019年下属单位有几个", "5"),
        ("省人大2019年有多少个下属单位", "5"),
    ],
)
def test_a_count_no_sentence_states_is_the_number_of_names_it_lists(
    families: Composer, question: str, value: str
) -> None:
    """下属单位包括：东郊国宾馆、西康宾馆。 states no count: the answer counts the names, saying it did, and
    quotes the sentence that lists them."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert "按文件列出的名称数" in answer.text and "包括：" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["人社局有几个下属单位", "人社局下属单位有多少个", "汾阳人社局有下属单位吗"]
)
def test_held_units_a_sentence_says_there_are_none_of_in_its_own_words_are_none(
    families: Composer, question: str
) -> None:
    """本单位属于二级预算单位，没有下级预算单位: 下属单位 said as 下级预算单位, answered 没有 with the sentence."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("没有："), answer.text
    assert "没有下级预算单位" in answer.text and not answer.facts[0].value, answer.text


@pytest.mark.parametrize("question", ["上海市财政局下属单位有几个", "普陀福利院有几家所属单位"])
def test_held_units_of_a_unit_budget_that_names_none_say_it_is_one_units_budget(
    families: Composer, question: str
) -> None:
    """下属单位有几个 of a 单位预算 whose narrative says nothing of units: not found, saying the budget is of the
    unit alone, never the 最接近的条目 of an unrelated figure as if it were one."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "没有写明它包括几个单位" in answer.text and "它是单位预算" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [("人社局公用经费主要包括几项", ""), ("省人大2017年有几个下属单位", "4"), ("万里街道有几个下属单位", "")],
)
def test_a_list_cut_short_or_a_stated_count_is_never_counted_by_its_names(
    families: Composer, question: str, stated: str
) -> None:
    """公用经费主要包括：办公费、…等 lists some, not all: no count of its names; a count the document states
    (4个所属事业单位) is that count."""
    answer = families.answer(question)
    assert "按文件列出的名称数" not in answer.text, answer.text
    if stated:
        assert answer.facts and answer.facts[0].value == Decimal(stated), answer.text


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("汾阳人社局本年支出多少", "1100.24"),
        ("人社局本年收入和本年支出差多少", "1100.24"),
        ("人社局本年收入和本年支出哪个多", "1100.24"),
    ],
)
def test_a_stated_figure_named_by_its_year_alone_answers_no_item_of_that_year(
    families: Composer, question: str, wrong: str
) -> None:
    """本年预算安排1,100.24万元 names nothing but its year once 预算安排 goes: it is no figure of 本年支出, which
    the tables print as 1,596.64 万元; two items compared never come out equal through it."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    spending = [fact for fact in answer.facts if "支出" in fact.label]
    assert spending and all(fact.value != Decimal(wrong) for fact in spending), answer.text
    assert "相同" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("汾阳人社局政府购买服务花了多少", "本单位无政府购买服务"),
        ("汾阳人社局有政府购买服务吗", "本单位无政府购买服务"),
        ("省检察院2018年国有资本经营预算收入多少", "本部门无国有资本经营预算收入"),
    ],
)
def test_an_item_the_narrative_says_there_is_none_of_is_answered_none_with_that_sentence(
    families: Composer, question: str, said: str
) -> None:
    """本单位无政府购买服务: the document answers 没有, quoted with its place, never 'no figure found' nor a
    sentence left to be read as yes."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("没有："), answer.text
    assert said in answer.text and answer.facts and answer.facts[0].source.section, answer.text


def test_none_said_of_a_longer_name_is_no_none_of_the_item_asked(families: Composer) -> None:
    """2018年无公务用车购置预算安排 says no car is bought, not that there is no car."""
    answer = families.answer("江苏省检察院有多少辆公务用车")
    assert not answer.text.startswith("没有："), answer.text


@pytest.mark.parametrize(
    ("said", "label", "other"),
    [
        ("2023年零工市场运营费用57.6万元", "2024年零工市场运营费用", True),
        ("2024年律师顾问费2万元", "山西绥民律师事务所法律顾问费", False),
        ("2024年零工市场运营费用57.6万元", "2024年零工市场运营费用", False),
        ("零工市场运营费用57.6万元", "2024年零工市场运营费用", False),
    ],
)
def test_a_sentence_naming_another_year_states_another_years_item(said: str, label: str, other: bool) -> None:
    """2023年零工市场运营费用 is no confirmation of the row 2024年零工市场运营费用: both name a year, not one."""
    assert other_years_item(said, label) is other


def test_a_projects_amount_is_never_confirmed_by_a_sentence_of_another_years_project(
    families: Composer,
) -> None:
    """The 2024 row of 零工市场运营费用 and a sentence stating 2023年零工市场运营费用57.6万元: the same amount, but
    of another year's project, so not said to confirm it; 2024年律师顾问费2万元 still confirms its row."""
    answer = families.answer("汾阳人社局零工市场运营费用")
    assert answer.facts[0].source.row == "2024年零工市场运营费用", answer.text
    assert "说明部分也写明" not in answer.text and "2023年零工市场运营费用" not in answer.text, answer.text
    assert "说明部分也写明" in families.answer("汾阳人社局律师费多少").text

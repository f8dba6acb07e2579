"""Narrative: headings, paragraphs joined across page breaks, stated figures, glossary entries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.blocks import TextLine
from loaders.narrative import glossary_entry, is_heading, lines_to_narrative, text_to_stated_figures

UNIT = "汾阳市人力资源和社会保障局"


def lines(*texts: str) -> list[TextLine]:
    return [TextLine(text=text, line=index + 1) for index, text in enumerate(texts)]


@pytest.mark.parametrize(
    "text",
    [
        "第一部分 概况",
        "一、本单位职责",
        "（一）一般公共预算当年支出规模变化情况",
        "1、车辆情况：",
        "名词解释",
        "上海市财政局（单位）主要职能",
    ],
)
def test_headings(text: str) -> None:
    assert is_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "1.“一般公共服务支出”科目12,789万元，主要用于人员经费、公用经费等基本支出。",
        "本单位无政府购买服务。",
        "主要职能包括：",
        "2024 年度部门预算中本单位无政府购买服务",
    ],
)
def test_sentences_and_fragments_are_not_headings(text: str) -> None:
    assert not is_heading(text)


def test_a_numbered_list_of_names_is_passages_under_its_heading_not_headings() -> None:
    """jiangsu-gjfy-2019 and jiangsu-jcy-2018 机构设置: 1、办公室 2、… under （一）, a lone 1、 under （二） and
    （三）, then a paragraph that belongs to （三）, not to its list item."""
    narrative = lines_to_narrative(
        lines(
            "二、部门机构设置和预算单位构成情况",
            "（一）机关内设机构",
            "1、办公室",
            "2、组织人事处",
            "3、立案庭",
            "（二）下属差额拨款事业单位",
            "1、江苏省法官培训学院",
            "（三）派出机构",
            "1、徐州铁路运输法院",
            "从预算单位构成看，纳入本部门预算编制范围的预算单位共2家。",
        ),
        "江苏省高级人民法院",
    )
    assert [(passage.section, passage.text) for passage in narrative.passages] == [
        ("（一）机关内设机构", "1、办公室"),
        ("（一）机关内设机构", "2、组织人事处"),
        ("（一）机关内设机构", "3、立案庭"),
        ("（二）下属差额拨款事业单位", "1、江苏省法官培训学院"),
        ("（三）派出机构", "1、徐州铁路运输法院"),
        ("（三）派出机构", "从预算单位构成看，纳入本部门预算编制范围的预算单位共2家。"),
    ]


def test_numbered_headings_each_over_its_own_text_stay_headings() -> None:
    narrative = lines_to_narrative(
        lines(
            "十、其他重要事项的情况说明",
            "1、机关运行经费",
            "2024年机关运行经费预算120.00万元。",
            "2、政府采购情况",
            "2024年政府采购预算85.00万元。",
            "（1）货物类",
            "货物类采购预算60.00万元。",
            "（2）服务类",
            "服务类采购预算25.00万元。",
        ),
        UNIT,
    )
    assert [passage.section for passage in narrative.passages] == [
        "1、机关运行经费",
        "2、政府采购情况",
        "（1）货物类",
        "（2）服务类",
    ]


def test_passages_take_part_and_nearest_heading_and_join_page_broken_lines() -> None:
    narrative = lines_to_narrative(
        lines(
            "第三部分 2024年度单位预算情况说明",
            "四、财政拨款收支预算总体情况说明",
            "支出包括：社会保障和就业支出1,363.35万元、农林",
            "203.85万元、住房保障支出16.18万元等。",
            "收入预算图",
            "五、一般公共预算支出情况说明",
            "（一）一般公共预算当年支出规模变化情况",
            "一般公共预算当年支出1,100.24万元,比上年减少314.25万元,下降22.22%。",
        ),
        UNIT,
    )
    first, second = narrative.passages
    assert first.text == "支出包括：社会保障和就业支出1,363.35万元、农林203.85万元、住房保障支出16.18万元等。"
    assert (first.part, first.section, first.line) == (
        "第三部分 2024年度单位预算情况说明",
        "四、财政拨款收支预算总体情况说明",
        3,
    )
    assert second.section == "（一）一般公共预算当年支出规模变化情况"
    assert [figure.raw for figure in second.figures] == ["1,100.24万元", "314.25万元", "22.22%"]


def test_amounts_percentages_counts_and_changes_with_their_subjects() -> None:
    text = (
        "2024年度汾阳市人力资源和社会保障局预算收入总计1,596.64万元，其中：本年收入1,100.24万元，"
        "上年结转496.40万元，比上年减少338.52万元，下降17.49%；一般公共预算拨款收入1,100.24万元，占68.91%。"
        "我部门行政在职人员15人，实有小型车辆3部。下设11个机构，分别是办公室。"
    )
    found = [(f.raw, f.kind, f.direction, f.unit, f.subject) for f in text_to_stated_figures(text, UNIT)]
    assert found == [
        ("1,596.64万元", "amount", "", "万元", "预算收入总计"),
        ("1,100.24万元", "amount", "", "万元", "本年收入"),
        ("496.40万元", "amount", "", "万元", "上年结转"),
        ("338.52万元", "change", "减少", "万元", "预算收入总计"),
        ("17.49%", "change", "减少", "%", "预算收入总计"),
        ("1,100.24万元", "amount", "", "万元", "一般公共预算拨款收入"),
        ("68.91%", "percent", "", "%", "一般公共预算拨款收入"),
        ("15人", "count", "", "人", "行政在职人员"),
        ("3部", "count", "", "部", "小型车辆"),
        ("11个", "count", "", "个", "机构"),
    ]


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        (
            "收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；事业收入262.00万元；",
            "财政拨款收入",
        ),
        (
            "收入预算16497.86万元，其中：财政拨款收入16497.86万元，比2022年（上一年度，下同）预算增加1421.25万元；",
            "财政拨款收入",
        ),
        (
            "支出预算3,121.42万元，其中：财政拨款支出预算3,121.42万元，比2024年预算增加107.62万元。",
            "财政拨款支出",
        ),
        (
            "收入总计1,596.64万元，其中：本年收入1,100.24万元，上年结转496.40万元，比上年减少338.52万元，下降17.49%。",
            "收入总计",
        ),
        (
            "其中（1）一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元，增长22 %。",
            "一般公共预算收入",
        ),
    ],
)
def test_a_change_is_of_the_one_part_it_follows_else_of_the_whole(text: str, changed: str) -> None:
    """其中：财政拨款收入…，比上年增加…: the part's change; after several parts, the whole's; an aside in
    brackets (（上一年度，下同）) is never the subject."""
    changes = [figure for figure in text_to_stated_figures(text, UNIT) if figure.kind == "change"]
    assert changes and all(figure.subject == changed for figure in changes), changes


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2025年“三公”经费预算数为346.30万元，与2024年预算持平。", "“三公”经费"),
        ("2023年“三公”经费预算数为22.91万元，比2022年预算执行数持平。", "“三公”经费"),
        (
            "“三公”经费支出决算数减少0.15万元；其中：因公出国（境）费支出与上一年度持平；",
            "因公出国（境）费支出",
        ),
        ("1．因公出国（境）费预算支出70万元，与上年预算数一致。", "1．因公出国（境）费预算支出"),
        ("4.政协事务（款）委员视察（项）429.30 万元，与上年数一致。", "4.政协事务（款）委员视察（项）"),
    ],
)
def test_level_with_last_year_is_a_change_of_zero(text: str, subject: str) -> None:
    """与2024年预算持平 states a change as surely as 增加…万元 does: 0, in the unit of the figure it follows."""
    changes = [figure for figure in text_to_stated_figures(text, UNIT) if figure.direction == "持平"]
    assert [(f.subject, f.kind, f.value, f.unit) for f in changes] == [
        (subject, "change", Decimal(0), "万元")
    ]


@pytest.mark.parametrize(
    ("text", "subject", "units"),
    [
        (
            "（2）公务用车运行维护费预算支出183.6万元，比上年预算增加（减少）0万元。",
            "公务用车运行维护费预算支出",
            ["万元"],
        ),
        (
            "（2）政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。",
            "政府性基金收入",
            ["万元", "%"],
        ),
        ("会议费支出10万元，较上年增长(下降)0万元。", "会议费支出", ["万元"]),
    ],
)
def test_the_forms_either_way_wording_with_zero_is_level_with_last_year(
    text: str, subject: str, units: list[str]
) -> None:
    """比上年预算增加（减少）0万元: the template's two-way verb left as printed says no change, never a
    figure of an item called （减少）."""
    figures = text_to_stated_figures(text, UNIT)
    changes = [figure for figure in figures if figure.kind == "change"]
    assert [(f.subject, f.direction, f.value, f.unit) for f in changes] == [
        (subject, "持平", Decimal(0), unit) for unit in units
    ]
    assert not any("减少" in figure.subject or "下降" in figure.subject for figure in figures), figures


@pytest.mark.parametrize(
    ("text", "subject", "direction", "value"),
    [
        ("项目支出较上年度减少20万元，同比下降5%。", "项目支出", "减少", "20"),
        ("基本支出比上一年度增加10.5万元。", "基本支出", "增加", "10.5"),
        ("办公费同比增加3万元。", "办公费", "增加", "3"),
        ("会议费3万元，较上一年度减少2万元。", "会议费", "减少", "2"),
        ("与上年度相比，培训费减少1万元。", "培训费", "减少", "1"),
        ("公务接待费本年数低于上年度预算数0.8万元。", "公务接待费", "减少", "0.8"),
        (
            "主要原因：项目支出增加，较上一度增加1133.95万元，主要由于办公楼装修等。",
            "项目支出",
            "增加",
            "1133.95",
        ),
        ("公用经费减少，比上年减少4万元，主要是压减开支。", "公用经费", "减少", "4"),
    ],
)
def test_a_change_is_read_in_every_wording_of_last_year(
    text: str, subject: str, direction: str, value: str
) -> None:
    """较上年度, 比上一年度, 同比, 与上年度相比, the misprint 较上一度: last year however printed, never part
    of the subject; a change naming no item after a clause that says what changed (项目支出增加，较上…
    增加…) is that item's."""
    changes = [figure for figure in text_to_stated_figures(text, UNIT) if figure.kind == "change"]
    assert (changes[0].subject, changes[0].direction, changes[0].value) == (
        subject,
        direction,
        Decimal(value),
    )
    assert all(figure.subject == subject for figure in changes), changes


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2024年财政拨款安排的“三公”经费预算5.00万元与2023年预算数相同。", "财政拨款安排的“三公”经费"),
        ("会议费预算12.30万元与上年度持平。", "会议费"),
        ("1．因公出国（境）费预算支出100万元，与上年预算数相等。", "1．因公出国（境）费预算支出"),
        ("培训费预算8万元，与2023年预算相比没有变化。", "培训费"),
    ],
)
def test_level_with_last_year_right_after_an_amount_is_of_that_amounts_item(text: str, subject: str) -> None:
    """…预算5.00万元与2023年预算数相同: the unit of the amount before is never the item left level."""
    changes = [figure for figure in text_to_stated_figures(text, UNIT) if figure.direction == "持平"]
    assert [figure.subject for figure in changes] == [subject]


@pytest.mark.parametrize(
    ("text", "subject", "direction", "value"),
    [
        (
            "3．公务接待费预算支出116.5万元，本年数小于上年预算数40.05万元，主要是厉行节约。",
            "3．公务接待费预算支出",
            "减少",
            "40.05",
        ),
        (
            "会议费预算支出300万元，本年数大于上年预算数12.5万元，主要是会议增加。",
            "会议费预算支出",
            "增加",
            "12.5",
        ),
        ("培训费支出80万元，低于上年执行数3.2万元。", "培训费支出", "减少", "3.2"),
    ],
)
def test_this_year_said_less_or_more_than_last_year_is_a_change(
    text: str, subject: str, direction: str, value: str
) -> None:
    """本年数小于上年预算数40.05万元 states a change on last year as surely as 比上年减少 does."""
    changes = [figure for figure in text_to_stated_figures(text, UNIT) if figure.kind == "change"]
    assert [(f.subject, f.direction, f.value) for f in changes] == [(subject, direction, Decimal(value))]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "车辆7辆（一般公务用车3辆，执法执勤用车4辆，其他用车0辆）；",
            ["车辆", "一般公务用车", "执法执勤用车", "其他用车"],
        ),
        ("国内公务接待支出0.39万（含外宾接待支出0.00万元）。", ["国内公务接待支出", "含外宾接待支出"]),
        (
            "地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米）",
            ["地上建筑面积", "计容面积", "不计容面积"],
        ),
        ("其中（1）一般公共预算收入预算21,940.96万元。", ["一般公共预算收入预算"]),
    ],
)
def test_a_bracket_or_ordinal_before_a_parts_name_is_no_part_of_it(text: str, subjects: list[str]) -> None:
    """车辆7辆（一般公务用车3辆，…）: the bracket opened before the parts is closed after them, in another clause."""
    assert [figure.subject for figure in text_to_stated_figures(text, UNIT)] == subjects


def test_level_with_its_own_budget_is_no_change_on_last_year() -> None:
    figures = text_to_stated_figures("支出决算为100.00万元，决算数与预算数基本持平。", UNIT)
    assert not [figure for figure in figures if figure.kind == "change"]


def test_each_figure_keeps_its_own_sentence_and_exact_value() -> None:
    figures = text_to_stated_figures("政府采购预算8.90万元。增加1,421.25万元；其他收入0万元。", UNIT)
    assert [(f.value, f.sentence) for f in figures] == [
        (Decimal("8.90"), "政府采购预算8.90万元。"),
        (Decimal("1421.25"), "增加1,421.25万元；"),
        (Decimal("0"), "其他收入0万元。"),
    ]
    assert figures[1].kind == "change" and figures[1].direction == "增加"


def test_years_dates_and_document_numbers_are_not_stated_figures() -> None:
    assert text_to_stated_figures("截至2023年12月31日，依据汾财社【2023】19号文件（2021-2025）。", UNIT) == []


@pytest.mark.parametrize(
    ("text", "term", "definition"),
    [
        ("一、基本支出：指为保障机构正常运转。", "基本支出", "指为保障机构正常运转。"),
        ("九、一般公共预算是指以税收为主体的财政收入。", "一般公共预算", "是指以税收为主体的财政收入。"),
        (
            "十一、国有资本经营预算是对国有资本收益作出支出安排的收支预算。",
            "国有资本经营预算",
            "是对国有资本收益作出支出安排的收支预算。",
        ),
        ("六、财政专户管理资金：", "财政专户管理资金", ""),
        ("（一）、基本支出预算：是区级预算主管部门的计划。", "基本支出预算", "是区级预算主管部门的计划。"),
    ],
)
def test_glossary_entries_in_every_printed_style(text: str, term: str, definition: str) -> None:
    assert glossary_entry(text) == (term, definition)


def test_a_term_line_takes_its_definition_from_the_next_line_and_wrapped_lines_join() -> None:
    narrative = lines_to_narrative(
        lines(
            "第四部分 名词解释",
            "六、财政专户管理资金：",
            "专指教育收费，包括高中以上学费。",
            "（七）“三公”经费：是与区级财政有经费领拨关系的部门使用",
            "区级财政拨款安排的因公出国（境）费。",
            "2025年部门预算编制说明",
            "2025年，收入预算3,121.42万元。",
        ),
        UNIT,
    )
    assert [(term.term, term.definition, term.line) for term in narrative.terms] == [
        ("财政专户管理资金", "专指教育收费，包括高中以上学费。", 2),
        ("“三公”经费", "是与区级财政有经费领拨关系的部门使用区级财政拨款安排的因公出国（境）费。", 4),
    ]
    assert [passage.text for passage in narrative.passages] == ["2025年，收入预算3,121.42万元。"]


def test_a_subject_stops_at_the_figure_before_it_and_a_bare_total_keeps_its_word() -> None:
    figures = text_to_stated_figures(
        "稳岗补助41.03元合计1384.2万元。占有使用价值50万元以上的设备0台（套）。", UNIT
    )
    assert [(f.raw, f.subject) for f in figures] == [
        ("41.03元", "稳岗补助"),
        ("1384.2万元", "合计"),
        ("0台（套）", "占有使用价值50万元以上的设备"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”50.37万元。"
            "2023年当年预算执行数为44.17万元，2024年预算安排50.37万元，比2023年预算执行数增加14.04%。",
            [
                ("44.17万元", "amount", "", "事业单位医疗2023年当年预算执行数"),
                ("50.37万元", "amount", "", "事业单位医疗2024年预算安排"),
                ("14.04%", "change", "增加", "事业单位医疗"),
            ],
        ),
        (
            "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。",
            [
                ("2993.92万元", "amount", "", "一般公共预算财政拨款支出年初预算"),
                ("2940.05万元", "amount", "", "一般公共预算财政拨款支出支出决算"),
                ("98.20%", "percent", "", "一般公共预算财政拨款支出完成年初预算"),
            ],
        ),
        (
            "增加综合管理费209万元用于办公用房租赁，新增外事经费200万元。",
            [("209万元", "change", "增加", "综合管理费"), ("200万元", "change", "增加", "外事经费")],
        ),
        (
            "公务接待费支出27万元，占“三公”经费的5.31%。",
            [("27万元", "amount", "", "公务接待费支出"), ("5.31%", "percent", "", "公务接待费支出")],
        ),
        (
            "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。",
            [
                ("184.65万元", "amount", "", "机关运行经费支出"),
                ("2.55万元", "change", "增加", "机关运行经费支出"),
                ("1.40%", "change", "增加", "机关运行经费支出"),
            ],
        ),
    ],
    ids=[
        "last-year-column",
        "share-of-year-budget",
        "change-said-first",
        "share-of-a-whole",
        "change-on-a-year",
    ],
)
def test_a_figure_of_a_column_share_or_change_is_of_the_item_the_sentence_names(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    figures = [(f.raw, f.kind, f.direction, f.subject) for f in text_to_stated_figures(text, UNIT)]
    assert figures[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "（按“部门预算公开06表财政拨款基本支出预算表”中实际发生经济分类支出事项填写）（二）公用经费1,115.85万元",
            "公用经费",
        ),
        ("(一)人员经费4,482.32万元", "人员经费"),
        ("（三）（按公开09表填列）公务接待费412.50万元", "公务接待费"),
        ("（含下属单位）运行经费20.00万元", "（含下属单位）运行经费"),
    ],
)
def test_a_bracketed_ordinal_or_template_note_before_an_item_is_no_part_of_it(
    text: str, subject: str
) -> None:
    assert [figure.subject for figure in text_to_stated_figures(text, UNIT)] == [subject]


@pytest.mark.parametrize(
    ("opening", "item"),
    [
        (
            "“一般公共服务支出（类）宣传事务（款）一般行政管理事务（项）”100.20万元。",
            "宣传事务一般行政管理事务",
        ),
        ("“一般公共服务支出（类）财政事务（款）信息化建设（项）”135.25万元。", "财政事务信息化建设"),
        ("“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”44.17万元。", "事业单位医疗"),
        ("“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”62.29万元。", "行政单位医疗"),
    ],
)
def test_a_kemu_a_paragraph_opens_with_is_its_xiang_said_with_its_kuan(opening: str, item: str) -> None:
    """Every 款 has its 一般行政管理事务: the figures after the opening are of the 项 under that 款, unless the
    项's own name already says it."""
    figures = text_to_stated_figures(opening + "2022年当年预算执行数为60.51万元。", UNIT)
    assert figures[-1].subject == f"{item}2022年当年预算执行数", figures


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "江苏省委办公厅2018年度收入、支出预算总计24458.43万元，与上年相比收、支预算总计各增加3608.98万元，增长17.31%。",
            ["收入支出预算总计", "收支预算总计", "收支预算总计"],
        ),
        (
            "省检察院 2018 年度财政拨款收、支总预算 21,940.96万元。与上年相比，财政拨款收、支总计各增加 3,958.98万元，增长 22 %。",
            ["财政拨款收支总预算", "财政拨款收支总计", "财政拨款收支总计"],
        ),
        (
            "与 2023 年度相比，收入、支出总计增加 1062.85万元，增长 12.08%。",
            ["收入支出总计", "收入支出总计"],
        ),
    ],
    ids=["jiangsu-whole", "jiangsu-spaced", "shanghai-final"],
)
def test_income_and_spending_said_together_is_one_subject_and_a_changes_verb_is_read_across_spaces(
    text: str, subjects: list[str]
) -> None:
    """收、支预算总计各增加…: the 、 of 收、支 lists no two items, and the unit and year before the item, the
    comparison opening the clause and the space a PDF prints before a number are no part of it."""
    figures = text_to_stated_figures(text, "江苏省人民检察院")
    assert [figure.subject for figure in figures] == subjects
    assert [figure.kind for figure in figures][-2:] == ["change", "change"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "2025年度本单位政府采购预算1,708.03万元，其中：货物类42.50万元、工程类0.00万元、服务类1,665.53万元。",
            ["政府采购预算中货物类", "政府采购预算中工程类", "政府采购预算中服务类"],
        ),
        (
            "2024年度政府采购支出总额251.25万元。其中：货物类4.79万元，工程类0万元，服务类246.47万元。",
            ["政府采购支出总额中货物类", "政府采购支出总额中工程类", "政府采购支出总额中服务类"],
        ),
        (
            "2018年度政府采购预算总额3,096.24万元，其中：拟采购货物支出268万元、服务类2,828.24万元。",
            ["拟采购货物支出", "政府采购预算总额中服务类"],
        ),
    ],
    ids=["list-after-the-whole", "list-opening-the-next-sentence", "named-part-beside-a-kind"],
)
def test_a_part_named_by_its_kind_alone_is_that_kind_of_the_whole_before_it(
    text: str, parts: list[str]
) -> None:
    figures = text_to_stated_figures(text, UNIT)
    assert [figure.subject for figure in figures[1:]] == parts


@pytest.mark.parametrize(
    ("text", "subject", "value", "unit"),
    [
        (
            "单价100万元（含）以上设备（不含车辆）2台（套）。",
            "单价100万元（含）以上设备（不含车辆）",
            "2",
            "台（套）",
        ),
        ("车辆7辆；单价50万元以上通用设备0台/套；", "单价50万元以上通用设备", "0", "台"),
        (
            "汾阳市人力资源和社会保障局占有使用价值50万元（原值）以上的通用设备0台（套）。",
            "占有使用价值50万元（原值）以上的通用设备",
            "0",
            "台（套）",
        ),
    ],
)
def test_an_amount_bounding_a_count_is_part_of_its_subject_not_a_figure(
    text: str, subject: str, value: str, unit: str
) -> None:
    figures = text_to_stated_figures(text, UNIT)
    assert (figures[-1].subject, figures[-1].value, figures[-1].unit) == (subject, Decimal(value), unit)
    assert all(figure.kind == "count" for figure in figures)


def test_an_amount_followed_by_a_bound_with_no_count_after_it_is_a_figure() -> None:
    figures = text_to_stated_figures("会议费比上年增加10万元以上。", UNIT)
    assert [(figure.kind, figure.value) for figure in figures] == [("change", Decimal(10))]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元；"
            "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.79万元。",
            [
                "面向中小企业预留的政府采购项目中由中小企业供应商中标或成交的采购金额",
                "其他政府采购项目中由中小企业供应商中标或成交的采购金额",
            ],
        ),
        (
            "由小微企业供应商中标或成交的，采购金额164.87万元。",
            ["由小微企业供应商中标或成交的采购金额"],
        ),
        (
            "在本年政府采购项目中，授予中小企业合同金额100.00万元。",
            ["授予中小企业合同金额"],
        ),
    ],
)
def test_a_clause_ending_in_de_names_which_figure_the_next_clause_states(
    text: str, subjects: list[str]
) -> None:
    assert [figure.subject for figure in text_to_stated_figures(text, UNIT)] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("固定资产3149.52万元，其中：房屋14609.83平方米；", "房屋面积"),
        ("汾阳市人力资源和社会保障局使用的办公用房建筑总面积0平方米。", "使用的办公用房建筑总面积"),
        ("用地面积约为4000.6平方米（以实测为准）。", "用地面积"),
    ],
)
def test_a_figure_in_square_metres_is_the_area_of_what_it_measures(text: str, subject: str) -> None:
    assert text_to_stated_figures(text, UNIT)[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("截至2024年8月31日，财政局共有车辆0辆，其中：部级领导干部用车0辆。", "上海市普陀区财政局", "车辆"),
        (
            "截至2024年12月31日，上海市普陀区规划和自然资源局部门（单位）共有车辆0辆。",
            "上海市普陀区规划和自然资源局",
            "车辆",
        ),
        ("截至2023年12月31日，汾阳市人力资源和社会保障局共有公务用车编制2辆。", UNIT, "公务用车编制"),
        ("本部门共有车辆66辆，其中，一般公务用车13辆。", "江苏省高级人民法院", "车辆"),
    ],
)
def test_what_holds_a_count_before_gongyou_is_no_part_of_what_is_counted(
    text: str, unit: str, subject: str
) -> None:
    assert text_to_stated_figures(text, unit)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "本部门包括27个内设机构、1个下属差额拨款事业单位和1个派出机构。",
            ["内设机构", "下属差额拨款事业单位", "派出机构"],
        ),
        ("省政协30个界别每年分别组织界别活动。", ["界别"]),
        ("本部门中，行政单位1家，事业单位4家。", ["行政单位", "事业单位"]),
        ("部门预算是包括万里街道本部以及下属5家预算单位的综合收支计划。", ["下属预算单位"]),
        ("本局所属12所学校，均为全额拨款事业单位。", ["所属学校"]),
    ],
)
def test_a_count_counts_the_whole_noun_after_its_classifier(text: str, subjects: list[str]) -> None:
    counts = [figure for figure in text_to_stated_figures(text, UNIT) if figure.kind == "count"]
    assert [figure.subject for figure in counts] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("全年安排因公出国（境）团组 0 个、累计 0 人次。", ["全年安排因公出国（境）团组"] * 2),
        ("因公出国（境）团组2个，累计12人次。", ["因公出国（境）团组"] * 2),
        ("全年因公出国团组1个，共计5人次。", ["全年因公出国团组"] * 2),
        ("列明公务接待2批次、26人次。", ["公务接待"] * 2),
        ("公务接待费1.2万元，其中接待15批次，总计120人次。", ["公务接待费", "接待", "接待"]),
    ],
)
def test_a_count_said_with_only_a_tally_word_is_of_the_count_listed_before_it(
    text: str, subjects: list[str]
) -> None:
    """团组0个、累计0人次: 累计 names nothing; the 人次 are the 团组's trips, not an item called 累计."""
    assert [figure.subject for figure in text_to_stated_figures(text, UNIT)] == subjects


@pytest.mark.parametrize(
    ("text", "unit", "subjects"),
    [
        (
            "另外，本部门预算还包括江苏省联谊俱乐部8名在职人员、南京中国近代史遗址博物馆管理建设办公室9名在职人员。",
            "江苏省政协办公厅",
            ["江苏省联谊俱乐部在职人员", "南京中国近代史遗址博物馆管理建设办公室在职人员"],
        ),
        ("部门预算还包括青峰县水文站12名在职人员。", "青峰县水利局", ["青峰县水文站在职人员"]),
        ("省政协办公厅共有80名在职人员。", "江苏省政协办公厅", ["在职人员"]),
        ("我部门行政在职人员15人。", "汾阳市人力资源和社会保障局", ["行政在职人员"]),
    ],
)
def test_a_count_a_sentence_gives_to_another_body_names_that_body(
    text: str, unit: str, subjects: list[str]
) -> None:
    """还包括江苏省联谊俱乐部8名在职人员: the club's staff, not the unit's; the unit's own name (or its short
    name) before a count is the unit's."""
    counts = [figure for figure in text_to_stated_figures(text, unit) if figure.kind == "count"]
    assert [figure.subject for figure in counts] == subjects

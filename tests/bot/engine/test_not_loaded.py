"""Never another unit's, year's, scope's or 科目's figure: what is asked and not loaded is not found.

Run on every document family of the session corpus: the text sample, Shanghai 预算 and 决算, Jiangsu
whole and split disclosures.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.entries import DocumentIndex, RowEntry
from bot.engine.replies import plain_label

FAMILIES = {
    "sample": "汾阳市人力资源和社会保障局",
    "shanghai-budget": "上海市财政局",
    "shanghai-final": "上海市普陀区规划和自然资源局",
    "jiangsu-whole": "江苏省高级人民法院",
    "jiangsu-split": "江苏省政协办公厅",
}


def document_of(composer: Composer, unit: str) -> DocumentIndex:
    head = next(head for head in composer.index.heads if head.unit_name == unit)
    return composer.index.document(head)


def no_figures(answer: Answer) -> bool:
    return answer.status == "not_found" and all(fact.value is None for fact in answer.facts)


def parents_with_codes(document: DocumentIndex) -> list[RowEntry]:
    """款 rows (five-digit codes) whose 99 child, 其他…, the document does not print."""
    codes = {row.code for row in document.rows if row.code}
    return [
        row
        for row in document.rows
        if row.code and len(row.code) == 5 and f"{row.code}99" not in codes and row.cells
    ]


@pytest.mark.parametrize(
    "asked", ["{}的三公经费是多少", "{}收入比上年减少多少", "{}三公经费较去年增加了多少"]
)
@pytest.mark.parametrize("family", FAMILIES)
def test_a_unit_not_loaded_is_not_found_for_every_family(families: Composer, family: str, asked: str) -> None:
    unit = FAMILIES[family]
    regions = "北京市" if unit.startswith(("上海", "江苏")) else "上海市"
    core = plain_label(unit[3:])
    answer = families.answer(asked.format(f"{regions}{core}"))
    assert no_figures(answer), answer.text
    assert f"“{regions}" in answer.text, answer.text
    assert f"已载入的单位中名称最接近的是：{unit}" in answer.text, answer.text  # same name, another region


@pytest.mark.parametrize("family", FAMILIES)
def test_a_year_not_loaded_is_not_found_for_every_family(families: Composer, family: str) -> None:
    unit = FAMILIES[family]
    answer = families.answer(f"{unit}2009年的三公经费")
    assert no_figures(answer), answer.text
    assert "2009年" in answer.text
    assert says_what_the_unit_has(families, unit, answer.text)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize(
    "asked", ["的三公经费比上年多多少", "的基本支出比项目支出多多少", "人员经费和公用经费哪个多"]
)
def test_a_comparison_in_a_year_not_loaded_says_what_the_unit_has_for_every_family(
    families: Composer, family: str, asked: str
) -> None:
    """2009年的三公经费比上年多多少, 2023年的基本支出比项目支出多多少 of a 2024 document: that year is not
    loaded, said with the unit's own documents; two items of one year are no two years' tables to subtract."""
    unit = FAMILIES[family]
    earliest = min(head.year for head in families.index.heads if head.unit_name == unit)
    for year in (2009, earliest - 1):  # the year before a loaded one: its narrative's 比上年 is no answer
        answer = families.answer(f"{unit}{year}年{asked}")
        assert no_figures(answer) and f"{year}年" in answer.text, answer.text
        assert says_what_the_unit_has(families, unit, answer.text), answer.text
        assert "比上年" in asked or "两年" not in answer.text, answer.text


@pytest.mark.parametrize("family", FAMILIES)
def test_a_scope_not_loaded_is_not_found_for_every_family(families: Composer, family: str) -> None:
    unit = FAMILIES[family]
    head = next(head for head in families.index.heads if head.unit_name == unit)
    other = "单位" if head.scope == "部门" else "部门"
    answer = families.answer(f"{unit}{head.year}年{other}预算的基本支出")
    assert no_figures(answer), answer.text
    assert f"{other}预算" in answer.text
    assert says_what_the_unit_has(families, unit, answer.text)


@pytest.mark.parametrize(
    "unit", [FAMILIES[family] for family in FAMILIES if family != "shanghai-final"] + ["上海市普陀区财政局"]
)
def test_a_final_account_not_loaded_in_the_year_asked_names_that_year(families: Composer, unit: str) -> None:
    """2025年决算 of a unit with a 2025 预算 (and perhaps, as 普陀区财政局, a 决算 of another year): the year
    asked is named with the kind it lacks, never said as if the unit had no 决算 at all. (A 决算 prints its
    year's 预算数: 2024年预算 of one is answered.)"""
    year = max(head.year for head in families.index.heads if head.unit_name == unit)
    answer = families.answer(f"{unit}{year}年决算的三公经费")
    assert no_figures(answer), answer.text
    assert f"{unit}{year}年决算" in answer.text, answer.text
    assert says_what_the_unit_has(families, unit, answer.text)


def says_what_the_unit_has(families: Composer, unit: str, text: str) -> bool:
    """The not-found names what the unit asked about has loaded (2018年部门预算), not every document."""
    heads = [head for head in families.index.heads if head.unit_name == unit]
    others = [head for head in families.index.heads if head.unit_name != unit]
    return (
        f"{unit}已载入" in text
        and all(f"{head.year}年{head.scope}{head.kind}" in text for head in heads)
        and not any(head.label in text for head in others)
    )


@pytest.mark.parametrize("family", FAMILIES)
def test_a_narrower_kemu_the_document_lacks_never_gets_its_parents_figure(
    families: Composer, family: str
) -> None:
    document = document_of(families, FAMILIES[family])
    parents = parents_with_codes(document)
    if not parents:
        pytest.skip(f"{document.head.label} prints no 款 rows with codes")
    parent = parents[0]
    by_code = families.answer(f"{document.head.unit_name}{document.head.year}年{parent.code}99是多少")
    assert no_figures(by_code), by_code.text
    by_name = families.answer(
        f"{document.head.unit_name}{document.head.year}年其他{plain_label(parent.label)}多少钱"
    )
    parent_values = {cell.value for cell in parent.cells if cell.value}
    assert not any(fact.value in parent_values for fact in by_name.facts if fact.value != Decimal(0)), (
        by_name.text
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("江苏省委组织部2018年三公经费", "江苏省委组织部"),
        ("省委组织部三公经费多少", "省委组织部"),
        ("普陀区委组织部2024年三公经费", "普陀区委"),
        ("汾阳市委组织部三公经费", "汾阳市委"),
        ("上海市税务局2025年三公经费", "上海市税务局"),
    ],
)
def test_a_loaded_units_name_run_on_into_another_unit_is_not_found(
    families: Composer, question: str, named: str
) -> None:
    answer = families.answer(question)
    assert no_figures(answer), answer.text
    assert f"“{named}" in answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("最高人民检察院2018年三公经费", "最高人民检察院"),
        ("全国政协2018年三公经费", "全国政协"),
        ("全国人大2019年会议费", "全国人大"),
        ("最高检2018年三公经费", "最高检"),
        ("中央纪委机关运行经费", "中央纪委"),
        ("国家统计局2024年三公经费", "国家统计局"),
        ("审计署三公经费", "审计署"),
        ("普陀区长征镇2023年三公经费", "长征镇"),
        ("长征镇2023年机关运行经费", "长征镇"),
        ("普陀区万里镇2023年三公经费", "万里镇"),
    ],
)
def test_a_unit_of_another_level_or_type_is_not_found(families: Composer, question: str, named: str) -> None:
    """A unit of the whole country (全国, 最高, 中央, 国家), or a 镇 or 署 that is not loaded, is not the loaded
    unit of its type (江苏省政协, 万里街道): never another unit's figure."""
    answer = families.answer(question)
    assert no_figures(answer), answer.text
    assert named in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("江苏省档案馆一般公共服务支出多少", "江苏省档案馆"),
        ("上海市图书馆2025年三公经费", "上海市图书馆"),
        ("档案馆三公经费多少", "档案馆"),
        ("普陀区文化站人员经费多少", "普陀区文化站"),
        ("汾阳市卫生院三公经费", "汾阳市卫生院"),
        ("汾阳市就业服务所2024年机关运行经费", "汾阳市就业服务所"),
        ("江苏省委党校三公经费多少", "江苏省委党校"),
        ("江苏省委机关幼儿园三公经费多少", "江苏省委机关幼儿园"),
        ("普陀区城管执法大队三公经费", "普陀区城管执法大队"),
    ],
)
def test_an_institution_not_loaded_is_not_found(families: Composer, question: str, named: str) -> None:
    """档案馆, 文化站, 卫生院, 党校, 执法大队: institutions name units as 局 and 委 do, alone, after a region,
    or run on from a loaded unit's name (江苏省委 + 党校): never the loaded unit's or region's figure."""
    answer = families.answer(question)
    assert no_figures(answer), answer.text
    assert f"没有找到单位“{named}”" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("规划资源局测绘队三公经费", "规划资源局测绘队"),
        ("规划资源局测绘所的支出", "规划资源局测绘所"),
        ("检察院机关幼儿园三公经费", "检察院机关幼儿园"),
        ("人社局就业站2024年三公经费", "人社局就业站"),
        ("省高院机关幼儿园的培训费", "省高院机关幼儿园"),
    ],
)
def test_an_institution_run_on_from_a_loaded_units_short_name_is_not_found(
    families: Composer, question: str, named: str
) -> None:
    """规划资源局 + 测绘队: the 局 fits a loaded unit, but the institution it holds (its last word one
    character standing alone: 测绘|队) is not loaded: never the 局's figure."""
    answer = families.answer(question)
    assert no_figures(answer), answer.text
    assert f"没有找到单位“{named}”" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("省检察院本院培训费多少", "江苏省人民检察院"),
        ("规划资源局2024年大队有几支", "上海市普陀区规划和自然资源局"),
        ("人社局下属中心有几个", "汾阳市人力资源和社会保障局"),
    ],
)
def test_words_pointing_at_a_unit_or_its_held_units_name_no_institution(
    families: Composer, question: str, unit: str
) -> None:
    """本院, 2024年大队, 下属中心 after a unit's name point at it, date it or count what it holds: the unit
    named is the one answered."""
    answer = families.answer(question)
    assert "没有找到单位" not in answer.text and unit in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("汾阳人社局三公经费所占比例", "汾阳市人力资源和社会保障局"),
        ("人社局队伍建设经费多少", "汾阳市人力资源和社会保障局"),
        ("普陀区财政局门户网站维护费多少", "上海市普陀区财政局"),
        ("江苏省高级人民法院院校培训费", "江苏省高级人民法院"),
    ],
)
def test_an_institutions_ending_inside_a_word_names_no_unit(
    families: Composer, question: str, unit: str
) -> None:
    """所 of 所占, 队 of 队伍, 站 of 网站: an institution's ending inside another word names no unit."""
    answer = families.answer(question)
    assert "没有找到单位" not in answer.text and unit in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("苏州市人大常委会办公厅三公经费", "“苏州市人大常委会办公厅”"),
        ("南京市政协办公厅会议费", "“南京市政协办公厅”"),
        ("南京市人大常委会2019年三公经费", "“南京市人大常委会”"),
        ("上海市徐汇区财政局办公室经费", "“上海市徐汇区财政局”"),
        ("孝义市人社局办公室的三公经费", "“孝义市人社局办公室”"),
    ],
)
def test_a_unit_not_loaded_is_named_as_said_in_full(families: Composer, question: str, named: str) -> None:
    """苏州市人大常委会办公厅, like a loaded unit but of another city: not found, named whole (never 苏州市人大,
    the part that looks like the loaded 人大); an item after the name (办公室经费) is not part of it."""
    answer = families.answer(question)
    assert no_figures(answer), answer.text
    assert f"没有找到单位{named}" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("广东的三公经费", "“广东”"),
        ("湖南那个单位三公经费多少", "“湖南”"),
        ("请问浙江2024年的会议费", "“浙江”"),
    ],
)
def test_a_province_said_by_its_name_alone_that_no_unit_lies_in_is_not_found(
    families: Composer, question: str, named: str
) -> None:
    """广东的三公经费 with no unit of 广东 loaded: not found, never every loaded unit offered as if it were."""
    answer = families.answer(question)
    assert answer.status == "not_found" and no_figures(answer), answer.text
    assert f"没有找到{named}的文档" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "unit"), [("江苏的三公经费哪个单位最多", "江苏"), ("上海的三公经费", "上海")]
)
def test_a_province_said_by_its_name_alone_that_units_lie_in_names_them(
    families: Composer, question: str, unit: str
) -> None:
    answer = families.answer(question)
    assert "没有找到" not in answer.text and unit in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("中央财政就业补助资金多少", "548.00"), ("国家赔偿费用支出", None), ("新型城镇化建设经费", None)],
)
def test_national_words_inside_an_item_name_no_unit(
    families: Composer, question: str, value: str | None
) -> None:
    answer = families.answer(question)
    assert "没有找到单位" not in answer.text, answer.text
    if value is not None:
        assert any(fact.value == Decimal(value) for fact in answer.facts), answer.text


def test_a_list_of_the_units_a_department_holds_gives_no_figure(families: Composer) -> None:
    """部门决算单位构成 prints 序号, 单位名称 and 备注: a unit listed there has no figure of its own in it."""
    answer = families.answer("普陀区规划和自然资源局执法大队2024年决算")
    assert no_figures(answer) and "留空" not in answer.text, answer.text


def test_a_unit_part_its_documents_print_is_still_the_unit(families: Composer) -> None:
    answer = families.answer("省政协联谊俱乐部有几名在职人员")
    assert answer.status == "answered" and any(fact.value == Decimal(8) for fact in answer.facts)


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("省政协和省委办公厅2018年会议费对比", {"884.16", "933.50"}),
        ("省检察院和省高院的三公经费哪个多", {"484.30", "513.75"}),
        ("普陀区财政局和上海市财政局2025年机关运行经费比较", {"229.43", "2517.78"}),
        ("省人大办公厅2017年和2019年三公经费", {"833.60", "767.60"}),
    ],
)
def test_two_units_joined_by_he_are_compared_not_read_as_a_region(
    families: Composer, question: str, values: set[str]
) -> None:
    answer = families.answer(question)
    assert answer.intent == "compare", answer.text
    assert {Decimal(value) for value in values} <= {fact.value for fact in answer.facts}, answer.text


@pytest.mark.parametrize(
    "asked",
    [
        "{missing}三公经费比{loaded}多多少",
        "{missing}的三公经费是{loaded}的几倍",
        "{loaded}三公经费比{missing}少多少",
    ],
)
@pytest.mark.parametrize("family", FAMILIES)
def test_a_unit_not_loaded_compared_with_a_loaded_one_is_not_found_for_every_family(
    families: Composer, family: str, asked: str
) -> None:
    """人社局三公经费比福利院多多少 with no 人社局 of that name loaded: the unit not loaded is said, never
    answered by the loaded unit's figure alone or by its change on last year."""
    for missing in ("北京市教育局", "浙江省检察院"):
        answer = families.answer(asked.format(missing=missing, loaded=FAMILIES[family]))
        assert no_figures(answer) and f"没有找到单位“{missing}”" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["省高院的土地出让收入比省检察院多多少", "福利院的土地出让收入比万里街道少多少"]
)
def test_an_item_neither_compared_unit_prints_is_not_found_as_no_change_on_last_year(
    families: Composer, question: str
) -> None:
    """比省检察院多多少 compares two units: an item neither prints is not found, never said to be a change
    on last year that is missing."""
    answer = families.answer(question)
    assert no_figures(answer) and "没有找到“土地出让收入”。" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("省高院人员经费是省检察院的几倍", {"18387.95", "11257.35"}),
        ("省政协办公厅会议费是省委办公厅的多少倍", {"884.16", "933.50"}),
        ("上海市财政局2025年人员经费是区财政局的几倍", {"102464260", "22826756.00"}),
        ("汾阳人社局三公经费是区福利院的几倍", {"5.00", "6.4"}),
    ],
)
def test_a_unit_said_with_its_level_after_shi_is_the_other_side_of_a_multiple(
    families: Composer, question: str, values: set[str]
) -> None:
    """省高院人员经费是省检察院的几倍: 省 leads 省检察院's name; the words before it (人员经费是) name no region,
    so both units are compared, the multiple among the results."""
    answer = families.answer(question)
    assert answer.intent == "compare", answer.text
    assert {Decimal(value) for value in values} <= {fact.value for fact in answer.facts}, answer.text
    assert any(fact.unit == "倍" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("省人大办公厅19年代表工作经费", "385.52"),
        ("省人大办公厅2019年人大立法经费", "729.00"),
        ("普陀财政局25年信息化建设", "1666600"),
    ],
)
def test_a_short_name_one_document_printed_names_every_document_of_the_unit(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("省高院三公经费", "省高院"),
        ("区法院三公经费多少", "区法院"),
        ("省检察院三公经费", "省检察院"),
        ("市中院机关运行经费", "市中院"),
        ("县政府三公经费", "县政府"),
    ],
)
def test_a_unit_said_by_its_level_and_short_name_that_is_not_loaded_is_not_found(
    composer: Composer, question: str, named: str
) -> None:
    """省高院 with only the 汾阳 sample loaded: a level word alone may lead a unit's short name, and that
    unit is not loaded, so no figure of 汾阳's is given for it."""
    answer = composer.answer(question)
    assert no_figures(answer), answer.text
    assert f"“{named}”" in answer.text, answer.text


@pytest.mark.parametrize("question", ["省高院三公经费", "省检察院三公经费", "区财政局2025年三公经费"])
def test_a_loaded_unit_said_by_its_level_and_short_name_is_answered(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status in ("answered", "ambiguous") and answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("汾阳人社局去年的机关运行经费是多少", "比2023年预算减少2.87万元"),
        ("省检察院2017年公务接待费多少", "小于上年预算数40.05万元"),
        ("万里街道2022年三公经费多少", "比2022年预算持平"),
    ],
)
def test_the_year_before_a_loaded_one_is_not_found_but_quotes_what_the_later_year_says_of_it(
    families: Composer, question: str, said: str
) -> None:
    """去年的机关运行经费 with only this year loaded: that year's figure is not loaded (never this year's
    figure in its place), but this year's narrative saying how the item compares with it is quoted."""
    answer = families.answer(question)
    assert no_figures(answer), answer.text
    assert answer.text.startswith("没有找到") and "无法用两年的表格相减" not in answer.text, answer.text
    assert "说明中与上年的比较" in answer.text and said in answer.text, answer.text


def test_the_year_before_no_unit_named_among_several_units_quotes_no_unit(families: Composer) -> None:
    """2016年三公经费 with several units loaded: no one unit's narrative speaks for the year."""
    answer = families.answer("2016年三公经费多少")
    assert no_figures(answer), answer.text
    assert "说明中与上年的比较" not in answer.text, answer.text


def test_a_unit_not_loaded_beside_a_few_lists_every_loaded_document(composer: Composer) -> None:
    """With one unit loaded, naming the nearest says no more than listing what is loaded."""
    answer = composer.answer("汾阳市教育局三公经费")
    assert no_figures(answer), answer.text
    assert "已载入的文档：汾阳市人力资源和社会保障局 2024年预算" in answer.text, answer.text


@pytest.mark.parametrize("question", ["汾阳人社局学前教育支出", "汾阳人社局学前教育支出是多少"])
def test_an_item_whose_first_word_runs_into_a_printed_label_gets_no_figure(
    families: Composer, question: str
) -> None:
    """学前教育 is one word: the sample's 教育支出 row (left blank) is no answer for it."""
    answer = families.answer(question)
    assert answer.status == "not_found" and no_figures(answer), answer.text

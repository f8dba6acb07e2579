"""The matcher: reading a question, choosing documents, scoring records, and the intent it returns."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.composer import Composer
from bot.engine.matcher import read_question
from bot.engine.question import (
    EVERY_YEAR,
    STATED_OPERATOR,
    subject_variants,
    text_to_question,
    units_of_a_kind,
)
from bot.engine.reading import ReadingKind
from bot.engine.scoring import sentence_words
from bot.engine.similarity import match_key, similarity


def score(query: str, label: str, years: frozenset[int] = frozenset()) -> float:
    return similarity(match_key(query), match_key(label), years)


@pytest.mark.parametrize(
    ("query", "better", "worse"),
    [
        ("就业补助支出", "就业补助", "其他就业补助支出"),
        ("收入总计", "收入总计", "本年收入合计"),
        ("办公费", "办公费", "2024年业务工作经费(办公设备购置)"),
        ("国有资本经营预算支出", "二十二、国有资本经营预算支出", "三、国有资本经营预算"),
        ("公务用车运行维护费", "②公务用车运行维护费", "公务用车购置及运行费"),
    ],
)
def test_the_nearer_label_scores_higher(query: str, better: str, worse: str) -> None:
    assert score(query, better) > score(query, worse)


@pytest.mark.parametrize(
    ("query", "better", "worse"),
    [
        ("工程类采购", "政府采购工程预算", "政府采购预算"),
        ("政府采购服务采购", "服务采购金额", "政府采购金额（以合同签订为准）"),
        ("货物的政府采购", "拟采购货物支出", "政府采购支出预算总额"),
        (
            "留给小微企业采购",
            "预留给小型和微型企业的政府采购项目预算",
            "面向中小企业预留政府采购项目预算金额",
        ),
        ("面向小微企业预留", "面向小微企业预留政府采购项目预算金额", "面向中小企业预留政府采购项目预算金额"),
        (
            "中小企业中标",
            "面向中小企业预留的政府采购项目中由中小企业供应商中标或成交的采购金额",
            "其他政府采购项目中由中小企业供应商中标或成交的采购金额",
        ),
        ("小微企业中标", "授予小微企业合同金额", "政府采购授予中小企业合同金额"),
        ("授予中小企业的合同", "政府采购授予中小企业合同金额", "授予小微企业合同金额"),
    ],
)
def test_one_procurement_thing_said_another_way_is_nearer_than_its_neighbours(
    query: str, better: str, worse: str
) -> None:
    assert score(query, better) >= 70.0 > score(query, worse)


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("财政拨款", "财政专户管理资金收入"),
        ("财政拨款收入", "财政专户管理资金收入"),
        ("财政拨款支出", "财政专户管理资金支出"),
    ],
)
def test_the_appropriation_is_no_other_fiscal_money(query: str, label: str) -> None:
    """拨款 is a generic word (一般公共预算拨款 is the row 一般公共预算), but 财政拨款 is a term of its own:
    财政专户管理资金 shares only 财政 with it."""
    assert score(query, label) < 70.0 <= score(query, "一、财政拨款收入")


def test_a_year_named_with_an_item_must_be_the_items_year() -> None:
    years = frozenset({2023})
    assert score("2023年中央财政就业补助资金", "2023年中央财政就业补助奖金年初预算", years) > score(
        "2023年中央财政就业补助资金", "2024年中央财政就业补助资金", years
    )


def test_homophone_typos_match_by_pinyin() -> None:
    assert score("灵工市场", "2024年零工市场运营费用") >= 80


def test_unrelated_subjects_score_low() -> None:
    for label in ("2024年零工市场运营费用", "差旅费", "公务用车运行维护费", "住房公积金"):
        assert score("火箭发射费用", label) < 50


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("项目支出占总支出的比例", "share"),
        ("基本支出占比", "share"),
        ("机关运行经费比上年减少了多少", "change"),
        ("哪个项目钱最多", "rank"),
        ("支出前三", "rank"),
        ("有哪些项目", "list"),
        ("仲裁工作经费的绩效目标", "target"),
        ("零工市场花了多少钱", "spend"),
    ],
)
def test_cues_are_read(question: str, cue: str) -> None:
    assert text_to_question(question).has(cue)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("最低生活保障是什么", "最低生活保障"),
        ("最低生活保障支出多少", None),
        ("最高人民法院三公经费多少", None),
        ("城市最低生活保障金支出多少", None),
    ],
)
def test_a_term_or_unit_holding_a_ranking_word_asks_no_ranking(question: str, term: str | None) -> None:
    """最低 in 最低生活保障, 最高 in 最高人民法院 are part of a name: the question ranks nothing."""
    asked = text_to_question(question)
    assert not asked.has("rank") and asked.glossary_term == term


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("什么是三公经费", "三公经费"),
        ("上年结转是什么意思", "上年结转"),
        ("名词解释一般公共预算", "一般公共预算"),
        ("三公经费都包括啥", "三公经费"),
        ("名词解释里基本支出怎么说的", "基本支出"),
        ("项目支出怎么讲", "项目支出"),
    ],
)
def test_meaning_questions_give_their_term(question: str, term: str) -> None:
    assert text_to_question(question).glossary_term == term


@pytest.mark.parametrize(
    ("question", "term"),
    [("最大的项目是什么", None), ("钱最少的项目是啥", None), ("什么是最低生活保障", "最低生活保障")],
)
def test_the_first_of_a_ranking_asked_as_a_thing_is_no_meaning(question: str, term: str | None) -> None:
    """最大的项目是什么 asks which project ranks first; a term that begins with 最 is still a term."""
    assert text_to_question(question).glossary_term == term


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("临时工有几个人", "人"),
        ("单位有多少在职人员", "人"),
        ("公务用车有几辆", "辆"),
        ("下设几个机构", "个"),
        ("在职人员一共有多少", "人"),
        ("车辆有多少", "辆"),
        ("编制人数多少", "人"),
        ("房屋面积多少平方米", "平方米"),
        ("办公用房面积多少", "平方米"),
        ("房屋有多少平米", "平方米"),
    ],
)
def test_counts_name_their_noun(question: str, unit: str) -> None:
    noun = text_to_question(question).count_noun
    assert noun is not None and noun.unit == unit


@pytest.mark.parametrize(
    "question",
    [
        "临时工工资多少钱",
        "人员经费是多少",
        "公务用车运行维护费多少",
        "项目支出总额是多少",
        "车辆维修和保养服务多少",
        "人员培训服务是多少",
    ],
)
def test_money_questions_are_not_counts(question: str) -> None:
    assert text_to_question(question).count_noun is None


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("公务接待批次", "批次"),
        ("公务接待费批次", "批次"),
        ("2024年接待人次数", "人次"),
        ("公务接待费多少人次", "人次"),
        ("参观的万人次", "万人次"),
    ],
)
def test_a_measure_only_counts_are_said_in_asks_how_many_without_duoshao(question: str, measure: str) -> None:
    asked = text_to_question(question)
    assert asked.count_noun is not None and f"多少{measure}" in asked.text, asked


@pytest.mark.parametrize("question", ["公务接待是不是2批次", "接待了多少万人次", "公务接待几批次"])
def test_a_count_already_asked_or_stated_is_not_asked_again(question: str) -> None:
    assert (
        "多少多少" not in text_to_question(question).text and "多少2" not in text_to_question(question).text
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [("三公经费 三公经费多少", "三公经费多少"), ("零工市场零工市场花了多少钱", "零工市场花了多少钱")],
)
def test_words_said_again_at_once_are_read_once(typed: str, read: str) -> None:
    assert text_to_question(typed).text == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("下属单位三公经费", "下属单位的三公经费"),
        ("所属单位公务接待费是多少", "所属单位的公务接待费是多少"),
        ("各下属单位培训费", "各下属单位的培训费"),
        ("下属单位有几个", "下属单位有几个"),
        ("下属单位名单", "下属单位名单"),
        ("下属单位中谁的三公经费最多", "下属单位中谁的三公经费最多"),
    ],
)
def test_an_item_of_the_held_units_said_without_de_is_read_as_theirs(typed: str, read: str) -> None:
    """下属单位三公经费 is 下属单位的三公经费; 下属单位有几个, 名单, 中谁 speak of the units themselves."""
    assert text_to_question(typed).text == read


def test_two_characters_said_twice_may_belong_to_two_names_and_stay() -> None:
    assert text_to_question("省政协政协会议支出").text == "省政协政协会议支出"


def test_abbreviations_give_extra_readings() -> None:
    assert subject_variants("社保基金") == ["社保基金", "社会保障基金", "社会保险基金"]
    assert subject_variants("住房公积金") == ["住房公积金"]


@pytest.mark.parametrize(
    ("subject", "item"),
    [("收入财政拨款收入", "财政拨款收入"), ("支出基本支出", "基本支出"), ("经费公用经费", "公用经费")],
)
def test_a_whole_said_before_an_item_named_for_it_is_read_without_it(subject: str, item: str) -> None:
    assert subject_variants(subject)[:2] == [subject, item]


@pytest.mark.parametrize("subject", ["基本支出办公费", "一般公共预算支出教育支出", "支出"])
def test_a_narrower_whole_said_before_an_item_stays_in_every_reading(subject: str) -> None:
    assert subject_variants(subject) == [subject]


def test_full_width_table_numbers_and_codes_are_read() -> None:
    question = text_to_question("表十二里的２０８０１０１")
    assert question.table_number == 12 and question.codes == ["2080101"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("表1-2有哪些内容", "1-2"),
        ("附表1-4合计", "1-4"),
        ("表２－３的合计", "2-3"),
        ("表2的合计", 2),
        ("表1-2", "1-2"),
    ],
)
def test_a_table_numbered_by_group_and_place_is_read_as_such(text: str, number: int | str) -> None:
    assert text_to_question(text).table_number == number


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("零工市场花了多少钱", "amount"),
        ("什么是三公经费", "define"),
        ("仲裁工作经费的绩效目标是什么", "target"),
        ("临时工有几个人", "count"),
        ("项目支出占总支出的比例", "share"),
        ("预算收入比上年减少了多少", "change"),
        ("哪个项目钱最多", "rank"),
        ("下设哪些机构", "list"),
        ("火箭发射费用多少", "not_found"),
        ("汾阳市教育局的三公经费是多少", "not_loaded"),
    ],
)
def test_intents(composer: Composer, question: str, kind: str) -> None:
    assert read_question(question, composer.index).kind == kind


def test_the_reading_is_final_and_frozen(composer: Composer) -> None:
    reading = read_question("零工市场花了多少钱", composer.index)
    assert reading.parts[0].kind == ReadingKind.TOPIC and len(reading.parts[0].figures) == 3
    with pytest.raises(AttributeError):
        reading.kind = ReadingKind.NOT_FOUND  # type: ignore[misc]


def test_a_column_named_alone_is_read_on_the_total_row(composer: Composer) -> None:
    part = read_question("基本支出多少", composer.index).parts[0]
    figure = part.figures[0]
    assert part.kind == ReadingKind.COLUMN_TOTAL and figure.cell is not None
    assert figure.cell.leaf == "基本支出" and figure.row.table.kind == "支出总表"


def test_a_code_finds_its_rows(composer: Composer) -> None:
    part = read_question("2080101是多少", composer.index).parts[0]
    assert part.kind == ReadingKind.ROW and part.figures[0].row.code == "2080101"


def test_a_unit_not_loaded_is_named_as_missing(composer: Composer) -> None:
    reading = read_question("汾阳市教育局的三公经费是多少", composer.index)
    assert reading.missing == "单位“汾阳市教育局”" and not reading.parts


def test_a_year_in_a_project_name_does_not_select_a_document(composer: Composer) -> None:
    reading = read_question("2023年中央财政就业补助资金结转了多少", composer.index)
    assert reading.kind == "amount" and "2023年" in reading.parts[0].figures[0].row.label


@pytest.mark.parametrize(
    "question", ["人社局的三公经费", "汾阳市人社局三公经费", "汾阳人力资源和社会保障局的三公经费"]
)
def test_short_unit_names_select_the_document(composer: Composer, question: str) -> None:
    reading = read_question(question, composer.index)
    assert reading.unit_named and reading.kind == "amount"


@pytest.mark.parametrize(
    ("question", "operator", "yuan"),
    [
        ("超过50万元的项目", ">", "500000"),
        ("10万元以下的项目", "<=", "100000"),
        ("不到一百万元的项目有哪些", "<", "1000000"),
        ("预算不超过10万的项目", "<=", "100000"),
        ("50万元及以上项目", ">=", "500000"),
    ],
)
def test_amount_bounds_are_read_in_yuan(question: str, operator: str, yuan: str) -> None:
    bound = text_to_question(question).bound
    assert bound is not None and bound.operator == operator and bound.amount.in_yuan == Decimal(yuan)


@pytest.mark.parametrize(
    ("question", "low", "high"),
    [
        ("哪些项目在50万到200万之间", "500000", "2000000"),
        ("50到200万的项目有几个", "500000", "2000000"),
        ("介于10万和50万之间的项目", "100000", "500000"),
        ("200万至50万元的项目", "500000", "2000000"),
        ("一百万到五百万之间的项目", "1000000", "5000000"),
        ("五十万至一百万的项目有几个", "500000", "1000000"),
    ],
)
def test_a_range_is_read_with_both_ends_in_yuan(question: str, low: str, high: str) -> None:
    """50到200万: the first end takes the second's unit; the smaller end is the lower whichever is said first."""
    bound = text_to_question(question).bound
    assert bound is not None and bound.upper is not None, bound
    assert (bound.amount.in_yuan, bound.upper.in_yuan) == (Decimal(low), Decimal(high))
    assert bound.admits(Decimal(low)) and bound.admits(Decimal(high))
    assert not bound.admits(Decimal(low) - 1) and not bound.admits(Decimal(high) + 1)


@pytest.mark.parametrize(
    "question",
    [
        "零工市场花了多少钱",
        "比上年减少了多少",
        "2023-2024年的项目",
        "2023年和2024年之间",
    ],
)
def test_an_amount_alone_is_no_bound(question: str) -> None:
    assert text_to_question(question).bound is None


@pytest.mark.parametrize("question", ["3,121.42万元是什么", "哪一项是1596.64万元", "57.6万是什么钱"])
def test_a_figure_asked_after_is_sought_among_the_rows_never_a_comparison(question: str) -> None:
    bound = text_to_question(question).bound
    assert bound is not None and bound.operator == STATED_OPERATOR


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("人社局和财政局的三公经费比较", "compare"),
        ("哪个单位项目支出最多", "units"),
        ("两者差多少", "compare"),
    ],
)
def test_comparison_cues_are_read(question: str, cue: str) -> None:
    assert text_to_question(question).has(cue)


@pytest.mark.parametrize(
    ("question", "operator", "yuan"),
    [
        ("三公经费是5万吗", "=", "50000"),
        ("预算总共1596万对吗", "=", "15960000"),
        ("会议费有10万吗", ">=", "100000"),
    ],
)
def test_a_figure_a_yes_or_no_question_states_is_the_bound_it_checks(
    question: str, operator: str, yuan: str
) -> None:
    read = text_to_question(question)
    assert read.checks_bound and read.bound is not None
    assert (read.bound.operator, read.bound.amount.in_yuan) == (operator, Decimal(yuan))


def test_a_bound_is_not_part_of_the_subject(composer: Composer) -> None:
    reading = read_question("超过50万元的项目有哪些", composer.index)
    assert reading.kind == "filter" and "50" not in reading.subject


@pytest.mark.parametrize(
    ("question", "year", "month", "rest"),
    [
        ("截至2023年底福利院有几辆车", 2023, 12, "福利院有几辆车"),
        (
            "截至2024年8月底上海市财政局单价100万以上的设备有几台",
            2024,
            8,
            "上海市财政局单价100万以上的设备有几台",
        ),
        ("普陀区财政局截止2024年12月31日有几辆车", 2024, 12, "普陀区财政局有几辆车"),
        ("截至2022年万里街道房屋面积多少", 2022, None, "万里街道房屋面积多少"),
        ("上海市财政局到2024年8月底有没有公车", 2024, 8, "上海市财政局有没有公车"),
        ("到2023年底为止福利院有几辆车", 2023, 12, "福利院有几辆车"),
    ],
)
def test_a_date_said_with_jiezhi_or_dao_is_when_the_figure_is_stated_not_a_year_or_an_item(
    question: str, year: int, month: int | None, rest: str
) -> None:
    read = text_to_question(question)
    assert read.as_of is not None and (read.as_of.year, read.as_of.month) == (year, month)
    assert read.text == rest


@pytest.mark.parametrize("question", ["人社局2023年到2024年三公经费增加多少", "2023年到2024年的项目"])
def test_a_span_of_years_is_no_date_a_figure_is_stated_at(question: str) -> None:
    assert text_to_question(question).as_of is None


@pytest.mark.parametrize(
    ("subject", "words"),
    [("零工市场建设", ["零工", "市场", "建设"]), ("三公经费", ["三公", "经费"]), ("车", ["车"])],
)
def test_single_characters_the_segmenter_leaves_side_by_side_are_one_word_of_a_sentence(
    subject: str, words: list[str]
) -> None:
    """零工 is cut into 零 + 工; a sentence holds the name only where it holds them together."""
    assert sentence_words(subject) == words


def test_a_sentence_holding_only_scattered_characters_of_a_name_is_no_mention_of_it(
    composer: Composer,
) -> None:
    """零工市场建设: 工 of 工资福利股 and 建设 of 职业能力建设股 in one sentence are not 零工市场建设; the
    nearest projects are named instead."""
    answer = composer.answer("零工市场建设花了多少钱")
    assert answer.status == "not_found" and "零工市场运营费用" in answer.text, answer.text
    assert "职业能力建设股" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value", "table"),
    [
        ("汾阳人社局表十二合计多少", "887.80", "表十二"),
        ("汾阳人社局表12一共多少钱", "887.80", "表十二"),
        ("省高院公开09表合计是多少", "2382.02", "公开09表"),
        ("规划资源局表七合计多少", "0.39", "表七"),
    ],
)
def test_a_table_named_by_its_number_alone_is_read_whole(
    families: Composer, question: str, value: str, table: str
) -> None:
    """表十二合计多少 names a table and nothing in it: that table's total answers, never the document's."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert answer.facts[0].source.table == table, answer.text


@pytest.mark.parametrize(
    ("question", "every_year"),
    [
        ("省人大历年三公经费", True),
        ("两年的三公经费对比", True),
        ("这两年三公经费", True),
        ("三公经费这几年的变化", True),
        ("三公经费两年比较", True),
        ("两年间收入变化", True),
        ("三公经费走势", True),
        ("收入的变化趋势", True),
        ("项目期2年吗", False),
        ("实施期2年的项目", False),
        ("2022年的零工市场奖励资金", False),
        ("临时工资项目期几年", False),
    ],
)
def test_every_year_is_asked_only_by_words_for_all_the_years(question: str, every_year: bool) -> None:
    assert bool(EVERY_YEAR.search(text_to_question(question).text)) is every_year


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("哪所学校三公经费最多", ["哪所学校"]),
        ("哪家医院的预算最高", ["哪家医院"]),
        ("哪个中心的支出最多", ["哪个中心"]),
        ("哪个部分占比最大", []),
        ("哪个项目最多", []),
        ("哪个单位会议费最多", []),
    ],
)
def test_a_unit_asked_by_its_kind_is_the_word_after_which_ending_as_units_names_do(
    text: str, said: list[str]
) -> None:
    """哪所学校 asks which unit (校 ends units' names); 哪个部分 and 哪个项目 do not, and 哪个单位会议费 is
    never cut inside 会议费."""
    assert units_of_a_kind(text) == said
    assert text_to_question(text).has("units") == bool(said) or "单位" in text

"""The composer on the sample: each intent in several phrasings, not-found, disagreement, JSON contract."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.answers import Answer, Choice
from bot.engine.composer import Composer
from bot.engine.replies import amount_text
from knowledge.settings import MatcherSettings
from tests.bot.conftest import SECOND_UNIT


def has_fact(answer: Answer, value: str, unit: str, table: str | None = None, title: str = "") -> bool:
    return any(
        fact.value == Decimal(value)
        and fact.unit == unit
        and (table is None or fact.source.table == table)
        and title in f"{fact.source.title} {fact.source.section}"
        for fact in answer.facts
    )


@pytest.mark.parametrize(
    ("question", "value", "unit", "table"),
    [
        ("零工市场一共安排了多少钱", "57.60", "万元", "表十二"),
        ("灵工市场的预算", "57.60", "万元", "表十二"),
        ("今年收入总计多少", "1596.64", "万元", "表一"),
        ("本年收入合计是多少", "1100.24", "万元", None),
        ("社保和就业支出多少", "1363.35", "万元", "表三"),
        ("卫健支出有多少", "13.26", "万元", "表三"),
        ("行政运行的基本支出是多少", "131.09", "万元", "表三"),
        ("行政运行上年结转多少", "32.64", "万元", "表二"),
        ("科目2210201是多少", "16.18", "万元", None),
        ("公车运行维护费是多少", "5.00", "万元", "表十"),
        ("出国经费多少", "0", "万元", "表十"),
        ("机关运行经费预算安排了多少", "22.33", "万元", "表十一"),
        ("公用经费多少", "22.33", "万元", "表六"),
        ("差旅费花了多少", "1.00", "万元", "表六"),
        ("護工培訓獎勵激勵金", "149.20", "万元", "表十二"),
        ("吕梁山护工培训基地的租赁费用", "30.00", "万元", "表十二"),
        ("法律顾问费是多少", "2.00", "万元", "表十二"),
        ("２０２３年中央财政就业补助资金上年结转多少", "371.06", "万元", "表十三"),
        ("职业年金", "7.68", "万元", None),
        ("项目支出一共多少", "1384.20", "万元", "表三"),
        ("三公经费有多少", "5.00", "万元", "表十"),
    ],
)
def test_amounts_come_from_the_right_table(
    composer: Composer, question: str, value: str, unit: str, table: str | None
) -> None:
    answer = composer.answer(question)
    assert answer.status == "answered", answer.text
    assert has_fact(answer, value, unit, table), answer.text


def test_an_amount_names_its_table_row_and_column(composer: Composer) -> None:
    answer = composer.answer("行政运行多少钱")
    assert "表三《2024年预算支出总表》" in answer.text
    assert "行「行政运行」" in answer.text and "列「2024年预算数/合计」" in answer.text
    assert "基本支出 131.09 万元" in answer.text


def test_a_topic_lists_every_matching_project_and_their_sum(composer: Composer) -> None:
    answer = composer.answer("零工市场花了多少钱")
    assert answer.intent == "topic"
    assert has_fact(answer, "57.60", "万元", "表十二")
    assert has_fact(answer, "50.00", "万元", "表十三") and has_fact(answer, "32.64", "万元", "表十三")
    assert has_fact(answer, "140.24", "万元")
    assert "预算安排" in answer.text and "不是实际花了多少" in answer.text


@pytest.mark.parametrize(
    ("question", "total", "count"),
    [
        ("第一书记相关经费", "8.00", 2),
        ("和零工市场有关的钱", "140.24", 3),
        ("护工方面的预算", "179.20", 2),
        ("第一书记项目一共多少", "8.00", 2),
        ("第一书记的两个项目一共多少钱", "8.00", 2),
        ("零工市场项目多少钱", "140.24", 3),
        ("业务工作经费两项一共多少", "24.25", 2),
        ("业务工作经费这两项加起来多少", "24.25", 2),
    ],
)
def test_a_topic_said_with_related_words_or_as_its_projects_adds_them_up(
    composer: Composer, question: str, total: str, count: int
) -> None:
    answer = composer.answer(question)
    assert answer.intent == "topic"
    assert has_fact(answer, total, "万元")
    assert sum(1 for fact in answer.facts if fact.source.table in {"表十二", "表十三"}) >= count


@pytest.mark.parametrize("question", ["公务接待费是多少", "接待费有多少", "因公出国（境）费多少"])
def test_an_empty_cell_is_zero_and_said_to_be_blank(composer: Composer, question: str) -> None:
    answer = composer.answer(question)
    assert has_fact(answer, "0", "万元", "表十")
    assert "留空" in answer.text


@pytest.mark.parametrize("question", ["国有资本经营预算支出多少", "政府性基金预算支出有多少"])
def test_a_table_without_data_answers_none(composer: Composer, question: str) -> None:
    answer = composer.answer(question)
    assert answer.status == "answered"
    assert "无" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("名词解释：基本支出", "人员支出和公用支出"),
        ("一般公共预算是什么意思", "税收"),
        ("三公是啥", "因公出国"),
        ("什么叫上年结转", "以前年度"),
    ],
)
def test_terms_are_explained_from_the_glossary(composer: Composer, question: str, expected: str) -> None:
    answer = composer.answer(question)
    assert answer.intent == "define" and expected in answer.text
    assert answer.facts[0].source.section == "名词解释"


def test_an_unknown_term_gets_the_closest_one_said_as_such(composer: Composer) -> None:
    answer = composer.define("政府基金预算")
    assert "政府性基金预算" in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("基本支出占比多少", "13.31"),
        ("一般公共预算拨款收入占收入的比例", "68.91"),
        ("卫生健康支出占一般公共预算当年支出的百分比", "1.21"),
    ],
)
def test_stated_shares_are_quoted(composer: Composer, question: str, value: str) -> None:
    answer = composer.answer(question)
    assert has_fact(answer, value, "%"), answer.text
    assert "原文" in answer.text


def test_a_share_not_stated_is_computed_with_its_formula(composer: Composer) -> None:
    answer = composer.answer("人员经费占基本支出的比例是多少")
    assert has_fact(answer, "89.49", "%")
    assert "190.11 ÷ 212.44" in answer.text
    assert has_fact(answer, "190.11", "万元", "表六") and has_fact(answer, "212.44", "万元")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("机关运行经费比上年减少了多少", "2.87"),
        ("一般公共预算当年支出比去年变化多少", "314.25"),
        ("为什么预算收入减少了", "338.52"),
    ],
)
def test_changes_on_last_year_come_with_their_sentence(composer: Composer, question: str, value: str) -> None:
    answer = composer.answer(question)
    assert has_fact(answer, value, "万元"), answer.text
    assert "比" in answer.text and "“" in answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("在职人员有多少人", "15", "人"),
        ("下设几个机构", "11", "个"),
        ("临时工一共几个人", "4", "人"),
        ("人社局多少个员工", "15", "人"),
        ("员工多少人", "15", "人"),
    ],
)
def test_counts(composer: Composer, question: str, value: str, unit: str) -> None:
    assert has_fact(composer.answer(question), value, unit)


@pytest.mark.parametrize("question", ["有几辆车", "公务用车有多少辆", "单位车辆数量", "养了几辆车"])
def test_vehicle_counts_that_disagree_are_both_shown(composer: Composer, question: str) -> None:
    answer = composer.answer(question)
    assert "不一致" in answer.text
    assert has_fact(answer, "3", "部") and has_fact(answer, "2", "辆")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("仲裁工作经费的绩效目标是什么", "确保仲裁工作正常运转"),
        ("零工市场运营费用的绩效指标有哪些", "零工市场完成达标率"),
        ("仲裁工作经费满意度指标", "≥98%"),
        ("零工市场项目要达到什么效果", "确保零工市场改建配套软硬件设施"),
        ("仲裁工作经费的预期效果", "确保仲裁工作正常运转"),
    ],
)
def test_performance_targets(composer: Composer, question: str, expected: str) -> None:
    answer = composer.answer(question)
    assert answer.intent == "target" and expected in answer.text


@pytest.mark.parametrize("question", ["公车花多少钱", "公务用车多少钱"])
def test_an_item_that_fits_all_the_parts_of_one_row_alike_is_that_row(
    composer: Composer, question: str
) -> None:
    """公车 fits 公务用车购置费 and 公务用车运行维护费 alike; the row they are parts of, whose name says
    公务用车 too, is the one asked, not a choice between its parts."""
    answer = composer.answer(question)
    assert answer.status == "answered" and answer.facts[0].source.row == "公务用车购置及运行费", answer.text
    assert answer.facts[0].value == Decimal("5.00"), answer.text


@pytest.mark.parametrize(
    ("question", "project"),
    [
        ("护工培训奖励激励金的绩效目标是啥", "2024年护工培训奖励补助金"),
        ("法律顾问费的绩效目标", "山西恒民律师事务所法律顾问费"),
        ("临时工工资的绩效目标", "临时工资"),
    ],
)
def test_a_project_named_as_its_table_row_finds_its_target_of_the_same_money(
    composer: Composer, question: str, project: str
) -> None:
    """The project table and the 绩效目标表 may name one project differently (激励金/补助金, 临时工工资/临时
    工资): the target of the row's money, to the row's precision, with a name like it, is that project's
    whole target, never one indicator or the narrative's total for every project."""
    answer = composer.answer(question)
    assert answer.status == "answered" and answer.intent == "target", answer.text
    assert answer.text.startswith(f"{project}的绩效目标"), answer.text


def test_a_project_the_tables_lack_finds_no_target_by_money(composer: Composer) -> None:
    answer = composer.answer("养老院护工奖励激励金的绩效目标")
    assert answer.status == "not_found" and not answer.facts, answer.text


def test_an_indicator_value_is_a_figure_with_its_unit(composer: Composer) -> None:
    answer = composer.answer("临时工工资标准是多少")
    assert has_fact(answer, "1980", "元/人月", title="绩效目标")


def test_lists_and_rankings(composer: Composer) -> None:
    carried = composer.answer("有哪些上年结转项目")
    assert carried.intent == "list" and has_fact(carried, "371.06", "万元", "表十三")
    assert not has_fact(carried, "548.00", "万元")
    top = composer.answer("哪个项目预算最多")
    assert top.intent == "rank" and top.facts[0].value == Decimal("548.00")
    three = composer.answer("支出最多的前三个科目")
    assert len(three.facts) == 3
    dearest = composer.answer("最贵的项目是哪个")
    assert dearest.intent == "rank" and dearest.facts[0].value == Decimal("548.00")
    cheapest = composer.answer("最便宜的项目")
    assert cheapest.intent == "rank" and cheapest.facts[0].value == Decimal("1.00")


def test_a_table_listed_leaves_out_the_units_own_subtotal_row(composer: Composer) -> None:
    """哪些钱是上年结转的: 表十三's projects, not the row that sums them under the unit's name (496.40)."""
    answer = composer.answer("哪些钱是上年结转的")
    assert answer.intent == "list" and "共 6 项" in answer.text, answer.text
    assert not has_fact(answer, "496.40", "万元"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("下设哪些机构", "劳动监察股"),
        ("有没有政府购买服务", "无政府购买服务"),
        ("政府采购预算是多少", "8.90"),
    ],
)
def test_facts_from_the_narrative(composer: Composer, question: str, expected: str) -> None:
    answer = composer.answer(question)
    assert answer.status == "answered" and expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳市财政局的办公费是多少",
        "汾阳市教育局三公经费",
        "2025年的三公经费",
        "去年的三公经费是多少",
        "宇宙飞船维修费多少",
        "决算的基本支出是多少",
        "火箭发射费用多少",
    ],
)
def test_what_is_not_loaded_is_not_found_without_figures(composer: Composer, question: str) -> None:
    answer = composer.answer(question)
    assert answer.status == "not_found", answer.text
    assert all(fact.value is None for fact in answer.facts)
    assert "没有找到" in answer.text


def test_not_found_names_what_is_loaded(composer: Composer) -> None:
    answer = composer.answer("2019年的项目支出是多少")
    assert "2019年" in answer.text and "汾阳市人力资源和社会保障局 2024年预算" in answer.text


def test_the_json_contract(composer: Composer) -> None:
    payload = json.loads(json.dumps(composer.answer("住房公积金多少").to_json(), ensure_ascii=False))
    assert payload["status"] == "answered" and payload["answer"]
    fact = payload["facts"][0]
    assert fact["value"] == 16.18 and fact["exact"] == "16.18" and fact["unit"] == "万元"
    assert fact["source"]["table"] and fact["source"]["title"] and fact["source"]["row"] == "住房公积金"


def test_answers_take_milliseconds(composer: Composer) -> None:
    """Once each kind of question has been read (a first one may load a library: pypinyin), answers take
    milliseconds."""
    questions = (
        "零工市场花了多少钱",
        "三公经费预算多少",
        "什么是三公经费",
        "有几辆车",
        "项目支出占总支出的比例",
    )
    for question in questions:
        composer.answer(question)
    started = time.perf_counter()
    for question in questions:
        composer.answer(question)
    assert (time.perf_counter() - started) / len(questions) < 0.05


def test_two_units_and_no_unit_named_asks_which(two_units_composer: Composer) -> None:
    answer = two_units_composer.answer("零工市场花了多少钱")
    assert answer.status == "ambiguous"
    assert {choice.label for choice in answer.choices} == {
        f"{SECOND_UNIT} 2024年预算",
        "汾阳市人力资源和社会保障局 2024年预算",
    }
    assert all(
        choice.question == "零工市场花了多少钱" and len(choice.documents) == 1 for choice in answer.choices
    )
    chosen = two_units_composer.choose(answer.choices[0])
    assert chosen.status == "answered" and has_fact(chosen, "57.60", "万元", "表十二")


@pytest.mark.parametrize(
    "question", ["孝义市人社局的三公经费是多少", "孝义人社局三公经费", "三公经费 孝义市人力资源和社会保障局"]
)
def test_a_named_unit_selects_its_document(two_units_composer: Composer, question: str) -> None:
    answer = two_units_composer.answer(question)
    assert answer.status == "answered"
    assert all(fact.source.document.startswith(SECOND_UNIT) for fact in answer.facts)


def test_an_expired_choice_says_so(two_units_composer: Composer) -> None:
    gone = two_units_composer.choose(
        Choice("汾阳市人力资源和社会保障局 2024年预算", "零工市场花了多少钱", (999,))
    )
    assert gone.status == "not_found" and "过期" in gone.text


def test_amounts_in_yuan_are_also_given_in_wan() -> None:
    assert amount_text(Decimal("31214205.80"), "元") == "31,214,205.80 元（约 3,121.42 万元）"
    assert amount_text(Decimal("57.60"), "万元") == "57.60 万元"
    assert amount_text(None, "万元") == "0 万元"


def test_a_year_that_begins_a_project_name_does_not_pick_a_document(composer: Composer) -> None:
    answer = composer.answer("2024年零工市场运营费用是多少")
    assert answer.status == "answered" and has_fact(answer, "57.60", "万元", "表十二")
    assert not has_fact(answer, "50.00", "万元")


def test_a_two_digit_year_selects_the_document(composer: Composer) -> None:
    assert has_fact(composer.answer("24年住房公积金多少"), "16.18", "万元")
    assert composer.answer("19年住房公积金多少").status == "not_found"


def test_min_score_from_config_toml_decides_what_counts_as_a_match(
    sample_engine: Engine, composer: Composer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert composer.answer("灵工市场的预算").status == "answered"
    (tmp_path / "config.toml").write_text("[matcher]\nmin_score = 99.5\n", encoding="utf-8")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(tmp_path / "config.toml"))
    strict = Composer(sample_engine)
    assert strict.settings == MatcherSettings(min_score=99.5)
    assert strict.answer("灵工市场的预算").status == "not_found"
    assert strict.answer("住房公积金多少").status == "answered"


@pytest.mark.parametrize(
    ("question", "kept", "left_out"),
    [
        ("超过50万元的项目", ["548.00", "149.20", "57.60", "371.06"], ["50.00", "9.50"]),
        ("有哪些预算在五十万元以上的项目", ["548.00", "50.00"], ["32.64"]),
        ("10万元以下的项目", ["9.50", "1.00", "4.71"], ["57.60", "32.64"]),
        ("不到5万元的上年结转项目有哪些", ["4.71"], ["9.50", "32.64"]),
        ("金额不少于100万的项目", ["548.00", "149.20"], ["57.60"]),
        ("哪些项目在50万到200万之间", ["149.20", "57.60", "50.00"], ["548.00", "371.06", "32.64"]),
    ],
)
def test_an_amount_bound_lists_the_rows_that_meet_it_with_sources(
    composer: Composer, question: str, kept: list[str], left_out: list[str]
) -> None:
    answer = composer.answer(question)
    assert answer.intent == "filter", answer.text
    assert all(has_fact(answer, value, "万元") for value in kept), answer.text
    assert not any(has_fact(answer, value, "万元") for value in left_out), answer.text
    assert all(fact.source.table in ("表十二", "表十三") and fact.source.row for fact in answer.facts)
    assert f"共 {len(answer.facts)} 项" in answer.text


def test_a_bound_in_yuan_is_compared_in_yuan(composer: Composer) -> None:
    answer = composer.answer("超过一百万元的项目")
    assert has_fact(answer, "548.00", "万元") and has_fact(answer, "149.20", "万元")
    assert not has_fact(answer, "57.60", "万元")


def test_a_bound_nothing_meets_says_none(composer: Composer) -> None:
    answer = composer.answer("超过1亿元的项目")
    assert answer.intent == "filter" and answer.text.startswith("没有") and not answer.facts


def test_rows_equally_close_are_offered_as_choices_within_the_configured_margin(
    sample_engine: Engine,
) -> None:
    assert (
        Composer(sample_engine, MatcherSettings(ambiguity_margin=3.0)).answer("就业补助多少").status
        == "answered"
    )
    wide = Composer(sample_engine, MatcherSettings(ambiguity_margin=20.0, max_candidates=2))
    answer = wide.answer("就业补助多少")
    assert answer.status == "ambiguous" and len(answer.choices) == 2
    assert has_fact(answer, "1060.65", "万元", "表三") and has_fact(answer, "548.00", "万元", "表十二")
    chosen = wide.choose(answer.choices[0])
    assert chosen.status == "answered" and chosen.facts[0].value == Decimal("1060.65")


@pytest.mark.parametrize(
    ("question", "project"),
    [
        ("吕梁市第四届职业技能大赛费用多少", "2023年吕梁市第四届职业技能大赛费用"),
        ("2022年零工市场奖励资金结转多少", "2022年零工市场奖励资金年初预算"),
    ],
)
def test_a_project_named_with_its_year_is_planned_in_the_documents_year(
    composer: Composer, question: str, project: str
) -> None:
    """2023年吕梁市第四届职业技能大赛费用 is a row of the 2024 budget: its figure is 2024年预算安排, not its
    own name said again as if it named the year of the figure."""
    answer = composer.answer(question)
    assert answer.text.startswith(f"{project}：2024年预算安排 "), answer.text

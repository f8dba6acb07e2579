"""Last year from the document itself: a 上年 column, then the narrative's stated change; only when
neither exists is the other year not loaded. With both years loaded, the stated change is checked. A
决算 against its own budget: the two columns, else the two figures its narrative states.

On the sample with a 上年 column written into its 表十一 (no corpus table has one), the Jiangsu
narratives, a Shanghai 预算, and the sample beside a crafted 2023 copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from knowledge.database import open_engine
from loaders import load_into, sample_path
from tests.loaders.document_writers import write_text
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL

RUNNING_COSTS = (
    "单位名称\t2024预算数\t\t\t\n\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算\n"
    "部门合计\t22.33\t22.33\t\t\n汾阳市人力资源和社会保障局\t22.33\t22.33\t\t"
)


def with_last_year_column(folder: Path, last_year: str) -> Path:
    """The sample whose 表十一 prints 2023年预算数 beside 2024年预算数."""
    text = sample_path().read_text(encoding="utf-8")
    assert RUNNING_COSTS in text
    table = (
        f"单位名称\t2024年预算数\t2023年预算数\n部门合计\t22.33\t{last_year}\n"
        f"汾阳市人力资源和社会保障局\t22.33\t{last_year}"
    )
    path = folder / f"fenyang-{last_year}.txt"
    path.write_text(text.replace(RUNNING_COSTS, table), encoding="utf-8")
    return path


def composer_for(folder: Path, path: Path) -> Composer:
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, path).error is None
    return Composer(engine)


@pytest.fixture(scope="module")
def last_year_column(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    folder = tmp_path_factory.mktemp("last-year")
    yield composer_for(folder, with_last_year_column(folder, "25.20"))


@pytest.fixture(scope="module")
def disagreeing_column(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    folder = tmp_path_factory.mktemp("disagreeing")
    yield composer_for(folder, with_last_year_column(folder, "30.00"))


def has(answer: Answer, value: str, unit: str) -> bool:
    return any(fact.value == Decimal(value) and fact.unit == unit for fact in answer.facts)


@pytest.mark.parametrize(
    "question",
    [
        "机关运行经费比上年减少了多少",
        "机关运行经费比2023年少了多少",
        "和去年比机关运行经费变化多少",
        "机关运行经费同比增减",
    ],
)
def test_a_last_year_column_gives_the_change_with_its_formula(
    last_year_column: Composer, question: str
) -> None:
    answer = last_year_column.answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert has(answer, "22.33", "万元") and has(answer, "25.20", "万元") and has(answer, "2.87", "万元")
    assert any(fact.label.endswith("减少") and fact.value == Decimal("2.87") for fact in answer.facts)
    assert "22.33 − 25.20 = -2.87" in answer.text and "没有载入" not in answer.text
    assert "2023年预算数" in answer.text


def test_the_percentage_is_computed_and_the_narratives_own_is_checked(last_year_column: Composer) -> None:
    answer = last_year_column.answer("机关运行经费比上年下降了百分之几")
    assert has(answer, "11.39", "%") and has(answer, "12.85", "%")
    assert any(fact.label.endswith("下降幅度") for fact in answer.facts), answer.text
    assert "“比2023年预算减少2.87万元”，与表中一致" in answer.text
    assert "“下降12.85%”，与按表计算的结果不一致" in answer.text


def test_a_stated_change_that_disagrees_with_the_columns_is_said(disagreeing_column: Composer) -> None:
    answer = disagreeing_column.answer("机关运行经费比上年少了多少")
    assert has(answer, "7.67", "万元") and has(answer, "2.87", "万元")
    assert "与按表计算的结果不一致" in answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("省高院2019年单位预留机动经费比上年增加多少", "1753.34", "万元"),
        ("省人大常委会办公厅2019年机关运行经费比上年增长了百分之几", "3.97", "%"),
        ("江苏省检察院机关运行经费较上年减少多少", "3309.98", "万元"),
        ("省政协2018年会议费比上年预算减少了多少", "210.46", "万元"),
        ("上海市财政局2025年收入预算比2024年减少了多少", "990", "万元"),
        ("省委办公厅的收支总计比上年增长百分之几", "17.31", "%"),
        ("省检察院2018年收支总计增长了百分之几", "21.95", "%"),
        ("规划资源局2024年收支总计比上年增长百分之几", "12.08", "%"),
        ("汾阳人社局收支总计比上年减少多少", "338.52", "万元"),
        ("政协办公厅的政协会议经费比上年少了百分之几", "20.79", "%"),
        ("省政协2018年政协会议经费比上年减少了多少", "213.74", "万元"),
        ("省人大2019年人大会议比上年增长了百分之几", "12.6", "%"),
        ("规划资源局2024年公务接待费比2023年少了多少", "0.15", "万元"),
        ("上海市财政局今年收入比去年减少多少", "990", "万元"),
        ("普陀区财政局今年预算比去年多了多少", "107.62", "万元"),
        ("万里街道城管执法经费比2022年执行数少了百分之几", "10.04", "%"),
        ("省人大2019年机关运行经费比2018年多了百分之几", "3.97", "%"),
        ("规划资源局2024年收支总计比2023年多了百分之几", "12.08", "%"),
    ],
)
def test_without_the_other_year_the_narratives_stated_change_answers(
    families: Composer, question: str, value: str, unit: str
) -> None:
    answer = families.answer(question)
    assert answer.status in ("answered", "ambiguous"), answer.text
    assert has(answer, value, unit), answer.text
    assert any(fact.text and value.split(".")[0] in fact.text.replace(",", "") for fact in answer.facts)


@pytest.mark.parametrize(
    "question",
    [
        "上海市财政局2025年三公经费比上年增长多少",
        "福利院三公经费比2023年多还是少",
        "规划资源局因公出国费比上年增加多少",
        "上海市财政局今年三公经费跟去年比",
        "万里街道三公经费跟去年比",
        "福利院三公经费和上年比怎么样",
        "省委办公厅因公出国费和上年比",
        "省政协2018年委员视察经费比上年增加了吗",
        "省人大2019年的公务用车运行维护费比上年是增是减",
        "省人大2017年项目支出跟上年比变了吗",
        "省人大2019年政府性基金收入比上年增长多少",
    ],
)
def test_a_change_stated_as_level_with_last_year_answers_with_that_sentence(
    families: Composer, question: str
) -> None:
    """与2024年预算持平, 与上年数一致, the form's 增加（减少）0万元: the narrative states no change, and
    the answer says so, without last year's document."""
    answer = families.answer(question)
    assert "持平" in answer.text and "比上年持平" not in answer.text, answer.text
    level = ("持平", "一致", "增加（减少）0")
    assert any(fact.value == 0 and any(w in (fact.text or "") for w in level) for fact in answer.facts), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "not_of"),
    [
        ("省高院2019年一般公共预算拨款比2018年增长了百分之几", "会议费"),
        ("省政协2018年一般公共预算拨款比上年减少多少", "会议费"),
        ("江苏省检察院一般公共预算拨款较上年变化多少", "会议费"),
    ],
)
def test_a_stated_change_of_an_item_the_asked_words_only_qualify_never_answers(
    families: Composer, question: str, not_of: str
) -> None:
    """…一般公共预算拨款安排的会议费比上年减少: a change of 会议费, not of the 一般公共预算拨款 asked."""
    answer = families.answer(question)
    stated = [fact.text for fact in answer.facts if fact.value is not None and fact.text]
    assert not any(not_of in text.split("比")[0] for text in stated), answer.text


@pytest.mark.parametrize(
    "question",
    ["住房公积金比上年增加了多少", "差旅费较去年多了多少"],
)
def test_neither_column_nor_narrative_says_the_other_year_is_not_loaded(
    composer: Composer, question: str
) -> None:
    answer = composer.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "没有载入2023年" in answer.text


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """The sample (2024) and a 2023 copy whose 机关运行经费 differs from what 2024's narrative states."""
    folder = tmp_path_factory.mktemp("two-years-change")
    earlier = folder / "fenyang-2023.txt"
    text = sample_path().read_text(encoding="utf-8").replace("2024", "2023")
    earlier.write_text(text.replace("22.33", "24.00"), encoding="utf-8")
    engine = open_engine(f"sqlite:///{folder / 'two.db'}")
    for path in (earlier, sample_path()):
        assert load_into(engine, path).error is None
    yield Composer(engine)


def test_with_both_years_the_tables_are_compared_and_the_stated_change_checked(two_years: Composer) -> None:
    answer = two_years.answer("机关运行经费比上年减少了多少")
    assert answer.intent == "compare", answer.text
    assert has(answer, "22.33", "万元") and has(answer, "24.00", "万元") and has(answer, "1.67", "万元")
    assert "2024年文件说明写明" in answer.text and "与两年表格相减的结果不一致" in answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("区财政局2025年预算为什么增加", "人员经费增加"),
        ("市财政局预算为什么减少", "注册会计师考试人数"),
        ("福利院事业单位离退休为什么减少", "有退休人员去世"),
        ("省检察院2018年一般公共预算收入为什么增加", "员额制检察官工资改革"),
        ("省委办公厅2018年预算为啥增长", "电子政务内网运维费"),
        ("省高院2019年公务接待费原因是什么", "压减了公务接待"),
        ("规划资源局2024年机关运行经费咋减少了", "中央八项规定"),
        ("省检察院会议费为啥增加", "调增了会议费支出标准"),
        ("省人大2017年机关运行经费为啥涨那么多", "口径调整"),
        ("省检察院2018年机关运行经费为什么降了一半多", "统计口径"),
        ("普陀区财政局2024年行政运行决算为啥比预算少", "人员进出及退休变化"),
        ("普陀区财政局2024年行政运行决算数为什么小于预算数", "人员进出及退休变化"),
        ("规划资源局2024年决算数低于年初预算的原因", "部分项目未开展完成"),
        ("规划资源局2024年城乡社区规划与管理为啥没花完", "政府采购流程未及时完毕"),
        ("普陀区财政局2024年财政委托业务支出为什么没用完", "评审费未能实施"),
    ],
)
def test_a_change_asked_why_comes_with_the_narratives_reason(
    families: Composer, question: str, reason: str
) -> None:
    """为什么减少: the stated change, and the sentence after it that gives the reason, each sourced."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert any(fact.value is not None and fact.text for fact in answer.facts), answer.text
    assert any(reason in fact.text and fact.source.section for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "part", "value"),
    [
        ("市财政局收入比上年增加多少", "财政拨款收入", "990"),
        ("福利院支出比上年增加多少", "财政拨款支出", "0.46"),
        ("万里街道2023年支出比2022年增加多少", "财政拨款支出", "1421.25"),
    ],
)
def test_a_whole_whose_narrative_states_only_a_parts_change_gets_that_part_by_its_name(
    families: Composer, question: str, part: str, value: str
) -> None:
    """收入预算…，其中：财政拨款收入…，比上年增加…: the change is the part's, and is named so."""
    answer = families.answer(question)
    changes = [fact for fact in answer.facts if fact.value == Decimal(value)]
    assert changes and all(fact.label.startswith(part) for fact in changes), answer.text
    assert f"{part}比上年" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "江苏省人大常委会办公厅2019年公务接待费比2017年增加还是减少",
        "普陀区财政局2025年机关运行经费比上年增加还是减少",
        "汾阳人社局三公经费比上年多还是少",
    ],
)
def test_a_change_asked_as_a_choice_names_no_item_of_its_choice_words(
    families: Composer, question: str
) -> None:
    """增加还是减少 / 多还是少: the choice is the change asked, never part of the item (公务接待费还是)."""
    answer = families.answer(question)
    assert "还是" not in answer.text.split("\n")[0], answer.text
    assert any(fact.value is not None for fact in answer.facts) or "没有载入" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("规划资源局2024年三公经费决算为什么比预算少", "严格落实中央八项规定"),
        ("普陀区财政局2024年三公经费决算为啥比预算少", "当年度无“三公”经费支出"),
    ],
)
def test_a_final_account_below_its_budget_asked_why_quotes_the_reason_given_for_it(
    families: Composer, question: str, reason: str
) -> None:
    """三公经费决算为什么比预算少: the table's 决算数 against its 预算数, and the narrative's 决算数小于预算数
    的主要原因, found from the sentence that states both."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert any(fact.source.table and fact.value is not None for fact in answer.facts), answer.text
    assert any(reason in fact.text and fact.source.section for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "actual", "planned"),
    [
        ("规划资源局2024年三公经费决算比预算多还是少", "0.39", "2.85"),
        ("规划资源局2024年公务接待费决算比年初预算减少多少", "0.39", "2.85"),
        ("区财政局2024年三公经费决算比预算少了多少", "0", "0.95"),
        ("规划资源局2024年三公经费决算低于预算多少", "0.39", "2.85"),
    ],
)
def test_a_final_account_against_its_budget_is_its_actual_and_planned_columns(
    families: Composer, question: str, actual: str, planned: str
) -> None:
    """决算比预算多还是少: the 决算数 and the 预算数 beside it in the same table, never a change on last year; each
    said by the heading that tells it from the other (the sources name the columns in full)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert f"决算数 {actual} 万元，预算数 {planned} 万元" in answer.text, answer.text
    assert [fact.value for fact in answer.facts[:2]] == [Decimal(actual), Decimal(planned)], answer.text
    change = answer.facts[2]
    assert change.value == Decimal(planned) - Decimal(actual), answer.text
    assert "比预算减少" in change.label, answer.text
    assert "比上年" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["江苏省政协办公厅2018年三公经费减少的原因是什么", "上海市普陀区财政局2025年的机关运行经费增长原因"],
)
def test_a_reason_the_narrative_does_not_give_is_not_a_meaning_nor_a_missing_item(
    families: Composer, question: str
) -> None:
    """减少的原因是什么 asks a reason, not the glossary's meaning; when no change is stated, the answer
    says the change is what was not found, not the item."""
    answer = families.answer(question)
    assert answer.intent != "define", answer.text
    if answer.status == "not_found":
        assert "与上年相比的增减" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "actual", "planned"),
    [
        ("普陀区财政局2024年行政运行决算比年初预算少了多少", "1511.89", "1560.05"),
        ("规划资源局2024年城乡社区规划与管理决算比年初预算少了多少", "2739.56", "3110.14"),
        ("普陀区财政局2024年信息化建设决算和年初预算相差多少", "135.25", "135.90"),
        ("普陀区财政局2024年财政委托业务支出决算跟预算比差了多少", "449.52", "450.52"),
        ("规划资源局2024年决算财政拨款支出比年初预算少多少", "9746.50", "10210.34"),
        ("普陀区财政局2024年决算财政拨款支出比预算少多少", "2940.05", "2993.92"),
        ("普陀区财政局2024年决算一般公共预算支出比年初多多少", "2940.05", "2993.92"),
        ("规划资源局2024年决算财政拨款支出比年初增加多少", "9746.50", "10210.34"),
        ("普陀区财政局2024年行政运行决算较年初减少了多少", "1511.89", "1560.05"),
    ],
)
def test_a_final_account_against_a_budget_only_its_narrative_states_is_their_difference(
    families: Composer, question: str, actual: str, planned: str
) -> None:
    """年初预算为…万元，支出决算为…万元 with no table printing the two: the difference of the sentence's two
    figures, quoted with it, never the 年初预算 alone; 财政拨款支出 is the whole 一般公共预算's, never the
    “三公”经费 table's nor its sentence's."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert [fact.value for fact in answer.facts[:2]] == [Decimal(actual), Decimal(planned)], answer.text
    assert answer.facts[2].value == Decimal(planned) - Decimal(actual), answer.text
    assert answer.facts[2].label.endswith("比年初预算减少"), answer.text
    assert f"年初预算为{planned}万元" in answer.text and "比上年" not in answer.text, answer.text


@pytest.fixture(scope="module")
def county_final(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 (text) whose narrative states one 项's 年初预算 and 决算 that no table sets side by side."""
    said = "一般公共服务支出（类）市场监督管理事务（款）质量基础（项）。年初预算为36.50万元，支出决算为40.12万元。"
    document = replace(QINGHE_FINAL, after=(*QINGHE_FINAL.after[:2], said, *QINGHE_FINAL.after[2:]))
    folder = tmp_path_factory.mktemp("county-final")
    yield composer_for(folder, write_text(document, folder / "qinghe-final.txt"))


@pytest.mark.parametrize(
    "question",
    ["质量基础决算比年初预算多了多少", "质量基础的决算数与预算数相比差多少", "质量基础比年初增加了多少"],
)
def test_a_county_final_account_against_its_stated_budget_is_their_difference(
    county_final: Composer, question: str
) -> None:
    answer = county_final.answer(question)
    assert answer.status == "answered", answer.text
    assert [fact.value for fact in answer.facts[:3]] == [Decimal("40.12"), Decimal("36.50"), Decimal("3.62")]


@pytest.fixture(scope="module")
def county_columns(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 whose tables print 年初预算数, 调整预算数 and 决算数 side by side, in 元."""
    folder = tmp_path_factory.mktemp("county-columns")
    yield composer_for(folder, write_text(QINGFENG_FINAL, folder / "qingfeng-final.txt"))


def composer_of(request: pytest.FixtureRequest, family: str) -> Composer:
    return request.getfixturevalue(family)


@pytest.mark.parametrize(
    ("family", "question", "premise"),
    [
        ("families", "规划资源局2024年三公经费决算比预算多了多少", "不是比预算多，而是比预算少。"),
        ("families", "规划资源局2024年决算财政拨款支出比年初增加多少", "不是增加，而是减少。"),
        ("families", "规划资源局2024年三公经费决算比预算少了多少", ""),
        ("county_final", "质量基础决算比年初预算少了多少", "不是比预算少，而是比预算多。"),
        ("county_final", "质量基础决算比年初预算多了多少", ""),
        ("county_columns", "水利工程运行与维护决算比年初预算少了多少", "不是比预算少，而是比预算多。"),
        ("county_columns", "三公经费决算比预算增加了多少", "不是增加，而是减少。"),
        ("county_final", "质量基础决算比年初预算节约了多少", "不是比预算少，而是比预算多。"),
        ("county_columns", "水利工程运行与维护比年初预算节省了多少", "不是比预算少，而是比预算多。"),
        ("families", "规划资源局2024年三公经费决算比预算超支了多少", "不是比预算多，而是比预算少。"),
        ("families", "规划资源局2024年三公经费决算比预算节约了多少", ""),
    ],
)
def test_a_final_account_against_its_budget_asked_the_wrong_way_corrects_the_question_first(
    request: pytest.FixtureRequest, family: str, question: str, premise: str
) -> None:
    """决算比预算少了多少 (节约了多少) of a figure that rose: 不是比预算少，而是比预算多 before the figures,
    whether a table prints the two or only a sentence states them; asked the right way, nothing is
    corrected."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert answer.text.startswith(premise) and ("不是" in answer.text.split("\n")[0]) == bool(premise), (
        answer.text
    )


@pytest.mark.parametrize(
    ("family", "question", "change", "first"),
    [
        ("county_columns", "公务接待费是不是比预算少", "7400.00", "是。"),
        ("county_columns", "公务接待费比预算多吗", "7400.00", "不是比预算多，而是比预算少。"),
        ("families", "规划资源局2024年城乡社区规划与管理比年初预算少吗", "370.58", "是。"),
        ("families", "普陀区财政局2024年信息化建设是不是比预算少", "0.65", "是。"),
        ("county_final", "质量基础比年初预算多吗", "3.62", "是。"),
    ],
)
def test_a_final_account_set_against_its_budget_yes_or_no_is_that_change(
    request: pytest.FixtureRequest, family: str, question: str, change: str, first: str
) -> None:
    """比预算少吗 of a 决算: its figure against its budget (never the budget's figure alone), 是 or the
    premise corrected first."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert Decimal(change) in {fact.value for fact in answer.facts}, answer.text
    assert answer.text.split("\n")[0] == first, answer.text


@pytest.mark.parametrize(
    ("family", "question", "rate", "inputs"),
    [
        ("families", "规划资源局2024年城乡社区规划与管理完成了年初预算的多少", "88.08", ()),
        ("families", "普陀区财政局2024年职业年金缴费完成了年初预算的多少", "99.47", ("80.38", "80.81")),
        ("families", "普陀区财政局2024年行政单位医疗完成了预算的百分之几", "97.91", ("60.99", "62.29")),
        ("families", "普陀区财政局完成了年初预算的多少", "98.20", ()),
        ("county_final", "质量基础完成了年初预算的多少", "109.92", ("40.12", "36.50")),
        ("county_final", "三公经费完成了预算的百分之几", "93.95", ()),
        ("county_columns", "水利工程运行与维护完成了年初预算的多少", "112.50", ("3600000.00", "3200000.00")),
        ("county_columns", "三公经费预算执行了几成", "80.80", ()),
        ("families", "规划资源局2024年行政运行决算是年初预算的多少", "97.97", ()),
        ("families", "普陀区财政局2024年信息化建设实际是预算的百分之多少", "99.52", ("135.25", "135.90")),
        ("county_final", "质量基础决算占年初预算的比例", "109.92", ("40.12", "36.50")),
        ("families", "规划资源局一般公共预算财政拨款支出完成了多少", "95.45", ()),
        ("families", "普陀区财政局2024年行政运行完成得怎么样", "96.91", ("1511.89", "1560.05")),
        ("county_final", "质量基础完成了多少", "109.92", ("40.12", "36.50")),
        ("families", "普陀区财政局2024年决算完成预算多少", "98.20", ()),
        ("county_final", "质量基础完成年初预算多少", "109.92", ("40.12", "36.50")),
        ("families", "规划资源局2024年预算执行情况", "95.45", ()),
        ("families", "规划资源局2024年一般公共预算支出完成情况", "95.45", ()),
        ("families", "普陀区财政局2024年三公经费预算完成情况", "0", ()),
        ("county_final", "质量基础执行情况", "109.92", ("40.12", "36.50")),
        ("county_columns", "水利工程运行与维护完成情况", "112.50", ("3600000.00", "3200000.00")),
        ("families", "普陀区财政局2024年决算一般公共预算支出决算数占年初预算的比例", "98.20", ()),
        ("families", "规划资源局2024年实际支出是预算的百分之几", "95.45", ()),
        ("county_final", "质量基础决算数占年初预算的比例", "109.92", ("40.12", "36.50")),
        ("county_columns", "水利工程运行与维护实际支出是预算的多少", "112.50", ("3600000.00", "3200000.00")),
        ("families", "规划资源局预算执行得怎么样", "95.45", ()),
        ("families", "普陀区财政局2024年决算预算执行得如何", "98.20", ()),
        ("county_final", "预算执行得咋样", "102.42", ("8613300.00", "8410000.00")),
        ("county_columns", "年初预算执行得怎么样", "105.68", ("9088331.36", "8600000.00")),
        ("families", "规划资源局2024年预算执行得好不好", "95.45", ()),
        ("families", "普陀区财政局2024年预算完成得好吗", "98.20", ()),
        ("county_final", "预算执行得怎样", "102.42", ("8613300.00", "8410000.00")),
        ("county_columns", "年初预算完成得好不好", "105.68", ("9088331.36", "8600000.00")),
    ],
)
def test_how_far_a_final_account_carried_out_its_budget_is_its_stated_rate_or_its_figures_divided(
    request: pytest.FixtureRequest, family: str, question: str, rate: str, inputs: tuple[str, ...]
) -> None:
    """完成了年初预算的多少: the 完成…预算的X% the narrative states for the item; where it states none, the
    item's 决算 over its 年初预算 (two columns of a table, or two figures of a sentence), with both. 执行情况
    and 完成情况 of a 决算 ask the same (a 决算 publishes no 绩效目标 they could ask of)."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    rate_fact = answer.facts[0]
    assert (rate_fact.value, rate_fact.unit) == (Decimal(rate), "%"), answer.text
    assert [fact.value for fact in answer.facts[1:]] == [Decimal(value) for value in inputs], answer.text
    assert [source.column for source in rate_fact.source.inputs] or not inputs, answer.text


@pytest.mark.parametrize(
    ("family", "question", "rate", "inputs"),
    [
        ("families", "规划资源局2024年决算支出完成预算多少", "95.45", ()),
        ("families", "普陀区财政局2024年预算执行率", "98.20", ()),
        ("county_columns", "支出完成预算多少", "99.16", ()),
        ("county_columns", "预算执行率", "99.16", ()),
        ("county_final", "预算执行率", "102.42", ("8613300.00", "8410000.00")),
        ("county_final", "决算支出完成预算多少", "102.42", ("8613300.00", "8410000.00")),
        ("county_final", "完成调整预算多少", "99.29", ("8613300.00", "8674500.00")),
        ("district_final", "预算完成率是多少", "104.99", ("6315.25", "6015.25")),
        ("district_final", "支出执行率多少", "104.99", ("6315.25", "6015.25")),
        ("families", "规划资源局财政拨款支出完成率", "95.45", ()),
        ("county_columns", "财政拨款支出完成率", "99.16", ()),
        ("county_columns", "一般公共预算支出执行率", "99.16", ()),
        ("county_final", "一般公共预算支出完成率", "102.42", ("8613300.00", "8410000.00")),
        ("county_final", "一般公共预算财政拨款支出完成了多少", "102.42", ("8613300.00", "8410000.00")),
    ],
)
def test_how_far_the_whole_budget_was_carried_out_is_the_whole_budgets_rate(
    request: pytest.FixtureRequest, family: str, question: str, rate: str, inputs: tuple[str, ...]
) -> None:
    """预算执行率 naming no item (or only 支出, or the funds spent: 财政拨款支出): the rate the narrative states
    of a whole budget (一般公共预算财政拨款支出, stated as …拨款支出决算X元，完成调整预算的Y%), never one of “三公”经费 stated before it nor a recomputed one beside the stated; where none is
    stated, the whole total's 决算数 over its 年初预算数 in the first table printing both."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    assert (answer.facts[0].value, answer.facts[0].unit) == (Decimal(rate), "%"), answer.text
    assert [fact.value for fact in answer.facts[1:]] == [Decimal(value) for value in inputs], answer.text
    assert not any("三公" in fact.label for fact in answer.facts) and "没有" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question", "actual", "planned"),
    [
        ("county_final", "决算支出比预算多还是少", "8613300.00", "8410000.00"),
        ("county_final", "比年初预算多花了多少", "8613300.00", "8410000.00"),
        ("county_final", "支出决算比调整预算多还是少", "8613300.00", "8674500.00"),
        ("county_columns", "决算比调整预算少了多少", "9088331.36", "9165000.00"),
        ("district_final", "支出决算比调整预算多还是少", "6315.25", "6695.25"),
        ("district_final", "决算比预算多多少", "6315.25", "6015.25"),
        ("families", "规划资源局2024年决算支出比预算多还是少", "9746.50", "10210.34"),
    ],
)
def test_the_whole_final_account_against_its_budget_is_the_whole_total_printed_beside_it(
    request: pytest.FixtureRequest, family: str, question: str, actual: str, planned: str
) -> None:
    """决算支出比预算多还是少 naming no item: the whole 决算数 against the whole 年初预算数 (调整预算数,
    asked so) where a table's total prints both, else as the narrative states the two."""
    answer = composer_of(request, family).answer(question)
    values = [fact.value for fact in answer.facts]
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert Decimal(actual) in values and Decimal(planned) in values, answer.text


@pytest.mark.parametrize(
    ("family", "question", "asked", "printed"),
    [
        (
            "county_final",
            "财政拨款支出决算完成了年初预算的百分之几",
            "财政拨款支出",
            "一般公共预算财政拨款支出",
        ),
        ("district_final", "财政拨款支出完成年初预算多少", "财政拨款支出", "全部支出"),
        ("district_final", "一般公共预算财政拨款支出完成预算的多少", "一般公共预算财政拨款支出", "全部支出"),
    ],
)
def test_a_whole_budgets_rate_not_printed_as_asked_points_to_the_whole_that_is(
    request: pytest.FixtureRequest, family: str, question: str, asked: str, printed: str
) -> None:
    """完成预算多少 of a whole (财政拨款支出) no table or sentence gives: not found, with no figure of
    another whole nor of the “三公” table, whose total also counts 财政拨款; the whole a table does print
    beside its 年初预算 is named, with how to ask it."""
    composer = composer_of(request, family)
    answer = composer.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"没有写明“{asked}”完成年初预算的比例" in answer.text, answer.text
    assert f"的{printed}，问“预算执行率”可以看它的完成比例" in answer.text, answer.text
    pointed = composer.answer("预算执行率")
    assert pointed.status == "answered" and pointed.facts[1].label == printed, pointed.text


@pytest.fixture(scope="module")
def rate_of_a_fee_only(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 without its 一般公共预算 table, whose narrative states only the “三公”经费's 完成预算."""
    document = replace(
        QINGHE_FINAL, tables=tuple(t for t in QINGHE_FINAL.tables if "年初预算数" not in str(t.header))
    )
    folder = tmp_path_factory.mktemp("rate-of-a-fee")
    yield composer_for(folder, write_text(document, folder / "qinghe-final.txt"))


def test_how_far_the_whole_was_carried_out_where_only_a_fees_rate_is_stated_says_so(
    rate_of_a_fee_only: Composer,
) -> None:
    """预算执行率 where the document states the rate of the “三公”经费 alone: that rate, said to be only
    that item's; asked of 支出 or of 财政拨款支出, it is no answer."""
    answer = rate_of_a_fee_only.answer("预算执行率")
    assert answer.status == "answered" and answer.facts[0].value == Decimal("93.95"), answer.text
    assert answer.text.startswith("文件没有写明整体的预算完成比例，只写明了其中一项"), answer.text
    for question in ("支出完成预算多少", "财政拨款支出完成年初预算的多少"):
        answer = rate_of_a_fee_only.answer(question)
        assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("family", "question", "planned", "actual"),
    [
        ("families", "规划资源局2024年三公经费预算数和决算数", "2.85", "0.39"),
        ("families", "规划资源局2024年基本养老保险缴费预算数和决算数", "452.40", "446.11"),
        ("families", "规划资源局三公经费决算和预算各多少", "2.85", "0.39"),
        ("families", "规划资源局2024年三公经费预算是多少决算是多少", "2.85", "0.39"),
        ("families", "普陀区财政局2024年信息化建设预算多少决算多少", "135.90", "135.25"),
        ("county_final", "质量基础预算数和决算数", "36.50", "40.12"),
        ("county_final", "质量基础预算多少钱，决算多少钱", "36.50", "40.12"),
        ("county_columns", "农村水利预算数和决算数", "1800000.00", "1815110.16"),
    ],
)
def test_the_budget_and_the_actual_asked_together_both_come_from_the_final_account(
    request: pytest.FixtureRequest, family: str, question: str, planned: str, actual: str
) -> None:
    """预算数和决算数 of a unit whose 预算 is not loaded: its 决算 prints or states both, so both are given,
    each under its own column, never the same figure twice and never "the 预算 is not loaded"."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered", answer.text
    values = {fact.value for fact in answer.facts}
    assert {Decimal(planned), Decimal(actual)} <= values, answer.text


@pytest.mark.parametrize(
    ("family", "question", "actual", "planned"),
    [
        ("families", "普陀财政局24年信息化建设预算135.9最后花了多少", "135.25", "135.90"),
        ("families", "规划资源局2024年行政医疗预算42.73实际花了多少", "40.35", "42.73"),
        ("county_final", "质量基础预算36.5实际花了多少", "40.12", "36.50"),
        ("county_final", "质量基础多少", "40.12", "36.50"),
    ],
)
def test_a_final_accounts_item_is_its_actual_figure_never_the_budget_it_states_or_the_question_quotes(
    request: pytest.FixtureRequest, family: str, question: str, actual: str, planned: str
) -> None:
    """预算135.9最后花了多少: the figure the question quotes, unit left unsaid, is no word of the item, and
    what was spent is the 决算数; a 年初预算 the narrative states beside it never answers in its place."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(actual), answer.text
    assert Decimal(planned) not in {fact.value for fact in answer.facts}, answer.text


@pytest.mark.parametrize(
    ("family", "question", "actual", "planned", "reason"),
    [
        (
            "families",
            "普陀区财政局2024年信息化建设决算为啥少了",
            "135.25",
            "135.90",
            "产业政策扶持资金管理系统",
        ),
        ("families", "规划局城乡社区规划与管理为什么减少", "2739.56", "3110.14", "规划服务商务单元"),
        ("families", "普陀区财政局2024年决算比预算多还是少", "2940.05", "2993.92", ""),
        ("families", "普陀区财政局2024年决算支出比预算多还是少", "2940.05", "2993.92", ""),
        ("families", "规划资源局2024年决算支出比年初预算少了多少", "9746.50", "10210.34", ""),
        ("county_final", "质量基础决算为什么多了", "40.12", "36.50", ""),
    ],
)
def test_a_final_accounts_change_it_states_nothing_of_last_year_for_is_against_its_budget(
    request: pytest.FixtureRequest, family: str, question: str, actual: str, planned: str, reason: str
) -> None:
    """信息化建设决算为啥少了: the 决算 states no change on last year for the item but its 年初预算 and 决算
    (and why they differ), so the change is against the budget; naming no item, or only 支出, the whole
    budget's."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert [fact.value for fact in answer.facts[:2]] == [Decimal(actual), Decimal(planned)], answer.text
    assert "比上年" not in answer.text and reason in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question", "value", "reason"),
    [
        ("families", "省检察院公务接待费为啥少了", "40.05", "八项规定"),
        ("families", "普陀区财政局2024年信息化建设咋没花完", "0.65", "产业政策扶持资金管理系统"),
        ("families", "规划资源局行政运行怎么没用完", "22.68", "勤俭节约"),
        ("families", "规划资源局2024年为什么少花了", "463.84", "部分项目未开展完成"),
        ("families", "普陀区财政局2024年行政运行为什么少花了", "48.16", "人员进出及退休变化"),
        ("county_final", "质量基础怎么没花完", "", ""),
    ],
)
def test_a_change_asked_in_spoken_words_comes_with_the_reason_the_document_gives(
    request: pytest.FixtureRequest, family: str, question: str, value: str, reason: str
) -> None:
    """为啥少了 of a change stated as 本年数小于上年预算数; 咋没花完 of a 决算 below its budget: the change
    and, where the narrative gives one, its reason; a 决算 over its budget (质量基础) never says it fell short."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    if value:
        assert any(fact.value == Decimal(value) for fact in answer.facts), answer.text
    assert reason in answer.text, answer.text


def test_spending_less_than_last_year_is_still_asked_of_last_year(families: Composer) -> None:
    """比去年少花了: the other year is named, so the 决算 is measured against last year, not its budget."""
    answer = families.answer("规划资源局2024年比去年少花了多少")
    assert answer.intent == "change" and "比上年" in answer.text and "年初预算" not in answer.text, (
        answer.text
    )


def test_a_final_accounts_total_with_no_budget_beside_it_is_not_found_against_its_budget(
    families: Composer,
) -> None:
    """支出总计比预算: no table or sentence sets a 预算数 beside it, and what was not found is said to be the
    change on the budget, not on last year."""
    answer = families.answer("普陀区财政局2024年决算支出总计比预算多还是少")
    assert answer.status == "not_found" and "与预算数相比的增减" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "rate", "formula"),
    [
        ("省高院2019年公务接待费比上年减少了百分之几", "52.73", "97 ÷ (86.95 + 97) × 100% = 52.73%"),
        ("省政协2018年会议费比上年减少了百分之几", "19.23", "210.46 ÷ (884.16 + 210.46) × 100% = 19.23%"),
    ],
)
def test_a_rate_asked_of_a_change_stated_as_an_amount_is_worked_out_from_the_sentence(
    families: Composer, question: str, rate: str, formula: str
) -> None:
    """减少了百分之几 where the narrative says 86.95万元，比上年减少97万元: last year is this year's amount and
    the change together, and the rate is worked out from them in the open, citing the sentence."""
    answer = families.answer(question)
    assert answer.status == "answered" and formula in answer.text, answer.text
    computed = [fact for fact in answer.facts if fact.unit == "%"]
    assert [fact.value for fact in computed] == [Decimal(rate)] and len(computed[0].source.inputs) == 2


def test_a_rate_the_narrative_states_is_quoted_not_worked_out(families: Composer) -> None:
    answer = families.answer("省人大2019年一般公共预算拨款比上年增长百分之几")
    assert "增长15.3%" in answer.text and "按文件说明的数字计算" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "formula", "direction", "total"),
    [
        ("省高院三公经费比上年增加还是减少", "−10 + 0 + 0 − 97 = −107 万元", "减少", "107"),
        ("省政协2018年三公经费和去年比怎么样", "30 + 0 + 0 − 31 = −1 万元", "减少", "1"),
        ("省委办公厅三公经费比上年变化多少", "0 + 0 + 0 − 1 = −1 万元", "减少", "1"),
        ("省人大2019年三公经费怎么变的", "−23.25 + 0 + 0 − 42.75 = −66.00 万元", "减少", "66.00"),
    ],
)
def test_a_concepts_change_stated_only_part_by_part_is_their_signed_sum(
    families: Composer, question: str, formula: str, direction: str, total: str
) -> None:
    """Jiangsu narratives state 因公出国（境）费, 公务用车购置 and 运行维护, 公务接待费 each against last year
    (a part level with it as the form's 增加（减少）0万元) and never the “三公”经费 as a whole: the whole's change is their sum, worked out in the open, and
    every part is quoted with its sentence."""
    answer = families.answer(question)
    assert answer.status == "answered" and formula in answer.text, answer.text
    summed = answer.facts[0]
    assert (summed.value, summed.unit) == (Decimal(total), "万元") and direction in summed.label
    assert len(summed.source.inputs) == 4 and all(fact.text for fact in answer.facts[1:])
    assert all(fact.source.describe() in answer.text for fact in answer.facts[1:])


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局公务用车比上年增加多少",
        "省高院公务用车经费比上年减少了多少",
        "省委办公厅公车比上年",
        "省人大2019年公务用车购置及运行费比上年",
    ],
)
def test_a_parts_change_stated_only_piece_by_piece_is_every_piece_never_one(
    families: Composer, question: str
) -> None:
    """公务用车 is 公务用车购置费 + 公务用车运行维护费, and narratives state each against last year: the
    part's change is both, summed in the open, never the first piece's alone said as the whole's."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    summed = answer.facts[0]
    assert summed.label.startswith("公务用车购置及运行费"), answer.text
    assert len(summed.source.inputs) == 2 and "按各项写明的增减相加" in answer.text, answer.text
    assert "购置" in answer.text and "运行维护费" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [("省检察院三公经费比去年变化", ("40.05",))],
)
def test_a_concepts_change_whose_parts_are_not_all_stated_is_not_added_up(
    families: Composer, question: str, stated: tuple[str, ...]
) -> None:
    """A part whose change no sentence states (省检察院 states none for 因公出国（境）费) leaves the whole
    unknown: the stated parts are quoted, and no sum is given."""
    answer = families.answer(question)
    assert "不能相加" in answer.text and "按各项写明的增减相加" not in answer.text, answer.text
    assert all(has(answer, value, "万元") for value in stated)
    assert not any(fact.source.inputs for fact in answer.facts)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("省人大2019年公务接待费比上年减少多少", "公务接待费预算支出比上年减少42.75万元"),
        ("省高院行政运行比上年增长多少", "法院(款)行政运行(项)支出比上年增加2421.68万元"),
        ("省政协住房保障支出增长了百分之几", "住房保障(类)支出比上年增加405.74万元"),
    ],
)
def test_a_stated_change_is_said_of_its_item_without_the_list_number_it_is_printed_under(
    families: Composer, question: str, said: str
) -> None:
    """3．公务接待费预算支出…: the 3． numbers the narrative's list, it is no part of the item's name."""
    answer = families.answer(question)
    lines = answer.text.splitlines()
    said_line = next(line for line in lines if "比上年" in line and not line.startswith("没有载入"))
    assert said_line.startswith(said), answer.text


@pytest.mark.parametrize(
    ("question", "subject", "change"),
    [
        ("省高院公务接待费2019年和2018年相比", "公务接待费", "减少97万元"),
        ("规划资源局2024年和2023年比项目支出", "项目支出", "增加1133.95万元"),
        ("汾阳人社局2024年和2023年相比机关运行经费", "机关运行经费", "减少2.87万元"),
    ],
)
def test_two_years_set_side_by_side_with_the_earlier_not_loaded_give_the_stated_change(
    families: Composer, question: str, subject: str, change: str
) -> None:
    """2019年和2018年相比 says no word of change, yet with 2018 not loaded the later year's narrative
    states how the item changed on it: that change, after saying the other year is not loaded."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert "无法用两年的表格相减" in answer.text and f"比上年{change}" in answer.text, answer.text
    assert subject in answer.facts[0].label, answer.text


def test_two_years_apart_with_the_earlier_not_loaded_are_not_found(families: Composer) -> None:
    """2019年和2017年: the narrative states only 比上年 (2018), never a change on 2017."""
    answer = families.answer("省高院2019年和2017年比三公经费")
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("规划资源局年初预算多少", "10210.34"),
        ("规划资源局2024年预算数是多少", "10210.34"),
        ("普陀区财政局2024年年初预算总额", "2993.92"),
    ],
)
def test_the_whole_budget_of_a_final_account_is_the_total_its_narrative_states(
    families: Composer, question: str, value: str
) -> None:
    """年初预算多少 of a 决算 naming no item: no table prints the whole 年初预算, so the 年初预算 the narrative
    states of a total, under its own name, saying what it covers; never the 决算数 totals as if budgeted."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert "年初预算" in answer.facts[0].label and "决算表格没有列出" in answer.text, answer.text


def test_an_items_budget_in_a_final_account_is_still_its_own(families: Composer) -> None:
    answer = families.answer("规划资源局三公经费年初预算")
    assert answer.facts[0].value == Decimal("2.85") and "决算表格没有列出" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "万里街道2023年城乡社区支出比上年增加多少",
        "上海市财政局2025年一般公共服务支出比上年增加多少",
        "万里街道2023年基本支出比上年增加多少",
        "福利院2024年基本支出比上年增加多少",
    ],
)
def test_a_change_stated_of_another_row_is_never_the_asked_rows(families: Composer, question: str) -> None:
    """城乡社区支出 (类) where the narrative states only its 项's changes (城乡社区环境卫生, 城乡社区管理事务
    行政运行); 一般公共服务支出 where it states 一般公共预算拨款支出's; the 基本支出 column where it states
    机关事业单位基本养老保险缴费支出's: no change of the row or column asked is stated, and none of another
    stands in for it."""
    answer = families.answer(question)
    assert not answer.facts, answer.text
    assert "以下是文件说明中与上年的比较" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("省人大2017年会议费比上年多了吗", "不是增加，而是减少：一般公共预算拨款安排的会议费预算支出比上年减少403.75万元"),
        ("省人大2017年会议费比上年少了吗", "是：一般公共预算拨款安排的会议费预算支出比上年减少403.75万元"),
        ("省高院2019年公共安全支出比上年增加了吗", "是：公共安全(类)支出比上年增加1287.35万元"),
        ("万里街道2023年城乡社区环境卫生比上年有变化吗", "有变化：城乡社区环境卫生比上年下降14.54%"),
    ],
)  # fmt: skip
def test_a_stated_change_asked_yes_or_no_answers_it_first_of_the_item_stated_first(
    families: Composer, question: str, said: str
) -> None:
    """多了吗 of what fell says so; 少了吗 of what fell says 是; the change a sentence states of the item itself
    (本年数小于上年预算数) comes before its aside (原因是从会议费预算中调减…)."""
    answer = families.answer(question)
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("规划资源局2024年决算基本支出完成了多少", "基本养老保险缴费"),
        ("普陀区财政局2024年决算基本支出完成了年初预算的多少", "基本养老保险缴费"),
        ("规划资源局2024年决算的项目支出比年初预算少了多少", "没有公开项目明细"),
    ],
)
def test_a_rate_or_change_against_the_budget_of_an_item_no_sentence_names_is_not_another_items(
    families: Composer, question: str, absent: str
) -> None:
    """基本支出完成了多少 where the narrative states rates of 项 only: not the rate of 机关事业单位基本养老保险
    缴费支出, which holds 基本 and 支出 apart; 项目支出 against its budget is a total's, not a list of projects."""
    answer = families.answer(question)
    assert absent not in answer.text, answer.text
    assert not any(fact.unit == "%" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("省检察院2018年财政拨款收入比上年增加多少", "财政拨款收支总计"),
        ("上海市财政局2025年财政拨款收入比上年减少多少", "财政拨款收入"),
        ("万里街道2023年财政拨款收入比上年增加多少", "财政拨款收入"),
    ],
)
def test_an_income_asked_takes_no_change_stated_of_spending(
    families: Composer, question: str, said: str
) -> None:
    """财政拨款收入比上年增加多少: the change stated of the income (or of 收、支 together), never of 财政拨款支出."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    assert answer.facts[0].label.startswith(said) and "支出" not in answer.facts[0].label, answer.text


@pytest.mark.parametrize(
    ("question", "fee", "expected"),
    [
        ("规划资源局2024年财政拨款支出决算完成了年初预算的多少", "三公", "95.45"),
        ("普陀区财政局2024年财政拨款支出完成年初预算的百分之几", "三公", "98.20"),
        ("汾阳人社局财政拨款收入比去年", "机关运行经费", None),
        ("人社局财政拨款比上年增加多少", "机关运行经费", None),
    ],
)
def test_a_figure_stated_of_a_fee_never_answers_for_the_funds_it_is_paid_from(
    families: Composer, question: str, fee: str, expected: str | None
) -> None:
    """“三公”经费财政拨款支出完成预算的13.68%, 机关运行经费财政拨款…减少2.87万元: the rate or change of a
    fee the document prints, paid from 财政拨款, is that fee's, never the 财政拨款's asked."""
    answer = families.answer(question)
    assert not any(fee in fact.label for fact in answer.facts), answer.text
    assert expected is None or has(answer, expected, "%"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("规划资源局2024年三公经费完成预算的多少", "13.68"),
        ("汾阳人社局机关运行经费财政拨款比上年减少多少", "2.87"),
    ],
)
def test_a_fee_asked_by_name_still_gets_the_figure_stated_of_it(
    families: Composer, question: str, expected: str
) -> None:
    """The fee said in the question (三公经费 for “三公”经费财政拨款支出) is the item the figure is of."""
    answer = families.answer(question)
    assert answer.status == "answered" and any(str(fact.value) == expected for fact in answer.facts), (
        answer.text
    )


@pytest.mark.parametrize(
    "question",
    ["省高院2019年三公经费完成预算多少", "万里街道2023年预算执行率多少", "汾阳人社局完成预算的百分之几"],
)
def test_how_far_a_budget_was_carried_out_is_not_found_of_a_budget(families: Composer, question: str) -> None:
    """A 预算 has no outcome yet: 完成预算多少 of one is not found, saying so; never a share of some total."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "还没有执行结果" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "万里街道2023年城管执法预算执行情况",
        "零工市场执行情况",
        "省高院2019年预算执行情况",
        "汾阳人社局的预算执行得好不好",
        "省人大2019年预算执行得好吗",
    ],
)
def test_how_a_budget_was_carried_out_is_not_yet_known(families: Composer, question: str) -> None:
    """执行情况 of a 预算: it has no outcome yet, said so, with no figure."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "还没有执行结果" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["规划资源局2024年火箭完成率", "普陀区财政局2024年火箭完成了年初预算的多少"]
)
def test_the_rate_of_an_item_the_document_never_names_is_not_found_as_that_item(
    families: Composer, question: str
) -> None:
    """火箭完成率: no row or sentence names 火箭, so it is not found, never said to lack only its rate."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "没有找到“火箭”" in answer.text and "没有写明" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("规划资源局2024年城乡社区支出完成了年初预算的多少", "城乡社区支出"),
        ("普陀区财政局2024年教育支出执行率", "教育支出"),
        ("规划资源局2024年城乡社区支出完成率", "城乡社区支出"),  # 完成率 with no word of 预算, of a 决算
        ("普陀区财政局2024年一般公共服务支出完成率", "一般公共服务支出"),
    ],
)
def test_a_final_accounts_rate_it_neither_states_nor_prints_the_figures_of_is_said_missing(
    families: Composer, question: str, item: str
) -> None:
    """完成年初预算的多少 of an item whose rate the narrative does not state, and whose 年初预算 and 决算 no
    table or sentence gives together: not found, naming the item without the words that asked."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"没有写明“{item}”完成年初预算的比例" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "indicator"),
    [
        ("万里街道补贴对象申请审核完成率是多少", "补贴对象申请审核完成率"),
        ("汾阳人社局及时完成率是多少", "及时完成率"),
        ("零工市场完成达标率多少", "零工市场完成达标率"),
    ],
)
def test_a_completion_rate_a_performance_indicator_is_named_is_that_indicator(
    families: Composer, question: str, indicator: str
) -> None:
    """审核完成率, 及时完成率: a 绩效指标 named so, asked by its name, is its printed value; no 完成预算 is
    asked (no 预算 or 执行 in the words)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith(f"{indicator}："), answer.text
    assert "绩效指标" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("省政协2018年收入比上年增加多少", "1003.69"),
        ("省政协2018年收入同比", "1003.69"),
        ("省政协2018年收入预算总计比上年增加多少", "1003.69"),
        ("省高院2019年支出总计比上年增加多少", "4016.19"),
    ],
)
def test_a_change_said_of_both_sides_at_once_is_each_sides_change(
    families: Composer, question: str, change: str
) -> None:
    """收入、支出预算总计…与上年相比收、支预算总计各增加…: the change of the income side and of the spending
    side, never a part's that names 收入 (财政专户管理资金收入预算总计…与上年数一致)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(change) and "收、支预算总计" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "actual", "planned"),
    [
        ("基本支出比年初预算多了多少", "7271500.00", "7210000.00"),
        ("项目支出决算比预算多还是少", "1341800.00", "1200000.00"),
        ("三公经费比预算少多少", "79860.00", "85000.00"),
    ],
)
def test_a_final_account_whose_sides_head_the_columns_is_read_against_its_budget_on_the_other_side(
    county_final: Composer, question: str, actual: str, planned: str
) -> None:
    """年初预算数/基本支出 | 决算数/基本支出 (the national 决算 template) pair as 预算数 | 决算数 under one item
    do: the 决算数 against the 年初预算数 of the same column, never the 年初预算数 called a 决算数."""
    answer = county_final.answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert [fact.value for fact in answer.facts[:2]] == [Decimal(actual), Decimal(planned)], answer.text


@pytest.mark.parametrize(
    ("question", "said", "value", "beside"),
    [
        ("行政运行年初预算", "2023年年初预算数 4,780,000.00 元", "4780000.00", ""),
        ("三公经费", "三公经费：2023年决算数 79,860.00 元", "79860.00", "对照：同一行预算数 85,000.00 元"),
        (
            "三公经费年初预算",
            "三公经费：2023年预算数 85,000.00 元",
            "85000.00",
            "对照：同一行决算数 79,860.00 元",
        ),
    ],
)
def test_a_figure_under_a_side_heading_is_called_by_its_side_and_shown_beside_the_other(
    county_final: Composer, question: str, said: str, value: str, beside: str
) -> None:
    """A figure of 年初预算数/小计 is a 年初预算数 in a 决算; the table's total under 预算数/合计 is the
    table's item (三公经费), not “预算数”, with the other side of the row beside it."""
    answer = county_final.answer(question)
    assert answer.facts[0].value == Decimal(value) and said in answer.text, answer.text
    assert beside in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "item", "actual"),
    [
        ("普陀区财政局2024年基本支出比年初预算多了多少", "基本支出", "2336.91"),
        ("规划资源局2024年项目支出比预算多还是少", "项目支出", "4381.74"),
    ],
)
def test_a_final_accounts_item_without_a_stated_budget_says_so_beside_its_outcome(
    families: Composer, question: str, item: str, actual: str
) -> None:
    """比年初预算多还是少 of an item whose 年初预算 the 决算 states nowhere: its 决算数, saying no 年初预算 is
    given to set it against."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(actual), answer.text
    assert answer.text.startswith(f"文件没有写明“{item}”的年初预算"), answer.text


@pytest.mark.parametrize(
    ("family", "question", "value", "column"),
    [
        ("county_final", "年初预算是多少", "8410000.00", "年初预算数/小计"),
        ("county_columns", "年初预算多少", "8600000.00", "年初预算数"),
        ("families", "规划资源局2024年年初预算多少", "10210.34", ""),
    ],
)
def test_a_final_accounts_whole_budget_is_its_stated_one_else_the_one_its_tables_print(
    request: pytest.FixtureRequest, family: str, question: str, value: str, column: str
) -> None:
    """年初预算多少 of a 决算: the 年初预算 its narrative states of a total, else the 一般公共预算 table's
    total under 年初预算数 (the national template prints it), saying what it covers."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert answer.facts[0].source.column == column and "说明：决算" in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question", "value", "note"),
    [
        ("county_final", "年初预算数是多少", "8410000.00", "决算没有列出全部资金的年初预算"),
        ("county_columns", "调整预算数是多少", "9165000.00", "决算没有列出全部资金的调整预算"),
        ("district_final", "年初预算是多少", "6015.25", "以上是表三《支出决算表》列出的全部资金年初预算"),
        ("district_final", "调整预算数是多少", "6695.25", "以上是表三《支出决算表》列出的全部资金调整预算"),
    ],
)
def test_a_final_accounts_whole_budget_says_the_side_and_the_funds_its_table_covers(
    request: pytest.FixtureRequest, family: str, question: str, value: str, note: str
) -> None:
    """年初预算数 / 调整预算数 naming no item: the whole of that side, named so; a table of every fund's
    budget is said to be one, never said missing."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert note in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("食品安全监管调整预算数", "1250000.00"), ("食品安全监管调整后的预算", "1250000.00")],
)
def test_an_adjusted_budget_asked_is_read_in_its_own_column(
    county_final: Composer, question: str, value: str
) -> None:
    answer = county_final.answer(question)
    assert answer.facts[0].value == Decimal(value) and answer.facts[0].source.column == "调整预算数", (
        answer.text
    )


@pytest.mark.parametrize(
    ("family", "question", "rate", "inputs"),
    [
        ("county_final", "食品安全监管完成调整预算的多少", "99.34", ("1241800.00", "1250000.00")),
        ("county_columns", "水利工程运行与维护完成了调整预算的多少", "100.00", ("3600000.00", "3600000.00")),
    ],
)
def test_how_far_an_adjusted_budget_was_carried_out_is_read_against_the_adjusted_column(
    request: pytest.FixtureRequest, family: str, question: str, rate: str, inputs: tuple[str, ...]
) -> None:
    """完成调整预算的多少 where the table prints 调整预算数: the 决算数 over it, said as 调整预算, never the
    年初预算数 nor the 调整预算数 over itself."""
    answer = composer_of(request, family).answer(question)
    assert answer.facts[0].value == Decimal(rate) and "完成调整预算的" in answer.text, answer.text
    assert [fact.value for fact in answer.facts[1:]] == [Decimal(value) for value in inputs], answer.text
    assert answer.facts[2].source.column == "调整预算数", answer.text


@pytest.mark.parametrize(
    "question", ["规划资源局2024年决算完成了调整预算的多少", "普陀区财政局2024年决算完成调整预算的百分之几"]
)
def test_an_adjusted_budgets_rate_neither_printed_nor_stated_gives_the_stated_rate_saying_so(
    families: Composer, question: str
) -> None:
    """完成调整预算的多少 where only 完成年初预算的X% is stated: that rate as stated, after saying the 调整预算
    is not printed, never a rate recomputed beside it."""
    answer = families.answer(question)
    assert answer.text.startswith("文件没有列出所问的调整预算数"), answer.text
    assert "文件原文所述" in answer.text and "按文件说明中写明的两个数字计算" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question", "side", "printed"),
    [
        ("families", "普陀区财政局2024年决算调整预算多少", "调整预算数", False),
        ("families", "规划资源局2024年三公经费调整预算", "调整预算数", False),
        ("county_columns", "三公经费调整预算数是多少", "调整预算数", True),
        ("county_final", "食品安全监管调整预算数", "调整预算数", True),
        ("district_final", "城管执法调整后的预算", "调整预算数", True),
        ("families", "规划资源局2024年基本支出年初预算", "年初预算数", False),
        ("families", "普陀区财政局2024年项目支出年初预算", "年初预算数", False),
        ("county_final", "食品安全监管年初预算数", "年初预算数", True),
        ("district_final", "城管执法年初预算", "年初预算数", True),
    ],
)
def test_a_budget_side_a_final_account_does_not_print_is_said_missing_above_what_it_does(
    request: pytest.FixtureRequest, family: str, question: str, side: str, printed: bool
) -> None:
    """调整预算多少 of a 决算 that prints only 年初预算数, 基本支出年初预算 of one that states only the item's
    决算数: the figures it does print, below a line saying the side asked is not among them; where the
    item's row prints that side, that, with no such line."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    note = f"文件没有列出所问的{side}，以下是它列出的数字：\n"
    assert answer.text.startswith(note) is not printed, answer.text
    assert printed is (side in answer.text.removeprefix(note)), answer.text


@pytest.mark.parametrize(
    ("family", "question", "side", "spent"),
    [
        ("families", "规划资源局基本工资年初预算多少", "年初预算数", "537.64 万元"),
        ("families", "规划资源局办公费预算是多少", "预算数", "84.62 万元"),
        ("families", "规划资源局城乡社区支出的年初预算", "年初预算数", "3,845.24 万元"),
        ("families", "普陀区财政局2024年决算办公费的预算和决算", "预算数", "21.21 万元"),
        ("families", "普陀区财政局2024年决算预算收入多少", "预算数", "2,995.39 万元"),
        ("families", "普陀区财政局决算里差旅费预算多少", "预算数", "1.20 万元"),
        ("county_columns", "决算表里基本工资的预算", "预算数", "820,000.00 元"),
        ("county_final", "职业年金缴费的预算是多少", "预算数", "422,000.00 元"),
        ("county_final", "收入预算多少", "预算数", "8,817,800.00 元"),
        ("county_columns", "基本工资年初预算多少", "年初预算数", "820,000.00 元"),
        ("county_columns", "基本工资调整预算", "调整预算数", "820,000.00 元"),
    ],
)
def test_an_item_a_final_account_prints_only_as_spent_is_that_figure_below_its_budget_said_missing(
    request: pytest.FixtureRequest, family: str, question: str, side: str, spent: str
) -> None:
    """办公费预算是多少, 基本工资年初预算 of a 决算 whose table prints only the item's 决算数 (and 预算收入 of
    one whose narrative states only its 支出's 年初预算): the item is found, its 决算数 given below a line
    saying the budget asked is not printed, never “not found” nor another item's budget."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered", answer.text
    assert answer.text.startswith(f"文件没有列出所问的{side}，以下是它列出的数字：\n"), answer.text
    assert f"决算数 {spent}" in answer.text and "支出年初预算" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question", "sides"),
    [
        ("county_final", "行政运行决算比调整预算", ("决算数 4,817,400.00 元", "调整预算数 4,870,000.00 元")),
        ("county_final", "食品安全监管比年初预算多了多少", ("决算数 1,241,800.00 元", "年初预算数 1,200,000.00 元")),
        ("county_columns", "水利工程运行与维护决算比调整预算", ("决算数 3,600,000.00 元", "调整预算数 3,600,000.00 元")),
        ("district_final", "城管执法比调整预算多多少", ("决算数 2,680.00 万元", "调整预算数 3,180.00 万元")),
    ],
)  # fmt: skip
def test_a_final_account_against_its_budget_names_each_figure_by_its_side(
    request: pytest.FixtureRequest, family: str, question: str, sides: tuple[str, str]
) -> None:
    """决算数/小计 beside 调整预算数: each figure is named by the side it is on (决算数, 调整预算数), not by the
    whole path of its column (the source still gives that)."""
    answer = composer_of(request, family).answer(question)
    figures_line = next(line for line in answer.text.split("\n") if "决算数" in line)  # after any premise
    assert all(side in figures_line for side in sides), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("汾阳人社局2023年和2024年三公经费差多少", "汾阳人社局三公经费比2023年多多少"),
        ("上海市财政局2024年和2025年三公经费比较", "上海市财政局2025年三公经费比2024年多多少"),
    ],
)
def test_two_years_set_side_by_side_with_one_not_loaded_read_as_the_change_its_narrative_states(
    families: Composer, question: str, said: str
) -> None:
    """2023年和2024年…差多少 with only 2024 loaded: the change the 2024 narrative states, as 比2023年 gives it,
    never “no document of both years”."""
    answer, same = families.answer(question), families.answer(said)
    assert answer.status == "answered" and "以下是文件说明中与上年的比较" in answer.text, answer.text
    assert [fact.to_json() for fact in answer.facts] == [fact.to_json() for fact in same.facts], answer.text


@pytest.mark.parametrize(
    ("family", "question", "asked"),
    [
        ("district_final", "基本支出执行率是多少", "基本支出"),
        ("families", "规划资源局2024年决算基本支出完成了年初预算的百分之几", "基本支出"),
        ("county_columns", "基本支出完成了年初预算的多少", "基本支出"),
    ],
)
def test_a_rate_of_an_item_printed_only_as_a_column_says_its_budget_is_not_printed(
    request: pytest.FixtureRequest, family: str, question: str, asked: str
) -> None:
    """基本支出完成率 of a 决算 printing 基本支出 only as a column of 决算数: it is there, but not beside a 年初预算
    of its own, never “没有找到基本支出”."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"没有写明“{asked}”完成年初预算的比例，也没有同时列出它的年初预算和决算数" in answer.text, (
        answer.text
    )


@pytest.mark.parametrize(
    "question",
    [
        "人社局零工市场比上年增加多少",
        "人社局零工市场比上年为什么减少",
        "上海市财政局2025年办公费比上年增加多少",
        "普陀区社会福利院2024年培训费比上年增长多少",
        "江苏省政协办公厅2018年办公费比2017年增加多少",
    ],
)
def test_a_change_neither_the_tables_nor_the_narrative_give_says_both(
    families: Composer, question: str
) -> None:
    """The year before is not loaded and the narrative states no change of the item: the answer says the
    narrative was read too, so it is not taken for a document that lacks the item."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "无法用两年的表格相减" in answer.text and "文件说明中也没有找到" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("人社局预算下降率是多少", "下降17.49%"),
        ("普陀区财政局2024年机关运行经费增长率", "增长1.40%"),
        ("省高院2019年支出增速", "增长12.11%"),
    ],
)
def test_a_rate_of_change_said_as_one_word_is_the_stated_change(
    families: Composer, question: str, stated: str
) -> None:
    """增长率, 下降率, 增速: the change asked as a rate, never an item named 率."""
    answer = families.answer(question)
    assert answer.status == "answered" and stated in answer.text, answer.text
    assert "“率”" not in answer.text, answer.text

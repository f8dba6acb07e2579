"""Comparisons across units, years and kinds: each figure sourced, the difference and ratio with formulas.

Two databases: the sample with every corpus PDF (`corpus_engine`, loaded once per session; 普陀区财政局
2025 预算 and 2024 决算 are one unit; 上海市财政局 is the same function a level up), and the sample with
a crafted 2023 copy of itself (a real two-year pair, a few figures changed), built once for the module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.replies import plain_label
from knowledge.database import open_engine
from loaders import load_into, sample_path

PUTUO = "上海市普陀区财政局"
SHANGHAI = "上海市财政局"


def has_fact(answer: Answer, value: str, unit: str, document: str = "") -> bool:
    return any(
        fact.value == Decimal(value) and fact.unit == unit and fact.source.document.startswith(document)
        for fact in answer.facts
    )


@pytest.fixture(scope="module")
def corpus_composer(corpus_engine: Engine, cache_home: Path) -> Composer:
    return Composer(corpus_engine)


@pytest.fixture(scope="module")
def two_years_composer(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """The sample (2024) and the sample as 2023: 住房公积金 15.00, 零工市场运营费用 50.00."""
    folder = tmp_path_factory.mktemp("two-years")
    text = sample_path().read_text(encoding="utf-8")
    earlier = folder / "fenyang-2023.txt"
    earlier.write_text(
        text.replace("2024", "2023").replace("16.18", "15.00").replace("57.60", "50.00"), encoding="utf-8"
    )
    engine = open_engine(f"sqlite:///{folder / 'two.db'}")
    for path in (earlier, sample_path()):
        assert load_into(engine, path).error is None
    yield Composer(engine)
    engine.dispose()


@pytest.mark.parametrize(
    "question",
    [
        "普陀区财政局和上海市财政局的三公经费比较",
        "上海市财政局与普陀区财政局三公经费对比",
        "比较一下普陀区财政局跟上海市财政局的“三公”经费",
        "上海市财政局的三公经费是普陀区财政局的几倍",
        "普陀区财政局和上海市财政局哪个三公经费多",
    ],
)
def test_two_units_each_with_its_source_and_the_difference_and_ratio(
    corpus_composer: Composer, question: str
) -> None:
    answer = corpus_composer.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    assert answer.text.startswith("三公经费比较")
    assert has_fact(answer, "0.95", "万元", f"{PUTUO} 2025年预算")
    assert has_fact(answer, "346.30", "万元", SHANGHAI)
    assert has_fact(answer, "345.35", "万元") or has_fact(answer, "-345.35", "万元")
    assert has_fact(answer, "364.53", "倍")
    assert "346.30 ÷ 0.95 = 364.53" in answer.text
    assert all(fact.source.describe() in answer.text for fact in answer.facts[:2])


def test_a_name_that_fits_two_units_asks_which_and_each_choice_compares(corpus_composer: Composer) -> None:
    answer = corpus_composer.answer("人社局和财政局的三公经费比较")
    assert answer.status == "ambiguous"
    assert {choice.label for choice in answer.choices} == {PUTUO, SHANGHAI}
    assert all(not choice.documents and choice.label in choice.question for choice in answer.choices)
    chosen = corpus_composer.choose(next(c for c in answer.choices if c.label == SHANGHAI))
    assert chosen.intent == "compare"
    assert has_fact(chosen, "5.00", "万元", "汾阳市人力资源和社会保障局") and has_fact(
        chosen, "346.30", "万元"
    )
    assert has_fact(chosen, "69.26", "倍")


@pytest.mark.parametrize(
    "question",
    [
        "财政局住房公积金2025年预算比2024年决算多多少",
        "财政局2024年决算和2025年预算的住房公积金对比",
        "财政局25年预算与24年决算住房公积金比较",
    ],
)
def test_a_name_that_fits_two_units_means_the_one_with_every_side_compared(
    corpus_composer: Composer, question: str
) -> None:
    """上海市财政局 has no 2024年决算: only 普陀区财政局 holds both documents, so it is not asked about."""
    answer = corpus_composer.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    assert has_fact(answer, "2049197.00", "元", f"{PUTUO} 2025年预算")
    assert has_fact(answer, "187.19", "万元", f"{PUTUO} 2024年决算")


@pytest.mark.parametrize(
    "question",
    [
        "普陀区财政局2024年决算和2025年预算的住房公积金",
        "普陀区财政局住房公积金2025年预算比2024年决算多多少",
        "普陀区财政局24年决算与25年预算住房公积金对比",
    ],
)
def test_a_budget_against_the_final_account_of_the_same_unit(
    corpus_composer: Composer, question: str
) -> None:
    answer = corpus_composer.answer(question)
    assert answer.intent == "compare", answer.text
    assert has_fact(answer, "2049197.00", "元", f"{PUTUO} 2025年预算")
    assert has_fact(answer, "187.19", "万元", f"{PUTUO} 2024年决算")
    assert has_fact(answer, "177297.00", "元") and has_fact(answer, "9.47", "%")
    assert "187.19 万元 = 1,871,900.00 元" in answer.text
    assert "决算是实际执行数" in answer.text


@pytest.mark.parametrize(
    ("composer_name", "question", "figures"),
    [
        (
            "corpus_composer",
            "普陀区财政局2025年支出预算和2024年决算支出比怎么样",
            (("31214205.80", "元"), ("2940.05", "万元")),
        ),
        ("corpus_composer", "普陀区财政局2025年预算支出和2024年决算支出相比", (("31214205.80", "元"),)),
        ("two_years_composer", "汾阳人社局2023年住房公积金和2024年住房公积金比较", (("15.00", "万元"),)),
    ],
)
def test_one_item_said_for_each_side_is_that_item_on_both(
    request: pytest.FixtureRequest, composer_name: str, question: str, figures: tuple[tuple[str, str], ...]
) -> None:
    """2025年支出预算和2024年决算支出: 支出 said for each side is one item, never “支出和支出” read as
    some row that holds 和 (商品和服务支出)."""
    answer = request.getfixturevalue(composer_name).answer(question)
    assert answer.intent == "compare" and "和" not in answer.text.split("比较")[0], answer.text
    assert all(has_fact(answer, value, unit) for value, unit in figures), answer.text


@pytest.mark.parametrize("question", ["哪个单位项目支出最多", "项目支出哪个单位最高", "各单位项目支出排名"])
def test_documents_ranked_by_a_figure_each_saying_its_year_and_kind(
    corpus_composer: Composer, question: str
) -> None:
    """Naming no year, each unit is ranked once, by its latest document (普陀区财政局's 2025年预算, not also
    its 2024年决算), each saying its year and kind."""
    answer = corpus_composer.answer(question)
    assert answer.intent == "rank_documents", answer.text
    ranked = [fact.source.document for fact in answer.facts]
    assert len(set(ranked)) >= 7 and f"{PUTUO} 2025年预算" in ranked and f"{SHANGHAI} 2025年预算" in ranked
    assert f"{PUTUO} 2024年决算" not in ranked and "江苏省人大常委会办公厅 2017年预算" not in ranked
    in_yuan = [fact.value * (10_000 if fact.unit == "万元" else 1) for fact in answer.facts if fact.value]
    assert in_yuan == sorted(in_yuan, reverse=True)
    assert ranked.index("上海市普陀区人民政府万里街道办事处 2023年预算") < ranked.index(
        f"{SHANGHAI} 2025年预算"
    )
    assert "2024年决算" in answer.text and "2025年预算" in answer.text


@pytest.mark.parametrize(
    ("question", "region", "descending"),
    [
        ("哪个单位的预算最多", "", True),
        ("2025年哪个单位钱最多", "上海", True),
        ("江苏哪个单位的预算最少", "江苏", False),
        ("哪个部门预算总额最高", "", True),
    ],
)
def test_units_ranked_by_no_item_named_are_ranked_by_their_spending_totals(
    corpus_composer: Composer, question: str, region: str, descending: bool
) -> None:
    """哪个单位的预算最多: a unit's budget as a whole is its 支出总计 (支出合计 where the 收支总表 prints so),
    as two units compared by no item are; never not found for an item called 哪个单位的预算."""
    answer = corpus_composer.answer(question)
    assert answer.status == "answered" and answer.intent == "rank_documents", answer.text
    assert all(plain_label(fact.label) in ("支出总计", "支出合计") for fact in answer.facts), answer.text
    assert all(region in fact.source.document for fact in answer.facts) and len(answer.facts) >= 2
    in_yuan = [fact.value * (10_000 if fact.unit == "万元" else 1) for fact in answer.facts if fact.value]
    assert in_yuan == sorted(in_yuan, reverse=descending), answer.text


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("各单位的公务接待费", ""),
        ("每个部门的三公经费是多少", ""),
        ("江苏这几个部门机关运行经费排名", "江苏"),
        ("上海各单位人员经费", "上海"),
        ("江苏几个部门的人员经费对比", "江苏"),
        ("这几家单位的三公经费", ""),
        ("各家单位公务接待费", ""),
    ],
)
def test_every_unit_asked_at_once_gives_each_documents_figure(
    corpus_composer: Composer, question: str, region: str
) -> None:
    """各单位的X, 这几个部门X排名, 几个部门的X对比: every loaded unit's figure (of the region named) from its latest document,
    each with its source, never a choice of one document nor a ranking inside one."""
    answer = corpus_composer.answer(question)
    assert answer.status == "answered" and answer.intent == "rank_documents", answer.text
    documents = {fact.source.document for fact in answer.facts}
    heads = [head for head in corpus_composer.index.heads if region in head.unit_name]
    assert documents <= {head.label for head in heads}, answer.text
    units = {head.unit_name for head in heads}
    assert len(documents) == len(units) >= 5, answer.text  # each unit once, by its latest document


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("江苏省2018年各部门三公经费总共多少", 2018),
        ("2018年所有单位的会议费加起来多少", 2018),
        ("2025年各单位人员经费合计多少", 2025),
        ("2024年各单位的三公经费预算加起来是多少", 2024),
    ],
)
def test_units_of_one_year_and_kind_asked_for_their_total_are_added_up(
    corpus_composer: Composer, question: str, year: int
) -> None:
    """所有单位的X加起来多少: the documents' figures (each as the ranking gives it, with its source) and
    their sum in one unit, with the formula; 元 and 万元 are added in 元."""
    answer = corpus_composer.answer(question)
    total, *each = answer.facts
    ranked = corpus_composer.answer(re.sub("总共|加起来|合计|一共|是", "", question).replace("多少", "排名"))
    assert answer.intent == ranked.intent == "rank_documents" and each == ranked.facts, answer.text
    assert len(each) >= 2 and all(f" {year}年" in fact.source.document for fact in each), answer.text
    in_yuan = sum(fact.value * (10_000 if fact.unit == "万元" else 1) for fact in each if fact.value)
    assert total.value is not None and total.source.inputs == tuple(fact.source for fact in each)
    assert total.value * (10_000 if total.unit == "万元" else 1) == in_yuan, answer.text
    assert answer.text.startswith(f"{len(each)} 份文档的"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "省高院的三公经费是省政协办公厅的百分之几",
        "省高院三公经费占省政协办公厅的多少",
        "省高院的三公经费相当于省检察院的多少",
        "省人大办公厅2019年三公经费是2017年的百分之几",
        "上海市财政局2025年人员经费是区财政局的百分之几",
        "汾阳人社局三公经费占区福利院的比例",
    ],
)
def test_one_side_asked_as_a_share_of_the_other_leads_with_that_percentage(
    corpus_composer: Composer, question: str
) -> None:
    """A的X是B的百分之几, 占B的多少, 相当于B的多少: the first side's figure over the second's, × 100, first,
    with its formula; then each side's figure with its source, as any comparison gives them."""
    answer = corpus_composer.answer(question)
    first, second = answer.facts[:2]
    share = next(fact for fact in answer.facts if fact.unit == "%" and fact.label.endswith("的百分比"))
    scale = {"万元": 10_000, "元": 1}
    assert first.value is not None and second.value, answer.text
    exact = Decimal(100) * first.value * scale[first.unit] / (second.value * scale[second.unit])
    assert share.value == exact.quantize(Decimal("0.01"), ROUND_HALF_UP), answer.text
    assert answer.intent == "compare" and answer.text.startswith(share.text), answer.text
    assert share.source.inputs == (first.source, second.source), answer.text


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("省政协办公厅和省委办公厅2018年会议费一共多少", 2),
        ("省人大办公厅2017年和2019年三公经费加起来多少", 2),
        ("汾阳人社局和区福利院的三公经费合计多少", 2),
    ],
)
def test_named_sides_of_one_kind_asked_for_their_total_are_added_not_compared(
    corpus_composer: Composer, question: str, documents: int
) -> None:
    """A和B一共多少 (two units of one year, or one unit's two years): their sum with its formula, then each
    side's figure with its source; no difference nor ratio, which were not asked."""
    answer = corpus_composer.answer(question)
    total, *each = answer.facts
    assert len(each) == documents and total.source.inputs == tuple(fact.source for fact in each), answer.text
    scale = {"万元": 10_000, "元": 1}
    added = sum(fact.value * scale[fact.unit] for fact in each if fact.value is not None)
    assert total.value is not None and total.value * scale[total.unit] == added, answer.text
    assert "倍" not in answer.text and "比较" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("省高院和省检察院的会议费加起来", "年度"),
        ("普陀区财政局2024年和2025年三公经费合计多少", "年度、类型"),
    ],
)
def test_named_sides_of_other_kinds_or_units_of_other_years_are_not_added(
    corpus_composer: Composer, question: str, said: str
) -> None:
    answer = corpus_composer.answer(question)
    assert answer.text.startswith(f"各文档的{said}不同"), answer.text
    assert not any(fact.source.inputs and fact.unit != "%" for fact in answer.facts[:1]), answer.text


@pytest.mark.parametrize("question", ["所有单位的公务接待费一共多少", "各单位人员经费加在一起多少"])
def test_units_of_different_years_or_kinds_are_not_added_up(corpus_composer: Composer, question: str) -> None:
    """A plan and an outcome, or two years, are no sum: each document's figure, saying why none is added."""
    answer = corpus_composer.answer(question)
    assert answer.intent == "rank_documents" and "相加没有意义" in answer.text.split("\n")[0], answer.text
    assert len({fact.source.document for fact in answer.facts}) == len(answer.facts) >= 5, answer.text
    assert not any(fact.source.inputs for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "years"),
    [("2018年各单位的会议费", {2018}), ("历年各单位三公经费排名", {2017, 2018, 2019, 2023, 2024, 2025})],
)
def test_units_ranked_in_a_year_named_or_every_year_keep_each_of_those_documents(
    corpus_composer: Composer, question: str, years: set[int]
) -> None:
    """2018年各单位, 历年各单位: the year (or every year) is named, so each document of it is ranked."""
    answer = corpus_composer.answer(question)
    assert answer.intent == "rank_documents", answer.text
    ranked = {fact.source.document for fact in answer.facts}
    assert {int(label.rsplit(" ", 1)[1][:4]) for label in ranked} == years, answer.text


@pytest.mark.parametrize(
    "unit", ["汾阳市人力资源和社会保障局", "上海市普陀区人民政府万里街道办事处", "江苏省高级人民法院"]
)
@pytest.mark.parametrize("question", ["三公经费哪个单位最多", "各单位的培训费", "哪个部门的公用经费最高"])
def test_which_unit_asked_of_one_units_documents_gives_its_figure_saying_so(
    corpus_composer: Composer, unit: str, question: str
) -> None:
    """哪个单位最多 where only one unit's documents can answer: that unit's figure, as the item asked alone
    gives it, saying no other unit is there to rank; never a ranking of the item's parts."""
    within = frozenset(head.id for head in corpus_composer.index.heads if head.unit_name == unit)
    answer = corpus_composer.answer(question, within=within)
    alone = corpus_composer.answer(
        re.sub("哪个(?:单位|部门)的?|各单位的|最多|最高", "", question), within=within
    )
    assert answer.text.startswith(f"可查的文档中只有{unit}一个单位"), answer.text
    assert answer.intent == alone.intent != "rank" and answer.facts == alone.facts, answer.text


@pytest.mark.parametrize(
    ("question", "alone", "lead"),
    [
        ("省委办公厅2018年哪个单位的预算最多", "省委办公厅2018年预算", "没有分单位列出这项数字"),
        ("万里街道2023年哪个单位三公经费最多", "万里街道2023年三公经费", "没有分单位列出这项数字"),
        ("普陀区财政局2024年决算各单位三公经费", "普陀区财政局2024年决算三公经费", "没有分单位列出这项数字"),
        ("省委办公厅2018年各单位预算多少", "省委办公厅2018年预算多少", "没有分单位列出这项数字"),
        ("福利院哪个单位三公经费最多", "福利院三公经费", "是单位预算，只含本单位"),
        ("万里街道2023年哪个中心的三公经费最多", "万里街道2023年三公经费", "没有分单位列出这项数字"),
        ("规划资源局哪个所的支出最多", "规划资源局支出", "没有分单位列出这项数字"),
        ("上海市财政局各单位的人员经费", "上海市财政局人员经费", "是单位预算，只含本单位"),
        ("省委办公厅下属单位的三公经费分别多少", "省委办公厅三公经费", "没有分单位列出这项数字"),
        ("万里街道下属各单位的人员经费", "万里街道人员经费", "没有分单位列出这项数字"),
        ("上海市财政局下属单位的公务接待费", "上海市财政局公务接待费", "是单位预算，只含本单位"),
        ("省委办公厅哪些单位三公经费超过100万", "省委办公厅三公经费", "没有分单位列出这项数字"),
        ("万里街道哪些单位人员经费超过100万", "万里街道人员经费", "没有分单位列出这项数字"),
        ("省委办公厅哪两个单位三公经费最多", "省委办公厅三公经费", "没有分单位列出这项数字"),
    ],
)
def test_which_unit_of_a_named_unit_printing_no_table_by_unit_gives_its_whole_figure_saying_so(
    corpus_composer: Composer, question: str, alone: str, lead: str
) -> None:
    """省委办公厅哪个单位预算最多 where the document prints no table by unit (or is one unit's own 单位预算):
    the whole document's figure, as the item asked alone gives it, saying its units' own are not printed;
    哪个单位预算 and 各单位预算 name units, never the scope 单位预算."""
    answer = corpus_composer.answer(question)
    expected = corpus_composer.answer(alone)
    assert answer.status == "answered" and lead in answer.text.split("\n")[0], answer.text
    assert answer.intent != "rank" and answer.facts == expected.facts, answer.text


def test_the_least_ranks_from_the_smallest(corpus_composer: Composer) -> None:
    answer = corpus_composer.answer("哪个单位三公经费最少")
    values = [fact.value for fact in answer.facts]
    assert answer.intent == "rank_documents" and values[0] == min(values)


def test_no_unit_named_and_many_loaded_asks_which_without_guessing(corpus_composer: Composer) -> None:
    answer = corpus_composer.answer("住房公积金是多少")
    assert answer.status == "ambiguous" and len(answer.choices) >= 5 and not answer.facts
    labels = {head.label for head in corpus_composer.index.heads}
    assert all(choice.label in labels for choice in answer.choices)


@pytest.mark.parametrize(
    "question",
    [
        "住房公积金比2023年多了多少",
        "和去年比住房公积金增加了多少",
        "住房公积金比上年增加了多少",
        "汾阳市人社局2024年住房公积金和2023年相比",
        "23年和24年的住房公积金对比",
    ],
)
def test_two_years_of_one_unit_give_both_figures_the_change_and_the_percentage(
    two_years_composer: Composer, question: str
) -> None:
    answer = two_years_composer.answer(question)
    assert answer.intent == "compare", answer.text
    assert has_fact(answer, "16.18", "万元", "汾阳市人力资源和社会保障局 2024年预算")
    assert has_fact(answer, "15.00", "万元", "汾阳市人力资源和社会保障局 2023年预算")
    assert has_fact(answer, "1.18", "万元") and has_fact(answer, "7.87", "%")
    assert "16.18 − 15.00 = 1.18" in answer.text and "增加" in answer.text


def test_a_project_compared_over_two_years(two_years_composer: Composer) -> None:
    answer = two_years_composer.answer("零工市场运营费用2024年和2023年对比")
    assert has_fact(answer, "57.60", "万元") and has_fact(answer, "50.00", "万元")
    assert has_fact(answer, "15.20", "%")


@pytest.mark.parametrize(
    ("documents", "question", "later", "earlier"),
    [
        ("two_years", "人社局住房公积金哪年多", "16.18", "15.00"),
        ("corpus", "省人大三公经费哪年多", "767.60", "833.60"),
        ("corpus", "省人大哪一年会议费最少", "1469.73", "1305.25"),
        ("corpus", "普陀区财政局三公经费哪年多", "0.95", "0"),
        ("two_years", "人社局历年住房公积金", "16.18", "15.00"),
        ("corpus", "省人大常委会办公厅两年的三公经费对比", "767.60", "833.60"),
        ("corpus", "省人大三公经费这几年的变化", "767.60", "833.60"),
        ("corpus", "普陀区财政局这两年三公经费", "0.95", "0"),
        ("corpus", "省人大常委会办公厅三公经费两年比较", "767.60", "833.60"),
        ("two_years", "人社局住房公积金两年间的变化", "16.18", "15.00"),
        ("corpus", "省人大三公经费走势", "767.60", "833.60"),
        ("corpus", "江苏省人大常委会办公厅2017到2019年三公经费趋势", "767.60", "833.60"),
        ("corpus", "普陀区财政局三公经费的变化趋势", "0.95", "0"),
        ("two_years", "人社局住房公积金的变化趋势", "16.18", "15.00"),
    ],
)
def test_which_year_compares_every_year_of_the_unit_loaded(
    request: pytest.FixtureRequest, documents: str, question: str, later: str, earlier: str
) -> None:
    """哪年多, 历年, 这两年 name no year: the unit's documents of each year are compared, the later first, each
    sourced."""
    composer: Composer = request.getfixturevalue(f"{documents}_composer")
    answer = composer.answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    values = [fact.value for fact in answer.facts[:2]]
    assert values == [Decimal(later), Decimal(earlier)], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "省人大2017年和2019年三公经费规模比较",
        "省检察院和省高院三公经费数据对比",
        "江苏各单位三公经费规模排名",
        "普陀区财政局2024年和2025年三公经费情况对比",
    ],
)
def test_documents_compared_on_a_concept_said_with_more_words_read_the_concept_never_the_tables_total(
    corpus_composer: Composer, question: str
) -> None:
    """三公经费规模 side by side: each document's 三公 subtotal, as one document asked alone gives it, never
    the 合计 of a table that adds 会议费 and 培训费."""
    answer = corpus_composer.answer(question)
    assert answer.status == "answered" and answer.intent in ("compare", "rank_documents"), answer.text
    assert len(answer.facts) >= 2, answer.text
    assert all("三公" in (fact.source.column or "") for fact in answer.facts[:2]), answer.text


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("省人大2019年比2017年总预算增加多少", ["预算", "预算"]),
        ("普陀区财政局哪年总预算多", ["预算", "决算"]),
    ],
)
def test_the_total_budget_compared_is_each_documents_spending_total_whatever_its_kind(
    corpus_composer: Composer, question: str, kinds: list[str]
) -> None:
    """总预算 is the item (the whole budget, its 支出 total), not the kind of document: a 决算 of a year
    compared with a 预算 of another still answers with its total."""
    answer = corpus_composer.answer(question)
    assert answer.intent == "compare" and answer.text.startswith("总额比较："), answer.text
    assert [fact.source.document[-2:] for fact in answer.facts[:2]] == kinds, answer.text
    assert all("支出" in fact.label and "计" in fact.label for fact in answer.facts[:2]), answer.text


@pytest.mark.parametrize(
    ("documents", "question", "verdict"),
    [
        ("two_years", "人社局住房公积金哪年少", "2023年预算更少"),
        ("two_years", "人社局住房公积金哪年多", "2024年预算更多"),
        ("corpus", "省人大2017年和2019年哪年收入少一些", "2017年预算更少"),
        ("corpus", "普陀区财政局哪年支出最少", "2024年决算更少"),
        ("corpus", "普陀区财政局今年三公经费比去年多还是少", "2025年预算更多"),
    ],
)
def test_the_verdict_names_the_side_the_question_asks_for(
    request: pytest.FixtureRequest, documents: str, question: str, verdict: str
) -> None:
    """哪年少 is answered by the smaller side, 哪年多 (and 多还是少, which asks neither) by the larger, each in
    the first line."""
    composer: Composer = request.getfixturevalue(f"{documents}_composer")
    answer = composer.answer(question)
    assert answer.intent == "compare" and verdict in answer.text.splitlines()[0], answer.text


def test_which_year_as_a_follow_up_compares_the_years_not_the_last_one(corpus_composer: Composer) -> None:
    """省人大2019年三公经费 → 2017年的呢 → 哪年多: both years compared, not the 2017 answer again."""
    context = None
    for question in ("省人大2019年三公经费", "2017年的呢", "哪年多"):
        answer, context = corpus_composer.answer_in_context(question, context)
    assert answer.intent == "compare" and {fact.value for fact in answer.facts[:2]} == {
        Decimal("767.60"),
        Decimal("833.60"),
    }, answer.text


def test_only_one_year_loaded_says_so_and_quotes_the_narrative(composer: Composer) -> None:
    answer = composer.answer("机关运行经费和去年比减少了多少")
    assert answer.status == "answered"
    assert "没有载入2023年" in answer.text and "已载入：2024年" in answer.text
    assert has_fact(answer, "2.87", "万元")


def test_only_one_year_loaded_and_nothing_in_the_narrative_is_not_found(composer: Composer) -> None:
    answer = composer.answer("住房公积金比2023年多了多少")
    assert answer.status == "not_found"
    assert "已载入：2024年" in answer.text and not answer.facts


@pytest.mark.parametrize(
    ("question", "loaded"),
    [
        ("普陀区财政局2025年收入预算比上年增加多少", "2024年部门决算、2025年部门预算"),
        ("省检察院会议费比上年增加多少", "2018年部门预算"),
        ("福利院住房公积金比2023年执行数减少了百分之几", "2024年单位预算"),
    ],
)
def test_a_year_not_loaded_names_each_loaded_document_by_its_kind(
    corpus_composer: Composer, question: str, loaded: str
) -> None:
    """2024年预算 is not loaded though a 2024年决算 is: what is loaded is named by year, scope and kind,
    never by a year alone that seems to contradict the missing one."""
    answer = corpus_composer.answer(question)
    assert f"已载入：{loaded}）" in answer.text, answer.text


def test_a_year_compared_against_that_is_far_off_is_not_loaded(composer: Composer) -> None:
    answer = composer.answer("机关运行经费比2019年减少了多少")
    assert answer.status == "not_found" and "2019年" in answer.text


def test_a_final_account_reads_its_actual_column_and_shows_the_budget_beside(
    corpus_composer: Composer,
) -> None:
    answer = corpus_composer.answer("规划资源局2024年三公经费")
    assert answer.facts[0].value == Decimal("0.39") and answer.facts[0].source.column.endswith("决算数")
    assert "预算数 2.85 万元" in answer.text
    blank = corpus_composer.answer("普陀区财政局2024年决算三公经费")
    assert blank.facts[0].value == Decimal(0) and "留空" in blank.text


def test_rows_of_one_name_under_different_codes_are_asked_about(corpus_composer: Composer) -> None:
    answer = corpus_composer.answer("万里街道2023年一般行政管理事务多少")
    assert answer.status == "ambiguous"
    assert len(answer.choices) == corpus_composer.settings.max_candidates
    assert any("2013302" in choice.label and "宣传事务" in choice.label for choice in answer.choices)
    assert len({fact.value for fact in answer.facts}) == len(answer.facts)
    chosen = corpus_composer.choose(next(c for c in answer.choices if "2013302" in c.label))
    assert chosen.status == "answered" and chosen.facts[0].value == Decimal("1002000")
    assert "454,100" not in chosen.text


def test_the_same_item_in_two_classifications_is_one_reading(corpus_composer: Composer) -> None:
    answer = corpus_composer.answer("上海市财政局2025年住房公积金")
    assert answer.status == "answered" and answer.facts[0].value == Decimal("10000000")


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("人社局和教育局的三公经费比较", "教育局"),
        ("比较一下教育局和人社局的三公经费", "教育局"),
        ("汾阳市人社局与孝义市人社局三公经费对比", "孝义市人社局"),
    ],
)
def test_a_unit_compared_with_that_is_not_loaded_is_said(
    composer: Composer, question: str, unit: str
) -> None:
    answer = composer.answer(question)
    assert answer.status == "not_found" and f"单位“{unit}”" in answer.text and not answer.facts


def test_two_years_quote_what_the_later_narrative_says_of_the_change(two_years_composer: Composer) -> None:
    answer = two_years_composer.answer("机关运行经费比上年减少了多少")
    assert answer.intent == "compare"
    assert has_fact(answer, "22.33", "万元", "汾阳市人力资源和社会保障局 2023年预算")
    assert has_fact(answer, "2.87", "万元", "汾阳市人力资源和社会保障局 2024年预算")
    assert "2024年文件说明写明" in answer.text and "相同" in answer.text


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("省高院和省检察院的三公经费哪个多", True),
        ("汾阳人社局和上海市财政局的三公经费比较", True),
        ("普陀区财政局和上海市财政局的三公经费比较", False),
    ],
)
def test_units_of_different_years_are_named_with_their_years_and_the_difference_is_noted(
    corpus_composer: Composer, question: str, note: bool
) -> None:
    """省高院 2019年预算 against 省检察院 2018年预算: each side says its year, and the answer says the years
    differ; two units of one year and kind are named by the unit alone."""
    answer = corpus_composer.answer(question)
    assert answer.intent == "compare", answer.text
    documents = [fact.source.document for fact in answer.facts[:2]]
    said = [line.split("：")[0][3:] for line in answer.text.splitlines()[1:5:2]]
    assert said == (documents if note else [document.rsplit(" ", 1)[0] for document in documents]), said
    assert ("说明：各文档的年度不同" in answer.text) is note, answer.text


def test_a_budgets_stated_change_on_last_years_budget_is_not_checked_against_a_final_account(
    corpus_composer: Composer,
) -> None:
    """2025年预算 against the 2024年决算: the 2025 narrative's 与2024年预算持平 is on the budget, so it is neither
    agreeing nor disagreeing with the 决算's figure, and its level (0.95万元) is never read as the change."""
    answer = corpus_composer.answer("普陀财政局2025年和2024年三公经费比较")
    assert answer.intent == "compare", answer.text
    assert "与2024年预算持平" in answer.text and "口径不同" in answer.text, answer.text
    assert "不一致" not in answer.text and "一致。" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["普陀财政局今年的钱比去年多了还是少了", "普陀财政局2025年和2024年支出总计比较"]
)
def test_a_total_compared_shows_the_change_stated_of_money_that_is_all_of_it(
    corpus_composer: Composer, question: str
) -> None:
    """支出总计 2025 against 2024: the 2025 narrative states the change only of 财政拨款支出, whose level
    (3,121.42万元) is the whole 支出总计, so that change is shown beside, as one on the budget."""
    answer = corpus_composer.answer(question)
    assert answer.intent == "compare", answer.text
    assert "比2024年预算增加107.62万元" in answer.text and "口径不同" in answer.text, answer.text
    assert Decimal("107.62") in {fact.value for fact in answer.facts}, answer.text


def test_a_total_compared_shows_no_change_stated_of_money_that_is_only_part_of_it(
    corpus_composer: Composer,
) -> None:
    answer = corpus_composer.answer("普陀财政局2025年和2024年基本支出比较")
    assert "107.62" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("composer_name", "question", "later", "earlier"),
    [
        ("corpus_composer", "省人大从2017年到2019年三公经费减少了多少", "767.60", "833.60"),
        ("corpus_composer", "省人大2017至2019年三公经费变化", "767.60", "833.60"),
        ("corpus_composer", "省人大2017-2019年会议费", "1469.73", "1305.25"),
        ("two_years_composer", "人社局从2023年到2024年住房公积金增加了多少", "16.18", "15.00"),
        ("two_years_composer", "人社局2023年至2024年住房公积金", "16.18", "15.00"),
    ],
)
def test_a_range_of_years_sets_its_two_years_side_by_side(
    request: pytest.FixtureRequest, composer_name: str, question: str, later: str, earlier: str
) -> None:
    """从2017年到2019年, 2017至2019年: the two years compared, as 2017年和2019年 are; the range's words are no
    part of the item (三公经费, never the table's 合计 read for 从到三公经费)."""
    answer = request.getfixturevalue(composer_name).answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    assert {Decimal(later), Decimal(earlier)} <= {fact.value for fact in answer.facts}, answer.text
    assert not answer.text.startswith("不是"), answer.text

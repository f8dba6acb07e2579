"""Budget concepts the tables blur: “三公”经费 is its three parts, never a 合计 holding 会议费 and 培训费.

Jiangsu tables print 会议费 and 培训费 in the 三公 table's 合计; Shanghai and the sample print the three
alone; the Jiangsu narrative halves state only the parts.
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
from loaders import load_into
from tests.loaders.county_documents import MERGED_LEFT, Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import write_text
from tests.loaders.guangdong_final_accounts import GUANGDONG_SIDE_ROWS

pytestmark = pytest.mark.slow


def first_value(answer: Answer) -> Decimal | None:
    return answer.facts[0].value if answer.facts else None


@pytest.mark.parametrize(
    ("question", "value", "apart"),
    [
        ("省高院2019年“三公”经费多少", "513.75", ("271.02", "1597.25")),
        ("江苏高院三公经费预算总额", "513.75", ("271.02", "1597.25")),
        ("省高院的三公是多少", "513.75", ("271.02", "1597.25")),
        ("省人大办公厅2017年三公经费合计", "833.60", ("1305.25", "403.75")),
        ("省人大2019年三公经费加起来多少", "767.60", ("1469.73", "363.38")),
        ("省检察院三公经费算下来多少", "484.30", ("200.44", "700.00")),
    ],
)
def test_a_total_that_holds_other_items_is_not_the_concept(
    families: Composer, question: str, value: str, apart: tuple[str, ...]
) -> None:
    answer = families.answer(question)
    assert first_value(answer) == Decimal(value), answer.text
    assert all(any(fact.value == Decimal(v) for fact in answer.facts) for v in apart)
    assert "不属于“三公”经费" in answer.text


@pytest.mark.parametrize(
    ("question", "value", "formula"),
    [
        ("省委办公厅2018年三公经费是多少", "508.20", "70 + 411.20 + 27 = 508.20"),
        ("省政协办公厅2018年“三公”经费预算", "675.10", "106 + 156.60 + 412.50 = 675.10"),
        ("省人大常委会2019年三公一共多少", "767.60", "199.25 + 183.6 + 384.75 = 767.60"),
    ],
)
def test_parts_only_the_narrative_states_are_summed_with_their_formula(
    narratives: Composer, question: str, value: str, formula: str
) -> None:
    answer = narratives.answer(question)
    assert first_value(answer) == Decimal(value) and answer.facts[0].unit == "万元", answer.text
    assert formula in answer.text and "三公" in answer.facts[0].source.section
    assert len(answer.facts) == 4


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("上海市财政局三公经费", "346.30", "万元"),
        ("普陀区财政局2025年三公经费是多少", "0.95", "万元"),
        ("汾阳人社局三公经费", "5.00", "万元"),
    ],
)
def test_a_total_of_the_three_alone_is_the_concept(
    families: Composer, question: str, value: str, unit: str
) -> None:
    answer = families.answer(question)
    assert first_value(answer) == Decimal(value) and answer.facts[0].unit == unit, answer.text
    assert "不属于" not in answer.text


@pytest.mark.parametrize(
    ("question", "value", "basic"),
    [
        ("省高院2019年培训费", "1597.25", "41.37"),
        ("省高院2019年会议费安排了多少", "271.02", "111.30"),
        ("上海市财政局2025年公务接待费", "25.40", "191000"),
    ],
)
def test_an_item_is_read_in_the_table_that_holds_all_of_it(
    families: Composer, question: str, value: str, basic: str
) -> None:
    answer = families.answer(question)
    assert first_value(answer) == Decimal(value), answer.text
    assert any(fact.value == Decimal(basic) for fact in answer.facts[1:])
    assert "基本支出部分" in answer.text


def test_a_part_of_the_concept_is_still_the_part(families: Composer) -> None:
    answer = families.answer("省高院2019年三公经费中的公务接待费")
    assert first_value(answer) == Decimal("86.95"), answer.text


def test_units_are_ranked_by_the_concept_not_by_a_total_holding_more(families: Composer) -> None:
    answer = families.answer("哪个单位三公经费最多")
    values = [fact.value for fact in answer.facts]
    assert Decimal("2382.02") not in values and Decimal("2542.60") not in values
    assert Decimal("513.75") in values or "江苏省高级人民法院 2019年预算（表中未注明金额单位）" in answer.text


@pytest.mark.parametrize(
    ("question", "value", "column"),
    [
        ("汾阳人社局人员经费是多少", "190.11", "人员经费"),
        ("汾阳人社局公用经费", "22.33", ""),
        ("汾阳人社局基本支出一共多少", "212.44", "基本支出"),
        ("汾阳人社局项目支出", "1384.20", "项目支出"),
        ("汾阳人社局收支总计", "1596.64", ""),
        ("上海市财政局2025年人员经费", "102464260", "人员经费"),
        ("上海市财政局2025年项目支出是多少", "44273130", "项目支出"),
        ("普陀区财政局2024年决算收支总计", "2995.39", ""),
        ("普陀区财政局2024年决算本年收入合计", "2946.25", ""),
        ("规划资源局2024年三公经费年初预算是多少", "2.85", "预算数"),
        ("规划资源局2024年三公经费决算数", "0.39", "决算数"),
        ("省高院2019年单位预留机动经费", "5011.40", ""),
        ("省高院2019年基本支出", "21968.00", ""),
        ("省高院2019年项目支出多少", "10208.94", ""),
        ("省检察院2018年收支总计", "21955.35", ""),
    ],
)
def test_budget_concepts_map_to_their_row_and_column_in_every_family(
    families: Composer, question: str, value: str, column: str
) -> None:
    answer = families.answer(question)
    first = answer.facts[0] if answer.facts else None
    assert first is not None and first.value == Decimal(value), answer.text
    assert column in first.source.column


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("省检察院2018年收入预算是多少", "21955.35"),
        ("省检察院2018年支出预算总额", "21955.35"),
        ("汾阳人社局收入是多少", "1596.64"),
        ("上海市财政局2025年支出一共多少", "171915169"),
        ("汾阳人社局总预算多少", "1596.64"),
        ("省人大2019年总预算", "18330.37"),
        ("普陀区财政局2025年总预算是多少", "31214205.80"),
        ("福利院2024年年初预算多少", "12121164"),
        ("省高院2019年年初预算", "37188.34"),
    ],
)
def test_money_in_or_out_alone_is_its_total_never_a_sum_of_totals(
    families: Composer, question: str, value: str
) -> None:
    answer = families.answer(question)
    assert first_value(answer) == Decimal(value), answer.text
    assert answer.intent == "amount"


@pytest.mark.parametrize(
    ("question", "value", "where"),
    [
        ("普陀区财政局2024年决算行政运行年初预算是多少", "1560.05", "决算具体情况"),
        ("规划资源局2024年三公经费的年初预算数", "2.85", "表七"),
        ("汾阳人社局住房公积金年初预算", "16.18", "表"),
        ("省高院2019年案件执行年初预算多少", "775.00", "公开"),
    ],
)
def test_the_first_budget_of_a_final_account_is_its_own_column_or_the_narratives_figure(
    families: Composer, question: str, value: str, where: str
) -> None:
    answer = families.answer(question)
    first = answer.facts[0] if answer.facts else None
    assert first is not None and first.value == Decimal(value), answer.text
    assert where in f"{first.source.table} {first.source.section}"


def test_a_column_no_table_prints_for_the_item_is_never_another_columns_figure(families: Composer) -> None:
    answer = families.answer("普陀区财政局2024年决算行政单位离退休的年初预算")
    assert Decimal("84.65") not in {fact.value for fact in answer.facts}, answer.text


@pytest.mark.parametrize(
    ("question", "value", "leaf"),
    [
        ("普陀区财政局2024年决算公务接待费是多少", "0", "决算数"),
        ("区财政局2024年决算因公出国（境）费多少", "0", "决算数"),
        ("普陀区财政局2024年决算公务接待费预算数", "0.95", "预算数"),
        ("规划资源局2024年公务接待费决算", "0.39", "决算数"),
        ("规划资源局2024年公务接待费年初预算", "2.85", "预算数"),
        ("上海市普陀区财政局2024年预算的三公经费", "0.95", "预算数"),
        ("规划资源局2024年预算公务接待费", "2.85", "预算数"),
    ],
)
def test_a_final_accounts_item_is_its_actual_figure_even_when_printed_empty(
    families: Composer, question: str, value: str, leaf: str
) -> None:
    """In a 决算, 公务接待费 is its 决算数; an empty 决算数 cell is 0, never the 预算数 beside it, which
    answers only when asked for (预算数, 年初预算, or 2024年预算 of a year loaded only as its 决算)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert first_value(answer) == Decimal(value), answer.text
    assert answer.facts[0].source.column.endswith(leaf), answer.text


@pytest.mark.parametrize(
    ("question", "part", "value"),
    [
        ("省高院2019年三公经费最多的是哪项", "公务用车购置及运行费", "266.80"),
        ("人社局三公经费哪项最多", "公务用车购置及运行费", "5.00"),
        ("福利院三公经费哪项最多", "公务用车购置及运行费", "6.40"),
    ],
)
def test_the_largest_part_of_a_concept_is_ranked_among_its_parts_not_its_total(
    families: Composer, question: str, part: str, value: str
) -> None:
    """三公经费最多的是哪项: one of 因公出国（境）, 公务用车购置及运行, 公务接待, never the table's 合计."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "rank", answer.text
    assert answer.facts[0].label == part and answer.facts[0].value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("省高院三公经费都包括哪些", "513.75", ("160.00", "266.80", "86.95")),
        ("上海市财政局三公经费包括哪些", "346.30", ("288.70", "25.40", "32.20")),
        ("汾阳人社局三公经费由哪些组成", "5.00", ("5.00",)),
    ],
)
def test_what_the_three_public_costs_include_is_its_parts_with_their_figures(
    families: Composer, question: str, total: str, parts: tuple[str, ...]
) -> None:
    """三公经费包括哪些: the total and each of its parts, read from the 三公 table, not a quoted sentence."""
    answer = families.answer(question)
    values = {fact.value for fact in answer.facts}
    assert answer.facts and answer.facts[0].value == Decimal(total), answer.text
    assert {Decimal(part) for part in parts} <= values, answer.text
    assert all(word in answer.text for word in ("因公出国", "公务接待", "公务用车")), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("省人大2017年三公经费的盘子", "833.60"),
        ("省高院三公经费大盘", "513.75"),
        ("省人大2019年三公经费规模", "767.60"),
        ("省人大2017年三公经费咋样", "833.60"),
        ("省检察院三公经费怎么说", "484.30"),
    ],
)
def test_a_concept_said_with_words_around_it_is_still_the_concept_not_its_tables_total(
    families: Composer, question: str, value: str
) -> None:
    """The words around 三公经费 make the table its title names the best match: the concept's 小计
    answers, never the table's 合计 that also holds 会议费 and 培训费."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("question", "column", "count", "total"),
    [
        ("汾阳人社局人员经费包括哪些", "人员经费", 12, "190.10"),  # the total prints 190.11
        ("上海市财政局2025年人员经费包括哪些", "人员经费", 11, "102464260"),
        ("万里街道2023年公用经费包括哪些", "公用经费", 17, "15381432"),
    ],
)
def test_what_a_column_of_the_basic_spending_holds_is_the_rows_with_an_amount_in_it(
    families: Composer, question: str, column: str, count: int, total: str
) -> None:
    """人员经费包括哪些: the 经济科目 rows with an amount in the 人员经费 column, that column's figure each,
    never every row of the table with 公用经费 items among them."""
    answer = families.answer(question)
    assert answer.text.startswith(f"{column}（") and len(answer.facts) == count, answer.text
    assert all(column in fact.source.column for fact in answer.facts), answer.text
    assert sum(fact.value or 0 for fact in answer.facts) == Decimal(total), answer.text


def test_a_column_no_table_prints_is_never_answered_with_every_row(families: Composer) -> None:
    """省高院's 基本支出 table prints no 人员经费 column: its narrative's 人员经费 answers, not 30 rows."""
    answer = families.answer("省高院2019年人员经费包括哪些")
    assert "18,387.95" in answer.text and "共 30 项" not in answer.text, answer.text


@pytest.fixture(scope="module")
def side_rows(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """Two 决算s whose “三公” table prints one row per side over the items' columns: a county's
    (年初预算数 | 调整预算数 | 决算数, its 合计 also holding 会议费 and 培训费) and a district's (预算数 | 决算数)."""
    folder = tmp_path_factory.mktemp("side-rows")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    for document, name in ((FINAL_ACCOUNTS, "pingchuan"), (GUANGDONG_SIDE_ROWS, "yunxi")):
        assert load_into(engine, write_text(document, folder / f"{name}.txt")).error is None
    yield Composer(engine)


@pytest.mark.parametrize(
    ("question", "value", "row"),
    [
        ("平川县农业农村局三公经费决算多少", "7.70", "决算数"),
        ("平川县农业农村局三公经费年初预算多少", "9.00", "年初预算数"),
        ("平川县农业农村局三公经费预算是多少", "9.00", "年初预算数"),
        ("平川县农业农村局三公经费调整预算多少", "8.50", "调整预算数"),
        ("平川县农业农村局公务接待费年初预算多少", "3.00", "年初预算数"),
        ("平川县农业农村局会议费决算", "3.20", "决算数"),
        ("云溪区城管局三公经费", "44.80", "决算数"),
        ("云溪区城管局三公经费预算多少", "52.00", "预算数"),
        ("云溪区城管局公务接待费预算是多少", "6.00", "预算数"),
        ("云溪区城管局公务用车购置及运行维护费决算多少", "41.00", "决算数"),
    ],
)
def test_a_table_of_one_row_per_side_is_read_on_the_side_asked(
    side_rows: Composer, question: str, value: str, row: str
) -> None:
    """年初预算数 | 调整预算数 | 决算数 printed as rows: a 决算's figure is its 决算数 row's, a budget asked is
    its own row's, and each is worded as the row says; the concept is never a 合计 holding 会议费."""
    answer = side_rows.answer(question)
    assert answer.status == "answered" and first_value(answer) == Decimal(value), answer.text
    assert f"年{row}" in answer.text, answer.text
    read = answer.facts[0].source
    assert {source.row for source in read.inputs or (read,)} == {row}, answer.text  # a sum: its parts' rows


@pytest.mark.parametrize(
    ("question", "actual", "planned", "rate"),
    [
        ("平川县农业农村局三公经费决算比预算少多少", "7.70", "9.00", None),
        ("平川县农业农村局三公经费完成调整预算多少", "7.70", "8.50", "90.59"),
        ("平川县农业农村局公务接待费决算比年初预算少了多少", "1.90", "3.00", None),
        ("平川县农业农村局会议费完成调整预算的百分之几", "3.20", "4.00", "80.00"),
        ("云溪区城管局公务接待费决算比预算少多少", "3.80", "6.00", None),
        ("云溪区城管局公务用车购置及运行维护费完成预算的多少", "41.00", "46.00", "89.13"),
    ],
)
def test_a_final_account_against_its_budget_reads_the_two_side_rows(
    side_rows: Composer, question: str, actual: str, planned: str, rate: str | None
) -> None:
    """决算比预算, 完成预算多少 where each side is a row: the item's figures on the 决算数 row and on the
    budget's row (调整预算数 when asked so), the concept as its parts added up on each."""
    answer = side_rows.answer(question)
    values = [fact.value for fact in answer.facts]
    assert answer.status == "answered" and Decimal(actual) in values and Decimal(planned) in values, (
        answer.text
    )
    assert rate is None or values[0] == Decimal(rate), answer.text
    assert "15.50" not in answer.text and "18.00" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("平川县农业农村局哪些三公经费没用完", ("公务接待费", "公务用车购置及运行费")),
        ("平川县农业农村局三公经费哪项执行率最低", ("公务接待费", "公务用车购置及运行费")),
        ("云溪区城管局哪些三公经费超支了", ("公务用车购置及运行费",)),
    ],
)
def test_which_parts_of_a_concept_kept_to_their_budget_ranks_the_concepts_parts(
    side_rows: Composer, question: str, items: tuple[str, ...]
) -> None:
    """哪些三公经费没用完: the concept's parts, each its 决算 against its budget in the concept's table (a
    row per side here), never the 科目 of the other tables nor the 会议费 printed beside them."""
    answer = side_rows.answer(question)
    listed = [
        line.split("：", 1)[0].split(". ", 1)[1] for line in answer.text.splitlines() if ". " in line[:4]
    ]
    assert answer.status == "answered" and tuple(listed) == items, answer.text


def test_which_parts_of_a_concept_kept_to_their_budget_reads_its_columns_too(families: Composer) -> None:
    """The same where the “三公” table prints 预算数 and 决算数 as columns of each part."""
    answer = families.answer("规划和自然资源局2024年哪些三公经费没花完")
    assert (
        answer.status == "answered" and "1. 公务接待费：年初预算 2.85 万元，决算 0.39 万元" in answer.text
    ), answer.text


def with_every_class(document: Document) -> Document:
    """The document with its 基本支出 table printing all four 经济分类 classes (303 and 310 added)."""
    added = (
        ("303", "对个人和家庭的补助", "20.00"),
        ("30305", "生活补助", "20.00"),
        ("310", "资本性支出", "5.00"),
        ("31002", "办公设备购置", "5.00"),
    )
    tables = tuple(
        replace(table, rows=(("合计", MERGED_LEFT, "2,040.25"), *table.rows[1:], *added))
        if table.kind == "基本支出经济科目表"
        else table
        for table in document.tables
    )
    return replace(document, tables=tables)


@pytest.fixture(scope="module")
def every_class(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Composer:
    folder = tmp_path_factory.mktemp("every-class")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    document = write_text(with_every_class(GUANGDONG_SIDE_ROWS), folder / "yunxi.txt")
    assert load_into(engine, document).error is None
    return Composer(engine)


@pytest.mark.parametrize(
    ("question", "value", "classes"),
    [
        ("云溪区城管局人员经费多少", "1763.85", "工资福利支出、对个人和家庭的补助"),
        ("云溪区城管局公用经费是多少", "251.40", "商品和服务支出、资本性支出"),
        ("云溪区城管局公用经费包括什么", "251.40", "商品和服务支出、资本性支出"),
        ("什么是云溪区城管局的人员经费", "1763.85", "工资福利支出、对个人和家庭的补助"),
    ],
)
def test_a_part_of_basic_spending_no_table_prints_is_its_economic_classes(
    side_rows: Composer, question: str, value: str, classes: str
) -> None:
    """人员经费 where the 基本支出 table prints only 经济分类 rows: the classes it is made of, said so."""
    answer = side_rows.answer(question)
    assert answer.status == "answered" and first_value(answer) == Decimal(value), answer.text
    assert f"文件没有单独列出，它由{classes}组成" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "total", "rows"),
    [
        ("云溪区城管局人员经费多少", "1783.85", {"工资福利支出", "对个人和家庭的补助"}),
        ("云溪区城管局公用经费", "256.40", {"商品和服务支出", "资本性支出"}),
    ],
)
def test_the_economic_classes_of_an_unprinted_part_are_added_up(
    every_class: Composer, question: str, total: str, rows: set[str]
) -> None:
    answer = every_class.answer(question)
    summed = answer.facts[-1]
    assert summed.value == Decimal(total), answer.text
    assert {source.row for source in summed.source.inputs} == rows, answer.text


@pytest.mark.parametrize(
    ("composer_name", "question", "value"),
    [
        ("side_rows", "平川县农业农村局人员经费多少", "632.50"),
        ("families", "省检察院2018年人员经费", "11257.35"),
        ("families", "福利院人员经费", "7380214"),
    ],
)
def test_a_part_of_basic_spending_printed_anywhere_is_read_where_printed(
    request: pytest.FixtureRequest, composer_name: str, question: str, value: str
) -> None:
    answer = request.getfixturevalue(composer_name).answer(question)
    assert Decimal(value) in {fact.value for fact in answer.facts}, answer.text
    assert "没有单独列出" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("composer_name", "question", "share", "part_rows", "whole_rows"),
    [
        ("side_rows", "云溪区城管局办公费占公用经费的比例", "27.13", {"办公费"}, {"商品和服务支出"}),
        ("side_rows", "云溪区城管局公用经费里办公费占多少", "27.13", {"办公费"}, {"商品和服务支出"}),
        ("side_rows", "云溪区城管局人员经费占比", "87.53", {"工资福利支出"}, {"合计"}),
        (
            "every_class",
            "云溪区城管局办公费占公用经费的比例",
            "26.60",
            {"办公费"},
            {"商品和服务支出", "资本性支出"},
        ),
        (
            "every_class",
            "云溪区城管局人员经费占基本支出的比例",
            "88.52",
            {"工资福利支出", "对个人和家庭的补助"},
            {"合计"},
        ),
    ],
)
def test_a_share_of_or_in_an_unprinted_part_adds_up_its_economic_classes(
    request: pytest.FixtureRequest,
    composer_name: str,
    question: str,
    share: str,
    part_rows: set[str],
    whole_rows: set[str],
) -> None:
    """办公费占公用经费 where no row prints 公用经费: its classes added up (or its one printed class, said
    so), never not found."""
    answer = request.getfixturevalue(composer_name).answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    part, whole = answer.facts[1:3]
    assert ({s.row for s in whole.source.inputs} or {whole.source.row}) == whole_rows, answer.text
    assert ({s.row for s in part.source.inputs} or {part.source.row}) == part_rows, answer.text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("平川县农业农村局高标准农田建设补助执行率", "高标准农田建设补助完成年初预算的 115.00%"),
        ("平川县农业农村局高标准农田建设补助完成预算了吗", "高标准农田建设补助完成年初预算的 115.00%"),
    ],
)
def test_a_cue_word_inside_an_items_name_asks_nothing(side_rows: Composer, question: str, first: str) -> None:
    """高标准农田 holds 标准, a word asking a 绩效指标 elsewhere (补助标准): inside the name it asks nothing, so
    no 绩效目标 is said to be missing."""
    answer = side_rows.answer(question)
    assert answer.status == "answered" and answer.text.startswith(first), answer.text

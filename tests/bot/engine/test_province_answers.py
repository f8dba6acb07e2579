"""Questions asked of the province documents drawn as PDFs (tests/loaders/yongding_budget.py, ningxi_budget.py,
qingfeng_final_accounts.py, central_department_budget.py, xinan_budget.py, the county budget) and of the corpus,
on mechanisms other provinces' documents hit: a year a table prints (2023年预算数 rows, 2023年执行数 columns)
answered from it, and a share or change read in the year of its whole; columns that stand beside the one read
(年初预算数 beside 决算数) never called its parts; one row per subordinate unit read for that unit and named with
what its table holds; the units a 单位构成 table lists and their projects; a table named by the question
(政府性基金预算支出) read rather than a column of another table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.replies import percent
from knowledge.database import open_engine
from loaders import load_into
from tests.loaders.central_department_budget import CENTRAL_BUDGET
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import write_pdf
from tests.loaders.hunan_county_budget import HUNAN_BUDGET
from tests.loaders.ningxi_budget import NINGXI_BUDGET
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.shuangxi_township_budget import SHUANGXI_BUDGET
from tests.loaders.test_previous_year_columns import document as with_last_years_column
from tests.loaders.xinan_budget import XINAN_BUDGET
from tests.loaders.yongding_budget import YONGDING_BUDGET

pytestmark = pytest.mark.slow  # draws the documents as PDFs and loads each into a database of its own


def by_unit(document: Document) -> Document:
    """The county budget with its “三公” table printed by unit: the 部门's own body and a unit under it."""
    tables = tuple(
        replace(
            table,
            rows=(
                ("平川县卫生健康局本级", "20.00", "0.00", "10.00", "0.00", "10.00", "4.00", "3.00", "3.00"),
                ("平川县疾病预防控制中心", "14.00", "0.00", "6.00", "0.00", "6.00", "2.00", "2.00", "4.00"),
                ("合计", "34.00", "0.00", "16.00", "0.00", "16.00", "6.00", "5.00", "7.00"),
            ),
        )
        if table.kind == "三公经费"
        else table
        for table in document.tables
    )  # fmt: skip
    return replace(document, tables=tables)


DOCUMENTS = {
    "central": CENTRAL_BUDGET,
    "yongding": YONGDING_BUDGET,
    "ningxi": NINGXI_BUDGET,
    "qingfeng": QINGFENG_FINAL,
    "qinghe": QINGHE_FINAL,
    "county-final": FINAL_ACCOUNTS,
    "pingchuan": by_unit(BUDGET),
    "pingchuan-2023": with_last_years_column("2023年预算数"),
    "shuangxi": SHUANGXI_BUDGET,
    "hunan": HUNAN_BUDGET,
    "xinan": XINAN_BUDGET,
}


class ComposersOnFirstUse(dict[str, Composer]):
    """A composer over each document drawn as a PDF and loaded alone, built when a test first asks."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.engines: list[object] = []

    def __missing__(self, name: str) -> Composer:
        path = write_pdf(DOCUMENTS[name], self.folder / f"{name}.pdf", "above")
        engine = open_engine(f"sqlite:///{self.folder / f'{name}.sqlite'}")
        assert load_into(engine, path).error is None
        self.engines.append(engine)
        composer = self[name] = Composer(engine)
        return composer


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ComposersOnFirstUse]:
    composers = ComposersOnFirstUse(tmp_path_factory.mktemp("provinces"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield composers
    for engine in composers.engines:
        engine.dispose()  # type: ignore[attr-defined]


def first_fact(answer: Answer) -> tuple[Decimal | None, str, str, str]:
    assert answer.status == "answered", answer.text
    source = answer.facts[0].source
    return answer.facts[0].value, source.table, source.row, source.column


@pytest.mark.parametrize(
    ("name", "question", "value", "table", "row", "column"),
    [
        ("yongding", "2023年三公经费预算", "38.00", "表2-3", "2023年预算数", "合计"),
        ("yongding", "2023年“三公”经费是多少", "38.00", "表2-3", "2023年预算数", "合计"),
        ("yongding", "2023年公务接待费", "7.00", "表2-3", "2023年预算数", "公务接待费"),
        ("yongding", "2023年行政运行支出多少", "832.60", "表2-1", "行政运行", "2023年执行数"),
        ("yongding", "三公经费", "30.00", "表2-3", "2024年预算数", "合计"),
        ("shuangxi", "2023年三公经费", "24.00", "附表1-6", "合计", "2023年预算数"),
        ("shuangxi", "2023年公务接待费预算多少", "6.00", "附表1-6", "3.公务接待费", "2023年预算数"),
        ("pingchuan-2023", "2023年卫生健康支出", "2080.00", "部门公开表3", "卫生健康支出", "2023年预算数"),
    ],
)
def test_a_year_a_table_prints_is_answered_from_that_table(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str, table: str, row: str, column: str
) -> None:
    answer = drawn[name].answer(question)
    assert first_fact(answer) == (Decimal(value), table, row, column), answer.text
    year = question[:5] if question[:4].isdigit() else "2024年"
    assert year in answer.text.split("\n")[0], answer.text
    first = answer.text.split("\n")[0]
    parts = first.split("其中", 1)[1] if "其中" in first else ""
    assert not any(year in parts for year in ("2023年", "2024年")), "another year's figure is no part"


@pytest.mark.parametrize(
    ("name", "question"),
    [("yongding", "2022年三公经费"), ("yongding", "2023年项目支出"), ("qingfeng", "2021年三公经费")],
)
def test_a_year_no_table_prints_is_still_not_loaded(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    answer = drawn[name].answer(question)
    assert (answer.status, answer.intent, answer.facts) == ("not_found", "not_loaded", []), answer.text


def test_a_year_no_corpus_table_prints_is_still_not_loaded(families: Composer) -> None:
    answer = families.answer("上海市普陀区社会福利院2023年三公经费")
    assert (answer.status, answer.facts) == ("not_found", []), answer.text


@pytest.mark.parametrize(
    ("name", "question", "claims", "beside"),
    [
        ("qingfeng", "行政运行支出决算数", "", "该行另列年初预算数"),
        ("qingfeng", "因公出国经费", "", "因公出国"),  # 0.00 | 0.00 | 0.00: parallel, though they add up
        ("shuangxi", "公务接待费", "", "该行另列2023年预算数"),
        ("yongding", "一般公共预算林业和草原支出", "即基本支出、项目支出之和", "该行另列2023年执行数"),
    ],
)
def test_columns_beside_the_one_read_are_never_called_its_parts(
    drawn: ComposersOnFirstUse, name: str, question: str, claims: str, beside: str
) -> None:
    answer = drawn[name].answer(question)
    first = answer.text.split("\n")[0]
    assert answer.status == "answered", answer.text
    assert ("之和" in first) == bool(claims) and claims in first, first
    assert beside in first, first
    assert "其中年初预算数" not in first and "其中2023年" not in first, first


@pytest.mark.parametrize(
    ("name", "question", "first"),
    [
        ("ningxi", "三公经费最多的单位是哪个", "宁溪县教育局本级"),
        ("pingchuan", "培训费最多的单位", "平川县疾病预防控制中心"),
    ],
)
def test_units_ranked_by_a_figure_said_before_them_are_the_tables_units(
    drawn: ComposersOnFirstUse, name: str, question: str, first: str
) -> None:
    """三公经费最多的单位: the units of the table by unit, ranked; never the “三公” parts ranked."""
    answer = drawn[name].answer(question)
    assert answer.intent == "rank" and answer.text.split("\n")[1].startswith(f"1. {first}"), answer.text


def test_the_share_of_a_part_read_as_its_whole_is_no_share(drawn: ComposersOnFirstUse) -> None:
    """三公经费最多的单位占三公经费多少 read no unit: the total over itself is no share (never 100%)."""
    answer = drawn["ningxi"].answer("三公经费最多的单位占三公经费多少")
    assert not any(fact.unit == "%" and fact.value == 100 for fact in answer.facts), answer.text


@pytest.mark.parametrize("name", ["hunan", "yongding"])
def test_the_share_of_the_largest_project_is_that_projects(drawn: ComposersOnFirstUse, name: str) -> None:
    answer = drawn[name].answer("最大的项目占项目支出多少")
    ranked = drawn[name].answer("最大的项目是哪个")
    top = ranked.facts[0]
    assert answer.facts[0].unit == "%" and answer.text.startswith(top.label), (answer.text, ranked.text)


@pytest.mark.parametrize(
    ("name", "question", "table", "value"),
    [
        ("yongding", "表2-3合计多少", "表2-3", "30.00"),
        ("yongding", "表2-1的行政运行", "表2-1", "860.00"),
        ("yongding", "表1-2有哪些内容", "表1-2", "3580.00"),
        ("shuangxi", "附表1-4合计", "附表1-4", "1235.00"),
        ("shuangxi", "表1-6的公务接待费", "附表1-6", "5.00"),
    ],
)
def test_a_table_numbered_by_group_and_place_is_read_where_asked(
    drawn: ComposersOnFirstUse, name: str, question: str, table: str, value: str
) -> None:
    """表2-3, 附表1-4: the table of that group and place, never 表2 nor another table of the same row."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    assert (answer.facts[0].source.table, answer.facts[0].value) == (table, Decimal(value)), answer.text


@pytest.mark.parametrize("question", ["学前教育支出", "学前教育支出多少", "2024年学前教育支出预算"])
def test_an_item_whose_first_word_runs_into_a_printed_label_is_not_that_label(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """学前教育支出 where only 教育支出 (and 小学教育) are printed: 学前教育 is one word naming another item,
    so 教育支出 never answers for it."""
    answer = drawn["ningxi"].answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize("name", ["central", "ningxi", "hunan"])
def test_a_two_sided_tables_total_lists_its_own_sides_parts_and_the_other_sides_total(
    drawn: ComposersOnFirstUse, name: str
) -> None:
    """收支总预算: the 收入总计 with its incomes, and the 支出总计 beside it; never the spending rows
    listed among the income's parts."""
    answer = drawn[name].answer("收支总预算多少")
    first = answer.text.split("\n")[0]
    parts = first.split("其中：", 1)[1].split("同表", 1)[0] if "其中：" in first else ""
    assert "支出" not in parts, answer.text
    assert "同表支出总计" in first, answer.text
    assert {fact.source.row for fact in answer.facts} >= {"收入总计", "支出总计"}, answer.text


@pytest.mark.parametrize("name", ["central", "ningxi", "hunan"])
def test_one_side_of_a_two_sided_table_asked_is_that_sides_total_and_parts(
    drawn: ComposersOnFirstUse, name: str
) -> None:
    """收支总表的支出合计: the 支出总计 with the spending rows, the 收入总计 beside it."""
    answer = drawn[name].answer("收支总表的支出合计")
    first = answer.text.split("\n")[0]
    assert answer.facts[0].source.row == "支出总计" and "同表收入总计" in first, answer.text
    parts = first.split("其中：", 1)[1].split("同表", 1)[0] if "其中：" in first else ""
    assert "收入" not in parts, answer.text


@pytest.mark.parametrize("question", ["汾阳人社局收支总预算多少", "普陀区财政局2025年收支总预算多少"])
def test_a_corpus_two_sided_total_lists_its_own_sides_parts(families: Composer, question: str) -> None:
    first = families.answer(question).text.split("\n")[0]
    assert "支出" not in first.split("其中：", 1)[1].split("同表", 1)[0] and "同表支出总计" in first, first


def test_a_corpus_total_still_names_the_columns_it_sums(families: Composer) -> None:
    answer = families.answer("上海市普陀区社会福利院支出总计")
    assert "即人员经费、公用经费、项目支出之和" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    ("name", "question", "value", "row", "column"),
    [
        ("ningxi", "宁溪县第一中学三公经费", "7.00", "宁溪县第一中学", "合计"),
        ("ningxi", "第一中学的三公经费是多少", "7.00", "宁溪县第一中学", "合计"),
        ("ningxi", "宁溪县实验小学公务接待费多少", "3.00", "宁溪县实验小学", "公务接待费"),
        ("pingchuan", "疾病预防控制中心培训费", "4.00", "平川县疾病预防控制中心", "培训费"),
        ("pingchuan", "疾控中心培训费", "4.00", "平川县疾病预防控制中心", "培训费"),
        (
            "pingchuan",
            "平川县卫生健康局疾控中心公务接待费多少",
            "2.00",
            "平川县疾病预防控制中心",
            "公务接待费",
        ),
        ("ningxi", "宁溪县职校的公务接待费", "0.00", "宁溪县职业技术学校", "公务接待费"),
        ("ningxi", "一中的公务用车运行费", "4.00", "宁溪县第一中学", "公务用车运行费"),
        ("ningxi", "宁溪县教育局一中三公经费", "7.00", "宁溪县第一中学", "合计"),
        ("ningxi", "实小公务接待费", "3.00", "宁溪县实验小学", "公务接待费"),
    ],
)
def test_a_subordinate_units_row_answers_for_it(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str, row: str, column: str
) -> None:
    answer = drawn[name].answer(question)
    assert first_fact(answer)[::2] == (Decimal(value), row), answer.text
    assert answer.facts[0].source.column.endswith(column), answer.text
    assert {fact.source.row for fact in answer.facts} == {row}, "no figure of another unit's row"


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("ningxi", "宁溪县教育局二中三公经费"),
        ("ningxi", "二小的公务接待费"),
        ("ningxi", "第二小学三公经费"),
        ("pingchuan", "三中的培训费"),
        ("central", "十一中三公经费"),
        ("ningxi", "你好，我想知道二中三公经费多少，谢谢"),
    ],
)
def test_a_school_said_by_a_number_no_row_is_gets_no_figure(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """二中 is 第二中学 said short, as 一中 is 第一中学: where no unit row is that school, it is not found,
    never the 部门's figure; 第二小学 is a school, not the second smallest."""
    answer = drawn[name].answer(question)
    assert answer.status == "not_found", answer.text
    assert not [fact for fact in answer.facts if fact.value is not None], answer.text


@pytest.mark.parametrize(
    ("name", "question", "value", "table"),
    [
        ("ningxi", "表七中的培训费", "90.00", "2024年部门预算公开表（七）"),
        ("pingchuan", "表10中的培训费", "7.00", "部门公开表10"),
        ("qingfeng", "表六中办公费", "85000.00", "附表6"),
    ],
)
def test_a_tables_number_said_before_zhong_is_that_table_never_a_school(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str, table: str
) -> None:
    """表六中办公费 places 办公费 in 表六: 六中 there is no school said by its number (第六中学)."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert answer.facts[0].source.table.startswith(table), answer.text


@pytest.mark.parametrize(
    ("name", "question", "share", "row"),
    [
        ("ningxi", "宁溪县第一中学三公经费占三公经费的比例", "23.33", "宁溪县第一中学"),
        ("ningxi", "宁溪县教育局本级的三公经费占全部三公经费多少", "66.67", "宁溪县教育局本级"),
        ("ningxi", "三公经费最多的单位占多少", "66.67", "宁溪县教育局本级"),
        ("ningxi", "实验小学公务接待费占公务接待费的比例", "25.00", "宁溪县实验小学"),
        ("pingchuan", "疾控中心培训费占培训费的比例", "57.14", "平川县疾病预防控制中心"),
        ("ningxi", "宁溪县教育局实验小学三公经费占全局的比例", "10.00", "宁溪县实验小学"),
        ("ningxi", "实验小学三公经费占整个教育局的比例", "10.00", "宁溪县实验小学"),
        ("ningxi", "第一中学公务接待费占全局公务接待费的多少", "25.00", "宁溪县第一中学"),
        ("ningxi", "宁溪县实验小学三公经费占所有单位的比例", "10.00", "宁溪县实验小学"),
    ],
)
def test_a_units_share_is_its_row_over_the_tables_total_of_the_same_column(
    drawn: ComposersOnFirstUse, name: str, question: str, share: str, row: str
) -> None:
    """第一中学三公经费占三公经费: the unit's row over the total row of its table, in the same column; the
    unit a ranking puts first (三公经费最多的单位) the same way, never the 部门's total as the part. The
    whole said as the 部门 itself (全局, 整个教育局, 所有单位) is that total, no ranking of the units."""
    answer = drawn[name].answer(question)
    assert "没有分单位列出" not in answer.text, answer.text
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    part, whole = answer.facts[1], answer.facts[2]
    assert part.source.row == row and part.source.column == whole.source.column, answer.text
    assert part.source.table == whole.source.table and whole.source.row != row, answer.text


def test_a_share_asked_after_a_ranking_no_one_unit_was_read_for_is_no_share_of_the_whole(
    drawn: ComposersOnFirstUse,
) -> None:
    """哪个单位三公经费最多，占比多少: never the 部门's 三公经费 over its 支出总计, said as 三公经费最."""
    answer = drawn["ningxi"].answer("哪个单位三公经费最多，占比多少")
    assert not [fact for fact in answer.facts if fact.unit == "%" and fact.value == Decimal("0.19")], (
        answer.text
    )
    assert "三公经费最占" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "unit", "share"),
    [
        ("平川县卫生健康局本级三公经费占三公经费多少", "14.00", "63.64"),
        ("平川县疾病预防控制中心三公经费占比", "8.00", "36.36"),
    ],
)
def test_a_units_share_of_a_concept_its_row_prints_only_in_parts_adds_the_parts_up_on_both_sides(
    drawn: ComposersOnFirstUse, question: str, unit: str, share: str
) -> None:
    """平川's “三公” table prints 会议费 and 培训费 in the same 合计: the unit's “三公”经费 is its three parts
    added up, over the same parts of the total row; never one part's column divided as if it were the whole,
    nor the 合计 with 会议费 and 培训费."""
    answer = drawn["pingchuan"].answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    assert [fact.value for fact in answer.facts] == [Decimal(share), Decimal(unit), Decimal("22.00")], (
        answer.text
    )


@pytest.mark.parametrize(
    ("name", "question", "unit", "whole"),
    [
        ("ningxi", "宁溪县教育局第一中学三公经费占教育局支出总计的比例", "宁溪县第一中学", "支出总计"),
        ("ningxi", "实验小学公务接待费占一般公共预算支出的比重", "宁溪县实验小学", "一般公共预算支出"),
        ("pingchuan", "疾病预防控制中心三公经费占支出总计的比重", "平川县疾病预防控制中心", "支出总计"),
    ],
)
def test_a_units_share_of_another_whole_is_its_own_figure_over_that_wholes(
    drawn: ComposersOnFirstUse, name: str, question: str, unit: str, whole: str
) -> None:
    """第一中学三公经费占教育局支出总计: the unit's figure (its “三公” parts added up where its row's 合计 holds
    会议费 and 培训费 too) over the whole as the 部门 reads it alone, never not found nor the row's 合计."""
    composer = drawn[name]
    answer = composer.answer(question)
    item = question.partition("占")[0]
    part = composer.answer(f"{item}多少").facts[0]
    bottom = composer.answer(f"{whole}多少").facts[0]
    assert answer.intent == "share" and answer.facts[0].unit == "%", answer.text
    assert [fact.value for fact in answer.facts[1:3]] == [part.value, bottom.value], answer.text
    assert answer.facts[1].label.startswith(unit) and answer.facts[0].value == percent(
        part.value or Decimal(0), bottom.value or Decimal(1)
    ), answer.text


@pytest.mark.parametrize(
    ("name", "question", "parts", "share", "whole"),
    [
        ("pingchuan", "三公经费占一般公共预算支出的比例", "22.00", "0.93", "部门公开表5"),
        ("pingchuan", "三公经费占支出总计多少", "22.00", "0.88", "部门公开表1"),
        ("pingchuan", "三公经费占比", "22.00", "0.88", "部门公开表1"),
        ("county-final", "三公经费占一般公共预算财政拨款支出的比例", "7.70", "0.46", "公开05表"),
    ],
)
def test_a_share_of_a_concept_its_table_prints_only_in_parts_adds_the_parts_up(
    drawn: ComposersOnFirstUse, name: str, question: str, parts: str, share: str, whole: str
) -> None:
    """三公经费占一般公共预算支出 where the “三公” table's 合计 also holds 会议费 and 培训费: the three parts
    added up over the whole, never the 合计 with them nor not found."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    assert answer.facts[0].value == Decimal(share) and answer.facts[1].value == Decimal(parts), answer.text
    assert answer.facts[2].source.table == whole, answer.text


@pytest.mark.parametrize(
    ("name", "question", "named", "whole"),
    [
        ("ningxi", "宁溪县实验小学的预算是多少", "宁溪县实验小学的一般公共预算“三公”经费：", True),
        ("ningxi", "实验小学一共多少钱", "宁溪县实验小学的一般公共预算“三公”经费：", True),
        ("ningxi", "宁溪县教育局本级的三公经费", "宁溪县教育局本级的一般公共预算“三公”经费：", False),
        ("ningxi", "宁溪县第一中学公务接待费", "宁溪县第一中学的公务接待费：", False),
        ("pingchuan", "平川县疾病预防控制中心的预算", "平川县疾病预防控制中心的", True),
        ("ningxi", "宁溪县教育局本级的支出", "宁溪县教育局本级的一般公共预算“三公”经费：", True),
        ("ningxi", "实验小学的支出总额", "宁溪县实验小学的一般公共预算“三公”经费：", True),
        ("pingchuan", "平川县疾病预防控制中心的总支出", "平川县疾病预防控制中心的", True),
    ],
)
def test_a_subordinate_units_row_is_named_with_what_its_table_holds_of_it(
    drawn: ComposersOnFirstUse, name: str, question: str, named: str, whole: bool
) -> None:
    """A unit's row of a “三公” table by unit is that unit's “三公”经费 (or the column read), never said as
    all its budget: asked its budget, the answer first says the document lists no total of the unit."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    lines = answer.text.split("\n")
    assert lines[0].startswith("文件没有单列") is whole, answer.text
    figure_line = lines[1] if whole else lines[0]
    assert figure_line.startswith(named), answer.text
    assert "三公" in lines[0] or "公务接待费" in lines[0], answer.text
    assert "「」" not in answer.text, "a row of words (单位构成) prints no amount beside it"


@pytest.mark.parametrize(
    ("name", "question", "units"),
    [
        ("ningxi", "各单位的公务接待费", {"宁溪县教育局本级": "6.00", "宁溪县实验小学": "3.00"}),
        ("ningxi", "下属单位的公务用车运行费分别多少", {"宁溪县第一中学": "4.00"}),
        ("ningxi", "宁溪县教育局下属单位的三公经费分别是多少", {"宁溪县第一中学": "7.00"}),
        ("pingchuan", "各单位的公务接待费分别是多少", {"平川县疾病预防控制中心": "2.00"}),
        ("ningxi", "宁溪县教育局下属单位公务接待费", {"宁溪县第一中学": "3.00"}),
        ("ningxi", "所属单位公务用车运行费是多少", {"宁溪县第一中学": "4.00"}),
        ("pingchuan", "下属单位培训费", {"平川县疾病预防控制中心": "4.00"}),
    ],
)
def test_a_figure_asked_of_every_unit_lists_each_units_row(
    drawn: ComposersOnFirstUse, name: str, question: str, units: dict[str, str]
) -> None:
    """各单位的公务接待费, 下属单位的…分别: the total, then each unit's figure in the same column, each a
    fact of its own row."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    for unit, value in units.items():
        assert any(fact.source.row == unit and fact.value == Decimal(value) for fact in answer.facts), (
            answer.text
        )


@pytest.mark.parametrize(
    ("question", "count", "listed"),
    [
        ("宁溪县教育局包括哪些单位", 4, "宁溪县实验小学（事业单位，财政全额拨款）"),
        ("部门预算由几个单位组成", 4, "宁溪县教育局本级（行政单位，财政全额拨款）"),
        ("下属单位有几个", 3, "宁溪县职业技术学校"),
        ("宁溪县教育局下属几个单位", 3, "宁溪县第一中学"),
    ],
)
def test_the_units_a_units_table_lists_are_its_rows(
    drawn: ComposersOnFirstUse, question: str, count: int, listed: str
) -> None:
    answer = drawn["ningxi"].answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == count and answer.facts[0].source.table == "2024年部门预算公开表（一）"
    assert listed in answer.text, answer.text
    assert ("本级（" in answer.text) == (count == 4), "下属单位 leave out the 部门's own body"


@pytest.mark.parametrize(
    ("question", "count"),
    [("普陀区财政局2024年决算包括几个单位", 3), ("普陀区规划资源局下属单位有几个", 4)],
)
def test_the_units_a_corpus_section_lists_are_counted(families: Composer, question: str, count: int) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == count and "单位构成" in answer.facts[0].source.title, answer.text


@pytest.mark.parametrize(
    ("held", "named"),
    [("新安镇有几个村", "新安镇污水管网建设多少个行政村"), ("新安镇有多少个村", "污水管网建设行政村数")],
)
def test_what_a_unit_has_is_never_a_projects_narrower_target(
    drawn: ComposersOnFirstUse, held: str, named: str
) -> None:
    """有几个村 asks what the town has: a project's target (污水管网建设行政村数 12个) counts only the villages
    it reaches, so it answers the question that names it, never this one."""
    composer = drawn["xinan"]
    answer, target = composer.answer(held), composer.answer(named)
    assert target.status == "answered" and target.facts[0].unit == "个", target.text
    assert not any(fact.source.row == target.facts[0].source.row for fact in answer.facts), answer.text


def test_what_a_corpus_unit_has_is_never_a_projects_narrower_target(families: Composer) -> None:
    answer, target = families.answer("万里街道有几个活动"), families.answer("万里街道开展活动多少场")
    assert target.status == "answered" and target.facts[0].unit == "场", target.text
    assert not any(fact.source.row == target.facts[0].source.row for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "question"), [("ningxi", "宁溪县教育局单位资金多少"), ("qinghe", "单位资金是多少")]
)
def test_unit_funds_no_table_prints_are_the_income_sources_they_are_made_of(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """单位资金 where the 收支总表 prints only its sources (事业收入, 其他收入): those rows of its income side,
    added, said so; never rows merely holding 单位 (行政事业单位养老支出)."""
    check_unit_funds(drawn[name].answer(question))


def test_unit_funds_of_a_corpus_document_are_its_income_sources(families: Composer) -> None:
    check_unit_funds(families.answer("福利院单位资金多少"))


def check_unit_funds(answer: Answer) -> None:
    sources = ("事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入", "经营收入")
    rows = [fact for fact in answer.facts if fact.source.row]
    assert answer.status == "answered" and "文件没有单独列出，它由事业收入" in answer.text, answer.text
    assert rows and all(re.sub(r"^[一二三四五六七八九十]+、", "", f.source.row) in sources for f in rows)
    assert all("收入" in fact.source.column or "预算数" in fact.source.column for fact in rows), answer.text
    if len(rows) > 1:
        total = next(fact for fact in answer.facts if fact.label == "单位资金合计")
        assert total.value == sum(fact.value or 0 for fact in rows), answer.text


@pytest.mark.parametrize(
    ("question", "kind", "measure"),
    [
        ("宁溪县教育局有几所学校", "学校", "所"),
        ("宁溪县教育局有哪几所学校？", "学校", "所"),
        ("下面有多少所中学", "中学", "所"),
        ("宁溪县教育局有哪些小学", "小学", "个"),
        ("宁溪县教育局下属学校有几所", "学校", "所"),
        ("中学一共有多少所", "中学", "所"),
        ("宁溪教育局学校有哪些", "学校", "个"),
        ("宁溪县教育局下属学校都有哪些", "学校", "个"),
        ("宁溪县教育局的学校都有哪些", "学校", "个"),
        ("所属学校名单", "学校", "个"),
    ],
)
def test_units_of_a_kind_are_the_units_listed_whose_names_say_so(
    drawn: ComposersOnFirstUse, question: str, kind: str, measure: str
) -> None:
    """有几所学校: the units the 单位构成 table lists that are schools by their names (小学, 中学, 学校),
    counted in the measure asked; never the projects whose names hold the word (义务教育学校校舍维修改造)."""
    composer = drawn["ningxi"]
    listed = composer.answer("宁溪县教育局包括哪些单位")
    names = re.findall(r"^\d+\. (\S+?)（", listed.text, re.MULTILINE)
    endings = {"学校": ("学校", "小学", "中学")}.get(kind, (kind,))
    expected = [name for name in names if name.endswith(endings)]
    answer = composer.answer(question)
    assert answer.intent == "list" and answer.facts[0].value == len(expected) > 0, answer.text
    assert f"列出的{kind}共 {len(expected)} {measure}" in answer.text, answer.text
    assert re.findall(r"^\d+\. (\S+?)（", answer.text, re.MULTILINE) == expected, answer.text


@pytest.mark.parametrize(
    ("question", "kind", "count"),
    [
        ("规划资源局2024年有几个中心", "中心", 3),
        ("规划资源局2024年有几支大队", "大队", 1),
        ("区财政局2024年有哪些中心", "中心", 1),
        ("规划资源局2024年下属中心有几个", "中心", 3),
        ("规划资源局2024年大队有几支", "大队", 1),
        ("规划资源局2024年中心有哪些", "中心", 3),
        ("区财政局2024年的中心都有哪些", "中心", 1),
    ],
)
def test_units_of_a_kind_a_corpus_section_lists_are_counted(
    families: Composer, question: str, kind: str, count: int
) -> None:
    """有几个中心 of a 决算 whose 单位构成 notes each unit after its name ((下属事业单位)): the units named so."""
    answer = families.answer(question)
    assert answer.facts[0].value == count and "单位构成" in answer.facts[0].source.title, answer.text
    assert answer.text.count(kind) >= count + 1, answer.text


@pytest.mark.parametrize(
    ("question", "projects"),
    [
        ("宁溪县第一中学有哪些项目", {"普通高中实验室建设"}),
        ("实验小学有几个项目", {"义务教育学校校舍维修改造"}),
        ("宁溪县教育局本级的项目有哪些", {"教育信息化建设", "彩票公益金助学项目"}),
    ],
)
def test_the_projects_of_a_unit_are_those_it_carries_out(
    drawn: ComposersOnFirstUse, question: str, projects: set[str]
) -> None:
    answer = drawn["ningxi"].answer(question)
    assert answer.status == "answered", answer.text
    assert {fact.source.row for fact in answer.facts if fact.source.row} == projects, answer.text


def test_a_units_three_public_costs_leave_out_what_its_row_prints_beside_them(
    drawn: ComposersOnFirstUse,
) -> None:
    """The county table's 合计 also holds 会议费 and 培训费: the unit's “三公” is its three parts."""
    answer = drawn["pingchuan"].answer("平川县疾病预防控制中心三公经费")
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal("8.00"), answer.text
    assert {fact.source.row for fact in answer.facts[1:]} == {"平川县疾病预防控制中心"}, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("ningxi", "宁溪县第二中学三公经费"),
        ("ningxi", "宁溪县第一中学机关运行经费"),
        ("pingchuan", "平川县人民医院三公经费"),
    ],
)
def test_a_unit_in_no_row_is_not_found(drawn: ComposersOnFirstUse, name: str, question: str) -> None:
    answer = drawn[name].answer(question)
    assert (answer.status, answer.facts) == ("not_found", []), answer.text


def test_a_unit_the_corpus_lists_without_figures_is_not_found(families: Composer) -> None:
    answer = families.answer("上海市普陀区土地发展中心三公经费")
    assert (answer.status, answer.facts) == ("not_found", []), answer.text


@pytest.mark.parametrize(
    ("name", "question", "value", "table"),
    [
        ("ningxi", "政府性基金预算支出", "50.00", "2024年部门预算公开表（九）"),
        ("ningxi", "政府性基金支出多少", "50.00", "2024年部门预算公开表（九）"),
        ("ningxi", "项目支出中政府性基金预算多少", "50.00", "2024年部门预算公开表（十）"),
    ],
)
def test_a_table_the_question_names_is_read_rather_than_a_column_of_another(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str, table: str
) -> None:
    answer = drawn[name].answer(question)
    assert first_fact(answer)[:2] == (Decimal(value), table), answer.text


@pytest.mark.parametrize(
    ("composer", "question"),
    [
        ("yongding", "政府性基金预算支出"),
        ("qingfeng", "政府性基金预算支出"),
        ("corpus", "普陀区财政局2025年政府性基金预算支出"),
    ],
)
def test_an_empty_fund_table_the_question_names_says_it_is_empty(
    drawn: ComposersOnFirstUse, families: Composer, composer: str, question: str
) -> None:
    answer = (families if composer == "corpus" else drawn[composer]).answer(question)
    assert answer.status == "answered", answer.text
    assert "本表无数据" in answer.text and "政府性基金" in answer.facts[0].source.title, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("yongding", "人均人员经费多少"),
        ("ningxi", "在职人员人均公用经费是多少"),
        ("qingfeng", "平均每人公用经费多少"),
        ("shuangxi", "人均基本支出"),
    ],
)
def test_no_amount_per_person_where_the_document_states_no_headcount(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.status == "not_found", answer.text
    assert not [fact for fact in answer.facts if fact.value is not None]
    assert "没有写明人数" in answer.text


@pytest.mark.parametrize(
    ("name", "question", "most", "least"),
    [
        ("yongding", "基本工资、津贴补贴和绩效工资哪个最多", "基本工资", "绩效工资"),
        ("yongding", "办公费、差旅费、公务接待费哪项最少", "办公费", "公务接待费"),
    ],
)
def test_three_items_of_a_drawn_document_are_ranked(
    drawn: ComposersOnFirstUse, name: str, question: str, most: str, least: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    assert f"最多的是{most}，最少的是{least}" in answer.text
    assert all(fact.value and fact.source.table for fact in answer.facts[:3]), answer.text


@pytest.mark.parametrize(
    ("name", "question", "percent"),
    [
        ("yongding", "办公费比差旅费多百分之几", "100.00"),
        ("qingfeng", "公用经费比人员经费少百分之多少", "87.39"),
    ],
)
def test_how_far_one_item_of_a_drawn_document_is_above_another_in_percent(
    drawn: ComposersOnFirstUse, name: str, question: str, percent: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    first, second = answer.facts[:2]
    assert first.value is not None and second.value
    computed = (Decimal(100) * (first.value - second.value) / second.value).quantize(Decimal("0.01"))
    assert abs(computed) == Decimal(percent)
    assert any(fact.unit == "%" and fact.value == Decimal(percent) for fact in answer.facts), answer.text


@pytest.mark.parametrize("question", ["平均每个项目多少钱", "项目平均多少"])
def test_the_average_of_the_projects_is_their_amounts_over_their_number(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """平均每个项目 is per project, not per person: the project table's rows added and divided by their
    number, every row its own fact."""
    answer = drawn["ningxi"].answer(question)
    mean = answer.facts[0]
    assert (mean.label, mean.value, mean.unit) == ("平均每个项目", Decimal("270.00"), "万元"), answer.text
    assert len(mean.source.inputs) == 5 and "1,350.00 万元 ÷ 5" in answer.text, answer.text


@pytest.mark.parametrize("question", ["哪个单位三公经费最多", "各单位的三公经费", "三公经费哪个单位最少"])
def test_which_unit_of_a_department_printing_its_units_rows_gives_them(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """宁溪县教育局 prints its “三公” by unit: asked which unit, the units' figures are given, never said to
    be beyond comparison because one 部门 is loaded."""
    answer = drawn["ningxi"].answer(question)
    assert answer.status == "answered" and "无法在单位之间比较" not in answer.text, answer.text
    assert {"宁溪县第一中学", "宁溪县实验小学"} <= {fact.source.row for fact in answer.facts}, answer.text


def test_a_county_final_accounts_spending_total_names_the_years_own_spending(
    drawn: ComposersOnFirstUse,
) -> None:
    """支出总计 of a county 决算 adds 年末结转和结余: the year's own spending (本年支出合计) is named as what was
    spent that year, from the same column."""
    answer = drawn["qingfeng"].answer("青峰县水利局支出多少")
    assert answer.status == "answered", answer.text
    carried = {
        fact.source.row: fact.value
        for fact in answer.facts[1:]
        if fact.source.table == answer.facts[0].source.table
    }
    assert carried.get("本年支出合计") is not None and "即当年实际支出" in answer.text, answer.text
    assert answer.facts[0].value == sum(carried.values()), answer.text


@pytest.mark.parametrize(
    ("name", "question", "share", "column"),
    [
        ("central", "三公经费里公务用车占多少", "66.67", "2024年预算数/公务用车购置及运行费/小计"),
        ("central", "公务接待费占三公经费的比例", "16.67", "2024年预算数/公务接待费"),
        ("yongding", "公务用车占三公经费的比例", "80.00", "公务用车购置及运行费/小计"),
        ("yongding", "公车占三公经费的比例", "80.00", "公务用车购置及运行费/小计"),
        ("shuangxi", "三公经费里公务用车占多少", "75.00", "2024年预算数"),
    ],
)
def test_a_share_reads_its_part_in_the_year_and_group_of_its_whole(
    drawn: ComposersOnFirstUse, name: str, question: str, share: str, column: str
) -> None:
    """A “三公” table printing 2023年预算数 beside 2024年预算数: the part is this year's, as the whole is, never
    last year's part over this year's whole; 公务用车 is its group's 小计, not one of the group's columns."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    assert answer.facts[1].source.column == column, answer.text


@pytest.mark.parametrize(
    ("name", "question", "value", "column"),
    [
        ("central", "公务用车多少", "48.00", "2024年预算数/公务用车购置及运行费/小计"),
        ("central", "公车多少", "48.00", "2024年预算数/公务用车购置及运行费/小计"),
        ("ningxi", "公务用车多少", "18.00", "公务用车购置及运行费/小计"),
        ("pingchuan", "公务用车多少", "16.00", "公务用车购置及运行维护费/小计"),
        ("xinan", "公务用车多少", "18.00", "公务用车购置及运行费/小计"),
    ],
)
def test_the_official_car_said_alone_with_no_count_stated_is_its_three_public_money(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str, column: str
) -> None:
    """公务用车多少 where no sentence says how many vehicles: the “三公” item 公务用车购置及运行费, its
    group's 小计, never a piece of it (公务用车运行维护费) nor a not-found for want of a count."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(value) and answer.facts[0].source.column == column, answer.text


def test_the_official_car_asked_by_last_year_is_its_groups_change(drawn: ComposersOnFirstUse) -> None:
    answer = drawn["central"].answer("公务用车比上年减少多少")
    assert answer.status == "answered", answer.text
    assert answer.facts[0].source.column == "2024年预算数/公务用车购置及运行费/小计", answer.text
    assert any(fact.value == Decimal("4.00") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "question", "total", "car"),
    [
        ("xinan", "三公经费", "26.00", "18.00"),
        ("central", "三公经费", "72.00", "48.00"),
        ("yongding", "三公经费", "30.00", "24.00"),
    ],
)
def test_a_one_row_three_public_table_gives_its_total_with_every_part_and_group(
    drawn: ComposersOnFirstUse, name: str, question: str, total: str, car: str
) -> None:
    """合计 | 因公出国 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 on one row: “三公”经费 with each
    part, the car group by its 小计, never the 合计 said as the item's name."""
    answer = drawn[name].answer(question)
    first = answer.text.split("\n")[0]
    assert answer.status == "answered" and first.startswith("三公经费："), answer.text
    assert answer.facts[0].value == Decimal(total), answer.text
    assert f"公务用车购置及运行费 {car} 万元" in first, answer.text


@pytest.mark.parametrize(
    ("name", "question", "change"),
    [
        ("yongding", "林业和草原支出比2023年执行数增加多少", "138.50"),
        ("yongding", "行政运行比上年执行数增加多少", "27.40"),
        ("central", "水文测报比上年执行数增长多少", "400.00"),
        ("central", "水文测报比2023年增加了多少", "400.00"),
    ],
)
def test_last_years_column_named_in_the_change_is_the_side_it_is_measured_against(
    drawn: ComposersOnFirstUse, name: str, question: str, change: str
) -> None:
    """比上年执行数, 比2023年执行数: the 2023年执行数 column the table prints, not a 决算 to be loaded nor a
    column of this year's figure."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert Decimal(change) in {fact.value for fact in answer.facts}, answer.text
    assert any("执行数" in fact.source.column for fact in answer.facts), answer.text


@pytest.mark.parametrize("question", ["基本支出比上年增长多少", "基本支出比上年执行数减少多少"])
def test_a_part_of_this_year_is_never_set_against_last_years_whole(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """2024年预算数 split into 基本支出 and 项目支出 beside one 2023年执行数 column: last year's 基本支出 is not
    printed, and the whole of last year is no figure of it."""
    answer = drawn["central"].answer(question)
    assert Decimal("14482.40") not in {fact.value for fact in answer.facts}, answer.text
    assert not any(fact.unit == "%" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "question", "rate"),
    [
        ("qingfeng", "水利工程运行与维护完成预算的比例", "112.50"),
        ("qingfeng", "水利工程运行与维护完成年初预算的百分之几", "112.50"),
    ],
)
def test_a_name_printed_with_a_joining_word_is_one_item_with_words_after_it(
    drawn: ComposersOnFirstUse, name: str, question: str, rate: str
) -> None:
    """水利工程运行与维护完成预算的比例: the row printed with 与 in its name, asked its 完成率, never cut at 与
    into two items (水利工程运行, 维护完成)."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and not answer.text.startswith("1."), answer.text
    assert answer.facts[0].value == Decimal(rate), answer.text


@pytest.mark.parametrize(
    ("question", "value", "column"),
    [
        ("调整预算多少", "9165000.00", "调整预算数"),
        ("调整后的预算是多少", "9165000.00", "调整预算数"),
        ("年初预算多少", "8600000.00", "年初预算数"),
    ],
)
def test_a_final_accounts_whole_budget_is_read_on_the_side_asked(
    drawn: ComposersOnFirstUse, question: str, value: str, column: str
) -> None:
    """调整预算多少 of a 决算 printing 年初预算数, 调整预算数 and 决算数: the adjusted budget, never the 年初 one."""
    answer = drawn["qingfeng"].answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert answer.facts[0].source.column == column, answer.text


@pytest.mark.parametrize(
    ("question", "adjusted", "planned"),
    [
        ("青峰县水利局预算调整了多少", "9165000.00", "8600000.00"),
        ("青峰县水利局调整后预算比年初预算多多少", "9165000.00", "8600000.00"),
        ("青峰县水利局水利工程运行与维护预算调增了多少", "3600000.00", "3200000.00"),
    ],
)
def test_how_a_budget_was_adjusted_is_its_adjusted_budget_against_its_first(
    drawn: ComposersOnFirstUse, question: str, adjusted: str, planned: str
) -> None:
    """预算调整了多少 of a 决算 printing 年初预算数, 调整预算数 and 决算数: the 调整预算数 against the 年初预算数,
    never the 决算数 against either."""
    answer = drawn["qingfeng"].answer(question)
    sides = [(fact.value, fact.source.column) for fact in answer.facts[:2]]
    assert sides == [(Decimal(adjusted), "调整预算数"), (Decimal(planned), "年初预算数")], answer.text
    assert "决算数" not in answer.text.split("\n")[0], answer.text


def test_a_budget_left_as_it_was_is_said_unchanged_with_no_rate(district_final: Composer) -> None:
    """城乡社区支出预算调增了多少 where its 调整预算数 is its 年初预算数: 持平, never a 增长 of 0.00%."""
    answer = district_final.answer("云溪区城管局城乡社区支出预算调增了多少")
    assert [fact.source.column for fact in answer.facts[:2]] == ["调整预算数", "年初预算数"], answer.text
    assert "持平（" in answer.text and "%" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question", "total"),
    [
        ("yongding", "北京市永定区园林绿化局2024年预算总额", "3580.00"),
        ("yongding", "2024年预算总额是多少", "3580.00"),
        ("shuangxi", "双溪镇2024年预算总额", "1235.00"),
        ("central", "国家水文监测局2024年预算总额", "15933.00"),
    ],
)
def test_the_documents_year_said_before_its_kind_is_never_a_row_of_that_year(
    drawn: ComposersOnFirstUse, name: str, question: str, total: str
) -> None:
    """2024年预算总额 of the 2024 预算: its totals, never the “三公” table's row named 2024年预算数."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    assert any(fact.value == Decimal(total) for fact in answer.facts), answer.text
    assert all("三公" not in (fact.source.title or "") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "question", "premise"),
    [
        ("qingfeng", "2023年决算比预算少多少", "不是比预算少，而是比预算多。"),
        ("qingfeng", "2023年为什么没花完", "不是比预算少，而是比预算多。"),
        ("qingfeng", "2023年决算比预算多多少", ""),
        ("qingfeng", "2023年钱花完了吗", "是，还超出了预算。"),
    ],
)
def test_a_difference_asked_the_wrong_way_round_corrects_the_premise_first(
    drawn: ComposersOnFirstUse, name: str, question: str, premise: str
) -> None:
    """比预算少多少 of a 决算 above its budget: the premise corrected first, as 为什么没花完 is."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    first = answer.text.split("\n")[0]
    assert first == premise if premise else not first.startswith("不是"), answer.text


@pytest.mark.parametrize(
    ("name", "question", "first"),
    [
        ("ningxi", "宁溪县教育局哪个单位三公经费最多", {"宁溪县教育局本级"}),
        ("ningxi", "哪个下属单位三公经费最多", {"宁溪县第一中学"}),
        ("ningxi", "哪个下属单位的公务接待费最多", {"宁溪县实验小学", "宁溪县第一中学"}),
        ("ningxi", "哪个单位公务接待费最少", {"宁溪县职业技术学校"}),
        ("pingchuan", "哪个单位的三公经费最多", {"平川县卫生健康局本级"}),
        ("ningxi", "宁溪县教育局哪所学校三公经费最多", {"宁溪县第一中学"}),
        ("ningxi", "下属单位里谁的三公经费最多", {"宁溪县第一中学"}),
        ("pingchuan", "平川县卫生健康局哪个下属单位三公经费最多", {"平川县疾病预防控制中心"}),
        ("pingchuan", "哪个下属单位的培训费最多", {"平川县疾病预防控制中心"}),
    ],
)
def test_which_unit_of_a_department_ranks_the_rows_of_its_table_by_unit(
    drawn: ComposersOnFirstUse, name: str, question: str, first: set[str]
) -> None:
    """哪个下属单位的三公经费最多: the units of the table by unit, ranked in the column asked (本级 left out of
    下属单位, even when one unit is left; units level at the top all first), never the item's parts
    (公务用车购置及运行费) ranked instead."""
    answer = drawn[name].answer(question)
    assert answer.intent == "rank", answer.text
    top = answer.facts[0].value
    assert {fact.source.row for fact in answer.facts if fact.value == top} == first, answer.text
    held = re.search("下属|哪所", question)  # units the 部门 holds, or of a kind its own body is not
    assert not any("本级" in (fact.source.row or "") for fact in answer.facts) or not held, answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("哪个单位的三公经费最多", {"平川县卫生健康局本级": "14.00", "平川县疾病预防控制中心": "8.00"}),
        ("三公经费最少的单位", {"平川县疾病预防控制中心": "8.00", "平川县卫生健康局本级": "14.00"}),
        ("各单位三公经费排名", {"平川县卫生健康局本级": "14.00", "平川县疾病预防控制中心": "8.00"}),
        ("哪个下属单位三公经费最多", {"平川县疾病预防控制中心": "8.00"}),
    ],
)
def test_units_are_ranked_by_their_three_public_costs_never_by_a_total_holding_meetings_and_training(
    drawn: ComposersOnFirstUse, question: str, values: dict[str, str]
) -> None:
    """A “三公” table by unit whose 合计 also holds 会议费 and 培训费 (平川: 本级 20.00 = 14.00 + 6.00): each
    unit ranked by its three parts added up, its columns named; never by the 合计."""
    answer = drawn["pingchuan"].answer(question)
    assert answer.intent == "rank", answer.text
    ranked = {fact.source.row: str(fact.value) for fact in answer.facts}
    assert ranked == values and list(ranked) == list(values), answer.text
    assert all(len(fact.source.inputs) == 3 for fact in answer.facts), answer.text
    assert "「公务接待费」列" in answer.text and "「合计」列" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question", "units"),
    [
        (
            "pingchuan",
            "各单位的三公经费分别是多少",
            {"平川县卫生健康局本级": "14.00", "平川县疾病预防控制中心": "8.00"},
        ),
        ("pingchuan", "平川县卫生健康局下属单位的三公经费", {"平川县疾病预防控制中心": "8.00"}),
        ("pingchuan", "平川县卫生健康局下属单位三公经费", {"平川县疾病预防控制中心": "8.00"}),
        ("ningxi", "各单位三公经费分别是多少", {"宁溪县第一中学": "7.00", "宁溪县实验小学": "3.00"}),
    ],
)
def test_each_units_three_public_costs_are_given_beside_the_whole(
    drawn: ComposersOnFirstUse, name: str, question: str, units: dict[str, str]
) -> None:
    """各单位的三公经费 of a table by unit: each unit's own figure beside the 部门's, added up from its three
    parts where the table's 合计 also holds 会议费 and 培训费."""
    answer = drawn[name].answer(question)
    given = {fact.source.row: str(fact.value) for fact in answer.facts if fact.source.row in units}
    assert given == units, answer.text


@pytest.mark.parametrize(
    ("name", "question", "project", "value"),
    [
        ("ningxi", "第一个项目", "教育信息化建设", "100.00"),
        ("pingchuan", "第二个项目多少钱", "卫生健康综合监督执法专项经费", "240.00"),
    ],
)
def test_a_project_by_its_place_is_read_in_the_order_its_table_lists(
    drawn: ComposersOnFirstUse, name: str, question: str, project: str, value: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.facts[0].source.row == project and answer.facts[0].value == Decimal(value), answer.text


def test_which_unit_where_no_table_lists_units_ranks_nothing_else(drawn: ComposersOnFirstUse) -> None:
    """哪个单位的项目支出最多 where no table lists 项目支出 by unit: no ranking of classes or projects."""
    answer = drawn["ningxi"].answer("哪个单位的项目支出最多")
    assert answer.intent != "rank" and "排列" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question", "word"),
    [
        ("ningxi", "建设项目多少钱", "建设"),
        ("ningxi", "学校的项目一共多少钱", "学校"),
        ("pingchuan", "卫生项目多少钱", "卫生"),
    ],
)
def test_projects_named_by_a_word_are_summed_from_the_project_table(
    drawn: ComposersOnFirstUse, name: str, question: str, word: str
) -> None:
    """建设项目多少钱: the projects whose names say 建设, each with its amount and their sum."""
    composer = drawn[name]
    document = composer.index.document(composer.index.heads[0])
    named = {
        row.label: row
        for table in document.tables
        if table.is_projects
        for row in table.rows
        if word in row.label and not row.is_total
    }
    answer = composer.answer(question)
    listed = [fact for fact in answer.facts if fact.source.row in named]
    assert len(named) >= 2 and {fact.source.row for fact in listed} == set(named), answer.text
    assert sum(fact.value or 0 for fact in listed) in {fact.value for fact in answer.facts}, answer.text


def test_where_an_items_money_comes_from_names_each_source_column(drawn: ComposersOnFirstUse) -> None:
    """公共卫生的资金来源是什么: its sources as the 收入总表 prints them, never a glossary lookup of the words."""
    answer = drawn["pingchuan"].answer("公共卫生的资金来源是什么")
    assert answer.status == "answered" and "资金来源：" in answer.text, answer.text
    sources = {fact.source.column for fact in answer.facts if fact.source.row == "公共卫生"}
    assert {"一般公共预算拨款", "单位资金"} <= sources, answer.text


@pytest.mark.parametrize(
    ("question", "year", "leaf"),
    [
        ("公务接待费多少", 2024, "公务接待费"),
        ("出国费多少", 2024, "因公出国（境）费"),
        ("2024年公务接待费", 2024, "公务接待费"),
        ("公务用车运行费多少", 2024, "公务用车运行费"),
        ("2023年公务接待费", 2023, "公务接待费"),
        ("2023年因公出国（境）费", 2023, "因公出国（境）费"),
        ("2023年公务用车运行费多少", 2023, "公务用车运行费"),
    ],
)
def test_a_column_printed_under_two_years_is_read_in_the_year_asked_else_this_years(
    drawn: ComposersOnFirstUse, question: str, year: int, leaf: str
) -> None:
    """2023年预算数 | 2024年预算数 over the same “三公” columns: 公务接待费 is this year's, 2023年公务接待费
    last year's, and a figure of another year is called by its heading (2023年预算数)."""
    composer = drawn["central"]
    document = composer.index.document(composer.index.heads[0])
    (row,) = [row for table in document.tables if "三公" in table.title for row in table.rows]
    (cell,) = [cell for cell in row.cells if cell.column.startswith(f"{year}年") and cell.leaf == leaf]
    answer = composer.answer(question)
    assert (answer.facts[0].value, answer.facts[0].source.column) == (cell.value, cell.column), answer.text
    said = f"{year}年预算数" if year != document.head.year else f"{year}年预算安排"
    assert f"{leaf}：{said} " in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "budget", "other"),
    [("完成了年初预算的多少", "年初预算数", "调整"), ("完成了调整预算的多少", "", "年初")],
)
def test_a_completion_rate_is_against_the_budget_asked_never_the_other_one(
    drawn: ComposersOnFirstUse, question: str, budget: str, other: str
) -> None:
    """完成了年初预算的多少 where the narrative states only 完成调整预算的99.16%: the 决算数 over the 年初预算数 its
    table prints, never the rate against the other budget; 完成了调整预算的多少: that stated rate."""
    answer = drawn["qingfeng"].answer(f"一般公共预算财政拨款支出{question}")
    assert answer.status == "answered" and f"完成{other}预算" not in answer.text, answer.text
    columns = {fact.source.column for fact in answer.facts}
    assert (budget in columns) if budget else any(fact.unit == "%" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "question", "asked"),
    [
        ("yongding", "行政运行比2023年多多少", "行政运行比上年多多少"),
        ("yongding", "行政运行2024年比2023年多多少", "行政运行比上年多多少"),
        ("yongding", "三公经费比2023年少多少", "三公经费比上年少多少"),
        ("yongding", "2023年和2024年三公经费差多少", "三公经费比上年少多少"),
        ("shuangxi", "公务接待费比2023年少多少", "公务接待费比上年少多少"),
        ("central", "公务接待费与2023年相比减少多少", "公务接待费比上年减少多少"),
    ],
)
def test_a_change_from_the_year_before_that_the_document_prints_is_read_from_it(
    drawn: ComposersOnFirstUse, name: str, question: str, asked: str
) -> None:
    """比2023年 of a 2024 document printing 2023's figures, no 2023 document loaded: read as 比上年, from its
    上年 column or row or the change its narrative states, never “2023年的文档 not loaded”."""
    answer, same = drawn[name].answer(question), drawn[name].answer(asked)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert [fact.to_json() for fact in answer.facts] == [fact.to_json() for fact in same.facts], answer.text


@pytest.mark.parametrize(
    "question",
    ["一般公共预算支出比上年增长多少", "一般公共预算支出较去年增加了多少", "一般公共预算支出比2023年多多少"],
)
def test_a_change_of_spending_no_table_prints_a_year_before_of_is_never_another_tables(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """The township prints 2023年预算数 only in its “一般公共预算“三公”经费支出预算表”: the change of its
    一般公共预算支出 is not loaded, never the “三公” total's change its title shares words with."""
    answer = drawn["shuangxi"].answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "三公" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["三公经费比2022年少多少", "2022年和2024年三公经费差多少"])
def test_a_change_from_a_year_the_document_does_not_print_is_still_not_loaded(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    answer = drawn["yongding"].answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize("question", ["下属单位各自的三公经费", "所属单位各自的公务接待费是多少"])
def test_each_held_unit_said_with_gezi_is_each_units_figure(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """下属单位各自的三公经费: each unit's figure from the table by unit, as 下属单位的…分别是多少."""
    answer = drawn["ningxi"].answer(question)
    assert answer.status == "answered", answer.text
    assert {"宁溪县实验小学", "宁溪县第一中学"} <= {fact.label for fact in answer.facts} | {
        fact.source.row for fact in answer.facts
    }, answer.text


@pytest.mark.parametrize(
    ("name", "question"), [("pingchuan", "公用经费主要用在哪"), ("xinan", "人员经费主要用在哪")]
)
def test_where_a_part_of_basic_spending_goes_reads_the_economic_table(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.intent == "main_uses" and "按支出经济分类" in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("ningxi", "宁溪县教育局的绩效目标是什么"),
        ("yongding", "永定区园林绿化局的绩效目标"),
        ("central", "国家水文监测局有哪些绩效指标"),
        ("ningxi", "项目绩效"),
        ("ningxi", "绩效怎么样"),
        ("shuangxi", "项目的绩效"),
        ("ningxi", "满意度指标有哪些"),
        ("ningxi", "有几个项目设置了满意度指标"),
        ("central", "哪些项目没有成本指标"),
    ],
)
def test_targets_asked_of_a_document_publishing_none_say_it_publishes_none(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """No 绩效目标表 is published: the answer says so, naming what was asked without the unit's 的; 项目绩效
    asks the targets as a whole, never an item called 项目绩效."""
    answer = drawn[name].answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "没有公开项目绩效目标表" in answer.text and "“的" not in answer.text, answer.text


def test_targets_asked_of_a_document_publishing_them_are_listed(drawn: ComposersOnFirstUse) -> None:
    answer = drawn["xinan"].answer("新安镇的绩效目标是什么")
    assert answer.status == "answered" and "农村人居环境整治" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("新安镇满意度90%以上的项目有哪些", "各项目的满意度指标共 1 项，其中指标值不低于 90%的有 1 项"),
        ("新安镇满意度高于95%的项目", "共有满意度指标 1 项，没有指标值高于 95%的"),
    ],
)
def test_a_township_indicators_within_a_bound_are_those_meeting_it(
    drawn: ComposersOnFirstUse, question: str, said: str
) -> None:
    """满意度90%以上的项目 of a township's 绩效目标表 (村民满意度 ≥90%): kept or left out by its value."""
    answer = drawn["xinan"].answer(question)
    assert answer.status == "answered" and said in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said", "count"),
    [
        ("农村人居环境整治有几个绩效指标", "农村人居环境整治的绩效指标共 4 个", 4),
        ("农村人居环境整治的产出指标有几个", "农村人居环境整治的数量指标、质量指标共 2 个", 2),
    ],
)
def test_a_count_of_indicators_is_never_an_indicator_counted_in_ge(
    drawn: ComposersOnFirstUse, question: str, said: str, count: int
) -> None:
    """有几个绩效指标 of a town whose target holds 污水管网建设行政村数 12个: the indicators counted, not that
    indicator's value read as the count asked."""
    answer = drawn["xinan"].answer(question)
    assert answer.text.startswith(said) and answer.facts[0].value == count, answer.text


@pytest.mark.parametrize(
    ("name", "question", "plain"),
    [
        ("ningxi", "宁溪县教育局本年财政拨款", "宁溪县教育局财政拨款"),
        ("pingchuan", "平川县卫生健康局本年度财政拨款收入", "平川县卫生健康局财政拨款收入"),
        ("yongding", "永定区园林绿化局本年财政拨款", "永定区园林绿化局财政拨款"),
    ],
)
def test_this_year_asked_of_tables_printing_no_column_of_last_years_money_is_their_figure(
    drawn: ComposersOnFirstUse, name: str, question: str, plain: str
) -> None:
    """A table that sets no 上年结转 apart prints this year's money in every column: 本年 asks no other."""
    answer, without = drawn[name].answer(question), drawn[name].answer(plain)
    assert answer.status == without.status == "answered", answer.text
    assert answer.facts[0].value == without.facts[0].value, answer.text


@pytest.mark.parametrize(
    ("name", "unit", "actual", "planned", "adjusted"),
    [
        ("county-final", "平川县农业农村局", "1657.16", "1580.00", "1662.00"),
        ("qinghe", "清河县市场监管局", "8613300.00", "8410000.00", "8674500.00"),
        ("qingfeng", "青峰县水利局", "9088331.36", "8600000.00", "9165000.00"),
    ],
)
def test_a_final_accounts_table_total_is_read_on_the_side_its_question_names(
    drawn: ComposersOnFirstUse, name: str, unit: str, actual: str, planned: str, adjusted: str
) -> None:
    """一般公共预算支出决算数 / 执行了多少 is the 决算数 total, 年初预算 the 年初预算数 beside it, 调整预算 the
    调整预算数, though the table's 决算数 is a group (决算数/合计) and each budget one column; 一般公共预算's
    预算 names no side."""
    composer = drawn[name]
    sides = (("决算数", actual), ("执行了多少", actual), ("年初预算", planned), ("调整预算数", adjusted))
    for asked, value in sides:
        answer = composer.answer(f"{unit}一般公共预算支出{asked}")
        assert answer.status == "answered", answer.text
        assert answer.facts[0].value == Decimal(value), (asked, answer.text)


@pytest.mark.parametrize(
    ("question", "column", "value"),
    [
        ("宁溪县教育局其他支出政府性基金", "政府性基金预算", "50.00"),
        ("宁溪县教育局教育支出一般公共预算", "一般公共预算", "12280.00"),
    ],
)
def test_a_fund_said_after_a_row_without_its_budget_word_reads_that_column(
    drawn: ComposersOnFirstUse, question: str, column: str, value: str
) -> None:
    answer = drawn["ningxi"].answer(question)
    assert answer.status == "answered" and answer.facts[0].source.column == column, answer.text
    assert answer.facts[0].value == Decimal(value), answer.text


def test_last_years_outcome_of_a_column_printing_only_this_years_plan_is_not_found(
    drawn: ComposersOnFirstUse,
) -> None:
    """2023年基本支出执行数 of a 2024 预算 printing 2023年执行数 as one total column: no 基本支出 outcome is
    printed, and this year's 基本支出 plan is never given for it."""
    composer = drawn["central"]
    for question in ("国家水文监测局2023年基本支出执行数", "国家水文监测局2023年基本支出执行了多少"):
        answer = composer.answer(question)
        assert answer.status == "not_found" and not answer.facts, answer.text
    answer = composer.answer("国家水文监测局2023年水文测报执行数")
    assert answer.status == "answered" and answer.facts[0].source.column == "2023年执行数", answer.text


def test_a_column_of_rates_beside_the_figure_is_in_percent(drawn: ComposersOnFirstUse) -> None:
    """增减率 beside 万元 columns: 8.33%, never 8.33 万元."""
    answer = drawn["central"].answer("国家水文监测局2023年水文测报执行数")
    assert "增减率 8.33%" in answer.text and "8.33 万元" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question", "note"),
    [
        ("central", "国家水文监测局基本支出执行了多少", "预算安排数（计划）"),
        ("qinghe", "清河县市场监管局食品安全监管执行了多少", "决算数，即年度执行完后的实际数"),
        ("county-final", "平川县农业农村局一般公共预算支出执行了多少", "决算数，即年度执行完后的实际数"),
    ],
)
def test_carried_out_asked_says_whether_the_figure_is_a_plan_or_an_outcome(
    drawn: ComposersOnFirstUse, name: str, question: str, note: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and note in answer.text, answer.text


def test_last_years_outcome_not_printed_is_said_missing_by_year(drawn: ComposersOnFirstUse) -> None:
    answer = drawn["central"].answer("国家水文监测局去年基本支出执行了多少")
    assert "没有列出“基本支出”2023年的执行数" in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question", "total", "parts"),
    [
        ("hunan", "青石县自然资源局财政拨款收入", "12048780.50", 3),
        ("hunan", "青石县自然资源局本年财政拨款多少", "12048780.50", 3),
        ("shuangxi", "双溪镇财政拨款多少", "1235.00", 2),
    ],
)
def test_funds_money_where_no_total_is_printed_is_its_funds_rows_added_up(
    drawn: ComposersOnFirstUse, name: str, question: str, total: str, parts: int
) -> None:
    """财政拨款 of a 收支总表 printing 一般公共预算拨款收入 and 政府性基金预算拨款收入 with no 财政拨款 row: each
    fund's row, and their sum; a document printing 财政拨款 itself is read as before."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    rows = [fact for fact in answer.facts if fact.source.row and "拨款" in fact.source.row]
    assert len(rows) == parts and answer.facts[-1].value == Decimal(total), answer.text
    assert sum((fact.value or Decimal(0)) for fact in rows) == Decimal(total), answer.text


@pytest.mark.parametrize(
    ("name", "question", "value", "table"),
    [
        ("yongding", "永定区园林绿化局一般公共预算支出2023年执行数", "3237.90", "表2-1"),
        ("yongding", "永定区园林绿化局去年一般公共预算支出执行了多少", "3237.90", "表2-1"),
        ("central", "国家水文监测局2023年一般公共预算支出执行数", "14482.40", "表5"),
        ("yongding", "永定区园林绿化局一般公共预算支出上年执行数是多少", "3237.90", "表2-1"),
    ],
)
def test_last_years_outcome_of_a_table_total_is_the_column_its_total_row_prints(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str, table: str
) -> None:
    answer = drawn[name].answer(question)
    assert first_fact(answer) == (Decimal(value), table, "合计", "2023年执行数"), answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("ningxi", "宁溪县教育局2023年一般公共预算支出执行数"),
        ("shuangxi", "双溪镇2023年一般公共预算支出执行数"),
        ("pingchuan", "平川县卫生健康局2023年一般公共预算支出执行数"),
        ("ningxi", "宁溪县教育局教育支出上年执行数"),
        ("central", "国家水文监测局三公经费上年执行数"),
        ("ningxi", "宁溪县教育局公务接待费2023年执行数"),
    ],
)
def test_last_years_outcome_printed_nowhere_is_never_this_years_stated_plan(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """一般公共预算支出2023年执行数 of a 2024 预算 printing none: not found by year, never the narrative's
    一般公共预算 of this year, which names only a money the question also says."""
    answer = drawn[name].answer(question)
    assert (answer.status, answer.facts) == ("not_found", []), answer.text
    assert "2023年的执行数" in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("ningxi", "宁溪县教育局教育支出上年结转"),
        ("ningxi", "宁溪县教育局普通教育上年结转"),
        ("central", "国家水文监测局水文测报上年结转"),
    ],
)
def test_a_column_said_after_a_row_is_asked_of_it_never_added_to_it(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """教育支出上年结转: the 上年结转 of 教育支出, though 上年结转 is also a row of the 收支总表; never 教育支出
    and the whole 上年结转 added up as two items."""
    answer = drawn[name].answer(question)
    assert answer.intent != "each" and not answer.text.startswith("合计"), answer.text
    assert len({fact.source.row for fact in answer.facts if fact.source.row}) <= 1, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("qingfeng", "青峰县水利局水利年初结转和结余"),
        ("county-final", "平川县农业农村局农林水支出年初结转和结余是多少"),
        ("qinghe", "清河县市场监管局行政运行年末结转和结余"),
        ("ningxi", "宁溪县教育局教育支出上年结转"),
    ],
)
def test_a_carry_over_no_table_prints_by_row_is_not_found_never_the_units_whole(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """水利年初结转和结余 where only the 收支总表 prints a 年初结转和结余 (the unit's whole): not found, never
    that row nor an empty table's column for the item, never the item's spending added to it."""
    answer = drawn[name].answer(question)
    assert (answer.status, answer.facts) == ("not_found", []), answer.text


@pytest.mark.parametrize(
    ("question", "value", "row", "column"),
    [
        ("云溪区城管局城管执法年初结转和结余", "120.00", "城管执法", "年初结转和结余"),
        ("云溪区城管局城乡社区支出年末结转和结余是多少", "500.00", "城乡社区支出", "年末结转和结余"),
    ],
)
def test_a_carry_over_a_table_prints_by_row_is_the_rows_own(
    district_final: Composer, drawn: ComposersOnFirstUse, question: str, value: str, row: str, column: str
) -> None:
    """城管执法年初结转和结余 where the 财政拨款收入支出决算表 prints that column by row: the row's own."""
    value_, _table, row_, column_ = first_fact(district_final.answer(question))
    assert (value_, row_, column_) == (Decimal(value), row, column)
    own = first_fact(drawn["central"].answer("国家水文监测局水文测报上年结转结余"))
    assert own == (Decimal("300.00"), "表2", "水文测报", "上年结转结余")


def test_columns_said_after_a_row_once_are_each_that_rows(
    district_final: Composer, drawn: ComposersOnFirstUse
) -> None:
    """城管执法年初结转和结余和年末结转和结余: the row is said once, each column after it is still its column,
    never the unit's whole of that name."""
    both = district_final.answer("云溪区城管局城管执法年初结转和结余和年末结转和结余分别多少")
    read = [(fact.value, fact.source.row, fact.source.column) for fact in both.facts]
    assert read[0] == (Decimal("120.00"), "城管执法", "年初结转和结余"), both.text
    assert (Decimal("500.00"), "城管执法", "年末结转和结余") in read, both.text
    assert {row for _value, row, _column in read} == {"城管执法"}, both.text
    income = drawn["central"].answer("国家水文监测局水文测报上年结转结余和事业收入分别多少")
    read = [(fact.value, fact.source.row, fact.source.column) for fact in income.facts]
    assert read[0] == (Decimal("300.00"), "水文测报", "上年结转结余"), income.text
    assert (Decimal("500.00"), "水文测报", "事业收入") in read, income.text


@pytest.mark.parametrize(
    ("name", "question", "item"),
    [
        ("qinghe", "清河县市场监管局行政运行的钱用在哪", "行政运行"),
        ("central", "国家水文监测局水文测报主要用在哪", "水文测报"),
    ],
)
def test_what_an_item_is_for_where_no_sentence_says_is_its_figure_saying_so(
    drawn: ComposersOnFirstUse, name: str, question: str, item: str
) -> None:
    """A row nothing is printed under (a 项 of the 功能分类), its use unstated: its figure, saying so."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    assert answer.text.startswith(f"文件没有写明“{item}”具体用于哪些方面"), answer.text


@pytest.mark.parametrize(
    ("name", "question", "item", "largest"),
    [
        ("pingchuan", "平川县卫生健康局公共卫生的钱主要花在哪", "公共卫生", "基本公共卫生服务"),
        ("hunan", "青石县自然资源局自然资源事务主要用在哪", "自然资源事务", "行政运行"),
        ("ningxi", "宁溪县教育局教育支出主要用在哪", "教育支出", "普通教育"),
        ("qingfeng", "青峰县水利局水利的钱用在哪里", "水利", "水利工程运行与维护"),
    ],
)
def test_what_a_class_is_for_where_no_sentence_says_is_the_rows_under_it(
    drawn: ComposersOnFirstUse, name: str, question: str, item: str, largest: str
) -> None:
    """教育支出主要用在哪, no sentence saying: the rows printed under it, largest first, each a share of it."""
    answer = drawn[name].answer(question)
    assert answer.intent == "main_uses" and "没有写明" not in answer.text, answer.text
    amounts = [fact for fact in answer.facts if fact.unit != "%"]
    whole = amounts[-1]
    assert whole.label == item and amounts[0].label == largest, answer.text
    assert all(fact.source.column == whole.source.column for fact in amounts), answer.text
    assert sum(fact.value or 0 for fact in amounts[:-1]) <= (whole.value or 0), answer.text


def test_what_project_spending_is_for_where_no_class_or_sentence_says_is_said_unstated(
    families: Composer,
) -> None:
    answer = families.answer("省检察院项目支出主要用于什么")
    assert answer.status == "answered" and answer.facts[0].value == Decimal("5573.00"), answer.text
    assert answer.text.startswith("文件没有写明“项目支出”具体用于哪些方面"), answer.text
    said = families.answer("省高院2019年公共安全支出主要用于什么")
    assert "没有写明" not in said.text and "主要用于人员支出" in said.text, said.text


@pytest.mark.parametrize(
    ("name", "question", "row", "value", "table"),
    [
        ("yongding", "永定区园林绿化局行政运行上年执行数", "行政运行", "832.60", "表2-1"),
        ("central", "国家水文监测局水文测报上年执行数", "水文测报", "4800.00", "表5"),
    ],
)
def test_a_rows_last_year_outcome_said_as_its_column_is_that_years_column(
    drawn: ComposersOnFirstUse, name: str, question: str, row: str, value: str, table: str
) -> None:
    """行政运行上年执行数: the 2023年执行数 a 2024 预算 prints beside the row; 上年 is when, no word of the item.
    Other tables print the row's 2024 figures only: none is set beside it as the same item or another money."""
    answer = drawn[name].answer(question)
    assert first_fact(answer) == (Decimal(value), table, row, "2023年执行数"), answer.text
    others = [fact for fact in answer.facts if fact.source.table != table]
    assert all("2023年" in fact.source.column for fact in others), answer.text
    assert "口径不同" not in answer.text and "同一项目也见于" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "宁溪县教育局下属单位的三公经费合计",
        "宁溪县教育局下属单位的公务接待费",
        "宁溪县教育局所属单位的公务用车运行费一共多少",
    ],
)
def test_the_units_a_department_holds_are_added_up_without_its_own_body(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """下属单位的三公经费合计: the units of the table by unit, 本级 left out, each with its figure and their sum
    as a fact worked from them; the 部门's total is still given first."""
    answer = drawn["ningxi"].answer(question)
    summed = next(fact for fact in answer.facts if fact.label.startswith("下属单位"))
    parts = [fact for fact in answer.facts if fact.source in summed.source.inputs]
    assert parts and not any("本级" in fact.source.row for fact in parts), answer.text
    assert summed.value == sum(fact.value or 0 for fact in parts), answer.text
    assert f"合计 {summed.value:.2f} {summed.unit}" in answer.text, answer.text
    assert answer.facts[0].value is not None and answer.facts[0].value > summed.value, answer.text


@pytest.mark.parametrize(
    ("name", "question", "table"),
    [
        ("hunan", "青石县表3的合计", "预算03表"),
        ("hunan", "青石县预算03表的合计", "预算03表"),
        ("hunan", "青石县预算02表的合计", "预算02表"),
    ],
)
def test_a_column_printed_as_dashes_classes_no_rows(
    drawn: ComposersOnFirstUse, name: str, question: str, table: str
) -> None:
    """预算02表's 政府性基金预算拨款收入 printed “-” in every row marks no amount: no class “-” whose rows
    (合计 among them) are added up; the table's own 合计 is read, in the table named by its number."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and "-：" not in answer.text, answer.text
    first = answer.facts[0]
    assert first.source.table == table and first.source.row == "合计", answer.text


@pytest.mark.parametrize(
    ("name", "question", "table"),
    [
        ("ningxi", "宁溪县教育局公开表（五）的合计", "2024年部门预算公开表（五）"),
        ("ningxi", "宁溪县教育局表(十)第一行", "2024年部门预算公开表（十）"),
        ("hunan", "青石县预算03表第二行", "预算03表"),
        ("hunan", "青石县预算02表有哪些内容", "预算02表"),
        ("yongding", "永定园林绿化局表2有哪些行", "表2"),
        ("pingchuan", "平川县卫生健康局部门公开表5合计", "部门公开表5"),
        ("pingchuan", "平川县卫生健康局部门公开表10里公务接待费多少", "部门公开表10"),
        ("ningxi", "宁溪县教育局部门预算公开表（五）的合计", "2024年部门预算公开表（五）"),
    ],
)
def test_a_table_named_by_its_number_as_printed_is_that_table(
    drawn: ComposersOnFirstUse, name: str, question: str, table: str
) -> None:
    """公开表（五）, 表(十), 预算03表, 部门公开表5: the number read however the document prints it (the words
    of its name before 表 no item), and the answer read from that table alone."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    assert answer.facts[0].source.table == table, answer.text


def test_a_table_numbered_under_another_is_never_the_one_above_it(drawn: ComposersOnFirstUse) -> None:
    """表1-2 (a Beijing 表1's second part) is no 表1: never 表1's figure for it."""
    answer = drawn["yongding"].answer("永定园林绿化局表1-2的合计")
    assert not any(fact.source.table == "表1" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "topic", "whole"),
    [
        ("ningxi", "宁溪县教育局学校", "项目支出"),
        ("fenyang", "零工市场", "项目支出"),
        ("fenyang", "稳岗补助", "项目支出"),
        ("fenyang", "零工市场项目", "项目支出"),
        ("fenyang", "就业类项目", "项目支出"),
        ("ningxi", "宁溪县教育局学校项目", "项目支出"),
    ],
)
def test_a_share_of_a_topic_is_the_share_of_its_rows_added_up(
    drawn: ComposersOnFirstUse, composer: Composer, name: str, topic: str, whole: str
) -> None:
    """零工市场占项目支出的比例 where 零工市场 names several projects: their sum (as 零工市场多少钱 gives it) over
    the whole, never one project's share; so too the projects said as such (零工市场项目, 就业类项目)."""
    asker = composer if name == "fenyang" else drawn[name]
    summed = asker.answer(f"{topic}多少钱")
    total = next(fact for fact in summed.facts if len(fact.source.inputs) >= 2)
    answer = asker.answer(f"{topic}占{whole}的比例")
    top = answer.facts[1]
    assert answer.intent == "share" and top.value == total.value, (answer.text, summed.text)
    assert len(top.source.inputs) == len(total.source.inputs), answer.text


@pytest.mark.parametrize(
    ("name", "question", "total"),
    [
        ("ningxi", "前两大项目加起来多少", "1000.00"),
        ("hunan", "哪两个项目最多，一共多少钱", "5200000.00"),
    ],
)
def test_the_largest_projects_of_a_drawn_document_are_added_when_asked(
    drawn: ComposersOnFirstUse, name: str, question: str, total: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.intent == "rank", answer.text
    assert answer.facts[0].value == Decimal(total), answer.text
    assert all(fact.source.table for fact in answer.facts[1:]), answer.text


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("延续性项目有几个", 1),
        ("一次性项目有哪些", 0),
        ("哪些项目是新增的", 0),
        ("有没有新增项目", 0),
        ("哪些项目属于延续项目", 1),
    ],
)
def test_an_attribute_printed_without_its_ending_is_still_that_attribute(
    drawn: ComposersOnFirstUse, question: str, count: int
) -> None:
    """延续项目 printed, 延续性项目 asked: one attribute; 一次性 or 新增 asked of it: none, never every
    project."""
    answer = drawn["xinan"].answer(question)
    assert answer.facts[0].value == Decimal(count) and "延续项目" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("哪些单位三公经费超过5万", ["宁溪县教育局本级", "宁溪县第一中学"]),
        ("三公经费超过5万的单位有哪些", ["宁溪县教育局本级", "宁溪县第一中学"]),
        ("哪两个下属单位三公经费最多", ["宁溪县第一中学", "宁溪县实验小学"]),
    ],
)
def test_units_kept_by_a_bound_or_ranked_so_many_are_those_of_the_table_by_unit(
    drawn: ComposersOnFirstUse, question: str, units: list[str]
) -> None:
    """哪些单位三公经费超过5万: the units whose row of the table by unit meets the bound, never the whole list
    of the 单位构成 table; 哪两个下属单位最多: the first two of them, 本级 apart."""
    answer = drawn["ningxi"].answer(question)
    assert answer.intent in ("rank", "filter"), answer.text
    assert [fact.source.row for fact in answer.facts] == units, answer.text


def test_a_funds_income_is_never_the_carry_over_printed_under_its_name_unindented(
    drawn: ComposersOnFirstUse,
) -> None:
    """公开04表 prints 一般公共预算财政拨款 again, unindented, under 年初财政拨款结转和结余: that row is carried
    money, so 一般公共预算财政拨款收入 is the year's 1,650.00, not a choice with the 20.16 carried over."""
    answer = drawn["county-final"].answer("平川县农业农村局一般公共预算财政拨款收入")
    assert answer.status == "answered" and answer.facts[0].value == Decimal("1650.00"), answer.text


@pytest.mark.parametrize(
    ("name", "question", "whole", "value"),
    [
        ("county-final", "农林水支出占比", "本年支出合计", "1669.46"),
        ("qinghe", "项目支出占多少", "本年支出合计", "8658300.00"),
        ("county-final", "农林水支出占支出总计的比例", "支出总计", "1682.46"),
        ("ningxi", "教育支出占比", "支出总计", "15650.00"),
    ],
)
def test_a_share_of_spending_naming_no_whole_is_of_what_a_final_account_spent_in_the_year(
    drawn: ComposersOnFirstUse, name: str, question: str, whole: str, value: str
) -> None:
    """农林水支出占比 of a 决算: of its 本年支出合计, for its 支出总计 adds the money carried to next year,
    which was not spent; a whole named (支出总计) is kept, and a 预算's share stays of its 支出总计."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    bottom = answer.facts[-1]
    assert whole in bottom.label and bottom.value == Decimal(value), answer.text


@pytest.mark.parametrize("question", ["有下属单位吗", "有几个下属单位"])
def test_units_the_narrative_says_there_are_none_of_are_answered_none(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """…等5个股室，无下属单位: 没有, with the sentence that says so."""
    answer = drawn["qingfeng"].answer(question)
    assert answer.status == "answered" and answer.text.startswith("没有："), answer.text
    assert "无下属单位" in answer.text, answer.text


@pytest.mark.parametrize(("name", "count"), [("ningxi", 5), ("county-final", 3)])
def test_projects_of_a_class_a_county_table_does_not_mark_are_all_listed_saying_so(
    drawn: ComposersOnFirstUse, name: str, count: int
) -> None:
    answer = drawn[name].answer("特定目标类项目有哪些")
    assert answer.text.startswith(f"文件没有逐项标明哪些是“特定目标类”项目，全部项目共 {count} 项"), (
        answer.text
    )


@pytest.mark.parametrize(
    ("name", "question", "word", "count"),
    [
        ("ningxi", "宁溪县教育局项目里和教育有关的有哪些", "教育", 2),
        ("ningxi", "项目支出中跟校舍相关的有多少", "校舍", 1),
    ],
)
def test_projects_said_before_what_they_are_about_are_those_so_named(
    drawn: ComposersOnFirstUse, name: str, question: str, word: str, count: int
) -> None:
    """项目里和教育有关的: the projects whose names hold 教育, as 和教育有关的项目 asks, never every project."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered", answer.text
    rows = [fact.source.row for fact in answer.facts if fact.source.row]
    assert len(set(rows)) == count and all(word in row for row in rows), answer.text


def test_a_sentence_wrapped_inside_a_percentage_keeps_its_whole_figure(drawn: ComposersOnFirstUse) -> None:
    """增长5. at a line's end and 56%。 on the next: one sentence, the change 5.56%, never 5 or a lost tail."""
    answer = drawn["pingchuan"].answer("平川县卫生健康局收入比上年增长百分之几")
    assert answer.status == "answered" and "增长5.56%" in answer.text, answer.text
    assert any(fact.value == Decimal("5.56") and fact.unit == "%" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("name", "question", "whole", "share"),
    [
        ("qingfeng", "青峰县水利局农林水支出占比", "本年支出合计", "90.95"),
        ("qingfeng", "青峰县水利局决算支出中农林水支出占比", "本年支出合计", "90.95"),
        ("county-final", "平川县农业农村局决算支出中农林水支出占多少", "本年支出合计", "91.31"),
        ("qingfeng", "青峰县水利局农林水支出占支出总计的比例", "支出总计", "90.33"),
        ("qinghe", "清河县市场监督管理局决算支出里一般公共服务支出占多少", "本年支出合计", "70.50"),
    ],
)
def test_a_final_accounts_spending_share_is_of_what_the_year_spent_unless_the_grand_total_is_named(
    drawn: ComposersOnFirstUse, name: str, question: str, whole: str, share: str
) -> None:
    """占比 and 决算支出中…占比 of a 决算: the year's own spending (本年支出合计), not the 总计 that adds the
    money carried to the next year; 占支出总计 reads the grand total, as said."""
    answer = drawn[name].answer(question)
    assert f"占{whole}的比例" in answer.text.splitlines()[0], answer.text
    assert any(fact.unit == "%" and fact.value == Decimal(share) for fact in answer.facts), answer.text


@pytest.mark.parametrize("name", ["yongding", "ningxi", "qingfeng", "county-final"])
@pytest.mark.parametrize(
    "said", ["航天项目有几个", "航天相关的项目有哪些", "航天项目花了多少钱", "航天项目最大的是哪个"]
)
def test_projects_about_what_no_project_says_are_not_found_not_every_project(
    drawn: ComposersOnFirstUse, name: str, said: str
) -> None:
    """航天项目有几个 of a document none of whose projects says 航天: not found, with no figure, never every
    project counted or the whole 项目支出 as if it were theirs."""
    listed = drawn[name].answer("项目有哪些")
    assert listed.status == "answered" and listed.facts, listed.text
    assert not any("航天" in fact.source.row for fact in listed.facts)
    answer = drawn[name].answer(said)
    assert answer.status == "not_found" and "航天" in answer.text, answer.text
    assert not any(fact.value is not None for fact in answer.facts), answer.text


@pytest.mark.parametrize("name", ["yongding", "ningxi", "qingfeng"])
@pytest.mark.parametrize("said", ["项目个数", "平均每个项目多少钱", "项目数量是多少"])
def test_words_asking_of_projects_are_no_group_of_them(
    drawn: ComposersOnFirstUse, name: str, said: str
) -> None:
    """项目个数, 平均每个项目: words that ask something of the projects, which every project answers."""
    count = drawn[name].answer("项目有几个")
    total = re.search(r"项目共 (\d+) 个", count.text)
    assert count.status == "answered" and total, count.text
    answer = drawn[name].answer(said)
    assert answer.status == "answered" and f"{total.group(1)} 个" in answer.text, answer.text


def test_projects_named_by_a_word_asked_per_month_average_their_sum(drawn: ComposersOnFirstUse) -> None:
    """教育项目每个月多少钱 of two projects so named: their 500.00 万元 over 12, not the first one's 100.00."""
    answer = drawn["ningxi"].answer("宁溪县教育局教育项目每个月多少钱")
    assert "按月平均：41.6667 万元（500.00 ÷ 12" in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "topic"),
    [
        ("fenyang", "零工市场"),
        ("fenyang", "就业项目"),
        ("fenyang", "护工项目"),
        ("ningxi", "宁溪县教育局教育项目"),
    ],
)
def test_a_share_of_projects_naming_no_whole_is_of_all_project_spending(
    drawn: ComposersOnFirstUse, composer: Composer, name: str, topic: str
) -> None:
    """零工市场占比多少, of projects in the 本年预算 and 上年结转 tables alike: their sum over 项目支出, as
    占项目支出的比例 reads it, never over the first table's total alone, nor not found."""
    asker = composer if name == "fenyang" else drawn[name]
    named = asker.answer(f"{topic}占项目支出的比例")
    answer = asker.answer(f"{topic}占比多少")
    assert answer.intent == "share" and "占项目支出的比例" in answer.text, answer.text
    assert [(f.value, f.source.row, f.source.column) for f in answer.facts] == [
        (f.value, f.source.row, f.source.column) for f in named.facts
    ], (answer.text, named.text)


@pytest.mark.parametrize(
    ("name", "question", "project", "total"),
    [
        ("qingfeng", "青峰县水利局水利项目占比多少", "小型农田水利设施修复", "6115110.16"),
        ("ningxi", "宁溪县教育局校舍项目占比多少", "义务教育学校校舍维修改造", "1350.00"),
        ("county-final", "平川县农业农村局乡村振兴项目占比多少", "乡村振兴衔接资金项目", "925.46"),
    ],
)
def test_a_share_of_the_one_project_a_word_names_is_that_projects(
    drawn: ComposersOnFirstUse, name: str, question: str, project: str, total: str
) -> None:
    """水利项目占比 where one project's name says 水利: that project over its table's total, never the share
    of 项目支出 in all spending the narrative states; and 乡村振兴 after a 局 is no 乡 of it."""
    answer = drawn[name].answer(question)
    assert answer.intent == "share" and len(answer.facts) >= 3, answer.text
    assert project in answer.facts[1].source.row and answer.facts[2].value == Decimal(total), answer.text
    assert answer.facts[2].source.table == answer.facts[1].source.table, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("county-final", "平川县农业农村局乡村振兴支出多少"),
        ("county-final", "平川县农业农村局乡镇建设多少钱"),
        ("ningxi", "宁溪县教育局镇村学校支出多少"),
        ("qingfeng", "青峰县水利局街道排水多少钱"),
    ],
)
def test_a_place_word_after_a_bureau_is_no_unit_of_that_place(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """农业农村局|乡村振兴: a 局 has no 乡 (万里|镇 of a place does), so the loaded 局 is asked, never a unit
    “农业农村局乡” said to be not loaded."""
    answer = drawn[name].answer(question)
    assert "没有找到单位" not in answer.text and answer.intent != "not_loaded", answer.text


@pytest.mark.parametrize(
    ("name", "question", "unit", "item"),
    [
        ("pingchuan", "平川县卫生健康局医院补助多少", "平川县卫生健康局", "医院补助"),
        ("yongding", "永定区园林绿化局公园建设多少钱", "北京市永定区园林绿化局", "公园建设"),
        ("qingfeng", "青峰县水利局水文站经费", "青峰县水利局", "水文站经费"),
    ],
)
def test_an_institution_word_after_a_loaded_unit_is_also_looked_up_as_its_item(
    drawn: ComposersOnFirstUse, name: str, question: str, unit: str, item: str
) -> None:
    """卫生健康局医院补助: a 医院 not loaded, and, as the reply says too, no 医院补助 of the 局's either; never
    a figure of the 局 for it."""
    answer = drawn[name].answer(question)
    assert answer.intent == "not_loaded" and not answer.facts, answer.text
    assert f"若问的是{unit}的“{item}”" in answer.text and "也没有找到" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("江苏省人民检察院公务用车购置及运行费占多少", "55.3"),
        ("省高院2019年公务用车购置及运行费占比", "51.93"),
        ("省人大2019年公务用车购置及运行费占多少", None),
    ],
)
def test_a_concepts_part_named_with_a_joining_word_is_one_item(
    families: Composer, question: str, value: str | None
) -> None:
    """公务用车购置及运行费 (printed 公务用车购置及运行维护费): one part of “三公”经费, its share of it, never
    公务用车购置 and 运行费 asked apart."""
    answer = families.answer(question)
    assert answer.intent == "share" and "公务用车购置费" not in answer.text, answer.text
    shares = [fact.value for fact in answer.facts if fact.unit == "%"]
    assert len(shares) == 1 and (value is None or shares[0] == Decimal(value)), answer.text


@pytest.mark.parametrize(
    ("asker", "question", "total"),
    [
        ("families", "江苏省人民检察院公开09表的合计", "1384.74"),
        ("families", "省人大2019年公开表九合计", "2600.71"),
        ("pingchuan", "平川县卫生健康局部门公开表10的合计", "34.00"),
    ],
)
def test_the_total_of_a_table_holding_more_than_its_concept_is_called_by_its_title(
    drawn: ComposersOnFirstUse, families: Composer, asker: str, question: str, total: str
) -> None:
    """公开09表的合计 of a “三公”经费、会议费、培训费 table: what its title says it holds, never “三公经费”
    for a total with 会议费 and 培训费 in it."""
    answer = (families if asker == "families" else drawn[asker]).answer(question)
    lead = answer.facts[0]
    assert lead.value == Decimal(total) and "会议费" in lead.label and "培训费" in lead.label, answer.text
    assert not answer.text.startswith(("三公经费：", "“三公”经费：")), answer.text


@pytest.mark.parametrize(
    ("question", "table", "total"),
    [
        ("汾阳人社局一般公共预算支出构成", "表五", "1100.24"),
        ("省高院2019年一般公共预算支出构成", "公开07表", "37188.34"),
        ("规划资源局2024年一般公共预算支出构成", "表五", "9746.50"),
        ("普陀区财政局2024年一般公共预算支出结构", "表五", "2940.05"),
    ],
)
def test_a_funds_spending_asked_by_its_make_up_is_its_tables_classes(
    families: Composer, question: str, table: str, total: str
) -> None:
    """一般公共预算支出构成: the classes of the table of that fund's spending (一般公共预算财政拨款支出决算表
    too), with their shares of its total; never its income row, nor a “三公” table's 一般公共预算 column."""
    answer = families.answer(question)
    tables = {fact.source.table for fact in answer.facts if fact.source.table}
    assert tables == {table}, answer.text
    assert any(fact.value == Decimal(total) for fact in answer.facts), answer.text
    assert answer.text.count("占 ") >= 2, answer.text


@pytest.mark.parametrize(
    ("question", "moved", "first"),
    [
        ("省人大2019年比2017年增加最多的是哪类支出", "增加最多", "一般公共服务支出"),
        ("省人大2019年比2017年哪类支出减少最多", "减少最多", "社会保障和就业支出"),
        ("省人大2019年和2017年比哪项支出变化最大", "变化最大", "一般公共服务支出"),
        ("普陀区财政局2025年预算比2024年决算哪类支出增加最多", "增加最多", "一般公共服务支出"),
    ],
)
def test_which_class_moved_most_between_two_loaded_years_compares_each_class(
    families: Composer, question: str, moved: str, first: str
) -> None:
    """2019年比2017年哪类支出增加最多, both years loaded: each 功能分类 类 side by side in the two documents,
    the one that moved most that way first, with both figures and their sources; never not found."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.text.startswith(f"按支出功能分类（类）逐类比较，{moved}的是“{first}”"), answer.text
    sides = [fact for fact in answer.facts if fact.value is not None and fact.source.row][:2]
    assert len(sides) == 2 and all(first in fact.source.row for fact in sides), answer.text
    assert len({fact.source.document for fact in sides}) == 2, answer.text


@pytest.mark.parametrize(
    ("name", "question", "expected", "unprinted"),
    [
        ("ningxi", "会议费培训费多少", "90.00", "会议费"),
        ("qingfeng", "办公费差旅费各多少", "85000.00", ""),
        ("central", "水费电费", "", "电费"),
    ],
)
def test_fees_said_one_after_another_are_each_answered_or_not_found(
    drawn: ComposersOnFirstUse, name: str, question: str, expected: str, unprinted: str
) -> None:
    """会议费培训费: two fees, each its own item; the one a unit's tables lack is said not found."""
    answer = drawn[name].answer(question)
    assert answer.intent == "each", answer.text
    assert not expected or any(fact.value == Decimal(expected) for fact in answer.facts), answer.text
    assert not unprinted or f"没有找到“{unprinted}”" in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "question", "project"),
    [
        ("ningxi", "项目支出表的第2个项目", "义务教育学校校舍维修改造"),
        ("yongding", "项目表的第一个项目", "永定河沿线生态林养护"),
    ],
)
def test_a_project_placed_in_the_project_table_named_is_the_one_listed_there(
    drawn: ComposersOnFirstUse, name: str, question: str, project: str
) -> None:
    """项目支出表的第2个项目: the table named is where the place is counted, no item of its own."""
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts[0].source.row == project, answer.text


@pytest.mark.parametrize("question", ["附表6里哪项最多", "基本支出里哪项最多"])
def test_a_block_total_printed_above_its_classes_is_never_ranked_as_an_item(
    drawn: ComposersOnFirstUse, question: str
) -> None:
    """人员经费 printed as a row above 工资福利支出 and 对个人和家庭的补助 sums them: the largest item is 基本工资,
    and 附表6 is that table, no 附 left over as an item."""
    answer = drawn["qingfeng"].answer(question)
    assert answer.intent == "rank" and answer.facts[0].label == "基本工资", answer.text
    assert answer.facts[0].value == Decimal("820000.00"), answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [("预算07表是空的吗", "无。预算07表《"), ("预算01表是空的吗", "不是空的：预算01表《")],
)
def test_whether_a_county_table_is_empty_reads_that_table(
    drawn: ComposersOnFirstUse, question: str, opening: str
) -> None:
    answer = drawn["hunan"].answer(question)
    assert answer.status == "answered" and answer.text.startswith(opening), answer.text


@pytest.mark.parametrize(
    ("name", "question", "value"),
    [("ningxi", "jiaoyu zhichu", "12680.00"), ("qingfeng", "bangongfei", "85000.00")],
)
def test_an_item_typed_in_pinyin_is_read_in_a_county_document(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text


def test_the_budget_without_a_part_is_its_total_and_the_part_never_the_part_alone(
    drawn: ComposersOnFirstUse,
) -> None:
    answer = drawn["ningxi"].answer("不含项目支出的预算")
    assert answer.status == "answered" and answer.text.startswith("文件没有单列"), answer.text
    whole, part = answer.facts[:2]
    assert whole.value and part.value and whole.value > part.value, answer.text
    assert any(fact.value == whole.value - part.value and fact.source.inputs for fact in answer.facts)


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("yongding", "永定区园林绿化局财政拨款基本支出"),
        ("central", "国家水文监测局财政拨款项目支出是多少"),
        ("ningxi", "宁溪县教育局财政拨款的基本支出有多少"),
    ],
)
def test_a_part_of_funded_spending_is_the_sum_of_each_funds_tables_part(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """财政拨款基本支出 of a document whose 财政拨款收支总表 splits no spending by part: each fund's table
    read for that part, added up, its 一般公共预算 one among them."""
    answer = drawn[name].answer(question)
    listed = [fact for fact in answer.facts if fact.source.table]
    total = next(fact for fact in answer.facts if fact.source.inputs)
    assert "文件没有单独列出" in answer.text and len(listed) >= 2, answer.text
    assert listed[0].label.startswith("一般公共预算") and listed[0].value, answer.text
    assert total.value == sum(fact.value or 0 for fact in listed), answer.text


@pytest.mark.parametrize(
    ("name", "question", "unit"),
    [
        ("hunan", "青石县自然资源局财政拨款占收入的比例", "青石县自然资源局"),
        ("hunan", "青石县自然资源局收入里财政拨款占多少", "青石县自然资源局"),
        ("shuangxi", "双溪镇财政拨款占总收入的比重", "双溪镇"),
    ],
)
def test_a_share_of_funding_printed_only_by_fund_adds_the_funds_up_over_the_whole(
    drawn: ComposersOnFirstUse, name: str, question: str, unit: str
) -> None:
    """财政拨款占收入的比例 where the 收支总表 prints only each fund's 拨款收入: those rows added up (as
    财政拨款多少 adds them) over the 收入总计, never the sum alone nor not found."""
    composer = drawn[name]
    answer = composer.answer(question)
    funded = next(fact for fact in composer.answer(f"{unit}财政拨款多少").facts if fact.source.inputs)
    whole = composer.answer(f"{unit}收入总计多少").facts[0]
    assert answer.intent == "share" and answer.facts[0].unit == "%", answer.text
    assert answer.facts[0].value == percent(funded.value or Decimal(0), whole.value or Decimal(1)), (
        answer.text
    )
    part = answer.facts[0].source.inputs[0]
    assert len(part.inputs) == len(funded.source.inputs) >= 2, answer.text


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("yongding", "永定区园林绿化局今年比去年多花多少"),
        ("yongding", "永定区园林绿化局预算比上年增加了多少"),
        ("shuangxi", "双溪镇今年的钱比去年多还是少"),
    ],
)
def test_the_whole_budgets_change_is_never_a_concepts_stated_change(
    drawn: ComposersOnFirstUse, name: str, question: str
) -> None:
    """比上年增加多少 naming no item, where the narrative states only how the “三公”经费 changed: not found
    with no figure, never the “三公”经费's change given as the whole budget's."""
    answer = drawn[name].answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("name", "question", "value"),
    [
        ("central", "国家水文监测局比上年增长多少", "450.60"),
        ("pingchuan", "平川县卫生健康局今年比去年多了多少", "132.40"),
        ("yongding", "永定区园林绿化局三公经费比上年少了多少", "8.00"),
    ],
)
def test_a_change_the_narrative_states_of_the_whole_or_of_the_concept_asked_is_given(
    drawn: ComposersOnFirstUse, name: str, question: str, value: str
) -> None:
    answer = drawn[name].answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text

"""A question cut into its parts (bot.engine.question_parts): the unit, year, kind and scope that name its
documents, what it asks, and the item in that."""

from __future__ import annotations

import pytest

from bot.engine.composer import Composer
from bot.engine.question_parts import item_in_question, item_of, parts_of


@pytest.mark.parametrize(
    ("question", "unit", "year", "kind", "scope", "rest"),
    [
        ("普陀区财政局2024年决算三公经费", "普陀区财政局", 2024, "决算", "", "三公经费"),
        ("江苏省人大常委会办公厅2017年的三公经费", "江苏省人大常委会办公厅", 2017, "", "", "三公经费"),
        ("上海市财政局的呢", "上海市财政局", None, "", "", ""),
        ("万里街道单位预算公务接待费是多少", "万里街道", None, "预算", "单位", "公务接待费是多少"),
        ("去年的公务接待费", "", 2023, "", "", "公务接待费"),
        ("上一年", "", 2023, "", "", ""),
        ("24年一般公共预算支出", "", 2024, "", "", "一般公共预算支出"),
        ("上年结转多少", "", None, "", "", "上年结转多少"),
        ("比去年增长多少", "", None, "", "", "比去年增长多少"),
        ("北京市教育局三公经费", "北京市教育局", None, "", "", "三公经费"),
        ("那预算数呢", "", None, "", "", "那预算数"),
    ],
)
def test_a_question_is_cut_into_what_names_its_documents_and_what_it_asks(
    families: Composer, question: str, unit: str, year: int | None, kind: str, scope: str, rest: str
) -> None:
    parts = parts_of(question, families.index, base_year=2024)
    assert (parts.unit, parts.year, parts.kind, parts.scope, parts.rest) == (unit, year, kind, scope, rest)


def test_a_relative_year_without_a_year_to_count_from_is_kept_as_said(families: Composer) -> None:
    parts = parts_of("去年的三公经费", families.index)
    assert (parts.year, parts.relative, parts.rest) == (None, "去年", "三公经费")


def test_a_year_that_begins_an_items_name_stays_in_the_item(composer: Composer) -> None:
    documents = [composer.index.document(head) for head in composer.index.heads]
    parts = parts_of("2023年中央财政就业补助资金上年结转多少", composer.index, documents=documents)
    assert parts.year is None and parts.rest.startswith("2023年中央财政就业补助资金")
    assert parts_of("2024年的零工市场", composer.index, documents=documents).year == 2024


@pytest.mark.parametrize(
    ("rest", "item"),
    [
        ("零工市场花了多少钱", "零工市场"),
        ("三公经费是什么意思", "三公经费"),
        ("办公费和差旅费各是多少", "办公费和差旅费"),
        ("项目支出占总支出的比例是多少", "项目支出"),
        ("占比多少", ""),
        ("为什么没变", ""),
        ("怎么少了这么多", ""),
        ("绩效目标有哪些", ""),
        ("社会保障和就业支出明细", "社会保障和就业支出"),
        ("2024年零工市场运营费用的绩效目标", "2024年零工市场运营费用"),
        ("和省检察院三公经费比较", "三公经费"),
    ],
)
def test_the_item_is_what_is_asked_about(families: Composer, rest: str, item: str) -> None:
    assert item_of(rest, families.index) == item


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("普陀区财政局2024年决算和2025年预算三公经费比较", "三公经费"),
        ("省高院2019年和省检察院2018年公务接待费哪个多", "公务接待费"),
        ("哪个单位机关运行经费最多", "机关运行经费"),
    ],
)
def test_the_item_of_a_comparison_leaves_out_every_unit_year_and_kind(
    families: Composer, question: str, item: str
) -> None:
    assert item_in_question(question, families.index) == item

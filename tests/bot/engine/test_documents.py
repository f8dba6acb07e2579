"""Which documents a question is about: units as people name them, regions, scope, and what is not loaded.

Run on the sample (a 市 unit), Shanghai district and municipal units, and Jiangsu provincial organs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.matcher import read_question
from bot.engine.reading import ReadingKind
from knowledge.units import strip_party
from tests.bot.conftest import SECOND_UNIT

SAMPLE = "汾阳市人力资源和社会保障局"


def units_of(answer: Answer) -> set[str]:
    return {fact.source.document.rsplit(" ", 1)[0] for fact in answer.facts}


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("江苏省检察院2018年的收支预算总计", "江苏省人民检察院"),
        ("江苏检察院2018年单位预留机动经费", "江苏省人民检察院"),
        ("省人民检察院单位预留机动经费是什么", "江苏省人民检察院"),
        ("省高院2019年的单位预留机动经费", "江苏省高级人民法院"),
        ("江苏省高级法院单位预留机动经费预算", "江苏省高级人民法院"),
        ("省政协办公厅单位预留机动经费", "江苏省政协办公厅"),
        ("省政协的单位预留机动经费多少", "江苏省政协办公厅"),
        ("中共江苏省委办公厅单位预留机动经费", "江苏省委办公厅"),
        ("省委办单位预留机动经费", "江苏省委办公厅"),
        ("省人大常委会2019年单位预留机动经费", "江苏省人大常委会办公厅"),
        ("省人大办公厅2017年的单位预留机动经费", "江苏省人大常委会办公厅"),
        ("江苏省人大2019年单位预留机动经费", "江苏省人大常委会办公厅"),
        ("区财政局2025年办公费", "上海市普陀区财政局"),
        ("普陀财政局2025年办公费", "上海市普陀区财政局"),
        ("上海普陀区福利院绩效工资", "上海市普陀区社会福利院"),
        ("市人社局的住房公积金", SAMPLE),
    ],
)
def test_a_unit_named_as_people_say_it_selects_its_documents(
    families: Composer, question: str, unit: str
) -> None:
    reading = read_question(question, families.index)
    assert reading.unit_named, reading
    assert {strip_party(part.document.head.unit_name) for part in reading.parts} == {unit}


@pytest.mark.parametrize(
    ("question", "kept_out"),
    [
        ("江苏省检察院2018年单位预留机动经费", "江苏"),
        ("上海市普陀区财政局2025年办公费", "上海"),
        ("汾阳三公经费多少", "汾阳"),
        ("普陀区福利院绩效工资", "普陀"),
    ],
)
def test_the_unit_or_region_named_is_not_part_of_the_item(
    families: Composer, question: str, kept_out: str
) -> None:
    reading = read_question(question, families.index)
    assert reading.subject and kept_out not in reading.subject


def test_a_region_alone_gives_the_same_figure_as_no_unit_at_all(two_units_composer: Composer) -> None:
    with_region = two_units_composer.answer("汾阳三公经费多少")
    assert with_region.status == "answered" and units_of(with_region) == {SAMPLE}
    assert with_region.facts[0].value == Decimal("5.00")
    other = two_units_composer.answer("孝义三公经费是多少")
    assert units_of(other) == {SECOND_UNIT}


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("省政协有几个专门委员会", "10"),
        ("省政协设了多少个专门委员会", "10"),
        ("省人大常委会有几个工作委员会", "8"),
    ],
)
def test_a_question_that_ends_like_a_unit_name_is_not_taken_for_one(
    families: Composer, question: str, count: str
) -> None:
    answer = families.answer(question)
    assert answer.status != "not_found" and "没有找到单位" not in answer.text, answer.text
    assert any(fact.value == Decimal(count) and fact.unit == "个" for fact in answer.facts)


@pytest.mark.parametrize(
    ("question", "missing", "listed"),
    [
        ("北京市财政局2025年办公费", "北京市财政局", "已载入的单位中名称最接近的是：上海市财政局、"),
        ("南京市财政局的三公经费", "南京市财政局", "名称最接近的是：上海市财政局、上海市普陀区财政局"),
        ("海淀区财政局办公费多少", "海淀区财政局", "名称最接近的是：上海市普陀区财政局、上海市财政局"),
        ("江苏省财政厅三公经费", "江苏省财政厅", "名称最接近的是：江苏省"),
        ("普陀区教育局三公经费", "普陀区教育局", "名称最接近的是：上海市普陀区"),
        ("北京市三公经费多少", "北京市", "已载入的文档："),
    ],
)
def test_a_unit_or_region_not_loaded_is_not_found_and_lists_what_is(
    families: Composer, question: str, missing: str, listed: str
) -> None:
    """A unit not loaded: the loaded units whose names come nearest it (the same office elsewhere, the
    same region); a region: the loaded documents."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert missing in answer.text and listed in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "scope"),
    [("上海市财政局2025年部门预算的办公费", "部门"), ("省检察院2018年单位预算的办公费", "单位")],
)
def test_a_scope_not_loaded_for_the_unit_is_not_found(families: Composer, question: str, scope: str) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"{scope}预算" in answer.text


def test_a_scope_that_is_loaded_selects_it(families: Composer) -> None:
    reading = read_question("福利院2024年单位预算的绩效工资", families.index)
    assert reading.kind != ReadingKind.NOT_LOADED
    assert {part.document.head.scope for part in reading.parts} == {"单位"}


@pytest.mark.parametrize(
    "question",
    [
        "上海市普陀区各单位三公经费对比",
        "上海市普陀区三公经费哪个单位最多",
        "上海普陀区哪个单位的三公经费最少",
    ],
)
def test_a_region_said_with_the_one_it_lies_in_is_the_inner_one(families: Composer, question: str) -> None:
    """上海市普陀区: the units of 普陀区, never every unit of 上海市 (上海市财政局 lies in no 普陀区), and
    neither region left in the item."""
    reading = read_question(question, families.index)
    units = {part.document.head.unit_name for part in reading.parts}
    assert units and all("普陀区" in unit for unit in units), units
    assert "普陀" not in reading.subject and "上海" not in reading.subject, reading.subject

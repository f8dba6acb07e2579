"""Rows a column of words classes, asked by the class's name: the 政府预算经济分类 printed beside each
部门预算 economic row (社会保障缴费, 办公经费), and the 采购组织形式 of a 政府采购 table (政府集中采购). No
row is named after the class, so its rows are added up, each with its table and column; a row that is
itself so named is read as before, and rows of one item told apart only by their class are added up.

On the 汾阳 sample (表六 prints both classifications), Jiangsu provincial 政府采购 tables, and a county
决算 whose 基本支出 table is written here with a 政府预算经济分类 column.
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
from tests.loaders.county_documents import MERGED_LEFT
from tests.loaders.document_writers import write_text
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL

GOVERNMENT_CLASSES = {
    "基本工资": "工资奖金津补贴",
    "津贴补贴": "工资奖金津补贴",
    "绩效工资": "工资奖金津补贴",
    "机关事业单位基本养老保险缴费": "社会保障缴费",
    "职业年金缴费": "社会保障缴费",
    "职工基本医疗保险缴费": "社会保障缴费",
    "住房公积金": "住房公积金",
    "退休费": "离退休费",
    "办公费": "办公经费",
    "差旅费": "办公经费",
    "培训费": "培训费",
    "公务接待费": "公务接待费",
    "公务用车运行维护费": "公务用车运行维护费",
    "其他商品和服务支出": "其他商品和服务支出",
}


@pytest.fixture(scope="module")
def county_classes(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """青峰县水利局's 决算 with 附表6 printing each row's 政府预算经济分类 beside its 部门预算 one."""
    basic = next(table for table in QINGFENG_FINAL.tables if table.marker == "附表6")
    rows = tuple(
        (code, name, MERGED_LEFT if name == MERGED_LEFT else GOVERNMENT_CLASSES.get(name, ""), amount)
        for code, name, amount in basic.rows
    )
    header = (("科目编码", "科目名称", "政府预算经济分类", "决算数"),)
    classed = replace(basic, header=header, rows=rows)
    document = replace(
        QINGFENG_FINAL, tables=tuple(classed if table is basic else table for table in QINGFENG_FINAL.tables)
    )
    folder = tmp_path_factory.mktemp("county-classes")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, write_text(document, folder / "qingfeng-final.txt")).error is None
    yield Composer(engine)
    engine.dispose()


def composer_of(request: pytest.FixtureRequest, family: str) -> Composer:
    return request.getfixturevalue(family)


def added_up(answer: Answer) -> Decimal:
    summed = [fact for fact in answer.facts if fact.label.endswith("合计")]
    assert len(summed) == 1, answer.text
    return summed[0].value or Decimal(0)


@pytest.mark.parametrize(
    ("family", "question", "total", "parts"),
    [
        ("composer", "社保缴费一共多少", "33.64", ("15.35", "7.68", "6.24", "2.88", "1.49")),
        ("composer", "社会保障缴费预算多少", "33.64", ("15.35", "7.68", "6.24", "2.88", "1.49")),
        ("composer", "办公经费多少", "16.43", ("1.08", "1.00", "1.80", "3.16", "9.39")),
        ("composer", "工资奖金津补贴安排了多少", "102.85", ("55.78", "36.72", "10.35")),
        ("county_classes", "社保缴费决算多少", "562900.80", ("290400.60", "122200.20", "150300.00")),
        ("county_classes", "工资奖金津补贴花了多少", "1837420.40", ("820000.00", "760000.00", "257420.40")),
        ("county_classes", "办公经费多少", "147400.00", ("85000.00", "62400.00")),
        ("families", "江苏省人民检察院政府集中采购多少", "2.60", ("1.60", "1.00")),
        ("families", "省法院2019年部门集中采购预算", "2477.10", ("530.00", "607.10", "370.00")),
    ],
)
def test_a_class_no_row_is_named_after_is_its_rows_added_up(
    request: pytest.FixtureRequest, family: str, question: str, total: str, parts: tuple[str, ...]
) -> None:
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered", answer.text
    assert added_up(answer) == Decimal(total), answer.text
    values = [fact.value for fact in answer.facts if not fact.label.endswith("合计")]
    assert all(Decimal(part) in values for part in parts), answer.text
    assert "列归入此类" in answer.text and "下列各项相加" in answer.text, answer.text
    assert all(fact.source.table and fact.source.row and fact.source.column for fact in answer.facts[:-1])


@pytest.mark.parametrize(
    ("family", "question", "value"),
    [
        ("composer", "住房公积金多少", "16.18"),
        ("composer", "办公费多少", "1.08"),
        ("county_classes", "培训费决算多少", "18500.00"),
        ("county_classes", "办公费多少", "85000.00"),
    ],
)
def test_a_row_named_as_asked_is_read_alone_though_a_class_shares_its_name(
    request: pytest.FixtureRequest, family: str, question: str, value: str
) -> None:
    """住房公积金 is its own row (and its own class): the row, not a sum; 办公费 is no 办公经费."""
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(value), answer.text
    assert "列归入此类" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["检察院采购物业管理服务多少", "江苏省人民检察院物业管理服务预算"])
def test_one_item_printed_once_per_class_is_its_rows_added_up_each_with_its_class(
    families: Composer, question: str
) -> None:
    """物业管理服务 printed twice under one 专项, 部门集中采购 330 and 分散自行组织 20: never one of them."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert added_up(answer) == Decimal("350.00"), answer.text
    assert "物业管理服务（部门集中采购）" in answer.text and "物业管理服务（分散自行组织）" in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("法院采购PC服务器多少钱", "68.00"), ("人大办公厅2019年采购家具用具多少", "18.40")],
)
def test_an_item_said_after_the_verb_of_its_table_is_that_tables_row(
    families: Composer, question: str, value: str
) -> None:
    """采购PC服务器 is the PC服务器 row of the 政府采购 table, as PC服务器采购 is."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(value), answer.text
    assert "政府采购" in answer.facts[0].source.title, answer.text


@pytest.mark.parametrize(
    ("question", "project", "value"),
    [
        ("省委办公厅2018年印刷费采购多少", "文印、机要及办公自动化经费", "152.00"),
        ("省法院2019年采购劳务费预算", "机关后勤保障经费", "360.00"),
    ],
)
def test_a_procurement_class_is_read_when_buying_is_asked(
    families: Composer, question: str, project: str, value: str
) -> None:
    """印刷费采购: the 专项 the 政府采购 table's 经济科目 column puts under 印刷费, said to be the only one."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert "「经济科目」列归入此类的预算安排只有 1 项" in answer.text, answer.text
    assert (answer.facts[0].source.row, answer.facts[0].value) == (project, Decimal(value)), answer.text


@pytest.mark.parametrize("question", ["省委办公厅2018年印刷费多少", "江苏省高级人民法院2019年劳务费是多少"])
def test_an_item_asked_is_not_what_the_procurement_table_buys_of_it(
    families: Composer, question: str
) -> None:
    """印刷费 asked with no word of buying: what a 政府采购 专项 buys as 印刷费 is only a part of it."""
    answer = families.answer(question)
    assert "列归入此类" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["人社局项目支出里的办公费", "项目支出里的社会保障缴费"])
def test_a_class_of_one_table_is_never_read_for_an_item_asked_of_another(
    composer: Composer, question: str
) -> None:
    """项目支出里的社会保障缴费: 表六 classes 基本支出 rows only, and prints no 项目支出 column."""
    answer = composer.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("family", "question", "rows"),
    [
        ("composer", "社会保障缴费包括哪些", ("机关事业单位基本养老保险缴费", "其他社会保障缴费")),
        ("composer", "工资奖金津补贴包括哪几项", ("基本工资", "津贴补贴", "奖金")),
        ("county_classes", "办公经费有哪些", ("办公费", "差旅费")),
        (
            "families",
            "检察院政府集中采购了哪些东西",
            ("台式计算机（20万以下）", "打印设备（20万以下）"),
        ),
        ("families", "法院部门集中采购有哪些", ("修缮工程", "物业管理服务")),
    ],
)
def test_what_a_class_holds_is_its_rows_each_with_its_figure(
    request: pytest.FixtureRequest, family: str, question: str, rows: tuple[str, ...]
) -> None:
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered", answer.text
    assert set(rows) <= {fact.source.row for fact in answer.facts}, answer.text
    assert "列归入此类" in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question", "first"),
    [
        ("composer", "社保缴费最多的是哪项", "机关事业单位基本养老保险缴费"),
        ("composer", "办公经费里哪项最少", "差旅费"),
        ("county_classes", "工资奖金津补贴中哪项最多", "基本工资"),
        ("families", "法院部门集中采购中哪项最多", "运行维护服务"),
    ],
)
def test_a_class_ranked_is_its_rows_in_order(
    request: pytest.FixtureRequest, family: str, question: str, first: str
) -> None:
    answer = composer_of(request, family).answer(question)
    assert answer.status == "answered" and answer.intent == "rank", answer.text
    assert answer.facts[0].source.row == first, answer.text


def test_a_follow_up_ranks_the_class_just_answered(composer: Composer) -> None:
    """社保缴费多少, then 其中最多的是哪项: the class's rows, not the narrative naming 社会保障缴费."""
    _first, context = composer.answer_in_context("社保缴费多少", None)
    answer, _context = composer.answer_in_context("其中最多的是哪项", context)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].source.row == "机关事业单位基本养老保险缴费", answer.text


def test_a_sum_marked_in_a_column_of_words_classes_nothing(families: Composer) -> None:
    """收入预算总表 prints 项目名称 小计 beside each fund's row: 小计 is no class of those rows."""
    answer = families.answer("省法院2019年收入预算总表里的小计是多少")
    assert "列归入此类" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("family", "question"),
    [("composer", "人社局办公经费占公用经费的比例"), ("county_classes", "办公经费占基本支出的比例")],
)
def test_a_share_of_a_class_is_never_one_of_its_rows_share(
    request: pytest.FixtureRequest, family: str, question: str
) -> None:
    """办公经费占公用经费: 办公费 is one of the class's rows, not the class; no figure of it answers."""
    answer = composer_of(request, family).answer(question)
    assert not any(fact.source.row == "办公费" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("省检察院2018年培训费占三公经费的比例", "公开09表"),
        ("省检察院2018年培训费占基本支出的比例", "公开09表"),
        ("省高院2019年培训费占三公经费的比例", "公开09表"),
    ],
)
def test_a_share_of_a_fee_a_column_prints_is_that_columns_never_a_class_of_procured_rows(
    families: Composer, question: str, table: str
) -> None:
    """培训费 printed as a column of the “三公”经费、会议费、培训费 table is that figure, whatever a 政府采购
    table's column of words files under 培训费 (检察教育培训经费)."""
    answer = families.answer(question)
    parts = [fact for fact in answer.facts if fact.label.startswith("培训费") and not fact.source.inputs]
    assert parts and all(part.source.table.startswith(table) for part in parts), answer.text

"""Whether the tables that print an item agree, asked of one item (住房公积金各表对得上吗): same money, same
figure; other money (财政拨款 only, 基本支出 only) shown apart, for it need not agree."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.composer import Composer
from knowledge.database import open_engine
from loaders import load_into
from tests.loaders.document_writers import write_text
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL


@pytest.mark.parametrize(
    ("question", "verdict", "value"),
    [
        ("汾阳人社局住房公积金各表对得上吗", "一致：表三、表二、表五（一般公共预算财政拨款）", "16.18"),
        (
            "汾阳人社局表一和表四的支出总计一致吗",
            "一致：表一、表四（财政拨款）的支出总计都是 1,596.64 万元",
            "1596.64",
        ),
        (
            "规划资源局2024年支出总计表一和表四一致吗",
            "口径不同、不必相等：表四（财政拨款）9,746.50 万元",
            "9859.38",
        ),
        (
            "省检察院2018年收入合计在表一和表四之间一致吗",
            "口径不同、不必相等：公开04表（财政拨款）",
            "21955.35",
        ),
        ("高院2019年公务接待费在各表一致吗", "公开11表（机关运行经费）41.95 万元", "86.95"),
    ],
)
def test_an_items_figures_agree_where_their_tables_count_the_same_money(
    families: Composer, question: str, verdict: str, value: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert verdict in answer.text.splitlines()[0] and "不一致" not in answer.text, answer.text


def misprinted_final(folder: Path, row_words: str, printed: str, misprint: str) -> Iterator[Composer]:
    """The county 决算 loaded with `printed` misprinted as `misprint` on the first line holding both it and
    `row_words`, so that two of its tables disagree."""
    path = write_text(QINGHE_FINAL, folder / "qinghe-final.txt")
    text = path.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if row_words in line and printed in line)
    path.write_text(text.replace(row, row.replace(printed, misprint, 1), 1), encoding="utf-8")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, path).error is None
    yield Composer(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def disagreeing(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 whose 收入决算表 prints 行政运行 other than its 支出决算表 does."""
    yield from misprinted_final(
        tmp_path_factory.mktemp("disagreeing"), "行政运行", "4,862,400.00", "4,826,400.00"
    )


def test_an_item_two_tables_of_the_same_money_print_differently_is_said_not_to_agree(
    disagreeing: Composer,
) -> None:
    answer = disagreeing.answer("行政运行各表一致吗")
    first = answer.text.splitlines()[0]
    assert first.startswith("不一致：行政运行") and "4,826,400.00" in first and "4,862,400.00" in first, (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "head", "pairs"),
    [
        ("汾阳人社局表一和表四一致吗", "一致：表一《2024年预算收支总表》与表四", 4),
        ("省高院公开01表和公开04表一致吗", "一致：公开01表《收支预算总表》与公开04表", 2),
        ("规划资源局2024年表一和表四对得上吗", "口径不同，不必相等", 4),
        ("汾阳人社局表三和表五的合计一样吗", "口径不同，不必相等", 1),
        ("福利院表1和表3的合计相等吗", "一致：表1《2024年预算单位财务收支预算总表》与表3", 1),
    ],
)
def test_two_tables_named_are_set_side_by_side_on_the_totals_they_share(
    families: Composer, question: str, head: str, pairs: int
) -> None:
    """表一和表四一致吗: each total both tables print (one label, one side), both figures sourced; tables
    counting different money are said to need not agree, never called inconsistent."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "check", answer.text
    assert head in answer.text.splitlines()[0] and "不一致" not in answer.text, answer.text
    tables = [fact.source.table for fact in answer.facts]
    assert len(answer.facts) == 2 * pairs and len(set(tables[::2])) == len(set(tables[1::2])) == 1, (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("清河县市场监督管理局公开01表和公开02表一致吗", "本年收入合计"),
        ("清河县市场监督管理局公开03表和公开01表一样吗", "本年支出合计"),
        ("青峰县水利局附表1和附表4对得上吗", "本年收入合计"),
    ],
)
def test_a_one_sided_table_is_set_beside_the_totals_of_its_side_for_the_year(
    county_finals: Composer, question: str, row: str
) -> None:
    """收入决算表 beside 收入支出决算表: its 合计 is the year's 本年收入合计, never the 总计 that adds what was
    carried over."""
    answer = county_finals.answer(question)
    assert answer.text.startswith("一致：") and row in {fact.source.row for fact in answer.facts}, answer.text


def test_an_income_and_a_spending_table_are_not_called_inconsistent(county_finals: Composer) -> None:
    answer = county_finals.answer("清河县市场监督管理局公开02表和公开03表一致吗")
    assert "口径不同，不必相等" in answer.text.splitlines()[0] and "不一致" not in answer.text, answer.text


def test_tables_that_share_no_total_or_are_missing_are_not_found(families: Composer) -> None:
    answer = families.answer("汾阳人社局表一和表15一致吗")
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.fixture(scope="module")
def income_misprinted(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 whose 收入决算表 prints a 合计 other than the 本年收入合计 of its 收入支出决算表 (its
    合计 line is the one that holds the 财政拨款收入 8,652,300.00 too)."""
    folder = tmp_path_factory.mktemp("income-misprinted")
    yield from misprinted_final(folder, "8,652,300.00", "8,697,300.00", "8,679,300.00")


def test_two_tables_of_the_same_money_that_differ_are_said_not_to_agree(income_misprinted: Composer) -> None:
    answer = income_misprinted.answer("公开01表和公开02表一致吗")
    first, line = answer.text.splitlines()[:2]
    assert first.startswith("不一致：") and "有 1 个不相等" in first, answer.text
    assert "8,697,300.00" in line and "8,679,300.00" in line and "相差 18,000.00 元" in line, answer.text


@pytest.mark.parametrize(
    ("question", "value", "table", "apart"),
    [
        ("省政协2018年一般公共服务支出", "7827.46", "公开01表", "公开05表《财政拨款支出预算表》（财政拨款）「金额」7,747.46"),
        ("省检察院2018年公共安全支出", "16458.75", "公开01表", "公开05表《财政拨款支出预算表》（财政拨款）「金额」16,444.36"),
        ("普陀区规划和自然资源局2024年城乡社区支出", "3845.24", "表三", "表四《财政拨款收入支出决算总表》（财政拨款）"),
    ],
)  # fmt: skip
def test_a_class_asked_of_no_money_is_read_where_all_funds_are_and_other_money_said_apart(
    families: Composer, question: str, value: str, table: str, apart: str
) -> None:
    """一般公共服务支出 asked without naming its money: the table of all funds (a 收支总表 where the 支出总表
    prints no class), never a 财政拨款支出表 ranked as if it were one; a table counting other money that
    prints another figure is said to count it, not listed as the same item."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert (answer.facts[0].value, answer.facts[0].source.table) == (Decimal(value), table), answer.text
    assert f"口径不同、不必相等：{apart}" in answer.text, answer.text
    assert apart.split("（")[0] not in answer.text.split("同一项目也见于：", 1)[-1].split("\n")[0], (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "table", "share"),
    [
        ("省政协2018年公开07表的一般公共服务支出占多少", "公开07表", "76.93"),
        ("省政协2018年公开05表里一般公共服务支出占比", "公开05表", "76.93"),
        ("普陀区财政局2025年表3的一般公共服务支出占多少", "表3", "71.08"),
        ("汾阳人社局表五的社会保障和就业支出占多少", "表五", "80.03"),
    ],
)
def test_a_share_of_a_row_in_a_numbered_table_is_of_that_tables_total(
    families: Composer, question: str, table: str, share: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    part, whole = answer.facts[1:3]
    assert part.source.table == whole.source.table == table, answer.text
    assert whole.source.row == "合计", answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("省政协钱主要花在哪", "2018年财政拨款预算安排按支出功能分类"),
        ("省检察院一般公共预算支出主要用于哪些方面", "2018年一般公共预算财政拨款预算安排按支出功能分类"),
        ("汾阳人社局钱主要花在哪", "2024年预算安排按支出功能分类"),
    ],
)
def test_where_the_money_goes_says_what_money_its_table_counts(
    families: Composer, question: str, lead: str
) -> None:
    """钱主要花在哪 read from a table of 财政拨款 alone (the 支出总表 printing no class) says so."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(
    ("question", "value", "table"),
    [
        ("省政协2018年财政拨款一般公共服务支出", "7747.46", "公开05表"),
        ("省政协2018年一般公共服务支出财政拨款", "7747.46", "公开05表"),
        ("万里街道2023年财政拨款社会保障和就业支出", "27073236", "表4"),
        ("汾阳人社局财政拨款的社会保障和就业支出", "1363.35", "表四"),
        ("汾阳人社局一般公共预算的就业补助", "610.51", "表五"),
    ],
)
def test_an_item_said_with_the_money_a_table_counts_is_read_in_that_table(
    families: Composer, question: str, value: str, table: str
) -> None:
    """财政拨款一般公共服务支出: the item as the table of that money prints it, never not found for the
    money's name, nor another row that holds the name (一般公共预算资金)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert (answer.facts[0].value, answer.facts[0].source.table) == (Decimal(value), table), answer.text


@pytest.mark.parametrize(
    ("question", "apart"),
    [
        (
            "省高院2019年公务接待费",
            "公开11表《一般公共预算机关运行经费支出预算表》（机关运行经费）「公务接待费」",
        ),
        ("省委办公厅2018年会议费", "（机关运行经费）「会议费」"),
        ("江苏政协2018年培训费", "（机关运行经费）「培训费」"),
    ],
)
def test_a_column_read_beside_another_moneys_other_figure_says_it_counts_that_money(
    families: Composer, question: str, apart: str
) -> None:
    """公务接待费 of the “三公”经费 table (all its money) beside the 机关运行经费 table's smaller 公务接待费:
    said to count other money, never listed as the same item printed again."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert "口径不同、不必相等：" in answer.text and apart in answer.text, answer.text
    same = next((line for line in answer.text.splitlines() if line.startswith("同一项目也见于")), "")
    assert "机关运行经费支出预算表" not in same, answer.text

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

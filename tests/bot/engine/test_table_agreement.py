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


@pytest.fixture(scope="module")
def disagreeing(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 whose 收入决算表 prints 行政运行 other than its 支出决算表 does."""
    folder = tmp_path_factory.mktemp("disagreeing")
    path = write_text(QINGHE_FINAL, folder / "qinghe-final.txt")
    text = path.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "行政运行" in line and "4,862,400.00" in line)
    path.write_text(text.replace(row, row.replace("4,862,400.00", "4,826,400.00", 1), 1), encoding="utf-8")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, path).error is None
    yield Composer(engine)
    engine.dispose()


def test_an_item_two_tables_of_the_same_money_print_differently_is_said_not_to_agree(
    disagreeing: Composer,
) -> None:
    answer = disagreeing.answer("行政运行各表一致吗")
    first = answer.text.splitlines()[0]
    assert first.startswith("不一致：行政运行") and "4,826,400.00" in first and "4,862,400.00" in first, (
        answer.text
    )

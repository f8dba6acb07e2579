"""A Jiangsu 收支预算总表 prints two blocks under 支出, side by side: 功能分类 (by 功能科目) and 支出用途 (基本支出,
项目支出, 单位预留机动经费). Both are read whole, and the 当年支出小计 printed once across both blocks (its cell
spans them; its figure stands in the last 金额 column) is the sum of each: so it is kept once, with the
column it is printed in, and either block's rows add up to it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.models import TableRow
from loaders import load_file
from tests.paths import CORPUS
from tests.read_documents import read_once

pytestmark = pytest.mark.slow  # reads corpus PDFs


def amount(row: TableRow) -> Decimal:
    return sum((figure.value for figure in row.figures if figure.value is not None), Decimal(0))


@pytest.mark.parametrize(
    "name",
    [
        "jiangsu-gjfy-2019-yusuan.pdf",
        "jiangsu-jcy-2018-yusuan.pdf",
        "jiangsu-rdcwh-2019-yusuan-tables.pdf",
        "jiangsu-zxbgt-2018-yusuan-tables.pdf",
    ],
)
def test_both_spending_blocks_are_read_and_add_up_to_the_total_printed_across_them(name: str) -> None:
    tables = read_once(load_file, CORPUS / name).disclosure.tables
    table = next(table for table in tables if table.title == "收支预算总表")
    spending = [row for row in table.rows if row.side == "支出"]

    def block(word: str) -> list[TableRow]:
        return [row for row in spending if not row.is_total and any(word in f.column for f in row.figures)]

    functions, uses = block("功能分类"), block("支出用途")
    (subtotal,) = [row for row in spending if row.label == "当年支出小计"]
    (total,) = [row for row in spending if row.label == "支出合计"]
    assert len(functions) >= 20 and [row.label[2:] for row in uses] == [
        "基本支出",
        "项目支出",
        "单位预留机动经费",
    ]
    assert [figure.column for figure in subtotal.figures if figure.raw] == ["支出/支出用途/金额"]
    assert sum(map(amount, functions)) == sum(map(amount, uses)) == amount(subtotal) == amount(total) > 0

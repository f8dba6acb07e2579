"""Printed text made plain, the same for every format."""

from __future__ import annotations

import pytest

from loaders.cell_text import clean_cell, clean_line, join_wrapped


@pytest.mark.parametrize(
    ("printed", "plain"),
    [
        ("援 滇 干 部 工 作 经 费 3.00 万 元 。", "援滇干部工作经费3.00万元。"),
        ("合  计", "合计"),
        ("上海市普陀区规划和自然资源局 2024 年度部门决算", "上海市普陀区规划和自然资源局2024年度部门决算"),
        ("1.  2025年部门财务收支预算总表", "1. 2025年部门财务收支预算总表"),
        ("\u3000\u3000一、概况\xa0", "一、概况"),
        ("⼀般公共预算", "一般公共预算"),
    ],
)
def test_clean_line(printed: str, plain: str) -> None:
    assert clean_line(printed) == plain


def test_wrapped_label_joins_without_a_space_and_latin_words_with_one() -> None:
    assert join_wrapped(["机关事业单位基本养老保险缴", "费支出"]) == "机关事业单位基本养老保险缴费支出"
    assert join_wrapped(["Annual", "budget"]) == "Annual budget"
    assert join_wrapped(["因 公 出 国 （ 境 ） 费", "用"]) == "因公出国（境）费用"


def test_merged_away_cell_is_empty() -> None:
    assert clean_cell(None) == ""
    assert clean_cell("事业单位\n经营收入") == "事业单位经营收入"

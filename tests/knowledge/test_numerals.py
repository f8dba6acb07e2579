"""Chinese numerals as documents and people write them."""

from __future__ import annotations

import pytest

from knowledge.numerals import chinese_to_int, int_to_chinese


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("十二", 12),
        ("二十三", 23),
        ("一百零五", 105),
        ("两千", 2000),
        ("一百万", 1_000_000),
        ("一千二百万", 12_000_000),
        ("一亿两千万", 120_000_000),
        ("三亿零五百万零八", 305_000_008),
        ("十万", 100_000),
        ("12", 12),
    ],
)
def test_chinese_numerals_read_as_integers(text: str, number: int) -> None:
    assert chinese_to_int(text) == number


@pytest.mark.parametrize("text", ["", "abc", "十二表", "一般"])
def test_non_numerals_read_as_none(text: str) -> None:
    assert chinese_to_int(text) is None


@pytest.mark.parametrize("number", [1, 9, 10, 11, 12, 20, 23, 99])
def test_table_numbers_round_trip(number: int) -> None:
    assert chinese_to_int(int_to_chinese(number)) == number

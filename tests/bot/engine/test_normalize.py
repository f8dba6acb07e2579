"""normalize: one written form for questions and records."""

from decimal import Decimal

import pytest

from bot.engine.normalize import (
    cn_numeral_to_int,
    compact,
    expand_short_years,
    find_amounts,
    find_codes,
    find_years,
    normalize,
    parse_amount,
    replace_numerals,
    to_half_width,
    yuan_to_wan,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ＡＢＣ１２３", "ABC123"), ("２０２４年", "2024年"), ("（境）", "(境)"), ("a\u3000b", "a b")],
)
def test_full_width_becomes_half_width(text: str, expected: str) -> None:
    assert to_half_width(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("職業年金繳費多少", "职业年金缴费多少"),
        ("國有資本經營預算", "国有资本经营预算"),
        ("汾陽市", "汾阳市"),
    ],
)
def test_traditional_becomes_simplified(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_compact_drops_spaces_punctuation_and_quotes() -> None:
    assert compact("因公出国（境）费") == "因公出国境费"
    assert compact("“三公”经费 支出") == "三公经费支出"
    assert compact("②公务用车运行维护费") == "公务用车运行维护费"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十二", 12),
        ("十", 10),
        ("二十三", 23),
        ("一百零五", 105),
        ("一百万", 1_000_000),
        ("两千三百", 2300),
        ("二〇二四", 2024),
        ("12", 12),
        ("经费", None),
    ],
)
def test_chinese_numerals_are_read(text: str, expected: int | None) -> None:
    assert cn_numeral_to_int(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("表十二的合计", "表12的合计"),
        ("一百万元以上的项目", "1000000元以上的项目"),
        ("临时工有两个人", "临时工有2个人"),
        ("二〇二四年", "2024年"),
        ("百分之十二", "12%"),
        ("一般公共预算", "一般公共预算"),
        ("三公经费", "三公经费"),
        ("第一书记生活补助", "第一书记生活补助"),
        ("一级指标", "一级指标"),
        ("万元", "万元"),
    ],
)
def test_numerals_become_digits_only_where_they_are_numbers(text: str, expected: str) -> None:
    assert replace_numerals(text) == expected


def test_amounts_keep_their_units() -> None:
    found = [(a.value, a.unit) for a in find_amounts("3,121.42万元，一百万元，50万，12.5%")]
    assert found == [
        (Decimal("3121.42"), "万元"),
        (Decimal("1000000"), "元"),
        (Decimal("50"), "万元"),
        (Decimal("12.5"), "%"),
    ]


def test_parse_amount_reads_one_amount_and_its_value_in_yuan() -> None:
    amount = parse_amount("3,121.42万元")
    assert amount is not None and amount.in_yuan == Decimal("31214200")
    assert parse_amount("没有金额") is None


def test_yuan_become_wan_to_the_cent() -> None:
    assert yuan_to_wan(Decimal("31214205.80")) == Decimal("3121.42")


def test_years_named_and_relative_to_the_document() -> None:
    years = [(m.year, m.relative) for m in find_years("2024年收入，去年呢？今年呢？二〇二三年", 2024)]
    assert years == [(2024, False), (2023, True), (2024, True), (2023, False)]


def test_last_year_carry_over_is_not_a_year() -> None:
    assert find_years("上年结转多少，本年收入多少", 2024) == []


def test_relative_years_need_a_document_year() -> None:
    assert find_years("去年的三公经费") == []


def test_codes_are_found_but_not_years_or_amounts() -> None:
    assert find_codes("2080101行政运行 2024年 100万元 20801 208") == ["2080101", "20801", "208"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24年住房公积金", "2024年住房公积金"),
        ("普陀区财政局23年度决算", "普陀区财政局2023年度决算"),
        ("近10年的变化", "近10年的变化"),
        ("第15年", "第15年"),
        ("实施期10年内", "实施期10年内"),
        ("2024年", "2024年"),
    ],
)
def test_two_digit_years_are_read_as_this_century(text: str, expected: str) -> None:
    assert expand_short_years(text) == expected


def test_two_digit_years_in_chinese_numerals_are_read_too() -> None:
    assert expand_short_years(replace_numerals("二四年的三公经费")) == "2024年的三公经费"

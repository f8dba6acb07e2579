"""knowledge.text: the one text normalizer loaders, audit and the engine share."""

from decimal import Decimal

import pytest

from knowledge.text import (
    chinese_to_int,
    compact,
    expand_short_years,
    find_amounts,
    find_codes,
    find_years,
    int_to_chinese,
    is_printed_figure,
    measured_value,
    normalize,
    parse_amount,
    parse_figure,
    replace_numerals,
    strip_ordinal,
    to_half_width,
    without_list_numbers,
    without_spaces,
    without_symbols,
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
    assert chinese_to_int(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("表十二的合计", "表12的合计"),
        ("一百万元以上的项目", "100万元以上的项目"),
        ("一百万以上的设备", "100万以上的设备"),
        ("一百万到五百万之间的项目", "100万到500万之间的项目"),
        ("五十万至一百万", "50万至100万"),
        ("预算二点八五万", "预算2.85万"),
        ("红十字事业经费", "红十字事业经费"),
        ("十三五规划", "十三五规划"),
        ("前十", "前10"),
        ("五十多人", "50多人"),
        ("临时工有两个人", "临时工有2个人"),
        ("二〇二四年", "2024年"),
        ("百分之十二", "12%"),
        ("一般公共预算", "一般公共预算"),
        ("三公经费", "三公经费"),
        ("第一书记生活补助", "第一书记生活补助"),
        ("一级指标", "一级指标"),
        ("万元", "万元"),
        ("比上一年度减少多少", "比上一年度减少多少"),
        ("与上一年相比", "与上一年相比"),
        ("下一年度预算", "下一年度预算"),
        ("涨了一倍", "涨了1倍"),
        ("表十二合计多少", "表12合计多少"),
        ("表十二零工市场", "表12零工市场"),
        ("表三项目支出", "表3项目支出"),
        ("各表一致吗", "各表一致吗"),
        ("表一和表四一致吗", "表1和表4一致吗"),
        ("表一一致吗", "表1一致吗"),
        ("超过一千万了吗", "超过1000万了吗"),
        ("有五万吗", "有5万吗"),
        ("是不是只有两万呢", "是不是只有2万呢"),
    ],
)
def test_numerals_become_digits_only_where_they_are_numbers(text: str, expected: str) -> None:
    assert replace_numerals(text) == expected


def test_amounts_keep_their_units() -> None:
    found = [(a.value, a.unit) for a in find_amounts("3,121.42万元，一百万元，50万，12.5%")]
    assert found == [
        (Decimal("3121.42"), "万元"),
        (Decimal("100"), "万元"),
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
def test_chinese_numerals_with_units_read_as_integers(text: str, number: int) -> None:
    assert chinese_to_int(text) == number


@pytest.mark.parametrize("text", ["", "abc", "十二表", "一般"])
def test_non_numerals_read_as_none(text: str) -> None:
    assert chinese_to_int(text) is None


@pytest.mark.parametrize("number", [1, 9, 10, 11, 12, 20, 23, 99])
def test_table_numbers_round_trip(number: int) -> None:
    assert chinese_to_int(int_to_chinese(number)) == number


@pytest.mark.parametrize(
    ("text", "number"), [("二〇二四", 2024), ("二〇二三", 2023), ("一九九八", 1998), ("二二", 22)]
)
def test_a_numeral_read_digit_by_digit_is_its_digits_not_its_last(text: str, number: int) -> None:
    assert chinese_to_int(text) == number


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,596.64", Decimal("1596.64")),
        ("1，596.64", Decimal("1596.64")),
        ("0", Decimal("0")),
        ("-3.5", Decimal("-3.5")),
        ("−3.5", Decimal("-3.5")),
        ("86.69%", Decimal("86.69")),
    ],
)
def test_printed_figures_parse_exactly(raw: str, value: Decimal) -> None:
    assert is_printed_figure(raw) and parse_figure(raw) == value


@pytest.mark.parametrize("raw", ["", "-", "—", "无", "2024年", "1,59"])
def test_cells_that_are_not_figures_have_no_value(raw: str) -> None:
    assert parse_figure(raw) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("一、一般公共预算", "一般公共预算"),
        ("（三）公务接待费", "公务接待费"),
        ("②公务用车运行维护费", "公务用车运行维护费"),
        ("1、工资福利支出", "工资福利支出"),
        ("1.工资福利支出", "工资福利支出"),
        ("其中：基本支出", "基本支出"),
        ("1.5倍", "1.5倍"),
        ("一般公共服务支出", "一般公共服务支出"),
    ],
)
def test_an_ordinal_before_a_label_is_dropped_and_nothing_else(label: str, expected: str) -> None:
    assert strip_ordinal(label) == expected


def test_without_spaces_keeps_everything_but_whitespace() -> None:
    assert without_spaces("合  计\n（一）\u3000公开 01 表") == "合计（一）公开01表"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("省高院上年三公经费", [2018]),
        ("上年的办公费多少", [2018]),
        ("上年结转多少", []),
        ("上年财政拨款结转多少", []),
        ("比上年增加多少", []),
        ("较上年减少", []),
        ("三公经费上年预算数", []),
        ("上年执行数", []),
    ],
)
def test_shang_nian_is_the_year_before_only_where_it_names_no_column(text: str, years: list[int]) -> None:
    assert [mention.year for mention in find_years(text, 2019)] == years


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("汾阳2024年十三、农林水支出多少", "汾阳2024年农林水支出多少"),
        ("一、一般公共服务支出是多少", "一般公共服务支出是多少"),
        ("三公经费、会议费多少", "三公经费、会议费多少"),
        ("第一、二季度支出", "第一、二季度支出"),
        ("一、二季度支出", "一、二季度支出"),
    ],
)
def test_a_list_number_copied_with_a_label_is_dropped_and_nothing_else(question: str, expected: str) -> None:
    assert without_list_numbers(question) == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2022年全民技能提升培训奖励金汾财社【2023】3号", [2022]),
        ("苏财预〔2018〕12号文件下达的2019年资金", [2019]),
        ("沪财预[2024]5号", []),
        ("（2023年）项目", [2023]),
    ],
)
def test_the_year_of_a_document_number_is_no_year_of_a_budget(text: str, years: list[int]) -> None:
    assert [mention.year for mention in find_years(text)] == years


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("≥13459.00(平方米)", "13459.00", "平方米"),
        ("开展活动300场 =300.00(场)", "300.00", "场"),
        ("1980元/人月", "1980", "元/人月"),
        ("≥80.00(%)", "80.00", "%"),
        ("=12（次）", "12", "次"),
        ("不低于50人次的个体心理咨询辅导", "50", "人次"),
        ("90%以上", "90", "%"),
    ],
)
def test_an_indicators_value_is_its_last_number_and_the_unit_after_it(
    printed: str, value: str, unit: str
) -> None:
    assert measured_value(printed) == (Decimal(value), unit)


def test_an_indicator_without_a_number_has_no_value() -> None:
    assert measured_value("达标") == (None, "")


def test_emoji_and_pictographs_are_taken_out_and_words_kept() -> None:
    assert without_symbols("省高院🙏三公经费👍🏻👨‍👩‍👧★") == "省高院三公经费"
    assert without_symbols("“三公”经费（境）①") == "“三公”经费（境）①"

"""Text handling every layer shares: loaders, audit and the answer engine read text through these.

Written forms (half-width, simplified, compact), ordinal prefixes (一、 （一） ① 1、 其中：), Chinese
numerals (十二, 一百万, 二〇二四), printed figures (1,596.64, a dash), amounts with their unit
(3,121.42万元, 一百万元, 12.5%), years and 科目编码 named in a text. Declared once, so "what counts as a
number" or "the same label" never depends on who reads it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import opencc

from knowledge.money import AMOUNT_UNITS

FULL_WIDTH_OFFSET = 0xFEE0
IDEOGRAPHIC_SPACE = "\u3000"
WHITESPACE = re.compile(r"\s+")
MEASURED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
MEASURE_BRACKETS = re.compile(r"[()（）\s]")
SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co", "Cf"})
"""Pictographs, private-use and format characters (emoji, zero-width spaces, BOMs): never part of a word."""
EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")
PUNCTUATION = re.compile(
    r"[\s\"'“”‘’《》〈〉「」『』【】\[\]()（）{}<>,，.。、:：;；!！?？·•…\-—_~`|/\\①②③④⑤⑥⑦⑧⑨⑩]"
)

ORDINAL_DIGITS = "一二三四五六七八九十"
"""The numerals of list numbering and table numbers: 一、 （三） 表十二."""
ORDINAL_PREFIX = re.compile(
    rf"^\s*(?:[{ORDINAL_DIGITS}]+\s*[、.．]|[(（]\s*[{ORDINAL_DIGITS}\d]+\s*[)）]|[①-⑳]"
    r"|\d{1,2}\s*[、.．](?!\d)|其中\s*[:：])\s*"
)
"""How a label's place in a list is printed before it: 一、 （一） ① 1、 其中："""
LIST_NUMBER = re.compile(
    rf"(?<![第{ORDINAL_DIGITS}])[{ORDINAL_DIGITS}]+、(?![{ORDINAL_DIGITS}]+[、季月年])(?=[\u4e00-\u9fff])"
)
"""A list number left inside a sentence, as a label copied from a table brings it (十三、农林水支出)."""

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
NUMERAL_CHARACTERS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS)
NUMERAL_RUN = re.compile(f"[{NUMERAL_CHARACTERS}]+")
TABLE_NUMERAL = re.compile("[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]")
"""The number of a table said after 表 (表十二合计, 表三): whatever word follows, it is the table's number,
unless the numeral begins a word of its own (各表一致, 表一样吗)."""
WORDS_OF_ONE = ("一致", "一样", "一起", "一共", "一览", "一并", "一同", "一下")
"""Words that begin with 一 and say nothing of a number: after 表 they are no table's number."""
PERCENT_WORDS = re.compile(f"百分之([{NUMERAL_CHARACTERS}]+|\\d+(?:\\.\\d+)?)")
COUNT_UNITS = ("个", "人", "名", "辆", "部", "台", "套", "项", "次", "天", "家", "所", "处")
# A Chinese numeral is read as a number only before one of these, or when it is plainly a number
# (contains 十/百/千/万/亿 or is several digits long); 一般, 三公, 第一书记 stay words.
MEASURE_WORDS = ("万元", "亿元", "千元", "元", "%", "年", "月", "岁", "倍", "成", *COUNT_UNITS)
NUMBER_FOLLOWERS = (
    *MEASURE_WORDS,
    *("以上", "以下", "以内", "多", "余", "来", "左右", "上下", "万", "亿"),
    *("的", "和", "与", "及", "或", "是", "为", "中", "里", "到", "至", "之"),
    *("了", "吗", "呢", "吧", "啊", "呀", "么", "没"),
)
"""What follows a numeral that stands for a number (十二个, 一百万以上, 一百万到五百万之间, 表十二的合计), not
inside a word."""
HAN = re.compile(r"[\u4e00-\u9fff]")
DECIMAL_NUMERAL = re.compile(f"([{''.join(DIGITS)}十]+)点([{''.join(DIGITS)}]+)")
"""二点八五: a decimal said in numerals."""

DIGIT_GROUPS = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)"
"""The whole part of a printed number, with or without thousands separators: 1,596 or 1596."""
SIGNED_NUMBER = rf"[-−]?{DIGIT_GROUPS}(?:\.\d+)?"
BRACKETED_NEGATIVE = re.compile(rf"[(（]{DIGIT_GROUPS}\.\d+[)）]")
"""A negative amount as accountants print it, in brackets: (12.50), (1,234.00); never a bare (1), a list
number."""
PRINTED_FIGURE = re.compile(rf"{SIGNED_NUMBER}%?|{BRACKETED_NEGATIVE.pattern}")
"""A cell that is only a number: 1100.24, 1,596.64, -3.5, (3.50), 0, 86.69%."""
AMOUNT_WITH_UNIT = re.compile(rf"(?P<amount>{SIGNED_NUMBER})\s*(?P<unit>{'|'.join(AMOUNT_UNITS)})")
"""A cell printing an amount with its unit of money: 1,290.00万元, 3000元."""
DASHES = frozenset({"-", "--", "—", "——", "－", "–", "/"})
"""Cells printed as a dash: no amount, but not an empty cell either."""
AMOUNT_PATTERN = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(亿元|万元|千元|元|亿|万|%)")

YEAR_PATTERN = re.compile(r"(?<![\d〔【\[])((?:19|20)\d{2})\s*(?=年|$|[^\d.%万亿元])")
"""A year; one in the brackets of a document number (汾财社【2023】3号, 苏财预〔2018〕1号) dates that
document, and names no year of a budget."""
SHORT_YEAR_PATTERN = re.compile(r"(?<![\d.近前后第满每余多])(\d{2})(?=\s*年(?!代(?!表)|级|龄|限|内|间))")
PREVIOUS_YEAR = re.compile(
    r"(?<![比较与同和跟上])上年(?!度?(?:执行|预算数|决算数|数|同期|相比|末|底))(?![^，。？?]{0,6}?(?:结转|结余))"
)
"""上年 as a year (上年三公经费), not a column (上年结转, 上年财政拨款结转, 上年预算数) or a comparison
(比上年)."""
RELATIVE_YEARS = {"今年": 0, "本年度": 0, "去年": -1, "上一年": -1, "前年": -2, "明年": 1, "下一年": 1}
CODE_PATTERN = re.compile(r"(?<![\d.])([1-9]\d{2}(?:\s?\d{2}){0,2})(?![\d.%]|\s*(?:万|亿|元|年|人|个|辆|项))")


# Written forms


def to_half_width(text: str) -> str:
    """Full-width ASCII (ＡＢＣ１２３，) and the ideographic space become their half-width forms."""
    return "".join(
        " "
        if ch == IDEOGRAPHIC_SPACE
        else chr(ord(ch) - FULL_WIDTH_OFFSET)
        if "\uff01" <= ch <= "\uff5e"
        else ch
        for ch in text
    )


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """Traditional characters become simplified (職業年金繳費 → 职业年金缴费)."""
    return str(_t2s().convert(text))


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Half-width, simplified, single spaces, lower-case Latin: the form every comparison starts from."""
    return written(text).lower()


def written(text: str) -> str:
    """Half-width, simplified, single spaces, Latin as printed (PC服务器): the form a label is shown in."""
    return WHITESPACE.sub(" ", to_simplified(to_half_width(text))).strip()


@lru_cache(maxsize=262144)
def compact(text: str) -> str:
    """`normalize` without spaces and punctuation: 因公出国（境）费 → 因公出国境费."""
    return PUNCTUATION.sub("", normalize(text))


def without_symbols(text: str) -> str:
    """The text without pictographs and emoji (😊, 🙏, ★) and the joiners and selectors that build them:
    a message's decoration, never a word of what it asks."""
    return "".join(
        character
        for character in text
        if unicodedata.category(character) not in SYMBOL_CATEGORIES and character not in EMOJI_JOINERS
    )


def without_spaces(text: str) -> str:
    """The text as printed, with no whitespace: 合  计 → 合计, 公开 01 表 → 公开01表."""
    return WHITESPACE.sub("", text)


def without_list_numbers(text: str) -> str:
    """The text without the list numbers of labels copied into it: 十三、农林水支出多少 → 农林水支出多少."""
    return LIST_NUMBER.sub("", text)


def strip_ordinal(label: str, *, keep_case: bool = False) -> str:
    """一、一般公共预算 → 一般公共预算; ②公务用车运行维护费 → 公务用车运行维护费; 其中：… → …"""
    return ORDINAL_PREFIX.sub("", written(label) if keep_case else normalize(label), count=1)


# Chinese numerals


def chinese_to_int(text: str) -> int | None:
    """Given 十二, 一百万, 12, or a numeral read digit by digit (二〇二四), return the integer; None when
    it is not a numeral."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if len(text) > 1 and all(character in DIGITS for character in text):
        return int("".join(str(DIGITS[character]) for character in text))
    above_yi, above_wan, section, digit = 0, 0, 0, None
    for character in text:
        if character in DIGITS:
            digit = DIGITS[character]
        elif character in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[character]
            digit = None
        elif character == "万":
            above_wan = (above_wan + section + (digit or 0)) * LARGE_UNITS["万"]
            section, digit = 0, None
        elif character == "亿":
            above_yi = (above_yi + above_wan + section + (digit or 0)) * LARGE_UNITS["亿"]
            above_wan, section, digit = 0, 0, None
        else:
            return None
    return above_yi + above_wan + section + (digit or 0)


def int_to_chinese(number: int) -> str:
    """Given 12, return 十二 (for table numbers up to 99, as TOCs print them)."""
    names = "零一二三四五六七八九"
    if number < 10:
        return names[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else names[tens]) + "十" + (names[ones] if ones else "")


def _is_plain_number(run: str, following: str) -> bool:
    """A run of numerals stands for a number before a measure word (十二个, 一百万以上) or where no word
    goes on (表十二); inside a word it is the word's (红十字, 十三五规划, 一般, 三公)."""
    if not any(ch in DIGITS for ch in run) and run != "十":
        return False
    stands = not following or not HAN.match(following) or following.startswith(NUMBER_FOLLOWERS)
    if any(ch in SMALL_UNITS or ch in LARGE_UNITS for ch in run):
        return stands
    if len(run) >= 2 and all(ch in DIGITS for ch in run):
        return following.startswith("年") or len(run) >= 3
    return following.startswith(MEASURE_WORDS)


def _in_digits(run: str) -> str:
    """一百万 → 100万, 十二 → 12: a number in digits, its 万/亿 kept as the documents print amounts."""
    large = run[-1] if len(run) > 1 and run[-1] in LARGE_UNITS else ""
    value = chinese_to_int(run[:-1] if large else run)
    return run if value is None else f"{value}{large}"


def replace_numerals(text: str) -> str:
    """Chinese numerals that stand for numbers become digits: 十二 → 12, 一百万元 → 100万元, 百分之五 → 5%,
    二点八五 → 2.85.

    Numerals inside words (一般公共预算, 三公经费, 第一书记, 一级指标) are left alone.
    """

    def replace(match: re.Match[str]) -> str:
        run = match.group(0)
        following = text[match.end() : match.end() + 2]
        preceding = text[match.start() - 1 : match.start()]
        if preceding == "第" and not any(ch in SMALL_UNITS for ch in run):
            return run
        if preceding in ("上", "下") and run == "一":  # 上一年度, 下一步: the one before or after
            return run
        if preceding == "表" and text.startswith(WORDS_OF_ONE, match.start()):
            return run
        if preceding == "表" and (number := TABLE_NUMERAL.match(run)):
            return f"{chinese_to_int(number.group(0))}{run[number.end() :]}"  # 表十二零工市场: table 12
        if not _is_plain_number(run, following):
            return run
        return _in_digits(run)

    text = PERCENT_WORDS.sub(lambda m: f"{chinese_to_int(m.group(1)) or m.group(1)}%", text)
    text = DECIMAL_NUMERAL.sub(lambda m: f"{chinese_to_int(m.group(1))}.{chinese_to_int(m.group(2))}", text)
    return NUMERAL_RUN.sub(replace, text)


# Printed figures and amounts


def is_printed_figure(text: str) -> bool:
    """Given a cell, say whether it is printed as a number (a dash is not)."""
    return PRINTED_FIGURE.fullmatch(text.strip().replace(" ", "")) is not None


def split_amount_unit(text: str) -> tuple[str, str]:
    """A cell printed as an amount with its unit of money ('1,290.00万元') as ('1,290.00', '万元'); any other
    cell as (text, '')."""
    match = AMOUNT_WITH_UNIT.fullmatch(text.strip())
    return (match["amount"], match["unit"]) if match else (text, "")


def is_dash(text: str) -> bool:
    return text.strip() in DASHES


def figure_value(printed: str) -> Decimal:
    """The exact value of a number as printed: separators (, ，) dropped, − or brackets read as minus, %
    left off."""
    plain = printed.replace(",", "").replace("，", "").replace("−", "-").rstrip("%")
    if BRACKETED_NEGATIVE.fullmatch(printed):
        plain = "-" + plain.strip("(（)）")
    return Decimal(plain)


def measured_value(printed: str) -> tuple[Decimal | None, str]:
    """A 绩效指标's value as a figure and its unit: the last number printed, the words after it without
    brackets, up to the words that go on (≥13459.00(平方米) → 13459.00, 平方米; 开展活动300场 =300.00(场)
    → 300.00, 场; 1980元/人月; 50人次的个体心理咨询辅导 → 50, 人次)."""
    numbers = list(MEASURED_NUMBER.finditer(printed))
    if not numbers:
        return None, ""
    last = numbers[-1]
    unit = MEASURE_BRACKETS.sub("", printed[last.end() :]).strip()
    return figure_value(last.group(0)), UNIT_END.split(unit, maxsplit=1)[0]


UNIT_END = re.compile(r"[的，,；;、。\s]|以上|以下|左右")
"""Where a value's unit ends and the words after it begin (不低于50人次的个体心理咨询辅导 → 人次)."""


def parse_figure(text: str) -> Decimal | None:
    """Given a printed cell, return its exact value; None for empty, dash or text cells."""
    printed = text.strip().replace(" ", "")
    if PRINTED_FIGURE.fullmatch(printed) is None:
        return None
    try:
        return figure_value(printed)
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class Amount:
    """A sum of money or a percentage as written, with its value in its own unit."""

    value: Decimal
    unit: str
    raw: str

    @property
    def in_yuan(self) -> Decimal | None:
        return self.value * AMOUNT_UNITS[self.unit] if self.unit in AMOUNT_UNITS else None


def find_amounts(text: str) -> list[Amount]:
    """Amounts with units in a text: 3,121.42万元, 一百万元, 50万, 12.5%."""
    found = []
    for match in AMOUNT_PATTERN.finditer(replace_numerals(normalize(text))):
        number, unit = match.group(1).replace(",", ""), match.group(2)
        unit = {"亿": "亿元", "万": "万元"}.get(unit, unit)
        try:
            found.append(Amount(Decimal(number), unit, match.group(0)))
        except InvalidOperation:
            continue
    return found


def parse_amount(text: str) -> Amount | None:
    """The one amount a short text such as '3,121.42万元' states, or None."""
    amounts = find_amounts(text)
    return amounts[0] if len(amounts) == 1 else None


def yuan_to_wan(value: Decimal) -> Decimal:
    """31214205.80 元 → 3121.42 万元, rounded to the cent of 万元 as tables print it."""
    return (value / AMOUNT_UNITS["万元"]).quantize(Decimal("0.01"))


# Years and codes named in a text


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int
    end: int
    relative: bool


def find_years(text: str, document_year: int | None = None) -> list[YearMention]:
    """Years a text names: 2024年, 二〇二四年, and 今年/去年/明年 counted from the document's year.

    上年 is the year before only where it names no column (上年结转, 上年执行数) and compares nothing
    (比上年); 本年 is never a year here (本年收入).
    """
    text = replace_numerals(normalize(text))
    years = [YearMention(int(m.group(1)), m.start(1), m.end(1), False) for m in YEAR_PATTERN.finditer(text)]
    if document_year is not None:
        for word, offset in RELATIVE_YEARS.items():
            for match in re.finditer(word, text):
                years.append(YearMention(document_year + offset, match.start(), match.end(), True))
        for match in PREVIOUS_YEAR.finditer(text):
            years.append(YearMention(document_year - 1, match.start(), match.end(), True))
    return sorted(years, key=lambda mention: mention.start)


_DATE = r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?"
AS_OF_DATE = re.compile(
    rf"(?:(?:截至|截止)到?|到(?={_DATE}\s*(?:底|末|为止)))"
    r"\s*(?P<year>(?:19|20)\d{2})\s*年(?:\s*(?P<month>\d{1,2})\s*月)?(?:\s*\d{1,2}\s*[日号])?"
    r"(?P<end>底|末)?(?:为止|止|时)?"
)
"""截至2024年8月31日, 截止2023年底, 到2024年8月底: the date a figure is stated at (车辆, 资产), no year of a
budget; after 到 only with 底, 末 or 为止, for 2023年到2024年 is a span of years."""


@dataclass(frozen=True)
class AsOf:
    """截至2023年底 → year 2023, month 12; a month not said is None."""

    year: int
    month: int | None
    said: str


def as_of_dates(text: str) -> list[AsOf]:
    """The 截至… dates a text states, each with its year and month (年底 and 年末 are December)."""
    found = []
    for match in AS_OF_DATE.finditer(text):
        month = int(match.group("month")) if match.group("month") else 12 if match.group("end") else None
        found.append(AsOf(int(match.group("year")), month, match.group(0)))
    return found


def expand_short_years(text: str) -> str:
    """24年 → 2024年, 二三年度 (after numerals are read) → 2023年度; 近10年, 第15年 are counts, not years."""
    return SHORT_YEAR_PATTERN.sub(lambda match: f"20{match.group(1)}", text)


def find_codes(text: str) -> list[str]:
    """科目编码 a text names (208, 20801, 2080101; spaces inside dropped), years and amounts excluded."""
    text = replace_numerals(normalize(text))
    codes = []
    for match in CODE_PATTERN.finditer(text):
        code = match.group(1).replace(" ", "")
        if len(code) in (3, 5, 7) and not YEAR_PATTERN.fullmatch(code):
            codes.append(code)
    return codes

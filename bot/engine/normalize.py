"""Bring a question and the records to one written form before they are compared.

Full-width letters and digits become half-width, traditional characters simplified, Chinese numerals
digits; amounts, years and 科目编码 are read out of the text. Records and questions go through the
same functions, so a comparison never depends on how either was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import opencc

from knowledge.money import AMOUNT_UNITS
from knowledge.numerals import DIGITS, LARGE_UNITS, NUMERAL_CHARACTERS, SMALL_UNITS, chinese_to_int

FULL_WIDTH_OFFSET = 0xFEE0
IDEOGRAPHIC_SPACE = "\u3000"

COUNT_UNITS = ("个", "人", "名", "辆", "部", "台", "套", "项", "次", "天", "家", "所", "处")
# A Chinese numeral is read as a number only before one of these, or when it is plainly a number
# (contains 十/百/千/万/亿 or is several digits long); 一般, 三公, 第一书记 stay words.
MEASURE_WORDS = ("万元", "亿元", "千元", "元", "%", "年", "月", "岁", "倍", "成", *COUNT_UNITS)

PUNCTUATION = re.compile(
    r"[\s\"'“”‘’《》〈〉「」『』【】\[\]()（）{}<>,，.。、:：;；!！?？·•…\-—_~`|/\\①②③④⑤⑥⑦⑧⑨⑩]"
)
NUMERAL_RUN = re.compile(f"[{NUMERAL_CHARACTERS}]+")
PERCENT_WORDS = re.compile(f"百分之([{NUMERAL_CHARACTERS}]+|\\d+(?:\\.\\d+)?)")
AMOUNT_PATTERN = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(亿元|万元|千元|元|亿|万|%)")
YEAR_PATTERN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?=年|$|[^\d.%万亿元])")
SHORT_YEAR_PATTERN = re.compile(r"(?<![\d.近前后第满每余多])(\d{2})(?=\s*年(?!代(?!表)|级|龄|限|内|间))")
RELATIVE_YEARS = {"今年": 0, "本年度": 0, "去年": -1, "上一年": -1, "前年": -2, "明年": 1, "下一年": 1}
CODE_PATTERN = re.compile(r"(?<![\d.])([1-9]\d{2}(?:\s?\d{2}){0,2})(?![\d.%]|\s*(?:万|亿|元|年|人|个|辆|项))")


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
    return re.sub(r"\s+", " ", to_simplified(to_half_width(text))).strip().lower()


@lru_cache(maxsize=262144)
def compact(text: str) -> str:
    """`normalize` without spaces and punctuation: 因公出国（境）费 → 因公出国境费."""
    return PUNCTUATION.sub("", normalize(text))


def cn_numeral_to_int(text: str) -> int | None:
    """十二 → 12, 一百万 → 1000000, and digit by digit 二〇二四 → 2024; None when it is not a numeral."""
    if len(text) > 1 and all(ch in DIGITS for ch in text):
        return int("".join(str(DIGITS[ch]) for ch in text))
    return chinese_to_int(text)


def _is_plain_number(run: str, following: str) -> bool:
    if not any(ch in DIGITS for ch in run) and run != "十":
        return False
    if any(ch in SMALL_UNITS or ch in LARGE_UNITS for ch in run):
        return True
    if len(run) >= 2 and all(ch in DIGITS for ch in run):
        return following.startswith("年") or len(run) >= 3
    return following.startswith(MEASURE_WORDS)


def replace_numerals(text: str) -> str:
    """Chinese numerals that stand for numbers become digits: 十二 → 12, 一百万元 → 1000000元, 百分之五 → 5%.

    Numerals inside words (一般公共预算, 三公经费, 第一书记, 一级指标) are left alone.
    """

    def replace(match: re.Match[str]) -> str:
        run = match.group(0)
        following = text[match.end() : match.end() + 2]
        preceding = text[match.start() - 1 : match.start()]
        if preceding == "第" and not any(ch in SMALL_UNITS for ch in run):
            return run
        if not _is_plain_number(run, following):
            return run
        value = cn_numeral_to_int(run)
        return run if value is None else str(value)

    text = PERCENT_WORDS.sub(lambda m: f"{cn_numeral_to_int(m.group(1)) or m.group(1)}%", text)
    return NUMERAL_RUN.sub(replace, text)


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


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int
    end: int
    relative: bool


def find_years(text: str, document_year: int | None = None) -> list[YearMention]:
    """Years a text names: 2024年, 二〇二四年, and 今年/去年/明年 counted from the document's year.

    上年 and 本年 are not years here: in a disclosure they name columns (上年结转, 本年收入).
    """
    text = replace_numerals(normalize(text))
    years = [YearMention(int(m.group(1)), m.start(1), m.end(1), False) for m in YEAR_PATTERN.finditer(text)]
    if document_year is not None:
        for word, offset in RELATIVE_YEARS.items():
            for match in re.finditer(word, text):
                years.append(YearMention(document_year + offset, match.start(), match.end(), True))
    return sorted(years, key=lambda mention: mention.start)


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

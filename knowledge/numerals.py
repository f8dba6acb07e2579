"""Chinese numerals as documents and people write them: 十二, 二十三, 一百万, 两千, 12."""

from __future__ import annotations

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


def chinese_to_int(text: str) -> int | None:
    """Given 十二 or 一百万 or 12, return the integer; None when it is not a numeral."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
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

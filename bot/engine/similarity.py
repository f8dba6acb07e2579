"""How close a question's subject is to a row label, project, term or stated figure.

Both sides become a `MatchKey`: the compact text, its core (ordinal, leading year and generic words
such as 经费/支出/资金 removed) and the core's pinyin. Containment counts most (零工市场 lies inside
2024年零工市场运营费用); rapidfuzz ratios (which do no preprocessing in rapidfuzz 3, hence the keys)
catch small differences, and pinyin catches homophone typos (灵工市场 → 零工市场).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from bot.engine.lexicon import (
    CHANGE_OF_HOLDING_ASKED,
    CHANGE_OF_HOLDING_WORDS,
    DEBT_SERVICE_WORDS,
    GENERIC_WORDS,
    HELD_STOCKS,
    KIN_WORDS,
    NARROWING_FREE_WORDS,
    QUALIFIED_PEOPLE,
    RESIDUAL_WORD,
    SAME_SAYINGS,
    TOTAL_WORDS,
)
from bot.engine.question import base_segmenter
from knowledge.text import HAN, NUMERAL_CHARACTERS, compact, replace_numerals, strip_ordinal

LABEL_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
CATALOGUE_LETTER = re.compile(r"(?<=[\u4e00-\u9fff])[A-Ca-c]$")
"""一、货物A / 三、服务C: the letter of the 政府采购 catalogue (A 货物, B 工程, C 服务) is no part of the name."""
SAYINGS = tuple((re.compile(pattern), form) for pattern, form in SAME_SAYINGS)
TOTAL_PATTERN = re.compile("|".join(TOTAL_WORDS))
GENERIC_PATTERN = re.compile("|".join(sorted(map(re.escape, GENERIC_WORDS), key=len, reverse=True)))

EXACT = 100.0
GRAND_TOTALS = frozenset(TOTAL_WORDS[:2])
"""合计 and 总计 both name a whole: a table prints one for the other (支出合计 where 支出总计 is asked)."""
OTHER_TOTAL_CORE = 90.0
CONTAINED = 85.0
CONTAINS = 60.0
SUBSEQUENCE = 75.0
MIN_SUBSEQUENCE = 4
REORDERED = 73.0
MIN_PIECE = 2
FUZZY_WEIGHT = 0.85
MIN_SHARED_SHARE = 0.4
TYPO_SHARE = 0.66
TOPIC_SCORE_FLOOR = 80.0
MIN_PINYIN_CONTAINED = 8
PINYIN_WEIGHT = 0.95
YEAR_MISMATCH_PENALTY = 30.0
YEAR_MENTION_BONUS = 3.0
DIRECTION_WORDS = ("收入", "支出")
CARRY_WORDS = (("上年", "年初"), ("年末", "年终", "下年"))
"""Money carried in (上年结转, 年初结转和结余) and carried out (结转下年, 年末结转和结余, 年终结转)."""
DIRECTION_MISMATCH_PENALTY = 12.0
MIN_NARROWING = 2
NOT_WORDS = re.compile(rf"(?:公开)?表[0-9{NUMERAL_CHARACTERS}]+|[^\u4e00-\u9fff]")
"""A table's number (表6, 表十二) and what is no Chinese word, left in a subject: no narrower item."""
FEE = "费"
COST_WORDS = ("经费", "缴费")
FEE_WORD = re.compile(r"(?<!缴)费")
MIN_OTHER_FEE = 3
OTHER_KIND_CORE = 60.0
"""A fee asked (印刷费) is not a record that names no fee (印刷服务, 工资福利支出, 医疗保险缴费), however
alike; an item asked (公共安全支出) is not the rest of it (其他公共安全支出), nor a whole it is joined in
(公务用车购置 of 公务用车购置及运行维护费), nor other money than the appropriation asked (财政专户管理资金)."""
APPROPRIATION = "拨款"
JOINING_WORDS = ("以及", "及")
"""What joins two items into one record's name (公务用车购置及运行维护费); 和 and 与 are kept apart, as
they are part of single names (社会保障和就业)."""


@dataclass(frozen=True, slots=True)
class MatchKey:
    """A text in the forms it is compared in."""

    text: str
    core: str
    years: frozenset[int]
    characters: frozenset[str]

    @property
    def pinyin(self) -> str:
        return pinyin_of(self.core)


@lru_cache(maxsize=262144)
def match_key(text: str) -> MatchKey:
    """The comparison forms of a label or a subject; cached, since documents repeat their labels. Chinese
    numerals are read as a question's are (第十二届 → 第12届), so a label compares with how it is asked."""
    full = CATALOGUE_LETTER.sub("", compact(replace_numerals(strip_ordinal(text))))
    for pattern, form in SAYINGS:
        full = pattern.sub(form, full)
    years = frozenset(int(year) for year in LABEL_YEAR.findall(full))
    core = GENERIC_PATTERN.sub("", LEADING_YEAR.sub("", full))
    return MatchKey(full, core or full, years, frozenset(core or full))


@lru_cache(maxsize=8192)
def char_pinyin(character: str) -> str:
    """One character's toneless pinyin; pypinyin (slow to import) is loaded the first time it is needed."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(character)[0] if "\u4e00" <= character <= "\u9fff" else character


@lru_cache(maxsize=65536)
def pinyin_of(text: str) -> str:
    """零工市场 → linggongshichang, character by character (cached per character, so it is fast)."""
    return "".join(char_pinyin(character) for character in text)


def text_similarity(query: str, candidate: str) -> float:
    """0–100: exact 100; query inside candidate 85–100; candidate inside query 60–90; the query's
    characters in order within the candidate 75–85; else a rapidfuzz ratio, discounted."""
    if not query or not candidate:
        return 0.0
    if query == candidate:
        return EXACT
    if query in candidate:
        return CONTAINED + (EXACT - CONTAINED) * len(query) / len(candidate)
    if len(candidate) >= 2 and candidate in query:
        return CONTAINS + 30.0 * len(candidate) / len(query)
    if len(query) >= MIN_SUBSEQUENCE and is_subsequence(query, candidate):
        return SUBSEQUENCE + (CONTAINED - SUBSEQUENCE) * len(query) / len(candidate)
    if len(query) >= MIN_SUBSEQUENCE and in_other_order(query, candidate):
        return REORDERED + (CONTAINED - SUBSEQUENCE) * len(query) / len(candidate)
    partial = fuzz.partial_ratio(query, candidate) if len(query) <= len(candidate) else 0.0
    return max(fuzz.ratio(query, candidate), 0.9 * partial) * FUZZY_WEIGHT


def is_subsequence(short: str, long: str) -> bool:
    """中央就业补助 in 中央财政就业补助奖金: every character, in order, words left out between."""
    characters = iter(long)
    return all(character in characters for character in short)


def in_other_order(query: str, candidate: str) -> bool:
    """服务采购 in 政府采购服务: the query is words of the candidate said in another order, each word of two
    characters or more and found once (the longest word first at each place)."""
    if not set(query) <= set(candidate):
        return False
    rest = candidate
    start = 0
    while start < len(query):
        end = next(
            (end for end in range(len(query), start + MIN_PIECE - 1, -1) if query[start:end] in rest),
            None,
        )
        if end is None:
            return False
        rest = rest.replace(query[start:end], "\0", 1)
        start = end
    return True


def similarity(
    query: MatchKey, candidate: MatchKey, years: frozenset[int] = frozenset(), whole: bool = False
) -> float:
    """How well a candidate answers the query, 0–100 (0 at once when they share few characters).

    Pinyin is compared only when a third or less of the query's characters are missing, and counts only
    when it is the same or contained: a homophone typo (灵工 for 零工), not another word (燃料 for 材料).

    The core decides; the full text breaks ties (收入总计 is nearer 收入总计 than 本年收入合计).
    Years the question names as part of an item (2023年中央财政…) must be the candidate's years.
    When the question asks the item's `whole` (资产总额), a record naming another thing with it is no answer.
    """
    shared = len(query.characters & candidate.characters)
    if shared < MIN_SHARED_SHARE * len(query.characters):
        return 0.0
    core = text_similarity(query.core, candidate.core)
    if query.core != candidate.core and {query.core, candidate.core} <= GRAND_TOTALS:
        core = OTHER_TOTAL_CORE
    if (
        core < CONTAINED
        and len(query.core) >= 3
        and len(query.characters) > shared >= TYPO_SHARE * len(query.characters)
    ):
        sound = max(  # 机关运行经废: a typo in a generic word leaves it in the core, so the texts sound alike
            text_similarity(query.pinyin, candidate.pinyin),
            text_similarity(pinyin_of(query.text), pinyin_of(candidate.text)),
        )
        if sound >= CONTAINED:
            core = max(core, PINYIN_WEIGHT * sound)
    if (
        names_another_kind(query.text, candidate.text)
        or fee_inside_a_word(query.text, candidate.text)
        or fee_for_more(query.text, candidate.text)
        or names_the_rest(query, candidate)
        or joins_another_item(query.text, candidate.text)
        or names_other_money(query, candidate)
        or for_their_kin(query.text, candidate.text)
        or other_people(query.text, candidate.text)
        or bought_for_held(query.text, candidate.text)
        or (whole and inside_another_name(query, candidate))
    ):
        core = min(core, OTHER_KIND_CORE)
    full = text_similarity(query.text, candidate.text)
    score = 0.85 * core + 0.15 * full
    if opposite_direction(query.text, candidate.text):
        score -= DIRECTION_MISMATCH_PENALTY
    if years and candidate.years:
        score += YEAR_MENTION_BONUS if years & candidate.years else -YEAR_MISMATCH_PENALTY
    return min(score, EXACT)


def names_a_fee(text: str) -> bool:
    """印刷费, 福利费, 医疗费: the name of a fee (an 经济分类 item), not 经费 or 费用 (the cost of something)."""
    return text.endswith(FEE) and not text.endswith(COST_WORDS)


def fee_inside_a_word(query: str, candidate: str) -> bool:
    """A fee asked found inside another fee's name starting mid-word (电费 in 邮电费, 邮电 being one word)
    is that other fee, not the one asked. The words are cut by jieba's own dictionary: the index's
    segmenter has learned every loaded label as one word."""
    at = candidate.find(query)
    if at <= 0 or not names_a_fee(query):
        return False
    return all(start != at for _word, start, _end in base_segmenter().tokenize(candidate))


def fee_for_more(query: str, candidate: str) -> bool:
    """A fee asked (办案费, 办公费) whose words are only part of what another fee is for (办公、办案设备更新购置费,
    办公设备购置费): three or more characters between them and the candidate's 费 make it that other fee.
    Two are the same fee's fuller name (物业管理费, 公务用车运行维护费)."""
    if not names_a_fee(query) or not candidate.endswith(FEE):
        return False
    stem = query.removesuffix(FEE)
    at = candidate.find(stem)
    if not stem or at < 0:
        return False
    between = candidate[at + len(stem) : -len(FEE)].removesuffix("经")
    return len(HAN.findall(between)) >= MIN_OTHER_FEE


def names_another_kind(query: str, candidate: str) -> bool:
    """A fee asked of a record that names none after the fee's words (印刷费 of 印刷服务, 办公费 of
    业务工作经费(办公设备购置), whose 经费 comes before them); the same name with 费 added is the same item
    (公务用车购置费 of 公务用车购置)."""
    stem = query.removesuffix(FEE)
    if not names_a_fee(query) or stem == candidate:
        return False
    return not FEE_WORD.search(candidate[max(candidate.find(stem), 0) :])


def joins_another_item(query: str, candidate: str) -> bool:
    """The candidate joins the item asked with another of which the question says no word (公务用车购置
    asked, 公务用车购置及运行维护费 found): a broader whole, not the item. Where the question too says 及
    after those words, it is part of a word (科学技术普及)."""
    for word in JOINING_WORDS:
        head, joined, rest = candidate.partition(word)
        said = (rest[at : at + 2] for at in range(len(rest) - 1))
        if joined and head in query and head + word not in query and not any(pair in query for pair in said):
            return True
    return False


def for_their_kin(query: str, candidate: str) -> bool:
    """退休人员遗属补助 or 退休遗属人员 for 退休人员: a record naming the people asked with a word of kin
    the question does not say is of their kin (the survivors of retirees), not of them."""
    kin = [word for word in KIN_WORDS if word in candidate and word not in query]
    if not kin:
        return False
    for word in kin:
        candidate = candidate.replace(word, "")
    return len(query) >= MIN_PIECE and query in candidate


def other_people(query: str, candidate: str) -> bool:
    """人员经费 for 退休人员, 工作人员 for 在职人员: a record naming the people asked by their noun alone, or
    with another word before it, is of all of them or of others, not of those asked."""
    for noun in QUALIFIED_PEOPLE:
        at = query.find(noun)
        said = query[max(at - MIN_PIECE, 0) : at]
        if at >= MIN_PIECE and noun in candidate and said not in candidate:
            return True
    return False


def bought_for_held(query: str, candidate: str) -> bool:
    """资产 asked of 无形资产购置, 债务 of 债务还本支出: what a unit holds or owes, of a record of the money spent
    adding to it or paying it off."""
    return (
        query.endswith(HELD_STOCKS)
        and not any(word in query for word in (*CHANGE_OF_HOLDING_ASKED, *DEBT_SERVICE_WORDS))
        and any(word in candidate for word in (*CHANGE_OF_HOLDING_WORDS, *DEBT_SERVICE_WORDS))
    )


def names_other_money(query: MatchKey, candidate: MatchKey) -> bool:
    """An appropriation asked (财政拨款收入, core 财政收入) of a record that says no 拨款 and adds words
    to that core (财政专户管理资金收入, 财政事务): other money, or a function, not the appropriation. The
    same core with 拨款 left out is the same money (一般公共预算拨款 of the row 一般公共预算)."""
    return (
        APPROPRIATION in query.text
        and APPROPRIATION not in candidate.text
        and query.core != candidate.core
        and is_subsequence(query.core, candidate.core)
    )


def inside_another_name(query: MatchKey, candidate: MatchKey) -> bool:
    """资产总额 asked, 无形资产购置 found: a record whose name holds the item with words before and after it
    names another thing (a purchase of one kind of asset), never the item's whole; one that ends with it
    (专用设备购置 of 设备购置) is a kind of it, and one that prints a total may be the whole."""
    if any(word in candidate.text for word in TOTAL_WORDS):
        return False
    item = TOTAL_PATTERN.sub("", query.core)
    at = candidate.core.find(item) if item else -1
    return at > 0 and at + len(item) < len(candidate.core)


def names_the_rest(query: MatchKey, candidate: MatchKey) -> bool:
    """其他公共安全支出 for 公共安全支出: the candidate is what is left of the asked item beside its named
    parts (a 其他 科目, or a narrative's 其他… clause), never the item itself."""
    return (
        candidate.text.startswith(RESIDUAL_WORD)
        and RESIDUAL_WORD not in query.text
        and bool(query.core)
        and query.core in candidate.core
    )


def broader_than_asked(query: str, candidate: str, unit_name: str = "", side: str = "") -> bool:
    """The candidate's name lies inside the query's with words of substance beside it (专用设备购置 asked,
    设备购置 found; 其他资本性支出 asked, 其他支出 found): the query names a narrower item. Words that
    only ask for the same item, are left of the unit's name (省检), or name the side of the 收支 table
    the candidate is on (一般公共预算收入 of the 收入 row 一般公共预算资金), are no substance."""
    if candidate == query or candidate not in query:
        return False
    extra = NOT_WORDS.sub("", query.replace(candidate, "", 1))
    for word in (*NARROWING_FREE_WORDS, side):
        extra = extra.replace(word, "") if word else extra
    return len(extra) >= MIN_NARROWING and not is_subsequence(extra, unit_name)


def opposite_direction(query: str, candidate: str) -> bool:
    """The query says 支出 and the candidate only 收入, or the other way round; or one says money
    carried in (上年结转) and the other money carried out (年末结转和结余)."""
    said = {word for word in DIRECTION_WORDS if word in query}
    printed = {word for word in DIRECTION_WORDS if word in candidate}
    return bool(said and printed and not said & printed) or carried_the_other_way(query, candidate)


def carried_the_other_way(query: str, candidate: str) -> bool:
    """结转 or 结余 in both, said of the year before in one and of the year's end in the other."""
    if not all(re.search("结转|结余", text) for text in (query, candidate)):
        return False
    ways = [
        {way for way, words in enumerate(CARRY_WORDS) if any(w in text for w in words)}
        for text in (query, candidate)
    ]
    return len(ways[0]) == len(ways[1]) == 1 and ways[0] != ways[1]


def contains_subject(subject: str, candidate: MatchKey) -> bool:
    """The candidate's core holds the subject's core, in characters or (for typos) in pinyin."""
    query = match_key(subject)
    if query.core in candidate.core:
        return True
    return len(query.pinyin) >= MIN_PINYIN_CONTAINED and query.pinyin in candidate.pinyin

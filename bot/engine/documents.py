"""Which loaded documents a question is about: the unit, year and kind it names, or all of them.

A unit is found by its full name or a short name (人社局), else by a phrase that looks like a unit's
name (…局, …街道) compared by region and core name; a unit, year or kind that is not loaded is
reported, never replaced by another document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bot.engine.entries import DocumentEntry, DocumentIndex
from bot.engine.index import Index
from bot.engine.lexicon import (
    FLUFF_WORDS,
    GLOSSARY_PREFIXES,
    HELD_UNITS_SAID,
    INSTITUTION_ENDINGS,
    MOST_OF_WORDS,
    NATIONAL_INITIALS,
    NATIONAL_LEVELS,
    NOT_UNIT_AFTER,
    NOT_UNIT_NAMES,
    QUESTION_WORDS,
    SHARE_OF,
    UNIT_SUFFIXES,
    WHOLE_WORDS,
)
from bot.engine.question import (
    BASE_WORDS,
    POINTED_UNIT,
    POINTING_WORDS,
    Question,
    cue_words,
    segment,
    subject_of,
    subject_variants,
    tokenize,
)
from bot.engine.segmenter import function_words, proper_nouns, verbs
from bot.engine.similarity import match_key, pinyin_of
from knowledge.text import RELATIVE_YEARS, AsOf, YearMention, as_of_dates, compact, find_years
from knowledge.units import (
    LEVELS,
    NOT_REGIONS,
    PLACE_ENDINGS,
    PROVINCE_SHORT_NAMES,
    UNIT_ENDINGS,
    ZONE_WORDS,
    is_short_form,
    level_word,
    region_forms,
    said_forms,
    split_regions,
)

LEADING_FLUFF = "|".join(
    sorted(
        (re.escape(word) for word in (*FLUFF_WORDS, *GLOSSARY_PREFIXES) if len(word) >= 2),
        key=len,
        reverse=True,
    )
)
UNIT_MENTIONS = tuple(
    re.compile(
        rf"^(?:(?:{LEADING_FLUFF})\s*)*(?:(?:19|20)\d{{2}}\s*年度?\s*)?"
        rf"((?:[\u4e00-\u9fff]{{2,18}}?|[省市区县州])(?:{'|'.join(endings)}))(?!门|{'|'.join(NOT_UNIT_AFTER)})"
    )
    for endings in ((*UNIT_SUFFIXES, *INSTITUTION_ENDINGS), UNIT_SUFFIXES)
)
"""A phrase ending as a unit's name does (省高院: a level word alone may lead it); 部 before 门 ends none
(普陀区各部门 names units, not a 部). The first also ends at an institution's ending (档案馆), which holds
only where it ends a word (not 社 of 人社局, 所 of 所占): else the second is read."""
DEICTIC_UNIT = re.compile(rf"(?:^|{LEADING_FLUFF})(?:{POINTED_UNIT.pattern})$")
"""请问该局, 本单位, 咱们局: a unit mention that points at the unit spoken of rather than naming it."""
POINTING_START = re.compile(POINTING_WORDS)
"""你们院, 本所: words that open by pointing at a unit rather than naming one."""
NATIONAL_UNIT = re.compile(
    rf"(?P<level>{'|'.join(NATIONAL_LEVELS)})(?:[\u4e00-\u9fff]{{0,8}}?(?:{'|'.join(UNIT_SUFFIXES)})"
    rf"(?!门|{'|'.join(NOT_UNIT_AFTER)})|(?:{'|'.join(NATIONAL_INITIALS)})(?![定律规则治官察院]))"
)
"""全国政协, 最高人民检察院, 最高检, 审计署 of 国家审计署: a unit of the whole country, whatever its type."""
OPENING_WORDS = (*(word for word in FLUFF_WORDS if len(word) >= 2), "年", "预算", "决算")
"""Words a region's name never holds, said before a unit: 请问, and the year and kind (2024年决算区财政局)."""
LEADING_REGION = re.compile(
    rf"^(?:(?:{LEADING_FLUFF})\s*)*(?:(?:19|20)\d{{2}}\s*年度?\s*)?"
    r"(?P<region>[\u4e00-\u9fff]{2,6}?(?P<level>省|自治区|自治州|市|县|区))"
)
LEADING_PROVINCE = re.compile(
    rf"^(?:(?:{LEADING_FLUFF})\s*)*(?:(?:19|20)\d{{2}}\s*年度?\s*)?"
    rf"(?P<region>{'|'.join(PROVINCE_SHORT_NAMES)})(?![省市]|自治区)"
)
"""湖南的三公经费, 广东那个单位: a province said by its name alone, without 省."""
REGION_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}(?:省|自治区|自治州|市|区|县|旗)")
SCOPE_WORD = re.compile(r"(?<![个些各属级本该])(?P<scope>部门|单位)(?:预算|决算)")
"""部门预算, 单位决算: the scope of the documents asked; 哪个单位预算, 各单位预算, 下属单位预算 and 本单位预算
speak of units, not of a scope."""
MAX_REGION_LENGTH = 8
MAX_PLACE_LENGTH = 4
MIN_ITEM_WORD = 2
JOINERS = "和与及跟同比较对、，,；;"
SHORT_FORM_SIMILARITY = 90.0
YEAR_WORD = re.compile(r"\d{4}\s*(?:年度|年底|年末|年)?|\S+?(?:年度|年底|年末|年|$)|\S+")
CARRIED_OVER_AFTER_YEAR = ("结转", "结余", "剩")
EXECUTED_AFTER_YEAR = re.compile(r"执行数|实际执行|执行")
COMPARE_BEFORE_YEAR = ("比", "较", "与", "同", "和", "跟")
YEAR_END = 12  # the month a year's figures are stated at when no date is said
MIN_UNIT_SIMILARITY = 90.0
UNSAID_REGION = 2.0
"""A unit whose regions the phrase says all of (上海市财证局: 上海市财政局) fits better than one of a region
below them (上海市普陀区财政局); among the units that fit, not whether one fits (普陀区规划和资源局 is
上海市普陀区规划和自然资源局, its outer region unsaid)."""
MIN_SOUNDED_NAME = 3
MIN_SHORTENED_UNIT = 2
"""A unit said short (职校, 疾控中心) keeps two characters at least."""
MAX_MENTION_LENGTH = 20
"""Characters of the longest unit-like phrase tried (UNIT_MENTIONS: 2-18 and an ending)."""
MIN_TYPO_STEM = 4
"""人民法: the part of a name typed right before a last character typed wrong."""
RHYME_LENGTH = 2
UNIT_ENDING = re.compile(f"[{UNIT_ENDINGS}]")
"""A character a unit's name ends on: a question holding one may name a unit, typed by its sound."""
ITEM_CONTEXT = 2  # characters beside a unit's name that must be printed with it in an item
ITEM_AGREEMENT = 3  # characters beside it that must agree with a printed item's, where it prints as many
MIN_PLACE_LENGTH = 2  # a place's name said without its level (静安) is at least this long
CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
PLACE_UNITS = ("街道", "镇", "乡")
"""The units a place names (万里街道, 长征镇); 社区 and 村 after a unit's name are parts of its items."""
SUBUNIT = re.compile(
    rf"(?![和与及跟同比较对的有是在给里中])(?:(?!的)[\u4e00-\u9fff]){{2,5}}?(?:部|局|厅|委员会|委)"
    rf"(?!门|{'|'.join(NOT_UNIT_AFTER)})"
)
"""Words after a unit's name that end as a unit's name does (组织部, 教育局): another unit is named; no 的
inside, nor a word after that makes it part of another (决算的钱大部分, 各部门)."""
INSTITUTION_WORDS = 2
"""An institution run on from a unit's name is said in two words at most (机关|幼儿园)."""
MIN_LEADING_PART = 4  # characters of a subject's leading words that may name its item on their own
MAX_SCAN_DOCUMENTS = 12  # more loaded documents than this: ask which before reading their records


@dataclass
class Selection:
    """The documents a question is about, the words that named them, and what was asked but not loaded;
    with it, the documents the unit named does have (another year, kind or scope)."""

    heads: list[DocumentEntry]
    named: list[str] = field(default_factory=list)
    unit_named: bool = False
    item_years: frozenset[int] = frozenset()
    table_years: frozenset[int] = frozenset()
    """Years asked that no loaded document is of, but whose figures a table of one prints (a 2023年执行数
    column, a 2023年预算数 row of a 2024 预算)."""
    missing: str = ""
    unit_has: list[DocumentEntry] = field(default_factory=list)
    year_after: list[DocumentEntry] = field(default_factory=list)
    """When the year asked of one unit is not loaded, its documents of the year after: their narrative
    may state how that year's figure compares (比上年增加…)."""
    run_on: str = ""
    """The loaded unit's name the unit not loaded was read as running on from (农业农村局 of 农业农村局
    农技站): its documents may print those words as an item of their own."""


@dataclass(frozen=True)
class NameSpan:
    """Where the text names a unit, the loaded documents of the units it names, and the region words
    before it when they name a unit of another region (北京 of 北京财政局), which is none of these."""

    start: int
    end: int
    heads: tuple[DocumentEntry, ...]
    other_region: str = ""


MIN_CUTTING_NAME = 3
"""A name of two characters names a unit only as a word of its own (省检, not the 省检 of 全省检查)."""


def name_spans(text: str, index: Index, by_sound: bool = False) -> list[NameSpan]:
    """Every unit name in the text, longest first where names overlap (上海市财政局 over 财政局); a name
    after a region that is none of its unit's (北京市财政局) names nothing loaded. By sound, names typed
    with a homophone count too."""
    longest = max(map(len, index.names), default=0)
    cut_words = {end for _word, start, stop in tokenize(text) for end in range(start + 1, stop)}
    found: list[NameSpan] = []
    for start in range(len(text)):
        at_start = []
        for end in range(min(len(text), start + longest), start + 1, -1):
            said = text[start:end]
            named = index.names.get(said) or (by_sound and index.names.get(sounded_name(said, index), []))
            if named:
                at_start.append(NameSpan(start, end, tuple(named)))
        whole_words = [span for span in at_start if span.end not in cut_words]
        cutting = [span for span in at_start if span.end - span.start >= MIN_CUTTING_NAME]
        if whole_words or cutting:  # 万里街道办公费: 万里街道, as 万里街道办 would cut 办公 in two
            found.append((whole_words or cutting)[0])
    kept: list[NameSpan] = []
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            other_regions = {head: other_region(text, span, head, index) for head in span.heads}
            heads = tuple(head for head, region in other_regions.items() if not region)
            said = "" if heads else next(iter(other_regions.values()), "")
            kept.append(NameSpan(span.start, span.end, heads, said))
    return sorted(kept, key=lambda s: s.start)


def sounded_name(said: str, index: Index) -> str:
    """省检查院, 普沱区财政局, 汾杨人社局: the unit name typed by its sound, a character or two wrong (never the
    first, where a word of the question may sound as a level: 是财政局 is not 市财政局); '' when none."""
    if len(said) < MIN_SOUNDED_NAME or said[0] not in index.name_starts or said in index.names:
        return ""
    names = index.name_sounds().get(pinyin_of(said), ())
    return next((name for name in names if name[0] == said[0] and len(name) == len(said)), "")


LATIN_RUN = re.compile(r"(?<![a-z])[a-z]{2,}(?![a-z])")
MIN_ENGLISH_WORD = 4
"""Shorter Latin runs are initials or abbreviations (czj, pc, led), kept when no name is spelled so…"""
PINYIN = re.compile(
    r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v))+"
)
"""A word that reads as pinyin (hangzhou, chengdu) is a name, kept as typed when no loaded name is spelled
so: a place not loaded must stay in the question, so that nothing is answered for it."""
ENGLISH_FUNCTION_WORDS = frozenset(
    {"is", "the", "of", "in", "for", "and", "to", "on", "at", "by", "an", "its"}
)
"""…but for the short words of an English sentence."""


@lru_cache(maxsize=1)
def provinces_by_pinyin() -> dict[str, str]:
    """beijing → 北京: every province, loaded or not, so a province typed in pinyin is never dropped."""
    return {pinyin_of(province): province for province in PROVINCE_SHORT_NAMES}


def spelled_in_latin(text: str, index: Index) -> str:
    """The text with a name typed in Latin letters, by its pinyin or its initials (Putuo财政局, szx, fy rsj),
    spelled as the loaded name it sounds; a spelling that fits no loaded name, or several, is left as
    typed (gdp, pc), but an English word no budget word translates (planning, of) is no word of what a
    question in Chinese asks and is dropped."""
    if not LATIN_RUN.search(text):
        return text
    in_chinese = bool(CJK_WORD.search(text))

    def spelled(found: re.Match[str]) -> str:
        names = index.latin_spellings().get(found.group(0), set())
        if len(names) == 1:
            return next(iter(names))
        if province := provinces_by_pinyin().get(found.group(0)):
            return province  # Beijing: a place not loaded is still a place, so nothing is answered for it
        word = found.group(0)
        english = (
            len(word) >= MIN_ENGLISH_WORD and not PINYIN.fullmatch(word)
        ) or word in ENGLISH_FUNCTION_WORDS
        return "" if in_chinese and english else word

    return LATIN_RUN.sub(spelled, text)


def respell_units(text: str, index: Index) -> str:
    """The text with a unit name typed by its sound spelled as the unit's (普沱区财政局 → 普陀区财政局), where
    the names as typed leave the unit in doubt: a name after a region that is none of its unit's, a
    unit-like phrase that fits no loaded unit, or no unit named among several where a word ends as a
    unit's name does (省检查院). Pinyin is slow to load, so a question that names its unit plainly is
    never sounded out."""
    spans = name_spans(text, index)
    named = [span for span in spans if span.heads]
    mended = last_character_mistyped(text, index)
    if mended != text and longest_name(name_spans(mended, index)) > longest_name(named):
        return mended  # 普陀区财政居: the short name 普陀区 is named, the mended one is longer
    fitting, mention = ([], "") if named else mentioned_unit(text, index.heads)
    doubtful = (
        any(span.other_region for span in spans)
        or (bool(mention) and not fitting)
        or (not named and len({head.unit for head in index.heads}) > 1 and bool(UNIT_ENDING.search(text)))
    )
    if not doubtful:
        return text
    for span in name_spans(text, index, by_sound=True):
        if name := sounded_name(text[span.start : span.end], index):
            text = text[: span.start] + name + text[span.end :]
    return text


def longest_name(spans: list[NameSpan]) -> int:
    return max((span.end - span.start for span in spans if span.heads), default=0)


def last_character_mistyped(text: str, index: Index) -> str:
    """江苏省高级人民法阮 → 江苏省高级人民法院: a loaded unit's name typed right but for its last character,
    typed as one that rhymes with it and that no unit's name ends on (so 财政所, a unit of another kind,
    is never read as 财政局, nor 财政资金 as anything but money), is that unit's name. A stem that is itself
    a unit's name (万里街道 of 万里街道办) is typed whole: the character after it begins the item (寒托班)."""
    for name in sorted(index.names, key=len, reverse=True):
        stem, last = name[:-1], name[-1]
        if len(stem) < MIN_TYPO_STEM or last not in UNIT_ENDINGS or (at := text.find(stem)) < 0:
            continue
        if stem in index.names:
            continue
        end = at + len(stem)
        typed = text[end : end + 1]
        if typed and typed != last and typed not in UNIT_ENDINGS and rhymes(typed, last) and stray(text, end):
            return text[:end] + last + text[end + 1 :]
    return text


def stray(text: str, at: int) -> bool:
    """The character at `at` is a word of its own, as a typo is (法 阮), not part of one (法官, 检察官)."""
    return any(start == at and end == at + 1 for _word, start, end in tokenize(text))


def rhymes(typed: str, meant: str) -> bool:
    """阮 (ruan) for 院 (yuan): the same final sound, as a character picked from a wrong candidate is."""
    said, wanted = pinyin_of(typed), pinyin_of(meant)
    return len(said) >= RHYME_LENGTH and said[-RHYME_LENGTH:] == wanted[-RHYME_LENGTH:]


def other_region(text: str, span: NameSpan, head: DocumentEntry, index: Index) -> str:
    """The words just before a name (or around its level, 海淀区 for 区财政局), after any 和/与 joining it to
    another name, when they name a region and it is none of the unit's (北京市 of 北京市财政局 is not
    上海市财政局's); a place said without its level counts too (北京财政局, 浙江检察院, 闵行财政局); '' when
    not."""
    end = span.start + 1 if text[span.start] in LEVELS else span.start
    joined = max(after_joiner(text, span.start), after_opening(text, span.start))
    starts = range(max(0, joined, end - MAX_REGION_LENGTH), end - 2)
    said = [text[start:end] for start in starts]
    word_starts = {start for _word, start, _end in tokenize(text)}
    regions = [text[start:end] for start in starts if start in word_starts and region_said(text[start:end])]
    known = {form for region in head.regions for form in region_forms(region)}
    if any(token in known for token in said):
        return ""
    attached = text[joined : span.start].removesuffix("的")
    places = (attached[-length:] for length in range(MAX_PLACE_LENGTH, 1, -1) if len(attached) >= length)
    place = regions[0] if regions else next((p for p in places if p in proper_nouns() and p not in known), "")
    place = place or place_before(text, span, known)
    if place and printed_in(head, text[text.rfind(place, 0, span.start + 1) : span.end], index):
        return ""
    return place


def region_said(said: str) -> bool:
    """Words beginning a word of the question that read as a region's name (浙江省, 海淀区): they hold no verb,
    particle or word that asks or names an item (三公经费占省, 人员经费是省, 经费相当于省 end in a level
    only by chance)."""
    if not REGION_WORD.fullmatch(said) or said in NOT_REGIONS:
        return False
    return not_place_words().isdisjoint(segment(said[:-1]))


@lru_cache(maxsize=1)
def not_place_words() -> frozenset[str]:
    """Words no region's name is made of: the vocabulary's, and jieba's verbs and function words."""
    return BASE_WORDS | function_words() | verbs()


def place_before(text: str, span: NameSpan, known: set[str]) -> str:
    """闵行财政局: a unit's bare name (财政局, 检察院) right after a word of its own, one the dictionary may not
    know, that is neither one of the unit's regions nor a word of the question (请问, 今年), names a
    place; '' when there is none."""
    name = text[span.start : span.end]
    if span.start == 0 or name[0] in LEVELS or name.startswith(tuple(known)):
        return ""
    word = word_before(segment(text[after_joiner(text, span.start) : span.start]))
    is_place = (
        MIN_PLACE_LENGTH <= len(word) <= MAX_PLACE_LENGTH
        and CJK_WORD.fullmatch(word) is not None
        and word not in known
        and word not in BASE_WORDS
        and word not in RELATIVE_YEARS
        and word not in WHOLE_WORDS
        and not any(asked in word for asked in QUESTION_WORDS)
    )
    return word if is_place else ""


def word_before(words: list[str]) -> str:
    """The last word of `words`; a place the dictionary does not know (闵行) is cut into single characters,
    which are joined back (up to a word of the question such as 的 or 请问)."""
    if not words or len(words[-1]) > 1:
        return words[-1] if words else ""
    run = ""
    for word in reversed(words):
        if len(word) > 1 or word in BASE_WORDS or not CJK_WORD.fullmatch(word):
            break
        run = word + run
    return run


def after_opening(text: str, end: int) -> int:
    """Where the last of the OPENING_WORDS before `end` ends: no region starts before it."""
    found = (text.rfind(word, 0, end) for word in OPENING_WORDS)
    return max((at + len(word) for at, word in zip(found, OPENING_WORDS, strict=True) if at >= 0), default=0)


def after_joiner(text: str, end: int) -> int:
    """Where the name ending at `end` may start: after the last word joining it to another (和, 与)."""
    return max(text.rfind(joiner, 0, end) for joiner in JOINERS) + 1


def printed_in(head: DocumentEntry, words: str, index: Index) -> bool:
    """Whether the document prints these words (新建万里街道 of a project's name, not a region's unit) in
    its narrative, its rows or its projects' names."""
    document = index.document(head)
    records = (
        *(s.text for s in document.sentences),
        *(r.label for r in document.rows),
        *(t.project for t in document.targets),
    )
    return any(words in compact(record) for record in records)


def named_units(
    text: str, index: Index, spans: list[NameSpan] | None = None
) -> tuple[list[DocumentEntry], str]:
    """Documents whose unit the text names in full or by a short name (every document of that unit, though
    only one printed the short name); the longest name wins."""
    spans = [span for span in (name_spans(text, index) if spans is None else spans) if span.heads]
    if not spans:
        return [], ""
    longest = max(spans, key=lambda span: span.end - span.start)
    return unit_documents(longest.heads, index), text[longest.start : longest.end]


def unit_of_another_region(text: str, spans: list[NameSpan]) -> str:
    """北京财政局 when only 上海市财政局 is loaded: a loaded unit's name after another region's; ''
    when the text names no such unit."""
    for span in spans:
        if span.other_region:
            return text[text.rfind(span.other_region, 0, span.start + 1) : span.end]
    return ""


def name_typed_on(text: str, name: str, heads: list[DocumentEntry]) -> str:
    """万里街到, 省政协办工厅: a unit's name said right up to a typo, and its rest typed by sound with one
    character amiss (街到 for 街道): the whole of it is the name, so no part of it is left in the item."""
    at = text.find(name) + len(name)
    for own in (own for head in heads for own in (head.unit_name, *head.names)):
        start = own.find(name)
        rest = own[start + len(name) :] if start >= 0 else ""
        for size in range(len(rest), 1, -1):
            typed, meant = text[at : at + size], rest[:size]
            one_typo = len(typed) == size and sum(a != b for a, b in zip(typed, meant, strict=True)) == 1
            if one_typo and pinyin_of(typed) == pinyin_of(meant):  # sounds looked up only for a likely typo
                return name + typed
    return name


def national_unit(text: str, index: Index) -> str:
    """全国政协, 最高人民检察院, 最高检: a unit of the whole country when no loaded unit is one (江苏省政协 is
    not 全国政协); '' when the text names none."""
    match = NATIONAL_UNIT.search(text)
    if match is None or any(match.group("level") in head.unit_name for head in index.heads):
        return ""
    return match.group(0)


def unit_documents(heads: tuple[DocumentEntry, ...], index: Index) -> list[DocumentEntry]:
    """Every loaded document of the units named, though only some printed the name used."""
    units = {head.unit for head in heads}
    return [head for head in index.heads if head.unit in units]


def another_unit(text: str, name: str, heads: list[DocumentEntry], index: Index) -> str:
    """江苏省委组织部: a loaded unit's name (江苏省委) run on into words that end as a unit does (组织部),
    or a place run on into a unit of places it is not (万里镇 of 万里街道), names another unit; '' when it
    does not, or when the unit's documents print those words (省政协联谊俱乐部 is part of its budget)."""
    after = text.find(name) + len(name)
    ending = next((end for end in PLACE_UNITS if text.startswith(end, after)), "")
    if (
        ending
        and not name.endswith((*PLACE_ENDINGS, *UNIT_SUFFIXES))  # 农业农村局|乡村振兴: no 局 has a 乡
        and not any(name + ending in own for head in heads for own in (head.unit_name, *head.names))
    ):
        return name + ending  # 万里镇 when 万里街道 is loaded: a place's other unit
    match = SUBUNIT.match(text, after)
    words = match.group(0) if match else institution_after(text, after)
    if not words or any(word in words for word in QUESTION_WORDS) or sets_part_against_whole(words):
        return ""
    longer = name + words
    if any(longer in own for head in heads for own in (head.unit_name, *head.names)):
        return ""
    return "" if any(printed_in(head, words, index) for head in heads) else longer


def institution_after(text: str, after: int) -> str:
    """党校, 机关幼儿园, 测绘|队 after a unit's name (江苏省委党校): an institution of its own, in its first
    two words as the text is cut, the last ending as an institution's name does; '' when none, or when
    the words point at the unit (你们院) or at the units it holds (下属学校), or hold a year."""
    end = 0
    words = tokenize(text[after:])
    for at, (word, _start, stop) in enumerate(words[:INSTITUTION_WORDS]):
        if institution_word(word) or at and closes_a_name(words, at) and word in INSTITUTION_ENDINGS:
            end = stop
    said = text[after : after + end]
    if (
        not CJK_WORD.fullmatch(said)
        or "的" in said
        or said.startswith(HELD_UNITS_SAID)
        or POINTING_START.match(said)
    ):
        return ""  # 2024年大队, 的学校: a year or a 的 is no name's part
    return said


def name_in_item(
    text: str, name: str, heads: Sequence[DocumentEntry], index: Index, at: int | None = None
) -> bool:
    """新建万里街道社区公共服务中心, 人大事务: a unit's name (its first mention, or the one at `at`) inside
    the name of one of its rows or projects (the words before or after it as printed there) is part of
    the item; it narrows, but stays in the subject. Only a few units' documents are read for it (more
    are asked about before any is read)."""
    at = text.find(name) if at is None else at
    if at <= 0 or len(heads) > MAX_SCAN_DOCUMENTS or text[at - 1] in LEVELS:
        return False
    before = compact(text[max(0, at - ITEM_CONTEXT) : at + len(name)])
    after = compact(text[at : at + len(name) + ITEM_CONTEXT])
    if len(before) < len(name) + ITEM_CONTEXT and len(after) < len(name) + ITEM_CONTEXT:
        return False
    documents = [index.document(head) for head in heads]
    names = [
        name
        for document in documents
        for name in (*(row.key.text for row in document.rows), *(t.key.text for t in document.targets))
    ]
    said_before, said_after = compact(text[:at]), compact(text[at + len(name) :])
    return any(
        printed_with(printed, name, said_before, said_after) for printed in names if compact(name) in printed
    )


def printed_with(printed: str, name: str, said_before: str, said_after: str) -> bool:
    """Whether the words said beside a unit's name agree with a printed name holding it, as far as the
    printed name goes (up to ITEM_AGREEMENT characters each side, at least ITEM_CONTEXT): 新建 of 新建万里街道…
    is said before it; 财政委托 is no 财政所 of 上海市普陀区财政局财政所, though both start with 财政."""
    at = printed.find(compact(name))
    head, tail = printed[:at], printed[at + len(compact(name)) :]

    def agree(printed_side: str, said: str) -> bool:
        length = min(len(printed_side), ITEM_AGREEMENT)
        return length >= ITEM_CONTEXT and said[:length] == printed_side[:length]

    return agree(tail, said_after) or agree(head[::-1], said_before[::-1])


def unit_similarity(regions: list[str], said: tuple[str, ...], head: DocumentEntry) -> float:
    """How well a phrase such as 规划资源局 (its regions and `said_forms` of the rest) names a unit: its
    regions must be the unit's (or sound as one: 普沱区), its core a short form of it (规划局 of 规划和自然资源局)
    or said alike (财证局 of 财政局). Typos are typed by sound, so names are compared by sound: 中级人民法院
    is not 高级人民法院, one character apart."""
    known = {form for region in head.regions for form in region_forms(region)}
    unknown = [region for region in regions if region not in known]
    if unknown and not {pinyin_of(region) for region in unknown} <= {pinyin_of(form) for form in known}:
        return 0.0
    levels = {level_word(region) for region in head.regions[-1:]}
    said = tuple(dict.fromkeys(without_region(form, known | levels) for form in said))
    if any(is_short_form(a, b) and a[-1] == b[-1] for a in said for b in head.cores if a):
        return SHORT_FORM_SIMILARITY
    if any(pinyin_of(a) == pinyin_of(b) for a in said for b in head.cores if a and b):
        return SHORT_FORM_SIMILARITY  # a homophone typed for a character (省检查院 for 省检察院)
    return max(
        (fuzz.ratio(pinyin_of(a), pinyin_of(b)) for a in said for b in head.cores if a and b), default=0.0
    )


UNIT_MISSING = "单位“"


def missing_unit(name: str) -> str:
    """How a unit asked of that is not loaded is said: 单位“普陀区教育局”."""
    return f"{UNIT_MISSING}{name}”"


MAX_NEAREST_UNITS = 5


def nearest_units(said: str, index: Index) -> tuple[str, ...]:
    """普陀区教育局 not loaded: the loaded units whose names come nearest it (the same region, the same kind
    of office), to offer in its place; none when nothing was named, or so few are loaded that all are
    listed."""
    units = dict.fromkeys(head.unit_name for head in index.heads)
    if not said or len(units) <= MAX_NEAREST_UNITS:
        return ()  # a few loaded: every document is listed
    return tuple(sorted(units, key=lambda unit: -fuzz.ratio(said, unit))[:MAX_NEAREST_UNITS])


def without_region(said: str, known: set[str]) -> str:
    """黔东南州人设局 → 人设局: a region of the unit's said as its start (not split off as a region, being
    said short) is no part of the name compared."""
    starts = [form for form in known if said.startswith(form) and len(said) > len(form)]
    return said[len(max(starts, key=len)) :] if starts else said


def mentioned_unit(text: str, heads: list[DocumentEntry]) -> tuple[list[DocumentEntry], str]:
    """A phrase that looks like a unit's name, and the loaded documents it fits (possibly none): the
    shortest that ends as a unit's name does, or a longer one when that fits a unit and the shortest does
    not (江苏省人大常委办公厅 is no 江苏省人大常委); when none fits, the longest, as the name said."""
    match = next(
        (
            match
            for pattern in UNIT_MENTIONS
            if (match := pattern.match(text)) and ends_a_name_word(text, match.end(1))
        ),
        None,
    )
    if (
        not match
        or any(word in match.group(1) for word in QUESTION_WORDS)
        or any(word in text[match.start(1) : match.end(1) + 1] for word in MOST_OF_WORDS)
        or DEICTIC_UNIT.search(match.group(1))
        or match.group(1).endswith(NOT_UNIT_NAMES)
        or match.group(1).startswith(HELD_UNITS_SAID)  # 所属学校: the units held, no unit's name
    ):
        return [], ""
    start = match.start(1)
    share = share_said_at(text, start)  # 三公经费占整个教育局: no unit's name runs across a share's 占
    if share < match.end(1):
        return [], ""
    longest = match.group(1)  # 苏州市人大常委会办公厅 not loaded: said whole, not as 苏州市人大
    for end in range(match.end(1), min(len(text), start + MAX_MENTION_LENGTH) + 1):
        mention = text[start:end]
        if not CJK_WORD.fullmatch(mention) or end > share:
            break
        ends = end == match.end(1) or ends_a_unit_name(text, end)
        if ends and (fitting := units_fitting(mention, heads)):
            return fitting, mention
        longest = mention if ends else longest
    return [], longest


def sets_part_against_whole(words: str) -> bool:
    """三公经费占整个教育局, 办公费占全局: the words set a part against its whole, which no unit's name
    runs across."""
    return share_said_at(words, 0) < len(words)


def share_said_at(text: str, start: int) -> int:
    """Where the first word of the text from `start` on that sets a share's part against its whole (占)
    stands, as the text is cut into words; the text's length when none does."""
    return next(
        (at for word, at, _end in tokenize(text) if at >= start and SHARE_OF.fullmatch(word)), len(text)
    )


def ends_a_name_word(text: str, end: int) -> bool:
    """text[:end] ends as a unit's name does: with a unit's word (局, 委员会), or with an institution's
    ending that closes a word as the text is cut (档案馆, 卫生院), or stands alone before no verb (服务|所 of
    就业服务所, not 所|占 of 三公经费所占)."""
    if text[:end].endswith(UNIT_SUFFIXES):
        return True
    words = tokenize(text)
    for at, (word, _start, stop) in enumerate(words):
        if stop == end:
            return institution_word(word) or closes_a_name(words, at)
    return False


def closes_a_name(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """The word at `at` is one character standing alone before no verb (服务|所 of 就业服务所, 测绘|队),
    so may close a name; not 所|占 of 三公经费所占."""
    after = words[at + 1][0] if at + 1 < len(words) else ""
    return len(words[at][0]) == 1 and not (CJK_WORD.fullmatch(after) and after in verbs())


def institution_word(word: str) -> bool:
    """档案馆, 卫生院, 幼儿园: a word ending as an institution's name does (not 网站, 院校)."""
    return (
        len(word) >= MIN_ITEM_WORD and word[-1] in INSTITUTION_ENDINGS and not word.endswith(NOT_UNIT_NAMES)
    )


def ends_a_unit_name(text: str, end: int) -> bool:
    """text[:end] ends as a unit's name does, and what follows is no item made of it (政府采购)."""
    return text[:end].endswith(UNIT_SUFFIXES) and not text[end:].startswith(NOT_UNIT_AFTER)


def units_fitting(mention: str, heads: list[DocumentEntry]) -> list[DocumentEntry]:
    """The loaded documents a unit-like phrase fits best, if any fits."""
    regions, core = split_regions(mention)
    said = said_forms(core)
    fitting = [
        (similarity - (UNSAID_REGION * (len(head.regions) - len(regions)) if regions else 0), head)
        for head in heads
        if (similarity := unit_similarity(regions, said, head)) >= MIN_UNIT_SIMILARITY
    ]
    top = max((score for score, _head in fitting), default=0.0)
    return [head for score, head in fitting if score >= top - 1.0]


def units_above(mention: str, index: Index) -> list[DocumentEntry]:
    """The documents of the 部门 whose tables print a row for the unit mentioned (宁溪县第一中学 in the
    教育局's “三公” table by unit); read only when few enough are loaded to read at once."""
    if len(index.heads) > MAX_SCAN_DOCUMENTS:
        return []
    said = compact(mention)
    return [
        head
        for head in index.heads
        if any(compact(row.label).endswith(said) for row in index.document(head).unit_rows)
    ]


def names_an_item(mention: str, index: Index) -> bool:
    """A phrase that looks like a unit's name is part of the name of a row, a project or a term of a
    loaded document (对村民委员会 of 对村民委员会和村党支部的补助, 社区公共服务中心 of 新建万里街道社区公共
    服务中心), or says such a name short (疾控中心 of a row 平川县疾病预防控制中心): an item asked, no unit.
    Every record's name is searched at once, however many are loaded."""
    core = match_key(mention).core
    shortened = len(core) >= MIN_SHORTENED_UNIT and core[-1] in UNIT_ENDINGS  # 疾控中心, 职校
    return bool(index.naming([core])) or (shortened and bool(index.naming_shortened(core)))


def named_region(text: str, index: Index) -> tuple[list[DocumentEntry], str]:
    """A region of loaded units the text names (汾阳, 普陀区): its documents, longest name first; a region
    said with the one it lies in (上海市普陀区) is the inner one, named with both."""
    for length in range(MAX_REGION_LENGTH, 1, -1):
        for start in range(len(text) - length + 1):
            heads = index.regions.get(text[start : start + length])
            if heads:
                return inner_region(
                    text, outer_start(text, start, heads, index), start + length, list(heads), index
                )
    return [], ""


def outer_start(text: str, start: int, heads: Sequence[DocumentEntry], index: Index) -> int:
    """Where a region's name begins once the regions it lies in, said right before it, are counted in
    (上海 of 上海普陀区): they name it too, and are no part of the item."""
    for length in range(min(MAX_REGION_LENGTH, start), 1, -1):
        outer = index.regions.get(text[start - length : start])
        if outer and set(heads) <= set(outer):
            return outer_start(text, start - length, outer, index)
    return start


def inner_region(
    text: str, start: int, end: int, heads: list[DocumentEntry], index: Index
) -> tuple[list[DocumentEntry], str]:
    """上海市 followed by 普陀区: the regions said one after the other, down to the innermost whose units
    all lie in the outer one's."""
    for length in range(MAX_REGION_LENGTH, 1, -1):
        inner = index.regions.get(text[end : end + length])
        if inner and len(inner) < len(heads) and set(inner) <= set(heads):
            return inner_region(text, start, end + length, list(inner), index)
    return heads, text[start:end]


def unknown_region(text: str, index: Index) -> str:
    """A region the question starts with (北京市…, or a province by its name alone: 湖南的…) that no loaded
    unit lies in; '' when none.

    It must be a word of its own where the question is cut into words (零工市场 holds no 零工市)."""
    match = LEADING_REGION.match(text)
    if match is None:
        province = LEADING_PROVINCE.match(text)
        if province is None or (region := province.group("region")) in index.regions:
            return ""
        return region if region in segment(text[province.start("region") :])[:1] else ""
    region = match.group("region")
    name = region[: -len(match.group("level"))]
    if region[-2:] in NOT_REGIONS or name.endswith(ZONE_WORDS) or region in index.regions:
        return ""
    return region if region in segment(text[match.start("region") :])[:1] else ""


def named_scope(text: str) -> tuple[str, str]:
    """(部门, 部门预算) when the question names the scope of the documents; ('', '') when it does not."""
    match = SCOPE_WORD.search(text)
    return (match.group("scope"), match.group(0)) if match else ("", "")


KIND_WORDS = ("预算", "决算")
"""2024年预算总额: a year said before a document's kind names that document, not a row of its year."""


def year_is_item_name(year: int, text: str, end: int, documents: list[DocumentIndex]) -> bool:
    """2023年中央财政就业补助资金 names a project; 2019年的项目支出 names a year."""
    following = compact(text[end:])[:3]
    if not following.startswith("年") or len(following) < 3:
        return False
    prefix = f"{year}{following}"
    return any(prefix in row.key.text for document in documents for row in document.rows) or any(
        prefix in target.key.text for document in documents for target in document.targets
    )


def reported_by_next_budget(mention: YearMention, text: str, heads: list[DocumentEntry]) -> bool:
    """2022年（行政运行的）执行数 asked of a unit whose 2023 预算 is loaded: that 预算 reports last year's 执行数
    (a column its narrative states), so the year names a column of it, not a document that is missing."""
    return bool(EXECUTED_AFTER_YEAR.search(text, mention.end)) and any(
        head.year == mention.year + 1 and head.kind == "预算" for head in heads
    )


def select_documents(question: Question, index: Index, max_scan: int) -> Selection:
    """Given a question, return the documents it is about (or what it named that is not loaded).

    A unit named narrows to its documents; else a phrase that looks like a unit's name is compared
    with the loaded units; else a region of loaded units narrows to the units there. What is named
    is taken out of the subject."""
    selection = select_unit(question, index, name_spans(question.text, index))
    if selection.missing:
        return selection
    return select_by_item(question, select_by_scope(question, selection, max_scan, index), index, max_scan)


def select_unit(question: Question, index: Index, spans: list[NameSpan]) -> Selection:
    """The documents of the unit (or region) the question names among `spans`, or what it named that is
    not loaded."""
    text = question.text
    if national := national_unit(text, index):
        return Selection(heads=[], named=[national], missing=missing_unit(national))
    heads, name = named_units(text, index, spans)
    name = name_typed_on(text, name, heads) if heads else name
    if (
        not heads
        and (other := unit_of_another_region(text, spans))
        and not mentioned_unit(text, index.heads)[0]
    ):
        return Selection(heads=[], named=[other], missing=missing_unit(other))  # 江苏省高级人名法院 fits 高院
    if heads and (other := another_unit(text, name, heads, index)):
        fitting, mention = mentioned_unit(text, heads)
        if not fitting or len(mention) < len(other):  # 规划资源局测绘队: the 局 fits, its 队 is not loaded
            return Selection(heads=[], named=[other], missing=missing_unit(other), run_on=name)
        heads, name = fitting, mention  # 江苏省人大常委办公厅: the unit named, a word left out
    named = [name] if name and not name_in_item(text, name, heads, index) else []
    selection = Selection(heads=heads or list(index.heads), named=named, unit_named=bool(heads))
    if not heads:
        fitting, mention = mentioned_unit(text, index.heads)
        if mention and not fitting and (above := units_above(mention, index)):
            return Selection(heads=above, unit_named=True)
        if mention and not fitting and not names_an_item(mention, index):
            return Selection(heads=[], named=[mention], missing=missing_unit(mention))
        if fitting:
            selection = Selection(heads=fitting, named=[mention], unit_named=True)
    if not selection.unit_named:
        in_region, region = named_region(text, index)
        if in_region:
            selection = Selection(
                heads=in_region, named=[region], unit_named=len({h.unit_name for h in in_region}) == 1
            )
        elif region := unknown_region(text, index):
            return Selection(heads=[], named=[region], missing=f"“{region}”的文档")
    return selection


def select_by_item(question: Question, selection: Selection, index: Index, max_scan: int) -> Selection:
    """零工市场花了多少钱 with more documents loaded than are read at once and no unit named: the
    documents that name the item, when they are few enough to read."""
    if selection.unit_named or selection.missing or len(selection.heads) <= max_scan:
        return selection
    subject = subject_of(question.glossary_term or question.text, [*selection.named, *cue_words(question)])
    words = [
        core for variant in subject_variants(subject) if len(core := match_key(variant).core) >= MIN_ITEM_WORD
    ]
    naming = index.naming(words) if words else set()
    for part in [] if naming else leading_parts(subject):
        naming = index.naming([match_key(part).core])
        if naming:
            break
    heads = [head for head in selection.heads if head.id in naming]
    if heads and len(heads) <= max_scan:
        selection.heads = heads
    return selection


def leading_parts(subject: str) -> list[str]:
    """护工培训奖励激励金培训人数 → …培训, 护工培训奖励激励金, …: the subject without its last words, longest
    first, for an item asked together with what is asked of it (培训人数) that no record names whole."""
    words = segment(subject)
    parts = ("".join(words[:count]) for count in range(len(words) - 1, 0, -1))
    return [part for part in parts if len(match_key(part).core) >= MIN_LEADING_PART]


def select_by_scope(question: Question, selection: Selection, max_scan: int, index: Index) -> Selection:
    """部门预算 / 单位预算: only documents of that scope; when the unit has none, that is not loaded."""
    scope, said = named_scope(question.text)
    if scope:
        selection.named.append(said)
        scoped = [head for head in selection.heads if head.scope in (scope, "")]
        if not scoped:
            units = "、".join(dict.fromkeys(head.unit_name for head in selection.heads))
            return Selection(
                heads=[],
                named=selection.named,
                missing=f"{units}的{scope}预算或决算",
                unit_has=unit_has(selection),
            )
        selection.heads = scoped
    return select_by_year_and_kind(question, index, selection, max_scan)


def unit_has(selection: Selection) -> list[DocumentEntry]:
    """The documents of the one unit the question named, to say what it has when the year, kind or
    scope asked is not loaded; none when no single unit was named."""
    return selection.heads if selection.unit_named and len({h.unit for h in selection.heads}) == 1 else []


def select_by_year_and_kind(
    question: Question, index: Index, selection: Selection, max_scan: int
) -> Selection:
    heads = selection.heads
    loaded_years = {head.year for head in heads}
    document_year = max(loaded_years) if loaded_years else None
    wanted: set[int] = set()
    item_years: set[int] = set()
    table_years: set[int] = set()
    scan = [index.document(head) for head in heads] if len(heads) <= max_scan else []
    for mention in find_years(question.text, document_year):
        if mention.relative and (
            question.text[max(0, mention.start - 1) : mention.start] in COMPARE_BEFORE_YEAR
            or question.text[mention.end :].startswith(CARRIED_OVER_AFTER_YEAR)
        ):
            continue
        kind_after = question.text[mention.end :].lstrip("年度的").startswith(KIND_WORDS)
        of_document = mention.year in loaded_years and kind_after  # 2024年预算总额, a row named 2024年预算数
        if (
            not mention.relative
            and not of_document
            and year_is_item_name(mention.year, question.text, mention.end, scan)
        ):
            item_years.add(mention.year)
        elif mention.year not in loaded_years and reported_by_next_budget(mention, question.text, heads):
            wanted.add(mention.year + 1)
            named = YEAR_WORD.match(question.text, mention.start)
            selection.named.append(named.group(0) if named else f"{mention.year}年")
        elif mention.year in loaded_years:
            wanted.add(mention.year)
            named = YEAR_WORD.match(question.text, mention.start)
            selection.named.append(named.group(0) if named else f"{mention.year}年")
        elif printing := [document.head for document in scan if prints_year(document, mention.year)]:
            wanted.update(head.year for head in printing)
            table_years.add(mention.year)
            named = YEAR_WORD.match(question.text, mention.start)
            selection.named.append(named.group(0) if named else f"{mention.year}年")
        else:
            named = YEAR_WORD.match(question.text, mention.start)
            return Selection(
                heads=[],
                named=[*selection.named, named.group(0) if named else f"{mention.year}年"],
                missing=f"{mention.year}年的文档",
                unit_has=unit_has(selection),
                year_after=[head for head in heads if head.year == mention.year + 1]
                if len({head.unit for head in heads}) == 1
                else [],
            )
    if wanted:
        heads = [head for head in heads if head.year in wanted]
    if question.as_of is not None and scan:
        heads = stating_date([index.document(head) for head in heads], question.as_of)
        if not heads:
            missing = f"截至{question.as_of.year}年的数字"
            return Selection(heads=[], named=selection.named, missing=missing, unit_has=unit_has(selection))
    if question.kind:
        heads = [head for head in heads if head.kind == question.kind]
        if not heads:  # 2025年决算 of a unit whose 决算 is of 2024: the year asked is named with the kind
            year = f"{min(wanted)}年" if len(wanted) == 1 else ""
            missing = f"{year}{question.kind}文档"
            return Selection(heads=[], named=selection.named, missing=missing, unit_has=unit_has(selection))
        said = re.search(rf"{question.kind}(?:数|额)?", question.text)
        selection.named.append(said.group(0) if said else question.kind)
    elif question.prefers_budget and any(head.kind == "预算" for head in heads):
        heads = [head for head in heads if head.kind == "预算"]
    selection.heads = heads
    selection.item_years = frozenset(item_years)
    selection.table_years = frozenset(table_years)
    return selection


def stating_date(documents: list[DocumentIndex], asked: AsOf) -> list[DocumentEntry]:
    """截至2024年底 asked: the documents whose figures are stated at that date, the month too when one
    states it (a 决算 at 2024年12月31日, the next 预算 at 2024年8月31日). A narrative that dates none
    states them as its kind does: a 预算 at the end of the year before, a 决算 at its own year's end.
    None when no document states that year."""
    dated = {document.head.id: stated_dates(document) for document in documents}
    of_year = [d for d in documents if any(year == asked.year for year, _ in dated[d.head.id])]
    of_month = [d for d in of_year if (asked.year, asked.month) in dated[d.head.id]]
    return [document.head for document in (of_month if asked.month and of_month else of_year)]


def stated_dates(document: DocumentIndex) -> set[tuple[int, int | None]]:
    """The (year, month) pairs the document's narrative states figures at (截至2023年12月31日); else the
    end of the year before for a 预算, of its own year for a 决算."""
    dates = {(date.year, date.month) for s in document.sentences for date in as_of_dates(s.text)}
    year = document.head.year - 1 if document.head.kind == "预算" else document.head.year
    return dates or {(year, YEAR_END)}


def prints_year(document: DocumentIndex, year: int) -> bool:
    """A table of the document prints figures of that year: a column (2023年执行数) or, in a table of one
    row per year, a row (2023年预算数)."""
    return any(table.year_row(year) is not None for table in document.tables) or any(
        f"{year}年" in column for table in document.tables for column in table.columns
    )

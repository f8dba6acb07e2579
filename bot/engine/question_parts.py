"""What a question names, part by part: the unit, the year, the kind (预算/决算) and scope (部门/单位)
of its documents, and the rest (what it asks: 零工市场花了多少钱), with the item in that rest.

A follow-up question (bot.engine.followup) is read by putting back the parts it leaves out, so the parts
are found here with the matcher's own means (bot.engine.documents) and the rest is what remains once
they are taken out. Nothing here consults the records beyond the loaded units' names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.documents import (
    CARRIED_OVER_AFTER_YEAR,
    COMPARE_BEFORE_YEAR,
    mentioned_unit,
    name_spans,
    named_region,
    national_unit,
    unknown_region,
    year_is_item_name,
)
from bot.engine.entries import DocumentEntry, DocumentIndex
from bot.engine.index import Index
from bot.engine.lexicon import (
    ALTERNATIVE_WORDS,
    CONNECTOR_WORDS,
    EACH_WORDS,
    GLOSSARY_PREFIXES,
    GLOSSARY_SUFFIXES,
    KIND_FALSE_FRIENDS,
    QUESTION_WORDS,
    SHARE_OF,
    SPOKEN_QUESTION_WORDS,
    WHICH_WORDS,
    WHOLE_MARKS,
)
from bot.engine.question import (
    DROP_WORDS,
    QUESTION_MARKS,
    THANKS_AFTER,
    cue_words,
    spent_on_said_first,
    text_to_question,
    tokenize,
)
from bot.engine.read_narrative import names_item
from knowledge.text import YEAR_PATTERN, expand_short_years, normalize, replace_numerals

TRAILING = re.compile(r"[\s?？!！。.,，~～…]+$")
# Years said relative to the year the conversation is about. In a follow-up 上年 is the year before
# (in a full question it names a column: 上年结转); 比去年 compares, 上年结转 is an item.
SAID_RELATIVE_YEARS = {
    "前一年": -1,
    "上一年": -1,
    "上年度": -1,
    "上年": -1,
    "去年": -1,
    "前年": -2,
    "今年": 0,
    "本年度": 0,
    "当年": 0,
    "明年": 1,
    "下一年": 1,
    "次年": 1,
    "后年": 2,
}
RELATIVE_YEARS = {replace_numerals(word): offset for word, offset in SAID_RELATIVE_YEARS.items()}
"""The same words as a question reads once its numerals are digits (上一年 → 上1年)."""
RELATIVE_PATTERN = re.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
NOT_SUBJECT = DROP_WORDS | frozenset(RELATIVE_YEARS) | frozenset(ALTERNATIVE_WORDS)
"""Words that are never (part of) the item a question names."""
NOT_A_YEAR_AFTER = (*CARRIED_OVER_AFTER_YEAR, "数", "同期", "预算数", "决算数", "执行数")
YEAR_TAIL = re.compile(r"\s*(?:年度|年)?")
YEAR_WITH_TAIL = re.compile(rf"{YEAR_PATTERN.pattern}\s*(?:年度|年)?")
SCOPE_PATTERN = re.compile(r"(?P<scope>部门|单位)(?P<kind>预算|决算)(?!数)")
# 比预算 (多还是少) names the side a 决算 is compared with, not the documents asked of.
COMPARED_KIND = re.compile(r"(?<=[比较与和跟同])(?:预算|决算)(?!单位)")
KIND_PATTERN = re.compile(
    r"(?<![比较与和跟同成超初出过总整])(?<!调整后)(?<!调整后的)(?P<kind>预算|决算)(?!数|单位|执行|安排)"
)
"""预算 or 决算 naming the documents asked of; not after 总 (总预算 is the whole budget of any document)
nor in 年初预算, 调整预算 (调整后的预算), a side of a 决算."""
COMPARED_YEAR = re.compile(rf"(?<=[比较与和跟同]){YEAR_WITH_TAIL.pattern}")
# A scope said without its kind (部门的呢, 单位的呢): 部门 or 单位 alone is all a follow-up says.
SCOPE_ALONE = re.compile(r"(?P<scope>部门|单位)(?:的|层面|口径)?")
PREDICATE_WORDS = ("不变", "这么", "那么", "如此", "这样", "那样")
EDGE_WORDS = re.compile(r"^[的是呢]+|[的是呢]+$")


@dataclass(frozen=True)
class Parts:
    """A question cut into what names its documents and what it asks.

    unit: the unit or region as named ('' when none); heads: the loaded documents it names (none: the
    unit is not loaded); year: the year named (a relative one counted from the base year); relative: a
    relative year word that had no base year to count from; kind/scope: 预算/决算 and 部门/单位 when
    said; rest: the question with all of these taken out; compares: a year is named as the side
    compared against (比去年, 和上年比), and stays in the rest."""

    text: str
    unit: str = ""
    heads: tuple[DocumentEntry, ...] = ()
    year: int | None = None
    relative: str = ""
    kind: str = ""
    scope: str = ""
    rest: str = ""
    compares: bool = False

    @property
    def names_documents(self) -> bool:
        """The question says which documents, in part: a unit, a year, a kind or a scope."""
        return bool(self.unit or self.year or self.relative or self.kind or self.scope)


def clean(raw: str) -> str:
    """The question in the matcher's written form (half-width, simplified, digits), without the trailing
    punctuation and the thanks that closes it."""
    text = TRAILING.sub("", expand_short_years(replace_numerals(normalize(raw))))
    return spent_on_said_first(TRAILING.sub("", THANKS_AFTER.sub("", text)))


def blank(text: str, start: int, end: int) -> str:
    """The text with one span replaced by spaces, so every other position stays where it was."""
    return text[:start] + " " * (end - start) + text[end:]


def unit_of(text: str, index: Index) -> tuple[str, tuple[DocumentEntry, ...], str]:
    """The unit (or region) a question names, the loaded documents it names, and the text without it; a
    unit of the whole country none is (最高人民法院 holds 人民法院 of 江苏省高级人民法院) names none."""
    if national := national_unit(text, index):
        at = text.find(national)
        return national, (), blank(text, at, at + len(national))
    spans = [span for span in name_spans(text, index) if span.heads]
    if spans:
        span = max(spans, key=lambda s: s.end - s.start)
        return text[span.start : span.end], span.heads, blank(text, span.start, span.end)
    fitting, mention = mentioned_unit(text, index.heads)
    if not mention:
        heads, mention = named_region(text, index)
        fitting = heads or []
    if not mention:
        mention = unknown_region(text, index)
    if not mention:
        return "", (), text
    at = text.find(mention)
    return mention, tuple(fitting), blank(text, at, at + len(mention))


def years_of(
    text: str, base: int | None, documents: Sequence[DocumentIndex] = ()
) -> tuple[int | None, str, bool, str]:
    """(the year named, a relative year word left uncounted for want of a base, whether a year is the
    side compared against, the text without the years named). A year that begins an item's name in
    `documents` (2023年中央财政就业补助资金) stays in the text."""
    year: int | None = None
    relative = ""
    compares = False
    mentions = [(m.start(1), m.end(1), m.group(1)) for m in YEAR_PATTERN.finditer(text)]
    mentions += [(m.start(), m.end(), m.group(0)) for m in RELATIVE_PATTERN.finditer(text)]
    for start, end, said in sorted(mentions):
        if text[end:].lstrip("年度").startswith(NOT_A_YEAR_AFTER):
            continue
        if text[max(0, start - 1) : start] in COMPARE_BEFORE_YEAR:
            compares = True
            continue
        if said not in RELATIVE_YEARS and year_is_item_name(int(said), text, end, list(documents)):
            continue
        tail = YEAR_TAIL.match(text, end)
        text = blank(text, start, tail.end() if tail else end)
        if said not in RELATIVE_YEARS:
            year = int(said)
        elif base is not None:
            year = base + RELATIVE_YEARS[said]
        else:
            relative = said
    return year, relative, compares, text


def kind_of(text: str) -> tuple[str, str, str]:
    """(kind, scope, text without them): 部门预算 → (预算, 部门); 决算 → (决算, ''); 一般公共预算 is no kind."""
    scope_match = SCOPE_PATTERN.search(text)
    if scope_match:
        scope_text = blank(text, scope_match.start(), scope_match.end())
        return scope_match.group("kind"), scope_match.group("scope"), scope_text
    masked = text
    for friend in KIND_FALSE_FRIENDS:
        masked = masked.replace(friend, "#" * len(friend))
    for match in KIND_PATTERN.finditer(masked):
        return match.group("kind"), "", blank(text, match.start(), match.end())
    return "", "", text


def parts_of(
    text: str, index: Index, base_year: int | None = None, documents: Sequence[DocumentIndex] = ()
) -> Parts:
    """Cut a question into its parts; years said relative (去年) count from `base_year` when given, and
    a year that begins an item's name in `documents` is part of the item."""
    text = clean(text)
    unit, heads, rest = unit_of(text, index)
    year, relative, compares, rest = years_of(rest, base_year, documents)
    compares = compares or bool(COMPARED_KIND.search(rest))
    kind, scope, rest = kind_of(rest)
    rest = EDGE_WORDS.sub("", re.sub(r"\s+", "", rest))
    alone = SCOPE_ALONE.fullmatch(rest)
    if alone and not scope:
        scope, rest = alone.group("scope"), ""
    return Parts(text, unit, heads, year, relative, kind, scope, rest, compares)


def item_span(text: str) -> tuple[int, int]:
    """Where the item of a question's rest is (零工市场 in 零工市场花了多少钱, 办公费和差旅费 in
    办公费和差旅费各是多少): the first run of words that are neither cue words, relative years nor fluff, before
    any 占 (what follows 占 is the whole a share is of), after any whole said first (办公费 of 基本支出中的
    办公费). A run of single characters and degree words says how, not what (没变, 少了这么多), and a
    column's words alone (决算数) name no item. (0, 0) when there is none."""
    masked = QUESTION_MARKS.sub(" ", SHARE_OF.split(text, maxsplit=1)[0])
    spoken = [
        *cue_words(text_to_question(text)),
        *GLOSSARY_PREFIXES,
        *GLOSSARY_SUFFIXES,
        *EACH_WORDS,
        *WHICH_WORDS,
        *QUESTION_WORDS,
        *SPOKEN_QUESTION_WORDS,
        "各",
    ]
    for word in sorted(spoken, key=len, reverse=True):
        for match in re.finditer(re.escape(word), masked):
            masked = blank(masked, match.start(), match.end())
    joining = (*CONNECTOR_WORDS, *ALTERNATIVE_WORDS)
    runs: list[list[tuple[int, int]]] = [[]]
    for word, start, end in tokenize(masked):
        subject = bool(word.strip()) and word not in NOT_SUBJECT
        if word in WHOLE_MARKS and runs[-1]:
            runs = [[]]  # 基本支出中的办公费: the words before name the whole the item is in
            continue
        if subject or (runs[-1] and word in joining):
            runs[-1].append((start, end))
        elif runs[-1]:
            runs.append([])
    for run in runs:
        while run and text[run[-1][0] : run[-1][1]] in joining:
            run.pop()
        said_how = all(end - start == 1 or text[start:end] in PREDICATE_WORDS for start, end in run)
        if run and not said_how and not names_no_item(text[run[0][0] : run[-1][1]]):
            return run[0][0], run[-1][1]
    return 0, 0


def names_no_item(words: str) -> bool:
    """Words made only of what every item's figures have (决算数, 年初预算, 执行率) name no item: 决算数
    是多少 asks another figure of the item before."""
    return not names_item(words.removesuffix("数"))


def item_of(text: str, index: Index) -> str:
    """The item of a question's rest ('' when it names none); a unit it still names, or a year it is
    compared with (比2017年), is not the item."""
    masked = without_units(text, index)
    for match in COMPARED_YEAR.finditer(masked):
        masked = blank(masked, match.start(), match.end())
    start, end = item_span(masked)
    return text[start:end]


def item_in_question(text: str, index: Index) -> str:
    """The item of a whole question, whatever units, years and kinds it names (普陀区财政局2024年决算和
    2025年预算三公经费比较 → 三公经费), as written in it."""
    masked = without_units(text, index)
    for pattern in (YEAR_WITH_TAIL, RELATIVE_PATTERN, SCOPE_PATTERN):
        for match in pattern.finditer(masked):
            masked = blank(masked, match.start(), match.end())
    start, end = item_span(masked)
    return text[start:end]


def without_units(text: str, index: Index) -> str:
    """The text with every unit name it holds blanked out, and a region no loaded unit lies in that it
    starts with (广东 of 广东2019年三公经费: a place, never the item)."""
    for span in name_spans(text, index):
        text = blank(text, span.start, span.end)
    if region := unknown_region(text, index):
        at = text.find(region)
        text = blank(text, at, at + len(region))
    return text

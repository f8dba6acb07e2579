"""Which loaded documents a comparison puts side by side: two units, two years, or 预算 and 决算.

The question is read left to right: a unit's name, a year or a kind (预算/决算) fills the current side;
naming a second one of the same sort opens the next side, which keeps what it does not name itself
(普陀区财政局2024年决算和2025年预算: one unit, two sides). A year after 比/和/与 (比2023年, 和去年比)
is the side compared against; 比上年 is the year before. Each side then becomes one document: a side
that fits several documents of one unit takes the one that lines up with the other side (same year
and kind), and a side that fits several units is asked about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.documents import (
    COMPARE_BEFORE_YEAR,
    MAX_SCAN_DOCUMENTS,
    YEAR_WORD,
    mentioned_unit,
    missing_unit,
    name_in_item,
    name_spans,
    names_an_item,
    unit_documents,
    units_above,
    year_is_item_name,
)
from bot.engine.entries import DocumentEntry, DocumentIndex
from bot.engine.index import Index
from bot.engine.lexicon import KIND_FALSE_FRIENDS, PREVIOUS_YEAR_WORDS
from bot.engine.question import AGAINST_PLAN, EVERY_YEAR, Question, without_terms
from knowledge.text import find_years

KIND_WORD = re.compile("(?<!总)预算|决算")
"""预算 or 决算 naming a document's kind; 总预算 is the whole budget of any document."""
CONNECTORS = re.compile("以及|对比|比较|相比|[和与跟同及比是、,，]")
WHICH_YEAR = re.compile("哪(?:一|1|个)?年")
"""哪年多, 哪一年最少 (哪1年 once numerals are digits): the years of one unit's documents are compared, none named."""


@dataclass
class Mention:
    """A unit, year or kind named in the question, where it was named."""

    start: int
    end: int
    said: str
    heads: list[DocumentEntry] = field(default_factory=list)
    year: int | None = None
    offset: int | None = None
    kind: str | None = None
    base: bool = False


@dataclass
class Side:
    """What the question says of one side; units that were carried over from the side before are soft."""

    heads: list[DocumentEntry] | None = None
    inherited: bool = False
    year: int | None = None
    offset: int | None = None
    kind: str | None = None
    kind_only: bool = False
    base: bool = False
    said: list[str] = field(default_factory=list)
    kind_inherited: bool = False


@dataclass
class Comparison:
    """The documents compared (one per side, in the order read), or why they could not be chosen."""

    heads: list[DocumentEntry] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)
    missing: str = ""
    focus: list[DocumentEntry] = field(default_factory=list)
    base_year: int | None = None
    fallback: bool = False
    unit_has: list[DocumentEntry] = field(default_factory=list)
    """The documents loaded of the unit a side that fits none names (省高院2018年 of 2019 only)."""


MIN_NAME_IN_MENTION = 3


def unit_mentions(text: str, index: Index) -> list[Mention]:
    """Every unit name in the text, longest first where names overlap (上海市财政局 over 财政局); not one
    inside an item its own documents print (人大 of 人大事务)."""
    return [
        Mention(span.start, span.end, text[span.start : span.end], heads=unit_documents(span.heads, index))
        for span in name_spans(text, index)
        if span.heads and not name_in_item(text, text[span.start : span.end], span.heads, index, span.start)
    ]


def year_mentions(question: Question, index: Index) -> list[Mention]:
    """Years the question names for documents (not those that begin an item's name), and 去年 as -1."""
    text = question.text
    mentions = []
    for found in find_years(text, 0):
        base = text[max(0, found.start - 1) : found.start] in COMPARE_BEFORE_YEAR
        said = YEAR_WORD.match(text, found.start)
        word = said.group(0) if said else str(found.year)
        if found.relative:
            if base:
                mentions.append(Mention(found.start, found.end, word, offset=found.year, base=True))
            continue
        if year_is_item_name(found.year, text, found.end, scanned(index)):
            continue
        mentions.append(Mention(found.start, found.end, word, year=found.year, base=base))
    return mentions


def scanned(index: Index) -> list[DocumentIndex]:
    """The documents whose item names are looked through for a year (all of them, when few are loaded)."""
    return [index.document(head) for head in index.heads] if len(index.heads) <= MAX_SCAN_DOCUMENTS else []


FINAL_CONTAINS = re.compile(r"决算(?:表)?(?:里面?|中|当中|之中)")
"""决算里, 决算表中: the 决算 named as where the item is; a 预算 said after it is that document's budget side."""
BUDGET_SIDE = re.compile(r"(?<![和与跟比同及、])预算(?!表?(?:里|中))")
"""预算 as a 决算's budget side, not a 预算 document set against it (决算里和预算里, 比预算表中)."""


def kind_mentions(text: str) -> list[Mention]:
    """预算 and 决算 where they name a document's kind (not inside 一般公共预算, 年初预算 …)."""
    hidden = text
    for friend in KIND_FALSE_FRIENDS:
        hidden = hidden.replace(friend, "＿" * len(friend))
    if "决算" in text:  # 决算比预算, 预算数和决算数: a 决算 against its own budget, one document
        hidden = AGAINST_PLAN.sub(lambda found: "＿" * len(found.group(0)), hidden)
    if inside := FINAL_CONTAINS.search(hidden):  # 决算里差旅费预算多少: that 决算's budget side
        hidden = hidden[: inside.end()] + BUDGET_SIDE.sub("＿＿", hidden[inside.end() :])
    return [Mention(m.start(), m.end(), m.group(0), kind=m.group(0)) for m in KIND_WORD.finditer(hidden)]


def mentions_to_sides(mentions: list[Mention]) -> list[Side]:
    """Read the mentions left to right; naming a second unit, year or kind opens the next side."""
    sides = [Side()]
    for mention in sorted(mentions, key=lambda m: m.start):
        side = sides[-1]
        if mention.heads:
            if side.heads is None or side.inherited:
                side.heads, side.inherited = mention.heads, False
            elif set(mention.heads) <= set(side.heads) or set(side.heads) <= set(mention.heads):
                side.heads = min(side.heads, mention.heads, key=len)
            else:
                sides.append(Side(heads=mention.heads))
        elif mention.kind:
            if side.kind is None or side.kind_inherited:
                side.kind, side.kind_inherited = mention.kind, False
            elif side.kind != mention.kind:
                sides.append(Side(side.heads, True, side.year, side.offset, mention.kind, kind_only=True))
        else:
            opens = mention.base or (side.year is not None and side.year != mention.year)
            if opens or side.offset is not None:
                kind = side.kind if mention.base else None  # 25年预算比24年: 24年 is a 预算 too
                sides.append(Side(side.heads, True, kind=kind, base=mention.base, kind_inherited=bool(kind)))
            sides[-1].year, sides[-1].offset = mention.year, mention.offset
            if not mention.base:
                sides[-1].kind_only = False
        sides[-1].said.append(mention.said)
    for earlier, later in zip(sides, sides[1:], strict=False):
        if earlier.heads is None and later.heads is not None:
            earlier.heads, earlier.inherited = later.heads, True
    return sides


def read_comparison(question: Question, index: Index) -> Comparison | None:
    """The documents a comparing question sets side by side; None when it compares nothing."""
    text = question.text
    units = unit_mentions(text, index)
    if not units and (missing := unknown_unit(question, index)) is not None:
        return missing
    sides = mentions_to_sides(units + year_mentions(question, index) + kind_mentions(text))
    if all(side.heads is None for side in sides) and len({head.unit for head in index.heads}) > 1:
        return (
            None  # years compared of no unit named, several loaded: documents are chosen as for any question
        )
    if len(sides) == 1 and any(word in without_terms(text) for word in PREVIOUS_YEAR_WORDS):
        sides.append(Side(sides[0].heads, True, offset=-1, base=True, kind=sides[0].kind))
    if len(sides) == 1 and (WHICH_YEAR.search(text) or EVERY_YEAR.search(text)) and sides[0].year is None:
        sides = each_year(sides[0])
    if len(sides) < 2:
        return unknown_unit(question, index) if question.has("compare") else None
    return resolve_sides(sides, question, index)


def each_year(side: Side) -> list[Side]:
    """省人大三公经费哪年多, 历年三公经费: one side per year the unit's documents are of, the latest first."""
    years = sorted({head.year for head in side.heads or []}, reverse=True)
    return [Side(side.heads, year=year, kind=side.kind, said=side.said) for year in years]


def unknown_unit(question: Question, index: Index) -> Comparison | None:
    """人社局和教育局比较 with no 教育局 loaded, 北京市财政局较去年增加多少: the unit not loaded is said,
    not silently left out nor replaced by a loaded one. A phrase holding a loaded unit's name inside an
    item its documents print (新建万里街道, a project of 万里街道) is that item, no other unit; nor is a
    phrase that names a loaded unit in full (江苏省人大常委会办公厅2017年基本支出). Around a loaded unit's
    name, the words before and after it are read apart (人社局三公经费比福利院多多少: 人社局, not loaded)."""
    for part in (piece for said in CONNECTORS.split(question.text) for piece in around_names(said, index)):
        fitting, mention = mentioned_unit(part, index.heads)
        if (
            mention
            and not fitting
            and not units_above(mention, index)
            and not names_an_item(mention, index)
            and not any(
                name_in_item(part, name, index.names[name], index)
                for name in index.names
                if len(name) >= MIN_NAME_IN_MENTION and name in mention
            )
        ):
            return Comparison(said=[mention], missing=missing_unit(mention))
    return None


def around_names(text: str, index: Index) -> list[str]:
    """The text cut at each loaded unit's name it holds, without the names."""
    pieces, start = [], 0
    for span in name_spans(text, index):
        if span.heads:
            pieces.append(text[start : span.start])
            start = span.end
    return [*pieces, text[start:]]


def candidates(side: Side, heads: list[DocumentEntry]) -> list[DocumentEntry]:
    found = side.heads if side.heads is not None else heads
    if side.year is not None:
        found = [head for head in found if head.year == side.year]
    if side.kind is not None:
        found = [head for head in found if head.kind == side.kind]
    return found


def aligned(options: list[DocumentEntry], chosen: list[DocumentEntry]) -> DocumentEntry:
    """Of one unit's documents, the one that lines up with those already chosen; else the latest."""

    def fit(head: DocumentEntry) -> tuple[bool, bool, bool, int]:
        same_year = any(other.year == head.year for other in chosen)
        same_kind = any(other.kind == head.kind for other in chosen)
        return (same_year and same_kind, same_kind, same_year, head.year)

    return max(options, key=fit)


def choose_each(options: list[list[DocumentEntry]]) -> list[DocumentEntry]:
    """One document per side, the surest sides first, each lined up with those chosen before it."""
    chosen: dict[int, DocumentEntry] = {}
    for position in sorted(range(len(options)), key=lambda i: len(options[i])):
        taken = list(chosen.values())
        rest = [head for head in options[position] if head not in taken] or options[position]
        chosen[position] = aligned(rest, taken)
    return [chosen[position] for position in range(len(options))]


def resolve_sides(sides: list[Side], question: Question, index: Index) -> Comparison | None:
    """One document per side, or the units to choose between, or what is not loaded."""
    said = [word for side in sides for word in side.said]
    heads = index.heads
    fixed = [side for side in sides if side.offset is None]
    options = [candidates(side, heads) for side in fixed]
    empty = [side for side, found in zip(fixed, options, strict=True) if not found]
    if any(side.kind_only and not side.base for side in empty):
        kept = [side for side in sides if not (side in empty and side.kind_only)]
        return resolve_sides(kept, question, index) if len(kept) >= 2 else None
    if budget_within_final(fixed, empty):
        return None
    if all(side.heads is None for side in fixed):
        return pair_by_unit(sides, options, question, said, heads)
    if empty:
        return missing_side(empty[0], options, said)
    options = units_with_every_side(fixed, options)
    for side, found in zip(fixed, options, strict=True):
        units = list(dict.fromkeys(head.unit for head in found))
        if len(units) > 1:
            word = next((w for w in side.said if all(w in head.names for head in found)), "")
            choices = [
                (unit, question.text.replace(word, unit, 1) if word else unit + question.text)
                for unit in units
            ]
            return Comparison(said=said, choices=choices)
    return with_relative_sides(sides, choose_each(options), heads, said)


def units_with_every_side(fixed: list[Side], options: list[list[DocumentEntry]]) -> list[list[DocumentEntry]]:
    """财政局2025年预算比2024年决算 with two 财政局 loaded, only one holding both: one name read for
    every side means one unit, so only the units with a document for every side are kept."""
    if len(fixed) < 2 or any(side.heads != fixed[0].heads for side in fixed):
        return options
    common = set.intersection(*({head.unit for head in found} for found in options))
    if not common:
        return options
    return [[head for head in found if head.unit in common] for found in options]


def budget_within_final(fixed: list[Side], empty: list[Side]) -> bool:
    """2024年预算多少、决算多少 where only that year's 决算 is loaded: the 决算 prints its own budget
    (预算数), so one document answers both sides."""
    return (
        len(fixed) == 2
        and any(side.kind_only for side in fixed)
        and [side.kind for side in empty] == ["预算"]
        and any(side.kind == "决算" and side not in empty for side in fixed)
    )


def pair_by_unit(
    sides: list[Side],
    options: list[list[DocumentEntry]],
    question: Question,
    said: list[str],
    heads: list[DocumentEntry],
) -> Comparison | None:
    """No unit named: the units with a document for every side; one is compared, several asked about."""
    found: list[Comparison] = []
    per_side = [by_unit(side) for side in options]
    every = by_unit(heads)
    for unit in per_side[0] if per_side else {}:
        mine = [side.get(unit, []) for side in per_side]
        if all(mine):
            result = with_relative_sides(sides, choose_each(mine), every[unit], said)
            if result is not None and result.heads:
                found.append(result)
    if len(found) == 1:
        return found[0]
    if found:
        return Comparison(
            said=said, choices=[(c.heads[0].unit_name, c.heads[0].unit_name + question.text) for c in found]
        )
    base = next((side for side in sides if side.base), None)
    if base is None:
        return Comparison(said=said, missing="同一单位在所问各年度、类型的文档")
    year = base.year or (max(head.year for head in options[0]) + (base.offset or 0) if options[0] else 0)
    focus = [head for head in options[0] if head.year == year + 1]
    loaded = any(head.year == year for head in heads)
    missing = f"同一单位{year}年和其他年度的文档" if loaded else f"{year}年的文档"
    return Comparison(said=said, missing=missing, focus=focus, base_year=year, fallback=True)


def by_unit(heads: list[DocumentEntry]) -> dict[str, list[DocumentEntry]]:
    """Documents grouped by unit, in order (so a thousand units are paired in one pass)."""
    groups: dict[str, list[DocumentEntry]] = {}
    for head in heads:
        groups.setdefault(head.unit, []).append(head)
    return groups


def with_relative_sides(
    sides: list[Side], chosen: list[DocumentEntry], heads: list[DocumentEntry], said: list[str]
) -> Comparison | None:
    """Add the sides named relative to the first (去年, 比上年): the same unit, that many years before,
    and of the kind the question names (今年预算比去年: last year's 预算, not its 决算)."""
    result = list(chosen)
    kind = next((side.kind for side in sides if side.kind), None)
    for side in sides:
        if side.offset is None:
            continue
        focus = chosen[0]
        year = focus.year + side.offset
        same_unit = [h for h in heads if h.unit == focus.unit and h.year == year and kind in (None, h.kind)]
        if not same_unit:
            files = [
                h for h in heads if h.unit == focus.unit and (h.year, h.kind) == (focus.year, focus.kind)
            ]
            return Comparison(
                said=said,
                missing=f"{focus.unit_name}{year}年{kind or ''}的文档",
                focus=files or [focus],
                base_year=year,
                fallback=True,
            )
        result.append(aligned(same_unit, [focus]))
    if len(set(result)) < 2:
        return None
    return Comparison(heads=result, said=said)


def missing_side(side: Side, options: list[list[DocumentEntry]], said: list[str]) -> Comparison:
    """A side that fits no loaded document: say which; when it is the year compared against, the rest
    still answers from its narrative (比上年)."""
    year = f"{side.year}年" if side.year else ""
    unit = side.heads[0].unit_name if side.heads else ""
    focus = [head for found in options for head in found]
    if side.base and side.year is not None:
        focus = [head for head in focus if head.year == side.year + 1] or focus
    return Comparison(
        said=said,
        missing=f"{unit}{year}{side.kind or ''}的文档",
        focus=focus,
        base_year=side.year if side.base else None,
        fallback=side.base,
        unit_has=list(side.heads or ()),
    )

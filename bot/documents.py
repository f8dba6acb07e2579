"""Which loaded documents a question is about: the unit, year and kind it names, or all of them.

A unit is found by its full name or a short name (人社局), else by a phrase that looks like a unit's
name (…局, …街道) compared by region and core name; a unit, year or kind that is not loaded is
reported, never replaced by another document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.index import DocumentEntry, DocumentIndex, Index
from bot.lexicon import FLUFF_WORDS, GLOSSARY_PREFIXES, UNIT_SUFFIXES
from bot.normalize import compact, find_years
from bot.question import Question
from knowledge.units import shorten, split_regions

LEADING_FLUFF = "|".join(
    sorted(
        (re.escape(word) for word in (*FLUFF_WORDS, *GLOSSARY_PREFIXES) if len(word) >= 2),
        key=len,
        reverse=True,
    )
)
UNIT_MENTION = re.compile(
    rf"^(?:(?:{LEADING_FLUFF})\s*)*(?:(?:19|20)\d{{2}}\s*年度?\s*)?"
    rf"([\u4e00-\u9fff]{{2,18}}?(?:{'|'.join(UNIT_SUFFIXES)}))(?!费|经费|资金|补助)"
)
YEAR_WORD = re.compile(r"\S+?(?:年度|年|$)|\S+")
CARRIED_OVER_AFTER_YEAR = ("结转", "结余", "剩")
COMPARE_BEFORE_YEAR = ("比", "较", "与", "同", "和", "跟")
MIN_UNIT_SIMILARITY = 80.0
MAX_SCAN_DOCUMENTS = 12  # more loaded documents than this: ask which before reading their records


@dataclass
class Selection:
    """The documents a question is about, the words that named them, and what was asked but not loaded."""

    heads: list[DocumentEntry]
    named: list[str] = field(default_factory=list)
    unit_named: bool = False
    item_years: frozenset[int] = frozenset()
    missing: str = ""


def named_units(text: str, heads: list[DocumentEntry]) -> tuple[list[DocumentEntry], str]:
    """Documents whose unit the text names in full or by a short name; the longest name wins."""
    best: list[DocumentEntry] = []
    best_name = ""
    for head in heads:
        for name in head.names:
            if name in text and len(name) >= len(best_name):
                if len(name) > len(best_name):
                    best = []
                best_name = name
                best.append(head)
                break
    return best, best_name


def unit_similarity(mention: str, head: DocumentEntry) -> float:
    """How well a phrase such as 规划资源局 names a unit: its regions must be the unit's, its core alike."""
    regions, core = split_regions(mention)
    if any(region not in head.regions for region in regions):
        return 0.0
    cores = {compact(head.core), compact(shorten(head.core))}
    said = {compact(core), compact(shorten(core))}
    return max(fuzz.ratio(a, b) for a in said for b in cores if a and b)


def mentioned_unit(text: str, heads: list[DocumentEntry]) -> tuple[list[DocumentEntry], str]:
    """A phrase that looks like a unit's name, and the loaded documents it fits (possibly none)."""
    match = UNIT_MENTION.match(text)
    if not match:
        return [], ""
    mention = match.group(1)
    scored = [(unit_similarity(mention, head), head) for head in heads]
    top = max((score for score, _head in scored), default=0.0)
    if top < MIN_UNIT_SIMILARITY:
        return [], mention
    return [head for score, head in scored if score >= top - 1.0], mention


def year_is_item_name(year: int, text: str, end: int, documents: list[DocumentIndex]) -> bool:
    """2023年中央财政就业补助资金 names a project; 2019年的项目支出 names a year."""
    following = compact(text[end:])[:3]
    if not following.startswith("年") or len(following) < 3:
        return False
    prefix = f"{year}{following}"
    return any(prefix in row.key.text for document in documents for row in document.rows) or any(
        prefix in target.key.text for document in documents for target in document.targets
    )


def select_documents(question: Question, index: Index, max_scan: int) -> Selection:
    """Given a question, return the documents it is about (or what it named that is not loaded)."""
    text = question.text
    heads, name = named_units(text, index.heads)
    selection = Selection(
        heads=heads or list(index.heads), named=[name] if name else [], unit_named=bool(heads)
    )
    if not heads:
        fitting, mention = mentioned_unit(text, index.heads)
        if mention and not fitting:
            return Selection(heads=[], named=[mention], missing=f"单位“{mention}”")
        if fitting:
            selection = Selection(heads=fitting, named=[mention], unit_named=True)
    return select_by_year_and_kind(question, index, selection, max_scan)


def with_scope_named(text: str, heads: list[DocumentEntry]) -> list[DocumentEntry]:
    """A question naming 部门预算 or 单位预算 keeps the documents of that scope, when some have it (a
    unit's 部门预算 and 单位预算 of one year are two documents)."""
    said = compact(text)
    scoped = [head for head in heads if head.scope and f"{head.scope}{head.kind}" in said]
    return scoped or heads


def select_by_year_and_kind(
    question: Question, index: Index, selection: Selection, max_scan: int
) -> Selection:
    heads = selection.heads
    loaded_years = {head.year for head in heads}
    document_year = max(loaded_years) if loaded_years else None
    wanted: set[int] = set()
    item_years: set[int] = set()
    scan = [index.document(head) for head in heads] if len(heads) <= max_scan else []
    for mention in find_years(question.text, document_year):
        if mention.relative and (
            question.text[max(0, mention.start - 1) : mention.start] in COMPARE_BEFORE_YEAR
            or question.text[mention.end :].startswith(CARRIED_OVER_AFTER_YEAR)
        ):
            continue
        if not mention.relative and year_is_item_name(mention.year, question.text, mention.end, scan):
            item_years.add(mention.year)
        elif mention.year in loaded_years:
            wanted.add(mention.year)
            named = YEAR_WORD.match(question.text, mention.start)
            selection.named.append(named.group(0) if named else f"{mention.year}年")
        else:
            return Selection(heads=[], named=selection.named, missing=f"{mention.year}年的文档")
    if wanted:
        heads = [head for head in heads if head.year in wanted]
    if question.kind:
        heads = [head for head in heads if head.kind == question.kind]
        if not heads:
            return Selection(heads=[], named=selection.named, missing=f"{question.kind}文档")
        selection.named.append(question.kind)
    elif question.prefers_budget and any(head.kind == "预算" for head in heads):
        heads = [head for head in heads if head.kind == "预算"]
    selection.heads = with_scope_named(question.text, heads)
    selection.item_years = frozenset(item_years)
    return selection

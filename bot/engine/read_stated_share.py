"""A share of two figures the narrative states when no table holds the pair (人员经费占基本支出: the
情况说明 says 基本支出预算21968万元，其中：人员经费18387.95万元): the part's figure and its whole's,
each quoted with its clause, for the share to be computed from.
"""

from __future__ import annotations

from decimal import Decimal

from bot.engine.entries import DocumentIndex, StatedEntry
from bot.engine.lexicon import OTHER_COLUMN_WORDS
from bot.engine.question import subject_variants
from bot.engine.scoring import Query, Scorer, stated_score
from bot.engine.similarity import opposite_direction
from knowledge.money import AMOUNT_UNITS

PART_SCORE = 80.0
"""The part's stated figure names the part asked at least this closely (the whole only as closely as any
answer's item, min_score: the answer names the whole it divides by)."""
WHOLE_MARGIN = 15.0
"""A whole stated beside its part (the same paragraph) wins over a slightly closer name elsewhere: the
part is a part of the whole its own paragraph gives (财政拨款基本支出, not 基本支出 of all funds)."""

TIE_MARGIN = 1.0
"""Figures this close in name with different amounts (涉及项目金额 1384.20 and 82.06 in one paragraph):
which is meant is not known, so no share is computed."""


def stated_pair(
    query: Query, document: DocumentIndex, part: str, whole: str
) -> tuple[StatedEntry, StatedEntry] | None:
    """(the part's stated amount, the whole's) when the narrative states both, the whole at least as
    large; None when either is not stated closely enough."""
    if not part or not whole:
        return None
    tops = stated_amounts(query, document, part)
    if not tops or tops[0][0] < PART_SCORE or len(tied(tops)) > 1:
        return None
    top = tops[0][1]
    bottoms = [
        (score, figure)
        for score, figure in stated_amounts(query, document, whole)
        if figure is not top
        and in_yuan(figure) >= in_yuan(top)
        and in_yuan(figure) > 0
        and columns_named(figure, document) == columns_named(top, document)
    ]
    if not bottoms:
        return None
    best_score = bottoms[0][0]
    beside = [
        (score, figure)
        for score, figure in bottoms
        if figure.section == top.section and score >= best_score - WHOLE_MARGIN
    ]
    fitting = beside or bottoms
    return (top, fitting[0][1]) if len(tied(fitting)) == 1 else None


def stated_side(
    query: Query, document: DocumentIndex, said: str, table_amount: Decimal, is_whole: bool
) -> StatedEntry | None:
    """The other side of a share one side of which a table prints (差旅费) and the other only the narrative
    states (公用经费1642.08万元): the stated figure naming `said` closely and alone, a whole at least as large
    as the table's part (`table_amount`, in 元) or a part at most its whole; None otherwise."""
    found = stated_amounts(query, document, said) if said else []
    if not found or found[0][0] < PART_SCORE or len(tied(found)) > 1:
        return None
    figure = found[0][1]
    fits = in_yuan(figure) >= table_amount if is_whole else in_yuan(figure) <= table_amount
    return figure if fits and in_yuan(figure) > 0 else None


def columns_named(figure: StatedEntry, document: DocumentIndex) -> set[str]:
    """The columns other than the document's own that a stated figure says it is of (年初预算 in a 决算):
    a part and its whole are of one column, never a 决算 over a 年初预算."""
    return {word for word in OTHER_COLUMN_WORDS.get(document.head.kind, ()) if word in figure.subject}


def tied(found: list[tuple[float, StatedEntry]]) -> set[Decimal]:
    """The amounts of the figures that fit as well as the first (in 元)."""
    return {in_yuan(figure) for score, figure in found if score >= found[0][0] - TIE_MARGIN}


def stated_amounts(query: Query, document: DocumentIndex, subject: str) -> list[tuple[float, StatedEntry]]:
    """The stated amounts that name `subject` as closely as an answer's item must, closest first (never
    one of the other direction: a 收入 for the 支出 asked)."""
    score = Scorer(subject_variants(subject), query.selection.item_years)
    found = [
        (stated_score(score, figure), figure)
        for figure in document.stated
        if figure.kind == "amount"
        and figure.unit in AMOUNT_UNITS
        and not opposite_direction(subject, figure.subject)
    ]
    return sorted(
        [(value, figure) for value, figure in found if value >= query.settings.min_score],
        key=lambda pair: -pair[0],
    )


def in_yuan(figure: StatedEntry) -> Decimal:
    return figure.value * AMOUNT_UNITS[figure.unit]

"""Documents set side by side: each one's own answer to the amount asked (a concept read where the
tables blur it), the later of one unit's documents first, and the change its narrative states.
"""

from __future__ import annotations

from dataclasses import replace

from bot.engine.entries import DocumentEntry, DocumentIndex
from bot.engine.lexicon import BARE_TOTALS
from bot.engine.read_amounts import read_amount, year_figure
from bot.engine.read_changes import stated_change
from bot.engine.read_concepts import concept_in_its_table, read_concept_reading
from bot.engine.reading import DocumentReading, ReadingKind
from bot.engine.scoring import Query, amount_matches, sort_matches
from knowledge.money import AMOUNT_UNITS, same_amount


def headline_part(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """The amount reading a document's own answer would give, for setting documents side by side."""
    if (part := read_concept_reading(query, document)) is not None:
        return part
    matches = sort_matches(amount_matches(document, query.scorer, query.question, query.columns))
    if not matches or matches[0].score < query.settings.min_score:
        return None
    part = read_amount(query, document, matches)
    if part is None:
        return None
    part = concept_in_its_table(query, document, part)  # 三公经费规模: never the 合计 with 会议费
    return of_the_year(part) if query.subject in BARE_TOTALS else part


def of_the_year(part: DocumentReading) -> DocumentReading:
    """支出 (or 收入) of a document set beside another: what it spent in the year, its 本年支出合计, not the
    总计 that adds the 年末结转和结余 (a 决算's 收支总表), so a 决算 compares with a 预算's 支出总计."""
    figure = part.figures[0] if part.figures else None
    of_year = year_figure(figure) if figure is not None else None
    return replace(part, figures=(of_year,)) if of_year is not None and of_year is not figure else part


def compared_parts(
    query: Query, kind: ReadingKind
) -> tuple[list[DocumentReading], tuple[DocumentEntry, ...]]:
    """Each document's reading, and the documents that hold nothing that fits."""
    found = [(document, headline_part(query, document)) for document in query.documents]
    parts = [part for _document, part in found if part is not None]
    lacking = tuple(document.head for document, part in found if part is None)
    return (later_first(parts) if kind == ReadingKind.COMPARE else parts), lacking


def later_first(parts: list[DocumentReading]) -> list[DocumentReading]:
    """One unit over time: the later document first (2025年预算 against 2024年决算; 决算 against 预算)."""
    if len({part.document.head.unit for part in parts}) != 1:
        return parts
    return sorted(parts, key=lambda p: (p.document.head.year, p.document.head.kind == "决算"), reverse=True)


def stated_change_beside(query: Query, parts: list[DocumentReading]) -> DocumentReading | None:
    """One unit, two consecutive years: the later narrative's stated change, to show beside the tables."""
    if len(parts) != 2:
        return None
    later, earlier = (part.document.head for part in parts)
    if later.unit != earlier.unit or later.year - 1 != earlier.year:
        return None
    return stated_change(query, parts[0].document) or total_change_stated(parts[0])


def total_change_stated(part: DocumentReading) -> DocumentReading | None:
    """支出总计 where the narrative states the change only of money that is all of it (财政拨款支出
    3,121.42万元, 比2024年预算增加107.62万元, the whole 支出总计): that change, stated beside its level."""
    figure = part.figures[0] if part.figures else None
    if figure is None or figure.cell is None or figure.cell.value is None:
        return None
    if not figure.row.is_total:
        return None
    side = figure.row.side
    document = part.document
    for change in document.stated:
        if change.kind != "change" or change.unit not in AMOUNT_UNITS or side not in change.subject:
            continue
        levels = document.stated_by_sentence.get(change.sentence, ())
        if any(
            level.kind == "amount"
            and level.subject.startswith(change.subject)
            and same_amount(level.value, level.unit, figure.cell.value, figure.row.table.unit)
            for level in levels
        ):
            return DocumentReading(ReadingKind.CHANGE, document, stated=(change,))
    return None

"""Rules between the narrative and the tables: stated amounts, percentages, facts stated twice.

The narrative's figures come from the loader as StatedFigure records (subject, kind, value, unit, the
sentence). A figure is checked only when its subject names a table figure without doubt: a declared
phrase, a row label, or a project name; the rest are left unchecked rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from rapidfuzz import fuzz, process

from knowledge.audit import (
    Finding,
    NotRun,
    Source,
    cell_source,
    decimal_places,
    file_name,
    leaf,
    plain,
    rule,
    sorted_rows,
    tables_of,
    valued,
)
from knowledge.audit.rules_cross import three_public_item, three_public_items
from knowledge.audit.rules_tables import is_total_row
from knowledge.models import BudgetTable, Disclosure, StatedFigure, TableRow
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import PROJECT_KINDS, THREE_PUBLIC_KINDS, TableKind


@dataclass(frozen=True)
class Place:
    """Where a concept is printed: tables of these kinds, the row so labelled, the column so named."""

    kinds: tuple[TableKind, ...]
    row: str
    column: str | None = None


TOTAL = "合计"
CONCEPTS: dict[str, tuple[Place, ...]] = {
    "收入总计": (Place((TableKind.SUMMARY,), "收入总计"),),
    "本年收入合计": (
        Place((TableKind.SUMMARY, TableKind.FISCAL_SUMMARY), "本年收入合计"),
        Place((TableKind.INCOME,), TOTAL, "合计"),
    ),
    "上年结转": (
        Place((TableKind.SUMMARY,), "上年结转"),
        Place((TableKind.FISCAL_SUMMARY,), "上年财政拨款结转"),
        Place((TableKind.INCOME,), TOTAL, "上年结转"),
    ),
    "支出总计": (Place((TableKind.SUMMARY,), "支出总计"), Place((TableKind.SPENDING,), TOTAL, "合计")),
    "本年预算安排": (Place((TableKind.SUMMARY,), "本年支出合计", "当年预算安排"),),
    "基本支出": (Place((TableKind.SPENDING, TableKind.GENERAL_SPENDING), TOTAL, "基本支出"),),
    "项目支出": (Place((TableKind.SPENDING, TableKind.GENERAL_SPENDING), TOTAL, "项目支出"),),
    "一般公共预算基本支出": (
        Place((TableKind.GENERAL_SPENDING,), TOTAL, "基本支出"),
        Place((TableKind.BASIC_ECONOMIC,), TOTAL, "合计"),
    ),
    "人员经费": (
        Place((TableKind.BASIC_ECONOMIC,), TOTAL, "人员经费"),
        Place((TableKind.BASIC_ECONOMIC,), "人员经费合计"),
    ),
    "公用经费": (
        Place((TableKind.BASIC_ECONOMIC,), TOTAL, "公用经费"),
        Place((TableKind.BASIC_ECONOMIC,), "公用经费合计"),
    ),
    "一般公共预算当年支出": (Place((TableKind.GENERAL_SPENDING,), TOTAL, "合计"),),
    "一般公共预算收入": (Place((TableKind.SUMMARY, TableKind.FISCAL_SUMMARY), "一般公共预算"),),
    "政府性基金收入": (Place((TableKind.SUMMARY, TableKind.FISCAL_SUMMARY), "政府性基金预算"),),
    "国有资本经营收入": (Place((TableKind.SUMMARY, TableKind.FISCAL_SUMMARY), "国有资本经营预算"),),
    "财政拨款收支总计": (Place((TableKind.FISCAL_SUMMARY,), "收入总计"),),
    "三公经费": (Place(THREE_PUBLIC_KINDS, TOTAL, "合计"),),
    "机关运行经费": (Place((TableKind.RUNNING_COSTS,), "部门合计"), Place((TableKind.RUNNING_COSTS,), TOTAL)),
}
PHRASES: dict[str, str] = {
    "收入总计": "收入总计",
    "预算收入总计": "收入总计",
    "预算收入": "收入总计",
    "收入预算": "收入总计",
    "本年收入": "本年收入合计",
    "本年收入合计": "本年收入合计",
    "当年拨款收入": "本年收入合计",
    "上年结转": "上年结转",
    "上年结转收入": "上年结转",
    "支出总计": "支出总计",
    "支出预算": "支出总计",
    "预算支出": "支出总计",
    "本年单位预算支出总计": "支出总计",
    "本年预算安排": "本年预算安排",
    "基本支出": "基本支出",
    "项目支出": "项目支出",
    "一般公共预算安排基本支出": "一般公共预算基本支出",
    "一般公共预算基本支出": "一般公共预算基本支出",
    "人员经费": "人员经费",
    "公用经费": "公用经费",
    "一般公共预算当年支出": "一般公共预算当年支出",
    "一般公共预算拨款收入": "一般公共预算收入",
    "政府性基金预算拨款收入": "政府性基金收入",
    "国有资本经营预算拨款收入": "国有资本经营收入",
    "财政拨款收支总预算": "财政拨款收支总计",
    "财政拨款安排的三公经费预算": "三公经费",
    "三公经费": "三公经费",
    "机关运行经费": "机关运行经费",
    "机关运行经费财政拨款预算": "机关运行经费",
}
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
PROJECT_NAME_SCORE = 95


def bare(text: str) -> str:
    """A subject or row label without numbering, quotes, spaces or a leading year."""
    return LEADING_YEAR.sub("", plain(text))


def cell_or_zero(
    disclosure: Disclosure, table: BudgetTable, row: TableRow, column: str | None
) -> list[Source]:
    """The row's figure in `column` (its first figure when None); an empty cell reads as 0."""
    cells = valued(row)
    if column is not None:
        cells = [cell for cell in row.figures if plain(leaf(cell.column)) == column]
    if not cells:
        empty = column is None or any(plain(leaf(c.column)) == column for c in row.figures)
        source = cell_source(disclosure, table, row, None)
        return [replace(source, column=column or "", value=Decimal(0))] if empty else []
    return [cell_source(disclosure, table, row, cell) for cell in cells[:1]]


def concept_sources(disclosure: Disclosure, concept: str) -> list[Source]:
    found: list[Source] = []
    for place in CONCEPTS[concept]:
        for table in tables_of(disclosure, *place.kinds):
            for row in sorted_rows(table):
                label = bare(row.label)
                if (place.row == TOTAL and is_total_row(row)) or label == place.row:
                    found += cell_or_zero(disclosure, table, row, place.column)
                    if place.row == TOTAL:
                        break
    return found


def row_sources(disclosure: Disclosure, subject: str) -> list[Source]:
    """Every figure of the rows labelled exactly as the subject, or of the one project named so."""
    found: list[Source] = []
    for table in disclosure.tables:
        for row in sorted_rows(table):
            if bare(row.label) == subject:
                found += [cell_source(disclosure, table, row, cell) for cell in valued(row)]
                found += [] if valued(row) else cell_or_zero(disclosure, table, row, None)
    if found:
        return found
    projects = {
        id(row): (table, row) for table in tables_of(disclosure, *PROJECT_KINDS) for row in table.rows
    }
    names = {key: bare(row.label) for key, (_table, row) in projects.items()}
    best = process.extractOne(subject, names, scorer=fuzz.ratio, score_cutoff=PROJECT_NAME_SCORE)
    if best is None:
        return []
    table, row = projects[best[2]]
    return cell_or_zero(disclosure, table, row, None)


def three_public_sources(disclosure: Disclosure, subject: str) -> list[Source]:
    """A 三公 item the narrative names, as its 三公 table prints it (not the economic table's row)."""
    item = three_public_item([subject])
    if item is None or (disclosure.kind == "决算" and "预算" in subject):
        return []
    tables = tables_of(disclosure, *THREE_PUBLIC_KINDS)
    return [items[item] for table in tables if item in (items := three_public_items(disclosure, table))]


def table_sources_for(disclosure: Disclosure, figure: StatedFigure) -> list[Source]:
    subject = bare(figure.subject)
    if three_public := three_public_sources(disclosure, subject):
        return three_public
    if subject in PHRASES:
        return concept_sources(disclosure, PHRASES[subject])
    return row_sources(disclosure, subject) if subject else []


def excerpt(figure: StatedFigure, before: int = 30, after: int = 12) -> str:
    """The part of a long sentence around the figure: …2024年脱贫劳动务工…稳岗补助41.03元合计…"""
    start = figure.sentence.find(figure.raw)
    if start < 0 or len(figure.sentence) <= before + after + len(figure.raw):
        return figure.sentence
    left = max(0, start - before)
    right = min(len(figure.sentence), start + len(figure.raw) + after)
    return ("…" if left else "") + figure.sentence[left:right] + ("…" if right < len(figure.sentence) else "")


def stated_source(disclosure: Disclosure, figure: StatedFigure) -> Source:
    passage = figure.passage
    return Source(
        document=disclosure.label,
        table=passage.section if passage else "",
        row=figure.subject,
        sentence=excerpt(figure),
        value=figure.value,
        unit=figure.unit,
        line=passage.line if passage else None,
        page=passage.page if passage else None,
        file=file_name(disclosure, passage),
    )


def agrees(figure: StatedFigure, source: Source) -> bool:
    """Equal once both are in 元, allowing half a unit of the less precise of the two."""
    assert source.value is not None
    stated_factor = AMOUNT_UNITS[figure.unit]
    table_factor = AMOUNT_UNITS.get(source.unit, Decimal(1))
    half = max(
        stated_factor * Decimal(5) / Decimal(10) ** (decimal_places(figure.value) + 1),
        table_factor * Decimal(5) / Decimal(10) ** (decimal_places(source.value) + 1),
    )
    return abs(figure.value * stated_factor - source.value * table_factor) <= half


def ordered_figures(disclosure: Disclosure) -> list[StatedFigure]:
    """The narrative's figures in reading order (passage, then order of statement)."""
    indexed = list(enumerate(disclosure.stated_figures))
    indexed.sort(
        key=lambda pair: (pair[1].passage.position if pair[1].passage else 0, pair[1].id or 0, pair[0])
    )
    return [figure for _index, figure in indexed]


@rule("S01", "error", "说明与表格：说明中的每个金额与表中对应的数一致（能确定对应关系的才核对）")
def stated_amounts_match_tables(disclosure: Disclosure) -> list[Finding]:
    amounts = [f for f in ordered_figures(disclosure) if f.kind == "amount" and f.unit in AMOUNT_UNITS]
    if not amounts:
        raise NotRun("说明中没有金额")
    findings = []
    checked = 0
    for figure in amounts:
        sources = [s for s in table_sources_for(disclosure, figure) if s.value is not None]
        if not sources:
            continue
        checked += 1
        if any(agrees(figure, source) for source in sources):
            continue
        table_side = sources[0]
        assert table_side.value is not None
        unit_slip = figure.value == table_side.value and figure.unit != table_side.unit
        note = "（数字相同而单位不同，单位可能写错）" if unit_slip else ""
        message = f"说明中「{figure.subject}」为 {figure.raw}，{table_side.table} 为 {table_side.value} {table_side.unit}{note}"
        difference = figure.value * AMOUNT_UNITS[figure.unit] / AMOUNT_UNITS.get(table_side.unit, Decimal(1))
        findings.append(
            Finding(
                "S01",
                "error",
                message,
                (stated_source(disclosure, figure), table_side),
                (difference - table_side.value).normalize(),
                table_side.unit,
            )
        )
    if not checked:
        raise NotRun("说明中的金额都无法确定对应的表格数字")
    return findings


def percent_tolerance(stated: Decimal, part: StatedFigure, whole: Decimal, whole_places: int) -> Decimal:
    """Half a unit of the stated percentage, plus what the rounding of part and whole can move it."""
    half_stated = Decimal(5) / Decimal(10) ** (decimal_places(stated) + 1)
    half_part = Decimal(5) / Decimal(10) ** (decimal_places(part.value) + 1)
    half_whole = Decimal(5) / Decimal(10) ** (whole_places + 1)
    return half_stated + 100 * (half_part / whole + part.value * half_whole / whole**2)


def percent_finding(
    disclosure: Disclosure, figure: StatedFigure, computed: Decimal, basis: StatedFigure | Source, how: str
) -> Finding:
    places = Decimal(1) / Decimal(10) ** decimal_places(figure.value)
    shown = computed.quantize(places)
    message = f"说明中「{figure.subject}」{figure.raw}，按{how}计算应为 {shown}%"
    based = basis if isinstance(basis, Source) else stated_source(disclosure, basis)
    sources = (stated_source(disclosure, figure), based)
    return Finding("S02", "error", message, sources, (figure.value - shown).normalize(), "%")


SHARE_BASE = re.compile(r"占([^，,。；;：:、占]*)$")
SHARE_BASE_TAIL = re.compile(r"(?:的|比重|比例|为|约)+$")


def share_base_name(figure: StatedFigure) -> str:
    """The whole a share names after 占 (占“三公”经费的51.93% → 三公经费); '' for a bare 占51.93%."""
    start = figure.sentence.find(figure.raw)
    found = SHARE_BASE.search(figure.sentence[:start]) if start >= 0 else None
    if found is None:
        return ""
    name = bare(SHARE_BASE_TAIL.sub("", found.group(1)))
    return "" if name in ("", "比") else name


def names_match(subject: str, name: str) -> bool:
    """A stated amount's subject names the whole: equal, or one contains the other (三公经费预算支出)."""
    subject = bare(subject)
    return subject == name or (min(len(subject), len(name)) >= 2 and (name in subject or subject in name))


def named_base(disclosure: Disclosure, name: str, before: list[StatedFigure]) -> StatedFigure | Source | None:
    """The amount a named whole stands for: the nearest stated amount so named, else the table's."""
    stated_wholes = [
        f for f in before if f.kind == "amount" and f.unit in AMOUNT_UNITS and names_match(f.subject, name)
    ]
    if stated_wholes:
        return stated_wholes[-1]
    if PHRASES.get(name) == "三公经费":
        return three_public_total(disclosure)
    concept = PHRASES.get(name)
    sources = concept_sources(disclosure, concept) if concept else row_sources(disclosure, name)
    return next((s for s in sources if s.value is not None), None)


def three_public_total(disclosure: Disclosure) -> Source | None:
    """The 三公 total as the sum of the items its table prints (the table's 合计 may add 会议费 etc.)."""
    tables = tables_of(disclosure, *THREE_PUBLIC_KINDS)
    items = list(three_public_items(disclosure, tables[0]).values()) if tables else []
    if not items:
        return None
    total = sum((item.value or Decimal(0) for item in items), Decimal(0))
    return replace(items[0], row="“三公”经费", column="各项之和", value=total)


def share_check(disclosure: Disclosure, figure: StatedFigure, before: list[StatedFigure]) -> Finding | None:
    """占X%: the amount just stated, over the whole the sentence names after 占 or, when it names
    none, over the first amount of the passage."""
    amounts = [f for f in before if f.kind == "amount" and f.unit in AMOUNT_UNITS]
    if not amounts or amounts[-1].subject != figure.subject or before[-1] is not amounts[-1]:
        return None
    part = amounts[-1]
    name = share_base_name(figure)
    whole = named_base(disclosure, name, amounts[:-1]) if name else amounts[0]
    if whole is None or whole is part or whole.value is None or whole.value <= 0:
        return None
    part_factor = AMOUNT_UNITS[part.unit]
    whole_factor = AMOUNT_UNITS.get(whole.unit, Decimal(1))
    whole_value = whole.value * whole_factor / part_factor
    whole_places = max(0, decimal_places(whole.value) + (part_factor / whole_factor).adjusted())
    computed = 100 * part.value / whole_value
    if abs(computed - figure.value) <= percent_tolerance(figure.value, part, whole_value, whole_places):
        return None
    shown_whole = whole.raw if isinstance(whole, StatedFigure) else f"{whole.value}{whole.unit}"
    return percent_finding(disclosure, figure, computed, whole, f"{part.raw} ÷ {shown_whole}")


def change_check(disclosure: Disclosure, figure: StatedFigure, before: list[StatedFigure]) -> Finding | None:
    """增长/下降X%: the change just stated, over last year's amount (this year's ∓ the change).

    A percentage of another subject (…主要原因是专项经费统一压减10%) is not the change's rate.
    """
    if not before or before[-1].kind != "change" or before[-1].unit not in AMOUNT_UNITS:
        return None
    change = before[-1]
    if change.subject != figure.subject:
        return None
    current = next(
        (
            f
            for f in reversed(before)
            if f.kind == "amount" and f.subject == change.subject and f.unit == change.unit
        ),
        None,
    )
    if current is None or change.direction not in ("增加", "减少"):
        return None
    prior = current.value + change.value if change.direction == "减少" else current.value - change.value
    if prior <= 0:
        return None
    computed = 100 * change.value / prior
    if abs(computed - figure.value) <= percent_tolerance(
        figure.value, change, prior, decimal_places(current.value)
    ):
        return None
    how = f"{change.raw} ÷ 上年 {prior.normalize()}{change.unit}"
    on_current = (100 * change.value / current.value).quantize(Decimal("0.01"))
    finding = percent_finding(disclosure, figure, computed, current, how)
    if abs(on_current - figure.value) < Decimal("0.01"):
        finding = replace(
            finding, message=finding.message + f"（说明中的百分比是以本年数 {current.raw} 为基数算的）"
        )
    return finding


@rule("S02", "error", "说明中的百分比：占比和增减幅度按说明中的金额重新计算")
def stated_percentages_recompute(disclosure: Disclosure) -> list[Finding]:
    figures = ordered_figures(disclosure)
    percents = [f for f in figures if f.unit == "%"]
    if not percents:
        raise NotRun("说明中没有百分比")
    findings = []
    for index, figure in enumerate(figures):
        if figure.unit != "%":
            continue
        before = [f for f in figures[:index] if f.passage is figure.passage]
        check = change_check if figure.kind == "change" else share_check
        finding = check(disclosure, figure, before)
        if finding is not None:
            findings.append(finding)
    return findings


VEHICLE_UNITS = ("辆", "部", "台")
FACTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("实有车辆数", VEHICLE_UNITS, "实有"),
    ("公务用车编制数", ("辆",), "编制"),
)
CLAUSE_BREAK = re.compile(r"[，,。；;：:、（）()]")


def clause_before(figure: StatedFigure, occurrence: int) -> str:
    """The words of the figure's clause before the number: 实有小型车辆 for 实有小型车辆3部."""
    start = -1
    for _ in range(occurrence + 1):
        start = figure.sentence.find(figure.raw, start + 1)
        if start < 0:
            return ""
    return CLAUSE_BREAK.split(figure.sentence[:start])[-1]


def fact_of(figure: StatedFigure, occurrence: int) -> str | None:
    if figure.kind != "count":
        return None
    clause = clause_before(figure, occurrence)
    for name, units, word in FACTS:
        if figure.unit in units and word in clause and ("车" in clause or word == "实有"):
            return name
    return None


@rule("S03", "warning", "同一事实前后不一：说明中两处给出的同一数量（如实有车辆数）不同")
def facts_stated_twice_agree(disclosure: Disclosure) -> list[Finding]:
    seen: dict[str, StatedFigure] = {}
    occurrences: dict[tuple[str, str], int] = {}
    findings = []
    stated_any = False
    for figure in ordered_figures(disclosure):
        key = (figure.sentence, figure.raw)
        occurrence = occurrences.get(key, 0)
        occurrences[key] = occurrence + 1
        fact = fact_of(figure, occurrence)
        if fact is None:
            continue
        stated_any = True
        first = seen.setdefault(fact, figure)
        if first is not figure and first.value != figure.value:
            message = f"{fact}前后不一：「{excerpt(first)}」中为 {first.raw}，「{excerpt(figure)}」中为 {figure.raw}"
            sources = (stated_source(disclosure, first), stated_source(disclosure, figure))
            findings.append(
                Finding("S03", "warning", message, sources, first.value - figure.value, figure.unit)
            )
    if not stated_any:
        raise NotRun("说明中没有可比对的数量（车辆数等）")
    return findings

"""The pieces every reply is written from: amounts with units, sources, and facts of each record kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from bot.engine.answers import Fact, Source
from bot.engine.cells import NAMED_YEAR, row_side, side_of
from bot.engine.entries import (
    Cell,
    DocumentIndex,
    IndicatorEntry,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TargetEntry,
    TermEntry,
    side_named,
)
from bot.engine.lexicon import PLANNED_PART
from bot.engine.reading import Reading, TableFigure
from knowledge.money import AMOUNT_UNITS
from knowledge.text import strip_ordinal, yuan_to_wan

BUDGETED_NOTE = "说明：公开文件给出的是预算安排数（计划），不是实际花了多少。"
ACTUAL_NOTE = "说明：以上是决算数，即年度执行完后的实际数。"
PERFORMANCE_TITLE = "项目支出绩效目标表"
ANNUAL_AMOUNT = "年度资金总额"
TOTAL_AMOUNT = "实施期资金总额"
PERIOD = "项目期"


def amount_text(value: Decimal | None, unit: str) -> str:
    """57.60 万元; 31,214,205.80 元（约 3,121.42 万元）; an empty cell reads 0."""
    shown = Decimal(0) if value is None else value
    text = f"{shown:,}{unit}" if unit == "%" else f"{shown:,} {unit}".strip()
    if unit == "元" and abs(shown) >= 10_000:
        text += f"（约 {yuan_to_wan(shown):,} 万元）"
    return text


def plain_label(label: str) -> str:
    """一、一般公共预算 → 一般公共预算, for reading a label inside a sentence."""
    return strip_ordinal(label, keep_case=True) or label


EXECUTED_SAID = "执行数"


def kind_note(document: DocumentIndex) -> str:
    return ACTUAL_NOTE if document.head.kind == "决算" else BUDGETED_NOTE


def with_spend_note(reading: Reading, document: DocumentIndex, text: str) -> str:
    """花了多少 asked: the answer says whether its figure is a plan or what was spent; a 预算's figure of
    last year's execution (2022年执行数) is no plan, and is named so already."""
    executed = document.head.kind != "决算" and EXECUTED_SAID in text.split("\n", 1)[0]
    return text + ("\n" + kind_note(document) if reading.spend and not executed else "")


def money_word(document: DocumentIndex, cell: Cell | None = None) -> str:
    """预算安排 in a budget, 决算数 in a final account, unless the column read says otherwise (年初预算数)."""
    planned = side_of(cell.column, PLANNED_PART) if cell else ""
    if document.head.kind == "决算" and planned:  # 年初预算数/小计: the 小计 of the 年初预算数
        return planned
    return "决算数" if document.head.kind == "决算" else "预算安排"


def figure_words(document: DocumentIndex, row: RowEntry, cell: Cell | None) -> str:
    """What a figure is: 2024年预算安排 (2023年决算数), or, for one its table prints under another year
    than the document's, its row's or column's own name (2023年预算数, 2023年执行数). A project named
    with its year (2023年吕梁市第四届职业技能大赛费用) is planned in the document's year all the same."""
    by_year = row.label if row.table.by_year else ""
    headings = cell.column.split("/") if cell else []  # 2023年预算数 of 2023年预算数/公务接待费
    for name in (by_year, cell.leaf if cell else "", *headings):
        years = {int(year) for year in NAMED_YEAR.findall(name)}
        if years and document.head.year not in years:
            return plain_label(name)
    return (
        f"{document.head.year}年{row_side(row) or money_word(document, cell)}"  # 年初预算数 of a side's row
    )


def row_source(document: DocumentIndex, row: RowEntry, cell: Cell | None) -> Source:
    table = row.table
    return Source(
        document=document.head.label,
        table=table.number,
        title=table.title,
        row=row.label,
        column=cell.column if cell else "",
        page=row.page or table.page,
        line=row.line,
        file=table.file,
    )


def table_source(document: DocumentIndex, table: TableEntry) -> Source:
    return Source(
        document=document.head.label,
        table=table.number,
        title=table.title,
        page=table.page,
        line=table.line,
        file=table.file,
    )


RATE_LEAF = re.compile(r"(?:率|比例|比重|占比|百分比|%|％)$")
"""增减率, 完成率, 占比: a column of percentages, whatever unit the table prints its money in."""


def cell_unit(table_unit: str, cell: Cell | None) -> str:
    """The unit of a cell: % under a column of rates, else the table's."""
    return "%" if cell is not None and RATE_LEAF.search(cell.leaf) else table_unit


def row_fact(document: DocumentIndex, row: RowEntry, cell: Cell | None, label: str = "") -> Fact:
    """A row's figure in one column; an empty cell is a 0 the table leaves blank."""
    value = None if cell is None else cell.value
    blank = value is None
    text = "表中留空，即无预算安排" if blank else ""
    return Fact(
        label=label or plain_label(side_named(row.label, row.side)),
        value=Decimal(0) if blank else value,
        unit=cell_unit(row.table.unit, cell),
        source=row_source(document, row, cell),
        text=text,
    )


def figure_fact(document: DocumentIndex, figure: TableFigure) -> Fact:
    return row_fact(document, figure.row, figure.cell, figure.label)


def yuan_of(fact: Fact) -> Decimal:
    """A money fact's figure in 元, so 元 and 万元 compare."""
    assert fact.value is not None
    return fact.value * AMOUNT_UNITS[fact.unit]


def summed_fact(document: DocumentIndex, name: str, parts: list[Fact]) -> Fact:
    """A whole no record states, as its parts added up, with the formula and each part as an input; in the
    unit the parts share, in 元 when their money units differ ('' for counts of different things); on the
    row the parts share, if they do (a unit's “三公”经费 of its three columns)."""
    unit, values = in_one_unit(parts) or ("", [fact.value or Decimal(0) for fact in parts])
    total = sum(values, Decimal(0))
    formula = " + ".join(f"{value}" for value in values) + f" = {total}"
    first = parts[0].source
    source = Source(
        document=document.head.label,
        table=first.table,
        title=first.title,
        row=first.row if all(fact.source.row == first.row for fact in parts) else "",
        section=first.section,
        page=first.page,
        line=first.line,
        column=f"{'、'.join(fact.label for fact in parts)}相加：{formula}",
        inputs=tuple(fact.source for fact in parts),
    )
    return Fact(name, total, unit, source, "按各项相加")


def unit_concept_fact(document: DocumentIndex, figures: Sequence[TableFigure]) -> Fact:
    """One unit's figure of a concept (read_concepts.units_of_concept), named for the unit: its 小计, or
    its parts added up."""
    unit = plain_label(figures[0].row.label)
    if len(figures) == 1:
        return row_fact(document, figures[0].row, figures[0].cell, unit)
    return summed_fact(document, unit, [figure_fact(document, figure) for figure in figures])


def stated_source(document: DocumentIndex, figure: StatedEntry | SentenceEntry) -> Source:
    return Source(
        document=document.head.label,
        title=figure.part,
        section=figure.section,
        page=figure.page,
        line=figure.line,
        file=figure.file,
    )


def stated_fact(document: DocumentIndex, figure: StatedEntry) -> Fact:
    return Fact(
        label=figure.subject or figure.raw,
        value=figure.value,
        unit=figure.unit,
        source=stated_source(document, figure),
        text=figure.sentence,
    )


def target_source(
    document: DocumentIndex,
    target: TargetEntry,
    indicator: IndicatorEntry | None = None,
    field: str = ANNUAL_AMOUNT,
) -> Source:
    """Where a 绩效目标表 figure is printed: an indicator's 指标值, else the project's field (年度资金总额,
    实施期资金总额, 项目期)."""
    return Source(
        document=document.head.label,
        title=PERFORMANCE_TITLE,
        row=f"{target.project}·{indicator.level3}" if indicator else target.project,
        column="指标值" if indicator else field,
        section="绩效目标",
        page=(indicator.page if indicator else None) or target.page,
        line=(indicator.line if indicator else None) or target.line,
        file=target.file,
    )


def term_fact(document: DocumentIndex, term: TermEntry) -> Fact:
    source = Source(
        document=document.head.label,
        section="名词解释",
        row=term.term,
        page=term.page,
        line=term.line,
        file=term.file,
    )
    return Fact(label=term.term, value=None, unit="", source=source, text=term.definition)


def sentence_fact(document: DocumentIndex, sentence: SentenceEntry) -> Fact:
    return Fact(
        label=sentence.section or "说明",
        value=None,
        unit="",
        source=stated_source(document, sentence),
        text=sentence.text,
    )


def where(source: Source) -> str:
    """来源：… as one line."""
    return f"来源：{source.describe()}"


def sourced_line(label: str, fact: Fact, with_row: bool = False) -> str:
    """一项 57.60 万元（表十二「本年预算」列）: a figure of a list, with its column (and row, where the label
    is not the row's name), table, or the section and page it is stated on; the list's 来源 line
    (`tables_where`) names the document and the tables."""
    return f"{label}：{amount_text(fact.value, fact.unit)}（{fact.source.brief(with_row=with_row)}）"


def tables_where(facts: list[Fact]) -> str:
    """来源：文档 · 表十二《…》；表十三《…》: the document and every table a list's figures come from."""
    if not facts:
        return ""
    places = dict.fromkeys(
        f"{fact.source.table or ''}《{fact.source.title}》" if fact.source.title else str(fact.source.table)
        for fact in facts
        if fact.source.table or fact.source.title
    )
    return f"来源：{' · '.join([facts[0].source.document, '；'.join(places)] if places else [facts[0].source.document])}"


SHARE_PLACES, MAX_SHARE_PLACES = 2, 6
"""A share's decimals; one too small for two (0.004%) is shown to its first digit, never as 0.00%."""


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """part ÷ whole × 100 (a share, or a change as a rate of what it changed from), to the cent as
    documents print them, or to a tiny one's first digit."""
    ratio = Decimal(100) * part / whole
    places = SHARE_PLACES
    computed = ratio.quantize(Decimal(10) ** -places, ROUND_HALF_UP)
    while computed == 0 < ratio and places < MAX_SHARE_PLACES:
        places += 1
        computed = ratio.quantize(Decimal(10) ** -places, ROUND_HALF_UP)
    return computed


def in_one_unit(amounts: list[Fact]) -> tuple[str, list[Decimal]] | None:
    """The figures in the unit they share, or in 元 when their money units differ (万元 and 元); None when
    they are counts of different things (辆 and 人), which no sum holds."""
    units = {fact.unit for fact in amounts}
    if len(units) > 1 and not units <= AMOUNT_UNITS.keys():
        return None
    unit = units.pop() if len(units) == 1 else "元"
    scale = AMOUNT_UNITS.get(unit, Decimal(1))
    return unit, [
        (fact.value or Decimal(0)) * AMOUNT_UNITS.get(fact.unit, Decimal(1)) / scale for fact in amounts
    ]


def summed(amounts: list[Fact]) -> Fact | None:
    """A和B加起来多少: the sum of the items' figures, in the unit they share, or in 元 when amounts' units
    differ; None when they are not all of one document, or are counts of different things (辆 and 人)."""
    if len({fact.source.document for fact in amounts}) != 1:
        return None  # a figure of another document is never added in
    if (values := in_one_unit(amounts)) is None:
        return None
    unit, in_unit = values
    source = Source(
        document=amounts[0].source.document,
        title="按下列各项相加",
        inputs=tuple(fact.source for fact in amounts),
    )
    label = "、".join(fact.label.removesuffix("合计") for fact in amounts) + "合计"
    return Fact(label, sum(in_unit, Decimal(0)), unit, source)

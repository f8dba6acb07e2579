"""Replies about amounts: one item (which table and column, and why), a topic of several rows, a table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.engine.answers import Answer, Choice, Fact, Source
from bot.engine.cells import cell_under, heading_item, main_cell, other_side, row_side, summed_parts
from bot.engine.entries import Cell, DocumentIndex, RowEntry, TableEntry
from bot.engine.lexicon import (
    ADJUSTED_PART,
    MAIN_COLUMN_WORDS,
    PROJECT_GROUP,
    TABLE_SUBJECTS,
)
from bot.engine.question import INCOME_SOURCE_ASKED
from bot.engine.read_concepts import holds_apart
from bot.engine.read_forms import each_unit_asked, held_units_asked, unit_measure, unit_rows
from bot.engine.reading import DocumentReading, Reading, ReadingKind, TableFigure
from bot.engine.replies import (
    amount_text,
    cell_unit,
    figure_fact,
    figure_words,
    money_word,
    plain_label,
    sentence_fact,
    sourced_line,
    stated_fact,
    summed_fact,
    table_source,
    tables_where,
    unit_concept_fact,
    where,
    with_spend_note,
)
from bot.engine.similarity import DIRECTION_WORDS, GRAND_TOTALS, LEADING_YEAR
from knowledge.money import same_amount
from knowledge.standard_tables import ALL_FUNDS, TableKind, funds_covered
from knowledge.text import compact

MAX_BREAKDOWN_NAMES = 4
SUBTOTAL_LEAVES = ("小计", "合计")
"""Column names said with their heading when they stand apart (2024年预算数小计)."""
MAX_BLANKS_LISTED = 3  # a table's blank rows named one by one (三公 parts); more are counted, not listed


def column_note(row: RowEntry, cell: Cell | None) -> str:
    """Say which column was read and, when the row's other columns add up to it, what it includes."""
    if cell is None:
        return ""
    others = [c for c in row.cells if c is not cell and c.leaf]
    if len(others) < 2:
        return f"（「{cell.column}」列）"
    parts = parts_of(row, cell, others)
    if parts:
        names = list(dict.fromkeys(name for name, _part in parts))
        if len(names) <= MAX_BREAKDOWN_NAMES:
            return f"（取「{cell.column}」列，即{'、'.join(names)}之和）"
    return f"（取「{cell.column}」列）"


def parts_of(row: RowEntry, cell: Cell, others: list[Cell]) -> list[tuple[str, Cell]]:
    """The parts a row's main figure (合计, 小计, its first column) is the sum of; a part has none."""
    if any(word in cell.leaf for word in MAIN_COLUMN_WORDS) or cell is row.cells[0]:
        return summed_parts(cell, others)
    return []


def breakdown(row: RowEntry, cell: Cell) -> tuple[list[tuple[Cell, str]], list[tuple[Cell, str]]]:
    """The row's other non-empty figures: the parts of the one read (a group said by its name, its own
    columns left out), and those that stand beside it (年初预算数 and 调整预算数 beside a 决算数)."""
    others = [c for c in row.cells if c is not cell and c.leaf]
    parts = parts_of(row, cell, others)
    summed = {id(part) for _name, part in parts}
    within = [f"{part.column.rsplit('/', 1)[0]}/" for name, part in parts if name != part.leaf]
    inner = [
        (part, f"{name} {amount_text(part.value, cell_unit(row.table.unit, part))}")
        for name, part in parts
        if part.value
    ]
    beside = [
        (
            c,
            f"{c.column.replace('/', '') if c.leaf in SUBTOTAL_LEAVES else c.leaf} "
            f"{amount_text(c.value, cell_unit(row.table.unit, c))}",
        )
        for c in others
        if c.value and id(c) not in summed and not c.column.startswith(tuple(within))
    ]
    return inner, beside


def breakdown_text(inner: list[tuple[Cell, str]], beside: list[tuple[Cell, str]]) -> str:
    return ("其中" + "、".join(shown for _cell, shown in inner) + "。" if inner else "") + (
        "该行另列" + "、".join(shown for _cell, shown in beside) + "。" if beside else ""
    )


def funding_text(name: str, cell: Cell, parts: list[tuple[Cell, str]]) -> str:
    """The columns a row's money is printed in by where it comes from (一般公共预算, 单位资金), said as its
    sources; one that holds the whole is said to be all of it."""
    money = name if name.endswith(FUNDS_WORDS) else f"{name}的资金"
    if (whole := sole_source(cell, parts)) is not None:
        return f"{money}全部来自{whole.leaf}：{parts[0][1].removeprefix(whole.leaf).strip()}。"
    return f"{money}来源：{'、'.join(shown for _part, shown in parts)}。"


def sole_source(cell: Cell, parts: list[tuple[Cell, str]]) -> Cell | None:
    """The one source column that holds the whole of the row's figure; None when the money has several."""
    return parts[0][0] if len(parts) == 1 and parts[0][0].value == cell.value else None


FUNDS_WORDS = ("资金", "经费", "补助金", "奖励金")
"""就业补助资金全部来自…: a name that already says it is money takes no 的资金."""


UNIT_WHOLE_SAID = re.compile("的|总?支出|总?收入|预算|总额|资金|开支")
"""本级的支出, 实验小学预算总额: words asking a unit's whole money, not one item of it."""
APART_NOTE = "口径不同、不必相等："
"""Before figures of the item in tables counting other money: not the same item printed again."""


def compose_row(reading: Reading, part: DocumentReading) -> Answer:
    document = part.document
    figure = part.figures[0]
    row, cell = figure.row, figure.cell
    facts = [figure_fact(document, figure)]
    name = side_named(row, cell) + (f"（{row.code}）" if row.code else "")
    lead = ""
    if measure := unit_measure(document, row):  # 宁溪县实验小学 of a “三公” table by unit: its 三公经费
        column = cell.leaf if cell is not None and cell is not main_cell(row, []) else ""
        name = f"{name}的{column or measure}"  # 第一中学公务接待费: that column's
        said = UNIT_WHOLE_SAID.sub("", compact(reading.subject))
        # 实验小学的预算是多少, 本级的支出: the unit's whole was asked
        if said and said in compact(row.label):
            lead = f"文件没有单列{plain_label(row.label)}的预算总额，只在{row.table.reference}中列出它的{measure}：\n"
    if cell is None or cell.value is None:
        column = f"「{cell.column}」列" if cell is not None else ""
        text = f"{name}：{row.table.reference}{column}中该项留空，即无{money_word(document)}（{amount_text(None, row.table.unit)}）。"
        if part.table is not None:
            text += f"{part.table.reference}注明“本表无数据”。"
    else:
        text = f"{name}：{figure_words(document, row, cell)} {amount_text(cell.value, row.table.unit)}{column_note(row, cell)}。"
        inner, beside = breakdown(row, cell)
        parts = inner + beside
        if parts:
            funding = INCOME_SOURCE_ASKED.search(reading.question)  # 零工市场的钱从哪来: its funding columns
            text = (
                f"{funding_text(name, cell, parts)}\n{text}"
                if funding
                else text + breakdown_text(inner, beside)
            )
            facts += [
                figure_fact(document, TableFigure(row, c, f"{plain_label(row.label)}·{c.leaf}"))
                for c, _shown in parts
            ]
        text += carried_text(document, part.carried, facts)
    text += "\n" + where(facts[0].source)
    seen: dict[bool, list[str]] = {True: [], False: []}
    for other in part.elsewhere:
        facts.append(figure_fact(document, other))
        value = other.cell.value if other.cell else None
        scope = funds_covered(other.row.table.kind)
        other_whole = row.is_total and bool(scope) and scope != funds_covered(row.table.kind)
        apart = other_whole or counts_other_money(figure, other)  # a total of other money: another whole
        seen[apart].append(
            f"{other.row.table.reference}{f'（{scope}）' if apart else ''}"
            f"「{other.cell.column if other.cell else ''}」{amount_text(value, other.row.table.unit)}"
        )
    if seen[False]:
        text += "\n同一项目也见于：" + "；".join(seen[False]) + "。"
    if seen[True]:  # 表四's 总计 counts the appropriation alone: another whole, not the same item
        apart_note = "另有口径不同的总计：" if row.is_total else APART_NOTE
        text += f"\n{apart_note}" + "；".join(seen[True]) + "。"
    printed = [figure, *part.elsewhere]
    for stated in part.stated:
        facts.append(stated_fact(document, stated))
        agreeing = [
            other
            for other in printed
            if same_amount(
                stated.value, stated.unit, other.cell.value if other.cell else None, other.row.table.unit
            )
        ]
        if agreeing:
            table = "" if agreeing[0] is figure else f"（与{agreeing[0].row.table.reference}相同）"
            text += f"\n说明部分也写明（{facts[-1].source.brief()}）：“{stated.clause}”{table}"
        else:
            text += (
                f"\n说明部分{facts[-1].source.brief()}写的是 {amount_text(stated.value, stated.unit)}"
                f"（“{stated.clause}”），与表中不一致；以上以表格为准。"
            )
    if part.places_asked:  # 零工市场在哪个表: the tables first, then the figures
        places = dict.fromkeys(f"{f.row.table.reference}「{plain_label(f.row.label)}」行" for f in printed)
        text = f"{name}列在：{'；'.join(places)}。\n{text}"
    text = lead + with_purpose_said(reading, part, name, text, facts)
    return Answer("answered", with_spend_note(reading, document, text), facts, intent=part.kind.intent)


def carried_text(document: DocumentIndex, carried: tuple[TableFigure, ...], facts: list[Fact]) -> str:
    """其中本年支出合计…、年末结转和结余…: what a grand total adds to the year's own money (their figures
    added to `facts`); in a 决算, the year's own spending is what was spent that year."""
    if not carried:
        return ""
    facts += [figure_fact(document, figure) for figure in carried]
    spent = document.head.kind == "决算" and DIRECTION_WORDS[1] in carried[0].row.label
    parts = [
        f"{plain_label(f.row.label)} {amount_text(f.cell.value if f.cell else None, f.row.table.unit)}"
        for f in carried
    ]
    parts[0] += "（即当年实际支出）" if spent else ""
    return f"其中{'、'.join(parts)}（同表同列）。"


def with_purpose_said(
    reading: Reading, part: DocumentReading, name: str, text: str, facts: list[Fact]
) -> str:
    """卫生健康支出是干嘛的: what the narrative says the item's money is for, before its figures (its
    sentence added to `facts`); asked what it is, first that no glossary term explains it."""
    for sentence in part.sentences:
        facts.append(sentence_fact(part.document, sentence))
        said = f"说明部分写明（{facts[-1].source.brief()}）：“{sentence.text}”"
        if reading.use_asked:
            text = f"{name}的用途，{said}\n{text}"
        else:
            term = part.figures[0].label or plain_label(part.figures[0].row.label)
            text = f"文件的名词解释中没有解释“{term}”；它的用途，{said}\n{text}"
    return text


def side_named(row: RowEntry, cell: Cell | None) -> str:
    """支出总计 of the 总计 row of a 收入支出决算总表 read under 支出: a bare total said with its side."""
    label = plain_label(row.label)
    sides = [side for side in DIRECTION_WORDS if cell is not None and side in cell.column]
    return sides[0] + label if label in GRAND_TOTALS and len(sides) == 1 else label


def row_words(row: RowEntry) -> str:
    return f"「{plain_label(row.label)}」行" if row.label else ""


def compose_column_total(reading: Reading, part: DocumentReading) -> Answer:
    document = part.document
    figure = part.figures[0]
    row, cell = figure.row, figure.cell
    assert cell is not None
    fact = figure_fact(document, figure)
    name = figure.label or cell.leaf
    place = f"{row.table.reference}{row_words(row)}「{cell.column}」列"
    if cell.value is None:
        said = f"{place}中该项留空，即无{money_word(document)}（{amount_text(None, row.table.unit)}）"
    else:
        said = f"{figure_words(document, row, cell)} {amount_text(cell.value, row.table.unit)}（{place}）"
    facts = [fact]
    said += by_unit_text(reading, document, row, cell, facts)
    text = f"{name}：{said}。\n{where(fact.source)}"
    for note, figures in elsewhere_notes(figure, part.elsewhere):
        others = [figure_fact(document, other) for other in figures]
        facts += others
        apart = note == APART_NOTE
        seen = "；".join(
            f"{other.row.table.reference}{f'（{funds_covered(other.row.table.kind)}）' if apart else ''}"
            f"「{plain_label(other.row.label)}」行「{f.source.column}」列 {amount_text(f.value, f.unit)}"
            for other, f in zip(figures, others, strict=True)
        )
        text += f"\n{note}{seen}。"
    text = with_purpose_said(reading, part, name, text, facts)
    return Answer("answered", with_spend_note(reading, document, text), facts, intent=part.kind.intent)


def by_unit_text(
    reading: Reading, document: DocumentIndex, total: RowEntry, cell: Cell, facts: list[Fact]
) -> str:
    """各单位的公务接待费 of a table by unit: each unit's figure in the column read (added to `facts`), after
    the total; '' when every unit is not asked or the table prints no unit's row."""
    if not each_unit_asked(reading.question):
        return ""
    shown, figures = [], []
    for row in unit_rows(document, total.table, reading.question):
        own = next((other for other in row.cells if other.column == cell.column), None)
        if own is not None:
            figures.append(TableFigure(row, own, f"{plain_label(row.label)}·{own.leaf}"))
            facts.append(figure_fact(document, figures[-1]))
            shown.append(f"{plain_label(row.label)} {amount_text(own.value, total.table.unit)}")
    if not shown:
        return ""
    added = held_sum(document, figures, cell.leaf) if held_units_asked(reading.question) else None
    if added is not None:
        facts.append(added[1])
    return f"；其中{'、'.join(shown)}" + (f"，{added[0]}" if added else "")


def held_sum(document: DocumentIndex, figures: Sequence[TableFigure], name: str) -> tuple[str, Fact] | None:
    """下属单位的三公经费合计: the figures of the units a 部门 holds added up, in words and as a fact whose
    inputs are theirs; None when there is nothing to add."""
    valued = [figure_fact(document, figure) for figure in figures if figure.cell and figure.cell.value]
    if not valued:
        return None
    total = summed_fact(document, f"下属单位{name}合计", valued)
    return f"下属单位（{len(figures)} 个）合计 {amount_text(total.value, total.unit)}", total


def counts_other_money(read: TableFigure, other: TableFigure) -> bool:
    """The item's figure in another table counts other money (财政拨款 beside all funds, 机关运行经费 beside
    “三公”经费) and is another amount: said apart, never as the same item printed again."""
    scope = funds_covered(other.row.table.kind)
    own = read.cell.value if read.cell is not None and read.cell.value is not None else Decimal(0)
    value = other.cell.value if other.cell is not None else None
    return (
        bool(scope)
        and scope != funds_covered(read.row.table.kind)
        and not same_amount(own, read.row.table.unit, value, other.row.table.unit)
    )


def elsewhere_notes(
    read: TableFigure, figures: tuple[TableFigure, ...]
) -> list[tuple[str, list[TableFigure]]]:
    """The same item in other tables, said as what each is: in a 基本支出 table, only its 基本支出 part; in a
    table counting other money that prints another figure (机关运行经费's 公务接待费 beside the “三公”经费
    table's), that money's; in any other table, the same item printed there."""
    basic = [figure for figure in figures if figure.row.table.kind == TableKind.BASIC_ECONOMIC]
    rest = [figure for figure in figures if figure.row.table.kind != TableKind.BASIC_ECONOMIC]
    apart = [figure for figure in rest if counts_other_money(read, figure)]
    other = [figure for figure in rest if figure not in apart]
    notes = [
        ("基本支出表中的同名项目只是其中的基本支出部分：", basic),
        ("同一项目也见于：", other),
        (APART_NOTE, apart),
    ]
    return [(note, shown) for note, shown in notes if shown]


def compose_empty_table(reading: Reading, part: DocumentReading) -> Answer:
    document, table = part.document, part.table
    assert table is not None
    fact = Fact(table.title, Decimal(0), table.unit, table_source(document, table), "本表无数据")
    text = f"无。{table.reference}注明“本表无数据”，即没有这方面的{money_word(document)}（{amount_text(None, table.unit)}）。\n{where(fact.source)}"
    return Answer("answered", text, [fact], intent=part.kind.intent)


TITLE_ENDING = re.compile(r"(?:预算|决算)?(?:总体情况|总|明细|情况)?表(?:[（(][^（）()]*[)）])?$")
"""决算表, 收支总表, 预算表（不含上年结转）: what a title says after the whole it is the table of."""


GRAND_TOTAL = "总计"
BOTH_SIDES_SAID = ("收入支出", "收支")
"""How a title names both sides of a table, one of which a column's total is of."""


def whole_name(table: TableEntry, row: RowEntry, cell: Cell | None) -> str:
    """What a table's total is called: its kind when that names an item (三公经费); else the item the
    kind's tables are asked by (一般公共预算支出); else its title without the year and the word 表
    (一般公共预算财政拨款基本支出 of 一般公共预算财政拨款基本支出决算表); of the side its column is under
    (…支出 of …收入支出决算表, read under 本年支出), and its 总计 when read on that row (财政拨款收入总计)."""
    kind = plain_label(table.kind)
    spaceless = re.sub(r"\s", "", table.title)
    titled = compact(TITLE_ENDING.sub("", spaceless))  # its （经济科目） goes with 表
    if holds_apart(kind, titled):  # “三公”经费、会议费、培训费: its total is no 三公经费, and is so called
        return TITLE_ENDING.sub("", LEADING_YEAR.sub("", spaceless))
    if not kind.endswith("表"):
        return kind
    column = cell.column if cell is not None else ""
    sides = [side for side in DIRECTION_WORDS if side in column]
    asked = [
        name for name in TABLE_SUBJECTS.get(table.kind, ()) if len(sides) != 1 or name.endswith(sides[0])
    ]
    name = asked[0] if len(asked) == 1 else TITLE_ENDING.sub("", LEADING_YEAR.sub("", titled))
    for both in BOTH_SIDES_SAID if len(sides) == 1 else ():
        name = name.replace(both, sides[0])
    grand = GRAND_TOTAL in compact(row.label) and not name.endswith(GRAND_TOTAL)
    return (name + GRAND_TOTAL if grand else name) or kind


def compose_table(reading: Reading, part: DocumentReading) -> Answer:
    """A whole table asked for by its subject (三公经费, 机关运行经费): its total and its parts."""
    document, table = part.document, part.table
    assert table is not None
    total, *rows = part.figures
    held = held_units_asked(reading.question) and (units := unit_rows(document, table, reading.question))
    if held:  # 下属单位的三公经费: the units the 部门 holds, 本级 apart
        rows = [figure for figure in rows if figure.row in units]
    side = total.row.side
    beside = [f for f in rows if side and f.row.is_total and f.row.side not in ("", side)]
    grand = [figure for figure in beside if GRAND_TOTAL in compact(figure.row.label)]
    other_total = (grand or beside)[-1] if beside else None  # 支出总计 beside 收入总计, or the last total
    asked = [word for word in DIRECTION_WORDS if word in compact(reading.question)]
    if other_total is not None and asked == [other_total.row.side]:  # 收支总表的支出合计: that side's
        rows = [total, *(figure for figure in rows if figure is not other_total)]
        total, other_total, side = other_total, total, other_total.row.side
    if side:  # 收支总表: the 收入总计's parts are its incomes, never the spending beside them
        rows = [figure for figure in rows if figure.row.side in ("", side)]
    cell = total.cell
    first = heading_item(cell.column.split("/")[0]) if cell and len(table.rows) == 1 else ""
    first = "" if first in MAIN_COLUMN_WORDS else first  # 合计 heads nothing: the table's item
    name = first or whole_name(table, total.row, cell)  # 预算数/合计: the table's item
    facts = [figure_fact(document, TableFigure(total.row, cell, name))]
    blank = "，表中留空" if cell is not None and cell.value is None else ""
    text = f"{name}：{figure_words(document, total.row, cell)} {amount_text(cell.value if cell else None, table.unit)}（{table.reference}{row_words(total.row)}「{cell.column if cell else ''}」列{blank}）。"
    parts: list[str] = []
    compared: list[str] = []
    columns: list[tuple[str, Cell]] = []
    if table.by_side and cell is not None:  # 合计 | 因公出国（境）费 | … on the 决算数 row: all its columns
        columns = [(other.column, other) for other in total.row.cells if other is not cell]
    elif (len(table.rows) == 1 or table.by_year) and cell is not None:  # the columns beside are its parts
        prefix = cell.column.rsplit("/", 1)[0] + "/" if "/" in cell.column else ""
        columns = [
            (other.column[len(prefix) :], other)
            for other in total.row.cells
            if other is not cell
            and other.column.startswith(prefix)
            and (prefix or names_a_part(other.column))
        ]
    for label, other in columns:
        facts.append(figure_fact(document, TableFigure(total.row, other, label.replace("/", "·"))))
    shown = column_parts(columns, table.unit)
    parts += [line for line, main in shown if not main]
    compared += [f"同一行{line}" for line, main in shown if main]
    opposite = other_side(total.row, cell) if cell is not None else None
    if opposite is not None and opposite.value is not None and all(opposite is not c for _l, c in columns):
        side = money_word(document, opposite)  # 预算数/合计 beside 决算数/合计: the other side of the row
        facts.append(figure_fact(document, TableFigure(total.row, opposite, side)))
        compared.append(f"同一行{side} {amount_text(opposite.value, table.unit)}")
    for row, other in sides_beside(total.row, cell):  # the 预算数 row under the 决算数 row's 合计
        side = row_side(row)
        facts.append(figure_fact(document, TableFigure(row, other, side)))
        compared.append(f"同一列{side} {amount_text(other.value, table.unit)}")
    blanks = [figure for figure in rows if figure.cell is None or figure.cell.value is None]
    listed = [figure for figure in rows if figure not in blanks] if len(blanks) > MAX_BLANKS_LISTED else rows
    for figure in listed:
        facts.append(figure_fact(document, figure))
        value = figure.cell.value if figure.cell else None
        column = (
            ""
            if figure.cell is None or cell is None or figure.cell.column == cell.column
            else figure.cell.column
        )
        parts.append(
            f"{plain_label(figure.row.label)} {amount_text(value, table.unit)}"
            + ("（留空）" if value is None else "")
            + (f"（「{column}」列）" if column else "")
        )
    if len(listed) < len(rows):
        parts.append(f"其余 {len(blanks)} 行表中留空")
    if held and (added := held_sum(document, rows, name)) is not None:
        text += f"{added[0]}。"
        facts.append(added[1])
    if parts:
        text += "其中：" + "；".join(parts) + "。"
    if other_total is not None and other_total.cell is not None:  # 收支总预算: the 支出总计 beside
        facts.append(figure_fact(document, other_total))
        printed = amount_text(other_total.cell.value, table.unit)
        text += f"同表{plain_label(other_total.row.label)} {printed}（「{other_total.cell.column}」列）。"
    text += "".join(f"对照：{shown}。" for shown in compared) + "\n" + where(facts[0].source)
    return Answer("answered", with_spend_note(reading, document, text), facts, intent=part.kind.intent)


def names_a_part(column: str) -> bool:
    """公务接待费, 公务用车购置及运行费/小计 beside a 合计 heading nothing: a part, or a group of parts; not a
    column under a year or a side (2023年预算数/合计) the 合计 is no sum of."""
    heading = column.split("/")[0]
    return "/" not in column or heading_item(heading) == heading


def sides_beside(row: RowEntry, cell: Cell | None) -> list[tuple[RowEntry, Cell]]:
    """In a table of one row per side, the figures of the other sides under the cell's column."""
    if cell is None or not row.table.by_side:
        return []
    return [
        (other, found)
        for other in row.table.rows
        if other is not row
        and (found := cell_under(other, cell.column)) is not None
        and found.value is not None
    ]


def column_parts(columns: list[tuple[str, Cell]], unit: str) -> list[tuple[str, bool]]:
    """A row's columns under one heading, worded as people read them: a group's subtotal once, with its
    own parts after it (公务用车购置及运行费 6.4 万元，其中运行费 6.4 万元), never a 小计 path beside
    its parts; each with whether it is the heading's own total (合计), shown apart for comparison."""
    groups: dict[str, list[tuple[str, Cell]]] = {}
    for label, other in columns:
        group, _, leaf = label.partition("/")
        groups.setdefault(group, []).append((leaf, other))
    shown = []
    for group, cells in groups.items():
        whole = next((c for leaf, c in cells if not leaf or leaf in MAIN_COLUMN_WORDS), None)
        inner = [(leaf, c) for leaf, c in cells if c is not whole]
        line = f"{group} {amount_text(whole.value if whole else None, unit)}" if whole else ""
        within = "、".join(f"{leaf} {amount_text(c.value, unit)}" for leaf, c in inner)
        if whole and within:
            line += f"（其中{within}）"
        elif within:
            line = "、".join(f"{group}{leaf} {amount_text(c.value, unit)}" for leaf, c in inner)
        shown.append((line, group in MAIN_COLUMN_WORDS))
    return shown


def compose_stated(reading: Reading, part: DocumentReading) -> Answer:
    """A narrative amount no table shows: the figure with the sentence it is stated in."""
    document, figure = part.document, part.stated[0]
    fact = stated_fact(document, figure)
    text = (
        f"{plain_label(figure.subject) or '所问金额'}：{amount_text(figure.value, figure.unit)}。"
        f"\n出自「{figure.section}」：“{figure.clause}”\n{where(fact.source)}"
    )
    return Answer("answered", with_spend_note(reading, document, text), [fact], intent=part.kind.intent)


def compose_whole_plan(reading: Reading, part: DocumentReading) -> Answer:
    """A 决算's whole budget, as far as it prints it: the 年初预算 its narrative states, else its table's
    (of 一般公共预算财政拨款 only), and what it covers."""
    if not part.figures:
        answer = compose_stated(reading, part)
        answer.text += "\n说明：决算表格没有列出全部资金的年初预算，以上是说明中写明的这一部分的年初预算。"
        return answer
    answer = compose_row(reading, part)
    figure = part.figures[0]
    table = figure.row.table
    covers = funds_covered(table.kind)
    side = "调整预算" if figure.cell is not None and ADJUSTED_PART.search(figure.cell.column) else "年初预算"
    if covers == ALL_FUNDS:  # a 支出决算表 prints every fund's budget beside its outcome
        answer.text += f"\n说明：以上是{table.reference}列出的全部资金{side}。"
    else:
        answer.text += f"\n说明：决算没有列出全部资金的{side}，以上是{table.reference}列出的{covers}{side}。"
    return answer


def compose_topic(reading: Reading, part: DocumentReading) -> Answer:
    """Every row about a subject, each with its table and column, and their sum when they share a unit."""
    document = part.document
    facts = [figure_fact(document, figure) for figure in part.figures]
    funded = [
        funding_parts(figure) if INCOME_SOURCE_ASKED.search(reading.question) else []
        for figure in part.figures
    ]
    lines = [
        f"{number}. {sourced_line(figure.label or figure.row.label, fact, renamed(figure))}"
        f"{funding_note(figure, parts)}"
        for number, (figure, fact, parts) in enumerate(zip(part.figures, facts, funded, strict=True), 1)
    ]
    units = {figure.row.table.unit for figure in part.figures}
    unit = units.pop() if len(units) == 1 else ""
    projects = all(figure.row.table.is_projects for figure in part.figures)
    head = (
        f"与“{part.name}”有关的{PROJECT_GROUP if projects else money_word(document)}共 {len(part.figures)} 项"
    )
    if projects and part.name.endswith(PROJECT_GROUP):  # 名称含“就业”的项目
        head = f"{part.name}共 {len(part.figures)} 项"
    if part.qualifier:  # a class a column of words puts rows in (政府预算支出经济科目名称: 社会保障缴费)
        table = part.figures[0].row.table
        head = f"{part.name}：{table.reference}「{part.qualifier}」列归入此类的{money_word(document)}"
        head += f"共 {len(part.figures)} 项" if len(part.figures) > 1 else "只有 1 项"
    if part.defined:  # 人员经费, 单位资金 where no table prints them: what they are made of
        tables = list(dict.fromkeys(figure.row.table.reference for figure in part.figures))
        listing = tables[0] if len(tables) == 1 else "各表"
        head = f"{part.name}：文件没有单独列出，它由{part.defined}组成；{listing}列出其中"
        head += f" {len(part.figures)} 项" if len(part.figures) > 1 else " 1 项"
    summed = []
    if unit and len(part.figures) > 1:
        total = sum((fact.value or Decimal(0) for fact in facts), Decimal(0))
        head += f"，{money_word(document) if projects else ''}合计 {amount_text(total, unit)}（下列各项相加）"
        source = Source(
            document=document.head.label,
            title="按下列各项相加",
            inputs=tuple(fact.source for fact in facts),
        )
        summed.append(Fact(f"{part.name}合计", total, unit, source))
    text = head + "：\n" + "\n".join([*lines, tables_where(facts)])
    sources = [
        figure_fact(document, TableFigure(figure.row, cell, f"{plain_label(figure.row.label)}·{cell.leaf}"))
        for figure, parts in zip(part.figures, funded, strict=True)
        for cell, _shown in parts
    ]
    return Answer(
        "answered",
        with_spend_note(reading, document, text),
        [*facts, *summed, *sources],
        intent=part.kind.intent,
    )


def renamed(figure: TableFigure) -> bool:
    """The figure is said by a name that is not its row's (政府性基金基本支出 of a 合计 row): its line names
    the row too."""
    return bool(figure.label) and plain_label(figure.row.label) not in figure.label


def funding_parts(figure: TableFigure) -> list[tuple[Cell, str]]:
    """The columns by source (一般公共预算, 单位资金) a listed row's money is printed in."""
    if figure.cell is None or figure.cell.value is None:
        return []
    inner, beside = breakdown(figure.row, figure.cell)
    return inner + beside


def funding_note(figure: TableFigure, parts: list[tuple[Cell, str]]) -> str:
    """零工市场的钱从哪来 of several projects: each one's sources, after its figure."""
    if figure.cell is not None and (whole := sole_source(figure.cell, parts)) is not None:
        return f"，全部来自{whole.leaf}"
    return f"，其中{'、'.join(shown for _cell, shown in parts)}" if parts else ""


def reading_question(row: RowEntry) -> str:
    """A question that names one row of its document unmistakably: by its 科目编码, else by its table's
    number (the Choice carries the document)."""
    if row.code:
        return f"{row.code}{plain_label(row.label)}"
    if row.table.number_value is not None:
        return f"表{row.table.number_value} {plain_label(row.label)}"
    return plain_label(row.label)


def reading_note(row: RowEntry) -> str:
    """（2012902，群众团体事务）: what tells a row from others of the same name."""
    parts = [row.code or "", plain_label(row.parent.label) if row.parent else ""]
    return f"（{'，'.join(part for part in parts if part)}）" if any(parts) else ""


def compose_rivals(reading: Reading, part: DocumentReading) -> Answer:
    """Several rows, or several narrative figures, answer equally well: each with its figure and source,
    and the person asked which."""
    document = part.document
    facts = [figure_fact(document, figure) for figure in part.figures]
    names = [plain_label(figure.row.label) + reading_note(figure.row) for figure in part.figures]
    questions = [reading_question(figure.row) for figure in part.figures]
    facts += [stated_fact(document, figure) for figure in part.stated]
    names += [figure.subject for figure in part.stated]
    questions += [figure.subject for figure in part.stated]
    lines = [
        f"{number}. {name}：{amount_text(fact.value, fact.unit)}（{where(fact.source)}）"
        for number, (name, fact) in enumerate(zip(names, facts, strict=True), 1)
    ]
    text = f"“{part.name}”可能指以下几项，请说明是哪一项：\n" + "\n".join(lines)
    choices = [
        Choice(name, question, (document.head.id,)) for name, question in zip(names, questions, strict=True)
    ]
    return Answer("ambiguous", text, facts, choices, intent=part.kind.intent)


def compose_overview(reading: Reading, part: DocumentReading) -> Answer:
    """No subject: the document's totals (收入总计, 支出总计) from its 收支总表; asked what was spent, the
    spending side's."""
    document = part.document
    spent = [figure for figure in part.figures if figure.row.side == DIRECTION_WORDS[1]]
    figures = spent if reading.spend and spent else part.figures  # 总共花了多少钱: the spending side
    facts = [figure_fact(document, figure) for figure in figures]
    word = money_word(document)
    shown = [
        f"{side_named(figure.row, figure.cell)} {amount_text(fact.value, fact.unit)}"
        for figure, fact in zip(figures, facts, strict=True)
    ]
    text = f"{document.head.label}（{word}）：" + "，".join(shown) + "。\n" + where(facts[0].source)
    return Answer("answered", with_spend_note(reading, document, text), facts, intent=part.kind.intent)


def parts_text(facts: list[Fact]) -> str:
    return "、".join(f"{fact.label} {amount_text(fact.value, fact.unit)}" for fact in facts)


def apart_text(part: DocumentReading, facts: list[Fact]) -> str:
    """表中「合计」还包括会议费 …、培训费 …，它们不属于“三公”经费。"""
    if not facts:
        return ""
    return f"表中还列有{parts_text(facts)}，它们不属于{part.name}，表的「合计」也把它们算在内。"


def narrative_check(part: DocumentReading, total: Decimal, unit: str) -> tuple[str, list[Fact]]:
    """The parts the narrative states, summed, beside the table's figure: the same, or where they differ."""
    if not part.stated:
        return "", []
    facts = [stated_fact(part.document, figure) for figure in part.stated]
    said = sum((figure.value for figure in part.stated), Decimal(0))
    same = said == total and (not unit or {figure.unit for figure in part.stated} == {unit})
    verdict = "与表中一致" if same else f"与表中的 {amount_text(total, unit)} 不一致，请以原表为准"
    worked = Source(
        document=part.document.head.label,
        title="按下列各项相加",
        inputs=tuple(fact.source for fact in facts),
    )
    summed = Fact("说明部分所列各项相加", said, part.stated[0].unit, worked)
    listed = "、".join(f"{fact.label} {fact.value}{fact.unit}" for fact in facts)
    places = "、".join(dict.fromkeys(fact.source.brief() for fact in facts))
    text = f"\n说明部分（{places}）所列{listed}相加为 {amount_text(said, part.stated[0].unit)}，{verdict}。"
    return text, [*facts, summed]


def compose_concept(reading: Reading, part: DocumentReading) -> Answer:
    """A concept read as its 小计 (“三公”经费/小计), its parts, and what the table prints apart."""
    document, table = part.document, part.table
    assert table is not None
    subtotal, *parts = (figure_fact(document, figure) for figure in part.figures)
    apart = [figure_fact(document, figure) for figure in part.elsewhere]
    value = subtotal.value or Decimal(0)
    text = (
        f"{part.name}：{document.head.year}年{money_word(document)} {amount_text(value, subtotal.unit)}"
        f"（{table.reference}「{subtotal.source.column}」列）。"
    )
    text += f"其中{parts_text(parts)}。" if parts else ""
    units: list[Fact] = []
    text += apart_text(part, apart) + units_text(reading, part, units)
    check, stated = narrative_check(part, value, subtotal.unit)
    text += check + "\n" + where(subtotal.source)
    return Answer(
        "answered",
        with_spend_note(reading, document, text),
        [subtotal, *parts, *apart, *units, *stated],
        intent=part.kind.intent,
    )


def units_text(reading: Reading, part: DocumentReading, facts: list[Fact]) -> str:
    """各单位的三公经费: each unit's figure of the concept (its 小计, or its parts added up), added to
    `facts`; with the held units' sum when those are asked (下属单位的); '' when no unit is read."""
    found = [unit_concept_fact(part.document, figures) for figures in part.units]
    if not found:
        return ""
    facts += found
    held = held_units_asked(reading.question)
    text = f"{'下属单位' if held else '各单位'}{part.name}：{parts_text(found)}"
    if held and len(found) > 1:
        total = summed_fact(part.document, f"下属单位{part.name}合计", found)
        facts.append(total)
        text += f"，下属单位（{len(found)} 个）合计 {amount_text(total.value, total.unit)}"
    return text + "。"


def compose_concept_sum(reading: Reading, part: DocumentReading) -> Answer:
    """A concept no record states whole: its parts (from a table, or the narrative), summed."""
    document = part.document
    if part.figures:
        parts = [figure_fact(document, figure) for figure in part.figures]
    else:
        parts = [stated_fact(document, figure) for figure in part.stated]
    fact = summed_fact(document, part.name, parts)
    total, unit, first = fact.value or Decimal(0), fact.unit, parts[0].source
    where_from = part.table.reference if part.table else f"说明部分「{first.section}」"
    read = part.figures[0] if part.figures else None  # a table of one row per side: the row's side
    words = (
        figure_words(document, read.row, read.cell)
        if read
        else f"{document.head.year}年{money_word(document)}"
    )
    text = (
        f"{part.name}：{words} {amount_text(total, unit)}"
        f"（{where_from}未直接写明总数，按{fact.source.column}）。"
        f"其中{parts_text(parts)}。"
    )
    text += apart_text(part, [figure_fact(document, figure) for figure in part.elsewhere])
    text += units_text(reading, part, parts)
    if part.figures:
        check, stated = narrative_check(part, total, unit)
        text += check
        parts += stated
    text += "\n" + where(first)
    return Answer(
        "answered", with_spend_note(reading, document, text), [fact, *parts], intent=part.kind.intent
    )


AMOUNT_COMPOSERS = {
    ReadingKind.CONCEPT: compose_concept,
    ReadingKind.CONCEPT_SUM: compose_concept_sum,
    ReadingKind.ROW: compose_row,
    ReadingKind.COLUMN_TOTAL: compose_column_total,
    ReadingKind.TABLE: compose_table,
    ReadingKind.EMPTY_TABLE: compose_empty_table,
    ReadingKind.STATED: compose_stated,
    ReadingKind.WHOLE_PLAN: compose_whole_plan,
    ReadingKind.TOPIC: compose_topic,
    ReadingKind.RIVALS: compose_rivals,
}


def headline(reading: Reading, part: DocumentReading) -> Fact:
    """The figure an amount reading gives first (a topic's sum), for setting documents side by side."""
    answer = AMOUNT_COMPOSERS[part.kind](reading, part)
    summed = [fact for fact in answer.facts if fact.label == f"{part.name}合计"]
    return summed[0] if part.kind == ReadingKind.TOPIC and summed else answer.facts[0]

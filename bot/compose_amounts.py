"""Replies about amounts: one item (which table and column, and why), a topic of several rows, a table."""

from __future__ import annotations

from decimal import Decimal

from bot.answers import Answer, Choice, Fact, Source
from bot.index import Cell, DocumentIndex, RowEntry, StatedEntry, TableEntry
from bot.lexicon import MAIN_COLUMN_WORDS, TOTAL_LABELS, ColumnCue
from bot.matcher import ColumnTotal, Intent, Match, sort_matches
from bot.replies import (
    amount_text,
    kind_note,
    money_word,
    plain_label,
    row_fact,
    stated_fact,
    table_source,
    where,
)
from bot.similarity import TOPIC_SCORE_FLOOR, contains_subject, match_key, similarity

MAX_TOPIC_ROWS = 12
CROSS_CHECK_SCORE = 55.0
OTHER_TABLES_SHOWN = 3
TABLE_PREFERENCE_MARGIN = 5.0
NAMED_COLUMN_SCORE = 85.0


def main_cell(row: RowEntry, columns: list[ColumnCue]) -> Cell | None:
    """The cell a question about this row means: a column it names, else 合计/金额 (决算数 rather than
    预算数 in a 决算 table), else the first."""
    for cue in columns:
        if any(word in row.label for word in cue.words):
            continue
        for cell in row.cells:
            if any(word in cell.column for word in cue.header_words):
                return cell
    main = [cell for cell in row.cells if any(word in cell.leaf for word in MAIN_COLUMN_WORDS)]
    if main and "决算" in row.table.title:
        return next((cell for cell in main if "决算" in cell.leaf), None) or actual_beside(row, main[0])
    return main[0] if main else row.cells[0] if row.cells else None


def actual_beside(row: RowEntry, planned: Cell) -> Cell:
    """In a 决算 table, the 决算数 column next to a 预算数 one; printed empty when the row has no figure there."""
    column = planned.column.rsplit("/", 1)[0] + "/决算数" if "/" in planned.column else "决算数"
    if "预算" not in planned.leaf or column not in row.table.columns:
        return planned
    return Cell(column, "决算数", row.table.columns.index(column), None, "")


def column_note(row: RowEntry, cell: Cell | None) -> str:
    """Say which column was read and what it includes."""
    if cell is None:
        return ""
    others = [c.leaf for c in row.cells if c is not cell and c.leaf]
    if len(others) < 2:
        return f"（「{cell.column}」列）"
    if any(word in cell.leaf for word in MAIN_COLUMN_WORDS) or cell is row.cells[0]:
        return (
            f"（取「{cell.column}」列，即{'、'.join(dict.fromkeys(others))}之和）"
            if len(others) <= 4
            else f"（取「{cell.column}」列）"
        )
    return f"（取「{cell.column}」列）"


def breakdown(row: RowEntry, cell: Cell | None) -> list[tuple[Cell, str]]:
    """The row's other non-empty columns, as 其中 parts."""
    return [
        (c, f"{c.leaf} {amount_text(c.value, row.table.unit)}")
        for c in row.cells
        if c is not cell and c.value
    ]


def same_item_elsewhere(document: DocumentIndex, row: RowEntry) -> list[RowEntry]:
    return [
        other
        for other in document.rows
        if other is not row
        and other.key.text == row.key.text
        and (not row.code or not other.code or other.code == row.code)
        and other.table is not row.table
        and other.cells
    ]


def compose_row(intent: Intent, document: DocumentIndex, row: RowEntry) -> Answer:
    cell = main_cell(row, intent.columns)
    facts = [row_fact(document, row, cell)]
    name = plain_label(row.label) + (f"（{row.code}）" if row.code else "")
    if cell is None or cell.value is None:
        text = f"{name}：{row.table.reference}中该项留空，即无{money_word(document)}（{amount_text(None, row.table.unit)}）。"
        text += no_data_note(document, intent)
    else:
        text = f"{name}：{document.head.year}年{money_word(document)} {amount_text(cell.value, row.table.unit)}{column_note(row, cell)}。"
        parts = breakdown(row, cell)
        if parts:
            text += "其中" + "、".join(part for _cell, part in parts) + "。"
            facts += [row_fact(document, row, c, f"{plain_label(row.label)}·{c.leaf}") for c, _part in parts]
    text += "\n" + where(facts[0].source)
    elsewhere = same_item_elsewhere(document, row)[:OTHER_TABLES_SHOWN]
    if elsewhere:
        seen = []
        for other in elsewhere:
            other_cell = main_cell(other, intent.columns)
            facts.append(row_fact(document, other, other_cell))
            seen.append(
                f"{other.table.reference}「{other_cell.column if other_cell else ''}」{amount_text(other_cell.value if other_cell else None, other.table.unit)}"
            )
        text += "\n同一项目也见于：" + "；".join(seen) + "。"
    return Answer("answered", with_spend_note(intent, document, text), facts, intent="amount")


def no_data_note(document: DocumentIndex, intent: Intent) -> str:
    empty = [
        m.item
        for m in intent.matches
        if isinstance(m.item, TableEntry) and m.item.no_data and m.score >= TOPIC_SCORE_FLOOR
    ]
    return "".join(f"{table.reference}注明“本表无数据”。" for table in empty[:1])


def compose_column_total(intent: Intent, document: DocumentIndex, total: ColumnTotal) -> Answer:
    row, cell = total.row, total.cell
    fact = row_fact(document, row, cell, cell.leaf)
    text = (
        f"{cell.leaf}：{document.head.year}年{money_word(document)} {amount_text(cell.value, row.table.unit)}"
        f"（{row.table.reference}{row_words(row)}「{cell.column}」列）。\n{where(fact.source)}"
    )
    return Answer("answered", with_spend_note(intent, document, text), [fact], intent="amount")


def row_words(row: RowEntry) -> str:
    return f"「{plain_label(row.label)}」行" if row.label else ""


def subject_cell(intent: Intent, row: RowEntry) -> Cell | None:
    """The column a subject names (机关运行经费 in a combined 三公 and 机关运行经费 table), else the main one."""
    subject = match_key(intent.subject)
    named = [(similarity(subject, match_key(cell.leaf)), cell) for cell in row.cells if cell.leaf]
    best = max(named, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] >= NAMED_COLUMN_SCORE else main_cell(row, intent.columns)


def compose_table(intent: Intent, document: DocumentIndex, table: TableEntry) -> Answer:
    """A whole table asked for by its subject (三公经费, 机关运行经费): its total and its parts."""
    if table.no_data or not table.rows:
        fact = Fact(table.title, Decimal(0), table.unit, table_source(document, table), "本表无数据")
        text = f"无。{table.reference}注明“本表无数据”，即没有这方面的{money_word(document)}（{amount_text(None, table.unit)}）。\n{where(fact.source)}"
        return Answer("answered", text, [fact], intent="amount")
    total = table.total_row or table.rows[0]
    cell = subject_cell(intent, total)
    name = cell.column.split("/")[0] if cell and len(table.rows) == 1 else plain_label(table.kind)
    facts = [row_fact(document, total, cell, name)]
    blank = "，表中留空" if cell is not None and cell.value is None else ""
    text = f"{name}：{document.head.year}年{money_word(document)} {amount_text(cell.value if cell else None, table.unit)}（{table.reference}{row_words(total)}「{cell.column if cell else ''}」列{blank}）。"
    parts = []
    if len(table.rows) == 1:
        prefix = cell.column.rsplit("/", 1)[0] if cell and "/" in cell.column else None
        for other in total.cells:
            if other is not cell and prefix is not None and other.column.startswith(prefix + "/"):
                part = other.column[len(prefix) + 1 :]
                facts.append(row_fact(document, total, other, part))
                shown = f"{part} {amount_text(other.value, table.unit)}"
                parts.append(f"对照：同一行{shown}" if part in MAIN_COLUMN_WORDS else shown)
    for row in table.rows:
        if row is total or row.key.text in TOTAL_LABELS:
            continue
        row_cell = main_cell(row, intent.columns)
        facts.append(row_fact(document, row, row_cell))
        value = row_cell.value if row_cell else None
        parts.append(
            f"{plain_label(row.label)} {amount_text(value, table.unit)}"
            + ("（留空）" if value is None else "")
        )
    compared = [part for part in parts if part.startswith("对照")]
    parts = [part for part in parts if not part.startswith("对照")]
    if parts:
        text += "其中：" + "；".join(parts) + "。"
    text += "".join(f"{part}。" for part in compared) + "\n" + where(facts[0].source)
    return Answer("answered", with_spend_note(intent, document, text), facts, intent="amount")


def compose_stated(
    intent: Intent, document: DocumentIndex, figure: StatedEntry, matches: list[Match]
) -> Answer:
    """A narrative amount; when a table row shows the same figure, the table is the source given first."""
    same = [
        m.item
        for m in matches
        if isinstance(m.item, RowEntry)
        and m.score >= CROSS_CHECK_SCORE
        and (c := main_cell(m.item, []))
        and c.value == figure.value
    ]
    if same:
        answer = compose_row(intent, document, same[0])
        answer.text += f"\n说明部分也写明：“{figure.sentence}”"
        answer.facts.append(stated_fact(document, figure))
        return answer
    fact = stated_fact(document, figure)
    text = (
        f"{figure.subject or '所问金额'}：{amount_text(figure.value, figure.unit)}。"
        f"\n出自「{figure.section}」：“{figure.sentence}”\n{where(fact.source)}"
    )
    return Answer("answered", with_spend_note(intent, document, text), [fact], intent="amount")


def topic_rows(intent: Intent, matches: list[Match]) -> list[RowEntry]:
    """Rows that all contain the subject (零工市场 in three projects), when none is the subject itself."""
    best = matches[0]
    if not isinstance(best.item, RowEntry) or best.score >= 99.0:
        return []
    family = best.item.table.is_projects
    rows: list[RowEntry] = []
    for match in matches:
        row = match.item
        if (
            not isinstance(row, RowEntry)
            or match.score < TOPIC_SCORE_FLOOR
            or not contains_subject(intent.subject, row.key)
        ):
            continue
        same_family = row.table.is_projects if family else row.table is best.item.table
        if same_family and all(r.key.text != row.key.text or r.table is not row.table for r in rows):
            rows.append(row)
    nested = {id(row) for row in rows for ancestor in row.ancestors() if ancestor in rows}
    rows = [row for row in rows if id(row) not in nested]
    return rows[:MAX_TOPIC_ROWS] if len(rows) >= 2 else []


def compose_topic(intent: Intent, document: DocumentIndex, rows: list[RowEntry]) -> Answer:
    facts, lines, total = [], [], Decimal(0)
    units = {row.table.unit for row in rows}
    for number, row in enumerate(rows, 1):
        cell = main_cell(row, intent.columns)
        fact = row_fact(document, row, cell)
        facts.append(fact)
        total += fact.value or 0
        lines.append(
            f"{number}. {row.label}：{amount_text(fact.value, row.table.unit)}（{row.table.reference}）"
        )
    unit = units.pop() if len(units) == 1 else ""
    head = f"与“{intent.subject}”有关的{money_word(document)}共 {len(rows)} 项"
    if unit:
        head += f"，合计 {amount_text(total, unit)}"
        facts.append(
            Fact(
                f"{intent.subject}合计",
                total,
                unit,
                Source(
                    document=document.head.label,
                    title="按下列各项相加",
                    column="+".join(f"{f.value}" for f in facts),
                ),
            )
        )
    text = head + "：\n" + "\n".join(lines)
    return Answer("answered", with_spend_note(intent, document, text), facts, intent="topic")


def tables_first(matches: list[Match]) -> list[Match]:
    """A table record close to the best narrative figure comes first: tables are the primary source."""
    if not matches or not isinstance(matches[0].item, StatedEntry):
        return matches
    for position, match in enumerate(matches):
        if (
            not isinstance(match.item, StatedEntry)
            and match.score >= matches[0].score - TABLE_PREFERENCE_MARGIN
        ):
            return [match, *matches[:position], *matches[position + 1 :]]
    return matches


def rival_rows(matches: list[Match], margin: float) -> list[RowEntry]:
    """Rows of different items that fit within `margin` of the best row: choosing one would be a guess.

    The same item printed in several tables is one reading, and so are a row and the rows it sums
    (类 and its 款); rows on the other side of a 收支 table, or giving the same figure, are no rival.
    """
    best = matches[0] if matches else None
    if best is None or not isinstance(best.item, RowEntry):
        return []
    rivals = [best.item]
    value = row_value(best.item)
    for match in matches[1:]:
        row = match.item
        if match.score < best.score - margin or not isinstance(row, RowEntry) or row.side != best.item.side:
            continue
        if row_value(row) != value and not any(one_reading(row, other) for other in rivals):
            rivals.append(row)
    return rivals if len(rivals) >= 2 else []


def row_value(row: RowEntry) -> Decimal | None:
    cell = main_cell(row, [])
    return cell.value if cell else None


def one_reading(row: RowEntry, other: RowEntry) -> bool:
    """The same item in another table, or a row and one it sums (类 and 款, by code or by indent)."""
    if row.code and other.code:
        return row.code.startswith(other.code) or other.code.startswith(row.code)
    return row.key.text == other.key.text or row in other.ancestors() or other in row.ancestors()


def reading_question(document: DocumentIndex, row: RowEntry) -> str:
    """A question that names one row unmistakably: by its 科目编码, else by its table's number."""
    head = document.head
    if row.code:
        name = f"{row.code}{plain_label(row.label)}"
    elif row.table.number_value is not None:
        name = f"表{row.table.number_value} {plain_label(row.label)}"
    else:
        name = plain_label(row.label)
    return f"{head.unit_name}{head.year}年{head.kind} {name}"


def reading_note(row: RowEntry) -> str:
    """（2012902，群众团体事务）: what tells a row from others of the same name."""
    parts = [row.code or "", plain_label(row.parent.label) if row.parent else ""]
    return f"（{'，'.join(part for part in parts if part)}）" if any(parts) else ""


def compose_rivals(intent: Intent, document: DocumentIndex, rows: list[RowEntry]) -> Answer:
    """Several rows answer equally well: each with its figure and source, and the person asked which."""
    facts = [row_fact(document, row, main_cell(row, intent.columns)) for row in rows]
    names = [plain_label(row.label) + reading_note(row) for row in rows]
    lines = [
        f"{number}. {name}：{amount_text(fact.value, fact.unit)}（{where(fact.source)}）"
        for number, (name, fact) in enumerate(zip(names, facts, strict=True), 1)
    ]
    text = f"“{intent.subject}”可能指以下几项，请说明是哪一项：\n" + "\n".join(lines)
    choices = [
        Choice("", name, reading_question(document, row)) for name, row in zip(names, rows, strict=True)
    ]
    return Answer("ambiguous", text, facts, choices, intent="amount")


def compose_amount(intent: Intent, document: DocumentIndex, matches: list[Match]) -> Answer:
    """The best reading of an amount question in one document."""
    matches = tables_first(sort_matches(matches))
    rows = topic_rows(intent, matches)
    if rows:
        return compose_topic(intent, document, rows)
    item = matches[0].item
    rivals = rival_rows(matches, intent.settings.ambiguity_margin)
    if rivals:
        return compose_rivals(intent, document, rivals[: intent.settings.max_candidates])
    if isinstance(item, RowEntry):
        return compose_row(intent, document, item)
    if isinstance(item, ColumnTotal):
        return compose_column_total(intent, document, item)
    if isinstance(item, TableEntry):
        return compose_table(intent, document, item)
    assert isinstance(item, StatedEntry)
    return compose_stated(intent, document, item, matches)


def with_spend_note(intent: Intent, document: DocumentIndex, text: str) -> str:
    return text + ("\n" + kind_note(document) if intent.question.has("spend") else "")


def compose_overview(intent: Intent, document: DocumentIndex) -> Answer:
    """No subject: the document's totals (收入总计, 支出总计) from its 收支总表."""
    facts, parts = [], []
    for row in document.rows:
        if (
            row.key.text in ("收入总计", "支出总计", "本年收入合计", "上年结转")
            and row.table.kind == "收支总表"
        ):
            cell = main_cell(row, [])
            facts.append(row_fact(document, row, cell))
            parts.append(
                f"{plain_label(row.label)} {amount_text(cell.value if cell else None, row.table.unit)}"
            )
    if not facts:
        return Answer(
            "not_found", f"请说明想问{document.head.label}的哪一项，例如“三公经费是多少”。", intent="overview"
        )
    text = f"{document.head.label}：" + "，".join(parts) + "。\n" + where(facts[0].source)
    return Answer("answered", text, facts, intent="overview")

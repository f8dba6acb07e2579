"""Rows a table classes by a column of words, asked by the class's name.

Many 基本支出 tables print two economic classifications side by side: the 部门预算 one names each row
(职业年金缴费) and a column of words gives the 政府预算 class it falls in (社会保障缴费). 政府采购 tables
do the same with 采购组织形式 (政府集中采购). No row is named after the class, so a question asking for it
(社会保障缴费多少, 政府集中采购多少) is answered by the rows the column puts in it, added up.
"""

from __future__ import annotations

from bot.engine.cells import main_cell
from bot.engine.entries import DocumentIndex, RowEntry, TableEntry
from bot.engine.lexicon import TABLE_ITEM_WORDS
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.scoring import (
    Match,
    Query,
    satisfies_columns,
    table_named,
    table_names,
    without_table_names,
)
from bot.engine.similarity import EXACT, match_key


def read_class(query: Query, document: DocumentIndex, matches: list[Match]) -> DocumentReading | None:
    """The rows of the class the question names, to be added up; None when no class is so named, or when
    a row, column or sentence of the document is itself named so (住房公积金 is its own row)."""
    named = [match for match in matches if match.score >= EXACT and match.document is document]
    asked_in: dict[int, set[str]] = {}
    for found in document.classes:
        if id(found.table) not in asked_in:  # what the question names is read once per table
            asked_in[id(found.table)] = names_asked(query, document, found.table)
        asked = asked_in[id(found.table)]
        if match_key(found.name).text not in asked:
            continue
        if any(
            getattr(match.item, "key", None) is not None and match.item.key.text in asked for match in named
        ):
            return None
        if found.table.kind in TABLE_ITEM_WORDS and not table_named(query.question, found.table):
            continue  # 印刷费 asked: a 政府采购 table's 经济科目 印刷费 is only what is bought so, not all of it
        columns = tuple(cue for cue in query.columns if found.name not in cue.words)  # 人员经费 itself
        if columns and not satisfies_columns(found.table, found.rows[0].cells, columns):
            continue  # 项目支出里的社会保障缴费: a 基本支出 table's class is none of it
        figures = tuple(
            TableFigure(row, cell) for row in found.rows if (cell := main_cell(row, columns)) is not None
        )
        if figures:
            return DocumentReading(
                ReadingKind.TOPIC,
                document,
                figures=figures,
                name=found.name,
                qualifier=found.heading,
                defined=found.defined,
            )
    return None


def names_asked(query: Query, document: DocumentIndex, table: TableEntry) -> set[str]:
    """What the question names in this table: the subject as said, and without the words that place an
    item in the table (印刷费采购 → 印刷费 in the 政府采购 table, not in the 基本支出 one)."""
    names = table_names(table)
    rests = (
        rest
        for said in query.variants
        for name, rest in without_table_names(said, [document])
        if name in names
    )
    return {match_key(said).text for said in (*query.variants, *rests)}


def class_matches(query: Query) -> list[Match]:
    """The first row of each document's class the question names, as the match that makes the document
    one to read (none of its rows is named after the class)."""
    found = []
    for document in query.documents:
        part = read_class(query, document, [])
        if part is not None:
            found.append(Match(EXACT, part.figures[0].row, document))
    return found


def read_split_row(document: DocumentIndex, matches: list[Match]) -> DocumentReading | None:
    """物业管理服务 printed twice under one 专项, once per 采购组织形式: one item budgeted in parts a column of
    words tells apart, its rows added up, each said with its class."""
    best = matches[0].item if matches else None
    if not isinstance(best, RowEntry) or not best.classes:
        return None
    rows = list(
        dict.fromkeys(
            match.item
            for match in matches
            if isinstance(match.item, RowEntry)
            and match.item.table is best.table
            and match.item.parent is best.parent
            and match.item.key.text == best.key.text
        )
    )
    said = {tuple(cell.raw.strip() for cell in row.classes) for row in rows}
    if len(rows) < 2 or len(said) < len(rows):
        return None
    figures = tuple(
        TableFigure(row, cell, f"{row.label}（{'、'.join(part.raw.strip() for part in row.classes)}）")
        for row in rows
        if (cell := main_cell(row, ())) is not None
    )
    return DocumentReading(ReadingKind.TOPIC, document, figures=figures, name=best.label)


def class_figures(document: DocumentIndex, said: str) -> tuple[str, tuple[TableFigure, ...]]:
    """公用经费 where no row is so named: the class's name and the main figure of each row it is made of;
    ('', ()) where `said` names no class of the document."""
    if not said or not names_a_class(document, said):
        return "", ()
    name = match_key(said).text
    found = next(found for found in document.classes if match_key(found.name).text == name)
    figures = tuple(TableFigure(row, cell) for row in found.rows if (cell := main_cell(row, ())) is not None)
    return found.name, figures


def names_a_class(document: DocumentIndex, said: str) -> bool:
    """办公经费 where 表六's column of words puts five rows under it and no row is so named: no one row's
    figure is it (办公费 is one of them). A column so named prints it whole (培训费 of a “三公”经费、会议费、
    培训费 table), whatever a 政府采购 table's column of words files under the name."""
    name = match_key(said).text
    if any(row.key.text == name for row in document.rows):
        return False
    if any(match_key(cell.leaf).text == name for row in document.rows for cell in row.cells):
        return False
    return any(match_key(found.name).text == name for found in document.classes)

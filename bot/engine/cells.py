"""Which cell of a row a question means: a column it names, else the row's main figure (合计/金额, the
决算数 in a 决算 table). Scoring, readings and composers all read a row this way."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.entries import Cell, RowEntry
from bot.engine.lexicon import MAIN_COLUMN_WORDS, ColumnCue


def main_cell(row: RowEntry, columns: Sequence[ColumnCue]) -> Cell | None:
    """The cell a question about this row means: a column it names, else 合计/金额 (决算数 rather than
    预算数 in a 决算 table), else the first."""
    for cue in columns:
        if any(word in row.label for word in cue.words):
            continue
        for cell in row.cells:
            if any(word in cell.column for word in cue.header_words):
                return cell
    figures = [cell for cell in row.cells if not is_text(cell)]
    main = this_years([cell for cell in figures if any(word in cell.leaf for word in MAIN_COLUMN_WORDS)])
    if main and "决算" in row.table.title:
        return next((cell for cell in main if "决算" in cell.leaf), None) or actual_beside(row, main[0])
    first = main[0] if main else figures[0] if figures else None
    return actual_beside(row, first) if first is not None and "决算" in row.table.title else first


BLANK_MARKS = frozenset({"", "-", "—", "－", "/", "／", "…", "——"})
"""What a table prints in a cell it leaves empty."""


def is_text(cell: Cell) -> bool:
    """A cell of words or a row's 序号, not an amount nor one printed empty: it is no figure of the row."""
    return cell.value is None and cell.raw.strip() not in BLANK_MARKS


NAMED_YEAR = re.compile(r"((?:19|20)\d{2})年")
LAST_YEAR = re.compile(r"上年(?!结转|结余)|上一年")


def this_years(cells: list[Cell]) -> list[Cell]:
    """The cells that are not last year's beside this year's (上年预算数 | 本年预算数, 2023年预算数 |
    2024年预算数): the row's figure is this year's."""
    years = [int(found) for cell in cells for found in NAMED_YEAR.findall(cell.column)]
    latest = max(years, default=0)

    def earlier(cell: Cell) -> bool:
        named = [int(found) for found in NAMED_YEAR.findall(cell.column)]
        return bool(LAST_YEAR.search(cell.column)) or bool(named and max(named) < latest)

    current = [cell for cell in cells if not earlier(cell)]
    return current or cells


def actual_beside(row: RowEntry, planned: Cell) -> Cell:
    """In a 决算 table, the 决算数 column next to a 预算数 one; printed empty when the row has no figure there."""
    column = f"{heading}/决算数" if (heading := column_heading(planned.column)) else "决算数"
    if "预算" not in planned.leaf or column not in row.table.columns:
        return planned
    printed = next((cell for cell in row.cells if cell.column == column), None)
    return printed or Cell(column, "决算数", row.table.columns.index(column), None, "")


def column_heading(column: str) -> str:
    """财政拨款“三公”经费/公务接待费/预算数 → 财政拨款“三公”经费/公务接待费: what a column is under; ''
    for a column of its own."""
    return column.rsplit("/", 1)[0] if "/" in column else ""


def summed_parts(cell: Cell, others: list[Cell]) -> list[tuple[str, Cell]]:
    """The columns printed as parts of `cell`, each with its name, when their figures add up to it: the
    groups under its heading (基本支出, 项目支出 of 2024年预算数/小计; a group of columns by its 小计, named
    as the group), else every other column. Parallel figures (年初预算数 | 调整预算数 | 决算数, 2023年执行数 |
    2024年预算数, 增减额) are no parts."""
    others = [other for other in others if not CHANGE_COLUMN.search(other.column) and same_year(other, cell)]
    heading = column_heading(cell.column)
    prefix = f"{heading}/" if heading else ""
    groups: dict[str, list[Cell]] = {}
    for other in others:
        if other.column.startswith(prefix):
            groups.setdefault(other.column[len(prefix) :].split("/")[0], []).append(other)
    grouped: list[tuple[str, Cell]] = []
    for name, cells in groups.items():
        whole = len(cells) == 1 or any(word in cells[0].leaf for word in MAIN_COLUMN_WORDS)
        grouped += [(name, cells[0])] if whole else [(c.leaf, c) for c in cells]
    for parts in (grouped, [(other.leaf, other) for other in others]):
        if len(parts) >= 2 and sum(part.value or 0 for _name, part in parts) == cell.value:
            return parts
    return []


CHANGE_COLUMN = re.compile("增减|增长|比上年|变动")
"""A column of the change from last year (增减额, 比上年增长): no part of this year's figure."""


def same_year(one: Cell, other: Cell) -> bool:
    """Two columns of the same year: neither names a year (or 上年) the other does not."""
    return NAMED_YEAR.findall(one.column) == NAMED_YEAR.findall(other.column) and bool(
        LAST_YEAR.search(one.column)
    ) == bool(LAST_YEAR.search(other.column))

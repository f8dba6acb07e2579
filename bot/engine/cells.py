"""Which cell of a row a question means: a column it names, else the row's main figure (合计/金额, the
决算数 in a 决算 table). Scoring, readings and composers all read a row this way."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.entries import Cell, RowEntry
from bot.engine.lexicon import (
    ACTUAL_PART,
    ADJUSTED_PART,
    MAIN_COLUMN_WORDS,
    PLANNED_PART,
    SUM_LEAVES,
    ColumnCue,
)
from knowledge.text import compact


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


def words_beside(row: RowEntry) -> list[str]:
    """What a row of words prints beside its name (事业单位 | 财政全额拨款, 预算不单列，并入本级), its 序号 left
    out."""
    return [
        cell.raw for cell in row.cells if is_text(cell) and not cell.raw.isdigit() and cell.raw != row.label
    ]


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


def cell_under(row: RowEntry, column: str) -> Cell | None:
    """The row's cell under a column, as printed; None when the row has none there."""
    return next((cell for cell in row.cells if cell.column == column), None)


def row_side(row: RowEntry) -> str:
    """The side a row of a table of one row per side is (年初预算数, 决算数); '' for any other row."""
    return compact(row.label) if row.table.by_side else ""


def names_a_side(heading: str) -> bool:
    """预算数, 决算数 over 合计 | 因公出国… head a side of the table, not a group of items."""
    return bool(PLANNED_PART.fullmatch(heading) or ACTUAL_PART.fullmatch(heading))


HEADING_FRAME = re.compile(r"^(?:19|20)\d{2}年度?|(?:(?:年初|调整|全年)?预算|(?:支出)?决算)数$")
"""What a column heading says around its item: the year and the side (2023年“三公”经费预算数); 预算 without
数 ends names of money (一般公共预算), no side."""


def heading_item(heading: str) -> str:
    """The item a column heading names (“三公”经费 of 2023年“三公”经费预算数); '' for a side alone (预算数)."""
    return HEADING_FRAME.sub("", heading)


def side_total(row: RowEntry, side: re.Pattern[str]) -> Cell | None:
    """The row's figure under a side heading as a whole (年初预算数, or its 小计/合计 where it has parts)."""
    for cell in row.cells:
        top, _, rest = cell.column.partition("/")
        if side.fullmatch(top) and rest in ("", "小计", "合计") and cell.value is not None:
            return cell
    return None


def counterpart(row: RowEntry, cell: Cell, side: re.Pattern[str]) -> Cell | None:
    """The row's cell under the column printed as `cell`'s is but on the other `side` (its 决算数 for a
    预算数, its 年初预算数 for a 决算数), the first such column; printed empty when the row has no figure
    there; None when the table has no such column."""
    parts = cell.column.split("/")
    said = [at for at, part in enumerate(parts) if names_a_side(part)]
    if not said:
        return None
    at = said[-1]
    rest = parts[:at] + parts[at + 1 :]
    for index, column in enumerate(row.table.columns):
        others = column.split("/")
        if column == cell.column:
            continue
        same_place = len(others) == len(parts) and others[:at] + others[at + 1 :] == rest
        whole = all(part in SUM_LEAVES for part in [*rest, *others[1:]])
        if (same_place and side.fullmatch(others[at])) or (whole and side.fullmatch(others[0])):
            printed = cell_under(row, column)  # 年初预算数 beside 决算数/合计: the whole of the other side
            return printed or Cell(column, others[-1], index, None, "")
    return None


def actual_beside(row: RowEntry, planned: Cell) -> Cell:
    """In a 决算 table, the 决算数 column beside a 预算数 one; the cell itself when it is no 预算数."""
    return (counterpart(row, planned, ACTUAL_PART) if on_side(planned, PLANNED_PART) else None) or planned


def planned_beside(row: RowEntry, actual: Cell) -> Cell | None:
    """In a 决算 table, the 预算数 (年初预算 first) the row prints beside a 决算数; None when it prints none."""
    planned = counterpart(row, actual, PLANNED_PART) if on_side(actual, ACTUAL_PART) else None
    return planned if any(cell is planned for cell in row.cells) else None


ADJUSTED_ASKED = "调整"
"""完成调整预算的多少, 比调整预算多还是少: the budget as adjusted is what the 决算 is set against."""


def adjusted_beside(row: RowEntry) -> Cell | None:
    """The row's 调整预算数, as printed; None when it prints none."""
    return next((cell for cell in row.cells if cell.value is not None and on_side(cell, ADJUSTED_PART)), None)


def asked_side(columns: Sequence[ColumnCue], text: str) -> re.Pattern[str]:
    """The side of a 决算 a question reads: its budget when a column it names is a budget's, else 决算数."""
    if not any(PLANNED_PART.fullmatch(word) for cue in columns for word in cue.header_words):
        return ACTUAL_PART
    return budget_asked(text)


def budget_asked(text: str) -> re.Pattern[str]:
    """The budget a 决算 is set against: 调整预算数 when the question says so, else 年初预算数."""
    return ADJUSTED_PART if ADJUSTED_ASKED in text else PLANNED_PART


def budget_side(column: str) -> str:
    """Which budget a column is of: 调整预算 for an adjusted one, else 年初预算."""
    return "调整预算" if side_of(column, ADJUSTED_PART) else "年初预算"


def other_side(row: RowEntry, cell: Cell) -> Cell | None:
    """The row's 预算数 for a 决算数 and its 决算数 for a 预算数, as printed; None when it prints no other."""
    if on_side(cell, ACTUAL_PART):
        return planned_beside(row, cell)
    beside = actual_beside(row, cell)
    return beside if beside is not cell and any(found is beside for found in row.cells) else None


def side_of(column: str, side: re.Pattern[str]) -> str:
    """The part of a column path that says its side (年初预算数 of 年初预算数/小计); '' when none does."""
    return next((part for part in reversed(column.split("/")) if side.fullmatch(part)), "")


def on_side(cell: Cell, side: re.Pattern[str]) -> bool:
    """Whether a part of the cell's column path says it is a 预算数 (or a 决算数)."""
    return bool(side_of(cell.column, side))


def column_heading(column: str) -> str:
    """财政拨款“三公”经费/公务接待费/预算数 → 财政拨款“三公”经费/公务接待费: what a column is under; ''
    for a column of its own."""
    return column.rsplit("/", 1)[0] if "/" in column else ""


def summed_parts(cell: Cell, others: list[Cell]) -> list[tuple[str, Cell]]:
    """The columns printed as parts of `cell`, each with its name, when their figures add up to it: the
    groups under its heading (基本支出, 项目支出 of 2024年预算数/小计; a group of columns by its 小计, named
    as the group), else every other column. Parallel figures (年初预算数 | 调整预算数 | 决算数, 2023年执行数 |
    2024年预算数, 增减额) are no parts."""
    others = [
        other
        for other in others
        if not CHANGE_COLUMN.search(other.column) and same_year(other, cell) and same_side(other, cell)
    ]
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


def same_side(one: Cell, other: Cell) -> bool:
    """Two columns on one side of a 决算: neither is its 决算数 or a budget (年初, 调整) the other is not."""
    return all(
        bool(on_side(one, side)) == bool(on_side(other, side))
        for side in (ACTUAL_PART, ADJUSTED_PART, PLANNED_PART)
    )


CHANGE_COLUMN = re.compile("增减|增长|比上年|变动")
"""A column of the change from last year (增减额, 比上年增长): no part of this year's figure."""


def same_year(one: Cell, other: Cell) -> bool:
    """Two columns of the same year: neither names a year (or 上年) the other does not."""
    return NAMED_YEAR.findall(one.column) == NAMED_YEAR.findall(other.column) and bool(
        LAST_YEAR.search(one.column)
    ) == bool(LAST_YEAR.search(other.column))

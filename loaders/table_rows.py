"""A table's rows as printed → rows as meant: a label printed a row away from its figures or wrapped onto a
row of its own joined to it, a label printed across into the next side moved there, and each row's parent
found by its code, the label column it stands in, or its numbering (一、 → （一） → 1. → ①).
"""

from __future__ import annotations

import re

from knowledge.models import TableRow
from knowledge.standard_tables import CARRIED_WORDS, ECONOMIC_CLASSES
from knowledge.text import is_dash, is_printed_figure, strip_ordinal, without_spaces

NUMBERING_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("一、", re.compile(r"[一二三四五六七八九十]+[、.．]")),
    ("（一）", re.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    ("1.", re.compile(r"\d{1,2}[、.．](?!\d)")),
    ("（1）", re.compile(r"[（(]\d{1,2}[）)]")),
    ("①", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
)
PART_OF_ABOVE = re.compile(r"^其中\s*[:：]?\s*")
COMPLETE_LABEL = re.compile(r"(支出|收入|资金|经费|费|计|补助|补贴|拨款|收费|结余|结转|[)）])$")
"""How a budget table's item names end; a label ending otherwise was cut where its cell ran out of room."""
TOTAL_LABEL = re.compile(r"(合计|总计|小计)$")
STARTS_NEW_ITEM = re.compile(
    r"^(第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十\d]+[)）、.．]|注[:：]|其中[:：])"
)
BARE_ENDING = re.compile(r"收入|支出|资金|经费|拨款|补助|补贴|收费")
"""Words that end an item name and name none alone: a line holding only one ends the label above."""
BARE_TOTALS = frozenset({"小计", "合计", "总计"})
"""Alone on a line that prints nothing else, under a label printing amounts, the end of that label
(当年收入 / 小计, at the top of a page or the next line of a text layer)."""
PLAIN = "plain"
ECONOMIC_CLASS = "class"


def has_printed_cells(row: TableRow) -> bool:
    return any(figure.raw for figure in row.figures)


def carry_labels_across_sides(sides: list[list[TableRow | None]]) -> None:
    """A label printed across into the next side (公用经费合计 spanning to the last 决算数 column) names
    the figures of that side: its row moves there."""
    for before, after in zip(sides, sides[1:], strict=False):
        for index, (left, right) in enumerate(zip(before, after, strict=True)):
            if left is None or right is None or left.code or not left.label or has_printed_cells(left):
                continue
            if not right.code and not right.label and has_printed_cells(right):
                right.label, right.is_total = left.label, left.is_total
                before[index] = None


def only_figures(row: TableRow) -> bool:
    """A row printing amounts but no code, label or text: its label stands on the row next to it."""
    printed = [figure for figure in row.figures if figure.raw]
    return (
        not row.code
        and not row.label
        and bool(printed)
        and all(figure.value is not None or is_dash(figure.raw) for figure in printed)
    )


def pair_labels_with_figures(rows: list[TableRow]) -> list[TableRow]:
    """A label printed a line away from its figures (合计 / 21,940.96 on the line below, or the 合计 figure
    on the line above its label) is one row: the figures join the labelled row above when they only fill
    cells it left empty (keeping its words: 一、一般公 | 1, and its amounts: 台式计算机 | 12 over 6.00 —
    figures printed below their label), else the 合计 below that prints none."""
    paired: list[TableRow] = []
    for row in rows:
        previous = paired[-1] if paired else None
        if previous is not None and only_figures(row) and fills_empty_cells(previous, row):
            take_cells(previous, row)
            continue
        if previous is not None and only_figures(previous) and has_label_only(row) and row.is_total:
            take_cells(row, previous)
            paired[-1] = row
            continue
        paired.append(row)
    return paired


def fills_empty_cells(above: TableRow, row: TableRow) -> bool:
    """Whether a row of figures only prints in cells the labelled row above it left empty."""
    empty = {figure.column_index for figure in above.figures if not figure.raw}
    printed = {figure.column_index for figure in row.figures if figure.raw}
    return bool(above.code or above.label) and printed <= empty


def take_cells(row: TableRow, source: TableRow) -> None:
    """Give a row the cells another row of its table printed where it printed none, column by column.
    Each figure stays with its row: moved between rows' lists, a figure equal to one already there (an
    empty cell of the same column) is dropped."""
    printed = {figure.column_index: figure for figure in source.figures if figure.raw}
    for figure in row.figures:
        other = printed.get(figure.column_index)
        if other is not None and not figure.raw:
            figure.raw, figure.value = other.raw, other.value


def has_label_only(row: TableRow) -> bool:
    return bool(row.code or row.label) and not has_printed_cells(row)


def join_wrapped_labels(
    rows: list[TableRow], levels: dict[int, int] | None = None, filled: set[int] | None = None
) -> list[TableRow]:
    """A long label wrapped onto rows of its own ends the label of the row above it: the first line filled
    the cell, so the rest is not longer than it. After a coded row, any row with nothing else printed
    (机关事业单位基本养老保险缴 / 费支出); after an uncoded one, a row of words only (a text layer's next
    line: 一、一般公 / 共预算财政 / 拨款收入, 台式计算 | 政府集中 / 机 | 采购) where each word cell goes on
    with the cell above it, which does not end as an item name does — or whose label's last line `filled`
    its cell (ids of such rows: 年初财政拨款 | 120,500.00 / 结转和结余 was cut however it ends). Figures
    printed beside a label's middle line go to the whole label."""
    depth = levels or {}
    full = set(filled or ())
    joined: list[TableRow] = []
    for row in rows:
        previous = joined[-1] if joined else None
        plain = not row.code and not row.is_total and numbering_style(row.label) == PLAIN
        if previous is not None and ends_with_bare_total(previous, row):
            previous.label += without_spaces(row.label)
            previous.is_total = True
        elif previous is None or not plain:
            joined.append(row)
        elif (
            previous.code
            and row.label
            and not has_printed_cells(row)
            and len(row.label) <= len(previous.label)
        ):
            previous.label += row.label
        elif goes_on_above(
            previous, row, depth.get(id(row), 0) == depth.get(id(previous), 0), id(previous) in full
        ):
            join_rows(previous, row, depth.get(id(row), 0) == depth.get(id(previous), 0))
            if id(row) in full:
                full.add(id(previous))
            else:
                full.discard(id(previous))
        else:
            joined.append(row)
    return joined


def ends_with_bare_total(above: TableRow, row: TableRow) -> bool:
    """Whether a row printing only 合计 (or 小计, 总计) is the last line of the uncoded label above it,
    which prints amounts (本年收入 | 2,476.80 / 合计): a total of its own prints its amounts."""
    return (
        without_spaces(row.label) in BARE_TOTALS
        and not row.code
        and not has_printed_cells(row)
        and not above.code
        and not above.is_total
        and has_amounts(above)
    )


def has_amounts(row: TableRow) -> bool:
    return any(figure.value is not None or is_dash(figure.raw) for figure in row.figures if figure.raw)


def goes_on_above(above: TableRow, row: TableRow, same_column: bool, label_filled: bool = False) -> bool:
    """Whether an uncoded row only carries on the words of the uncoded row above: each of its word cells
    (its label among them, when it stands in the label's column) under a cell of that row that was cut —
    one not ending as an item name does, one a bare 收入 / 支出 ends, or a label that `label_filled` its
    cell (not a total's) — no longer than it, and neither a number (a 序号 is never wrapped); amounts on
    only one of the two rows."""
    if above.code or STARTS_NEW_ITEM.match(row.label) or (has_amounts(row) and has_amounts(above)):
        return False
    cut = label_filled and not above.is_total
    cells = {figure.column_index: figure.raw for figure in above.figures}
    words = [(above.label, row.label, cut)] if row.label and same_column else []
    words += [
        (cells.get(figure.column_index, ""), figure.raw, False)
        for figure in row.figures
        if figure.raw and figure.value is None and not is_dash(figure.raw)
    ]
    if row.label and not same_column and row.label not in [rest for _, rest, _ in words]:
        return False
    return bool(words) and all(
        first
        and not any(map(is_printed_figure, (first, rest)))
        and (cut or BARE_ENDING.fullmatch(rest) or not COMPLETE_LABEL.search(first))
        and len(rest) <= len(first)
        for first, rest, cut in words
    )


def join_rows(above: TableRow, row: TableRow, same_column: bool) -> None:
    """Join a row that carries on the words of the row above into it."""
    if same_column:
        above.label += row.label
        above.is_total = is_total_label(above.label)
    words = {figure.column_index: figure for figure in row.figures if figure.raw and figure.value is None}
    for figure in above.figures:
        if figure.column_index in words and figure.raw and figure.value is None and not is_dash(figure.raw):
            figure.raw += words.pop(figure.column_index).raw
    if has_amounts(row):
        take_cells(above, row)


def is_total_label(label: str) -> bool:
    return TOTAL_LABEL.search(without_spaces(label)) is not None


def numbering_style(label: str) -> str:
    """一、, （一）, 1., （1）, ① — or an 经济分类 class name, or plain; a part's number after 其中 counts
    (其中：（1）公务用车购置费 is numbered （1）)."""
    numbered = PART_OF_ABOVE.sub("", label)
    for style, pattern in NUMBERING_STYLES:
        if pattern.match(numbered):
            return style
    return ECONOMIC_CLASS if label in ECONOMIC_CLASSES else PLAIN


def link_hierarchy(rows: list[TableRow], label_levels: dict[int, int] | None = None) -> list[TableRow]:
    """Set level and parent: 类/款/项 by code prefix; in a table of several label columns by the column a
    row's label stands in (the nearest row above labelled further left); else by numbering (一、 → （一）
    → 1. → ①)."""
    levels = label_levels or {}
    nested = any(levels.get(id(row), 0) for row in rows)
    by_code: dict[str, TableRow] = {}
    stack: list[tuple[str, TableRow]] = []
    outer: dict[int, TableRow] = {}
    last_kuan: TableRow | None = None
    for row in rows:
        parent: TableRow | None = None
        column = levels.get(id(row), 0)
        outer = {level: above for level, above in outer.items() if level < column}
        if row.is_total:
            stack = []
        elif row.code:
            prefixes = [row.code[:length] for length in range(len(row.code) - 1, 2, -1)]
            parent = next((by_code[prefix] for prefix in prefixes if prefix in by_code), None)
            by_code[row.code] = row
            if len(row.code) <= KUAN_CODE_LENGTH:  # a new 类 or 款: the 款 a misprinted 项 may be under
                last_kuan = row if len(row.code) == KUAN_CODE_LENGTH else None
            stack = []
        elif (under := under_misprinted_code(row, last_kuan)) is not None:
            parent, stack = under, []
        elif nested:
            parent = outer[max(outer)] if outer else None
        else:
            parent, stack = parent_by_numbering(row, stack)
        outer[column] = row
        row.parent = parent
        row.level = parent.level + 1 if parent is not None else 0
    return nest_carried_funds(rows)


def nest_carried_funds(rows: list[TableRow]) -> list[TableRow]:
    """年初财政拨款结转和结余 followed, unindented, by 一般公共预算财政拨款 and 政府性基金预算财政拨款 again:
    the rows repeating the names printed above it are its parts (the carry-over by fund), never the
    year's own 一般公共预算财政拨款 a second time."""
    seen: set[str] = set()
    holder: TableRow | None = None
    for row in rows:
        name = strip_ordinal(row.label)
        if holder is not None and row.parent is None and not row.is_total and not row.code and name in seen:
            row.parent, row.level = holder, holder.level + 1
            continue
        carried = any(word in row.label for word in CARRIED_WORDS)
        holder = row if row.parent is None and not row.is_total and carried else None
        seen.add(name)
    return rows


KUAN_CODE_LENGTH = 5
ITEM_CODE_PARTS = re.compile(r"\S+ (\d{2}) \d{2}")
"""The 款 and 项 parts of a 科目 code printed in three cells (210 11 02), whatever its 类 part."""


def under_misprinted_code(row: TableRow, kuan: TableRow | None) -> TableRow | None:
    """7 | 11 | 02 after 210 | 11 行政事业单位医疗 (putuo-fuliyuan-2024 表5): a 项 whose 类 part is misprinted,
    so its code is not kept, is still a 项 of the 款 just above that its 款 part names."""
    printed = ITEM_CODE_PARTS.fullmatch(row.raw_code or "")
    if printed is None or kuan is None or kuan.code is None:
        return None
    return kuan if kuan.code[3:] == printed.group(1) else None


PARTS = "其中"
"""The style of the unnumbered rows after 其中：, each a part of the row above them."""


def parent_by_numbering(
    row: TableRow, stack: list[tuple[str, TableRow]]
) -> tuple[TableRow | None, list[tuple[str, TableRow]]]:
    """The parent of an uncoded row by its numbering style among the rows above, and the new stack."""
    style = numbering_style(row.label)
    if style == PLAIN and PART_OF_ABOVE.match(row.label) and stack:
        return stack[-1][1], [*stack, (PARTS, row)]
    if style == PLAIN and stack and stack[-1][0] == PARTS:
        return stack[-1][1].parent, [*stack[:-1], (PARTS, row)]
    while style not in (PLAIN, ECONOMIC_CLASS) and stack and stack[-1][0] == PARTS:
        stack = stack[:-1]  # a part listed after 其中 numbers none below it
    if style == ECONOMIC_CLASS:
        stack = []
    elif style == PLAIN:
        stack = stack[:1] if stack and stack[0][0] == ECONOMIC_CLASS else []
    elif any(seen == style for seen, _ in stack):
        while stack.pop()[0] != style:
            pass
    parent = stack[-1][1] if stack else None
    return parent, [*stack, (style, row)]

"""A table's rows as printed → rows as meant: a label printed a row away from its figures or wrapped onto a
row of its own joined to it, a label printed across into the next side moved there, and each row's parent
found by its code, the label column it stands in, or its numbering (一、 → （一） → 1. → ①).
"""

from __future__ import annotations

import re

from knowledge.models import TableRow
from knowledge.standard_tables import ECONOMIC_CLASSES
from knowledge.text import is_dash

NUMBERING_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("一、", re.compile(r"[一二三四五六七八九十]+[、.．]")),
    ("（一）", re.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    ("1.", re.compile(r"\d{1,2}[、.．](?!\d)")),
    ("（1）", re.compile(r"[（(]\d{1,2}[）)]")),
    ("①", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
)
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
    on the line above its label) is one row: the figures join the label-only row beside them, the one
    above first, the 合计 below only."""
    paired: list[TableRow] = []
    for row in rows:
        previous = paired[-1] if paired else None
        if previous is not None and only_figures(row) and has_label_only(previous):
            previous.figures = row.figures
            continue
        if previous is not None and only_figures(previous) and has_label_only(row) and row.is_total:
            row.figures = previous.figures
            paired[-1] = row
            continue
        paired.append(row)
    return paired


def has_label_only(row: TableRow) -> bool:
    return bool(row.code or row.label) and not has_printed_cells(row)


def join_wrapped_labels(rows: list[TableRow]) -> list[TableRow]:
    """A long label wrapped onto a row of its own (机关事业单位基本养老保险缴 / 费支出), with no code and
    nothing else printed, ends the label of the coded row above it: the first line filled the cell, so
    the rest is not longer than it."""
    joined: list[TableRow] = []
    for row in rows:
        previous = joined[-1] if joined else None
        fragment = not row.code and not row.is_total and not has_printed_cells(row)
        if (
            previous is not None
            and previous.code
            and fragment
            and numbering_style(row.label) == PLAIN
            and len(row.label) <= len(previous.label)
        ):
            previous.label += row.label
            continue
        joined.append(row)
    return joined


def numbering_style(label: str) -> str:
    """一、, （一）, 1., （1）, ① — or an 经济分类 class name, or plain."""
    for style, pattern in NUMBERING_STYLES:
        if pattern.match(label):
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
            stack = []
        elif nested:
            parent = outer[max(outer)] if outer else None
        else:
            parent, stack = parent_by_numbering(row, stack)
        outer[column] = row
        row.parent = parent
        row.level = parent.level + 1 if parent is not None else 0
    return rows


def parent_by_numbering(
    row: TableRow, stack: list[tuple[str, TableRow]]
) -> tuple[TableRow | None, list[tuple[str, TableRow]]]:
    """The parent of an uncoded row by its numbering style among the rows above, and the new stack."""
    style = numbering_style(row.label)
    if style == ECONOMIC_CLASS:
        stack = []
    elif style == PLAIN:
        stack = stack[:1] if stack and stack[0][0] == ECONOMIC_CLASS else []
    elif any(seen == style for seen, _ in stack):
        while stack.pop()[0] != style:
            pass
    parent = stack[-1][1] if stack else None
    return parent, [*stack, (style, row)]

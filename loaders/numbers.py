"""Rows that only number a table's columns (栏次 1 2 3); what counts as a printed number is decided by
knowledge.text."""

from __future__ import annotations

import re

COLUMN_NUMBERS = re.compile(r"\d{1,2}")
COLUMN_NUMBER_LABELS = frozenset({"栏次", "序号"})


def is_column_numbers(cells: list[str] | tuple[str, ...]) -> bool:
    """Given a row, say whether it only numbers the columns: 1 2 3 4 5, 栏次 1 2 3, or 栏次 1 | 栏次 2 in a
    table of two sides."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    numbers = [cell for cell in filled if cell not in COLUMN_NUMBER_LABELS]
    if len(numbers) < 2 and len(filled) - len(numbers) < 2:
        return False
    if not numbers or not all(COLUMN_NUMBERS.fullmatch(cell) for cell in numbers):
        return False
    values = [int(cell) for cell in numbers]
    return values == list(range(values[0], values[0] + len(values)))

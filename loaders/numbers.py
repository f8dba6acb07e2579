"""Printed figures as exact numbers: 1,596.64 → Decimal('1596.64'); a dash is printed, not zero.

Every loader reads cells and sentences through these few functions, so "what counts as a number"
is decided in one place.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

AMOUNT = re.compile(r"[-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?%?")
"""A cell that is only a number: 1100.24, 1,596.64, -3.5, 0, 86.69%."""
DASHES = frozenset({"-", "--", "—", "——", "－", "–", "/"})
"""Cells printed as a dash: no amount, but not an empty cell either."""
COLUMN_NUMBERS = re.compile(r"\d{1,2}")
COLUMN_NUMBER_LABELS = frozenset({"栏次", "序号"})


def is_amount(text: str) -> bool:
    """Given a cell, say whether it is printed as a number (a dash is not)."""
    return AMOUNT.fullmatch(text.strip().replace(" ", "")) is not None


def is_dash(text: str) -> bool:
    return text.strip() in DASHES


def parse_amount(text: str) -> Decimal | None:
    """Given a printed cell, return its exact value; None for empty, dash or text cells."""
    compact = text.strip().replace(" ", "")
    if AMOUNT.fullmatch(compact) is None:
        return None
    digits = compact.replace(",", "").replace("，", "").replace("−", "-").rstrip("%")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


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

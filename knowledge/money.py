"""Units of measure for amounts, as documents print them, with their size in 元."""

from __future__ import annotations

from decimal import Decimal

AMOUNT_UNITS: dict[str, Decimal] = {
    "元": Decimal(1),
    "千元": Decimal(1_000),
    "万元": Decimal(10_000),
    "亿元": Decimal(100_000_000),
}

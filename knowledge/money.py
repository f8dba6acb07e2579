"""Units of measure for amounts, as documents print them, with their size in 元."""

from __future__ import annotations

from decimal import Decimal

AMOUNT_UNITS: dict[str, Decimal] = {
    "元": Decimal(1),
    "千元": Decimal(1_000),
    "万元": Decimal(10_000),
    "亿元": Decimal(100_000_000),
}


def same_amount(said: Decimal, said_unit: str, printed: Decimal | None, unit: str) -> bool:
    """A stated amount and a table's are the same sum, compared in 元 when their units differ, to the
    last digit the narrative prints (268.77万元 for 2,687,760 元)."""
    if said_unit not in AMOUNT_UNITS or unit not in AMOUNT_UNITS:
        return said == (printed or Decimal(0))
    exponent = said.as_tuple().exponent
    last_digit = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0) * AMOUNT_UNITS[said_unit]
    return abs(said * AMOUNT_UNITS[said_unit] - (printed or Decimal(0)) * AMOUNT_UNITS[unit]) <= last_digit

"""The sample, loaded into a real database, keeps every figure of every table exactly."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from knowledge.models import BudgetTable, Figure, GlossaryTerm, PerformanceTarget, TableRow
from loaders import load_into

AMOUNT = re.compile(r"^\d[\d,]*\.\d+$")


def printed_amounts(sample: Path) -> Counter[str]:
    """Every amount cell of the report tables (第二部分), read straight from the file."""
    text = sample.read_text(encoding="utf-8")
    tables_part = text[
        text.index("\n第二部分 2024年单位预算报表\n") : text.index("\n第三部分 2024年度单位预算情况说明\n")
    ]
    cells = [cell.strip() for line in tables_part.splitlines() if "\t" in line for cell in line.split("\t")]
    return Counter(cell for cell in cells if AMOUNT.match(cell))


def test_every_amount_of_the_sample_reaches_the_database(engine: Engine, sample: Path) -> None:
    report = load_into(engine, sample)
    assert report.error is None
    with Session(engine) as session:
        stored = Counter(
            raw
            for raw, value in session.exec(select(Figure.raw, Figure.value).join(TableRow).join(BudgetTable))
            if value is not None and AMOUNT.match(raw)
        )
    expected = printed_amounts(sample)
    assert sum(expected.values()) == 311
    assert stored == expected


def test_values_are_exact_decimals_in_the_database(engine: Engine, sample: Path) -> None:
    load_into(engine, sample)
    with Session(engine) as session:
        values = session.exec(
            select(Figure.value).join(TableRow).where(TableRow.label == "2024年零工市场运营费用")
        ).all()
        assert Decimal("57.60") in values
        assert all(isinstance(value, Decimal) for value in values if value is not None)


def test_glossary_and_targets_reach_the_database(engine: Engine, sample: Path) -> None:
    load_into(engine, sample)
    with Session(engine) as session:
        terms = session.exec(select(GlossaryTerm.term)).all()
        projects = session.exec(select(PerformanceTarget.project)).all()
    assert "机关运行经费" in terms and len(terms) >= 11
    assert len(projects) == 22 and "仲裁工作经费" in projects

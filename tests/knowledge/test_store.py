"""Storing is one transaction: idempotent, replacing atomically, exact, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, func, select

from knowledge.models import BudgetTable, Disclosure, Figure, TableRow
from knowledge.store import disclosure_count, store_disclosure


def small_disclosure(content_hash: str, amount: str = "887.80", *, year: int = 2024) -> Disclosure:
    table = BudgetTable(position=1, number="表一", number_value=1, title="项目支出预算表", kind="项目支出")
    parent = TableRow(position=1, label="合计", is_total=True)
    child = TableRow(position=2, label="零工市场运营费用", level=1, parent=parent)
    parent.figures = [Figure(column_index=0, column="合计", value=Decimal(amount), raw=amount)]
    child.figures = [
        Figure(column_index=0, column="合计", value=Decimal("57.60"), raw="57.60"),
        Figure(column_index=1, column="单位资金", value=None, raw=""),
    ]
    table.rows = [parent, child]
    return Disclosure(
        unit_name="汾阳市人力资源和社会保障局",
        aliases=["人社局"],
        year=year,
        kind="预算",
        source_name="sample.txt",
        source_format="text",
        content_hash=content_hash,
        tables=[table],
    )


def figure_values(engine: Engine) -> list[tuple[str, Decimal | None, str]]:
    with Session(engine) as session:
        statement = select(TableRow.label, Figure.value, Figure.raw).join(Figure).order_by(Figure.id)
        return [tuple(row) for row in session.exec(statement)]


def test_store_keeps_exact_decimals_and_empty_cells(engine: Engine) -> None:
    result = store_disclosure(engine, small_disclosure("a"))
    assert result.outcome == "loaded"
    assert figure_values(engine) == [
        ("合计", Decimal("887.80"), "887.80"),
        ("零工市场运营费用", Decimal("57.60"), "57.60"),
        ("零工市场运营费用", None, ""),
    ]


def test_row_hierarchy_survives_the_round_trip(engine: Engine) -> None:
    store_disclosure(engine, small_disclosure("a"))
    with Session(engine) as session:
        child = session.exec(select(TableRow).where(TableRow.label == "零工市场运营费用")).one()
        assert child.parent is not None and child.parent.label == "合计"


def test_same_content_twice_is_a_no_op(engine: Engine) -> None:
    store_disclosure(engine, small_disclosure("a"))
    again = store_disclosure(engine, small_disclosure("a"))
    assert again.outcome == "unchanged"
    assert disclosure_count(engine) == 1
    assert len(figure_values(engine)) == 3


def test_new_version_of_same_unit_year_kind_replaces_the_old(engine: Engine) -> None:
    store_disclosure(engine, small_disclosure("a", "887.80"))
    result = store_disclosure(engine, small_disclosure("b", "900.00"))
    assert result.outcome == "replaced"
    assert disclosure_count(engine) == 1
    assert figure_values(engine)[0] == ("合计", Decimal("900.00"), "900.00")
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(TableRow)).one() == 2


def test_other_year_is_kept_beside(engine: Engine) -> None:
    store_disclosure(engine, small_disclosure("a"))
    store_disclosure(engine, small_disclosure("b", year=2023))
    assert disclosure_count(engine) == 2


def test_failed_store_leaves_the_database_as_it_was(engine: Engine) -> None:
    store_disclosure(engine, small_disclosure("a", "887.80"))
    broken = small_disclosure("b", "900.00")
    broken.tables[0].rows[1].label = None  # type: ignore[assignment]  # NOT NULL violated mid-insert
    with pytest.raises(IntegrityError):
        store_disclosure(engine, broken)
    assert disclosure_count(engine) == 1
    assert figure_values(engine)[0] == ("合计", Decimal("887.80"), "887.80")
    with Session(engine) as session:
        assert session.exec(select(BudgetTable.title)).all() == ["项目支出预算表"]

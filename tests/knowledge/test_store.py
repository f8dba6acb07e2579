"""Storing is one transaction: idempotent, versioned, merging a document's files, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from knowledge.models import (
    BudgetTable,
    Disclosure,
    Figure,
    GlossaryTerm,
    Passage,
    SourceFile,
    StatedFigure,
    TableRow,
)
from knowledge.store import disclosure_count, restore_version, store_disclosure
from knowledge.versions import read_version

UNIT = "汾阳市人力资源和社会保障局"


def project_table(amount: str, position: int = 1) -> BudgetTable:
    table = BudgetTable(position=position, title="项目支出预算表", kind="项目支出")
    parent = TableRow(position=1, label="合计", is_total=True)
    child = TableRow(position=2, label="零工市场运营费用", level=1, parent=parent)
    parent.figures = [Figure(column_index=0, column="合计", value=Decimal(amount), raw=amount)]
    child.figures = [
        Figure(column_index=0, column="合计", value=Decimal("57.60"), raw="57.60"),
        Figure(column_index=1, column="单位资金", value=None, raw=""),
    ]
    table.rows = [parent, child]
    return table


def document(
    content_hash: str,
    *,
    part: str = "whole",
    amount: str = "887.80",
    unit: str = UNIT,
    year: int = 2024,
    scope: str = "单位",
    tables: int = 1,
) -> Disclosure:
    """One file's document: tables for a whole or tables file, a passage and a term for a narrative."""
    file = SourceFile(name=f"{content_hash}.txt", format="text", content_hash=content_hash, part=part)
    disclosure = Disclosure(unit_name=unit, year=year, kind="预算", scope=scope, files=[file])
    if part != "narrative":
        disclosure.tables = [project_table(amount, position) for position in range(1, tables + 1)]
    if part != "tables":
        passage = Passage(position=1, section="一、收入预算", text="收入预算1100.24万元。")
        disclosure.passages = [passage]
        disclosure.stated_figures = [
            StatedFigure(
                passage=passage,
                kind="amount",
                value=Decimal("1100.24"),
                unit="万元",
                raw="1100.24万元",
                sentence=passage.text,
            )
        ]
        disclosure.terms = [GlossaryTerm(position=1, term="基本支出", definition="保障机构正常运转的支出。")]
    for record in (*disclosure.tables, *disclosure.passages, *disclosure.terms):
        record.file = file
    return disclosure


def figure_values(engine: Engine, current_only: bool = True) -> list[tuple[str, Decimal | None, str]]:
    with Session(engine) as session:
        statement = (
            select(TableRow.label, Figure.value, Figure.raw)
            .join(Figure)
            .join(BudgetTable)
            .join(Disclosure)
            .where(col(Disclosure.is_current) | (not current_only))
            .order_by(Figure.id)
        )
        return [tuple(row) for row in session.exec(statement)]


def current(engine: Engine) -> list[Disclosure]:
    """The current versions with everything under them, readable after the session closes."""
    with Session(engine) as session:
        ids = session.exec(
            select(Disclosure.id).where(col(Disclosure.is_current)).order_by(col(Disclosure.id))
        )
        found = [read_version(session, doc_id or 0) for doc_id in ids.all()]
        for doc in found:
            for record in (*doc.tables, *doc.passages, *doc.terms):
                _ = record.file
        return found


def test_store_keeps_exact_decimals_and_empty_cells(engine: Engine) -> None:
    result = store_disclosure(engine, document("a"))
    assert result.outcome == "loaded" and result.label == f"{UNIT} 2024年单位预算"
    assert figure_values(engine) == [
        ("合计", Decimal("887.80"), "887.80"),
        ("零工市场运营费用", Decimal("57.60"), "57.60"),
        ("零工市场运营费用", None, ""),
    ]


def test_row_hierarchy_survives_the_round_trip(engine: Engine) -> None:
    store_disclosure(engine, document("a"))
    with Session(engine) as session:
        child = session.exec(select(TableRow).where(TableRow.label == "零工市场运营费用")).one()
        assert child.parent is not None and child.parent.label == "合计"


def test_same_file_twice_is_a_no_op(engine: Engine) -> None:
    store_disclosure(engine, document("a"))
    again = store_disclosure(engine, document("a"))
    assert again.outcome == "unchanged"
    assert disclosure_count(engine) == 1
    assert len(figure_values(engine, current_only=False)) == 3


def test_a_new_version_replaces_the_old_for_answers_and_the_old_is_kept(engine: Engine) -> None:
    first = store_disclosure(engine, document("a", amount="887.80"))
    result = store_disclosure(engine, document("b", amount="900.00"))
    assert result.outcome == "replaced" and result.replaced_id == first.version_id
    assert result.replaced_files == ("a.txt",)
    assert disclosure_count(engine) == 1
    assert figure_values(engine)[0] == ("合计", Decimal("900.00"), "900.00")
    assert figure_values(engine, current_only=False)[0] == ("合计", Decimal("887.80"), "887.80")
    restored = restore_version(engine, first.version_id or 0)
    assert restored.previous_id == result.version_id
    assert figure_values(engine)[0] == ("合计", Decimal("887.80"), "887.80")
    assert disclosure_count(engine) == 1


def test_other_year_scope_or_unit_is_kept_beside(engine: Engine) -> None:
    store_disclosure(engine, document("a"))
    assert store_disclosure(engine, document("b", year=2023)).outcome == "loaded"
    assert store_disclosure(engine, document("c", scope="部门")).outcome == "loaded"
    assert store_disclosure(engine, document("d", unit="孝义市人力资源和社会保障局")).outcome == "loaded"
    assert disclosure_count(engine) == 4


@pytest.mark.parametrize("order", [("narrative", "tables"), ("tables", "narrative")])
def test_the_narrative_and_tables_files_of_one_document_merge_in_either_order(
    engine: Engine, order: tuple[str, str]
) -> None:
    names = {"narrative": "江苏省委办公厅", "tables": "中共江苏省委办公厅"}
    scopes = {"narrative": "部门", "tables": ""}
    first, second = (
        document(part, part=part, unit=names[part], scope=scopes[part], year=2018) for part in order
    )
    assert store_disclosure(engine, first).outcome == "loaded"
    merged = store_disclosure(engine, second)
    assert merged.outcome == "merged" and merged.merged_with == (f"{order[0]}.txt",)
    (doc,) = current(engine)
    assert (doc.unit_name, doc.scope, doc.year) == ("中共江苏省委办公厅", "部门", 2018)
    assert "江苏省委办公厅" in doc.aliases
    assert [file.name for file in doc.files] == ["narrative.txt", "tables.txt"]
    assert [file.part for file in doc.files] == ["narrative", "tables"]
    assert [table.file.name for table in doc.tables if table.file] == ["tables.txt"]
    assert [passage.file.name for passage in doc.passages if passage.file] == ["narrative.txt"]
    assert [term.term for term in doc.terms] == ["基本支出"]
    with Session(engine) as session:
        stated = session.exec(select(StatedFigure).where(StatedFigure.disclosure_id == doc.id)).all()
        assert [figure.value for figure in stated] == [Decimal("1100.24")]
        assert all(figure.passage_id is not None for figure in stated)


def test_a_new_tables_file_replaces_only_the_tables_half(engine: Engine) -> None:
    store_disclosure(engine, document("text", part="narrative", scope="部门"))
    store_disclosure(engine, document("tables-v1", part="tables", scope="部门", amount="887.80"))
    result = store_disclosure(engine, document("tables-v2", part="tables", scope="部门", amount="900.00"))
    assert result.outcome == "replaced"
    assert result.replaced_files == ("tables-v1.txt",) and result.merged_with == ("text.txt",)
    (doc,) = current(engine)
    assert [file.name for file in doc.files] == ["text.txt", "tables-v2.txt"]
    assert figure_values(engine)[0] == ("合计", Decimal("900.00"), "900.00")
    assert [term.term for term in doc.terms] == ["基本支出"]


def test_a_far_smaller_new_version_is_stored_but_the_old_stays_current(engine: Engine) -> None:
    full = store_disclosure(engine, document("full", tables=12))
    truncated = store_disclosure(engine, document("cut", tables=3))
    assert truncated.outcome == "kept" and truncated.current_id == full.version_id
    assert truncated.shrunk == ("表格 12→3", "数字 24→6")
    assert [len(doc.tables) for doc in current(engine)] == [12]
    again = store_disclosure(engine, document("cut", tables=3))
    assert again.outcome == "unchanged" and again.version_id == truncated.version_id
    forced = store_disclosure(engine, document("cut", tables=3), replace=True)
    assert forced.outcome == "restored"
    assert [len(doc.tables) for doc in current(engine)] == [3]


def test_replace_makes_a_far_smaller_new_version_current(engine: Engine) -> None:
    store_disclosure(engine, document("full", tables=12))
    result = store_disclosure(engine, document("cut", tables=3), replace=True)
    assert result.outcome == "replaced" and result.shrunk
    assert [len(doc.tables) for doc in current(engine)] == [3]


def test_failed_store_leaves_the_database_as_it_was(engine: Engine) -> None:
    store_disclosure(engine, document("a", amount="887.80"))
    broken = document("b", amount="900.00")
    broken.tables[0].rows[1].label = None  # type: ignore[assignment]  # NOT NULL violated mid-insert
    with pytest.raises(IntegrityError):
        store_disclosure(engine, broken)
    assert disclosure_count(engine) == 1
    assert figure_values(engine)[0] == ("合计", Decimal("887.80"), "887.80")
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Disclosure)).one() == 1
        assert session.exec(select(BudgetTable.title)).all() == ["项目支出预算表"]

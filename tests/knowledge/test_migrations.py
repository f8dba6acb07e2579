"""A database written by the budgetbot before files and versions opens without losing a document.

The old schema is the DDL that budgetbot created (tests/knowledge/old_schema/), run as it was; its rows
are written through the reflected old tables, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import MetaData, create_engine, inspect
from sqlmodel import Session, col, select

from knowledge.database import open_engine
from knowledge.models import (
    BudgetTable,
    Disclosure,
    Figure,
    GlossaryTerm,
    Passage,
    PerformanceIndicator,
    PerformanceTarget,
    SourceFile,
    StatedFigure,
)
from knowledge.standard_tables import TableKind
from knowledge.store import disclosure_count, store_disclosure
from tests.knowledge.test_store import document

OLD_SCHEMA = Path(__file__).parent / "old_schema"
LOADED = datetime(2025, 3, 1, tzinfo=UTC)
UNIT = "汾阳市人力资源和社会保障局"


def old_rows() -> dict[str, list[dict[str, object]]]:
    """Two documents as the old budgetbot stored them: a whole 单位预算, and a narrative-only 决算."""
    document = {"aliases": ["人社局"], "kind": "预算", "title": "", "contents": ["表一2024年预算收支总表"]}
    return {
        "disclosure": [
            {**document, "id": 1, "unit_name": UNIT, "year": 2024, "scope": "单位", "source_name": "fenyang.txt",
             "source_format": "text", "content_hash": "a" * 64, "page_count": None, "loaded_at": LOADED},
            {**document, "id": 2, "unit_name": UNIT, "year": 2023, "kind": "决算", "scope": "", "source_name":
             "fenyang-2023.pdf", "source_format": "pdf", "content_hash": "b" * 64, "page_count": 9,
             "loaded_at": LOADED},
        ],
        "budgettable": [
            {"id": 1, "disclosure_id": 1, "position": 1, "number": "表一", "number_value": 1, "title":
             "2024年预算收支总表", "kind": "收支总表", "unit_of_measure": "万元", "columns": ["2024年"],
             "no_data": False, "note": "", "line": 60, "page": None},
        ],
        "tablerow": [
            {"id": 1, "table_id": 1, "position": 1, "label": "合计", "code": None, "raw_code": None, "level": 0,
             "parent_id": None, "side": "", "is_total": True, "line": 61, "page": None},
            {"id": 2, "table_id": 1, "position": 2, "label": "一般公共预算", "code": None, "raw_code": None,
             "level": 1, "parent_id": 1, "side": "", "is_total": False, "line": 62, "page": None},
        ],
        "figure": [
            {"id": 1, "row_id": 1, "column_index": 0, "column": "2024年", "value": "1100.24", "raw": "1100.24"},
            {"id": 2, "row_id": 2, "column_index": 0, "column": "2024年", "value": "1100.24", "raw": "1100.24"},
        ],
        "passage": [
            {"id": 1, "disclosure_id": 1, "position": 1, "part": "第三部分", "section": "一、收入",
             "text": "收入预算1100.24万元。", "line": 100, "page": None},
            {"id": 2, "disclosure_id": 2, "position": 1, "part": "", "section": "一、收入",
             "text": "收入决算1000.00万元。", "line": None, "page": 3},
        ],
        "statedfigure": [
            {"id": 1, "disclosure_id": 1, "passage_id": 1, "subject": "收入预算", "kind": "amount",
             "direction": "", "value": "1100.24", "unit": "万元", "raw": "1100.24万元",
             "sentence": "收入预算1100.24万元。"},
        ],
        "performancetarget": [
            {"id": 1, "disclosure_id": 1, "position": 1, "project": "零工市场运营", "department": "",
             "implementer": "", "attribute": "", "period": "", "unit_of_measure": "元", "total_amount": "576000",
             "annual_amount": "576000", "funding": {}, "overview": "", "basis": "", "necessity": "",
             "measures": "", "plan": "", "goal_period": "", "goal_annual": "", "line": 300, "page": None},
        ],
        "performanceindicator": [
            {"id": 1, "target_id": 1, "position": 1, "scope": "年度", "level1": "产出指标", "level2": "数量指标",
             "level3": "服务人次", "value": "≥1000人次", "line": 310, "page": None},
        ],
        "glossaryterm": [
            {"id": 1, "disclosure_id": 1, "position": 1, "term": "基本支出", "definition": "保障机构运转的支出。",
             "line": 400, "page": None},
        ],
    }  # fmt: skip


def write_old_database(url: str) -> None:
    """Run the old DDL, then write the rows through the tables as the old schema reflects them."""
    engine = create_engine(url)
    dialect = engine.dialect.name
    statements = (OLD_SCHEMA / f"{dialect}.sql").read_text(encoding="utf-8").split(";\n")
    with engine.begin() as connection:
        for statement in statements:
            body = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
            if body:
                connection.exec_driver_sql(body)
        tables = MetaData()
        tables.reflect(connection)
        for name, rows in old_rows().items():
            connection.execute(tables.tables[name].insert(), rows)
            if dialect == "postgresql":  # ids were given: the sequences go past them, as if assigned
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), {len(rows)})"
                )
    engine.dispose()


def test_an_old_database_keeps_every_document_each_with_its_file(database_url: str) -> None:
    write_old_database(database_url)
    engine = open_engine(database_url)
    with Session(engine) as session:
        documents = session.exec(select(Disclosure).order_by(col(Disclosure.id))).all()
        assert [(doc.year, doc.kind, doc.scope, doc.is_current, doc.is_sample) for doc in documents] == [
            (2024, "预算", "单位", True, False),
            (2023, "决算", "", True, False),
        ]
        files = session.exec(select(SourceFile).order_by(col(SourceFile.disclosure_id))).all()
        assert [(f.disclosure_id, f.name, f.format, f.content_hash, f.page_count, f.part) for f in files] == [
            (1, "fenyang.txt", "text", "a" * 64, None, "whole"),
            (2, "fenyang-2023.pdf", "pdf", "b" * 64, 9, "narrative"),
        ]
        by_document = {file.disclosure_id: file.id for file in files}
        for model in (BudgetTable, Passage, PerformanceTarget, GlossaryTerm):
            records = session.exec(select(model)).all()
            assert records and all(r.file_id == by_document[r.disclosure_id] for r in records)  # type: ignore[attr-defined]
        assert [f.value for f in session.exec(select(Figure).order_by(col(Figure.id)))] == [
            Decimal("1100.24")
        ] * 2
        assert session.exec(select(StatedFigure.passage_id)).all() == [1]
        assert session.exec(select(PerformanceIndicator.value)).all() == ["≥1000人次"]
    columns = {column["name"] for column in inspect(engine).get_columns("disclosure")}
    assert not columns & {"source_name", "source_format", "content_hash", "page_count"}
    engine.dispose()


def test_after_the_migration_scopes_live_side_by_side_and_old_files_are_unchanged(database_url: str) -> None:
    write_old_database(database_url)
    engine = open_engine(database_url)
    assert store_disclosure(engine, document("a" * 64)).outcome == "unchanged"
    assert store_disclosure(engine, document("department", scope="部门")).outcome == "loaded"
    assert store_disclosure(engine, document("unit-v2", scope="单位"), replace=True).outcome == "replaced"
    assert disclosure_count(engine) == 3
    engine.dispose()


def test_opening_a_migrated_database_again_changes_nothing(database_url: str) -> None:
    write_old_database(database_url)
    open_engine(database_url).dispose()
    engine = open_engine(database_url)
    with Session(engine) as session:
        assert len(session.exec(select(SourceFile)).all()) == 2
        assert len(session.exec(select(Disclosure)).all()) == 2
    engine.dispose()


def test_tables_stored_before_their_kind_existed_are_read_by_the_rules_of_now(database_url: str) -> None:
    write_old_database(database_url)
    engine = open_engine(database_url)
    with Session(engine) as session:
        table = session.exec(select(BudgetTable)).one()
        table.title, table.kind = "财政拨款支出预算表（功能科目）", TableKind.SPENDING
        session.add(BudgetTable(disclosure_id=table.disclosure_id, position=2, title="表外附注", kind="其他"))
        session.commit()
    engine.dispose()
    engine = open_engine(database_url)
    with Session(engine) as session:
        kinds = session.exec(
            select(BudgetTable.title, BudgetTable.kind).order_by(col(BudgetTable.position))
        ).all()
    assert kinds == [
        ("财政拨款支出预算表（功能科目）", TableKind.FISCAL_SPENDING),
        ("表外附注", TableKind.OTHER),
    ]
    engine.dispose()

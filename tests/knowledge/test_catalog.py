"""Finding documents and tables by what people type, and laying tables out for a terminal or a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.catalog import (
    display_width,
    find_disclosure,
    find_table,
    list_disclosures,
    list_tables,
    load_rows,
    table_lines,
    table_number,
)
from knowledge.errors import NotFound
from knowledge.queries import disclosure_heads
from loaders import load_into


@pytest.mark.parametrize(
    ("reference", "number"), [("表十二", 12), ("十二", 12), ("12", 12), ("公开03表", 3), ("项目", None)]
)
def test_table_numbers_as_people_write_them(reference: str, number: int | None) -> None:
    assert table_number(reference) == number


def test_find_table_and_document(sqlite_engine: Engine, sample: Path) -> None:
    load_into(sqlite_engine, sample)
    with Session(sqlite_engine) as session:
        document = find_disclosure(session, "人社局 2024")
        assert find_table(session, "表十", document).title == "2024年财政拨款安排“三公”经费支出预算表"
        assert find_table(session, "机关运行经费").number == "表十一"
        with pytest.raises(NotFound) as missing:
            find_table(session, "表九十九")
        assert missing.value.suggestions
        with pytest.raises(NotFound):
            find_disclosure(session, "教育局")


def test_wide_layout_fits_the_width_and_narrow_layout_lists_cells(
    sqlite_engine: Engine, sample: Path
) -> None:
    load_into(sqlite_engine, sample)
    with Session(sqlite_engine) as session:
        table = find_table(session, "表三")
        rows = load_rows(session, table)
        wide = table_lines(table, rows, 80)
        narrow = table_lines(table, rows, 40)
    assert all(display_width(line) <= 80 for line in wide)
    assert any(line.startswith("208 社会保障和就业支出") for line in narrow)
    assert "  2024年预算数/项目支出：1180.35" in narrow


def test_listings_and_answers_read_only_current_versions(
    engine: Engine, sample: Path, tmp_path: Path
) -> None:
    load_into(engine, sample)
    newer = tmp_path / "fenyang-corrected.txt"
    newer.write_text(
        sample.read_text(encoding="utf-8").replace("57.60\t57.60", "58.60\t58.60"), encoding="utf-8"
    )
    assert (report := load_into(engine, newer)).result is not None and report.result.outcome == "replaced"
    with Session(engine) as session:
        (current,) = list_disclosures(session)
        assert current.source_name == newer.name
        assert [doc.is_current for doc in list_disclosures(session, versions=True)] == [False, True]
        assert [doc.id for doc in disclosure_heads(session)] == [current.id]
        assert {table.disclosure_id for table in list_tables(session)} == {current.id}
        assert find_table(session, "表十二").disclosure_id == current.id
        with pytest.raises(NotFound):
            find_disclosure(session, str(current.id - 1))

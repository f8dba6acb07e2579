"""Opening a database made by an older budgetbot: columns added since then are added to it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from knowledge.database import open_engine


def test_an_older_database_gets_the_columns_added_since(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    open_engine(url).dispose()
    old = create_engine(url)
    with old.begin() as connection:
        connection.execute(text('ALTER TABLE "disclosure" DROP COLUMN "contents"'))
        connection.execute(text('ALTER TABLE "tablerow" DROP COLUMN "raw_code"'))
    old.dispose()
    engine = open_engine(url)
    columns = inspect(engine)
    assert "contents" in {column["name"] for column in columns.get_columns("disclosure")}
    assert "raw_code" in {column["name"] for column in columns.get_columns("tablerow")}
    engine.dispose()

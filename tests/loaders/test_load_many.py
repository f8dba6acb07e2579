"""Loading many files: worker processes read, the main process stores each file in order, one
transaction each, and a bad file is reported without stopping the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from knowledge.database import open_engine
from knowledge.models import Disclosure
from loaders import load_into, load_many

pytestmark = pytest.mark.slow  # starts worker processes

SMALL_DOCUMENT = """汾阳市财政局
2024年度部门预算
2024年预算收入总表
单位：万元
项目\t合计
合计\t12.50
"""


@pytest.fixture
def files(tmp_path: Path, sample: Path) -> list[Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    small = tmp_path / "fenyang-czj-2024.txt"
    small.write_text(SMALL_DOCUMENT, encoding="utf-8")
    return [sample, empty, small, sample]


@pytest.mark.parametrize("jobs", [1, 2])
def test_reports_come_back_in_input_order_and_a_bad_file_stops_nothing(
    sqlite_engine: Engine, files: list[Path], jobs: int
) -> None:
    reports = list(load_many(sqlite_engine, files, jobs=jobs))
    assert [report.path for report in reports] == files
    outcomes = [report.result.outcome if report.result else None for report in reports]
    assert outcomes == ["loaded", None, "loaded", "unchanged"]
    error = reports[1].error
    assert error is not None and error.path.endswith("empty.txt") and error.reason == "文件是空的"
    with Session(sqlite_engine) as session:
        names = sorted(session.exec(select(Disclosure.unit_name)).all())
    assert names == ["汾阳市人力资源和社会保障局", "汾阳市财政局"]


def test_workers_store_the_same_records_as_one_file_at_a_time(
    tmp_path: Path, sqlite_engine: Engine, files: list[Path]
) -> None:
    parallel = [
        report.result.counts for report in load_many(sqlite_engine, files[:3:2], jobs=2) if report.result
    ]
    single = open_engine(f"sqlite:///{tmp_path / 'single.db'}")
    one_by_one = [load_into(single, path).result for path in files[:3:2]]
    assert parallel == [result.counts for result in one_by_one if result]
    single.dispose()

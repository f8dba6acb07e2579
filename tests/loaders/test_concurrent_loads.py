"""Two `budgetbot load` processes on one database at once both finish, each file stored once.

Real processes on a real SQLite file and a real PostgreSQL database, brand-new (the schema is created
by whichever comes first) or written by the older budgetbot (migrated once).
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from knowledge.database import open_engine
from knowledge.models import Disclosure
from tests.knowledge.test_migrations import write_old_database
from tests.loaders.split_documents import split_jiangsu

pytestmark = pytest.mark.slow  # runs two `budgetbot load` processes (with their workers) at once

STORED = ("已载入", "已载入并合并", "已载入，替换了旧版本")


def files_to_load(folder: Path, sample: Path) -> list[Path]:
    jiangsu = split_jiangsu(folder)
    return [sample, jiangsu.narrative, jiangsu.tables]


def start_load(url: str, paths: list[Path]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "bot.channels.cli", "load", *map(str, paths), "--db", url]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("database", ["new", "old"])
def test_two_loads_at_once_both_finish_and_store_each_file_once(
    database_url: str, tmp_path: Path, sample: Path, database: str
) -> None:
    if database == "old":
        write_old_database(database_url)
    paths = files_to_load(tmp_path, sample)
    processes = [start_load(database_url, paths), start_load(database_url, list(reversed(paths)))]
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, out + err
        assert "Error" not in err and "Traceback" not in err, err
    lines = [line for out, _err in outputs for line in out.splitlines() if " → " in line]
    outcomes = Counter((line.split(" ")[1].split("（")[0], line.split(" ")[0]) for line in lines)
    for path in paths:
        stored = sum(
            count for (name, outcome), count in outcomes.items() if name == path.name and outcome in STORED
        )
        unchanged = outcomes[(path.name, "未变化（已载入过）")]
        assert (stored, unchanged) == (1, 1), lines
    engine = open_engine(database_url)
    with Session(engine) as session:
        current = session.exec(select(Disclosure).where(col(Disclosure.is_current))).all()
        labels = sorted(doc.scoped_label for doc in current)
    engine.dispose()
    expected = ["中共江苏省委办公厅 2018年部门预算", "汾阳市人力资源和社会保障局 2024年单位预算"]
    assert labels == sorted(
        expected + (["汾阳市人力资源和社会保障局 2023年决算"] if database == "old" else [])
    )

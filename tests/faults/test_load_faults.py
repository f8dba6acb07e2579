"""Issue 12, item 2: a folder load always finishes and always reports. Each bad file is one failure line
with its reason, the rest load, and the summary counts every file; a worker that dies or overruns fails
only its file."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from knowledge.settings import LimitSettings
from loaders import load_many
from tests.faults.bad_files import GOOD_PDF, SLOW_PDF, SMALL_DOCUMENT, bad_folder
from tests.faults.processes import descendants, process_info, run_budgetbot, wait_until

pytestmark = pytest.mark.slow  # starts worker processes and `budgetbot load`


def test_a_folder_of_good_and_bad_files_loads_the_good_and_names_each_bad_one(
    tmp_path: Path, sample: Path
) -> None:
    folder = tmp_path / "folder"
    reasons = bad_folder(folder, sample)
    url = f"sqlite:///{tmp_path / 'load.db'}"
    try:
        done = run_budgetbot("load", str(folder), "--db", url, timeout=120)
        again = run_budgetbot("load", str(folder), "--db", url, timeout=120)
    finally:
        shutil.rmtree(folder)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    failures = [line for line in done.stderr.splitlines() if line.startswith("载入失败")]
    assert len(failures) == len(reasons), done.stderr
    for name, reason in reasons.items():
        assert any(f"载入失败 {name}：" in line and reason in line for line in failures), (name, done.stderr)
    assert "已载入 a-good.txt" in done.stdout and "已载入 b-good.pdf" in done.stdout
    total = 2 + len(reasons)
    assert f"共 {total} 个文件：新载入 2，未变化 0，替换旧版本 0，失败 {len(reasons)}" in done.stdout
    assert "文件夹里另有 1 个文件不是可载入的格式，没有读取：" in done.stdout
    assert f"共 {total} 个文件：新载入 0，未变化 2，替换旧版本 0，失败 {len(reasons)}" in again.stdout


def forked_workers() -> list[int]:
    """The worker processes reading files for this (test) process: its children forked from it."""
    me = process_info(os.getpid())
    assert me is not None
    return [
        info.pid for info in descendants(os.getpid()) if info.parent == me.pid and info.command == me.command
    ]


def test_a_worker_killed_while_reading_fails_only_its_file(sqlite_engine: Engine, sample: Path) -> None:
    killed: list[int] = []

    def kill_the_reader() -> None:
        if wait_until(forked_workers, timeout=30):
            wait_until(lambda: False, timeout=0.3)
            killed.extend(forked_workers())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_the_reader)
    killer.start()
    reports = list(load_many(sqlite_engine, [SLOW_PDF, sample], jobs=1))
    killer.join()
    assert killed
    assert reports[0].error is not None and "被 SIGKILL 终止" in reports[0].error.reason
    assert reports[1].error is None and reports[1].result is not None
    assert reports[1].result.outcome == "loaded"


def test_a_file_that_overruns_its_seconds_is_stopped_and_the_next_loads(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    endless = tmp_path / "endless.txt"
    endless.write_bytes(b"x" * 30_000_000)
    limits = LimitSettings(seconds_per_file=3.0, max_line_bytes=100_000_000)
    started = time.monotonic()
    small = tmp_path / "small.txt"
    small.write_text(SMALL_DOCUMENT, encoding="utf-8")
    other = tmp_path / "other.txt"  # small too, so a busy machine never takes 3 seconds over it
    other.write_text(SMALL_DOCUMENT.replace("财政局", "教育局"), encoding="utf-8")
    reports = list(load_many(sqlite_engine, [endless, other, small], jobs=2, limits=limits))
    assert time.monotonic() - started < 30
    assert reports[0].error is not None
    assert reports[0].error.reason == "读取超过 3 秒（[limits] seconds_per_file），已停止，文件没有载入"
    assert [report.result.outcome if report.result else None for report in reports[1:]] == [
        "loaded",
        "loaded",
    ]
    assert not forked_workers()


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_back_in_the_order_given_whatever_the_number_of_workers(
    sqlite_engine: Engine, sample: Path, tmp_path: Path, jobs: int
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [GOOD_PDF, empty, sample, tmp_path / "missing.pdf", sample]
    reports = list(load_many(sqlite_engine, paths, jobs=jobs))
    assert [report.path for report in reports] == paths
    outcomes = [
        report.result.outcome if report.result else report.error and report.error.reason for report in reports
    ]
    assert outcomes == ["loaded", "文件是空的", "loaded", "文件不存在", "unchanged"]
    assert not forked_workers()

"""Issue 12, items 2 and 3: a load stopped by SIGINT or SIGTERM finishes or rolls back the file at hand,
reports what it stored and what it did not, and exits 130 or 143; one killed by SIGKILL leaves no worker
running. Each test runs a real `budgetbot load` in a session of its own."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.faults.bad_files import SLOW_PDF
from tests.faults.processes import (
    ProcessInfo,
    session_members,
    start_budgetbot,
    stop_session,
    wait_until,
)
from tests.paths import CORPUS

pytestmark = pytest.mark.slow  # runs `budgetbot load` and signals it

SLOW_FILES = [SLOW_PDF, CORPUS / "jiangsu-jcy-2018-yusuan.pdf", CORPUS / "putuo-wanli-2023-yusuan.pdf"]
GIGABYTE = 1024 * 1024 * 1024


def stored_count(database: Path) -> int:
    """Disclosures committed so far, read beside the running load (0 while the file is being made)."""
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.2) as connection:
            return int(connection.execute("SELECT count(*) FROM disclosure").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.fixture
def folder(tmp_path: Path, sample: Path) -> Path:
    """A small file read at once, then files that take seconds each."""
    made = tmp_path / "folder"
    made.mkdir()
    shutil.copy(sample, made / "a-sample.txt")
    for index, path in enumerate(SLOW_FILES):
        shutil.copy(path, made / f"b{index}-{path.name}")
    return made


def workers_of(load: int) -> list[ProcessInfo]:
    """The processes reading files for a load: its children."""
    return [info for info in session_members(load) if info.parent == load]


def capped_workers(load: int) -> list[ProcessInfo]:
    """The load's workers whose address space is capped at 1 GB ([limits] worker_memory_mb) beyond what
    they were forked with."""
    capped = []
    for worker in workers_of(load):
        try:
            limits = Path(f"/proc/{worker.pid}/limits").read_text()
        except OSError:
            continue
        cap = re.search(r"Max address space\s+(\d+)\s", limits)
        if cap and GIGABYTE < int(cap.group(1)) < 2 * GIGABYTE:
            capped.append(worker)
    return capped


@pytest.mark.parametrize(
    ("signum", "status", "to_group"),
    [(signal.SIGINT, 130, True), (signal.SIGTERM, 143, False)],
    ids=["SIGINT-to-the-terminal-group", "SIGTERM"],
)
def test_a_stopped_load_reports_what_it_stored_and_what_it_did_not(
    tmp_path: Path, folder: Path, signum: int, status: int, to_group: bool
) -> None:
    database = tmp_path / "load.db"
    load = start_budgetbot("load", str(folder), "--db", f"sqlite:///{database}")
    try:
        assert wait_until(lambda: stored_count(database) >= 1, timeout=60)
        (os.killpg if to_group else os.kill)(load.pid, signum)
        out, err = load.communicate(timeout=60)
        assert load.returncode == status, err
        assert wait_until(lambda: not session_members(load.pid), timeout=10), session_members(load.pid)
    finally:
        stop_session(load.pid)
    stored = stored_count(database)
    total = 1 + len(SLOW_FILES)
    assert f"共 {total} 个文件：新载入 {stored}，未变化 0，替换旧版本 0，失败 0" in out, out
    assert f"未处理 {total - stored} 个（载入被中断）：" in out
    assert len(re.findall(r"^已载入 ", out, re.MULTILINE)) == stored
    assert "Traceback" not in err


def test_a_load_killed_by_sigkill_leaves_no_process_behind(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed while its workers read files that take a minute, nothing of the load outlives it by more
    than a moment: the workers do not finish their files first."""
    for index in range(2):
        (folder / f"c{index}-endless.txt").write_bytes(b"x" * 60_000_000)
    config = tmp_path / "config.toml"
    config.write_text("[limits]\nmax_line_bytes = 100000000\n", encoding="utf-8")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(config))
    (folder / "a-sample.txt").unlink()
    for slow in folder.glob("b*.pdf"):
        slow.unlink()
    load = start_budgetbot("load", str(folder), "--db", f"sqlite:///{tmp_path / 'load.db'}")
    try:
        assert wait_until(lambda: len(capped_workers(load.pid)) == 2, timeout=60), "workers not capped"
        assert len(session_members(load.pid)) == 3
        os.kill(load.pid, signal.SIGKILL)
        load.wait(timeout=10)
        gone = wait_until(lambda: not session_members(load.pid), timeout=5)
        assert gone, f"left running after SIGKILL: {session_members(load.pid)}"
    finally:
        stop_session(load.pid)
        load.communicate()

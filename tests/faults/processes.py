"""Running `budgetbot` as an operator does, in its own session, and finding every process it left.

A process's session id outlives its parent: when `budgetbot load` is killed its workers are adopted by
init, but they keep the session of the load that started them, so /proc tells what was left behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BUDGETBOT = [sys.executable, "-m", "bot.channels.cli"]


@dataclass(frozen=True)
class ProcessInfo:
    pid: int
    state: str
    parent: int
    session: int
    command: str


def process_info(pid: int) -> ProcessInfo | None:
    """What /proc says of one process (None once it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return ProcessInfo(pid, fields[0], int(fields[1]), int(fields[3]), command.strip())


def all_processes() -> list[ProcessInfo]:
    found = (process_info(int(name)) for name in os.listdir("/proc") if name.isdigit())
    return [info for info in found if info is not None]


def session_members(session: int) -> list[ProcessInfo]:
    """The live processes of a session (zombies are dead, only not yet reaped)."""
    return [info for info in all_processes() if info.session == session and info.state != "Z"]


def descendants(pid: int) -> list[ProcessInfo]:
    """Every live process whose chain of parents leads to pid."""
    processes = all_processes()
    found: list[ProcessInfo] = []
    parents = {pid}
    while True:
        more = [info for info in processes if info.parent in parents and info not in found]
        if not more:
            return [info for info in found if info.state != "Z"]
        found += more
        parents = {info.pid for info in more}


def wait_until(condition: Callable[[], object], timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def start_budgetbot(*args: str) -> subprocess.Popen[str]:
    """`budgetbot ARGS` in a session of its own, its output captured."""
    return subprocess.Popen(
        [*BUDGETBOT, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def run_budgetbot(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    process = start_budgetbot(*args)
    try:
        out, err = process.communicate(timeout=timeout)
    finally:
        stop_session(process.pid)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def stop_session(session: int) -> None:
    """Kill whatever a test's budgetbot left, so a failing test leaves nothing running either."""
    for info in session_members(session):
        with contextlib.suppress(ProcessLookupError):
            os.kill(info.pid, signal.SIGKILL)

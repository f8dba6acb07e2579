"""Cold start: the wall time of a whole `budgetbot ask "…"` process on a database already loaded.

    .venv/bin/python -m bench.cold_start [--db URL] [--runs 20] [--question 三公经费多少]

Without --db the bundled sample is loaded into a temporary SQLite file first (not timed). Each run is a
new process, as a person or a script starting `budgetbot ask` meets it: the interpreter, the imports, the
database opened, the documents the question needs read, the answer printed. One untimed run first (so the
bytecode cache and the page cache are warm, as on any machine after the first use); then p50/p99/max of
the runs, and the bare interpreter's start for comparison. Target (issue 11): p50 ≤ 1.0 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from knowledge.database import open_engine
from loaders import load_into, sample_path

DEFAULT_QUESTION = "三公经费多少"


def budgetbot_command() -> list[str]:
    """The installed `budgetbot` script beside this interpreter, else the module run by this Python."""
    script = Path(sys.executable).with_name("budgetbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.channels.cli"]


def wall_time(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its exit; a failed run stops the benchmark."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<24} p50 {statistics.median(times):.3f} s  p99 {percentile(times, 0.99):.3f} s  "
        f"max {max(times):.3f} s  ({len(times)} runs)"
    )


def sample_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'cold.db'}"
    engine = open_engine(url)
    report_ = load_into(engine, sample_path())
    engine.dispose()
    if report_.error is not None:
        sys.exit(f"could not load the sample: {report_.error}")
    return url


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="a loaded database (default: the sample in a temporary SQLite file)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--question", default=DEFAULT_QUESTION)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="budgetbot-cold-"))
    try:
        url = args.db or sample_database(folder)
        env = {**os.environ, "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder)}
        ask = [*budgetbot_command(), "ask", args.question, "--db", url]
        bare = [sys.executable, "-c", "pass"]
        print(f"cpus {os.cpu_count()}  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        wall_time(ask, env)
        report("python -c pass", [wall_time(bare, env) for _ in range(args.runs)])
        report(f"budgetbot ask {args.question}", [wall_time(ask, env) for _ in range(args.runs)])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Cold start: the wall time of a whole `budgetbot ask "…"` process on a database already loaded.

    .venv/bin/python -m bench.cold_start [--db URL] [--runs 20] [--question 三公经费多少]

Without --db the bundled sample is loaded into a temporary SQLite file first (not timed). Each run is a
new process, as a person or a script starting `budgetbot ask` meets it: the interpreter, the imports, the
database opened, the documents the question needs read, the answer printed. One untimed run first (so the
bytecode cache and the page cache are warm, as on any machine after the first use: the runs write their
bytecode to a temporary PYTHONPYCACHEPREFIX even where PYTHONDONTWRITEBYTECODE is set); then p50/p99/max
of the wall time and the CPU time (user + system: what the machine's load does not inflate as much) of the
runs, and the bare interpreter's start for comparison. Target (issue 11): ≤ 1.0 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds from starting the process to its exit; a failed run stops the benchmark."""
    cpu, start = cpu_seconds(), time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, cpu_seconds() - cpu


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(name: str, runs: list[tuple[float, float]]) -> None:
    for measure, times in (("wall", [run[0] for run in runs]), ("cpu", [run[1] for run in runs])):
        print(
            f"{name} {measure:<4}  p50 {statistics.median(times):.3f} s  p99 {percentile(times, 0.99):.3f} s  "
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
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        ask = [*budgetbot_command(), "ask", args.question, "--db", url]
        bare = [sys.executable, "-c", "pass"]
        print(f"cpus {os.cpu_count()}  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        timed_run(ask, env)
        report("python -c pass", [timed_run(bare, env) for _ in range(args.runs)])
        report("budgetbot ask", [timed_run(ask, env) for _ in range(args.runs)])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Load files into a fresh SQLite database and report time per document and peak memory.

    .venv/bin/python bench/load_store.py [FILE ...] [--repeat N] [--jobs N]
    (default: the bundled sample, 5 times, 2 jobs)

For each file: seconds to read it into records (median of the repeats), seconds to store them in one
transaction, records stored, and peak memory (Python allocations via tracemalloc in a separate, untimed
pass, and the resident set size). Every repeat stores into a new database, so each is a first load, not a no-op.
Last, all the files loaded as `budgetbot load` does (loaders.load_many): one file at a time, then with
--jobs worker processes reading while the main process stores.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import load_file, load_many, sample_path


def measure(path: Path, repeat: int) -> tuple[float, float, str]:
    read_times, store_times, summary = [], [], ""
    for attempt in range(repeat):
        started = time.perf_counter()
        loaded = load_file(path)
        read_times.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory() as folder:
            engine = open_engine(f"sqlite:///{folder}/bench-{attempt}.db")
            started = time.perf_counter()
            result = store_disclosure(engine, loaded.disclosure)
            store_times.append(time.perf_counter() - started)
            engine.dispose()
        counts = result.counts
        summary = f"{counts.tables} tables, {counts.rows} rows, {counts.figures} figures"
    return statistics.median(read_times), statistics.median(store_times), summary


def load_all(files: list[Path], jobs: int) -> float:
    """Seconds to load and store every file into a new database, as `budgetbot load` does."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_engine(f"sqlite:///{folder}/bench-all.db")
        started = time.perf_counter()
        reports = list(load_many(engine, files, jobs=jobs))
        seconds = time.perf_counter() - started
        engine.dispose()
    failed = [report.path.name for report in reports if report.error is not None]
    if failed:
        raise SystemExit(f"failed to load: {', '.join(failed)}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the all-files load")
    args = parser.parse_args()
    files = args.files or [sample_path()]
    print(f"{'document':44} {'read s':>8} {'store s':>8}  records")
    for path in files:
        read_seconds, store_seconds, summary = measure(path, args.repeat)
        print(f"{path.name[:44]:44} {read_seconds:8.3f} {store_seconds:8.3f}  {summary}")
    tracemalloc.start()  # a separate pass: tracing slows the timed one several times over
    for path in files:
        measure(path, 1)
    _current, peak = tracemalloc.get_traced_memory()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak Python allocations {peak / 2**20:.1f} MiB; peak resident memory {rss_mb:.0f} MiB")
    tracemalloc.stop()
    one, parallel = load_all(files, 1), load_all(files, args.jobs)
    print(
        f"all {len(files)} files loaded and stored: {one:.2f} s one at a time, {parallel:.2f} s with {args.jobs} jobs"
    )


if __name__ == "__main__":
    main()

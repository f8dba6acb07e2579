"""Load: files into the database, every channel the same way.

Each file is read in a worker process under [limits] (loaders.workers: memory, seconds per file; a file
that kills or hangs its reader fails alone) and stored here in its own transaction, so a failed file
changes nothing and the same file twice is a no-op. `budgetbot load` and a file an admin sends the
Telegram bot go through here; so does `budgetbot check FILE`, into a throwaway database. A channel that
must not stop halfway through storing a file (the CLI on a stop signal) reads and stores file by file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine

from knowledge.settings import LimitSettings, load_settings
from loaders import LOAD_JOBS, KnownFile, LoadReport, StoreOptions, known_files, store_held, store_loaded
from loaders.workers import Read, StartMethod, read_many

AS_GIVEN = StoreOptions()
"""Each file stored when read, a new version made current only when it is not much smaller."""


def read_files(
    paths: list[Path],
    limits: LimitSettings | None = None,
    start_method: StartMethod = "fork",
    *,
    stored_in: Engine | None = None,
) -> Iterator[tuple[Path, Read | KnownFile]]:
    """Read files in up to LOAD_JOBS worker processes, each one's result (what was read, or why not) in
    the order given; leaving early stops the workers. "spawn" in a process that runs threads. A file
    whose bytes are `stored_in` the database already is not read again: loading a folder a second time
    takes the time to hash it, not to parse it."""
    limits = limits or load_settings().limits
    known = known_files(stored_in, paths, limits) if stored_in is not None else {}
    reads = read_many([path for path in paths if path not in known], LOAD_JOBS, limits, start_method)
    try:
        for path in paths:
            yield (path, known[path]) if path in known else next(reads)
    finally:
        reads.close()


def store_read(
    engine: Engine, path: Path, read: Read | KnownFile, options: StoreOptions = AS_GIVEN
) -> LoadReport:
    """Store what a worker read in one transaction, or report why it could not be read. With
    `options.hold_undated`, a file printing no year comes back unstored (`held`), for `finish_load`."""
    return store_loaded(engine, path, read, options)


def finish_load(engine: Engine, reports: list[LoadReport], options: StoreOptions) -> list[LoadReport]:
    """Store the files held back for printing no year, now that the others (one may be the narrative
    they belong to) are stored; their reports come last."""
    return store_held(engine, reports, options)


def load_files(
    engine: Engine,
    paths: list[Path],
    options: StoreOptions = AS_GIVEN,
    *,
    limits: LimitSettings | None = None,
    start_method: StartMethod = "fork",
) -> Iterator[LoadReport]:
    """Load files in the order given, yielding each one's report once stored (or failed)."""
    for path, read in read_files(paths, limits, start_method, stored_in=engine):
        yield store_read(engine, path, read, options)


def load_one(
    engine: Engine,
    path: Path,
    options: StoreOptions = AS_GIVEN,
    *,
    limits: LimitSettings | None = None,
    start_method: StartMethod = "fork",
) -> LoadReport:
    """Load one file through a worker process, as `budgetbot load` would load it alone."""
    [report] = load_files(engine, [path], options, limits=limits, start_method=start_method)
    return report

"""Load: files into the database, every channel the same way.

Each file is read in a worker process under [limits] (loaders.workers: memory, seconds per file; a file
that kills or hangs its reader fails alone) and stored here in its own transaction, so a failed file
changes nothing and the same file twice is a no-op. `budgetbot load` and a file an admin sends the
Telegram bot go through here; so does `budgetbot check FILE`, into a throwaway database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from sqlalchemy import Engine

from knowledge.settings import LimitSettings, load_settings
from loaders import LOAD_JOBS, LoadReport, StoreOptions, store_held, store_loaded
from loaders.workers import StartMethod, read_many

AS_GIVEN = StoreOptions()
"""Each file stored when read, a new version made current only when it is not much smaller."""
Storing = Callable[[], AbstractContextManager[object]]
"""What each file is stored inside: the CLI holds off a stop signal there, so a file is stored whole."""


def load_files(
    engine: Engine,
    paths: list[Path],
    options: StoreOptions = AS_GIVEN,
    *,
    storing: Storing = nullcontext,
    limits: LimitSettings | None = None,
    start_method: StartMethod = "fork",
) -> Iterator[LoadReport]:
    """Load files in the order given, yielding each one's report once stored (or failed). With
    `options.hold_undated`, a file printing no year comes back unstored (`held`), for `finish_load`."""
    limits = limits or load_settings().limits
    for path, loaded in read_many(paths, LOAD_JOBS, limits, start_method):
        with storing():
            report = store_loaded(engine, path, loaded, options)
        yield report


def finish_load(
    engine: Engine, reports: list[LoadReport], options: StoreOptions, storing: Storing = nullcontext
) -> list[LoadReport]:
    """Store the files held back for printing no year, now that the others (one may be the narrative
    they belong to) are stored; their reports come last."""
    with storing():
        return store_held(engine, reports, options)


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

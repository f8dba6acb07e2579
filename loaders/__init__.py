"""Pick the loader for a file by its content, and load files into a database safely.

A new format = one module exposing `load(path) -> LoadedDocument` and one line in LOADERS.
"""

from __future__ import annotations

import importlib
import multiprocessing
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine

from knowledge.errors import LoadError
from knowledge.store import StoreResult, disclosure_count, store_disclosure
from loaders.blocks import LoadedDocument, YearSource
from loaders.documents import number_by_contents, settle_year

LOADERS: dict[str, str] = {
    "pdf": "loaders.pdf",
    "xlsx": "loaders.xlsx",
    "xls": "loaders.xls",
    "docx": "loaders.docx",
    "html": "loaders.html",
    "text": "loaders.text",
}

SUFFIXES = {".pdf", ".xlsx", ".xlsm", ".xls", ".docx", ".html", ".htm", ".txt", ".text", ".tsv"}
SAMPLE_NAME = "fenyang-rsj-2024-yusuan.txt"
LOAD_JOBS = 2
WORKER_PRELOAD = ["__main__", *LOADERS.values()]
"""Imported once by the fork server the workers start from, not again by each worker."""
"""Worker processes reading files at once: reading a PDF is pdfminer's pure-Python work, bound to one core."""


def sniff_format(path: Path) -> str:
    """Given a file, return its format from its first bytes, not its name (an OLE file is an old .xls;
    its loader says so when it is a Word .doc or an encrypted Office file instead)."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except zipfile.BadZipFile as error:
            raise LoadError(path, "文件已损坏：不是完整的 Office 文件") from error
        if any(name.startswith("word/") for name in names):
            return "docx"
        if any(name.startswith("xl/") for name in names):
            return "xlsx"
        raise LoadError(path, "不认识的压缩文件：既不是 Word 也不是 Excel")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<table" in lowered:
        return "html"
    return "text"


def loader_for(path: Path) -> Callable[[Path], LoadedDocument]:
    module = importlib.import_module(LOADERS[sniff_format(path)])
    return module.load  # type: ignore[no-any-return]


def load_file(path: Path) -> LoadedDocument:
    """Read one file into an unsaved disclosure; any failure is a LoadError naming the file."""
    if not path.is_file():
        raise LoadError(path, "文件不存在")
    if path.stat().st_size == 0:
        raise LoadError(path, "文件是空的")
    load = loader_for(path)
    try:
        return load(path)
    except LoadError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as error:
        raise LoadError(path, f"无法解析此文件（{type(error).__name__}: {error}）") from error


@dataclass(frozen=True)
class StoreOptions:
    replace: bool = False
    """Make a new version current even when it holds far less than the version it replaces."""
    hold_undated: bool = False
    """Hand back unstored a file that prints no year (LoadReport.held), to be stored after the other
    files of the same command, one of which may be the narrative it belongs to."""


@dataclass
class LoadReport:
    path: Path
    result: StoreResult | None = None
    problems: list[str] = field(default_factory=list)
    error: LoadError | None = None
    part: str = "whole"
    """What of its document the file holds: whole, narrative or tables."""
    year: int | None = None
    year_source: YearSource = "document"
    missing_tables: list[str] = field(default_factory=list)
    """目录 entries naming a table the document (all its files) does not hold."""
    held: LoadedDocument | None = None


def load_into(engine: Engine, path: Path, options: StoreOptions = StoreOptions()) -> LoadReport:
    """Load and store one file in one transaction; a failure leaves the database as it was."""
    return store_loaded(engine, path, read_or_fail(path), options)


@dataclass(frozen=True)
class ReadFailure:
    """A LoadError as it crosses from a worker process (the exception itself does not pickle)."""

    path: str
    reason: str
    line: int | None
    page: int | None


def read_or_fail(path: Path) -> LoadedDocument | ReadFailure:
    """Read one file; a LoadError becomes a ReadFailure, so it can come back from a worker process."""
    try:
        return load_file(path)
    except LoadError as error:
        return ReadFailure(error.path, error.reason, error.line, error.page)


def store_loaded(
    engine: Engine, path: Path, loaded: LoadedDocument | ReadFailure, options: StoreOptions = StoreOptions()
) -> LoadReport:
    """Store what was read in one transaction, or report why it could not be read."""
    if isinstance(loaded, ReadFailure):
        return LoadReport(
            path, error=LoadError(loaded.path, loaded.reason, line=loaded.line, page=loaded.page)
        )
    if options.hold_undated and loaded.year_source == "missing":
        return LoadReport(path, held=loaded)
    try:
        settle_year(engine, path, loaded)
    except LoadError as error:
        return LoadReport(path, error=error)
    report = LoadReport(
        path,
        problems=loaded.problems,
        part=loaded.file.part,
        year=loaded.disclosure.year,
        year_source=loaded.year_source,
        missing_tables=loaded.missing_tables,
    )
    report.result = store_disclosure(
        engine, loaded.disclosure, replace=options.replace, complete=number_by_contents
    )
    if report.result.missing_tables is not None:
        report.missing_tables = list(report.result.missing_tables)
    return report


def store_held(engine: Engine, reports: list[LoadReport], options: StoreOptions) -> list[LoadReport]:
    """Store the files held back for printing no year, now that the others of the command are stored;
    their reports come last, in the order they were stored."""
    now = replace(options, hold_undated=False)
    held = [store_loaded(engine, r.path, r.held, now) for r in reports if r.held is not None]
    return [report for report in reports if report.held is None] + held


def load_many(
    engine: Engine, paths: list[Path], jobs: int = LOAD_JOBS, options: StoreOptions = StoreOptions()
) -> Iterator[LoadReport]:
    """Load files in the order given, each stored in its own transaction here, while up to `jobs` worker
    processes read the next files; at most two files per worker wait, read, to be stored.

    Workers start from a fork server that has imported the loaders once, not by forking this process,
    which may be running threads (the progress bar's) whose locks a forked child would inherit held.
    """
    if jobs < 2 or len(paths) < 2:
        for path in paths:
            yield load_into(engine, path, options)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), mp_context=context) as pool:
        waiting: deque[tuple[Path, Future[LoadedDocument | ReadFailure]]] = deque()
        upcoming = iter(paths)
        for path in upcoming:
            waiting.append((path, pool.submit(read_or_fail, path)))
            if len(waiting) >= 2 * jobs:
                break
        while waiting:
            path, future = waiting.popleft()
            report = store_loaded(engine, path, future.result(), options)
            if (following := next(upcoming, None)) is not None:
                waiting.append((following, pool.submit(read_or_fail, following)))
            yield report


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the disclosure files inside any folder given (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found


def sample_path() -> Path:
    return Path(str(resources.files("knowledge") / "sample" / SAMPLE_NAME))


def ensure_sample(engine: Engine) -> None:
    """Give a new user answers at once: the bundled sample, flagged as the example it is, into an empty
    database (the caller decides which: only the default one, on first use)."""
    if disclosure_count(engine) == 0:
        loaded = read_or_fail(sample_path())
        if isinstance(loaded, LoadedDocument):
            loaded.disclosure.is_sample = True
        report = store_loaded(engine, sample_path(), loaded)
        if report.error is not None:
            raise report.error

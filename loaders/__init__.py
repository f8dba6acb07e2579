"""Pick the loader for a file by its content, and load files into a database safely.

A new format = one module exposing `load(path, limits) -> LoadedDocument` and one line in LOADERS; it
checks its own [limits] (loaders.limits) before the real work.
"""

from __future__ import annotations

import errno
import hashlib
import importlib
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine

from knowledge.errors import LoadError, os_reason
from knowledge.printable import is_utf8_name
from knowledge.settings import LimitSettings, load_settings
from knowledge.store import StoreResult, disclosure_count, store_disclosure, store_known, stored_hashes
from loaders.blocks import LoadedDocument, YearSource
from loaders.documents import number_by_contents, settle_year
from loaders.limits import check_file_size

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
"""Worker processes reading files at once: reading a PDF is pdfminer's pure-Python work, bound to one core."""
NOT_REGULAR: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "文件夹"),
    (stat.S_ISFIFO, "命名管道（FIFO）"),
    (stat.S_ISCHR, "字符设备"),
    (stat.S_ISBLK, "块设备"),
    (stat.S_ISSOCK, "套接字"),
)


NAMED_FORMATS = {".pdf": "PDF", ".xlsx": "Excel", ".xls": "Excel", ".docx": "Word", ".doc": "Word"}
"""The binary formats a file's name may claim; one whose bytes are of none of them is said to be broken."""


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
    named = NAMED_FORMATS.get(path.suffix.lower())
    if named and b"\x00" in head:  # a .pdf of bytes no PDF starts with: broken, not a text to read
        raise LoadError(path, f"文件名是 {path.suffix}，但内容不是 {named} 文件（可能已损坏或没有下载完整）")
    return "text"


def loader_for(path: Path) -> Callable[[Path, LimitSettings], LoadedDocument]:
    module = importlib.import_module(LOADERS[sniff_format(path)])
    return module.load  # type: ignore[no-any-return]


def regular_file_size(path: Path) -> int:
    """The size of a regular file; anything else (missing, a folder, a pipe, a device, a symlink loop, a
    path too long, a name that is not UTF-8) is a LoadError saying which, and is never opened."""
    if not is_utf8_name(path):
        raise LoadError(path, "文件名不是有效的 UTF-8 编码，无法保存和显示，请改名后再载入")
    try:
        status = path.stat()
    except OSError as error:
        dangling = error.errno == errno.ENOENT and os.path.islink(path)
        reason = "符号链接指向的文件不存在" if dangling else os_reason(error)
        raise LoadError(path, reason or str(error)) from None
    kind = next((kind for is_kind, kind in NOT_REGULAR if is_kind(status.st_mode)), None)
    if kind is not None:
        raise LoadError(path, f"这是{kind}，不是普通文件，没有读取")
    return status.st_size


def load_file(path: Path, limits: LimitSettings | None = None) -> LoadedDocument:
    """Read one file into an unsaved disclosure; any failure is a LoadError naming the file.

    A library's own error on a malformed file (broken XML, a PDF pdfminer chokes on) is told as the reason
    the file failed, with its type, not passed on: every file either loads or says why not."""
    limits = limits or load_settings().limits
    size = regular_file_size(path)
    if size == 0:
        raise LoadError(path, "文件是空的")
    check_file_size(path, size, limits)
    try:
        return loader_for(path)(path, limits)
    except LoadError:
        raise
    except MemoryError:
        raise LoadError(
            path, "读取时内存不够（读取进程的上限见 [limits] worker_memory_mb），文件没有载入"
        ) from None
    except RecursionError:
        raise LoadError(path, "文件的结构嵌套太深，无法读取") from None
    except OSError as error:
        raise LoadError(path, f"无法读取（{os_reason(error)}）") from error
    except SyntaxError as error:
        raise LoadError(path, f"文件已损坏：内部的 XML 无法解析（{error}）") from error
    except Exception as error:
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


@dataclass(frozen=True)
class KnownFile:
    """A file whose bytes a stored version already holds: there is nothing to read, and storing it again
    is a no-op (or, with --replace, its version made current)."""

    path: str
    content_hash: str


def content_hash_of(path: Path, limits: LimitSettings) -> str | None:
    """The sha256 of a regular file's bytes (as the loaders take it), or None for anything the reader
    must refuse with its reason (not a regular file, over the size limit, unreadable)."""
    try:
        check_file_size(path, regular_file_size(path), limits)
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except (LoadError, OSError):
        return None


def known_files(
    engine: Engine, paths: list[Path], limits: LimitSettings | None = None
) -> dict[Path, KnownFile]:
    """The files given whose bytes are stored already: loading a folder again reads none of them."""
    limits = limits or load_settings().limits
    hashes = {path: content_hash_of(path, limits) for path in paths}
    stored = stored_hashes(engine, [digest for digest in hashes.values() if digest is not None])
    return {path: KnownFile(str(path), digest) for path, digest in hashes.items() if digest in stored}


def read_or_fail(path: Path, limits: LimitSettings | None = None) -> LoadedDocument | ReadFailure:
    """Read one file; a LoadError becomes a ReadFailure, so it can come back from a worker process."""
    try:
        return load_file(path, limits)
    except LoadError as error:
        return ReadFailure(error.path, error.reason, error.line, error.page)


def store_loaded(
    engine: Engine,
    path: Path,
    loaded: LoadedDocument | ReadFailure | KnownFile,
    options: StoreOptions = StoreOptions(),
) -> LoadReport:
    """Store what was read in one transaction, or report why it could not be read."""
    if isinstance(loaded, KnownFile):
        known = store_known(engine, loaded.content_hash, replace=options.replace)
        if known is not None:
            return LoadReport(path, result=known.result, part=known.part, year=known.year)
        loaded = read_or_fail(path)
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
    engine: Engine,
    paths: list[Path],
    jobs: int = LOAD_JOBS,
    options: StoreOptions = StoreOptions(),
    limits: LimitSettings | None = None,
) -> Iterator[LoadReport]:
    """Load files in the order given, each stored in its own transaction here, while up to `jobs` worker
    processes read the next files (loaders.workers); a file whose worker dies or overruns fails alone."""
    from loaders.workers import read_many

    for path, loaded in read_many(paths, jobs, limits or load_settings().limits):
        yield store_loaded(engine, path, loaded, options)


@dataclass
class FoundFiles:
    """What a load was given: the disclosure files to read, in order; folders that could not be searched,
    each a failure; and the other files the folders held (not disclosures by their name)."""

    paths: list[Path] = field(default_factory=list)
    unsearchable: list[LoadReport] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:
        return False


def search_folder(folder: Path, found: FoundFiles) -> None:
    """Add the disclosure files inside a folder, sorted (symlinked folders are not followed), and count
    the others; a file of any kind with a disclosure's name is kept, to be refused with its reason."""
    inside: list[Path] = []

    def unsearchable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        reason = os_reason(error)
        found.unsearchable.append(LoadReport(where, error=LoadError(where, f"文件夹无法打开：{reason}")))

    for root, _folders, names in os.walk(folder, onerror=unsearchable):
        for name in names:
            if Path(name).suffix.lower() in SUFFIXES:
                inside.append(Path(root) / name)
            else:
                found.skipped.append(Path(root) / name)
    found.paths.extend(sorted(inside))


def expand_paths(paths: list[Path]) -> FoundFiles:
    """Files as given, and the disclosure files inside any folder given."""
    found = FoundFiles()
    for path in paths:
        if is_folder(path):
            search_folder(path, found)
        else:
            found.paths.append(path)
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

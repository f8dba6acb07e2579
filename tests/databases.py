"""SQLite databases holding loaded documents, built once and reused by every test that only needs them loaded.

Loading the corpus PDFs is most of what a test run costs, so a database of given files is built once per
machine, under a lock (xdist workers and concurrent runs wait for one build rather than each loading the
same PDFs), and kept in the temporary folder named by a key of everything that decides its records: the
files' bytes, the code of loaders/ and knowledge/, the versions of Python and the installed libraries.
Any change to those gives a new key, hence a new build; a stale database is never read. Files unused for
a day are removed. Tests read a shared database through `read_only_url` (a write fails); a test that
changes records gets its own copy (`copy_of`), which holds exactly what loading the files into a new file
would. `made_once` is how every kept file is made (here, in tests/drawn_documents.py and
tests/read_documents.py).
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

from knowledge.database import open_engine
from loaders import load_into, load_many

ROOT = Path(__file__).resolve().parents[1]
LOADING_CODE = (ROOT / "loaders", ROOT / "knowledge")
"""The code a load runs: a change anywhere in it gives the databases a new key."""
KEPT_SECONDS = 24 * 3600
"""A cached database not used for this long is removed when another is built."""


def cache_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / f"budgetbot-test-databases-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@cache
def code_version() -> str:
    """A digest of the loading code, the Python version and each installed distribution's version."""
    digest = hashlib.sha256()
    for folder in LOADING_CODE:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    versions = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join([sys.version, *versions]).encode())
    return digest.hexdigest()


def database_key(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256(code_version().encode())
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


@contextmanager
def locked(path: Path) -> Iterator[None]:
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def loaded_database(name: str, paths: Sequence[Path]) -> Path:
    """A SQLite file with `paths` loaded in order (each must load), built once for their key."""
    return made_once(
        cache_folder() / f"{name}-{database_key(paths)}.db", lambda partial: build(partial, paths)
    )


def made_once(target: Path, make: Callable[[Path], object]) -> Path:
    """`target`, made the first time it is asked for (by `make` into a partial file, then renamed, so
    no one reads it half made), under a lock that makes concurrent askers wait for it; then kept."""
    folder = target.parent
    with locked(folder / f"{target.stem}.lock"):
        if not target.exists():
            remove_unused(folder)
            partial = target.with_suffix(f".{os.getpid()}.partial")
            partial.unlink(missing_ok=True)
            try:
                make(partial)
                partial.replace(target)
            finally:
                partial.unlink(missing_ok=True)
        os.utime(target)
    return target


def build(partial: Path, paths: Sequence[Path]) -> None:
    engine = open_engine(f"sqlite:///{partial}")
    try:
        reports = [load_into(engine, paths[0])] if len(paths) == 1 else list(load_many(engine, list(paths)))
    finally:
        engine.dispose()
    failed = [str(report.error) for report in reports if report.error]
    assert not failed, "files that did not load:\n" + "\n".join(failed)


def remove_unused(folder: Path) -> None:
    """Remove what no run has used for long; a file another process renames or removes meanwhile (its
    partial file made) is simply gone."""
    too_old = time.time() - KEPT_SECONDS
    for path in folder.iterdir():
        with suppress(FileNotFoundError):
            if path.stat().st_mtime < too_old:
                path.unlink(missing_ok=True)


def read_only_url(database: Path) -> str:
    """A URL that reads the database and refuses every write, so no test can change what others read."""
    return f"sqlite:///file:{database}?mode=ro&uri=true"


def copy_of(database: Path, folder: Path, name: str = "test.db") -> str:
    """The URL of a copy of the database of one's own, to change as a test likes."""
    copy = folder / name
    shutil.copyfile(database, copy)
    return f"sqlite:///{copy}"

"""What a PDF reads as, kept once per machine for the loading code and the file's bytes.

Reading PDF pages with pdfplumber is most of what a layout test costs, and many tests read the same file
(a corpus PDF, a drawing of tests/drawn_documents.py). So the result of a read is kept, pickled, in the
folder of tests/databases.py, under a key of everything that decides it: the reading function, the file's
name and bytes, and `code_version` (the code of loaders/ and knowledge/, Python's and every library's
version). A change to the loaders gives a new key, so the changed code reads the file afresh.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tests.databases import cache_folder, code_version, made_once

Read = TypeVar("Read")


def read_once(read: Callable[[Path], Read], path: Path) -> Read:
    """`read(path)`, or what it gave for the same code and bytes before."""
    digest = hashlib.sha256(f"{code_version()}\0{read.__module__}.{read.__qualname__}\0{path.name}".encode())
    digest.update(path.read_bytes())
    kept = made_once(
        cache_folder() / f"read-{digest.hexdigest()[:24]}.pickle",
        lambda partial: partial.write_bytes(pickle.dumps(read(path))),
    )
    return pickle.loads(kept.read_bytes())

"""Test documents drawn as PDF once per machine for the code and content that decide them.

Drawing a document's pages with matplotlib costs as much as reading them back, and only the reading is
under test. So a drawing is kept in the folder of tests/databases.py, named by a key of everything that
decides its bytes: the drawing function, what it draws (the frozen dataclasses' repr), the code of the
test writers, the loading code and library versions (`code_version`), and the bundled font. Any change
to those gives a new key, hence a new drawing; the test reads its own copy every time.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from bot.services.charts import BUNDLED_FONT
from tests.databases import ROOT, cache_folder, code_version, made_once

WRITERS_CODE = ROOT / "tests" / "loaders"
"""The test writers (document_writers.py, blocks_pdf.py, table_printing.py) and the documents they draw,
beside the test files (test_*.py), which only call them."""
DATED_NEVER = {"CreationDate": None}
"""The PDFs' metadata: no date, so a drawing of the same content has the same bytes (and its reading, kept
by tests/read_documents.py, is found again)."""

Content = TypeVar("Content")
Options = ParamSpec("Options")


@functools.cache
def drawing_version() -> str:
    digest = hashlib.sha256(code_version().encode())
    for path in sorted(WRITERS_CODE.glob("*.py")):
        if path.name.startswith("test_"):
            continue
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(BUNDLED_FONT.read_bytes())
    return digest.hexdigest()


def drawn_once(
    write: Callable[Concatenate[Content, Path, Options], Path],
) -> Callable[Concatenate[Content, Path, Options], Path]:
    """`write`, drawing each content once: later calls copy the kept drawing to the path asked."""

    @functools.wraps(write)
    def drawing(content: Content, path: Path, *args: Options.args, **kwargs: Options.kwargs) -> Path:
        said = repr((write.__module__, write.__qualname__, content, args, sorted(kwargs.items())))
        key = hashlib.sha256((drawing_version() + said).encode()).hexdigest()[:24]
        kept = made_once(
            cache_folder() / f"drawn-{key}{path.suffix}",
            lambda partial: write(content, partial, *args, **kwargs),
        )
        shutil.copyfile(kept, path)
        return path

    return drawing

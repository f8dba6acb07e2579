"""The project's copies of the real documents stay the ones that arrive in ../shared.

A clone runs its tests from its own copies (tests/corpus, the packaged sample); where ../shared sits
beside the project, a copy that differs from it, or a document that arrived and was not copied, fails.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from loaders import sample_path
from tests.paths import CORPUS, SHARED


def digests(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def shared_folder(name: str) -> Path:
    folder = SHARED / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is not beside the project (a clone runs on its own copies)")
    return folder


def test_the_corpus_copy_holds_every_pdf_with_its_provenance() -> None:
    names = {path.name for path in CORPUS.iterdir()}
    assert "SOURCES.md" in names
    assert len([name for name in names if name.endswith(".pdf")]) >= 15


def test_the_corpus_copy_is_byte_for_byte_the_shared_corpus() -> None:
    assert digests(CORPUS) == digests(shared_folder("corpus"))


def test_the_packaged_sample_is_the_shared_sample() -> None:
    shared = shared_folder("disclosures") / sample_path().name
    assert shared.read_bytes() == sample_path().read_bytes()


QUESTION_SETS = sorted((Path(__file__).resolve().parents[1] / "bench" / "questions").glob("*.jsonl"))
STATUSES = {"answered", "ambiguous", "not_found"}


@pytest.mark.parametrize("path", QUESTION_SETS, ids=lambda path: path.name)
def test_a_held_out_question_set_is_in_the_graders_format(path: Path) -> None:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        expect = item["expect"]
        assert item["q"].strip() and item["category"] and expect["status"] in STATUSES, item
        pairs = expect.get("values", []) + expect.get("values_any", [])
        assert all(isinstance(value, int | float) and isinstance(unit, str) for value, unit in pairs), item
        assert expect["status"] != "not_found" or not pairs, item
        assert expect["status"] == "not_found" or pairs or expect.get("text"), item

"""Where the tests' own data lives, and where new material arrives beside the project."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus"
"""The real disclosures the tests read: the project's own copy of ../shared/corpus (provenance in SOURCES.md)."""
SHARED = TESTS.parents[1] / "shared"
"""Beside the project, when present: where new disclosures and question sets arrive."""

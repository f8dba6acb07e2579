"""Fixtures of the channel tests: a database file holding the sample, as a user's first load leaves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.databases import copy_of, loaded_database


@pytest.fixture
def sample_db(tmp_path: Path, sample: Path) -> str:
    """The URL of a SQLite file with the sample loaded."""
    return copy_of(loaded_database("sample", [sample]), tmp_path, "ask.db")

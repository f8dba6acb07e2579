"""Fixtures of the channel tests: a database file holding the sample, as a user's first load leaves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.database import open_engine
from loaders import load_into


@pytest.fixture
def sample_db(tmp_path: Path, sample: Path) -> str:
    """The URL of a SQLite file with the sample loaded."""
    url = f"sqlite:///{tmp_path / 'ask.db'}"
    engine = open_engine(url)
    assert load_into(engine, sample).error is None
    engine.dispose()
    return url

"""Shared fixtures: a real SQLite file and, when configured, a real PostgreSQL server; the corpus loaded once.

PostgreSQL tests read BUDGETBOT_TEST_POSTGRES_URL. Without it they skip, unless
BUDGETBOT_REQUIRE_POSTGRES=1 (set by .ci/run), where a missing server fails them.

Loading the corpus PDFs takes most of a run, so it happens once (tests/databases.py: built once per
machine for the code and files, shared by the xdist workers): `corpus_engine` is one SQLite database
holding the sample and every PDF of tests/corpus, opened read-only, for tests that only read it (build a
`Composer` on it, query it, audit it). A test that stores, deletes or changes records makes its own
database. Tests using it, and those in the per-disclosure files tests/loaders/test_corpus_*.py, are
marked `slow` here; mark other slow tests with `@pytest.mark.slow`. `pytest -m "not slow"` leaves them out.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from knowledge.database import open_engine
from loaders import sample_path
from tests.databases import loaded_database, read_only_url
from tests.paths import CORPUS

POSTGRES_URL = os.environ.get("BUDGETBOT_TEST_POSTGRES_URL", "")
REQUIRE_POSTGRES = os.environ.get("BUDGETBOT_REQUIRE_POSTGRES") == "1"


def pytest_configure(config: pytest.Config) -> None:
    """Python keeps the package's bytecode during the run, as it does by default: where
    PYTHONDONTWRITEBYTECODE is set, each `budgetbot` process the tests start would compile the package
    afresh (a quarter of a second a start) and pytest rewrite every test file in every worker. Set by the
    process that starts the workers, which inherit it with the processes they start."""
    if not hasattr(config, "workerinput"):
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the person's own database, config or caches."""
    monkeypatch.setenv("BUDGETBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'default.db'}")
    empty_config = tmp_path / "empty-config.toml"
    empty_config.write_text("", encoding="utf-8")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(empty_config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def sample() -> Path:
    return sample_path()


@pytest.fixture
def corpus() -> Path:
    return CORPUS


SLOW_FIXTURES = {"corpus_engine", "narratives"}  # the loaded corpus; the narrative halves of three PDFs
SLOW_FILES = "test_corpus_*.py"  # one file per real disclosure, each reading its PDF


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that read the corpus PDFs are `slow`: a file per disclosure, or a test of the loaded corpus.

    Then the files holding slow tests go first, each file's tests kept together and in their order: xdist
    hands out whole files (`--dist loadfile`, so a file's module fixtures are built by one worker only) in
    this order, and the long files started first leave only quick ones to end the run on one core."""
    for item in items:
        if item.path.match(SLOW_FILES) or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


@pytest.fixture(scope="session")
def corpus_engine() -> Iterator[Engine]:
    """The sample and every corpus PDF in one SQLite database, loaded once: read it (a write fails), never
    change it. Every file must load; one that fails fails the tests that use it."""
    database = loaded_database("corpus", [sample_path(), *sorted(CORPUS.glob("*.pdf"))])
    engine = open_engine(read_only_url(database))
    yield engine
    engine.dispose()


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh database on the test server for one test, dropped afterwards."""
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("BUDGETBOT_REQUIRE_POSTGRES=1 but BUDGETBOT_TEST_POSTGRES_URL is not set")
        pytest.skip("set BUDGETBOT_TEST_POSTGRES_URL to run the PostgreSQL tests")
    server = make_url(POSTGRES_URL)
    name = f"budgetbot_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as error:
        admin.dispose()
        if REQUIRE_POSTGRES:
            pytest.fail(f"PostgreSQL is required but unreachable: {error}")
        pytest.skip(f"PostgreSQL unreachable: {error}")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on a real SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
    else:
        with postgres_database() as url:
            yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    built = open_engine(database_url)
    yield built
    built.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    built = open_engine(f"sqlite:///{tmp_path / 'test.db'}")
    yield built
    built.dispose()

"""A composer (and the answer service over it) on the loaded sample, and on the sample beside a second
invented unit, built once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.composer import Composer
from bot.services.answering import AnswerService
from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import load_into, sample_path
from loaders.text import load
from tests.databases import copy_of, loaded_database, read_only_url
from tests.loaders.document_writers import write_text
from tests.loaders.guangdong_final_accounts import GUANGDONG_FINAL
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.paths import CORPUS

SECOND_UNIT = "孝义市人力资源和社会保障局"


@pytest.fixture(scope="module")
def cache_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """jieba's dictionary cache goes to a temporary cache dir, not the person's own."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


@pytest.fixture(scope="module")
def sample_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The sample loaded, in a database of the module's own (a copy of the sample loaded once)."""
    engine = open_engine(copy_of(loaded_database("sample", [sample_path()]), tmp_path_factory.mktemp("db")))
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def composer(sample_engine: Engine, cache_home: Path) -> Composer:
    return Composer(sample_engine)


@pytest.fixture(scope="module")
def answers(sample_engine: Engine, cache_home: Path) -> AnswerService:
    """The answer service every channel calls, over the sample."""
    return AnswerService(sample_engine)


@pytest.fixture(scope="module")
def two_units_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The sample, and the same document under a second unit's name (a neighbouring 人社局)."""
    engine = open_engine(copy_of(loaded_database("sample", [sample_path()]), tmp_path_factory.mktemp("db2")))
    second = load(sample_path()).disclosure
    second.unit_name = SECOND_UNIT
    second.aliases = ["孝义市人社局", "孝义人社局"]
    second.files[0].content_hash = "second-" + second.files[0].content_hash
    store_disclosure(engine, second)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def two_units_composer(two_units_engine: Engine, cache_home: Path) -> Composer:
    return Composer(two_units_engine)


@pytest.fixture(scope="module")
def two_units_answers(two_units_engine: Engine, cache_home: Path) -> AnswerService:
    return AnswerService(two_units_engine)


NARRATIVE_HALVES = (
    "jiangsu-swbgt-2018-yusuan-text.pdf",
    "jiangsu-zxbgt-2018-yusuan-text.pdf",
    "jiangsu-rdcwh-2019-yusuan-text.pdf",
)
"""The narrative files of disclosures published as two PDFs: alone, they state figures no table holds."""


@pytest.fixture(scope="session")
def families(corpus_engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Composer]:
    """A composer over the sample and every corpus PDF (Shanghai 预算/决算, Jiangsu whole and split)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("families-cache")))
        yield Composer(corpus_engine)


@pytest.fixture(scope="session")
def narratives(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Composer]:
    """A composer over the narrative halves alone, as a user who has only those files has them."""
    engine = open_engine(
        read_only_url(loaded_database("narratives", [CORPUS / name for name in NARRATIVE_HALVES]))
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("narratives-cache")))
        yield Composer(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def district_final(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A Guangdong district 决算, in 万元: its 支出决算表 prints 年初预算数 beside 决算数 for all funds, its
    一般公共预算财政拨款收入支出决算表 both sides beside a 基本支出决算表 of the same words and 基本."""
    folder = tmp_path_factory.mktemp("district-final")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, write_text(GUANGDONG_FINAL, folder / "yunxi-final.txt")).error is None
    yield Composer(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def county_finals(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """Two county 决算 whose 一般公共预算财政拨款支出决算表 prints 年初预算数 beside 决算数 (one with a 项目
    支出决算表 that does too)."""
    folder = tmp_path_factory.mktemp("county-finals")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    for name, document in (("qinghe", QINGHE_FINAL), ("qingfeng", QINGFENG_FINAL)):
        assert load_into(engine, write_text(document, folder / f"{name}-final.txt")).error is None
    yield Composer(engine)
    engine.dispose()

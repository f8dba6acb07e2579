"""Cutting a question into words with jieba: quick to start, one dictionary per index, safe across threads.

jieba's own dictionary is cut to its most frequent words and cached (start-up stays well under a
second); the base words (cue words, abbreviations) are added once. Each index gets a `Segmenter` of its
own, a copy of that base to which the names of the documents it reads are added (labels, projects,
terms), so a reload starts from the base again instead of piling up words of documents long gone. The
matcher cuts with the segmenter of the index it reads (`Segmenter.active`), whichever thread it runs on.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from types import ModuleType
from typing import Any

import platformdirs

from knowledge.settings import APP_NAME

SEGMENTER_WORDS = 60_000
PROPER_NOUN_TAGS = frozenset({"ns", "nr", "nrt", "nz"})
"""jieba's tags of place, person and other proper names."""
FUNCTION_TAGS = frozenset({"d", "r", "c", "p", "u", "y", "e", "o", "l", "q", "f"})
"""jieba's tags of adverbs, pronouns, conjunctions, prepositions, particles, modal words, interjections,
idioms, measure words and localizers."""
NUMERAL_TAG = "m"
NUMERAL_CHARACTERS = frozenset("〇零一二三四五六七八九十百千万亿两几半第多全每若许余数")
"""What a numeral or a word of quantity is made of (一些, 全年, 许多, 若干): jieba tags some nouns as
numerals too (少儿, 少年, 大米), and those name what is asked."""
VERB_TAGS = frozenset({"v", "vd", "vn"})
LEARNED_FREQUENCY = 50_000
"""What a learned name weighs: enough that jieba keeps it whole over the words it is made of."""
_base_lock = threading.Lock()
_base: Segmenter | None = None
ACTIVE: ContextVar[Segmenter | None] = ContextVar("segmenter", default=None)


def load_jieba() -> ModuleType:
    """jieba, imported without pkg_resources: jieba 0.42 imports it (a tenth of a second, and
    deprecated) only to open its bundled files, and opens them from its own folder without it."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` fails
    try:
        return importlib.import_module("jieba")
    finally:
        if hidden:
            del sys.modules["pkg_resources"]


def segmenter_dictionary(jieba: ModuleType, cache_dir: Path) -> Path:
    """jieba's bundled dictionary cut to its most frequent words, written once to the cache dir.

    Questions are short and the loaded labels are added as user words, so the commonest words are
    enough; loading 60,000 words instead of 350,000 is what keeps start-up well under a second.
    """
    path = cache_dir / f"jieba-top{SEGMENTER_WORDS}.txt"
    if not path.exists():
        with jieba.get_dict_file() as bundled:
            rows = [line.decode("utf-8").split() for line in bundled]
        rows = sorted((row for row in rows if len(row) >= 2), key=lambda row: -int(row[1]))[:SEGMENTER_WORDS]
        partial = path.with_suffix(
            f".{os.getpid()}.partial"
        )  # two processes starting at once each write their own
        partial.write_text("".join(" ".join(row) + "\n" for row in rows), encoding="utf-8")
        partial.replace(path)
    return path


def tagged_words(tags: frozenset[str], name: str, shortest: int = 2) -> frozenset[str]:
    """The words of jieba's whole dictionary with one of these tags (and at least `shortest` characters),
    read once from a list written to the cache dir (as `name` and the tags, so other tags write another
    list) on first use."""
    path = Path(platformdirs.user_cache_dir(APP_NAME)) / f"jieba-{name}-{''.join(sorted(tags))}.txt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with load_jieba().get_dict_file() as bundled:
            rows = [line.decode("utf-8").split() for line in bundled]
        words = [row[0] for row in rows if len(row) >= 3 and row[2] in tags and len(row[0]) >= shortest]
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_text("\n".join(words), encoding="utf-8")
        partial.replace(path)
    return frozenset(path.read_text(encoding="utf-8").split())


@functools.cache
def proper_nouns() -> frozenset[str]:
    """Every proper name jieba knows (places as 北京, 黄浦, 黔西南州): a name before a unit's says which
    region it is in."""
    return tagged_words(PROPER_NOUN_TAGS, "proper-nouns")


@functools.cache
def function_words() -> frozenset[str]:
    """Words that never name an item (adverbs, pronouns, particles, idioms, numerals: 到底, 大体上, 我们,
    全年): said around what is asked, they are no part of it unless a record's name holds them."""
    numerals = tagged_words(frozenset({NUMERAL_TAG}), "numerals", shortest=1)
    quantities = {word for word in numerals if len(word) == 1 or NUMERAL_CHARACTERS & set(word)}
    return tagged_words(FUNCTION_TAGS, "function-words", shortest=1) | quantities


@functools.cache
def verbs() -> frozenset[str]:
    """Verbs (准备, 请教, 诉讼): around the item they are the asking (准备了多少), inside it part of its name."""
    return tagged_words(VERB_TAGS, "verbs", shortest=1)


def base_tokenizer(jieba: ModuleType, words: Iterable[str]) -> Any:
    """jieba's tokenizer on the cut dictionary (its cache in the per-user cache dir), with `words`."""
    cache_dir = Path(platformdirs.user_cache_dir(APP_NAME))
    cache_dir.mkdir(parents=True, exist_ok=True)
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer(str(segmenter_dictionary(jieba, cache_dir)))
    tokenizer.tmp_dir = str(cache_dir)
    tokenizer.cache_file = f"jieba-top{SEGMENTER_WORDS}.cache"
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word, freq=LEARNED_FREQUENCY)
    return tokenizer


class Segmenter:
    """A jieba tokenizer of one's own: the base dictionary and the names learned since."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.lock = threading.Lock()

    @classmethod
    def base(cls, words: Iterable[str] = ()) -> Segmenter:
        """The segmenter every other one copies, built once per process with the base `words`."""
        global _base
        with _base_lock:
            if _base is None:
                _base = cls(base_tokenizer(load_jieba(), words))
            return _base

    def copy(self) -> Segmenter:
        """A segmenter starting from this one's words, learning its own from now on."""
        with self.lock:
            tokenizer = type(self.tokenizer)(self.tokenizer.dictionary)
            tokenizer.FREQ = dict(self.tokenizer.FREQ)
            tokenizer.total = self.tokenizer.total
            tokenizer.initialized = True
        return Segmenter(tokenizer)

    def learn(self, words: Iterable[str]) -> None:
        """Keep these names whole from now on (labels, projects, terms of a document read)."""
        with self.lock:
            for word in words:
                self.tokenizer.add_word(word, freq=LEARNED_FREQUENCY)

    def cut(self, text: str) -> list[str]:
        with self.lock:
            return [token for token in self.tokenizer.lcut(text, HMM=False) if token.strip()]

    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        """Every word of a text, spaces too, with where it starts and ends."""
        with self.lock:
            return list(self.tokenizer.tokenize(text, HMM=False))

    @contextmanager
    def active(self) -> Iterator[None]:
        """Cut with this segmenter in this thread (or task) until the block ends."""
        token = ACTIVE.set(self)
        try:
            yield
        finally:
            ACTIVE.reset(token)

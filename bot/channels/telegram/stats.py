"""What /stats reports: how many questions were answered, the not-found rate, the most asked items.

Counts only. The text of a question is kept only when settings say so (`store_questions`). Each bot
process counts in memory and adds its counts to the database's counters (knowledge.chat_state) now and
then and when it stops (bot.channels.telegram.persistence), so /stats sums every process and every run.
A counters file left by an older budgetbot (telegram-stats.json) is added to them once, on start.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine

from bot.engine.answers import Answer
from knowledge.chat_state import ChatStateBatch, write_batch
from knowledge.settings import APP_NAME

logger = logging.getLogger(__name__)

TOP_ITEMS = 5
STATS_FILE_NAME = "telegram-stats.json"
KINDS = {"by_status": "status", "items": "item", "questions": "question"}  # file key → counter kind

Counts = Counter[tuple[str, str]]


@dataclass
class Stats:
    """Counts this process has not yet added to the database's counters."""

    store_questions: bool = False
    unsaved: Counts = field(default_factory=Counter)

    def record(self, question: str, answer: Answer) -> None:
        """Count one answered question by its status and, when found, by the item it was about."""
        self.unsaved["status", answer.status] += 1
        if answer.facts:
            self.unsaved["item", answer.facts[0].label] += 1
        if self.store_questions:
            self.unsaved["question", question] += 1

    def take(self) -> ChatStateBatch:
        """The unsaved counts as a batch to write; counting starts again from zero."""
        counts, self.unsaved = self.unsaved, Counter()
        return ChatStateBatch(counts=counts)


@dataclass(frozen=True)
class StatsReport:
    """The counters as /stats shows them."""

    counts: Counts
    store_questions: bool

    def of(self, kind: str) -> Counter[str]:
        return Counter({name: count for (of_kind, name), count in self.counts.items() if of_kind == kind})

    @property
    def total(self) -> int:
        return sum(self.of("status").values())

    @property
    def not_found_rate(self) -> float:
        return self.of("status")["not_found"] / self.total if self.total else 0.0

    def summary_lines(self) -> list[str]:
        """The report as plain Chinese lines (the caller escapes them)."""
        statuses, items, questions = self.of("status"), self.of("item"), self.of("question")
        lines = [
            f"已回答问题：{self.total}",
            f"  找到答案：{statuses['answered']}，需要选择：{statuses['ambiguous']}，"
            f"未找到：{statuses['not_found']}",
            f"未找到比例：{self.not_found_rate:.1%}",
        ]
        if items:
            lines.append("问得最多的项目：")
            lines += [f"  {label}：{count}次" for label, count in items.most_common(TOP_ITEMS)]
        if self.store_questions and questions:
            lines.append("问得最多的问题：")
            lines += [f"  {text}：{count}次" for text, count in questions.most_common(TOP_ITEMS)]
        return lines


def stats_file() -> Path:
    """Where an older budgetbot kept its /stats counters between runs."""
    return Path(platformdirs.user_state_dir(APP_NAME)) / STATS_FILE_NAME


def saved_counter(data: dict[str, Any], key: str) -> Counter[str]:
    """One counter of a saved file, checked: text keys, non-negative whole counts."""
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(count, int) and not isinstance(count, bool) and count >= 0 for count in value.values()
    ):
        raise ValueError(f"“{key}” is not a table of counts")
    return Counter(value)


def file_counts(path: Path, store_questions: bool) -> Counts:
    """The counts in an older budgetbot's counters file (question texts only when settings keep them)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    counts: Counts = Counter()
    for key, kind in KINDS.items():
        if kind != "question" or store_questions:
            counts.update({(kind, name): count for name, count in saved_counter(data, key).items()})
    return counts


def import_stats_file(engine: Engine, path: Path, store_questions: bool) -> None:
    """Add an older budgetbot's counters file to the database's counters, once: the file is renamed
    first (`….imported`), so a second process starting at the same time finds nothing to add."""
    taken = path.with_name(path.name + ".imported")
    try:
        os.rename(path, taken)
    except FileNotFoundError:
        return
    try:
        counts = file_counts(taken, store_questions)
    except (OSError, ValueError) as error:
        logger.warning("not adding the old /stats counters of %s: %s", taken, error)
        return
    write_batch(engine, ChatStateBatch(counts=counts))
    logger.info("added the /stats counters of %s to the database", taken)

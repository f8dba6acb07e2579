"""What /stats reports: how many questions were answered, the not-found rate, the most asked items.

Counts only. The text of a question is kept only when settings say so (`store_questions`). The
counters survive a restart in a small JSON file in the per-user state dir, written atomically (a
temporary file renamed over the old one) at most every SAVE_EVERY_SECONDS and when the bot stops.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from bot.answers import Answer
from knowledge.settings import APP_NAME

logger = logging.getLogger(__name__)

TOP_ITEMS = 5
QUESTIONS_KEPT = 10_000
STATS_FILE_NAME = "telegram-stats.json"
SAVE_EVERY_SECONDS = 30.0


def stats_file() -> Path:
    """Where the bot keeps its /stats counters between runs."""
    return Path(platformdirs.user_state_dir(APP_NAME)) / STATS_FILE_NAME


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` so a crash leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def saved_counter(data: dict[str, Any], key: str) -> Counter[str]:
    """One counter of a saved file, checked: text keys, non-negative whole counts."""
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(count, int) and not isinstance(count, bool) and count >= 0 for count in value.values()
    ):
        raise ValueError(f"“{key}” is not a table of counts")
    return Counter(value)


@dataclass
class Stats:
    """Counters since the first start; saved to `path` when one is given, else kept in memory only."""

    store_questions: bool = False
    path: Path | None = None
    by_status: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)
    questions: Counter[str] = field(default_factory=Counter)
    saved_at: float = 0.0
    unsaved: bool = False

    @classmethod
    def load(cls, path: Path, store_questions: bool = False) -> Stats:
        """The counters an earlier run saved; fresh ones when there is no file or it cannot be read."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            by_status, items = saved_counter(data, "by_status"), saved_counter(data, "items")
            questions = saved_counter(data, "questions") if store_questions else Counter[str]()
        except FileNotFoundError:
            return cls(store_questions, path)
        except (OSError, ValueError) as error:
            logger.warning("starting /stats from zero: %s is unreadable (%s)", path, error)
            return cls(store_questions, path)
        return cls(store_questions, path, by_status, items, questions)

    def record(self, question: str, answer: Answer) -> None:
        """Count one answered question by its status and, when found, by the item it was about."""
        self.by_status[answer.status] += 1
        if answer.facts:
            self.items[answer.facts[0].label] += 1
        if self.store_questions:
            self.questions[question] += 1
            if len(self.questions) > QUESTIONS_KEPT:
                self.questions = Counter(dict(self.questions.most_common(QUESTIONS_KEPT // 2)))
        self.unsaved = True
        if time.monotonic() - self.saved_at >= SAVE_EVERY_SECONDS:
            self.save()

    def save(self) -> None:
        """Write the counters to `path` (question texts only when settings keep them); a failure is
        logged, never raised, so counting can never stop the bot answering."""
        if self.path is None:
            return
        self.saved_at = time.monotonic()
        data: dict[str, Any] = {"by_status": self.by_status, "items": self.items}
        if self.store_questions:
            data["questions"] = self.questions
        try:
            write_atomically(self.path, json.dumps(data, ensure_ascii=False))
        except OSError as error:
            logger.warning("could not save /stats counters to %s: %s", self.path, error)
            return
        self.unsaved = False

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def not_found_rate(self) -> float:
        return self.by_status["not_found"] / self.total if self.total else 0.0

    def summary_lines(self) -> list[str]:
        """The report as plain Chinese lines (the caller escapes them)."""
        lines = [
            f"已回答问题：{self.total}",
            f"  找到答案：{self.by_status['answered']}，需要选择：{self.by_status['ambiguous']}，"
            f"未找到：{self.by_status['not_found']}",
            f"未找到比例：{self.not_found_rate:.1%}",
        ]
        if self.items:
            lines.append("问得最多的项目：")
            lines += [f"  {label}：{count}次" for label, count in self.items.most_common(TOP_ITEMS)]
        if self.store_questions and self.questions:
            lines.append("问得最多的问题：")
            lines += [f"  {text}：{count}次" for text, count in self.questions.most_common(TOP_ITEMS)]
        return lines

"""What /stats reports: how many questions were answered, the not-found rate, the most asked items.

Counts only. The text of a question is kept only when settings say so (`store_questions`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bot.answers import Answer

TOP_ITEMS = 5
QUESTIONS_KEPT = 10_000


@dataclass
class Stats:
    """Counters since the bot started; nothing here is written to disk."""

    store_questions: bool = False
    by_status: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)
    questions: Counter[str] = field(default_factory=Counter)

    def record(self, question: str, answer: Answer) -> None:
        """Count one answered question by its status and, when found, by the item it was about."""
        self.by_status[answer.status] += 1
        if answer.facts:
            self.items[answer.facts[0].label] += 1
        if self.store_questions:
            self.questions[question] += 1
            if len(self.questions) > QUESTIONS_KEPT:
                self.questions = Counter(dict(self.questions.most_common(QUESTIONS_KEPT // 2)))

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

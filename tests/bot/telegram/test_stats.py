"""/stats counters: counts by status and item; question text only when settings allow, bounded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.answers import Answer, Fact, Source
from bot.telegram import stats as stats_module
from bot.telegram.stats import Stats

FOUND = Answer("answered", "…", [Fact("三公经费", Decimal("5.00"), "万元", Source("文档", "表十"))])
MISSING = Answer("not_found", "没有找到")


def test_counts_statuses_items_and_the_not_found_rate_without_text() -> None:
    stats = Stats()
    for answer in (FOUND, FOUND, MISSING, MISSING):
        stats.record("私人问题", answer)
    report = "\n".join(stats.summary_lines())
    assert stats.total == 4 and stats.not_found_rate == 0.5
    assert "三公经费：2次" in report and "未找到比例：50.0%" in report
    assert "私人问题" not in report and not stats.questions


def test_question_text_is_kept_only_when_asked_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stats_module, "QUESTIONS_KEPT", 10)
    stats = Stats(store_questions=True)
    for _ in range(3):
        stats.record("常见问题", FOUND)
    for n in range(20):
        stats.record(f"少见问题{n}", MISSING)
    assert len(stats.questions) <= 10 and stats.questions["常见问题"] == 3
    assert "常见问题：3次" in "\n".join(stats.summary_lines())

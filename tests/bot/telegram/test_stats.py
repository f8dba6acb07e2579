"""/stats counters: counts by status and item; question text only when settings allow, bounded; kept
across restarts in a JSON file written atomically."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

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


def test_counters_survive_a_restart_through_the_stats_file(tmp_path: Path) -> None:
    path = tmp_path / "state" / "telegram-stats.json"
    before = Stats.load(path)
    for answer in (FOUND, FOUND, MISSING):
        before.record("私人问题", answer)
    before.save()
    after = Stats.load(path)
    assert after.summary_lines() == before.summary_lines()
    assert after.total == 3 and after.items == Counter({"三公经费": 2})
    assert "私人问题" not in path.read_text(encoding="utf-8")


def test_question_text_is_saved_and_loaded_only_when_settings_keep_it(tmp_path: Path) -> None:
    path = tmp_path / "stats.json"
    keeping = Stats.load(path, store_questions=True)
    keeping.record("常见问题", FOUND)
    keeping.save()
    assert "常见问题" in path.read_text(encoding="utf-8")
    assert Stats.load(path, store_questions=True).questions == Counter({"常见问题": 1})
    not_keeping = Stats.load(path, store_questions=False)
    assert not not_keeping.questions and not_keeping.total == 1
    not_keeping.save()
    assert "常见问题" not in path.read_text(encoding="utf-8")


def test_counts_are_saved_at_most_every_interval_and_on_demand(tmp_path: Path) -> None:
    path = tmp_path / "stats.json"
    stats = Stats.load(path)
    stats.record("q", FOUND)  # the first count is written at once
    stats.record("q", FOUND)  # the next ones wait for the interval (or the bot's shutdown)
    assert json.loads(path.read_text(encoding="utf-8"))["by_status"] == {"answered": 1}
    assert stats.unsaved
    stats.save()
    assert json.loads(path.read_text(encoding="utf-8"))["by_status"] == {"answered": 2}
    assert not stats.unsaved


def test_a_failed_save_keeps_the_old_file_whole_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "state" / "stats.json"
    stats = Stats.load(path)
    stats.record("q", FOUND)
    old = path.read_text(encoding="utf-8")

    def full_disk(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stats_module.os, "replace", full_disk)
    stats.record("q", MISSING)
    stats.save()
    assert path.read_text(encoding="utf-8") == old
    assert [item.name for item in path.parent.iterdir()] == ["stats.json"]
    assert stats.unsaved and "could not save /stats counters" in caplog.text


@pytest.mark.parametrize(
    "content", ["{", "[1, 2]", '{"by_status": {"answered": "many"}}', '{"items": {"三公经费": -1}}']
)
def test_an_unreadable_stats_file_starts_from_zero_with_a_warning(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "stats.json"
    path.write_text(content, encoding="utf-8")
    stats = Stats.load(path)
    assert stats.total == 0 and not stats.items
    assert "starting /stats from zero" in caplog.text

"""/stats counters: counts by status and item, question text only when settings allow; the report; an
older budgetbot's counters file added to the database's counters once."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.channels.telegram.stats import Stats, StatsReport, import_stats_file
from bot.engine.answers import Answer, Fact, Source
from knowledge.chat_state import counter_totals

FOUND = Answer("answered", "…", [Fact("三公经费", Decimal("5.00"), "万元", Source("文档", "表十"))])
MISSING = Answer("not_found", "没有找到")


def test_counts_statuses_items_and_the_not_found_rate_without_text() -> None:
    stats = Stats()
    for answer in (FOUND, FOUND, MISSING, MISSING):
        stats.record("私人问题", answer)
    report = StatsReport(stats.take().counts, store_questions=False)
    lines = "\n".join(report.summary_lines())
    assert report.total == 4 and report.not_found_rate == 0.5
    assert "三公经费：2次" in lines and "未找到比例：50.0%" in lines and "私人问题" not in lines
    assert not stats.unsaved  # taken for writing: counting starts again


def test_question_text_is_counted_only_when_settings_keep_it() -> None:
    keeping, not_keeping = Stats(store_questions=True), Stats()
    for stats in (keeping, not_keeping):
        stats.record("常见问题", FOUND)
        stats.record("常见问题", FOUND)
    assert keeping.unsaved["question", "常见问题"] == 2
    assert not any(kind == "question" for kind, _name in not_keeping.unsaved)
    report = StatsReport(keeping.unsaved, store_questions=True)
    assert "常见问题：2次" in "\n".join(report.summary_lines())


def old_file(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "state" / "telegram-stats.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_older_counters_file_is_added_to_the_database_once(tmp_path: Path, empty_engine: Engine) -> None:
    content = {"by_status": {"answered": 2, "not_found": 1}, "items": {"三公经费": 2}, "questions": {"问": 3}}
    path = old_file(tmp_path, content)
    import_stats_file(empty_engine, path, store_questions=False)
    import_stats_file(empty_engine, path, store_questions=False)  # a second process, or the next start
    assert counter_totals(empty_engine) == Counter(
        {("status", "answered"): 2, ("status", "not_found"): 1, ("item", "三公经费"): 2}
    )
    assert not path.exists() and path.with_name("telegram-stats.json.imported").exists()


def test_question_texts_of_an_older_file_are_added_only_when_settings_keep_them(
    tmp_path: Path, empty_engine: Engine
) -> None:
    import_stats_file(empty_engine, old_file(tmp_path, {"questions": {"常见问题": 3}}), store_questions=True)
    assert counter_totals(empty_engine) == Counter({("question", "常见问题"): 3})


@pytest.mark.parametrize(
    "content", ["{", "[1, 2]", '{"by_status": {"answered": "many"}}', '{"items": {"三公经费": -1}}']
)
def test_an_unreadable_older_file_adds_nothing_and_says_why(
    tmp_path: Path, empty_engine: Engine, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "telegram-stats.json"
    path.write_text(content, encoding="utf-8")
    import_stats_file(empty_engine, path, store_questions=False)
    assert counter_totals(empty_engine) == Counter()
    assert "not adding the old /stats counters" in caplog.text


def test_no_older_file_is_nothing_to_add(tmp_path: Path, empty_engine: Engine) -> None:
    import_stats_file(empty_engine, tmp_path / "telegram-stats.json", store_questions=False)
    assert counter_totals(empty_engine) == Counter()

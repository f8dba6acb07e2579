"""Load: each file read in a worker process under [limits], stored in its own transaction; the Telegram
bot, which runs threads, starts its workers by spawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.services.loading import finish_load, load_one, read_files, store_read
from knowledge.settings import LimitSettings
from knowledge.store import disclosure_count
from loaders import StoreOptions
from loaders.summary import report_lines, report_warnings


@pytest.mark.slow  # starts a fresh interpreter for the worker
def test_a_spawned_worker_loads_a_file_once_and_stops_one_that_overruns(
    sqlite_engine: Engine, sample: Path, tmp_path: Path
) -> None:
    first = load_one(sqlite_engine, sample, start_method="spawn")
    again = load_one(sqlite_engine, sample, start_method="spawn")
    assert first.result is not None and first.result.outcome == "loaded"
    assert again.result is not None and again.result.outcome == "unchanged"
    endless = tmp_path / "endless.txt"
    endless.write_bytes(b"x" * 30_000_000)
    limits = LimitSettings(seconds_per_file=2.0, max_line_bytes=100_000_000)
    overrun = load_one(sqlite_engine, endless, limits=limits, start_method="spawn")
    assert overrun.error is not None and "读取超过 2 秒" in overrun.error.reason
    assert disclosure_count(sqlite_engine) == 1


def test_a_file_printing_no_year_is_held_and_tried_after_the_others(
    sqlite_engine: Engine, sample: Path, tmp_path: Path
) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(
        sample.read_text(encoding="utf-8").replace("2024年", "本年").replace("2023年", "上年"),
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    options = StoreOptions(hold_undated=True)
    reports = [
        store_read(sqlite_engine, path, read, options) for path, read in read_files([undated, sample, empty])
    ]
    assert reports[0].held is not None and reports[0].result is None
    reports = finish_load(sqlite_engine, reports, options)
    assert [report.path for report in reports] == [sample, empty, undated]
    assert reports[1].error is not None and reports[1].error.reason == "文件是空的"
    assert reports[2].held is None and reports[2].error is not None and "年度" in reports[2].error.reason


def test_a_truncated_copy_is_kept_aside_and_telegram_is_told_without_terminal_commands(
    sqlite_engine: Engine, sample: Path, tmp_path: Path
) -> None:
    assert load_one(sqlite_engine, sample).error is None
    lines = sample.read_text(encoding="utf-8").splitlines()
    truncated = tmp_path / "fenyang-truncated.txt"
    truncated.write_text("\n".join(lines[: lines.index("第三部分 2024年度单位预算情况说明")]) + "\n", "utf-8")
    report = load_one(sqlite_engine, truncated)
    assert report.result is not None and report.result.outcome == "kept"
    terminal = " ".join(report_lines(report) + report_warnings(report))
    telegram = " ".join(report_lines(report, commands=False) + report_warnings(report, commands=False))
    assert "--replace" in terminal and "budgetbot restore" in terminal
    assert "少得多" in telegram and "仍以 #1 为准" in telegram
    assert "--replace" not in telegram and "budgetbot" not in telegram

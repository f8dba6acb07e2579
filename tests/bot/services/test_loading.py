"""Load: each file read in a worker process under [limits], stored in its own transaction; the Telegram
bot, which runs threads, starts its workers by spawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

import loaders.workers
from bot.services.loading import finish_load, load_files, load_one, read_files, store_read
from knowledge.settings import LimitSettings
from knowledge.store import disclosure_count
from loaders import ReadFailure, StoreOptions
from loaders.summary import report_lines, report_warnings
from tests.loaders.split_documents import split_jiangsu
from tests.paths import CORPUS


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


def test_a_worker_forked_from_a_process_mapping_more_than_its_cap_still_reads(
    sqlite_engine: Engine,
) -> None:
    """The bot serving answers maps far more than a reader's allowance ([limits] worker_memory_mb); the
    worker forked from it inherits that, and still has its allowance to read a PDF with."""
    limits = LimitSettings(worker_memory_mb=256)
    mapped = bytearray(1024 * 1024 * 1024)  # mapped, never touched: address space, not memory
    report = load_one(sqlite_engine, CORPUS / "putuo-fuliyuan-2024-yusuan.pdf", limits=limits)
    assert report.error is None and report.result is not None, report.error
    assert len(mapped) > limits.worker_memory_mb * 1024 * 1024


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


@pytest.mark.slow  # loads a corpus PDF
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


def loaded_files(folder: Path, sample: Path) -> list[Path]:
    """Three families in one folder: the sample (text), a Shanghai PDF, and a Jiangsu document
    published as two files (narrative and tables)."""
    split = split_jiangsu(folder)
    pdf = folder / "putuo-fuliyuan-2024-yusuan.pdf"
    pdf.write_bytes((CORPUS / pdf.name).read_bytes())
    copied = folder / sample.name
    copied.write_bytes(sample.read_bytes())
    return [copied, pdf, split.narrative, split.tables]


def nothing_read(path: Path, limits: object = None) -> ReadFailure:
    return ReadFailure(str(path), "read again", None, None)


def test_files_loaded_before_are_not_read_again_and_report_as_before(
    sqlite_engine: Engine, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = loaded_files(tmp_path, sample)
    first = [report_lines(report) for report in load_files(sqlite_engine, paths)]
    assert all(line[0].startswith(("已载入", "已载入并合并")) for line in first), first
    monkeypatch.setattr(loaders.workers, "read_or_fail", nothing_read)
    again = list(load_files(sqlite_engine, paths))
    assert [report.error for report in again] == [None] * len(paths)
    assert [report.result.outcome for report in again if report.result] == ["unchanged"] * len(paths)
    counts = [lines[0].split("：", 1)[1] for lines in first]
    assert [report_lines(report)[0].split("：", 1)[1] for report in again] == counts
    assert [report.part for report in again] == ["whole", "whole", "narrative", "tables"]


def test_a_file_changed_since_it_was_loaded_is_read_again(
    sqlite_engine: Engine, sample: Path, tmp_path: Path
) -> None:
    paths = loaded_files(tmp_path, sample)
    list(load_files(sqlite_engine, paths))
    changed = paths[0]
    changed.write_text(
        sample.read_text(encoding="utf-8").replace("57.60\t57.60", "58.60\t58.60"), encoding="utf-8"
    )
    outcomes = [report.result.outcome for report in load_files(sqlite_engine, paths) if report.result]
    assert outcomes == ["replaced", "unchanged", "unchanged", "unchanged"]


def test_an_old_versions_file_loaded_again_with_replace_is_made_current_without_reading_it(
    sqlite_engine: Engine, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "original.txt"
    original.write_bytes(sample.read_bytes())
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(
        sample.read_text(encoding="utf-8").replace("57.60\t57.60", "58.60\t58.60"), encoding="utf-8"
    )
    list(load_files(sqlite_engine, [original, corrected]))
    monkeypatch.setattr(loaders.workers, "read_or_fail", nothing_read)
    [report] = load_files(sqlite_engine, [original], StoreOptions(replace=True))
    assert report.result is not None and report.result.outcome == "restored"
    assert report.result.version_id == report.result.current_id

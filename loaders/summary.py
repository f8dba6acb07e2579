"""What a load did, per file, in words a person can act on: what the file became, what it was merged
with or replaced, where its year came from, and what the 目录 names that no file holds.

`budgetbot load` and the Telegram upload both print these lines; only the terminal's add the commands
that act on them (`budgetbot restore N`, `--replace`), which a Telegram admin has no way to type there.
"""

from __future__ import annotations

from knowledge.printable import shown_name
from knowledge.store import OUTCOME_TEXT, StoreResult
from knowledge.versions import PART_NAMES
from loaders import LoadReport

YEAR_NOTES = {
    "file_name": "文件里没有写年度，年度取自文件名：{year}年",
    "matching": "文件里没有写年度，年度取自同一文档已载入的文件：{year}年",
}


def counts_text(result: StoreResult) -> str:
    """12 张表、300 行、1,200 个数字、64 段说明、9 个名词解释 (the narrative counts when there are any)."""
    counts = result.counts
    parts = [f"{counts.tables} 张表", f"{counts.rows} 行", f"{counts.figures:,} 个数字"]
    extra = (("段说明", counts.passages), ("个名词解释", counts.terms), ("张绩效目标表", counts.targets))
    return "、".join(parts + [f"{count} {name}" for name, count in extra if count])


def report_lines(report: LoadReport, commands: bool = True) -> list[str]:
    """The outcome line of one stored file, and what it joined or replaced (indented); with `commands`,
    the command that brings back what was replaced."""
    result = report.result
    if result is None:
        return []
    part = f"（{PART_NAMES[report.part]}）" if report.part != "whole" else ""
    number = f"#{result.version_id} " if result.version_id is not None else ""
    lines = [
        f"{OUTCOME_TEXT[result.outcome]} {shown_name(report.path)}{part} → {number}{result.label}：{counts_text(result)}"
    ]
    if result.merged_with:
        lines.append(f"  与 {'、'.join(result.merged_with)} 合为一份文档")
    if result.replaced_files and result.replaced_id is not None:
        restore = f"，可用 budgetbot restore {result.replaced_id} 换回" if commands else ""
        lines.append(
            f"  替换了 #{result.replaced_id} 中的 {'、'.join(result.replaced_files)}（旧版本仍保留{restore}）"
        )
    if result.outcome == "restored" and result.replaced_id is not None:
        lines.append(f"  原当前版本 #{result.replaced_id} 仍保留")
    return lines


def joined_later(report: LoadReport, later: list[LoadReport]) -> bool:
    """Whether a file stored after this one (in the same load) was merged with it into one document."""
    name = report.path.name
    return any(other.result is not None and name in other.result.merged_with for other in later)


def report_warnings(
    report: LoadReport, commands: bool = True, later: list[LoadReport] | None = None
) -> list[str]:
    """What the person should look at: the loader's problems, a year not printed in the file, tables
    the 目录 names that no file holds, a new version far smaller than the old, an old version's file;
    with `commands`, the commands that act on a version. A narrative whose tables file came `later` in
    the same load is not told to load it."""
    warnings = list(report.problems)
    result = report.result
    if result is None:
        return warnings
    if result.outcome == "unchanged":
        return warnings + old_version_note(result, commands)
    if report.year_source in YEAR_NOTES:
        warnings.append(YEAR_NOTES[report.year_source].format(year=report.year))
    awaiting_tables = report.part == "narrative" and result.missing_tables is None
    if report.missing_tables and awaiting_tables:
        if not joined_later(report, later or []):
            warnings.append(
                f"目录列出的 {len(report.missing_tables)} 张表不在此文件中；"
                "表格若另成一个文件，载入它即可合为一份文档"
            )
    elif report.missing_tables:
        warnings.append(f"目录列出但没有找到的表：{'、'.join(report.missing_tables)}")
    if result.shrunk and result.outcome == "kept":
        remedy = (
            f"；确认要用新版本请加 --replace 重新载入，或 budgetbot restore {result.version_id}"
            if commands
            else ""
        )
        warnings.append(
            f"新版本 #{result.version_id} 比当前版本 #{result.replaced_id} 少得多（{'，'.join(result.shrunk)}），"
            f"可能不完整，仍以 #{result.replaced_id} 为准{remedy}"
        )
    elif result.shrunk:
        warnings.append(f"新版本比旧版本少得多（{'，'.join(result.shrunk)}），已按 --replace 启用")
    return warnings


def old_version_note(result: StoreResult, commands: bool) -> list[str]:
    """A file stored before that belongs to a version no longer current says so (and, with `commands`,
    how to bring it back)."""
    if result.version_id == result.current_id:
        return []
    current = f"当前是 #{result.current_id}" if result.current_id is not None else "已不是当前版本"
    remedy = (
        f"；要改用它请 budgetbot restore {result.version_id}，或加 --replace 重新载入" if commands else ""
    )
    return [f"此文件属于旧版本 #{result.version_id}（{current}）{remedy}"]

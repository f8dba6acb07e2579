"""Versions of a document: the next version built from the files kept and the file added, counted,
compared, and which one is current.

Every version is whole in itself: the records of the files it keeps from the previous version are
copied into it, so an old version can be made current again exactly as it was.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func
from sqlalchemy.orm import selectinload
from sqlmodel import Session, SQLModel, col, select

from knowledge.errors import NotFound
from knowledge.models import (
    BudgetTable,
    Disclosure,
    Figure,
    GlossaryTerm,
    Passage,
    PerformanceTarget,
    SourceFile,
    TableRow,
)

PART_ORDER = {"narrative": 0, "whole": 1, "tables": 2}
"""The order a document's files are listed in: the narrative before the tables."""
PART_NAMES = {"narrative": "说明", "whole": "全文", "tables": "表格"}
NARRATIVE_CHARACTERS = 200
"""Narrative text a file must hold, besides its tables, to count as holding the narrative too."""
SHRUNK_SHARE = 0.5
"""A new version holding less than this share of the tables, figures, targets or terms of the version
it replaces looks truncated."""

Record = TypeVar("Record", bound=SQLModel)


@dataclass(frozen=True)
class Counts:
    tables: int
    rows: int
    figures: int
    passages: int
    terms: int
    targets: int


def count_records(disclosure: Disclosure) -> Counts:
    """Count what a (possibly unsaved) disclosure holds, for the load summary."""
    rows = [row for table in disclosure.tables for row in table.rows]
    return Counts(
        tables=len(disclosure.tables),
        rows=len(rows),
        figures=sum(1 for row in rows for cell in row.figures if cell.value is not None),
        passages=len(disclosure.passages),
        terms=len(disclosure.terms),
        targets=len(disclosure.targets),
    )


def count_stored(session: Session, disclosure_id: int) -> Counts:
    """The same counts for a stored version, by SQL."""
    return count_where(session, "disclosure_id", disclosure_id)


def count_file(session: Session, file_id: int) -> Counts:
    """The same counts for one stored file of a version (what was read from it), by SQL."""
    return count_where(session, "file_id", file_id)


def count_where(session: Session, key: str, value: int) -> Counts:
    """Count the records whose `key` (disclosure_id or file_id) is `value`."""

    def count(model: type[SQLModel], *where: Any) -> int:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()

    def of(model: type[SQLModel]) -> Any:
        return getattr(model, key) == value

    table_ids = select(BudgetTable.id).where(of(BudgetTable))
    row_ids = select(TableRow.id).where(col(TableRow.table_id).in_(table_ids))
    return Counts(
        tables=count(BudgetTable, of(BudgetTable)),
        rows=count(TableRow, col(TableRow.table_id).in_(table_ids)),
        figures=count(Figure, col(Figure.row_id).in_(row_ids), col(Figure.value).is_not(None)),
        passages=count(Passage, of(Passage)),
        terms=count(GlossaryTerm, of(GlossaryTerm)),
        targets=count(PerformanceTarget, of(PerformanceTarget)),
    )


def shrunk_counts(old: Counts, new: Counts) -> tuple[str, ...]:
    """What a new version holds far less of than the old one: 表格 12→3."""
    measures = (("表格", "tables"), ("数字", "figures"), ("绩效目标表", "targets"), ("名词解释", "terms"))
    return tuple(
        f"{name} {getattr(old, key)}→{getattr(new, key)}"
        for name, key in measures
        if getattr(new, key) < getattr(old, key) * SHRUNK_SHARE
    )


def part_of(disclosure: Disclosure) -> str:
    """What of the document a file holds: its tables (公开01–12表), its narrative (情况说明, 名词解释, and
    the 绩效目标表 forms it may carry), or both."""
    narrative = sum(len(passage.text) for passage in disclosure.passages)
    has_narrative = bool(disclosure.terms) or narrative >= NARRATIVE_CHARACTERS
    if disclosure.tables:
        return "whole" if has_narrative else "tables"
    return "narrative" if has_narrative or not disclosure.targets else "tables"


def files_overlap(files: list[SourceFile], file: SourceFile) -> bool:
    """Whether a file holds a part of the document one of `files` already holds."""
    return any(other.part == file.part or "whole" in (other.part, file.part) for other in files)


def read_version(session: Session, disclosure_id: int) -> Disclosure:
    """One version with every record under it, read in a few queries."""
    statement = (
        select(Disclosure)
        .where(Disclosure.id == disclosure_id)
        .options(
            selectinload(Disclosure.files),  # type: ignore[arg-type]
            selectinload(Disclosure.tables).selectinload(BudgetTable.rows).selectinload(TableRow.figures),  # type: ignore[arg-type]
            selectinload(Disclosure.passages).selectinload(Passage.figures),  # type: ignore[arg-type]
            selectinload(Disclosure.targets).selectinload(PerformanceTarget.indicators),  # type: ignore[arg-type]
            selectinload(Disclosure.terms),  # type: ignore[arg-type]
        )
    )
    version = session.exec(statement).first()
    if version is None:
        raise NotFound(f"编号为 {disclosure_id} 的文档版本")
    return version


def copy_of(record: Record, **links: Any) -> Record:
    """A new record with the same column values; ids and foreign keys come from `links` when stored."""
    table = record.__table__  # type: ignore[attr-defined]
    values = {
        column.key: copy.deepcopy(getattr(record, column.key))
        for column in table.columns
        if not column.primary_key and not column.foreign_keys
    }
    return type(record)(**values, **links)


def copy_table(table: BudgetTable, file: SourceFile) -> BudgetTable:
    rows: dict[int | None, TableRow] = {}
    for row in sorted(table.rows, key=lambda row: row.position):
        rows[row.id] = copy_of(
            row,
            parent=rows.get(row.parent_id),
            figures=[copy_of(figure) for figure in sorted(row.figures, key=lambda f: f.column_index)],
        )
    return copy_of(table, file=file, rows=list(rows.values()))


def copy_kept_records(new: Disclosure, old: Disclosure, kept: list[SourceFile]) -> None:
    """Copy into `new` the records `old` read from the files kept, each pointing to its file's copy."""
    files = {file.id: copy_of(file) for file in kept}
    new.files = [*files.values(), *new.files]
    new.tables += [copy_table(table, files[table.file_id]) for table in old.tables if table.file_id in files]
    for passage in old.passages:
        if passage.file_id in files:
            copied = copy_of(passage, file=files[passage.file_id])
            new.passages.append(copied)
            new.stated_figures += [copy_of(figure, passage=copied) for figure in passage.figures]
    new.targets += [
        copy_of(target, file=files[target.file_id], indicators=[copy_of(i) for i in target.indicators])
        for target in old.targets
        if target.file_id in files
    ]
    new.terms += [copy_of(term, file=files[term.file_id]) for term in old.terms if term.file_id in files]


def in_file_order(records: list[Any], files: list[SourceFile]) -> None:
    """Order records by their file (narrative first), then as the file gave them; renumber positions."""
    rank = {id(file): index for index, file in enumerate(files)}
    records.sort(key=lambda record: (rank.get(id(record.file), len(files)), record.position))
    for position, record in enumerate(records, start=1):
        record.position = position


def merge_into(new: Disclosure, old: Disclosure, kept: list[SourceFile]) -> None:
    """Make `new`, one file's records, the next version of `old`: the records of the kept files copied
    beside its own, the fuller of the two unit names, and the scope, title and 目录 the narrative gives."""
    holds_narrative = any(file.part != "tables" for file in new.files)
    if old.title and not (holds_narrative and new.title):
        new.title = old.title
    if old.contents and not (holds_narrative and new.contents):
        new.contents = old.contents
    new.scope = new.scope or old.scope
    names = sorted({new.unit_name, old.unit_name}, key=len, reverse=True)
    new.unit_name = names[0]
    new.aliases = list(dict.fromkeys([*old.aliases, *new.aliases, *names[1:]]))
    copy_kept_records(new, old, kept)
    new.files.sort(key=lambda file: PART_ORDER.get(file.part, len(PART_ORDER)))
    for position, file in enumerate(new.files, start=1):
        file.position = position
    for records in (new.tables, new.passages, new.targets, new.terms):
        in_file_order(records, new.files)


def current_of_group(session: Session, group_id: int | None) -> Disclosure | None:
    """The current version of the document whose versions share `group_id` (the first version's id)."""
    statement = select(Disclosure).where(
        col(Disclosure.is_current), (Disclosure.id == group_id) | (Disclosure.original_id == group_id)
    )
    return session.exec(statement).first()


def set_current(session: Session, version: Disclosure) -> Disclosure | None:
    """Make one version the current one of its document; return the version it takes over from."""
    previous = current_of_group(session, version.group_id)
    if previous is not None and previous.id != version.id:
        previous.is_current = False
        session.add(previous)
    version.is_current = True
    session.add(version)
    return previous if previous is not version else None

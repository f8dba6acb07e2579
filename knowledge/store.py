"""Storing a loaded file: one transaction, idempotent, merging the files of one document, keeping versions.

A document is its unit, year, kind (预算/决算) and scope (部门/单位). A file of a document already stored
either completes it (the tables beside the narrative) or is a new version of the part it holds; both
give a new version holding every file, and the previous version stays in the database, no longer
current. Writers take the database's write lock first, so two processes loading at once see each
other's files and never store one twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from knowledge.database import lock_for_writing
from knowledge.errors import NotFound
from knowledge.models import Disclosure, SourceFile
from knowledge.units import same_unit
from knowledge.versions import (
    PART_ORDER,
    Counts,
    count_file,
    count_records,
    count_stored,
    current_of_group,
    files_overlap,
    merge_into,
    read_version,
    set_current,
    shrunk_counts,
)

Outcome = Literal["loaded", "unchanged", "merged", "replaced", "kept", "restored"]
OUTCOME_TEXT: dict[Outcome, str] = {
    "loaded": "已载入",
    "unchanged": "未变化（已载入过）",
    "merged": "已载入并合并",
    "replaced": "已载入，替换了旧版本",
    "kept": "已存为新版本，但仍以旧版本为准",
    "restored": "已恢复为当前版本",
}
Completer = Callable[[Disclosure], list[str]]
"""Given a document merged from several files, number its tables by its 目录 and return the 目录
entries naming a table no file holds (the loaders know contents lists; storing does not)."""


@dataclass(frozen=True)
class StoreResult:
    """What storing one file did: its outcome, the document it is part of, and what that replaced."""

    outcome: Outcome
    label: str
    counts: Counts
    version_id: int | None = None
    current_id: int | None = None
    merged_with: tuple[str, ...] = ()
    replaced_files: tuple[str, ...] = ()
    replaced_id: int | None = None
    missing_tables: tuple[str, ...] | None = None
    """目录 entries no file of the merged document holds; None when the document is one file."""
    shrunk: tuple[str, ...] = ()
    """What the new version holds far less of than the version it would replace: 表格 12→3."""


def fits_scope(stored: str, new: str) -> bool:
    """A file that does not say 部门 or 单位 fits a document that does."""
    return stored == new or not stored or not new


def completes(document: Disclosure, new: Disclosure) -> bool:
    """Whether `new` holds a part of the document it does not hold yet (the tables beside a narrative)."""
    return not any(files_overlap(document.files, file) for file in new.files)


def current_version(session: Session, new: Disclosure) -> Disclosure | None:
    """The current version of the document `new` belongs to: same unit (as the name's structure says),
    year, kind and scope. A file silent on its scope belongs to the one document of that unit it fits,
    or, among several, to the one it completes."""
    candidates = session.exec(
        select(Disclosure).where(
            col(Disclosure.is_current), Disclosure.year == new.year, Disclosure.kind == new.kind
        )
    ).all()
    same = [doc for doc in candidates if same_unit(doc.unit_name, new.unit_name)]
    exact = [doc for doc in same if doc.scope == new.scope]
    fitting = [doc for doc in same if fits_scope(doc.scope, new.scope)]
    completed = [doc for doc in fitting if completes(doc, new)]
    if exact:
        return exact[0]
    return next((found[0] for found in (completed, fitting) if len(found) == 1), None)


def matching_year(engine: Engine, new: Disclosure) -> int | None:
    """The year for a file that prints none: that of the version already holding the same file, else of
    the one stored document of its unit holding another part of it (the narrative of a tables file)."""
    with Session(engine) as session:
        holder = holder_of(session, [file.content_hash for file in new.files])
        if holder is not None:
            return holder.year
        candidates = session.exec(
            select(Disclosure).where(col(Disclosure.is_current), Disclosure.kind == new.kind)
        ).all()
        years = {
            doc.year
            for doc in candidates
            if same_unit(doc.unit_name, new.unit_name)
            and fits_scope(doc.scope, new.scope)
            and any(not files_overlap([file], ours) for file in doc.files for ours in new.files)
        }
    return years.pop() if len(years) == 1 else None


def holder_of(session: Session, hashes: list[str]) -> Disclosure | None:
    """A version already holding these files, the current one first."""
    statement = (
        select(Disclosure)
        .join(SourceFile)
        .where(col(SourceFile.content_hash).in_(hashes))
        .order_by(col(Disclosure.is_current).desc(), col(Disclosure.id).desc())
    )
    return session.exec(statement).first()


def stored_again(session: Session, holder: Disclosure, counts: Counts, replace: bool) -> StoreResult:
    """A file stored before: a no-op, or with `replace` its version made current again."""
    current = current_of_group(session, holder.group_id)
    current_id = current.id if current else None
    if holder.is_current or not replace:
        return StoreResult("unchanged", holder.scoped_label, counts, holder.id, current_id)
    set_current(session, holder)
    return StoreResult("restored", holder.scoped_label, counts, holder.id, holder.id, replaced_id=current_id)


def store_next_version(
    session: Session, current: Disclosure, new: Disclosure, replace: bool, complete: Completer | None
) -> StoreResult:
    """Store `new`, one file of the document `current` is a version of, as the next version: with the
    files of `current` it does not replace. It is made current unless it holds far less than `current`
    (and `replace` is not given)."""
    counts = count_records(new)
    version = read_version(session, current.id or 0)
    kept = [file for file in version.files if not any(files_overlap([file], ours) for ours in new.files)]
    replaced = [file.name for file in version.files if file not in kept]
    merge_into(new, version, kept)
    missing = tuple(complete(new)) if complete is not None and len(new.files) > 1 else None
    shrunk = shrunk_counts(count_stored(session, current.id or 0), count_records(new)) if replaced else ()
    keep_old = bool(shrunk) and not replace
    new.original_id = current.group_id
    new.is_current = not keep_old
    current.is_current = keep_old
    session.add_all([current, new])
    session.flush()
    return StoreResult(
        "kept" if keep_old else ("replaced" if replaced else "merged"),
        new.scoped_label,
        counts,
        new.id,
        current.id if keep_old else new.id,
        merged_with=tuple(file.name for file in sorted(kept, key=lambda file: PART_ORDER[file.part])),
        replaced_files=tuple(replaced),
        replaced_id=current.id,
        missing_tables=missing,
        shrunk=shrunk,
    )


def store_disclosure(
    engine: Engine, new: Disclosure, *, replace: bool = False, complete: Completer | None = None
) -> StoreResult:
    """Store one file's document in one transaction: a file stored before is a no-op, the first file of
    a document is stored as it is, a further file gives the next version with every part (the previous
    one kept)."""
    with Session(engine) as session, session.begin():
        lock_for_writing(session.connection())
        holder = holder_of(session, [file.content_hash for file in new.files])
        if holder is not None:
            return stored_again(session, holder, count_records(new), replace)
        current = current_version(session, new)
        if current is not None:
            return store_next_version(session, current, new, replace, complete)
        counts = count_records(new)
        new.is_current = True
        session.add(new)
        session.flush()
        return StoreResult("loaded", new.scoped_label, counts, new.id, new.id)


def stored_hashes(engine: Engine, hashes: list[str]) -> set[str]:
    """Which of these files' hashes a stored version holds."""
    if not hashes:
        return set()
    with Session(engine) as session:
        statement = select(SourceFile.content_hash).where(col(SourceFile.content_hash).in_(hashes))
        return set(session.exec(statement.distinct()).all())


@dataclass(frozen=True)
class StoredFile:
    """A file found stored by its bytes, and what storing it again did."""

    result: StoreResult
    part: str
    year: int


def store_known(engine: Engine, content_hash: str, *, replace: bool = False) -> StoredFile | None:
    """Store again a file known by its bytes' hash, without reading it: what `store_disclosure` of it
    would do (a no-op, or with `replace` its version made current); None when no version holds it."""
    with Session(engine) as session, session.begin():
        if replace:
            lock_for_writing(session.connection())
        holder = holder_of(session, [content_hash])
        if holder is None:
            return None
        file = next(file for file in holder.files if file.content_hash == content_hash)
        counts = count_file(session, file.id or 0)
        return StoredFile(stored_again(session, holder, counts, replace), file.part, holder.year)


@dataclass(frozen=True)
class Restored:
    label: str
    version_id: int
    previous_id: int | None
    already_current: bool = False
    """The version was the current one already: nothing changed."""


def restore_version(engine: Engine, disclosure_id: int) -> Restored:
    """Make a stored version current again; the version current until now is kept beside it."""
    with Session(engine) as session, session.begin():
        lock_for_writing(session.connection())
        version = session.get(Disclosure, disclosure_id)
        if version is None:
            raise NotFound(f"编号为 {disclosure_id} 的文档版本")
        if version.is_current:
            return Restored(version.scoped_label, disclosure_id, None, already_current=True)
        previous = set_current(session, version)
        return Restored(version.scoped_label, disclosure_id, previous.id if previous else None)


def disclosure_count(engine: Engine) -> int:
    """How many documents answers can read (current versions)."""
    with Session(engine) as session:
        statement = select(func.count()).select_from(Disclosure).where(col(Disclosure.is_current))
        return session.exec(statement).one()

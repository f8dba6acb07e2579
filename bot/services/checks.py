"""Check (勾稽检查): the audit of a loaded document, or of a file not yet loaded.

A file is loaded through the load service (a worker process under [limits]) into a throwaway SQLite
database, so checking a draft never touches the person's own database. Reports are plain text and JSON.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from bot.services.documents import Document, current_disclosure, documents_meant
from knowledge.audit import AuditReport, run_checks
from knowledge.audit.report import report_json, report_lines


@dataclass(frozen=True)
class CheckReport:
    """The audit of one document: readable lines grouped by severity, and the JSON report."""

    document: str
    lines: list[str]
    json: dict[str, Any]
    has_errors: bool

    @property
    def file_name(self) -> str:
        return f"勾稽检查_{self.document.replace(' ', '_')}.json"

    def json_bytes(self) -> bytes:
        """The JSON report as a file: indented, amounts as exact decimals."""
        return json.dumps(self.json, ensure_ascii=False, indent=2).encode("utf-8")


def report_of(audit: AuditReport) -> CheckReport:
    return CheckReport(audit.document, report_lines(audit), report_json(audit), audit.has_errors)


def check_document(engine: Engine, document_id: int) -> CheckReport:
    """Run every audit rule on one stored document."""
    with Session(engine) as session:
        return report_of(run_checks(session, current_disclosure(session, document_id)))


def check_documents(engine: Engine, reference: str | None) -> Iterator[CheckReport]:
    """The audit of the document a reference names, or of every loaded one, one report at a time."""
    for document in documents_meant(engine, reference):
        yield check_document(engine, document.id)


@contextmanager
def draft_database(path: Path) -> Iterator[tuple[Engine, Document]]:
    """A file loaded alone into a throwaway SQLite database, and the document it became; a file that
    does not load raises its LoadError."""
    from bot.services.loading import load_one
    from knowledge.database import open_engine

    with tempfile.TemporaryDirectory(prefix="budgetbot-check-") as folder:
        engine = open_engine(f"sqlite:///{Path(folder) / 'check.db'}")
        try:
            report = load_one(engine, path)
            if report.error is not None:
                raise report.error
            yield engine, documents_meant(engine, None)[0]
        finally:
            engine.dispose()


def check_file(path: Path) -> CheckReport:
    """The audit of a file not loaded: read into a throwaway database, checked there."""
    with draft_database(path) as (engine, document):
        return check_document(engine, document.id)

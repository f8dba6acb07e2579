"""Audit reports and charts behind /check and /chart: blocking calls the handlers run in a thread.

Each reads the database in its own session and returns plain text and bytes, never records, so no
session outlives the call. Charts are drawn one at a time by bot.services.charts (matplotlib is not thread-safe).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from bot.services.charts import render_chart
from knowledge.audit import load_for_audit, run_checks
from knowledge.audit.report import report_json, report_lines
from knowledge.catalog import find_disclosure, list_disclosures
from knowledge.errors import NotFound
from knowledge.models import Disclosure


@dataclass(frozen=True)
class Document:
    """A loaded document as a button shows it."""

    id: int
    label: str


@dataclass(frozen=True)
class CheckReport:
    """The audit of one document: readable lines grouped by severity, and the JSON report."""

    lines: list[str]
    json: bytes
    file_name: str


@dataclass(frozen=True)
class ChartImage:
    png: bytes
    caption: str


def documents_meant(engine: Engine, reference: str) -> list[Document]:
    """The one document a reference names (id, unit, alias, year), or every loaded one without it."""
    with Session(engine) as session:
        found = [find_disclosure(session, reference)] if reference else list_disclosures(session)
        return [Document(document.id, document.label) for document in found if document.id is not None]


def stored_disclosure(session: Session, document_id: int) -> Disclosure:
    disclosure = session.get(Disclosure, document_id)
    if disclosure is None or not disclosure.is_current:
        raise NotFound("这份文件（可能已被新版本替换），请重新选择")
    return disclosure


def check_report(engine: Engine, document_id: int) -> CheckReport:
    """Run every audit rule on one stored document."""
    with Session(engine) as session:
        report = run_checks(session, stored_disclosure(session, document_id))
    text = json.dumps(report_json(report), ensure_ascii=False, indent=2)
    file_name = f"勾稽检查_{report.document.replace(' ', '_')}.json"
    return CheckReport(report_lines(report), text.encode("utf-8"), file_name)


def chart_image(engine: Engine, kind_key: str, document_id: int) -> ChartImage:
    """Draw one chart of one stored document as PNG bytes, with its caption naming the source tables."""
    with Session(engine) as session, tempfile.TemporaryDirectory(prefix="budgetbot-chart-") as folder:
        disclosure = load_for_audit(session, stored_disclosure(session, document_id))
        chart = render_chart(kind_key, disclosure, Path(folder) / "chart.png")
        return ChartImage(chart.path.read_bytes(), chart.caption)

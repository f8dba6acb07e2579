"""Check: the audit of a loaded document, or of a file read into a throwaway database."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.services.checks import check_document, check_documents, check_file
from bot.services.documents import documents_meant
from knowledge.audit.report import SHOWN_PER_GROUP
from knowledge.errors import LoadError
from knowledge.store import disclosure_count

FENYANG = "汾阳市人力资源和社会保障局 2024年预算"


def test_a_file_is_checked_as_the_same_document_loaded(sample_engine: Engine, sample: Path) -> None:
    (document,) = documents_meant(sample_engine, "人社局")
    loaded = check_document(sample_engine, document.id)
    drafted = check_file(sample)
    assert drafted.lines == loaded.lines and drafted.has_errors == loaded.has_errors
    assert loaded.document == FENYANG and loaded.lines[0].startswith(f"勾稽检查：{FENYANG}")
    assert (
        loaded.json["document"] == FENYANG
        and loaded.file_name == f"勾稽检查_{FENYANG.replace(' ', '_')}.json"
    )
    assert b'"findings"' in loaded.json_bytes()


def test_no_reference_checks_every_document(two_units_engine: Engine) -> None:
    reports = list(check_documents(two_units_engine, None))
    assert len(reports) == 2 and len({report.document for report in reports}) == 2
    assert [report.document for report in check_documents(two_units_engine, "孝义人社局")] == [
        "孝义市人力资源和社会保障局 2024年预算"
    ]


def test_a_file_that_does_not_load_raises_its_load_error_and_touches_nothing(
    sample_engine: Engine, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    before = disclosure_count(sample_engine)
    with pytest.raises(LoadError, match="broken.xlsx"):
        check_file(broken)
    assert disclosure_count(sample_engine) == before


@pytest.mark.parametrize("reference", ["省高院", "万里街道", "人社局", "财政局2024年决算"])
def test_a_rule_firing_on_every_row_of_one_table_does_not_bury_the_others(
    corpus_engine: Engine, reference: str
) -> None:
    """Each rule's findings in each table: three listed in full, the rest counted; every finding is
    either listed or counted, and the JSON report keeps them all."""
    (report,) = check_documents(corpus_engine, reference)
    findings = report.json["findings"]
    groups = Counter((f["rule"], f["sources"][0]["table"] if f["sources"] else "") for f in findings)
    text = "\n".join(report.lines)
    listed = [line for line in report.lines if re.match(r"\d+\. \[", line)]
    counted = [int(n) for n in re.findall(r"还有 (\d+) 项同类发现", text)]
    assert len(listed) + sum(counted) == len(findings)
    assert len(listed) == sum(min(count, SHOWN_PER_GROUP) for count in groups.values())
    assert {rule for rule, _table in groups} == set(re.findall(r"^\d+\. \[(\w+)\]", text, re.M))

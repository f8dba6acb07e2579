"""Whether a document's figures agree (表格对得上吗): the audit's findings in a few lines.

The audit (knowledge.audit) reads the document's records as `budgetbot check` does; asked in a chat, the
answer gives its summary and each error with the places it compares, and says how to see the whole
report (warnings, rules passed and not run).
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from bot.engine.answers import Answer
from bot.engine.reading import Reading
from knowledge.models import Disclosure

WHOLE_REPORT = "完整报告（含警告、通过和未运行的规则）：budgetbot check {unit}"


def compose_check(engine: Engine, reading: Reading) -> Answer:
    """The audit of the one document the question is about: how many errors and warnings, and each
    error with its sources."""
    from knowledge.audit import run_checks  # its rules load only when an audit is asked
    from knowledge.audit.report import findings_summary, severity_lines

    head = reading.documents[0]
    with Session(engine) as session:
        disclosure = session.get(Disclosure, head.id)
        if disclosure is None:
            return Answer("not_found", f"没有找到{head.label}，所以无法核对。", intent=reading.kind.intent)
        report = run_checks(session, disclosure)
    errors = [finding for finding in report.findings if finding.severity == "error"]
    lines = [
        f"勾稽检查（表内、表间、表与说明的数字是否一致）：{report.document}",
        f"发现：{findings_summary(report)}",
    ]
    if errors:
        lines += ["【错误】", *severity_lines(errors)]
    else:
        lines.append(f"没有发现错误；通过 {len(report.passed)} 条规则。")
    lines.append(WHOLE_REPORT.format(unit=head.unit_name))
    return Answer("answered", "\n".join(lines), intent=reading.kind.intent)

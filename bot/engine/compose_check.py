"""Whether a document's figures agree (表格对得上吗): the audit's findings in a few lines; or, of two
tables named (表一和表四一致吗), the totals they both print, side by side.

The audit (knowledge.audit) reads the document's records as `budgetbot check` does; asked in a chat, the
answer gives its summary and each error with the places it compares, and says how to see the whole
report (warnings, rules passed and not run).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Engine
from sqlmodel import Session

from bot.engine.answers import Answer, Fact
from bot.engine.entries import side_named
from bot.engine.read_lists import in_yuan
from bot.engine.reading import DocumentReading, Reading, TableFigure
from bot.engine.replies import amount_text, figure_fact, plain_label, where
from knowledge.models import Disclosure
from knowledge.standard_tables import funds_covered

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


def compose_table_agreement(reading: Reading, part: DocumentReading) -> Answer:
    """表一和表四一致吗: each total both tables print, with both figures and whether they are equal; a pair
    of tables counting different money (表四 only 财政拨款) need not agree, which is said, not judged."""
    document = part.document
    pairs = list(zip(part.figures[::2], part.figures[1::2], strict=True))
    facts: list[Fact] = []
    lines, conflicts, apart, scoped_apart = [], 0, 0, 0
    for i, (first, second) in enumerate(pairs, 1):
        one, other = figure_fact(document, first), figure_fact(document, second)
        facts += [one, other]
        scopes = [money_counted(figure) for figure in (first, second)]
        difference = in_yuan(first) - in_yuan(second)
        verdict = difference_words(one, other, difference)
        if scopes[0] != scopes[1]:
            verdict += f"（口径不同：{one.source.table}为{scopes[0]}，{other.source.table}为{scopes[1]}）"
            scoped_apart += 1
            apart += bool(difference)
        else:
            conflicts += bool(difference)
        lines.append(
            f"{i}. {side_named(plain_label(first.row.label), first.row.side)}：{one.source.table} "
            f"{amount_text(one.value, one.unit)}，"
            f"{other.source.table} {amount_text(other.value, other.unit)}，{verdict}。"
        )
    tables = (
        f"{pairs[0][0].row.table.reference}与{pairs[0][1].row.table.reference}共同列出的 {len(pairs)} 个合计"
    )
    if conflicts:
        head = f"不一致：{tables}中有 {conflicts} 个不相等。"
    elif apart and scoped_apart == len(pairs):
        head = f"{tables}口径不同，不必相等；各数如下。"
    elif apart:
        head = f"{tables}中，口径相同的都相等，口径不同的不必相等。"
    else:
        head = f"一致：{tables}都相等。"
    text = "\n".join([head, *lines, where(facts[0].source), where(facts[1].source)])
    return Answer("answered", text, facts, intent=part.kind.intent)


def difference_words(one: Fact, other: Fact, in_yuan: Decimal) -> str:
    """相等, or how far apart, in the tables' unit when they share one (相差 496.40 万元)."""
    if not in_yuan:
        return "相等"
    if one.unit == other.unit and one.value is not None and other.value is not None:
        return f"相差 {amount_text(abs(one.value - other.value), one.unit)}"
    return f"相差 {amount_text(abs(in_yuan), '元')}"


def money_counted(figure: TableFigure) -> str:
    """What money a total counts: its table's funds (全部资金, 财政拨款 …) and its side, the row's or the
    table's when it has one only (收入决算表), for an income total need not equal a spending one."""
    table = figure.row.table
    return f"{funds_covered(table.kind) or '口径未注明'}{figure.row.side or table.one_side}"

"""Rules on completeness: the standard tables a 预算/决算公开 must contain, and their numbering."""

from __future__ import annotations

import re

from knowledge.audit import Finding, NotRun, Source, file_name, plain, rule
from knowledge.models import Disclosure, Passage
from knowledge.standard_tables import EXPECTED_TABLES, TableKind

SENTENCE_END = re.compile(r"[。；;！!]")
CLAUSE_END = re.compile(r"[，,：:（）()]")
NONE_STATED = re.compile(r"无(?!形资产)|没有|未安排|不涉及|为0(?:\.0+)?万?元|为零")

# The tables every 部门/单位 预算 and 决算公开 publishes (财政部 templates), each with the standard kinds
# (knowledge.standard_tables) that can stand for it; a table declared 本表无数据 counts as present.


@rule("C01", "warning", "完整性：预算/决算公开应有的标准表都在（或注明本表无数据）")
def standard_tables_present(disclosure: Disclosure) -> list[Finding]:
    if not disclosure.tables:
        raise NotRun("文档没有表格")
    kinds = {table.kind for table in disclosure.tables}
    findings = []
    for name, alternatives in EXPECTED_TABLES:
        if not kinds.isdisjoint(alternatives):
            continue
        stated = none_stated(disclosure, name)
        if stated is None:
            message = f"{disclosure.kind}公开缺少{name}（也没有注明本表无数据）"
            findings.append(Finding("C01", "warning", message, (Source(disclosure.label),)))
            continue
        passage, sentence = stated
        message = f"{disclosure.kind}公开没有{name}，说明中注明本部门没有此项：「{sentence}」"
        source = Source(
            disclosure.label,
            table=passage.section,
            sentence=sentence,
            line=passage.line,
            page=passage.page,
            file=file_name(disclosure, passage),
        )
        findings.append(Finding("C01", "info", message, (source,)))
    return findings


def none_stated(disclosure: Disclosure, table_name: str) -> tuple[Passage, str] | None:
    """The narrative sentence saying, in the clause naming it, that the unit has nothing of a missing
    table's budget (2018年本部门无国有资本经营预算收入 / …收入为0万元), if there is one."""
    subject = plain(table_name).removesuffix("表")
    for passage in sorted(disclosure.passages, key=lambda p: p.position):
        for sentence in SENTENCE_END.split(passage.text):
            clauses = [plain(clause) for clause in CLAUSE_END.split(sentence)]
            if any(subject in clause and NONE_STATED.search(clause) for clause in clauses):
                return passage, sentence.strip()
    return None


@rule("C02", "warning", "目录与表格：表号连续、不重复，目录编了号时每张表都有表号")
def table_numbers_complete(disclosure: Disclosure) -> list[Finding]:
    numbered = [table for table in disclosure.tables if table.number_value is not None]
    if not numbered:
        raise NotRun("表格都没有编号（目录未列出表号）")
    findings = []
    values = sorted(table.number_value for table in numbered if table.number_value is not None)
    for missing in sorted(set(range(1, values[-1] + 1)) - set(values)):
        message = f"表号不连续：没有找到第{missing}张表（目录或表号跳过了它）"
        findings.append(Finding("C02", "warning", message, (Source(disclosure.label),)))
    for value in sorted({v for v in values if values.count(v) > 1}):
        tables = [t for t in numbered if t.number_value == value]
        message = f"表号重复：{'、'.join(t.reference for t in tables)}"
        sources = tuple(Source(disclosure.label, t.reference, line=t.line, page=t.page) for t in tables)
        findings.append(Finding("C02", "warning", message, sources))
    for table in disclosure.tables:
        if table.number_value is None and table.kind != TableKind.OTHER:
            message = f"{table.reference}没有表号，目录中可能没有列出"
            findings.append(
                Finding(
                    "C02",
                    "info",
                    message,
                    (Source(disclosure.label, table.reference, line=table.line, page=table.page),),
                )
            )
    return findings

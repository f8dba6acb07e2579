"""A 部门's tables may print one row per unit under it (单位名称: 宁溪县教育局本级, 宁溪县第一中学 …): a
question naming such a unit and the table or one of its columns (宁溪县第一中学三公经费, 第一中学公务接待费)
is answered from that unit's row, never from the 部门's total. A unit in no row is left to the usual
reading, which says it is not found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from os.path import commonprefix

from bot.engine.cells import main_cell
from bot.engine.entries import Cell, DocumentIndex, RowEntry
from bot.engine.read_concepts import concept_called, concept_table, read_concept
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import plain_label
from bot.engine.scoring import Query
from bot.engine.similarity import is_subsequence, match_key
from knowledge.text import compact

MIN_UNIT_PART = 2
"""What a row's unit name says beyond the 部门's own name (第一中学 of 宁溪县第一中学) is this long at least."""
MIN_SHORTENED = 2
"""A unit's name said short keeps two characters at least (职校, 疾控中心)."""


def unit_said(row: RowEntry, text: str, unit_name: str) -> str:
    """How the question names the row's unit: its whole name, or what it says beyond the 部门's name (the
    place they share left out); '' when it does not."""
    label = compact(row.label)
    if label in text:
        return label
    own = label[len(commonprefix([label, compact(unit_name)])) :]
    if len(own) < MIN_UNIT_PART:
        return ""
    forms = spoken_forms(own)
    said = next((form for form in forms if form in text), "")
    return said or next((found for form in forms if (found := shortened(form, text))), "")


ORDINAL = re.compile(r"^第(?=[一二三四五六七八九十\d])")
SCHOOL_BY_NUMBER = re.compile(
    r"(?<![第一二三四五六七八九十\d表])(?:[一二三四五六七八九十]{1,3}|\d{1,2})[中小](?![学心型时组队全部央国间])"
)
"""二中, 三小, 十一中 (11中 once numerals are read): a school said by its number (第二中学, 第三小学), not
第二中学 itself, 一小部分, nor a table's number said before 中 (表六中的办公费)."""
SCHOOL_ENDINGS = ("中学", "小学", "大学")


def spoken_forms(own: str) -> list[str]:
    """第一中学 as people say it: as printed, without the 第 of its ordinal and the 学 that closes a
    school's name (一中, 二小, 师大 of 师范大学 once shortened)."""
    forms = [own]
    if ORDINAL.search(own):
        forms.append(ORDINAL.sub("", own))
    if own.endswith(SCHOOL_ENDINGS):
        forms += [form[:-1] for form in forms]
    return [form for form in forms if len(form) >= MIN_SHORTENED]


def shortened(own: str, text: str) -> str:
    """疾控中心 of 疾病预防控制中心: the unit said short, by some of its characters in their order, its first
    and its last kept (as 疾病预防控制所 is 疾控所); '' when the text says it no such way."""
    for start, character in enumerate(text):
        if character != own[0]:
            continue
        for end in range(start + MIN_SHORTENED, min(len(text), start + len(own) - 1) + 1):
            said = text[start:end]
            if said[-1] == own[-1] and is_subsequence(said, own):
                return said
    return ""


def asked_cell(row: RowEntry, rest: str, query: Query, document: DocumentIndex) -> Cell | None:
    """The cell of the unit's row the rest of the question asks for: a column it names (the longest), or
    the row's main figure when it names the table (三公经费 of a “三公” table); None when it names
    neither."""
    named = [cell for cell in row.cells if cell.leaf and compact(cell.leaf) in rest]
    if named:
        return max(named, key=lambda cell: len(cell.leaf))
    concept = concept_called(rest)
    core = match_key(rest).core
    if (concept is not None and concept_table(document, concept) is row.table) or (
        core and core in match_key(row.table.title).core
    ):
        return main_cell(row, query.columns)
    return None


def read_unit_row(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """The figure of the unit the question names, from its row; None when it names no unit's row."""
    text = compact(query.question.text)
    subject = compact(query.subject)
    for row in document.unit_rows:
        said = unit_said(row, text, document.head.unit_name)
        if not said:
            continue
        rest = subject.replace(said, "") if said in subject else subject.replace(unit_tail(said, subject), "")
        concept = concept_called(rest)
        if concept is not None and concept_table(document, concept) is row.table:
            part = read_concept(query, document, concept, row)
            if part is not None:  # the concept is not the row's 合计 (会议费 and 培训费 printed beside it)
                return replace(part, name=f"{plain_label(row.label)}{concept.name}")
        cell = asked_cell(row, rest, query, document) if rest else None
        if cell is not None:
            return DocumentReading(
                ReadingKind.ROW, document, figures=(TableFigure(row, cell),), table=row.table
            )
    return None


def unit_tail(said: str, subject: str) -> str:
    """The part of a unit's name the subject still holds once the place was taken out of it (第一中学 of
    宁溪县第一中学)."""
    for start in range(len(said)):
        if said[start:] and subject.startswith(said[start:]):
            return said[start:]
    return ""


def read_unit_rows(query: Query, documents: list[DocumentIndex]) -> list[DocumentReading]:
    """Each document's reading of the unit row the question names."""
    return [part for document in documents if (part := read_unit_row(query, document)) is not None]


def school_unlisted(query: Query) -> str:
    """宁溪县教育局二中三公经费: a school said by its number (二中) that no unit row of the documents read
    is; named, it is asked about, so the answer is never the 部门's figure. '' when none is said, or a row
    is the school said (一中 of 宁溪县第一中学)."""
    said = SCHOOL_BY_NUMBER.search(compact(query.question.text))
    if said is None:
        return ""
    rows = [(row, document) for document in query.documents for row in document.unit_rows]
    return "" if any(unit_said(row, said.group(0), d.head.unit_name) for row, d in rows) else said.group(0)

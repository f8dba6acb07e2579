"""What a document is: its unit, year, kind (预算/决算), scope (单位/部门) and its own title.

Read from the cover (the lines before the 目录) first, then from labelled lines such as
单位名称：… / 编制部门：… / 预算单位：… anywhere, then from the table titles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.text import without_spaces

UNIT_LABELS = r"单位名称|编制部门|编制单位|预算单位|预算主管部门|主管部门|部门名称|填报单位|部门[（(]单位[)）](名称)?|部门"
LABELLED_UNIT = re.compile(
    rf"(?:{UNIT_LABELS})\s*[:：]\s*(?P<name>[^\s:：]+?)(?:\s+.*?)?(?:(?:金额)?单位\s*[:：].*)?$"
)
ORG_ENDING = re.compile(
    r"(局|委员会|委|办公室|办事处|院|中心|所|站|馆|学校|校|医院|厅|部|会|处|队|室|社|署|园|公司|街道|镇|乡|政府)$"
)
YEAR_KIND = re.compile(r"(?P<year>20\d{2})\s*年\s*度?[^。；，]{0,12}?(?P<kind>预算|决算)")
BARE_YEAR = re.compile(r"(?<!\d)(?P<year>20\d{2})(?!\d)(?!\s*年\s*\d{1,2}\s*月)")
"""A year on its own: not the year of a date (2024年8月, the month a 决算 was published)."""
TITLE_YEAR = re.compile(r"(?P<year>20\d{2})\s*年")
SCOPE = re.compile(r"(?P<scope>部门|单位)\s*(综合|汇总)?\s*(预算|决算)")
"""部门预算, 单位决算, 部门综合预算 (as Shaanxi names a 部门's budget with its units'), 部门汇总预算."""
YEAR_LINE = re.compile(
    r"[（(]?\s*(?P<year>20\d{2})\s*年度?\s*[)）]?|(?:所属|报表)?年度\s*[:：]\s*(?P<labelled>20\d{2})(?:\s*年度?)?"
)
"""A line giving only the year: 2023年度, （2023年度）, 所属年度：2023."""
WRAPPED_YEAR = re.compile(r"20\d{2}\s*年度?$")
BARE_LABEL = re.compile(rf"(?:{UNIT_LABELS})\s*[:：]")
SCOPE_LABEL = re.compile(rf"({UNIT_LABELS})[:：]")
LABEL_SCOPES = {
    "部门": "部门",
    "部门名称": "部门",
    "编制部门": "部门",
    "主管部门": "部门",
    "预算主管部门": "部门",
}
"""The labels that say the tables are a 部门's (the department with its units). The others head the
tables of either kind: a 部门预算 may label its unit 单位名称 (a 部门 is a 预算单位 too), and 编制单位 or
填报单位 is whoever filled the form in."""
PART_HEADING = re.compile(r"第[一二三四五六七八九十]+部分")
NAME_LINE = re.compile(r"[\u4e00-\u9fff（）()]+")
MAX_COVER_NAME = 40
MAX_NAME_REST = 6
"""The most characters a wrapped unit name carries onto its next line (江苏省高级人民法 / 院)."""


@dataclass(frozen=True)
class DocumentFacts:
    unit_name: str
    year: int | None
    kind: str
    scope: str
    title: str


def labelled_unit(text: str) -> str | None:
    """Given 单位名称：汾阳市人力资源和社会保障局 or 编制单位：上海市财政局 单位：元, return the unit."""
    match = LABELLED_UNIT.search(text)
    return match.group("name") if match else None


def joined_unit_line(first: str, second: str) -> str | None:
    """The labelled line two lines make when the name stands on the line after its label (部门： /
    江苏省人民检察院) or wrapped onto it (部门名称：江苏省高级人民法 / 院); None otherwise."""
    label, rest = without_spaces(first), without_spaces(second)
    if not NAME_LINE.fullmatch(rest) or len(rest) > MAX_COVER_NAME or labelled_unit(second):
        return None
    if BARE_LABEL.fullmatch(label):
        return label + rest if ORG_ENDING.search(rest) else None
    if labelled_unit(first) is None or len(rest) > MAX_NAME_REST:
        return None
    return label + rest if ORG_ENDING.search(rest) else None


def join_unit_lines(lines: list[str]) -> list[str]:
    """The lines with each unit name that stood on the next line, or wrapped onto it, joined to its label."""
    joined: list[str] = []
    for text in lines:
        both = joined_unit_line(joined[-1], text) if joined else None
        joined[-1:] = [both] if both else [*joined[-1:], text]
    return joined


def cover_unit(lines: list[str]) -> str | None:
    """A cover line naming an organisation, or the part of a title before its year."""
    for text in lines:
        name = without_spaces(text)
        if len(name) <= MAX_COVER_NAME and ORG_ENDING.search(name) and not BARE_YEAR.search(name):
            return name
    for text in lines:
        if (match := TITLE_YEAR.search(text)) and ORG_ENDING.search(prefix := text[: match.start()].strip()):
            return prefix
    return None


def find_unit(cover: list[str], body: list[str]) -> str:
    """The unit's full name: a labelled cover line, the cover's organisation, else the body's labels."""
    cover, body = join_unit_lines(cover), join_unit_lines(list(body))
    for text in cover:
        if name := labelled_unit(text):
            return name
    if name := cover_unit(cover):
        return name
    labelled = Counter(name for text in body if (name := labelled_unit(text)))
    return labelled.most_common(1)[0][0] if labelled else ""


def find_year(cover: list[str], titles: list[str], body: Sequence[str] = ()) -> int | None:
    """The year the document covers: 2024年度…预算 on the cover, a bare year there (not a date's: 2024年8月
    is when a 决算 was published), else the titles', else the 2023年度 lines printed beside the tables of an
    export without a cover, else the part headings' (第三部分 …2023年度部门决算情况说明)."""
    joined = "".join(cover)
    for text in [*cover, joined]:
        if match := YEAR_KIND.search(text):
            return int(match.group("year"))
    for text in cover:
        if match := BARE_YEAR.search(text):
            return int(match.group("year"))
    years = Counter(int(match.group("year")) for title in titles if (match := TITLE_YEAR.search(title)))
    if not years:
        years = Counter(
            int(match.group("year") or match.group("labelled"))
            for text in body
            if (match := YEAR_LINE.fullmatch(text.strip()))
        )
    if not years:
        years = Counter(
            int(match.group("year"))
            for text in body
            if PART_HEADING.match(text.strip()) and (match := YEAR_KIND.search(text))
        )
    return years.most_common(1)[0][0] if years else None


def find_kind(cover: list[str], titles: list[str]) -> str:
    for texts in (cover, titles):
        joined = "".join(texts)
        positions = {kind: joined.find(kind) for kind in ("决算", "预算") if kind in joined}
        if positions:
            return min(positions, key=lambda kind: positions[kind])
    return ""


def find_scope(cover: list[str], titles: Sequence[str] = (), body: Sequence[str] = ()) -> str:
    """部门 or 单位: as the cover says (2024年部门预算), else the table titles or part headings
    (2024年部门综合预算收支总表, 第二部分 2019年度部门预算表), else the labels naming the unit above the
    tables (部门：…, 编制部门：… name a 部门; see LABEL_SCOPES). '' when nothing says: the document then
    takes the scope of the file it is merged with."""
    for texts in (cover, [*titles, *(text for text in body if PART_HEADING.match(text.strip()))]):
        if match := SCOPE.search("".join(without_spaces(text) for text in texts)):
            return match.group("scope")
    scopes = {
        scope
        for text in body
        if (match := SCOPE_LABEL.match(without_spaces(text))) and (scope := LABEL_SCOPES.get(match.group(1)))
    }
    return scopes.pop() if len(scopes) == 1 else ""


def find_title(cover: list[str]) -> str:
    """The cover line naming the 预算/决算, joined to the line above when the title wraps there: the
    unit's name (上海市普陀区规划和自然资源局 / 2024年度部门决算) or a line ending in its year."""
    index = next((i for i, text in enumerate(cover) if "预算" in text or "决算" in text), None)
    if index is None:
        return ""
    title = cover[index].strip()
    above = without_spaces(cover[index - 1]) if index else ""
    wrapped = ORG_ENDING.search(above) or WRAPPED_YEAR.search(above)
    if wrapped and not labelled_unit(above) and len(above) <= MAX_COVER_NAME and above not in title:
        return above + title
    return title


def lines_to_facts(cover: list[str], body: list[str], titles: list[str]) -> DocumentFacts:
    """Given the cover lines, the other text lines and the table titles, return the document's facts."""
    return DocumentFacts(
        unit_name=find_unit(cover, body),
        year=find_year(cover, titles, body),
        kind=find_kind(cover, titles),
        scope=find_scope(cover, titles, body),
        title=find_title(cover),
    )

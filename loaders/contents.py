"""The table of contents (目录) and table numbers: 表一, 公开01表, 预算公开表1, 1. 2025年…表.

A table takes its number from the contents entry whose title matches its own; a marker line printed
just above the title (预算公开表1, 部门公开表9) numbers it when the contents do not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.models import BudgetTable
from knowledge.standard_tables import TableKind, classify_title
from knowledge.text import ORDINAL_DIGITS, chinese_to_int, without_spaces
from loaders.blocks import Block, Grid, TextLine

PUBLISHED = "(?:公开|预算|决算)"
"""What a table number names before 表: 公开01表, 预算01表, 部门决算表3, 部门公开表1."""
NUMERAL = rf"[{ORDINAL_DIGITS}]+(?![、般])"
"""A table number in Chinese numerals; 一般 after it is a word (表四一般公共预算…表 is 表四), 、 a list."""
MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?P<label>附?表\s*(?P<number>{NUMERAL}))"),
    re.compile(rf"(?P<label>[^\d\s]{{0,4}}{PUBLISHED}\s*(?P<number>\d{{1,2}})\s*表)"),
    re.compile(
        rf"(?P<label>[^\d\s]{{0,4}}{PUBLISHED}表\s*(?P<number>\d{{1,2}}|{NUMERAL})"
        r"(?:\s*[-－—–]\s*(?P<sub>\d{1,2}))?)(?!\d)"
    ),
    re.compile(r"(?P<label>附件\s*(?P<number>\d{1,2})\s*[-－—–]\s*(?P<sub>\d{1,2}))(?![\d.．])"),
    re.compile(r"(?P<label>附?表\s*(?P<number>\d{1,2})(?:\s*[-－—–]\s*(?P<sub>\d{1,2}))?)(?![\d.．])"),
    re.compile(
        rf"(?P<label>(?:\d{{4}}\s*年度?)?[^\d\s]{{0,6}}公开表\s*[（(]\s*(?P<number>\d{{1,2}}|[{ORDINAL_DIGITS}]+)\s*[)）])"
    ),
)
"""表一, 公开01表, 公开 01 表, 部门公开表1, 公开表十二, 预算01表, 部门预算表1, 表3, 附表2, 表1-1 (a table under 表1, which has no
number of its own; also 公开表1-2 and 附件2-3), and a number in brackets after 公开表, perhaps under the
year: 2024年部门预算公开表（一）."""
TRAILING_MARKER = re.compile(
    rf"\s*(?P<label>(?:\d{{4}}\s*年度?)?(?:部门|单位)?(?:预算|决算)?(?:{PUBLISHED}\s*(?P<number>\d{{1,2}})\s*表"
    rf"|{PUBLISHED}表\s*(?P<digits>\d{{1,2}}|{NUMERAL})"
    rf"|公开表\s*[（(]\s*(?P<bracketed>\d{{1,2}}|[{ORDINAL_DIGITS}]+)\s*[)）]))$"
)
"""A number printed after the title on the same line: 收入支出决算总表 公开01表, 项目支出预算表
2024年部门预算公开表（十）."""
MARKER_SEPARATOR = "：:、.．-—－ "
"""What may stand between a number and its title: 公开 01 表：收支预算总表."""
LIST_NUMBER = re.compile(
    rf"(?:(?P<number>\d{{1,2}})\s*[.．、]|(?P<chinese>[{ORDINAL_DIGITS}]+)、"
    rf"|[（(]\s*(?P<bracketed>[{ORDINAL_DIGITS}]+|\d{{1,2}})\s*[)）])\s*"
)
PART = re.compile(rf"第[{ORDINAL_DIGITS}]+部分")
ENTRY = re.compile(
    rf"(第[{ORDINAL_DIGITS}]+部分|[{ORDINAL_DIGITS}]+、|[（(][{ORDINAL_DIGITS}\d]+[)）]|\d{{1,2}}\s*[.．、]"
    rf"|附?表\s*[{ORDINAL_DIGITS}\d]|[^\d\s]{{0,4}}(?:公开|(?:预算|决算)表?\s*\d)|\d{{4}}\s*年度?[^\d\s]{{0,6}}公开表|附件\s*\d{{1,2}}\s*[-－—–])"
)
LEADER_AND_PAGE = re.compile(r"(\s*[.…·．-]{2,}\s*\d*|\s+\d{1,3})\s*$")
TABLE_WORDS = re.compile(r"预算|决算|收支|收入|支出|经费|绩效|资金|明细|汇总|采购|资产")
TRAILING_NOTE = re.compile(r"[（(][^（()）]*[)）]$")
MAX_TITLE_LENGTH = 70
MIN_INSIDE_TITLE = 6
MAX_JUNK_LENGTH = 4
CONTENTS_HEADING = "目录"
CONTENTS_COLUMNS = re.compile(r"(序号|编号|表号|报表名称|表格名称|表名|名称|内容|页码|页次)+")
"""The column heads of a 目录 printed as a list: 序号 报表名称 页码."""


@dataclass(frozen=True)
class TableNumber:
    """A table's number: the label as printed (表一, 公开01表, 表1-1; 1 or 一 for a list's 1. or 一、), its
    value (None for 表1-1), and whether it comes from a contents list (1. 2. …) rather than a marker."""

    label: str
    value: int | None
    listed: bool = False


@dataclass(frozen=True)
class ContentsEntry:
    text: str
    number: TableNumber | None
    title: str
    numbering: str = ""
    """How the entry is numbered: marker (表一), digits (1.), chinese (一、), bracketed (（一）) or empty."""


def is_table_title(text: str) -> bool:
    """A table's title: short, ends in 表 (perhaps followed by a note in brackets), names money."""
    title = without_spaces(text)
    if not title or len(title) > MAX_TITLE_LENGTH or "。" in title or PART.match(title):
        return False
    if title.startswith(("注", "详见", "见")):
        return False
    core = title
    while TRAILING_NOTE.search(core):
        core = TRAILING_NOTE.sub("", core)
    return core.endswith("表") and TABLE_WORDS.search(core) is not None


def parse_marker(text: str) -> tuple[TableNumber | None, str]:
    """Given 表一2024年预算收支总表, 预算公开表1 or 收入支出决算总表 公开01表, return the number and the title
    without it."""
    stripped = text.strip()
    for pattern in MARKERS:
        if match := pattern.match(stripped):
            value = number_value(match.group("number"))
            if value:
                sub = match.groupdict().get("sub")
                label = without_spaces(match.group("label"))
                rest = stripped[match.end() :].lstrip(MARKER_SEPARATOR)
                return TableNumber(label, None if sub else value), rest
    if (match := TRAILING_MARKER.search(stripped)) and match.start() > 0:
        value = number_value(match.group("number") or match.group("digits") or match.group("bracketed"))
        return TableNumber(without_spaces(match.group("label")), value), stripped[: match.start()].strip()
    return None, stripped


def number_value(printed: str) -> int | None:
    """12 for 12, 01 or 十二."""
    return int(printed) if printed.isdigit() else chinese_to_int(printed)


def parse_list_number(text: str) -> tuple[TableNumber | None, str, str]:
    """Given 1. 2025年…表, 一、收入支出决算总表 or （一）…, return its number (as printed, without the
    list punctuation), the text after it, and the numbering style."""
    if match := LIST_NUMBER.match(text):
        style = next(name for name in ("number", "chinese", "bracketed") if match.group(name))
        printed = match.group(style)
        value = chinese_to_int(printed)
        numbering = {"number": "digits", "chinese": "chinese", "bracketed": "bracketed"}[style]
        if value:
            return TableNumber(printed, value, listed=True), text[match.end() :].strip(), numbering
    return None, text, ""


def clean_entry(text: str) -> str:
    """Drop the dot leaders and page number of a contents line."""
    previous = None
    while previous != text:
        previous, text = text, LEADER_AND_PAGE.sub("", text).strip()
    return text


def entry_of(text: str) -> ContentsEntry:
    """One contents line → its text, and its table number when it lists a table."""
    cleaned = clean_entry(text)
    number, rest = parse_marker(cleaned)
    numbering = "marker" if number else ""
    if number is None and not PART.match(cleaned):
        number, rest, numbering = parse_list_number(cleaned)
    if number is not None and not is_table_title(rest):
        number = None
    return ContentsEntry(text=cleaned, number=number, title=rest if number else cleaned, numbering=numbering)


def keep_one_list_style(entries: list[ContentsEntry]) -> list[ContentsEntry]:
    """When tables are listed as 1. 2. … (or 附表1-1, 附表1-2 …) under 四、单位预算表, the 四、 line is a
    heading, not a table."""
    counts = Counter(entry.numbering for entry in entries if entry.number and entry.numbering != "marker")
    markers = sum(1 for entry in entries if entry.number and entry.numbering == "marker")
    if not counts or (len(counts) < 2 and markers < 2):
        return entries
    style, most = counts.most_common(1)[0]
    kept = style if most > markers else "marker"
    return [
        entry
        if not entry.number or entry.numbering in ("marker", kept)
        else ContentsEntry(text=entry.text, number=None, title=entry.text, numbering=entry.numbering)
        for entry in entries
    ]


def looks_like_entry(text: str) -> bool:
    return ENTRY.match(text.strip()) is not None or LEADER_AND_PAGE.search(text) is not None


def grid_entry(cells: tuple[str, ...]) -> str:
    """A row of a contents grid as one entry: a 序号 cell before a numbered title is dropped (1 | 表1 |
    收支总表), one before a bare title numbers it as a list does (1 | 收支总表 → 1. 收支总表)."""
    filled = [cell for cell in cells if cell]
    if len(filled) > 1 and filled[0].isdigit():
        rest = " ".join(filled[1:])
        return rest if parse_marker(rest)[0] is not None else f"{filled[0]}. {rest}"
    return " ".join(filled)


def grid_entries(grid: Grid) -> list[str] | None:
    """A contents printed as a grid (title | page, or 序号 | 表号 | 报表名称 under those column heads):
    its entries, or None when it is a real table."""
    texts = [grid_entry(row.cells) for row in grid.rows]
    texts = [text for text in texts if not CONTENTS_COLUMNS.fullmatch(without_spaces(text))]
    if sum(looks_like_entry(text) for text in texts) * 2 < len(texts):
        return None
    return texts


def contents_heading_end(blocks: list[Block], index: int) -> int | None:
    """Where the entries start if a 目录 heading begins at `index`: 目录 on one line, or 目 and 录 on two."""
    texts = [
        without_spaces(block.text) if isinstance(block, TextLine) else ""
        for block in blocks[index : index + 2]
    ]
    if texts[0] == CONTENTS_HEADING:
        return index + 1
    if texts == list(CONTENTS_HEADING):
        return index + 2
    return None


def continues_entry(entry: ContentsEntry, text: str) -> bool:
    """A line finishing a listed entry that wrapped (十一、…会议费、培训费支 / 出预算表): the entry names
    money but no table yet, the line is the shorter rest, and together they name a table."""
    number, head, _ = parse_list_number(entry.text)
    rest = without_spaces(clean_entry(text))
    return (
        number is not None
        and entry.number is None
        and TABLE_WORDS.search(head) is not None
        and len(rest) < len(without_spaces(head))
        and is_table_title(head + rest)
    )


def starts_body(entries: list[ContentsEntry], text: str) -> bool:
    """The line after the contents begins the body: it repeats the first entry, or it is a bare table
    number already listed (a workbook's first table sheet after its 目录 sheet)."""
    cleaned = without_spaces(clean_entry(text))
    if cleaned == without_spaces(entries[0].text):
        return True
    number, rest = parse_marker(cleaned)
    listed = {entry.number.label for entry in entries if entry.number and not entry.number.listed}
    return number is not None and not rest and number.label in listed


def find_contents(blocks: list[Block]) -> tuple[int, int, list[ContentsEntry]] | None:
    """Given the document's blocks, return (start, end, entries) of its 目录, or None if it has none."""
    found = next(
        (
            (index, first)
            for index in range(len(blocks))
            if (first := contents_heading_end(blocks, index)) is not None
        ),
        None,
    )
    if found is None:
        return None
    start, end = found
    entries: list[ContentsEntry] = []
    for block in blocks[end:]:
        if isinstance(block, Grid):
            texts = grid_entries(block)
            if texts is None:
                break
            entries += [entry_of(text) for text in texts if text]
        else:
            text = block.text
            if entries and starts_body(entries, text):
                break
            if looks_like_entry(text):
                entries.append(entry_of(text))
            elif entries and continues_entry(entries[-1], text):
                entries[-1] = entry_of(entries[-1].text + without_spaces(clean_entry(text)))
            elif len(without_spaces(text)) > MAX_JUNK_LENGTH and not CONTENTS_COLUMNS.fullmatch(
                without_spaces(text)
            ):
                break
        end += 1
    return start, end, keep_one_list_style(entries)


def normalize_title(title: str) -> str:
    """Compare titles without spaces, quotes, bracket styles or the leading year."""
    text = without_spaces(title)
    text = re.sub(r"[“”\"'‘’「」]", "", text)
    text = text.replace("(", "（").replace(")", "）")
    return re.sub(r"^\d{4}年度?", "", text)


def same_title(wanted: str, other: str) -> bool:
    return other == wanted


def title_inside(wanted: str, other: str) -> bool:
    return len(other) >= MIN_INSIDE_TITLE and (other in wanted or wanted in other)


TITLE_MATCHES: tuple[Callable[[str, str], bool], ...] = (same_title, title_inside)
"""How a table's title may match a contents entry's, tried in order: the same, or one inside the other."""


def entry_matching(
    title: str, entries: list[ContentsEntry], used: set[int], matches: Callable[[str, str], bool]
) -> TableNumber | None:
    """The number of the first unused numbered entry whose title `matches` this one; marks it used."""
    wanted = normalize_title(title)
    for index, entry in enumerate(entries):
        if entry.number and index not in used and matches(wanted, normalize_title(entry.title)):
            used.add(index)
            return entry.number
    return None


def number_for(title: str, entries: list[ContentsEntry], used: set[int]) -> TableNumber | None:
    """The contents number of the table with this title: same title first, else one title inside the other."""
    for matches in TITLE_MATCHES:
        if number := entry_matching(title, entries, used, matches):
            return number
    return None


def number_by_kind(
    titles: list[str], numbers: list[TableNumber | None], entries: list[ContentsEntry], used: set[int]
) -> None:
    """Pair a table and an entry whose titles are worded differently (政府性基金支出预算表 in the body,
    政府性基金财政拨款支出预算表 in the 目录) when they are the only ones left of their standard kind."""
    left = [index for index, number in enumerate(numbers) if number is None]
    free = [index for index, entry in enumerate(entries) if entry.number and index not in used]
    kinds = {index: classify_title(titles[index]) for index in left}
    entry_kinds = {index: classify_title(entries[index].title) for index in free}
    for index, kind in kinds.items():
        same = [entry for entry, entry_kind in entry_kinds.items() if entry_kind == kind]
        if kind != TableKind.OTHER and len(same) == 1 and list(kinds.values()).count(kind) == 1:
            numbers[index] = entries[same[0]].number
            used.add(same[0])


def number_tables(
    titles: list[str], entries: list[ContentsEntry]
) -> tuple[list[TableNumber | None], set[int]]:
    """Given the tables' titles in document order, return each one's contents number and the entries used.

    Titles are matched the same first, then one inside the other, then by standard kind. A marker entry
    (表一, 公开01表) numbers its table whatever else the contents hold; a list's numbers (1. 2. …, 一、二、…)
    number tables only when the listed tables run from 1 without a gap (一、部门职责 二、… 三、收入决算表
    numbers sections, not tables). The body may print them in another order than the 目录.
    """
    used: set[int] = set()
    numbers: list[TableNumber | None] = [None] * len(titles)
    for matches in TITLE_MATCHES:
        for index, title in enumerate(titles):
            if numbers[index] is None:
                numbers[index] = entry_matching(title, entries, used, matches)
    number_by_kind(titles, numbers, entries, used)
    listed = sorted(entry.number.value or 0 for entry in entries if entry.number and entry.number.listed)
    if listed != list(range(1, len(listed) + 1)):
        numbers = [None if number is not None and number.listed else number for number in numbers]
    return numbers, used


def missing_entries(entries: list[ContentsEntry], used: set[int]) -> list[str]:
    """The contents entries naming a table that no table of the document answers to."""
    return [entry.text for index, entry in enumerate(entries) if entry.number and index not in used]


def contents_entries(texts: Sequence[str]) -> list[ContentsEntry]:
    """A stored contents list (Disclosure.contents, as printed) read back into entries."""
    return keep_one_list_style([entry_of(text) for text in texts])


def number_from_contents(
    tables: Sequence[BudgetTable],
    contents: Sequence[str],
    renumber: Callable[[BudgetTable], bool] = lambda table: table.number is None,
) -> list[str]:
    """Number the tables `renumber` admits (by default those with none) from a contents list, and return
    the listed tables not found.

    For a disclosure published as two files: the 目录 printed in the narrative file numbers the tables
    of the other file, matched by title (then by standard kind) whatever order either prints them in.
    """
    entries = contents_entries(contents)
    numbers, used = number_tables([table.title for table in tables], entries)
    for table, number in zip(tables, numbers, strict=True):
        if number is not None and renumber(table):
            table.number, table.number_value = number.label, number.value
    return missing_entries(entries, used)

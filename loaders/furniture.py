"""Lines that belong to a table, not to the narrative: its title, number, 单位 lines, notes, page numbers.

Every format prints them differently (lines above a PDF table, rows inside an HTML or Excel table, cells of
a tab-separated row); the rules for recognising them, and for taking them out of a grid, live here.
"""

from __future__ import annotations

import re

from knowledge.text import without_spaces
from loaders.blocks import Block, Grid, GridRow, TextLine
from loaders.contents import TABLE_WORDS, TableNumber, is_table_title, parse_marker
from loaders.metadata import MAX_COVER_NAME, ORG_ENDING, WRAPPED_YEAR, labelled_unit

UNIT_OF_MEASURE = re.compile(r"单位\s*[:：]\s*(?P<unit>亿元|万元|千元|元)")
UNIT_WRAP_REACH = 2
YEAR_NOTE = re.compile(r"[（(]?\s*\d{4}\s*年度?\s*[)）]?")
PAGE_NUMBER = re.compile(r"-?\s*\d{1,3}\s*-?|第\s*\d+\s*页(/共\s*\d+\s*页)?")
EMPTY_TABLE = re.compile(
    r"无数据|空表|表为空|[本此该]表[中内]?(无|没有)|无此[项类]|没有此[项类]|(无|没有)(相关|任何)?(数据|内容)"
)
"""How a document says a table is empty: 本表无数据, 故本表为空表, 本单位无此项支出, 此表无内容."""
ABSENCE = re.compile(
    r"(无|没有|未安排|未发生|不涉及)[^，,。；;]{0,30}(收入|支出|收支|预算|决算|经费|资金|拨款|安排)"
)
"""A note saying the unit has none of what the table lists (本部门无国有资本经营预算财政拨款收入和支出):
the table is empty when it prints no figure either."""
NOTE = re.compile(r"(注|说明)[\d（()）一二三四五六七八九十]*[:：]|注[本此该]")
NOTE_ITEM = re.compile(r"(?:^|[:：。；;])(\d{1,2})[.．、](?!\d)")
"""A numbered item of a note: 注：1.…。2.…"""
CONTINUED = re.compile(r"[（(]?(续表?|接上表)[)）]?")
"""Printed on a page that continues a table: 续表, （续）, 接上表 — alone or after the repeated title."""
MAX_JUNK_LENGTH = 4
CLOSING_BRACKETS = re.compile(r"[)）\]】」》]+")
SENTENCE_TAIL = re.compile(r"\d%|[。；;！？!?]$")
"""56%。 on a line of its own: the end of a sentence wrapped after 增长5., no page number."""
SENTENCE = re.compile(r"[。，,；;：:]")
"""Punctuation of running text or a labelled line: no title's first line holds it."""


def is_marker_line(text: str) -> bool:
    number, rest = parse_marker(text)
    return number is not None and not rest


def is_title_line(text: str) -> bool:
    return is_table_title(parse_marker(text)[1])


def wrapped_title(first: TextLine, second: TextLine) -> TextLine | None:
    """The title two lines make when a title wrapped (…会议费、培训费支出预算 / 表), else None: the first
    is no title yet and names money, the second being the shorter rest, or opens a title (see
    opens_title); together they are a title."""
    if first.page != second.page or is_title_line(first.text) or is_furniture(first.text):
        return None
    if is_marker_line(second.text) or is_furniture(second.text) or parse_marker(second.text)[0]:
        return None
    head, rest = without_spaces(parse_marker(first.text)[1]), without_spaces(second.text)
    joined = without_spaces(first.text) + rest
    if not is_title_line(joined):
        return None
    cut_short = len(rest) <= len(head) and TABLE_WORDS.search(head) is not None
    if not (cut_short or opens_title(head, rest)):
        return None
    return TextLine(text=joined, line=first.line, page=first.page)


def opens_title(head: str, rest: str) -> bool:
    """Whether a line is the first of a title set on two lines however long the second: the unit's name,
    perhaps with the year (国家水文监测局 / 2024年部门收支总表, 青石县自然资源局2024年 / 一般公共预算支出表),
    or a line whose last digits go on at the start of the next (…2 / 024年收支总表)."""
    names_unit = ORG_ENDING.search(head) or WRAPPED_YEAR.search(head)
    cuts_number = head[-1:].isdigit() and rest[:1].isdigit()
    return bool(names_unit or cuts_number) and len(head) <= MAX_COVER_NAME and not SENTENCE.search(head)


def join_wrapped_unit(pending: list[TextLine], line: TextLine) -> bool:
    """Join `line` to the 单位：万 line it ends when a narrow cell wrapped the unit (gjfy-2019 公开09表,
    where the 部门名称 line, printed at the same height, comes between them); True when it did."""
    for index in range(len(pending) - 1, max(len(pending) - 1 - UNIT_WRAP_REACH, -1), -1):
        head = pending[index]
        if head.page == line.page and ends_wrapped_unit(head.text, line.text):
            pending[index] = TextLine(
                text=without_spaces(head.text) + without_spaces(line.text), line=head.line, page=head.page
            )
            return True
    return False


def ends_wrapped_unit(above: str, text: str) -> bool:
    """Whether `text` is the rest of a unit the line above wraps in a narrow cell (…单位：万 / 元,
    金额单位 / ：元): the two make a unit line, and `text` is nothing but its end."""
    head, tail = without_spaces(above), without_spaces(text)
    if not tail or UNIT_OF_MEASURE.search(head):
        return False
    joined = UNIT_OF_MEASURE.search(head + tail)
    return joined is not None and joined.start() < len(head) and joined.end() == len(head + tail)


def is_note(text: str) -> bool:
    """注：… or 说明：… printed under a table."""
    return NOTE.match(without_spaces(text)) is not None


def note_continues(note: str, text: str) -> bool:
    """注：1.… on one line and 2.… on the next: the numbered items of one note."""
    if not is_note(note):
        return False
    items = [int(match.group(1)) for match in NOTE_ITEM.finditer(without_spaces(note))]
    following = NOTE_ITEM.match(without_spaces(text))
    return bool(items and following and int(following.group(1)) == items[-1] + 1)


def is_page_junk(text: str) -> bool:
    """A bare page number or a stray mark left in the text, not narrative; a closing bracket alone is the
    last line of a wrapped label (…饮水设施建设 / ）), and a share or a sentence's end the last of a wrapped
    sentence (…增长5. / 56%。), not a mark."""
    stripped = without_spaces(text)
    return bool(PAGE_NUMBER.fullmatch(stripped)) or (
        len(stripped) <= MAX_JUNK_LENGTH
        and not re.search(r"[\u4e00-\u9fff]", stripped)
        and not CLOSING_BRACKETS.fullmatch(stripped)
        and not SENTENCE_TAIL.search(stripped)
    )


def is_furniture(text: str) -> bool:
    """Lines that belong to a table, not to the narrative: units, unit names, notes, page numbers."""
    stripped = without_spaces(text)
    return bool(
        UNIT_OF_MEASURE.search(stripped)
        or labelled_unit(text)
        or YEAR_NOTE.fullmatch(stripped)
        or CONTINUED.fullmatch(stripped)
        or is_note(stripped)
        or EMPTY_TABLE.search(stripped) is not None
        or is_marker_line(stripped)
        or is_page_junk(stripped)
    )


def marker_before_title(prefix: list[TextLine]) -> TextLine | None:
    """The 公开02表 line numbering the next title: the last marker with only furniture after it
    (a layout may print it at the foot of the page before the table)."""
    for line in reversed(prefix):
        if is_marker_line(line.text):
            return line
        if not is_furniture(line.text):
            return None
    return None


def marker_after_title(after: list[TextLine]) -> TableNumber | None:
    """The 公开01表 line printed between a title and its table (with the 部门 and 单位 lines)."""
    for line in after:
        if not is_furniture(line.text):
            return None
        if is_marker_line(line.text):
            return parse_marker(line.text)[0]
    return None


def is_caption_row(cells: tuple[str, ...]) -> bool:
    """A grid row that is really a title or the lines around it: one cell holding a title, number, 单位
    or note, or several such cells (收入支出决算总表 | 公开01表, 部门：… | 2023年度 | 金额单位：万元), not
    only page-number-like ones (a row of column numbers is part of the table)."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 1:
        return is_title_line(filled[0]) or is_furniture(filled[0])
    if not all(is_title_line(cell) or is_furniture(cell) for cell in filled):
        return False
    return any(
        is_title_line(cell)
        or is_marker_line(cell)
        or UNIT_OF_MEASURE.search(without_spaces(cell))
        or labelled_unit(cell)
        for cell in filled
    )


def row_to_lines(row: GridRow) -> list[TextLine]:
    return [TextLine(text=cell, line=row.line, page=row.page) for cell in row.cells if cell]


def rows_to_blocks(rows: list[GridRow], caption: str) -> list[Block]:
    """A run of grid rows → its grid, then the caption rows it ended with (注 lines, the next number)."""
    end = len(rows)
    while end and is_caption_row(rows[end - 1].cells):
        end -= 1
    grid: list[Block] = [Grid(rows=rows[:end], caption=caption)] if end else []
    return grid + [line for row in rows[end:] for line in row_to_lines(row)]


def grid_to_blocks(grid: Grid) -> list[Block]:
    """Take titles, numbers, 单位 lines and notes printed as rows of a grid (web pages and Excel exports
    put them inside the table, text exports run one sheet's rows into the next) out as lines: caption
    rows at the top and bottom, and a title row in the middle, which starts a new grid."""
    blocks: list[Block] = []
    rows: list[GridRow] = []
    for row in grid.rows:
        filled = [cell for cell in row.cells if cell]
        if not rows and is_caption_row(row.cells):
            blocks += row_to_lines(row)
        elif len(filled) == 1 and is_title_line(filled[0]):
            blocks += rows_to_blocks(rows, grid.caption)
            blocks += row_to_lines(row)
            rows = []
        else:
            rows.append(row)
    return blocks + rows_to_blocks(rows, grid.caption)

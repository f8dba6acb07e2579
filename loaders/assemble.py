"""Blocks (text lines and grids, from any format) → one Disclosure with everything under it.

The walk: the cover and the 目录 first; then each grid is claimed by the table title above it
(with its 单位：万元 and 单位名称 lines, and the 注 lines below it; loaders.furniture takes such lines
out of grids that print them as rows); a grid with no title of its own, or under its title repeated,
continues the table before it (a page break); every other line is narrative. Tables whose title names a
绩效目标表 become PerformanceTargets; the rest become BudgetTables, numbered by the number printed with
them (公开01表 before, beside or after the title, or at the foot of the page before) or by the 目录.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.errors import LoadError
from knowledge.models import BudgetTable, Disclosure, PerformanceTarget, SourceFile
from knowledge.standard_tables import TableKind, classify_title
from knowledge.text import without_spaces
from knowledge.units import unit_aliases
from knowledge.versions import part_of
from loaders.blocks import Block, Grid, GridRow, LoadedDocument, TextLine
from loaders.cell_text import join_wrapped
from loaders.contents import (
    PART,
    ContentsEntry,
    TableNumber,
    find_contents,
    missing_entries,
    normalize_title,
    number_tables,
    parse_marker,
)
from loaders.furniture import (
    ABSENCE,
    EMPTY_TABLE,
    UNIT_OF_MEASURE,
    grid_to_blocks,
    is_furniture,
    is_marker_line,
    is_note,
    is_page_junk,
    is_title_line,
    join_wrapped_unit,
    marker_after_title,
    marker_before_title,
    note_continues,
    wrapped_title,
)
from loaders.grid import TableBody, grid_to_body
from loaders.metadata import ORG_ENDING, joined_unit_line, lines_to_facts
from loaders.narrative import is_heading, lines_to_narrative
from loaders.performance import grid_to_targets, is_target_list

MAX_COVER_LINES = 8
UNTITLED = "（无标题表格）"
CONTINUED_TITLE = re.compile(r"[（(]?(续表?|接上表)[)）]?$")
NAME_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
PART_REST = re.compile(r"20\d{2}年度?[^。，；]{0,24}$")
UNIT_NOTE = re.compile(r"\s*[（(]\s*(?:金额)?单位\s*[:：]\s*(?:亿元|万元|千元|元)\s*[)）]\s*$")
"""The unit printed in brackets after a title (收支总表（单位：元））: the table's unit, no part of its name."""


@dataclass
class TableSegment:
    """A table as found: its title line, the lines around it, and its grids (continuations included)."""

    title: TextLine | None
    marker: TableNumber | None = None
    lines: list[TextLine] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    heading: str = field(default="", metadata={"help": "the narrative heading above an untitled grid"})

    @property
    def title_text(self) -> str:
        if self.title is None:
            return next((grid.caption for grid in self.grids if grid.caption), self.heading or UNTITLED)
        title = parse_marker(self.title.text)[1] or self.title.text
        return UNIT_NOTE.sub("", title) or title

    @property
    def rows(self) -> list[GridRow]:
        return [row for grid in self.grids for row in grid.rows]


@dataclass
class Walk:
    segments: list[TableSegment] = field(default_factory=list)
    narrative: list[TextLine] = field(default_factory=list)
    pending: list[TextLine] = field(default_factory=list)


def settle(walk: Walk, grid: Grid | None) -> None:
    """Give the pending lines (and the grid after them, if any) to tables or to the narrative."""
    lines, walk.pending = walk.pending, []
    titles = [index for index, line in enumerate(lines) if is_title_line(line.text)]
    first_title = titles[0] if titles else len(lines)
    prefix = lines[:first_title]
    if grid is not None and not titles and walk.segments and all(is_furniture(line.text) for line in prefix):
        walk.segments[-1].lines += prefix
        walk.segments[-1].grids.append(grid)
        return
    marker_line = marker_before_title(prefix) if titles else None
    index = 0
    while index < len(prefix) and walk.segments and is_furniture(prefix[index].text):
        if prefix[index] is marker_line:
            break
        walk.segments[-1].lines.append(prefix[index])
        index += 1
    walk.narrative += [line for line in prefix[index:] if line is not marker_line]
    forward = markers_above_titles(lines, titles)
    for number, start in enumerate(titles):
        end = titles[number + 1] if number + 1 < len(titles) else len(lines)
        after = lines[start + 1 : end]
        segment = TableSegment(title=lines[start], lines=[line for line in after if is_furniture(line.text)])
        segment.marker = parse_marker(lines[start].text)[0]
        if segment.marker is None and marker_line is not None and number == 0:
            segment.marker = parse_marker(marker_line.text)[0]
        if segment.marker is None and start in forward:
            segment.marker = parse_marker(forward[start].text)[0]
        if segment.marker is None:
            segment.marker = marker_after_title([line for line in after if line not in forward.values()])
        is_last = number == len(titles) - 1
        if is_last and grid is not None:
            segment.grids.append(grid)
        if segment.grids or any(
            UNIT_OF_MEASURE.search(line.text) or EMPTY_TABLE.search(line.text) for line in after
        ):
            walk.segments.append(segment)
        else:
            walk.narrative.append(lines[start])
        walk.narrative += [line for line in after if not is_furniture(line.text)]
    if grid is not None and not titles:
        heading = next((line.text for line in reversed(walk.narrative) if is_heading(line.text)), "")
        walk.segments.append(TableSegment(title=None, grids=[grid], heading=heading))


def markers_above_titles(lines: list[TextLine], titles: list[int]) -> dict[int, TextLine]:
    """The marker line printed right above a title that has no number of its own, after a line taken for
    a title before it (四、部门预算公开表 / 2024年部门预算公开表（一） / 部门预算单位构成表): it numbers
    the title under it, not the one above, by title index."""
    found = {}
    for number, start in enumerate(titles[1:], start=1):
        above = lines[start - 1]
        if start - 1 == titles[number - 1] or not is_marker_line(above.text):
            continue
        end = titles[number + 1] if number + 1 < len(titles) else len(lines)
        if parse_marker(lines[start].text)[0] is None and marker_after_title(lines[start + 1 : end]) is None:
            found[start] = above
    return found


def join_wrapped_line(last: list[TextLine], line: TextLine) -> list[TextLine]:
    """The last pending line (if any) and `line`, as one line when a title, a labelled unit name or a
    part heading wrapped onto it, or it holds the next item of a numbered note."""
    if not last:
        return [line]
    previous = last[0]
    if title := wrapped_title(previous, line):
        return [title]
    if previous.page == line.page and (unit := joined_unit_line(previous.text, line.text)):
        return [TextLine(text=unit, line=previous.line, page=previous.page)]
    if previous.page == line.page and note_continues(previous.text, line.text):
        return [
            TextLine(text=join_wrapped([previous.text, line.text]), line=previous.line, page=previous.page)
        ]
    if previous.page == line.page and wraps_part_heading(previous.text, line.text):
        return [
            TextLine(
                text=without_spaces(previous.text) + without_spaces(line.text),
                line=previous.line,
                page=previous.page,
            )
        ]
    return [previous, line]


def wraps_part_heading(first: str, second: str) -> bool:
    """第三部分 江苏省人大常委会办公厅 / 2017年度部门预算情况说明: a part heading that ends with the unit's
    name goes on with the year and what the part holds."""
    head = without_spaces(first)
    return bool(PART.match(head) and ORG_ENDING.search(head) and PART_REST.match(without_spaces(second)))


def blocks_to_segments(blocks: list[Block]) -> Walk:
    """Split the body into table segments and narrative lines, in document order."""
    walk = Walk()
    for block in blocks:
        if isinstance(block, TextLine):
            if not join_wrapped_unit(walk.pending, block):
                walk.pending[-1:] = join_wrapped_line(walk.pending[-1:], block)
            continue
        for piece in grid_to_blocks(block):
            if isinstance(piece, TextLine):
                walk.pending.append(piece)
            else:
                settle(walk, piece)
    settle(walk, None)
    walk.segments = join_repeated_titles(walk.segments)
    return walk


def continues_table(segment: TableSegment, previous: TableSegment) -> bool:
    """Whether a titled segment is the previous table again on its next page: the same title (perhaps
    with （续表）) over the same header row, or marked 续表. Forms sharing one title (绩效目标表) are not."""
    if previous.title is None or segment.title is None or segment.marker not in (None, previous.marker):
        return False
    title = CONTINUED_TITLE.sub("", segment.title_text)
    if (
        normalize_title(title) != normalize_title(previous.title_text)
        or classify_title(title) == TableKind.PERFORMANCE
    ):
        return False
    marked = title != segment.title_text or any(
        CONTINUED_TITLE.fullmatch(line.text) for line in segment.lines
    )
    same_header = bool(segment.rows and previous.rows) and segment.rows[0].cells == previous.rows[0].cells
    return marked or same_header


def join_repeated_titles(segments: list[TableSegment]) -> list[TableSegment]:
    """A table whose title is repeated on each page it continues on is one table."""
    joined: list[TableSegment] = []
    for segment in segments:
        previous = joined[-1] if joined else None
        if previous is not None and continues_table(segment, previous):
            previous.lines += segment.lines
            previous.grids += segment.grids
            continue
        joined.append(segment)
    return joined


def split_cover(blocks: list[Block]) -> tuple[list[TextLine], list[ContentsEntry], list[Block]]:
    """Return the cover lines, the 目录 entries and the body blocks after them."""
    contents = find_contents(blocks)
    if contents is not None:
        start, end, entries = contents
        return [block for block in blocks[:start] if isinstance(block, TextLine)], entries, blocks[end:]
    cover: list[TextLine] = []
    for block in blocks[:MAX_COVER_LINES]:
        if not isinstance(block, TextLine) or any(
            starts(block.text) for starts in (is_heading, is_title_line, is_marker_line)
        ):
            break
        cover.append(block)
    return cover, [], blocks[len(cover) :]


def unit_from_lines(segment: TableSegment) -> str:
    """单位：万元 from the lines around the title, the title itself, or a one-cell first grid row (else the
    amount columns' headers may name it: see TableBody.header_unit)."""
    for text in [line.text for line in segment.lines] + ([segment.title.text] if segment.title else []):
        if match := UNIT_OF_MEASURE.search(without_spaces(text)):
            return match.group("unit")
    if segment.grids and segment.grids[0].rows:
        first = segment.grids[0].rows[0]
        for cell in first.cells:
            if (match := UNIT_OF_MEASURE.search(without_spaces(cell))) and sum(
                bool(c) for c in first.cells
            ) <= 2:
                segment.grids[0].rows = segment.grids[0].rows[1:]
                return match.group("unit")
    return ""


def says_empty(segment: TableSegment, body: TableBody) -> bool:
    """Whether the table is empty: a note or cell saying so (本表无数据, 故本表为空表, 本单位无此项支出), or
    no figure other than 0 printed under a note that the unit has none of it (本部门无政府性基金…支出) or
    in a table of no rows but its 合计."""
    notes = [line.text for line in segment.lines if is_note(line.text) or EMPTY_TABLE.search(line.text)]
    cells = [cell for row in segment.rows for cell in row.cells]
    if any(EMPTY_TABLE.search(without_spaces(text)) for text in notes + cells):
        return True
    printed = any(figure.value for row in body.rows for figure in row.figures)
    only_totals = all(row.is_total for row in body.rows)
    return not printed and (only_totals or any(ABSENCE.search(without_spaces(text)) for text in notes))


def segment_to_table(
    segment: TableSegment, position: int, number: TableNumber | None, source_name: str, problems: list[str]
) -> BudgetTable:
    """Given a table segment, return its BudgetTable with rows and figures; note what looked wrong."""
    unit = unit_from_lines(segment)
    body = grid_to_body(segment.rows, source_name)
    title = segment.title_text
    problems += [f"《{title}》{problem}" for problem in body.problems]
    if body.unit and unit and body.unit != unit:
        problems.append(f"《{title}》写明单位为{unit}，金额单元格里却写着{body.unit}，按{body.unit}读入")
    if body.header_unit and unit and body.header_unit != unit:
        problems.append(f"《{title}》写明单位为{unit}，表头却写着{body.header_unit}，按{unit}读入")
    unit = body.unit or unit or body.header_unit
    if not unit and body.has_amounts:
        problems.append(f"《{title}》没有写明金额单位")
    where = segment.title or (segment.grids[0].rows[0] if segment.rows else None)
    return BudgetTable(
        position=position,
        number=number.label if number else None,
        number_value=number.value if number else None,
        title=title,
        kind=classify_title(title) if segment.title else TableKind.OTHER,
        unit_of_measure=unit,
        columns=body.columns,
        no_data=says_empty(segment, body),
        note="\n".join(line.text for line in segment.lines if is_note(line.text)),
        line=where.line if where else None,
        page=where.page if where else None,
        rows=body.rows,
    )


def segment_to_targets(segment: TableSegment, position: int, problems: list[str]) -> list[PerformanceTarget]:
    """Given a 绩效目标表 segment, return its PerformanceTargets (one per project a list holds, or the one
    of a form), in the unit its lines name; none when it holds no rows."""
    rows = segment.rows
    if not rows:
        problems.append(f"第{segment.title.line if segment.title else '?'}行的绩效目标表没有内容")
        return []
    listed = is_target_list(rows)
    unit = unit_from_lines(segment) if listed else ""
    targets = grid_to_targets(rows, position)
    for target in targets:
        if not listed and segment.title is not None:
            target.line, target.page = segment.title.line, segment.title.page
        if unit:
            target.unit_of_measure = unit
        if not target.project:
            problems.append(f"第{target.line}行的绩效目标表找不到项目名称")
    return targets


def segments_to_records(
    segments: list[TableSegment],
    entries: list[ContentsEntry],
    disclosure: Disclosure,
    source_name: str,
    problems: list[str],
) -> set[int]:
    """Add each segment to the disclosure as a table or a target; return the contents entries used."""
    targets = [
        bool(segment.title) and classify_title(segment.title_text) == TableKind.PERFORMANCE
        for segment in segments
    ]
    tables = [segment for segment, is_target in zip(segments, targets, strict=True) if not is_target]
    numbers, used = number_tables([segment.title_text for segment in tables], entries)
    table_numbers = iter(numbers)
    for segment, is_target in zip(segments, targets, strict=True):
        if is_target:
            disclosure.targets += segment_to_targets(segment, len(disclosure.targets) + 1, problems)
            continue
        number = next(table_numbers)
        if segment.marker is not None and (number is None or number.listed):
            number = segment.marker
        position = len(disclosure.tables) + 1
        disclosure.tables.append(segment_to_table(segment, position, number, source_name, problems))
    return used


def year_in_name(source_name: str) -> int | None:
    """The one year a file name gives (江苏省委办公厅2018年度部门预算公开表.pdf), or None."""
    years = set(NAME_YEAR.findall(source_name))
    return int(years.pop()) if len(years) == 1 else None


DISCLOSURE_TITLE_END = re.compile(r"(?:预算|决算)(?:信息)?(?:公开)?(?:情况)?(?:说明|报告|文本|目录)?$")
"""江苏省政协办公厅2018年度部门预算公开, 2024年度部门决算情况说明: how a disclosure's title ends; a line that
only mentions a budget (…比预算少多少, 政府采购预算) ends otherwise or names no unit."""


SCOPED_BUDGET = re.compile(r"(?:部门|单位)(?:预算|决算)")
"""区级部门预算, 部门决算公开报告: a title saying whose budget it is by its scope, where it names no unit."""


def names_its_disclosure(title: str, disclosure: Disclosure) -> bool:
    """A file of narrative alone (a disclosure's 情况说明, published apart from its tables) is one when its
    title names the unit (or the budget's scope: 部门预算) and ends as a disclosure's title does; text that
    only mentions a unit and a budget is none."""
    said = without_spaces(title)
    named = any(name and name in said for name in (disclosure.unit_name, *disclosure.aliases))
    return (named or bool(SCOPED_BUDGET.search(said))) and bool(DISCLOSURE_TITLE_END.search(said))


def blocks_to_document(
    blocks: list[Block],
    *,
    source_name: str,
    source_format: str,
    content_hash: str,
    page_count: int | None = None,
) -> LoadedDocument:
    """Given a document's blocks in order, return its Disclosure (unsaved) and what looked wrong.

    A file that prints no year (a tables file without a cover) is not refused here: its year is settled
    when it is stored, from the document it belongs to or its file name.
    """
    cover, entries, body = split_cover(blocks)
    walk = blocks_to_segments(body)
    all_lines = [block.text for block in blocks if isinstance(block, TextLine)]
    titles = [segment.title_text for segment in walk.segments]
    facts = lines_to_facts([line.text for line in cover], all_lines, titles)
    if not facts.unit_name:
        raise LoadError(source_name, "找不到单位名称（封面、单位名称：或编制部门：行都没有）")
    problems: list[str] = []
    source = SourceFile(
        name=source_name, format=source_format, content_hash=content_hash, page_count=page_count
    )
    disclosure = Disclosure(
        unit_name=facts.unit_name,
        aliases=unit_aliases(facts.unit_name),
        year=facts.year or 0,
        kind=facts.kind or "预算",
        scope=facts.scope,
        title=facts.title,
        contents=[entry.text for entry in entries],
        files=[source],
    )
    used = segments_to_records(walk.segments, entries, disclosure, source_name, problems)
    narrative_lines = [line for line in walk.narrative if not is_page_junk(line.text)]
    narrative = lines_to_narrative(narrative_lines, facts.unit_name)
    disclosure.passages = narrative.passages
    disclosure.aliases = list(dict.fromkeys([*disclosure.aliases, *narrative.aliases]))
    disclosure.terms = narrative.terms
    disclosure.stated_figures = [figure for passage in narrative.passages for figure in passage.figures]
    if not disclosure.tables and not disclosure.targets and not disclosure.passages:
        raise LoadError(source_name, "文件里没有可识别的预算表格或说明文字")
    if not disclosure.tables and not disclosure.targets and not names_its_disclosure(facts.title, disclosure):
        raise LoadError(
            source_name, "文件里没有预算表格，也没有写明它是哪个单位的预算或决算公开（标题），不像公开文件"
        )
    for record in (*disclosure.tables, *disclosure.passages, *disclosure.targets, *disclosure.terms):
        record.file = source
    source.part = part_of(disclosure)
    if not facts.kind:
        problems.append("文档没有写明是预算还是决算，按预算处理")
    file_name_year = year_in_name(source_name)
    return LoadedDocument(
        disclosure=disclosure,
        problems=problems,
        year_source="document" if facts.year else "missing",
        file_name_year=file_name_year,
        missing_tables=missing_entries(entries, used),
    )


def file_to_document(
    path: Path,
    data: bytes,
    source_format: str,
    blocks: list[Block],
    problems: list[str] | None = None,
    page_count: int | None = None,
) -> LoadedDocument:
    """Given a file's bytes and the blocks read from them, return its records with the problems found.

    Every format loader ends here: the content hash (what makes loading the same file twice a no-op)
    is taken of the file's own bytes.
    """
    document = blocks_to_document(
        blocks,
        source_name=path.name,
        source_format=source_format,
        content_hash=hashlib.sha256(data).hexdigest(),
        page_count=page_count,
    )
    document.problems.extend(problems or [])
    return document

"""Running text of a PDF page: characters into lines, lines into paragraphs.

pdfplumber's own text grouping splits a line wherever a font sits a few points lower (digits set in
Times New Roman inside FangSong text end up on "the next line"), so lines are grouped here by how much
characters overlap vertically, and wide gaps split a line into separate pieces (编制部门… / 单位：元).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from statistics import median
from typing import Any

from loaders.cell_text import clean_line, join_wrapped

Char = dict[str, Any]

PAGE_NUMBER = re.compile(r"^[-–—－\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*(共\s*)?\d{1,4}\s*页?)?[-–—－\s]*$")
STARTS_ITEM = re.compile(
    r"^\s*(第[一二三四五六七八九十百]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]"
    r"|\d{1,2}[、.．](?!\d)|注[:：]|说明[:：]|[表附]\s*\d)"
)
LEADER_DOTS = re.compile(r"(…{2,}|\.{4,}|·{4,}|．{3,})")
NUMBER = r"-?\d[\d,]*(?:\.\d+)?%?"
NUMBERS_SIDE_BY_SIDE = re.compile(rf"(?<![\d.,]){NUMBER}\s+{NUMBER}\s+{NUMBER}(?![\d.,])")
SENTENCE_END = ("。", "！", "？", "；", "：", ".", ";", ":")


@dataclass(frozen=True)
class PdfLayout:
    """Tolerances for reading PDF text.

    Gaps, slacks, indents and the chart labels' reach and side are in font sizes; `min_rule`,
    `rule_tolerance`, `chart_gap` and `chart_label_smaller` in points; `same_line_overlap`, `wide_title`,
    `furniture_margin` and `running_header_share` are shares (of a height, the text width, the page
    height, the page count); the rest are counts.
    """

    same_line_overlap: float = 0.5
    space_gap: float = 0.15
    column_gap: float = 4.0
    full_line_slack: float = 4.0
    sentence_end_slack: float = 1.5
    paragraph_gap: float = 1.0
    usual_gap_slack: float = 1.3
    centre_slack: float = 0.5
    title_gap: float = 1.2
    wide_title: float = 0.6
    indent: float = 0.8
    first_line_indent: float = 4.0
    furniture_margin: float = 0.08
    running_header_pages: int = 3
    running_header_share: float = 0.3
    unruled_rows: int = 3
    cell_gap: float = 0.75
    table_line_gap: float = 2.5
    wrap_gap: float = 0.4
    full_cell_slack: float = 1.5
    merged_cell_slack: float = 0.25
    min_rule: float = 3.0
    rule_tolerance: float = 1.0
    chart_gap: float = 36.0
    chart_label_reach: float = 3.0
    chart_label_side: float = 12.0
    chart_label_smaller: float = 0.5
    chart_label_chars: int = 24


DEFAULT_LAYOUT = PdfLayout()


@dataclass(frozen=True)
class PageLine:
    """One piece of running text on a page, with where it sits."""

    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float


@dataclass(frozen=True)
class Paragraph:
    """Lines joined because each filled the line before the next one began."""

    text: str
    page: int
    top: float
    x0: float
    size: float
    left: float
    ends_full: bool
    last_bottom: float
    margin_key: str = field(
        default="", metadata={"help": "text with digits as #, for a lone line in the margin"}
    )


def unique_chars(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """Given a page's characters, drop any printed again within `tolerance` points (fake bold).

    Characters are bucketed by position, so this stays linear on pages with thousands of characters.
    """
    kept: list[Char] = []
    buckets: dict[tuple[str, int, int], list[Char]] = {}
    for char in chars:
        column, row = int(char["x0"] // tolerance), int(char["top"] // tolerance)
        neighbours = (
            other
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other in buckets.get((char["text"], column + dx, row + dy), ())
        )
        if any(
            abs(other["x0"] - char["x0"]) <= tolerance and abs(other["top"] - char["top"]) <= tolerance
            for other in neighbours
        ):
            continue
        kept.append(char)
        buckets.setdefault((char["text"], column, row), []).append(char)
    return kept


def chars_to_rows(chars: list[Char], layout: PdfLayout = DEFAULT_LAYOUT) -> list[list[Char]]:
    """Given characters, return the rows they print on, top to bottom.

    A character joins a row when it overlaps the row's first character by more than
    `same_line_overlap` of the smaller height.
    """
    rows: list[list[Char]] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        height = char["bottom"] - char["top"]
        for row in reversed(rows[-4:]):
            first = row[0]
            overlap = min(first["bottom"], char["bottom"]) - max(first["top"], char["top"])
            if overlap > layout.same_line_overlap * min(height, first["bottom"] - first["top"]):
                row.append(char)
                break
        else:
            rows.append([char])
    return rows


def row_to_pieces(row: list[Char], layout: PdfLayout = DEFAULT_LAYOUT) -> list[list[Char]]:
    """Given one row, return its runs of characters split at gaps wider than `column_gap` characters."""
    visible = sorted((c for c in row if c["text"].strip()), key=lambda c: c["x0"])
    pieces: list[list[Char]] = []
    for char in visible:
        if pieces and char["x0"] - pieces[-1][-1]["x1"] < layout.column_gap * char["size"]:
            pieces[-1].append(char)
        else:
            pieces.append([char])
    return pieces


def piece_to_text(piece: list[Char], layout: PdfLayout = DEFAULT_LAYOUT) -> str:
    """Given a run of characters, return its text with a space where the printed gap shows one."""
    text = piece[0]["text"]
    for previous, char in zip(piece, piece[1:], strict=False):
        if char["x0"] - previous["x1"] > layout.space_gap * char["size"]:
            text += " "
        text += char["text"]
    return clean_line(text)


def chars_to_lines(chars: list[Char], page: int, layout: PdfLayout = DEFAULT_LAYOUT) -> list[PageLine]:
    """Given the characters of running text, return its lines in reading order."""
    lines = []
    for row in chars_to_rows(chars, layout):
        for piece in row_to_pieces(row, layout):
            text = piece_to_text(piece, layout)
            if text:
                lines.append(
                    PageLine(
                        text=text,
                        page=page,
                        top=min(c["top"] for c in piece),
                        bottom=max(c["bottom"] for c in piece),
                        x0=piece[0]["x0"],
                        x1=piece[-1]["x1"],
                        size=median(c["size"] for c in piece),
                    )
                )
    return lines


def in_margin(top: float, bottom: float, page_height: float, layout: PdfLayout = DEFAULT_LAYOUT) -> bool:
    margin = layout.furniture_margin * page_height
    return bottom > page_height - margin or top < margin


def margin_key(paragraph: Paragraph, page_height: float, layout: PdfLayout = DEFAULT_LAYOUT) -> str:
    """For a one-line paragraph in the top or bottom margin, its text with digits as # (a running
    header or footer candidate); '' otherwise. Table titles (…表) are never running headers."""
    one_line = paragraph.last_bottom - paragraph.top < 2 * paragraph.size
    if not (one_line and in_margin(paragraph.top, paragraph.last_bottom, page_height, layout)):
        return ""
    return "" if "表" in paragraph.text else re.sub(r"\d+", "#", paragraph.text)


def numbers_without_rules(lines: list[PageLine]) -> int:
    """How many printed rows hold three or more numbers side by side: a table drawn without rules."""
    rows: dict[int, list[str]] = {}
    for line in lines:
        rows.setdefault(round(line.top / max(line.size, 1.0)), []).append(line.text)
    return sum(1 for texts in rows.values() if NUMBERS_SIDE_BY_SIDE.search(" ".join(texts)))


def is_page_furniture(line: PageLine, page_height: float, layout: PdfLayout = DEFAULT_LAYOUT) -> bool:
    """A bare page number ("3", "- 3 -", "第3页 共20页") in the top or bottom margin."""
    return in_margin(line.top, line.bottom, page_height, layout) and bool(PAGE_NUMBER.match(line.text))


def lines_to_paragraphs(
    lines: list[PageLine], page_width: float, layout: PdfLayout = DEFAULT_LAYOUT
) -> list[Paragraph]:
    """Given a page's lines top to bottom, join each line that filled its width with the next.

    A line continues into the next when it reaches the right edge of the page's text (the widest line,
    or the left margin mirrored, whichever is further right), and the next line is close below, the
    same size, not indented and does not start a new item (一、 （二） 3. 注：).
    """
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(max(line.x1 for line in lines), page_width - left)
    gaps = [below.top - above.bottom for above, below in zip(lines, lines[1:], strict=False)]
    spacings = [gap for gap in gaps if gap > 0]
    usual_gap = median(spacings) if len(spacings) >= 3 else 0.0
    paragraphs: list[Paragraph] = []
    for index, line in enumerate(lines):
        full = fills_line(line, right, layout)
        previous = paragraphs[-1] if paragraphs else None
        if previous is not None and (
            continues(previous, line, left, layout, usual_gap)
            or wraps_centred_title(lines[index - 1], line, page_width, right - left, layout)
        ):
            paragraphs[-1] = replace(
                previous,
                text=join_wrapped([previous.text, line.text]),
                ends_full=full,
                last_bottom=line.bottom,
            )
        else:
            paragraphs.append(
                Paragraph(line.text, line.page, line.top, line.x0, line.size, left, full, line.bottom)
            )
    return paragraphs


def wraps_centred_title(
    above: PageLine, line: PageLine, page_width: float, text_width: float, layout: PdfLayout = DEFAULT_LAYOUT
) -> bool:
    """Whether `line` is the second line of a wrapped, centred title (上海市普陀区规划和自然 / 资源局).

    Both are centred on the page in the same type size, close together; the line above is wide and the
    line below shorter (two full-width body lines are centred too).
    """

    def centred(candidate: PageLine) -> bool:
        return abs((candidate.x0 + candidate.x1) / 2 - page_width / 2) < layout.centre_slack * candidate.size

    return (
        centred(above)
        and centred(line)
        and abs(above.size - line.size) < 0.5
        and line.top - above.bottom < layout.title_gap * line.size
        and above.x1 - above.x0 > layout.wide_title * text_width
        and line.x1 - line.x0 < above.x1 - above.x0 - line.size
        and not STARTS_ITEM.match(line.text)
    )


def fills_line(line: PageLine, right: float, layout: PdfLayout = DEFAULT_LAYOUT) -> bool:
    """Whether a line runs to the right edge, so its paragraph may go on below.

    Justified Chinese lines stop up to a few characters short when a number will not fit; a line ending
    a sentence must reach the edge more closely. TOC lines (dot leaders) never run on.
    """
    slack = layout.sentence_end_slack if line.text.endswith(SENTENCE_END) else layout.full_line_slack
    return line.x1 >= right - slack * line.size and not LEADER_DOTS.search(line.text)


def continues(
    previous: Paragraph, line: PageLine | Paragraph, left: float, layout: PdfLayout, usual_gap: float = 0.0
) -> bool:
    """Whether `line` carries on the paragraph `previous` (on the same page or the next).

    Close below means within `paragraph_gap` font sizes, or a little over the page's usual gap
    between lines (double-spaced documents). A paragraph starts near the left margin: a piece printed
    at the right (单位：万元 beside a table's 部门 line) does not run on into the line below.
    """
    same_page = previous.page == line.page
    allowed_gap = max(layout.paragraph_gap * line.size, layout.usual_gap_slack * usual_gap)
    close = not same_page or (line.top - previous.last_bottom) < allowed_gap
    return (
        previous.ends_full
        and previous.x0 < previous.left + layout.first_line_indent * previous.size
        and close
        and abs(previous.size - line.size) < 0.5
        and line.x0 < left + layout.indent * line.size
        and not STARTS_ITEM.match(line.text)
        and not PAGE_NUMBER.match(line.text)
    )

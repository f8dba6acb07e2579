"""Tables a PDF page draws without ruling lines: columns found by where the text stands, rows by which
cells a printed line fills.

Many county PDFs print their tables with no lines at all. The figures of such a table still stand in
columns: a number never spans two of them, so the numbers' places give the columns, and the words fill in
the columns only they use (an empty 经营收入 column shows only in the header). A piece of text over two
columns is a merged cell (本年支出 over 合计 | 基本支出 | 项目支出, 当年支出小计 across both 支出 blocks): it
goes to the first column it covers, as a ruled merged cell does. A printed line starts a new row unless it
only adds to cells the row has left empty, or goes on with a label that ran out of room in its cell
(机关事业单位基本养老保险缴 / 费支出) — so a figure printed beside the middle of a wrapped label, or a
header cell set between two header rows, joins its row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median

from knowledge.text import is_printed_figure
from loaders.blocks import Grid, GridRow
from loaders.cell_text import join_wrapped
from loaders.furniture import ends_wrapped_unit, is_furniture, is_marker_line, is_note, is_title_line
from loaders.grid import is_header_row
from loaders.numbers import is_column_numbers
from loaders.pdf_tables import Box
from loaders.pdf_text import DEFAULT_LAYOUT, STARTS_ITEM, Char, PdfLayout, chars_to_rows, piece_to_text
from loaders.table_rows import COMPLETE_LABEL, is_total_label

SENTENCE_MARKS = ("。", "；", "，")


@dataclass(frozen=True)
class Piece:
    """A run of characters standing together on a printed line: one cell's text on that line."""

    text: str
    x0: float
    x1: float
    chars: tuple[int, ...]
    top: float = 0.0
    bottom: float = 0.0
    """Its own height: a printed line groups pieces that overlap, set a little higher or lower."""

    @property
    def is_figure(self) -> bool:
        return is_printed_figure(self.text)


@dataclass(frozen=True)
class PrintedLine:
    pieces: tuple[Piece, ...]
    top: float
    bottom: float
    size: float

    @property
    def text(self) -> str:
        return " ".join(piece.text for piece in self.pieces)

    @property
    def holds_figures(self) -> bool:
        """A table's data line: several pieces, one of them a number, none a sentence (栏次 1 2 3 is a
        header line)."""
        return (
            len(self.pieces) >= 2
            and not is_column_numbers([piece.text for piece in self.pieces])
            and any(piece.is_figure for piece in self.pieces)
            and not any(mark in piece.text for piece in self.pieces for mark in SENTENCE_MARKS)
        )


Column = tuple[float, float]


def chars_to_printed_lines(chars: list[Char], layout: PdfLayout = DEFAULT_LAYOUT) -> list[PrintedLine]:
    """Given running characters, return the printed lines, each split into pieces at gaps wider than
    `cell_gap` characters (the padding between two cells)."""
    lines: list[PrintedLine] = []
    for row in chars_to_rows(chars, layout):
        visible = sorted((char for char in row if char["text"].strip()), key=lambda char: char["x0"])
        if not visible:
            continue
        runs: list[list[Char]] = []
        for char in visible:
            if runs and char["x0"] - runs[-1][-1]["x1"] < layout.cell_gap * char["size"]:
                runs[-1].append(char)
            else:
                runs.append([char])
        pieces = tuple(
            Piece(
                piece_to_text(run, layout),
                run[0]["x0"],
                run[-1]["x1"],
                tuple(id(char) for char in run),
                min(char["top"] for char in run),
                max(char["bottom"] for char in run),
            )
            for run in runs
        )
        lines.append(
            PrintedLine(
                pieces=tuple(piece for piece in pieces if piece.text),
                top=min(char["top"] for char in visible),
                bottom=max(char["bottom"] for char in visible),
                size=median(char["size"] for char in visible),
            )
        )
    return [line for line in lines if line.pieces]


def stops_table(line: PrintedLine, above: PrintedLine | None = None) -> bool:
    """A line a table never holds: a title, a table number, a 单位/部门 line (or the rest of one wrapped in
    the header's last cell, 单位：万 / 元, under `above`), a note."""
    text = line.text
    wrapped_unit = above is not None and ends_wrapped_unit(above.text, text)
    return is_title_line(text) or is_marker_line(text) or is_furniture(text) or is_note(text) or wrapped_unit


def lines_to_regions(lines: list[PrintedLine], layout: PdfLayout = DEFAULT_LAYOUT) -> list[list[PrintedLine]]:
    """Given a page's printed lines, return each run of lines that is a table: from the header lines above
    its first data line to its last data line and the lines set tight under it (its last label wrapped),
    with the lines between; a title, a 单位 line, a note or a wide gap ends a run. A run is a table when
    it has `unruled_rows` data lines, or one of that many numbers under a header."""
    regions: list[tuple[bool, list[PrintedLine]]] = []
    current: list[PrintedLine] = []
    titled = False
    stops = [stops_table(line, lines[index - 1] if index else None) for index, line in enumerate(lines)]
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else None
        apart = previous is not None and line.top - previous.bottom > layout.table_line_gap * line.size
        if stops[index] or apart:
            regions.append((titled, current))
            current = []
            above = index if stops[index] else index - 1
            titled = above >= 0 and stops[above] and not is_note(lines[above].text)
        if not stops[index]:
            current.append(line)
    regions.append((titled, current))
    tables: list[list[PrintedLine]] = []
    for titled, region in regions:
        data = [index for index, line in enumerate(region) if line.holds_figures]
        if not data:
            body = first_body_line(region)
            if (
                titled
                and body < len(region)
                and any(
                    len(line.pieces) >= layout.unruled_rows and names_columns(line) for line in region[:body]
                )
            ):
                tables.append(region)
            continue
        header = header_start(region, data[0])
        many = max(sum(piece.is_figure for piece in region[index].pieces) for index in data)
        if (
            len(data) >= layout.unruled_rows
            or (header and many >= layout.unruled_rows)
            or names_figures(header, region[data[0]])
        ):
            end = data[-1] + 1
            while end < len(region) and is_tight(region[end - 1], region[end], layout):
                end += 1
            tables.append(header + region[data[0] : end])
    return tables


def names_columns(line: PrintedLine) -> bool:
    """A header row under a table's title: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 (a table that
    prints no figure, 本表为空表)."""
    return is_header_row([piece.text for piece in line.pieces])


def first_body_line(lines: list[PrintedLine], layout: PdfLayout = DEFAULT_LAYOUT) -> int:
    """Where a table's body starts: its first data line, or the line above it when that is the first line
    of the row's label (see label_starts_above); in a table of no figures, its 合计 line."""
    data = next((index for index, line in enumerate(lines) if line.holds_figures), None)
    if data is not None:
        return data - 1 if label_starts_above(lines, data, layout) else data
    return next(
        (index for index, line in enumerate(lines) if index and is_total_label(line.pieces[0].text)),
        len(lines),
    )


def label_starts_above(lines: list[PrintedLine], data: int, layout: PdfLayout = DEFAULT_LAYOUT) -> bool:
    """Whether the words above a data line are the first line of its label, not a header line: a label of
    two lines beside one-line cells centred in the row (巩固脱贫攻坚成果衔接乡村振 / 213 05 600.00 / 兴,
    the first row on a page a table continues on) goes on right under the data line."""
    if data < 1 or data + 1 >= len(lines):
        return False
    above, below = lines[data - 1], lines[data + 1]
    if any(piece.is_figure for piece in (*above.pieces, *below.pieces)):
        return False
    if is_column_numbers([piece.text for piece in above.pieces]):
        return False
    return any(
        wraps_under(printed(first), printed(rest), below.size, layout)
        for first in above.pieces
        for rest in below.pieces
    )


def printed(piece: Piece) -> Printed:
    return Printed(piece.top, piece.bottom, piece.x0, piece.x1)


def names_figures(header: list[PrintedLine], first: PrintedLine) -> bool:
    """Whether header lines stand over each figure of a table's first data line (项目 | 预算数 over
    机关运行经费 | 120.00): a table of one row, not a sentence with a number."""
    names = [piece for line in header for piece in line.pieces]
    return len(names) >= 2 and all(
        any(min(name.x1, piece.x1) > max(name.x0, piece.x0) for name in names)
        for piece in first.pieces
        if piece.is_figure
    )


def is_tight(above: PrintedLine, below: PrintedLine, layout: PdfLayout = DEFAULT_LAYOUT) -> bool:
    """Whether a line is set as the next line of the same cell (no row padding between), words only."""
    return below.top - above.bottom < layout.wrap_gap * below.size and not any(
        piece.is_figure for piece in below.pieces
    )


def header_start(region: list[PrintedLine], first_data: int) -> list[PrintedLine]:
    """The header lines above a table's first data line: up to a line that reads as a sentence."""
    start = first_data
    while start > 0 and not any(
        mark in piece.text for piece in region[start - 1].pieces for mark in SENTENCE_MARKS
    ):
        start -= 1
    return region[start:first_data]


def overlap(piece: Piece, column: Column) -> float:
    return min(piece.x1, column[1]) - max(piece.x0, column[0])


def lines_to_columns(lines: list[PrintedLine]) -> list[Column]:
    """Given a table's data lines, return its columns left to right: first where its numbers stand, then
    where words stand that no number does — words starting where others start first (a column's own),
    then the rest narrowest first; a piece over two columns (a merged cell) adds none."""
    columns: list[Column] = []
    pieces = [piece for line in lines for piece in line.pieces]
    figures = [piece for piece in pieces if piece.is_figure]
    words = [piece for piece in pieces if not piece.is_figure]
    starts = Counter(round(piece.x0) for piece in words)
    aligned = [piece for piece in words if starts[round(piece.x0)] > 1]
    alone = sorted(
        (piece for piece in words if starts[round(piece.x0)] == 1), key=lambda piece: piece.x1 - piece.x0
    )
    for piece in [*figures, *aligned, *alone]:
        touched = [index for index, column in enumerate(columns) if overlap(piece, column) > 0]
        if len(touched) > 1 or (
            touched and not piece.is_figure and columns_of_figures(columns, figures, touched)
        ):
            continue
        if touched:
            x0, x1 = columns[touched[0]]
            columns[touched[0]] = (min(x0, piece.x0), max(x1, piece.x1))
        else:
            columns.append((piece.x0, piece.x1))
    return sorted(columns)


def columns_of_figures(columns: list[Column], figures: list[Piece], touched: list[int]) -> bool:
    """Whether the one column a piece of words touches is a column of numbers the words only overhang
    (a label running on past its own column): words and numbers share no column in these tables."""
    column = columns[touched[0]]
    return any(overlap(figure, column) > 0 for figure in figures)


def column_of(piece: Piece, columns: list[Column]) -> int:
    """The column a piece stands in: the first it covers (a merged cell's), else the nearest."""
    covered = [index for index, column in enumerate(columns) if overlap(piece, column) > 0]
    if covered:
        return covered[0]
    middle = (piece.x0 + piece.x1) / 2
    return min(
        range(len(columns)), key=lambda index: abs((columns[index][0] + columns[index][1]) / 2 - middle)
    )


@dataclass
class Cell:
    lines: list[str]
    full: bool
    bottom: float
    last: Printed | None = None
    """Where its last line is printed: the next line of its text stands under it, no wider."""


def goes_on(cell: Cell, piece: Piece, top: float, size: float, layout: PdfLayout = DEFAULT_LAYOUT) -> bool:
    """Whether a piece on a later line goes on with a cell's words: set tight under them as the next line
    of one cell, or after words that ran out of room in it — never a number, nor a new numbered item."""
    above = cell.lines[-1]
    tight = cell.last is not None and wraps_under(
        cell.last, Printed(top, top + size, piece.x0, piece.x1), size, layout
    )
    return (
        (tight or (cell.full and not COMPLETE_LABEL.search(above)))
        and not is_printed_figure(above)
        and not piece.is_figure
        and not STARTS_ITEM.match(piece.text)
    )


def place_pieces(line: PrintedLine, columns: list[Column]) -> dict[int, list[Piece]]:
    placed: dict[int, list[Piece]] = {}
    for piece in line.pieces:
        placed.setdefault(column_of(piece, columns), []).append(piece)
    return placed


def add_pieces(
    row: dict[int, Cell],
    placed: dict[int, list[Piece]],
    line: PrintedLine,
    columns: list[Column],
    layout: PdfLayout,
) -> None:
    for index, pieces in placed.items():
        full = columns[index][1] - pieces[-1].x1 < layout.full_cell_slack * line.size
        cell = row.setdefault(index, Cell(lines=[], full=False, bottom=line.bottom))
        cell.lines.append(" ".join(piece.text for piece in pieces))
        cell.full, cell.bottom = full and not pieces[-1].is_figure, line.bottom
        cell.last = Printed(
            min(piece.top for piece in pieces),
            max(piece.bottom for piece in pieces),
            pieces[0].x0,
            pieces[-1].x1,
        )


@dataclass(frozen=True)
class HeaderPiece:
    """A piece of a header line and the columns its cell spans."""

    piece: Piece
    line: PrintedLine
    span: tuple[Column, ...]


def wraps_under(above: Printed, below: Printed, size: float, layout: PdfLayout) -> bool:
    """Whether a piece is the next line of a cell's text: set tight under it, starting where it starts
    (or centred where it is), and no wider than the line it wrapped from (a heading over sub-headers is
    set as close, but they are their own text)."""
    aligned = min(abs(above.x0 - below.x0), abs(above.x0 + above.x1 - below.x0 - below.x1) / 2)
    return (
        below.top - above.bottom < layout.wrap_gap * size
        and aligned < layout.wrap_gap * size
        and below.x1 - below.x0 <= above.x1 - above.x0 + layout.wrap_gap * size
    )


@dataclass(frozen=True)
class Printed:
    """Where a piece of a cell's text is printed."""

    top: float
    bottom: float
    x0: float
    x1: float


def cell_bottom(
    piece: Piece, line: PrintedLine, own: list[Printed], layout: PdfLayout
) -> tuple[float, set[int]]:
    """Where the cell a header piece starts ends: below its last wrapped line (found among the pieces
    printed under it in its own column), and those lines."""
    above = printed(piece)
    wrapped: set[int] = set()
    for other in sorted(own, key=lambda other: other.top):
        if other.top < above.top or not wraps_under(above, other, line.size, layout):
            continue
        wrapped.add(id(other))
        above = other
    return above.bottom, wrapped


def sub_headed(
    column: Column,
    below: dict[Column, list[Printed]],
    bottom: float,
    wrapped: set[int],
    size: float,
    layout: PdfLayout,
) -> bool:
    """Whether a column starts a header cell of its own below the cell of a header piece (not a line of
    that cell, nor the next line of a cell beside it): the piece is then a heading over that column, not
    its name. A neighbour's cell merged down over the rows and centred between them stands beside the
    piece's cell, not below it."""
    previous: Printed | None = None
    for other in sorted(below.get(column, []), key=lambda other: other.top):
        starts = previous is None or not wraps_under(previous, other, size, layout)
        if starts and other.top >= bottom and id(other) not in wrapped:
            return True
        previous = other
    return False


def heading_span(
    piece: Piece,
    columns: list[Column],
    headed: list[bool],
    under: list[bool],
    size: float,
    lower: list[tuple[Column, ...]],
) -> tuple[Column, ...]:
    """The columns a heading is centred over: of the runs of two or more columns, each with its own header
    cell further down, that hold its centre, the one whose cells' middle is nearest it (to a character),
    never cutting through a heading further down. Of runs as near, the widest whose columns all start
    `under` the heading (预算数 over 合计 … 公务接待费, merged down below it), else the narrowest (合计 and
    因公出国（境）费 merged down beside a heading are no part of it). A column's cell is taken to reach the
    next column's text (its own text may stand anywhere in it)."""
    middle = (piece.x0 + piece.x1) / 2
    gaps = [after[0] - before[1] for before, after in zip(columns, columns[1:], strict=False)]
    ends = [after[0] for after in columns[1:]] + [columns[-1][1] + (median(gaps) if gaps else 0.0)]
    best: tuple[tuple[bool, int, int], tuple[Column, ...]] | None = None
    for first in range(len(columns)):
        for last in range(first + 1, len(columns)):
            if not headed[last]:
                break
            if not headed[first] or not columns[first][0] <= middle <= ends[last]:
                continue
            run = set(columns[first : last + 1])
            if any(run & set(span) and not set(span) <= run for span in lower):
                continue
            below = all(under[first : last + 1])
            near = round(abs((columns[first][0] + ends[last]) / 2 - middle) / size)
            key = (not below, near, first - last if below else last - first)
            if best is None or key < best[0]:
                best = (key, tuple(columns[first : last + 1]))
    return best[1] if best else ()


def starts_under(
    column: Column,
    below: dict[Column, list[Printed]],
    piece: Piece,
    deepest: float,
    size: float,
    layout: PdfLayout,
) -> bool:
    """Whether a column's top header cell starts below a heading's line, so that the heading stands over
    it. A top cell with cells under it is one row tall: it starts below when it is printed below. A cell
    merged down to the header's foot is centred in the rows it spans: beside a heading it spans the
    heading's row too, and its middle is halfway between the heading's and the header's last line
    (`deepest`, a middle); merged from the row under the heading, it stands half a row lower."""
    printed = sorted(below.get(column, []), key=lambda other: other.top)
    if not printed:
        return False
    cell = [printed[0]]
    for other in printed[1:]:
        if not wraps_under(cell[-1], other, size, layout):
            return printed[0].top >= piece.bottom
        cell.append(other)
    middle = (cell[0].top + cell[-1].bottom) / 2
    return middle > ((piece.top + piece.bottom) / 2 + deepest) / 2 + layout.merged_cell_slack * size


def header_pieces(
    lines: list[PrintedLine], columns: list[Column], layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[Column], list[HeaderPiece]]:
    """Given the header lines and the columns the figures and labels give, return the columns with those
    only a header shows (an empty 经营收入 column), and each header piece with the columns it spans.

    Read from the bottom up: a piece over columns that print header cells further down is a heading
    centred over them (本年支出 over 合计 | 基本支出 | 项目支出); any other names the column it stands in, a
    new one when it stands where no figure or label does."""
    columns = list(columns)
    below: dict[Column, list[Printed]] = {}
    found: list[HeaderPiece] = []
    lowest = max(
        (piece for line in lines for piece in line.pieces), key=lambda piece: piece.bottom, default=None
    )
    deepest = (lowest.top + lowest.bottom) / 2 if lowest else 0.0
    for line in reversed(lines):
        for piece in line.pieces:
            covered = [column for column in columns if overlap(piece, column) > 0]
            near = covered or neighbours(piece, columns)
            span: tuple[Column, ...] = ()
            own = [printed for column in covered for printed in below.get(column, [])]
            bottom, wrapped = cell_bottom(piece, line, own, layout)
            if any(sub_headed(column, below, bottom, wrapped, line.size, layout) for column in near):
                headed = [sub_headed(column, below, bottom, wrapped, line.size, layout) for column in columns]
                under = [starts_under(column, below, piece, deepest, line.size, layout) for column in columns]
                lower = [item.span for item in found if len(item.span) > 1]
                span = heading_span(piece, columns, headed, under, line.size, lower)
            if not span and covered:
                span = (max(covered, key=lambda column: overlap(piece, column)),)
            if not span:
                columns = sorted([*columns, (piece.x0, piece.x1)])
                span = ((piece.x0, piece.x1),)
            found.append(HeaderPiece(piece, line, span))
        for item in found:
            if item.line is line:
                for column in item.span:
                    below.setdefault(column, []).append(printed(item.piece))
    return columns, list(reversed(found))


def neighbours(piece: Piece, columns: list[Column]) -> list[Column]:
    """The columns either side of a piece that stands between them."""
    left = [column for column in columns if column[1] <= piece.x0]
    right = [column for column in columns if column[0] >= piece.x1]
    return ([left[-1]] if left else []) + ([right[0]] if right else [])


def header_rows(
    found: list[HeaderPiece], columns: list[Column], layout: PdfLayout = DEFAULT_LAYOUT
) -> list[dict[int, Cell]]:
    """The header pieces as header rows. Each column's stack of header cells, top to bottom: the headings
    over it and its own name (a wrapped one joined); the deepest stack gives the rows, and a shorter stack
    (a cell merged down over rows) is placed from the top, as a ruled merged cell is."""
    stacks: dict[Column, list[tuple[float, Cell]]] = {column: [] for column in columns}
    last: dict[tuple[Column, ...], tuple[Cell, PrintedLine]] = {}
    for item in sorted(found, key=lambda item: (item.line.top, item.piece.x0)):
        place = columns.index(item.span[0])
        previous = last.get(item.span)
        if previous is not None and goes_on(previous[0], item.piece, item.piece.top, item.line.size, layout):
            add_pieces({place: previous[0]}, {place: [item.piece]}, item.line, columns, layout)
            continue
        cell = Cell(lines=[], full=False, bottom=item.line.bottom)
        add_pieces({place: cell}, {place: [item.piece]}, item.line, columns, layout)
        last[item.span] = (cell, item.line)
        for column in item.span:
            stacks[column].append((item.line.top, cell))
    depth = max((len(stack) for stack in stacks.values()), default=0)
    rows: list[dict[int, Cell]] = [{} for _ in range(depth)]
    placed: set[int] = set()
    for column in columns:
        for level, (_, cell) in enumerate(stacks[column]):
            if id(cell) not in placed:
                rows[level][columns.index(column)] = cell
                placed.add(id(cell))
    return rows


def lines_to_rows(
    lines: list[PrintedLine], columns: list[Column], page: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[Column], list[GridRow]]:
    """Given a table's lines and columns, return its rows: the header lines above the first line of
    figures as header rows; below, a line joins the row above when it only fills cells that row left
    empty, or goes on with their words."""
    first_data = first_body_line(lines, layout)
    header = [line for line in lines[:first_data] if not is_column_numbers([p.text for p in line.pieces])]
    columns, found = header_pieces(header, columns, layout)
    rows = header_rows(found, columns, layout)
    body: list[dict[int, Cell]] = []
    for line in lines[first_data:]:
        placed = place_pieces(line, columns)
        current = body[-1] if body else None
        joins = current is not None and all(
            index not in current or goes_on(current[index], pieces[0], pieces[0].top, line.size, layout)
            for index, pieces in placed.items()
        )
        if not joins or current is None:
            current = {}
            body.append(current)
        add_pieces(current, placed, line, columns, layout)
    return columns, [
        GridRow(
            cells=tuple(
                join_wrapped(row[index].lines) if index in row else "" for index in range(len(columns))
            ),
            page=page,
            full=tuple(row[index].full if index in row else False for index in range(len(columns))),
        )
        for row in rows + body
    ]


def page_to_unruled_grids(
    chars: list[Char], page_number: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[tuple[Box, Grid]], set[int]]:
    """Given the characters of a page outside its ruled tables, return the tables they print without
    rules, with their boxes, and the ids of the characters read into them."""
    found: list[tuple[Box, Grid]] = []
    used: set[int] = set()
    for region in lines_to_regions(chars_to_printed_lines(chars, layout), layout):
        first_data = first_body_line(region, layout)
        body = region[first_data:] if any(line.holds_figures for line in region) else []
        columns, rows = lines_to_rows(region, lines_to_columns(body), page_number, layout)
        if len(columns) < 2:
            continue
        box = (columns[0][0], region[0].top, columns[-1][1], region[-1].bottom)
        edges = (*(column[0] for column in columns), columns[-1][1])
        found.append((box, Grid(rows=rows, column_edges=edges)))
        used.update(char for line in region for piece in line.pieces for char in piece.chars)
    return found, used

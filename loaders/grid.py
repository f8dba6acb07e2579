"""A table's printed cell grid → rows and figures, the same way for every file format.

Header rows are the rows above the first data row; a header cell spanning several columns is
printed once, so it stands for the empty cells to its right (within its parent's span). Columns
holding 科目编码 or item names label the rows; every other cell becomes a Figure. A label column
that follows figure columns starts a second side (收入 | 支出 tables).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from knowledge.catalog import display_width
from knowledge.errors import LoadError
from knowledge.models import Figure, TableRow
from knowledge.text import is_dash, is_printed_figure, parse_figure, split_amount_unit, without_spaces
from loaders.blocks import GridRow
from loaders.numbers import is_column_numbers
from loaders.table_rows import (
    COMPLETE_LABEL,
    NUMBERING_STYLES,
    PLAIN,
    carry_labels_across_sides,
    is_total_label,
    join_wrapped_labels,
    link_hierarchy,
    numbering_style,
    pair_labels_with_figures,
)

HEADER_LABEL = re.compile(
    r"(项目|收入|支出|科目|序号|栏次|类|款|项|单位|.*(编码|名称|科目|代码|项目|类别|大类|品目))"
)
HEADER_TERM = re.compile(r"合计|小计|预算|决算|金额|支出|收入|资金|经费|数$|年$|^类$|^款$|^项$")
CODE = re.compile(r"\d{3}(?:\s?\d{2}){0,2}")
CODE_PART = re.compile(r"\d{2}")
CODE_HEADER = re.compile(r"编码|代码|^类$|^款$|^项$|/类$|/款$|/项$")
LABEL_HEADER = re.compile(r"(名称|项目|科目|单位|备注|说明)$")
SERIAL_HEADER = re.compile(r"(^|/)(序号|行次|栏次)$")
"""A column numbering the rows (序号 1 2 3) is text, not an amount."""
CODE_PREFIXED_LABEL = re.compile(r"(\d{3}(?:\s?\d{2}){0,2})\s+(\S.*)")
CODE_JOINED_LABEL = re.compile(r"(\d{3}(?:\s?\d{2}){0,2})\s*[-－—.．、:：]?\s*([^\d\s.,，%].*)")
"""A code run into its name (201一般公共服务支出, 201-一般公共服务支出): read so only in a column whose
labels mostly print one (a label may start with a number: 100万元以上设备)."""
CODE_LEVELS = ("类", "款", "项")
HEADER_UNIT = re.compile(r"[（(](?:(?:金额)?单位[:：])?(?P<unit>亿元|万元|千元|元)[)）]")
"""A unit of money named in a column's header: 预算数（万元）, 金额(单位：元)."""
UNIT_CELL = re.compile(r"(?:金额)?单位[:：](?P<unit>亿元|万元|千元|元)")
"""A header cell that is the table's unit line (单位：万元), printed inside the header, not over a column."""
AMOUNT_MARK = re.compile(r"[.,，]")
"""A decimal point or thousands separator: a number printed as an amount, not a code or 栏次."""
MISPRINTS_PER_CODE = 10
"""A code column may hold one misprinted code (one in ten in long tables), never half of them
(putuo-fuliyuan-2024 prints 210 11 02 as 7 11 02)."""


@dataclass
class TableBody:
    """What a grid holds: the column header paths, the rows with their figures, and what looked wrong."""

    columns: list[str]
    rows: list[TableRow]
    problems: list[str] = field(default_factory=list)
    unit: str = ""
    """The unit of money the amount cells print themselves (1,290.00万元), if they do."""
    header_unit: str = ""
    """The unit of money the amount columns' headers name (预算数（万元）, 金额(元)), if they agree on one."""

    @property
    def has_amounts(self) -> bool:
        """Whether any cell holds an amount (a list of units under 序号/单位名称/备注 has none)."""
        return any(figure.value is not None for row in self.rows for figure in row.figures)


@dataclass
class ColumnGroup:
    """One side of a table: its code columns, its label column, other text columns and figure columns."""

    side: str
    codes: list[int] = field(default_factory=list)
    label: int | None = None
    texts: list[int] = field(default_factory=list)
    serials: list[int] = field(default_factory=list)
    figures: list[int] = field(default_factory=list)


def grid_to_body(grid_rows: list[GridRow], source_name: str) -> TableBody:
    """Given a table's grid rows (continuations included), return its columns, rows and figures."""
    problems: list[str] = []
    grid_rows, unit = units_out_of_cells(grid_rows, problems)
    aligned = split_code_level_rows(align_rows(grid_rows, source_name, problems))
    cells = [list(row.cells) for row in aligned]
    header_count = count_header_rows(cells)
    header, unit_cells = units_out_of_header(
        [row for row in cells[:header_count] if not is_column_numbers(row)]
    )
    width = len(cells[0]) if cells else 0
    repeated = repeated_headers(cells, header_count)
    data = fold_figure_lines(
        [
            (row, values)
            for number, (row, values) in enumerate(zip(aligned, cells, strict=True))
            if number >= header_count and number not in repeated and not is_column_numbers(values)
        ]
    )
    columns, groups = header_to_columns(header, width, [values for _, values in data])
    for group in groups:
        carry_merged_labels([values for _, values in data], label_columns(group))
    if len(groups) == 1:
        data = split_nested_labels(data, label_columns(groups[0]))
    joined = [codes_run_into_labels(data, group) for group in groups]
    made = [
        [make_row(row, values, group, columns, codes) for row, values in data]
        for group, codes in zip(groups, joined, strict=True)
    ]
    levels = {
        id(table_row): label_of(values, group)[0]
        for group, side in zip(groups, made, strict=True)
        for (_, values), table_row in zip(data, side, strict=True)
    }
    carry_labels_across_sides(made)
    rows: list[TableRow] = []
    for group, side in zip(groups, made, strict=True):
        filled = labels_filling_cells([values for _, values in data], side, group)
        paired = pair_labels_with_figures([row for row in side if row is not None])
        rows += link_hierarchy(join_wrapped_labels(paired, levels, filled), levels)
    for position, table_row in enumerate(rows, start=1):
        table_row.position = position
    amounts = {index for group in groups for index in group.figures}
    problems += non_amount_cells(rows, amounts)
    header_unit = unit_in_headers([columns[index] for index in sorted(amounts)])
    if len(unit_cells) == 1 and header_unit in ("", *unit_cells):
        header_unit = unit_cells.pop()
    return TableBody(columns=columns, rows=rows, problems=problems, unit=unit, header_unit=header_unit)


def units_out_of_header(header: list[list[str]]) -> tuple[list[list[str]], set[str]]:
    """Given the header rows, return them without the cells that are a unit line (单位：万元 at the end of
    the top row, or merged across it), and the units those cells name; a row left empty is dropped."""
    units = set()
    kept = []
    for row in header:
        cells = []
        for cell in row:
            if match := UNIT_CELL.fullmatch(without_spaces(cell)):
                units.add(match["unit"])
                cell = ""
            cells.append(cell)
        if any(cells):
            kept.append(cells)
    return kept, units


def unit_in_headers(paths: list[str]) -> str:
    """The one unit of money the amount columns' headers name (预算数（万元）, 金额(单位：元)), or ''."""
    units = {match["unit"] for path in paths for match in HEADER_UNIT.finditer(without_spaces(path))}
    return units.pop() if len(units) == 1 else ""


def fold_figure_lines(data: list[tuple[GridRow, list[str]]]) -> list[tuple[GridRow, list[str]]]:
    """A printed line of figures only, under a row of words that left those cells empty, is that row's: a
    layout printing each row's figures on the line below its label, across all sides of the table at once
    (人员经费合计 | 公用经费合计 over 632.50 | 99.20, the last in a third side), keeping the words and
    amounts the row printed itself (台式计算机 | 政府集中采购 | 12 over 6.00)."""
    folded: list[tuple[GridRow, list[str]]] = []
    for row, values in data:
        printed = [index for index, value in enumerate(values) if value]
        above = folded[-1][1] if folded else None
        if (
            above is not None
            and printed
            and all(is_printed_figure(values[index]) or is_dash(values[index]) for index in printed)
            and not all(is_printed_figure(value) or is_dash(value) for value in above if value)
            and not any(above[index] for index in printed)
        ):
            for index in printed:
                above[index] = values[index]
            continue
        folded.append((row, values))
    return folded


def repeated_headers(cells: list[list[str]], header_count: int) -> set[int]:
    """The rows that print the header again (after a page break): runs of rows each reading as a header
    row, two at least when the header has two — a data row that only happens to read like one header row
    (a wrapped label's last line 收入 | 支出 under a 收入 | 支出 heading) is data."""
    header = cells[:header_count]
    least = min(2, header_count)
    found: set[int] = set()
    run: list[int] = []
    for number in range(header_count, len(cells) + 1):
        if number < len(cells) and cells[number] in header:
            run.append(number)
            continue
        if run and len(run) >= least:
            found.update(run)
        run = []
    return found


def units_out_of_cells(rows: list[GridRow], problems: list[str]) -> tuple[list[GridRow], str]:
    """Given a table's rows, return them with amounts printed with their unit (1,290.00万元) as bare
    numbers, and that unit; amounts of several units are left as printed (no amounts of one table), said
    in `problems`, and the unit is ''. A few such cells among amounts printed bare (a 备注 of 5000元) are
    no unit of the table's."""
    cells = [cell for row in rows for cell in row.cells]
    units = [unit for _, unit in map(split_amount_unit, cells) if unit]
    if len(units) < sum(1 for cell in cells if is_printed_figure(cell) and AMOUNT_MARK.search(cell)):
        return rows, ""
    units = sorted(set(units))
    if len(units) > 1:
        problems.append(f"金额单元格写着不同的单位（{'、'.join(units)}），这些金额没有按数字读入")
    if len(units) != 1:
        return rows, ""
    bare = [replace(row, cells=tuple(split_amount_unit(cell)[0] for cell in row.cells)) for row in rows]
    return bare, units[0]


def non_amount_cells(rows: list[TableRow], amount_columns: set[int]) -> list[str]:
    """Given the rows and which columns hold amounts, return a warning, with its place, for each cell
    there that is no amount ("abc", "1,2,3.4.5"): it is kept as printed, never read as a number."""
    problems: list[str] = []
    for row in rows:
        where = f"第{row.page}页" if row.page else (f"第{row.line}行" if row.line else "")
        for figure in row.figures:
            if figure.column_index not in amount_columns or figure.value is not None:
                continue
            if figure.raw.strip() and not is_dash(figure.raw):
                problems.append(
                    f"{where}“{row.label or row.code or '（无名称）'}”一行、“{figure.column}”一列的"
                    f"“{figure.raw}”不是金额，没有按数字读入"
                )
    return problems


def trimmed_length(cells: tuple[str, ...]) -> int:
    """Number of cells up to the last non-empty one."""
    length = len(cells)
    while length and not cells[length - 1]:
        length -= 1
    return length


def align_rows(rows: list[GridRow], source_name: str, problems: list[str]) -> list[GridRow]:
    """Give every row the table's width: pad short rows; a row with more filled cells cannot be aligned."""
    if not rows:
        return []
    counts = Counter(len(row.cells) for row in rows)
    most = max(counts.values())
    width = max(length for length, count in counts.items() if count == most)
    first_data = next(
        (index for index, row in enumerate(rows) if any(is_printed_figure(cell) for cell in row.cells)), 0
    )
    width = max(width, *(trimmed_length(row.cells) for row in rows[: max(first_data, 1)]))
    aligned: list[GridRow] = []
    for row in rows:
        if trimmed_length(row.cells) > width:
            raise LoadError(
                source_name,
                f"这一行有{trimmed_length(row.cells)}个单元格，而表格只有{width}列，无法对齐",
                line=row.line,
                page=row.page,
            )
        if len(row.cells) < width:
            where = f"第{row.line}行" if row.line else f"第{row.page}页有一行" if row.page else "有一行"
            problems.append(f"{where}只有{len(row.cells)}个单元格，已按{width}列补齐")
        cells = (row.cells + ("",) * width)[:width]
        aligned.append(GridRow(cells=cells, line=row.line, page=row.page))
    return aligned


def split_code_level_rows(rows: list[GridRow]) -> list[GridRow]:
    """A row printed as 类 | 款 | 项 | 合计 | 2,946.25 | … closes the header and opens the data at once
    (putuo-czj-2024 收入决算表, page 8): it becomes a header row of the level names and a 合计 row."""
    split: list[GridRow] = []
    for row in rows:
        levels = 0
        while levels < min(len(CODE_LEVELS), len(row.cells)) and row.cells[levels] == CODE_LEVELS[levels]:
            levels += 1
        if levels < 2 or not any(is_printed_figure(cell) for cell in row.cells[levels:]):
            split.append(row)
            continue
        blank = ("",) * levels
        split.append(
            GridRow(
                cells=row.cells[:levels] + ("",) * (len(row.cells) - levels), line=row.line, page=row.page
            )
        )
        split.append(GridRow(cells=blank + row.cells[levels:], line=row.line, page=row.page))
    return split


def is_header_row(row: list[str]) -> bool:
    """A row naming columns: 项目 | 2024年预算数, or 合计 | 因公出国(境)费 | 公务接待费 (no figures)."""
    first = row[0].replace(" ", "") if row else ""
    rest = [cell for cell in row[1:] if cell]
    if not first and is_lone_total(row):
        return False
    if HEADER_LABEL.fullmatch(first) or (not first and any(HEADER_TERM.search(cell) for cell in rest)):
        return True
    if is_total_label(first):
        return sum(not is_dash(cell) for cell in rest) >= 2
    named = [cell for cell in row if cell]
    numbered = NUMBERING_STYLES[0][1].match(first) or CODE.fullmatch(first)
    return len(named) >= 2 and not numbered and all(HEADER_TERM.search(cell) for cell in named)


def count_header_rows(cells: list[list[str]]) -> int:
    """Header rows: from the top, up to the last row that reads as a header before the first data row."""
    last_header = -1
    for index, row in enumerate(cells):
        if is_column_numbers(row) or (
            not any(is_printed_figure(cell) for cell in row) and is_header_row(row)
        ):
            last_header = index
        elif any(is_printed_figure(cell) for cell in row) or is_lone_total(row):
            break
    return last_header + 1


def is_lone_total(row: list[str]) -> bool:
    """A row that opens with 合计, or holds nothing but 合计 where its merged cell is centred (an unruled
    table's empty 合计 row, 合计 under the 项 of 类 | 款 | 项): the body's total, no header."""
    named = [cell for cell in row if cell]
    return is_total_label(row[0] if row else "") or (len(named) == 1 and is_total_label(named[0]))


def header_paths(header: list[list[str]], width: int) -> list[str]:
    """Given the header rows, return each column's path: 2024年预算数/基本支出."""
    parts: list[list[str]] = [[] for _ in range(width)]
    parent: list[tuple[object, ...]] = [()] * width
    for row in header:
        spans: list[tuple[object, ...]] = []
        current, start = "", 0
        for column in range(width):
            if column == 0 or parent[column] != parent[column - 1]:
                current, start = "", column
            if row[column]:
                current, start = row[column], column
            spans.append((parent[column], start) if current else parent[column])
            if current and (not parts[column] or parts[column][-1] != current):
                parts[column].append(current)
        parent = spans
    return ["/".join(path) if path else f"第{index + 1}列" for index, path in enumerate(parts)]


def header_to_columns(
    header: list[list[str]], width: int, data: list[list[str]]
) -> tuple[list[str], list[ColumnGroup]]:
    """Given the header rows and the data rows, return each column's header path and the table's sides;
    a header cell drawn over the last columns of one side and on into the next is read as the next
    side's (see spans_start_at_sides)."""
    columns = header_paths(header, width)
    groups = column_groups(columns, header, data)
    aligned = spans_start_at_sides(header, groups)
    if aligned == header:
        return columns, groups
    columns = header_paths(aligned, width)
    return columns, column_groups(columns, aligned, data)


def spans_start_at_sides(header: list[list[str]], groups: list[ColumnGroup]) -> list[list[str]]:
    """Given the header rows and the sides, return the rows with each cell that starts over a figure
    column inside a side and spans on into the next side moved to where that side starts.

    A heading over a side (支出用途 over 项目名称 | 金额) names its side; a table whose rules draw it one
    column early (jiangsu-gjfy-2019 收支预算总表, over the 功能分类 金额 column too) still means that side:
    the figure column it overhangs stays under the heading to its left (功能分类)."""
    starts = [side_start(group) for group in groups[1:]]
    figures = {index for group in groups for index in group.figures}
    moved = [list(row) for row in header]
    for depth, row in enumerate(moved):
        for column, text in enumerate(row):
            following = next((start for start in starts if start > column), None)
            if not text or column not in figures or following is None:
                continue
            span = range(column + 1, following + 1)
            if all(not row[index] for index in span) and all(
                not above[index] for above in moved[:depth] for index in span
            ):
                row[column], row[following] = "", text
    return moved


def side_start(group: ColumnGroup) -> int:
    return min([*group.codes, *([group.label] if group.label is not None else []), *group.figures])


def column_kind(path: str, values: list[str], previous_is_code: bool) -> str:
    """Say whether a column holds codes, labels, serial numbers or figures, from its header and cells."""
    filled = [value for value in values if value]
    if SERIAL_HEADER.search(path):
        return "serial"
    codes = [value for value in filled if not is_total_label(value)]
    misprinted = [value for value in codes if not (CODE.fullmatch(value) or CODE_PART.fullmatch(value))]
    allowed = max(1, len(codes) // MISPRINTS_PER_CODE) if len(codes) > 2 * len(misprinted) else 0
    if CODE_HEADER.search(path) and len(misprinted) <= allowed:
        return "code"
    if previous_is_code and filled and all(CODE_PART.fullmatch(value) for value in filled):
        return "code"
    texts = [value for value in filled if not is_printed_figure(value) and not is_dash(value)]
    if filled and len(texts) * 2 >= len(filled):
        return "label"
    if not filled and LABEL_HEADER.search(path):
        return "label"
    return "figure"


def column_groups(columns: list[str], header: list[list[str]], data: list[list[str]]) -> list[ColumnGroup]:
    """Split the columns into sides: a label column after figure columns starts a new side."""
    kinds: list[str] = []
    for index, path in enumerate(columns):
        kinds.append(column_kind(path, [row[index] for row in data], bool(kinds) and kinds[-1] == "code"))
    groups: list[ColumnGroup] = [ColumnGroup(side="")]
    for index, kind in enumerate(kinds):
        group = groups[-1]
        starts_side = kind in ("code", "label") and group.figures and has_figures_after(kinds, index)
        if starts_side:
            group = ColumnGroup(side="")
            groups.append(group)
        if kind == "code":
            group.codes.append(index)
        elif kind == "label" and group.label is None and not group.figures:
            group.label = index
        elif kind == "serial":
            group.serials.append(index)
        elif kind == "label":
            group.texts.append(index)
        else:
            group.figures.append(index)
    if len(groups) > 1:
        for group in groups:
            first = side_start(group)
            group.side = side_name(header[0][first] if header else "", columns[first])
    return groups


def has_figures_after(kinds: list[str], index: int) -> bool:
    """A trailing text column (备注) is not a new side: a side needs figure columns of its own."""
    return "figure" in kinds[index + 1 :]


def side_name(top: str, path: str) -> str:
    """收入 or 支出 when the side's top header says so, else the header as printed."""
    text = top or path.split("/")[0]
    for name in ("收入", "支出"):
        if name in text:
            return name
    return text


def well_formed_parts(parts: list[str]) -> bool:
    """A code split over 类 | 款 | 项 columns: three digits, then two and two (7 | 11 | 02 is a misprint)."""
    return len(parts) < 2 or (
        bool(CODE.fullmatch(parts[0]))
        and len(parts[0]) == 3
        and all(not part or CODE_PART.fullmatch(part) for part in parts[1:])
    )


def label_columns(group: ColumnGroup) -> list[int]:
    """The label column and the text columns printed between it and the figures: a tree of labels, one
    level a column (收入预算总表: 一般公共预算资金 | 公共财政拨款(补助)资金; 政府采购: 品目 | 专项 | 物品)."""
    if group.label is None:
        return []
    first_figure = min(group.figures, default=group.label)
    return [group.label, *(index for index in group.texts if group.label < index < first_figure)]


def carry_merged_labels(data: list[list[str]], labels: list[int]) -> None:
    """A row printing an item's second line under a label cell merged over both (政府采购: 物业管理服务 |
    分散自行组织 | 36.00, then | 部门集中采购 | 430.00) names that item too: where a label column always
    comes with the one to its left (采购组织形式 with 采购物品名称), a row leading with it under a row
    that names the item (the row of labels above it: figures printed below their labels stand between)
    takes the item's label cells from that row (a row of words only is the next line of wrapped cells,
    not a second line of the item)."""
    for left, column in zip(labels, labels[1:], strict=False):
        named = [values for values in data if values[left]]
        if len(named) < 2 or not all(values[column] for values in named):
            continue
        above: list[str] = []
        for values in data:
            leading = next((index for index in labels if values[index]), None)
            if leading == column and above and above[left] and any(map(is_printed_figure, values)):
                for index in labels[: labels.index(column)]:
                    values[index] = above[index]
            if leading is not None:
                above = values


def split_nested_labels(
    data: list[tuple[GridRow, list[str]]], labels: list[int]
) -> list[tuple[GridRow, list[str]]]:
    """A row naming an item in two label columns of a tree of labels, where the right one is a level of
    its own and the item has more of them below, is two rows: the left item, with no figure of its own,
    over the right one with the row's figures (政府采购: 专项 案件审判经费 | 经济科目 维修（护）费 | 150.00,
    then | 会议费 | 122.10 — 150.00 is the 维修（护）费 of the 专项, whose own total is not printed). With no
    other below it, the figure is both's: one row. A right cell saying 小计 is the left item's total."""
    split: list[tuple[GridRow, list[str]]] = []
    for number, (row, values) in enumerate(data):
        filled = [index for index in labels if values[index]]
        inner = next((index for index in filled[1:] if has_siblings(data, number, labels, index)), None)
        if inner is None or is_total_label(values[inner]):
            split.append((row, values))
            continue
        outer = labels[: labels.index(inner)]
        split.append((row, [value if index in outer else "" for index, value in enumerate(values)]))
        split.append((row, ["" if index in outer else value for index, value in enumerate(values)]))
    return split


def has_siblings(data: list[tuple[GridRow, list[str]]], number: int, labels: list[int], inner: int) -> bool:
    """Whether rows below row `number`, before the next item of a level left of `inner`, name another item
    in column `inner` alone."""
    outer = labels[: labels.index(inner)]
    for _, values in data[number + 1 :]:
        if any(values[index] for index in outer):
            return False
        if values[inner]:
            return True
    return False


def labels_filling_cells(data: list[list[str]], side: list[TableRow | None], group: ColumnGroup) -> set[int]:
    """The rows (by id) whose label filled its cell and went on in the next line, in a column of labels
    shown to wrap onto rows of their own (a text layer's lines, which give no cell widths): where a label
    that does not end as an item name goes on onto the next row, the column is as wide as its widest
    label, and a label that wide was cut however it ends (年初财政拨款 | 120,500.00 / 结转和结余) when the
    line under it prints only words there and leaves out what the row printed: its amounts, or its 行次
    (使用非财政拨款 | 23 / 结余). Not a total, which ends its label (本年支出合计 | 2,512.00 over 年末结转),
    and not a row printing neither (公共安全支出 over 教育支出, both blank, are two items)."""
    filled: set[int] = set()
    columns = label_columns(group)
    for level, column in enumerate(columns):
        own = [values[column] if label_of(values, group)[0] == level else "" for values in data]
        widest = max(map(display_width, own), default=0)
        start = list(range(len(own)))
        cut_short, cut_full = False, []
        for index, label in enumerate(own[:-1]):
            if not goes_on_below(label, own[index + 1], data[index + 1], group):
                continue
            full = display_width(label) >= widest - 1 and not is_total_label(label)
            if not COMPLETE_LABEL.search(label):
                cut_short = cut_short or full
            elif full and left_out_below(data[start[index]], data[index + 1], group):
                cut_full.append(index)
            else:
                continue
            start[index + 1] = start[index]
        if cut_short:
            filled |= {id(row) for index in cut_full if (row := side[index]) is not None}
    return filled


def goes_on_below(label: str, rest: str, values: list[str], group: ColumnGroup) -> bool:
    """Whether a row prints only the next line of the label above it: words no longer than it in the
    label's column, no code, no amount, no numbering of its own."""
    return (
        bool(rest)
        and len(rest) <= len(label)
        and not any(values[index] for index in group.codes)
        and not any(is_printed_figure(values[index]) for index in group.figures)
        and numbering_style(rest) == PLAIN
        and not is_total_label(rest)
    )


def left_out_below(values: list[str], below: list[str], group: ColumnGroup) -> bool:
    """Whether a row prints an amount, or a 行次, that the row under it leaves out."""
    amounts = any(is_printed_figure(values[index]) for index in group.figures)
    serial = any(values[index] and not below[index] for index in group.serials)
    return amounts or serial


def label_of(values: list[str], group: ColumnGroup) -> tuple[int, str]:
    """A row's label and its level: the first filled label column, counted from the left."""
    for level, index in enumerate(label_columns(group)):
        if values[index]:
            return level, values[index]
    return 0, ""


def codes_run_into_labels(data: list[tuple[GridRow, list[str]]], group: ColumnGroup) -> bool:
    """Whether a side's labels mostly print their code run into them (201一般公共服务支出), with no code
    column of their own."""
    if group.codes or group.label is None:
        return False
    labels = [values[group.label] for _, values in data if values[group.label]]
    items = [label for label in labels if not is_total_label(label)]
    joined = [label for label in items if CODE_JOINED_LABEL.fullmatch(label)]
    return len(joined) >= 2 and len(joined) * 2 > len(items)


def make_row(
    row: GridRow, values: list[str], group: ColumnGroup, columns: list[str], joined_codes: bool = False
) -> TableRow | None:
    """One side of one printed row → a TableRow with its figures; None when that side is blank."""
    parts = [values[index].replace(" ", "") for index in group.codes]
    code = "".join(parts)
    raw_code = " ".join(values[index] for index in group.codes if values[index])
    label = label_of(values, group)[1]
    if code and (not CODE.fullmatch(code) or not well_formed_parts(parts)):
        code, label = "", label or code
    match = CODE_PREFIXED_LABEL.fullmatch(label) or (
        CODE_JOINED_LABEL.fullmatch(label) if joined_codes else None
    )
    if not code and match:
        code, label = match.group(1).replace(" ", ""), match.group(2)
        raw_code = match.group(1)
    cells = group.texts + group.figures
    if not code and not label and not any(values[index] for index in cells):
        return None
    texts = [index for index in group.texts + group.serials if values[index]]
    figures = [
        Figure(
            column_index=index,
            column=columns[index],
            raw=values[index],
            value=None if index in texts else parse_figure(values[index]),
        )
        for index in sorted(texts + group.figures)
    ]
    return TableRow(
        position=0,
        label=label,
        code=code or None,
        raw_code=raw_code if re.search(r"\d", raw_code) else None,
        side=group.side,
        is_total=is_total_label(label) and not code,
        line=row.line,
        page=row.page,
        figures=figures,
    )

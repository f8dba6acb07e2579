"""Which amount of one document answers: a row in the column asked, a column total, a whole table,
a narrative figure, several rows of one topic, or rows equally close (then the person is asked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from bot.engine.cells import (
    actual_beside,
    adjusted_beside,
    asked_side,
    cell_under,
    is_text,
    main_cell,
    planned_beside,
    words_beside,
)
from bot.engine.entries import (
    SIDE_TOTALS,
    Cell,
    DocumentEntry,
    DocumentIndex,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
)
from bot.engine.lexicon import (
    ACTUAL_COLUMN,
    ACTUAL_WORDS,
    ADJUSTED_COLUMN,
    CURRENT_TOTAL_WORDS,
    FUNDED,
    OTHER_COLUMN_WORDS,
    PLAN_KIND,
    PLAN_WORDS,
    PLANNED_COLUMN,
    PROJECT_GROUP,
    SPENDING_PARTS,
    SUM_LEAVES,
    SUM_WORDS,
    THIS_YEAR_COLUMN,
    TOTAL_LABELS,
    ColumnCue,
)
from bot.engine.question import (
    INCOME_SOURCE_ASKED,
    LAST_YEARS_OUTCOME,
    TABLE_PLACE_ASKED,
    Question,
    segment,
    without_words,
)
from bot.engine.read_classes import read_class, read_split_row
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import plain_label
from bot.engine.scoring import (
    KEMU_PATH,
    ColumnTotal,
    Match,
    Query,
    Scorer,
    column_totals,
    kind_words,
    satisfies_columns,
    sort_matches,
    stated_score,
)
from bot.engine.similarity import (
    TOPIC_SCORE_FLOOR,
    contains_subject,
    match_key,
    opposite_direction,
    similarity,
)
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import TableKind, funds_covered
from knowledge.text import compact, find_years

MAX_TOPIC_ROWS = 12
CROSS_CHECK_SCORE = 55.0
OTHER_TABLES_SHOWN = 3
TABLE_PREFERENCE_MARGIN = 5.0
NAMED_COLUMN_SCORE = 85.0
WHOLE_ITEM_SCORE = 99.0
MIN_TOPIC_NAME = 2
PLANNED_LABELS = (PLANNED_COLUMN, ADJUSTED_COLUMN)
"""The columns a question names when it asks a 决算's budget side (年初预算, 调整预算)."""
KIND_COLUMNS = {"预算": "预算数", "决算": "决算数"}
"""The column every figure of a document of that kind is: a 预算 prints 预算数, a 决算 决算数."""
NARRATIVE_SHOWN = 2


def main_figure(row: RowEntry, columns: Sequence[ColumnCue] = ()) -> TableFigure:
    return TableFigure(row, main_cell(row, columns))


THIS_YEAR = "本年"  # 本年支出合计: a side's total of the year, without what is carried over


def year_figure(figure: TableFigure) -> TableFigure:
    """A side's 总计 (支出总计) read as what the year itself took in or spent: its table's 本年支出合计 on
    the same side, for a 决算's 总计 adds the money carried to next year (年末结转和结余), never spent; the
    figure as it is when it is no 总计 or its table prints no such row."""
    row = figure.row
    if compact(row.label) not in SIDE_TOTALS:
        return figure
    of_year = next(
        (
            other
            for other in row.table.rows
            if other.side == row.side and other.is_total and compact(other.label).startswith(THIS_YEAR)
        ),
        None,
    )
    return main_figure(of_year) if of_year is not None else figure


def row_value(row: RowEntry) -> Decimal | None:
    cell = main_cell(row, [])
    return cell.value if cell else None


def same_item_elsewhere(document: DocumentIndex, row: RowEntry) -> list[RowEntry]:
    """The item's rows in the document's other tables that print an amount of it (a row of a table of words,
    单位构成's 宁溪县实验小学 | 事业单位, prints none)."""
    return [
        other
        for other in document.rows
        if other is not row
        and other.key.text == row.key.text
        and (not row.code or not other.code or other.code == row.code)
        and other.table is not row.table
        and other.cells
        and not all(is_text(cell) for cell in other.cells)
    ]


def tables_first(matches: list[Match]) -> list[Match]:
    """A table record close to the best narrative figure comes first: tables are the primary source."""
    if not matches or not isinstance(matches[0].item, StatedEntry):
        return matches
    for position, match in enumerate(matches):
        if (
            not isinstance(match.item, StatedEntry)
            and match.score >= matches[0].score - TABLE_PREFERENCE_MARGIN
        ):
            return [match, *matches[:position], *matches[position + 1 :]]
    return matches


def topic_rows(subject: str, matches: list[Match]) -> list[RowEntry]:
    """Rows that all contain the subject (零工市场 in three projects), when none is the subject itself;
    rows that are sums (合计, 小计), or on the other side of a 收支 table, are never added to others."""
    best = matches[0]
    if not isinstance(best.item, RowEntry) or best.score >= WHOLE_ITEM_SCORE or len(subject) < MIN_TOPIC_NAME:
        return []  # one character (用 of 用的最多) names no topic: 专用材料费 and 家具用具 share nothing
    family = best.item.table.is_projects
    rows: list[RowEntry] = []
    for match in matches:
        row = match.item
        if (
            not isinstance(row, RowEntry)
            or match.score < TOPIC_SCORE_FLOOR
            or not contains_subject(subject, row.key)
            or row.is_total
            or any(word in row.label for word in SUM_WORDS)
        ):
            continue
        same_family = (
            row.table.is_projects if family else row.table is best.item.table and row.side == best.item.side
        )
        if not family and not named_apart(subject, row, best.item):
            continue
        if same_family and all(r.key.text != row.key.text or r.table is not row.table for r in rows):
            rows.append(row)
    nested = {id(row) for row in rows for ancestor in row.ancestors() if ancestor in rows}
    rows = [row for row in rows if id(row) not in nested]
    return rows[:MAX_TOPIC_ROWS] if len(rows) >= 2 else []


def named_apart(subject: str, row: RowEntry, best: RowEntry) -> bool:
    """A row that is no project's belongs to a topic only as a thing of its own: a 科目 beside the best
    one under the same heading (行政运行 and 行政事业单位养老支出 share 行政, not a topic), a row on its
    own holding the subject as words of its name (事业单位经营收入 holds no 事业)."""
    if row.code or best.code:
        return row.parent is best.parent
    if row.parent is not None:
        return True  # 服务C·会议费 under 审判专项业务费: a part of what its heading names
    core, words = match_key(subject).core, segment(plain_label(row.label))
    return any(
        "".join(words[start:end]) == core
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    )


def without_projects_word(subject: str) -> str:
    """第一书记项目: the projects whose names hold 第一书记 (the projects' names do not say 项目); '' when
    the subject is not so."""
    named = subject.removesuffix(PROJECT_GROUP)
    return named if named != subject and len(named) >= MIN_TOPIC_NAME else ""


def rival_rows(matches: list[Match], margin: float) -> list[RowEntry]:
    """Rows of different items that fit within `margin` of the best row: choosing one would be a guess.

    The same item printed in several tables is one reading, and so are a row and the rows it sums
    (类 and its 款); rows on the other side of a 收支 table, or giving the same figure, are no rival.
    """
    best = matches[0] if matches else None
    if best is None or not isinstance(best.item, RowEntry):
        return []
    rivals = [best.item]
    value = row_value(best.item)
    for match in matches[1:]:
        row = match.item
        if match.score < best.score - margin or not isinstance(row, RowEntry) or row.side != best.item.side:
            continue
        if row_value(row) != value and not any(one_reading(row, other) for other in rivals):
            rivals.append(row)
    return rivals if len(rivals) >= 2 else []


WHOLE_JOINERS = ("及", "和")
PART_MARGIN = 5.0
"""How close a whole (公务用车购置及运行费) must fit to be read before the part (公务用车购置费) that fits best."""
PART_SAID = 2
"""The characters of a part's own words a whole's name must say (运行 of 运行维护)."""
MIN_PARTS_SAID = 2


def whole_before_its_parts(query: Query, matches: list[Match]) -> list[Match]:
    """公车 asked, 公务用车购置费 fits best and 公务用车运行维护费 nearly as well: a record whose name says all
    the subject does and then joins both parts (公务用车购置及运行) is their whole, and is what is asked;
    the parts are no reading of it, nor a table's source for its figure."""
    asked = [core for variant in query.variants if (core := match_key(variant).core)]

    def said_after(match: Match) -> str:
        """What the record's name says after the subject; '' when it does not begin with it."""
        core = match.item.key.core
        return next((core[len(said) :] for said in asked if core.startswith(said)), "")

    first = said_after(matches[0]) if matches else ""
    if not first:
        return matches
    close = [match for match in matches[1:] if match.score >= matches[0].score - PART_MARGIN]
    for match in sorted(close, key=lambda match: isinstance(match.item, StatedEntry)):  # a table's first
        rest = said_after(match)
        parts = {first, *(said_after(other) for other in close if other is not match)} - {"", rest}
        said = [part for part in parts if part[:PART_SAID] in rest]
        if any(joiner in rest for joiner in WHOLE_JOINERS) and len(said) >= MIN_PARTS_SAID:
            return [match, *(other for other in matches if said_after(other) not in parts)]
    return matches


def one_reading(row: RowEntry, other: RowEntry) -> bool:
    """The same item in another table, or a row and one it sums (类 and 款, by code or by indent)."""
    if row.code and other.code:
        return row.code.startswith(other.code) or other.code.startswith(row.code)
    return row.key.text == other.key.text or row in other.ancestors() or other in row.ancestors()


def subject_cell(query: Query, row: RowEntry) -> Cell | None:
    """The column a subject names (机关运行经费 in a combined 三公 and 机关运行经费 table), else the main one."""
    return column_named(query.subject, row) or main_cell(row, query.columns)


def column_named(subject: str, row: RowEntry) -> Cell | None:
    """The row's cell under the column the subject names; None when no column is named so."""
    key = match_key(subject)
    named = [(similarity(key, match_key(cell.leaf)), cell) for cell in row.cells if cell.leaf]
    best = max(named, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] >= NAMED_COLUMN_SCORE else None


def empty_table_named(matches: list[Match]) -> TableEntry | None:
    """A table the question fits that says 本表无数据: an empty row is then explained by it."""
    empty = [
        m.item
        for m in matches
        if isinstance(m.item, TableEntry) and m.item.no_data and m.score >= TOPIC_SCORE_FLOOR
    ]
    return empty[0] if empty else None


def parts_of_blank(row: RowEntry, columns: Sequence[ColumnCue]) -> tuple[TableFigure, ...]:
    """A row left blank over rows it heads that hold figures (a 政府采购 专项 over its 经济科目): those rows,
    to be added up, never the blank read as nothing budgeted; () when the row holds its own figure."""
    own = main_figure(row, columns)
    if own.cell is not None and own.cell.value is not None:
        return ()
    parts = tuple(main_figure(child, columns) for child in row.table.rows if child.parent is row)
    valued = [part for part in parts if part.cell is not None and part.cell.value is not None]
    return parts if valued else ()


def printed_in_parts(row: RowEntry, columns: Sequence[ColumnCue]) -> tuple[TableFigure, ...]:
    """An item one table prints under several heads (a 政府采购 专项 under 货物 and again under 服务):
    each place's figure, or the figures it heads when blank, named by its head, to be added up; () when
    the table prints the item once. Rows with a 科目编码 are each their own item."""
    places = [
        other
        for other in row.table.rows
        if other.key.text == row.key.text
        and not other.code
        and other.level == row.level
        and other.side == row.side
        and not other.is_total
    ]
    parents = {id(place.parent) for place in places if place.parent is not None}
    if len(places) < 2 or len(parents) < len(places):
        return ()
    figures: list[TableFigure] = []
    for place in places:
        heads = [plain_label(ancestor.label) for ancestor in place.ancestors()][::-1]
        head = "·".join(heads[1:] or heads)  # 服务C for a 专项; 案件审判经费·维修(护)费 for what it buys
        parts = parts_of_blank(place, columns)
        figures += [replace(part, label=f"{head}·{plain_label(part.row.label)}") for part in parts] or [
            replace(main_figure(place, columns), label=f"{head}·{plain_label(place.label)}")
        ]
    return tuple(figures)


def other_years_column(figure: TableFigure, document: DocumentIndex) -> str:
    """The year a figure's column names when it is not the document's own (2023年 of 2023年执行数 in a 2024
    预算); '' otherwise."""
    column = figure.cell.column if figure.cell else ""
    years = [mention.year for mention in find_years(column)]
    return f"{years[0]}年" if years and years[0] != document.head.year else ""


def read_row(query: Query, document: DocumentIndex, row: RowEntry, matches: list[Match]) -> DocumentReading:
    """A row read in the column asked; the same item in other tables, and what the narrative states of
    it, are shown beside (so a disagreement shows)."""
    elsewhere = same_item_elsewhere(document, row)
    places_asked = bool(TABLE_PLACE_ASKED.search(query.question.text))
    if not places_asked:  # 办公费在哪些表: every table, however many
        elsewhere = elsewhere[:OTHER_TABLES_SHOWN]
    if query.selection.table_years:  # another year's figure: only tables printing that year show it too
        elsewhere = [
            other for other in elsewhere if satisfies_columns(other.table, other.cells, query.columns)
        ]
    read = main_figure(row, query.columns)
    year = other_years_column(read, document)
    others = tuple(main_figure(other, query.columns) for other in elsewhere)
    if year:  # 行政运行2023年执行数 of a 2024 预算: another table's figure is of 2024, never the same item
        others = tuple(other for other in others if other.cell and year in other.cell.column)
    return DocumentReading(
        ReadingKind.ROW,
        document,
        figures=(read,),
        elsewhere=others,
        stated=() if query.selection.table_years or year else narrative_of(document, row),
        table=empty_table_named(matches),
        places_asked=places_asked,
        carried=carried_parts(read),
    )


def carried_parts(total: TableFigure) -> tuple[TableFigure, ...]:
    """支出总计 of a 收支总表 that adds other years' money to the year's: the year's own total (本年支出合计,
    当年收入小计) and each row between it and the grand total with a figure (年末结转和结余, 上年结转), in the
    grand total's column; none when the year's own total is the whole."""
    row, cell = total.row, total.cell
    if row.table.kind != TableKind.SUMMARY or cell is None or cell.value is None:
        return ()
    side = [other for other in row.table.rows if other.side == row.side]
    if not side or side[-1] is not row or not row.is_total:
        return ()
    current = [other for other in side if other.is_total and other.key.text.startswith(CURRENT_TOTAL_WORDS)]
    if not current:
        return ()
    cells = [
        (other, found)
        for other in side[side.index(current[-1]) : -1]
        if (found := cell_under(other, cell.column)) is not None and found.value
    ]
    if len(cells) < 2 or cells[0][1].value == cell.value:
        return ()
    return tuple(TableFigure(other, found) for other, found in cells)


def narrative_of(document: DocumentIndex, row: RowEntry) -> tuple[StatedEntry, ...]:
    """Amounts the narrative states for exactly this item (its name, not a longer or shorter one), in the
    document's own column (a 决算's 年初预算 is another figure, not a disagreement)."""
    if row.table.unit not in AMOUNT_UNITS:
        return ()
    said = {
        (figure.clause, figure.value): figure
        for figure in document.stated
        if figure.kind == "amount"
        and figure.unit in AMOUNT_UNITS
        and names_row(figure, row)
        and not other_years_item(figure.clause, row.label)
        and not opposite_direction(figure.subject, row.side + row.key.text)  # 财政拨款支出 of 财政拨款收入
        and not any(word in figure.subject for word in OTHER_COLUMN_WORDS.get(document.head.kind, ()))
    }
    return tuple(list(said.values())[:NARRATIVE_SHOWN])


def other_years_item(said: str, label: str) -> bool:
    """2023年零工市场运营费用 said of the row 2024年零工市场运营费用: both name a year, and not the same one,
    so the sentence states another year's item."""
    said_years = {mention.year for mention in find_years(said)}
    label_years = {mention.year for mention in find_years(label)}
    return bool(said_years) and bool(label_years) and not said_years & label_years


def names_row(figure: StatedEntry, row: RowEntry) -> bool:
    """The narrative figure is of this row: the last 科目 of its path (住房改革支出（款）提租补贴（项）支出
    → 提租补贴) is the row's name, with nothing before it but the names of the row's parents."""
    path = KEMU_PATH.findall(figure.subject)
    item = match_key(path[-1] if path else figure.subject).core
    if not item.endswith(row.key.core):
        return False
    rest = item[: -len(row.key.core)]
    for ancestor in row.ancestors():
        rest = rest.replace(ancestor.key.core, "")
    return not re.sub(r"[\d.．、]", "", rest)


def read_table(query: Query, document: DocumentIndex, table: TableEntry) -> DocumentReading:
    """A whole table asked for by its subject (三公经费, 机关运行经费): its total row, then its other rows."""
    if table.no_data or not table.rows:
        return DocumentReading(ReadingKind.EMPTY_TABLE, document, table=table)
    asked = [table.year_row(year) for year in sorted(query.selection.table_years)]
    if table.totals_of_blocks(blocks := table.total_rows):  # 人员经费合计 and 公用经费合计, no grand total
        figures = tuple(main_figure(row, query.columns) for row in blocks)
        name = f"{table.reference}没有总计行，各部分的合计"
        return DocumentReading(ReadingKind.LIST, document, figures=figures, name=name, count=len(blocks))
    total = next((row for row in asked if row is not None), None) or table.total_row or table.rows[0]
    if table.by_side:  # 预算多少 of a table of one row per side: its 预算数 row
        total = table.side_row(asked_side(query.columns, query.question.text)) or total
    rest = [
        row
        for row in table.rows
        if row is not total
        and row.key.text not in TOTAL_LABELS
        and not (table.by_year or table.by_side)  # years and sides are no parts
    ]
    top = min((row.level for row in rest), default=0)
    rest = [row for row in rest if row.level == top]  # 其中 names the total's parts, not their items
    cell = column_named(query.subject, total) or part_column(query.subject, table, total)
    figures = (
        TableFigure(total, cell or main_cell(total, query.columns)),
        *(main_figure(r, query.columns) for r in rest),
    )
    return DocumentReading(ReadingKind.TABLE, document, figures=figures, table=table)


def part_column(subject: str, table: TableEntry, row: RowEntry) -> Cell | None:
    """The columns of the one part of a table of two (“三公”经费和机关运行经费) that the subject names, even
    among other words (机关运行经费 how much): never the other part's first column."""
    said = compact(subject)
    kinds = kind_words(table)
    parts = [part for part in kinds if part in said]
    if len(kinds) < 2 or len(parts) != 1:
        return None
    under = [cell for cell in row.cells if parts[0] in compact(cell.column)]
    return next((cell for cell in under if "决算" in cell.column), under[0] if under else None)


def read_stated(
    query: Query, document: DocumentIndex, figure: StatedEntry, matches: list[Match]
) -> DocumentReading:
    """A narrative amount; when a table row shows the same figure, or is the same item by name with a
    figure of its own (人员经费合计 beside a stated 人员经费), the table is the source given first, unless the
    row is of the other direction (收入总计 beside a stated 支出预算总计 of equal amount)."""
    same = [
        m.item
        for m in matches
        if isinstance(m.item, RowEntry)
        and m.score >= CROSS_CHECK_SCORE
        and (
            row_value(m.item) == figure.value
            or (named_alike(m.item, figure) and row_value(m.item) is not None)
        )
        and not opposite_direction(figure.subject, m.item.side + m.item.key.text)
    ]
    if same:
        row = read_row(query, document, same[0], matches)
        return replace(row, stated=(figure, *(other for other in row.stated if other is not figure)))
    return DocumentReading(ReadingKind.STATED, document, stated=(figure,))


def named_alike(row: RowEntry, figure: StatedEntry) -> bool:
    """The row names the stated item, a total word aside (人员经费合计 of 人员经费)."""
    label = plain_label(row.label)
    for word in SUM_WORDS:
        label = label.removesuffix(word)
    return match_key(label).core == match_key(figure.subject).core


def lacks_column(query: Query, document: DocumentIndex, row: RowEntry) -> bool:
    return bool(missing_columns(query, document, row))


def missing_columns(query: Query, document: DocumentIndex, row: RowEntry) -> list[ColumnCue]:
    """The columns the question asks for (年初预算, 项目支出) that the row's table does not print; in a 预算
    every figure is a 预算数, in a 决算 a 决算数, and this year's (本年) where no column sets 上年结转 apart."""
    return [
        cue
        for cue in query.columns
        if not any(word in row.label for word in cue.words)
        and not satisfies_columns(row.table, row.cells, [cue])
        and cue.label != KIND_COLUMNS.get(document.head.kind)
        and (cue.label != THIS_YEAR_COLUMN or prints_column(row.table, cue))
    ]


def outcome_unprinted(query: Query, document: DocumentIndex, total: ColumnTotal) -> bool:
    """2023年基本支出执行数 of a 2024 预算 whose table prints last year's 执行数 only as one total column:
    the 基本支出 column is this year's plan, no outcome, though its row prints an 执行数 elsewhere."""
    return earlier_outcome_asked(query.question, [document.head]) is not None and not any(
        word in total.cell.column for cue in outcomes_asked(query) for word in cue.header_words
    )


def outcomes_asked(query: Query) -> list[ColumnCue]:
    """The question's cues for an outcome (执行数, 决算数, 实际支出)."""
    return [cue for cue in query.columns if cue.label == ACTUAL_COLUMN]


def year_words(year: int, document_year: int) -> tuple[str, ...]:
    """How a column or row of a document of `document_year` names `year`: 2023年, and 上年 for the year
    before the document's."""
    return (f"{year}年", *(("上年",) if year == document_year - 1 else ()))


def earlier_outcome_printed(query: Query, document: DocumentIndex, total: ColumnTotal) -> Cell | None:
    """2023年执行数 asked of a table's whole total whose column read is this year's plan: the 2023年执行数
    (上年执行数) column its total row prints, when it prints one; None otherwise, or for a part of the
    total (基本支出), whose outcome that column is not."""
    year = earlier_outcome_asked(query.question, [document.head])
    whole = total.cell.leaf in SUM_LEAVES or total.cell is main_cell(total.row, [])
    if year is None or not whole or not outcome_unprinted(query, document, total):
        return None
    words = [word for cue in outcomes_asked(query) for word in cue.header_words]
    said = year_words(year, document.head.year)
    return next(
        (
            cell
            for cell in total.row.cells
            if cell.value is not None
            and any(word in cell.column for word in words)
            and any(when in cell.column for when in said)
        ),
        None,
    )


def earlier_outcome_asked(question: Question, heads: Sequence[DocumentEntry]) -> int | None:
    """The year before theirs whose 执行数 a question asks of 预算s (2023年…执行数, 去年…执行了多少 of a 2024
    预算); None when it asks none (基本支出执行了多少 of this year: its plan, said to be one)."""
    if not heads or any(head.kind != PLAN_KIND for head in heads):
        return None
    if not any(cue.label == ACTUAL_COLUMN for cue in question.columns):
        return None
    year = min(head.year for head in heads)
    if LAST_YEARS_OUTCOME.search(question.text):
        return year - 1  # 上年执行数
    return next((mention.year for mention in find_years(question.text, year) if mention.year < year), None)


def prints_column(table: TableEntry, cue: ColumnCue) -> bool:
    """Some column of the table is headed by the cue's words (本年收入 beside 上年结转)."""
    return any(word in column for word in cue.header_words for column in table.columns)


def printing_the_columns_first(query: Query, document: DocumentIndex, matches: list[Match]) -> list[Match]:
    """The table record that prints the columns asked comes first: of those within the margin of a tie
    with the best, the first whose own columns name them (本年度财政拨款: the 财政拨款收入 of 本年收入, not
    the 财政拨款支出 total); else, of those that fit as well as the best, the first whose table lacks none
    (一般公共预算基本支出: the 基本支出 total of the table whose columns say 一般公共预算); else, when every
    one lacks a column, a table further down titled with the whole subject that prints them (一般公共预算
    基本支出预算表, whose one column is 金额)."""
    if not matches or not query.columns:
        return matches
    best = matches[0].score
    tied = [
        (position, row)
        for position, match in enumerate(matches)
        if match.score >= best - query.settings.ambiguity_margin
        and (row := row_of(match.item)) is not None
        and not opposite_direction(query.subject, match.item.key.text)  # 财政拨款收入 is no 财政拨款支出
    ]
    chosen = next((position for position, row in tied if prints_columns(query, row)), None)
    if chosen is None:
        chosen = next(
            (
                position
                for position, row in tied
                if matches[position].score == best and not lacks_column(query, document, row)
            ),
            None,
        )
    if chosen is None and all(lacks_column(query, document, row) for _position, row in tied):
        chosen = next(  # 一般公共预算基本支出 where only the table so titled says 一般公共预算: that table
            (
                position
                for position, match in enumerate(matches)
                if match.score >= query.settings.min_score
                and isinstance(match.item, TableEntry)
                and compact(query.subject) in compact(match.item.title)
                and (row := row_of(match.item)) is not None
                and prints_columns(query, row)
            ),
            None,
        )
    if chosen is None:
        return matches
    return [matches[chosen], *matches[:chosen], *matches[chosen + 1 :]]


def row_of(item: object) -> RowEntry | None:
    """The row a table record is read on: its own, or the total row of a column total or of a table
    (一般公共预算基本支出预算表, whose title says the columns asked)."""
    if isinstance(item, TableEntry):
        return item.total_row
    return item.row if isinstance(item, ColumnTotal) else item if isinstance(item, RowEntry) else None


def prints_columns(query: Query, row: RowEntry) -> bool:
    """Every column asked is named by the row's label or by a column of its table."""
    return all(
        any(word in row.label for word in cue.words) or satisfies_columns(row.table, row.cells, [cue])
        for cue in query.columns
    )


def of_row(row: RowEntry, figure: StatedEntry, labels: set[str]) -> bool:
    """A narrative figure is of the row asked unless it names another row (of the document's `labels`) and
    not this one (城乡社区规划与管理年初预算 is no figure of 城乡社区支出)."""
    said = compact(figure.subject)
    return compact(plain_label(row.label)) in said or not any(label in said for label in labels)


def row_labels(document: DocumentIndex) -> set[str]:
    """The names of the document's rows (no totals), as a narrative figure may name its item."""
    labels = {compact(plain_label(row.label)) for row in document.rows if not row.is_total}
    return {label for label in labels if len(label) >= MIN_TOPIC_NAME}


def budget_side_only(query: Query, document: DocumentIndex, missing: Sequence[ColumnCue]) -> bool:
    """Of a 决算, the columns a row lacks are only its budget side (年初预算数, 调整预算数) and its amount is
    asked: what the row prints is its outcome, still the item asked. A change on the budget (比预算多还是少)
    is not answered by the outcome alone."""
    return (
        document.head.kind == "决算"
        and all(cue.label in PLANNED_LABELS for cue in missing)
        and not query.question.cues & {"change", "compare", "share"}
    )


def read_column_elsewhere(
    query: Query, document: DocumentIndex, matches: list[Match], missing: Sequence[ColumnCue]
) -> DocumentReading | None:
    """The row's table lacks the `missing` columns asked: the narrative's figure for it (行政运行年初预算
    为…), else nothing; the row's other columns are never given for it. An earlier year's 执行数 asked of a
    预算 is only a figure naming it: one naming another column asked (一般公共预算 of 一般公共预算支出2023年
    执行数) is this year's plan."""
    earlier = earlier_outcome_asked(query.question, [document.head]) is not None
    words = [word for cue in (missing if earlier else query.columns) for word in cue.words]
    fitting = [
        match
        for match in matches
        if match.score >= query.settings.min_score
        and isinstance(match.item, StatedEntry)
        and any(word in match.item.subject for word in words)
    ]
    if not fitting:
        return None
    if rivals := rival_figures(query, fitting):
        return DocumentReading(ReadingKind.RIVALS, document, stated=tuple(rivals), name=query.subject)
    figure = fitting[0].item
    assert isinstance(figure, StatedEntry)
    return read_stated(query, document, figure, [])


def rival_figures(query: Query, matches: list[Match]) -> list[StatedEntry]:
    """Narrative figures of different items that fit within the margin of the best, none of them the item
    asked but each a part of it (“三公”经费 and 一般公共预算 财政拨款支出年初预算, asked 财政拨款支出年初预算):
    choosing one would be a guess."""
    asked = {match_key(variant).core for variant in query.variants}
    best = matches[0]
    rivals: list[StatedEntry] = []
    for match in matches:
        figure = match.item
        if match.score < best.score - query.settings.ambiguity_margin or not isinstance(figure, StatedEntry):
            continue
        if figure.key.core in asked:
            return []
        if all(figure.value != other.value and figure.key.core != other.key.core for other in rivals):
            rivals.append(figure)
    return rivals[: query.settings.max_candidates] if len(rivals) >= 2 else []


def sibling_figures(query: Query, matches: list[Match]) -> list[StatedEntry]:
    """Narrative figures that fit as well as the best and name no more than it does beside the item asked
    (流动资产, 固定资产, 无形资产 asked 资产): kinds of the item, none of them it. A figure naming only the
    item with fewer words (政府采购金额 beside 面向中小企业预留政府采购项目预算金额) is the item itself, and
    the same item in two columns (质量基础年初预算, 质量基础支出决算) no kind of it either."""
    rivals = rival_figures(query, matches)
    shortest = min((len(figure.subject) for figure in rivals), default=0)
    siblings = [figure for figure in rivals if len(figure.subject) == shortest]
    return siblings if len({without_columns(figure.subject) for figure in siblings}) >= 2 else []


def without_columns(subject: str) -> str:
    """A stated figure's subject without the column it names (年初预算, 支出决算): the item alone."""
    return without_words(subject, [*PLAN_WORDS, *ACTUAL_WORDS])


def of_another_year(query: Query, document: DocumentIndex, item: object) -> bool:
    """2023年…执行数 asked of a 2023 预算: its narrative's 2022年当年预算执行数 is another year's figure."""
    if not isinstance(item, StatedEntry):
        return False
    stated = {mention.year for mention in find_years(item.subject)}
    asked = {mention.year for mention in find_years(query.question.text, document.head.year)}
    return bool(stated and asked and not stated & asked)


def read_amount(query: Query, document: DocumentIndex, matches: list[Match]) -> DocumentReading | None:
    """The best reading of an amount question in one document; None when the column asked is printed
    nowhere for the item."""
    matches = [m for m in matches if not of_another_year(query, document, m.item)]
    if not matches:
        return None
    classed = read_class(query, document, matches) or read_split_row(document, matches)
    if classed is not None:
        return classed  # 社会保障缴费: no row so named, the rows a column of words puts under it
    matches = printing_the_columns_first(query, document, tables_first(sort_matches(matches)))
    matches = whole_before_its_parts(query, matches)
    named = without_projects_word(query.subject)
    rows, name = topic_rows(query.subject, matches), query.subject
    if not rows and named:
        rows, name = topic_rows(named, matches), named
    if rows:
        figures = tuple(main_figure(row, query.columns) for row in rows)
        return DocumentReading(ReadingKind.TOPIC, document, figures=figures, name=name)
    item = matches[0].item
    rivals = rival_rows(matches, query.settings.ambiguity_margin)
    if rivals:
        figures = tuple(main_figure(row, query.columns) for row in rivals[: query.settings.max_candidates])
        return DocumentReading(ReadingKind.RIVALS, document, figures=figures, name=query.subject)
    if isinstance(item, (RowEntry, ColumnTotal)) and item.table.no_data:
        return read_table(query, document, item.table)
    if isinstance(item, RowEntry) and item.cells and all(is_text(cell) for cell in item.cells):
        return row_words(document, item)  # 单位构成's 单位名称 and 备注: what the row says, no figure
    if isinstance(item, RowEntry) and (missing := missing_columns(query, document, item)):
        labels = row_labels(document)
        stated = [m for m in matches if not isinstance(m.item, StatedEntry) or of_row(item, m.item, labels)]
        elsewhere = read_column_elsewhere(query, document, stated, missing)
        if elsewhere is not None or not budget_side_only(query, document, missing):
            return elsewhere
        # 办公费预算 of a 决算 printing only its 决算数: that figure, the composer saying the budget is not printed
        query = replace(query, columns=tuple(cue for cue in query.columns if cue not in missing))
    if isinstance(item, RowEntry) and (parts := printed_in_parts(item, query.columns)):
        return DocumentReading(ReadingKind.TOPIC, document, figures=parts, name=plain_label(item.label))
    if isinstance(item, RowEntry) and (parts := parts_of_blank(item, query.columns)):
        valued = [
            other for other in same_item_elsewhere(document, item) if not parts_of_blank(other, query.columns)
        ]
        if not valued:
            return DocumentReading(ReadingKind.TOPIC, document, figures=parts, name=plain_label(item.label))
        item = valued[0]  # 物业管理费 blank over its 政府采购 parts: the 经济分类 row that prints it
    if isinstance(item, RowEntry):
        return read_row(query, document, income_row(query, document, item), matches)
    if isinstance(item, ColumnTotal):
        if outcome := earlier_outcome_printed(query, document, item):
            # 一般公共预算支出2023年执行数: its own column
            figure = TableFigure(item.row, outcome, item.label)
            return DocumentReading(ReadingKind.COLUMN_TOTAL, document, figures=(figure,))
        unprinted = outcomes_asked(query) if outcome_unprinted(query, document, item) else []
        if missing := missing_columns(query, document, item.row) or unprinted:
            return read_column_elsewhere(query, document, matches, missing)
        return DocumentReading(
            ReadingKind.COLUMN_TOTAL, document, figures=(column_total_figure(query, item),)
        )
    if isinstance(item, TableEntry):
        return read_table(query, document, item)
    assert isinstance(item, StatedEntry)
    if siblings := sibling_figures(query, matches):  # 资产 asked: 流动资产, 固定资产 and 无形资产 stated
        return DocumentReading(ReadingKind.RIVALS, document, stated=tuple(siblings), name=query.subject)
    return read_stated(query, document, item, matches)


FUNDED_ASKED = (FUNDED, f"{FUNDED}收入")
MIN_FUNDED_PARTS = 2
FUNDED_PART = re.compile(r"(?:一般公共预算|政府性基金预算?|国有资本经营预算?)(?:财政)?拨款(?:收入)?")
"""一般公共预算拨款收入, 政府性基金预算拨款收入: the 财政拨款 a summary table prints by fund, with no total."""


def funded_parts(query: Query, document: DocumentIndex) -> list[RowEntry]:
    """财政拨款多少 of a document printing no 财政拨款 row or column (a 收支总表 of 一般公共预算拨款收入 and
    政府性基金预算拨款收入): the rows of its funds, from the first table that prints two or more."""
    if compact(query.subject) not in FUNDED_ASKED:
        return []
    for table in document.tables:
        rows = [row for row in table.rows if FUNDED_PART.fullmatch(compact(plain_label(row.label)))]
        if len(rows) >= MIN_FUNDED_PARTS:
            return rows
    return []


FUND_TABLE_KINDS = (
    TableKind.GENERAL_SPENDING,
    TableKind.FUND_SPENDING,
    TableKind.FUND,
    TableKind.STATE_CAPITAL,
)
"""The tables that each count one fund of 财政拨款: 一般公共预算, 政府性基金 and 国有资本经营 spending."""
FUNDS_PART_DEFINED = "一般公共预算、政府性基金预算和国有资本经营预算各自的{part}"
"""What a part of 财政拨款 spending no table prints whole is made of."""


def fund_part_figures(query: Query, document: DocumentIndex) -> tuple[TableFigure, ...]:
    """财政拨款基本支出 of a document printing no such row or column: that part's total in each table
    counting one fund (一般公共预算, 政府性基金, 国有资本经营), to be added up; none when the 一般公共预算
    table, the main fund, prints no such total (the others alone are not the part asked)."""
    said = compact(query.subject)
    part = said.removeprefix(FUNDED)
    if part == said or part not in SPENDING_PARTS:
        return ()
    found: dict[str, TableFigure] = {}
    for table in document.tables:
        funds = funds_covered(table.kind)
        if table.kind not in FUND_TABLE_KINDS or funds in found:
            continue
        total = next((total for total in column_totals(table) if total.key.text == part), None)
        if total is not None:
            found[funds] = replace(column_total_figure(query, total), label=f"{funds}{part}")
    return tuple(found.values()) if funds_covered(TableKind.GENERAL_SPENDING) in found else ()


def column_total_figure(query: Query, total: ColumnTotal) -> TableFigure:
    """A column's total as asked: in a 决算 table, its 决算数 beside the 预算数 column of the same name
    (年初预算数/基本支出 and 决算数/基本支出), unless the question names a budget column, which is then
    read (年初预算数 beside 决算数/合计)."""
    planned = any(cue.label in PLANNED_LABELS for cue in query.columns)  # not 一般公共预算's 预算
    if "决算" not in total.table.title:
        cell = total.cell
    elif planned:
        adjusted = any(cue.label == ADJUSTED_COLUMN for cue in query.columns)
        asked = (adjusted_beside(total.row) if adjusted else None) or planned_beside(total.row, total.cell)
        cell = asked or total.cell
    else:
        cell = actual_beside(total.row, total.cell)
    return TableFigure(total.row, cell, total.label)


def income_row(query: Query, document: DocumentIndex, row: RowEntry) -> RowEntry:
    """城管执法的钱从哪来: where an item's money comes from is its row in the 收入总表, whose columns are the
    sources (财政拨款收入, 事业收入, 上年结转); the row found where that table does not print the item."""
    if not INCOME_SOURCE_ASKED.search(query.question.text) or row.table.kind == TableKind.INCOME:
        return row
    income = (other for other in same_item_elsewhere(document, row) if other.table.kind == TableKind.INCOME)
    return next(income, row)


def row_words(document: DocumentIndex, row: RowEntry) -> DocumentReading | None:
    """A row of words (上海市普陀区国库收付中心 | 预算不单列，并入本级) read as a sentence of its table; None when
    it says nothing but its name and number (the item is listed, with no figure)."""
    said = words_beside(row)
    if not said:
        return None
    table = row.table
    sentence = SentenceEntry(
        text=f"{plain_label(row.label)}：{'；'.join(said)}",
        section=table.title,
        part="",
        line=row.line,
        page=row.page or table.page,
        key=row.key,
        file=table.file,
    )
    return DocumentReading(ReadingKind.FACT, document, sentences=(sentence,))


OVERVIEW_LABELS = ("收入总计", "支出总计", "收入合计", "支出合计", "本年收入合计", "本年支出合计", "上年结转")
OVERVIEW_SUBJECTS = ("收支预算总计", "收入支出预算总计", "收支总预算", "收入预算总计", "预算总计")


def read_overview(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """No subject: the document's totals (收入总计, 支出总计) from its 收支总表; without that table, the
    total the narrative states (收入、支出预算总计21,955.35万元)."""
    figures = tuple(
        main_figure(row)
        for row in document.rows
        if row.key.text in OVERVIEW_LABELS and row.table.kind == TableKind.SUMMARY
    )
    if figures:
        return DocumentReading(ReadingKind.OVERVIEW, document, figures=figures)
    score = Scorer(list(OVERVIEW_SUBJECTS), frozenset())
    stated = [
        (stated_score(score, figure), figure)
        for figure in document.stated
        if figure.kind == "amount" and figure.unit in AMOUNT_UNITS
    ]
    best = max(stated, key=lambda pair: pair[0], default=None)
    if best is None or best[0] < query.settings.min_score:
        return None
    return DocumentReading(ReadingKind.STATED, document, stated=(best[1],))

"""Budget concepts the tables blur (bot.engine.concepts.CONCEPTS): “三公”经费 read as its 小计, or as the sum
of its three parts, never as a 合计 that also holds 会议费 and 培训费; from the narrative, the parts it
states, summed, and the parts' changes on last year where it states none for the whole. A table is known
by the parts its columns or rows name, not by its title.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bot.engine.cells import actual_beside, asked_side, main_cell, this_years
from bot.engine.concepts import CONCEPTS, Concept, ConceptPart
from bot.engine.entries import Cell, DocumentIndex, RowEntry, StatedEntry, TableEntry
from bot.engine.lexicon import ADJUSTED_PART
from bot.engine.question import subject_variants
from bot.engine.read_amounts import OTHER_TABLES_SHOWN, main_figure
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.scoring import Query
from bot.engine.similarity import match_key
from knowledge.money import AMOUNT_UNITS
from knowledge.text import compact

MIN_PARTS_NAMED = 2
SUBTOTAL_WORDS = ("小计", "合计")


def concept_named(query: Query) -> Concept | None:
    """The concept the subject is (三公经费, “三公”经费预算总额), not one of its parts (三公经费中的公务接待费)."""
    return concept_called(query.subject)


def concept_called(text: str) -> Concept | None:
    """The concept a name says, however it is said (三公, “三公”经费), and of whichever budget (三公经费调整
    预算: the concept on its 调整预算数 side)."""
    core = match_key(ADJUSTED_PART.sub("", text)).core
    return next((c for c in CONCEPTS if any(core == match_key(word).core for word in c.words)), None)


def names(text: str, part: ConceptPart) -> bool:
    return any(word in text for word in part.words)


def holds_apart(name: str, title: str) -> bool:
    """A table called by a concept (三公经费) whose title names what is no part of it too (“三公”经费、会议费、
    培训费支出预算表): its total is more than the concept."""
    concept = concept_called(name)
    return concept is not None and any(names(title, part) for part in concept.apart)


def concept_holding(text: str) -> Concept | None:
    """The concept the text names a part of, not the concept itself (公务接待费 is a part of “三公”经费;
    会议费, printed beside it, is not)."""
    if concept_called(text) is not None:
        return None
    for concept in CONCEPTS:
        if any(names(text, piece) for part in concept.parts for piece in (part, *part.pieces)):
            return concept
    return None


def concept_table(document: DocumentIndex, concept: Concept) -> TableEntry | None:
    """The table the concept is printed in: its title or columns name it, and its columns or rows name at
    least two of its parts (an economic table that lists 公务接待费 among other rows is not it)."""
    for table in document.tables:
        heading = compact("|".join([table.title, *table.columns]))
        printed = "|".join([*table.columns, *(row.label for row in table.rows)])
        if any(compact(word) in heading for word in concept.words) and (
            sum(names(printed, part) for part in concept.parts) >= MIN_PARTS_NAMED
        ):
            return table
    return None


PLANNED_COLUMN = "预算数"


def concept_row(query: Query, table: TableEntry) -> RowEntry | None:
    """The row the concept is read on: in a table of one row per side, the side's asked (the 决算数 unless
    a budget is); the year's asked in a table of one row per year; else the total."""
    if table.by_side:
        return table.side_row(asked_side(query.columns, query.question.text))
    asked = [row for year in sorted(query.selection.table_years) if (row := table.year_row(year))]
    return asked[0] if asked else table.total_row or (table.rows[0] if len(table.rows) == 1 else None)


def pick(cells: list[Cell], document: DocumentIndex, row: RowEntry, planned: bool = False) -> Cell | None:
    """Of the cells under one heading (预算数 and 决算数), the one a 决算 is read in: its 决算数 (printed
    empty when only the 预算数 holds a figure), unless the 预算数 is asked for."""
    if document.head.kind == "决算" and not planned:
        actual = [cell for cell in cells if "决算" in cell.leaf]
        if actual or not cells:
            return actual[0] if actual else None
        return actual_beside(row, cells[0])
    return cells[0] if cells else None


def of_year_asked(query: Query, cells: list[Cell]) -> list[Cell]:
    """公务接待费 under 2023年预算数 and 2024年预算数: the year asked, else this year's (`this_years`)."""
    years = query.selection.table_years
    asked = [cell for cell in cells if any(f"{year}年" in cell.column for year in years)]
    return asked or this_years(cells)


def column_figures(
    document: DocumentIndex, row: RowEntry, concept: Concept
) -> tuple[TableFigure | None, list[TableFigure], list[TableFigure]]:
    """In a table with one column per part: the concept's 小计, its parts, and the items printed apart."""
    subtotal = pick(
        [
            cell
            for cell in row.cells
            if cell.leaf in SUBTOTAL_WORDS
            and any(word in cell.column for word in concept.words)
            and not any(names(cell.column, part) for part in (*concept.parts, *concept.apart))
        ],
        document,
        row,
    )
    parts = [
        (part, pick([c for c in row.cells if names(c.column, part)], document, row)) for part in concept.parts
    ]
    apart = [
        (part, pick([c for c in row.cells if names(c.column, part)], document, row)) for part in concept.apart
    ]
    return (
        TableFigure(row, subtotal, concept.name) if subtotal else None,
        [TableFigure(row, cell, part.name) for part, cell in parts if cell is not None],
        [TableFigure(row, cell, part.name) for part, cell in apart if cell is not None],
    )


def row_figures(table: TableEntry, concept: Concept) -> tuple[list[TableFigure], list[TableFigure]]:
    """In a table with one row per part: the parts' rows and the rows of items printed apart."""

    def rows_of(part: ConceptPart) -> list[TableFigure]:
        rows = [row for row in table.rows if names(row.label, part)]
        return [TableFigure(rows[0], main_cell(rows[0], []), part.name)] if rows else []

    parts = [figure for part in concept.parts for figure in rows_of(part)]
    apart = [figure for part in concept.apart for figure in rows_of(part)]
    return parts, apart


def read_concept(
    query: Query, document: DocumentIndex, concept: Concept, unit_row: RowEntry | None = None
) -> DocumentReading | None:
    """The concept when its table also prints items that are not part of it, or when only the narrative
    states its parts; None when the usual reading is right (a 合计 that is the concept itself)."""
    stated = stated_parts(document, concept)
    table = concept_table(document, concept)
    if table is None:
        if len(stated) < len(concept.parts) or concept_stated(query, document):
            return None
        return DocumentReading(ReadingKind.CONCEPT_SUM, document, stated=tuple(stated), name=concept.name)
    row = unit_row or concept_row(query, table)
    subtotal, parts, apart = column_figures(document, row, concept) if row else (None, [], [])
    if not parts:
        parts, apart = row_figures(table, concept)
    if not apart:
        return None
    kind = ReadingKind.CONCEPT if subtotal is not None else ReadingKind.CONCEPT_SUM
    figures = (subtotal, *parts) if subtotal is not None else tuple(parts)
    return DocumentReading(
        kind,
        document,
        figures=figures,
        elsewhere=tuple(apart),
        stated=tuple(stated) if len(stated) == len(concept.parts) else (),
        table=table,
        name=concept.name,
    )


def concept_apart_in(
    document: DocumentIndex, table: TableEntry, rows: list[RowEntry], concept: Concept
) -> bool:
    """The concept's own table prints items that are no part of it (会议费, 培训费) beside its parts, so
    its rows' 合计 is no figure of it."""
    return concept_table(document, concept) is table and any(
        column_figures(document, row, concept)[2] for row in rows[:1]
    )


def with_units(part: DocumentReading, rows: list[RowEntry]) -> DocumentReading:
    """各单位的三公经费 where the concept is no 合计 of its table: the concept read for each unit's row too."""
    concept = concept_called(part.name)
    if concept is None:
        return part
    return replace(part, units=units_of_concept(part.document, rows, concept))


def units_of_concept(
    document: DocumentIndex, rows: list[RowEntry], concept: Concept
) -> tuple[tuple[TableFigure, ...], ...]:
    """Each unit row's figures of the concept: its 小计, else its parts to add up; a row printing neither
    is left out."""
    found = []
    for row in rows:
        subtotal, parts, _apart = column_figures(document, row, concept)
        figures = [subtotal] if subtotal is not None else parts
        if figures:
            found.append(tuple(figures))
    return tuple(found)


def unit_concept_value(figures: tuple[TableFigure, ...]) -> Decimal:
    """A unit's figure of the concept: its 小计, or its parts added up (an empty cell adds nothing)."""
    return sum((f.cell.value for f in figures if f.cell is not None and f.cell.value is not None), Decimal(0))


def concept_parts(query: Query, document: DocumentIndex) -> list[TableFigure]:
    """The parts of the concept the question names (三公经费: 因公出国（境）, 公务用车购置及运行, 公务接待)
    as its table prints them, in columns or in rows; none when it names no concept or no table holds it."""
    concept = concept_named(query)
    table = concept_table(document, concept) if concept is not None else None
    if concept is None or table is None:
        return []
    row = concept_row(query, table)
    parts = column_figures(document, row, concept)[1] if row else []
    return parts or row_figures(table, concept)[0]


def concept_stated(query: Query, document: DocumentIndex) -> bool:
    """The narrative states the concept's figure itself (“三公”经费预算数为346.30万元)."""
    return any(
        figure.kind == "amount" and query.scorer(figure.key) >= query.settings.min_score
        for figure in document.stated
    )


def stated_parts(document: DocumentIndex, concept: Concept) -> list[StatedEntry]:
    """The narrative's amount for each part, all from one passage (the one that names the most)."""
    by_passage: dict[tuple[str, int | None], dict[str, StatedEntry]] = {}
    for figure in document.stated:
        if figure.kind != "amount" or figure.unit not in AMOUNT_UNITS:
            continue
        for part in concept.parts:
            if names(figure.subject or figure.clause, part):
                by_passage.setdefault((figure.section, figure.passage), {}).setdefault(part.name, figure)
    found = max(by_passage.values(), key=len, default={})
    return [found[part.name] for part in concept.parts if part.name in found]


def read_concept_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """比上年 of a concept (三公经费比上年增加还是减少) where the narrative states no change of the whole but
    one for each of its parts (1．因公出国（境）费…比上年预算减少23.25万元): those changes, from the section
    that states the most; `exact` when they cover every part (a part stated only in pieces counts when
    every piece is stated), so that they add up to the whole's change. None when the subject is no
    concept or no part's change is stated."""
    concept = concept_named(query)
    return changes_of_parts(document, concept.name, concept.parts) if concept is not None else None


def read_pieces_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """比上年 of a concept's part the narrative states only piece by piece (公务用车: 公务用车购置费…与上年
    持平；公务用车运行维护费…减少…): each piece's change, never one piece's alone as the part's; None when
    the subject is no such part or the narrative states the part's own change."""
    part = part_in_pieces(query.subject)
    if part is None or any(
        figure.kind == "change" and names(figure.subject, part) for figure in document.stated
    ):
        return None
    return changes_of_parts(document, part.name, part.pieces)


def part_in_pieces(subject: str) -> ConceptPart | None:
    """The part of a concept with pieces that the subject names, by its own words (公务用车购置及运行费) or
    by what its pieces share (公务用车)."""
    named = (part for concept in CONCEPTS for part in concept.parts if part.pieces and names(subject, part))
    return next(named, None) or part_by_its_pieces(subject)


def part_by_its_pieces(subject: str) -> ConceptPart | None:
    """The part of a concept that the subject names by all its pieces' names share and no other part's
    name holds (公务用车, 公务用车费用 of 公务用车购置费 and 公务用车运行维护费; not 公务, which 公务接待 holds
    too): people call the part so."""
    core = match_key(subject).core
    for concept in CONCEPTS:
        for part in concept.parts:
            others = [word for other in concept.parts if other is not part for word in other.words]
            shared = bool(part.pieces) and all(core in word for piece in part.pieces for word in piece.words)
            if core and shared and not any(core in word for word in others):
                return part
    return None


def changes_of_parts(
    document: DocumentIndex, name: str, parts: tuple[ConceptPart, ...]
) -> DocumentReading | None:
    """Each part's stated change on last year, from the section that states the most, as the change of
    the whole called `name`."""
    changes = [
        figure for figure in document.stated if figure.kind == "change" and figure.unit in AMOUNT_UNITS
    ]
    best: tuple[list[StatedEntry], bool] = ([], False)
    for section in dict.fromkeys(figure.section for figure in changes):
        found, covered = part_changes([f for f in changes if f.section == section], parts)
        if (covered, len(found)) > (best[1], len(best[0])):
            best = (found, covered)
    found, covered = best
    if not found:
        return None
    return DocumentReading(
        ReadingKind.CONCEPT_CHANGE, document, stated=tuple(found), name=name, exact=covered
    )


def part_changes(
    changes: list[StatedEntry], parts: tuple[ConceptPart, ...]
) -> tuple[list[StatedEntry], bool]:
    """The change stated for each part (or for each of its pieces), in the parts' order, and whether
    every part has one."""
    found: list[StatedEntry] = []
    covered = True
    for part in parts:
        whole = next((figure for figure in changes if names(figure.subject, part)), None)
        pieces = [next((f for f in changes if names(f.subject, piece)), None) for piece in part.pieces]
        if whole is not None:
            found.append(whole)
            continue
        found += [piece for piece in pieces if piece is not None]
        covered = covered and bool(pieces) and all(piece is not None for piece in pieces)
    return found, covered


def concept_item(query: Query) -> tuple[Concept, ConceptPart] | None:
    """A part of a concept, or an item its table prints apart (公务接待费, 会议费, 培训费), that the subject
    names on its own, as printed, by its everyday name (接待费, 出国费, 会务费) or by what its pieces share
    (公务用车)."""
    cores = {match_key(variant).core for variant in subject_variants(query.subject)}
    called = {part_by_its_pieces(variant) for variant in subject_variants(query.subject)}
    for concept in CONCEPTS:
        for item in (*concept.parts, *concept.apart):
            if match_key(item.name).core in cores or item in called:
                return concept, item
    return None


def read_concept_item(
    query: Query, document: DocumentIndex, concept: Concept, item: ConceptPart
) -> DocumentReading | None:
    """An item read in the concept's table, which holds all of it (基本支出 and 项目支出); the same item
    in the 基本支出 tables is only the 基本支出 part, and is shown beside it."""
    table = concept_table(document, concept)
    row = concept_row(query, table) if table else None
    if table is None or row is None:
        return None
    planned = any(cue.label == PLANNED_COLUMN for cue in query.columns)
    cell = pick(of_year_asked(query, [c for c in row.cells if names(c.column, item)]), document, row, planned)
    if cell is None:
        return None
    others = [
        main_figure(other)
        for other in document.rows
        if other.table is not table
        and names(other.label, item)
        and other.cells
        and not query.selection.table_years  # another year's figure: the other tables print this year's
    ]
    return DocumentReading(
        ReadingKind.COLUMN_TOTAL,
        document,
        figures=(TableFigure(row, cell, item.name),),
        elsewhere=tuple(others[:OTHER_TABLES_SHOWN]),
    )


def concept_in_its_table(query: Query, document: DocumentIndex, part: DocumentReading) -> DocumentReading:
    """A whole table read for a subject that names a concept the table prints beside other items
    (三公经费咋样 read as the 三公经费、会议费、培训费 table): the concept, never the table's 合计."""
    if part.kind != ReadingKind.TABLE or part.table is None:
        return part
    core = match_key(query.subject).core
    for concept in CONCEPTS:
        said = any(match_key(word).core in core for word in concept.words)
        if said and concept_table(document, concept) is part.table:
            return read_concept(query, document, concept) or part
    return part


def read_concept_reading(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """A budget concept (三公经费) or one of its items (会议费), read where the tables blur it."""
    concept = concept_named(query)
    if concept is not None:
        return read_concept(query, document, concept)
    item = concept_item(query)
    return read_concept_item(query, document, *item) if item is not None else None

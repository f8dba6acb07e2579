"""Last year from the document itself: a 上年 column of the table beside this year's (上年预算数,
上年执行数, 2023年预算数), and the change the narrative states (比上年增加360.5万元，增长1.5%), each
with its source; only when neither exists is the year before not loaded. A 决算 asked against its own
budget compares its 决算数 and 预算数 columns; asked why, the narrative's reason comes with the change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine.cells import (
    ADJUSTED_ASKED,
    actual_beside,
    adjusted_beside,
    budget_asked,
    cell_under,
    main_cell,
    on_side,
    planned_beside,
    side_total,
)
from bot.engine.entries import Cell, DocumentIndex, RowEntry, SentenceEntry, StatedEntry, TableEntry
from bot.engine.index import CLAUSE_MARKS
from bot.engine.lexicon import (
    ACTUAL_PART,
    ACTUAL_WORDS,
    ADJUSTED_PART,
    BARE_TOTALS,
    BOTH_SIDES,
    FUNDED,
    MAIN_COLUMN_WORDS,
    PLAN_WORDS,
    PLANNED_PART,
    PREVIOUS_YEAR_WORDS,
    REASON_CUES,
    REASON_WORDS,
)
from bot.engine.question import AGAINST_PLAN, COMPARED_WITH_YEAR, against_budget_said, budget_adjustment_asked
from bot.engine.read_amounts import read_amount
from bot.engine.read_change_ranks import MIN_ITEM, item_core
from bot.engine.read_concepts import (
    concept_called,
    read_concept_change,
    read_concept_reading,
    read_pieces_change,
)
from bot.engine.read_forms import fees_unsaid, names_a_fee, printed_labels
from bot.engine.read_narrative import read_fact
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import plain_label
from bot.engine.scoring import (
    BROADER_ITEM_SCORE,
    ColumnTotal,
    Match,
    Query,
    amount_matches,
    asks_only_the_modifier,
    sentence_matches,
    sort_matches,
)
from bot.engine.similarity import DIRECTION_WORDS, match_key, opposite_direction
from knowledge.standard_tables import ALL_FUNDS, TableKind, funds_covered
from knowledge.text import compact, find_years

AGAINST_PLAN_NAME = "比预算"
PLAN_COLUMN = "预算数"  # the label of the column cue a budget asked of a 决算 adds (年初预算, 预算数)
REASON_REACH = 8  # sentences after a stated change (cut at ；) that may give its reason
CLAUSE_BREAK = re.compile(r"[，,；;：:。]")
CHANGE_WORDS = ("增加", "减少", "增长", "下降", "持平", "相同", "上升", "降低", "变化", "一致")


def previous_year_column(cell: Cell, year: int) -> bool:
    """A column of last year's figures: 上年预算数, 上年执行数, 上一年度, 2023年预算数 (never 上年结转)."""
    return bool(re.search(rf"上年(?!结转|结余)|上一年|{year - 1}年", cell.column))


def previous_cell(row: RowEntry, current: Cell, year: int) -> Cell | None:
    """The row's figure for last year, under the same heading as this year's when there are several; a
    part of this year's (2024年预算数/基本支出) has none in a lone 2023年执行数 column, which is the whole."""
    if previous_year_column(current, year):
        return None
    earlier = [cell for cell in row.cells if cell is not current and previous_year_column(cell, year)]
    same_leaf = [cell for cell in earlier if cell.leaf == current.leaf]
    whole = "/" not in current.column or any(word in current.leaf for word in MAIN_COLUMN_WORDS)
    found = same_leaf or (earlier if whole else [])
    return found[0] if found else None


def row_and_cell(match: Match, query: Query) -> tuple[RowEntry | None, Cell | None, str]:
    """The row and this year's cell a match is read in (a row's main cell, a column total, a table's
    total), and what to call the figure."""
    item = match.item
    if isinstance(item, RowEntry):
        return item, main_cell(item, query.columns), ""
    if isinstance(item, ColumnTotal):
        return item.row, item.cell, item.label
    if isinstance(item, TableEntry) and item.total_row is not None:
        return item.total_row, main_cell(item.total_row, query.columns), plain_label(item.kind)
    return None, None, ""


PLANNED_MARGIN = 5.0
"""A 决算 against its budget is read in the records named as well as the best (公务接待费 in the 基本支出
table, which prints no 预算数, and in the “三公” table, which does), never in one named less closely
(the “三公” table for 财政拨款支出, which the 财政拨款 总表 names exactly)."""


def planned_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """A 决算 against its budget: the item's 决算数 and the 预算数 beside it, read where the item is (a
    concept's column, a row, a column total); a concept no column holds whole (“三公”经费 beside 会议费),
    each of its parts' pairs, to be summed; None when no table prints both."""
    funds = funds_spent(query.subject)
    if funds is not None:  # 决算支出比调整预算多还是少: the whole a table prints both of
        if budget_adjustment_asked(query.question.text):  # 预算调整了多少: 调整预算数 against 年初预算数
            whole = whole_plan_pair(document, PLANNED_PART, funds, measured=ADJUSTED_PART)
        else:
            whole = whole_plan_pair(document, budget_asked(query.question.text), funds)
        if whole is not None:
            return replace(whole, name=AGAINST_PLAN_NAME)
    concept = read_concept_reading(query, document)
    if concept is not None and concept.kind == ReadingKind.CONCEPT_SUM and concept.figures:
        pairs = [
            planned_pair(query, figure.row, figure.cell, figure.label) if figure.cell else None
            for figure in concept.figures
        ]
        if all(pairs):
            actual = tuple(pair[0] for pair in pairs if pair)
            planned = tuple(pair[1] for pair in pairs if pair)
            return DocumentReading(
                ReadingKind.TABLE_CHANGE,
                document,
                figures=actual + planned,
                name=AGAINST_PLAN_NAME,
                qualifier=concept.name,
                count=len(pairs),
            )
    found: list[tuple[RowEntry | None, Cell | None, str]] = (
        [(figure.row, figure.cell, figure.label) for figure in concept.figures[:1]] if concept else []
    )
    matches = sort_matches(amount_matches(document, query.scorer, query.question, query.columns))
    floor = max(query.settings.min_score, matches[0].score - PLANNED_MARGIN) if matches else 0
    found += [row_and_cell(m, query) for m in matches if m.score >= floor]
    unsaid = fees_unsaid(query, document)
    for row, cell, name in found:
        if row is None or cell is None:
            continue
        if names_a_fee(name or (row.table.title if row is row.table.total_row else row.label), unsaid):
            continue  # the “三公” table's total for 财政拨款支出: that fee's, not the funds'
        if concept is not None and row.table is concept.table and row is row.table.total_row:
            continue  # its 合计 also counts what the concept leaves out (会议费, 培训费)
        pair = planned_pair(query, row, cell, name)
        if pair is not None:
            return DocumentReading(ReadingKind.TABLE_CHANGE, document, figures=pair, name=AGAINST_PLAN_NAME)
    return None


def planned_pair(
    query: Query, row: RowEntry, cell: Cell, name: str
) -> tuple[TableFigure, TableFigure] | None:
    """The row's 决算数 and the 年初预算数 (调整预算数, asked so) printed beside it; in a table of one row per
    side, the figures of the cell's column on those two rows; None when the budget is not printed."""
    if row.table.by_side:
        rows = row.table.side_row(ACTUAL_PART), row.table.side_row(budget_asked(query.question.text))
        found = [
            TableFigure(side, printed, name)
            for side in rows
            if side is not None
            and (printed := cell_under(side, cell.column)) is not None
            and printed.value is not None
        ]
        return (found[0], found[1]) if len(found) == len(rows) else None
    actual = actual_beside(row, cell)
    # 调整预算数 read for 比调整预算多多少: the row's 决算数 is what is set against it
    if not on_side(actual, ACTUAL_PART):
        actual = main_cell(row, []) or actual
    if budget_adjustment_asked(query.question.text):  # 预算调整了多少: the 调整预算数 against the 年初预算数
        adjusted, planned = adjusted_beside(row), planned_beside(row, actual)
        if adjusted is None or planned is None:
            return None
        return TableFigure(row, adjusted, name), TableFigure(row, planned, name)
    adjusted = adjusted_beside(row) if ADJUSTED_ASKED in query.question.text else None
    planned = adjusted or planned_beside(row, actual)  # 完成调整预算的多少: the 调整预算数 if printed
    return (TableFigure(row, actual, name), TableFigure(row, planned, name)) if planned is not None else None


def against_plan(query: Query, document: DocumentIndex) -> bool:
    """A 决算 asked against its own budget (决算比预算, 较年初预算, 没花完), not against last year."""
    text = query.question.text
    said = AGAINST_PLAN.search(text) or against_budget_said(text) or budget_adjustment_asked(text)
    return document.head.kind == "决算" and bool(said)


def read_table_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """The item's row in a table that prints last year's figure beside this year's, where a concept's
    reading finds it (公务用车: its group's 小计) or among the records named about as well as the best
    (never the “三公” table's for 一般公共预算支出 because the table the subject names prints no 上年); in a
    决算 asked against its budget (决算比预算多还是少), the 预算数 beside the 决算数 instead."""
    if against_plan(query, document):
        return planned_change(query, document)
    matches = sort_matches(amount_matches(document, query.scorer, query.question, query.columns))
    floor = max(query.settings.min_score, matches[0].score - PLANNED_MARGIN) if matches else 0
    unsaid = fees_unsaid(query, document)
    concept = read_concept_reading(query, document)
    found: list[tuple[RowEntry | None, Cell | None, str]] = (
        [(figure.row, figure.cell, figure.label) for figure in concept.figures[:1]] if concept else []
    )
    found += [row_and_cell(match, query) for match in matches if match.score >= floor]
    for row, current, name in found:
        if row is not None and names_a_fee(
            name or (row.table.title if row is row.table.total_row else ""), unsaid
        ):
            continue  # the “三公” table's total for 一般公共预算支出: that fee's change, not the spending's
        previous = previous_cell(row, current, document.head.year) if row and current else None
        if row is not None and current is not None and previous is not None:
            figures = (TableFigure(row, current, name), TableFigure(row, previous, name))
            stated = stated_change(query, document)
            return DocumentReading(
                ReadingKind.TABLE_CHANGE, document, figures=figures, stated=stated.stated if stated else ()
            )
    return None


def stated_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """比上年增减 the narrative states for the subject: its figures (amount and percentage) from one sentence."""
    if not query.subject:
        return document_change(document)
    if (pieces := read_pieces_change(query, document)) is not None:
        return pieces
    labels = printed_labels(document)
    printed = labels | {cell.leaf for row in document.rows for cell in row.cells}  # rows and columns
    below = labels_below(document, query.subject)
    unsaid = fees_unsaid(query, document)
    changes = sorted(
        (
            Match(change_score(query, f), f, document)
            for f in document.stated
            if f.kind == "change"
            and not opposite_direction(query.subject, f.subject)
            and (query.subject not in printed or says(query, f.subject))
            and not another_printed_item(query.subject, f.subject, labels)
            and not names_a_fee(f.subject, unsaid)
            and not any(label in f.subject for label in below)
        ),
        key=lambda m: -m.score,
    )
    if not changes or changes[0].score < query.settings.min_score:
        return part_of_whole_change(query, document) or read_concept_change(query, document)
    order = {id(figure): at for at, figure in enumerate(document.stated)}
    tied = [m for m in changes if m.score >= changes[0].score - STATED_TIE_MARGIN]
    top = min(tied, key=lambda m: order[id(m.item)]).item
    assert isinstance(top, StatedEntry)
    same = tuple(
        m.item
        for m in changes
        if isinstance(m.item, StatedEntry)
        and m.item.sentence == top.sentence
        and m.item.passage == top.passage
        and same_item(m.item.subject, top.subject)
    )
    in_order = tuple(sorted(same, key=lambda figure: figure.sentence.find(figure.raw)))
    return DocumentReading(ReadingKind.CHANGE, document, stated=in_order)


def same_item(subject: str, other: str) -> bool:
    """公务接待费支出决算减少0.15万元，下降27.78%: the percentage is of the same item, said without its column."""
    return subject.startswith(other) or other.startswith(subject)


STATED_TIE_MARGIN = 2.0
"""Changes of names this close fit alike: the one stated first is the item's own (会议费预算支出…本年数小于上年
预算数403.75万元), a later one its aside (原因是从会议费预算中调减403.75万元)."""


def another_printed_item(asked: str, stated: str, labels: frozenset[str]) -> bool:
    """行政运行 asked, 一般行政管理事务 stated: both rows the tables print, so the change stated is of
    another item, however alike the names."""
    return asked != stated and asked in labels and stated in labels


def labels_below(document: DocumentIndex, asked: str) -> set[str]:
    """The rows printed under the row named as asked (城乡社区支出: 城乡社区管理事务, 行政运行, 其他城乡社区
    支出…): a change stated of one of them (城乡社区管理事务行政运行) is no change of the whole."""
    rows = [row for row in document.rows if plain_label(row.label) == asked]
    return {
        plain_label(row.label)
        for row in document.rows
        if any(parent in row.ancestors() for parent in rows) and plain_label(row.label) != asked
    }


def change_score(query: Query, figure: StatedEntry) -> float:
    """How well a stated change is of the item asked; never one the item only qualifies (一般公共预算
    拨款安排的会议费 for 一般公共预算拨款). A change said of both sides at once (收、支预算总计各增加…) is of
    each side's (收入预算总计, 支出预算总计)."""
    value = max(query.scorer(match_key(said)) for said in each_side(figure.subject))
    return min(value, BROADER_ITEM_SCORE) if asks_only_the_modifier(query.scorer, figure.subject) else value


BOTH_SIDES_SAID = re.compile("收、?支(?!出)")
"""收支预算总计, 收、支预算总计: a figure said of the income and the spending side at once."""


def each_side(subject: str) -> list[str]:
    """收支预算总计 → itself, 收入预算总计 and 支出预算总计; any other subject alone."""
    if not BOTH_SIDES_SAID.search(subject):
        return [subject]
    return [subject, *(BOTH_SIDES_SAID.sub(side, subject) for side in DIRECTION_WORDS)]


def part_of_whole_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """收入比上年增加多少 where the narrative states only how a part of it changed (其中：财政拨款收入…比
    上年增加…): that change, under its own name; None for any other item."""
    if query.subject not in BARE_TOTALS:
        return None
    return document_change(document, "" if query.subject in BOTH_SIDES else query.subject)


def document_change(document: DocumentIndex, said: str = "") -> DocumentReading | None:
    """比上年增加多少 naming no item asks how the whole budget changed: what the narrative states first
    (收入预算…比上年增加…, 收入支出总计…减少…), with the figures of its sentence; the first of a change
    whose subject holds `said` (支出) when given. A concept's change (“三公”经费…减少8万元) is no whole's."""
    first = next(
        (
            f
            for f in document.stated
            if f.kind == "change" and said in f.subject and concept_called(f.subject) is None
        ),
        None,
    )
    if first is None:
        return None
    same = tuple(
        figure
        for figure in document.stated
        if figure.kind == "change"
        and figure.sentence == first.sentence
        and figure.passage == first.passage
        and same_item(figure.subject, first.subject)
    )
    return DocumentReading(ReadingKind.CHANGE, document, stated=same)


def reason_for(document: DocumentIndex, change: DocumentReading) -> tuple[SentenceEntry, ...]:
    """The narrative's reason for a stated change, whole: the sentence giving it and those after it that
    carry it on. It is found in the change's own sentence (then quoted only when it runs on past it),
    else in a later sentence of its section that gives a reason, either right after it (主要原因是：…)
    or naming the change's direction (…增加的主要原因是…) past other changes stated in between."""
    top = change.stated[0] if change.stated else None
    if top is None:
        return ()
    sentences = document.sentences
    at = next((i for i, s in enumerate(sentences) if top.sentence in s.text or s.text in top.sentence), None)
    if any(word in top.sentence for word in REASON_WORDS):
        if at is None:
            return ()
        more = carried_on(document, at)
        return (from_reason(sentences[at]), *more) if more else ()
    if at is None:
        return ()
    changes = {figure.sentence for figure in document.stated if figure.kind == "change"}
    past_another = False
    for index in range(at + 1, min(at + 1 + REASON_REACH, len(sentences))):
        sentence = sentences[index]
        if sentence.section != sentences[at].section:
            return ()
        if any(word in sentence.text for word in REASON_WORDS) and not explains_its_own(
            document, sentence, top
        ):
            named = not past_another or top.direction in sentence.text
            return (sentence, *carried_on(document, index)) if named else ()
        past_another = past_another or any(sentence.text in said for said in changes)
    return ()


def explains_its_own(document: DocumentIndex, sentence: SentenceEntry, top: StatedEntry) -> bool:
    """（一）因公出国（境）费0.00万元，与上年持平，主要原因是…: a sentence stating another item's change
    and then a reason gives that change's reason; one opening with the reason (主要原因：项目支出增加，较上年
    增加…) explains the change before it."""
    text = sentence.text
    changes = [f for f in document.stated_by_sentence.get(text, []) if f.kind == "change"]
    if not changes or any(same_item(figure.subject, top.subject) for figure in changes):
        return False
    first_change = min(text.find(figure.raw) for figure in changes)
    first_reason = min(found for word in REASON_WORDS if (found := text.find(word)) >= 0)
    return first_change < first_reason


def carried_on(document: DocumentIndex, at: int) -> tuple[SentenceEntry, ...]:
    """The sentences after a reason's that carry it on (同时…, 二是…, 较上一年度减少了培训费支出等): to
    the end of its passage, short of one that opens a new statement (本年支出总计…万元, a figure first)
    or states another change with a reason of its own."""
    reason = document.sentences[at]
    found: list[SentenceEntry] = []
    for sentence in document.sentences[at + 1 : at + 1 + REASON_REACH]:
        if not same_passage(sentence, reason) or opens_statement(document, sentence):
            break
        found.append(sentence)
    return tuple(found)


def same_passage(sentence: SentenceEntry, other: SentenceEntry) -> bool:
    """Two sentences of one paragraph of one file."""
    return sentence.passage is not None and (sentence.file, sentence.passage) == (other.file, other.passage)


def opens_statement(document: DocumentIndex, sentence: SentenceEntry) -> bool:
    """A sentence that states something new rather than carrying a reason on: its first figure an amount
    of an item (本年单位预算支出总计1,596.64万元), or a change with a reason of its own."""
    figures = [
        figure
        for figure in document.stated_by_sentence.get(sentence.text, [])
        if figure.kind in ("amount", "count", "change", "percent")
    ]
    if not figures:
        return False
    first = min(figures, key=lambda figure: sentence.text.find(figure.raw))
    changed = any(figure.kind == "change" for figure in figures)
    return first.kind in ("amount", "count") or (changed and any(w in sentence.text for w in REASON_WORDS))


def from_reason(sentence: SentenceEntry) -> SentenceEntry:
    """The change's own sentence from the clause that gives its reason on (…下降12.85%，原因是：… →
    原因是：…)."""
    at = min(found for word in REASON_WORDS if (found := sentence.text.find(word)) >= 0)
    breaks = [found.end() for found in CLAUSE_BREAK.finditer(sentence.text, 0, at)]
    return replace(sentence, text=sentence.text[breaks[-1] if breaks else 0 :])


def read_change(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """比上年增减 from the document: a 上年 column, else the narrative's stated change, else its sentences
    that speak of change; None when the document says nothing of last year. Asked why (为什么减少), the
    narrative's sentence giving the reason comes with the change."""
    planned = against_plan(query, document)
    change = read_table_change(query, document) or (
        stated_against_plan(query, document) if planned else stated_change(query, document)
    )
    if (
        change is None
        and not planned
        and document.head.kind == "决算"
        and not names_last_year(query, document)
    ):
        # 信息化建设决算为啥少了: where the 决算 states no change on last year, its own budget is the measure
        change = planned_change(query, document) or stated_against_plan(query, document)
    if change is not None:
        if not any(word in query.question.text for word in REASON_CUES):
            return change
        anchor = change
        if not change.stated and change.name == AGAINST_PLAN_NAME:  # the table's 决算数 against 预算数
            anchor = stated_against_plan(query, document) or change  # the sentence stating both
            if anchor is change and (rate := stated_completion(query, document, any_budget=True)):
                anchor = DocumentReading(ReadingKind.STATED, document, stated=(rate,))  # 完成预算的0%
        return replace(change, sentences=reason_for(document, anchor))
    words = PLAN_WORDS if planned else CHANGE_WORDS  # 年初预算为…，支出决算为… when asked against the budget
    sentences = [
        m
        for m in sentence_matches(document, list(query.variants))
        if isinstance(m.item, SentenceEntry) and any(w in m.item.text for w in words)
    ]
    fits = bool(sentences) and sentences[0].score >= query.settings.min_score
    said = read_fact(query, document, sentences) if fits else None
    if planned and (said is None or said.kind == ReadingKind.MENTIONED):  # no figure of the item said
        return planned_amount(query, document) or said
    return said or change_mentioned(query, document)


MIN_CHANGED_NAME = 3
"""办公 (of 办公费) is too short to find an item by in a clause; 工资福利 is not."""
CLAUSE_BREAK = re.compile(f"[{''.join(CLAUSE_MARKS)}]")


def change_mentioned(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """工资福利支出为什么减少 where the narrative gives no figure for it, but says in passing that it changed
    (在职人员退休导致工资福利费用较上也有所减少): that sentence, as a mention with no figure."""
    core = match_key(query.subject).core
    name = core if len(core) >= MIN_CHANGED_NAME else compact(query.subject)
    if len(name) < MIN_CHANGED_NAME:
        return None
    for sentence in document.sentences:
        for clause in CLAUSE_BREAK.split(sentence.text):
            if name in compact(clause) and any(word in clause for word in CHANGE_WORDS):
                return DocumentReading(ReadingKind.MENTIONED, document, sentences=(sentence,))
    return None


def names_last_year(query: Query, document: DocumentIndex) -> bool:
    """比上年, 去年, 比2023年, 2023年的三公经费: the change asked is on a year before, not on the 决算's own
    budget."""
    text = query.question.text
    return (
        any(word in text for word in (*PREVIOUS_YEAR_WORDS, "上年", "去年"))
        or bool(COMPARED_WITH_YEAR.search(text))
        or any(mention.year < document.head.year for mention in find_years(text, document.head.year))
    )


WHOLE_SPENDING = "支出"
"""决算支出比预算多还是少: spending named by no item or total is the whole 决算's, as when nothing is named."""


def stated_against_plan(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """决算比年初预算 where only the narrative states the two (年初预算为…万元，支出决算为…万元): the
    pair of one sentence that best fits the item asked, the first of those fitting about as well (财政拨款支出:
    the whole 一般公共预算财政拨款支出 stated before the “三公”经费财政拨款支出); naming no item, or only
    spending, the first pair (the whole budget's). Asked how the budget was adjusted, none: such a pair sets
    the outcome against the budget."""
    if budget_adjustment_asked(query.question.text):
        return None
    pairs = []
    for plan in document.stated:
        word = next((w for w in PLAN_WORDS if plan.subject.endswith(w)), None)
        if plan.kind != "amount" or word is None or plan.subject == word:
            continue
        item = plan.subject.removesuffix(word)
        actual = next(
            (
                figure
                for figure in document.stated
                if figure.sentence == plan.sentence
                and figure.kind == "amount"
                and figure.unit == plan.unit
                and figure.subject.startswith(item)
                and figure.subject.removeprefix(item) in ACTUAL_WORDS
            ),
            None,
        )
        if actual is not None and (query.subject in ("", WHOLE_SPENDING) or says(query, item)):
            pairs.append((max(change_score(query, plan), change_score(query, actual)), item, actual, plan))
    if not pairs:
        return None
    whole = query.subject in ("", WHOLE_SPENDING)
    best = max(pair[0] for pair in pairs)
    score, item, actual, plan = pairs[0] if whole else next(p for p in pairs if p[0] >= best - PLANNED_MARGIN)
    if not whole and score < query.settings.min_score:
        return None
    return DocumentReading(ReadingKind.STATED_DIFFERENCE, document, stated=(actual, plan), name=item)


KNOWN_RATE_SCORE = 90.0
"""A stated item named otherwise than as asked fits this well at least (一般公共预算财政拨款支出 for 财政拨款
支出)."""
COMPLETION_WORDS = ("完成年初预算", "完成调整预算", "完成全年预算", "完成预算")
"""How a 决算's narrative names its rate against the budget (完成年初预算的98.61%)."""
BUDGET_SIDES = ("年初", "调整")
"""The budgets a 决算 is measured against, as a rate or a question names them."""
ASKED_COMPLETION = re.compile(
    r"(?:决算数?)?(?:(?:完成|执行)[了得]?(?:年初|调整|全年)?(?:预算数?)?|(?:年初|调整)?预算数?(?:完成|执行)[了得]?)"
    r"(?:率|情况|进度|程度|成|好(?:不好|吗)?)?$|^(?:年初|调整|全年)?预算数?$"
)
"""The end of a subject that says only how far the budget was carried out (职业年金缴费完成年初预算), or a
subject that is only the budget (年初预算 of 年初预算执行得怎么样)."""


def completed_item(subject: str) -> str:
    """The item whose 完成率 is asked: the subject without the words that ask it."""
    return ASKED_COMPLETION.sub("", subject)


def read_completion(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """完成了年初预算的百分之几 of a 决算: the rate its narrative states for the item; else the item's
    决算 over its 年初预算, from a table that prints both or else the sentence that states both. Naming
    no item (or only 支出), the whole budget's, read the same ways; naming none, where the document gives
    nothing of the whole, the rate it states of one item, said to be no more than that."""
    stated = stated_completion(query, document)
    if stated is not None:
        return DocumentReading(ReadingKind.SHARE, document, stated=(stated,))
    funds = funds_spent(query.subject)
    budget = budget_asked(query.question.text)
    table = whole_plan_pair(document, budget, funds) if funds is not None else planned_change(query, document)
    if table is not None:
        return replace(table, kind=ReadingKind.PLAN_COMPLETION, name="")
    stated = stated_completion(query, document, any_budget=True)
    if stated is not None:  # 完成调整预算 asked where only the 年初预算's rate is stated or printed
        return DocumentReading(ReadingKind.SHARE, document, stated=(stated,))
    pair = stated_against_plan(query, document)
    if pair is not None:
        return DocumentReading(ReadingKind.PLAN_COMPLETION, document, stated=pair.stated, name=pair.name)
    item_rate = next(iter(completion_rates(document)), None) if not query.subject else None
    if item_rate is not None:
        return DocumentReading(ReadingKind.SHARE, document, stated=(item_rate[0],), exact=False)
    return None


def funds_spent(subject: str) -> str | None:
    """The money a whole budget asked of is spent from, as a table of it names it: '' for spending alone
    (支出完成率), 财政拨款 for 财政拨款支出, 一般公共预算 for 一般公共预算支出; None when the subject names
    an item or money no whole table counts alone."""
    if subject in ("", WHOLE_SPENDING):
        return ""
    funds = subject.removesuffix(WHOLE_SPENDING)
    covered = {funds_covered(kind) for kind in WHOLE_BUDGET_TABLES}
    if funds == subject or not {funds, f"{funds}{FUNDED}"} & covered:
        return None
    return funds


def whole_plan_pair(
    document: DocumentIndex,
    side: re.Pattern[str] = PLANNED_PART,
    funds: str = "",
    measured: re.Pattern[str] = ACTUAL_PART,
) -> DocumentReading | None:
    """A whole budget's 决算数 (or the side `measured`: 调整预算数, asked how the budget was adjusted) and
    年初预算数 (or the `side` asked: 调整预算数), as the first table whose total prints both (年初预算数/小计 |
    决算数/小计 of the national template's 一般公共预算 table), named by the money that table counts; asked of
    some `funds` (财政拨款), a table counting them."""
    for table in document.tables:
        row = table.total_row
        if table.kind not in WHOLE_BUDGET_TABLES or row is None:
            continue
        if funds and funds_covered(table.kind) not in (funds, f"{funds}{FUNDED}"):
            continue
        planned, actual = side_total(row, side), side_total(row, measured)
        if planned is not None and actual is not None:
            covers = funds_covered(table.kind)
            name = "全部支出" if covers == ALL_FUNDS else f"{covers}支出"
            figures = (TableFigure(row, actual, name), TableFigure(row, planned, name))
            return DocumentReading(ReadingKind.TABLE_CHANGE, document, figures=figures)
    return None


def completion_rates(document: DocumentIndex) -> list[tuple[StatedEntry, str]]:
    """The 完成年初预算的X% the narrative states, each with the item it is of, in the order stated."""
    return [
        (figure, figure.subject.removesuffix(word))
        for figure in document.stated
        if figure.kind == "percent"
        and (word := next((w for w in COMPLETION_WORDS if figure.subject.endswith(w)), None))
    ]


def stated_completion(query: Query, document: DocumentIndex, any_budget: bool = False) -> StatedEntry | None:
    """The 完成年初预算的X% the narrative states of the item asked, against the budget asked (年初, 调整)
    unless `any_budget`; asked of none (or of 支出), the first it states of a whole budget (一般公共预算财政
    拨款, not “三公”经费)."""
    asked = "" if any_budget else next((side for side in BUDGET_SIDES if side in query.question.text), "")
    rates = [
        (figure, item)
        for figure, item in completion_rates(document)
        if not asked
        or not (said := next((side for side in BUDGET_SIDES if side in figure.subject), ""))
        or said == asked
    ]  # 完成了年初预算的多少: never the rate stated against the 调整预算
    if query.subject in ("", WHOLE_SPENDING):
        return next((figure for figure, item in rates if len(item_core(item)) < MIN_ITEM), None)
    unsaid = fees_unsaid(query, document)
    scored = [
        (query.scorer(match_key(item)), figure)
        for figure, item in rates
        if item and says(query, item) and not names_a_fee(item, unsaid)
    ]
    best_score, best_figure = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best_figure if best_score >= query.settings.min_score else None


def says(query: Query, item: str) -> bool:
    """A stated rate's, change's or budget pair's item says the asked one, word for word or nearly (基本支出
    is not said by 机关事业单位基本养老保险缴费支出, which holds 基本 and 支出 apart); 收支预算总计 says each side's."""
    asked = [compact(completed_item(variant)) for variant in query.variants]
    return any(
        any(words in compact(said) for words in asked)
        or query.scorer(match_key(said)) >= KNOWN_RATE_SCORE
        or (not said.endswith(WHOLE_SPENDING) and any(spent_in(words, said) for words in asked))
        for said in each_side(item)
    )


def spent_in(asked: str, said: str) -> bool:
    """财政拨款支出 of a rate stated of 一般公共预算财政拨款 (…支出决算X元，完成调整预算的Y%): the sentence drops
    支出 from the funds a 决算's whole is spent from, as it says 财政拨款支出 where it keeps it; never said of
    income (一般公共预算财政拨款收入)."""
    funds = funds_spent(asked)
    return funds is not None and funds != "" and funds in said and "收入" not in said


def planned_amount(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """决算比预算 where no table or sentence sets the two side by side: the item's figure as read for any
    question (its 决算数, with the narrative's 年初预算 beside it when stated)."""
    matches = sort_matches(amount_matches(document, query.scorer, query.question, query.columns))
    fits = matches and matches[0].score >= query.settings.min_score
    return read_amount(query, document, matches) if fits else None


def asks_whole_plan(query: Query) -> bool:
    """年初预算多少, 2024年预算数是多少 of 决算s naming no item: the whole budget they were carried out
    against, which their tables do not print."""
    question = query.question
    planned = any(cue.label == PLAN_COLUMN for cue in question.columns)
    if not planned or question.cues & {"change", "share", "compare"}:
        return False  # 决算比预算多还是少: the two set against each other
    item = query.subject
    for word in (*PLAN_WORDS, "年初", "总额", "总数"):
        item = item.replace(word, "")
    item = item.removesuffix("数")  # 年初预算数: the side named with its 数
    whole = not item or item in BARE_TOTALS
    return whole and all(document.head.kind == "决算" for document in query.documents)


WHOLE_BUDGET_TABLES = (
    TableKind.SUMMARY,
    TableKind.SPENDING,
    TableKind.FISCAL_SUMMARY,
    TableKind.FISCAL_SPENDING,
    TableKind.GENERAL_SPENDING,
)
"""The tables whose total is a whole budget (all funds, 财政拨款 or 一般公共预算), not a part of one."""


def read_whole_plan(
    document: DocumentIndex, side: re.Pattern[str] = PLANNED_PART, asked: str = ""
) -> DocumentReading | None:
    """A 决算's whole budget: the first 年初预算 its narrative states of a total (一般公共预算财政拨款支出
    年初预算为…), under the name it states it by; else the first table total printed under a 年初预算
    column (年初预算数/小计 of the national template's 一般公共预算 table); the 调整预算 when that `side` is
    asked (the 年初预算 where no 调整预算 is printed); None when neither is. A side `asked` (预算收入) is
    never answered by the other's budget (支出年初预算)."""
    adjusted = side is ADJUSTED_PART
    for figure in document.stated:
        planned = (
            any(word in figure.subject for word in PLAN_WORDS)
            and (ADJUSTED_ASKED in figure.subject) == adjusted
            and not opposite_direction(asked, figure.subject)
        )
        if figure.kind == "amount" and planned and len(item_core(figure.subject)) < MIN_ITEM:
            return DocumentReading(ReadingKind.WHOLE_PLAN, document, stated=(figure,))
    for table in document.tables:
        row = table.total_row
        if table.kind not in WHOLE_BUDGET_TABLES or row is None:
            continue  # a “三公” table's 预算数 is no whole budget
        whole = side_total(row, side)
        if whole is not None and not opposite_direction(asked, f"{table.title}{row.label}{whole.column}"):
            return DocumentReading(ReadingKind.WHOLE_PLAN, document, figures=(TableFigure(row, whole),))
    return read_whole_plan(document, asked=asked) if adjusted else None  # no 调整预算: the 年初 one, said so

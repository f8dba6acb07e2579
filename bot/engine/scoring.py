"""Scoring a question's subject against one document's records: rows, column totals, tables, narrative.

Every record kind is scored by `bot.engine.similarity`; cue words add small bonuses (a table the question
names, a column it asks for, a 科目编码 it gives). The best-scored records are what the matcher reads.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bot.engine.cells import LAST_YEAR, NAMED_YEAR, asked_side, main_cell, names_a_side, this_years
from bot.engine.documents import Selection
from bot.engine.entries import (
    Cell,
    DocumentIndex,
    IndicatorEntry,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TargetEntry,
    TermEntry,
)
from bot.engine.lexicon import (
    AMOUNT_NOUN_ENDINGS,
    AMOUNT_TABLE_PRIORITY,
    CHANGE_OF_HOLDING_ASKED,
    CHANGE_OF_HOLDING_WORDS,
    CURRENT_TOTAL_WORDS,
    MAIN_COLUMN_WORDS,
    MEASURE_WORDS,
    MONEY_NAMES,
    OTHER_COLUMN_WORDS,
    PROJECT_GROUP,
    QUOTA_WORDS,
    SPENDING_PARTS,
    SUM_LEAVES,
    TABLE_ITEM_WORDS,
    TABLE_SUBJECTS,
    TOTAL_LABELS,
    WHOLE_MARKS,
    ColumnCue,
)
from bot.engine.question import Question, segment
from bot.engine.similarity import (
    DIRECTION_WORDS,
    FEE,
    MatchKey,
    broader_than_asked,
    is_subsequence,
    match_key,
    opposite_direction,
    similarity,
)
from knowledge.settings import MatcherSettings
from knowledge.standard_tables import CARRIED_WORDS, TableKind
from knowledge.text import Amount, compact, find_amounts
from knowledge.units import UNIT_ENDINGS

CUE_BONUS = 4.0
SIDE_PENALTY = CUE_BONUS  # a row of the other side of a 收支 table than the question speaks of loses ties
TABLE_NUMBER_BONUS = 8.0
CODE_SCORE = 100.0
QUOTA_PENALTY = 10.0
QUOTA_UNITS = ("人", "辆")  # what a 编制 is a quota of (people, vehicles); 预算编制范围 is no quota
SECTION_BONUS = 5.0
WHOLE_HEADING_BONUS = 25.0
"""Every word of the subject in a sentence's heading: the section is about it (国有资产占有使用情况)."""
MIN_SHORTENED = 2
HEADING_CACHE = 65536  # (word, heading) pairs: a document's sentences share few headings
HEADING_SHARE = 0.8  # a subject's word in a sentence's heading, not the sentence, counts this much
MIN_KEPT_SCORE = 30.0
CLAUSE_PENALTY = 5.0
BROADER_ITEM_SCORE = 60.0  # below any min_score: a parent 科目 never answers for the child asked
MIN_NARROWER = 2
MIN_BODY_NAME = 3
"""A body named before what it holds (江苏省联谊俱乐部) is three characters at least: 机关 names none."""
COORDINATING = ("和", "及", "与", "、")
MODIFIER_MARK = "的"
"""What ends the words that qualify a stated figure's item (…拨款安排的会议费)."""
KEMU_PATH = re.compile(r"([^（）()]+)[（(](?:类|款|项)[)）]")
"""A 科目 named with its parents in a sentence: 卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）."""
CODE_STEP = 2  # a 科目编码 is its parent's and two digits (21011 → 2101101)
WHOLE_ENDS = (*WHOLE_MARKS, "的")
"""基本支出中的办公费: the words between a whole and its part said after it."""
WHOLE_TAIL = 4
"""How many characters of the whole may follow what the subject keeps of it (支出 of 基本支出里), where the
part is said in other words than its row's (水电费 of 电费)."""
GROUP_DEPTH = 2
JOINED = "及"
"""A column under a group under the table's own header (“三公”经费/公务用车购置及运行费/小计) sums the group."""
PATH_SCORE = 90.0  # the subject is the row's parents' names and its own: 财政事务行政运行
MAX_BONUS = 2 * CUE_BONUS + TABLE_NUMBER_BONUS
NAMED_COUNT_SCORE = 90.0  # a count stated of the very words asked (预算单位 in 纳入…范围的预算单位)
PROJECT_COUNT_PENALTY = 5.0  # a project's only count indicator answers a count asked of the project
KIND_RANK = {"row": 0, "column": 1, "table": 2, "stated": 3, "target": 4}


@dataclass(frozen=True, slots=True)
class ColumnTotal:
    """A column of a table read on its total row (基本支出 212.44 on 表三's 合计), or a table's own total
    under the name a question gives it (财政拨款收入 on the 本年收入合计 of the 财政拨款收支总表)."""

    table: TableEntry
    row: RowEntry
    cell: Cell
    key: MatchKey
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or self.cell.leaf


Item = (
    RowEntry
    | ColumnTotal
    | TableEntry
    | StatedEntry
    | TargetEntry
    | IndicatorEntry
    | TermEntry
    | SentenceEntry
)


@dataclass(slots=True)
class Match:
    score: float
    item: Item
    document: DocumentIndex

    @property
    def kind(self) -> str:
        names = {RowEntry: "row", ColumnTotal: "column", TableEntry: "table", StatedEntry: "stated"}
        return names.get(type(self.item), "target")


class Scorer:
    """Scores records against the subject's variants, remembering label pairs already compared.

    `table_rests` are readings of the item with the name of the table it was said to be in taken out
    (公务接待费 of 三公经费公务接待费), each with that name: they hold only within a table or a sentence of
    that name (`within`), never for 结余 anywhere when 三公经费结余 is asked. `whole` is the item's total as the
    question asks it (资产总额), '' when no total is asked."""

    def __init__(
        self,
        variants: list[str],
        years: frozenset[int],
        table_rests: Sequence[tuple[str, str]] = (),
        whole: str = "",
    ) -> None:
        self.keys = [match_key(variant) for variant in variants if variant]
        self.years = years
        self.table_rests = tuple(table_rests)
        self.whole = whole
        self.memo: dict[str, float] = {}
        self.scoped: dict[tuple[str, ...], Scorer] = {}

    def within(self, names: str) -> Scorer:
        """The scorer of records in a table or a sentence whose names are `names`: the readings without
        a table's name join when `names` holds that name."""
        rests = tuple(rest for name, rest in self.table_rests if name in names)
        if not rests:
            return self
        if rests not in self.scoped:
            variants = [key.text for key in self.keys]
            self.scoped[rests] = Scorer([*variants, *rests], self.years, whole=self.whole)
        return self.scoped[rests]

    def narrower_than(self, key: MatchKey, unit_name: str, side: str = "") -> bool:
        """Every reading that holds the record's name says more of substance (专用设备购置 of 设备购置),
        other than what is left of the unit's name (省检 of 江苏省人民检察院) or the record's side: the
        question asks for a narrower item than the record."""
        holding = [query for query in self.keys if key.core in query.core]
        return bool(holding) and all(
            broader_than_asked(query.core, key.core, unit_of_rest(query, key, unit_name), side)
            for query in holding
        )

    def __call__(self, key: MatchKey) -> float:
        if key.text not in self.memo:
            self.memo[key.text] = max(
                (similarity(q, key, self.years, bool(self.whole)) for q in self.keys), default=0.0
            )
        return self.memo[key.text]


def unit_of_rest(query: MatchKey, key: MatchKey, unit_name: str) -> str:
    """The unit's name, where what the query says beside the record may be left of it (省检); '' where
    that is a money the record does not name (财政拨款 of 财政拨款基本支出 asked of a 财政局, whose name
    holds 财政 but never the money)."""
    said = [money for money in MONEY_NAMES if money in query.text and money not in key.text]
    return "" if said else unit_name


@dataclass(frozen=True)
class Query:
    """What is asked, ready to score records against: the subject, its readings, the column cues."""

    question: Question
    subject: str
    variants: tuple[str, ...]
    scorer: Scorer
    columns: tuple[ColumnCue, ...]
    selection: Selection
    documents: tuple[DocumentIndex, ...]
    settings: MatcherSettings


def table_rank(table: TableEntry) -> int:
    return (
        AMOUNT_TABLE_PRIORITY.index(table.kind)
        if table.kind in AMOUNT_TABLE_PRIORITY
        else len(AMOUNT_TABLE_PRIORITY)
    )


def satisfies_columns(table: TableEntry, cells: Iterable[Cell], columns: Sequence[ColumnCue]) -> bool:
    """The table (its title or a column) holds what the question's column words ask for."""
    texts = [table.title, *(cell.column for cell in cells)]
    return all(any(word in text for word in cue.header_words for text in texts) for cue in columns)


def column_totals(table: TableEntry) -> list[ColumnTotal]:
    """Each column read on the table's total row, by its name; a group's 小计 by the group's name
    (公务用车购置及运行费 of “三公”经费/公务用车购置及运行费/小计, or of 公务用车购置及运行费/小计 where the group
    joining its parts heads the column itself), unless the group is a side (预算数/合计)."""
    total = table.total_row
    if total is None:
        return []
    found = []
    depth = GROUP_DEPTH - 1 if table.by_side else GROUP_DEPTH  # its sides are rows, not a heading level
    for cell in total.cells:
        if not cell.leaf or cell.leaf[:4].isdigit():
            continue
        heads = cell.column.split("/")
        if not any(word in cell.leaf for word in MAIN_COLUMN_WORDS):
            found.append(ColumnTotal(table, total, cell, match_key(cell.leaf)))
            if len(heads) > 1 and (named := named_with_group(heads[-2], cell.leaf, total.cells)):
                found.append(ColumnTotal(table, total, cell, match_key(named), named))
        elif (
            (len(heads) > depth or len(heads) > 1 and JOINED in heads[-2])  # 公务用车购置及运行费/小计 on top
            and cell.leaf in SUM_LEAVES
            and not names_a_side(heads[-2])
        ):
            found.append(ColumnTotal(table, total, cell, match_key(heads[-2]), heads[-2]))
    return found


def named_with_group(group: str, leaf: str, cells: Sequence[Cell]) -> str:
    """运行费 under 公务用车购置及运行费 is 公务用车运行费: a leaf naming one of the items its group joins, said
    with the words the group puts before them; '' for any other leaf."""
    head = group.partition(JOINED)[0]
    stems = {c.leaf.removesuffix(FEE) for c in cells if group in c.column.split("/")[:-1]}
    first = next((stem for stem in stems if stem and head.endswith(stem) and stem != head), "")
    said = leaf.removesuffix(FEE)
    if not first or JOINED not in group or said not in stems or said not in group:
        return ""
    return head.removesuffix(first) + leaf


def side_totals(table: TableEntry) -> list[ColumnTotal]:
    """The table's totals under the names a question gives them (bot.engine.lexicon.TABLE_SUBJECTS): each
    side's total for the year (本年收入合计, else the side's first total), in its main column."""
    found = []
    for name in TABLE_SUBJECTS.get(table.kind, ()):
        direction = name[-2:]
        sided = [row for row in table.rows if row.side == direction]
        if not sided and direction not in table.title and "收支" not in table.title:
            continue
        totals = [row for row in sided or table.rows if row.is_total or row.key.text in TOTAL_LABELS]
        current = [row for row in totals if row.key.text.startswith(CURRENT_TOTAL_WORDS)]
        row = next(iter(current or totals), None)
        cell = main_cell(row, []) if row is not None else None
        if row is not None and cell is not None:
            found.append(ColumnTotal(table, row, cell, match_key(name), name))
    return found


def named_total(row: RowEntry, question: Question) -> bool:
    """A total row the question names word for word (本年支出合计): a row like any other. Other totals
    (合计; 本年收入合计 for 收入 or 收支总计) are read as the table's or a column's total."""
    return any(word in row.key.text for word in DIRECTION_WORDS) and row.key.text in compact(question.text)


def amount_matches(
    document: DocumentIndex, score: Scorer, question: Question, columns: Sequence[ColumnCue]
) -> list[Match]:
    """Rows, column totals, whole tables and narrative amounts of one document, scored."""
    found: list[Match] = []
    named_tables = {id(table) for table in document.tables if table_named(question, table)}
    children: dict[str, list[RowEntry]] | None = None
    asked = compact(question.text)
    carried_asked = any(word in question.text for word in CARRIED_WORDS)
    anywhere = score  # each record is scored by `anywhere.within` the names of its table or sentence
    for row in document.rows:
        if (row.key.text in TOTAL_LABELS and not named_total(row, question)) or (
            row.table.is_projects and row.table.total_row is row
        ):
            continue
        if row.table.by_side:
            continue  # 调整预算数 names a side, no item: its table is read by its columns' totals
        score = anywhere.within(table_names(row.table))
        if row.code and any(code != row.code and code.startswith(row.code) for code in question.codes):
            continue
        value = CODE_SCORE if row.code and row.code in question.codes else score(row.key)
        if (
            value > BROADER_ITEM_SCORE
            and not row.code
            and score.narrower_than(row.key, document.head.unit_name, row.side)
        ):
            value = min(value, BROADER_ITEM_SCORE)
        if not (row.code and row.code in question.codes):
            narrower = narrower_part(score, row)
            if said_with_its_parents(narrower, row, asked):
                value = max(value, PATH_SCORE)
            elif row.code and len(narrower) >= MIN_NARROWER:
                value = min(value, BROADER_ITEM_SCORE)
            elif row.code and value > BROADER_ITEM_SCORE:
                children = children_by_code(document) if children is None else children
                if names_unlisted_part(score, row.key, [child.key for child in children.get(row.code, [])]):
                    value = BROADER_ITEM_SCORE
        if row.side and row.side not in question.text and opposite_said(question.text, row.side):
            value -= SIDE_PENALTY
        # 一般公共预算财政拨款 under 年初财政拨款结转和结余: carried money, not the year's own
        if not carried_asked and carried_part(row):
            value -= SIDE_PENALTY
        if value + MAX_BONUS < MIN_KEPT_SCORE:
            continue
        if columns and satisfies_columns(row.table, row.cells, columns):
            value += CUE_BONUS
        if question.table_number is not None and row.table.number_value == question.table_number:
            value += TABLE_NUMBER_BONUS
        if id(row.table) in named_tables:
            value += CUE_BONUS
        if value >= MIN_KEPT_SCORE:
            found.append(Match(value, row, document))
    others: list[Match] = []
    for table in document.tables:
        score = anywhere.within(table_names(table))
        bonus = CUE_BONUS if id(table) in named_tables else 0.0
        totals = [*column_totals(table), *side_totals(table)]
        if table.by_side:
            totals = on_asked_side(totals, table.side_row(asked_side(columns, question.text)))
        others += [
            Match(
                column_total_score(value, table, question) + bonus + year_bonus(total, columns),
                total,
                document,
            )
            for total in totals
            if (value := score(total.key)) <= BROADER_ITEM_SCORE
            or not score.narrower_than(total.key, document.head.unit_name)
        ]
        names = [
            table.key,
            match_key(table.kind),
            *(match_key(part) for part in kind_words(table)),
            *(match_key(name) for name in TABLE_SUBJECTS.get(table.kind, ()) if table.no_data),
        ]
        value = max(score(key) for key in names)
        named = max(names, key=score)
        if value > BROADER_ITEM_SCORE and only_a_part_of(table, asked):
            value = BROADER_ITEM_SCORE  # 一般公共预算财政拨款支出: not the 基本支出 table's total
        if (
            value > BROADER_ITEM_SCORE
            and (part_said_within(table, asked) or narrows_by_a_printed_word(score, named, document))
            and score.narrower_than(named, document.head.unit_name)
        ):
            value = BROADER_ITEM_SCORE  # 三公经费中火箭, 三公经费结余: what the table does not print, not the table
        others.append(Match(value, table, document))
    asked_subject = anywhere.keys[0].text if anywhere.keys else ""  # a 收入 figure never answers for 支出
    for figure in document.stated:
        if figure.kind != "amount" or opposite_direction(asked_subject, figure.subject):
            continue
        score = anywhere.within(compact(figure.sentence))
        value = stated_score(score, figure)
        if of_other_column(figure, document, columns):
            value = min(value, BROADER_ITEM_SCORE)
        if value <= BROADER_ITEM_SCORE or not score.narrower_than(figure.key, document.head.unit_name):
            others.append(Match(value, figure, document))
    return found + [match for match in others if match.score >= MIN_KEPT_SCORE]


def year_bonus(total: ColumnTotal, columns: Sequence[ColumnCue]) -> float:
    """2023年预算数/公务接待费 beside 2024年预算数/公务接待费: the column of the year asked (a column cue names
    it) wins, else this year's, as a row's figure is this year's (`this_years`)."""
    asked = [cue.label for cue in columns if NAMED_YEAR.fullmatch(cue.label)]
    if any(year in total.cell.column for year in asked):
        return CUE_BONUS
    dated = NAMED_YEAR.search(total.cell.column) or LAST_YEAR.search(total.cell.column)
    if asked or not dated:  # a column naming no year is this year's: its row's years need no reading
        return 0.0
    return 0.0 if total.cell in this_years(list(total.row.cells)) else -CUE_BONUS


def on_asked_side(totals: list[ColumnTotal], row: RowEntry | None) -> list[ColumnTotal]:
    """A table of one row per side read on the side asked (its 年初预算数 row for 预算多少): each column's
    figure on that row."""
    if row is None:
        return totals
    cells = {cell.column: cell for cell in row.cells}
    return [
        replace(total, row=row, cell=cells[total.cell.column])
        for total in totals
        if total.cell.column in cells
    ]


def part_said_within(table: TableEntry, asked: str) -> bool:
    """三公经费中火箭, 三公经费里的火箭费: the question names the table and a part of it after a word of
    within, so the table's whole is no answer."""
    return any(f"{word}{mark}" in asked for word in kind_words(table) for mark in WHOLE_MARKS)


def only_a_part_of(table: TableEntry, asked: str) -> bool:
    """The table's title names a part of 支出 (基本支出, 项目支出) the question does not say: its total is
    that part's, not the 支出 asked."""
    title = compact(table.title)
    return any(part in title and part[:2] not in asked for part in SPENDING_PARTS)


def narrows_by_a_printed_word(score: Scorer, named: MatchKey, document: DocumentIndex) -> bool:
    """三公经费结余: what the subject says beside a table's name names an amount of its own (结余) or is a
    word the document's rows or stated figures print, so it asks a narrower thing than the table's whole;
    a word none prints (三公经费大盘, 三公经费有一个亿) only says the whole another way."""
    extras = [key.core.replace(named.core, "", 1) for key in score.keys if named.core in key.core]
    words = [extra for extra in extras if len(extra) >= MIN_NARROWER]
    if any(word.endswith(AMOUNT_NOUN_ENDINGS) for word in words):
        return True
    names = itertools.chain((row.key for row in document.rows), (figure.key for figure in document.stated))
    return bool(words) and any(word in key.core for key in names for word in words)


def column_total_score(value: float, table: TableEntry, question: Question) -> float:
    """A column's total read as the whole of what the column names: in a 项目支出 table it is only the
    projects' part (政府性基金预算 of 项目支出), unless 项目 is said; in a 收入 table, income, which a
    question about 支出 does not ask."""
    if table.is_projects and PROJECT_GROUP not in question.text:
        return min(value, BROADER_ITEM_SCORE)
    if table.kind == TableKind.INCOME and opposite_said(question.text, "收入"):
        return value - SIDE_PENALTY
    return value


def carried_part(row: RowEntry) -> bool:
    """A row printed under money carried over (一般公共预算财政拨款 under 年初财政拨款结转和结余)."""
    return any(word in ancestor.label for ancestor in row.ancestors() for word in CARRIED_WORDS)


def said_with_its_parents(narrower: str, row: RowEntry, text: str) -> bool:
    """The subject says the row's parents' names before its own: a 科目 with any of its parents' (人力资源和
    社会保障管理事务行政运行); an uncoded row, grouped only by where it stands, with its parents' whole names
    (商品和服务支出办公费, never 财政拨款 of 财政拨款收入); or the question (`text`) says the row within the
    whole its table or one of its columns is of (基本支出中的办公费, in a 基本支出 table or column)."""
    parents = [ancestor.key.core for ancestor in row.ancestors()][::-1]
    if not narrower or not row.key.core:
        return False
    whole_said = any(f"{word}{row.key.core}" in text for word in WHOLE_ENDS) or re.search(
        rf"{re.escape(narrower)}[\u4e00-\u9fff]{{0,{WHOLE_TAIL}}}?(?:{'|'.join(WHOLE_ENDS)})", text
    )
    if whole_said and (
        narrower in row.table.key.core
        or any(compact(head).endswith(narrower) for column in row.table.columns for head in column.split("/"))
    ):
        return True
    if row.code:
        return narrower in "".join(parents)
    return any(narrower == "".join(parents[start:]) for start in range(len(parents)))


def narrower_part(score: Scorer, row: RowEntry) -> str:
    """What the subject says beyond the row's name when every reading of it holds the name: 其他 in
    其他人力资源和社会保障管理事务 (a narrower 科目 the row only sums), or the row's parents'
    names (人力资源和社会保障管理事务行政运行); '' when a reading is the row itself."""
    extras = [key.core.replace(row.key.core, "", 1) for key in score.keys if row.key.core in key.core]
    if not extras or len(extras) < len(score.keys):
        return ""
    return min(extras, key=len)


def opposite_said(text: str, side: str) -> bool:
    """The question speaks of the other side of a 收支 table only (支出 asked, a 收入 row found)."""
    return any(word in text for word in DIRECTION_WORDS if word != side)


def children_by_code(document: DocumentIndex) -> dict[str, list[RowEntry]]:
    """The rows under each 科目编码 anywhere in the document (2101101 under 21011), though the table a row
    is read from lists only the 类 and 款."""
    children: dict[str, list[RowEntry]] = {}
    for row in document.rows:
        if row.code and len(row.code) > CODE_STEP:
            children.setdefault(row.code[:-CODE_STEP], []).append(row)
    return children


def names_unlisted_part(score: Scorer, whole: MatchKey, parts: list[MatchKey]) -> bool:
    """事业单位医疗 asked where 行政事业单位医疗 lists only 行政单位医疗 (or the other way round): the row
    names two kinds together and one of them is its child, so the other kind, asked, is a child the
    document does not list — never the row, which sums both."""
    readings = [key.core for key in score.keys]
    if whole.core in readings:
        return False
    return any(coordinated_part(reading, whole.core, part.core) for reading in readings for part in parts)


def coordinated_part(part: str, whole: str, sibling: str) -> bool:
    """Whether `whole` names `part` and `sibling` together: 行政事业单位医疗 of 事业单位医疗 and 行政单位医疗
    (their heads 事业 and 行政 before the words they share, 单位医疗)."""
    shared = len(os.path.commonprefix([part[::-1], sibling[::-1]]))
    head, other = part[: len(part) - shared], sibling[: len(sibling) - shared]
    if shared < MIN_NARROWER or not head or not other or head == other:
        return False
    tail = part[len(head) :]
    pairs = ((head, other), (other, head))
    return any(
        whole == first + joiner + second + tail for first, second in pairs for joiner in ("", *COORDINATING)
    )


def asks_only_the_modifier(score: Scorer, subject: str) -> bool:
    """一般公共预算拨款 asked, 一般公共预算拨款安排的会议费 stated: the words asked only qualify what the
    figure is of, the head after the last 的, which no reading names (a 的 of a saying compared in its
    one form, 由中小企业中标的 → 授予中小企业, is no such mark)."""
    modifier, joined, head = match_key(subject).text.rpartition(MODIFIER_MARK)
    head_core = match_key(head).core
    if not joined or not modifier or len(head_core) < MIN_NARROWER:
        return False
    return not any(head_core in key.core or key.core in head_core for key in score.keys if key.core)


def of_other_column(figure: StatedEntry, document: DocumentIndex, columns: Sequence[ColumnCue]) -> bool:
    """年初预算为36.50万元 stated in a 决算 whose 决算数 is asked: a figure of a column the question does
    not ask, other than the document's own, never answers for it."""
    asked = [word for cue in columns for word in cue.words]
    return any(word in figure.subject for word in OTHER_COLUMN_WORDS.get(document.head.kind, ())) and not any(
        word in figure.subject for word in asked
    )


BARE_YEAR_CORES = ("本年", "本年度", "当年", "当年度", "今年", "上年", "上年度")
"""What is left of 本年预算安排 or 本年支出 once generic words go: a year, which names no item."""


def stated_score(score: Scorer, figure: StatedEntry) -> float:
    """A narrative figure fits by what the sentence says it is of, or by the words of its clause; a figure
    of a 科目 path is never one of the kind its 款 names beside it (行政单位医疗 is not 行政事业单位医疗
    （款）事业单位医疗（项）)."""
    value = max(score(figure.key), score(figure.clause_key) - CLAUSE_PENALTY)
    *parents, item = KEMU_PATH.findall(figure.subject) or [""]
    for row in (figure.row_key, match_key(item) if parents else None):
        if row is not None and not any(row.core in key.core for key in score.keys):
            value = min(
                value, score(row)
            )  # 事业单位离退休 is no figure of 行政事业单位养老支出行政单位离退休,
            # nor 社会保障缴费 of 社会保障和就业支出（类）…机关事业单位职业年金缴费支出（项）
    if figure.key.core in BARE_YEAR_CORES and all(key.text != figure.key.text for key in score.keys):
        value = min(value, BROADER_ITEM_SCORE)  # 本年预算安排 names no item beside its year: not 本年支出
    if value <= BROADER_ITEM_SCORE:
        return value
    if asks_only_the_modifier(score, figure.subject):
        return BROADER_ITEM_SCORE
    if parents and names_unlisted_part(score, match_key(parents[-1]), [match_key(item)]):
        return BROADER_ITEM_SCORE
    return value


def kind_words(table: TableEntry) -> list[str]:
    """三公经费和机关运行经费 → [三公经费, 机关运行经费]: the names a question may give the table."""
    return [part for part in compact(table.kind).split("和") if len(part) >= 3]


def table_names(table: TableEntry) -> str:
    """The names a question places an item in this table by: its kind's parts, and the word said after
    an item of it (采购 of 修缮工程采购)."""
    return "".join((*kind_words(table), *TABLE_ITEM_WORDS.get(table.kind, ())))


def table_named(question: Question, table: TableEntry) -> bool:
    """The question names the table an item is in (“三公”经费中的公务接待费, 修缮工程采购)."""
    text = compact(question.text)
    if question.table_words and question.table_words in compact(table.title):
        return True
    return any(part in text for part in (*kind_words(table), *TABLE_ITEM_WORDS.get(table.kind, ())))


def without_table_names(subject: str, documents: list[DocumentIndex]) -> list[tuple[str, str]]:
    """三公经费公务接待费 → (三公经费, 公务接待费), 修缮工程采购 → (采购, 修缮工程): the item once the table
    it was said to be in is taken out, with the name taken out. The table is named first (…中的…), or by
    a word before or after the item (采购PC服务器, …采购); words before its name qualify it (省人大三公经费),
    they are no item."""
    tables = [table for document in documents for table in document.tables]
    parts = {part for table in tables for part in kind_words(table)}
    after = {word for table in tables for word in TABLE_ITEM_WORDS.get(table.kind, ())}
    rests = [
        (part, rest)
        for part in parts
        if subject.startswith(part) and len(rest := subject.replace(part, "")) >= 2
    ]
    return rests + [
        (word, rest)
        for word in after
        for rest in (subject.removesuffix(word), subject.removeprefix(word))
        if rest != subject and len(rest) >= 2
    ]


def sort_matches(matches: list[Match]) -> list[Match]:
    def order(match: Match) -> tuple[float, int, int]:
        table = getattr(match.item, "table", match.item)
        rank = table_rank(table) if isinstance(table, TableEntry) else len(AMOUNT_TABLE_PRIORITY)
        return (-round(match.score), KIND_RANK.get(match.kind, 5), rank)

    return sorted(matches, key=order)


def scored(items: Iterable[tuple[MatchKey, Item]], document: DocumentIndex, score: Scorer) -> list[Match]:
    return [Match(score(key), item, document) for key, item in items]


def best(matches: list[Match], limit: int = 20) -> list[Match]:
    return sorted(matches, key=lambda m: -m.score)[:limit]


def target_matches(documents: list[DocumentIndex], score: Scorer, measure: str = "") -> list[Match]:
    """Projects' 绩效目标 by project name, and single 绩效指标 by their 三级指标; an indicator counted in
    the measure the question asks in (要开展多少场活动: =300.00(场)) fits better than its project."""
    found = []
    for document in documents:
        for target in document.targets:
            found.append(Match(score(target.key), target, document))
            found += [
                Match(
                    indicator_score(score, target, i, document.head.unit_name)
                    - 1.0
                    + (MEASURE_BONUS if measure and counted_in(i, measure) else 0.0),
                    i,
                    document,
                )
                for i in target.indicators
                if i.level3 and i.value
            ]
    return best(found)


def counted_in(indicator: IndicatorEntry, measure: str) -> bool:
    """The indicator's value is a number in `measure` (≥120.00(人次), 不低于50人次的…)."""
    return bool(re.search(rf"\d\s*[(（]?{re.escape(measure)}", indicator.value))


def printed_count(value: str) -> str:
    """A count as an indicator prints it, without its comparison or brackets: =300.00(场) → 300.00场."""
    return re.sub(r"[()（）\s]", "", value).lstrip("≥≤><=约")


def indicator_score(score: Scorer, target: TargetEntry, indicator: IndicatorEntry, unit_name: str) -> float:
    """An indicator fits by its own name, or by its project's name and its own (零工市场满意度); by its own
    only when the question asks no narrower item (绩效工资 is no 工资总额 indicator)."""
    named = score(match_key(target.project + indicator.level3))
    return named if score.narrower_than(indicator.key, unit_name) else max(named, score(indicator.key))


OTHER_MEASURE_PENALTY = 15.0
OTHER_CLASSIFIER_PENALTY = 2.0
"""几辆 prefers 2辆 to 3部, both counts of the vehicles asked; 几批次 (another measure) is no count in 人次."""
OTHER_NAME_PENALTY = 5.0
"""A count of the noun by another of its names (事业单位 for 下属单位) fits less than one of the name asked."""
MEASURE_BONUS = 10.0
BOUND_SAID_BONUS = 20.0
"""几台100万以上的设备: a count stated in a sentence that says the bound's amount (单价100万元以上设备0台) is it."""


def asked_measure(text: str, units: tuple[str, ...]) -> str:
    """几批次, 多少人次: the measure word the question counts in, when it is one a count may be printed in;
    a sentence listing 2批次、26人次 then answers with the count in it. '' when none is said."""
    return next(
        (
            unit
            for unit in sorted(units, key=len, reverse=True)
            if f"几{unit}" in text or f"多少{unit}" in text
        ),
        "",
    )


PEOPLE_MEASURES = ("人", "人次", "名", "位", "户")
"""Measures that count people (or households), never things: 5万人次 answers no 几个."""


def counts_people(measure: str) -> bool:
    return measure.endswith(PEOPLE_MEASURES)


def changes_hands(subject: str) -> bool:
    """The count is of things bought or given up (购置车辆), not of things held (共有车辆)."""
    return any(word in subject for word in CHANGE_OF_HOLDING_WORDS)


def other_holding(figure: StatedEntry, question: Question) -> bool:
    """A count of things held where things bought are asked (今年买几辆车), or the other way round."""
    return changes_hands(figure.subject) != any(word in question.text for word in CHANGE_OF_HOLDING_ASKED)


def held_by_other_body(subject: str, counted: list[str], unit: str, question: str) -> bool:
    """江苏省联谊俱乐部在职人员 stated, 在职人员 (or only 多少人) asked of 省政协办公厅: the count of another body
    its sentence names, never the unit's own, unless the question names that body."""
    for word in counted:
        if word and (at := subject.find(word)) > 0:
            body = subject[:at]
            named = len(body) >= MIN_BODY_NAME and body[-1] in UNIT_ENDINGS
            return named and body not in question and not is_subsequence(body, unit)
    return False


def count_matches(documents: list[DocumentIndex], score: Scorer, question: Question) -> list[Match]:
    """Counts the narrative states (在职人员15人, 实有车辆2辆) and 绩效指标 whose value is a count.

    The counted noun's other names are tried too (公务用车 → 车辆), a count stated of the very words
    asked fits well however long its subject, and a quota (编制) counts less than what is held unless
    the question asks for the quota; asked, only a quota answers.
    """
    noun = question.count_noun
    assert noun is not None
    only_noun = all(key.text in noun.nouns for key in score.keys)
    asked = {key.text for key in score.keys}
    other_names = Scorer([name for name in noun.nouns if name not in asked] if only_noun else [], score.years)
    quota_said = any(word in question.text for word in QUOTA_WORDS)
    quota_asked = quota_said or noun.unit not in QUOTA_UNITS
    measure = asked_measure(question.text, noun.printed_units)
    own_classifier = measure in (noun.unit, *noun.asked_with)  # 几个单位 is asked of 5家 too, 几辆 of 3部
    said = asked_measure(question.text, MEASURE_WORDS)
    bound = (
        f"{question.bound.amount.value.normalize():f}{question.bound.amount.unit}" if question.bound else ""
    )
    named = [word for word in noun.nouns if len(word) > 1 and word in question.text]  # 几个项目
    asks_people = counts_people(said) or counts_people(noun.unit)  # 几个人 counts people, 几个中心 things
    holding = bool(HOLDING_ASKED.search(question.text))
    asked_words = [key.core for key in score.keys] + sorted(noun.nouns, key=len, reverse=True)
    found = []
    for document in documents:
        for figure in document.stated:
            if figure.unit in noun.printed_units:
                by_name = max(score(figure.key), other_names(figure.key) - OTHER_NAME_PENALTY)
                value = max(stated_score(score, figure), by_name)
                if named and not any(is_subsequence(word, figure.subject) for word in noun.nouns):
                    value -= (
                        OTHER_MEASURE_PENALTY  # 发现问题0个 is no count of 项目; 下属预算单位 is of 下属单位
                    )
                if any(key.text and key.text in figure.key.text for key in score.keys):
                    value = max(value, NAMED_COUNT_SCORE)
                quota = any(word in figure.subject for word in QUOTA_WORDS)
                if not quota_asked and quota:
                    value -= QUOTA_PENALTY
                if quota_said and not quota:
                    value = min(value, BROADER_ITEM_SCORE)  # 编制多少 is no count of 在职人员
                if measure and not figure.unit.startswith(measure):
                    value -= OTHER_CLASSIFIER_PENALTY if own_classifier else OTHER_MEASURE_PENALTY
                if other_holding(figure, question):
                    value = min(
                        value, BROADER_ITEM_SCORE
                    )  # 买几辆车 asks no count of cars held, 有几辆车 none bought
                if bound and bound in figure.sentence:
                    value += BOUND_SAID_BONUS
                if question.bound and another_bound(figure.subject, question.bound.amount):
                    value = min(value, BROADER_ITEM_SCORE)  # 单价100万元以上设备 is no count of 50万元以上
                if held_by_other_body(figure.subject, asked_words, document.head.unit, question.text):
                    value = min(value, BROADER_ITEM_SCORE)
                found.append(Match(value, figure, document))
        for target in document.targets:
            counted = [
                indicator
                for indicator in target.indicators
                if (printed := printed_count(indicator.value)).endswith(noun.printed_units)
                and printed[:1].isdigit()
            ]
            for indicator in counted:
                alone = len({other.level3 for other in counted}) == 1  # printed once per scope
                by_project = score(target.key) - PROJECT_COUNT_PENALTY if alone else 0.0
                fit = max(indicator_score(score, target, indicator, document.head.unit_name), by_project)
                if said and not printed_count(indicator.value).endswith(said):
                    fit -= OTHER_MEASURE_PENALTY  # 活动多少场 is no 中心全年活动人次
                if said and counts_people(printed_count(indicator.value)) != asks_people:
                    continue  # 几个中心 is never 中心全年活动人次: people are counted, not the things asked
                if holding and narrower_count(score, indicator):
                    fit = min(fit, BROADER_ITEM_SCORE)  # 有几个村 is no 污水管网建设行政村数 of one project
                found.append(Match(fit, indicator, document))
    return best(found)


HOLDING_ASKED = re.compile(r"有(?:几|多少)")
"""新安镇有几个村, 有多少辆车: what the unit has, never a project's target."""
MIN_COUNTED_SHARE = 0.5
"""The asked words are at least this share of an indicator's name for its count to be what is held."""


def narrower_count(score: Scorer, indicator: IndicatorEntry) -> bool:
    """污水管网建设行政村数 of 有几个村: the indicator counts a narrower thing (the villages one project
    reaches) than what the question asks the unit has."""
    asked = max((len(key.core) for key in score.keys), default=0)
    return asked < MIN_COUNTED_SHARE * len(indicator.key.core)


def another_bound(subject: str, asked: Amount) -> bool:
    """The figure's subject names an amount bound (单价100万元（含）以上设备), and not the one asked."""
    said = [amount.in_yuan for amount in find_amounts(subject) if amount.in_yuan is not None]
    return bool(said) and asked.in_yuan not in said


def sentence_matches(document: DocumentIndex, subjects: list[str]) -> list[Match]:
    """Narrative sentences scored by how much of a subject's words they hold (下设 + 机构), a word their
    heading holds counting for a little less (国有资产占有使用情况 of the section of that name)."""
    found: list[Match] = []
    for subject in subjects:
        found += sentence_matches_for(document, subject)
    return sorted(found, key=lambda m: -m.score)


def sentence_words(subject: str) -> list[str]:
    """The subject's words, single characters the segmenter left standing side by side joined back
    (零 + 工 → 零工): a sentence holds them together, not each anywhere (工 of 工作, 零 of 零星)."""
    words: list[str] = []
    run = ""
    for word in [*segment(compact(subject)), ""]:
        if len(word) == 1 and not word.isascii():
            run += word
            continue
        words += [run] if run else []
        words += [word] if word else []
        run = ""
    return words


@functools.lru_cache(maxsize=HEADING_CACHE)
def in_heading(word: str, heading: str) -> bool:
    """A word of the subject in a heading, whole or shortened as Chinese shortens a phrase, keeping some
    of its characters in order (占用 of 国有资产占有使用情况, 机构 of 机构设置)."""
    if word in heading:
        return True
    shortened = ".{0,2}".join(re.escape(character) for character in word)
    return len(word) >= MIN_SHORTENED and re.search(shortened, heading) is not None


def sentence_matches_for(document: DocumentIndex, subject: str) -> list[Match]:
    words = [word for word in sentence_words(subject) if len(word) >= 2 or not word.isascii()]
    total = sum(len(word) for word in words)
    if not total:
        return []
    found = []
    for sentence in document.sentences:
        held = sum(
            len(word)
            * (
                1.0
                if word in sentence.key.text
                else HEADING_SHARE
                if in_heading(word, sentence.section)
                else 0.0
            )
            for word in words
        )
        if held:
            headed = [in_heading(word, sentence.section) for word in words]
            heading = WHOLE_HEADING_BONUS if all(headed) else SECTION_BONUS if any(headed) else 0.0
            found.append(
                Match(100.0 * held / total + heading - len(sentence.key.text) / 100.0, sentence, document)
            )
    return sorted(found, key=lambda m: -m.score)

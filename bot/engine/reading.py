"""What the matcher decided a question means: its kind, and the records that answer it in each document.

The matcher (bot.engine.matcher) returns one frozen `Reading`; a composer (bot.compose_*) only words it. A new
question form is one `ReadingKind`, one reading function and one composer in the composer table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.engine.entries import (
    Cell,
    DocumentEntry,
    DocumentIndex,
    IndicatorEntry,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TargetEntry,
    TermEntry,
)
from bot.engine.question import AmountBound


class ReadingKind(StrEnum):
    """Every kind of answer; the value is what `Answer.intent` shows."""

    EMPTY = "empty"
    NOT_LOADED = "not_loaded"
    NOT_FOUND = "not_found"
    CHOOSE_DOCUMENT = "choose_document"
    CHOOSE_UNIT = "choose_comparison"
    CHOOSE_ITEM = "choose_item"
    COMPARE = "compare"
    COMPARE_ITEMS = "compare_items"
    PER_CAPITA = "per_capita"
    RANK_DOCUMENTS = "rank_documents"
    ROW = "amount"
    COLUMN_TOTAL = "column_total"
    TABLE = "table"
    EMPTY_TABLE = "empty_table"
    STATED = "stated"
    WHOLE_PLAN = "whole_plan"
    CONCEPT = "concept"
    CONCEPT_SUM = "concept_sum"
    CONCEPT_CHANGE = "concept_change"
    RANK_CHANGE = "rank_change"
    RANK_COMPLETION = "rank_completion"
    TOPIC = "topic"
    RIVALS = "rivals"
    OVERVIEW = "overview"
    DEFINE = "define"
    TARGET = "target"
    INDICATOR = "indicator"
    TARGET_LIST = "target_list"
    UNTARGETED = "untargeted"
    COUNT = "count"
    FACT = "fact"
    MENTIONED = "mentioned"
    CHANGE = "change"
    TABLE_CHANGE = "table_change"
    STATED_DIFFERENCE = "stated_difference"
    SHARE = "share"
    COMPUTED_SHARE = "computed_share"
    PLAN_COMPLETION = "plan_completion"
    RANK = "rank"
    LIST = "list"
    FILTER = "filter"
    EACH = "each"
    MAIN_USES = "main_uses"
    INCOME_SOURCES = "income_sources"
    CODE = "code"
    COUNT_ROWS = "count_rows"
    UNIT_LIST = "unit_list"
    CHECK = "check"
    TABLE_AGREEMENT = "table_agreement"
    DOCUMENTS = "documents"
    TERM_LIST = "term_list"
    TABLE_LIST = "table_list"
    MONEY_UNIT = "money_unit"

    @property
    def intent(self) -> str:
        """The family `Answer.intent` names: every amount reading is an amount, an indicator a target."""
        return INTENT_FAMILIES.get(self, self.value)


INTENT_FAMILIES = {
    ReadingKind.COMPARE_ITEMS: "compare",
    ReadingKind.COLUMN_TOTAL: "amount",
    ReadingKind.TABLE: "amount",
    ReadingKind.EMPTY_TABLE: "amount",
    ReadingKind.STATED: "amount",
    ReadingKind.WHOLE_PLAN: "amount",
    ReadingKind.CONCEPT: "amount",
    ReadingKind.CONCEPT_SUM: "amount",
    ReadingKind.RIVALS: "amount",
    ReadingKind.INDICATOR: "target",
    ReadingKind.TARGET_LIST: "target",
    ReadingKind.UNTARGETED: "target",
    ReadingKind.COMPUTED_SHARE: "share",
    ReadingKind.PLAN_COMPLETION: "share",
    ReadingKind.TABLE_CHANGE: "change",
    ReadingKind.CONCEPT_CHANGE: "change",
    ReadingKind.RANK_CHANGE: "rank",
    ReadingKind.RANK_COMPLETION: "rank",
    ReadingKind.STATED_DIFFERENCE: "change",
    ReadingKind.CODE: "amount",
    ReadingKind.COUNT_ROWS: "count",
    ReadingKind.UNIT_LIST: "list",
    ReadingKind.TABLE_AGREEMENT: "check",
}


@dataclass(frozen=True, slots=True)
class TableFigure:
    """A row read in one column (None: the row has no cell there), optionally under another name."""

    row: RowEntry
    cell: Cell | None
    label: str = ""


@dataclass(frozen=True)
class DocumentReading:
    """One document's answer: its kind and the records it is worded from, most telling first.

    figures: table figures (the answer first; a list's rows in order); elsewhere: the same item in other
    tables; stated: narrative figures; sentences: narrative sentences; name: what the records are
    (a list's group, the term asked); count: how many rows the group holds; exact: the record is
    what was asked, not only the closest one.
    """

    kind: ReadingKind
    document: DocumentIndex
    figures: tuple[TableFigure, ...] = ()
    elsewhere: tuple[TableFigure, ...] = ()
    stated: tuple[StatedEntry, ...] = ()
    sentences: tuple[SentenceEntry, ...] = ()
    table: TableEntry | None = None
    term: TermEntry | None = None
    targets: tuple[TargetEntry, ...] = ()
    indicators: tuple[IndicatorEntry, ...] = ()
    name: str = ""
    unit: str = ""
    qualifier: str = ""
    count: int = 0
    ascending: bool = False
    exact: bool = True
    place: str = ""
    """第二多, 倒数第二: the place of a ranking asked; its figures are the ranking up to that place."""
    checked: str = ""
    """办公费是最多的吗: the item whose place in the ranking is asked; the figures rank up to it."""
    among: int = 0
    """How many items a ranking of some of them is among (执行率最低的 of the 15 items stated); of a list of
    indicators within a bound, how many of the kind there are."""
    within: str = ""
    """指标值不低于 95% of 满意度95%以上的项目: the bound the indicators listed meet."""
    places_asked: bool = False
    """办公费在哪些表里: every table printing the item is read, and said first."""
    defined: str = ""
    """The classes a concept no table prints is made of, added up as its figures (工资福利支出、对个人和家庭的
    补助 for 人员经费)."""
    attribute: str = ""
    """一次性 of 哪些项目是一次性项目: the 项目属性 the projects listed are of."""
    carried: tuple[TableFigure, ...] = ()
    topic: str = ""
    """社区 of 跟社区有关的项目: the word the names of the projects listed hold."""
    lacking: str = ""
    """满意度指标 of 哪些项目没有满意度指标: the kind of indicator the projects listed set none of."""
    units: tuple[tuple[TableFigure, ...], ...] = ()
    """各单位的三公经费 of a table by unit whose 合计 also holds 会议费 and 培训费: each unit's figures of the
    concept (its 小计, or its parts to add up), in the order they are said."""
    excluded: str = ""
    """办公费 of 除了办公费还有什么: the item the list is asked without; its rows are left out."""
    left_out: int = 0
    """How many of the group's rows name the excluded item (none: the list never held it)."""
    """A side's grand total read (支出总计): the year's own total (本年支出合计) and the money carried from or
    to other years (年末结转和结余) that it adds, as its table prints them."""


@dataclass(frozen=True)
class YearNotLoaded:
    """The year a comparison is against (or a question asks of) is not loaded: what is, and whether the
    narrative may answer."""

    missing: str
    units: tuple[str, ...]
    loaded: tuple[DocumentEntry, ...]
    """The documents of those units that are loaded, each named by its year, scope and kind."""
    narrative_may_answer: bool
    asks_change: bool = True
    """Whether the question compares two years (比上年增加多少), not only asks a year that is not loaded."""


@dataclass(frozen=True)
class Reading:
    """The matcher's final reading of a question: its kind, the documents, and each one's answer.

    parts: the documents that answer, each with its reading (for a comparison, one per side, the
    later first); lacking: documents asked about that hold nothing that fits; beside: what the later
    document's narrative says of the change, shown next to a comparison of two years; items: the
    reading of each item a question asks about at once (A和B分别是多少), or sets side by side (A和B哪个多);
    checked: the bound the question asks whether the figure meets (物业管理费是不是超过900万); summed:
    the items' figures are added, for their sum is asked (A和B加起来) or they are the parts of one thing
    asked (水电费), or the rows a ranking or a bound lists are (前三大项目加起来多少).
    """

    kind: ReadingKind
    question: str
    subject: str = ""
    parts: tuple[DocumentReading, ...] = ()
    documents: tuple[DocumentEntry, ...] = ()
    lacking: tuple[DocumentEntry, ...] = ()
    nearest: tuple[str, ...] = ()
    missing: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    unit_named: bool = False
    spend: bool = False
    ascending: bool = False
    beside: DocumentReading | None = None
    checked: AmountBound | None = None
    year_not_loaded: YearNotLoaded | None = None
    items: tuple[Reading, ...] = ()
    summed: bool = False
    ranked_change: int | None = None
    """哪类支出增加最多 of two years compared: the way the 类 its items are were ranked by their change (1 a
    rise, -1 a fall, 0 either), said before them."""
    reason_unstated: bool = False
    """为啥这么少 of an item whose change the narrative does not state: its figure, saying no reason is."""
    agreement_asked: bool = False
    """支出总计表一和表四一致吗: whether the tables that print the item agree, said before its figure."""
    none_stated: bool = False
    """政府购买服务花了多少 where the narrative says 本单位无政府购买服务: that sentence, answering 没有."""
    emptiness_asked: bool = False
    """表十一是空的吗: whether the table named prints anything, said before what it prints."""
    why_unanswered: bool = False
    """为什么有上年结转 answered by a sentence or figure that gives no reason: said after it."""
    plan_unstated: bool = False
    """基本支出比年初预算多还是少 of a 决算 that states no 年初预算 for the item: its figure, saying so."""
    offered: tuple[str, ...] = ()
    """部门预算, 单位预算: the kinds a question about a document asks it to be one of (or whether it is)."""
    meaning_unstated: bool = False
    """公共安全支出是什么 where no 名词解释 or sentence says: what the tables print for it, saying no
    definition is given."""
    use_asked: bool = False
    """卫生健康支出干嘛用 asks what it is for, not what it is: a sentence on its use needs no word on the
    glossary."""
    per_person_unstated: bool = False
    """稳岗补助每人多少钱 where nothing states an amount per person: its whole amount, saying so."""
    purpose_unstated: bool = False
    """项目支出主要用于什么 where no sentence says what the item's money is for: its figures, saying so."""
    table_unprinted: bool = False
    """表十四 of a document whose tables run 表一…表十三: its nearest are the tables it has."""
    as_share: bool = False
    """省高院的三公经费是省政协的百分之几: the first side compared asked as a share of the second."""
    one_unit: bool = False
    """哪个单位最多 where one unit's document answers: its figure, saying no other unit is loaded to rank."""
    printed_place: str = ""
    """第3个 of 第三个项目: the place asked in the order the document lists its projects."""
    row_place: int | None = None
    """2 of 表三第二行, -1 of 最后一行: the place of the table's row asked."""
    outcome_unpublished: bool = False
    """钱花完了吗, 超预算了吗 of a 预算 only: what it plans, saying whether it was spent is in its 决算."""
    units_unlisted: bool = False
    """省委办公厅哪个单位三公经费最多 where its document prints no table by unit: the whole 部门's figure, saying
    its units' own are not printed."""

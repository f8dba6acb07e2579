"""哪些项目超支了, 哪项没完成预算: the items of a 决算 whose spending is above (or below) their 年初预算,
furthest first.

Some 决算 tables print 年初预算数 beside 决算数 for every row (the 一般公共预算财政拨款支出决算表, a 项目
支出决算表); others print only what was spent, and the narrative states item by item 年初预算为…万元，
支出决算为…万元，完成年初预算的…%. The answer is of the table's rows when a table prints both, else of
the stated figures, each with its source; totals are the whole, not an item, and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from bot.engine.cells import side_total
from bot.engine.entries import DocumentIndex, RowEntry, StatedEntry
from bot.engine.lexicon import ACTUAL_PART, LEAST_WORDS, MOST_WORDS, REASON_CUES
from bot.engine.read_change_ranks import MIN_ITEM, SHOWN, item_core
from bot.engine.read_changes import planned_pair
from bot.engine.read_concepts import concept_parts
from bot.engine.read_stated_share import in_yuan as stated_in_yuan
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import percent, plain_label
from bot.engine.scoring import KEMU_PATH, Query
from bot.engine.similarity import match_key
from knowledge.money import AMOUNT_UNITS

OVER_PLAN_ASKED = re.compile(
    r"超支|超预算|超额|(?:超出|超过|突破|高于|多于|大于)(?:了)?(?:年初)?预算|比(?:年初)?预算(?:数)?(?:多|高|大)(?!少)"
)
UNDER_PLAN_ASKED = re.compile(
    r"(?:没|没有|未)(?:完成|花完|用完|执行完)|(?:低于|少于|小于)(?:了)?(?:年初)?预算|比(?:年初)?预算(?:数)?(?:少|低|小)"
)
RATE_NAMED = re.compile(r"执行率|完成率|执行进度|完成(?:了)?(?:年初)?预算(?:的)?(?:比例)?")
"""执行率最低的, 完成率最高的支出: the completion rate, asked of which item ranks first."""
WHICH_ITEMS = re.compile(r"哪")
"""哪些项目超支了, 哪项没完成: asked of every item."""
WHETHER_WORDS = ("有没有", "是否", "有无", "有吗")
GENERIC_ITEMS = re.compile(r"项目|支出|科目|资金|经费|钱|的|了|吗|呢|超|预算|年初|[^\u4e00-\u9fff]")
"""Words a subject holds that name no item (超支的项目, 超预算的支出): asked whether any item did."""
ROLES = {
    "rate": re.compile(r"完成(?:了)?(?:年初)?预算(?:的)?$"),
    "plan": re.compile(r"年初预算(?:数)?$"),
    "actual": re.compile(r"(?:支出)?决算(?:数)?$"),
}
"""How a narrative names an item's completion rate, budget and spending (行政运行完成年初预算, 行政运行年初
预算, 行政运行支出决算): the item, then these words."""
PLAN_COLUMN = re.compile(r"年初预算(?:数)?")
"""The 年初预算 an item's completion is of; an 调整预算数 beside it is no such budget."""
FULL = 100
PROJECTS_ASKED = "项目"
KEMU_ASKED = "科目"
FUNCTIONAL_CODE_HEAD = "2"
"""支出功能分类 codes start with 2 (201 一般公共服务支出, 2080101); 经济分类 codes with 3 or 5 (30217)."""
MAX_SHOWN = 10
OVER, UNDER, HIGHEST, LOWEST = "超出", "未完成", "最高", "最低"
"""The qualifier of the reading: above its 年初预算, below it, or every item, highest (lowest) first."""


def asks_completion_rank(text: str, subject: str) -> bool:
    """哪些项目超支了, 有没有超预算的支出, 哪项没完成预算: which items spent above (or below) their budget,
    never why one did (为什么没花完) nor whether one named item did (行政运行有没有超支)."""
    ranked = RATE_NAMED.search(text) and any(word in text for word in (*MOST_WORDS, *LEAST_WORDS))
    asked = OVER_PLAN_ASKED.search(text) or UNDER_PLAN_ASKED.search(text) or ranked
    if not asked or any(word in text for word in REASON_CUES):
        return False
    if ranked:
        return True  # 执行率最低的是哪项, 完成率最高的支出
    named = OVER_PLAN_ASKED.sub("", UNDER_PLAN_ASKED.sub("", GENERIC_ITEMS.sub("", subject)))
    for word in WHETHER_WORDS:
        named = named.replace(word, "")
    return WHICH_ITEMS.search(text) is not None or (any(w in text for w in WHETHER_WORDS) and not named)


Said = StatedEntry | TableFigure
"""Where an item's budget or spending is read: a sentence's figure, or a table's cell."""


@dataclass(frozen=True)
class CompletedItem:
    """One item of a 决算 with its 年初预算 and 决算 (a table's two columns, or the narrative's two
    figures) and, where the narrative states it, its completion rate (else computed from the two; None
    when the budget was 0)."""

    name: str
    plan: Said | None
    actual: Said | None
    stated_rate: StatedEntry | None = None

    @property
    def rate(self) -> Decimal | None:
        if self.stated_rate is not None:
            return self.stated_rate.value
        if self.plan is None or self.actual is None or not in_yuan(self.plan):
            return None
        return percent(in_yuan(self.actual), in_yuan(self.plan))

    @property
    def over(self) -> bool:
        if self.plan is not None and self.actual is not None:
            return in_yuan(self.actual) > in_yuan(self.plan)
        return self.rate is not None and self.rate > FULL

    @property
    def under(self) -> bool:
        if self.plan is not None and self.actual is not None:
            return in_yuan(self.actual) < in_yuan(self.plan)
        return self.rate is not None and self.rate < FULL

    @property
    def said(self) -> tuple[Said, ...]:
        return tuple(figure for figure in (self.plan, self.actual, self.stated_rate) if figure is not None)


def read_completion_ranks(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """The items whose 决算 is on the side asked of their 年初预算, furthest first (when none is, the one
    nearest to it: the answer says so); None when neither tables nor narrative give any item's two."""
    asked = concept_items(query, document) or completed_items(document, query.question.text)
    items = [item for item in asked if item.rate is not None]
    if not items:
        return None
    qualifier = asked_side(query.question.text)
    over = qualifier in (OVER, HIGHEST)
    ranked = furthest_first(items, over)
    if qualifier in (HIGHEST, LOWEST):  # every item tied first is shown, to say how many share the rate
        tied = sum(1 for item in ranked if item.rate == ranked[0].rate)
        on_side, shown = ranked, ranked[: max(query.question.top or SHOWN, tied)]
    else:
        on_side = [item for item in ranked if (item.over if over else item.under)]
        shown = on_side[: query.question.top or MAX_SHOWN] if on_side else ranked[:1]
    said = [figure for item in shown for figure in item.said]
    return DocumentReading(
        ReadingKind.RANK_COMPLETION,
        document,
        figures=tuple(figure for figure in said if isinstance(figure, TableFigure)),
        stated=tuple(figure for figure in said if isinstance(figure, StatedEntry)),
        qualifier=qualifier,
        count=len(on_side),
        among=len(items),
    )


def concept_items(query: Query, document: DocumentIndex) -> list[CompletedItem]:
    """哪些三公经费没用完: the parts of the concept asked, each its 决算 against its budget in the concept's
    table (its columns, or its rows of one side each); none when no concept is asked or printed so."""
    pairs = [
        planned_pair(query, figure.row, figure.cell, figure.label)
        for figure in concept_parts(query, document)
        if figure.cell is not None
    ]
    return [CompletedItem(actual.label, planned, actual) for actual, planned in filter(None, pairs)]


def completed_items(document: DocumentIndex, question: str) -> list[CompletedItem]:
    """The items whose budget and spending a table prints side by side (年初预算数 and 决算数: every row
    that is no total and sums no other), else those the narrative states, in the document's order. Asked
    of 项目 where a 项目支出 table prints both, its projects; else no project is counted again beside the
    科目 it is spent under."""
    tabled = table_items(document)
    projects = [item for item in tabled if of_projects(item)]
    if PROJECTS_ASKED in question and projects:
        return projects
    items = [item for item in tabled if not of_projects(item)] or items_stated(document.stated)
    if KEMU_ASKED not in question:
        return items
    coded = {match_key(row.label).core for row in document.rows if of_a_function(row)}
    return [item for item in items if names_a_kemu(item, coded)]


def names_a_kemu(item: CompletedItem, coded: set[str]) -> bool:
    """城乡社区规划与管理 of 哪些科目执行率最低: a 功能分类 科目, printed with its code or said with its level
    (…（款）…（项）), or named as a coded row is; never a “三公” part or an 经济分类 item the narrative
    states beside them."""
    for figure in item.said:
        if isinstance(figure, TableFigure) and of_a_function(figure.row):
            return True
        if isinstance(figure, StatedEntry) and KEMU_PATH.search(figure.subject):
            return True
    return match_key(item.name).core in coded


def of_a_function(row: RowEntry) -> bool:
    return (row.code or "").startswith(FUNCTIONAL_CODE_HEAD)


def of_projects(item: CompletedItem) -> bool:
    return isinstance(item.plan, TableFigure) and item.plan.row.table.is_projects


def table_items(document: DocumentIndex) -> list[CompletedItem]:
    parents = {id(row.parent) for row in document.rows if row.parent is not None}
    items: dict[str, CompletedItem] = {}
    for row in document.rows:
        if row.is_total or id(row) in parents:
            continue
        plan, actual = side_total(row, PLAN_COLUMN), side_total(row, ACTUAL_PART)
        if plan is not None and actual is not None:
            name = plain_label(row.label)
            items.setdefault(name, CompletedItem(name, TableFigure(row, plan), TableFigure(row, actual)))
    return list(items.values())


def items_stated(figures: Iterable[StatedEntry]) -> list[CompletedItem]:
    """The items the figures state a completion of, each by the name its figures share (行政运行 of 行政运行
    年初预算, 行政运行支出决算 and 行政运行完成年初预算)."""
    named: dict[str, dict[str, StatedEntry]] = {}
    for figure in figures:
        for role, pattern in ROLES.items():
            if (figure.unit == "%") != (role == "rate") or not pattern.search(figure.subject):
                continue
            name = pattern.sub("", figure.subject)
            if len(item_core(name)) >= MIN_ITEM:
                named.setdefault(name, {}).setdefault(role, figure)
            break
    return [
        CompletedItem(name, roles.get("plan"), roles.get("actual"), roles.get("rate"))
        for name, roles in named.items()
        if "rate" in roles or ("plan" in roles and "actual" in roles)
    ]


def asked_side(text: str) -> str:
    """Above the budget, below it, or the highest (lowest) completion first."""
    if OVER_PLAN_ASKED.search(text):
        return OVER
    if UNDER_PLAN_ASKED.search(text):
        return UNDER
    return LOWEST if any(word in text for word in LEAST_WORDS) else HIGHEST


def furthest_first(items: list[CompletedItem], over: bool) -> list[CompletedItem]:
    """The highest completion first when going over is asked, else the lowest first."""
    return sorted(items, key=lambda item: -(item.rate or 0) if over else item.rate or 0)


def shown_items(part: DocumentReading) -> list[CompletedItem]:
    """The items a reading shows, from the records it carries (a table item's 年初预算 and 决算 cells in
    pairs, a stated item's figures by their shared name), in its order."""
    tabled = [
        CompletedItem(plan.label or plain_label(plan.row.label), plan, actual)  # a concept's part by its name
        for plan, actual in zip(part.figures[::2], part.figures[1::2], strict=True)
    ]
    return furthest_first([*tabled, *items_stated(part.stated)], part.qualifier in (OVER, HIGHEST))


def in_yuan(said: Said) -> Decimal:
    """The figure in 元, so 元 and 万元 compare (a table whose unit is not printed: as printed, for its two
    columns compare with each other only)."""
    if isinstance(said, StatedEntry):
        return stated_in_yuan(said)
    value = said.cell.value if said.cell is not None and said.cell.value is not None else Decimal(0)
    return value * AMOUNT_UNITS.get(said.row.table.unit, Decimal(1))

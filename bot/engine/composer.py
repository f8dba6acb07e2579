"""The engine's entry point: a question in, an Answer with sourced facts out.

Built once per process: it reads the list of loaded documents into an index (bot.engine.index).
Each question is matched (bot.engine.matcher) and the reply worded per document (bot.engine.compose_*);
when several documents answer, each is shown and the person is asked which was meant, each choice
carrying the question and the document it stands for. Channels reach it through bot.services.answering.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Collection
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Engine

from bot.engine.answers import Answer, Choice, Fact, Source, Status
from bot.engine.cells import ADJUSTED_ASKED, cell_under
from bot.engine.compared_items import EQUAL_ASKED, excluded_asked
from bot.engine.compose_amounts import AMOUNT_COMPOSERS, compose_overview, headline
from bot.engine.compose_check import compose_check, compose_table_agreement
from bot.engine.compose_compare import (
    compose_comparison,
    compose_document_rank,
    compose_item_comparison,
    compose_item_rank,
    compose_per_capita,
    compose_per_capita_rank,
)
from bot.engine.compose_lists import (
    compose_code,
    compose_count_rows,
    compose_filter,
    compose_income_sources,
    compose_indicator,
    compose_list,
    compose_main_uses,
    compose_money_unit,
    compose_rank,
    compose_table_list,
    compose_target,
    compose_target_list,
    compose_units,
    compose_untargeted,
)
from bot.engine.compose_loaded import compose_loaded
from bot.engine.compose_narrative import (
    NO_REASON,
    compose_change,
    compose_computed_share,
    compose_concept_change,
    compose_count,
    compose_define,
    compose_fact,
    compose_plan_completion,
    compose_rank_change,
    compose_rank_completion,
    compose_share,
    compose_stated_difference,
    compose_table_change,
    compose_term_list,
)
from bot.engine.entries import DocumentEntry, DocumentIndex, RowEntry
from bot.engine.followup import (
    Context,
    context_after,
    detail_of_nothing,
    ellipsis_of,
    pointed_at_nothing,
    read_in_context,
)
from bot.engine.index import Index
from bot.engine.lexicon import (
    ADJUSTED_PART,
    FIGURE_WORDS,
    FINAL_KIND,
    INDICATOR_HEADS,
    MEASURE_WORDS,
    PLANNED_COLUMN,
    PROJECT_GROUP,
    REASON_CUES,
)
from bot.engine.matcher import plan_outcome_asked, read_question
from bot.engine.question import (
    AGAINST_PLAN,
    IN_YI,
    IN_YUAN,
    INDICATOR_CATEGORY,
    MOST_OF,
    OUTCOME_ASKED,
    PART_OF_YEAR,
    PER_DAY,
    PER_MONTH,
    PER_QUARTER,
    SHARE_BOUND,
    TENTHS,
    WHOLE_SHARE,
    AmountBound,
    Question,
    all_of_said,
    asks_judgment,
    budget_adjustment_asked,
    cues_of,
    share_bound_said,
    text_to_question,
)
from bot.engine.read_amounts import earlier_outcome_asked
from bot.engine.read_change_ranks import MIN_ITEM, item_core
from bot.engine.read_changes import completed_item, funds_spent, whole_plan_pair
from bot.engine.read_completion_ranks import asks_completion_rank
from bot.engine.read_forms import asks_units, averages_projects, counts_units, place_said, side_row_at
from bot.engine.read_lists import SETTING_WORDS, names_only_projects, project_rows
from bot.engine.reading import DocumentReading, Reading, ReadingKind, TableFigure
from bot.engine.replies import (
    amount_text,
    figure_fact,
    plain_label,
    row_fact,
    stated_source,
    summed,
    where,
    yuan_of,
)
from bot.engine.scoring import asked_measure
from bot.engine.small_talk import small_talk_reply
from knowledge.money import AMOUNT_UNITS
from knowledge.settings import MatcherSettings, load_settings
from knowledge.standard_tables import funds_covered
from knowledge.text import COUNT_UNITS, compact, int_to_chinese, normalize, replace_numerals

PLANNED_SAID = "预算"
"""年初预算 asked of a 决算: a figure read on that side says 预算 in its column, row or sentence."""
ONE_UNIT = "单位"
"""The scope of a 单位预算 (or 决算): one unit's own budget, no other unit in it."""
NO_REASON_STATED = "文件说明中没有写明它与上年的比较，也没有说明原因。"
NO_PLAN_STATED = "文件没有写明“{item}”的年初预算，无法与预算比较；以下是它的决算数："
NO_ADJUSTMENT_STATED = "文件没有列出“{item}”的调整预算数，无法看出预算调整了多少；以下是文件中的数字："
SIDE_UNPRINTED = "文件没有列出所问的{side}，以下是它列出的数字："
NO_MEANING_STATED = "文件的名词解释和说明中没有解释“{term}”；以下是表中列出的数字："
NO_PURPOSE_STATED = "文件没有写明“{item}”具体用于哪些方面；以下是表中列出的数字："
NO_PER_PERSON = "文件没有写明每人的金额或标准；以下是总额，不是每人的数字："
NO_JUDGMENT = "公开文件只列出预算数字，不评价是否够用或合理；以下是文件中的数字："
ONE_UNIT_LOADED = "可查的文档中只有{unit}一个单位，无法在单位之间比较或相加；以下是它的数字："
ADJUSTMENT_UNPUBLISHED = "{document}是预算文件，只有年初的预算安排；年内是否调整、调整了多少要看该年度的决算。以下是预算安排的数字："
OUTCOME_UNPUBLISHED = (
    "{document}是预算文件，只有计划安排，没有执行结果；花没花完、是否超出预算要看该年度的决算。"
    "以下是预算安排的数字："
)
UNITS_UNLISTED = "{document}没有分单位列出这项数字，下属单位各自的数字未公开；以下是整个部门的数字："
STATED_CHANGE_MISSING = "文件说明中也没有找到所问内容与上年相比的增减。"
"""The year before is not loaded and the narrative states no change of the item: both said, so the
answer is not read as a document that holds nothing of it."""
NO_UNITS_HELD = "{document}是单位{kind}，只含本单位，没有下属单位；以下是本单位的数字："
FUNDS_WORDS = ("资金", "钱")
NO_TARGETS_PUBLISHED = "文件没有公开这个项目的绩效目标表（绩效指标和指标值）；以下是文件写明的金额："
MAX_CHOICES = 10
BRIEF_OVER = 2
POINTED_AT_NOTHING = (
    "“{pointer}”指的是哪一项？前面没有可以参照的问题，请把名称说出来，例如把“{pointer}”换成“{example}”。"
)


def pointing_reply(pointer: str, index: Index) -> str:
    """这个项目多少钱 asked first: which item it means, with a name the first loaded document prints."""
    document = index.document(index.heads[0])
    names = [plain_label(row.label) for row in project_rows(document, None)]
    names += [target.project for target in document.targets]
    return POINTED_AT_NOTHING.format(pointer=pointer, example=names[0] if names else "三公经费")


EMPTY_QUESTION = "请输入一个关于预算或决算的问题，例如“三公经费是多少”。"
DETAIL_OF_NOTHING = "前面还没有问到具体的项目，请先问一个问题（例如“三公经费是多少”），再让我详细说明。"
NOTHING_LOADED = (
    "还没有载入任何文档，数据库是空的，无法回答。请先载入预算或决算公开文件（PDF、Excel、Word、网页或文本）："
    "budgetbot load 文件或文件夹"
)
CHOICE_EXPIRED = "这个选项已过期（所指的文档已不在或已被新版本替换），请重新提问。"
TRAILING_NOTE = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）$")
"""A parenthesis closing a sentence (（约 738.02 万元）, （「金额」列）): left out of a one-line summary."""
SAMPLE_NOTE = "（以上内容来自内置的示例文档{labels}，仅供试用。）"
# Readings that are not one answer per document: a choice within documents cannot be cut from them.
WHOLE_READINGS = (
    ReadingKind.NOT_LOADED,
    ReadingKind.NOT_FOUND,
    ReadingKind.CHOOSE_DOCUMENT,
    ReadingKind.CHOOSE_UNIT,
    ReadingKind.CHOOSE_ITEM,
    ReadingKind.COMPARE,
    ReadingKind.RANK_DOCUMENTS,
)
WHOLE_BUDGET_KINDS = (ReadingKind.OVERVIEW, ReadingKind.WHOLE_PLAN)
"""Readings that give a budget's totals side by side (本年收入合计, 收入总计, 支出总计): a figure the
question states is checked against the one it is of."""
# Each kind of document reading → the function that words it.
COMPOSERS: dict[ReadingKind, Callable[[Reading, DocumentReading], Answer]] = {
    **AMOUNT_COMPOSERS,
    ReadingKind.OVERVIEW: compose_overview,
    ReadingKind.DEFINE: compose_define,
    ReadingKind.TERM_LIST: compose_term_list,
    ReadingKind.TABLE_LIST: compose_table_list,
    ReadingKind.MONEY_UNIT: compose_money_unit,
    ReadingKind.TARGET: compose_target,
    ReadingKind.INDICATOR: compose_indicator,
    ReadingKind.TARGET_LIST: compose_target_list,
    ReadingKind.UNTARGETED: compose_untargeted,
    ReadingKind.COUNT: compose_count,
    ReadingKind.FACT: compose_fact,
    ReadingKind.CHANGE: compose_change,
    ReadingKind.CONCEPT_CHANGE: compose_concept_change,
    ReadingKind.RANK_CHANGE: compose_rank_change,
    ReadingKind.RANK_COMPLETION: compose_rank_completion,
    ReadingKind.TABLE_CHANGE: compose_table_change,
    ReadingKind.STATED_DIFFERENCE: compose_stated_difference,
    ReadingKind.SHARE: compose_share,
    ReadingKind.COMPUTED_SHARE: compose_computed_share,
    ReadingKind.PLAN_COMPLETION: compose_plan_completion,
    ReadingKind.RANK: compose_rank,
    ReadingKind.LIST: compose_list,
    ReadingKind.FILTER: compose_filter,
    ReadingKind.MAIN_USES: compose_main_uses,
    ReadingKind.INCOME_SOURCES: compose_income_sources,
    ReadingKind.CODE: compose_code,
    ReadingKind.TABLE_AGREEMENT: compose_table_agreement,
    ReadingKind.COUNT_ROWS: compose_count_rows,
    ReadingKind.UNIT_LIST: compose_units,
}


class Composer:
    """Answers questions from the records of one database; built once per process, safe to call from
    several threads at once. It keeps nothing per person: a choice it offers carries all it takes to
    answer it (the question, and the documents to answer it within)."""

    def __init__(self, engine: Engine, settings: MatcherSettings | None = None) -> None:
        self.engine = engine
        self.settings = settings or load_settings().matcher
        self.index = Index(engine)

    def reload(self) -> None:
        """Re-read the database after a load: a new index (and segmenter) replaces the old one at once."""
        self.index = Index(self.engine)

    def answer(self, question: str, within: Collection[int] = ()) -> Answer:
        """Answer a question in everyday Chinese from the loaded records; with `within`, from those
        documents only (the ids a Choice carries), as the answer that offered the choice read them."""
        return self.answer_read(question, within, leaves_context=False)[0]

    def answer_read(
        self, question: str, within: Collection[int], leaves_context: bool
    ) -> tuple[Answer, Context | None]:
        """The answer, and when asked for, the context the reading leaves for a conversation's next
        question (None when nothing was read)."""
        if says_nothing(question):
            return Answer("not_found", EMPTY_QUESTION, intent="empty"), None
        if (reply := small_talk_reply(question)) is not None:
            return Answer("answered", reply, intent="small_talk"), None
        index = self.index
        if not index.heads:
            return Answer("not_found", NOTHING_LOADED, intent="nothing_loaded"), None
        if within and not any(head.id in within for head in index.heads):
            return Answer("not_found", CHOICE_EXPIRED, intent="choose"), None
        if pointer := pointed_at_nothing(question):
            return Answer("not_found", pointing_reply(pointer, index), intent="not_found"), None
        if detail_of_nothing(question, None):
            return Answer("not_found", DETAIL_OF_NOTHING, intent="not_found"), None
        with index.segmenter.active():
            reading = self.read(question.strip(), index, frozenset(within))
            answer = with_sample_note(self.word(reading, index), index)
            context = context_after(question.strip(), reading, index) if leaves_context else None
        return answer, context

    def answer_in_context(self, question: str, context: Context | None) -> tuple[Answer, Context | None]:
        """Answer a question of a conversation: a follow-up (那去年呢) is read against `context` and the
        answer says how it was understood; returns the context for the next question."""
        if says_nothing(question) or not self.index.heads or small_talk_reply(question) is not None:
            return self.answer(question), context
        if context is None and pointed_at_nothing(question) or detail_of_nothing(question, context):
            return self.answer(question), context
        index = self.index
        with index.segmenter.active():
            followed = read_in_context(question.strip(), context, index, self.settings)
            answer = with_sample_note(self.word(followed.reading, index), index)
        if followed.understood:
            answer.text = f"按“{followed.understood}”理解：\n{answer.text}"
        return answer, followed.context

    def reads_alone(self, question: str, context: Context) -> bool:
        """The question is one of its own (it names its item, with no sign of ellipsis): it is read as
        if nothing came before, so `answer_in_context` gives it the same reply in any context."""
        if says_nothing(question):
            return False
        index = self.index
        with index.segmenter.active():
            return ellipsis_of(question.strip(), context, index) is None

    def choose(self, choice: Choice) -> Answer:
        """Answer the reading a Choice of an earlier ambiguous answer stands for."""
        return self.answer(choice.question, choice.documents)

    def choose_in_context(self, choice: Choice) -> tuple[Answer, Context | None]:
        """Answer a Choice and return the context it leaves: the conversation is then about that reading
        (the unit and document chosen), so 那去年呢 follows it."""
        return self.answer_read(choice.question, choice.documents, leaves_context=True)

    def define(self, term: str) -> Answer:
        """名词解释: the meaning of a term, or the closest term the documents explain."""
        return self.answer(f"什么是{term.strip()}")

    def word(self, reading: Reading, index: Index) -> Answer:
        """Word a reading; an audit (表格对得上吗) reads the document's records from the database."""
        return (
            compose_check(self.engine, reading)
            if reading.kind == ReadingKind.CHECK
            else compose(reading, index)
        )

    def read(self, question: str, index: Index, within: frozenset[int]) -> Reading:
        """The matcher's reading; with `within`, what it says of those documents when the question is read
        as it was when the choice was offered, else the question read within those documents alone."""
        reading = read_question(question, index, self.settings)
        if not within:
            return reading
        return only_documents(reading, within) or read_question(question, index.within(within), self.settings)


def only_documents(reading: Reading, within: frozenset[int]) -> Reading | None:
    """The reading's answer of the given documents alone; None when it has none to give (a comparison, a
    question asking which document, a document not among those answering)."""
    if reading.kind in (ReadingKind.EACH, ReadingKind.COMPARE_ITEMS):
        items = [only_documents(item, within) for item in reading.items]
        kept = [item for item in items if item is not None]
        return replace(reading, items=tuple(kept)) if len(kept) == len(items) else None
    if reading.kind in WHOLE_READINGS:
        return None
    parts = tuple(part for part in reading.parts if part.document.head.id in within)
    return replace(reading, parts=parts) if parts else None


def with_sample_note(answer: Answer, index: Index) -> Answer:
    """An answer read from the bundled example document says so."""
    samples = [head.label for head in index.heads if head.is_sample]
    used = [label for label in samples if any(label in fact.source.document for fact in answer.facts)]
    if used:
        answer.text += "\n" + SAMPLE_NOTE.format(labels="、".join(f"《{label}》" for label in used))
    return answer


def says_nothing(question: str) -> bool:
    """Blank, or only punctuation and symbols (？？？, ……): no word or number to read a question from."""
    return not any(character.isalnum() for character in question)


def compose(reading: Reading, index: Index) -> Answer:
    """Word the matcher's reading: what is not loaded, a choice to make, or each document's answer."""
    kind = reading.kind
    if kind == ReadingKind.NOT_LOADED:
        return not_loaded(reading, index)
    if kind == ReadingKind.CHOOSE_DOCUMENT:
        return ask_which(reading, list(reading.documents))
    if kind == ReadingKind.DOCUMENTS:
        return compose_loaded(reading)
    if kind == ReadingKind.CHOOSE_UNIT:
        return ask_which_unit(reading)
    if kind == ReadingKind.CHOOSE_ITEM:
        return ask_which_item(reading)
    if kind == ReadingKind.EACH:
        return each(reading, index)
    if kind == ReadingKind.COMPARE_ITEMS:
        return compared_items(reading, index)
    if kind == ReadingKind.PER_CAPITA:
        return per_capita(reading, index)
    if kind in (ReadingKind.COMPARE, ReadingKind.RANK_DOCUMENTS):
        compared = (
            compose_comparison(reading) if kind == ReadingKind.COMPARE else compose_document_rank(reading)
        )
        return compared or nothing_found(reading, index)
    answer = nothing_found(reading, index) if kind == ReadingKind.NOT_FOUND else compose_each(reading, index)
    answer = with_share_verdict(reading, with_presence(reading, with_verdict(reading, answer)))
    answer = with_sources_verdict(reading, answer)
    answer = with_emptiness(reading, answer)
    answer = with_agreement(reading, answer)
    if reading.reason_unstated:
        answer.text += f"\n{NO_REASON_STATED}"
    if reading.none_stated:
        answer.text = f"没有：文件写明没有{reading.subject}。\n{answer.text}"
    if reading.why_unanswered and answer.status == "answered" and NO_REASON not in answer.text:
        answer.text += f"\n{NO_REASON}"
    if reading.plan_unstated:
        unstated = NO_ADJUSTMENT_STATED if budget_adjustment_asked(reading.question) else NO_PLAN_STATED
        answer.text = f"{unstated.format(item=reading.subject)}\n{answer.text}"
    if not reading.plan_unstated and (side := side_unprinted(reading, answer)):
        answer.text = f"{SIDE_UNPRINTED.format(side=side)}\n{answer.text}"
    if reading.meaning_unstated:
        answer.text = f"{NO_MEANING_STATED.format(term=reading.subject)}\n{answer.text}"
    if reading.per_person_unstated and answer.status == "answered":
        answer.text = f"{NO_PER_PERSON}\n{answer.text}"
    if reading.purpose_unstated and answer.status == "answered":
        answer.text = f"{NO_PURPOSE_STATED.format(item=reading.subject)}\n{answer.text}"
    if targets_unpublished(reading, answer):
        answer.text = f"{NO_TARGETS_PUBLISHED}\n{answer.text}"
    if reading.one_unit and answer.facts and not by_unit(reading.parts[0].document, answer):
        unit = reading.parts[0].document.head.unit_name
        answer.text = f"{ONE_UNIT_LOADED.format(unit=unit)}\n{answer.text}"
    if reading.printed_place and answer.status == "answered":
        row = reading.parts[0].figures[0].row
        lead = f"按文件项目表列出的顺序，{reading.printed_place}项目是「{plain_label(row.label)}」："
        answer.text = f"{lead}\n{answer.text}"
    if (
        reading.row_place is not None
        and answer.status == "answered"
        and reading.parts[0].kind == ReadingKind.ROW
    ):
        answer.text = f"{row_place_lead(reading.parts[0].figures[0].row, reading.row_place)}\n{answer.text}"
    if reading.outcome_unpublished and answer.status == "answered":
        unpublished = (
            ADJUSTMENT_UNPUBLISHED if budget_adjustment_asked(reading.question) else OUTCOME_UNPUBLISHED
        )
        answer.text = f"{unpublished.format(document=reading.parts[0].document.head.label)}\n{answer.text}"
    if reading.units_unlisted and answer.facts:
        head = reading.parts[0].document.head
        lead = NO_UNITS_HELD if head.scope == ONE_UNIT else UNITS_UNLISTED
        answer.text = f"{lead.format(document=head.label, kind=head.kind)}\n{answer.text}"
    if answer.status == "answered":
        answer.text += said_again(reading.question, answer)
    asked = normalize(reading.question)
    if answer.status == "answered" and PER_MONTH.search(asked):
        answer = per_period(answer, MONTHS, "月")
    elif answer.status == "answered" and PER_QUARTER.search(asked):
        answer = per_period(answer, QUARTERS, "季度")
    elif answer.status == "answered" and PER_DAY.search(asked) and (year := year_read(reading)):
        answer = per_period(answer, 366 if calendar.isleap(year) else 365, DAY)
    elif answer.status == "answered" and (part := part_unprinted(reading.question, answer)):
        answer.text = f"{PART_UNPRINTED.format(part=part)}\n{answer.text}"
    if answer.status == "answered" and answer.facts and asks_judgment(reading.question):
        answer.text = f"{NO_JUDGMENT}\n{answer.text}"
    return answer if reading.year_not_loaded is None else one_year_only(reading, answer, index)


def side_unprinted(reading: Reading, answer: Answer) -> str:
    """调整预算多少, 基本支出年初预算, 办公费预算 of a 决算 answered with figures none of which is on that side (nor a
    sentence saying it): the document does not print it, and the answer says so above what it does
    print. The side asked, or '' when it is printed or none is asked."""
    if answer.status != "answered" or not answer.facts:
        return ""
    if not reading.parts or any(part.document.head.kind != FINAL_KIND for part in reading.parts):
        return ""
    question = text_to_question(reading.question)
    if ADJUSTED_PART.search(reading.question):
        side, said_so = "调整预算数", ADJUSTED_ASKED
    elif any(cue.label == PLANNED_COLUMN for cue in question.columns):
        side, said_so = "年初预算数", PLANNED_SAID
    elif question.prefers_budget and not question.has("spend"):
        # 办公费预算是多少 of a 决算: 预算 said loosely, the budget side all the same
        side, said_so = "预算数", PLANNED_SAID
    else:
        return ""
    sources = [source for fact in answer.facts for source in (fact.source, *fact.source.inputs)]
    said = [f"{source.row}{source.column}" for source in sources] + [fact.text for fact in answer.facts]
    return "" if any(said_so in words for words in said) else side


def targets_unpublished(reading: Reading, answer: Answer) -> bool:
    """援滇干部工作经费的绩效目标 of a document with no 绩效目标表: the project's money is what it states, not
    the target asked, and the answer says so."""
    asks_figure = any(word in reading.question for word in (*FIGURE_WORDS, *FUNDS_WORDS))
    asks_target = "target" in cues_of(reading.question) and not asks_figure  # 绩效目标涉及多少资金: money
    documents = [part.document for part in reading.parts]
    money = [fact for fact in answer.facts if fact.value is not None and fact.unit in AMOUNT_UNITS]
    published = any(document.targets for document in documents)
    return asks_target and bool(money) and bool(documents) and not published


def amounts_said(answer: Answer) -> list[Fact]:
    """The figures to say again in another unit: the first sum of money; of an overview every total it
    shows once (预算总额 may mean 本年收入合计 or 收入总计: neither is picked for the other)."""
    amounts = [fact for fact in answer.facts if fact.value is not None and fact.unit in AMOUNT_UNITS]
    if not amounts:
        return []
    if answer.intent != ReadingKind.OVERVIEW.intent:
        return [next((fact for fact in amounts if adds_up(fact, amounts)), amounts[0])]
    distinct: dict[tuple[Decimal | None, str], Fact] = {}
    for fact in amounts:
        distinct.setdefault((fact.value, fact.unit), fact)
    return list(distinct.values())


def adds_up(total: Fact, facts: list[Fact]) -> bool:
    """The figure is the sum of two or more others the answer shows (零工市场 of three projects: their 合计),
    the one figure the answer heads with."""
    parts = [fact for fact in facts if fact is not total and fact.source in total.source.inputs]
    return (
        len(parts) >= 2
        and all(fact.unit == total.unit for fact in parts)
        and sum((fact.value or Decimal(0) for fact in parts), Decimal(0)) == total.value
    )


def converted(facts: list[Fact], unit: str, convert: Callable[[Fact], str]) -> str:
    """折合为亿元：… = …; each figure named by its label when there are several."""
    if not facts:
        return ""
    said = [
        f"{fact.label + ' ' if len(facts) > 1 else ''}{amount_text(fact.value, fact.unit)} = {convert(fact)}"
        for fact in facts
    ]
    return f"\n折合为{unit}：{'；'.join(said)}。"


def said_again(question: str, answer: Answer) -> str:
    """多少元, 几个亿: the answer's figure said again in the unit the question asks it in; '' for none."""
    yuan = in_yuan(answer) if IN_YUAN.search(question) else ""
    return yuan + (in_yi(answer) if IN_YI.search(normalize(question)) else "")


def in_yuan(answer: Answer) -> str:
    """三公经费是多少元 of a table in 万元: its figure again in 元 (exact: 万 is 10,000); '' when the
    figure is in 元 already."""
    return converted([f for f in amounts_said(answer) if f.unit != "元"], "元", yuan_said)


def yuan_said(fact: Fact) -> str:
    yuan = (fact.value or Decimal(0)) * AMOUNT_UNITS[fact.unit]
    return f"{int(yuan):,} 元" if yuan == yuan.to_integral_value() else f"{yuan:,} 元"


YI = Decimal(100_000_000)


def in_yi(answer: Answer) -> str:
    """总预算有几个亿: the figure again in 亿元 (exact, then rounded); '' when it is not an amount."""
    return converted(amounts_said(answer), "亿元", yi_said)


def yi_said(fact: Fact) -> str:
    yi = ((fact.value or Decimal(0)) * AMOUNT_UNITS[fact.unit] / YI).normalize()
    return f"{yi:f} 亿元（约 {yi.quantize(Decimal('0.01'), ROUND_HALF_UP)} 亿元）"


MONTHS = 12
QUARTERS = 4
DAY = "天"  # counted without 个: 366天
CENT = Decimal("0.01")
PART_UNPRINTED = "文件只列全年数，没有分{part}的数字；以下是全年的数字："
TARGET_TITLE_WORD = "绩效"
"""In the title of a 绩效目标表: its indicators are standards, printed per whatever period they name."""
TARGET_FUNDS_WORD = "资金"
"""年度资金总额 of a 绩效目标表: a year's money, not an indicator's standard."""


def part_unprinted(question: str, answer: Answer) -> str:
    """下半年花了多少 answered by a year's figures: the part of the year asked, which none of them is of
    (第三季度用款计划 is); '' otherwise."""
    part = PART_OF_YEAR.search(question)
    if part is None or not answer.facts:
        return ""
    return "" if part.group(0) in answer.text else part.group(0)


def year_read(reading: Reading) -> int | None:
    """The year of the document a reading answers from (of its first item, when it reads several)."""
    parts = reading.parts or next((item.parts for item in reading.items if item.parts), ())
    return parts[0].document.head.year if parts else None


def per_period(answer: Answer, periods: int, period: str) -> Answer:
    """办公费一个月多少, 每季度多少: the documents plan by the year; its first amount over the periods of a
    year (12 months, 4 quarters), worked out in the open and said to be an average, not a figure the
    document states; of projects added up (零工市场每个月多少钱), their sum."""
    first = next(iter(amounts_said(answer)), None)
    if first is None or first.value is None or "月" in first.label:
        return answer  # a figure printed per month already
    if TARGET_TITLE_WORD in first.source.title and TARGET_FUNDS_WORD not in first.label + first.source.column:
        return answer  # 每月补助标准: a 绩效指标's standard, not a year's money
    step = min(CENT, 1 / Decimal(AMOUNT_UNITS[first.unit]))  # to the 元: 0.0833 万元
    exact = first.value / periods
    average = exact.quantize(CENT) if exact == exact.quantize(CENT) else exact.quantize(step)  # 221.04
    formula = f"{first.value} ÷ {periods} = {average}"
    source = Source(
        document=first.source.document, title="按下列数字计算", column=formula, inputs=(first.source,)
    )
    fact = Fact(f"{first.label}按{period}平均", average, first.unit, source)
    text = (
        f"\n按{period}平均：{amount_text(average, first.unit)}（{formula} {first.unit}；文件只列全年数，"
        f"这是按{periods}{'' if period == DAY else '个'}{period}平均算出的，不是文件写明的每{period}数）。"
    )
    return replace(answer, text=answer.text + text, facts=[*answer.facts, fact])


def by_unit(document: DocumentIndex, answer: Answer) -> bool:
    """The answer gives the figures of the units under the 部门 (its table prints one row per unit):
    the units asked of are there to compare."""
    units = {row.label for row in document.unit_rows}
    return any(fact.source.row in units for fact in answer.facts)


def with_emptiness(reading: Reading, answer: Answer) -> Answer:
    """表十一是空的吗, 表7为什么没有数据: a table that prints figures is said not to be empty first; of an empty
    one asked why, that the narrative gives no reason."""
    if not reading.emptiness_asked:
        return answer
    tables = [part.table for part in reading.parts if part.table is not None]
    if not tables or len(tables) != len(reading.parts):
        return answer
    if all(part.kind == ReadingKind.EMPTY_TABLE for part in reading.parts):
        asked_why = any(word in reading.question for word in REASON_CUES)
        return replace(answer, text=f"{answer.text}\n{NO_REASON}") if asked_why else answer
    printed = "、".join(dict.fromkeys(table.reference for table in tables))
    return replace(answer, text=f"不是空的：{printed}列有数字。\n{answer.text}")


def with_verdict(reading: Reading, answer: Answer) -> Answer:
    """物业管理费是不是超过900万: yes or no first, from the one figure the answer gives (in 元 both), then
    the answer; several figures (several documents or readings) are left for the reader to judge."""
    bound = reading.checked
    amounts = [fact for fact in answer.facts if fact.value is not None and fact.unit in AMOUNT_UNITS]
    if bound is None or answer.status != "answered" or not amounts or len(reading.parts) != 1:
        return answer
    fact = amounts[0]
    if reading.parts[0].kind == ReadingKind.TOPIC:  # 零工市场预算有60万吗: the rows named so, added up
        fact = next((f for f in amounts if f.source.inputs), fact)
    if reading.kind in WHOLE_BUDGET_KINDS:  # 预算总共1596万对吗: the budget's total that the figure is of
        fact = next((f for f in amounts if bound.admits(yuan_of(f))), fact)
    other = None if bound.admits(yuan_of(fact)) else total_beside(reading.parts[0], bound)
    if other is not None:  # 支出决算9759万对不对: 本年支出合计 is 9,759.38, the 总计 read is 9,859.38
        verdict = (
            f"是：{other.label} {amount_text(other.value, other.unit)}（{other.source.brief(with_row=True)}），"
            f"{bound.verdict_words(yuan_of(other))}；{fact.label}是 {amount_text(fact.value, fact.unit)}。"
        )
        return replace(answer, text=f"{verdict}\n{answer.text}", facts=[other, *answer.facts])
    in_yuan = yuan_of(fact)
    meets, said = bound.admits(in_yuan), bound.verdict_words(in_yuan)
    amount = amount_text(fact.value, fact.unit)
    if any(word in reading.question for word in REASON_CUES):  # 为什么是零: only a wrong premise is said
        return (
            answer if meets else replace(answer, text=f"{fact.label}{said}，而是 {amount}。\n{answer.text}")
        )
    verdict = f"{'是' if meets else '否'}：{fact.label} {amount}，{said}。"
    return replace(answer, text=f"{verdict}\n{answer.text}")


def with_agreement(reading: Reading, answer: Answer) -> Answer:
    """支出总计表一和表四一致吗: whether the tables that print the item agree, said first. Tables that
    count other money (表四 only 财政拨款, a 基本支出 table only that part) are named with it, and where
    their figure differs it is shown apart, for it need not agree."""
    if not reading.agreement_asked or answer.status != "answered" or len(reading.parts) != 1:
        return answer
    part = reading.parts[0]
    main = figure_fact(part.document, part.figures[0]) if part.figures else None
    if main is None or main.value is None or main.unit not in AMOUNT_UNITS:
        return answer
    label = answer.facts[0].label or main.label  # a table's total is named by the table (三公经费)
    funds = covered(part.figures[0])
    beside = [(figure, figure_fact(part.document, figure)) for figure in part.elsewhere]
    beside = [(figure, fact) for figure, fact in beside if fact.value is not None]

    def named(figure: TableFigure, fact: Fact) -> str:
        scope = covered(figure)
        return (
            f"{fact.source.table}（{scope or '口径未注明'}）" if scope != funds else fact.source.table or ""
        )

    same = [named(figure, fact) for figure, fact in beside if yuan_of(fact) == yuan_of(main)]
    differ = [(figure, fact) for figure, fact in beside if yuan_of(fact) != yuan_of(main)]
    conflict = [fact for figure, fact in differ if covered(figure) == funds]
    if conflict:
        listed = "；".join(
            f"{fact.source.table} {amount_text(fact.value, fact.unit)}" for fact in [main, *conflict]
        )
        verdict = f"不一致：{label}{listed}。"
    elif same:
        tables = "、".join(dict.fromkeys([main.source.table or "", *same]))
        verdict = f"一致：{tables}的{label}都是 {amount_text(main.value, main.unit)}。"
    else:
        verdict = f"没有其他表列出同一口径的{label}可对照；以下是{main.source.table}的数字。"
    if apart := [(figure, fact) for figure, fact in differ if covered(figure) != funds]:
        shown = "；".join(
            f"{named(figure, fact)}{amount_text(fact.value, fact.unit)}" for figure, fact in apart
        )
        verdict += f"口径不同、不必相等：{shown}。"
    return replace(answer, text=f"{verdict}\n{answer.text}")


def covered(figure: TableFigure) -> str:
    return funds_covered(figure.row.table.kind)


PRESENCE_ASKED = re.compile(
    r"有没有|有无|是否(?:有|安排|列支|编列)"
    r"|(?:有|安排|列支|编列|买|花)[了过]?[\u4e00-\u9fff\d.]{0,16}(?:吗|么|没有|没)[?？]?$|了(?:吗|没)[?？]?$"
)
"""有没有出国费, 是否安排了公务用车购置费, 买车了吗: whether the item has money at all."""
NOT_PRESENCE_CUES = frozenset({"change", "compare", "share", "count", "rank", "list", "completion"})


WHY_THERE = re.compile(r"(?:为什么|为何|为啥|怎么会)(?:要|会|还)?有")
"""为什么有上年结转: why there is any, which presumes there is."""


def with_presence(reading: Reading, answer: Answer) -> Answer:
    """有没有因公出国费: 有 or 没有 first, from the one amount the answer gives (0 or left blank is 没有),
    then the answer; of rows kept by a bound (有没有超过500万的项目), 有 and how many (none says 没有 itself);
    a change or several figures are judged elsewhere or by the reader."""
    amounts = [fact for fact in answer.facts if fact.value is not None and fact.unit in AMOUNT_UNITS]
    said = PRESENCE_ASKED.search(normalize(reading.question))
    kept = kept_by_bound(reading)
    if said and kept is not None:  # 有没有超过500万的项目: whether any row meets the bound
        return replace(answer, text=f"有：共 {kept} 项。\n{answer.text}") if kept else answer
    asked = (
        said
        and not cues_of(reading.question) & NOT_PRESENCE_CUES
        and not asks_judgment(reading.question)
        and not OUTCOME_ASKED.search(reading.question)  # 目标达到了吗 asks how it came out, not whether any
    )
    single_answer = bool(amounts) and len(reading.parts) == 1 and answer.status == "answered"
    if single_answer and amounts[0].value == 0 and WHY_THERE.search(normalize(reading.question)):
        fact = amounts[0]  # 为什么有上年结转 where there is none: the premise corrected first
        return replace(
            answer, text=f"并没有：{fact.label} {amount_text(fact.value, fact.unit)}。\n{answer.text}"
        )
    if not asked or not single_answer or reading.checked is not None:
        return answer
    fact = amounts[0]
    verdict = f"{'没有' if fact.value == 0 else '有'}：{fact.label} {amount_text(fact.value, fact.unit)}。"
    return replace(answer, text=f"{verdict}\n{answer.text}")


def kept_by_bound(reading: Reading) -> int | None:
    """How many rows (or projects with targets) a bound kept, of a reading of one document that keeps rows
    by a bound; None for any other reading."""
    if len(reading.parts) != 1:
        return None
    part = reading.parts[0]
    if part.kind == ReadingKind.FILTER:
        return len(part.figures)
    if part.kind == ReadingKind.TARGET_LIST and part.qualifier:
        return len(part.targets)
    return None


SHARE_BOUND_OVER = ("超过", "超出", "高于", "大于", "多于")
SHARE_NAMED = re.compile("占|比例|比重")
SHARE_BOUND_REACHED = ("达到", "至少")
HALF = Decimal(50)
HALF_SAID = "一半"
TWO_OF_A_MEASURE = "两"
"""两成, not 二成: two before a measure word."""


def with_sources_verdict(reading: Reading, answer: Answer) -> Answer:
    """收入全部来自财政吗: 是 or 否 first, from the share the list of income sources gives the source named."""
    said = all_of_said(normalize(reading.question))
    if said is None or answer.intent != "income_sources" or answer.status != "answered":
        return answer
    named = [
        fact for fact in answer.facts if fact.unit == "%" and fact.value is not None and said[1] in fact.label
    ]
    if not named:
        return answer
    meets = named[0].value == 100
    return replace(
        answer, text=f"{share_verdict(named[0], meets, ALL_MET if meets else ALL_UNMET)}\n{answer.text}"
    )


ALL_MET, ALL_UNMET = "全部是", "不是全部"


def share_verdict(share: Fact, meets: bool, said: str) -> str:
    """否：基本支出占比 13.31%，没有超过一半。: the yes or no, the share it is read from, and what it says."""
    label = share.label if SHARE_NAMED.search(share.label) else f"{share.label}占比"
    return f"{'是' if meets else '否'}：{label} {share.value}%，{said}。"


def with_share_verdict(reading: Reading, answer: Answer) -> Answer:
    """占比超过一半吗: 是 or 否 first, from the one share the answer gives, then the answer."""
    question = replace_numerals(normalize(reading.question))
    found, most = SHARE_BOUND.search(question), MOST_OF.search(question)
    shares = [fact for fact in answer.facts if fact.value is not None and fact.unit == "%"]
    if not (found or most) or answer.intent != "share" or answer.status != "answered" or not shares:
        return answer
    # 一大半: 超过一半
    word, bound_said, after = share_bound_said(found) if found else (SHARE_BOUND_OVER[0], HALF_SAID, "")
    said = TENTHS.sub(r"\g<1>0", bound_said.replace("百分之", "").replace("%", "").strip())
    bound = HALF if said in ("一半", "半数") else Decimal(said)
    value = shares[0].value
    assert value is not None
    shown = bound_said if not said.replace(".", "").isdigit() else f"{bound}%"
    if tenths := TENTHS.fullmatch(bound_said):  # 两成: said as asked, no figure of the document's
        shown = f"{TWO_OF_A_MEASURE if tenths.group(1) == '2' else int_to_chinese(int(tenths.group(1)))}成"
    if word in SHARE_BOUND_OVER:
        meets, unmet = value > bound, f"没有{word}{shown}"
    elif word in SHARE_BOUND_REACHED:
        meets, unmet = value >= bound, f"没有达到{shown}"
    else:
        meets, unmet = value < bound, f"不低于{shown}"
    met = word + shown
    if after:  # 一半以上: said as asked
        met, unmet = f"在{shown}{after}", f"不在{shown}{after}"
    if shown == WHOLE_SHARE and word in SHARE_BOUND_REACHED:  # 收入都是财政拨款吗: all of it, or not
        met, unmet = ALL_MET, ALL_UNMET
    return replace(answer, text=f"{share_verdict(shares[0], meets, met if meets else unmet)}\n{answer.text}")


def total_beside(part: DocumentReading, bound: AmountBound) -> Fact | None:
    """A total read whose figure is not the one the question states: another total of its table, in the
    same column, that is (本年支出合计 beside 总计, 收入合计 beside 收入总计), or None."""
    figure = part.figures[0] if part.figures else None
    if figure is None or figure.cell is None or not figure.row.is_total:
        return None
    for row in part.document.rows:
        if row.table is figure.row.table and row.is_total and row is not figure.row:
            cell = cell_under(row, figure.cell.column)
            if cell is not None and cell.value is not None:
                fact = row_fact(part.document, row, cell)
                if bound.admits(yuan_of(fact)):
                    return fact
    return None


CHANGE_DIRECTIONS = {1: "增加最多", -1: "减少最多", 0: "变化最大"}


def each(reading: Reading, index: Index) -> Answer:
    """Several items asked at once: each item's answer in turn, with all their facts. An item not found
    says so without quoting the sentences that mention it, for their figures would stand beside the
    found items' as if they were answers. Parts that come to the same answer (最大的项目是哪个，多少钱: the
    ranking answers both) are answered once, and a part another one's answer holds whole (前三个项目是哪些，
    加起来多少: the sum's answer lists them) is no part of its own."""
    composed = [
        compose(replace(item, parts=()) if item.kind == ReadingKind.NOT_FOUND else item, index)
        for item in reading.items
    ]
    answers = [answer for at, answer in enumerate(composed) if not answered_by_another(at, composed)]
    lead = ""
    if reading.ranked_change is not None:  # 哪类支出增加最多: the 类 that moved most, then each side by side
        lead = f"按支出功能分类（类）逐类比较，{CHANGE_DIRECTIONS[reading.ranked_change]}的是“{reading.items[0].subject}”：\n"
    if len(answers) == 1:
        return replace(answers[0], text=lead + answers[0].text)
    found = [answer for answer in answers if answer.status != "not_found"]
    status: Status = "not_found"
    if found:
        status = "answered" if all(answer.status == "answered" for answer in found) else "ambiguous"
    text = lead + "\n\n".join(f"{number}. {answer.text}" for number, answer in enumerate(answers, 1))
    facts = [fact for answer in answers for fact in answer.facts]
    choices = [choice for answer in answers for choice in answer.choices]
    amounts = facts_added(answers)
    total = summed(amounts) if reading.summed and len(amounts) == len(answers) else None
    if total is not None:
        added = " + ".join(f"{summand_place(fact)} {amount_text(fact.value, fact.unit)}" for fact in amounts)
        again = said_again(reading.question, Answer(status, "", [total]))
        text = (
            f"合计 {amount_text(total.value, total.unit)}（{added}）{'。' + again if again else '：'}\n{text}"
        )
        facts.append(total)
    return Answer(status, text, facts, choices, intent=reading.kind.intent)


def answered_by_another(at: int, answers: list[Answer]) -> bool:
    """The answer at `at` is said before it, or held whole in a longer one."""
    text = answers[at].text
    said_before = any(answer.text == text for answer in answers[:at])
    return said_before or any(text in answer.text and answer.text != text for answer in answers)


def summand_place(fact: Fact) -> str:
    """表8「办公费」行「合计」列; a figure of the narrative, its section and the item it is of; a count of a
    table's rows, its label alone (表十二《…》项目数), which names the table."""
    if fact.source.inputs or (fact.unit in COUNT_UNITS and not fact.source.row):  # 与“印刷费”有关的两行: 合计
        return fact.label
    place = fact.source.brief(with_row=True)
    return place if fact.source.row else f"{place}{fact.label}"


def facts_added(answers: list[Answer]) -> list[Fact]:
    """Each item's figure, when it is answered with an amount or a count: the first fact of its answer, or
    the sum of its rows where it lists several (与“印刷费”有关的 two rows: their 合计, not the first)."""
    figures = [answer_figure(answer) for answer in answers if answer.status == "answered" and answer.facts]
    return [fact for fact in figures if fact.value is not None and fact.unit in (*AMOUNT_UNITS, *COUNT_UNITS)]


def answer_figure(answer: Answer) -> Fact:
    rows = len(answer.facts) - 1
    return next(
        (fact for fact in answer.facts if rows > 1 and len(fact.source.inputs) == rows), answer.facts[0]
    )


def per_capita(reading: Reading, index: Index) -> Answer:
    """An amount per person: in each document the amount is found in, that amount over the headcount the
    document states; an amount or a headcount not found is said so, with no figure worked out."""
    amount, *headcounts = reading.items
    amounts = item_figures(amount)
    if not amounts:
        return Answer(
            "not_found", f"{compose(amount, index).text}\n因此无法计算人均数。", intent="per_capita"
        )
    answers: list[tuple[DocumentReading, Answer]] = []
    lacking: list[str] = []
    uncounted: list[str] = []
    heads = dict.fromkeys(part.document.head for part in amount.parts)
    for head, counted in zip(heads, headcounts, strict=True):
        if head.id not in amounts:
            continue
        part, money = amounts[head.id]
        people = item_figures(counted).get(head.id)
        if people is None or people[1].unit in AMOUNT_UNITS or not people[1].value:
            lacking.append(
                f"{nothing_found(counted, index).text}\n{head.label}中有{money.label}（{where(money.source)}），"
                f"但文件没有写明人数，无法计算人均{money.label}。"
            )
            uncounted.append(head.label)
            continue
        answer = compose_per_capita(part.document, money, people[1], counted.subject)
        answers.append((part, answer))
    if not answers:
        return Answer("not_found", "\n".join(lacking), intent="per_capita")
    ranked = None
    if len(answers) > 1 and amount.kind in (ReadingKind.COMPARE, ReadingKind.RANK_DOCUMENTS):
        found = [(part.document, answer) for part, answer in answers]
        ranked = compose_per_capita_rank(found, amount.ascending)
    if ranked is not None:
        answer = ranked
    elif len(answers) == 1:
        part, answer = answers[0]
        answer.text = f"【{part.document.head.label}】\n{answer.text}"
    else:
        answer = several(reading, answers)
    if uncounted:
        answer.text += f"\n（{'、'.join(uncounted)}没有写明人数，未计算。）"
    return answer


def compared_items(reading: Reading, index: Index) -> Answer:
    """Items set side by side: in each document that holds them all, their figures compared (two against
    each other, more ranked); an item no document holds is said not found, with no figure; items never
    found together are each answered."""
    found = [item_figures(item) for item in reading.items]
    shared = [head for head in found[0] if all(head in figures for figures in found[1:])]
    answers = []
    for head in shared:
        row = [figures[head] for figures in found]
        names = [plain_label(fact.label) for _part, fact in row]
        if len(set(names)) < len(names):
            names = [item.subject for item in reading.items]
        facts = [(part.document, fact) for part, fact in row]
        if len(row) == 2:
            equal = bool(EQUAL_ASKED.search(reading.question))  # 办公费和差旅费相等吗
            excluded = excluded_asked(reading.question)  # 除了零工市场以外的项目支出
            compared = compose_item_comparison(
                facts, names, less=reading.ascending, equal_asked=equal, excluded=excluded
            )
        else:
            compared = compose_item_rank(facts, names)
        if compared is not None:
            answers.append((row[0][0], compared))
    if len(answers) == 1:
        return answers[0][1]
    if answers:
        return several(reading, answers)
    missing = [item for item, figures in zip(reading.items, found, strict=True) if not figures]
    if not missing:
        answer = each(reading, index)
        answer.text = f"这几项不在同一份文档中或单位不同，没有直接比较：\n\n{answer.text}"
        return answer
    said = "\n".join(compose(item, index).text for item in missing)
    subjects = "”、“".join(item.subject for item in reading.items)
    return Answer("not_found", f"{said}\n因此无法比较“{subjects}”。", intent="compare")


def item_figures(reading: Reading) -> dict[int, tuple[DocumentReading, Fact]]:
    """One item's figure in each document that answers it alone (not only the closest rows): the figure its
    own answer gives first, by document id."""
    figures: dict[int, tuple[DocumentReading, Fact]] = {}
    if reading.kind in (ReadingKind.NOT_FOUND, ReadingKind.EACH, ReadingKind.COMPARE_ITEMS):
        return figures
    for part in reading.parts:
        answer = COMPOSERS[part.kind](reading, part)
        valued = [fact for fact in answer.facts if fact.value is not None]
        if answer.status != "answered" or not valued:
            continue
        if part.kind in AMOUNT_COMPOSERS:
            figures.setdefault(part.document.head.id, (part, headline(reading, part)))
        elif len({(fact.value, fact.unit) for fact in valued}) == 1:
            figures.setdefault(part.document.head.id, (part, valued[0]))
    return figures


def rows_unplaced(asked: Question, documents: list[DocumentIndex], named: str) -> str:
    """No row at the place asked: how many rows the table has, or which table to say."""
    if asked.table_number is None:
        return f"请说明是哪张表的{place_said(asked.row_place or 0)}，例如“表三第二行是什么”。"
    tables = [t for d in documents for t in d.tables if t.number_value == asked.table_number]
    if not tables:
        return f"{named}没有表{asked.table_number}。"
    counts = "、".join(f"{t.reference}共 {len(t.rows)} 行" for t in tables)
    return f"{counts}，没有所问的{place_said(asked.row_place or 0)}。"


def row_place_lead(row: RowEntry, place: int) -> str:
    """按表三《…》列出的顺序，第2行是「…」; 第149行 past the table's rows is the line a source names."""
    label = plain_label(row.label)
    if side_row_at(row.table, row.side, place, two_sides=False) is not row:
        return f"文件第{place}行是{row.table.reference}的「{label}」："
    side = f"{row.side}栏" if len({other.side for other in row.table.rows}) > 1 else ""
    return f"按{row.table.reference}{side}列出的顺序，{place_said(place)}是「{label}」："


def compose_each(reading: Reading, index: Index) -> Answer:
    """Each answering document's reply: one alone, several side by side asking which was meant."""
    answers = [(part, COMPOSERS[part.kind](reading, part)) for part in reading.parts]
    if len(answers) == 1:
        part, answer = answers[0]
        named = part.document.head.label in answer.text
        if not named and (len(index.heads) > 1 and not reading.unit_named or answer.facts):
            answer.text = f"【{part.document.head.label}】\n{answer.text}"
        return answer
    return several(reading, answers)


def choices(reading: Reading, heads: list[DocumentEntry]) -> list[Choice]:
    """One choice per document: the same question, answered within that document."""
    return [Choice(head.label, reading.question, (head.id,)) for head in heads[:MAX_CHOICES]]


def ask_which_unit(reading: Reading) -> Answer:
    """A name in a comparison fits several units (财政局): ask which, each choice a full question."""
    readings = reading.choices[:MAX_CHOICES]
    units = "、".join(unit for unit, _question in readings)
    text = f"问题中的单位可以指：{units}。请说明比较的是哪一个。"
    offered = [Choice(unit, question) for unit, question in readings]
    return Answer("ambiguous", text, choices=offered, intent="compare")


def ask_which_item(reading: Reading) -> Answer:
    """A follow-up asks of "it" after an answer about several items: ask which, each a full question."""
    items = "、".join(item for item, _question in reading.choices)
    text = f"上一个回答涉及{items}，请说明问的是哪一项。"
    offered = [Choice(item, question) for item, question in reading.choices[:MAX_CHOICES]]
    return Answer("ambiguous", text, choices=offered, intent="choose_item")


def one_year_only(reading: Reading, answer: Answer, index: Index) -> Answer:
    """The year compared against (or asked of) is not loaded: say which years are; the narrative's
    比上年 may answer a change, and is quoted for a figure of that year."""
    fallback = reading.year_not_loaded
    assert fallback is not None
    kinds = {part.kind for part in reading.parts}
    if ReadingKind.TABLE_CHANGE in kinds:
        return answer
    narrative = (
        fallback.narrative_may_answer
        and bool(kinds)
        and reading.parts[0].kind
        in (ReadingKind.CHANGE, ReadingKind.CONCEPT_CHANGE, ReadingKind.RANK_CHANGE, ReadingKind.FACT)
    )
    if not fallback.asks_change:  # 去年的三公经费: that year's figure is not loaded, whatever is said of it
        unit_has = tuple(head for head in index.heads if head.unit in fallback.units)
        missing = not_loaded(replace(reading, missing=fallback.missing, documents=unit_has), index)
        quoted = said_of_the_year_before(reading, answer) if narrative else ""
        return replace(missing, text="\n".join(filter(None, (missing.text, quoted))))
    loaded = "、".join(dict.fromkeys(document_kind(head) for head in fallback.loaded))
    units = "、".join(fallback.units) or "这些单位"
    note = f"没有载入{fallback.missing}（{units}已载入：{loaded}），无法用两年的表格相减。"
    if not narrative:
        unstated = STATED_CHANGE_MISSING if fallback.narrative_may_answer else ""
        return Answer("not_found", note + unstated, intent="compare")
    answer.text = f"{note}以下是文件说明中与上年的比较：\n{answer.text}"
    return answer


def said_of_the_year_before(reading: Reading, answer: Answer) -> str:
    """The clauses of the later year's narrative that compare an item with the year asked, each quoted
    where it stands: what the document says, not a figure of the year that is not loaded."""
    clauses = dict.fromkeys(
        f"{fact.source.brief()}：“{fact.text}”" for fact in answer.facts if fact.source.section and fact.text
    )
    if not clauses:
        return ""
    said_in = reading.parts[0].document.head.label
    return f"《{said_in}》说明中与上年的比较，仅供参考：\n" + "\n".join(clauses)


def ask_which(reading: Reading, heads: list[DocumentEntry]) -> Answer:
    listed = "、".join(head.label for head in heads[:MAX_CHOICES])
    more = f"等 {len(heads)} 份" if len(heads) > MAX_CHOICES else ""
    text = f"已载入多份文档（{listed}{more}），请说明是哪个单位、哪一年的预算或决算。"
    return Answer("ambiguous", text, choices=choices(reading, heads), intent="choose_document")


def several(reading: Reading, answers: list[tuple[DocumentReading, Answer]]) -> Answer:
    """Several documents answer: a meaning they all give alike once, else each, asking which was meant."""
    texts = {answer.text.split("\n来源")[0] for _part, answer in answers}
    if len(texts) == 1 and answers[0][0].kind == ReadingKind.DEFINE:
        _part, answer = answers[0]
        others = "、".join(part.document.head.label for part, _answer in answers[1:])
        answer.text += f"\n（{others}中的说明相同。）"
        return answer
    brief = len(answers) > BRIEF_OVER
    shown = [
        f"【{part.document.head.label}】" + (brief_line(answer) if brief else "\n" + answer.text)
        for part, answer in answers
    ]
    text = "以下几份文档都有相关内容，请说明问的是哪一份：\n" + ("\n" if brief else "\n\n").join(shown)
    facts = [fact for _part, answer in answers for fact in answer.facts]
    heads = [part.document.head for part, _answer in answers]
    found = any(answer.status != "not_found" for _part, answer in answers)  # 零基预算: nowhere explained
    status: Status = "ambiguous" if found else "not_found"
    return Answer(status, text, facts, choices(reading, heads), intent=answers[0][1].intent)


def brief_line(answer: Answer) -> str:
    """One document's answer in a line, among several: its first sentence, with where each figure in it
    is (table, row and column, or section and page); an answer without a figure, its first line."""
    first = answer.text.split("\n")[0]
    sentence = first.split("。")[0]
    while TRAILING_NOTE.search(sentence):
        sentence = TRAILING_NOTE.sub("", sentence)
    shown: dict[Decimal, str] = {}
    for fact in answer.facts:
        if fact.value is not None and fact.value not in shown and printed(fact.value, sentence):
            shown[fact.value] = fact.source.brief(with_row=True)
    if not shown:
        return first + place_of_line(answer, first)
    return f"{sentence}（{'；'.join(dict.fromkeys(shown.values()))}）"


def place_of_line(answer: Answer, line: str) -> str:
    """A line quoting the narrative (「section」：…) among several: the page or line it stands on, so its
    numbers too name where they are; '' for a line without a source."""
    source = answer.facts[0].source if answer.facts else None
    if source is None or not (source.section or any(fact.value is not None for fact in answer.facts)):
        return ""  # 共有 12 张表: a line of no figure and no quote needs no place
    if source.section and f"「{source.section}」" in line:
        place = f"第{source.page}页" if source.page else (f"第{source.line}行" if source.line else "")
    else:
        place = source.brief()
    return f"（{place}）" if place else ""


def printed(value: Decimal, sentence: str) -> bool:
    """The sentence shows the value (57.60, 7,380,214, 13.52万元), not only as part of a larger number."""
    return any(
        re.search(rf"(?<![\d.,]){re.escape(shown)}(?![\d,]|\.\d)", sentence)
        for shown in {f"{value:,}", f"{value}", f"{abs(value):,}"}
    )


def loaded_list(index: Index) -> str:
    labels = [head.label for head in index.heads[:MAX_CHOICES]]
    more = f"等 {len(index.heads)} 份" if len(index.heads) > MAX_CHOICES else ""
    return "、".join(labels) + more if labels else "（还没有载入任何文档）"


def not_loaded(reading: Reading, index: Index) -> Answer:
    """What was asked but is not loaded; what the unit asked about has, when one was named, else every
    loaded document."""
    missing = reading.missing or "相关文档"
    if reading.documents:
        unit = reading.documents[0].unit_name
        if unit not in missing:
            missing = f"{unit}{'' if missing[0].isdigit() else '的'}{missing}"
        has = "、".join(
            dict.fromkeys(document_kind(head) for head in sorted(reading.documents, key=lambda h: -h.year))
        )
        return Answer(
            "not_found", f"没有找到{missing}，所以无法回答。{unit}已载入：{has}。", intent="not_loaded"
        )
    also = ""
    if reading.lacking and reading.subject:  # 卫生健康局医院补助: nor is it the 局's item
        labels = "、".join(head.label for head in reading.lacking)
        also = f"\n若问的是{reading.lacking[0].unit_name}的“{reading.subject}”：{labels}中也没有找到。"
    if reading.nearest:  # 普陀区教育局: the loaded units nearest the one named, not the first loaded
        units = "、".join(reading.nearest)
        text = f"没有找到{missing}，所以无法回答。已载入的单位中名称最接近的是：{units}（共 {len(index.heads)} 份文档）。"
        return Answer("not_found", text + also, intent="not_loaded")
    text = f"没有找到{missing}，所以无法回答。已载入的文档：{loaded_list(index)}。"
    return Answer("not_found", text + also, intent="not_loaded")


def document_kind(head: DocumentEntry) -> str:
    """2024年单位预算: a document of a unit already named, by its year, scope and kind."""
    return f"{head.year}年{head.scope}{head.kind}"


def lists_projects(index: Index, head: DocumentEntry) -> bool:
    """The document names its projects: a 项目支出 table, or 绩效目标 of projects."""
    return bool(index.document(head).targets) or tables_projects(index, head)


def printed_in(document: DocumentIndex, item: str) -> bool:
    """A row, a column or a sentence of the document names the item (基本支出 of 决算数/基本支出)."""
    said = compact(item)
    return (
        any(said in row.key.text for row in document.rows)
        or any(said in compact(column) for table in document.tables for column in table.columns)
        or any(said in sentence.key.text for sentence in document.sentences)
    )


def tables_projects(index: Index, head: DocumentEntry) -> bool:
    """The document prints every project with its amount: a 项目支出 table."""
    return any(table.is_projects for table in index.document(head).tables)


def whole_printed(item: str, documents: list[DocumentIndex]) -> str:
    """财政拨款支出完成预算多少 where only the 一般公共预算财政拨款 table prints both sides: the whole that
    is printed so, and how to ask it (no figure: it is not the whole asked)."""
    pairs = [pair for document in documents if (pair := whole_plan_pair(document)) is not None]
    if len(item_core(item)) >= MIN_ITEM or not pairs:
        return ""
    figure = pairs[0].figures[0]
    return f"同时列出年初预算数和决算数的是{figure.row.table.reference}的{figure.label}，问“预算执行率”可以看它的完成比例。"


TARGETS_WHOLE = re.compile(
    r"(?:各个?|所有的?|全部的?)?(?:项目支出|项目)?的?"
    rf"(?:绩效(?:目标|指标)?|(?:{INDICATOR_CATEGORY.pattern}|(?:{'|'.join(INDICATOR_HEADS)})指标))"
)
"""绩效, 项目的绩效, 各项目绩效目标, 项目设置满意度指标: the targets as a whole, or a kind of their
indicators, of no one project."""


def targets_unlisted(reading: Reading, index: Index) -> bool:
    """The targets as a whole are asked (绩效目标, 项目的绩效) of documents that publish no 绩效目标表."""
    return (
        TARGETS_WHOLE.fullmatch(SETTING_WORDS.sub("", compact(reading.subject))) is not None
        and bool(reading.documents)
        and not any(index.document(head).targets for head in reading.documents)
    )


def nothing_found(reading: Reading, index: Index) -> Answer:
    documents = "、".join(head.label for head in reading.documents) or loaded_list(index)
    change = ""
    one_unit = len({head.unit for head in reading.documents}) <= 1  # 比双溪镇多多少 compares units
    if reading.subject and "change" in cues_of(reading.question) and one_unit:
        final = any(head.kind == "决算" for head in reading.documents)
        change = (
            "与预算数相比的增减" if final and AGAINST_PLAN.search(reading.question) else "与上年相比的增减"
        )
    asked = text_to_question(reading.question)
    meaning = bool(asked.glossary_term)
    text = f"在{documents}中没有找到“{reading.subject or reading.question}”{change}。"
    if meaning and reading.subject:
        text = f"{documents}的名词解释中没有“{reading.subject}”。"
    if targets_unlisted(reading, index):  # 宁溪县教育局的绩效目标 where no 绩效目标表 is published
        unpublished = "没有公开项目绩效目标表，无法列出各项目的绩效目标和指标。"
        text = f"{text}它也{unpublished}" if meaning else f"{documents}{unpublished}"
    outcome_year = earlier_outcome_asked(asked, reading.documents)  # 2023年基本支出执行数 of a 2024 预算
    if outcome_year and reading.subject:
        text = f"{documents}没有列出“{reading.subject}”{outcome_year}年的执行数。"
    listing = (  # not 项目支出比预算; 有没有超过500万的项目 keeps rows
        bool(asked.cues & {"list", "rank"})
        or asked.count_noun is not None
        or (asked.bound is not None and not asked.checks_bound)
    )
    unlisted = (
        listing
        and (names_only_projects(reading.subject) or reading.subject.endswith(PROJECT_GROUP))
        and not any(lists_projects(index, head) for head in reading.documents)
    )
    measure = asked_measure(asked.text, MEASURE_WORDS) if asked.count_noun is not None else ""
    if len(measure) > 1 and reading.subject:  # 公务接待多少批次 where only its money is printed
        text = f"{documents}没有写明“{reading.subject}”的{measure}。"
    finals = bool(reading.documents) and all(head.kind == FINAL_KIND for head in reading.documents)
    item = completed_item(reading.subject) or "它"
    outcome_asked = plan_outcome_asked(asked) or (asked.has("completion") and finals)
    printed = outcome_asked and (
        item == "它"
        or funds_spent(item) is not None  # a whole budget (财政拨款支出), whatever its tables call it
        or any(printed_in(index.document(head), item) for head in reading.documents)
    )
    if printed:
        # 城乡社区支出完成了年初预算的多少, 农林水支出完成率 of a 决算 (火箭完成率: not found as any item)
        if finals:
            text = f"{documents}没有写明“{item}”完成年初预算的比例，也没有同时列出它的年初预算和决算数。"
            text += whole_printed(item, [index.document(head) for head in reading.documents])
        else:
            text = f"{documents}是预算，还没有执行结果；完成预算的比例只见于决算。"
    elif outcome_asked:
        text = f"在{documents}中没有找到“{item}”。"
    if asked.codes and (unprinted := code_unprinted(asked.codes[0], reading, index)):  # 2080109是什么
        text, meaning = unprinted, False
    if asks_units(asked) or counts_units(asked):  # 福利院包括哪些单位, 有几个下属单位
        text = f"{documents}的说明中没有写明它包括{'几个' if counts_units(asked) else '哪些'}单位。"
        if reading.documents and all(head.scope == ONE_UNIT for head in reading.documents):
            text += f"它是{ONE_UNIT}预算，只编列{reading.documents[0].unit_name}本身的收支。"
    if unlisted:
        text = f"{documents}没有公开项目明细（项目支出预算表或项目绩效目标表），无法列出或比较具体项目。"
    elif asked.printed_place is not None and names_only_projects(reading.subject):  # 第30个项目
        counts = [len(project_rows(index.document(head), None)) for head in reading.documents]
        text = (
            f"{documents}列出的项目共 {max(counts)} 个，没有所问的那一个。"
            if any(counts)
            else f"{documents}没有逐项列出项目的表（项目支出预算表），无法按顺序找出所问的项目。"
        )
    elif asked.row_place is not None:  # 表三第30行
        text = rows_unplaced(asked, [index.document(head) for head in reading.documents], documents)
    elif averages_projects(asked) and not any(tables_projects(index, head) for head in reading.documents):
        text = f"{documents}没有逐项列出项目支出的表（项目支出预算表），无法算出平均每个项目多少钱。"
    if asks_completion_rank(asked.text, reading.subject) and reading.documents:  # 哪些项目超支了
        if all(head.kind == FINAL_KIND for head in reading.documents):
            text = f"{documents}的说明没有逐项写明年初预算和决算数，无法看出哪些项超出或未完成年初预算。"
        else:
            text = f"{documents}是预算，还没有执行结果；是否超支、是否完成预算只见于决算。"
    mentioned = [(part, sentence) for part in reading.parts for sentence in part.sentences]
    figure = asked.count_noun is not None or any(word in asked.text for word in FIGURE_WORDS)
    lacking = "名词解释" if meaning else ("数字" if figure else "内容")  # 绩效评价结果 asks no figure
    if mentioned:
        text += f"文件只在以下地方提到，但没有写明所问的{lacking}：\n" + "\n".join(
            f"{stated_source(part.document, sentence).brief()}：“{sentence.text}”（{part.document.head.label}）"
            for part, sentence in mentioned
        )
    # 哪个项目最多 of a document with no project list: its 项目支出 total is no nearer match
    nearest = [] if unlisted else [n for n in reading.nearest if compact(n) != compact(reading.subject)]
    if mentioned and nearest:
        text += "\n"
    if reading.table_unprinted:
        text = (
            f"{documents}没有{reading.subject}。它公开的表共 {len(nearest)} 张：" + "、".join(nearest) + "。"
        )
    elif nearest and meaning:
        text += "最接近的名词是：" + "、".join(nearest) + "（都不是所问的词）。"
    elif meaning and len(reading.documents) == 1 and (terms := index.document(reading.documents[0]).terms):
        text += f"它的名词解释收录了：{'、'.join(term.term for term in terms)}。"  # none near: all it has
    elif nearest:
        text += "最接近的条目是：" + "、".join(nearest) + "（都不是所问内容，未给出数字）。"
    elif (
        reading.subject.endswith("支出")
        and "预算" not in reading.subject  # 国有资本经营预算支出 is a kind of money, no 类
        and not listing
        and not mentioned  # 拟采购支出 the narrative speaks of is no 类 it lacks
        and len(reading.documents) == 1
        and (classes := spending_classes(index, reading.documents[0]))
    ):  # 教育支出 of a 财政局: the 类 it spends on
        text += f"它按支出功能分类列出的类有：{'、'.join(classes)}。"
    return Answer("not_found", text, intent="not_found")


def code_unprinted(code: str, reading: Reading, index: Index) -> str:
    """2080109是什么 where no table prints that 科目: saying so, with the 科目 printed under the nearest code
    above it (20801's 2080101, 2080104), the closest real ones; '' when a document prints the code."""
    heads = reading.documents
    rows = {row.code: row for head in heads for row in index.document(head).rows if row.code}
    if not heads or code in rows:
        return ""
    documents = "、".join(head.label for head in heads)
    text = f"{documents}中没有科目编码 {code}。"
    for length in range(len(code) - 2, 2, -2):
        parent = rows.get(code[:length])
        under = sorted(c for c in rows if c.startswith(code[:length]) and len(c) == len(code))
        if parent is not None and under:
            listed = "、".join(f"{c} {plain_label(rows[c].label)}" for c in under[:MAX_CHOICES])
            more = "等" if len(under) > MAX_CHOICES else ""
            return f"{text}同属“{plain_label(parent.label)}”（{parent.code}）的科目有：{listed}{more}。"
    return text


SPENDING_CLASS_CODE = re.compile(r"2\d\d")
"""The code of a 类 of the 支出功能分类 (201 一般公共服务支出, 208 社会保障和就业支出)."""


def spending_classes(index: Index, head: DocumentEntry) -> list[str]:
    """The 功能分类 类 a document's tables print, in their order: what a 类 it lacks may be among."""
    rows = index.document(head).rows
    return list(
        dict.fromkeys(
            plain_label(row.label) for row in rows if row.code and SPENDING_CLASS_CODE.fullmatch(row.code)
        )
    )

"""Follow-up questions: 那去年呢, 其中公务接待费呢, 它的绩效目标, 占比多少 read against what the
conversation was last about.

Stateless: `read_in_context(question, context, index)` returns what was understood, the reading and the
context for the next question; the channel keeps that context (small JSON-able data) per conversation.
A follow-up is rewritten as the full question it stands for (the unit, year, kind and scope it leaves
out, then what it asks, the item it leaves out put back) and that question is read like any other, so an
inherited unit or year that is not loaded is not found, exactly as when a person names it. A question
that names its own item and shows no sign of ellipsis is read on its own and inherits nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

from bot.engine.cells import NAMED_YEAR
from bot.engine.comparison import WHICH_YEAR
from bot.engine.compose_lists import MAX_LISTED
from bot.engine.entries import DocumentEntry, DocumentIndex
from bot.engine.index import Index
from bot.engine.lexicon import (
    FIGURE_WORDS,
    GLOSSARY_SUFFIXES,
    HELD_UNIT_PHRASES,
    HELD_UNITS_SAID,
    INDICATOR_HEADS,
    MONEY_NAMES,
    PART_PAIRS,
    PREVIOUS_YEAR_WORDS,
    QUESTION_WORDS,
    REASON_CUES,
    UNIT_SUFFIXES,
)
from bot.engine.matcher import read_question, total_asked
from bot.engine.question import (
    ALL_OF_IT,
    INCOME_SOURCE_ASKED,
    LIST_EXCEPT,
    MAIN_USE_ASKED,
    ROW_PLACE,
    TABLE_PATTERN,
    asks_check,
    cue_words,
    subject_of,
    table_named,
    table_number_said,
    text_to_question,
)
from bot.engine.question_parts import Parts, clean, item_in_question, item_of, parts_of
from bot.engine.read_completion_ranks import shown_items
from bot.engine.read_forms import (
    GLOSSARY_NAME,
    MONEY_UNIT_ASKED,
    TABLES_ASKED,
    UNIT_NAME_ENDINGS,
)
from bot.engine.read_lists import project_rows
from bot.engine.read_loaded import documents_asked
from bot.engine.read_unit_rows import unit_said
from bot.engine.reading import Reading, ReadingKind, TableFigure
from bot.engine.replies import plain_label
from knowledge.settings import MatcherSettings
from knowledge.text import ORDINAL_DIGITS, chinese_to_int, compact
from knowledge.units import region_alone, split_regions

# Words a follow-up opens with (那去年呢, 还有教育局, 换成决算, 改问财政局) and words that point back (它的绩效
# 目标, 其中公务接待费, 该单位, 这个的目标, 公务接待费又是多少); a closing 呢 with no question word (公务接待费呢)
# marks one too.
OPENING_WORDS = re.compile(
    r"^(?:那么|那要是|那如果|那(?!个)|还有|另外|再看看|再看|再问问|改问|换问|再问|换成|改成|换作|如果是|要是|同样"
    r"|至于|然后)"
)
POINTING_WORDS = re.compile(
    r"它们的?|它的?|其中|该项目|该项|该笔|此项|这个项目|这一项|这项|这笔|这部分|这些|上述|上面的?|刚才的?"
    r"|该单位|该部门|这个单位|这个部门|^其(?![他它余实次])|这个的?|那个的?"
    r"|又(?=是|有|为|占|如何|怎|多少|几|呢|比)"
)
IT_POINTED = re.compile(r"(?<![其])它(?!们)的?|(?:该|这个?|此|这一)(?:项目|项|笔钱?|部分)的?")
"""它的满意度指标, 该项目的产出指标, 这笔钱从哪来: the one item the conversation was about, something then
asked of it."""
DETAIL_ASKED = re.compile(
    r"(?:请|能|能不能|可以|可否|麻烦)?你?(?:再|更)?(?:"
    r"(?:详细|具体|仔细|展开)(?:一?点|些|一些)?[地的]?(?:说说|讲讲|说一说|讲一讲|说一下|讲一下|介绍一下|介绍"
    r"|解释一下|解释|说明一下|说明|说|讲|看看|一下)?"
    r"|(?:说|讲)(?:得)?(?:详细|具体)(?:一?点|些)|具体(?:是|有)?(?:哪些|什么)|细说|有(?:没有)?明细"
    r")(?:吗|呢|吧)?"
)
"""详细说说, 具体点, 展开讲讲, 说详细点, 具体有哪些: the item just answered, in detail (its 明细)."""
DETAIL_FOLLOW_UP = "它的明细"
CLOSING_NE = re.compile(r"(?:的)?呢$")
OWNING_NE = "的呢"
PLURAL_WORDS = ("它们", "这些", "两者", "两个", "两项", "各自", "分别", "都", "各")
BOTH_POINTED = re.compile(r"[两二2]者|这[两2](?:个|项|笔|者|样)?|^[两2](?:个|项|笔|样|年)|这俩|它俩")
"""两者合计, 这两项哪个多, 两年一共多少: the two items (or years) the conversation was last about, named by
neither."""
# Cues that ask something of an item already named: its share, change, targets, parts, a rank, a
# comparison (a glossary question, a count of things and a column count too).
ITEM_CUES = frozenset({"share", "change", "target", "list", "rank", "compare"})
ITEM_WORDS = (*GLOSSARY_SUFFIXES, "明细")
# Readings that give no figure of their item: after one, 是多少 asks the item's amount (三公经费是什么意思
# → 它的预算是多少), where after a share or a change it asks that figure again (那去年是多少).
NO_FIGURE_READINGS = frozenset(
    {ReadingKind.DEFINE, ReadingKind.TARGET, ReadingKind.INDICATOR, ReadingKind.TARGET_LIST}
)

# Readings whose context keeps the whole question as what was asked: the sides of a comparison name their
# own units and years. The unit (when one) and the latest year are kept for a follow-up that asks
# something of the item alone (增长原因呢: of the later year, the one that changed).
WHOLE_QUESTION_READINGS = frozenset({ReadingKind.COMPARE, ReadingKind.RANK_DOCUMENTS})
YEAR_NOT_LOADED_READINGS = (ReadingKind.NOT_FOUND, ReadingKind.NOT_LOADED, ReadingKind.CHANGE)
"""What a year not loaded is answered with: not found, or what the next year's narrative states of it."""
HOW_MUCH = "多少"
MONEY_SAID = "钱"
"""三公经费多少 asks money: the same words of an item that is also counted (公务用车) ask its money."""
SEQUENCE_FIELDS = ("items", "documents", "listed")
"""The fields of a Context that are tuples (lists in its JSON)."""
LISTED_NOUNS = "|".join(
    sorted(
        {"项目", "单位", *(ending for ending in UNIT_SUFFIXES if len(ending) > 1)},
        key=len,
        reverse=True,
    )
)
"""学校, 单位, 项目: what a list numbers, said after its place (第二所学校); one character (委, 镇) may begin
another word (第二个委托业务费)."""
# 第二个, 第3项, 最后一个: one of the rows a list answer numbered (第一书记 is a name: a measure word must follow),
# with the noun of what was listed when one follows (第二个项目, 第一所学校的, 第三家单位): the row stands for both.
ORDINAL = re.compile(
    rf"(?P<place>第(?P<number>\d+|[{ORDINAL_DIGITS}]+)(?:个|项|条|笔|名|所|家)|最后1?(?:个|项|条|笔|名|所|家))"
    rf"(?P<noun>{LISTED_NOUNS}|(?:(?![的呢])[\u4e00-\u9fff]){{1,3}}?(?=的|呢))?"
)
UNIT_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
"""(下属事业单位) after a unit a list names: what it is, no part of its name."""
LISTED_READINGS = frozenset(
    {
        ReadingKind.LIST,
        ReadingKind.RANK,
        ReadingKind.FILTER,
        ReadingKind.MAIN_USES,
        ReadingKind.TARGET_LIST,
        ReadingKind.TOPIC,
        ReadingKind.RANK_COMPLETION,
        ReadingKind.UNIT_LIST,
    }
)


@dataclass(frozen=True)
class Context:
    """What a conversation is about after an answer: the parts its next question may leave out.

    unit: the unit's full name when one unit answered, else as the person named it; year: the year
    answered from when one, else as named; kind, scope: as named (预算/决算, 部门/单位); ask: what was
    asked, the parts above taken out (零工市场花了多少钱); item: the item in it (零工市场); items: the
    items of an answer about several at once (办公费和差旅费, or rows to choose from); listed: the rows
    or projects a list answer numbered, in its order (第二个呢 picks one); documents: the ids of the
    documents answered from; reading: the kind of that reading; year_said: the year is one the person
    named (2019年, 去年), not only the one the answer came from; before: the item of the question before,
    another one of the same documents (人员经费, then 公用经费呢), which 两者 points back to with this one;
    year_before: the year asked before, when the last follow-up asked the same item of the same unit in
    another year (2019年会议费, then 2017年呢), which 增加了多少 compares this one with; unit_before: the unit
    asked before, when the last follow-up asked the same item of another unit (省高院会议费, then 省检察院呢),
    which 哪个多 compares this one with."""

    unit: str = ""
    year: int | None = None
    kind: str = ""
    scope: str = ""
    ask: str = ""
    item: str = ""
    items: tuple[str, ...] = ()
    documents: tuple[int, ...] = ()
    reading: str = ""
    listed: tuple[str, ...] = ()
    year_said: bool = False
    before: str = ""
    year_before: int | None = None
    unit_before: str = ""

    def to_json(self) -> dict[str, Any]:
        return vars(self) | {name: list(getattr(self, name)) for name in SEQUENCE_FIELDS}

    @classmethod
    def from_json(cls, data: object) -> Context | None:
        """The context a `to_json` wrote; None for anything else (a missing or foreign value)."""
        if not isinstance(data, dict) or not set(data) <= {field.name for field in fields(cls)}:
            return None
        try:
            context = cls(**data | {k: tuple(data.get(k, ())) for k in SEQUENCE_FIELDS})
        except TypeError:
            return None
        types_fit = (
            all(
                isinstance(getattr(context, name), str)
                for name in ("unit", "kind", "scope", "ask", "item", "before", "unit_before")
            )
            and isinstance(context.reading, str)
            and isinstance(context.year_said, bool)
            and all(year is None or isinstance(year, int) for year in (context.year, context.year_before))
            and all(isinstance(item, str) for item in (*context.items, *context.listed))
            and all(isinstance(document, int) for document in context.documents)
        )
        return context if types_fit else None


@dataclass(frozen=True)
class FollowUp:
    """What `read_in_context` made of a question.

    question: the question read (as asked, or the full question a follow-up stands for); understood:
    for a follow-up, what it was taken to mean, in words (人社局 2023年 零工市场), else ''; context: for
    the next question."""

    question: str
    understood: str
    reading: Reading
    context: Context | None


@dataclass(frozen=True)
class Ellipsis:
    """A follow-up question, with its own parts and the words that made it one."""

    parts: Parts
    item: str
    asks_of_item: bool
    plural: bool
    picked: bool = False
    owning: bool = False
    """第一中学的呢: said with 的 before 呢, the name owns what was asked before."""
    unit_row: bool = False
    """那实验小学呢, 一中呢: the item names a unit the documents print a row of, so it owns what was asked
    before."""
    unit_row_before: str = ""
    """The unit of a row the question before was asked of (实验小学 of 实验小学三公经费多少), which the
    unit now named takes the place of."""


def read_in_context(
    question: str, context: Context | None, index: Index, settings: MatcherSettings | None = None
) -> FollowUp:
    """Given a question and what the conversation was about (None: nothing yet), return what it was
    understood to ask, its reading and the context for the next question."""
    if context is not None and context.item and DETAIL_ASKED.fullmatch(clean(question)):
        question = DETAIL_FOLLOW_UP  # 详细说说: the item before, in detail
    if context is not None and (documents := documents_pointed_at(question, context, index)):
        reading = read_question(question, index.within(documents), settings)  # 这是哪一年的
        return FollowUp(question, "", reading, context_after(question, reading, index))
    if context is not None and unlisted_place(question, context):
        return FollowUp(question, "", past_the_list(question, context, index), context)
    ellipsis = ellipsis_of(question, context, index) if context is not None else None
    if context is None or ellipsis is None:
        reading = read_question(question, index, settings)
        return FollowUp(question, "", reading, context_after(question, reading, index))
    if place_in_list(clean(question), context) > len(context.listed):
        return FollowUp(question, "", past_the_list(question, context, index), context)
    both = ellipsis.plural or asks_which_more(ellipsis.parts.rest)  # 它们的, 哪个多: of every item
    if ellipsis.asks_of_item and not ellipsis.item and len(context.items) > 1 and not both:
        return FollowUp(question, "", which_item(question, ellipsis, context), context)
    full = completed(ellipsis, context)
    if carries_a_year_not_loaded(full, ellipsis, context, index):
        full = replace(full, year=None)
        full = replace(full, text=full_question(full))
    reading = read_question(full.text, index, settings)
    said = ellipsis.parts.year is not None or bool(ellipsis.parts.relative)
    after = next_context(full, reading, index, ellipsis.item if ellipsis.picked else "")
    if not ellipsis.item and ellipsis.asks_of_item and context.item and not both:
        after = replace(after, item=context.item)  # 它的满意度指标: still of 零工市场, not 零工市场满意度
    after = replace(after, year_said=said or (context.year_said and full.year == context.year))
    after = with_side_before(with_before(still_listed(after, context), context), context, said)
    return FollowUp(full.text, understood(full, reading), reading, after)


def documents_pointed_at(question: str, context: Context, index: Index) -> tuple[int, ...]:
    """这是哪一年的, 是部门预算还是单位预算, naming no unit or year: of the documents answered from before
    (none: the question is read as it is)."""
    asked = documents_asked(text_to_question(question).text)
    if asked is None or not asked.points:
        return ()
    parts = parts_of(question, index)
    return () if parts.unit or parts.year is not None else context.documents


def carries_a_year_not_loaded(full: Parts, ellipsis: Ellipsis, context: Context, index: Index) -> bool:
    """那去年呢 not loaded, then 占总支出多少: the year the follow-up leaves out is one no document of the
    unit is of, so it is asked of the years loaded, not again of that one."""
    parts = ellipsis.parts
    if (
        full.year is None
        or full.year != context.year
        or parts.year is not None
        or parts.relative
        or parts.unit
    ):
        return False
    if context.reading not in YEAR_NOT_LOADED_READINGS:
        return False
    return not any(head.year == full.year and head.unit_name == full.unit for head in index.heads)


def with_before(after: Context, before: Context) -> Context:
    """The context after a follow-up, remembering the item asked before when it was another item of the
    same documents: 人员经费, then 公用经费呢, then 两者合计 (a question of its own starts afresh)."""
    if not before.item or before.item == after.item or before.items:
        return after
    same = before.documents == after.documents and not after.items
    return replace(after, before=before.item) if same else after


def with_side_before(after: Context, before: Context, year_said: bool) -> Context:
    """The context after a follow-up that asked the same item in a year it named (2019年会议费, then
    2017年呢) or of another unit (省高院会议费, then 省检察院呢), remembering the year or the unit before (the
    last one loaded: a unit answered as not loaded is passed over)."""
    if not after.item or after.item != before.item:
        return after
    if (
        after.unit == before.unit
        and year_said
        and before.year is not None
        and after.year not in (None, before.year)
    ):
        return replace(after, year_before=before.year)
    if after.unit and before.unit and after.unit != before.unit:
        # 最高人民法院呢 answered not loaded: the unit compared with is the one asked before it
        earlier = before.unit if before.documents else before.unit_before
        return replace(after, unit_before=earlier) if earlier and earlier != after.unit else after
    return after


def pointed_items(context: Context) -> tuple[str, ...]:
    """The items a plural 两者 points back to: those of an answer about several, else the last two asked."""
    if len(context.items) > 1:
        return context.items
    return (context.before, context.item) if context.before and context.item else ()


def still_listed(after: Context, before: Context) -> Context:
    """A follow-up of the same unit that lists nothing new keeps the list before: 第一个的绩效目标, then
    第三个呢, pick from the same list."""
    if after.listed or after.unit != before.unit:
        return after
    return replace(after, listed=before.listed)


def context_after(question: str, reading: Reading, index: Index) -> Context:
    """The context a question read on its own leaves (or a reading chosen from an ambiguous answer)."""
    parts = parts_of(question, index, documents=[part.document for part in reading.parts])
    return next_context(parts, reading, index)


def ellipsis_of(question: str, context: Context, index: Index) -> Ellipsis | None:
    """The follow-up a question is, or None when it is a question of its own: one that names its item
    and shows no sign of leaving something out. A place in the list answered before (第二个) is such a
    sign; the row there is then the item."""
    text = clean(question)
    marked = bool(OPENING_WORDS.match(text) or POINTING_WORDS.search(text))
    marked = marked or bool(CLOSING_NE.search(text) and not any(word in text for word in QUESTION_WORDS))
    marked = marked or bool(place_in_list(text, context))
    marked = marked or bool(BOTH_POINTED.search(text) and pointed_items(context))
    plural = any(word in text for word in PLURAL_WORDS) or bool(BOTH_POINTED.search(text))
    owning = text.endswith(OWNING_NE)
    if place := place_in_list(text, context):  # 第一所学校的: a place in the list, no unit named 第一所学校
        text = ORDINAL.sub(f"第{place}个", text, count=1)
    text = CLOSING_NE.sub("", POINTING_WORDS.sub(" ", OPENING_WORDS.sub("", BOTH_POINTED.sub(" ", text))))
    documents = [index.document(head) for head in index.heads if head.id in context.documents]
    parts = parts_of(text, index, base_year(context, index), documents)
    region = (parts.unit or parts.rest).strip().removesuffix("的")
    alone = not (parts.unit and parts.rest.strip().removesuffix("的"))  # the region is all that is said
    if alone and region_alone(region) and (unit := unit_talked_of(context, documents)):  # 那孝义市的呢
        parts = parts_of(region + split_regions(unit)[1], index, base_year(context, index), documents)
    if not place_in_list(parts.rest, context) and (one := ranked_alone(question, context)):
        rest = one + IT_POINTED.sub("", parts.rest)  # 哪个项目最多, then 它的绩效目标: of the one it showed
        return Ellipsis(replace(parts, rest=rest), one, True, plural, picked=True)
    picked = listed_item(parts.rest, context)
    if picked:
        rest = ORDINAL.sub(picked, parts.rest, count=1)
        # 第二所学校的呢: the unit there owns the 三公经费 asked before
        unit_row, before = unit_row_named(picked, context, documents)
        asks = asks_of_item(parts, picked)
        return Ellipsis(
            replace(parts, rest=rest),
            picked,
            asks,
            plural,
            picked=True,
            unit_row=unit_row,
            unit_row_before=before,
        )
    if parts.scope and not parts.kind:
        parts = replace(parts, kind=context.kind or latest_kind(context, index))
    excepted = bool(LIST_EXCEPT.search(parts.rest))  # 除了办公费还有什么: the item is the list's, not 办公费
    named = LIST_EXCEPT.sub("有", parts.rest, count=1) if excepted else parts.rest
    item = item_of(named, index) or (one_character_named(named, documents) if marked else "")
    marked = marked or (excepted and not item and bool(context.item))
    pointed = IT_POINTED.search(question) or item in INDICATOR_HEADS  # 它的满意度指标, 满意度指标呢
    if item and context.item and pointed and text_to_question(parts.rest).has("target"):
        item = ""  # 满意度, 一次性项目 are what is asked of the item before, no item of its own
    if ALL_OF_IT.match(parts.rest.strip()):
        item = ""  # 都是公务用车吗: 公务用车 is a part of the item before, asked whether it is all of it
    funded = bool(IT_POINTED.search(question) and INCOME_SOURCE_ASKED.search(parts.rest))  # 它的钱从哪来
    asks = asks_of_item(parts, item) or funded
    of_document = not item and asks_of_document(parts.rest) and not funded
    held = bool(context.item and held_units_named(parts.rest))  # 各下属单位分别多少: of the item before
    two_sides = context.unit_before or context.year_before is not None
    added = bool(two_sides) and asks_sum(parts.rest)  # 省检察院呢, then 两个加起来多少
    if marked or (
        not item
        and not parts.unit
        and (parts.names_documents or asks or parts.compares or of_document or held or added)
    ):
        unit_row, before = unit_row_named(item, context, documents)
        return Ellipsis(parts, item, asks, plural, owning=owning, unit_row=unit_row, unit_row_before=before)
    return None


def unit_row_named(item: str, context: Context, documents: list[DocumentIndex]) -> tuple[bool, str]:
    """Whether the item names a unit the documents print a row of (实验小学 of a 部门's “三公” table by
    unit), and the unit of such a row the question before was asked of ('' when none)."""
    rows = [(row, document.head.unit_name) for document in documents for row in document.unit_rows]
    unit_row = bool(item) and any(unit_said(row, compact(item), unit) for row, unit in rows)
    said = (unit_said(row, compact(context.ask), unit) for row, unit in rows) if unit_row else iter(())
    return unit_row, next((name for name in said if name), "")


def unit_talked_of(context: Context, documents: list[DocumentIndex]) -> str:
    """The unit the conversation is about, by its full name when its documents are one unit's (汾阳市人力资源
    和社会保障局 for 汾阳人社局), else as named; '' when none."""
    names = {document.head.unit_name for document in documents}
    return names.pop() if len(names) == 1 else context.unit


def one_character_named(rest: str, documents: list[DocumentIndex]) -> str:
    """车呢: one character said alone, part of the names the documents print (公务用车购置及运行费), is the
    item asked, never left out as if nothing were said; '' otherwise."""
    said = rest.strip()
    printed = len(said) == 1 and any(said in row.label for document in documents for row in document.rows)
    return said if printed and compact(said) == said else ""


def asks_of_item(parts: Parts, item: str) -> bool:
    """The rest asks something particular of an item (its share, change, targets, meaning; a column
    when it names no item: 预算数呢), not only its amount."""
    if asks_of_document(parts.rest):
        return False
    question = text_to_question(parts.rest)
    cued = question.cues & ITEM_CUES or question.glossary_term or question.count_noun or parts.compares
    uses = not item and bool(MAIN_USE_ASKED.search(parts.rest))  # 主要用在哪 after 就业补助: its money's
    named = any(word in parts.rest for word in ITEM_WORDS)
    part_of_it = bool(ALL_OF_IT.match(parts.rest.strip()))  # 都是公务用车吗: asks a share of the item before
    return bool(cued or uses or (question.columns and not item)) or named or part_of_it


def asks_of_document(rest: str) -> bool:
    """有哪些表, 名词解释有哪些, 钱从哪来, 金额单位是什么, 各表一致吗: the rest asks of the document as a
    whole, nothing of an item."""
    asked = (
        TABLES_ASKED.search(rest)
        or MONEY_UNIT_ASKED.search(rest)
        or INCOME_SOURCE_ASKED.search(rest)
        or asks_check(rest, [])
    )
    return bool(asked) or GLOSSARY_NAME in rest


def figure_asked(rest: str) -> bool:
    """The rest asks for a figure (是多少, 预算几何), of whatever the last question was about."""
    return any(word in rest for word in FIGURE_WORDS)


def base_year(context: Context, index: Index) -> int | None:
    """The year 去年 counts from: the context's year, else the latest of its documents'."""
    if context.year is not None:
        return context.year
    years = [head.year for head in index.heads if head.id in context.documents]
    return max(years, default=None)


def detail_of_nothing(question: str, context: Context | None) -> bool:
    """详细说说 with no item before it to tell more of."""
    return (context is None or not context.item) and DETAIL_ASKED.fullmatch(clean(question)) is not None


def pointed_at_nothing(question: str) -> str:
    """这个项目多少钱, 它的绩效目标 with no question before: the words that point (这个项目) when the question
    names nothing else for them to point at; '' otherwise."""
    found = IT_POINTED.search(question)
    if found is None:
        return ""
    asked = text_to_question(question.replace(found.group(0), "", 1))
    named = subject_of(asked.glossary_term or asked.text, cue_words(asked))
    return "" if named else found.group(0).removesuffix("的")


def ranked_alone(question: str, context: Context) -> str:
    """The one row a ranking showed (哪个项目最多: 2024年中央财政就业补助资金), when the follow-up points at
    it (它的, 这个项目的); '' otherwise."""
    shown_alone = context.reading == ReadingKind.RANK.value and len(context.listed) == 1
    return context.listed[0] if shown_alone and IT_POINTED.search(question) else ""


def listed_item(rest: str, context: Context) -> str:
    """The row a follow-up picks by its place in the list answered before (第二个项目的绩效目标, 最后一项
    是多少), or '' (no such place, or no list before)."""
    number = place_in_list(rest, context)
    return context.listed[number - 1] if 0 < number <= len(context.listed) else ""


def place_in_list(text: str, context: Context) -> int:
    """The place in the list answered before that a question names (最后一个: the last), or 0."""
    match = ORDINAL.search(text) if context.listed else None
    if not match:
        return 0
    said = match.group("number")
    return len(context.listed) if said is None else int(said) if said.isdigit() else chinese_to_int(said) or 0


PERIOD_AFTER = re.compile(r"(?:月|季度?|年|周|星期|天)")
"""第一个月, 第二个季度: a period of the year, no place in a list."""


def unlisted_place(question: str, context: Context) -> bool:
    """第二个多少钱 after an answer that listed nothing: a place in a list said alone (no 项目 after it,
    which asks the document's own order), with no list before to take it from."""
    text = clean(question)
    said = ORDINAL.search(text)
    return (
        not context.listed
        and said is not None
        and not said.group("noun")
        and not PERIOD_AFTER.match(text, said.end())
    )


def past_the_list(question: str, context: Context, index: Index) -> Reading:
    """第九个 after a list of five, 第二个 after an answer that listed nothing: not found, saying how many
    the list had; never another row."""
    said = ORDINAL.search(clean(question))
    listed = f"只列出了 {len(context.listed)} 项" if context.listed else "没有逐项列出什么"
    subject = f"{said.group(0) if said else question}（上一个回答{listed}）"
    heads = tuple(head for head in index.heads if head.id in context.documents)
    return Reading(ReadingKind.NOT_FOUND, question, subject=subject, documents=heads)


def latest_kind(context: Context, index: Index) -> str:
    """The kind (预算/决算) of the latest document the conversation was about: what 部门的呢 switches
    the scope of."""
    heads = [head for head in index.heads if head.id in context.documents]
    return max(heads, key=lambda head: head.year).kind if heads else ""


def completed(ellipsis: Ellipsis, context: Context) -> Parts:
    """The follow-up's parts with what it leaves out taken from the context: a unit named alone keeps
    the year (教育局 of the same year, or not found), a year named alone keeps the unit, 哪年 keeps no
    year. A comparison's question, asked again, names its own units and years: only what the follow-up
    names is added."""
    parts = ellipsis.parts
    rest, whole = what_is_asked(ellipsis, context)
    if whole and parts.unit and context.item:  # 万里街道呢 after 普陀财政局2025年比2024年: the item, of it
        rest, whole = f"{context.item}{parts.rest}", False
        context = replace(context, year=None, kind="", scope="")
    if (years := years_compared(ellipsis, context)) is not None and asks_sum(parts.rest):
        rest = f"{years[0]}年和{years[1]}年{context.item}{parts.rest}"  # 2017年呢, then 两年一共多少
        context = replace(context, year=None)
    elif years is not None:  # 2017年呢, then 增加了多少
        later, earlier = years
        earlier_kind = context.kind if context.year == earlier else ""  # 那2024年决算呢: the earlier side's
        rest = f"{context.item}比{earlier}年{earlier_kind}{parts.rest}"
        context = replace(context, year=later, kind="" if earlier_kind else context.kind)
    elif sides_compared(ellipsis, context):  # 省检察院呢, then 哪个多: 省高院's against 省检察院's
        both = f"{context.unit_before}和{context.unit}"
        rest, context = f"{context.item}{parts.rest}", replace(context, unit=both, year=None)
    if whole:
        context = replace(context, unit="", year=None, kind="", scope="")
    year = parts.year if parts.year is not None or parts.relative else context.year
    if year is not None and carried_to_a_unit_without_it(parts, context):
        year = None  # 省高院三公经费 → 那省检察院呢: the other unit's document, whatever its year
    if WHICH_YEAR.search(parts.rest):
        year = None  # 哪年多: every year of the unit is compared, not the last one asked
    kind, scope = (parts.kind, parts.scope) if parts.scope else (parts.kind or context.kind, context.scope)
    across = asks_across_units(parts.rest) or not context.unit  # 省委办公厅哪个单位最多, 那培训费呢: its own
    if (
        not parts.unit and asks_across_units(rest) and across
    ):  # 哪个单位最多: every loaded unit's, of a year said
        context = replace(context, unit="", year=context.year if context.year_said else None)
        year = parts.year if parts.year is not None or parts.relative else context.year
    full = Parts(
        text="",
        unit=parts.unit or context.unit,
        heads=parts.heads,
        year=year,
        relative=parts.relative,
        kind=kind,
        scope=scope,
        rest=rest,
    )
    return replace(full, text=full_question(full))


def years_compared(ellipsis: Ellipsis, context: Context) -> tuple[int, int] | None:
    """The later and the earlier of the two years the conversation just asked one item in, when the
    follow-up asks a change and names nothing of its own; None otherwise (哪个多 after two items asked in
    two years sets the two items side by side, in the year asked last)."""
    if context.year_before is None or context.year is None or not compares_alone(ellipsis):
        return None
    if len(pointed_items(context)) > 1 and asks_which_more(ellipsis.parts.rest):
        return None
    return max(context.year, context.year_before), min(context.year, context.year_before)


def sides_compared(ellipsis: Ellipsis, context: Context) -> bool:
    """The conversation just asked one item of two units and the follow-up asks which is more (哪个多,
    差多少), naming nothing of its own; 比上年增加多少 sets the last unit against its own year before, and
    为什么减少 asks why the last unit's figure changed, which no other unit's explains."""
    text = ellipsis.parts.text
    own_change = any(word in text for word in (*PREVIOUS_YEAR_WORDS, *REASON_CUES))
    return bool(context.unit_before and context.unit) and compares_alone(ellipsis) and not own_change


def compares_alone(ellipsis: Ellipsis) -> bool:
    """增加了多少, 哪个多, 差多少 with no item, unit or year of its own (哪年多 asks every year afresh; 比2019年
    names the year set against)."""
    parts = ellipsis.parts
    said = ellipsis.item or parts.unit or parts.year is not None or parts.relative
    if said or WHICH_YEAR.search(parts.rest) or NAMED_YEAR.search(parts.rest):  # 比2019年多还是少
        return False
    return asks_which_more(parts.rest) or asks_sum(parts.rest) or text_to_question(parts.rest).has("change")


def asks_which_more(rest: str) -> bool:
    """哪个多, 差多少, 比…多: two things are set side by side."""
    return text_to_question(rest).has("compare")


def asks_sum(rest: str) -> bool:
    """加起来多少, 一共多少, 合计多少: the two things asked last are added up."""
    return total_asked(text_to_question(rest))


def carried_to_a_unit_without_it(parts: Parts, context: Context) -> bool:
    """The follow-up names another unit and no year, the year before was only the one the last answer
    came from, and the unit named has no document of it."""
    return (
        bool(parts.unit and parts.heads)
        and parts.year is None
        and not parts.relative
        and not context.year_said
        and all(head.year != context.year for head in parts.heads)
    )


def what_is_asked(ellipsis: Ellipsis, context: Context) -> tuple[str, bool]:
    """What the follow-up asks: its own words when it names an item and asks something of it (or its
    figure after an answer that gave none: 那培训费是多少 after a 绩效目标); the last question with its
    item replaced when it names only an item (其中公务接待费呢); the last item and its own words when it
    only asks (占比多少, 它的绩效目标); else the last question (那去年呢). A row picked from a list (第二个
    的绩效目标) is asked of as the follow-up says, or, said alone after another question of the list's
    rows (第三个呢), asked that question. With it, whether that is a comparison's whole question again
    (which names its own units and years)."""
    rest, item = ellipsis.parts.rest, ellipsis.item
    if ellipsis.picked and (rest != item or context.reading in LISTED_READINGS):
        return rest, False
    if (row := in_table_before(rest, context)) is not None:  # 第三行呢 after 表三第二行是什么
        return row, False
    if (table := another_table(rest, context)) is not None:  # 那表六呢 after 表五是什么
        return table, False
    if not item and context.item and LIST_EXCEPT.search(rest):  # 除了办公费还有什么 after 公用经费有哪些
        return f"{context.item}里{rest}", False
    whole = context.reading in WHOLE_QUESTION_READINGS
    if one := one_of_the_items(rest, context):  # 那年初呢 after 结转结余 answered 年初… and 年末…
        return (context.ask.replace(context.item, one, 1) if context.item else one), False
    if not item and asks_of_document(rest) and not ellipsis.asks_of_item:  # 有哪些表 after 三公经费
        return rest, False
    held = held_units_named(rest)
    if context.item and held and item in ("", held):  # 下属单位的呢, 各下属单位分别多少 after 三公经费
        return rest.replace(held, f"{held}的{context.item}", 1).removesuffix("的"), False
    if not item and asks_across_units(rest):  # 各单位呢 after 培训费: every unit's 培训费
        return (context.item or context.ask) + rest, False
    both = pointed_items(context) if not item and (ellipsis.plural or asks_which_more(rest)) else ()
    if both:  # 两者合计, 哪个多: of the two items before
        return "和".join(both) + rest, False
    figure_after_none = figure_asked(rest.replace(item, "", 1)) and context.reading in NO_FIGURE_READINGS
    if item and (ellipsis.asks_of_item or figure_after_none):
        return rest, False
    owned = ellipsis.owning and item.endswith(UNIT_NAME_ENDINGS) or ellipsis.unit_row
    if item and context.item and owned and rest == item:  # 第一中学的呢 after 有几个项目: its projects
        return f"{item}{context.ask.replace(ellipsis.unit_row_before, '', 1)}", whole
    if item and not context.item and text_to_question(context.ask).cues - {"spend", "count"}:
        return item + context.ask, whole  # 钱花完了吗, then 三公经费呢: what was asked of the whole, of it
    if item:
        item = of_the_same_money(item, context.item)  # 项目支出呢 after 财政拨款基本支出
        return (
            (as_amount(context.ask, context.ask.replace(context.item, item, 1)), whole)
            if context.item
            else (rest, False)
        )
    if ellipsis.asks_of_item or figure_after_none:
        return context.item + rest, False
    return context.ask, whole


def of_the_same_money(item: str, before: str) -> str:
    """项目支出 after 财政拨款基本支出: the other part of the same whole, of the money said before the first
    (财政拨款项目支出); the item as said where it is no such part."""
    for money in MONEY_NAMES:
        part = before.removeprefix(money).removeprefix("的")
        if part != before and any(item in pair and part in pair and item != part for pair in PART_PAIRS):
            return money + item
    return item


def in_table_before(rest: str, context: Context) -> str | None:
    """A row asked by its place (第三行呢) naming no table: of the table the question before named, asked
    as that question asked its row (表三第二行的基本支出 → 表三第三行的基本支出); None for any other."""
    place, table = ROW_PLACE.search(rest), TABLE_PATTERN.search(context.ask)
    if place is None or table is None or TABLE_PATTERN.search(rest):
        return None
    if (before := ROW_PLACE.search(context.ask)) and not subject_of(rest.replace(place.group(0), ""), []):
        return context.ask.replace(before.group(0), place.group(0), 1)
    return table.group(0) + rest


def another_table(rest: str, context: Context) -> str | None:
    """那表六呢 (naming only a table) after a question of another table: that question, of this table; None
    for any other."""
    table, before = table_named(rest), table_named(context.ask)
    if table is None or before is None or rest.replace(table.group(0), "").strip("的呢那么 "):
        return None
    return context.ask.replace(before.group(0), table.group(0), 1)


def as_amount(before: str, after: str) -> str:
    """公务用车呢 after 三公经费多少: still money, though 公务用车多少 alone counts vehicles."""
    counts_now = text_to_question(after).count_noun is not None
    if counts_now and text_to_question(before).count_noun is None and after.endswith(HOW_MUCH):
        return f"{after}{MONEY_SAID}"
    return after


HELD_LONGEST_FIRST = sorted(HELD_UNIT_PHRASES, key=len, reverse=True)


def held_units_named(rest: str) -> str:
    """各下属单位 of 各下属单位分别多少: the words naming the units a 部门 holds, longest first; '' when none."""
    return next((phrase for phrase in HELD_LONGEST_FIRST if phrase in rest), "")


def asks_across_units(rest: str) -> bool:
    """哪个单位最多, 各单位呢: the follow-up asks of every loaded unit, not of the one before; 哪个下属单位最多
    asks of the units the one before holds."""
    return text_to_question(rest).has("units") and not any(word in rest for word in HELD_UNITS_SAID)


def one_of_the_items(rest: str, context: Context) -> str:
    """The one item of several answered before that the follow-up names by a word of it (年初 of 年初结转和
    结余 and 年末结转和结余), or ''."""
    said = rest.removesuffix("的")
    named = [item for item in context.items if said and said in item and said != item]
    return named[0] if len(named) == 1 else ""


def full_question(parts: Parts) -> str:
    """The question a follow-up stands for, in words the matcher reads: unit, year, scope and kind, then
    what is asked (年的: 2024年零工市场 would name a project)."""
    year = f"{parts.year}年的" if parts.year is not None else parts.relative
    return f"{parts.unit}{year}{parts.scope}{parts.kind}{parts.rest}"


def understood(parts: Parts, reading: Reading) -> str:
    """What a follow-up was taken to mean, for the answer to say: the document answered from when there
    is one (of each item, when several were asked) and it is of the year asked, else the unit, year and
    kind asked; then what was asked."""
    parts_read = [*reading.parts, *(part for item in reading.items for part in item.parts)]
    heads = {part.document.head.id: part.document.head for part in parts_read}
    other_year = reading.year_not_loaded is not None and not reading.year_not_loaded.asks_change
    if len(heads) == 1 and not other_year:  # 那省高院呢 of a year it lacks: read from its next year's
        where = next(iter(heads.values())).label
    else:
        year = f"{parts.year}年" if parts.year is not None else parts.relative
        where = " ".join(word for word in (parts.unit, f"{year}{parts.scope}{parts.kind}") if word)
    return " ".join(word for word in (where, parts.rest.removeprefix("的")) if word)


def next_context(parts: Parts, reading: Reading, index: Index, picked: str = "") -> Context:
    """The context after a reading: what was asked, and the documents answered from (or searched). A
    question that was not found moves it too: the next one may correct the year or unit (省高院已载入
    2019年…: 2019年的呢). `picked`: the row a follow-up picked from a list, its item as the list named it."""
    heads = [part.document.head for part in reading.parts]
    heads += [part.document.head for item in reading.items for part in item.parts]
    heads = heads or list(reading.documents)
    units = {head.unit_name for head in heads}
    years = {head.year for head in heads}
    if reading.kind in WHOLE_QUESTION_READINGS:
        item = item_in_question(parts.text, index)
        two_years = len(units) == 1 and len(years) == 2  # 哪年多, then 差多少: the two years again
        sides = list(dict.fromkeys(head.unit_name for head in heads))
        two_units = len(sides) == 2  # 两个单位比较, then 差多少: the two units again
        return Context(
            unit=units.pop() if len(units) == 1 else sides[1] if two_units else "",
            unit_before=sides[0] if two_units else "",
            year=max(years, default=None),
            year_before=min(years) if two_years else None,
            ask=parts.text,
            item=item,
            documents=ids(heads),
            reading=reading.kind.value,
            year_said=parts.year is not None or bool(parts.relative),
        )
    if reading.kind == ReadingKind.DOCUMENTS and (asked := documents_asked(clean(parts.text))):
        return Context(  # 是部门预算还是单位预算: asked again of another year (那2024年的呢), no item's frame
            unit=units.pop() if len(units) == 1 else parts.unit,
            year=years.pop() if len(years) == 1 else parts.year,
            year_said=parts.year is not None,
            ask=asked.said,
            documents=ids(heads),
            reading=reading.kind.value,
        )
    year = years.pop() if len(years) == 1 else parts.year
    if reading.year_not_loaded is not None and not reading.year_not_loaded.asks_change and parts.year:
        year = parts.year  # 那2018年呢 answered from 2019's narrative: 2018 is the year being asked
    return Context(
        unit=units.pop() if len(units) == 1 else parts.unit,
        year=year,
        year_said=parts.year is not None or bool(parts.relative),
        kind=parts.kind,
        scope=parts.scope,
        ask=answered_row(reading) if reading.printed_place else parts.rest,  # 第一个项目: that project
        item=picked or answered_name(item_of(parts.rest, index), reading),
        items=items_of(reading, index),
        listed=listed_of(reading),
        documents=ids(heads),
        reading=reading.kind.value,
    )


def answered_name(item: str, reading: Reading) -> str:
    """退休人员的钱 answered by the row 退休费: the row's own name is what the next question asks of (占人员经费
    多少 is 退休费's share), when the item was said in words the row's name does not hold and the row is
    no unit's; else the item."""
    label = answered_row(reading)
    if of_a_unit(reading):
        return item  # 实验小学三公经费: the unit's row names the unit, the item is still what was asked of it
    return label if item and label and compact(item) not in compact(label) else item


def of_a_unit(reading: Reading) -> bool:
    """The reading answered with the row of one unit a 部门 holds (宁溪县实验小学 of a “三公” table by unit)."""
    return len(reading.parts) == 1 and any(
        figure.row in reading.parts[0].document.unit_rows for figure in reading.parts[0].figures[:1]
    )


def answered_row(reading: Reading) -> str:
    """The name of the one row a reading answered with (not a total, nor a column read under another
    name); '' for any other reading."""
    parts = reading.parts
    if reading.kind != ReadingKind.ROW or len(parts) != 1 or parts[0].kind != ReadingKind.ROW:
        return ""
    figure = parts[0].figures[0] if parts[0].figures else None
    if figure is None or figure.label or figure.row in figure.row.table.total_rows:
        return ""
    return plain_label(figure.row.label)


def ids(heads: list[DocumentEntry]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(head.id for head in heads))


def listed_of(reading: Reading) -> tuple[str, ...]:
    """The rows (or projects) a list answer of one document numbered, in its order; after a project
    asked by its place (第一个项目), every project in the order that place counted."""
    if reading.printed_place and len(reading.parts) == 1:  # 第一个项目, then 第二个呢
        return tuple(plain_label(row.label) for row in project_rows(reading.parts[0].document, None))
    if len(reading.parts) != 1 or reading.parts[0].kind not in LISTED_READINGS:
        return ()
    part = reading.parts[0]
    if part.kind == ReadingKind.TARGET_LIST and part.indicators:  # 满意度100%的项目: those the list shows
        shown = (next(t for t in part.targets if indicator in t.indicators) for indicator in part.indicators)
        return tuple(dict.fromkeys(target.project for target in shown))
    if part.kind == ReadingKind.TARGET_LIST:
        return tuple(target.project for target in part.targets)
    if part.kind == ReadingKind.RANK_COMPLETION:
        return tuple(item.name for item in shown_items(part))
    if part.kind == ReadingKind.UNIT_LIST:  # 有哪些学校, then 第一所的三公经费: the unit by its name
        return tuple(UNIT_NOTE.sub("", plain_label(figure.row.label)) for figure in part.figures[:MAX_LISTED])
    return tuple(listed_name(figure) for figure in part.figures[:MAX_LISTED])


def listed_name(figure: TableFigure) -> str:
    """A listed row as a follow-up picks it: a project by its name; any other row with its table, for
    the same name in another table may count other money (一般公共服务支出 of 公开01表 and of 公开07表);
    a column read under its own name (公务用车购置及运行费 of a “三公” table by column) by that name."""
    if figure.label:
        return figure.label
    label, table = plain_label(figure.row.label), figure.row.table
    said = not table.is_projects and table.number and table_number_said(table.number) == table.number_value
    return f"{table.number}的{label}" if said else label


def items_of(reading: Reading, index: Index) -> tuple[str, ...]:
    """The items an answer was about when several: each item asked at once, or the rows it offered."""
    if reading.kind == ReadingKind.EACH:
        items = (item_of(item.subject, index) for item in reading.items)
        return tuple(dict.fromkeys(item for item in items if item))
    rows = [
        plain_label(figure.row.label)
        for part in reading.parts
        if part.kind == ReadingKind.RIVALS
        for figure in part.figures
    ]
    return tuple(dict.fromkeys(rows)) if len(rows) > 1 else ()


def which_item(question: str, ellipsis: Ellipsis, context: Context) -> Reading:
    """A follow-up asking something of "it" after an answer about several items: ask which, each
    choice the full question for one item."""
    choices = [
        (item, completed(ellipsis, replace(context, ask=item, item=item)).text) for item in context.items
    ]
    return Reading(ReadingKind.CHOOSE_ITEM, question, choices=tuple(choices))

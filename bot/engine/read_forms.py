"""Question forms beyond one amount: several items at once (A和B分别是多少), what the money is mainly
for (largest 功能分类 classes with their shares), what a 科目 code is, how many projects there are,
which units a 部门预算 covers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.engine.concepts import CONCEPTS, concept_words
from bot.engine.entries import DocumentIndex, RowEntry, SentenceEntry, TableEntry, side_named
from bot.engine.lexicon import (
    AMOUNT_NOUN_ENDINGS,
    AVERAGE_WORD,
    BARE_TOTALS,
    CODE_WORDS,
    COLUMN_CUES,
    COMPOUND_ITEMS,
    CURRENT_TOTAL_WORDS,
    EACH_WORDS,
    EVERY_ONE_WORDS,
    EVERY_UNIT_WORDS,
    HELD_UNITS_SAID,
    HELD_UNITS_WORDS,
    ITEM_JOINER,
    MONEY_WORDS,
    SOURCE_WORDS,
    TABLE_ROWS,
    TOTAL_LABELS,
    TOTAL_WORDS,
    UNIT_KIND_NAMES,
    UNIT_LIST_WORDS,
    WHAT_WORDS,
    ColumnCue,
)
from bot.engine.question import (
    INCOME_SOURCE_ASKED,
    MAIN_USE_ASKED,
    SUMMED_JOINED,
    Question,
    asks_the_less,
    held_units_of,
    income_all_of,
    segment,
    subject_variants,
    table_numbers_said,
    units_of_a_kind,
)
from bot.engine.read_amounts import main_figure, read_row, row_value
from bot.engine.read_change_ranks import item_core
from bot.engine.read_concepts import concept_apart_in, concept_named, unit_concept_value, units_of_concept
from bot.engine.read_lists import (
    MIN_GROUP_SCORE,
    PROJECT_GROUP,
    attribute_asked,
    carried_asked,
    economic_items,
    figure_value,
    functional_classes,
    fund_title,
    income_sources,
    item_rows,
    named_projects,
    names_only_projects,
    project_rows,
    targets_named,
    with_ties,
)
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import plain_label
from bot.engine.scoring import (
    ColumnTotal,
    Match,
    Query,
    Scorer,
    best,
    count_matches,
    sentence_matches,
    sort_matches,
)
from bot.engine.similarity import CARRY_WORDS, EXACT, match_key
from knowledge.standard_tables import FUNCTIONAL_KINDS, TableKind
from knowledge.text import compact
from knowledge.units import UNIT_ENDINGS, split_regions

ITEM_JOINERS = re.compile(f"({ITEM_JOINER})")
MAIN_USES_SHOWN = 3
SPOKEN_FILLER = re.compile("主要|都|的|了")
FUNDS_ENDING = re.compile("(?:资金|钱)$")
WHERE_WORDS = "(?:几大?|大)?(?:个|些|类|项|科目|方面|领域|块|板块|部分|上|里)*"
WHERE_ONLY = re.compile(WHERE_WORDS)
"""What is left of 钱主要花在哪个科目上, 花在哪几大块 once 花在哪 is taken: words of where, no item."""
MONEY_AND_WHERE = re.compile(rf"(?:资金|钱|经费){WHERE_WORDS}")
"""资金主要花在哪几大块: the money said first and the words of where after it, no item."""
SHARE_OF = "占比"
SHARES_OF_JOINED = re.compile(rf"(?:{ITEM_JOINER}).+?的?(?:比例|占比|比重|份额)")
JOINED_THEN_SHARE = re.compile(rf"(?:{ITEM_JOINER})[^占]+?占(?!比)")
"""办公费和差旅费占基本支出多少: items joined before the 占 of the whole they are shares of."""
CARRY = re.compile("结转|结余")
CARRY_SAID = re.compile("结转|结余|和|及|与|情况|数")
"""What a subject that asks only for money carried over holds (结转和结余, 结余情况)."""
GLOSSARY_NAME = "名词解释"
MAX_SHARED_ENDING = 3
LABELS_CACHED = 256  # documents whose row labels are kept: more than an index holds at once
MIN_CONTRACTED_HEAD = 2
EMPTY_TABLES_ASKED = re.compile(
    r"(?:哪|几)[张个些](?:表格?|报表)?(?:是|为)?(?:空|无数据|没有数据|没数据)|空(?:白)?(?:表格?|报表)"
)
"""哪张表是空的, 哪些表没有数据, 空表有哪些: the tables that print no figure."""
TABLES_ASKED = re.compile(
    r"(?:哪些|哪几张|几张|多少张|几个|多少个|什么)(?:公开)?的?(?:表格?|报表)"
    r"|(?:表格?|报表)(?:的)?(?:目录|清单|列表)"
    r"|(?:公开的?)?(?:表格?|报表)(?:都|一共|总共|共)?有(?:哪些|哪几张|几张|多少张|什么)"
)
"""有哪些表, 公开了几张表格, 表格目录, 表格有哪些: the document's tables, not a figure in one."""
MONEY_UNIT_ASKED = re.compile(
    r"(?:金额|计量|货币|数字的?|数据的?)单位"
    r"|(?:千元|万元|亿元|元)还是(?:千元|万元|亿元|元)"
    r"|单位(?:是|为)(?:不是)?(?:千元|万元|亿元|元)"
    r"|(?:以|用|按)什么(?:作为|为)?单位"
)
"""金额单位是什么, 是万元还是元, 单位是元吗, 以什么为单位: the unit the tables print their money in, not a
unit (单位) of government."""
TABLE_LIST_WORDS = re.compile(r"这份|那份|公开|表格?|报表|张|份|一共|总共|共|了|目录|清单|列表")
"""What a question asking for the tables may say besides them: no item."""
MONEY_CARRIED = ("财政拨款", "一般公共预算", "政府性基金", "国有资本经营")
"""The money a carry may be said of (财政拨款结转结余): each side's row names it."""
STATED_COUNT_SCORE = 85.0
UNITS_TOPIC = "预算单位构成包括纳入"
"""What a question about the units a 部门预算 covers is matched with: the narrative says it so."""
UNITS_SENTENCE_FLOOR = 50.0
"""The narrative's sentence on its units, said in words of its own (部门预算是包括万里街道本部以及下属5家
预算单位的…), scores at least this; below it a sentence only shares a word (主要包括：基本工资…)."""


def asks_each(question: Question) -> bool:
    return (
        any(word in question.text for word in EACH_WORDS)
        or shares_of_several(question)
        or bool(SUMMED_JOINED.search(question.text))
    )


def shares_of_several(question: Question) -> bool:
    """基本支出和项目支出的比例 (items joined, then the word of a share, and no 占 of a whole said), 办公费和差
    旅费占基本支出多少 (items joined, then 占 a whole): each item's share, as 各占多少 asks."""
    text = question.text
    if "占" not in text.replace(SHARE_OF, ""):
        return bool(SHARES_OF_JOINED.search(text))
    return bool(JOINED_THEN_SHARE.search(text))


def asked_items(subject: str, documents: tuple[DocumentIndex, ...]) -> list[str]:
    """社会保障和就业支出和卫生健康支出 → [社会保障和就业支出, 卫生健康支出]: cut at 和/与/及/跟/、, except
    where the words on both sides make a name the documents print."""
    pieces = ITEM_JOINERS.split(subject)
    items = [pieces[0]]
    if len(pieces) > 1:  # a joining word: the names it may stand within
        labels = {compact(row.label) for document in documents for row in document.rows}
        printed = "|".join(labels)
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        joined = items[-1] + joiner + piece
        spanned = spans_joiner(compact(items[-1]), compact(joiner), compact(joined), labels)
        named = any(joiner in word and word in compact(joined) for word in concept_words())  # 购置及运行
        if compact(joined) in printed or spanned or named:
            items[-1] = joined
        else:
            items.append(piece)
    items = [item for item in items if item]
    if not items:
        return items
    if len(items) == 1:
        return side_by_side(items[0], documents) or items
    return [items[0], *(other_side_shared(items[0], item) for item in items[1:])]


BALANCE_SIDES = ("收入", "支出")
"""The two sides of a budget's balance: 一般公共预算收入 and 一般公共预算支出 are one fund's two sides."""


def other_side_shared(first: str, second: str) -> str:
    """一般公共预算收入和支出: the second item said only as the other side of the first's balance (支出) is
    that side of the same fund (一般公共预算支出); any other second item as said."""
    for side, other in (BALANCE_SIDES, BALANCE_SIDES[::-1]):
        if compact(second) == other and compact(first).endswith(side) and len(compact(first)) > len(side):
            return compact(first)[: -len(side)] + other
    return second


MIN_NAMED_REST = 2


def spans_joiner(before: str, joiner: str, joined: str, labels: set[str]) -> bool:
    """城乡社区规划与管理完成预算: a name printed whole across this joiner (words before it and after it),
    followed by words that name no row (完成预算); not one followed by an item it holds (商品和服务支出中
    差旅费: the whole said first)."""
    at = len(before)
    for label in labels:
        if joiner not in label:
            continue
        start = joined.find(label)
        while start >= 0:
            rest = joined[start + len(label) :]
            named = any(len(other) >= MIN_NAMED_REST and other in rest for other in labels)
            if start < at and start + len(label) > at + len(joiner) and not named:
                return True
            start = joined.find(label, start + 1)
    return False


def compound_parts(subject: str, documents: tuple[DocumentIndex, ...]) -> list[str]:
    """水电费 → [水费, 电费]: a name of several items at once, where no row of the documents prints it
    (a unit whose table has a 水电费 row is asked that row); [] otherwise."""
    said = compact(subject)
    name = next((name for name in sorted(COMPOUND_ITEMS, key=len, reverse=True) if said.endswith(name)), "")
    if not name:
        return contracted_parts(said, documents)
    if any(name in compact(row.label) for document in documents for row in document.rows):
        return []
    return [f"{said.removesuffix(name)}{part}" for part in COMPOUND_ITEMS[name]]


@functools.lru_cache(maxsize=LABELS_CACHED)
def printed_labels(document: DocumentIndex) -> frozenset[str]:
    """Every row's label as printed, ordinals left off: read once per document, not once per question."""
    return frozenset(plain_label(row.label) for row in document.rows)


@functools.lru_cache(maxsize=LABELS_CACHED)
def column_headings(document: DocumentIndex) -> frozenset[str]:
    """Every heading of a column, each level apart (基本支出 of 2024年预算数/基本支出)."""
    return frozenset(part for row in document.rows for cell in row.cells for part in cell.column.split("/"))


FEE_ENDING = "费"
MIN_FEE = 3
"""会议费, 机关运行经费, “三公”经费: an item of spending the tables print, named for what it pays."""


@functools.lru_cache(maxsize=LABELS_CACHED)
def printed_fees(document: DocumentIndex) -> frozenset[str]:
    """The fees the document prints as rows, column headings, 名词解释 terms or whole tables (会议费, “三公”
    经费 of a table titled 财政拨款“三公”经费支出决算表 whose total row says only 合计), compared as keys."""
    headings = column_headings(document)
    terms = {term.term for term in document.terms}
    titled = {
        concept.name
        for concept in CONCEPTS
        for table in document.tables
        if any(word in compact(table.title) for word in concept.words)
    }
    names = {match_key(name).text for name in printed_labels(document) | headings | terms | titled}
    return frozenset(name for name in names if len(name) >= MIN_FEE and name.endswith(FEE_ENDING))


def fees_unsaid(query: Query, document: DocumentIndex) -> frozenset[str]:
    """The fees the document prints that no reading of the subject names (出国费 reads 因公出国（境）费): a
    stated item naming one (“三公”经费财政拨款支出 for 财政拨款支出) is that fee's, however much of the rest
    the two share. Read once per question and document, not once per stated figure."""
    asked = [match_key(variant) for variant in query.variants]
    return frozenset(
        fee
        for fee in printed_fees(document)
        if not any(key.core and (key.core in fee or fee in key.text) for key in asked)
    )


def names_a_fee(item: str, fees: frozenset[str]) -> bool:
    """The stated item names one of the fees (as fees_unsaid gives them)."""
    stated = match_key(item).text
    return any(fee in stated for fee in fees)


def contracted_parts(said: str, documents: tuple[DocumentIndex, ...]) -> list[str]:
    """离退休费 → [离休费, 退休费]: two printed items said as one, alike in length, their shared ending said
    once (离休费 and 退休费 share 休费); both must be rows of the documents and the name itself none; []
    otherwise."""
    labels = set().union(*(printed_labels(document) for document in documents))
    if said in labels:
        return []
    for ending in range(1, min(MAX_SHARED_ENDING, len(said) - MIN_CONTRACTED_HEAD) + 1):
        head, tail = said[:-ending], said[-ending:]
        if len(head) % 2:
            continue  # the two are said alike (离退, 水电, 会议培训); 其他工资福利支出 is no 其他支出
        parts = [head[: len(head) // 2] + tail, head[len(head) // 2 :] + tail]
        if all(part in labels for part in parts):
            return parts
    return []


def carried_both_ways(subject: str, documents: tuple[DocumentIndex, ...]) -> list[str]:
    """结转结余 asked of a 决算, which prints 年初结转和结余 (carried in) and 年末结转和结余 (carried out):
    [the first row carried in, the first carried out], for a carry said with no side is either (of the
    money said, 财政拨款结转结余, or the one side printed of that money); [] when the subject says its
    side or is more than a carry, or the documents print only one side of all money (a 预算's 上年结转)."""
    said = match_key(subject).core
    sided = any(word in subject for words in CARRY_WORDS for word in words)  # 年初 is no word of a core
    money = CARRY_SAID.sub("", compact(subject))  # 财政拨款结转结余: the money carried, each row names it
    if sided or not CARRY.search(said) or (money and money not in MONEY_CARRIED):
        return []
    ways: dict[int, str] = {}
    for document in documents:
        for row in document.rows:
            label = plain_label(row.label)
            way = {way for way, words in enumerate(CARRY_WORDS) if any(word in label for word in words)}
            if CARRY.search(label) and len(way) == 1 and money in compact(label):
                ways.setdefault(way.pop(), label)
    return [ways[way] for way in sorted(ways)] if len(ways) == len(CARRY_WORDS) or money else []


def rows_joined(subject: str, documents: tuple[DocumentIndex, ...]) -> list[str]:
    """电费和水费, 基本支出和项目支出 asked with no 各 or 分别: the items, when each is a row's or a column's
    whole name and the two together name none; [] otherwise (社会保障和就业支出 is one name). Said with
    nothing between (水费电费), each must be a row's name and neither a total (人员经费合计 is one item)."""
    items = asked_items(subject, documents)
    if len(items) < 2:
        return []
    if not joiner_between(subject, items):
        totals = any(item in (*TOTAL_LABELS, *TOTAL_WORDS) for item in items)
        column = column_of_row(items, documents)  # 教育支出上年结转: that column of the row
        return [] if totals or column or one_within_another(items, documents) else items
    names = {
        compact(plain_label(side_named(row.label, row.side)))
        for document in documents
        for row in document.rows
    }  # 收入总计 and 支出总计: each side's 总计 by its side
    names |= {compact(heading) for document in documents for heading in column_headings(document)}
    return items if all(compact(item) in names for item in items) else []


def joiner_between(subject: str, items: list[str]) -> bool:
    """A joining word stands between the items (电费和水费), not only within one (水利年初结转和结余)."""
    between = subject
    for item in items:
        between = between.replace(item, " ")
    return bool(ITEM_JOINERS.search(between))


def column_of_row(items: list[str], documents: tuple[DocumentIndex, ...]) -> bool:
    """教育支出上年结转: a row's name said before a column's (one the tables print, or one saying a word a
    question names columns by: 上年结转 heads a column as well as a row) asks that column of the row, not two
    items; two columns said together (基本支出项目支出) stay two."""
    *rows, column = [compact(item) for item in items]
    return names_a_column(column, documents) and not any(names_a_column(row, documents) for row in rows)


def names_a_column(said: str, documents: tuple[DocumentIndex, ...]) -> bool:
    """A heading the tables print, or words a question names columns by (年初结转和结余 says 结转)."""
    headings = {compact(heading) for document in documents for heading in column_headings(document)}
    return compact(said) in headings or any(word in said for cue in COLUMN_CUES for word in cue.words)


def row_said_once(items: list[str], documents: tuple[DocumentIndex, ...]) -> list[str]:
    """就业补助上年结转和本年收入: the columns said after a row's first column are that row's too (就业补助
    本年收入), never the unit's whole 本年收入."""
    if len(items) < 2 or not all(names_a_column(later, documents) for later in items[1:]):
        return items
    labels = {compact(plain_label(row.label)) for document in documents for row in document.rows}
    words = segment(items[0])
    for cut in range(1, len(words)):
        row, column = "".join(words[:cut]), "".join(words[cut:])
        if compact(row) in labels and column_of_row([row, column], documents):
            return [items[0], *(row + later for later in items[1:])]
    return items


def column_rows_passed_over(query: Query, document: DocumentIndex, matches: list[Match]) -> list[Match]:
    """水利年初结转和结余: the row said first is asked in the column said after it; the row the column's
    words name on their own (the 收支总表's 年初结转和结余, the unit's whole) is another item, never its
    answer."""
    items = asked_items(query.subject, (document,))
    if len(items) < 2 or not column_of_row(items, (document,)):
        return matches
    column = compact(items[-1])
    return [
        match
        for match in matches
        if not (
            isinstance(match.item, (RowEntry, ColumnTotal))
            and compact(plain_label(match.item.label)) == column
        )
    ]


def one_within_another(items: list[str], documents: tuple[DocumentIndex, ...]) -> bool:
    """卫生健康支出公务员医疗补助: a row said after one above it names that row by its path, not two items."""
    said = {compact(item) for item in items}
    return any(
        compact(plain_label(row.label)) in said
        and any(compact(plain_label(above.label)) in said for above in row.ancestors())
        for document in documents
        for row in document.rows
    )


def side_by_side(said: str, documents: tuple[DocumentIndex, ...]) -> list[str]:
    """水费电费各多少, 会议费培训费: items said with nothing between them, when no row is labelled with them
    together: each a row's whole label, or a fee however named (会议费 of a unit that prints none is still
    asked, and answered not found, never dropped); [] otherwise."""
    labels = {compact(row.label) for document in documents for row in document.rows}
    whole = compact(said)
    if whole in labels:
        return []
    parts = items_in_a_row(whole, labels)
    printed = all(part in labels for part in parts)
    fees = all(part.endswith(FEE_ENDING) for part in parts)  # 检察办案费 is no 检察 beside 办案费
    if len(parts) < 2 or not (printed or fees) or concept_before_its_part(parts, labels):
        return []
    return [] if one_within_another(parts, documents) else parts


def concept_before_its_part(parts: list[str], labels: set[str]) -> bool:
    """三公经费公务接待费, 三公经费火箭费 (said 三公经费里火箭费): a concept said before one of its parts, or
    before a fee no table prints, names the part within it, not two items; 三公经费会议费 names two."""
    for at, part in enumerate(parts[:-1]):
        for concept in CONCEPTS:
            if not any(word in part for word in (concept.name, *concept.words)):
                continue
            apart = {word for piece in concept.apart for word in (piece.name, *piece.words)}
            later = parts[at + 1 :]
            if any(later_part not in labels and later_part not in apart for later_part in later):
                return True
            within = {word for piece in concept.parts for word in (piece.name, *piece.words)}
            if any(word in later_part for later_part in later for word in within):
                return True
    return False


def items_in_a_row(said: str, labels: set[str]) -> list[str]:
    """办公费水费电费 → [办公费, 水费, 电费]: the shortest first item that leaves items after it; [] when no cut
    leaves items all through."""
    for cut in range(MIN_SIDE, len(said) - MIN_SIDE + 1):
        first, rest = said[:cut], said[cut:]
        if not item_alone(first, labels):
            continue
        if rest in labels:
            return [first, rest]
        if len(after := items_in_a_row(rest, labels)) >= 2:
            return [first, *after]
        if fee_named(rest):
            return [first, rest]
    return []


def item_alone(said: str, labels: set[str]) -> bool:
    return said in labels or fee_named(said)


def fee_named(said: str) -> bool:
    """会议费, 水费: a name of what money pays, not the bare word for money (经费) nor a path through
    another amount (基本支出维修费 is 维修费 within 基本支出, not an item beside 会议费)."""
    before = said.removesuffix(FEE_ENDING)
    within = any(noun in before for noun in AMOUNT_NOUN_ENDINGS if len(noun) > 1)
    return said.endswith(FEE_ENDING) and said not in BARE_FEES and not within


BARE_FEES = ("经费", "收费", "缴费")
"""End a fee's name (工会经费, 养老保险缴费) but stand alone for no item: 缴费经费 is one name."""
MIN_SIDE = 2
"""水费: the shortest item said beside another."""
MODIFIER_LENGTH = 2
"""年初, 在职: an item this short, said before another, shares that one's head noun."""


def shared_head(item: str, items: list[str]) -> str:
    """政府采购货物和服务 → 政府采购服务, 年初和年末结转结余 → 年初结转结余: an item said as one word is also
    read with the words another item says around it (the first item's words before its last, for a later
    item; for an earlier item of two characters, a bare 年初 or 在职, what the last item says after as
    many), a reading beside the item as said, as 基本工资和津贴补贴 names two whole items; '' for an item
    of several words, and for a fee, named whole by itself (三公经费会议费: 会议费 is no 三公经费's)."""
    if len(segment(item)) != 1 or fee_named(compact(item)):
        return ""
    first, last = segment(items[0]), items[-1]
    if item != items[0] and len(first) >= 2:
        return "".join(first[:-1]) + item
    if item != last and len(item) <= MODIFIER_LENGTH < len(last) - len(item):
        return item + last[len(item) :]
    return ""


def asks_main_uses(query: Query) -> bool:
    """钱主要花在哪, 支出的主要用途: where the money goes, asked of the whole; of an item (零工市场运营费用
    的主要用途) it asks what the item is for."""
    item = item_said(query)
    whole = (
        not item
        or item in (*BARE_TOTALS, *MONEY_WORDS)
        or bool(column_named(query))
        or bool(spending_table_named(query))
    )
    return bool(MAIN_USE_ASKED.search(query.question.text)) and whole


def spending_table_named(query: Query) -> str:
    """一般公共预算支出主要用于哪些方面: the spending the subject names as a 功能分类 table prints it whole
    (一般公共预算支出表), so its classes answer; '' for any other subject."""
    item = compact(item_said(query))
    if item and f"{item}{SPENDING_WORD}" in compact(query.question.text):
        item = f"{item}{SPENDING_WORD}"  # 一般公共预算支出构成: 支出构成 asked, 支出 said of the item too
    if not item.endswith(SPENDING_WORD):
        return ""
    titled = (fund_title(t) for d in query.documents for t in d.tables if t.kind in FUNCTIONAL_KINDS)
    return item if any(item in title for title in titled) else ""


def item_said(query: Query) -> str:
    """The subject without spoken filler nor a closing 资金 (上年结转资金 is the money 上年结转 names); ''
    when only words of where are left (哪个科目上), or money and such words (资金…哪几大块)."""
    item = SPOKEN_FILLER.sub("", query.subject)
    item = FUNDS_ENDING.sub("", item) or item
    return "" if WHERE_ONLY.fullmatch(item) or MONEY_AND_WHERE.fullmatch(item) else item


def column_named(query: Query) -> list[ColumnCue]:
    """项目支出主要用在哪: the columns of the 功能分类 table its subject names (基本支出, 项目支出)."""
    item = item_said(query)
    return [cue for cue in query.question.columns if item and item in cue.words]


def read_main_uses(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """钱主要花在哪: the largest 功能分类 classes, with the table's total their shares are taken of; in the
    column the subject names (项目支出主要用在哪), that column's classes and total."""
    named = spending_table_named(query)  # 一般公共预算支出主要用于哪: that table's classes
    columns = [] if named else column_named(query)  # 一般公共预算支出构成: no 一般公共预算 column
    found = functional_classes(document, columns, named)  # 项目支出 of a table without it: never its 合计
    if found is None and columns:
        found = economic_items(document, columns)  # 公用经费主要用在哪: its 经济分类 items
    if found is None:
        return None
    table, classes = found
    figures = [main_figure(row, columns) for row in classes]
    ranked = sorted(
        figures, key=lambda figure: (figure.cell.value if figure.cell else None) or 0, reverse=True
    )
    shown = [figure for figure in ranked if figure.cell and figure.cell.value]
    total = table.total_row
    return DocumentReading(
        ReadingKind.MAIN_USES,
        document,
        figures=tuple(
            shown if every_one_asked(query.question.text) else shown[: query.question.top or MAIN_USES_SHOWN]
        ),
        elsewhere=(main_figure(total, columns),) if total is not None else tuple(shown),
        table=table,
        count=len(shown),
    )


def read_item_uses(question: Question, part: DocumentReading) -> DocumentReading | None:
    """社会保障和就业支出主要用在哪, asked of a row the narrative says nothing of: the rows printed under it
    (its 款, or 基本工资 and the rest under 工资福利支出), largest first, with their shares of it; None for a
    row nothing is printed under."""
    figure = part.figures[0]
    column = figure.cell.column if figure.cell else None
    children = [row for row in figure.row.table.rows if row.parent is figure.row]
    figures = [TableFigure(row, next((c for c in row.cells if c.column == column), None)) for row in children]
    shown = sorted((f for f in figures if f.cell and f.cell.value), key=figure_value, reverse=True)
    if not shown or figure.label or figure.row.is_total:
        return None
    return DocumentReading(
        ReadingKind.MAIN_USES,
        part.document,
        figures=tuple(shown if every_one_asked(question.text) else shown[: question.top or MAIN_USES_SHOWN]),
        elsewhere=(figure,),
        table=figure.row.table,
        name=plain_label(figure.row.label),
        count=len(shown),
    )


def every_one_asked(text: str) -> bool:
    return any(word in text for word in EVERY_ONE_WORDS)


def asks_income_sources(question: Question) -> bool:
    return bool(INCOME_SOURCE_ASKED.search(question.text)) or income_all_of(question.text)


def names_an_item(subject: str) -> bool:
    """零工市场 of 零工市场的钱从哪来: the subject names what the money is for, beyond the words asking
    where money comes from (来源, 收入, 财政 of 收入全部来自财政吗)."""
    return bool(item_core(re.sub("|".join(SOURCE_WORDS), "", INCOME_SOURCE_ASKED.sub("", subject))))


def read_income_sources(document: DocumentIndex) -> DocumentReading | None:
    """钱从哪来: the income side of the 收支总表, each source that holds money, largest first, with the
    side's last total (收入总计, 总计: what the year had to spend) their shares are taken of."""
    found = income_sources(document)
    if found is None:
        return None
    table, sources, totals = found
    ranked = sorted(sources, key=lambda row: row_value(row) or 0, reverse=True)
    return DocumentReading(
        ReadingKind.INCOME_SOURCES,
        document,
        figures=tuple(main_figure(row) for row in ranked),
        elsewhere=(main_figure(totals[-1]),),
        table=table,
        count=len(ranked),
    )


def asks_code(question: Question) -> bool:
    """2080101是什么项目 / 行政运行是什么科目 / 行政运行的科目编码."""
    what = any(word in question.text for word in WHAT_WORDS) or question.glossary_term is not None
    named = bool(question.codes) or any(word in question.text for word in CODE_WORDS)
    return what and named or any(word in question.text for word in CODE_WORDS[1:])


def code_matches(query: Query, documents: tuple[DocumentIndex, ...]) -> list[Match]:
    """Rows with the code asked, else the 科目 rows (those with a code) whose name fits."""
    found = []
    for document in documents:
        for row in document.rows:
            if not row.code:
                continue
            score = 100.0 if row.code in query.question.codes else query.scorer(row.key)
            found.append(Match(score, row, document))
    return sort_matches([match for match in found if match.score >= query.settings.min_score])


CODE_ASKED = re.compile(
    r"(?:是|属于|归属|对应|列在|列入)?(?:哪个|哪一个|哪一|哪项|什么)?(?:功能分类|支出)?(?:科目|编码|代码)+"
)
"""属于哪个科目, 的科目编码: the words that ask for a code, apart from what it is asked of."""


def project_code_matches(query: Query, documents: tuple[DocumentIndex, ...]) -> list[Match]:
    """零工市场是什么科目: a code asked of a project, which project tables print without one; the projects
    whose names hold what is asked of (else the one that fits best), so the answer says the document
    gives the projects and no code."""
    asked = CODE_ASKED.sub("", query.subject).removesuffix(PROJECT_GROUP)  # 饮水安全项目: the project
    if not asked:
        return []
    score = Scorer(subject_variants(asked), query.selection.item_years)
    found = sort_matches(
        [
            match
            for document in documents
            for row in project_rows(document, None)
            if (match := Match(score(row.key), row, document)).score >= query.settings.min_score
        ]
    )
    core = match_key(asked).core
    holding = [match for match in found if core and core in match.item.key.core]
    return holding or found[:1]


def read_code(document: DocumentIndex, matches: list[Match]) -> DocumentReading | None:
    """The 科目 row asked; or, for a code asked of projects (rows without one), each of them."""
    rows = [match.item for match in matches if isinstance(match.item, RowEntry)]
    if not rows:
        return None
    asked = rows if not rows[0].code else rows[:1]
    return DocumentReading(ReadingKind.CODE, document, figures=tuple(main_figure(row) for row in asked))


def read_table_agreement(document: DocumentIndex, numbers: tuple[int, int]) -> DocumentReading | None:
    """表一和表四一致吗: each total the two tables both print under one label on one side (收入总计 beside
    收入总计), read in each; where they share none, the two tables' own totals. None when either table is
    missing."""
    first, second = (
        next((table for table in document.tables if table.number_value == number), None) for number in numbers
    )
    if first is None or second is None:
        return None
    labelled = {(row.side, compact(plain_label(row.label))): row for row in second.total_rows}
    pairs = [
        (row, labelled[key])
        for row in first.total_rows
        if (key := (row.side, compact(plain_label(row.label)))) in labelled
    ]
    if not pairs:
        pairs = sided_totals(first, second) or [(one, both) for both, one in sided_totals(second, first)]
    figures = tuple(main_figure(row) for pair in pairs for row in pair)
    return (
        DocumentReading(ReadingKind.TABLE_AGREEMENT, document, figures=figures, table=first)
        if pairs
        else None
    )


def sided_totals(both: TableEntry, one: TableEntry) -> list[tuple[RowEntry, RowEntry]]:
    """收入支出决算表 beside 收入决算表: the one-sided table's total beside the other's total of that side
    for the year (本年收入合计, not the 总计 that adds what was carried over); [] when `one` is not of one
    side, or `both` prints no total on it."""
    total = one.total_row
    if not one.one_side or total is None:
        return []
    rows = [row for row in both.total_rows if row.side == one.one_side]
    current = [row for row in rows if row.key.text.startswith(CURRENT_TOTAL_WORDS)]
    return [(row, total) for row in (current or rows)[:1]]


ROWS_ASKED = re.compile(r"(?:几|多少)个?(?:行|项目?|条)(?:数据|内容)?(?:呢|吗)?$")
"""表三有多少行, 表十二有几个项目, 表五有几条: the rows of the table named are counted."""


def counts_table_rows(query: Query) -> bool:
    return (
        query.question.table_number is not None
        and bool(ROWS_ASKED.search(query.question.text))
        and any(
            table.number_value == query.question.table_number for d in query.documents for table in d.tables
        )
    )


def counts_projects(question: Question) -> bool:
    noun = question.count_noun
    return noun is not None and PROJECT_GROUP in noun.nouns


def averages_projects(question: Question) -> bool:
    """平均每个项目多少钱, 项目平均多少: the projects' amounts over their count (per_capita_of has left
    out what is per person)."""
    return AVERAGE_WORD in question.text and PROJECT_GROUP in question.text


def read_project_count(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """有几个项目: the rows of the project tables (this year's and those carried over), counted; those whose
    names hold what the subject says besides 项目 (第一书记的项目), when some do. 表十二有几个项目, 表三有
    多少行: the rows of the table named; 表12和表13一共多少个项目, of each table named."""
    if (number := query.question.table_number) is not None:
        numbers = table_numbers_said(query.question.text) if isinstance(number, int) else [number]
        named = [table for table in document.tables if table.number_value in (numbers or [number])]
        rows = [row for table in named for row in item_rows(document, table)]
        if not rows:
            return None
        name = PROJECT_GROUP if named[0].is_projects else TABLE_ROWS
        figures = tuple(main_figure(row) for row in rows)
        return DocumentReading(ReadingKind.COUNT_ROWS, document, figures=figures, name=name, count=len(rows))
    name, rows = named_projects(query, document)
    if not rows:
        return None
    figures = tuple(main_figure(row) for row in rows)
    return DocumentReading(ReadingKind.COUNT_ROWS, document, figures=figures, name=name, count=len(rows))


def stated_count_named(query: Query) -> bool:
    """其他运转类项目有几个 / 实行绩效目标管理的项目有几个: the subject names more than the counted noun and the
    narrative states that count, so it answers rather than the rows of the project tables."""
    noun = query.question.count_noun
    if noun is None or not query.subject or query.subject in noun.nouns:
        return False
    matches = count_matches(list(query.documents), query.scorer, query.question)
    return bool(matches) and matches[0].score >= STATED_COUNT_SCORE


UNITS_LISTED_AFTER = re.compile(
    r"(?P<units>(?:下属|所属|预算|二级|基层)单位)(?:都|一共|共)?(?:有|是|包括|包含)(?:哪些|哪几个|哪几家)"
    r"|(?:的|^|年|年度)单位(?:都|一共|共)?(?:有|是|包括|包含)(?:哪些|哪几个|哪几家)(?=$|呢|吗)"
)
"""下属单位有哪些, 所属单位都是哪几家, 决算的单位有哪些, 2018年单位有哪些: the units a 部门 holds, asked after
their name."""
HELD_UNITS = re.compile(rf"(?P<units>(?:{'|'.join(HELD_UNITS_SAID)})(?:事业)?单位)")
HELD_UNITS_NAMED = re.compile(rf"(?:{'|'.join(HELD_UNITS_SAID)})[\u4e00-\u9fff]{{0,2}}单位")
HELD_UNITS_HEADING = re.compile(f"{HELD_UNITS_NAMED.pattern}$")


def names_held_units(item: object) -> bool:
    """The sentence says 所属（事业）单位 itself, or stands under a heading that is that name ((二)下属事业单位),
    not one that only mentions it (部门机构设置和所属单位情况)."""
    if not isinstance(item, SentenceEntry):
        return False
    return bool(
        HELD_UNITS_NAMED.search(compact(item.text)) or HELD_UNITS_HEADING.search(compact(item.section))
    )


def unit_matches(query: Query) -> list[Match]:
    """包括哪些单位, 下属单位有哪些: the sentence on the units the budget covers and, when the question
    names them (下属单位, or 所属单位 as the narrative may say), the one that lists units by that name,
    side by side as equally good; none when no sentence speaks of them."""
    said = UNITS_LISTED_AFTER.search(query.question.text) or HELD_UNITS.search(query.question.text)
    named = said.group("units") if said else None
    held = [f"{way}单位" for way in HELD_UNITS_SAID] if named else []
    groups = [subject_variants(UNITS_TOPIC), *([[*subject_variants(named), *held]] if named else [])]
    found = [
        sorted(  # of sentences alike, one that names the units before one only under a heading naming them
            (m for m in best(sentence_matches(d, variants)) if m.score >= UNITS_SENTENCE_FLOOR),
            key=lambda m: named_group and not names_held_units(m.item),
        )[:1]
        for d in query.documents
        for named_group, variants in zip((False, True), groups, strict=False)
    ]
    top = max((m.score for matches in found for m in matches), default=0.0)
    return [Match(top, m.item, m.document) for matches in found for m in matches]


SPENDING_WORD = "支出"
UNITS_TABLE_TITLE = "单位构成"
"""部门预算单位构成表, 二、部门决算单位构成: a table (or a section printed as one) listing a 部门's units."""
OWN_BODY = re.compile("本级|本部")
"""宁溪县教育局本级, 万里街道本部: the 部门's own body among its units, no 下属单位."""


UNIT_NAME_ENDINGS = (*UNIT_ENDINGS, "学")
"""A unit's name ends so (局, 院, 中心, 学 of 第一中学), an item's (建设, 补助, 经费) does not."""
WHOLE_KINDS = (TableKind.SUMMARY, TableKind.INCOME, TableKind.SPENDING, TableKind.FISCAL_SUMMARY)
"""Tables whose row for a unit is all of its money; in any other a unit's row is one kind of it."""


def units_table(document: DocumentIndex) -> TableEntry | None:
    return next((table for table in document.tables if UNITS_TABLE_TITLE in compact(table.title)), None)


def unit_row(document: DocumentIndex, row: RowEntry) -> bool:
    """A row printing one unit of the 部门 (宁溪县实验小学 of a “三公” table by unit): a unit its 单位构成 lists,
    its own body (本级), the document's unit, or a name under the document's own region ending as units'
    names do."""
    label = plain_label(row.label)
    listed = units_table(document)
    if listed is not None and any(compact(other.label) == compact(label) for other in listed.rows):
        return True
    if OWN_BODY.search(label) or label == document.head.unit_name:
        return True
    regions, rest = split_regions(label)
    own = split_regions(document.head.unit_name)[0]
    return bool(regions) and regions[-1] in own and rest.endswith(UNIT_NAME_ENDINGS)


def held_units_asked(question: str) -> bool:
    """下属单位的, 所属单位: the units a 部门 holds are asked of, its own body (本级) apart."""
    return any(word in question for word in HELD_UNITS_SAID)


def each_unit_asked(question: str) -> bool:
    """各单位的公务接待费, 下属单位的三公经费: each unit's own figure is asked beside the whole."""
    said = held_units_of(question)
    return any(word in said for word in (*EVERY_UNIT_WORDS, *HELD_UNITS_WORDS))


def unit_rows(document: DocumentIndex, table: TableEntry, question: str) -> list[RowEntry]:
    """The rows of a table by unit that print one unit each (never its total), 本级 left out when the
    question asks for the units a 部门 holds (下属单位的, 哪个下属单位) or for units of a kind its own body is
    not (哪所学校, 哪家医院)."""
    held = held_units_asked(question) or bool(units_of_a_kind(question))
    units = [row for row in table.rows if row is not table.total_row and unit_row(document, row)]
    if len(units) < MIN_UNITS_RANKED:
        return []
    return [row for row in units if not (held and OWN_BODY.search(row.label))]


def read_unit_rank(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """哪个下属单位的三公经费最多: the rows of the table by unit that holds the item, all ranked in the column
    the item names (公务接待费) or in the table's main one (三公经费); None when no table lists the item by
    unit, so no unit's figure is ranked that the document does not print."""
    score, said = query.scorer, compact(query.subject)
    found = []
    for table in document.tables:
        units = unit_rows(document, table, query.question.text)
        if not units:
            continue
        named = [cell.column for cell in units[0].cells if said and said == compact(cell.leaf)]
        fit = max(score(table.key), score(match_key(table.kind)), 100.0 if named else 0.0)
        if fit >= MIN_GROUP_SCORE:
            found.append((fit, table, units, named[0] if named else ""))
    if not found:
        return None
    _fit, table, units, column = max(found, key=lambda each: each[0])
    ascending = asks_the_less(query.question.text)
    length = query.question.top or len(units)  # a 部门's units are few: each shown, the first answering
    if not column and (concept := concept_named(query)) and concept_apart_in(document, table, units, concept):
        read = units_of_concept(document, units, concept)
        kept = with_ties(
            tuple(sorted(read, key=unit_concept_value, reverse=not ascending)), length, unit_concept_value
        )
        return DocumentReading(
            ReadingKind.RANK,
            document,
            figures=tuple(TableFigure(each[0].row, each[0].cell) for each in kept),
            units=kept,
            name=f"各单位的{concept.name}",
            count=len(read),
            ascending=ascending,
        )
    figures = [
        TableFigure(row, next((cell for cell in row.cells if cell.column == column), None))
        if column
        else main_figure(row)
        for row in units
    ]
    ranked = tuple(sorted(figures, key=figure_value, reverse=not ascending))
    measure = column.rsplit("/", 1)[-1] if column else unit_measure(document, units[0])
    return DocumentReading(
        ReadingKind.RANK,
        document,
        figures=with_ties(ranked, length, figure_value),
        name=f"各单位的{measure}",
        count=len(ranked),
        ascending=ascending,
    )


MIN_UNITS_RANKED = 2
"""A table listing one unit alone (its own body) ranks no units; one listing its own body and one unit
under it ranks that unit alone when the units under it are asked (哪个下属单位)."""


def unit_measure(document: DocumentIndex, row: RowEntry) -> str:
    """一般公共预算“三公”经费 for a unit's row of the “三公” table: what the row's figure is of that unit,
    from its table's title; '' where the row is no unit's or holds all of its money."""
    if row.table.kind in WHOLE_KINDS or not unit_row(document, row):
        return ""
    title = LEADING_TITLE_YEAR.sub("", re.sub(r"\s", "", row.table.title))
    title = TITLE_ENDING.sub("", title)
    return title.removesuffix("支出") if title.endswith("经费支出") else title


LEADING_TITLE_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
TITLE_ENDING = re.compile(r"(?:预算|决算)?(?:情况|明细)?表$")


def read_units(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """包括哪些单位, 下属几个单位: the rows of the document's 单位构成 table, its own body left out when the
    question asks for the units under it (下属, 所属); of a kind asked (有几所学校), those of that kind;
    None without such a table."""
    table = units_table(document)
    if table is None:
        return None
    rows = listed_units(table)
    held = held_units_asked(query.question.text)
    units = [row for row in rows if not (held and OWN_BODY.search(row.label))]
    name, counted = "下属单位" if held else "单位", "个"
    if kind := unit_kind_asked(query.question, query.documents):
        units = rows = units_of_kind(document, kind)
        name = kind
        text = query.question.text
        said = UNIT_KIND_ASKED.search(text) or UNIT_KIND_COUNTED_AFTER.search(text)
        counted = (said.group("classifier") if said else None) or counted  # 学校共 3 所
    if not units:
        return None
    figures = tuple(TableFigure(row, None) for row in units)
    return DocumentReading(
        ReadingKind.UNIT_LIST,
        document,
        figures=figures,
        table=table,
        name=name,
        count=len(rows),
        unit=counted,
    )


def listed_units(table: TableEntry) -> list[RowEntry]:
    return [row for row in table.rows if not row.is_total and row is not table.total_row]


UNTARGETED_ASKED = re.compile(
    r"(?<!有)(?:没有|没|未|无)(?:编报|编制|编|设置|设定|设|填报|填|公开|申报|做)?(?:项目)?绩效目标"
)
"""哪些项目没有绩效目标, 未编报绩效目标的项目 (not 有没有绩效目标, which asks whether one has any)."""
UNIT_KIND_ASKED = re.compile(
    r"(?:几|多少|哪些|哪几)(?P<classifier>所|家|个|座|处|支)?(?P<kind>[\u4e00-\u9fff]{2,4})$"
)
"""有几所学校, 有哪几家医院, 下面有多少个中心: units of one kind, named by the word ending their names."""


UNIT_KIND_COUNTED_AFTER = re.compile(
    r"(?P<said>[\u4e00-\u9fff]{2,6}?)(?:一共|总共|共)?有?(?:几|多少)(?P<classifier>[所家个座处支])?$"
)
"""下属学校有几所, 医院有多少家: the kind said first, then counted."""
UNIT_KIND_LISTED_AFTER = re.compile(
    r"(?P<said>[\u4e00-\u9fff]{2,6}?)(?:都|一共|共)?(?:有|是|包括|包含)?(?:哪些|哪几[所家个座处支]?|名单)$"
)
"""学校有哪些, 下属学校都有哪些, 所属学校名单: the kind said first, then listed."""


def unit_kind_asked(question: Question, documents: Sequence[DocumentIndex]) -> str:
    """学校 of 有几所学校 or 下属学校有几所, when a 单位构成 table of the documents lists units of that kind;
    '' otherwise (有几个项目, 有几个处室: no unit listed is one). A kind said first is the word that ends
    what is said (学校 of 下属学校)."""
    if said := UNIT_KIND_ASKED.search(question.text):
        kinds = [said.group("kind")]
    elif said := UNIT_KIND_COUNTED_AFTER.search(question.text) or UNIT_KIND_LISTED_AFTER.search(
        question.text
    ):
        words = said.group("said")
        kinds = [words[-length:] for length in range(len(words), 1, -1)]
    else:
        return ""
    return next((kind for kind in kinds if any(units_of_kind(document, kind) for document in documents)), "")


def units_of_kind(document: DocumentIndex, kind: str) -> list[RowEntry]:
    """宁溪县实验小学, 宁溪县第一中学 of 学校: the units a 单位构成 table lists whose names say they are of the
    kind."""
    table = units_table(document)
    endings = UNIT_KIND_NAMES.get(kind, (kind,))
    return [row for row in listed_units(table) if unit_name_of(row).endswith(endings)] if table else []


NOTE_AFTER_NAME = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")
"""(下属事业单位), （预算不单列，并入本级）: what a 单位构成 row says of its unit after the name."""


def unit_name_of(row: RowEntry) -> str:
    return NOTE_AFTER_NAME.sub("", plain_label(row.label))


def read_money_unit(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """金额单位是什么: the document's tables with the unit each prints its money in; of a table named by
    number (表三的金额单位), that table's alone."""
    number = query.question.table_number
    tables = [t for t in document.tables if number is None or t.number_value == number]
    if not tables:
        return None
    return DocumentReading(ReadingKind.MONEY_UNIT, document, table=tables[0] if number is not None else None)


def asks_table_list(query: Query) -> bool:
    question = query.question
    if question.table_number is None and EMPTY_TABLES_ASKED.search(question.text):
        return True  # 哪张表是空的, 哪些表没有数据
    return (
        question.table_number is None
        and bool(TABLES_ASKED.search(question.text))
        and not TABLE_LIST_WORDS.sub("", compact(query.subject))
    )


UNITS_COUNTED = re.compile(r"(?<!哪)(?:几|多少)(?:个|家)单位(?:组成)?(?:呢|吗)?$")
"""部门预算包括几个单位, 有几家单位: the units the budget covers, as the narrative states them (几家预算单位
is the count of 预算单位 stated)."""


BUDGET_UNITS = "预算单位"
"""What the narrative counts the units a 部门预算 covers as (预算单位共3家, 本级 included)."""


def budget_units_counted(documents: tuple[DocumentIndex, ...]) -> list[Match]:
    """The count of 预算单位 each document's narrative states (纳入…预算编制范围的预算单位共3家), as what the
    name says it is; [] where none states one."""
    found = []
    for document in documents:
        counts = [f for f in document.stated if f.kind == "count" and f.subject.endswith(BUDGET_UNITS)]
        found += [Match(EXACT, counts[0], document)] if counts else []
    return found


UNITS_OF_A_KIND = re.compile("(?:事业|行政|参公)单位")
"""有几家事业单位: units of one kind, as the narrative counts them, not every unit a table lists."""


def counts_units(question: Question) -> bool:
    """下属单位有几个, 有几家所属单位: a count of the units a 部门 holds."""
    noun = question.count_noun
    return (
        noun is not None
        and any(noun_word.endswith("单位") for noun_word in noun.nouns)
        and not UNITS_OF_A_KIND.search(question.text)
    )


def asks_units(question: Question) -> bool:
    text = question.text
    listed = any(word in text for word in UNIT_LIST_WORDS) or bool(UNITS_LISTED_AFTER.search(text))
    return listed or bool(UNITS_COUNTED.search(text))


TERM_WORDS = ("词", "名词", "词语", "术语", "词条", "条目", "概念")
"""名词解释里有哪些词, 名词解释有哪些术语: the glossary's terms themselves are asked."""


def projects_at_place(query: Query) -> list[Match]:
    """第三个项目, 最后一个项目: the project at that place of each document's project tables, in the order
    they print them (本年 before 上年结转 unless one is asked)."""
    place = query.question.printed_place or 0
    found = []
    for document in query.documents:
        row = at_place(project_rows(document, carried_asked(query.question.text)), place)
        if row is not None:
            found.append(Match(EXACT, row, document))
    return found


def at_place(rows: Sequence[RowEntry], place: int) -> RowEntry | None:
    """The row at a printed place counted from 1 (-1: the last); None past either end."""
    at = place - 1 if place > 0 else place
    return rows[at] if -len(rows) <= at < len(rows) else None


def rows_at_place(query: Query) -> list[Match]:
    """表三第二行, 表三最后一行: the row at that place of the table named, in the order it prints them; of
    a table of two sides (收支总表) each side's row there, their totals only as the last line (they sit level
    at the bottom). A place past every row that is the line a row was read from (表三第149行, as a source
    names it) is that row."""
    place, number = query.question.row_place or 0, query.question.table_number
    found = []
    for document in query.documents:
        for table in document.tables:
            if table.number_value != number or not table.rows:
                continue
            sides = list(dict.fromkeys(row.side for row in table.rows))
            placed = [row for side in sides if (row := side_row_at(table, side, place, len(sides) > 1))]
            placed = placed or [row for row in table.rows if row.line == place]
            found += [Match(EXACT, row, document) for row in placed]
    return found


def side_row_at(table: TableEntry, side: str, place: int, two_sides: bool) -> RowEntry | None:
    """The row of one side of a table at a printed place (-1: its last)."""
    row = at_place([row for row in table.rows if row.side == side], place)
    return None if row is None or (two_sides and place > 0 and row.is_total) else row


def read_row_place(query: Query, document: DocumentIndex, matches: list[Match]) -> DocumentReading:
    """A table's row asked by its place; the two rows side by side of a table of two sides."""
    rows = [match.item for match in matches if isinstance(match.item, RowEntry)]
    if len(rows) == 1:
        return read_row(query, document, rows[0], matches)
    table = rows[0].table
    name = f"{table.reference}{place_said(query.question.row_place or 0)}（{'、'.join(r.side for r in rows)}两栏）"
    figures = tuple(main_figure(row, query.columns) for row in rows)
    return DocumentReading(ReadingKind.LIST, document, figures=figures, name=name, count=len(rows))


def place_said(place: int) -> str:
    return "最后一行" if place < 0 else f"第{place}行"


def resolve_form(query: Query) -> tuple[ReadingKind, list[Match]] | None:
    """The question forms that decide the reading by their words alone (钱主要花在哪, 是什么科目, 包括哪些
    单位, 绩效指标有哪些, 有几个项目); None for every other question."""
    question, documents = query.question, query.documents
    if question.row_place is not None:
        return (ReadingKind.ROW, placed) if (placed := rows_at_place(query)) else (ReadingKind.NOT_FOUND, [])
    if question.printed_place is not None and names_only_projects(query.subject):
        return (
            (ReadingKind.ROW, placed) if (placed := projects_at_place(query)) else (ReadingKind.NOT_FOUND, [])
        )
    if asks_main_uses(query):
        return ReadingKind.MAIN_USES, []
    if asks_income_sources(question) and not names_an_item(query.subject):
        return ReadingKind.INCOME_SOURCES, []  # 零工市场的钱从哪来 is read as that item's amount
    if GLOSSARY_NAME in question.text and query.subject in ("", GLOSSARY_NAME, *TERM_WORDS):
        return ReadingKind.TERM_LIST, []  # 名词解释有哪些: the glossary's terms
    if MONEY_UNIT_ASKED.search(question.text):
        return ReadingKind.MONEY_UNIT, []
    if asks_table_list(query):
        return ReadingKind.TABLE_LIST, []
    if asks_code(question) and (
        codes := code_matches(query, documents) or project_code_matches(query, documents)
    ):
        return ReadingKind.CODE, codes  # 零工市场是什么科目: the projects, where no 科目 row fits
    if unit_kind_asked(question, documents) and all(units_table(d) for d in documents):
        return ReadingKind.UNIT_LIST, []  # 有几所学校: the units of that kind its 单位构成 table lists
    if UNITS_COUNTED.search(question.text) and (counted := budget_units_counted(documents)):
        return ReadingKind.COUNT, counted
    by_figure = question.has("rank") or question.bound is not None and not question.checks_bound
    units_listed = (asks_units(question) or counts_units(question)) and not by_figure  # not 哪些单位超过5万
    if units_listed and all(units_table(d) for d in documents):
        return ReadingKind.UNIT_LIST, []  # the units its 单位构成 table lists
    if asks_units(question) and not by_figure:  # 包括哪些单位: the narrative's sentence on them
        return (ReadingKind.FACT, units) if (units := unit_matches(query)) else (ReadingKind.NOT_FOUND, [])
    if attribute_asked(query):  # 哪些项目是一次性项目: the 项目属性 its 绩效目标表 prints
        return ReadingKind.TARGET_LIST, []
    counts_targeted = (  # 有绩效目标的项目有几个, of documents with a 绩效目标表
        counts_projects(question) and not stated_count_named(query) and any(d.targets for d in documents)
    )
    if UNTARGETED_ASKED.search(question.text) and any(d.targets for d in documents):
        return ReadingKind.UNTARGETED, []  # 哪些项目没有绩效目标: the project tables against the 绩效目标表
    targets_whole = names_only_projects(query.subject) and not question.has("rank")  # 项目的绩效
    if question.has("target") and (not query.subject or targets_whole or counts_targeted):
        return ReadingKind.TARGET_LIST, []
    if counts_table_rows(query):
        return ReadingKind.COUNT_ROWS, []
    if (
        (counts_projects(question) or averages_projects(question))
        and question.bound is None
        and not stated_count_named(query)
        and any(project_rows(d, None) for d in documents)
    ):
        return ReadingKind.COUNT_ROWS, []
    # 社区项目有几个 where only a 绩效目标表 lists projects: those so named
    if (
        counts_projects(question)
        and question.bound is None
        and any(targets_named(query, d) for d in documents)
    ):
        return ReadingKind.TARGET_LIST, []
    return None

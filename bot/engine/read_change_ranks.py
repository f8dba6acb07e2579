"""哪项支出比上年减少最多: the items whose change on last year the narrative states, ranked by it.

Tables rarely print last year beside this year for every item, but narratives state item by item how it
changed (1．公共安全（类）支出…比上年增加1287.35万元). The ranking is of those stated figures, each
with its sentence; totals (财政拨款收支总计) are the whole, not an item, and are left out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.engine.concepts import Concept
from bot.engine.entries import DocumentIndex, StatedEntry
from bot.engine.lexicon import CHANGE_SIGNS, MOST_WORDS, RATE_ASKED
from bot.engine.read_concepts import concept_called, names
from bot.engine.reading import DocumentReading, ReadingKind
from bot.engine.scoring import Query
from knowledge.money import AMOUNT_UNITS
from knowledge.text import strip_ordinal

FALL_ASKED = re.compile(r"减少|下降|降低|压减|缩减|削减|减了|降了|少了|降幅")
RISE_ASKED = re.compile(r"增加|增长|上升|提高|增幅|多了|涨")
WHOLE_WORDS = re.compile(
    "一般公共预算|财政拨款|政府性基金|国有资本经营|其他资金|预算|决算|收入|支出|收支|总计|合计|总额"
    "|本年|当年|单位|部门|拨款|安排|资金|财政|增加|减少|增长|下降|持平|一致|执行|数|年|[^\u4e00-\u9fff]"
)
"""Words that name no item of their own: a subject of these only (财政拨款收支总计) is a total."""
NOT_CHINESE = re.compile("[^\u4e00-\u9fff]")
CLASSES_ASKED = re.compile(r"功能分类|功能科目|哪一?类|哪个科目|哪些科目|哪几类")
"""哪个功能科目, 哪类支出, 哪个功能分类: the items asked are the 支出功能分类 类, whatever their names."""
CLASS_MARK = re.compile(r"[（(]类[)）](?:支出)?$")
"""一般公共服务（类）支出: how a narrative names a 类 of the 功能分类."""
MIN_ITEM = 2
SHOWN = 5  # items listed when the question asks no number (增加最多的三项)


WHICH_CHANGED = re.compile(
    r"哪(?:些|几项|几类|几个)(?!收入)[^，,。？?收]{0,10}?(?:增加|减少|增长|下降|上升|降低|变化)"
)
"""哪些支出比上年增加了, 哪几项减少了: the items that moved that way, largest first (the stated changes are of
spending; 哪些收入增加了 asks of the income side as a whole)."""


def asks_ranked_change(text: str) -> bool:
    """哪项支出比上年减少最多, 增长最快的是什么, 支出增加最多的, 哪些支出增加了: which items changed (most),
    not how much one changed (最 of one item's change says nothing)."""
    return any(word in text for word in MOST_WORDS) or "最快" in text or bool(WHICH_CHANGED.search(text))


def direction_asked(text: str) -> int:
    """1 for the largest rise, -1 for the largest fall, 0 for the largest change either way."""
    text = text.replace("多少", "")
    rise, fall = bool(RISE_ASKED.search(text)), bool(FALL_ASKED.search(text))
    return 0 if rise == fall else (1 if rise else -1)


def read_ranked_changes(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """The document's stated item changes in the order asked (the largest fall first, for 减少最多), only
    those moving the way asked when any do; in % when a rate is asked or only rates are stated. None when
    the narrative states no item's change."""
    text = query.question.text
    by_rate = any(word in text for word in RATE_ASKED)
    items = stated_items(query, document, by_rate) or (
        None if by_rate else stated_items(query, document, True)
    )
    if not items:
        return None
    sign = direction_asked(text)
    ranked = sorted(items, key=lambda figure: -size(figure) * sign if sign else -abs(size(figure)))
    ranked = [figure for figure in ranked if size(figure) * sign > 0] or ranked
    shown = ranked[: query.question.top or SHOWN]
    asked = {1: "增加", -1: "减少"}.get(sign, "变化")
    return DocumentReading(
        ReadingKind.RANK_CHANGE, document, stated=tuple(shown), qualifier=asked, count=len(ranked)
    )


def stated_items(query: Query, document: DocumentIndex, rates: bool) -> list[StatedEntry]:
    """Each item's stated change once (an item stated again, as 项目经费支出安排 for 项目支出, counts
    once), of the subject asked when it names one: three 三公经费 parts, not the 三公经费 total; the 类
    the narrative marks as such when the 功能科目 are asked."""
    items: dict[str, StatedEntry] = {}
    classes = CLASSES_ASKED.search(query.question.text) is not None
    within = "" if classes else item_core(query.subject)
    concept = concept_called(query.subject)
    for figure in document.stated:
        if figure.kind != "change" or (figure.unit == "%") != rates or figure.direction not in CHANGE_SIGNS:
            continue
        if classes and not CLASS_MARK.search(figure.subject):
            continue  # 哪个功能科目增长最快: the 类 the narrative names as such
        if not rates and figure.unit not in AMOUNT_UNITS:
            continue
        core = item_core(figure.subject)
        if len(core) < MIN_ITEM or any(
            restates(core, figure, known, other) for known, other in items.items()
        ):
            continue
        if concept is not None and not names_a_part(concept, figure.subject):
            continue
        if within and concept is None and not of_subject(within, figure):
            continue
        items[core] = figure
    return list(items.values())


def restates(core: str, figure: StatedEntry, known: str, other: StatedEntry) -> bool:
    """The same item stated again: its name, or a name holding the other's with the same change."""
    if core == known:
        return True
    same_change = (figure.direction, figure.value, figure.unit) == (other.direction, other.value, other.unit)
    return bool(figure.value) and same_change and (core in known or known in core)


def names_a_part(concept: Concept, subject: str) -> bool:
    """公务接待费预算支出 is a part of 三公经费; 会议费, printed beside it, is not."""
    return any(names(subject, part) for whole in concept.parts for part in (whole, *whole.pieces))


def of_subject(within: str, figure: StatedEntry) -> bool:
    """A part of what is asked: stated in its section, not the whole itself."""
    return within in NOT_CHINESE.sub("", figure.section) and within not in item_core(figure.subject)


def item_core(subject: str) -> str:
    """What names the item once list numbers, totals' words and symbols are gone."""
    return WHOLE_WORDS.sub("", strip_ordinal(subject, keep_case=True) or subject)


def size(figure: StatedEntry) -> Decimal:
    """The signed change, in 元 for amounts, so 元 and 万元 compare."""
    scale = AMOUNT_UNITS.get(figure.unit, Decimal(1))
    return CHANGE_SIGNS[figure.direction] * figure.value * scale

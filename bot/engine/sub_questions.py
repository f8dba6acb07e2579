"""A question that asks two things at once, cut into the questions it stands for, each asked in full.

Four forms, read by their structure: two clauses that each ask (编了绩效目标的项目一共几个？涉及多少钱;
三公经费是多少？公务接待费呢), a later one leaving out what the first named; columns or measures of one
item (财政委托业务支出年初预算和决算各是多少, 项目个数和金额); a total and a part of it (政府采购预算总额和
服务部分各是多少); terms whose meanings are asked together (基本支出和项目支出有什么区别). Each question
is then read on its own (bot.engine.matcher), so a part that is not found says so while the other is
answered. Two items of their own (办公费和差旅费分别是多少) are the matcher's EACH reading and are not cut
here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.engine.entries import DocumentIndex
from bot.engine.index import Index
from bot.engine.lexicon import (
    ASKING_WORDS,
    COLUMN_CUES,
    EACH_WORDS,
    GENERIC_WORDS,
    ITEM_JOINER,
    SHARE_OF,
    SPEND_WORDS,
    SUM_ASKED_WORDS,
    TOTAL_WORDS,
)
from bot.engine.question_parts import clean, item_in_question, item_of, parts_of, unit_of, years_of
from bot.engine.read_forms import asked_items
from bot.engine.similarity import DIRECTION_WORDS
from knowledge.text import compact

CLAUSE_BREAK = re.compile(
    r"[？?；;，,、]|以及|并且|同时|还有|另外|和|与|(?:(?<=多少钱)|(?<=多少)(?![钱个项人家名辆台次元万亿]))(?=.+多少)"
)
"""Where a question may hold a second question: a clause after punctuation, after a joining word when
both sides ask (项目有几个和涉及多少钱), or straight after 多少 (not 多少个, 多少万) when another 多少 follows
(预算多少决算多少)."""
ASKING = re.compile(
    "|".join(map(re.escape, sorted({*EACH_WORDS, "各", *ASKING_WORDS}, key=len, reverse=True)))
)
"""Where the words that ask begin (各是多少, 分别, 多少, 几): the items asked are before."""
EACH_SAID = re.compile("分别|各自|各(?=是|为|有|多少|几)")
"""各/分别 say each of several is asked; a question of one leaves them out."""
COLUMN_WORDS = ("年初预算数", "调整预算", "全年预算", "决算", "预算")
"""Words that name a column of an item's row besides the lexicon's column cues (年初预算, 决算数, 基本支出)."""
MEASURE_WORDS = ("个数", "数量", "人数", "金额", "资金")
"""Words that name what of an item is counted or summed (项目的个数和金额)."""
ASPECT = "|".join(
    sorted(
        {*COLUMN_WORDS, *MEASURE_WORDS, *(word for cue in COLUMN_CUES for word in cue.words)},
        key=len,
        reverse=True,
    )
)
ASPECTS_ASKED = re.compile(rf"(?P<stem>.+?)的?(?P<aspects>(?:{ASPECT})(?:(?:{ITEM_JOINER})(?:{ASPECT}))+)$")
"""An item and two or more of its columns or measures (财政委托业务支出年初预算和决算, 项目个数和金额)."""
TOTAL = "|".join((*TOTAL_WORDS, "总数", "总量"))
PART_WORDS = re.compile(r"^(?:其中的?)|(?:的)?(?:那部分|这部分|部分|方面|那块|这块)$")
LAST_JOINER = re.compile(rf"(?:{ITEM_JOINER})(?!.*(?:{ITEM_JOINER}))")
"""The last joining word of the items asked: a total and its part are the two sides of it."""
MAX_BARE_PART = 2
"""A part said in at most this many characters after a total (服务, 货物) is a part of that total."""
MAX_ASKED = 5
"""At most this many things asked at once are each answered; a question asking more is read whole (a
message of fifty 多少 is no fifty questions)."""
QUOTES = re.compile("[“”\"‘’']")
MIN_TERM = 2
"""A term is named in two characters at least."""
LEADING = re.compile(r"^[的在是]+")
ECHO_OPENING = re.compile(r"^(?:那么|那|其中的?|而)")
"""Words a later clause that asks the same of something else opens with (那决算呢, 其中公务接待费呢)."""
WITHIN_FIRST = re.compile(r"^其中的?(?P<part>.+)$")
"""A later clause opening with 其中 asks a part of what the first asked (…是多少，其中服务多少)."""
SHARE_ASKED = re.compile(rf"^(?:它|这|其|那)?(?={SHARE_OF.pattern})")
"""A later clause opening with 占 (它占基本支出多少, 占比多少) asks the share of the first's item."""
COUNTED_ITEM = re.compile(r"(?:多少|几)(?:个|项|家|名|辆|台|笔)?(?P<item>[\u4e00-\u9fff]{2,})$")
"""安排了多少项目, 有几个项目: the item counted after the counting words, as a clause may end."""
BEFORE_ASKING = re.compile(r"(?:一共|总共|共计|共有|共|有|是|为|约|的)+$")
"""What may stand between the items and the words that ask (项目一共有几个); 数 stays (决算数)."""


def sub_questions(raw: str, index: Index) -> list[str]:
    """The questions a question asks, each in full; [] when it asks one thing (or two items of their own)."""
    text = clean(raw)
    clauses = asking_clauses(text)
    if len(clauses) > MAX_ASKED:
        return []
    if len(clauses) >= 2:
        later = [completed(clause, clauses[0], index, before) for before, clause in pairwise(clauses)]
        return [clauses[0], *later] if all(later) else []
    start, end = item_region(text, index)
    region, tail = text[start:end], EACH_SAID.sub("", text[end:])
    prefix = text[:start]
    if asked := ASPECTS_ASKED.fullmatch(region):
        aspects = re.split(ITEM_JOINER, asked.group("aspects"))[:MAX_ASKED]
        return [f"{prefix}{asked.group('stem')}{aspect}{tail}" for aspect in aspects]
    if whole_and_part := total_and_part(region):
        return [f"{prefix}{said}{tail}" for said in whole_and_part]
    return []


def added_over_all(raw: str) -> bool:
    """A sum said (一共, 加起来) is of every thing asked only when no clause asks its own total: said in a
    later clause (办公费多少，差旅费多少，一共多少), never in the first alone (三公经费一共多少，公务接待费多少:
    the 三公 total), and never with a part of the first (收入总共多少，其中财政拨款多少), which is in it."""
    clauses = asking_clauses(clean(raw))
    later = clauses[1:]
    if any(WITHIN_FIRST.match(clause) for clause in later):
        return False
    return not clauses or any(word in clause for clause in later for word in SUM_ASKED_WORDS)


def terms_asked(text: str, term: str, index: Index, documents: Sequence[DocumentIndex]) -> list[str]:
    """基本支出和项目支出是什么, 人员经费与公用经费有什么区别: one question of each term's meaning, the unit and
    year named kept with each; [] for one term (年初结转和结余 is one name the documents print) and for
    units or years set side by side (2023年和2024年三公经费有什么不同 compares)."""
    said = item_in_question(QUOTES.sub("", term), index)
    if not said or compact(said) in terms_of(documents):
        return []
    items = asked_items(said, tuple(documents))[:MAX_ASKED]
    if len(items) < 2 or any(len(item) < MIN_TERM or re.search(r"\d", item) for item in items):
        return []
    return [QUOTES.sub("", text).replace(said, item, 1) for item in items]


def terms_of(documents: Sequence[DocumentIndex]) -> set[str]:
    """The 名词解释 terms the documents explain, compacted: a name printed whole is never cut at its 和."""
    return {compact(term.term) for document in documents for term in document.terms}


def asking_clauses(text: str) -> list[str]:
    """The clauses of a question that each ask something; a clause that asks nothing (你好, 请问) joins
    the one after it."""
    clauses: list[str] = []
    pending = ""
    at = 0
    for match in [*CLAUSE_BREAK.finditer(text), None]:
        piece = text[at : match.start() if match else len(text)]
        joiner = match.group(0) if match else ""
        if asks(piece, first=not clauses):
            clauses.append(pending + piece)
            pending = ""
        else:
            pending += piece + joiner
        at = match.end() if match else len(text)
    if pending and clauses:
        clauses[-1] += pending
    return clauses if len(clauses) >= 2 else []


def asks(piece: str, first: bool) -> bool:
    """The piece asks: with a question word, or, after a first clause that asks, with a closing 呢 that
    asks the same of something else (公务接待费呢)."""
    said = len(piece.strip()) >= 2
    return said and (any(word in piece for word in ASKING_WORDS) or not first and piece.endswith("呢"))


def item_region(text: str, index: Index) -> tuple[int, int]:
    """Where the items asked are: after the unit and year named, before the words that ask (and the 一共,
    有 that lead to them)."""
    _unit, _heads, masked = unit_of(text, index)
    masked = years_of(masked, None)[3]
    asking = ASKING.search(masked)
    end = asking.start() if asking else len(masked)
    before = BEFORE_ASKING.search(masked[:end])
    end = before.start() if before else end
    start = max(masked.rfind(" ", 0, end) + 1, 0)
    lead = LEADING.match(text, start)
    return (lead.end() if lead else start), end


def completed(clause: str, first: str, index: Index, before: str = "") -> str:
    """A later clause with what it leaves out taken from the first: the unit and year; the item when it
    names none, or only money in general (涉及多少钱/资金 → …编了绩效目标的项目涉及多少钱); what the first
    asks when it only names something else (公务接待费呢). An item said with a column (年初预算) loses
    it when the clause names another (决算是多少); one opening with 其中 asks a part of the first's item
    (其中服务多少 → …政府采购预算中服务多少). One opening with 占 asks the share of the first's item, or,
    right `before` it a part of that item asked (其中公务接待费呢，占比呢), of that part in it. '' when the
    first asks before it names its item (有没有…设备，有几台: one question, asked twice over)."""
    start, end = item_region(first, index)
    head = first[start:end]
    if not names_item(head, index):  # (安排了)多少项目，总共多少钱: the 项目 counted
        head = counted_item(first) or head
    parts = parts_of(clause, index)
    if not head:  # 有几辆车，车辆运行费多少: a clause naming its own item needs only the unit and year
        return first[:start] + clause if names_item(parts.rest, index) else ""
    if SHARE_ASKED.match(clause):  # 人员经费是多少，占基本支出多少: the share of the first's item
        share = SHARE_ASKED.sub("", clause.removesuffix("呢"), count=1)
        item = without_aspect(head) or head  # 人员经费 is no column of another item
        within = WITHIN_FIRST.match(before)
        part = item_of(within.group("part"), index) if within else ""
        if part and not names_item(SHARE_OF.split(share, maxsplit=1)[-1], index):
            return first[:start] + f"{part}占{item}的比例"  # 其中公务接待费呢，占比呢: of the 三公经费
        return ("" if parts.unit else first[:start]) + (part or item) + share
    if not any(word in clause for word in ASKING_WORDS):
        said = ECHO_OPENING.sub("", clause.removesuffix("呢"))
        if turned := other_side(head, said):  # 一般公共预算收入多少，支出呢
            return first[:start] + turned + first[end:]
        return (
            first[:start] + (said if names_item(said, index) else without_aspect(head) + said) + first[end:]
        )
    prefix = "" if parts.unit else first[:start]
    if within := WITHIN_FIRST.match(clause):  # 政府采购预算是多少，其中服务多少: 服务 of the 政府采购预算
        return prefix + without_aspect(head) + "中" + within.group("part")
    side = item_of(parts.rest, index)
    if turned := other_side(head, side):  # 收入总计多少，支出多少
        return prefix + turned + LEADING.sub("", clause.replace(side, "", 1))
    if names_item(parts.rest, index):
        return prefix + clause
    if re.search(ASPECT, clause) or any(word in clause for word in SPEND_WORDS):
        head = without_aspect(head)  # 年初预算多少，最后花了多少: the second asks what was spent
    return prefix + head + LEADING.sub("", clause)


def other_side(head: str, said: str) -> str:
    """收入总计 with 支出 said alone → 支出总计: the other side of the same whole; '' when `said` is no side
    or the head names none (三公经费, 支出)."""
    other = next((side for side in DIRECTION_WORDS if side != said), "")
    if said not in DIRECTION_WORDS or other not in head or said in head:
        return ""
    at = head.rfind(other)
    return head[:at] + said + head[at + len(other) :]


def counted_item(first: str) -> str:
    """一共安排了多少项目 → 项目: the item a clause counts, said after the words that count it; '' for none
    of two characters or more (几辆车)."""
    counted = COUNTED_ITEM.search(first)
    return counted.group("item") if counted else ""


def names_item(rest: str, index: Index) -> bool:
    return item_of(rest, index) not in ("", *GENERIC_WORDS)


def without_aspect(head: str) -> str:
    """财政委托业务支出年初预算 → 财政委托业务支出: the item without the column it was asked in."""
    return re.sub(rf"的?(?:{ASPECT})$", "", head)


def total_and_part(region: str) -> tuple[str, str] | None:
    """政府采购预算总额和服务部分 → (政府采购预算总额, 政府采购预算中服务): a total and a part said of it (其
    中…, …部分, or a bare word after a total); None for two items of their own."""
    joined = LAST_JOINER.search(region)
    if not joined:
        return None
    whole, part = region[: joined.start()], region[joined.end() :]
    stem = re.sub(rf"的?(?:{TOTAL})$", "", whole)
    core = PART_WORDS.sub("", part)
    said_part = core != part
    bare_after_total = stem != whole and len(core) <= MAX_BARE_PART
    if not stem or not core or not (said_part or bare_after_total):
        return None
    return whole, f"{stem}中{core}"

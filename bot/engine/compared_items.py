"""Two items of one document compared, as people ask it: 水费和电费哪个多, 绩效工资比基本工资多多少,
奖金是津贴补贴的几倍, 办公费与印刷费相差多少, 基本工资跟津贴补贴比.

The question is cut into one question per item (the unit and year it names kept with each), so each item
is read as any question about it is, and a missing one is not found on its own. What an item is set
against must name an item itself: 比上年, 比2023年, 比预算, 和年初预算相差 measure one item against
another year or its own budget (a change, bot.engine.read_changes), never two items. Two units or two
years compared are bot.engine.comparison's, read before this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.entries import DocumentIndex
from bot.engine.index import Index
from bot.engine.lexicon import EXCLUDING, LEAST_WORDS, MEASURED_AGAINST_WORDS, MOST_WORDS
from bot.engine.question_parts import YEAR_WITH_TAIL, blank, clean, item_of, unit_of, years_of
from bot.engine.read_forms import asked_items, other_side_shared
from bot.engine.similarity import CARRY_WORDS, match_key
from bot.engine.sub_questions import ASPECT, asking_clauses, item_region

ITEM = r"[^\s,，。;；:：?？!！]"
"""A character of an item's words: the unit and years named are blanked to spaces before reading."""
LARGER = "[多大高少小低]"
MORE = f"(?:增加|减少|增长|下降|上升|降低|[增减涨降]|{LARGER})"
WHICH = "哪[一1]?[个项类块样种]|谁"
"""哪个, 哪一项 (哪1项 once numerals are digits), 谁."""
ASKS_AFTER = r"(?=(?:了|出来|出了|出)?(?:多少|几|百分之|还是|吗|么|呢|一些|一点|些|点|$))"
"""What follows 多/少 when a difference is asked (多多少, 少了多少, 多出多少, 多还是少, 高吗)."""
SUBTRACTED = "减去|减掉|扣除|扣掉|去掉|除去|减(?![少免负税轻半持缓排])"
"""A减去B, A扣除B后: B taken from A (减少, 减免 say something else)."""
PAIR_FORMS = (
    re.compile(rf"(?P<first>{ITEM}+?)(?:是|为|相当于)(?P<second>{ITEM}+?)的(?:几|多少)倍"),
    re.compile(
        rf"(?P<first>{ITEM}+?)(?<![相对占])比(?![例重较])(?P<second>{ITEM}+?)(?:要|还)?{MORE}{ASKS_AFTER}"
    ),
    re.compile(rf"(?P<first>{ITEM}+?){LARGER}还是(?P<second>{ITEM}+?){LARGER}"),
    re.compile(
        rf"(?P<first>{ITEM}+?)(?:{SUBTRACTED})(?P<second>{ITEM}+?)(?:以后|之后|后)?还?"
        r"(?:剩下?|余下?|是|为|等于|得)?(?:多少|几)"
    ),
)
"""A set against B, each said on its own side: A是B的几倍, A比B多多少, A多还是B多, A减去B是多少."""
ASKS_OR_ENDS = r"(?:(?:是|为|有|还有|一共|总共|共)?(?:多少钱?|几)|$)"
EXCLUDED_FORMS = (
    re.compile(
        rf"(?P<excluding>{EXCLUDING})(?P<second>{ITEM}+?)(?:以外|之外|外|以后|之后|后|在内)?的(?P<first>{ITEM}+?){ASKS_OR_ENDS}"
    ),
    re.compile(rf"(?P<second>{ITEM}+?)(?:以外|之外)的(?P<first>{ITEM}+?){ASKS_OR_ENDS}"),
)
"""除了零工市场以外的项目支出, 不含上年结转的支出, 基本支出以外的支出: one item without another, which
no table prints; both are read, set against each other."""
REST_ASKED = re.compile(
    rf"(?P<whole>{ITEM}*?)(?P<excluding>{EXCLUDING})(?P<second>{ITEM}+?)(?<!后)(?:以外|之外|外)?[,，]?"
    rf"(?:还有|还剩|剩下|剩余|其余|其他|别的)的?(?P<first>{ITEM}*?)(?:是|有|还有)?(?:多少钱?|几)"
)
"""除基本支出外还有多少, 除了上年结转以外其他收入有多少, 支出除了项目支出还有多少: the rest of the whole said
(before or after), or of the total the part is of (支出总计; 收入总计 of an income); A扣除B后还剩多少 subtracts,
as A减去B does."""
WHOLE_BUDGET_SAID = ("预算", "总预算", "预算总额", "预算总数", "全部预算", "钱", "资金")
"""不含上年结转的预算: the budget as a whole, its 总计, of which the part is left out."""
BALANCE_ASKED = re.compile(r"(?P<items>收支|收入(?:和|与|跟)?支出)的?(?:是否|是不是)?(?:平衡|相抵|持平|相等)")
"""收支平衡吗, 收入和支出是否平衡: a budget balances when its 收入总计 equals its 支出总计."""
BALANCE_SIDES = ("收入总计", "支出总计")
EQUAL_ASKED = re.compile(
    r"(?:是否|是不是)?(?:相等|相同|一样多?|一样大|持平|平衡)(?:吗|么|呢|不|$)"
    r"|(?:等|同)不(?:相等|相同)|一不一样|是否(?:相等|相同|一样|持平)"
)
"""A和B相等吗, 是否一样, 一不一样: whether two items are equal, asked yes or no
(一致 asks whether tables agree: bot.engine.compose_check)."""
JOINED_FORMS = (
    re.compile(
        rf"(?P<items>{ITEM}+?)(?:相比|比较|对比|比)?(?:的话)?[,，\s]*(?:{WHICH})的?"
        rf"(?P<aspect>{ITEM}*?)(?:更|比较|要|会|最)?{MORE}"
    ),
    re.compile(
        rf"(?P<items>{ITEM}+?)(?:之间)?的?(?:相差|差距|差额|差值|差了|差|相比|比较|对比|比一比|(?<!占)比)"
        r"(?:多少|几|怎么样|如何|一下|呢|$)"
    ),
    re.compile(rf"(?P<items>{ITEM}+?)(?:的金额|的数)?(?:{EQUAL_ASKED.pattern})"),
)
"""A and B joined, then asked which (A和B哪个多, A与B哪个决算数大), how far apart (A与B相差多少, A跟B比)
or whether they are equal (A和B相等吗); 占比 asks a share, not a comparison."""
_EXTREME = "|".join((*MOST_WORDS, *LEAST_WORDS))
EXTREMES = re.compile(
    rf"(?P<first>{_EXTREME})的?(?:和|与|跟|同|及)(?P<second>{_EXTREME})的?(?P<group>{ITEM}*?)(?:之间)?的?"
    r"(?:相差|差距|差额|差值|差了|差|比|相比|对比)(?:多少|几|怎么样|如何|一下|呢|$)"
)
"""项目里最贵的和最便宜的差多少, 最多的和最少的项目相差多少: the first and the last of a ranking, set
against each other."""
OPENING = re.compile(r"^(?:请|帮我)?(?:比较|对比|比一比)(?:一下)?")
"""比较一下A和B: the comparison asked first, the items after it."""
WITHIN = re.compile(r"(?:里面?|当中|之中|中|内)$")
"""社会保障和就业支出里哪项最多: which of one item's parts, no two items."""
OPENED_ITEMS = re.compile(rf"^\s*(?P<items>{ITEM}+)$")
ASPECT_AT_END = re.compile(rf"的?(?:{ASPECT})$")
LEADING = re.compile(r"^[的是]+")
ASKING_AFTER_ITEM = re.compile(r"(?:是不是|是否|有没有|会不会|真的|确实|要)$")
"""水费是不是比电费多: words that ask yes or no, said between the first item and 比."""
MEASURED_AGAINST = re.compile("|".join(MEASURED_AGAINST_WORDS))
MIN_ITEM = 2
"""An item is named in two characters at least: one left over (减 of 比年初预算减少) names none."""


WHICH_ALONE = re.compile(rf"(?:那|那么)?(?:{WHICH})的?(?:更|比较|要)?{LARGER}(?:一些|一点|些|点)?[呢啊呀吗]?")
"""哪个多, 哪个更多, 谁高: a clause that only asks which of the things asked before it is larger."""
CLAUSES_COMPARED = 3
"""Two clauses each asking an item, then one asking which is larger."""


def clauses_compared(text: str, index: Index) -> str:
    """培训费是多少，会议费是多少，哪个多 → 培训费和会议费哪个多: the items of two clauses set against each other
    when a last clause asks only which is larger; '' for any other question."""
    clauses = asking_clauses(clean(text))
    if len(clauses) != CLAUSES_COMPARED or not WHICH_ALONE.fullmatch(clauses[-1].rstrip("？?。！!")):
        return ""
    regions = [item_region(clause, index) for clause in clauses[:-1]]
    items = [clause[start:end] for clause, (start, end) in zip(clauses[:-1], regions, strict=True)]
    if not all(items):
        return ""
    return clauses[0][: regions[0][0]] + "和".join(items) + clauses[-1]


def excluded_asked(text: str) -> bool:
    """The question asks one item without another (除了B以外的A)."""
    return any(form.search(text) for form in (*EXCLUDED_FORMS, REST_ASKED))


def compared_items(text: str, index: Index, documents: Sequence[DocumentIndex]) -> tuple[str, ...] | None:
    """The questions, one per item, a question comparing items of one document stands for (two set
    against each other, or several joined: A、B和C哪个最多); None when it compares no two items (one item
    against last year or its budget, or no comparison)."""
    opening = OPENING.match(text)
    text = blank(text, 0, opening.end()) if opening else text
    masked = years_of(unit_of(text, index)[2], None, documents)[3]
    if (extremes := EXTREMES.search(masked)) is not None:
        return extremes_compared(text, extremes)
    if (balance := BALANCE_ASKED.search(masked)) is not None:
        return questions_of(text, masked, balance, BALANCE_SIDES, "", index)
    if (rest := REST_ASKED.search(masked)) is not None:
        part = rest.group("second")
        whole = rest.group("first") or rest.group("whole") or total_of(part)
        return questions_of(text, masked, rest, (whole_said(whole, part), part), "", index)
    for form in (*EXCLUDED_FORMS, *PAIR_FORMS):
        if (found := form.search(masked)) is not None:
            first, second = found.group("first"), found.group("second")
            first = whole_said(first, second) if "excluding" in form.groupindex else first
            pair = (first, shared_tail(first, second, index, documents))
            return questions_of(text, masked, found, pair, "", index)
    for form in (*JOINED_FORMS, OPENED_ITEMS) if opening else JOINED_FORMS:
        if (found := form.search(masked)) is None:
            continue
        if WITHIN.search(found.group("items")):
            return None
        items = asked_items(found.group("items"), tuple(documents))
        aspect = found.groupdict().get("aspect") or ""
        if len(items) >= 2 and (not aspect or ASPECT_AT_END.fullmatch(aspect)):
            return questions_of(text, masked, found, tuple(items), aspect, index)
    return None


def total_of(part: str) -> str:
    """The total a part left out is of: 收入总计 of an income (上年结转 is money come in), else 支出总计."""
    carried_in = part.startswith(CARRY_WORDS[0])
    return BALANCE_SIDES[0] if part.endswith("收入") or carried_in else BALANCE_SIDES[1]


def whole_said(whole: str, part: str) -> str:
    """The whole a part is left out of, said as the budget itself (不含上年结转的预算): that side's 总计."""
    return total_of(part) if whole in WHOLE_BUDGET_SAID else whole


def extremes_compared(text: str, found: re.Match[str]) -> tuple[str, str]:
    """最贵的和最便宜的项目差多少: which is first of the ranking and which is last, each asked as its own
    question of the rows said before or after (项目里, 的项目), the unit and year with it."""
    before = WITHIN.sub("", text[: found.start()].strip())
    group = f"的{found.group('group')}" if found.group("group") else "的"
    return f"{before}{found.group('first')}{group}是哪个", f"{before}{found.group('second')}{group}是哪个"


def questions_of(
    text: str, masked: str, found: re.Match[str], said: tuple[str, ...], aspect: str, index: Index
) -> tuple[str, ...] | None:
    """One question per item: what comes before the comparison (the unit, the year) and after it that
    was blanked (a unit or year said last), the item, and the column asked of all (事业运行决算数); a
    column said with the last item only (A和B的决算数) is asked of the others as well."""
    items = [ASKING_AFTER_ITEM.sub("", LEADING.sub("", item)) for item in said]
    if not all(names_own_item(item, index) for item in items):
        return None
    shared = ASPECT_AT_END.search(items[-1])
    if shared and items[-1][: shared.start()]:  # 基本支出 alone is an item, not a column of one
        items = [item if ASPECT_AT_END.search(item) else item + shared.group(0) for item in items]
    before = text[: found.start(1)]
    after = "".join(
        char for char, hidden in zip(text[found.end() :], masked[found.end() :], strict=True) if hidden == " "
    )
    return tuple((before + item + aspect + after).strip() for item in items)


def shared_tail(first: str, second: str, index: Index, documents: Sequence[DocumentIndex]) -> str:
    """年末结转和结余比年初多还是少, 人员经费比公用多多少: the second item said only by the words that set
    it apart from the first, the rest shared (年初 → 年初结转和结余); completed only when that names a row
    the documents print, so 比年初 of one item against its own budget stays a change."""
    said = ASKING_AFTER_ITEM.sub("", LEADING.sub("", second))
    if (side := other_side_shared(first, said)) != said:
        return side
    if names_own_item(said, index) and len(said) > MIN_ITEM:
        return second
    labels = {row.key.text for document in documents for row in document.rows}
    first = ASKING_AFTER_ITEM.sub("", LEADING.sub("", first))
    for cut in range(1, len(first) - MIN_ITEM + 1):
        candidate = said + first[cut:]
        if candidate != first and match_key(candidate).text in labels:
            return candidate
    return second


def names_own_item(words: str, index: Index) -> bool:
    """The words name an item of their own, not what an item is measured against: a year (2023年), the
    year before (上年, 去年同期) or a budget (预算, 年初预算数, 调整预算) names none."""
    for found in [*YEAR_WITH_TAIL.finditer(words), *MEASURED_AGAINST.finditer(words)]:
        words = blank(words, found.start(), found.end())
    return len(item_of(words, index).strip()) >= MIN_ITEM

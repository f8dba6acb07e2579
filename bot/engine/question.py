"""A question read once: its normalized text, what it asks for (cues), and its subject words.

Reading a question needs no records; turning what is left into a subject uses jieba (bot.engine.segmenter)
with the names of the loaded records as its user dictionary, so 一般公共预算 stays whole while 预算
alone is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from bot.engine.lexicon import (
    ABBREVIATIONS,
    ADDING_JOINER,
    ADJUSTED_PART,
    ALTERNATIVE_WORDS,
    AMOUNT_WORDS,
    ANY_COUNT,
    ASKING_WORDS,
    BOUND_AFTER_WORDS,
    BOUND_BEFORE_WORDS,
    CHANGE_CUES,
    CHECK_WORDS,
    CHECKED_THINGS,
    COLUMN_CUES,
    COMPARE_CUES,
    CONNECTOR_WORDS,
    COUNT_ASKED,
    COUNT_CLASSIFIER_CUES,
    COUNT_CUES,
    COUNT_NOUNS,
    DIGIT_SPELLINGS,
    ENGLISH_WORDS,
    EVERY_UNIT_WORDS,
    EXCLUDING,
    FLUFF_WORDS,
    GLOSSARY_PREFIXES,
    GLOSSARY_SUFFIXES,
    HELD_UNIT_PHRASES,
    HELD_UNITS_AS_SUCH,
    HELD_UNITS_WORDS,
    INCOME_SOURCE_WORDS,
    INDICATOR_HEADS,
    ITEM_JOINER,
    ITEM_JOINER_WORDS,
    JUDGMENT_WORDS,
    KIND_FALSE_FRIENDS,
    LEAST_WORDS,
    LIST_COMMA,
    LIST_CUES,
    MAIN_USE_WORDS,
    MEASURE_WORDS,
    MONEY_WORDS,
    MOST_OF_WORDS,
    MOST_WORDS,
    OTHER_YEAR_WORDS,
    OVERSPENT_WORDS,
    PLAN_SAYINGS,
    RANK_CUES,
    REASON_CUES,
    SHARE_CUES,
    SHORTFALL_WORDS,
    SPEND_WORDS,
    SPENT_IN_FULL_WORDS,
    TABLE_PAIR_WORDS,
    TABLES_AGREE_WORDS,
    TABLES_TOGETHER,
    TARGET_CUES,
    TERMS_HOLDING_CUES,
    THANKS_WORDS,
    TOO_MUCH_WORDS,
    UNDERSPENT_WORDS,
    UNIT_RANK_WORDS,
    UNIT_SUFFIXES,
    WHETHER_ANY_WORDS,
    WHICH_WORDS,
    ColumnCue,
    CountNoun,
)
from bot.engine.segmenter import ACTIVE, Segmenter
from knowledge.money import AMOUNT_UNITS
from knowledge.text import (
    COUNT_UNITS,
    HAN,
    Amount,
    AsOf,
    as_of_dates,
    chinese_to_int,
    expand_short_years,
    find_amounts,
    find_codes,
    normalize,
    parse_amount,
    replace_numerals,
    without_list_numbers,
    without_symbols,
)
from knowledge.units import UNIT_ENDINGS

RANKING_WORDS = "|".join((*MOST_WORDS, *LEAST_WORDS))
"""最多, 最大, 最少, 最低…: the words that ask for the first or the last of a ranking."""
TRAILING_PUNCTUATION = re.compile(r"[\s?？!！。.,，~～]+$")
SHARE_PATTERN = re.compile(r"占(?!有|用)|比例|比重|占比|百分比|百分之(?:几|多少)|百分点|执行率|完成率")
EACH_UNIT_LIST = ("分别", "各自")
"""分别, 各自 after the units of a table by unit: each unit's figure, no list of an item's parts."""
SHARE_RANKED = re.compile(rf"(?:占比|比重|所占比例|占的比例|比例|份额|占得?)(?:是|为)?(?:{RANKING_WORDS})")
"""占比最高的支出, 哪项比重最大, 占得最多: a ranking by share, which is a ranking by amount within one whole;
no share of one item is asked."""
OUTCOME_ASKED = re.compile(r"完成情况|完成得(?:怎么样|如何|咋样)|(?:完成|达到|实现|达标)了?(?:吗|么|没有?|$)")
"""绩效目标完成了吗, 达到了没有, 完成情况: how a target came out, which only a 决算 or a 自评 reports; said of
a target, no word of its item."""
PERFORMANCE_ASKED = re.compile(r"绩效(?=(?:情况|怎么样|如何|咋样|呢|吗)?$)")
"""绩效, 零工市场的绩效, 绩效怎么样: 绩效 ending what is asked asks for the targets; 绩效得分 or 绩效等级 name
something of their own."""
OUTCOME_OF_PLAN = re.compile(
    r"(?:决算|实际)(?:支出)?数?(?:是|为|占)(?:年初|调整|全年)?预算数?的(?:多少|几成|百分之|比例|比重|百分比)"
)
"""决算数占年初预算的比例, 实际支出是预算的百分之几: a 决算 as a share of its own budget; no word of the item."""
PLAN_COMPLETION = re.compile(
    r"(?:完成了?(?:年初|调整|全年)?预算(?:数)?的?"
    r"|执行(?:了(?:年初|调整|全年)?预算(?:数)?的?|(?:年初|调整|全年)?预算(?:数)?的))"
    r"(?:多少|几成|百分之|比例|比重|百分比)"
    r"|(?:年初|调整)?预算(?:完成|执行)(?:了|到)?(?:多少|几成|百分之|比例|进度)"
    r"|执行率|完成率|完成(?:了|得)?(?:多少|几成|怎么?样|如何|咋样)|(?:完成|执行)得(?:怎么?样|如何|咋样|好不好|好[吗么]?$)|预算(?:的)?完成情况|执行情况"
    r"|完成了?(?:年初|调整|全年)?预算数?(?:了|没有|没)?[吗么]?$"
    rf"|{OUTCOME_OF_PLAN.pattern}"
)
"""完成了年初预算的多少, 预算执行了几成, 决算是年初预算的多少, 完成得怎么样, 执行得如何, 完成预算了吗: a 决算
as a share of its own budget (its 完成率), or how well it was carried out (执行得好不好); after 执行, 了 or
的 says so, for 执行 also ends item names (案件执行年初预算多少); 预算执行情况 asks the same of a budget's
outcome."""
COUNTED = re.compile(
    r"(?:几|多少)(?P<classifier>人次|批次|场次|平方米|平米|[个位名人辆家项所座处台套批张场]?)(?P<after>[\u4e00-\u9fff]*)"
)
COUNT_ONLY_MEASURES = ("万人次", "人次", "批次", "场次")
"""Measures nothing but a count is said in (公务接待费多少批次 counts visits, never the fee's money)."""
COUNTED_AT_END = re.compile(rf"(?<![几少万\d])(?P<unit>{'|'.join(COUNT_ONLY_MEASURES)})数?$")
"""公务接待批次, 接待人次数: a measure only things are counted in, ending the question, asks how many even
without 几 or 多少 (read as 公务接待多少批次)."""
COUNTED_BEFORE_END = re.compile(r"(?:一共|总共|共计|共有|共|有|是|为|约|的|数)+$")
"""What may follow the noun counted before 多少 (在职人员一共有多少)."""
NUMBER_OF = re.compile(r"(编制|车辆|机构|处室|项目|单位|人员)个?数(?!额|据)")
_HOW_MANY = r"(\d+|[一二两三四五六七八九十])"
TOP_PATTERN = re.compile(
    rf"前\s*{_HOW_MANY}\s*(?:名|项|个|位|大)?"
    rf"|哪\s*{_HOW_MANY}\s*(?:个|项|类|笔|名|位)"
    rf"|(?:{RANKING_WORDS})的?\s*{_HOW_MANY}\s*(?:个|项|类|笔|名|位)"
)
"""前三名, 哪三类, 金额最大的三个: how many of the largest (or smallest) are asked for."""
ORDINAL_RANK = re.compile(
    rf"(?P<last>倒数)?第\s*(?P<place>{_HOW_MANY})\s*(?:(?P<least>少|小(?!学)|低)|多|大(?!学)|高|贵)"
    rf"|(?P<last_only>倒数|排名?)第\s*(?P<place_only>{_HOW_MANY})\s*(?:名|位)?"
)
"""第二多, 第三大, 倒数第二, 排第三: one place of a ranking is asked, counted from the largest or the smallest
(never 第二小学, a school)."""
PRINTED_PLACE = re.compile(
    rf"第\s*(?P<place>{_HOW_MANY})\s*[个项笔](?=项目)|(?P<last>最后|末尾)[一1]?\s*[个项笔](?=项目)"
)
"""第三个项目, 最后一个项目: a project by its place in the order the document lists them (not by size)."""
ROW_PLACE = re.compile(
    rf"第\s*(?P<place>{_HOW_MANY})\s*行(?![政业使])|(?P<last>最后|末尾|最末)[一1]?\s*行(?![政业使])"
)
"""表三第二行, 表六最后一行: a table's row by its place in the printed order (第2行政 is no row)."""
RANKED_ONE = re.compile(rf"(?:{RANKING_WORDS})的")
"""最大的项目是什么: the first of a ranking asked as a thing, never a term's meaning (最低生活保障 is a term)."""
LESS_ASKED = re.compile(
    rf"{'|'.join(LEAST_WORDS)}|(?:更|较)(?:少|低|小)|[从由](?:小|少|低)到|升序"
    r"|(?<![多减缺至不降到大])(?<!还是)(?<!或者)(?:少|低|小)(?=一些|一点|些|吗|呢|的|$)"
)
"""哪年少一些, 哪个更低, 谁最少: the smaller side is asked for (多少, 减少, 多还是少 ask nothing of the kind)."""
RANKED_SEVERAL = re.compile(rf"(?:{RANKING_WORDS})的?是?几[个项类笔]")
"""钱最多的几个项目: the first few of a ranking, not a count."""
UNITS_RANKED_AFTER = re.compile(rf"(?:{RANKING_WORDS})的?(?:下属|所属|二级)?(?:单位|部门|学校)")
"""三公经费最多的单位, 最少的下属单位: units ranked by the figure said before them."""
UNITS_AMONG = re.compile(
    r"(?:[省市区县][级属])?(?:这|那)?(?:几|各|这些|那些|所有|全部)(?:个|家)?[\u4e00-\u9fff]{0,4}?(?:单位|部门|机关|局|委|厅|院)"
    r"(?:里面?|中|之中|当中|间|之间)?(?=.*?(?:哪|谁|排名|排行|排序))"
)
"""这几个省级部门里哪个最多, 各区级单位中谁最少: which of the loaded units, however the units are called."""
INDICATORS_COUNTED = re.compile(
    r"(?:几|多少)[个项条]?(?:绩效)?指标|指标(?:一共|共|总共)?有?(?:几|多少)[个项条]?|指标个数"
)
"""有几个绩效指标, 指标有多少个: how many indicators a project's target sets, not an indicator's value
(指标数量 may ask for its 数量指标)."""
WHICH_ONE = re.compile("哪一?[个家所间座]")
"""哪个, 哪家, 哪所, 哪一个: which one, of what the next word names."""
TABLE_PATTERN = re.compile(
    r"(?:附|(?:部门|单位)?(?:预算|决算)?公开)?表\s*(?:(\d{1,2})|[(（]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）])(?![\d\-－–])"
    r"|(?:公开|预算|决算)\s*0*(\d{1,2})\s*表"
    r"|第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[张个]\s*(?:表格?|报表)"
)
"""表12, 附表6, 表（五）, 公开09表, 预算03表, 决算05表, 部门公开表5, 预算公开表3, 第五张表: a table named by its number
(表1-2 is no 表1); the words of its printed name before 表 are no item."""


TABLE_WHAT_TAIL = re.compile(
    r"的?(?:内容)?(?:主要)?(?:是|说|讲|写|介绍|反映|列)?(?:了|的)?是?(?:关于)?(?:什么|啥|哪张|哪一张|哪个)"
    r"(?:样的)?(?:表格?|内容|东西|的)?"
    r"|叫什么(?:名字)?|的?(?:名称|标题|表名)(?:是什么|是啥)?"
)
"""表五是什么, 表五说的是啥, 公开09表是什么表, 表3叫什么: what a table named by its number is, said after it."""


def table_named(text: str) -> re.Match[str] | None:
    """Where the text names a table by its number (表1-2 before 表1, which it is not)."""
    return PART_NUMBERED_TABLE.search(text) or TABLE_PATTERN.search(text)


def table_what_said(text: str) -> str:
    """The words after a table's number asking what the table is ('是什么表' of 表五是什么表); '' when the
    question asks anything else of it (表五的合计是多少) or names no table."""
    found = table_named(text)
    tail = QUESTION_MARKS.sub("", text[found.end() :]) if found else ""
    return tail if tail and TABLE_WHAT_TAIL.fullmatch(tail) else ""


TABLE_EMPTY_SAID = re.compile(
    r"(?:是|为)?空白?(?:的|表)?(?=吗|呢|啊|$|[?？。！!])|(?:没有|无|没)(?:任何)?(?:数据|数字|内容)"
)
"""是空的(吗), 空表, 没有数据: said of a table named, whether it prints anything (空调 of 表三中空调费 is no 空)."""
PART_NUMBERED_TABLE = re.compile(r"(?:附|公开)?表\s*(\d{1,2})\s*[-－–]\s*(\d{1,2})(?!\d)")
"""表1-2, 附表1-4: a table numbered by its group and its place in it."""
TableNumber = int | str
"""A table's number as a question says it: 12 of 表十二, '1-2' of 表1-2."""


def part_numbered(text: str) -> str | None:
    """'1-2' of 表1-2 or 附表1-2; None when the text names no table so."""
    found = PART_NUMBERED_TABLE.search(text)
    return f"{int(found.group(1))}-{int(found.group(2))}" if found else None


def table_number_of(found: re.Match[str]) -> int | None:
    said = next(group for group in found.groups() if group)
    return int(said) if said.isdigit() else chinese_to_int(said)


PARTS_SUMMED = re.compile(
    r"(?:这|那)?(?:\d+|几)\s*(?:项|个|笔)(?=\S*?(?:一共|总共|合计|共计|总计|加起来|加在一起|相加))"
)
"""业务工作经费两项一共多少: how many parts are added up, no word of the item."""
SUMMED_JOINED = re.compile(
    rf"{ADDING_JOINER}|(?<!合计)(?<!总计)(?:{ITEM_JOINER}).+?(?:合计|共计|总计|总和|之和)(?:是|为|有)?(?:多少|几|$)"
)
"""人员经费和公用经费合计多少, A加B: the items joined are added (合计 alone names a table's total row; in
收入合计和支出合计多少 it ends each item's name, and 分别多少 asks each)."""
TOTAL_ASKED = re.compile(r"(?:合计|共计|总计|总和|之和)(?:是|为|有)?(?:多少|几|$)")
"""所有单位的三公经费合计多少: of several units' figures, a total asked is their sum."""
INDICATOR_CATEGORY = re.compile(
    r"(?:产出|效益|数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|可持续发展)(?:类)?指标"
)
"""产出指标, 成本指标: a kind of 绩效指标 (its 一级 or 二级指标), never words of the project it is of."""
WHOLE_TABLE = re.compile(
    r"(?:表(?:\d{1,2}(?:\s*[-－–]\s*\d{1,2})?|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])|(?:公开|预算|决算)\d{1,2}表)(?:(?:的|[里中]的?|[里中]?有)?(?:哪些|什么|啥)?(?:全部|所有|具体|详细)?"
    r"(?:内容|数据|明细|详情|数字)"
    r"|[里中]?都?(?:有|列了?|列出了?|包括|包含|写了)(?:哪些|哪几|什么|啥)(?:行|项目|科目|项|内容|东西)?$)"
)
"""表三的内容, 表10的数据, 表六有哪些行, 表六列了什么: the table itself is asked, no item in it (项目 names its
rows, as its header does)."""
TABLE_PLACE_ASKED = re.compile(
    r"(?:是|被)?(?:在|列在|出现在|见于|放在|位于|属于)?(?:哪|哪一|哪几)(?:个|张|些|份)?(?:表格?|报表)(?:里面|里|中|上)?(?:有|列)?"
)
"""零工市场在哪个表, 办公费出现在哪些表格中: where the item is printed is asked, no word of the item."""
QUESTION_MARKS = re.compile(r"[?？!！。,，、;；:：\"'“”‘’《》「」]")
CLAUSE_MARKS = re.compile(r"[,，;；。!！?？]")
"""Where a question's clauses part (你好，什么是三公经费)."""
MIN_TERM = 2
"""是 of 三公经费，是什么意思 is no term: the last clause names one only with two characters or more."""
DROP_WORDS = (
    frozenset(FLUFF_WORDS)
    | frozenset(AMOUNT_WORDS)
    | frozenset(SPEND_WORDS)
    | frozenset(ALTERNATIVE_WORDS)
    | frozenset(JUDGMENT_WORDS)
)
_BEFORE = "|".join(sorted(BOUND_BEFORE_WORDS, key=len, reverse=True))
_AFTER = "|".join(sorted(BOUND_AFTER_WORDS, key=len, reverse=True))
_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元|亿|万)"
BOUND_PATTERN = re.compile(
    rf"(?P<before>{_BEFORE})\s*了?\s*(?P<amount>{_AMOUNT})(?:\s*(?:{_AFTER}))?|(?P<amount_after>{_AMOUNT})\s*(?P<after>{_AFTER})"
)
RANGE_PATTERN = re.compile(
    r"(?:在|介于)?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?P<low_unit>亿元|万元|千元|元|亿|万)?\s*"
    rf"(?:(?:到|至|~|～|—|-)\s*(?P<high>{_AMOUNT})\s*(?:之间|以内)?|和\s*(?P<high_and>{_AMOUNT})\s*之间)"
)
"""50万到200万之间, 50到200万, 介于50万和200万之间: both ends of the amounts kept (the first takes the
second's unit when it says none)."""
BETWEEN = "between"
# Cue name → the words that raise it; a question holding one asks for that kind of answer.
CUE_GROUPS = (
    ("target", TARGET_CUES),
    ("change", CHANGE_CUES),
    ("rank", RANK_CUES),
    ("list", LIST_CUES),
    ("count", COUNT_CUES),
    ("compare", COMPARE_CUES),
    ("units", UNIT_RANK_WORDS),
)


@dataclass(frozen=True)
class AmountBound:
    """超过50万元 → (">", 500000 元): rows are kept when their amount compares so with the bound."""

    operator: str
    amount: Amount
    said: str
    upper: Amount | None = None
    """The upper end of a range (50万到200万之间), whose lower end is `amount`."""
    rough: str = ""
    """300多万 of a range said roughly, as said: the reply says it so, no end the question did not say."""

    @property
    def words(self) -> str:
        """The bound in words for a reply: 超过 50 万元, 不超过 10 万元, 在 50 万元到 200 万元之间, 是300多万."""
        if self.rough:
            return f"是{self.rough}"
        if self.upper is not None:
            return f"在 {self.amount.value:,} {self.amount.unit}到 {self.upper.value:,} {self.upper.unit}之间"
        if self.zero:
            return "为 0 或留空"
        names = {">": "超过", ">=": "不少于", "<": "少于", "<=": "不超过", STATED_OPERATOR: "为"}
        return f"{names[self.operator]} {self.amount.value:,} {self.amount.unit}"

    @property
    def zero(self) -> bool:
        """哪些项目预算为0: the rows at 0 or left blank are sought."""
        return self.operator == "<=" and not self.amount.value

    def verdict_words(self, value_in_yuan: Decimal) -> str:
        """What a figure does against the bound: 超过 50 万元 or 不超过 50 万元; 正是 5 万元, 约为 1,596 万元
        or 不是 1,600 万元 of a figure the question states."""
        said = f"{self.amount.value:,} {self.amount.unit}" if self.amount.value else "0"
        if self.operator == STATED_OPERATOR:
            exact = value_in_yuan == self.amount.in_yuan
            return (
                (f"正是 {said}" if exact else f"约为 {said}")
                if self.admits(value_in_yuan)
                else f"不是 {said}"
            )
        if self.upper is not None:  # 不在 50 万元到 200 万元之间, 不是300多万
            return self.words if self.admits(value_in_yuan) else f"不{self.words}"
        negated = {">": "不超过", ">=": "少于", "<": "不少于", "<=": "超过"}
        return self.words if self.admits(value_in_yuan) else f"{negated[self.operator]} {said}"

    def admits(self, value_in_yuan: Decimal) -> bool:
        """A figure a question states (预算总共1596万对吗) is met to the last digit it says: 1,596.64 万元 is
        about 1596万, not 1600万."""
        bound = self.amount.in_yuan
        assert bound is not None
        if self.upper is not None and self.upper.in_yuan is not None:
            return bound <= value_in_yuan <= self.upper.in_yuan
        if self.operator == STATED_OPERATOR:
            exponent = self.amount.value.as_tuple().exponent
            assert isinstance(exponent, int)
            step = Decimal(1).scaleb(exponent) * AMOUNT_UNITS[self.amount.unit]
            return abs(value_in_yuan - bound) < step
        return {
            ">": value_in_yuan > bound,
            ">=": value_in_yuan >= bound,
            "<": value_in_yuan < bound,
            "<=": value_in_yuan <= bound,
        }[self.operator]


@dataclass
class Question:
    """What a question says before any record is consulted."""

    raw: str
    text: str
    glossary_term: str | None = None
    cues: set[str] = field(default_factory=set)
    top: int | None = None
    ordinal: Ordinal | None = None
    columns: list[ColumnCue] = field(default_factory=list)
    count_noun: CountNoun | None = None
    kind: str | None = None
    prefers_budget: bool = False
    codes: list[str] = field(default_factory=list)
    table_number: TableNumber | None = None
    excluded: str = ""
    """办公费 of 除了办公费还有什么: the item a list is asked without."""
    table_words: str = ""
    """经济分类 of 在经济分类表里: words of the title of the table the item is said to be in."""
    bound: AmountBound | None = None
    checks_bound: bool = False
    printed_place: int | None = None
    """第三个项目 → 3, 最后一个项目 → -1: the place in the document's own order of what is asked."""
    row_place: int | None = None
    """表三第二行 → 2, 最后一行 → -1: a table's row by its printed place."""
    as_of: AsOf | None = None
    """截至2023年底: the date the figure asked is stated at, taken out of the text (no document's year)."""

    def has(self, cue: str) -> bool:
        return cue in self.cues


EVERY_YEAR = re.compile(
    r"历年|各年(?:度|份)?|逐年|(?:这|近|最近)几年|几年来|(?:这|近|最近)(?:两|2)年|(?<![\d期])(?:两|2)年的"
    r"|(?<![\d期])(?:两|2)年(?:之?间|(?=比较|对比|相比|比一比|变化))"
    r"|(?:两|2)个年度|不同年(?:度|份)|(?:变化|变动)?(?:趋势|走势)"
)
"""历年三公经费, 这两年的对比, 两年比较, 三公经费的走势 (这2年 once numerals are digits): every year the
unit's documents are of, side by side; never the 2年 of 项目期2年 or 实施期2年的 (a 2023年 ends in 3年 but is
no 两年)."""
SHARE_BOUND_WORD = "超过|超出|高于|大于|多于|不到|不足|低于|小于|少于|达到|至少"
SHARE_BOUND_VALUE = r"\d+(?:\.\d+)?\s*%|百分之\d+(?:\.\d+)?|一半|半数|\d成"
SHARE_BOUND_AFTER_WORD = "以上|之上|以下|之下|多"
SHARE_BOUND = re.compile(
    rf"(?P<word>{SHARE_BOUND_WORD})了?(?P<bound>{SHARE_BOUND_VALUE})"
    rf"|(?P<bound_after>{SHARE_BOUND_VALUE})(?P<word_after>{SHARE_BOUND_AFTER_WORD})"
)
"""占比超过一半吗, 是不是超过80%, 一半以上, 不到两成, 八成多 (两成 once numerals are digits): the share a
yes-or-no question sets against the one computed or stated."""
SHARE_BOUND_AFTER = {"以上": "达到", "之上": "达到", "以下": "低于", "之下": "低于", "多": "超过"}
"""一半以上 is at least half (达到一半), 20%以下 below it, 八成多 over 80%, as the word said before the bound
would say."""
MORE_THAN_SAID = "多"
"""八成多: over the bound, said as 超过 says it."""
TENTHS = re.compile(r"(\d)成")
"""两成 (2成 once numerals are digits): a share in tenths, 20%."""


def share_bound_said(found: re.Match[str]) -> tuple[str, str, str]:
    """The word setting a share bound, as said before it (超过, 达到), the bound (一半, 80%), and the word
    said after it ('' when none: 以上 of 一半以上)."""
    if after := found.group("word_after"):
        return SHARE_BOUND_AFTER[after], found.group("bound_after"), "" if after == MORE_THAN_SAID else after
    return found.group("word"), found.group("bound"), ""


ALL_SAID = r"(?:是不是|是否)?(?:全部都|全都|全部|都|全|完全)(?:是|来自|来源于|属于)"
ALL_OF = re.compile(rf"^(?P<whole>.{{2,}}?){ALL_SAID}(?P<part>.{{2,}}?)的?[吗么嘛呢]*[?？]*$")
"""收入都是财政拨款吗, 支出是否全部是基本支出: whether the part is all of the whole, a share checked against
100%."""
PART_OF = re.compile(
    rf"^(?P<whole>.{{2,}}?)的?有?(?P<bound>{'|'.join(MOST_OF_WORDS)}"
    rf"|(?:{SHARE_BOUND_WORD})?(?:{SHARE_BOUND_VALUE})(?:{SHARE_BOUND_AFTER_WORD})?)"
    r"(?:都)?(?:是|用于|用在|来自|来源于|属于)(?P<part>.{2,}?)的?[吗么嘛呢]*[?？]*$"
)
"""钱有一半以上是项目支出吗, 收入大部分来自财政拨款吗, 支出八成多是项目支出: whether a part is so much of
the whole, a share checked against that bound."""
ALL_OF_IT = re.compile(rf"^{ALL_SAID}")
"""都是公务用车吗 after 三公经费多少: whether the part is all of the item talked of."""
WHOLE_SHARE = "100%"
YEAR_SAID = re.compile(r"[今去本上前明当后]年度?(?!结转|结余)")
"""今年的, 上年的 (not 上年结转): a year, which no share is of."""
MOST_OF = re.compile("|".join(sorted(MOST_OF_WORDS, key=len, reverse=True)))
"""占了一大半吗, 是不是大部分: a share checked against half, as 超过一半 is."""
PER_MONTH = re.compile(r"(?<!人)(?:平均)?(?:每个?月|[1一]个月|月均)(?:平均)?(?![\u4e00-\u9fff]{0,4}标准)")
"""办公费一个月多少, 每月平均: the year's amount asked per month; no word of the item. A 标准 is printed
per month already (稳岗补助每月标准, 每人每月补助标准): those words name it."""
PER_QUARTER = re.compile(r"(?:平均)?(?:每个?季度?|[1一]个季度|季均)(?:平均)?(?![\u4e00-\u9fff]{0,4}标准)")
"""三公经费每季度多少: the year's amount asked per quarter, as 每月 asks it per month."""
PER_DAY = re.compile(r"(?<!人)(?:平均)?(?:每一?天|[1一]天|每日|日均)(?:平均)?(?![\u4e00-\u9fff]{0,4}标准)")
"""人社局一天花多少钱, 日均: the year's amount asked per day of its year."""
PART_OF_YEAR = re.compile(r"[上下]半年|(?:第?[一二三四1-4]|前[两二三23])季度")
"""下半年花了多少, 第一季度: a part of the year, which documents planning by the year print only for what
they name so (第三季度用款计划): the words stay in the item."""
MAIN_USE_ASKED = re.compile(
    r"钱?(?:都|主要|全|(?:绝?大部分|大多数?|多半)(?:钱|资金)?(?:都|是)?)?(?:花|用|投|去)(?:在|到|向|于)?了?"
    r"(?:哪些地方|哪些方面|哪些领域|什么地方|什么方面|什么领域|啥地方|哪儿|哪里|何处|哪)"
    r"(?:去|了)*"
    r"|钱(?:都|主要|全)?(?:是)?(?:用来|拿来|拿去|用去)?(?:干嘛|干啥|干什么|做什么|做啥)(?:用)?(?:了|的)?|"
    + "|".join(MAIN_USE_WORDS)
)
"""钱主要花在哪, 钱都花哪了, 钱都用到哪去了, 花在什么地方, 钱都干嘛用了: where the money goes, however it is
said."""
INCOME_SOURCE_ASKED = re.compile(
    r"钱?(?:都|全)?是?(?:从|打)?(?:哪里|哪儿|哪|何处|什么地方)来的?"
    r"|(?:哪些|哪几[项类种个])收入(?:呢|吗)?$|主要收入(?:是|有|包括)|收入主要(?:是|有|包括|由)"
    r"|(?:是|由)?谁(?:来)?(?:出|给|拨|付|掏)的?钱?|是[\u4e00-\u9fff]{1,6}?(?:给|拨|(?<!支)出)的(?:钱)?(?:吗|么|嘛)?$"
    r"|" + "|".join(INCOME_SOURCE_WORDS)
)
"""钱从哪来, 钱是哪来的, 钱都是打哪儿来的, 收入来源, 有哪些收入, 主要收入是什么, 钱是谁出的, 是中央给的吗: where
the money comes from, however it is said (哪些收入增加了 asks which rose)."""
IN_YUAN = re.compile(r"(?:多少|几)(?:元|块钱)|多少块|以元为单位|按元计")
IN_YI = re.compile(r"(?:多少|几个?)亿|亿元|以亿")
"""省高院总预算有几个亿, 折合多少亿元: the figure asked in 亿元."""
"""三公经费是多少元: the answer gives its figure in 元 as well, when the table prints 万元."""


def asks_the_less(text: str) -> bool:
    """Whether a comparison or ranking asks for the smaller side first."""
    return LESS_ASKED.search(without_terms(text)) is not None


def glossary_term_of(text: str) -> str | None:
    """什么是三公经费 / 省高院什么是项目支出 / 三公经费是什么意思 → the term; None when the question is
    not asking a meaning (减少的原因是什么 asks a reason, 最大的项目是什么 and 前三个项目是什么 a ranking)."""
    ranked = any(pattern.search(text) for pattern in (RANKED_ONE, TOP_PATTERN, ORDINAL_RANK))
    if any(word in text for word in REASON_CUES) or (ranked and not WHICH_IT_NAMES.search(text)):
        return None
    term = without_glossary_suffix(text)
    for prefix in sorted(GLOSSARY_PREFIXES, key=len, reverse=True):
        at = text.find(prefix)
        if at >= 0 and len(text) > at + len(prefix):
            rest = text[at + len(prefix) :].strip().lstrip("里中的")  # 名词解释里X怎么定义
            term = without_glossary_suffix(rest) or rest
            break
    if term and INCOME_SOURCE_ASKED.search(term):
        return None  # 零工市场运营费用的资金来源是什么 asks where its money comes from, no term's meaning
    return term


PARTS_OF_TERM = re.compile(
    r"(?:都)?(?:包括|包含|分为|分成|由)哪(?:\d+|几|些)个?部分(?:组成)?$|(?:都)?(?:包括|包含)(?:啥|什么)(?:内容)?$"
)
"""基本支出包括哪两部分 (哪2部分 once numerals are digits), 三公经费都包括啥: what the term's definition says it
is made of."""


WHICH_IT_NAMES = re.compile(r"(?:指的是|是指|指)哪(?:些|[几\d]?个?(?:项|个|类|种|部分|方面))$")
"""三公经费指的是哪三项 (哪3项 once numerals are digits), 基本支出是指哪几部分: what a term names, as its
definition says, however many it is said to be (no ranking of its rows)."""


def without_glossary_suffix(text: str) -> str | None:
    """三公经费是什么意思, 基本支出包括哪两部分 → the term; None when no suffix asks a meaning."""
    for suffix in sorted(GLOSSARY_SUFFIXES, key=len, reverse=True):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)].strip().removesuffix("的")
    parts = PARTS_OF_TERM.search(text) or WHICH_IT_NAMES.search(text)
    return text[: parts.start()].strip().removesuffix("的") if parts and parts.start() > 0 else None


def without_terms(text: str) -> str:
    """The text without the budget terms that hold a cue word (差额拨款), where cues are looked for, nor
    the words asking which tables print the item (在哪些表里 asks no list)."""
    for term in TERMS_HOLDING_CUES:
        text = text.replace(term, "")
    return TABLE_PLACE_ASKED.sub("", text)


COMPOSITION_ASKED = re.compile(
    r"(?:是)?由(?:哪些|哪几|什么|啥)?(?:个|项|类|块)?(?:部分|方面)?(?:组成|构成)的?"
    r"|(?:分为|分成|包含|包括)(?:哪些|哪几)(?:个|项|类|块)?(?:部分|方面)"
    r"|(?<!收入)(?<!单位)的?(?:构成|组成)(?:部分|情况)?(?=(?:是什么|是啥|有哪些|有什么|怎样|如何|呢|吗)?$)"
)
"""住房保障支出由哪些组成, 三公经费由哪几部分构成, 基本支出的构成: the item's parts are listed (收入构成 is
where the money comes from, 单位构成 a section of its own)."""


UNITS_COUNTED_OUT = re.compile(r"哪(?:\d+|几)(?:个|家)(?:下属|所属)?(?:单位|部门)")
"""哪两个下属单位, 哪几家单位 (哪2个 once numerals are digits): units ranked, so many of them."""
ATTRIBUTE_WORD = r"[\u4e00-\u9fff\d]{2}性|新增|延续"
ATTRIBUTE_SAID = re.compile(
    rf"(?P<attribute>{ATTRIBUTE_WORD})的?项目|(?<=项目)(?:是|属于|为)(?P<after>{ATTRIBUTE_WORD})(?:的|项目)"
    r"|(?P<verb>新增|延续)了?(?:哪些|哪几个?|几个|多少个?)项目"
)
"""一次性项目, 延续性的项目, 新增项目, 哪些项目是新增的, 新增了哪些项目: a 项目属性 said as the 绩效目标表
prints them (X性项目, 新增项目, 延续项目), which its 绩效目标表 holds."""


def attribute_said(text: str) -> str:
    """一次性 of 哪些是一次性项目, 新增 of 哪些项目是新增的 or 新增了哪些项目; '' when no 项目属性 is said."""
    said = ATTRIBUTE_SAID.search(text)
    return (said.group("attribute") or said.group("after") or said.group("verb")) if said else ""


def cues_of(text: str) -> set[str]:
    cues = set()
    asking = without_words(without_terms(text), TOO_MUCH_WORDS)  # 太多了 is no change
    bounded = SHARE_BOUND.sub("", asking)  # 占比达到90%: 达到 sets the share a bound, asks no target
    for name, words in CUE_GROUPS:
        if any(word in (bounded if name == "target" else asking) for word in words):
            cues.add(name)
    if SHARE_PATTERN.search(text):
        cues.add("share")
    if PLAN_COMPLETION.search(text):
        cues.update(("share", "completion"))
    if PERFORMANCE_ASKED.search(asking) or ATTRIBUTE_SAID.search(text):
        cues.add("target")
    if NUMBER_OF.search(text):
        cues.add("count")
    if TOP_PATTERN.search(text) or ORDINAL_RANK.search(text):
        cues.add("rank")
    if SHARE_RANKED.search(asking) and not PLAN_COMPLETION.search(text):
        cues.discard("share")  # 占比最高的支出: which is largest, not a share
    listed = [word for word in LIST_CUES if word in asking]
    if (
        listed
        and set(listed) <= set(EACH_UNIT_LIST)
        and any(word in asking for word in (*EVERY_UNIT_WORDS, *HELD_UNITS_WORDS))
    ):
        cues.discard("list")  # 各单位的机关运行经费分别是多少: each unit's figure, no list of its parts
    if COMPOSITION_ASKED.search(asking):
        cues.add("list")
    if UNITS_AMONG.search(text) or units_of_a_kind(text) or UNITS_COUNTED_OUT.search(text):
        cues.add("units")
    if UNITS_RANKED_AFTER.search(text) and "share" not in cues:
        cues.update(("units", "rank"))
    spent = any(word in text for word in SPEND_WORDS) or "花" in "".join(MAIN_USE_ASKED.findall(text))
    if spent and not any(word in text for word in PLAN_SAYINGS):
        cues.add("spend")  # 打算花 asks the plan, not what was spent; 钱都花哪了 assumes it was spent
    if against_budget_said(text) or budget_adjustment_asked(text):  # 咋没花完, 超支了吗, 预算调整了多少
        cues.add("change")
    return cues


THINGS_CLASSIFIERS = ("台", "套", "座", "所", "处", "批", "张", "场")
"""Classifiers of things, never of money or of a table's items (几台设备, 几处房屋, 多少场活动): a count
whatever is counted."""


def count_noun_of(text: str) -> CountNoun | None:
    """What the question counts (几个人, 多少辆车, 几个专门委员会) when it counts things, not money.

    The classifier says it when it can (人, 辆); else the words counted (after 几个/多少, or before
    有几个) are compared with each kind's nouns: before 多少 without a classifier, the noun must end the
    words (车辆多少, not 车辆维修和保养服务多少, an item of money); anything else counted with a classifier
    is a count too."""
    classifier = any(word in text and not begins_money(text, word) for word in COUNT_CLASSIFIER_CUES)
    money = any(word in text for word in MONEY_WORDS)
    counted = COUNTED.search(text)
    said = counted.group("classifier") if counted else ""
    after = counted.group("after") if counted else ""
    if counted and said and begins_money(text, counted.group(0)[: len(counted.group(0)) - len(after)]):
        said, after = "", said + after  # 多少人员经费: 人 begins 人员经费, money, no classifier
    phrase = (after or text[: counted.start()]) if counted else text
    for noun in COUNT_NOUNS:
        if said and said in noun.asked_with:
            return noun
    for noun in COUNT_NOUNS:
        words = [word for word in noun.nouns if len(word) > 1 or word == phrase]
        named = [word for word in words if word in phrase and not money_after(phrase, word)]
        if counted and not after and not classifier:
            end = COUNTED_BEFORE_END.sub("", phrase)
            named = [word for word in named if end.endswith(word)]
        if named and (classifier or not money and noun.unit != "个"):
            return noun
    counted_anyway = (*THINGS_CLASSIFIERS, *COUNT_ONLY_MEASURES)
    return ANY_COUNT if (classifier and not money) or said in counted_anyway else None


def begins_money(text: str, said: str) -> bool:
    """多少人 in 多少人员经费: the classifier ending a count word is the first character of a word of money,
    so nothing is counted (多少项目 still counts projects)."""
    return any(
        len(word) > 1 and any(money in word for money in MONEY_WORDS) for word in words_begun_by(text, said)
    )


def words_begun_by(text: str, said: str) -> list[str]:
    """The word of the text (as `tokenize` cuts it) that each occurrence of `said` ends by beginning: 人员经费
    for 多少人 in 多少人员经费, '' where its last character begins none."""
    words = {start: word for word, start, _end in tokenize(text)}
    return [words.get(found.end() - 1, "") for found in re.finditer(re.escape(said), text)]


def money_after(phrase: str, noun: str) -> bool:
    """人员 of 几个人员经费项目: a noun a word of money follows names whose money it is, not what is counted."""
    rest = phrase[phrase.find(noun) + len(noun) :]
    return any(word in rest for word in MONEY_WORDS)


def counted_bare(text: str) -> bool:
    """多少 or 几 said with no classifier, word of counting (数量, 车辆数) or asking whether there are any
    (公务用车多少): what is counted may as well be money."""
    counted = COUNTED.search(text)
    if counted is None or counted.group("classifier") or whether_any_thing(text) is not None:
        return False
    return not any(word in text for word in COUNT_CLASSIFIER_CUES)


UNIT_COUNT_WORDS = ("单位", "机构", "处室", "科室", "股室")
"""Nouns counted in 个, asked whether any without a classifier (有没有下属单位)."""
WHETHER_THING = re.compile(rf"(?:{'|'.join(WHETHER_ANY_WORDS)})(?P<thing>[\u4e00-\u9fff]{{1,8}})$")


def whether_any_thing(text: str) -> CountNoun | None:
    """有没有公车, 是否有下属单位: the kind of thing whose count answers whether there are any, when the
    question ends with its noun; None for money (有没有会议费) or anything else."""
    asked = WHETHER_THING.search(text)
    if asked is None:
        return None
    thing = asked.group("thing")
    noun = count_noun_of(f"{thing}有几个" if thing.endswith(tuple(UNIT_COUNT_WORDS)) else thing)
    return noun if noun is not None and noun.nouns and thing.endswith(noun.nouns) else None


def counts_things(question: Question) -> bool:
    """单价50万以上的设备有几台: a count of things (台, 套 …) bounded by their price, never the sums of a
    table above the bound."""
    counted = COUNTED.search(question.text) if question.count_noun is not None else None
    return counted is not None and counted.group("classifier") in THINGS_CLASSIFIERS


@dataclass(frozen=True)
class Ordinal:
    """第二多 → (2, from the largest); 倒数第二 → (2, from the smallest): the place of a ranking asked."""

    place: int
    from_least: bool
    said: str


def ordinal_of(text: str) -> Ordinal | None:
    match = ORDINAL_RANK.search(text)
    if not match:
        return None
    place = chinese_to_int(match.group("place") or match.group("place_only"))
    if place is None:
        return None
    from_least = bool(match.group("least")) != bool(match.group("last") or match.group("last_only") == "倒数")
    return Ordinal(place, from_least, match.group(0))


def printed_place_of(text: str) -> int | None:
    """第三个项目 → 3, 最后一个项目 → -1; None when no place in the printed order is asked."""
    match = PRINTED_PLACE.search(text)
    if match is None:
        return None
    return -1 if match.group("last") else chinese_to_int(match.group("place"))


def row_place_of(text: str) -> int | None:
    """表三第二行 → 2, 表三最后一行 → -1; None when no row is asked by its place."""
    match = ROW_PLACE.search(text)
    if match is None:
        return None
    return -1 if match.group("last") else chinese_to_int(match.group("place")) or None  # 第0行: no row


def top_of(text: str) -> int | None:
    match = TOP_PATTERN.search(text)
    if not match:
        return None
    return chinese_to_int(next(group for group in match.groups() if group))


def in_brackets(text: str, at: int) -> bool:
    """Whether `at` of a normalized text (brackets half-width) lies inside brackets: there a bound is part
    of a name (台式计算机（20万以下）)."""
    before = text[:at]
    return before.rfind("(") > before.rfind(")")


ASKED_MEASURE = re.compile(rf"(?:几|多少)(?:{'|'.join(sorted(MEASURE_WORDS, key=len, reverse=True))})")
"""多少场, 几次, 多少人次: how many, in the measure a count is printed in; no word of the item."""
ASKED_MONEY_UNIT = re.compile(r"(?:折合|合)?(?:多少|几)个?(?:亿元|亿|万元|万|元)")
"""折合多少亿元, 有几个亿: the unit the amount is asked in, no word of the item."""
POINTING_WORDS = r"该|此|贵|这个?|那个?|(?:本|我|咱|你|您)们?的?"
POINTED_UNIT = re.compile(
    rf"(?:{POINTING_WORDS})(?:部门|单位|办|{'|'.join(sorted(UNIT_SUFFIXES, key=len, reverse=True))})"
)
"""该局, 本部门, 我委, 咱们局, 你们单位: the unit spoken of, named by pointing or by who is addressed; no
word of the item."""
RECEIVED = re.compile(
    r"(?:给了|拨了|拨付了?|下拨了?|拨给了?|拿到了?|收到了?|得到了?|获得了?|到账了?|到位了?|给(?=多少|几))"
)
"""财政给了多少钱, 上级拨了多少, 拿到多少拨款: money the unit received, so the income side is asked."""
JUDGED_AT_END = re.compile(
    "(?:"
    + "|".join(sorted({word.removesuffix("吗") for word in JUDGMENT_WORDS}, key=len, reverse=True))
    + ")$"
)
"""零工市场的预算够(吗), 合理(吗): a judgment ending the question once its 吗 is read off; no word of the item."""


JUDGED_LARGE = re.compile(r"(?:多|高|大|贵)(?:吗|么|嘛)?\s*[?？]?\s*$")
"""三公经费多吗, 花得多吗, 人员经费高吗: whether a figure is a lot, which no disclosure says."""
MEASURED_AGAINST = re.compile(r"比|较|相比|同比|上年|去年")
"""比上年多不多, 较2023年高吗: a change the figures answer, no judgment."""


def asks_judgment(text: str) -> bool:
    """零工市场的钱够不够, 三公经费花得值吗, 三公经费多吗: a judgment no disclosure makes, not whether there is
    money, nor how it changed (比上年多不多), nor whether its share passes a bound (占了八成多吗)."""
    if MEASURED_AGAINST.search(text) or SHARE_BOUND.search(replace_numerals(text)):
        return False
    said = re.sub(r"[吗么嘛]?\s*[?？]?\s*$", "", text)
    large = bool(JUDGED_LARGE.search(text)) and said != text and stated_figure_of(text) is None
    return large or any(word in text for word in JUDGMENT_WORDS)


YES_NO = re.compile(
    r"是不是|是否|有没有|超没超|高没高|多没多|到没到|够不够"
    r"|(?:对不对|(?:对|没错|准确|正确|是)?(?:吗|(?<![什怎这那多])么|嘛|吧)|没有|了没)\s*[?？]?\s*$"
)
"""是不是超过900万, 超过30万没有, 高于30万吗, 1596万对吗, 不到2万吧: a question answered yes or no."""
CONFIRMING = re.compile(r"(?:对不对|没错|对|准确|正确|是)$")
"""1596万对(吗), 5万是(吗): what asks a stated figure to be confirmed, left once 吗 is taken off."""
STATED_OPERATOR = "="
STATED_FIGURE = re.compile(rf"(?P<verb>只有|才有|仅有|是不是|是|为|等于|有)?\s*(?P<amount>{_AMOUNT})")
"""三公经费是5万吗, 预算总共1596万对吗, 是不是只有2万: a figure the question states, to be confirmed or
corrected; 有10万吗 asks whether it comes to that much."""


STATED_ZERO = re.compile(r"(?:是不是|是|为|等于)\s*(?P<zero>0|零)(?:万?元)?(?=\s*(?:吗|么|嘛|呢|吧|[?？]|$))")
"""公务接待费是0吗, 是不是零, 为什么是0元: zero said with no unit, which needs none, or with one."""


def checks_one_figure(question: Question) -> bool:
    """物业管理费是不是超过900万: a bound asked yes or no of one item checks its figure; 超过100万的项目有
    哪些 (a list or a count), 有没有超过100万的项目 keep the rows that meet it."""
    asks_rows = question.has("list") or question.has("rank") or question.has("count")
    return bool(YES_NO.search(normalize(question.raw))) and not asks_rows and not bound_qualifies(question)


def bound_qualifies(question: Question) -> bool:
    """有没有超过500万的项目: the bound qualifies the rows named after it (…的项目), whether any meets it
    is asked, not one figure checked."""
    bound = question.bound
    if bound is None:
        return False
    return re.search(rf"{re.escape(bound.said)}的(?![吗呢吧啊嘛])[\u4e00-\u9fff]", question.text) is not None


def bound_of(text: str) -> AmountBound | None:
    """超过50万元 / 10万元以下 / 不到一百万元 / 50万到200万之间 → the bound an amount must meet; None when
    none is set."""
    if (ranged := range_of(text)) is not None:
        return ranged
    match = BOUND_PATTERN.search(text)
    if match is None or in_brackets(text, match.start()):
        return None
    amount = parse_amount(match.group("amount") or match.group("amount_after"))
    if amount is None or amount.in_yuan is None:
        return None
    word = match.group("before") or match.group("after")
    operator = BOUND_BEFORE_WORDS.get(word) or BOUND_AFTER_WORDS[word]
    return AmountBound(operator, amount, match.group(0))


SOUGHT_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)"
WHICH_ONE_ASKED = r"(?:哪[一1]?项|哪[一1]?个|哪些|哪几项|哪笔|(?<![为凭干做])(?:什么|啥))"
FIGURE_SOUGHT = re.compile(
    rf"{WHICH_ONE_ASKED}[\u4e00-\u9fff]{{0,4}}?(?:是|为|等于)(?P<first>{SOUGHT_AMOUNT})$"
    rf"|(?P<amount>{SOUGHT_AMOUNT})(?:的)?(?:是|指|对应|说的是)(?:的是)?{WHICH_ONE_ASKED}"
)
"""哪些项目是50万, 1596.64万元是哪一项, 57.6万是什么钱: the rows printing that figure are asked, the
figure itself no item."""


ZERO_SOUGHT = re.compile(
    rf"{WHICH_ONE_ASKED}[\u4e00-\u9fff]{{0,8}}?(?P<tail>(?:预算|金额|数字|数)?(?:为|是|等于)\s*(?:0|零)(?:万?元)?"
    r"|(?:没有|没|未|无)(?:安排|列支|预算|数字|金额|数据)|(?:是)?空(?:白|的)|留空)"
)
"""哪些项目预算为0, 哪些科目没有安排, 三公经费哪项是空的: the rows whose amount is 0 or left blank are asked."""


def zero_sought(text: str) -> AmountBound | None:
    """The rows a question asks for that print no amount (哪些科目没有安排): those at most 0; None when
    not asked."""
    found = ZERO_SOUGHT.search(text)
    if found is None:
        return None
    return AmountBound("<=", Amount(Decimal(0), "元", "0"), found.group("tail"))


def figure_sought(text: str) -> AmountBound | None:
    """The figure a question looks for among the rows (哪些项目是50万): kept when a row prints it, to the
    precision said; None when none is sought."""
    found = FIGURE_SOUGHT.search(text)
    said: str = (found.group("first") or found.group("amount")) if found else ""
    amount = parse_amount(said) if said else None
    if amount is None or amount.in_yuan is None:
        return None
    return AmountBound(STATED_OPERATOR, amount, said)


def range_of(text: str) -> AmountBound | None:
    """50万到200万之间 → the range both ends set, the smaller end first; None when the text sets none."""
    match = RANGE_PATTERN.search(text)
    if match is None or in_brackets(text, match.start()):
        return None
    high = parse_amount(match.group("high") or match.group("high_and"))
    if high is None or high.in_yuan is None:
        return None
    low = parse_amount(match.group("low") + (match.group("low_unit") or high.unit))
    if low is None or low.in_yuan is None:
        return None
    lower, upper = (low, high) if low.in_yuan <= high.in_yuan else (high, low)
    return AmountBound(BETWEEN, lower, match.group(0), upper)


ROUGH_BOUND = re.compile(
    r"(?<![\d.])(?P<number>[1-9]\d*)(?:多|余)(?P<unit>亿元|万元|千元|元|亿|万)"
    r"|(?<![\d.])(?P<whole>[1-9]\d*)(?P<whole_unit>亿|万)(?:多|余)元?"
)
"""200多万, 1000余万元: a figure said by its leading digits, anything up to where they next change; 3亿多,
5万多元: the whole units said, anything short of one more."""


def rough_bound_of(text: str) -> AmountBound | None:
    """是不是200多万 → between 200万 and 300万, 一千多万 → 1000万 to 2000万: the range a rough figure spans,
    a step of its last nonzero digit; None when the text says none."""
    match = ROUGH_BOUND.search(text)
    if match is None or in_brackets(text, match.start()):
        return None
    if match.group("whole"):
        number, unit, step = match.group("whole"), match.group("whole_unit"), 1
    else:
        number, unit = match.group("number"), match.group("unit")
        step = 10 ** (len(number) - len(number.rstrip("0")))
    low, high = parse_amount(f"{number}{unit}"), parse_amount(f"{int(number) + step}{unit}")
    if low is None or high is None or low.in_yuan is None or high.in_yuan is None:
        return None
    return AmountBound(BETWEEN, low, match.group(0), high, rough=match.group(0))


def stated_figure_of(text: str) -> AmountBound | None:
    """三公经费是5万吗: the one sum of money a yes-or-no question states, as the figure it checks; 是0吗
    states nothing, in any unit."""
    if (zero := STATED_ZERO.search(text)) is not None:
        return AmountBound(STATED_OPERATOR, Amount(Decimal(0), "元", zero.group("zero")), zero.group(0))
    stated = [match for match in STATED_FIGURE.finditer(text) if not in_brackets(text, match.start())]
    amount = parse_amount(stated[0].group("amount")) if len(stated) == 1 else None
    if amount is None or amount.in_yuan is None:
        return None
    operator = ">=" if stated[0].group("verb") == "有" else STATED_OPERATOR
    return AmountBound(operator, amount, stated[0].group(0))


HELD_UNITS_BEFORE_ITEM = re.compile(
    rf"(?:{'|'.join(sorted(HELD_UNIT_PHRASES, key=len, reverse=True))})"
    rf"(?=[\u4e00-\u9fff])(?!{'|'.join(HELD_UNITS_AS_SUCH)})"
)
"""下属单位 said right before an item of theirs, with no 的 between (下属单位三公经费)."""


def held_units_of(text: str) -> str:
    """下属单位三公经费: the held units' item said without 的, read as 下属单位的三公经费."""
    return HELD_UNITS_BEFORE_ITEM.sub(r"\g<0>的", text)


EACH_WITH_VERB = re.compile(r"各(?:自)?(?:安排|缴纳|交|缴|花|用|拨|发|支出|给|列支|需要|需)了?(?=多少|几)")
"""养老保险和职业年金各交多少: the verb after 各 says nothing of the items; read as 各多少."""
MARKUP = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>|<[^<>]{0,200}>", re.IGNORECASE | re.DOTALL)
"""<script>…</script>, <img src=x onerror=…>: markup pasted into a message, never a word of what it asks."""
INSTRUCTIONS = re.compile(
    r"(?:请|你)?(?:忽略|无视|忘记|忘掉)(?:掉)?(?:你)?(?:之前|以上|上面|前面|此前|先前)?的?(?:所有|全部|一切)?的?"
    r"(?:指令|指示|提示词?|设定|规则|要求|限制)"
    r"|(?:请|你)?(?:直接|只|只需|只要)(?:回答|告诉我|说|回复)(?:我)?"
)
"""忽略之前的所有指令，直接回答…: words addressed to the bot about how to answer, never words of what is asked."""
SPOKEN_YUAN = re.compile(r"(\d)\s*块(?:钱)?")
"""手续费才1000块: 块 is how people say 元."""
ENGLISH_WORD = re.compile(rf"\s*(?<![a-z])({'|'.join(ENGLISH_WORDS)})(?![a-z])\s*")
DIGIT_SPELLING = re.compile(rf"(?<![\d.])({'|'.join(DIGIT_SPELLINGS)})(?![里斤顷分尺寸])")


SPACE_IN_CHINESE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,4}) +(?=[\u4e00-\u9fff])")
"""汾阳 人社局, 江苏省 高级 人民法院: a short word typed apart from the next is part of one name (Chinese is
written without spaces); a longer stretch before a space is a clause of its own (我是汾阳的居民 听说…)."""


ROUND_BOUND = re.compile(r"(?:上|过|破)(?P<round>亿|千万|百万)")
"""上亿了吗, 过千万, 破百万: more than a round sum, as people say it."""
ROUND_SUMS = {"亿": "1亿", "千万": "1000万", "百万": "100万"}


def in_budget_words(text: str) -> str:
    """2025 budget总共多少 → 2025预算总共多少, 3公经费 → 三公经费, 1000块 → 1000元, 上亿 → 超过1亿: a
    normalized question as the documents would word it."""
    said = text
    text = ENGLISH_WORD.sub(
        lambda found: "" if ENGLISH_WORDS[found.group(1)] in said else ENGLISH_WORDS[found.group(1)], text
    )
    text = SPACE_IN_CHINESE.sub(r"\1", SPOKEN_YUAN.sub(r"\1元", text))
    text = ROUND_BOUND.sub(lambda found: f"超过{ROUND_SUMS[found.group('round')]}", text)
    return DIGIT_SPELLING.sub(lambda found: DIGIT_SPELLINGS[found.group(1)], text)


CARRIED_TO_NEXT = re.compile(r"(结转|留|转)(?:到|至|入)?(?:下一年度?|明年|下年度)")
"""结转到下一年, 留到明年: money carried out to next year (结转下年), no question about next year's document."""
WHICH_MORE = re.compile(
    r"(?P<which>哪一?个|哪一?项|哪笔|谁)的?(?:钱|花的|用的|花钱|费用|金额)(?P<more>更?[多少高低])"
)
"""零工市场和护工培训哪个花得多, 哪个钱多: which of the two is more, said with its money; read as 哪个多."""
SPENT_MOST = re.compile(r"(?<![使费专适作])(?:花|用)[得的](?=最?(?:多|少))")
"""花得最多, 用的最少, 哪块用得多: how much went where, said with 花 or 用 and either particle; read as 花的."""
ON_SUFFIX = r"(?:身上|上面|方面|上)"
ON_ITEM = r"(?P<item>(?!哪|什么|啥)[^在，,。？?\s]{2,20}?)"
"""The item 在…上 frames; 花在哪个科目上 asks which, and names none."""
SPENT_ON = re.compile(
    rf"在{ON_ITEM}{ON_SUFFIX}"
    r"(?=的?(?:一共|总共|共|都|大概|大约|总共)?(?:花|用|投|支出|安排|拨|给|开支|预算|钱|经费|资金)|的?呢?$)"
)
"""在零工市场上花了多少, 在就业上的支出, 那在培训上呢: the item, without the 在…上 said around it."""
SPENT_ON_AFTER = re.compile(
    rf"(?P<verb>花|用|投入?|安排)了?(?P<amount>多少钱?|几个钱)?在{ON_ITEM}{ON_SUFFIX}"
)
"""花多少钱在社保上, 用在培训上的钱: the item said after the verb, read as 社保花多少钱 (用 as 花)."""
LIST_EXCEPT = re.compile(
    rf"(?:{EXCLUDING})(?P<excluded>[^，,。？?还]{{2,20}}?)(?:以外|之外|外)?[,，]?"
    r"(?:还有|还包括|另外还?有|其他还?有|其余还?有|别的还?有)的?(?=什么|哪些|啥|哪几)"
)
"""除了办公费还有什么, 除了零工市场以外还有哪些项目: the rest of a list, without the item named."""
SHARE_SAID_WITH_BE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:是|相当于)"
    r"(?=[^是，,。？?]{2,30}?的(?:(?:多大|多少)?(?:百分之|比例|占比|比重|几成)|多少$))"
)
"""三公经费是机关运行经费的百分之几, 会议费相当于培训费的多少: a share said with 是 or 相当于 where 占 is
meant; read as 占."""
REPEATED_WORDS = re.compile(r"([\u4e00-\u9fff]{3,}?)(?:\s*\1)+")
"""零工市场零工市场, 三公经费 三公经费: words said again at once name nothing more. Two characters
said twice may be a unit's name and an item's first word (省政协政协会议支出), so they stay."""


def spent_on_said_first(text: str) -> str:
    """The item spent on, said where the documents say it: before its verb, without 在…上."""
    text = SPENT_ON_AFTER.sub(
        lambda said: f"{said['item']}{'花' if said['verb'] == '用' else said['verb']}{said['amount'] or ''}",
        text,
    )
    return SPENT_ON.sub(r"\g<item>", text)


LAST_YEARS_OUTCOME = re.compile(r"(?<![比较])上一?年度?(?=(?:预算)?执行)")
"""行政运行上年执行数: the year before the document's, whose 执行数 a 预算 may print (2023年执行数); no word of
the item. Not 比上年执行数, which measures a change against it."""
EARLIER_SIDE_COLUMN = re.compile(
    r"(?P<side>(?:比|较)(?:上一?年|去年|(?:19|20)\d{2}年)度?)(?:执行数|预算数|决算数)"
)
"""比上年执行数增加多少, 比2023年预算数: the column of last year's side the change is measured against,
which the document's 上年 column is; no column of this year's figure, nor a word of the item."""


def table_number_said(reference: str) -> TableNumber | None:
    """The number a question saying only `reference` (公开表六, 公开07表, 表12, 表1-2) reads; None when it
    reads none, or words beside it (部门公开表5) would stay in the question's item."""
    said = replace_numerals(normalize(reference))
    if PART_NUMBERED_TABLE.fullmatch(said):
        return part_numbered(said)
    found = TABLE_PATTERN.fullmatch(said)
    return table_number_of(found) if found else None


THANKS_AFTER = re.compile(
    rf"(?<=\S)[\s,，。!！?？~～]+(?:{'|'.join(THANKS_WORDS)})[啦了呀哈]*$", re.IGNORECASE
)
"""，谢谢 closing a question (单位资金指的是啥，谢谢): courtesy, no part of what is asked."""


COURTESY = re.compile("|".join((r"好$", "请教", "谢", *(word for word in FLUFF_WORDS if len(word) > 1))))
"""老师好, 请教个问题, 先谢过, 请问: words of courtesy, which no listed item holds."""
LISTED_PIECE = re.compile(r"[\u4e00-\u9fff\d]{2,16}")
"""A piece of a question between commas that may be one item of a list (培训费，会议费，差旅费)."""


def listed_with_commas(text: str) -> str:
    """人社局的培训费，会议费，差旅费(分别多少): items listed with commas where only the last piece (if any)
    asks, as with 、; a question whose pieces each ask (办公费多少，差旅费呢) keeps its clauses."""
    pieces = re.split(r"[，,]", text)
    if len(pieces) < 2 or not all(LISTED_PIECE.fullmatch(piece) for piece in pieces[:-1]):
        return text
    if any(COURTESY.search(piece) for piece in pieces):  # 老师好，…: a greeting, then the question
        return text
    if any(word in pieces[-1] for word in ITEM_JOINER_WORDS):  # 绩效管理的项目，运转类和特定目标类各几个
        return text
    if any(word in piece for piece in pieces[:-1] for word in ASKING_WORDS) or not pieces[-1].strip():
        return text
    return LIST_COMMA.join(pieces)


def text_to_question(raw: str) -> Question:
    """Given a question as typed, return what it asks for; records are not consulted."""
    text = TRAILING_PUNCTUATION.sub(
        "",
        expand_short_years(
            replace_numerals(
                without_list_numbers(
                    in_budget_words(normalize(without_symbols(INSTRUCTIONS.sub(" ", MARKUP.sub(" ", raw)))))
                )
            )
        ),
    )
    text = TRAILING_PUNCTUATION.sub("", THANKS_AFTER.sub("", text))
    text = REPEATED_WORDS.sub(r"\1", re.sub(r"[吗呢啊呀吧]+$", "", text))
    text = CARRIED_TO_NEXT.sub(r"\1到下年", SPENT_MOST.sub("花的", spent_on_said_first(text)))
    text = WHICH_MORE.sub(r"\g<which>\g<more>", text)
    text = listed_with_commas(text)
    text = SHARE_SAID_WITH_BE.sub("占", EARLIER_SIDE_COLUMN.sub(r"\g<side>", text))
    excluded = LIST_EXCEPT.search(text)
    text = LIST_EXCEPT.sub("有", text, count=1)
    text = YEAR_RANGE.sub(r"\g<first>年和\g<last>年", text)
    text = COUNTED_AT_END.sub(r"多少\g<unit>", EACH_WITH_VERB.sub("各", text))
    text = held_units_of(text)
    dates = as_of_dates(text)
    for date in dates:
        text = text.replace(date.said, "", 1)
    question = Question(
        raw=raw,
        text=text,
        as_of=dates[0] if dates else None,
        excluded=excluded["excluded"] if excluded else "",
    )
    question.glossary_term = glossary_term_of(QUESTION_MARKS.sub("", text))
    last_clause = CLAUSE_MARKS.split(text)[-1]  # 老师好，基本支出是什么意思: the term is the last clause's
    if last_clause != text and len(term := glossary_term_of(last_clause) or "") >= MIN_TERM:
        question.glossary_term = term
    question.cues = cues_of(text)
    against_plan = "决算" in text and AGAINST_PLAN.search(text)
    if against_plan or (question.has("compare") and COMPARED_WITH_YEAR.search(text)):
        # 比2024年差了多少, 决算和预算相差多少: one figure against another of its own
        question.cues.add("change")
    question.top = top_of(text)
    question.ordinal = ordinal_of(text)
    question.printed_place = printed_place_of(text) if question.ordinal is None else None
    question.row_place = row_place_of(text)
    if question.printed_place is not None or question.row_place is not None:
        question.glossary_term = None  # 第一个项目是什么 asks which project, not what 项目 means
    question.bound = bound_of(text) or rough_bound_of(text)
    if question.bound is None:
        question.bound = zero_sought(text)
    if question.bound is None and (sought := figure_sought(text)) is not None:
        question.bound = sought
        question.cues.discard("rank")  # 哪一项是1596.64万元: the rows printing it, no ranking
    if question.bound is None and checks_one_figure(question):
        question.bound = stated_figure_of(text)
    why_zero = (
        question.bound is None and any(word in text for word in REASON_CUES) and STATED_ZERO.search(text)
    )
    if why_zero:  # 为什么是零: the premise checked before the reason is given
        question.bound = stated_figure_of(text)
    question.checks_bound = question.bound is not None and (checks_one_figure(question) or bool(why_zero))
    question.columns = [cue for cue in COLUMN_CUES if cue.said_in(text)]
    counted = text.replace(question.bound.said, "") if question.bound else text
    asks_count = (  # 哪几个 and 最多的几个 ask which, not how many
        question.has("count")
        and not question.has("completion")
        and "哪几" not in text
        and not RANKED_SEVERAL.search(text)
    )
    question.count_noun = count_noun_of(counted) if asks_count else None
    if question.count_noun is None and (thing := whether_any_thing(text)) is not None:
        question.count_noun = thing  # 有没有公车: how many there are says whether there are any
        question.cues.add("count")
    question.kind = "决算" if "决算" in text else None
    stripped = text
    for friend in KIND_FALSE_FRIENDS:
        stripped = stripped.replace(friend, "")
    question.prefers_budget = "预算" in stripped
    question.codes = find_codes(text)
    table = TABLE_PATTERN.search(text)
    question.table_number = part_numbered(text) or (table_number_of(table) if table else None)
    if table_what_said(text):
        question.glossary_term = None  # 表五是什么 asks for the table, no term's meaning
        question.cues.add("list")
    return question


YEAR_RANGE = re.compile(
    r"(?:从|自)?(?P<first>(?:19|20)\d{2})\s*年?度?\s*(?:到|至|～|~|—|－|-)\s*(?P<last>(?:19|20)\d{2})\s*年度?"
)
"""从2017年到2019年, 2017至2019年: the two years set side by side, as 2017年和2019年 says."""
COMPARED_WITH_YEAR = re.compile(
    r"(?:比|较|与|同|跟)(?:19|20)\d{2}\s*年度?(?:预算|决算)?(?:执行)?数?(?:相比|比较)?"
)
"""比2024年, 较2023年预算, 与2023年度相比: what a change is measured against, no part of its item."""
CHANGE_MULTIPLE = re.compile(r"(?:翻了?)?\d+(?:\.\d+)?倍(?:多|以上|左右|有余)?")
"""涨了两倍多, 翻了一倍: how large a change the question says, no part of its item."""
ROUGH_AMOUNT = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?:多|余|来)(?:亿元|万元|千元|元|亿|万)")
"""是不是300多万, 两百来万: a rough figure the question quotes to check, never a word of its item."""
THIS_YEAR_WORDS = ("今年", "本年度")
"""今年比去年: the document's own year, no part of the item compared."""
BARE_AMOUNT = re.compile(
    r"(?:预算|决算|安排|拨款|支出)(?:数|额)?(?:是|为|有|了)?\s*(?P<number>\d[\d,]*\.\d+|\d{1,3})(?![\d.,%年])"
    r"|(?<=[\u4e00-\u9fff])(?:是|为|等于)\s*(?P<claimed>\d[\d,]*(?:\.\d+)?)$"
)
"""预算135.9最后花了多少, 三公经费是0: a figure quoted after the word it is a figure of, or claimed at the end
of the question, its unit left unsaid."""
AGAINST_PLAN = re.compile(
    r"(?:比|较|与|同|跟|和|[小大低高少多]于|超过|超出)(?:年初|调整)?预算(?:数)?(?:相比|比较|比)?"
    r"|(?:比|较)年初(?=(?:相比)?(?:[增减多少高低超涨降]|上升|节约))"
    rf"|(?:年初|调整)?预算(?:数|额)?(?:{'|'.join(ITEM_JOINER_WORDS)})(?:实际|最终)?(?:支出)?决算(?:数|额)?"
)
"""决算比预算多还是少, 较年初预算, 比年初增加, 决算数小于预算数: a 决算 measured against its own budget,
not against last year."""
ADJUSTMENT_SAID = re.compile(r"预算调[整增减]了?|(?<!未)调[增减]了?")
"""预算调整了, 调增了: words saying the budget was adjusted; no word of the item."""
BUDGET_ADJUSTED = re.compile(rf"{ADJUSTMENT_SAID.pattern}|调整(?:后的?)?预算数?.*年初|年初预算数?.*调整")
"""预算调整了多少, 调增了多少, 调整预算比年初预算增加多少: the budget as adjusted measured against the budget at
the start of the year (no 决算 said), not the outcome against either."""
OUTCOME_WORDS = re.compile("决算|实际|执行|花")


def all_of_asked(text: str) -> str | None:
    """收入都是财政拨款 → 收入中财政拨款占比达到100%, 钱有一半以上是项目支出 → 钱中项目支出占比一半以上:
    the share question a whether-all (or whether-most) question stands for; None when a side holds a
    figure or asks something (三公经费都是0, 都是什么)."""
    if said := all_of_said(text):
        return f"{said[0]}中{said[1]}占比达到{WHOLE_SHARE}"
    found = PART_OF.match(text)
    if found is None or any(word in found.group("part") for word in ASKING_WORDS):
        return None
    bound = found.group("bound")
    if bound in MOST_OF_WORDS:
        return f"{found.group('whole')}中{found.group('part')}是不是占了{bound}"
    reached = "" if SHARE_BOUND.search(bound) else "达到"  # 有一半是: at least half
    return f"{found.group('whole')}中{found.group('part')}占比{reached}{bound}"


INCOME_WHOLE = re.compile(r"(?:^|的)(?:钱|资金)$|收入$")
"""收入, 省检察院的钱: the unit's income as a whole (not 三公经费, nor 零工市场资金), whose sources a
whether-all question (收入都是财政拨款吗) asks of."""


def income_all_of(text: str) -> bool:
    """收入都是财政拨款吗: whether the income is all from one source, answered over every source."""
    said = all_of_said(text)
    return said is not None and bool(INCOME_WHOLE.search(said[0]))


def all_of_said(text: str) -> tuple[str, str] | None:
    """收入都是财政拨款 → (收入, 财政拨款): the whole and the part a whether-all question names."""
    said = ALL_OF.match(text)
    if said is None:
        return None
    whole, part = said.group("whole").removesuffix("的"), said.group("part")
    if any(word in side for side in (whole, part) for word in ASKING_WORDS) or re.search(r"\d", part):
        return None
    if YEAR_SAID.search(part):
        return None  # 项目都是今年的吗: when, not a part of the whole
    return whole, part


def budget_adjustment_asked(text: str) -> bool:
    return bool(BUDGET_ADJUSTED.search(text)) and not OUTCOME_WORDS.search(text)


def without_words(text: str, words: Iterable[str]) -> str:
    """The text with each of `words` taken out, longest first (相差多少 before 多少)."""
    for word in sorted(set(words), key=len, reverse=True):
        text = text.replace(word, "")
    return text


def asks_only_why(text: str) -> bool:
    """为啥这么少, 为什么这么高: why a figure is what it is, naming no change (比上年减少, 增加了)."""
    if not any(word in text for word in REASON_CUES):
        return False
    rest = without_words(text, REASON_CUES)
    return not any(word in rest for word in CHANGE_CUES) and not COMPARED_WITH_YEAR.search(rest)


ACCURACY_ASKED = re.compile(r"准不准|准确(?![率度性])(?:不准确)?")
"""数据准确吗, 数字准不准: whether the figures are right, which the audit answers (not 准确率, an indicator)."""


def asks_check(text: str, named: list[str]) -> bool:
    """表格对得上吗, 人社局2024年的数据一致吗: whether a document's figures agree with each other, the
    question naming nothing in it besides its tables and figures as a whole (`named`: its unit, year)."""
    accuracy = ACCURACY_ASKED.findall(text)
    if not accuracy and not any(word in text for word in CHECK_WORDS):
        return False
    asking = [*named, *accuracy, *CHECK_WORDS, *CHECKED_THINGS, *FLUFF_WORDS]
    rest = without_words(QUESTION_MARKS.sub("", text), asking)
    return not HAN.search(rest)


def table_numbers_said(text: str) -> list[int]:
    """表12和表13: every table the text names by its number, once each, in the order said."""
    return list(
        dict.fromkeys(number for found in TABLE_PATTERN.finditer(text) if (number := table_number_of(found)))
    )


def tables_compared(text: str, named: list[str]) -> tuple[int, int] | None:
    """表一和表四一致吗, 表三和表五的合计一样吗: the two tables whose figures are set against each other, when
    the question names nothing else (`named`: its unit, year); None otherwise."""
    numbers = table_numbers_said(text)
    if len(numbers) != 2 or not any(word in text for word in TABLES_AGREE_WORDS):
        return None
    said = QUESTION_MARKS.sub("", TABLE_PATTERN.sub("", text))
    rest = without_words(said, [*named, *TABLES_AGREE_WORDS, *TABLE_PAIR_WORDS, *FLUFF_WORDS])
    return None if HAN.search(rest) else (numbers[0], numbers[1])


THAN_BUDGET = re.compile(r"比(?:年初|调整|全年)?预算数?(?:的)?(?:要|还)?[多少高低大小]")
"""比预算少吗, 是不是比年初预算多: a 决算's figure set against its own budget, asked yes or no."""


SPENT_IN_FULL = re.compile(rf"(?<![没不])(?<!没有)(?:{'|'.join(SPENT_IN_FULL_WORDS)})")
"""钱花完了吗, 预算用完了没有: spending up to the budget asked, not denied (没花完 says it fell short)."""


def against_budget_said(text: str) -> bool:
    """没花完, 花完了吗, 超支, or 少花了 with no other year it is measured against: of a 决算, below or above
    its own budget."""
    if any(word in text for word in (*SHORTFALL_WORDS, *OVERSPENT_WORDS)) or THAN_BUDGET.search(text):
        return True
    if SPENT_IN_FULL.search(text):  # 花完了吗
        return True
    other_year = any(word in text for word in OTHER_YEAR_WORDS) or bool(COMPARED_WITH_YEAR.search(text))
    return any(word in text for word in UNDERSPENT_WORDS) and not other_year


def cue_words(question: Question) -> list[str]:
    """The words that said what kind of answer is wanted; they are not part of the subject."""
    words: list[str] = []
    asking = without_terms(question.text)
    for cue, group in CUE_GROUPS:
        if question.has(cue):
            words += [word for word in group if word in asking and word not in INDICATOR_HEADS]
    if question.glossary_term:
        words += [word for word in (*GLOSSARY_PREFIXES, *GLOSSARY_SUFFIXES) if word in question.text]
    if question.has("share"):
        words += [word for word in SHARE_CUES if word in question.text]
    if question.has("rank"):
        words += [ranked.group(0) for ranked in SHARE_RANKED.finditer(question.text)]  # 占比最高
        # 哪块, 哪个方面 say which; 哪类 also asks the 类 level (基本支出里哪类最多), read with the item
        words += [word for word in WHICH_WORDS if word in asking and not word.endswith("类")]
    words += [said.group(0)] if (said := PERFORMANCE_ASKED.search(asking)) else []
    if question.has("target"):
        words += [outcome.group(0) for outcome in OUTCOME_ASKED.finditer(question.text)]  # 目标完成了吗
    top = TOP_PATTERN.search(question.text) if question.top else None
    words += [top.group(0)] if top else []
    words += [question.ordinal.said] if question.ordinal else []
    words += [placed.group(0)] if (placed := PRINTED_PLACE.search(question.text)) else []  # 第三个(项目)
    words += [row.group(0)] if (row := ROW_PLACE.search(question.text)) else []  # 第二行
    words += units_of_a_kind(asking)  # 哪所学校: which unit, never an item
    words += [units.group(0) for units in UNITS_COUNTED_OUT.finditer(question.text)]  # 哪两个下属单位
    if budget_adjustment_asked(question.text):
        words += [said.group(0) for said in ADJUSTMENT_SAID.finditer(question.text)]
    words += [table.group(0) for table in TABLE_PATTERN.finditer(question.text)]  # 表12: where, not what
    words += [table.group(0) for table in PART_NUMBERED_TABLE.finditer(question.text)]  # 附表1-4
    words += [what] if (what := table_what_said(question.text)) else []  # (表五)是什么表
    if table_named(question.text):  # 表十一是空的吗, 表7为什么没有数据: the table's emptiness, no item
        words += [empty.group(0) for empty in TABLE_EMPTY_SAID.finditer(question.text)]
    words += [year.group(0) for year in LAST_YEARS_OUTCOME.finditer(question.text)]  # 上年(执行数): when
    words += [table.group(0) for table in WHOLE_TABLE.finditer(question.text)]
    words += [parts.group(0) for parts in COMPOSITION_ASKED.finditer(question.text)]  # 由哪些组成
    words += [place.group(0) for place in TABLE_PLACE_ASKED.finditer(question.text)]
    words += [kind.group(0) for kind in INDICATOR_CATEGORY.finditer(question.text)]
    words += [parts.group(0) for parts in PARTS_SUMMED.finditer(question.text)]
    words += [units.group(0) for units in UNITS_AMONG.finditer(question.text)]
    words += [question.bound.said] if question.bound else []
    words += [sought.group(0) for sought in FIGURE_SOUGHT.finditer(question.text)]  # 57.6万是什么(钱)
    words += (
        [*YES_NO.findall(question.text), *CONFIRMING.findall(question.text)] if question.checks_bound else []
    )
    words += [measure.group(0) for measure in ASKED_MEASURE.finditer(question.text)]  # 要开几次
    words += [unit.group(0) for unit in POINTED_UNIT.finditer(question.text)]  # 该局, 本部门
    words += [word for word in JUDGMENT_WORDS if word in question.text]  # 钱够不够用
    words += [judged.group(0) for judged in JUDGED_AT_END.finditer(question.text)]  # 预算够(吗)
    words += [received.group(0) for received in RECEIVED.finditer(question.text)]  # 收到多少: the side
    words += [unit.group(0) for unit in ASKED_MONEY_UNIT.finditer(question.text)]  # 折合多少亿元
    words += [month.group(0) for month in PER_MONTH.finditer(question.text)]  # 一个月多少
    words += [quarter.group(0) for quarter in PER_QUARTER.finditer(question.text)]  # 每季度多少
    words += [day.group(0) for day in PER_DAY.finditer(question.text)]  # 一天多少
    words += [years.group(0) for years in EVERY_YEAR.finditer(question.text)]  # 历年, 这两年
    words += [bound.group(0) for bound in SHARE_BOUND.finditer(question.text)]  # 占比超过一半
    words += [done.group(0) for done in OUTCOME_OF_PLAN.finditer(question.text)]  # 决算数占年初预算的比例
    words += [most.group(0) for most in MOST_OF.finditer(question.text)] if question.has("share") else []
    words += [word for word in PLAN_SAYINGS if word in question.text]  # 年初打算: the 预算数 column
    words += [side.group(0) for side in ADJUSTED_PART.finditer(question.text)]  # 调整预算呢: a side, no item
    if any(word in question.text for word in CHECK_WORDS):  # 住房公积金各表对得上吗: the item alone
        words += [word for word in (*CHECK_WORDS, *TABLES_TOGETHER) if word in question.text]
    words += [found.group(0) for found in MAIN_USE_ASKED.finditer(question.text)]  # 花在哪
    words += [found.group(0) for found in INCOME_SOURCE_ASKED.finditer(question.text)]  # 钱从哪来
    counted = COUNTED.search(question.text) if question.count_noun else None
    words += [counted.group(0)[: counted.start("after") - counted.start()]] if counted else []  # 多少人次
    words += [  # 预算135.9万最后花了多少: a figure the question quotes is no word of its item
        amount.raw
        for amount in find_amounts(question.text)
        if amount.unit != "%" and not in_brackets(question.text, question.text.find(amount.raw))
    ]
    words += [
        found.group("number") or found.group("claimed") for found in BARE_AMOUNT.finditer(question.text)
    ]
    words += [found.group("count") for found in CHECKED_COUNT.finditer(question.text)]  # 是不是有2台
    words += [found.group(0) for found in ROUGH_AMOUNT.finditer(question.text)]
    if question.has("change"):
        words += [word for word in THIS_YEAR_WORDS if word in question.text]  # 今年比去年: this document
        words += [match.group(0) for match in COMPARED_WITH_YEAR.finditer(question.text)]
        words += [match.group(0) for match in AGAINST_PLAN.finditer(question.text)]
        words += [match.group(0) for match in CHANGE_MULTIPLE.finditer(question.text)]
        words += [amount.raw for amount in find_amounts(question.text) if amount.unit == "%"]  # 少了10%
    classified = [word for word in COUNT_CUES if word.startswith(COUNT_ASKED) and word not in COUNT_ASKED]
    return [word for word in words if word not in classified or counts_in_its_own_word(asking, word)]


def counts_in_its_own_word(text: str, said: str) -> bool:
    """几个, 多少项, 几个人 said as a count: its classifier is no first character of a longer word, as 项 is of
    项目支出 in 一共有多少项目支出 (an amount of 项目支出, not a count)."""
    return any(len(word) <= 1 for word in words_begun_by(text, said))


CHECKED_COUNT = re.compile(rf"(?:{'|'.join(WHETHER_ANY_WORDS)})(?P<count>\d+(?:{'|'.join(COUNT_UNITS)}))")
"""是不是有2台: a count the question quotes to check is no word of what is counted."""


BASE_WORDS = frozenset(
    DROP_WORDS
    | set(ABBREVIATIONS)
    | set(KIND_FALSE_FRIENDS)
    | {word for noun in COUNT_NOUNS for word in noun.nouns}
    | {w for cue in COLUMN_CUES for w in cue.words}
)
"""Words the segmenter keeps whole whatever is loaded: cue words, fluff, abbreviations, column names."""


def base_segmenter() -> Segmenter:
    """The segmenter every index copies: jieba's commonest words and BASE_WORDS."""
    return Segmenter.base(BASE_WORDS)


def units_of_a_kind(text: str) -> list[str]:
    """哪所学校, 哪家医院, 哪个中心: which unit, of a kind named by a word ending as units' names do (校, 院,
    中心); never 哪个部分 nor 哪个项目."""
    found = []
    for which in WHICH_ONE.finditer(text):
        words = segment(text[which.end() :])
        if words and words[0][-1] in UNIT_ENDINGS:
            found.append(which.group(0) + words[0])
    return found


def segment(text: str) -> list[str]:
    """The words of a text, as the segmenter of the index being read cuts it (else the base one)."""
    return (ACTIVE.get() or base_segmenter()).cut(text)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """The words of a text with their places, cut as `segment` cuts it."""
    return (ACTIVE.get() or base_segmenter()).tokenize(text)


def subject_of(text: str, remove: list[str]) -> str:
    """What is left of a question once names of unit/year, cue words and fluff are taken out; words
    that overlap (相差 and 差多少 in 相差多少) are both taken out whole."""
    removed = [False] * len(text)
    for span in remove:
        for found in re.finditer(re.escape(span), text) if span else ():
            removed[found.start() : found.end()] = [True] * len(span)
    text = "".join(" " if gone else char for char, gone in zip(text, removed, strict=True))
    text = QUESTION_MARKS.sub(" ", text)
    tokens = [token for token in segment(text) if token not in DROP_WORDS and token.strip()]
    while tokens and tokens[0] in CONNECTOR_WORDS:
        tokens.pop(0)
    while tokens and tokens[-1] in CONNECTOR_WORDS:
        tokens.pop()
    return "".join(tokens).strip()


def subject_variants(subject: str) -> list[str]:
    """The subject as typed, without a whole said before it that its name already ends with, and with
    each abbreviation spelled out (社保 → 社会保障 / 社会保险)."""
    variants, rest = list(dict.fromkeys([subject, without_said_whole(subject)])), subject
    for short, expansions in sorted(ABBREVIATIONS.items(), key=lambda item: -len(item[0])):
        if short not in rest:
            continue  # 结转 inside 结转下年 was spelled out with it
        rest = rest.replace(short, " ")
        for expansion in expansions:
            if short in expansion and expansion in subject:
                continue  # 住房公积金 already says 公积金 in full; 水电费 does not say 电费
            variants += [
                spelled
                for variant in list(variants)
                if short in variant and (spelled := spell_out(variant, short, expansion)) != variant
            ]
    return list(dict.fromkeys(variants))[:6]


def without_said_whole(subject: str) -> str:
    """收入财政拨款收入 (收入里的财政拨款收入) → 财政拨款收入: a whole said first adds nothing when the item's
    own name ends with it; a narrower whole (基本支出办公费) stays."""
    for size in range(MIN_SAID_WHOLE, len(subject) // 2):
        whole, item = subject[:size], subject[size:]
        if item.endswith(whole):
            return item
    return subject


MIN_SAID_WHOLE = 2


def spell_out(subject: str, short: str, expansion: str) -> str:
    """The subject with `short` spelled out; a spelling that puts words before it (工资 → 基本工资) only
    where nothing names a kind of it already (绩效工资 is not 绩效基本工资); words of the spelling the subject
    already says before it are not said twice (因公出国费 is 因公出国(境)费, not 因公因公出国(境)费)."""
    start = expansion.find(short[0])
    said_before = expansion[:start] + short if short not in expansion and start > 0 else ""
    if said_before and said_before in subject:
        return subject.replace(said_before, expansion)
    if expansion.find(short) <= 0:
        return subject.replace(short, expansion)
    return re.sub(rf"(?<![\u4e00-\u9fff]){re.escape(short)}", expansion, subject)

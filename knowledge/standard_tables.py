"""The standard tables of a 预算/决算公开, declared once for loaders, matcher and audit.

Titles differ between provinces and years (2024年预算收支总表, 财务收支预算总表, 收入支出决算总表, …);
each kind's rule lists the patterns its titles match. Matcher, loaders, audit and charts name a kind by
its `TableKind`, never by a string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from knowledge.text import NUMERAL_CHARACTERS, without_spaces


class TableKind(StrEnum):
    """The standard tables a 预算/决算公开 carries; the value is what a BudgetTable's kind stores."""

    PERFORMANCE = "绩效目标表"
    PROCUREMENT = "政府采购"
    THREE_PUBLIC_AND_RUNNING = "三公经费和机关运行经费"
    THREE_PUBLIC = "三公经费"
    RUNNING_COSTS = "机关运行经费"
    PROJECTS_CARRIED_OVER = "项目支出上年结转"
    PROJECTS = "项目支出"
    FUND = "政府性基金收支"
    FUND_INCOME = "政府性基金收入"
    FUND_SPENDING = "政府性基金支出"
    STATE_CAPITAL = "国有资本经营"
    FISCAL_SUMMARY = "财政拨款收支总表"
    BASIC_ECONOMIC = "基本支出经济科目表"
    GENERAL_SPENDING = "一般公共预算支出表"
    FISCAL_SPENDING = "财政拨款支出表"
    SUMMARY = "收支总表"
    INCOME = "收入总表"
    SPENDING = "支出总表"
    OTHER = "其他"


PROJECT_KINDS = (TableKind.PROJECTS, TableKind.PROJECTS_CARRIED_OVER)
"""The tables listing projects: this year's, and those carried over from last year."""
THREE_PUBLIC_KINDS = (TableKind.THREE_PUBLIC, TableKind.THREE_PUBLIC_AND_RUNNING)
"""The tables printing “三公”经费: its own, or one combined with 机关运行经费."""
FUNCTIONAL_KINDS = (TableKind.SPENDING, TableKind.FISCAL_SPENDING, TableKind.GENERAL_SPENDING)
"""The tables of spending by 功能分类科目, widest money first: all funds, 财政拨款, 一般公共预算."""


@dataclass(frozen=True)
class TableRule:
    """How the titles of one kind of table read."""

    kind: TableKind
    description: str
    title_patterns: tuple[str, ...]

    def matches(self, title: str) -> bool:
        printed = without_spaces(title)
        return any(re.search(pattern, printed) for pattern in self.title_patterns)


WHOLE = "(?:总体情况|总)"
"""How a title says a table is the whole: 收支总表, or 收支总体情况表 as 财政部's template prints it."""

TABLE_RULES: tuple[TableRule, ...] = (
    TableRule(TableKind.PERFORMANCE, "项目支出绩效目标表", (r"绩效目标(表|填报表)",)),
    TableRule(TableKind.PROCUREMENT, "政府采购预算表", (r"政府采购.*表",)),
    TableRule(
        TableKind.THREE_PUBLIC_AND_RUNNING,
        "“三公”经费和机关运行经费合表",
        (r"三公.{0,3}经费.*和机关运行经费",),
    ),
    TableRule(TableKind.THREE_PUBLIC, "“三公”经费支出表", (r"三公",)),
    TableRule(TableKind.RUNNING_COSTS, "机关运行经费表", (r"机关运行经费",)),
    TableRule(TableKind.PROJECTS_CARRIED_OVER, "项目支出表（上年结转）", (r"项目支出.*上年结转",)),
    TableRule(TableKind.PROJECTS, "项目支出表", (r"项目支出.*表", r"专项业务经费.*表")),
    TableRule(TableKind.FUND, "政府性基金收支表", (r"政府性基金.*(收入支出|收支)",)),
    TableRule(TableKind.FUND_INCOME, "政府性基金预算收入表", (r"政府性基金.*收入",)),
    TableRule(TableKind.FUND_SPENDING, "政府性基金预算支出表", (r"政府性基金",)),
    TableRule(TableKind.STATE_CAPITAL, "国有资本经营预算收支表", (r"国有资本经营",)),
    TableRule(
        TableKind.FISCAL_SUMMARY,
        "财政拨款收支总表",
        (rf"财政拨款收(入)?(支|支出)(预算|决算)?{WHOLE}表", r"(?<!预算)财政拨款收入支出(预算|决算)表"),
    ),
    TableRule(
        TableKind.BASIC_ECONOMIC,
        "一般公共预算基本支出经济科目表",
        (r"基本支出.*经济", r"基本支出(.*(预算|决算))?(明细|情况)?表"),
    ),
    TableRule(
        TableKind.GENERAL_SPENDING,
        "一般公共预算支出表（功能分类）",
        (r"一般公共预算.*支出",),
    ),
    TableRule(TableKind.FISCAL_SPENDING, "财政拨款支出表（功能分类）", (r"财政拨款(预算|决算)?支出",)),
    TableRule(
        TableKind.SUMMARY,
        "收支总表",
        (rf"收(入)?(支|支出)(预算|决算)?{WHOLE}表", r"财务收支", r"(?<!拨款)收入支出(预算|决算)表"),
    ),
    TableRule(TableKind.INCOME, "收入总表", (rf"收入(预算|决算)?({WHOLE}|情况)?表",)),
    TableRule(TableKind.SPENDING, "支出总表（功能分类）", (rf"支出(预算|决算)?({WHOLE}|情况)?表",)),
)
"""Each kind's title patterns, tried in order, the most specific first. 收入支出决算表 without 总 is the
national 决算 template's 收支总表 (公开01表), 财政拨款收入支出决算表 its 财政拨款收支总表 (公开04表)."""


def classify_title(title: str) -> TableKind:
    """Given a table title, return its standard kind, or OTHER."""
    for rule in TABLE_RULES:
        if rule.matches(title):
            return rule.kind
    return TableKind.OTHER


ECONOMIC_CLASSES: frozenset[str] = frozenset(
    {
        "工资福利支出",
        "商品和服务支出",
        "对个人和家庭的补助",
        "对企业补助",
        "对社会保障基金补助",
        "资本性支出",
        "债务利息及费用支出",
        "机关工资福利支出",
        "机关商品和服务支出",
        "机关资本性支出（一）",
        "机关资本性支出（二）",
        "对事业单位经常性补助",
        "对事业单位资本性补助",
    }
)
"""类-level names of the 支出经济分类; rows printed under one without a code belong to it."""


# The standard tables every 预算/决算公开 carries (present, or declared 无数据), each with the kinds that
# stand for it (a combined 三公/机关运行经费 table stands for the 三公 table).
EXPECTED_TABLES: tuple[tuple[str, tuple[TableKind, ...]], ...] = (
    ("收支总表", (TableKind.SUMMARY,)),
    ("收入总表", (TableKind.INCOME,)),
    ("支出总表", (TableKind.SPENDING,)),
    ("财政拨款收支总表", (TableKind.FISCAL_SUMMARY,)),
    ("一般公共预算支出表", (TableKind.GENERAL_SPENDING,)),
    ("一般公共预算基本支出表", (TableKind.BASIC_ECONOMIC,)),
    ("政府性基金预算表", (TableKind.FUND, TableKind.FUND_INCOME, TableKind.FUND_SPENDING)),
    ("国有资本经营预算表", (TableKind.STATE_CAPITAL,)),
    ("“三公”经费表", THREE_PUBLIC_KINDS),
)


ALL_FUNDS = "全部资金"
FUNDS_COVERED: dict[str, str] = {
    **dict.fromkeys((TableKind.SUMMARY, TableKind.INCOME, TableKind.SPENDING), ALL_FUNDS),
    **dict.fromkeys((TableKind.FISCAL_SUMMARY, TableKind.FISCAL_SPENDING), "财政拨款"),
    TableKind.GENERAL_SPENDING: "一般公共预算财政拨款",
    TableKind.BASIC_ECONOMIC: "一般公共预算基本支出",
    TableKind.RUNNING_COSTS: "机关运行经费",
    **dict.fromkeys(THREE_PUBLIC_KINDS, "财政拨款“三公”经费"),
    **dict.fromkeys((TableKind.FUND, TableKind.FUND_INCOME, TableKind.FUND_SPENDING), "政府性基金"),
    TableKind.STATE_CAPITAL: "国有资本经营预算",
    **dict.fromkeys(PROJECT_KINDS, "项目支出"),
    TableKind.PROCUREMENT: "政府采购",
}
"""Which money each kind of table counts: the same item in two of them need agree only where they count
the same money (表一's 支出总计 is all funds, 表四's only 财政拨款)."""


CARRIED_WORDS = ("结转", "结余")
"""Money carried over, in or out (年初财政拨款结转和结余, 上年结转, 年末结余): a 收支 table may break it down by
fund under the names its own year's rows print, and a row under it is carried money, never the year's."""


def funds_covered(kind: str) -> str:
    """What money a kind of table counts (全部资金, 财政拨款 …): '' for a table of no standard kind."""
    return FUNDS_COVERED.get(kind, "")


BARE_NUMBER = re.compile(rf"[0-9{NUMERAL_CHARACTERS}]+")


def number_label(number: str | None) -> str | None:
    """How a table's number is named: 表一 for the bare 一 or 1 of a numbered contents list, else as printed."""
    if number and BARE_NUMBER.fullmatch(number):
        return f"表{number}"
    return number

"""The standard tables of a 预算/决算公开, declared once for loaders, matcher and audit.

Titles differ between provinces and years (2024年预算收支总表, 财务收支预算总表, 收入支出决算总表, …);
each kind lists the patterns its titles match. Kinds are tried in order, the most specific first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import NUMERAL_CHARACTERS, without_spaces


@dataclass(frozen=True)
class TableKind:
    key: str
    description: str
    title_patterns: tuple[str, ...]

    def matches(self, title: str) -> bool:
        printed = without_spaces(title)
        return any(re.search(pattern, printed) for pattern in self.title_patterns)


PERFORMANCE = "绩效目标表"
OTHER = "其他"

TABLE_KINDS: tuple[TableKind, ...] = (
    TableKind(PERFORMANCE, "项目支出绩效目标表", (r"绩效目标(表|填报表)",)),
    TableKind("政府采购", "政府采购预算表", (r"政府采购.*表",)),
    TableKind(
        "三公经费和机关运行经费",
        "“三公”经费和机关运行经费合表",
        (r"三公.{0,3}经费.*和机关运行经费",),
    ),
    TableKind("三公经费", "“三公”经费支出表", (r"三公",)),
    TableKind("机关运行经费", "机关运行经费表", (r"机关运行经费",)),
    TableKind("项目支出上年结转", "项目支出表（上年结转）", (r"项目支出.*上年结转",)),
    TableKind("项目支出", "项目支出表", (r"项目支出.*表", r"专项业务经费.*表")),
    TableKind("政府性基金收支", "政府性基金收支表", (r"政府性基金.*(收入支出|收支)",)),
    TableKind("政府性基金收入", "政府性基金预算收入表", (r"政府性基金.*收入",)),
    TableKind("政府性基金支出", "政府性基金预算支出表", (r"政府性基金",)),
    TableKind("国有资本经营", "国有资本经营预算收支表", (r"国有资本经营",)),
    TableKind(
        "财政拨款收支总表",
        "财政拨款收支总表",
        (r"财政拨款收(入)?(支|支出)(预算|决算)?总表",),
    ),
    TableKind(
        "基本支出经济科目表",
        "一般公共预算基本支出经济科目表",
        (r"基本支出.*经济", r"基本支出(.*(预算|决算))?(明细)?表"),
    ),
    TableKind(
        "一般公共预算支出表",
        "一般公共预算支出表（功能分类）",
        (r"一般公共预算.*支出",),
    ),
    TableKind("收支总表", "收支总表", (r"收(入)?(支|支出)(预算|决算)?总表", r"财务收支")),
    TableKind("收入总表", "收入总表", (r"收入(预算|决算)?(总)?表",)),
    TableKind("支出总表", "支出总表（功能分类）", (r"支出(预算|决算)?(总)?表",)),
)


def classify_title(title: str) -> str:
    """Given a table title, return the key of its standard kind, or 其他."""
    for kind in TABLE_KINDS:
        if kind.matches(title):
            return kind.key
    return OTHER


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
EXPECTED_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("收支总表", ("收支总表",)),
    ("收入总表", ("收入总表",)),
    ("支出总表", ("支出总表",)),
    ("财政拨款收支总表", ("财政拨款收支总表",)),
    ("一般公共预算支出表", ("一般公共预算支出表",)),
    ("一般公共预算基本支出表", ("基本支出经济科目表",)),
    ("政府性基金预算表", ("政府性基金收支", "政府性基金收入", "政府性基金支出")),
    ("国有资本经营预算表", ("国有资本经营",)),
    ("“三公”经费表", ("三公经费", "三公经费和机关运行经费")),
)


BARE_NUMBER = re.compile(rf"[0-9{NUMERAL_CHARACTERS}]+")


def number_label(number: str | None) -> str | None:
    """How a table's number is named: 表一 for the bare 一 or 1 of a numbered contents list, else as printed."""
    if number and BARE_NUMBER.fullmatch(number):
        return f"表{number}"
    return number

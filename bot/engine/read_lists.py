"""Which rows a list or a ranking is over (有哪些项目, 哪一项最多, 前三, 超过50万元的), and which 绩效目标."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypeVar

from rapidfuzz import fuzz

from bot.engine.concepts import ECONOMIC_GROUPS
from bot.engine.entries import (
    INCOME_SIDE,
    Cell,
    DocumentIndex,
    IndicatorEntry,
    RowEntry,
    TableEntry,
    TargetEntry,
)
from bot.engine.lexicon import (
    BOUND_AFTER_WORDS,
    BOUND_BEFORE_WORDS,
    CARRIED_FORWARD_WORDS,
    EVERY_ONE_WORDS,
    FUNDED,
    GENERIC_WORDS,
    INDICATOR_HEADS,
    LIST_CUES,
    NARROWING_FREE_WORDS,
    PROJECT_GROUP,
    PROJECTS_ASKED_OF,
    SEVERAL_ASKED,
    SUM_LEAVES,
    TOPIC_WORDS,
    ColumnCue,
)
from bot.engine.question import (
    ATTRIBUTE_WORD,
    INDICATOR_CATEGORY,
    SHARE_RANKED,
    STATED_OPERATOR,
    AmountBound,
    asks_the_less,
    attribute_said,
    segment,
)
from bot.engine.read_amounts import main_figure, read_row, row_value
from bot.engine.read_classes import read_class
from bot.engine.read_concepts import concept_parts
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import plain_label
from bot.engine.scoring import Match, Query, table_rank
from bot.engine.similarity import match_key
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import FUNCTIONAL_KINDS, TableKind
from knowledge.text import compact, measured_value, replace_numerals, strip_ordinal

MIN_GROUP_SCORE = 80.0
TOPIC_AFTER_PROJECTS = re.compile(
    r"项目(?:支出)?(?:中|里|当中)?的?(?:和|跟|与|同)?(?P<topic>[\u4e00-\u9fff]{2,})"
)
"""项目支出中就业(相关的), 项目里跟培训(有关的): the projects first, then what they are about."""
RELATED_TARGET_NAME = 50.0
"""A 绩效目标 whose name scores this well against a project row of the same money is that project's."""
UNMARKED = "文件没有逐项标明哪些是"
"""特定目标类项目有哪些 where no project is marked with that class: every project, saying none is marked."""
MIN_PROJECT_WORDS = 2
"""第一书记 of 第一书记的项目: the fewest characters that name which projects are asked."""
DEFAULT_RANK_LENGTH = 5
THIS_YEARS_PROJECTS = re.compile(r"(?:本年|当年)(?!度)|新增|新安排|新的?项目")
"""Words that say a year's own projects are asked, not those carried over from the year before (本年度
only names the year; 新项目 are this year's)."""
ECONOMIC_WORDS = ("经济", "人员经费", "公用经费", "商品和服务", "工资福利", "对个人和家庭")
INDICATOR_WORDS = ("满意度", "产出", "数量", "质量", "时效", "成本", "效益", "可持续", "标准")
INDICATOR_WORD = "指标"  # 满意度指标最高: an indicator's value is asked, not the projects' money
FUNCTIONAL_GROUP = "支出功能分类（类）"
MIN_SCOPE_NAME = 3  # 公用经费, 基本支出: a column a ranking is scoped to; 合计, 金额 scope nothing
BLOCK_TOTAL = "合计"  # 人员经费合计: the total row closing a block of rows
SCOPE_STATED = re.compile(r"(?:^|[(（][一二三四五六七八九十\d]+[)）])\s*(?P<name>[\u4e00-\u9fff]+?)\s*\d")
"""（二）公用经费3580.05万元: a part of a whole stated with its amount, its name first."""
INCLUDED_LIST = re.compile(r"(?:主要)?包括\s*[:：](?P<names>.+)")
"""主要包括：办公费、水费…: the rows a part stated just before includes."""
AND_SO_ON = "等"  # 其他商品和服务支出等: the list's last name, 等 left off
MIN_INCLUDED = 2  # a list of one row is no scope to rank within
CLASS_WORD = "类"  # 哪三类支出最多: the rows of the 类 level
CLASSIFICATION = "分类"  # 经济分类, 功能分类: the classification named, no 类 level asked
MIN_CLASSES_RANKED = 2  # one 类 alone is no ranking: its 款 or 项 are ranked instead
CARRIED_PROJECTS = "上年结转项目"
PROJECT_SPENDING = "项目支出"  # 项目支出里哪类最多: the classes by their 项目支出 column, not the projects
FUNCTIONAL_NAMED = re.compile(r"功能(?:分类|科目)")
"""项目支出按功能分类, 基本支出的功能科目: the 支出功能分类 is named; 基本支出 or 项目支出 is a column of it."""
CLASSIFICATION_NAMED = re.compile(r"(?:功能|经济)(?:分类|科目)")
"""基本支出的功能分类: the rows of a classification are asked, never what a term's definition includes."""
INCOME_NAMED = re.compile(r"(?:收入|资金|经费)?(?:来源)?")
"""收入, 收入来源, 资金来源 (哪项收入最多, 资金来源里哪块最大): the income side is what is ranked."""
INCOME_GROUP = "收入来源"


def income_sources(document: DocumentIndex) -> tuple[TableEntry, list[RowEntry], list[RowEntry]] | None:
    """The income side of the 收支总表: its table, the sources that hold money (财政拨款收入, 事业收入,
    上年结转) and the side's totals; None when the document prints no such side."""
    table = next((t for t in document.tables if t.kind == TableKind.SUMMARY), None)
    if table is None:
        return None
    totals = [row for row in table.rows if row.side == INCOME_SIDE and row.is_total]
    sources = [row for row in summary_rows(document, INCOME_GROUP) if row_value(row)]
    return (table, sources, totals) if totals and sources else None


def summary_rows(document: DocumentIndex, group: str) -> list[RowEntry]:
    """The 收支总表's rows of a group read elsewhere only where they hold money, zero ones too: every income
    source; the spending side by 功能分类 类, its first run of numbered rows (一、… to 二十、…), ended where
    the numbering starts again (一、基本支出) or a row has none. [] for any other group."""
    table = next((t for t in document.tables if t.kind == TableKind.SUMMARY), None)
    if table is None or group not in (INCOME_GROUP, FUNCTIONAL_GROUP):
        return []
    side = [row for row in table.rows if row.level == 0 and not row.is_total]
    if group == INCOME_GROUP:
        return [row for row in side if row.side == INCOME_SIDE]
    run: list[RowEntry] = []
    for row in (row for row in side if row.side != INCOME_SIDE):
        ordinal = row.label[: len(row.label) - len(strip_ordinal(row.label))]
        if not ordinal or (run and ordinal.startswith("一")):
            break
        run.append(row)
    return run


def item_rows(document: DocumentIndex, table: TableEntry) -> list[RowEntry]:
    """A table's rows of items: neither its totals nor the row of the unit itself (a project table's
    汾阳市人力资源和社会保障局 row, the sum of the projects under it)."""
    return [
        row
        for row in table.rows
        if row is not table.total_row and not row.is_total and row.label != document.head.unit_name
    ]


def project_rows(document: DocumentIndex, carried_over: bool | None) -> list[RowEntry]:
    rows = []
    for table in document.tables:
        if not table.is_projects or (
            carried_over is not None and (table.kind == TableKind.PROJECTS_CARRIED_OVER) != carried_over
        ):
            continue
        rows += item_rows(document, table)
    return rows


PROJECT_TABLE_SAID = re.compile(rf"(?:{PROJECT_SPENDING}|{PROJECT_GROUP})(?:预算|决算)?(?:明细)?表")
"""项目支出表, 项目支出预算表, 项目明细表: the table of projects, where a project is sought (…的第3个项目)."""


def names_only_projects(subject: str) -> bool:
    """项目, 项目支出, 项目支出项目 (项目支出最多的是哪个项目), 项目支出表项目 (项目支出表的第3个项目): the
    projects as a whole, no one of them."""
    rest = PROJECT_TABLE_SAID.sub("", subject) or subject  # the table alone (项目支出表) is its own subject
    return bool(subject) and not rest.replace(PROJECT_SPENDING, "").replace(PROJECT_GROUP, "")


ATTRIBUTE_ALONE = re.compile(rf"(?P<attribute>{ATTRIBUTE_WORD})的?")
"""延续性 of 延续性的呢 after 一次性项目有几个: a 项目属性 said without 项目 (kept only where one is printed)."""
ATTRIBUTE_PRINTED = re.compile(r"[(（].*$")
"""(1年结束) of 一次性项目(1年结束): what a printed 项目属性 says of itself, not its kind."""
ATTRIBUTE_ENDINGS = ("项目", "性")
ATTRIBUTE_LINK = re.compile("属于|是|为")
"""The words linking the projects to the 项目属性 asked of them (哪些项目属于延续项目)."""


def attribute_core(attribute: str) -> str:
    """一次性项目(1年结束) → 1次, 延续项目 → 延续: the kind a 项目属性 names, however it is printed, with its
    numerals as a question's are read."""
    core = printed_attribute(attribute)
    for ending in ATTRIBUTE_ENDINGS:
        core = core.removesuffix(ending)
    return replace_numerals(core)


def printed_attribute(attribute: str) -> str:
    """一次性项目(1年结束) → 一次性项目: the 项目属性 without what it says of itself."""
    return ATTRIBUTE_PRINTED.sub("", attribute).strip()


def attribute_asked(query: Query) -> str:
    """一次性 of 哪些项目是一次性项目, 延续 of 延续项目有几个 (where a 绩效目标表 prints 延续项目): the 项目属性
    asked of the projects as a whole; '' when none is, or when one project is named (零工市场是一次性项目吗)."""
    text = query.question.text
    said = attribute_said(compact(query.question.raw)) or attribute_said(text)  # not 1次性
    printed = {
        core
        for document in query.documents
        for target in document.targets
        if (core := attribute_core(target.attribute))
    }
    alone = ATTRIBUTE_ALONE.fullmatch(query.subject)  # 延续性的呢: one the documents print, said alone
    if alone and replace_numerals(alone.group("attribute").removesuffix("性")) in printed:
        return alone.group("attribute")
    word = said or next((c for c in sorted(printed) if f"{c}项目" in text), "")
    if not word:
        return ""
    rest = query.subject
    for said_as in (word, replace_numerals(word)):
        for phrase in (
            f"{said_as}的{PROJECT_GROUP}",
            f"{said_as}{PROJECT_GROUP}",
            f"{said_as}了{PROJECT_GROUP}",
            f"{PROJECT_GROUP}{said_as}",
        ):
            rest = rest.replace(phrase, "")  # 新增的项目, 新增项目, 新增了(哪些)项目, 项目(是)新增(的)
    rest = ATTRIBUTE_LINK.sub("", rest)  # 哪些项目属于延续项目: 项目 as a whole
    return word if not rest or names_only_projects(rest) else ""


def read_attribute(document: DocumentIndex, attribute: str) -> DocumentReading:
    """延续性项目有哪些: the projects whose 绩效目标表 prints that 项目属性; none kept where no target prints
    one, which the reply says rather than listing every project."""
    core = replace_numerals(attribute.removesuffix("性"))
    kept = tuple(target for target in document.targets if core in attribute_core(target.attribute))
    named = printed_attribute(kept[0].attribute) if kept else f"{attribute}{PROJECT_GROUP}"
    return DocumentReading(
        ReadingKind.TARGET_LIST, document, targets=kept, count=len(document.targets), attribute=named
    )


def carried_asked(text: str) -> bool | None:
    """上年结转的项目 asks the projects carried over, 本年预算的项目 this year's; None when neither is said."""
    if "结转" in text:
        return True
    return False if THIS_YEARS_PROJECTS.search(text) else None


KIND_WORD = "类"
"""就业类项目, 特定目标类项目: projects said by their kind."""


def topic_first(query: Query) -> Query:
    """项目里跟就业有关的 → 就业项目: projects said before what they are about, read as a group so named."""
    topic = TOPIC_AFTER_PROJECTS.fullmatch(query.subject)
    if topic and any(word in query.question.text for word in TOPIC_WORDS):
        return replace(query, subject=topic.group("topic") + PROJECT_GROUP)
    return query


def named_projects(query: Query, document: DocumentIndex) -> tuple[str, list[RowEntry]]:
    """第一书记的项目, 哪些项目是省级资金: the projects whose names hold what the subject says besides 项目,
    and what to call them; 第一中学的项目: those whose words beside the name (实施单位) hold it; every
    project, as 项目 (上年结转项目 when those carried over are asked), when the subject says nothing more,
    or asks a 类 no project is marked with; none when nothing holds what it says (绿化项目 of a 人社局);
    就业类项目 are the 就业 projects."""
    carried_over = carried_asked(query.question.text)
    rows = project_rows(document, carried_over)
    said = topic_said(query)
    group = CARRIED_PROJECTS if carried_over and rows else PROJECT_GROUP
    if not said or not rows:
        return group, rows
    named = [row for row in rows if said in row.key.core]
    if named:
        return f"名称含“{said}”的项目", named
    beside = [(row, cell) for row in rows for cell in row.classes if said in compact(cell.raw)]
    if beside:
        cell = beside[0][1]
        return f"{cell.leaf}为“{cell.raw}”的项目", list(dict.fromkeys(row for row, _cell in beside))
    asked = query.subject.replace(PROJECT_GROUP, "")
    if asked.endswith(KIND_WORD):  # 特定目标类项目: a class no project is marked with
        return f"{UNMARKED}“{asked}”{PROJECT_GROUP}，全部{group}", rows
    return ("", []) if names_topic(said, document) else (group, rows)


def names_topic(said: str, document: DocumentIndex) -> bool:
    """绿化 or 民生 of 绿化项目, 民生项目: a word no table title or column prints, so says what the projects
    are about. One printed there says which table lists them (本年, 上年结转) or what is asked of them
    (项目名称), and words of asking (个数, 全部, 总计, 明细) ask of every project: no group of them."""
    asking = (*PROJECTS_ASKED_OF, *EVERY_ONE_WORDS, *LIST_CUES, *NARROWING_FREE_WORDS, *GENERIC_WORDS)
    words = [word for word in segment(said) if len(word) >= MIN_PROJECT_WORDS and word not in asking]
    printed = tables_text(document)
    return bool(words) and any(word not in printed for word in words)


def tables_text(document: DocumentIndex) -> str:
    """The words of the document's table titles and columns (本年预算, 上年结转, 项目名称), run together."""
    return "".join(compact(table.title) + "".join(table.columns) for table in document.tables)


def topic_said(query: Query) -> str:
    """就业 of 就业类项目, 跟就业有关的项目: what the subject says of the projects besides 项目; '' when too
    little to name any."""
    said = match_key(topic_first(query).subject.replace(PROJECT_GROUP, "")).core.removesuffix(KIND_WORD)
    return said if len(said) >= MIN_PROJECT_WORDS else ""


def targets_named(query: Query, document: DocumentIndex) -> list[TargetEntry]:
    """跟社区有关的项目 of a document whose projects only its 绩效目标表 lists: the targets whose project names
    hold what the subject says besides 项目; none where a project table lists them (projects_named reads
    those) or the subject says nothing more."""
    topic = topic_first(query)
    if not topic.subject.endswith(PROJECT_GROUP) or names_only_projects(topic.subject):
        return []
    said = topic_said(query)
    if not said or project_rows(document, None):
        return []
    return [target for target in document.targets if said in target.key.core]


def projects_named(query: Query, document: DocumentIndex) -> tuple[str, list[RowEntry]]:
    """就业项目多少钱, 跟培训有关的项目, 项目里跟就业有关的: the projects whose names (or words beside them)
    hold what the subject says besides 项目, and what to call them; none when the subject names no such group
    or nothing holds it."""
    query = topic_first(query)
    if not query.subject.endswith(PROJECT_GROUP) or names_only_projects(query.subject):
        return "", []
    name, rows = named_projects(query, document)
    return (
        ("", []) if name in (PROJECT_GROUP, CARRIED_PROJECTS) or name.startswith(UNMARKED) else (name, rows)
    )


def projects_unheld(query: Query, document: DocumentIndex) -> bool:
    """绿化项目多少钱 of a document none of whose projects says 绿化 (in its name or the words beside it):
    a group of projects that is not there, which no other row (项目支出) answers for."""
    query = topic_first(query)
    if not query.subject.endswith(PROJECT_GROUP) or names_only_projects(query.subject):
        return False
    return named_projects(query, document) == ("", [])


def read_named_projects(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """就业项目一共多少钱: each project so named with its amount and their sum; the one row when one is."""
    name, rows = projects_named(query, document)
    if len(rows) == 1:
        return read_row(query, document, rows[0], [])
    if not rows:
        return None
    figures = tuple(main_figure(row, query.columns) for row in rows)
    return DocumentReading(ReadingKind.TOPIC, document, figures=figures, name=name)


def read_carried_uses(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """上年结转的钱用在哪: the projects the money carried over from last year is budgeted for, where a table
    lists them; None where none does (its amount answers), or the money asked is carried out (结转下年)."""
    subject = query.subject
    if "结转" not in subject or any(word in subject for word in CARRIED_FORWARD_WORDS):
        return None
    rows = project_rows(document, carried_over=True)
    if not rows:
        return None
    figures = tuple(main_figure(row) for row in rows)
    return DocumentReading(
        ReadingKind.LIST, document, figures=figures, name=CARRIED_PROJECTS, count=len(rows)
    )


def group_rows(query: Query, document: DocumentIndex) -> tuple[str, list[RowEntry]]:
    """The rows a list or ranking is over, and what to call them."""
    text = query.question.text
    score = query.scorer
    numbered = [t for t in document.tables if t.number_value == query.question.table_number]
    if query.question.table_number is not None and numbered and not query.subject:
        return numbered[0].reference, item_rows(document, numbered[0])  # 表六有哪些内容: that table's rows
    placed = [t for t in document.tables if query.question.table_words in compact(t.title)]
    if query.question.table_words and placed and not query.subject:
        return placed[0].reference, item_rows(document, placed[0])  # 基本支出表中哪项最多: the table placed
    if FUNCTIONAL_NAMED.search(text) and (
        found := functional_classes(document, named=compact(query.subject).removesuffix(CLASS_WORD))
    ):
        return FUNCTIONAL_GROUP, found[1]  # 一般公共预算支出的功能分类: that table's first
    if query.subject and INCOME_NAMED.fullmatch(query.subject) and (sources := income_sources(document)):
        return INCOME_GROUP, sources[1]
    if "项目" in text and not (asks_classes(text) and "项目" not in text.replace(PROJECT_SPENDING, "")):
        return named_projects(query, document)
    named = [t for t in document.tables if t.kind != TableKind.BASIC_ECONOMIC or economic_asked(text)]
    tables = sorted(named, key=lambda t: -max(score(t.key), score(match_key(t.kind))))
    if (
        query.subject
        and tables
        and max(score(tables[0].key), score(match_key(tables[0].kind))) >= MIN_GROUP_SCORE
    ):
        rows = item_rows(document, tables[0])
        return tables[0].kind, top_level(rows) if asks_classes(text) else rows
    parents = sorted(
        (row for row in document.rows if query.subject), key=lambda r: (-score(r.key), table_rank(r.table))
    )
    for parent in parents:
        if score(parent.key) < max(MIN_GROUP_SCORE, score(parents[0].key)):
            break
        children = [row for row in document.rows if row.parent is parent]
        if children:  # the row as printed where its children are (支出总表), not in a 收支总表
            return plain_label(parent.label), children
    if any(word in text for word in ECONOMIC_WORDS):
        economic = next((t for t in document.tables if t.kind == TableKind.BASIC_ECONOMIC), None)
        if economic:
            rows = [r for r in economic.rows if r is not economic.total_row and not r.is_total]
            return "经济科目", top_level(rows) if asks_classes(text) else [r for r in rows if r.level >= 1]
    if NOT_SPENDING_NAMED.sub("", query.subject):
        return "", []  # 结余最多的是哪项: no row or column holds 结余, and 支出 is not what is asked
    found = functional_classes(document)
    return (FUNCTIONAL_GROUP, found[1]) if found else ("", [])


def only_row_opened(document: DocumentIndex, rows: list[RowEntry]) -> tuple[list[RowEntry], RowEntry | None]:
    """住房保障支出 whose one 款 is 住房改革支出: what that 款 holds (住房公积金, 提租补贴, …), as far down
    as a row holds one row alone; with the row opened (None when none is)."""
    opened = None
    while len(rows) == 1 and (inner := [row for row in document.rows if row.parent is rows[0]]):
        opened, rows = rows[0], inner
    return rows, opened


def fund_title(table: TableEntry) -> str:
    """一般公共预算支出 of 一般公共预算财政拨款支出决算表: a table's title as a fund's spending is asked, the
    appropriation it is of left unsaid."""
    return compact(table.title).replace(FUNDED, "")


def functional_classes(
    document: DocumentIndex, columns: list[ColumnCue] | None = None, named: str = ""
) -> tuple[TableEntry, list[RowEntry]] | None:
    """The table of 支出功能分类 by 类 (three-digit codes), and its 类 rows; with `columns`, the first such
    table that prints them (项目支出); `named`, one whose title holds it (一般公共预算支出) first."""
    tables = [t for t in document.tables if t.kind in FUNCTIONAL_KINDS]
    for table in sorted(tables, key=lambda t: not (named and named in fund_title(t))):
        if columns and not prints_column(table, columns[0]):
            continue
        classes = [row for row in table.rows if row.code and len(row.code) == 3 and row_value(row)]
        if len(classes) >= 1:
            return table, classes
    return None


def economic_items(
    document: DocumentIndex, columns: list[ColumnCue]
) -> tuple[TableEntry, list[RowEntry]] | None:
    """公用经费主要用在哪, where no 功能分类 table prints the column: the 基本支出经济科目表 that does, and its
    items (办公费, 差旅费: the rows nothing is printed under), whose figures in it the column adds up."""
    for table in document.tables:
        if table.kind != TableKind.BASIC_ECONOMIC or not columns or not prints_column(table, columns[0]):
            continue
        parents = {id(row.parent) for row in table.rows if row.parent is not None}
        items = [row for row in table.rows if id(row) not in parents and not row.is_total and row.parent]
        if items:
            return table, items
    return None


def prints_column(table: TableEntry, cue: ColumnCue) -> bool:
    return any(
        word in cell.column for row in table.rows[:1] for cell in row.cells for word in cue.header_words
    )


def economic_asked(text: str) -> bool:
    """支出超过1亿的科目 names no economic classification: its 科目 are the 功能分类's, though the 基本支出经济科目表
    holds both words; 经济科目, 人员经费, 基本支出 name the economic table's."""
    return any(word in text for word in (*ECONOMIC_WORDS, "基本支出"))


NOT_SPENDING_NAMED = re.compile(
    r"基本|项目|人员|公用|一般公共预算|政府性基金|国有资本经营|财政拨款|本年|当年|预算数?|决算数?|年初"
    r"|哪[一1]?[个项类]|功能|分类|科目|支出|项|类|钱|经费|资金|花|的"
)
"""The words of a subject that name spending in general or a column of it (哪类支出, 功能类支出, 基本支出里
哪类): what is left names something else, which the 功能分类 ranking is no answer to."""


def top_level(rows: list[RowEntry]) -> list[RowEntry]:
    """The rows a 哪几类 question lists: the 类 of a table of 科目 codes, else the outermost rows of a table
    that nests others under them (货物, 工程, 服务 of a 政府采购 table); all rows of a flat table."""
    classes = [row for row in rows if row.level == 0 and row.code]
    if classes:
        return classes
    outer = [row for row in rows if row.level == 0]
    return outer if len(outer) < len(rows) else rows


def asks_classes(text: str) -> bool:
    """哪三类支出最多, 经济科目有哪几类: the 类 level is asked (经济分类 names the classification, no level)."""
    return CLASS_WORD in text.replace(CLASSIFICATION, "")


def rankable(rows: list[RowEntry]) -> list[RowEntry]:
    """Rows to rank against each other, none holding another: the 类 of a table of 功能分类 科目 (as its
    narrative ranks them), else the innermost rows (工资福利支出 is the sum of 基本工资 and the rest, so it
    is ranked neither beside them nor above them: an economic table ranks its 款, codes or none; nor is
    人员经费, printed above its classes)."""
    classes = [row for row in rows if row.level == 0 and row.code]
    if len(classes) >= MIN_CLASSES_RANKED and classes[0].table.kind != TableKind.BASIC_ECONOMIC:
        return classes
    holding = {id(row.parent) for row in rows if row.parent is not None}
    labels = {plain_label(row.label) for row in rows}
    grouped = {  # 人员经费 printed as a row above 工资福利支出 and 对个人和家庭的补助, none of them its child
        group.name for group in ECONOMIC_GROUPS if any(name in labels for _, name in group.classes)
    }
    return [row for row in rows if id(row) not in holding and plain_label(row.label) not in grouped]


def figure_value(figure: TableFigure) -> float:
    return float(figure.cell.value) if figure.cell and figure.cell.value is not None else 0.0


Ranked = TypeVar("Ranked")


def with_ties(
    ranked: tuple[Ranked, ...], length: int, value: Callable[[Ranked], float | Decimal]
) -> tuple[Ranked, ...]:
    """The first `length` of a ranking, and any after them level with the last in `value` (哪个最多 where
    two are)."""
    if not ranked or length >= len(ranked) or length < 1:
        return ranked
    last = value(ranked[length - 1])
    return ranked[:length] + tuple(f for f in ranked[length:] if value(f) == last)


WHETHER_FIRST = re.compile(
    r"(?P<item>[^，,。？?]+?)(?:是不是|是否|算不算|是|算)(?P<scope>[^，,。？?]*?)(?:里面|里|当中|之中|中)?的?"
    r"(?:第一|最(?:多|大|高|贵|少|小|低))"
    r"|(?:第一|最(?:多|大|高|贵|少|小|低))的?(?:一项|项目|科目)?(?:是不是|是否|是|就是)(?P<after>[^，,。？?]+?)(?:吗|么|嘛|呢)?$"
)
"""办公费是基本支出里最多的吗, 津贴补贴是不是最多, 最多的是津贴补贴吗: whether one item is first of a ranking."""
YES_NO = re.compile("吗|么|嘛|是不是|是否|算不算")


def checked_item(query: Query, document: DocumentIndex) -> tuple[RowEntry, str] | None:
    """The row the question asks to be first of a ranking (办公费 of 办公费是基本支出里最多的吗): the longest
    row name the words before 是 (or after 最多的是) hold; with the group it is ranked in, as the subject
    says it besides the item, else as said between 是 and 最 (公用经费 of 办公费是公用经费里最多的吗). None
    when the question asks no such thing."""
    said = WHETHER_FIRST.search(query.question.text) if YES_NO.search(query.question.raw) else None
    if said is None:
        return None
    words, subject = compact(said.group("item") or said.group("after")), compact(query.subject)
    rows = [  # a name the subject holds too: not one inside the unit's (检察 of 省检察院)
        row
        for row in document.rows
        if len(row.key.core) >= MIN_PROJECT_WORDS and row.key.core in words and row.key.core in subject
    ]
    item = max(rows, key=lambda row: (len(row.key.core), -table_rank(row.table)), default=None)
    if item is None:
        return None
    scope = compact(query.subject).replace(compact(plain_label(item.label)), "").replace(item.key.core, "")
    return item, scope or compact(said.group("scope") or "")


def read_whether_first(scope: Query, document: DocumentIndex, item: RowEntry) -> DocumentReading | None:
    """办公费是基本支出里最多的吗: the ranking of the group the rest of the question names (`scope`), up to
    the item asked, with the item's place; None when the item is in no ranking read so."""
    ranked = read_rank(scope, document, whole=True)
    if ranked is None:
        return None
    place = next((at for at, f in enumerate(ranked.figures) if f.row.key.text == item.key.text), None)
    if place is None:
        return None
    return replace(ranked, figures=ranked.figures[: place + 1], checked=plain_label(item.label))


def read_rank(query: Query, document: DocumentIndex, whole: bool = False) -> DocumentReading | None:
    """哪个最多: the group's rows by their main figure (within the column or the total the question names:
    公用经费里); a concept's parts (三公经费最多的是哪项) by theirs. 第二多, 倒数第二: the ranking up to that
    place; `whole`: every row ranked."""
    question = query.question
    ordinal = question.ordinal
    ascending = ordinal.from_least if ordinal else asks_the_less(question.text)
    several = any(word in question.text for word in SEVERAL_ASKED)
    length = (
        ordinal.place
        if ordinal
        else question.top or (1 if "最" in question.text and not several else DEFAULT_RANK_LENGTH)
    )
    place = ordinal.said if ordinal else ""
    if question.has("target") and document.targets and not asks_indicator(question.text):
        return ranked_targets(document, length, ascending, place)  # 填了绩效目标的项目里哪个最多
    parts = concept_parts(query, document)
    classed = None if parts else read_class(query, document, [])  # 社会保障缴费里哪项最多: the class's rows
    if parts:
        ranked_parts = sorted(parts, key=figure_value, reverse=not ascending)
        figures, name = tuple(ranked_parts), query.subject
    elif classed is not None:
        figures = tuple(sorted(classed.figures, key=figure_value, reverse=not ascending))
        name = classed.name
    else:
        name, rows = group_rows(query, document)
        if not rows:
            return ranked_targets(document, length, ascending, place) if name == PROJECT_GROUP else None
        figures = tuple(main_figure(row) for row in rankable(rows))
        scoped = within_scope(query.subject, rows) or included_in_scope(query.subject, document, rows)
        if scoped is not None:
            scope, figures = scoped
            name = f"{scope}的{name}"
        figures = tuple(sorted(figures, key=figure_value, reverse=not ascending))
    if len(figures) < length and ordinal:
        return None
    shared = ranking_whole(document, name, figures) if SHARE_RANKED.search(question.text) else None
    return DocumentReading(
        ReadingKind.RANK,
        document,
        figures=figures if whole else figures[:length] if place else with_ties(figures, length, figure_value),
        elsewhere=(shared,) if shared is not None else (),
        name=name,
        count=len(figures),
        ascending=ascending,
        place=place,
    )


def ranking_whole(document: DocumentIndex, name: str, figures: tuple[TableFigure, ...]) -> TableFigure | None:
    """占比最高的支出: the whole the ranked rows' shares are of, in their column: the income side's last
    total for the income sources, else the total row of the one table they are all in; None when they
    span tables or their table prints no total there."""
    if name == INCOME_GROUP:
        found = income_sources(document)
        return main_figure(found[2][-1]) if found else None
    tables = {id(figure.row.table) for figure in figures}
    first = figures[0] if figures else None
    if first is None or first.cell is None or len(tables) != 1 or first.row.table.total_row is None:
        return None
    total = first.row.table.total_row
    cell = next((cell for cell in total.cells if cell.column == first.cell.column), None)
    return TableFigure(total, cell) if cell is not None and cell.value else None


def within_scope(subject: str, rows: list[RowEntry]) -> tuple[str, tuple[TableFigure, ...]] | None:
    """公用经费里哪一项最大: the rows read in the column the question names (a 基本支出 table's 公用经费
    column), those with a figure there; or, in a table printing 人员经费 and 公用经费 one block under the
    other, the rows of the block its total (公用经费合计) closes; with the scope's name. None when the rows'
    table has neither."""
    said = compact(subject)
    if not said or not rows:
        return None
    leaves = {compact(cell.leaf) for row in rows for cell in row.cells}
    named = max(
        (leaf for leaf in leaves if len(leaf) >= MIN_SCOPE_NAME and leaf in said), key=len, default=""
    )
    if named:
        return named, tuple(
            TableFigure(row, cell)
            for row in rows
            for cell in row.cells
            if compact(cell.leaf) == named and cell.value is not None
        )
    table = rows[0].table
    totals = [row for row in table.rows if row.is_total]
    closing = next(
        (
            row
            for row in totals
            if (label := compact(row.label)).endswith(BLOCK_TOTAL)
            and len(label) > len(BLOCK_TOTAL)
            and label.removesuffix(BLOCK_TOTAL) in said
        ),
        None,
    )
    if closing is None:
        return None
    opened = max((row.position for row in totals if row.position < closing.position), default=-1)
    kept = [row for row in rows if opened < row.position < closing.position]
    scope = compact(closing.label).removesuffix(BLOCK_TOTAL)
    return (scope, tuple(main_figure(row) for row in kept)) if kept else None


def included_in_scope(
    subject: str, document: DocumentIndex, rows: list[RowEntry]
) -> tuple[str, tuple[TableFigure, ...]] | None:
    """公用经费里哪一项最大 where no column or block of the table is 公用经费: the rows the narrative says
    it includes (（二）公用经费3580.05万元。主要包括：办公费、水费…), with the scope's name."""
    said = compact(subject)
    sentences = document.sentences
    for named, listing in zip(sentences, sentences[1:], strict=False):
        scope = SCOPE_STATED.search(named.text.strip())
        if scope is None or len(scope["name"]) < MIN_SCOPE_NAME or scope["name"] not in said:
            continue
        included = INCLUDED_LIST.match(listing.text.strip())
        if included is None:
            continue
        names = {compact(name).removesuffix(AND_SO_ON) for name in included["names"].split("、")}
        kept = [row for row in rows if compact(plain_label(row.label)) in names]
        if len(kept) >= MIN_INCLUDED:
            return scope["name"], tuple(main_figure(row) for row in kept)
    return None


def ranked_targets(
    document: DocumentIndex, length: int, ascending: bool, place: str = ""
) -> DocumentReading | None:
    """哪个项目最多 in a document without project tables (Shanghai publishes its projects only in their
    绩效目标表), or asked of the projects with a 绩效目标表 (填了绩效目标的项目里哪个最多): those projects,
    by their money for the year."""
    targets = sorted(targets_with_money(document), key=target_in_yuan, reverse=not ascending)
    if not targets or (place and len(targets) < length):
        return None  # 第九多 of five projects: no such place
    return DocumentReading(
        ReadingKind.TARGET_LIST,
        document,
        targets=tuple(targets[:length]),
        count=len(targets),
        ascending=ascending,
        place=place,
    )


def read_list(query: Query, document: DocumentIndex) -> DocumentReading | None:
    name, rows = group_rows(query, document)
    rows, opened = only_row_opened(document, rows)
    if not rows and name == PROJECT_GROUP:
        return read_target_list(document, query)
    if not rows or name == FUNCTIONAL_GROUP and query.subject and "支出" not in query.subject:
        return None
    projects = rows[0].table.is_projects  # 项目支出都有哪些 names the projects, not a column
    title = compact(rows[0].table.title)  # 一般公共预算 of a 一般公共预算支出表: no column of it
    unsaid = (cue for cue in query.columns if cue.label not in name and cue.label not in title)
    if not projects and (column := next(unsaid, None)):
        rows = column_rows(rows, column)  # 人员经费包括哪些
        if not rows:
            return None  # no 人员经费 column: what it holds is for the narrative to say, not every row
        name = f"{column.label}（{name}）"
    figures = tuple(main_figure(row, query.columns) for row in rows)
    table = rows[0].table
    total = table.total_row if name == table.reference and table.total_row is not None else opened
    elsewhere = (main_figure(total, query.columns),) if total is not None else ()  # 表三有哪些内容: its 合计
    return DocumentReading(
        ReadingKind.LIST, document, figures=figures, elsewhere=elsewhere, name=name, count=len(rows)
    )


def rest_beside(document: DocumentIndex, excluded: str) -> DocumentReading | None:
    """除了办公费还有什么, 除了项目支出还有什么支出: where a table prints the item as a row, the rows printed
    beside it under the same parent; else, where one prints it as a column of its 合计 row (or a heading of
    columns), the columns beside it under the same heading; never a total. None when no table does."""
    named = compact(plain_label(excluded))
    for table in sorted(document.tables, key=table_rank):
        own = next((row for row in table.rows if compact(plain_label(row.label)) == named), None)
        if own is None or own.is_total:
            continue
        column = column_of(main_figure(own))
        rows = [
            row
            for row in table.rows
            if row is not own
            and row.parent is own.parent
            and row.side == own.side
            and not row.is_total
            and row_value(row) is not None
            and column_of(main_figure(row)) == column  # not the 功能分类 printed beside 支出用途
        ]
        if rows:
            return rest_read(document, table, tuple(main_figure(row) for row in rows), excluded)
    for table in document.tables:
        total = table.total_row
        cells = total.cells if total is not None else []
        heading = next((at for cell in cells if (at := heading_named(cell.column, named)) is not None), None)
        if total is None or heading is None:
            continue
        parent, said = heading
        beside: dict[str, Cell] = {}
        for cell in cells:
            column = column_under(cell.column, parent)
            path = f"{parent}/{column}" if parent else column
            whole = cell.column == path or cell.column.removeprefix(f"{path}/") in SUM_LEAVES  # or its 小计
            if column and column not in (said, *SUM_LEAVES) and whole and cell.value is not None:
                beside.setdefault(column, cell)
        if beside:
            figures = tuple(TableFigure(total, cell, plain_label(column)) for column, cell in beside.items())
            return rest_read(document, table, figures, excluded)
    return None


def column_of(figure: TableFigure) -> str:
    return figure.cell.column if figure.cell is not None else ""


def heading_named(column: str, named: str) -> tuple[str, str] | None:
    """The heading above a column path that names the item (“三公”经费 of “三公”经费/小计), as its parent path
    and its own name; None when none does."""
    parts = column.split("/")
    for depth, part in enumerate(parts):
        if compact(plain_label(part)) == named:
            return "/".join(parts[:depth]), part
    return None


def column_under(column: str, parent: str) -> str:
    """The heading just under `parent` on a column's path ('' when the path is not under it)."""
    if parent and not column.startswith(f"{parent}/"):
        return ""
    rest = column.removeprefix(f"{parent}/") if parent else column
    return rest.split("/")[0]


def rest_read(
    document: DocumentIndex, table: TableEntry, figures: tuple[TableFigure, ...], excluded: str
) -> DocumentReading:
    return DocumentReading(
        ReadingKind.LIST,
        document,
        figures=figures,
        name=f"{table.reference}中与它并列的",
        count=len(figures),
        excluded=excluded,
        left_out=1,
    )


def column_rows(rows: list[RowEntry], cue: ColumnCue) -> list[RowEntry]:
    """The rows with an amount in the column the question names (人员经费 of a 基本支出 table printing
    人员经费 and 公用经费 columns); none when no row prints that column."""
    return [
        row
        for row in rows
        if any(cell.value for cell in row.cells if any(word in cell.column for word in cue.header_words))
    ]


def in_yuan(figure: TableFigure) -> Decimal:
    """A figure in 元 (an empty cell is 0), so a bound in 万元 compares with a table in 元."""
    value = figure.cell.value if figure.cell else None
    return (value or Decimal(0)) * AMOUNT_UNITS[figure.row.table.unit]


def read_filter(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """超过50万元的项目: the rows whose amount meets the bound (compared in 元), largest first."""
    bound = query.question.bound
    assert bound is not None
    name, rows = group_rows(query, document)
    if bound.operator == STATED_OPERATOR and name != PROJECT_GROUP and not MONEY_NAMED.sub("", query.subject):
        return read_printed(document, bound)  # 57.6万是什么钱: any row printing it
    if bound.zero:  # 哪些没有安排: the groups read only where they hold money, zero ones too
        rows = summary_rows(document, name) or rows
    valued = [main_figure(row, query.columns) for row in rows if row.table.unit in AMOUNT_UNITS]
    if not valued:
        return filtered_targets(document, bound) if name == PROJECT_GROUP else None
    kept = sorted((f for f in valued if bound.admits(in_yuan(f))), key=lambda f: -in_yuan(f))
    return DocumentReading(
        ReadingKind.FILTER, document, figures=tuple(kept), name=name, qualifier=bound.words, count=len(valued)
    )


PRINTED_GROUP = "条目"
MONEY_NAMED = re.compile("钱|资金|经费|款项?|数字?|金额")
"""钱 of 57.6万是什么钱: money in general, no group of rows."""


def read_printed(document: DocumentIndex, bound: AmountBound) -> DocumentReading:
    """1596.64万元是哪一项: the rows printing that figure, in their main column or any other (the 小计 of
    a “三公” table printed by columns), each once."""
    rows = printed_rows(document)
    found = []
    for row in rows:
        main = main_figure(row, []).cell
        cells = [cell for cell in (main, *row.cells) if cell is not None and cell.value is not None]
        unit = AMOUNT_UNITS[row.table.unit]
        hit = next((cell for cell in cells if bound.admits((cell.value or Decimal(0)) * unit)), None)
        if hit is not None:  # a row of a table printed by columns has no name: its column names it
            found.append(TableFigure(row, hit, "" if plain_label(row.label) else hit.column))
    return DocumentReading(
        ReadingKind.FILTER,
        document,
        figures=tuple(found),
        name=PRINTED_GROUP,
        qualifier=bound.words,
        count=len(rows),
    )


def printed_rows(document: DocumentIndex) -> list[RowEntry]:
    """Every row printing an amount, once per name and table kind (the same 合计 in three tables is one)."""
    seen: set[tuple[str, str]] = set()
    rows = []
    for row in document.rows:
        key = (row.key.text, row.table.kind)
        printed = any(cell.value is not None for cell in row.cells)
        if row.table.unit in AMOUNT_UNITS and key not in seen and printed:
            seen.add(key)
            rows.append(row)
    return rows


def read_target(query: Query, document: DocumentIndex, target: TargetEntry) -> DocumentReading:
    """A project's goals and its indicators for the year (or only those the question names)."""
    named = [word for word in INDICATOR_WORDS if word in query.question.text]
    indicators = [i for i in target.indicators if i.scope != PERIOD_SCOPE and i.level3 and i.value]
    kept = [i for i in indicators if any(w in i.level1 + i.level2 + i.level3 for w in named)]
    kinds = "、".join(kind.group(0) for kind in INDICATOR_CATEGORY.finditer(query.question.text))
    return DocumentReading(
        ReadingKind.TARGET,
        document,
        targets=(target,),
        indicators=tuple(kept or indicators),
        name="" if kept else kinds,  # 成本指标 of a project that lists none: said, and every indicator shown
    )


def asks_indicator(text: str) -> bool:
    """满意度指标, 补助标准: a 绩效指标 is asked, not a project's whole 绩效目标."""
    return any(word in text for word in (*INDICATOR_WORDS, INDICATOR_WORD))


def targets_of_named_project(query: Query, known_score: float) -> list[Match]:
    """护工培训奖励激励金的绩效目标, whose 绩效目标表 calls it 护工培训奖励补助金: the project row the subject
    names, and the target of the same yearly money (to the row's precision) whose name is like it."""
    found = []
    for document in query.documents:
        for row in project_rows(document, None):
            score = query.scorer(row.key)
            value = row_value(row)
            if score < known_score or value is None:
                continue
            scale = AMOUNT_UNITS.get(row.table.unit, Decimal(1))
            found += [
                Match(score, target, document)
                for target in document.targets
                if target.annual_amount is not None
                and (target.annual_amount / scale).quantize(value) == value
                and query.scorer(target.key) >= RELATED_TARGET_NAME
            ]
    return sorted(found, key=lambda match: -match.score)


def read_indicator(document: DocumentIndex, indicator: IndicatorEntry) -> DocumentReading:
    target = next(t for t in document.targets if indicator in t.indicators)
    return DocumentReading(ReadingKind.INDICATOR, document, targets=(target,), indicators=(indicator,))


def read_target_list(document: DocumentIndex, query: Query | None = None) -> DocumentReading | None:
    """绩效目标有哪些: every project with a 绩效目标表; 满意度指标有哪些 (a kind of indicator named, no
    project): each project's indicators of that kind, by their value when a ranking is asked."""
    if not document.targets:
        return None
    text = query.question.text if query is not None else ""
    named = indicator_kinds(query) if query is not None else []
    if not named and query is not None and (topical := targets_named(query, document)):
        if len(topical) == 1:  # 公共服务设施运行经费项目多少钱: that project's target
            return read_target(query, document, topical[0])
        return DocumentReading(
            ReadingKind.TARGET_LIST,
            document,
            targets=tuple(topical),
            topic=topic_said(query),
            count=len(document.targets),
        )
    if not named:
        return DocumentReading(ReadingKind.TARGET_LIST, document, targets=tuple(document.targets))
    cores = [name.removesuffix("指标").removesuffix("类") for name in named]
    kind = "、".join(named)
    by_target = [(target, of_kind(target, cores)) for target in document.targets]
    if re.search(rf"{KIND_LACKED}(?:{'|'.join(map(re.escape, named))})", text):  # 哪些项目没有满意度指标
        without = tuple(target for target, found in by_target if not found)
        return DocumentReading(
            ReadingKind.TARGET_LIST, document, targets=without, count=len(document.targets), lacking=kind
        )
    indicators = [indicator for _, found in by_target for indicator in found]
    among, within = 0, ""
    if bound := indicator_bound(text):  # 满意度95%以上的项目: those whose value meets the bound
        among, within = len(indicators), bound.words
        indicators = [indicator for indicator in indicators if bound.admits(indicator_value(indicator))]
    noun = query.question.count_noun if query is not None else None
    projects_counted = noun is not None and PROJECT_GROUP in noun.nouns  # 几个项目设有满意度指标
    counted = sum(1 for _, found in by_target if found) if projects_counted else 0
    order = ""
    if query is not None and query.question.has("rank"):
        ascending = asks_the_less(text)
        values = {id(i): indicator_value(i) for i in indicators}
        valued = [i for i in indicators if values[id(i)] is not None]
        valued.sort(key=lambda i: values[id(i)] or Decimal(0), reverse=not ascending)
        indicators = valued + [i for i in indicators if values[id(i)] is None]  # 提升: no figure, last
        order = "按指标值从低到高" if ascending else "按指标值从高到低"
    return DocumentReading(
        ReadingKind.TARGET_LIST,
        document,
        targets=tuple(document.targets),
        indicators=tuple(indicators),
        name=kind,
        qualifier=order,
        count=counted,
        among=among,
        within=within,
    )


def of_kind(target: TargetEntry, cores: list[str]) -> list[IndicatorEntry]:
    """A project's indicators of the kinds named, with a value: those of its year, or, of a project carried
    over whose table sets them for its whole period only, those (实施期)."""
    found = [
        indicator
        for indicator in target.indicators
        if indicator.level3
        and indicator.value
        and any(core in indicator.level1 + indicator.level2 for core in cores)
    ]
    yearly = [indicator for indicator in found if indicator.scope != PERIOD_SCOPE]
    return yearly or found


PERIOD_SCOPE = "实施期"
KIND_LACKED = "(?:没有|没|未|无|缺少?)(?:设置|设定|设立|设|填报|填)?了?的?"
"""没有满意度指标, 未设置成本指标: the projects whose 绩效目标表 sets no indicator of the kind are asked."""
SETTING_WORDS = re.compile(f"{KIND_LACKED}|设置了?|设定了?|设立了?|设有|填报了?")
"""设置了满意度指标的项目: words of setting an indicator, or of not, that name no indicator's own name."""


PERCENT_SIGNS = {"达到": ">=", "≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<"}
"""满意度达到95%, ≥95%: the bound a value in per cent is given by, besides the words that bound an amount."""
PERCENT_BOUND = re.compile(
    rf"(?P<before>{'|'.join(sorted(map(re.escape, {*BOUND_BEFORE_WORDS, *PERCENT_SIGNS}), key=len, reverse=True))})?"
    rf"(?P<value>\d+(?:\.\d+)?)%(?P<after>{'|'.join(sorted(BOUND_AFTER_WORDS, key=len, reverse=True))})?"
)
"""满意度达到95%以上, 不低于90%, 是100%: a bound on the value of an indicator, in per cent."""
BOUND_WORDS = {">=": "不低于", ">": "高于", "<=": "不高于", "<": "低于", "==": "为"}
BOUND_COMPARISONS = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
BOUND_LEFTOVER = re.compile(
    "|".join(
        [r"[\d.]+%?", "%", "^项目", "项目$", "要求", "是", "为"]
        + sorted(
            map(re.escape, {*BOUND_BEFORE_WORDS, *BOUND_AFTER_WORDS, *PERCENT_SIGNS}), key=len, reverse=True
        )
    )
)
"""What a bound leaves of a subject (满意度以上项目, 项目满意度100%): no words of the indicator asked."""


@dataclass(frozen=True)
class IndicatorBound:
    """满意度达到95%以上 → (>=, 95): indicators are kept when their value compares so with the bound."""

    operator: str
    value: Decimal

    @property
    def words(self) -> str:
        return f"指标值{BOUND_WORDS[self.operator]} {self.value}%"

    def admits(self, value: Decimal | None) -> bool:
        return value is not None and BOUND_COMPARISONS[self.operator](value, self.value)


def indicator_bound(text: str) -> IndicatorBound | None:
    """The bound a question sets on an indicator's value in per cent (满意度95%以上的项目); None without one.
    A bound said neither before nor after (满意度是100%) asks that value."""
    found = PERCENT_BOUND.search(text)
    if found is None:
        return None
    said = found.group("after") or found.group("before") or ""
    bounds = {**BOUND_BEFORE_WORDS, **BOUND_AFTER_WORDS, **PERCENT_SIGNS}
    return IndicatorBound(bounds.get(said, "=="), Decimal(found.group("value")))


def indicator_kinds(query: Query) -> list[str]:
    """The kinds of 绩效指标 a question names (产出指标, 成本指标), and 满意度指标 when no indicator's own
    name comes with it (满意度指标有哪些, not 居民满意度指标; 满意度95%以上的项目, its bound no name)."""
    text = query.question.text
    named = [kind.group(0) for kind in INDICATOR_CATEGORY.finditer(text)]
    # 项目设置满意度, 满意度…的项目
    bare = SETTING_WORDS.sub("", query.subject.removeprefix(PROJECT_GROUP).removesuffix(PROJECT_GROUP))
    if indicator_bound(text) is not None:  # 满意度不项目 of 满意度不超过90%的项目: 满意度
        bare = BOUND_LEFTOVER.sub("", bare).removesuffix("不").removesuffix(INDICATOR_WORD)
    if bare in ("", *INDICATOR_HEADS):  # 哪个项目的满意度指标
        named += [f"{head}{INDICATOR_WORD}" for head in INDICATOR_HEADS if head in text]
    return named


def indicator_value(indicator: IndicatorEntry) -> Decimal | None:
    """The figure an indicator's value states (≥98% → 98), for ranking; None when it states none (提升)."""
    return measured_value(indicator.value)[0]


def filtered_targets(document: DocumentIndex, bound: AmountBound) -> DocumentReading | None:
    """超过1000万元的项目 in a document without project tables: the projects with a 绩效目标表 whose money
    for the year meets the bound, largest first."""
    targets = sorted(targets_with_money(document), key=target_in_yuan, reverse=True)
    if not targets:
        return None
    kept = tuple(target for target in targets if bound.admits(target_in_yuan(target)))
    return DocumentReading(
        ReadingKind.TARGET_LIST, document, targets=kept, count=len(targets), qualifier=bound.words
    )


def targets_with_money(document: DocumentIndex) -> list[TargetEntry]:
    """The projects with a 绩效目标表 that states their money for the year."""
    return [target for target in document.targets if target.annual_amount is not None]


def target_in_yuan(target: TargetEntry) -> Decimal:
    """A project's money for the year in 元, so targets in 元 and 万元 compare, and with a bound."""
    return (target.annual_amount or Decimal(0)) * AMOUNT_UNITS.get(target.unit_of_measure, 1)


SAME_PROJECT = 75.0
"""How alike a project's name in the project table and in the 绩效目标表 are when they name one project
printed two ways (临时工工资 and 临时工资, 山西绥民… and 山西恒民…)."""


def read_untargeted(document: DocumentIndex) -> DocumentReading | None:
    """哪些项目没有绩效目标: the projects the project tables print that no 绩效目标表 names, each table's
    project paired one to one with the target of the most alike name; no table, when the document prints
    no project table to hold them against; None when it publishes no 绩效目标表."""
    rows = project_rows(document, None)
    if not document.targets:
        return None
    if not rows:  # nothing to hold the 绩效目标表 against
        return DocumentReading(ReadingKind.UNTARGETED, document, targets=tuple(document.targets))
    alike = sorted(
        (
            (fuzz.ratio(match_key(plain_label(row.label)).core, target.key.core), at, of)
            for at, row in enumerate(rows)
            for of, target in enumerate(document.targets)
        ),
        reverse=True,
    )
    paired: set[int] = set()
    used: set[int] = set()
    for score, at, of in alike:
        if score < SAME_PROJECT:
            break
        if at not in paired and of not in used:
            paired.add(at)
            used.add(of)
    missing = tuple(main_figure(row) for at, row in enumerate(rows) if at not in paired)
    return DocumentReading(
        ReadingKind.UNTARGETED,
        document,
        figures=missing,
        table=rows[0].table,
        targets=tuple(document.targets),
        count=len(rows),
    )

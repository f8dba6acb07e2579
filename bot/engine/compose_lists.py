"""Replies that list or rank rows (有哪些项目, 哪一项最多, 前三), and a project's 绩效目标."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from bot.engine.answers import Answer, Fact, Source
from bot.engine.cells import words_beside
from bot.engine.entries import DocumentIndex, IndicatorEntry, RowEntry, TableEntry, TargetEntry
from bot.engine.lexicon import AVERAGE_WORD, FIGURE_WORDS, TABLE_ROWS, TARGET_CUES
from bot.engine.question import ATTRIBUTE_SAID, INDICATORS_COUNTED, OUTCOME_ASKED, attribute_said
from bot.engine.read_forms import EMPTY_TABLES_ASKED, every_one_asked
from bot.engine.read_lists import attribute_core
from bot.engine.reading import DocumentReading, Reading, TableFigure
from bot.engine.replies import (
    ANNUAL_AMOUNT,
    PERIOD,
    TOTAL_AMOUNT,
    amount_text,
    figure_fact,
    in_one_unit,
    money_word,
    percent,
    plain_label,
    sourced_line,
    summed,
    summed_fact,
    table_source,
    tables_where,
    target_source,
    unit_concept_fact,
    where,
    with_spend_note,
)
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import ALL_FUNDS, TableKind, funds_covered
from knowledge.text import compact, measured_value, normalize, replace_numerals

MAX_LISTED = 30
CENT = Decimal("0.01")
DURATION_ASKED = re.compile(r"多长|多久|几年|多少年")
PERIOD_YEARS = re.compile(r"(\d+)\s*年")
"""项目期 3年: the project's span in years."""


def numbered_lines(part: DocumentReading, figures: tuple[TableFigure, ...], facts: list[Fact]) -> list[str]:
    """Each row with its figure and column, then one 来源 line naming the document and the tables."""
    lines = [
        f"{i}. {sourced_line(f.label or plain_label(f.row.label), fact)}"
        for i, (f, fact) in enumerate(zip(figures, facts, strict=True), 1)
    ]
    return [*lines, tables_where(facts)]


def compose_rank(reading: Reading, part: DocumentReading) -> Answer:
    document = part.document
    if part.units:  # 哪个单位三公经费最多: each unit's 三公 added up, never its 合计 with 会议费 and 培训费
        facts = [unit_concept_fact(document, figures) for figures in part.units]
    else:
        facts = [figure_fact(document, figure) for figure in part.figures]
    order = "从少到多" if part.ascending else "从多到少"
    heading = (
        f"{part.name}{money_word(document)}{order}排列（共 {part.count} 项，列出 {len(part.figures)} 项）：\n"
    )
    if part.checked:  # 办公费是最多的吗: 是 or 不是 first, the item's place and the first beside it
        return compose_whether_first(part, facts, heading)
    if part.elsewhere and not part.place:  # 占比最高的支出: each with its share of the whole
        facts, lines, shares, totals, total = with_shares(part)
        whole = totals[0]
        text = (
            f"{part.name}{money_word(document)}{order}排列（共 {part.count} 项，列出 {len(part.figures)} 项；"
            f"{share_basis(whole, total)}）：\n" + "\n".join([*lines, tables_where(facts)])
        )
        return Answer("answered", text, [*facts, *shares, whole], intent=part.kind.intent)
    if part.place:  # 第二多: that place first, then the ranking up to it
        asked = part.figures[-1]
        heading = (
            f"{part.name}中{money_word(document)}{part.place}的是"
            f"{sourced_line(asked.label or plain_label(asked.row.label), facts[-1])}。\n{heading}"
        )
    text = heading + "\n".join(numbered_lines(part, part.figures, facts))
    if reading.summed and (added := rows_added(facts)) is not None:  # 前三大项目加起来多少
        lead, rows_total = added
        return Answer("answered", f"{lead}\n{text}", [rows_total, *facts], intent=part.kind.intent)
    return Answer("answered", text, facts, intent=part.kind.intent)


def rows_added(facts: list[Fact]) -> tuple[str, Fact] | None:
    """The rows a ranking or a bound lists, added up (replies.summed) and said first with the sum worked out;
    None for a single row, or rows that hold no amounts."""
    if len(facts) < 2 or any(fact.unit not in AMOUNT_UNITS for fact in facts):
        return None
    total = summed(facts)
    if total is None or total.value is None:
        return None
    total = replace(total, label=f"下列 {len(facts)} 项合计")
    _, values = in_one_unit(facts) or ("", [])
    added = " + ".join(f"{value:,}" for value in values)
    return f"下列 {len(facts)} 项合计 {amount_text(total.value, total.unit)}（{added}）。", total


def compose_whether_first(part: DocumentReading, facts: list[Fact], heading: str) -> Answer:
    """办公费是基本支出里最多的吗: 是 or 不是 first, with the first of the ranking and the item's place; then
    the ranking down to the item (the first two and the item, where it stands far down)."""
    most = "最少" if part.ascending else "最多"
    place = len(part.figures)
    first_line = sourced_line(part.figures[0].label or plain_label(part.figures[0].row.label), facts[0])
    if place == 1:
        lead = f"是。{part.name}中{money_word(part.document)}{most}的就是{first_line}。"
    else:
        lead = (
            f"不是。{part.name}中{money_word(part.document)}{most}的是{first_line}；"
            f"{part.checked}排第 {place}（共 {part.count} 项）：{amount_text(facts[-1].value, facts[-1].unit)}。"
        )
    places = list(range(1, place + 1)) if place <= MAX_RANK_SHOWN else [1, 2, place]
    lines = [
        f"{at}. {sourced_line(part.figures[at - 1].label or plain_label(part.figures[at - 1].row.label), facts[at - 1])}"
        for at in places
    ]
    if place > MAX_RANK_SHOWN:
        lines.insert(2, "……")
        order = "从少到多" if part.ascending else "从多到少"
        heading = f"{part.name}{money_word(part.document)}{order}排列（共 {part.count} 项，列出前 2 项和第 {place} 项）：\n"
    text = lead + "\n" + heading + "\n".join([*lines, tables_where(facts)])
    return Answer("answered", text, [facts[-1], *facts[:-1]], intent=part.kind.intent)


MAX_RANK_SHOWN = 5
"""办公费是最多的吗 where it is far down: the first two and the item, not every row above it."""


def compose_list(reading: Reading, part: DocumentReading) -> Answer:
    """A group's rows, each with its figure; a table named by number, with its 合计 first."""
    shown = part.figures[:MAX_LISTED]
    facts = [figure_fact(part.document, figure) for figure in shown]
    more = f"\n（另有 {part.count - len(shown)} 项未列出）" if part.count > len(shown) else ""
    lines = numbered_lines(part, shown, facts)
    total, opened = "", ""
    if part.elsewhere:
        whole = part.elsewhere[0]
        fact = figure_fact(part.document, whole)
        facts.insert(0, fact)
        column = whole.cell.column if whole.cell else ""
        amount = f"{amount_text(fact.value, fact.unit)}（「{column}」列）"
        total = f"，{plain_label(whole.row.label)} {amount}"
        if not (whole.row.is_total or whole.row is whole.row.table.total_row):  # a row holding one alone
            opened = (
                f"{part.name}只有“{plain_label(whole.row.label)}”一项，{amount}，它分为 {part.count} 项："
            )
    heading = opened or f"{part.name}共 {part.count} 项{total}："
    if part.excluded:  # 除了办公费还有什么
        held = (
            f"（{total.removeprefix('，')}，含“{part.excluded}”）" if total else ""
        )  # the table's, not theirs
        heading = (
            f"除“{part.excluded}”外，{part.name}还有 {part.count} 项{held}："
            if part.left_out
            else f"{part.name}共 {part.count} 项{total}，其中没有“{part.excluded}”："
        )
    text = heading + "\n" + "\n".join(lines) + more
    if reading.summed and not more and (added := rows_added(facts[len(facts) - len(shown) :])) is not None:
        lead, rows_total = added  # 所有项目加起来多少: the rows listed, added up
        return Answer("answered", f"{lead}\n{text}", [rows_total, *facts], intent=part.kind.intent)
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_filter(reading: Reading, part: DocumentReading) -> Answer:
    """超过50万元的项目: the rows whose amount meets the bound, each with its source."""
    document = part.document
    if not part.figures:
        text = f"没有{money_word(document)}{part.qualifier}的{part.name}（共 {part.count} 项）。"
        return Answer("answered", text, intent=part.kind.intent)
    shown = part.figures[:MAX_LISTED]
    facts = [figure_fact(document, figure) for figure in shown]
    head = f"{money_word(document)}{part.qualifier}的{part.name}共 {len(part.figures)} 项（全部 {part.count} 项中）"
    more = f"\n（另有 {len(part.figures) - len(shown)} 项未列出）" if len(part.figures) > len(shown) else ""
    text = head + "：\n" + "\n".join(numbered_lines(part, shown, facts)) + more
    every = [figure_fact(document, figure) for figure in part.figures]
    if reading.summed and (added := rows_added(every)) is not None:  # 超过100万的项目加起来多少
        lead, rows_total = added
        return Answer("answered", f"{lead}\n{text}", [rows_total, *facts], intent=part.kind.intent)
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_target(reading: Reading, part: DocumentReading) -> Answer:
    """A project's goals and its indicators for the year."""
    document, target = part.document, part.targets[0]
    source = target_source(document, target)
    goal = target.goal_annual or target.goal_period
    facts = [Fact(f"{target.project} 年度目标", None, "", source, goal)]
    if target.annual_amount is not None:
        facts.append(
            Fact(f"{target.project} 年度资金总额", target.annual_amount, target.unit_of_measure, source)
        )
    lines = [f"{target.project}的绩效目标：", f"年度目标：{goal}"]
    if target.goal_period and target.goal_period != goal:
        lines.append(f"实施期目标：{target.goal_period}")
    if part.name:
        lines.append(f"绩效目标表没有列出{part.name}，以下是它的全部指标。")
    if part.indicators:
        lines.append(
            "绩效指标及指标值：" + "；".join(f"{i.level2}·{i.level3} {i.value}" for i in part.indicators)
        )
        facts += [
            Fact(i.level3, None, "", target_source(document, target, i), i.value) for i in part.indicators
        ]
    asked: list[str] = []  # 项目期是几年, 实施期资金总额, 多少钱: the field asked, first
    question = reading.question
    duration = bool(DURATION_ASKED.search(question))  # 实施期多长 asks the 项目期
    whole_asked = ("实施期" in question or "总额" in question and "年度" not in question) and not duration
    if target.annual_amount is not None:
        annual = f"{ANNUAL_AMOUNT}：{amount_text(target.annual_amount, target.unit_of_measure)}"
        annual_asked = money_asked(question) and not (whole_asked and target.total_amount is not None)
        (asked if annual_asked else lines).append(annual)
    if target.total_amount is not None:
        total = f"{TOTAL_AMOUNT}：{amount_text(target.total_amount, target.unit_of_measure)}"
        (asked if whole_asked else lines).append(total)
        total_source = target_source(document, target, field=TOTAL_AMOUNT)
        facts.append(
            Fact(
                f"{target.project} {TOTAL_AMOUNT}", target.total_amount, target.unit_of_measure, total_source
            )
        )
    if period := PERIOD_YEARS.fullmatch(target.period.strip()):
        (asked if PERIOD in reading.question or duration else lines).append(
            f"{PERIOD}：{target.period.strip()}"
        )
        period_source = target_source(document, target, field=PERIOD)
        facts.append(Fact(f"{target.project} {PERIOD}", Decimal(period.group(1)), "年", period_source))
    elif duration:
        lines.insert(0, f"绩效目标表没有写明{target.project}的{PERIOD}，以下是它的绩效目标。")
    lines = [f"{target.project}{line}" for line in asked] + lines
    if ATTRIBUTE_ASKED.search(compact(reading.question)):
        lines.insert(0, attribute_line(reading.question, target))
    elif target.attribute:
        lines.append(f"项目属性：{target.attribute}")
    if INDICATORS_COUNTED.search(compact(question)) and part.indicators and not part.name:
        said = indicators_counted(target, part.indicators)
        lines.insert(0, f"{target.project}的{said}共 {len(part.indicators)} 个。")
        facts.insert(0, Fact(f"{target.project} {said}个数", Decimal(len(part.indicators)), "个", source))
    lines.append(where(source))
    if document.head.kind == "预算" and OUTCOME_ASKED.search(question):  # 零工市场的目标完成了吗
        lines.insert(0, PLAN_HAS_NO_OUTCOME)
    text = with_spend_note(reading, document, "\n".join(lines))
    return Answer("answered", text, facts, intent=part.kind.intent)


def indicators_counted(target: TargetEntry, indicators: Sequence[IndicatorEntry]) -> str:
    """What the indicators counted are called: their kinds when only some of their scope (年度, 实施期) are
    read (数量指标有几个), else 绩效指标."""
    scopes = {indicator.scope for indicator in indicators}
    if len(indicators) == sum(indicator.scope in scopes for indicator in target.indicators):
        return "绩效指标"
    return "、".join(dict.fromkeys(indicator.level2 for indicator in indicators))


ATTRIBUTE_ASKED = re.compile(
    rf"项目(?:属性|性质)|(?:哪类|哪种|什么类型的?|什么性质的?)项目|{ATTRIBUTE_SAID.pattern}"
)
"""零工市场是一次性项目吗, 它的项目属性, 属于哪类项目: the 项目属性 asked of one project, said first."""


def attribute_line(question: str, target: TargetEntry) -> str:
    """是一次性项目吗 answered 是 or 不是 by the 项目属性 printed; 项目属性是什么 by the attribute alone; a
    target printing none says so."""
    if not target.attribute:
        return f"绩效目标表没有写明{target.project}的项目属性。"
    said = attribute_said(compact(question)) or attribute_said(normalize(question))
    printed = f"{target.project}的项目属性是{target.attribute}。"
    if not said:
        return printed
    core = replace_numerals(said.removesuffix("性"))
    return f"{'是' if core in attribute_core(target.attribute) else '不是'}。{printed}"


PLAN_HAS_NO_OUTCOME = (
    "预算文件列出的是绩效目标（计划），还没有完成情况；完成情况见该年度的决算或绩效自评。以下是目标："
)


def money_asked(question: str) -> bool:
    """社区建设经费是多少, 项目多少钱: the project's money is asked, not its goals (满意度指标是多少)."""
    return any(word in question for word in FIGURE_WORDS) and not any(
        word in question for word in TARGET_CUES
    )


def compose_indicator(reading: Reading, part: DocumentReading) -> Answer:
    """One 绩效指标: its value as a figure with its unit (1980元/人月 → 1980, 元/人月; ≥80.00(%) → 80.00, %)."""
    document, target, indicator = part.document, part.targets[0], part.indicators[0]
    value, unit = measured_value(indicator.value)
    source = target_source(document, target, indicator)
    fact = Fact(indicator.level3, value, unit, source, indicator.value)
    text = (
        f"{indicator.level3}：{indicator.value}（项目“{target.project}”的绩效指标，{indicator.level1}/{indicator.level2}）。"
        f"\n{where(source)}"
    )
    return Answer("answered", text, [fact], intent=part.kind.intent)


def compose_target_list(reading: Reading, part: DocumentReading) -> Answer:
    """绩效目标有哪些: every project with a 绩效目标表, with its money for the year."""
    document = part.document
    if part.name:  # 满意度指标有哪些: a kind of indicator, not the projects
        return compose_indicators(part)
    if part.attribute:  # 哪些项目是一次性项目
        return compose_attribute(reading, part)
    facts, lines = [], []
    for number, target in enumerate(part.targets, 1):
        source = target_source(document, target)
        facts.append(Fact(target.project, target.annual_amount, target.unit_of_measure, source))
        money = (
            f"：{ANNUAL_AMOUNT} {amount_text(target.annual_amount, target.unit_of_measure)}"
            if target.annual_amount
            else ""
        )
        lines.append(f"{number}. {target.project}{money}")
    shown = len(part.targets)
    if part.qualifier:
        heading = (
            f"{listed_only(document)}公开了绩效目标的 {part.count} 个项目中，"
            f"年度资金{part.qualifier}的有 {shown} 个{'：' if shown else '。'}"
        )
    elif part.topic:  # 跟社区有关的项目: those of the 绩效目标表 so named, their money added up
        valued = [fact for fact in facts if fact.value is not None]
        total = (
            summed_fact(document, f"名称含“{part.topic}”的项目年度资金合计", valued)
            if len(valued) > 1
            else None
        )
        added = (
            f"，{ANNUAL_AMOUNT}合计 {amount_text(total.value, total.unit)}（下列各项相加）" if total else ""
        )
        facts = [total, *facts] if total else facts
        heading = f"公开了绩效目标的 {part.count} 个项目中，名称含“{part.topic}”的有 {shown} 个{added}："
    elif part.lacking:  # 哪些项目没有满意度指标
        heading = f"公开了绩效目标的 {part.count} 个项目中，没有{part.lacking}的有 {shown} 个{'：' if shown else '。'}"
    elif part.count > shown or part.place:
        order = "最少" if part.ascending else "最多"
        heading = (
            f"{listed_only(document)}公开了绩效目标的 {part.count} 个项目中，年度资金{order}的 {shown} 个"
            + (f"（{part.place}的是{part.targets[-1].project}）：" if part.place else "：")
        )
    else:
        heading = f"公开了绩效目标的项目共 {shown} 个："
    listed_in = replace(target_source(document, (part.targets or tuple(document.targets))[0]), row="")
    text = heading + "\n" + "\n".join([*lines, where(replace(listed_in, column=""))])
    count = Fact("公开了绩效目标的项目", Decimal(max(part.count, shown)), "个", listed_in)
    return Answer("answered", text, [count, *facts], intent=part.kind.intent)


def compose_untargeted(reading: Reading, part: DocumentReading) -> Answer:
    """哪些项目没有绩效目标: the projects of the project tables the 绩效目标表 does not name, with their
    money, or that every one has a target, both lists counted."""
    document, table = part.document, part.table
    targeted_in = replace(target_source(document, part.targets[0]), row="", column="")
    targeted = Fact("公开了绩效目标的项目", Decimal(len(part.targets)), "个", targeted_in)
    if table is None:
        text = (
            f"{document.head.label}没有项目支出明细表，无法对照出哪些项目没有绩效目标；"
            f"绩效目标表列出 {len(part.targets)} 个项目。\n{where(targeted_in)}"
        )
        return Answer("answered", text, [targeted], intent=part.kind.intent)
    listed = Fact("项目支出表列出的项目", Decimal(part.count), "个", table_source(document, table))
    counts = f"项目支出表列出 {part.count} 个项目，绩效目标表列出 {len(part.targets)} 个"
    if not part.figures:
        text = f"{counts}，每个项目都公开了绩效目标。\n{where(listed.source)}\n{where(targeted_in)}"
        return Answer("answered", text, [listed, targeted], intent=part.kind.intent)
    facts = [figure_fact(document, figure) for figure in part.figures]
    heading = f"{counts}；以下 {len(part.figures)} 个项目在绩效目标表中找不到："
    text = "\n".join([heading, *numbered_lines(part, part.figures, facts), where(targeted_in)])
    return Answer("answered", text, [listed, targeted, *facts], intent=part.kind.intent)


def compose_attribute(reading: Reading, part: DocumentReading) -> Answer:
    """一次性项目有哪些: the projects whose 绩效目标表 prints that 项目属性, counted, each with its money and
    its 项目属性 as printed (and their money added, when asked); where no 项目属性 is printed, saying so."""
    document, asked = part.document, part.attribute
    printed = Counter(target.attribute for target in document.targets if target.attribute)
    if not printed:
        unpublished = "没有公开项目绩效目标表" if not document.targets else "的项目绩效目标表没有写明项目属性"
        text = f"{document.head.label}{unpublished}，无法看出哪些是{asked}。"
        return Answer("not_found", text, intent=part.kind.intent)
    listed_in = replace(target_source(document, document.targets[0]), row="", column="项目属性")
    count = Fact(asked, Decimal(len(part.targets)), "个", listed_in)
    heading = f"公开了绩效目标的 {part.count} 个项目中，项目属性为{asked}的有 {len(part.targets)} 个"
    if not part.targets:
        kinds = "、".join(f"{attribute} {number} 个" for attribute, number in printed.items())
        text = f"{heading}。各项目的项目属性：{kinds}。\n{where(listed_in)}"
        return Answer("answered", text, [count], intent=part.kind.intent)
    facts, lines = [], []
    for number, target in enumerate(part.targets, 1):
        facts.append(
            Fact(
                target.project, target.annual_amount, target.unit_of_measure, target_source(document, target)
            )
        )
        money = (
            f"，{ANNUAL_AMOUNT} {amount_text(target.annual_amount, target.unit_of_measure)}"
            if target.annual_amount
            else ""
        )
        lines.append(f"{number}. {target.project}（{target.attribute}{money}）")
    text = f"{heading}：\n" + "\n".join([*lines, where(listed_in)])
    if reading.summed and (added := rows_added(facts)) is not None:  # 一次性项目一共多少钱: the sum first
        return Answer("answered", f"{added[0]}\n{text}", [added[1], count, *facts], intent=part.kind.intent)
    return Answer("answered", text, [count, *facts], intent=part.kind.intent)


def compose_indicators(part: DocumentReading) -> Answer:
    """满意度指标有哪些: each project's indicators of the kind asked, with their values (by value when
    ranked); a document whose 绩效目标表 lists none of that kind says so."""
    document = part.document
    if not part.indicators and part.within and part.among:  # 满意度100%的项目 where every one is ≥98%
        text = (
            f"{document.head.label}的项目绩效目标表中共有{part.name} {part.among} 项，没有{part.within}的。"
        )
        return Answer("answered", text, intent=part.kind.intent)
    if not part.indicators:
        text = f"{document.head.label}的项目绩效目标表中没有{part.name}。"
        return Answer("answered", text, intent=part.kind.intent)
    facts, lines = [], []
    for number, indicator in enumerate(part.indicators[:MAX_LISTED], 1):
        target = next(t for t in part.targets if indicator in t.indicators)
        value, unit = measured_value(indicator.value)
        facts.append(
            Fact(indicator.level3, value, unit, target_source(document, target, indicator), indicator.value)
        )
        lines.append(f"{number}. {target.project}：{indicator.level2}·{indicator.level3} {indicator.value}")
    order = f"，{part.qualifier}" if part.qualifier else ""
    heading = f"各项目的{part.name}共 {len(part.indicators)} 项{order}："
    if part.within:  # 满意度95%以上的项目: how many meet the bound, of how many
        heading = (
            f"各项目的{part.name}共 {part.among} 项，其中{part.within}的有 {len(part.indicators)} 项{order}："
        )
    if part.count:  # 有几个项目设置了满意度指标: the projects first
        heading = f"设有{part.name}的项目共 {part.count} 个，{heading}"
    more = len(part.indicators) - len(lines)
    tail = [f"（另有 {more} 项未列出）"] if more > 0 else []
    first = part.indicators[0]
    listed_in = replace(
        target_source(document, next(t for t in part.targets if first in t.indicators), first), row=""
    )
    text = "\n".join([heading, *lines, *tail, where(listed_in)])
    return Answer("answered", text, facts, intent=part.kind.intent)


def listed_only(document: DocumentIndex) -> str:
    """Why projects are ranked by their 绩效目标表: the document prints no project table."""
    return "" if any(table.is_projects for table in document.tables) else "本文件没有项目支出明细表；"


def compose_main_uses(reading: Reading, part: DocumentReading) -> Answer:
    """钱主要花在哪: the largest 功能分类 classes, each with its share of the total and the formula."""
    document, table = part.document, part.table
    assert table is not None
    facts, lines, shares, totals, total = with_shares(part)
    whole = totals[0] if len(totals) == 1 else summed_classes(part, totals, total or Decimal(0))
    by, each = ("经济分类", "项") if table.kind == TableKind.BASIC_ECONOMIC else ("功能分类", "类")
    if part.name:  # 社会保障和就业支出主要用在哪: the rows printed under it
        by, each = ("下一级科目", "项")
    shown = f"最多的 {len(part.figures)} {each}是（共 {part.count} {each}，"
    if every_one_asked(reading.question) or len(part.figures) == part.count:  # 各项支出占比: every one
        shown = f"共 {part.count} {each}（"
    counted = funds_covered(table.kind)
    money = f"{counted if counted != ALL_FUNDS else ''}{money_word(document)}"  # 财政拨款 alone: said
    split = f"{part.name}{money}按{by}" if part.name else f"{money}按支出{by}"
    text = f"{document.head.year}年{split}，{shown}{share_basis(whole, total)}）：\n" + "\n".join(
        [*lines, tables_where(facts)]
    )
    return Answer(
        "answered",
        with_spend_note(reading, document, text),
        [*facts, *shares, whole],
        intent=part.kind.intent,
    )


def compose_income_sources(reading: Reading, part: DocumentReading) -> Answer:
    """钱从哪来: each source of the 收支总表's income side, with its share of the side's total."""
    document, table = part.document, part.table
    assert table is not None
    facts, lines, shares, totals, total = with_shares(part)
    whole = totals[0]
    text = (
        f"{document.head.year}年{money_word(document)}的收入来源共 {part.count} 项"
        f"（{share_basis(whole, total)}）：\n" + "\n".join([*lines, tables_where(facts)])
    )
    return Answer("answered", text, [*facts, *shares, whole], intent=part.kind.intent)


def share_basis(whole: Fact, total: Decimal | None) -> str:
    """占比按合计 1,596.64 万元（表三「合计」行…）计算: the whole shares are taken of, with its source."""
    return f"占比按{whole.label} {amount_text(total, whole.unit)}（{whole.source.brief(with_row=True)}）计算"


def with_shares(
    part: DocumentReading,
) -> tuple[list[Fact], list[str], list[Fact], list[Fact], Decimal | None]:
    """The figures as facts, a numbered line each with its share of the whole (`elsewhere`: its total
    row, or the parts to add up) and the formula, the shares as facts, the whole's facts and amount."""
    document = part.document
    facts = [figure_fact(document, figure) for figure in part.figures]
    totals = [figure_fact(document, figure) for figure in part.elsewhere]
    total = totals[0].value if len(totals) == 1 else sum((f.value or Decimal(0) for f in totals), Decimal(0))
    lines, shares = [], []
    for number, fact in enumerate(facts, 1):
        share = percent(fact.value or Decimal(0), total) if total else None
        shown = f"，占 {share}%（{fact.value} ÷ {total} × 100%）" if share is not None else ""
        lines.append(f"{number}. {sourced_line(fact.label, fact)}{shown}")
        if share is not None:
            worked = Source(
                document=fact.source.document,
                title="按下列数字计算",
                column=f"{fact.value} ÷ {total}",
                inputs=(fact.source, *(whole.source for whole in totals)),
            )
            shares.append(Fact(f"{fact.label}占比", share, "%", worked))
    return facts, lines, shares, totals, total


def summed_classes(part: DocumentReading, totals: list[Fact], total: Decimal) -> Fact:
    """The classes' total when the table prints none: every class added, each named with its place."""
    source = Source(
        document=totals[0].source.document, title="按下列各项相加", inputs=tuple(t.source for t in totals)
    )
    return Fact(f"全部 {part.count} 类相加", total, totals[0].unit, source)


def compose_code(reading: Reading, part: DocumentReading) -> Answer:
    """What a 科目 code is: its name and the classes above it, then its figure; of a project, that the
    document prints none."""
    document, figure = part.document, part.figures[0]
    row = figure.row
    if not row.code:
        return compose_projects_without_code(part)
    fact = figure_fact(document, figure)
    path = " > ".join(
        f"{plain_label(r.label)}（{r.code}）" if r.code else plain_label(r.label)
        for r in [*reversed(list(row.ancestors())), row]
    )
    text = (
        f"科目 {row.code}「{plain_label(row.label)}」：{path}。"
        f"{document.head.year}年{money_word(document)} {amount_text(fact.value, fact.unit)}"
        f"（{row.table.reference}「{figure.cell.column if figure.cell else ''}」列）。\n{where(fact.source)}"
    )
    return Answer("answered", text, [fact], intent=part.kind.intent)


def compose_projects_without_code(part: DocumentReading) -> Answer:
    """零工市场是什么科目: project tables list projects and amounts, no 科目; the projects asked are named
    with their figures, and the code is said to be absent, never guessed from a 科目 alike."""
    document = part.document
    facts = [figure_fact(document, figure) for figure in part.figures]
    tables = "、".join(dict.fromkeys(figure.row.table.reference for figure in part.figures))
    lines = [
        f"{i}. {plain_label(figure.row.label)}：{amount_text(fact.value, fact.unit)}"
        f"（{figure.row.table.number or figure.row.table.reference}「{figure.cell.column if figure.cell else ''}」列）"
        for i, (figure, fact) in enumerate(zip(part.figures, facts, strict=True), 1)
    ]
    text = (
        f"文件没有写明{'这些项目' if len(facts) > 1 else '该项目'}属于哪个支出科目：{tables}只列出项目名称和金额。"
        f"{document.head.year}年{money_word(document)}：\n" + "\n".join(lines)
    )
    return Answer("answered", text + "\n" + where(facts[0].source), facts, intent=part.kind.intent)


def compose_count_rows(reading: Reading, part: DocumentReading) -> Answer:
    """有几个项目: the project tables' rows counted, table by table, each project listed."""
    document = part.document
    by_table: dict[str, list[TableFigure]] = {}
    for figure in part.figures:
        by_table.setdefault(figure.row.table.reference, []).append(figure)
    rows = part.name == TABLE_ROWS  # 表三有多少行: a table's rows, counted as 项
    unit, counted = ("项", "行") if rows else ("个", part.name)
    facts = [
        Fact(
            f"{reference}{counted}数",
            Decimal(len(figures)),
            unit,
            table_source(document, figures[0].row.table),
        )
        for reference, figures in by_table.items()
    ]
    counts = "，".join(f"{reference} {len(figures)} {unit}" for reference, figures in by_table.items())
    shown = part.figures[:MAX_LISTED]
    every = [figure_fact(document, figure) for figure in part.figures]
    items = every[:MAX_LISTED]
    opening = (
        f"共 {part.count} 项：{counts}（不含合计行）。"
        if rows
        else f"{part.name}共 {part.count} 个：{counts}。"
    )
    text = opening + "\n" + "\n".join(numbered_lines(part, shown, items))
    if AVERAGE_WORD in reading.question and (worked := average(part.name, every)) is not None:
        total, mean = worked
        text = (
            f"平均每个{part.name} {amount_text(mean.value, mean.unit)}（文件未直接写明，按表中数字计算："
            f"{len(every)} 个{part.name}合计 {amount_text(total.value, total.unit)} ÷ {len(every)}）。\n{text}"
        )
        return Answer("answered", text, [mean, total, *facts, *items], intent=part.kind.intent)
    return Answer("answered", text, [*facts, *items], intent=part.kind.intent)


def compose_units(reading: Reading, part: DocumentReading) -> Answer:
    """包括哪些单位, 下属几个单位: the units a 单位构成 table lists, each with what its row says of it
    (事业单位, 财政全额拨款), counted; the 部门's own body is left out of its 下属单位, and said so."""
    document, table = part.document, part.table
    assert table is not None  # read_units reads a table
    source = table_source(document, table)
    listed = len(part.figures)
    besides = "（不含本级）" if part.count > listed else ""
    fact = Fact(f"{part.name}个数", Decimal(listed), "个", source)
    lines = [f"{i}. {unit_line(figure.row)}" for i, figure in enumerate(part.figures, 1)]
    opening = f"{table.reference}列出的{part.name}共 {listed} {part.unit or '个'}{besides}："
    return Answer("answered", "\n".join([opening, *lines, where(source)]), [fact], intent=part.kind.intent)


def unit_line(row: RowEntry) -> str:
    """宁溪县实验小学（事业单位，财政全额拨款）: a unit's name and the words its row prints beside it."""
    said = words_beside(row)
    name = plain_label(row.label)
    return f"{name}（{'，'.join(said)}）" if said else name


def average(name: str, items: list[Fact]) -> tuple[Fact, Fact] | None:
    """平均每个项目: the items' amounts added (replies.summed), and that sum divided by their number, to the
    cent; None when one is no amount."""
    if not items or any(fact.unit not in AMOUNT_UNITS for fact in items):
        return None
    total = summed(items)
    if total is None or total.value is None:
        return None
    mean = (total.value / len(items)).quantize(CENT)
    source = replace(total.source, title="按各项相加后除以项数")
    return replace(total, label=f"{len(items)} 个{name}合计"), Fact(
        f"平均每个{name}", mean, total.unit, source
    )


def compose_table_list(reading: Reading, part: DocumentReading) -> Answer:
    """有哪些表: the document's tables in its order, each by its number and title, an empty one said so;
    哪张表是空的: the empty ones alone."""
    document = part.document
    if EMPTY_TABLES_ASKED.search(normalize(reading.question)):
        return compose_empty_tables(part)
    facts = table_facts(document, document.tables)
    lines = [
        f"{number}. {table.reference}{'（本表无数据）' if table.no_data else ''}"
        for number, table in enumerate(document.tables, 1)
    ]
    first = next((table.number for table in document.tables if table.number), document.tables[0].title)
    text = "\n".join(
        [
            f"{document.head.label}共有 {len(lines)} 张表：",
            *lines,
            f"问“{first}”可以看表中的数字。",
            f"来源：{document.head.label}",
        ]
    )
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_empty_tables(part: DocumentReading) -> Answer:
    """哪些表没有数据: the tables marked 本表无数据 or printing no figure but zero, each with its source."""
    document = part.document
    empty = [table for table in document.tables if table_empty(table)]
    facts = table_facts(document, empty)
    if not empty:
        text = f"{document.head.label}的 {len(document.tables)} 张表都有数字，没有空表。\n来源：{document.head.label}"
        return Answer("answered", text, facts, intent=part.kind.intent)
    lines = [
        f"{number}. {table.reference}（{'注明“本表无数据”' if table.no_data else '表中没有数字'}）"
        for number, table in enumerate(empty, 1)
    ]
    heading = f"{document.head.label}的 {len(document.tables)} 张表中，没有数据的有 {len(empty)} 张："
    text = "\n".join([heading, *lines, f"来源：{document.head.label}"])
    return Answer("answered", text, facts, intent=part.kind.intent)


def table_facts(document: DocumentIndex, tables: list[TableEntry]) -> list[Fact]:
    """Each table as a fact of no figure: its number and title, with its source."""
    return [
        Fact(
            label=table.reference, value=None, unit="", source=table_source(document, table), text=table.title
        )
        for table in tables
    ]


def table_empty(table: TableEntry) -> bool:
    """本表无数据, or rows whose every figure is blank or zero."""
    return table.no_data or not any(cell.value for row in table.rows for cell in row.cells)


UNIT_CHECKED = re.compile(r"单位(?:是|为)(?:不是)?(?P<unit>千元|万元|亿元|元)(?!还是)")
"""单位是元吗: the unit the question checks."""


def compose_money_unit(reading: Reading, part: DocumentReading) -> Answer:
    """金额单位是什么: the unit each table prints its money in, tables of one unit said together (元：表1、表2…)."""
    document = part.document
    printed = [t for t in document.tables if t.unit]  # 单位构成表 lists units, no money
    tables = [part.table] if part.table is not None else printed or list(document.tables)
    facts = [
        Fact(label=t.reference, value=None, unit=t.unit, source=table_source(document, t), text=t.title)
        for t in tables
    ]
    units = list(dict.fromkeys(t.unit or "未注明" for t in tables))
    if len(tables) == 1:
        lead = f"{tables[0].reference}的金额单位是{units[0]}。"
    elif len(units) == 1:
        which = "的" if len(tables) == len(document.tables) else "中注明金额单位的"
        lead = f"{document.head.label}{which} {len(tables)} 张表，金额单位都是{units[0]}。"
    else:
        lines = [
            f"{unit}：" + "、".join(t.reference for t in tables if (t.unit or "未注明") == unit)
            for unit in units
        ]
        lead = f"{document.head.label}各表的金额单位不同：\n" + "\n".join(lines)
    checked = UNIT_CHECKED.search(reading.question)
    if checked and len(units) == 1:  # 单位是元吗: 是 or 不是 first
        lead = ("是。" if checked.group("unit") == units[0] else "不是。") + lead
    text = f"{lead}\n来源：{document.head.label}（各表表头所注单位）"
    return Answer("answered", text, facts, intent=part.kind.intent)

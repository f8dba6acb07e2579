"""Replies from the narrative: meanings (名词解释), counts, changes on last year, shares, plain facts."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.engine.answers import Answer, Fact, Source, Status
from bot.engine.cells import budget_side, row_side, side_of
from bot.engine.concepts import parts_of
from bot.engine.entries import DocumentIndex, StatedEntry
from bot.engine.lexicon import (
    ACTUAL_PART,
    CHANGE_SIGNS,
    DIRECTION_ASKED,
    OVERSPENT_WORDS,
    PLANNED_PART,
    RATE_ASKED,
    REASON_CUES,
    REASON_WORDS,
    SHORTFALL_WORDS,
    SUM_WORDS,
)
from bot.engine.question import SPENT_IN_FULL, YES_NO, against_budget_said
from bot.engine.read_completion_ranks import (
    HIGHEST,
    LOWEST,
    OVER,
    CompletedItem,
    shown_items,
)
from bot.engine.read_concepts import concept_called, names
from bot.engine.reading import DocumentReading, Reading, ReadingKind, TableFigure
from bot.engine.replies import (
    amount_text,
    figure_fact,
    percent,
    plain_label,
    sentence_fact,
    stated_fact,
    summed_fact,
    term_fact,
    where,
    yuan_of,
)
from knowledge.models import UNCHANGED_DIRECTION
from knowledge.money import AMOUNT_UNITS
from knowledge.text import normalize

SHARE_TOLERANCE = Decimal("0.01")
NO_REASON = "文件说明中没有找到对此的原因说明。"
RATE_WORDS = {"增加": "增长", "减少": "下降"}
"""A percentage grows or falls (增长17.31%), an amount is added or taken (增加3608.98万元)."""


def compose_define(reading: Reading, part: DocumentReading) -> Answer:
    """A term's meaning from the glossary; a term it does not explain is not found, the nearest one's
    meaning offered under that term's own name."""
    term = part.term
    assert term is not None
    fact = term_fact(part.document, term)
    if part.exact:
        text = f"{term.term}：{term.definition}"
    else:
        text = f"名词解释中没有“{part.name}”，最接近的是“{term.term}”：{term.definition}"
    status: Status = "answered" if part.exact else "not_found"
    return Answer(status, text + "\n" + where(fact.source), [fact], intent=part.kind.intent)


def compose_term_list(reading: Reading, part: DocumentReading) -> Answer:
    """名词解释有哪些: the terms the document's glossary explains, in its order."""
    document = part.document
    facts = [term_fact(document, term) for term in document.terms]
    names = "、".join(term.term for term in document.terms)
    text = (
        f"{document.head.label}的名词解释共 {len(facts)} 条：{names}。"
        f"问“什么是{document.terms[0].term}”可以看它的解释。\n{where(replace(facts[0].source, row=''))}"
    )
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_count(reading: Reading, part: DocumentReading) -> Answer:
    """A count; when two places of the document state different counts of it, both are shown."""
    document, figures = part.document, part.stated
    facts = [stated_fact(document, figure) for figure in figures]
    if len({f.value for f in figures}) > 1:
        said = "，".join(
            f"{fact.source.brief()}写{f.subject}{f.value}{f.unit}"
            for f, fact in zip(figures, facts, strict=True)
        )
        lines = [
            f"{i}. {fact.source.brief()}：“{f.sentence}”"
            for i, (f, fact) in enumerate(zip(figures, facts, strict=True), 1)
        ]
        text = f"文件中{len(figures)}处说法不一致：{said}。都列出，请以原文为准：\n" + "\n".join(lines)
        return Answer("answered", text, facts, intent=part.kind.intent)
    figure = figures[0]
    text = (
        f"{figure.subject}：{figure.value}{part.unit}。"
        f"\n出自「{figure.section}」：“{figure.clause}”\n{where(facts[0].source)}"
    )
    return Answer("answered", text, facts[:1], intent=part.kind.intent)


def compose_fact(reading: Reading, part: DocumentReading) -> Answer:
    """Sentences of the narrative, under their section; one on another page than the first says its page."""
    facts = [sentence_fact(part.document, s) for s in part.sentences]
    first_page = part.sentences[0].page
    lines = [
        (s.text if previous is not None and previous.section == s.section else f"「{s.section}」：{s.text}")
        + (f"（第{s.page}页）" if s.page and s.page != first_page else "")
        for previous, s in zip((None, *part.sentences), part.sentences, strict=False)
    ]
    text = "\n".join(lines) + "\n" + where(facts[0].source)
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_change(reading: Reading, part: DocumentReading) -> Answer:
    """比上年增减: the narrative's change figures for the subject, with their sentence."""
    document, figures = part.document, part.stated
    top = figures[0]
    facts = [stated_fact(document, figure) for figure in figures]
    changes = "、".join(  # 持平 in 万元 and in % is said once
        dict.fromkeys(
            figure.direction
            if figure.direction == UNCHANGED_DIRECTION
            else f"{RATE_WORDS.get(figure.direction, figure.direction) if figure.unit == '%' else figure.direction}"
            f"{figure.value}{figure.unit}"
            for figure in figures
        )
    )
    level = unchanged_level(part.document, top) if top.direction == UNCHANGED_DIRECTION else None
    yes_no = bool(YES_NO.search(normalize(reading.question))) and top.direction != UNCHANGED_DIRECTION
    said = f"{plain_label(top.subject)}{'与' if changes == UNCHANGED_DIRECTION else '比'}上年{changes}"
    if level is not None:
        facts.insert(0, stated_fact(document, level))
        said = f"{plain_label(top.subject)}为{amount_text(level.value, level.unit)}，与上年持平，没有变化"
    elif (rate := rate_of_stated_change(reading, part)) is not None and not yes_no:
        facts.append(rate)
        said += f"；{rate.label} {rate.value}%（按文件说明的数字计算：{rate.source.column}）"
    if premise := against_the_asked_direction(reading.question, top.direction):
        said = f"{premise}：{said}"
    elif yes_no and level is None:  # 和去年比有变化吗, 比上年少了吗
        said = f"{'是' if asked_direction(reading.question) else '有变化'}：{said}"
    text = f"{said}。\n出自「{top.section}」：“{top.sentence}”\n{where(facts[0].source)}"
    text, facts = with_reason(reading, part, text, facts)
    return Answer("answered", text, facts, intent=part.kind.intent)


def direction_of(difference: Decimal) -> str:
    """增加, 减少 or 持平: which way a signed difference went, as the narrative says a change."""
    return "增加" if difference > 0 else "减少" if difference < 0 else UNCHANGED_DIRECTION


def asked_direction(question: str) -> str:
    """The one way the question takes (增加 for 多了吗, 为什么增加); '' when it takes none or both."""
    text = normalize(question)
    asked = [way for way, words in DIRECTION_ASKED.items() if any(word in text for word in words)]
    return asked[0] if len(asked) == 1 else ""


CORRECTION_OPENINGS = ("不是", "并没有")
"""How `against_the_asked_direction` opens a premise corrected."""


def against_the_asked_direction(question: str, direction: str) -> str:
    """为什么增加 of what the narrative says fell (or stayed level): the question's premise corrected
    first; nothing when the question takes no one way or the right one."""
    asked = asked_direction(question)
    if not asked or asked == direction or not direction:
        return ""
    if direction == UNCHANGED_DIRECTION:
        return f"并没有{asked}"
    return f"不是{asked}，而是{direction}"


UNFINISHED_ASKED = re.compile(
    r"(?:没有?|未|不)能?完成|完成(?:率|得|情况)?(?:为什么|为啥|怎么)?(?:这么|那么|太|比较|偏)?(?:低|差|不好|不高)"
)
"""为什么没有完成预算, 完成率为什么低: the question takes it that the budget was not carried out in full."""
FULL_PERCENT = Decimal(100)


def unfinished_premise(question: str, rate: Decimal | None) -> str:
    """为什么没有完成预算 of a 决算 that spent its budget in full or more: the premise corrected, opening the
    answer; '' when the question assumes nothing or assumes right."""
    if rate is None or rate < FULL_PERCENT or not UNFINISHED_ASKED.search(normalize(question)):
        return ""
    done = "正好完成了预算" if rate == FULL_PERCENT else "超过了预算"
    return f"不是没有完成，而是{done}（完成 {rate}%）。\n"


def compose_concept_change(reading: Reading, part: DocumentReading) -> Answer:
    """A concept's change on last year the narrative states only part by part: each part's stated change
    with its sentence and, when they cover every part and share a unit, their signed sum with the
    formula; otherwise that the whole's change is not stated and cannot be added up."""
    document = part.document
    facts = [stated_fact(document, figure) for figure in part.stated]
    lines = [
        f"{number}. {plain_label(figure.subject)}：{change_words(figure)}。原文：“{figure.sentence}”\n"
        f"   {where(fact.source)}"
        for number, (figure, fact) in enumerate(zip(part.stated, facts, strict=True), 1)
    ]
    units = {figure.unit for figure in part.stated}
    if part.exact and len(units) == 1:
        total, direction = summed_change(document, part, facts, units.pop())
        change = (
            "与上年持平"
            if direction == UNCHANGED_DIRECTION
            else f"比上年{direction} {amount_text(total.value, total.unit)}"
        )
        head = (
            f"{part.name}{change}（文件没有直接写明总的增减，"
            f"按各项写明的增减相加：{total.source.column}）。各项："
        )
        if premise := against_the_asked_direction(reading.question, direction):
            head = f"{premise}：{head}"
        facts.insert(0, total)
    else:
        every = "、".join(piece.name for piece in parts_of(part.name))
        head = (
            f"文件没有写明{part.name}总的比上年增减，分项也没有写全（{part.name}包括{every}），"
            "不能相加得出总数。写明的各项："
        )
    return Answer("answered", "\n".join([head, *lines]), facts, intent=part.kind.intent)


def change_words(figure: StatedEntry) -> str:
    if figure.direction == UNCHANGED_DIRECTION:
        return "与上年持平"
    direction = RATE_WORDS.get(figure.direction, figure.direction) if figure.unit == "%" else figure.direction
    return f"比上年{direction}{figure.value}{figure.unit}"


def summed_change(
    document: DocumentIndex, part: DocumentReading, facts: list[Fact], unit: str
) -> tuple[Fact, str]:
    """The parts' stated changes added with their signs (减少 subtracts, 持平 adds nothing): the size
    of the change, and its direction."""
    signed = [CHANGE_SIGNS.get(figure.direction, 0) * figure.value for figure in part.stated]
    total = sum(signed, Decimal(0))
    terms = "".join(
        (f"{value}" if value >= 0 else f"−{-value}")
        if number == 0
        else (f" + {value}" if value >= 0 else f" − {-value}")
        for number, value in enumerate(signed)
    )
    shown = f"{total}" if total >= 0 else f"−{-total}"
    source = Source(
        document=document.head.label,
        title="按下列数字计算",
        column=f"{terms} = {shown} {unit}",
        inputs=tuple(fact.source for fact in facts),
    )
    direction = direction_of(total)
    return Fact(f"{part.name}比上年{direction}", abs(total), unit, source), direction


def rate_of_stated_change(reading: Reading, part: DocumentReading) -> Fact | None:
    """下降了百分之几 where the narrative states the change only as an amount (86.95万元，比上年减少97万元):
    the rate worked out from this year's amount and the change, with its formula; None when a rate is
    not asked, is stated, or the sentence states no amount before the change in the same unit."""
    document, top = part.document, part.stated[0]
    asked = normalize(reading.question)
    if not any(word in asked for word in RATE_ASKED) or any(figure.unit == "%" for figure in part.stated):
        return None
    level = unchanged_level(document, top)
    if level is None or level.unit != top.unit or top.direction not in RATE_WORDS:
        return None
    before = level.value - top.value if top.direction == "增加" else level.value + top.value
    if before <= 0:
        return None
    rate = percent(top.value, before)
    sign = "−" if top.direction == "增加" else "+"
    formula = f"{top.value} ÷ ({level.value} {sign} {top.value}) × 100% = {rate}%"
    source = Source(
        document=document.head.label,
        title="按下列数字计算",
        column=formula,
        inputs=(stated_fact(document, level).source, stated_fact(document, top).source),
    )
    return Fact(f"{plain_label(top.subject)}{RATE_WORDS[top.direction]}幅度", rate, "%", source)


def unchanged_level(document: DocumentIndex, figure: StatedEntry) -> StatedEntry | None:
    """三公经费预算5.00万元与2023年预算数相同: the amount an item stays level at, the last its sentence
    states before saying so; None when none comes before."""
    at = figure.sentence.find(figure.raw)
    before = [
        stated
        for stated in document.stated_by_sentence.get(figure.sentence, [])
        if stated.kind == "amount" and 0 <= figure.sentence.find(stated.raw) < at
    ]
    return max(before, key=lambda stated: figure.sentence.find(stated.raw), default=None)


def with_reason(
    reading: Reading, part: DocumentReading, text: str, facts: list[Fact]
) -> tuple[str, list[Fact]]:
    """A change asked why: the narrative's reason, all its sentences, quoted with its own source, first
    (after the figures when the question asked how much, not why, or its premise is corrected first);
    when the narrative gives none, that is said, never guessed."""
    asked = any(word in normalize(reading.question) for word in REASON_CUES)
    if not part.sentences:
        given = next((clause for figure in part.stated if (clause := reason_clause(figure))), "")
        if asked and given:  # 为啥减少: the reason first, after a premise corrected
            because = f"原因（文件说明）：“{given}”"
            corrected = text.startswith(CORRECTION_OPENINGS)
            return (f"{text}\n{because}" if corrected else f"{because}\n{text}"), facts
        return (f"{text}\n{NO_REASON}" if asked and not given else text), facts
    reason = sentence_fact(part.document, part.sentences[0])
    said = "".join(sentence.text for sentence in part.sentences)
    because = f"原因（文件说明）：“{said}”\n{where(reason.source)}"
    first = asked and not text.startswith(CORRECTION_OPENINGS)  # a premise corrected stays first
    return (f"{because}\n{text}" if first else f"{text}\n{because}"), [*facts, reason]


REASON_CLAUSE = re.compile(rf"[^，,；;。]*(?:{'|'.join(REASON_WORDS)})[^；;。]*")
"""…下降17.49%，主要原因是…减少465.4万元，…故预算收入较上年减少；: the clause giving the reason, to the
sentence's end."""


def reason_clause(figure: StatedEntry) -> str:
    """The clause after a stated change that gives its reason (…减少175万元，主要原因是…); '' when none
    does (a change stated inside the reason for another: 主要原因是…单位预留机动经费增加1753.34万元)."""
    at = figure.sentence.find(figure.raw)
    found = REASON_CLAUSE.search(figure.sentence, at + len(figure.raw)) if at >= 0 else None
    return found.group(0).strip(" ，,") if found else ""


def compose_share(reading: Reading, part: DocumentReading) -> Answer:
    """A share the narrative states, quoted with its sentence; one of a part where the whole was asked
    (预算执行率 where only the “三公”经费's is stated) said to be only that part's."""
    figure = part.stated[0]
    fact = stated_fact(part.document, figure)
    said_before = figure.sentence[: figure.sentence.find(figure.raw)].rstrip()
    share = f"占{part.name}的" if part.name else ("占比为" if said_before.endswith("占") else "为")
    lead = "" if part.exact else "文件没有写明整体的预算完成比例，只写明了其中一项：\n"
    text = (
        f"{lead}{figure.subject}{share} {figure.value}%（文件原文所述）。"
        f"\n出自「{figure.section}」：“{figure.sentence}”\n{where(fact.source)}"
    )
    text = unfinished_premise(reading.question, figure.value) + text
    text, facts = with_reason(reading, part, text, [fact])  # 为什么没有完成预算
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_computed_share(reading: Reading, part: DocumentReading) -> Answer:
    """A share no sentence states: computed from the two table figures (or, where no table holds the
    pair, the two figures the narrative states, each with its clause), with the formula."""
    top, bottom, said, lines = share_inputs(part)
    inputs = (
        f"分子：{top.label} {amount_text(top.value or Decimal(0), top.unit)}{lines[0]}{where(top.source)}\n"
        f"分母：{bottom.label} {amount_text(bottom.value or Decimal(0), bottom.unit)}{lines[1]}"
        f"{where(bottom.source)}"
    )
    if not bottom.value:
        text = f"{bottom.label}为 0，无法计算{top.label}占它的比例。\n{inputs}"
        return Answer("answered", text, [top, bottom], intent=part.kind.intent)
    share = ratio_fact(part, f"{top.label}占{bottom.label}的比例", top, bottom)
    lead = f"{share.label}约为"
    if (
        (share.value or 0) > WHOLE_PERCENT
        or printed_beside(top.label, bottom.label)
        or side_by_side(top, bottom)
    ):
        share = replace(share, label=f"{top.label}相当于{bottom.label}的比例")
        lead = f"{top.label}不是{bottom.label}的组成部分，两者之比：{top.label}相当于{bottom.label}的"
    text = f"{lead} {share.value}%（文件未直接写明，{said}：{share.source.column}）。\n{inputs}"
    return Answer("answered", text, [share, top, bottom], intent=part.kind.intent)


WHOLE_PERCENT = 100
"""A part is at most its whole: a share above this is of something that is no part of it."""


def side_by_side(top: Fact, bottom: Fact) -> bool:
    """会议费 and 培训费 as two columns of one row, neither under the other nor a total: no part of each
    other."""
    first, second = top.source, bottom.source
    if (first.table, first.row) != (second.table, second.row) or first.column == second.column:
        return False
    columns = (first.column, second.column)
    if any(column.rsplit("/", 1)[-1] in SUM_WORDS for column in columns):
        return False
    return not any(one.startswith(f"{other}/") for one, other in (columns, columns[::-1]))


def printed_beside(item: str, whole: str) -> bool:
    """培训费 of “三公”经费: an item the tables print beside a concept, never a part of it."""
    concept = concept_called(whole)
    return concept is not None and any(names(item, other) for other in concept.apart)


def compose_plan_completion(reading: Reading, part: DocumentReading) -> Answer:
    """How far a 决算 carried out its budget where the narrative states no rate for the item: its 决算
    over its 年初预算 (its 调整预算 when that is asked and printed), computed, with both figures and where
    each stands."""
    actual, plan, said, lines = share_inputs(part)
    item = part.name or actual.label
    budget = budget_side(side_heading(part.figures[-1]) if part.figures else plan.source.column)
    share = ratio_fact(part, f"{item}完成{budget}的比例", actual, plan)
    text = (
        f"{item}完成{budget}的 {share.value}%（文件未直接写明，{said}：{share.source.column}）。\n"
        f"决算：{actual.label} {amount_text(actual.value, actual.unit)}{lines[0]}{where(actual.source)}\n"
        f"{budget}：{plan.label} {amount_text(plan.value, plan.unit)}{lines[1]}{where(plan.source)}"
    )
    text = unfinished_premise(reading.question, share.value) + text
    text, facts = with_reason(reading, part, text, [share, actual, plan])  # 完成率为什么低
    return Answer("answered", text, facts, intent=part.kind.intent)


def share_inputs(part: DocumentReading) -> tuple[Fact, Fact, str, list[str]]:
    """The two figures a share is computed from, how they were found, and the clause quoted after each."""
    if part.stated and part.figures:  # one side in a table, the other stated: the smaller is the part
        said, printed = part.stated[0], figure_fact(part.document, part.figures[0])
        stated, clause = stated_fact(part.document, said), f"，出自「{said.section}」：“{said.clause}”，"
        if yuan_of(stated) <= yuan_of(printed):
            return stated, printed, "按文件说明和表中的数字计算", [clause, "，"]
        return printed, stated, "按表中和文件说明中的数字计算", ["，", clause]
    if part.stated:
        top, bottom = (stated_fact(part.document, figure) for figure in part.stated)
        lines = [f"，出自「{figure.section}」：“{figure.clause}”，" for figure in part.stated]
        return top, bottom, "按文件说明中写明的两个数字计算", lines
    top, bottom = pair_facts(part)
    return top, bottom, "按表中数字计算", ["，", "，"]


def pair_facts(part: DocumentReading) -> tuple[Fact, Fact]:
    """The two figures set against each other; where a concept is read part by part (`count` parts on
    each side, “三公”经费 beside 会议费), each side's parts added up; where a class is (its `count` rows
    first, named `qualifier`, or after the part, named `name`), its rows added up."""
    facts = [figure_fact(part.document, figure) for figure in part.figures]
    if not part.count:
        return facts[0], facts[1]
    top, bottom = facts[: part.count], facts[part.count :]
    if part.kind == ReadingKind.COMPUTED_SHARE:
        return side_fact(part, part.qualifier, top), side_fact(part, part.name, bottom)
    return summed_fact(part.document, part.qualifier, top), summed_fact(part.document, part.qualifier, bottom)


def side_fact(part: DocumentReading, name: str, facts: list[Fact]) -> Fact:
    """One side of a share of a class (公用经费 beside 办公费): the class's rows added up under its name (its
    one printed row said as what it is of the class), or the side's one figure."""
    if not name:
        return facts[0]
    if len(facts) == 1:
        return replace(facts[0], label=f"{name}（即{facts[0].label}）")
    return summed_fact(part.document, name, facts)


def side_heading(figure: TableFigure) -> str:
    """The side a figure is on (决算数, 调整预算数 of 决算数/小计 beside 调整预算数), as its row says it in a
    table of one row per side, else its column; the whole column where it names no side (2024年预算数)."""
    column = figure.cell.column if figure.cell else ""
    return row_side(figure.row) or side_of(column, ACTUAL_PART) or side_of(column, PLANNED_PART) or column


def ratio_fact(part: DocumentReading, label: str, top: Fact, bottom: Fact) -> Fact:
    """`top` as a percentage of `bottom` (each in its own unit, the formula in 元 when they differ), with
    both as inputs."""
    assert bottom.value
    part_in, whole_in = (AMOUNT_UNITS.get(fact.unit, 1) for fact in (top, bottom))
    computed = percent((top.value or Decimal(0)) * part_in, bottom.value * whole_in)
    if top.unit == bottom.unit:
        formula = f"{top.value} ÷ {bottom.value} × 100% = {computed}%"
    else:  # 229.43万元 of 31214205.80元: both in 元, the smaller unit
        formula = f"{(top.value or 0) * part_in} ÷ {bottom.value * whole_in} × 100% = {computed}%，均按元计"
    source = Source(
        document=part.document.head.label,
        title="按下列数字计算",
        column=formula,
        inputs=(top.source, bottom.source),
    )
    return Fact(label, computed, "%", source)


def difference(now: Fact, before: Fact, label: str) -> tuple[str, list[Fact], Decimal, Decimal | None]:
    """Two figures of one item (this year and last, 决算 and 年初预算): the change and the percentage
    with their formulas, as the document would state them (减少48.16万元, 下降3.09%: the direction in
    the label, the size as the value), and both signed."""
    now_value, before_value = now.value or Decimal(0), before.value or Decimal(0)
    change = now_value - before_value
    formula = f"{now_value:,} − {before_value:,} = {change:,}"
    source = replace(
        now.source,
        column=f"「{now.source.column or now.label}」−「{before.source.column or before.label}」：{formula}",
        inputs=(now.source, before.source),
    )
    word = "增加" if change > 0 else "减少" if change < 0 else UNCHANGED_DIRECTION
    facts = [now, before, Fact(f"{label}{word}", abs(change), now.unit, source)]
    text = f"{word} {amount_text(abs(change), now.unit)}（{formula}）" if change else f"{word}（{formula}）"
    change_rate = None
    if before_value and change:  # 持平: no rate to give
        change_rate = percent(change, before_value)
        shown = f"{change:,} ÷ {before_value:,} × 100% = {change_rate}%"
        rate = "增长" if change_rate >= 0 else "下降"
        facts.append(Fact(f"{label}{rate}幅度", abs(change_rate), "%", replace(source, column=shown)))
        text += f"，{rate} {abs(change_rate)}%（{shown}）"
    return text + "。", facts, change, change_rate


def compose_table_change(reading: Reading, part: DocumentReading) -> Answer:
    """This year's figure against the 上年 column beside it: the change and the percentage with their
    formulas, and the narrative's stated change beside them, saying when the two disagree."""
    document = part.document
    now, before = pair_facts(part)
    change_text, facts, change, change_rate = difference(now, before, f"{now.label}{part.name or '比上年'}")
    now_column, before_column = told_apart(side_heading(part.figures[0]), side_heading(part.figures[-1]))
    text = (
        f"{now.label}：{now_column} {amount_text(now.value, now.unit)}，"
        f"{before_column} {amount_text(before.value, before.unit)}；{change_text}"
    )
    for figure in part.stated:
        facts.append(stated_fact(document, figure))
        said = figure.value if figure.direction == "增加" else -figure.value
        computed = change_rate if figure.unit == "%" else change
        if figure.unit in AMOUNT_UNITS and now.unit in AMOUNT_UNITS:
            said, computed = said * AMOUNT_UNITS[figure.unit], change * AMOUNT_UNITS[now.unit]
        agrees = computed is not None and abs(said - computed) <= SHARE_TOLERANCE
        verdict = "与表中一致" if agrees else "与按表计算的结果不一致，请以原表为准"
        text += f"\n说明部分写明：“{figure.clause}”，{verdict}。"
    text, facts = with_reason(reading, part, text + "\n" + where(now.source), facts)
    return Answer("answered", premise_first(reading.question, change, text), facts, intent=part.kind.intent)


def premise_first(question: str, change: Decimal, text: str) -> str:
    """决算比预算少了多少 of a figure that rose: the question's premise is corrected before the figures;
    比预算少吗 of one that fell: 是 first."""
    direction = direction_of(change)
    premise = against_the_asked_direction(question, direction)
    said = way_asked(question)
    if not premise and said and YES_NO.search(normalize(question)):  # 么 of 为什么 asks no yes or no
        premise = "是" if said == direction else against_the_asked_direction(said, direction)
    elif not premise and said:  # 为什么比预算多, 比预算少多少 of what rose
        premise = against_the_asked_direction(said, direction)
    if premise.startswith(CORRECTION_OPENINGS) and said and against_budget_said(question):
        premise = against_the_budget(said, direction)  # 超预算了吗 of what fell short: 没有超出预算
    if SPENT_IN_FULL.search(question):  # 花完了吗: yes when it reached the budget
        premise = SPENT_IN_FULL_VERDICTS[direction]
    return f"{premise}。\n{text}" if premise else text


SPENT_IN_FULL_VERDICTS = {
    "减少": "没有花完，比预算少",
    UNCHANGED_DIRECTION: "是，与预算持平",
    "增加": "是，还超出了预算",
}
"""花完了吗 of a 决算 below, at or above its budget."""


def against_the_budget(said: str, direction: str) -> str:
    """超预算了吗 of a 决算 below its budget: the premise corrected in the budget's own words."""
    way = {"增加": "多", "减少": "少"}
    if direction == UNCHANGED_DIRECTION:
        return f"并没有比预算{way[said]}，与预算持平"
    return f"不是比预算{way[said]}，而是比预算{way[direction]}"


THAN_WHICH_WAY = re.compile(r"比[^，,。？?]*?(?:要|还)?(?P<way>[多高大少低小])")
"""比预算少吗, 是不是比年初预算多: the way a yes-or-no question takes, said by 多 or 少 after 比."""


def way_asked(question: str) -> str:
    """The one way a question takes (增加 for 比预算多吗, 为什么比预算多, 为啥超预算); '' when it takes none."""
    if asked := asked_direction(question):
        return asked
    for words, direction in ((OVERSPENT_WORDS, "增加"), (SHORTFALL_WORDS, "减少")):
        if any(word in question for word in words):
            return direction
    way = THAN_WHICH_WAY.search(normalize(question))
    return "" if way is None else ("增加" if way.group("way") in "多高大" else "减少")


def told_apart(one: str, other: str) -> tuple[str, str]:
    """财政拨款“三公”经费/合计/决算数 and …/合计/预算数 → 决算数 and 预算数: two columns by the headings that
    tell them apart (the source names each in full); as printed when nothing is left of either."""
    first, second = one.split("/"), other.split("/")
    while len(first) > 1 and len(second) > 1 and first[0] == second[0]:
        first, second = first[1:], second[1:]
    while len(first) > 1 and len(second) > 1 and first[-1] == second[-1]:
        first, second = first[:-1], second[:-1]
    return ("/".join(first), "/".join(second)) if first != second else (one, other)


def compose_stated_difference(reading: Reading, part: DocumentReading) -> Answer:
    """Two figures of one item that only the narrative states (年初预算为…，支出决算为…): their
    difference, computed, with the sentence that states both."""
    item = part.name
    now_figure, before_figure = part.stated
    now_column, before_column = (figure.subject.removeprefix(item) for figure in part.stated)
    now, before = (stated_fact(part.document, figure) for figure in part.stated)
    change_text, facts, change, _ = difference(now, before, f"{item}{now_column}比{before_column}")
    text = (
        f"{item}：{now_column} {amount_text(now.value, now.unit)}，"
        f"{before_column} {amount_text(before.value, before.unit)}；"
        f"{change_text}\n出自「{now_figure.section}」：“{now_figure.sentence}”\n{where(now.source)}"
    )
    text, facts = with_reason(reading, part, text, facts)
    return Answer("answered", premise_first(reading.question, change, text), facts, intent=part.kind.intent)


def compose_rank_change(reading: Reading, part: DocumentReading) -> Answer:
    """The item whose stated change on last year is largest in the direction asked, then the order; that
    the ranking holds only the items whose change the narrative states, for no table prints last year."""
    document, ranked = part.document, part.stated
    facts = [stated_fact(document, figure) for figure in ranked]
    top = ranked[0]
    rates = top.unit == "%"
    asked = RATE_WORDS.get(part.qualifier, part.qualifier) if rates else part.qualifier
    if part.qualifier in CHANGE_SIGNS and top.direction != part.qualifier:
        head = f"文件说明写明比上年增减的 {part.count} 项中，没有比上年{asked}的。"
    else:
        most = "幅度最大" if rates else ("最多" if part.qualifier in CHANGE_SIGNS else "最大")
        head = f"比上年{asked}{most}的是{plain_label(top.subject)}：{change_words(top)}。"
    order = f"{asked}多的在前" if part.qualifier in CHANGE_SIGNS else "变化大的在前"
    listed = (
        f"共 {part.count} 项，列出 {len(ranked)} 项" if part.count > len(ranked) else f"共 {part.count} 项"
    )
    lines = [
        f"{number}. {plain_label(figure.subject)}：{change_words(figure)}（{fact.source.brief()}）"
        for number, (figure, fact) in enumerate(zip(ranked, facts, strict=True), 1)
    ]
    scope = "说明中写明了增减百分比的项目（没有写明金额）" if rates else "说明中写明了增减的项目"
    text = (
        f"{head}\n按文件说明中写明的各项比上年增减排列（{order}，{listed}）：\n"
        + "\n".join(lines)
        + f"\n表格没有列出上年数，排列只包括{scope}。\n{where(facts[0].source)}"
    )
    return Answer("answered", text, facts, intent=part.kind.intent)


def compose_rank_completion(reading: Reading, part: DocumentReading) -> Answer:
    """The items whose 决算 went above (or stayed below) their 年初预算, each with its figures; when none
    did, that is said with the item nearest to it."""
    shown = shown_items(part)
    read = [(item, item_facts(part, item)) for item in shown]
    facts = [fact for _item, item_read in read for fact in item_read]
    tabled = bool(part.figures)
    over = part.qualifier in (OVER, HIGHEST)
    lines = [f"{number}. {completion_words(item, said)}" for number, (item, said) in enumerate(read, 1)]
    among = (
        f"表中列出年初预算数和决算数的 {part.among} 项中（完成比例按两数计算），"
        if tabled
        else f"文件说明写明执行情况的 {part.among} 项中，"
    )
    if part.qualifier in (HIGHEST, LOWEST):
        listed = f"，列出 {len(shown)} 项" if part.count > len(shown) else ""
        order = "从高到低" if over else "从低到高"
        tied = [item for item in shown if item.rate == shown[0].rate]
        first = f"的是{shown[0].name}" if len(tied) == 1 else f"的有 {len(tied)} 项（都是 {shown[0].rate}%）"
        head = (
            f"{among}完成比例{part.qualifier}{first}；按完成比例{order}排列（共 {part.count} 项{listed}）：\n"
        )
    elif part.count:
        listed = f"，列出 {len(shown)} 项" if part.count > len(shown) else ""
        order = "超出多的在前" if over else "完成比例低的在前"
        side = "超出年初预算" if over else "未完成年初预算"
        head = f"{among}{side}的有 {part.count} 项（{order}{listed}）：\n"
    elif over:
        head = f"{among}没有超出年初预算的；完成比例最高的是：\n"
    else:
        head = f"{among}都完成了年初预算；完成比例最低的是：\n"
    text = head + "\n".join(lines) + f"\n{where(facts[0].source)}"
    return Answer("answered", text, facts, intent=part.kind.intent)


def said_fact(document: DocumentIndex, said: StatedEntry | TableFigure) -> Fact:
    return figure_fact(document, said) if isinstance(said, TableFigure) else stated_fact(document, said)


def item_facts(part: DocumentReading, item: CompletedItem) -> list[Fact]:
    """An item's 年初预算 and 决算 as read, and its completion: as stated, else computed from the two."""
    facts = [said_fact(part.document, said) for said in item.said]
    if item.stated_rate is None and item.plan is not None and item.actual is not None:
        plan, actual = facts[:2]
        facts.append(ratio_fact(part, f"{item.name}完成年初预算的比例", actual, plan))
    return facts


def completion_words(item: CompletedItem, facts: list[Fact]) -> str:
    """行政运行：年初预算 1,560.05 万元，决算 1,511.89 万元，完成年初预算的 96.91%（where it is read); `facts`:
    the item's, as `item_facts` gives them (its records' in their order first)."""
    by_record = {id(said): fact for said, fact in zip(item.said, facts, strict=False)}
    said = [
        f"{word} {amount_text(fact.value or Decimal(0), fact.unit)}"
        for word, record in (("年初预算", item.plan), ("决算", item.actual))
        if record is not None and (fact := by_record[id(record)])
    ]
    computed = "" if item.stated_rate is not None or isinstance(item.plan, TableFigure) else "，按两数计算"
    said.append(f"完成年初预算的 {item.rate}%{computed}")
    return f"{item.name}：{'，'.join(said)}（{facts[0].source.brief()}）"

"""Replies from the narrative: meanings (名词解释), counts, changes on last year, shares, plain facts."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from bot.answers import Answer, Fact, Source
from bot.compose_amounts import main_cell
from bot.index import DocumentIndex, IndicatorEntry, RowEntry, SentenceEntry, StatedEntry, TermEntry
from bot.matcher import ColumnTotal, Intent, Match, Scorer, amount_matches, sentence_matches, sort_matches
from bot.normalize import compact
from bot.question import subject_of, subject_variants
from bot.replies import amount_text, row_fact, sentence_fact, stated_fact, target_source, term_fact, where

CLOSE_TERM = 90.0
SAME_THING_SCORE = 90.0
SHARE_TOLERANCE = Decimal("0.01")
SHARE_WORDS = ("的比例", "的比重", "的占比", "比例", "比重", "占比", "百分比", "多少", "是", "为")
DEFAULT_DENOMINATORS = {"收入": "收入总计", "支出": "支出总计"}
CHANGE_WORDS = ("增加", "减少", "增长", "下降", "持平", "相同", "上升", "降低", "变化")


def compose_define(intent: Intent, document: DocumentIndex, matches: list[Match]) -> Answer:
    term = matches[0].item
    assert isinstance(term, TermEntry)
    fact = term_fact(document, term)
    asked = intent.question.glossary_term or intent.subject
    if matches[0].score >= CLOSE_TERM or compact(asked) == term.key.text:
        text = f"{term.term}：{term.definition}"
    else:
        text = f"名词解释中没有“{asked}”，最接近的是“{term.term}”：{term.definition}"
    return Answer("answered", text + "\n" + where(fact.source), [fact], intent="define")


def compose_count(intent: Intent, matches: list[Match]) -> Answer:
    """A count; when two places of the document state different counts of it, both are shown."""
    best = matches[0]
    document = best.document
    if isinstance(best.item, IndicatorEntry):
        return compose_indicator(intent, document, best.item)
    assert isinstance(best.item, StatedEntry)
    per_passage: dict[tuple[str, int | None], Match] = {}
    for match in matches:
        if (
            isinstance(match.item, StatedEntry)
            and match.document is document
            and match.score >= best.score - 15
        ):
            per_passage.setdefault((match.item.section, match.item.passage), match)
    figures = [m.item for m in per_passage.values() if isinstance(m.item, StatedEntry)]
    facts = [stated_fact(document, figure) for figure in figures]
    noun = intent.question.count_noun
    unit = noun.unit if noun else best.item.unit
    if len({f.value for f in figures}) > 1:
        said = "，".join(f"「{f.section}」写{f.subject}{f.value}{f.unit}" for f in figures)
        lines = [f"{i}. 「{f.section}」：“{f.sentence}”" for i, f in enumerate(figures, 1)]
        text = f"文件中{len(figures)}处说法不一致：{said}。都列出，请以原文为准：\n" + "\n".join(lines)
        return Answer("answered", text, facts, intent="count")
    figure = best.item
    text = (
        f"{figure.subject}：{figure.value}{figure.unit if figure.unit in noun.printed_units else unit}。"
        if noun
        else ""
    )
    text += f"\n出自「{figure.section}」：“{figure.sentence}”\n{where(facts[0].source)}"
    return Answer("answered", text.strip(), facts[:1], intent="count")


def compose_indicator(intent: Intent, document: DocumentIndex, indicator: IndicatorEntry) -> Answer:
    target = next(t for t in document.targets if indicator in t.indicators)
    number = "".join(ch for ch in indicator.value if ch.isdigit() or ch == ".")
    unit = indicator.value.replace(number, "").lstrip("≥≤><=").strip() if number else ""
    source = target_source(document, target, indicator)
    value = Decimal(number) if number and number.count(".") <= 1 else None
    fact = Fact(indicator.level3, value, unit, source, indicator.value)
    text = (
        f"{indicator.level3}：{indicator.value}（项目“{target.project}”的绩效指标，{indicator.level1}/{indicator.level2}）。"
        f"\n{where(source)}"
    )
    return Answer("answered", text, [fact], intent="target")


def compose_fact(intent: Intent, document: DocumentIndex, matches: list[Match]) -> Answer:
    sentences = [
        m.item for m in matches[:2] if isinstance(m.item, SentenceEntry) and m.score >= matches[0].score - 5
    ]
    facts = [sentence_fact(document, s) for s in sentences]
    text = "\n".join(f"「{s.section}」：{s.text}" for s in sentences) + "\n" + where(facts[0].source)
    return Answer("answered", text, facts, intent="fact")


def compose_change(intent: Intent, document: DocumentIndex, score: Scorer) -> Answer | None:
    """比上年增减: the narrative's change figures for the subject, with their sentence."""
    changes = sorted(
        (Match(score(f.key), f, document) for f in document.stated if f.kind == "change"),
        key=lambda m: -m.score,
    )
    if changes and changes[0].score >= intent.settings.min_score:
        top = changes[0].item
        assert isinstance(top, StatedEntry)
        same = [
            m.item
            for m in changes
            if isinstance(m.item, StatedEntry)
            and m.item.sentence == top.sentence
            and m.item.subject == top.subject
        ]
        facts = [stated_fact(document, figure) for figure in same]
        parts = "、".join(f"{figure.direction}{figure.value}{figure.unit}" for figure in same)
        text = (
            f"{top.subject}比上年{parts}。\n出自「{top.section}」：“{top.sentence}”\n{where(facts[0].source)}"
        )
        return Answer("answered", text, facts, intent="change")
    sentences = [
        m
        for m in sentence_matches(document, intent.variants)
        if isinstance(m.item, SentenceEntry) and any(w in m.item.text for w in CHANGE_WORDS)
    ]
    if sentences and sentences[0].score >= intent.settings.min_score:
        return compose_fact(intent, document, sentences)
    return None


def share_parts(intent: Intent) -> tuple[str, str]:
    """项目支出占总支出的比例 → (项目支出, 总支出)."""
    text = intent.question.text
    if "占" not in text:
        return intent.subject, ""
    if "占比" in text:
        return subject_of(text.split("占比", 1)[0], intent.selection.named), ""
    left, right = text.split("占", 1)
    for word in SHARE_WORDS:
        right = right.replace(word, "")
    return subject_of(left, intent.selection.named), subject_of(right, intent.selection.named)


def best_amount(document: DocumentIndex, subject: str, intent: Intent) -> Match | None:
    score = Scorer(subject_variants(subject), intent.selection.item_years)
    matches = sort_matches(amount_matches(document, score, intent.question, []))
    matches = [
        m for m in matches if not isinstance(m.item, StatedEntry) and m.score >= intent.settings.min_score
    ]
    return matches[0] if matches else None


def match_value_fact(document: DocumentIndex, match: Match) -> Fact | None:
    item = match.item
    if isinstance(item, ColumnTotal):
        return row_fact(document, item.row, item.cell, item.cell.leaf)
    if isinstance(item, RowEntry):
        return row_fact(document, item, main_cell(item, []))
    return None


def stated_share(
    document: DocumentIndex, part: str, whole: str, computed: Decimal | None, intent: Intent
) -> StatedEntry | None:
    """The narrative's percentage for the part, when it is a share of the same whole.

    It is the same whole when the sentence names it, or when the percentage equals the one computed
    from the tables (支出预算 is the 总支出 the question means).
    """
    score = Scorer(subject_variants(part), intent.selection.item_years)
    stated = sorted(
        (Match(score(f.key), f, document) for f in document.stated if f.kind == "percent"),
        key=lambda m: -m.score,
    )
    whole_forms = [compact(variant) for variant in subject_variants(whole)] if whole else []
    for match in stated[:5]:
        figure = match.item
        assert isinstance(figure, StatedEntry)
        if match.score < intent.settings.min_score:
            break
        names_whole = not whole or any(form and form in compact(figure.sentence) for form in whole_forms)
        agrees = computed is not None and abs(figure.value - computed) <= SHARE_TOLERANCE
        if names_whole or agrees:
            return figure
    return None


def compose_share(intent: Intent, document: DocumentIndex) -> Answer | None:
    """A share quoted from the narrative when it states one, else computed with its formula."""
    part, named_whole = share_parts(intent)
    whole = named_whole or next((v for k, v in DEFAULT_DENOMINATORS.items() if k in part), "")
    numerator = best_amount(document, part, intent)
    denominator = best_amount(document, whole, intent) if whole else None
    top = match_value_fact(document, numerator) if numerator else None
    bottom = match_value_fact(document, denominator) if denominator else None
    computed = None
    if top is not None and bottom is not None and bottom.value:
        computed = (Decimal(100) * (top.value or 0) / bottom.value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    figure = stated_share(document, part, named_whole, computed, intent)
    if figure is not None:
        fact = stated_fact(document, figure)
        text = (
            f"{figure.subject}占{named_whole + '的' if named_whole else '比'} {figure.value}%（文件原文所述）。"
            f"\n出自「{figure.section}」：“{figure.sentence}”\n{where(fact.source)}"
        )
        return Answer("answered", text, [fact], intent="share")
    if computed is None or top is None or bottom is None:
        return None
    formula = f"{top.value} ÷ {bottom.value} × 100% = {computed}%"
    share = Fact(
        f"{top.label}占{bottom.label}的比例",
        computed,
        "%",
        Source(document=document.head.label, title="按下列数字计算", column=formula),
    )
    text = (
        f"{top.label}占{bottom.label}的比例约为 {computed}%（文件未直接写明，按表中数字计算：{formula}）。\n"
        f"分子：{top.label} {amount_text(top.value, top.unit)}，{where(top.source)}\n"
        f"分母：{bottom.label} {amount_text(bottom.value, bottom.unit)}，{where(bottom.source)}"
    )
    return Answer("answered", text, [share, top, bottom], intent="share")

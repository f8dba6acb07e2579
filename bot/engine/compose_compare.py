"""Replies that set documents side by side: two units, two years, 预算 and 决算, and which unit has most.

Each document's figure is the one its own answer would give (bot.engine.compose_amounts), with its source;
the difference and the ratio or percentage are computed exactly (Decimal) and shown with their formula.
Figures printed in 元 and in 万元 are compared in 元.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from bot.engine.answers import Answer, Fact, Source
from bot.engine.compose_amounts import headline
from bot.engine.compose_narrative import against_the_asked_direction, compose_change, direction_of
from bot.engine.entries import DocumentEntry, DocumentIndex
from bot.engine.reading import DocumentReading, Reading
from bot.engine.replies import amount_text, where
from knowledge.models import UNCHANGED_DIRECTION
from knowledge.money import AMOUNT_UNITS

CENT = Decimal("0.01")
KIND_NOTE = "说明：预算是计划安排数，决算是实际执行数，两者口径不同。"
MIXED_NOTE = "说明：各文档的年度、类型不同（预算为计划安排数，决算为实际执行数），比较时请留意。"
YEARS_NOTE = "说明：各文档的年度不同，比较时请留意。"


@dataclass(frozen=True)
class Figure:
    """One document's figure for the subject, and its value in the unit all figures are compared in."""

    document: DocumentIndex
    fact: Fact
    value: Decimal


def figures_of(reading: Reading) -> tuple[list[Figure], str, list[str]]:
    """Each document's figure in a common unit (元 when 元 and 万元 meet), that unit, and the documents
    whose figure is in no unit it can be compared in (a table that does not say 万元 or 元)."""
    return in_common_unit([(part.document, headline(reading, part)) for part in reading.parts])


def in_common_unit(facts: list[tuple[DocumentIndex, Fact]]) -> tuple[list[Figure], str, list[str]]:
    """The figures in a common unit (元 when 元 and 万元 meet), that unit, and the documents whose figure
    is in no unit it can be compared in."""
    facts = [(document, fact) for document, fact in facts if fact.value is not None]
    units = {fact.unit for _document, fact in facts}
    if len(units) <= 1:
        unit = units.pop() if units else ""
        return [Figure(d, f, f.value or Decimal(0)) for d, f in facts], unit, []
    money = [(d, f) for d, f in facts if f.unit in AMOUNT_UNITS]
    unknown = [f"{d.head.label}（表中未注明金额单位）" for d, f in facts if f.unit not in AMOUNT_UNITS]
    unit = "元" if len({f.unit for _d, f in money}) > 1 else (money[0][1].unit if money else "")
    scale = {name: AMOUNT_UNITS[name] if unit == "元" else Decimal(1) for name in AMOUNT_UNITS}
    return [Figure(d, f, (f.value or Decimal(0)) * scale[f.unit]) for d, f in money], unit, unknown


def side_names(figures: list[Figure]) -> list[str]:
    """What to call each side: the year and kind when one unit is compared with itself, the unit when
    units of one year and kind are, else both (省高院 2019年预算 against 省检察院 2018年预算)."""
    heads = [figure.document.head for figure in figures]
    if len({head.unit_name for head in heads}) == 1:
        return [f"{head.year}年{head.kind}" for head in heads]
    if len({head.unit_name for head in heads}) == len(heads) and len({(h.year, h.kind) for h in heads}) == 1:
        return [head.unit_name for head in heads]
    return [head.label for head in heads]


def figure_lines(figures: list[Figure], names: list[str]) -> list[str]:
    lines = []
    for number, (figure, name) in enumerate(zip(figures, names, strict=True), 1):
        fact = figure.fact
        blank = "（表中留空）" if fact.text.startswith("表中留空") else ""
        lines.append(f"{number}. {name}：{fact.label} {amount_text(fact.value, fact.unit)}{blank}")
        lines.append(f"   {where(fact.source)}")
    return lines


def computed_source(figures: list[Figure], formula: str) -> Source:
    return Source(
        document="、".join(dict.fromkeys(figure.document.head.label for figure in figures)),
        title="按下列数字计算",
        column=formula,
        inputs=tuple(figure.fact.source for figure in figures),
    )


def difference_lines(
    figures: list[Figure], names: list[str], unit: str, over_time: bool
) -> tuple[list[str], list[Fact]]:
    """The first figure against the second: the difference, and the change in % (`over_time`: one unit
    over years) or how many times (two units, two items), each with its formula; a fact's label says
    which way (比…减少), its value how much, as a document states a change."""
    first, second = figures
    difference = first.value - second.value
    formula = f"{first.value:,} − {second.value:,} = {difference:,} {unit}"
    word = "多" if difference > 0 else "少"
    if over_time:
        word = "增加" if difference > 0 else "减少"
    said = f"比{names[1]}{word}" if difference else f"与{names[1]}相同"
    facts = [Fact(f"{names[0]}{said}", abs(difference), unit, computed_source(figures, formula))]
    if difference == 0:
        return [f"{names[0]}与{names[1]}相同（{formula}）。"], facts
    lines = [f"{names[0]}比{names[1]}{word} {amount_text(abs(difference), unit)}（{formula}）。"]
    if second.value == 0 or first.value == 0:
        zero = names[1] if second.value == 0 else names[0]
        lines.append(f"{zero}为 0，不能计算{'增减幅度' if over_time else '倍数'}。")
        return lines, facts
    percent = (Decimal(100) * difference / second.value).quantize(CENT, ROUND_HALF_UP)
    shown = f"({first.value:,} − {second.value:,}) ÷ {second.value:,} × 100% = {percent}%"
    if over_time:
        rate = "增长" if percent >= 0 else "下降"
        lines.append(f"{rate} {abs(percent)}%（{shown}）。")
        facts.append(
            Fact(f"{names[0]}比{names[1]}{rate}幅度", abs(percent), "%", computed_source(figures, shown))
        )
    elif first.value > 0 and second.value > 0:
        lines.append(f"{names[0]}比{names[1]}{word} {abs(percent)}%（{shown}）。")
        facts.append(
            Fact(f"{names[0]}比{names[1]}{word}的百分比", abs(percent), "%", computed_source(figures, shown))
        )
        pairs = [(first, names[0], second, names[1])]
        if first.value < second.value:  # 会议费是培训费的几倍: the asked way round first, then the other
            pairs.append((second, names[1], first, names[0]))
        for top, top_name, bottom, bottom_name in pairs:
            ratio = multiple(top.value, bottom.value)
            shown = f"{top.value:,} ÷ {bottom.value:,} = {ratio}"
            lines.append(f"{top_name}是{bottom_name}的 {ratio} 倍（{shown}）。")
            facts.append(
                Fact(f"{top_name}是{bottom_name}的倍数", ratio, "倍", computed_source(figures, shown))
            )
    return lines, facts


def share_of_second(figures: list[Figure], names: list[str], unit: str, subject: str) -> Fact | None:
    """是…的百分之几: the first figure as a percentage of the second, with its formula; None when the second
    is 0 or there are not two."""
    if len(figures) != 2 or not figures[1].value:
        return None
    first, second = figures
    percent = (Decimal(100) * first.value / second.value).quantize(CENT, ROUND_HALF_UP)
    formula = f"{first.value:,} ÷ {second.value:,} × 100% = {percent}%"
    said = (
        f"{names[0]}的{subject}是{names[1]}的 {percent}%（文件未直接写明，按下列两个数字计算：{formula}）。"
    )
    return Fact(f"{names[0]}是{names[1]}的百分比", percent, "%", computed_source(figures, formula), said)


def multiple(top: Decimal, bottom: Decimal) -> Decimal:
    """How many times `bottom` `top` is, to the cent; a ratio below 0.01 to four places, so it never
    reads as 0."""
    ratio = top / bottom
    return ratio.quantize(CENT if ratio >= CENT else Decimal("0.0001"), ROUND_HALF_UP)


def stated_verdict(beside: DocumentReading, figures: list[Figure], unit: str) -> str:
    """Whether the change the later narrative states (its change figure, not the level beside it; 持平 is
    none) is the difference of the two tables' figures; a budget's change on last year's budget is not
    checked against a 决算's figure."""
    changes = [f for f in beside.stated if f.kind == "change" and f.unit in AMOUNT_UNITS]
    if len(figures) != 2 or not changes or unit not in AMOUNT_UNITS:
        return ""
    if len({figure.document.head.kind for figure in figures}) > 1:
        return "；它比较的是两年的预算，与上面预算和决算之差口径不同。"
    first = changes[0]
    sign = 0 if first.direction == UNCHANGED_DIRECTION else 1 if first.direction == "增加" else -1
    said = first.value * AMOUNT_UNITS[first.unit] * sign
    computed = (figures[0].value - figures[1].value) * AMOUNT_UNITS[unit]
    if said == computed:
        return "，与两年表格相减的结果一致。"
    return "，与两年表格相减的结果不一致，请以原表为准。"


def conversion_lines(figures: list[Figure], unit: str) -> list[str]:
    """A figure printed in 万元 set against one in 元: how it was turned into the unit compared in."""
    converted = [figure.fact for figure in figures if figure.fact.unit != unit]
    if not converted:
        return []
    said = "；".join(
        f"{amount_text(f.value, f.unit)} = {(f.value or 0) * AMOUNT_UNITS[f.unit]:,} {unit}"
        for f in converted
    )
    return [f"（单位不同，按{unit}计算：{said}）"]


def compose_item_comparison(
    found: list[tuple[DocumentIndex, Fact]],
    names: list[str],
    less: bool = False,
    equal_asked: bool = False,
    excluded: bool = False,
) -> Answer | None:
    """Two items of one document: which is larger (smaller, when that was asked; whether they are equal,
    是 or 不相等 first), each figure with its source, the difference and how many times, with formulas;
    None when their units cannot be set against each other (元 and 人). The first without the second
    (`excluded`: 除了B以外的A), which no table prints: both figures and their difference, said to be the
    answer only where the first holds all of the second."""
    figures, unit, unknown = in_common_unit(found)
    if len(figures) != 2 or unknown:
        return None
    said = verdict(figures, names, less)
    if equal_asked:
        said = "是，两者相等。" if figures[0].value == figures[1].value else f"不相等，{said}"
    lines = [f"{names[0]}和{names[1]}比较（{figures[0].document.head.label}）：{said}"]
    if excluded:
        lines = [
            f"文件没有单列不含{names[1]}的{names[0]}。以下是两者各自的数字（{figures[0].document.head.label}）；"
            f"只有{names[0]}包含全部{names[1]}时，两者之差才是所问的数："
        ]
    for number, (figure, name) in enumerate(zip(figures, names, strict=True), 1):
        blank = "（表中留空）" if figure.fact.text.startswith("表中留空") else ""
        lines.append(f"{number}. {name}：{amount_text(figure.fact.value, figure.fact.unit)}{blank}")
        lines.append(f"   {where(figure.fact.source)}")
    lines += conversion_lines(figures, unit)
    more, computed = difference_lines(figures, names, unit, over_time=False)
    if excluded:  # the difference, not how many times
        more, computed = more[:1], computed[:1]
    facts = [figure.fact for figure in figures] + computed
    return Answer("answered", "\n".join([*lines, *more]), facts, intent="compare")


def compose_item_rank(found: list[tuple[DocumentIndex, Fact]], names: list[str]) -> Answer | None:
    """Three or more items of one document: ranked from most to least, each figure with its source, and
    the two largest set against each other with formulas; None when their units cannot be compared."""
    figures, unit, unknown = in_common_unit(found)
    if len(figures) != len(found) or unknown:
        return None
    ranked = sorted(zip(figures, names, strict=True), key=lambda pair: -pair[0].value)
    most = [name for figure, name in ranked if figure.value == ranked[0][0].value]
    least = [name for figure, name in ranked if figure.value == ranked[-1][0].value]
    lines = [
        f"{'、'.join(names)}比较（{figures[0].document.head.label}）：最多的是{'、'.join(most)}，"
        f"最少的是{'、'.join(least)}。从多到少："
    ]
    for number, (figure, name) in enumerate(ranked, 1):
        blank = "（表中留空）" if figure.fact.text.startswith("表中留空") else ""
        lines.append(f"{number}. {name}：{amount_text(figure.fact.value, figure.fact.unit)}{blank}")
        lines.append(f"   {where(figure.fact.source)}")
    lines += conversion_lines(figures, unit)
    top = [figure for figure, _name in ranked[:2]]
    more, computed = difference_lines(top, [name for _figure, name in ranked[:2]], unit, over_time=False)
    facts = [figure.fact for figure in figures] + computed
    return Answer("answered", "\n".join([*lines, *more]), facts, intent="compare")


def compose_comparison(reading: Reading) -> Answer | None:
    """Each document's figure with its source, then the difference and ratio (or change) with formulas;
    None when the figures are in units that cannot be compared."""
    figures, unit, unknown = figures_of(reading)
    if not figures:
        return None
    lacking = [head.label for head in reading.lacking] + unknown
    names = side_names(figures)
    subject = reading.subject if len(reading.subject) > 1 else f"{reading.subject}额"  # 总 of 总预算: 总额
    lines = [f"{subject}比较：{verdict(figures, names, reading.ascending)}", *figure_lines(figures, names)]
    facts = [figure.fact for figure in figures]
    if reading.as_share and (share := share_of_second(figures, names, unit, subject)) is not None:
        lines[0] = share.text
        facts.append(share)
    if reading.summed:  # 宁溪县教育局和平川县卫生健康局一共有多少三公经费: their sum, no difference
        total, heading = documents_added(figures, unit, reading.subject)
        lines = [*heading, *figure_lines(figures, names)]
        facts = [*total, *facts]
    lines += [f"{label}：没有找到“{subject}”，无法比较。" for label in lacking]
    lines += conversion_lines(figures, unit)
    if len(figures) == 2 and not reading.summed:
        over_time = len({figure.document.head.unit_name for figure in figures}) == 1
        more, computed = difference_lines(figures, names, unit, over_time)
        if over_time and (
            premise := against_the_asked_direction(
                reading.question, direction_of(figures[0].value - figures[1].value)
            )
        ):
            lines.insert(0, f"{premise}。")
        lines += more
        facts += computed
    elif len(figures) > 2 and not reading.summed:
        ranked = sorted(zip(figures, names, strict=True), key=lambda pair: -pair[0].value)
        lines.append(f"最多的是{ranked[0][1]}，最少的是{ranked[-1][1]}。")
    if reading.beside is not None and not reading.summed:
        said = compose_change(reading, reading.beside)
        lines.append(
            f"{reading.beside.document.head.year}年文件说明写明：“{said.facts[0].text}”（{where(said.facts[0].source)}）"
            + stated_verdict(reading.beside, figures, unit)
        )
        facts += said.facts
    heads = [figure.document.head for figure in figures]
    if note := mixed_note(heads, over_time=len({head.unit_name for head in heads}) == 1):
        lines.append(note)
    return Answer("answered", "\n".join(lines), facts, intent="compare")


def mixed_note(heads: list[DocumentEntry], over_time: bool = False) -> str:
    """What to mind when documents of different years or kinds are set side by side ('' when nothing):
    one unit over years differs in year by design."""
    years = len({head.year for head in heads}) > 1 and not over_time
    kinds = len({head.kind for head in heads}) > 1
    if years and kinds:
        return MIXED_NOTE
    return YEARS_NOTE if years else KIND_NOTE if kinds else ""


def verdict(figures: list[Figure], names: list[str], less: bool = False) -> str:
    """Which side is larger, said first (2017年预算更多), or smaller when the question asked which is
    less (哪年少: 2019年预算更少); '' unless two sides are compared."""
    if len(figures) != 2:
        return ""
    first, second = figures
    if first.value == second.value:
        return "两者相同。"
    if less:
        return f"{names[0] if first.value < second.value else names[1]}更少。"
    return f"{names[0] if first.value > second.value else names[1]}更多。"


def compose_document_rank(reading: Reading) -> Answer | None:
    """哪个单位…最多: every loaded document ranked by its figure for the subject, each with its source."""
    figures, unit, unknown = figures_of(reading)
    if not figures:
        return None
    lacking = [head.label for head in reading.lacking] + unknown
    ascending = reading.ascending
    ranked = sorted(figures, key=lambda figure: figure.value, reverse=not ascending)
    heads = [figure.document.head for figure in ranked]
    names = [head.label for head in heads]
    facts = [figure.fact for figure in ranked]
    if reading.summed:
        total, lines = documents_added(ranked, unit, reading.subject)
        facts = [*total, *facts]
        lines += figure_lines(ranked, names) + conversion_lines(ranked, unit)
    else:
        order = "从少到多" if ascending else "从多到少"
        lines = [
            f"按“{reading.subject}”{order}排列（共 {len(ranked)} 份文档）：",
            *figure_lines(ranked, names),
        ]
        lines.append(f"{'最少' if ascending else '最多'}的是{names[0]}。")
    if lacking:
        lines.append("没有找到这一项或无法比较的文档：" + "、".join(lacking) + "。")
    if note := mixed_note(heads):
        lines.append(note)
    return Answer("answered", "\n".join(lines), facts, intent="rank_documents")


def documents_added(figures: list[Figure], unit: str, subject: str) -> tuple[list[Fact], list[str]]:
    """所有单位的三公经费加起来多少, 两年一共多少: the documents' figures added, when they are of one kind
    and of one year or one unit; a plan and an outcome, or units of different years, are not added up, and
    the answer says why."""
    heads = [figure.document.head for figure in figures]
    kinds, years = len({head.kind for head in heads}) > 1, len({head.year for head in heads}) > 1
    if kinds or (years and len({head.unit for head in heads}) > 1):
        said = "年度、类型" if kinds and years else "类型" if kinds else "年度"
        return [], [f"各文档的{said}不同，“{subject}”相加没有意义，没有给出合计；各文档分别是："]
    total = sum((figure.value for figure in figures), Decimal(0))
    formula = " + ".join(f"{figure.value:,}" for figure in figures) + f" = {total:,} {unit}"
    fact = Fact(f"{subject}合计", total, unit, computed_source(figures, formula))
    said = f"{len(figures)} 份文档的“{subject}”相加：合计 {amount_text(total, unit)}"
    return [fact], [f"{said}（文件未直接写明，按下列各文档的数字相加：{formula}）。"]


def compose_per_capita(document: DocumentIndex, amount: Fact, headcount: Fact, asked: str) -> Answer:
    """An amount per person no table prints: the amount over the headcount the same document states, to the
    cent of the amount's unit (rounded half up), with the formula and where each input stands."""
    assert amount.value is not None and headcount.value
    per_person = (amount.value / headcount.value).quantize(CENT, ROUND_HALF_UP)
    label = f"{asked}人均{amount.label}"
    formula = (
        f"{amount.label} {amount.value:,} {amount.unit} ÷ {headcount.label} {headcount.value:,} {headcount.unit}"
        f" ≈ {per_person:,} {amount.unit}/人"
    )
    source = Source(
        document=document.head.label,
        title="按下列数字计算",
        column=formula,
        inputs=(amount.source, headcount.source),
    )
    plan = "（预算为计划安排数）" if document.head.kind.endswith("预算") else ""
    lines = [
        f"{label}约 {per_person:,} {amount.unit}/人（文件未直接写明，按文件中的两个数字计算，四舍五入保留两位小数）{plan}：",
        f"{formula}",
        f"1. {amount.label}：{amount_text(amount.value, amount.unit)}",
        f"   {where(amount.source)}",
        f"2. {headcount.label}：{headcount.value:,} {headcount.unit}",
        f"   {where(headcount.source)}",
    ]
    facts = [Fact(label, per_person, amount.unit, source), amount, headcount]
    return Answer("answered", "\n".join(lines), facts, intent="per_capita")


def compose_per_capita_rank(answers: list[tuple[DocumentIndex, Answer]], ascending: bool) -> Answer | None:
    """Amounts per person of several documents set side by side (哪个部门人均…最多, 2017年和2019年人均…比较):
    each worked out from its own document's figures (each answer's facts: the figure per person, the
    amount, the headcount), ranked, with a note when the headcounts differ in kind (在职人员 in one, 编制
    in another); None when their units cannot be compared."""
    figures, unit, unknown = in_common_unit([(document, answer.facts[0]) for document, answer in answers])
    if len(figures) != len(answers) or unknown:
        return None
    of_document = {document.head.id: answer for document, answer in answers}
    headcounts = {key: answer.facts[2].label for key, answer in of_document.items()}
    ranked = sorted(figures, key=lambda figure: figure.value, reverse=not ascending)
    order = "从少到多" if ascending else "从多到少"
    lines = [
        f"{ranked[0].fact.label}{order}（文件未直接写明，按各文档中的两个数字计算，四舍五入保留两位小数）："
    ]
    for number, figure in enumerate(ranked, 1):
        fact = figure.fact
        lines.append(
            f"{number}. {figure.document.head.label}：约 {fact.value:,} {fact.unit}/人（{fact.source.column}）"
        )
        lines.extend(f"   {where(source)}" for source in fact.source.inputs)
    lines += conversion_lines(figures, unit)
    lines.append(f"{'最少' if ascending else '最多'}的是{ranked[0].document.head.label}。")
    if len(set(headcounts.values())) > 1:
        said = "，".join(
            f"{figure.document.head.label}按{headcounts[figure.document.head.id]}" for figure in ranked
        )
        lines.append(f"说明：各文档所除的人数口径不同（{said}），比较时请留意。")
    if len({figure.document.head.kind for figure in ranked}) > 1:
        lines.append(KIND_NOTE)
    facts = [fact for figure in ranked for fact in of_document[figure.document.head.id].facts]
    return Answer("answered", "\n".join(lines), facts, intent="per_capita")

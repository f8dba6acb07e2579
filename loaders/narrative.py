"""The narrative: passages under their headings, the figures their sentences state, the glossary.

Headings are 第一部分 …, 一、…, （一）…, 1、… (short, not sentences) or short lines ending in
情况/说明/职能…; short lines numbered 1、 in a list (one after another, or a lone item) are passages of
their own, not headings. Lines of one paragraph broken by a page are joined back. Under 名词解释 the
numbered lines are terms: "一、基本支出：指…", "九、一般公共预算是指…", or a term line and its
definition on the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.models import UNCHANGED_DIRECTION, GlossaryTerm, Passage, StatedFigure
from knowledge.text import ORDINAL_DIGITS, figure_value, without_spaces
from knowledge.units import UNIT_ENDINGS, in_order_positions, own_short_names
from loaders.blocks import TextLine

PART = re.compile(rf"第[{ORDINAL_DIGITS}]+部分")
NUMBERED = re.compile(
    rf"([{ORDINAL_DIGITS}]+\s*[、.．]|[（(][{ORDINAL_DIGITS}\d]+[)）]\s*、?|\d{{1,2}}\s*[、.．](?!\d))\s*"
)
LIST_NUMBER = re.compile(r"(?:(?P<digits>\d{1,2})\s*[、.．](?!\d)|[（(](?P<bracketed>\d{1,2})[)）])")
"""1、 1. 1． (1) （1）: how list items are numbered (and the lowest headings)."""
UNNUMBERED_HEADING = re.compile(r"(情况|说明|概况|职能|职责|设置|解释|目录|构成|报表)[:：]?$")
MAX_HEADING_LENGTH = 30
CAPTION = re.compile(r".{1,20}图")
SENTENCE_END = "。；;！？!?"
PARAGRAPH_END = SENTENCE_END + "：:"
GLOSSARY = "名词解释"
DEFINITION_VERBS = ("是指", "是对", "指")
MAX_TERM_LENGTH = 25

NUMBER = r"(?<![\d.,，])(?P<number>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
UNIT = r"(?P<unit>亿元|万元|千元|元|万(?!元)|%|％|人次|人|辆|部|个|台（套）|台|套|家|项|批次|次|名|户|平方米|所|座)"
STATED = re.compile(NUMBER + r"\s*" + UNIT)
MONEY_UNITS = {"亿元", "万元", "千元", "元"}
UNIT_SPELLINGS = {"万": "万元", "％": "%"}
CLASSIFIERS = {"个", "家", "项", "名", "所", "座"}
UNIT_SUBJECTS = {"辆": "车辆"}
MEASURED_SUBJECTS = {"平方米": "面积"}
"""房屋14609.83平方米 is the 房屋's 面积: a figure in a measure is of what the measure measures."""
BOUND_AFTER = re.compile(r"\s*(?:[（(][^（）()]{0,6}[)）])?\s*及?以[上下]")
"""单价100万元（含）以上设备2台: an amount followed by 以上/以下 bounds what is counted, it is no figure."""
QUALIFYING_CLAUSE = re.compile(r".+的")
"""由中小企业供应商中标或成交的，采购金额…: a clause ending in 的 qualifies the noun of the clause after it."""
SCOPE_CLAUSE = re.compile(r"在(?P<scope>.+[中内])")
"""在其他政府采购项目中，由…的，采购金额…: the scope the qualified figure is of."""
BARE_PART = re.compile(r"[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,4}类")
"""其中：货物类42.50万元、工程类0万元: a part named by its kind alone is that kind of the whole before."""
PART_OF = "中"
LAST_YEAR = r"(?:上一?年度?|上一?度|去年|(?:19|20)\d{2}年度?)"
"""上年, 上年度, 上一年度, 去年, 2023年度, and 上一度 (a misprint of 上一年度): the year a change is on."""
CHANGE_VERB = re.compile(
    r"(增加|减少|增长|下降|降低|上升|提高|压减|压缩|降幅为?|增幅为?|减|增)了?$"
    rf"|(?:本年(?:预算)?数?|今年)?(大于|高于|多于|小于|低于|少于){LAST_YEAR}(?:预算|执行|决算)?数?$"
)
"""比上年增加, 本年数小于上年预算数: a change on last year, said before its amount."""
EITHER_WAY = re.compile(r"(?:增加|增长|上升|提高)[（(](?:减少|下降|降低)[)）]了?$")
"""比上年预算增加（减少）0万元: the form's two-way wording left as printed; with 0 it says level."""
INCREASE = ("增加", "增长", "上升", "提高", "增")
COMPARISON = re.compile(
    rf"(?:(?:比|较|与){LAST_YEAR}?|(?:同|和){LAST_YEAR})(当年)?(预算执行数|预算数?|执行数|决算数?|相比|比较)?$|同比$"
)
"""比上年, 较上年度, 与2023年度相比, 同比: what a change is measured against, said before it."""
TALLY = re.compile(r"累计|共计|合计|总计|共")
TALLY_AFTER = re.compile(rf"(?:{TALLY.pattern})$")
"""团组3个、累计15人次: a word that only tallies names no item; the figure is of the one listed before."""
FILLER = re.compile(
    rf"^((?:与|比|较|同){LAST_YEAR}(?:相比|比较)?|同比|其中|主要包括|包括|主要用于|用于|共计|合计|共有|实有|涉及|另有|分别是|列明|占(?!有)|主要原因是|原因是|本单位|本部门|我部门|我单位|\d{{4}}年度?)+"
)
KEMU_ITEM = re.compile(r"(?:([^（）()“”\d.．、，,：:]+)[（(]款[)）])?([^（）()“”\d.．、，,：:]+)[（(]项[)）]")
"""…（类）宣传事务（款）一般行政管理事务（项）: a 项 and the 款 it is under."""
COLUMN_SUBJECT = re.compile(
    r"(完成)?((?:19|20)\d{2}年度?)?(当年)?(年初预算|调整预算|支出决算|决算|预算数|决算数|预算执行数|执行数|全年预算|预算安排|预算)(数)?"
)
LEADING_YEAR = re.compile(r"^((?:19|20)\d{2}年度?)")
UNCHANGED = re.compile(
    rf"(?P<subject>[^，,；;。\d%]*?)(?P<compared>(?:与|比|较|同|和){LAST_YEAR}"
    r"[^，,；;。\d]{0,10}?(?:基本)?(?:持平|一致|相同|相等|无变化|没有变化))"
)
"""与2024年预算持平, 与上年预算数一致, 与上年预算数相等: level with last year (or a year named), not with its
own budget."""
CHANGE_FIRST = re.compile(r"^(增加|新增|减少|压减|调增|调减|削减)(?=\S)")
CLAUSE_BREAK = re.compile(r"[，,、：:；;]")
UNIT_BEFORE_YEAR = re.compile(rf"^[\u4e00-\u9fff]{{1,24}}[{UNIT_ENDINGS}](?=(?:19|20)\d{{2}}年)")
"""省检察院2018年度…: a unit named before the year the sentence is of (its short name, too)."""
JOINED_WORDS = (("收入、支出", "收入支出"), ("收、支", "收支"))
"""收、支预算总计各增加…: income and spending named together, one subject, as every 收支总表 pairs them."""
ASIDE = re.compile(r"[（(][^（）()]*[，,、；;][^（）()]*[)）]")
"""A bracketed aside that holds a clause break (（上一年度，下同）); one without (（项）, （境）) names."""
PARTS_WORD = "其中"
HOLDER = re.compile(r"^[^\d，,；;：:]{1,10}?(?=共有|现有)")
"""财政局共有车辆0辆, 部门（单位）共有车辆: what holds the figure (the unit, said short) before 共有 is no part
of what is counted."""
CLAUSE_END = re.compile(r"[，,：:；;]")
FOLLOWING_NOUN = re.compile(r"[\u4e00-\u9fff]{1,12}")
NOUN_END = re.compile(r"[和及与等并、的每]")
OTHER_BODY = re.compile(
    rf"^(?:.*(?:包括|包含|还有|以及|及|和|与|即))?(?P<name>(?![本我该各其])[\u4e00-\u9fff]{{3,24}}[{UNIT_ENDINGS}])$"
)
"""还包括江苏省联谊俱乐部8名在职人员: a body named right before a count is whose the counted are."""
HELD_BEFORE = re.compile(r"(下属|所属|直属)$")
"""以及下属5家预算单位: a word before the count that says whose the counted are, kept with its noun."""
"""1个下属差额拨款事业单位和1个派出机构, 30个界别每年…: what a count counts is the noun after its
classifier, up to the next joiner or 每 (每年, 每月 begin what is done, not what is counted)."""


@dataclass
class Narrative:
    """The passages (with the figures they state), the glossary, and the short names the text uses
    for its own unit (省检察院)."""

    passages: list[Passage] = field(default_factory=list)
    terms: list[GlossaryTerm] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Reading:
    """Where the walk through the lines is: the current part and heading, the open paragraph."""

    part: str = ""
    section: str = ""
    lines: list[TextLine] = field(default_factory=list)


def is_heading(text: str) -> bool:
    """第一部分 …, 一、… or （一）… when short and not a sentence, or a short line ending in 情况/说明…."""
    printed = without_spaces(text)
    if PART.match(printed):
        return True
    if len(printed) > MAX_HEADING_LENGTH or "。" in printed or "，" in printed:
        return False
    return NUMBERED.match(printed) is not None or UNNUMBERED_HEADING.search(printed) is not None


def list_number(text: str) -> tuple[str, int] | None:
    """The numbering style and number of a line numbered 1、 or （1）; None for any other line."""
    match = LIST_NUMBER.match(re.sub(r"\s+", "", text))
    if match is None:
        return None
    style = "digits" if match.group("digits") else "bracketed"
    return style, int(match.group(style))


def list_items(texts: list[str]) -> set[int]:
    """The indexes of short numbered lines that are items of a list, not headings (1、办公室 2、组织人事处 …,
    or a lone 1、徐州铁路运输法院 under （三）派出机构): items numbered in sequence one after another, or
    an item with no sibling (2、 after 1、) before the next heading of another kind. A heading's siblings
    stand apart, each over its own text."""
    numbered = {
        index: number
        for index, text in enumerate(texts)
        if is_heading(text) and (number := list_number(text))
    }
    items: set[int] = set()
    for index, (style, value) in numbered.items():
        in_sequence = numbered.get(index - 1) == (style, value - 1) or numbered.get(index + 1) == (
            style,
            value + 1,
        )
        if in_sequence or not has_sibling(texts, numbered, index):
            items.add(index)
    return items


def has_sibling(texts: list[str], numbered: dict[int, tuple[str, int]], index: int) -> bool:
    """Whether the numbered line at `index` has a sibling (the number before or after it, in its style)
    within its section: before a heading of another kind, looking both ways."""
    style, value = numbered[index]
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(texts):
            found = numbered.get(other)
            if found == (style, value + step):
                return True
            if is_heading(texts[other]) and (found is None or found[0] != style):
                break
            other += step
    return False


def glossary_entry(text: str) -> tuple[str, str] | None:
    """Given 一、基本支出：指… or 九、一般公共预算是指…, return (term, definition); None otherwise."""
    match = NUMBERED.match(text.strip())
    if match is None:
        return None
    rest = text.strip()[match.end() :]
    colon = re.search(r"[:：]", rest)
    if colon and colon.start() <= MAX_TERM_LENGTH:
        return rest[: colon.start()].strip(), rest[colon.end() :].strip()
    verbs = [(rest.find(verb), verb) for verb in DEFINITION_VERBS if 0 < rest.find(verb) <= MAX_TERM_LENGTH]
    if not verbs:
        return None
    position, _ = min(verbs)
    return rest[:position].strip(), rest[position:].strip()


def lines_to_narrative(lines: list[TextLine], unit_name: str) -> Narrative:
    """Given the narrative's lines in order, return its passages (with stated figures) and glossary."""
    narrative = Narrative()
    reading = Reading()
    items = list_items([line.text.strip() for line in lines])
    for index, line in enumerate(lines):
        text = line.text.strip()
        if in_glossary(reading) and not PART.match(text) and (entry := glossary_entry(text)):
            close_paragraph(reading, narrative, unit_name)
            narrative.terms.append(make_term(entry, line, len(narrative.terms) + 1))
        elif index in items:
            close_paragraph(reading, narrative, unit_name)
            reading.lines.append(line)
            close_paragraph(reading, narrative, unit_name)
        elif is_heading(text):
            close_paragraph(reading, narrative, unit_name)
            if PART.match(without_spaces(text)):
                reading.part, reading.section = text, ""
            else:
                reading.section = text
        elif CAPTION.fullmatch(text):
            continue
        elif in_glossary(reading) and narrative.terms and not reading.lines:
            term = narrative.terms[-1]
            term.definition = (term.definition + text) if term.definition else text
        else:
            reading.lines.append(line)
            if text[-1] in PARAGRAPH_END:
                close_paragraph(reading, narrative, unit_name)
    close_paragraph(reading, narrative, unit_name)
    narrative.aliases = own_short_names(unit_name, (passage.text for passage in narrative.passages))
    return narrative


def in_glossary(reading: Reading) -> bool:
    """Under a 名词解释 heading, until the next heading."""
    return GLOSSARY in reading.section or (not reading.section and GLOSSARY in reading.part)


def make_term(entry: tuple[str, str], line: TextLine, position: int) -> GlossaryTerm:
    term, definition = entry
    return GlossaryTerm(position=position, term=term, definition=definition, line=line.line, page=line.page)


def close_paragraph(reading: Reading, narrative: Narrative, unit_name: str) -> None:
    """Turn the open paragraph into a Passage with the figures it states."""
    if not reading.lines:
        return
    first = reading.lines[0]
    text = "".join(line.text.strip() for line in reading.lines)
    passage = Passage(
        position=len(narrative.passages) + 1,
        part=reading.part,
        section=reading.section,
        text=text,
        line=first.line,
        page=first.page,
    )
    passage.figures = text_to_stated_figures(text, unit_name)
    narrative.passages.append(passage)
    reading.lines = []


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Given a paragraph, return (start, sentence) pairs, cut after 。；;！？."""
    sentences: list[tuple[int, str]] = []
    start = 0
    for index, char in enumerate(text):
        if char in SENTENCE_END:
            sentences.append((start, text[start : index + 1]))
            start = index + 1
    if start < len(text):
        sentences.append((start, text[start:]))
    return sentences


def text_to_stated_figures(text: str, unit_name: str) -> list[StatedFigure]:
    """Every amount, percentage, count and change a paragraph states, with its sentence and subject; a
    figure named only by its column (年初预算为…) is of the 科目 the paragraph opened with (…行政运行（项）)."""
    figures: list[StatedFigure] = []
    said: list[StatedFigure] = []
    item = ""
    for _, sentence in split_sentences(text):
        in_sentence: list[StatedFigure] = []
        previous_end = 0
        for match in STATED.finditer(sentence):
            if bounds_next(sentence, match.end()):
                continue  # 单价100万元（含）以上: the bound is part of the next figure's subject
            earlier = in_sentence or said[-1:]
            figure = match_to_figure(match, sentence, previous_end, earlier, unit_name)
            if COLUMN_SUBJECT.fullmatch(figure.subject):
                figure.subject = (sentence_item(in_sentence) or item) + figure.subject
            if figure.subject:
                figure.subject = qualifiers(sentence, previous_end, match.start()) + figure.subject
            if figure.kind == "amount" and BARE_PART.fullmatch(figure.subject):
                whole = whole_listed(sentence, match.start(), in_sentence, said[-1:])
                figure.subject = whole.subject + PART_OF + figure.subject if whole else figure.subject
            in_sentence.append(figure)
            previous_end = match.end()
        figures += in_sentence + unchanged_figures(
            sentence, in_sentence or said[-1:] or figures[-1:], unit_name
        )
        named = KEMU_ITEM.findall(sentence)
        item = kemu_item(*named[-1]) if named else item
        said += [figure for figure in in_sentence if figure.kind in ("amount", "count") and figure.subject]
    return figures


def bounds_next(sentence: str, end: int) -> bool:
    """An amount followed by 以上/以下 and, in the same clause, the figure it bounds (单价100万元（含）以上
    设备2台); 增加10万元以上 with no figure after it is a figure of its own."""
    bound = BOUND_AFTER.match(sentence, end)
    if bound is None:
        return False
    clause = CLAUSE_END.split(sentence[bound.end() :], maxsplit=1)[0]
    return STATED.search(clause) is not None


def qualifiers(sentence: str, start: int, end: int) -> str:
    """在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额…: the clauses ending in
    的 right before a figure's clause qualify its noun, and a 在…中 clause before them says their scope;
    together they say which 采购金额 this is. '' when no 的 clause comes right before."""
    clauses = CLAUSE_BREAK.split(without_spaces(ASIDE.sub("", sentence[start:end])))[:-1]
    said: list[str] = []
    while clauses and QUALIFYING_CLAUSE.fullmatch(clauses[-1]):
        said.insert(0, clauses.pop())
    scope = SCOPE_CLAUSE.fullmatch(clauses[-1]) if said and clauses else None
    return (scope.group("scope") if scope else "") + "".join(said)


def whole_listed(
    sentence: str, start: int, in_sentence: list[StatedFigure], before: list[StatedFigure]
) -> StatedFigure | None:
    """The whole a part listed after 其中 is of: the last amount stated before 其中 in the sentence, or in
    the sentence before when 其中 opens this one; None when no 其中 comes before the part."""
    at = sentence.rfind(PARTS_WORD, 0, start)
    if at < 0:
        return None
    stated = [figure for figure in in_sentence if 0 <= sentence.find(figure.raw) < at] or before
    amounts = [figure for figure in stated if figure.kind == "amount" and figure.subject]
    return amounts[-1] if amounts else None


def unchanged_figures(sentence: str, earlier: list[StatedFigure], unit_name: str) -> list[StatedFigure]:
    """与2024年预算持平, 与上一年度持平: a change of 0 on last year, of the item its clause names, else of
    the figure stated before it (346.30万元，与2024年预算持平), in that figure's unit; a 决算 level with its
    own 预算数 (决算数与预算数持平) is no change on last year."""
    found = []
    for match in UNCHANGED.finditer(sentence):
        before = [figure for figure in earlier if sentence.find(figure.raw) < match.start()] or earlier[-1:]
        amounts = [figure for figure in before if figure.kind in ("amount", "count")]
        after_figure = match.start() > 0 and sentence[match.start() - 1].isdigit()  # 5.00万元与上年相同
        said = (
            "" if after_figure else clean_subject(CLAUSE_BREAK.split(match.group("subject"))[-1], unit_name)
        )
        units = [figure.unit for figure in (*amounts, *earlier) if figure.kind != "percent"]
        if not units or not (said or amounts):
            continue
        subject = said or item_without_column(amounts[-1].subject) or amounts[-1].subject
        raw = match.group(0)[match.start("compared") - match.start() :]
        found.append(
            StatedFigure(
                subject=subject,
                kind="change",
                direction=UNCHANGED_DIRECTION,
                value=Decimal(0),
                unit=units[0],
                raw=raw,
                sentence=sentence.strip(),
            )
        )
    return found


def kemu_item(kuan: str, xiang: str) -> str:
    """The 项 a paragraph opens with, said with its 款 where the 项's name does not already say it (宣传事务
    一般行政管理事务, as every 款 has a 一般行政管理事务; 事业单位医疗 or 行政单位医疗 of 行政事业单位医疗
    alone, each a narrower name of its 款)."""
    kuan, xiang = kuan.strip(), xiang.strip()
    characters = iter(kuan)
    narrower = all(character in characters for character in xiang)  # 行政单位医疗 of 行政事业单位医疗
    return xiang if not kuan or kuan in xiang or narrower else kuan + xiang


def sentence_item(in_sentence: list[StatedFigure]) -> str:
    """The item of the nearest figure before that is one of an item's columns (一般公共预算财政拨款支出年初
    预算为… → 一般公共预算财政拨款支出); '' when none is."""
    return next(
        (item for figure in reversed(in_sentence) if (item := item_without_column(figure.subject))), ""
    )


def item_without_column(subject: str) -> str:
    """事业单位医疗2023年当年预算执行数 → 事业单位医疗: the item a column figure is of; '' when none is named."""
    for match in COLUMN_SUBJECT.finditer(subject):
        if match.end() == len(subject) and match.start() > 0:
            return subject[: match.start()]
    return ""


def match_to_figure(
    match: re.Match[str], sentence: str, previous_end: int, earlier: list[StatedFigure], unit_name: str
) -> StatedFigure:
    """One number with its unit → a StatedFigure; a change or share with no subject of its own
    takes the sentence's (比上年减少… is about the sentence's first figure, 占…% about the one before),
    or, opening a sentence (与上年相比增加…), the figure the sentence before stated."""
    unit = UNIT_SPELLINGS.get(match.group("unit"), match.group("unit"))
    before = clause_before(sentence, previous_end, match.start())
    level = EITHER_WAY.search(before) if figure_value(match.group("number")) == 0 else None
    verb = CHANGE_VERB.search(before) or level
    if verb:
        kind = "change"
    elif unit == "%":
        kind = "percent"
    elif unit in MONEY_UNITS:
        kind = "amount"
    else:
        kind = "count"
    subject = clean_subject(before[: verb.start()] if verb else before, unit_name)
    year = LEADING_YEAR.match(before.strip())
    if year and COLUMN_SUBJECT.fullmatch(subject):
        subject = year.group(1) + subject
    following = FOLLOWING_NOUN.match(sentence[match.end() :]) if unit in CLASSIFIERS else None
    if following:
        subject = NOUN_END.split(following.group(0), maxsplit=1)[0] or subject
        held = HELD_BEFORE.search(before)
        if held and not subject.startswith(held.group(1)):
            subject = held.group(1) + subject
        body = OTHER_BODY.search(before)
        if body and in_order_positions(body.group("name"), unit_name) is None:  # 省政协办公厅 is its own
            subject = body.group("name") + subject
    change_first = CHANGE_FIRST.match(subject) if kind == "amount" else None
    if change_first:
        kind, subject = "change", subject[change_first.end() :]
    if kind == "percent" and before.lstrip().startswith("占") and earlier:
        subject = earlier[-1].subject
    if not subject and kind == "change":
        subject = changed_before(sentence, previous_end, match.start(), unit_name)
    if not subject and earlier and kind in ("change", "percent"):
        part = part_changed(sentence, match.start(), earlier) if kind == "change" else None
        first = part.subject if part is not None else earlier[0].subject
        first = earlier[-1].subject if kind == earlier[-1].kind == "change" else first
        subject = item_without_column(first) or first if kind == "change" else earlier[-1].subject
    measured = MEASURED_SUBJECTS.get(unit, "")
    if subject and measured and measured not in subject:
        subject += measured
    said = COMPARISON.sub("", before[: verb.start()] if verb else before).strip()
    tallied = (
        kind == "count" and TALLY.fullmatch(said) is not None
    )  # 团组2个、累计12人次 (合计10万元 is a total)
    subject = (
        ("" if tallied else subject)
        or UNIT_SUBJECTS.get(unit, "")
        or ("" if tallied else said)
        or listed_subject(sentence, match.start(), unit_name)
        or tallied_subject(kind, earlier)
    )
    return StatedFigure(
        subject=subject,
        kind=kind,
        direction=UNCHANGED_DIRECTION
        if level is not None
        else change_direction(
            (verb.group(1) or verb.group(2)) if verb else change_first.group(1) if change_first else ""
        ),
        value=figure_value(match.group("number")),
        unit=unit,
        raw=match.group(0),
        sentence=sentence.strip(),
    )


def changed_before(sentence: str, start: int, end: int, unit_name: str) -> str:
    """项目支出增加，较上一度增加1133.95万元: a change naming no item right after a clause that names an
    item and says it changed, with no figure of its own, is that item's; '' when no such clause comes
    right before."""
    clauses = CLAUSE_BREAK.split(without_spaces(ASIDE.sub("", sentence[start:end])))
    said = CHANGE_VERB.search(clauses[-2]) if len(clauses) >= 2 else None
    return clean_subject(clauses[-2][: said.start()], unit_name) if said else ""


def part_changed(sentence: str, start: int, earlier: list[StatedFigure]) -> StatedFigure | None:
    """收入预算…，其中：财政拨款收入950.12万元，比上年增加0.46万元: a change right after the one part
    listed under 其中 is that part's; after several parts (其中：本年收入…，上年结转…，比上年减少…) it
    is the whole's; a change right after another (增加…万元，增长22%) is of the same item."""
    at = sentence.rfind(PARTS_WORD, 0, start)
    if at < 0 or len(STATED.findall(sentence[at:start])) != 1:
        return None
    return earlier[-1]


def change_direction(verb: str) -> str:
    """增加 for 增加/增长/新增/调增/大于 …, 减少 for 减少/下降/压减/小于 …, '' for no verb."""
    if not verb:
        return ""
    return "增加" if verb.startswith(INCREASE) or verb in ("新增", "调增", "大于", "高于", "多于") else "减少"


def tallied_subject(kind: str, earlier: list[StatedFigure]) -> str:
    """累计接待15批次，共计120人次: a count said only with a tally word is of the count stated right
    before it, counted in another measure; '' when no count comes before."""
    return earlier[-1].subject if kind == "count" and earlier and earlier[-1].kind == "count" else ""


def listed_subject(sentence: str, end: int, unit_name: str) -> str:
    """The subject of a figure listed after another (公务接待2批次、26人次): the words of the whole clause
    before it, without their numbers."""
    head = sentence[:end]
    breaks = list(CLAUSE_END.finditer(head))
    clause = head[breaks[-1].end() :] if breaks else head
    words = without_spaces(re.sub(r"[\d.,，、]+", "", STATED.sub("", clause)))
    return clean_subject(TALLY_AFTER.sub("", words), unit_name)


def clause_before(sentence: str, start: int, end: int) -> str:
    """The words between the previous comma (or colon, 、, or figure) and the number, without the space
    a PDF prints before it; an aside in brackets (比2022年（上一年度，下同）预算) is no part of them, and
    收、支 (收入、支出) is one word, not a list."""
    head = without_spaces(ASIDE.sub("", sentence[start:end]))
    for listed, word in JOINED_WORDS:
        head = head.replace(listed, word)
    breaks = list(CLAUSE_BREAK.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


LEADING_ASIDES = re.compile(
    r"^(?:\s*[(（](?:[一二三四五六七八九十\d]+|[^()（）]*(?:填写|填列|填报)[^()（）]*)[)）])+(?=\s*\S)"
)
"""(按“公开06表”…填写)(二)公用经费: a template's note and an ordinal in brackets name no part of the item."""
UNCLOSED_OPENING = re.compile(r"^[（(](?=[^）)]*$)")
"""车辆7辆（一般公务用车3辆: the bracket opened before a part's name, closed after its figure, is no part of it."""


def clean_subject(clause: str, unit_name: str) -> str:
    """Given 2024年度汾阳市…局预算收入总计, return 预算收入总计: without filler, unit, year, comparison."""
    subject = LEADING_ASIDES.sub("", clause.strip())
    subject = COMPARISON.sub("", subject)
    if unit_name:
        subject = subject.replace(unit_name, "")
    subject = UNIT_BEFORE_YEAR.sub("", subject)
    subject = HOLDER.sub("", subject)
    subject = LEADING_ASIDES.sub("", FILLER.sub("", UNCLOSED_OPENING.sub("", subject)))
    subject = re.sub(r"(为|是|达到?|约|的|了|共计|共|各)+$", "", subject.strip())
    return subject.strip()

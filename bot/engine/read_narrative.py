"""Which narrative records of one document answer: a 名词解释 term, a stated count, a change on last
year, a share (stated, or the two amounts to compute it from), or plain sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from bot.engine.cells import LAST_YEAR, NAMED_YEAR, cell_under, main_cell, same_year, summed_parts
from bot.engine.concepts import CONCEPTS
from bot.engine.entries import (
    DocumentIndex,
    IndicatorEntry,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TermEntry,
    figure_of_sentence,
)
from bot.engine.lexicon import (
    AMOUNT_NOUN_ENDINGS,
    FIGURE_WORDS,
    FINAL_KIND,
    ITEM_JOINER_WORDS,
    ITEMLESS_WORDS,
    MONEY_NAMES,
    PLAN_TERMS,
    RESIDUAL_WORD,
    SCORE_ASKED,
    SCORE_KIND,
    SCORE_UNIT,
    SUM_WORDS,
    TOTAL_WORDS,
    WHETHER_ANY_WORDS,
    WHOLE_WORDS,
    WITHIN_WORDS,
)
from bot.engine.question import (
    MOST_OF,
    RANKING_WORDS,
    SHARE_BOUND,
    TABLE_PATTERN,
    base_segmenter,
    segment,
    subject_of,
    subject_variants,
)
from bot.engine.read_amounts import (
    column_named,
    column_total_figure,
    funded_parts,
    main_figure,
    topic_rows,
    whole_before_its_parts,
    year_figure,
)
from bot.engine.read_classes import class_figures, names_a_class
from bot.engine.read_concepts import concept_called, concept_holding, concept_table, read_concept
from bot.engine.read_lists import (
    PROJECT_SPENDING,
    in_yuan,
    names_only_projects,
    projects_named,
    read_indicator,
)
from bot.engine.read_stated_share import stated_pair, stated_side
from bot.engine.read_unit_rows import read_unit_row
from bot.engine.reading import DocumentReading, ReadingKind, TableFigure
from bot.engine.replies import percent, plain_label
from bot.engine.scoring import (
    ColumnTotal,
    Match,
    Query,
    Scorer,
    amount_matches,
    another_bound,
    changes_hands,
    held_by_other_body,
    other_holding,
    sort_matches,
    stated_score,
    table_rank,
)
from bot.engine.similarity import DIRECTION_WORDS, MatchKey, match_key, opposite_direction, similarity
from bot.engine.spoken import spoken_variants
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import TableKind
from knowledge.text import COUNT_UNITS, HAN, AsOf, as_of_dates, compact, strip_ordinal

COMPLETION_WORDS = ("完成", "执行")
"""What a percentage of carrying out a budget is said with (完成年初预算的95.45%, 执行率)."""
CLOSE_TERM = 90.0
SAME_COUNT_MARGIN = 15.0
SAME_THING_SCORE = 85.0
SENTENCE_MARGIN = 5.0
LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])")
"""1.清风苑杂志社, （2）…: a sentence that begins as an item of a numbered list."""
YEAR_OF_WHOLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:当年|本年)(?=支出|收入)")
"""一般公共预算当年支出 is 一般公共预算支出: the year of the whole is the document's own."""
WHOLE_BEFORE_SHARE = re.compile(r"^(?P<part>.+?)在(?P<whole>[^\s]{2,}?)(?:里面|里头|里|当中|之中|中)$")
"""出国费在三公经费里占几成: the whole is said before 占, after 在."""
WHOLE_FIRST = re.compile(rf"^\s*(?P<whole>[^\s]{{2,}}?)(?:{'|'.join(WITHIN_WORDS)})的?(?P<part>.+)$")
"""三公经费里公车费用占多大比例: the whole is said first, then the part inside it."""
LIST_OPENERS = ("：", ":")
LIST_SENTENCES = 40  # at most this much of a list is quoted
MIN_HEADING_SUBJECT = 3  # a heading names a subject of at least this many characters
MIN_HEADING_WORDS = 2  # 职能 of 一、主要职能: a heading's own words, said whole in the question
SAME_TABLE_MARGIN = 10.0  # a part in its whole's table wins over a slightly closer name elsewhere…
EXACT_NAME = 99.5  # …but not over the very name asked (一般公共预算支出, not 一般公共服务支出)
SHARE_TOLERANCE = Decimal("0.01")
SAME_ITEM_SCORE = 50.0
ASKS_WHETHER_ANY = re.compile(rf"{'|'.join(WHETHER_ANY_WORDS)}|有.{{1,20}}[吗么嘛]$")
"""有没有出国团组, 有项目实行绩效目标管理吗: whether there are any, answered by how many the text states."""
COUNTED_IN = (*COUNT_UNITS, "台（套）", "台(套)", "人次", "批次")
SAYS_NONE = re.compile(r"无|没有|未(?:安排|发生|涉及|开展)|不涉及")
"""本单位无政府购买服务: a sentence that says there is none answers whether there is any, with no count."""
"""A sentence's amount equal to the part's is of the part when their names are at least this alike
(公务用车购置及运行费 and 公务用车运行维护费; not 财政拨款预算支出 and 一般公共预算支出)."""
SHARE_WORDS = (
    "的比例",
    "的比重",
    "的占比",
    "的份额",
    "比例",
    "比重",
    "占比",
    "百分比",
    "份额",
    "百分之几",
    "百分之多少",
    "多少",
    "几成",
    "是",
    "为",
)
SPENDING_TOTAL = "支出总计"
GRAND_TOTAL_WORD = "总"
"""占支出总计的比例, 占总支出: the grand total said, so read as said, carried money and all."""
DEFAULT_DENOMINATORS = {"收入": "收入总计", "支出": SPENDING_TOTAL}
WHOLE_OF_PART = {"人员经费": "基本支出", "公用经费": "基本支出"}
"""The whole a budget's standard part makes up (基本支出 is 人员经费 and 公用经费): a share asked of a part
only the narrative states, naming no whole, is of the whole it states beside it."""
TOTALITY_WORDS = (*TOTAL_WORDS, "总数", "总量", "全部", "所有", "整体", "总的", "总", "的", "决算", "预算")
"""Words that only say a side is meant whole (支出总额, 全部收入, 决算支出): the lexicon's TOTAL_WORDS and a few
more."""
STATED_SHARES_TRIED = 5
WHOLE_TOTALS = ("总支出", "总收入", "支出总计", "收入总计", "支出合计", "收入合计")
"""A share of these is what the narrative's 占…% means when it names no whole."""
FIGURE_SENTENCES = 3
GENERIC_WORDS = re.compile(
    "预算|决算|支出|收入|资金|经费|费用|金额|合计|总计|本年|年度|安排|[^\u4e00-\u9fff]"
)
"""Words every item's name may hold: sharing only these, a sentence does not mention the item."""
MIN_OWN_WORD = 2
WHICH = "哪"
ITEMLESS_MARGIN = 10.0


def read_define(query: Query, document: DocumentIndex, matches: list[Match]) -> DocumentReading:
    term = matches[0].item
    assert isinstance(term, TermEntry)
    said = query.question.glossary_term or ""
    for name in query.selection.named:  # the unit and year it is asked of
        said = said.replace(name, "")
    asked = compact(said) or query.subject  # 零基预算, not the 零基 left of it
    exact = compact(asked) == term.key.text or (
        matches[0].score >= CLOSE_TERM and not only_generic_alike(match_key(asked), term.key)
    )
    return DocumentReading(ReadingKind.DEFINE, document, term=term, name=asked, exact=exact)


def only_generic_alike(asked: MatchKey, term: MatchKey) -> bool:
    """其他支出 and 其他资金: names alike only once their generic words are dropped, neither saying the
    other, are two terms (基本支出 and 基本支出预算 are one)."""
    return asked.core == term.core and asked.text not in term.text and term.text not in asked.text


def read_count(query: Query, matches: list[Match]) -> DocumentReading:
    """A count; every place of the document that states it (they may disagree) is kept."""
    best = matches[0]
    document = best.document
    if isinstance(best.item, IndicatorEntry):
        return read_indicator(document, best.item)
    assert isinstance(best.item, StatedEntry)
    per_passage: dict[tuple[str, int | None], StatedEntry] = {}
    for match in matches:
        if (
            isinstance(match.item, StatedEntry)
            and match.document is document
            and match.score >= max(best.score - SAME_COUNT_MARGIN, query.settings.min_score)
            and same_thing(match.item, best.item)
        ):
            per_passage.setdefault((match.item.section, match.item.passage), match.item)
    asked = query.question.as_of
    dated = [figure for figure in per_passage.values() if asked and stated_at(document, figure, asked)]
    if dated:  # 截至2023年底: the count stated at that date, not the one planned beside it (购置车辆)
        return DocumentReading(
            ReadingKind.COUNT, document, stated=tuple(dated), unit=count_unit(query, best.item)
        )
    return DocumentReading(
        ReadingKind.COUNT, document, stated=tuple(per_passage.values()), unit=count_unit(query, best.item)
    )


def stated_at(document: DocumentIndex, figure: StatedEntry, asked: AsOf) -> bool:
    """The figure's paragraph states its figures at the date asked (截至2023年12月31日 for 截至2023年底,
    said once at the paragraph's start)."""
    sentences = {
        other.sentence
        for other in document.stated
        if (other.section, other.passage) == (figure.section, figure.passage)
    }
    return any(
        date.year == asked.year and asked.month in (None, date.month)
        for sentence in sentences
        for date in as_of_dates(sentence)
    )


LISTED = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?:具体)?(?:包括|包含|有)[:：](?P<names>[^。；;:：]+)")
"""本部门下属单位包括：东郊国宾馆、西康宾馆。 what is listed, and the names that list it."""
NAME_SEPARATORS = re.compile("[、，,]")
MIN_LISTED = 2
MAX_LISTED_NAME = 30
LISTED_COUNT_SCORE = 90.0
COUNTED_FROM_LIST = "（按文件列出的名称数）"


def listed_counts(query: Query) -> list[Match]:
    """有几个下属单位 where no count is stated but a sentence lists them (下属单位包括：东郊国宾馆、西康宾馆):
    the number of names listed, as a count of that sentence, saying it was counted; one per document, and
    only where the words before the list name what is asked."""
    noun = query.question.count_noun
    asked = compact(query.subject)
    if noun is None or len(asked) < MIN_LISTED:
        return []
    found = []
    for document in query.documents:
        for sentence in document.sentences:
            listed = LISTED.search(sentence.text)
            if listed is None or not compact(listed.group("what")).endswith(asked):
                continue
            names = [name.strip() for name in NAME_SEPARATORS.split(listed.group("names")) if name.strip()]
            if len(names) < MIN_LISTED or any(not countable_name(name) for name in names):
                continue
            subject = f"{query.subject}{COUNTED_FROM_LIST}"
            count = Decimal(len(names))
            key = match_key(query.subject)
            figure = figure_of_sentence(sentence, subject, "count", count, noun.unit, sentence.text, key)
            found.append(Match(LISTED_COUNT_SCORE, figure, document))
            break
    return found


def countable_name(name: str) -> bool:
    """A name of the list that is one name: no figure, not cut short (…等), not two joined (…费和…费)."""
    return (
        len(name) <= MAX_LISTED_NAME
        and not any(character.isdigit() for character in name)
        and not name.endswith("等")
        and not any(word in name for word in ITEM_JOINER_WORDS)
    )


def count_unit(query: Query, figure: StatedEntry) -> str:
    """The unit a count is said in: as printed, or the counted noun's own when printed otherwise."""
    noun = query.question.count_noun
    return figure.unit if noun is None or figure.unit in noun.printed_units else noun.unit


def same_thing(figure: StatedEntry, other: StatedEntry) -> bool:
    """Two stated counts are of one thing (车辆 and 小型车辆), so that when they differ the document
    disagrees with itself; counts of two things (预算单位, 事业单位), or of what is held and what is bought
    (共有车辆, 购置车辆), are not set against each other."""
    if changes_hands(figure.subject) != changes_hands(other.subject):
        return False
    return max(similarity(figure.key, other.key), similarity(other.key, figure.key)) >= SAME_THING_SCORE


def read_fact(query: Query, document: DocumentIndex, matches: list[Match]) -> DocumentReading:
    """The sentences that fit best; when the question asks for a figure, the figure they state for the
    item, from the clause that names it (a sentence that states none is only mentioned)."""
    sentences = tuple(
        m.item
        for m in matches[:2]
        if isinstance(m.item, SentenceEntry) and m.score >= matches[0].score - SENTENCE_MARGIN
    )
    wanted, units = wanted_figures(query)
    listing = query.question.has("list")
    section = read_section(query, document) if listing or not wanted else None
    if section is not None and (
        listing or (sentences and section.sentences[0].section == sentences[0].section)
    ):
        return section  # 国有资产占有情况: the heading's sentences in order, not the two that score best
    if not wanted:
        listed = tuple(dict.fromkeys(s for sentence in sentences for s in with_its_list(document, sentence)))
        return DocumentReading(ReadingKind.FACT, document, sentences=listed)
    asked_cores = [key.core for key in query.scorer.keys]
    candidates = [
        figure
        for match in matches[:FIGURE_SENTENCES]
        if isinstance(match.item, SentenceEntry)
        for figure in document.stated_by_sentence.get(match.item.text, [])
        if figure.kind in wanted
        and figure.unit in units
        and not opposite_direction(query.subject, figure.subject)
        and not (
            query.question.bound
            and another_bound(f"{figure.subject} {figure.clause}", query.question.bound.amount)
        )
        and not (query.question.count_noun and other_holding(figure, query.question))
        and not held_by_other_body(figure.subject, asked_cores, document.head.unit, query.question.text)
    ]
    scored = [(stated_score(query.scorer, figure), figure) for figure in candidates]
    best = max(scored, key=lambda pair: pair[0], default=None)
    if best is not None and wanted == (SCORE_KIND,) and len(candidates) == 1:
        return DocumentReading(ReadingKind.STATED, document, stated=(best[1],))  # the one score it states
    saying_none = tuple(sentence for sentence in sentences if SAYS_NONE.search(sentence.text))
    if (best is None or best[0] < query.settings.min_score) and units == COUNTED_IN and saying_none:
        return DocumentReading(ReadingKind.FACT, document, sentences=saying_none)  # 本单位无政府购买服务
    if best is None or best[0] < query.settings.min_score:
        said = mentioning(query.subject, sentences, document)
        return DocumentReading(ReadingKind.MENTIONED, document, sentences=said)
    return DocumentReading(ReadingKind.STATED, document, stated=(best[1],))


def mentions(subject: str, said: str) -> bool:
    """The text holds a word of the subject that names it, not only words every item has (国有资本经营
    预算支出 is not mentioned by 公务用车购置及运行费预算支出, which shares only 预算支出)."""
    own = [word for word in segment(compact(subject)) if len(GENERIC_WORDS.sub("", word)) >= MIN_OWN_WORD]
    return not own or any(word in said for word in own)


def mentioning(
    subject: str, sentences: Sequence[SentenceEntry], document: DocumentIndex
) -> tuple[SentenceEntry, ...]:
    """Where the document mentions an item it states no figure of: the opening of the section whose heading
    names it whole (国有资产 of 国有资产占有使用情况说明) where the best sentence does not, else that sentence
    when it names the item."""
    top = sentences[0] if sentences else None
    if top is None:
        return ()
    whole = compact(subject)
    if whole in compact(top.section) and whole not in top.key.text:  # not 其他固定资产 for 国有资产
        section = [sentence for sentence in document.sentences if sentence.section == top.section]
        return tuple(section[:SECTION_OPENING])
    return (top,) if mentions(subject, top.key.text) else ()


SECTION_OPENING = 2
"""Sentences quoted of a section whose heading alone names the item asked."""


def read_section(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """下属事业单位有哪些: the sentences under a heading that names the subject, as asked or spelled out
    ((二)下属事业单位, then 1.清风苑杂志社, 2.…), as many as LIST_SENTENCES; None when no heading names it."""
    named = [said for variant in query.variants if len(said := compact(variant)) >= MIN_HEADING_SUBJECT]
    headings = dict.fromkeys(s.section for s in document.sentences)  # each heading read once, in order
    section = next(
        (
            heading
            for heading in headings
            if any(said in compact(heading) for said in named) or heading_said(heading, query.question.text)
        ),
        None,
    )
    if section is None:
        return None
    sentences = [s for s in document.sentences if s.section == section][:LIST_SENTENCES]
    return DocumentReading(ReadingKind.FACT, document, sentences=tuple(sentences))


def heading_said(heading: str, question: str) -> bool:
    """一、主要职能 of 职能有哪些: the heading's words, read as a question's subject is (主要 dropped), are
    said in the question; a heading of a word every item has (2、支出情况) names none."""
    words = subject_of(strip_ordinal(heading), [])
    own = GENERIC_WORDS.sub("", words)
    return len(words) >= MIN_HEADING_WORDS and len(own) >= MIN_OWN_WORD and words in compact(question)


def read_term_included(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """机关运行经费包括哪些 where no table lists its parts: the 名词解释 of that very term, which says what
    it covers (…的公用经费支出, 包括办公及印刷费、邮电费…)."""
    named = compact(query.subject)
    if names_only_projects(named):  # 项目支出有哪些 asks the projects, not the term
        return None
    term = next((term for term in document.terms if term.key.text == named), None)  # “三公”经费 too
    if term is None:
        return None
    return DocumentReading(ReadingKind.DEFINE, document, term=term, name=query.subject, exact=True)


def with_its_list(document: DocumentIndex, sentence: SentenceEntry) -> list[SentenceEntry]:
    """具体包括：ends a sentence that the list after it completes: the sentence and that list (the next
    sentences of its section, as many as LIST_SENTENCES); a sentence followed by such a sentence (…包括：
    本级、下属单位。纳入…的单位包括：) comes with it."""
    at = next(i for i, other in enumerate(document.sentences) if other is sentence)
    if named_item(sentence):  # 1.清风苑杂志社: the names after it in its section come with it
        items = itertools.takewhile(
            lambda other: other.section == sentence.section and named_item(other),
            document.sentences[at + 1 : at + LIST_SENTENCES],
        )
        return [sentence, *items]
    if not sentence.text.rstrip().endswith(LIST_OPENERS):
        following = document.sentences[at + 1 : at + 2]
        opens = [
            s for s in following if s.section == sentence.section and s.text.rstrip().endswith(LIST_OPENERS)
        ]
        return [sentence, *(with_its_list(document, opens[0]) if opens else [])]
    following = []
    for other in document.sentences[at + 1 : at + 1 + LIST_SENTENCES]:
        if other.section != sentence.section:
            break
        following.append(other)
    return [sentence, *listed_rows(document, sentence), *following]


def named_item(sentence: SentenceEntry) -> bool:
    """1.清风苑杂志社: an item of a numbered list of names, which states no figure (3.卫生健康支出467万元
    is an item of its own)."""
    numbered = LIST_ITEM.match(sentence.text)
    return numbered is not None and not any(c.isdigit() for c in sentence.text[numbered.end() :])


def listed_rows(document: DocumentIndex, sentence: SentenceEntry) -> list[SentenceEntry]:
    """纳入…范围的单位包括： followed by a table of names (序号 单位名称 备注) printed under the same heading:
    its rows, each with its note, as the list's lines."""
    table = next(
        (t for t in document.tables if t.title == sentence.section and t.page == sentence.page), None
    )
    if table is None:
        return []
    lines = []
    for row in table.rows[:LIST_SENTENCES]:
        notes = [cell.raw for cell in row.cells if cell.raw and not cell.raw.isdigit()]
        text = f"{row.label}（{'，'.join(notes)}）" if notes else row.label
        lines.append(replace(sentence, text=text, key=row.key))
    return lines


PLAN_TERMS_SAID = re.compile("|".join(PLAN_TERMS))


def wanted_figures(query: Query) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The kinds (and units) of narrative figure that answer: a count, a share, an amount; or none,
    when the question asks for a plain fact. An amount is asked for by a word of figures (多少, 预算)
    or by a subject that names an amount, said bare (财政拨款收入, 会议费)."""
    question = query.question
    if question.has("list") and WHICH in question.text:
        return (), ()  # 包括哪几家单位 asks which, not how many
    if any(word in question.text for word in SCORE_ASKED):
        return (SCORE_KIND,), (SCORE_UNIT,)
    if question.count_noun is not None:
        return ("count",), question.count_noun.printed_units
    if question.has("share"):
        return ("percent",), ("%",)
    asking = PLAN_TERMS_SAID.sub("", question.text)  # 预算绩效管理情况: 预算 of a term asks no figure
    asked = any(word in asking for word in (*FIGURE_WORDS, *TOTAL_WORDS))
    if not asked and ASKS_WHETHER_ANY.search(question.raw):
        return ("count",), COUNTED_IN
    asked = asked or compact(query.subject).endswith(AMOUNT_NOUN_ENDINGS)
    if question.has("list") or question.glossary_term is not None or not asked:
        return (), ()
    return ("amount",), tuple(AMOUNT_UNITS)


def whole_total(whole: str) -> str:
    """支出总额 / 全部支出 / 总的收入: the side's 总计 however it is said; other wholes as said."""
    sides = [side for side in DEFAULT_DENOMINATORS if side in whole]
    rest = whole
    for word in (*sides, *TOTALITY_WORDS):
        rest = rest.replace(word, "")
    return DEFAULT_DENOMINATORS[sides[0]] if len(sides) == 1 and not rest else whole


def table_total_beside(top: TableFigure) -> TableFigure | None:
    """办公费占比 naming no whole: the total of the table the part is read from, in the same column (or,
    for a column's total, the row's main figure), named by its table so the answer says what the share is
    of."""
    table = top.row.table
    total = block_total(top.row)
    if total is None or top.cell is None:
        return None
    if total is top.row:  # a column's total (人员经费 of 基本支出): of the row's main figure (合计)
        main = main_cell(total, [])
        if main is None or main.column == top.cell.column:
            return None
        others = [cell for cell in total.cells if cell is not main and cell.leaf]
        if not any(part is top.cell for _name, part in summed_parts(main, others)):
            return None  # 机关运行经费 printed beside the “三公”经费 合计, which does not hold it
        return TableFigure(total, main, whole_of(top.cell.leaf) or f"{table.title}{main.leaf}")
    cell = cell_under(total, top.cell.column)
    label = plain_label(total.label)  # a project table's total is its unit's row: called 合计
    called = label if any(word in label for word in TOTAL_WORDS) else TOTAL_WORDS[1]
    return TableFigure(total, cell, f"{table.title}{called}") if cell is not None else None


def block_total(row: RowEntry) -> RowEntry | None:
    """The total a row is a part of. Where totals close their blocks (人员经费合计 after the 人员 rows, then
    公用经费合计, and no grand total), the first total after the row; where they head them (合计 first),
    the last total before it; the table's total when there is no such row."""
    table = row.table
    at = table.rows.index(row)
    places = [table.rows.index(total) for total in table.total_rows]
    if not places:
        return table.total_row
    if places[0] == 0:
        heading = [place for place in places if place <= at]
        return table.rows[heading[-1]] if heading else table.total_row
    closing = [place for place in places if place >= at]
    return table.rows[closing[0]] if closing else table.total_row


def share_parts(query: Query) -> tuple[str, str]:
    """项目支出占总支出的比例 → (项目支出, 总支出); a share the question sets against it (达到90%) is neither."""
    text = MOST_OF.sub("", SHARE_BOUND.sub("", query.question.text)).replace("所占", "占")  # 三公经费所占比例
    named = [
        *query.selection.named,
        *(table.group(0) for table in TABLE_PATTERN.finditer(text)),
    ]  # 表7的: where
    if "占" not in text:
        return query.subject, ""
    for name in named:
        text = text.replace(name, " ")
    if "占比" in text:
        left = text.split("占比", 1)[0]
        if said_first := whole_said_first(left):
            return subject_of(said_first[0], named), subject_of(said_first[1], named)
        return subject_of(left, named), ""
    left, right = text.split("占", 1)
    for word in SHARE_WORDS:
        right = right.replace(word, "")
    if inside := WHOLE_BEFORE_SHARE.match(left):
        left, right = inside.group("part"), inside.group("whole")
    elif inside_first := whole_said_first(left):
        left, right = inside_first
    return subject_of(left, named), subject_of(YEAR_OF_WHOLE.sub("", right), named)


def whole_said_first(said: str) -> tuple[str, str] | None:
    """三公经费里公车费用, 一般公共预算财政拨款支出中基本支出 → (part, whole); 中 only where it is a word of
    its own (not 中小企业 of 面向中小企业); None when no whole is said first."""
    if inside := WHOLE_FIRST.match(said):
        return inside.group("part"), inside.group("whole")
    words = segment(said.strip())
    for at, word in enumerate(words):
        whole, part = "".join(words[:at]), "".join(words[at + 1 :])
        if word == WITHIN_WORD and len(whole) >= MIN_WHOLE and len(part) >= MIN_WHOLE:
            return part, whole
    return None


WITHIN_WORD = "中"
MIN_WHOLE = 2


def amounts_ranked(query: Query, document: DocumentIndex, subject: str) -> list[Match]:
    """The document's amounts ranked for `subject` (its spoken names too), wholes before their parts, never
    a row of the other direction."""
    variants = subject_variants(subject)
    variants += spoken_variants(subject, subject, query.question, [document])  # 给退休人员发的钱: 退休费
    score = Scorer(variants, query.selection.item_years)
    ranked = sort_matches(amount_matches(document, score, query.question, []))
    return [
        match
        for match in whole_before_its_parts(replace(query, variants=tuple(variants)), ranked)
        if not (
            isinstance(match.item, RowEntry)
            and opposite_direction(subject, match.item.side + match.item.label)
        )
    ]


MIN_TOPIC_ROWS = 2
"""A topic names several projects; one project named is read as that row."""


def summed_share(
    document: DocumentIndex, parts: tuple[TableFigure, ...], bottom: TableFigure, name: str
) -> DocumentReading:
    """Several figures added up, called `name`, over one whole: a share whose part no one cell prints."""
    return DocumentReading(
        ReadingKind.COMPUTED_SHARE, document, figures=(*parts, bottom), count=len(parts), qualifier=name
    )


def topic_share(
    query: Query,
    document: DocumentIndex,
    part: str,
    top: TableFigure | None,
    bottom: TableFigure | None,
    whole_named: bool,
) -> DocumentReading | None:
    """零工市场占项目支出的比例 where 零工市场 names several projects (as 零工市场花了多少钱 adds them up): their
    sum over the whole, each project an input; None when the part names one row. With no whole named, rows
    of several project tables (本年预算 and 上年结转) are a share of all of them (项目支出)."""
    if top is None or bottom is None or top.row.key.core == match_key(part).core:
        return None  # 行政运行占支出: the row is the part itself, no topic of several
    ranked = [match for match in amounts_ranked(query, document, part) if isinstance(match.item, RowEntry)]
    rows = topic_rows(part, ranked) if ranked else []
    if len(rows) < MIN_TOPIC_ROWS or top.row not in rows or len({row.table.unit for row in rows}) != 1:
        return None
    several = all(row.table.is_projects for row in rows) and len({row.table for row in rows}) > 1
    if not whole_named and several and (spending := project_spending(query, document)) is not None:
        bottom = spending
    return summed_share(document, tuple(main_figure(row, query.columns) for row in rows), bottom, part)


def project_spending(query: Query, document: DocumentIndex) -> TableFigure | None:
    """项目支出: the whole a share of projects naming none is of."""
    return best_amount(query, document, PROJECT_SPENDING)


def best_amount(
    query: Query,
    document: DocumentIndex,
    subject: str,
    within: TableEntry | None = None,
    apart_from: TableEntry | None = None,
) -> TableFigure | None:
    """The table figure that best answers `subject` (a row's main figure, or a column total); a row of
    `within` first, so a part is read from the table its whole is the total of; never a row of the other
    direction (the 收入 row 一般公共预算 for 一般公共预算支出), nor one of `apart_from`."""
    matches = basic_part_last(
        [
            match
            for match in amounts_ranked(query, document, subject)
            if apart_from is None or getattr(match.item, "table", None) is not apart_from
        ]
    )
    same = [
        (m.score, m.item)
        for m in matches
        if isinstance(m.item, (RowEntry, ColumnTotal)) and m.item.table is within
    ]
    exact_elsewhere = (
        bool(matches) and matches[0].score >= EXACT_NAME and bool(same) and same[0][0] < EXACT_NAME
    )
    if (
        same
        and not exact_elsewhere
        and same[0][0] >= query.settings.min_score
        and same[0][0] >= matches[0].score - SAME_TABLE_MARGIN
    ):
        item = same[0][1]
        return column_total_figure(query, item) if isinstance(item, ColumnTotal) else main_figure(item)
    stated_exactly = False
    for match in matches:
        if match.score < query.settings.min_score:
            return None
        if isinstance(match.item, StatedEntry):
            stated_exactly = stated_exactly or match.score >= EXACT_NAME
            continue
        if stated_exactly and resembles_only(match, subject):  # 人员经费 stated; a table has 专职人员活动费
            return None
        if isinstance(match.item, ColumnTotal):
            return column_total_figure(query, match.item)
        if isinstance(match.item, RowEntry):
            row = match.item
            return TableFigure(row, main_cell(row, []), subject if row is row.table.total_row else "")
        if isinstance(match.item, TableEntry) and (total := match.item.total_row) is not None:
            named = column_named(subject, total)  # 机关运行经费 of a 三公 and 机关运行经费 table
            return TableFigure(total, named or main_cell(total, []), subject)
        return None
    return None


def basic_part_last(matches: list[Match]) -> list[Match]:
    """会议费 of a 基本支出 table is only its 基本支出 part: where a table read before it for amounts prints
    the item as well as it fits, that comes first, as the item asked alone reads it."""
    first = getattr(matches[0].item, "table", None) if matches else None
    if not isinstance(first, TableEntry) or first.kind != TableKind.BASIC_ECONOMIC:
        return matches
    basic = table_rank(first)
    whole = [
        match
        for match in matches
        if round(match.score) == round(matches[0].score)
        and isinstance(table := getattr(match.item, "table", None), TableEntry)
        and table_rank(table) < basic
    ]
    return [*whole, *(match for match in matches if match not in whole)]


def resembles_only(match: Match, subject: str) -> bool:
    """A row whose name only resembles the subject (专职人员活动费 for 人员经费): neither holds the other
    whole (上年结转 is 上年结转收入 said short)."""
    if not isinstance(match.item, RowEntry) or match.score >= EXACT_NAME:
        return False
    said, label = compact(subject), compact(match.item.label)
    return said not in label and label not in said


FUNDING_OF_TITLE = re.compile(
    r"^(?:(?:19|20)\d{2}年度?)?(?:部门|单位|预算单位)?(?P<funding>.*?)(?:基本支出|项目支出|支出|收入|收支)"
)
"""一般公共预算财政拨款基本支出决算表 → 一般公共预算财政拨款: the money a table's title says it covers
('' for all funds: 支出决算表)."""


def funding_of(table: TableEntry) -> str:
    found = FUNDING_OF_TITLE.search(compact(table.title))
    return found.group("funding") if found else ""


def whole_of_same_funding(
    query: Query, document: DocumentIndex, whole: str, top: TableFigure, bottom: TableFigure
) -> TableFigure:
    """人员经费占基本支出: a part read from a 财政拨款 table is divided by the whole of that same money (the
    基本支出 of the 财政拨款 支出表), not by the all-funds whole, when a table of that funding holds it."""
    funding = funding_of(top.row.table)
    if top.row.table is bottom.row.table or funding == funding_of(bottom.row.table):
        return bottom
    for table in document.tables:
        if table is top.row.table or table is bottom.row.table or funding_of(table) != funding:
            continue
        found = best_amount(query, document, whole, table)
        if found is not None and found.row.table is table:
            return found
    return bottom


def share_part(
    query: Query, document: DocumentIndex, part: str, bottom: TableFigure | None
) -> TableFigure | None:
    """The part a share is computed of: a concept its table prints beside other items (三公经费占总支出
    where the 合计 also holds 会议费 and 培训费) is its 小计, and no figure when the table prints none;
    anything else, the amount that fits best (in the whole's table when there is one)."""
    concept = concept_called(part)
    reading = read_concept(query, document, concept) if concept is not None else None
    if reading is None and names_a_class(document, part):
        return None  # 办公经费占公用经费: a class of rows, none of which is it alone
    if reading is None:
        return best_amount(query, document, part, bottom.row.table if bottom else None)
    return reading.figures[0] if reading.kind == ReadingKind.CONCEPT else None


def concept_total(query: Query, document: DocumentIndex, whole: str) -> TableFigure | None:
    """A whole that is a concept its table prints beside other items (占三公经费 where the 合计 also holds
    会议费 and 培训费): the concept's 小计, not the table's 合计."""
    concept = concept_called(whole) if whole else None
    reading = read_concept(query, document, concept) if concept is not None else None
    if reading is None or reading.kind != ReadingKind.CONCEPT:
        return None
    return reading.figures[0]


def computed_share(top: TableFigure | None, bottom: TableFigure | None) -> Decimal | None:
    """top ÷ bottom × 100, to the cent, each in 元 (a part in 万元 of a whole in 元); None when either
    is missing or the whole is 0."""
    if top is None or bottom is None or bottom.cell is None or not bottom.cell.value:
        return None
    part = top.cell.value if top.cell and top.cell.value is not None else Decimal(0)
    part *= AMOUNT_UNITS.get(top.row.table.unit, 1)
    whole = bottom.cell.value * AMOUNT_UNITS.get(bottom.row.table.unit, 1)
    return percent(part, whole)


def stated_share(
    query: Query,
    document: DocumentIndex,
    part: str,
    whole: str,
    computed: Decimal | None,
    bottom: TableFigure | None = None,
) -> StatedEntry | None:
    """The narrative's percentage for the part, when it is a share of the same whole.

    It is the same whole when the sentence names it, states the whole's amount the tables give, or when
    the percentage equals the one computed from the tables (支出预算 is the 总支出 the question means).
    """
    whole_amount = in_yuan(bottom) if bottom is not None and bottom.cell is not None else None
    score = Scorer(subject_variants(part), query.selection.item_years)
    stated = sorted(
        (Match(score(f.key), f, document) for f in document.stated if f.kind == "percent"),
        key=lambda m: -m.score,
    )
    if stated and not names_item(part):
        stated = in_stated_order(document, stated)
    whole_forms = [compact(variant) for variant in subject_variants(whole)] if whole else []
    side = next((side for side in DIRECTION_WORDS if side in part), "")  # 上年结转收入 of 上年结转
    for match in stated[:STATED_SHARES_TRIED]:
        figure = match.item
        assert isinstance(figure, StatedEntry)
        if match.score < query.settings.min_score:
            break
        if opposite_direction(part, figure.subject):
            continue  # 一般公共预算收入占100% is no share of the 一般公共预算支出 asked
        if whole and opposite_direction(whole, side_stated(figure)):
            continue  # 收入…上年结转496.40万元，占31.09%: a share of the income, not of the 总支出 asked
        if score.narrower_than(figure.key, document.head.unit_name, side):
            continue  # 基本支出占79.49% is no share of the 基本工资 asked
        if completes_plan(figure.subject) and not completes_plan(query.question.text):
            continue  # 完成预算的13.68% is how far the budget was carried out, no share of a whole
        agrees = computed is not None and abs(figure.value - computed) <= SHARE_TOLERANCE
        names_whole = (
            not whole
            or (whole in WHOLE_TOTALS and not of_money_unsaid(figure, query.question.text))
            or any(form and form in compact(figure.sentence) for form in whole_forms)
        )
        states_whole = whole_amount is not None and any(
            other.kind == "amount" and other.value * AMOUNT_UNITS.get(other.unit, 1) == whole_amount
            for other in document.stated_by_sentence.get(figure.sentence, ())
        )  # 一般公共预算财政拨款支出2940.05万元…占71.73%: the whole by its amount, whatever its name
        if names_whole or agrees or states_whole:
            return figure
    return None


def side_stated(figure: StatedEntry) -> str:
    """收入 or 支出: the side of the budget a stated share is of, as its subject says it; failing that, the
    last side the sentence names before it, or its section's heading (二、收入预算情况说明); '' when none."""
    if said := [word for word in DIRECTION_WORDS if word in figure.subject]:
        return said[0]
    for before in (figure.sentence[: max(figure.sentence.find(figure.raw), 0)], figure.section):
        if any(word in before for word in DIRECTION_WORDS):
            return max(DIRECTION_WORDS, key=before.rfind)
    return ""


def of_money_unsaid(figure: StatedEntry, question: str) -> bool:
    """一般公共预算当年支出…主要用于：社会保障和就业支出880.57万元，占80.03%: a share of the money its
    sentence names (一般公共预算), which neither the part nor the question says, so no share of 总支出."""
    return any(
        name in figure.sentence and name not in figure.subject and name not in question
        for name in MONEY_NAMES
    )


def completes_plan(text: str) -> bool:
    return any(word in text for word in COMPLETION_WORDS)


def share_beside_amount(
    document: DocumentIndex, top: TableFigure | None, computed: Decimal | None, whole: str
) -> StatedEntry | None:
    """The narrative's percentage stated right after the part's own amount, of the whole asked
    (公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%), when it agrees with the share computed from
    the tables: the same share, whatever name the sentence gives the part."""
    if top is None or top.cell is None or top.cell.value is None or computed is None or not whole:
        return None
    amount = top.cell.value * AMOUNT_UNITS.get(top.row.table.unit, 1)
    forms = [compact(form) for form in subject_variants(whole)]
    named = Scorer([plain_label(top.label or top.row.label)], frozenset())
    for sentence, figures in document.stated_by_sentence.items():
        if not any(form and form in compact(sentence) for form in forms):
            continue
        for before, after in zip(figures, figures[1:], strict=False):
            if (
                before.kind == "amount"
                and before.value * AMOUNT_UNITS.get(before.unit, 1) == amount
                and named(before.key) >= SAME_ITEM_SCORE  # 公务用车购置及运行费 of 公务用车运行维护费
                and not opposite_direction(top.row.side + top.row.label, before.subject)
                and after.kind == "percent"
                and abs(after.value - computed) <= SHARE_TOLERANCE
                and sentence.find(before.raw) < sentence.find(after.raw)
            ):
                return after
    return None


def names_item(subject: str) -> bool:
    """年初预算完成 names no item, only a column of every item (the document's own rate is meant)."""
    rest = match_key(subject).core
    for word in ITEMLESS_WORDS:
        rest = rest.replace(word, "")
    return bool(rest)


def in_stated_order(document: DocumentIndex, matches: list[Match]) -> list[Match]:
    """The matches that fit about as well as the best, in the order the narrative states them (a 决算
    states its own rate before each item's), then the rest."""
    order = {id(figure): position for position, figure in enumerate(document.stated)}
    close = [match for match in matches if match.score >= matches[0].score - ITEMLESS_MARGIN]
    return sorted(close, key=lambda match: order[id(match.item)]) + matches[len(close) :]


def on_the_side_of(whole: str, part: str) -> str:
    """财政拨款占收入: the part of an income whole is income (财政拨款收入), never the 支出 of the same
    name. A part naming no side is read as spending otherwise, as budget items are, so it stays as asked."""
    income, spending = DIRECTION_WORDS
    if income not in whole or spending in whole or any(side in part for side in DIRECTION_WORDS):
        return part
    return part + income


WHOLE_STATED = re.compile(r"占(?P<whole>[^，,；;。：:占]{1,24}?)的?(?:比[重例])?(?:为|约)?\s*$")
"""…，占“三公”经费的 before a percentage: the whole the sentence says it is a share of."""


def whole_stated(figure: StatedEntry) -> str:
    """The whole the sentence names right before the percentage ('' when it names none: 占65.1%)."""
    before = figure.sentence[: figure.sentence.find(figure.raw)]
    said = WHOLE_STATED.search(before)
    return said.group("whole") if said else ""


def default_whole(part: str) -> str:
    """The whole a share naming none is of: the concept the part belongs to (公务接待费占比 is its share of
    “三公”经费, as narratives state it), else the side's total (收入占比 of 收入总计); '' for the table's own
    total beside the part."""
    if (concept := concept_holding(part)) is not None:
        return concept.name
    return next((whole for side, whole in DEFAULT_DENOMINATORS.items() if side in part), "")


def whole_of(part: str) -> str:
    """基本支出 of 人员经费 or 公用经费: the whole a budget's standard part makes up, or ''."""
    return next((whole for name, whole in WHOLE_OF_PART.items() if name in part), "")


def whole_of_part(
    query: Query, document: DocumentIndex, of_part: str, top: TableFigure
) -> TableFigure | None:
    """The whole of a share naming none whose table prints no total beside the part: the 基本支出 a
    人员经费 makes up (of the same funding, where a 决算's table closes with 人员经费合计 and no grand
    total), else the total spending."""
    bottom = best_amount(query, document, of_part) if of_part else None
    if bottom is not None:
        return whole_of_same_funding(query, document, of_part, top, bottom)
    return best_amount(query, document, DEFAULT_DENOMINATORS["支出"])


def breaks_down(top: TableFigure, bottom: TableFigure) -> bool:
    """The whole read is a column of the part's own row that adds up into the part's figure (the
    一般公共预算 column of the “三公” table's 合计): a breakdown of the part, never the whole it is a share of."""
    if top.row is not bottom.row or top.cell is None or bottom.cell is None:
        return False
    others = [cell for cell in top.row.cells if cell is not top.cell]
    return any(cell is bottom.cell for _name, cell in summed_parts(top.cell, others))


RANKING_LEFT = re.compile(rf"{RANKING_WORDS}|最$")
"""A part that still says a ranking (三公经费最, 最大的项目): what it ranks was not read as one item."""
WHOLE_OF_ALL = re.compile(rf"^(?:{'|'.join(WHOLE_WORDS)}|全|总)的?")
"""全部三公经费, 所有单位的, 全局: the whole said as all of it."""
ALL_UNITS_WORDS = ("单位", "部门", "系统")
"""所有单位, 整个部门, 全系统: every unit of a 部门, said without its name."""


def whole_item(whole: str, document: DocumentIndex) -> str:
    """全局三公经费, 整个教育局的, 所有单位, 财政局支出 → 三公经费, '', '', 支出: the item a share is of, once
    the words saying all of the 部门 are out (the 部门 by any of its names; said as all of it, also by the
    last character of its name as 全局 says it, or as every unit); as said where they name no unit (总支出
    keeps the 总 that makes it the grand total)."""
    said = compact(WHOLE_OF_ALL.sub("", whole))
    head = document.head
    names = {*head.names, *head.cores}
    if said != compact(whole):
        names |= {*ALL_UNITS_WORDS, head.unit_name[-1]}
    for name in sorted(names, key=len, reverse=True):
        if said.startswith(name):
            return said.removeprefix(name).removeprefix("的")
    return compact(whole)


UNIT_SHARE_KINDS = (ReadingKind.ROW, ReadingKind.CONCEPT, ReadingKind.CONCEPT_SUM)
"""How a unit's row is read for its share: one figure, or a concept's parts printed apart."""


def unit_row_share(query: Query, document: DocumentIndex, part: str, whole: str) -> DocumentReading | None:
    """宁溪县第一中学三公经费占三公经费的比例: the unit's row of a table that prints one row per unit, over the
    table's total in the same column; over another whole (第一中学三公经费占教育局支出总计), the unit's
    figure over that whole's; None when the part names no unit's row. `whole` is as `whole_item` reads it."""
    reading = read_unit_row(replace(query, subject=part), document)
    if reading is None or not reading.figures or any(figure.cell is None for figure in reading.figures):
        return None
    top = reading.figures[0]
    table = top.row.table
    said = compact(WHOLE_OF_ALL.sub("", whole))
    another = bool(said) and concept_called(said) is None and said not in compact(table.title) + compact(part)
    if reading.kind == ReadingKind.CONCEPT_SUM and not another:
        return unit_parts_share(document, reading)
    if reading.kind not in UNIT_SHARE_KINDS or top.cell is None:
        return None
    unit = plain_label(top.row.label)
    leaf = top.cell.leaf
    if leaf in SUM_WORDS:  # the row's 合计 of a “三公” table: the concept it totals
        leaf = next((c.name for c in CONCEPTS if concept_table(document, c) is table), leaf)
    named = reading.name or f"{unit}{leaf}"
    if another:
        bottom = best_amount(query, document, said, apart_from=table)
        if bottom is None:
            return None
        if reading.kind == ReadingKind.CONCEPT_SUM:  # its parts added up, never the row's 合计 of more
            return summed_share(document, reading.figures, bottom, named)
        return DocumentReading(
            ReadingKind.COMPUTED_SHARE, document, figures=(replace(top, label=named), bottom)
        )
    total = table.total_row
    cell = cell_under(total, top.cell.column) if total is not None else None
    if total is None or cell is None or not cell.value:
        return None
    of_all = f"全部单位{named.removeprefix(unit).removeprefix('的')}"
    return DocumentReading(
        ReadingKind.COMPUTED_SHARE,
        document,
        figures=(replace(top, label=named), TableFigure(total, cell, of_all)),
    )


def unit_parts_share(document: DocumentIndex, reading: DocumentReading) -> DocumentReading | None:
    """平川县卫生健康局本级三公经费占三公经费 where the unit's row prints the concept only in parts (its 合计
    also holds 会议费 and 培训费): the unit's parts added up over the same columns of the table's total."""
    total = reading.figures[0].row.table.total_row
    if total is None:
        return None
    cells = [cell_under(total, figure.cell.column) if figure.cell else None for figure in reading.figures]
    if any(cell is None for cell in cells):
        return None
    unit = plain_label(reading.figures[0].row.label)
    totals = tuple(
        TableFigure(total, cell, figure.label) for cell, figure in zip(cells, reading.figures, strict=True)
    )
    named = reading.name if reading.name.startswith(unit) else f"{unit}{reading.name}"
    return DocumentReading(
        ReadingKind.COMPUTED_SHARE,
        document,
        figures=(*reading.figures, *totals),
        count=len(reading.figures),
        qualifier=named,
        name=f"全部单位{named.removeprefix(unit).removeprefix('的')}",
    )


def read_share(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """A share quoted from the narrative when it states one, else the two amounts to compute it from."""
    part, said_whole = share_parts(query)
    named_whole = whole_item(said_whole, document) if said_whole else ""  # 占整个财政局支出: of 支出
    if RANKING_LEFT.search(part):
        return None  # 哪个单位三公经费最多，占比多少: a ranking no one item was read for is no part
    if document.unit_rows and (of_unit := unit_row_share(query, document, part, named_whole)) is not None:
        return of_unit
    if not named_whole and (in_table := share_in_numbered_table(query, document, part)) is not None:
        return in_table
    whole = whole_total(named_whole) or default_whole(part)
    part = on_the_side_of(whole, part)
    bottom = concept_total(query, document, whole) or (best_amount(query, document, whole) if whole else None)
    if (
        GRAND_TOTAL_WORD not in named_whole
        and whole == SPENDING_TOTAL
        and bottom is not None
        and document.head.kind == FINAL_KIND
    ):
        bottom = year_figure(bottom)  # a 决算's spending: what the year spent, not what it carried on
    if (summed := concept_summed(query, document, part, whole, bottom)) is not None:
        return summed
    if (named := named_projects_share(query, document, part, bottom, bool(whole))) is not None:
        return named
    top = in_year_of(share_part(query, document, part, bottom), bottom)
    if top is None and bottom is not None and (funds := funded_parts(replace(query, subject=part), document)):
        # 财政拨款占收入 where only each fund's 拨款收入 is printed: they are its part, added up
        return summed_share(document, tuple(main_figure(row, query.columns) for row in funds), bottom, part)
    of_part = whole_of(part)
    if not whole and top is not None:
        bottom = table_total_beside(top) or whole_of_part(query, document, of_part, top)
    elif whole and top is not None and bottom is not None:
        if breaks_down(top, bottom):  # 三公经费占一般公共预算支出: not the 三公 table's 一般公共预算 column
            bottom = best_amount(query, document, whole, apart_from=top.row.table)
        bottom = whole_of_same_funding(query, document, whole, top, bottom) if bottom else None
    if (topic := topic_share(query, document, part, top, bottom, bool(whole))) is not None:
        return topic
    computed = computed_share(top, bottom)
    figure = stated_share(query, document, part, named_whole, computed, bottom) or share_beside_amount(
        document, top, computed, named_whole
    )
    if figure is not None:
        return DocumentReading(
            ReadingKind.SHARE, document, stated=(figure,), name=named_whole or whole_stated(figure)
        )
    if computed is None or top is None or bottom is None:
        classed = class_share(query, document, part, whole or of_part, top, bottom, not whole)
        if classed is not None:
            return classed
        # a part the narrative states, with the whole its own paragraph gives, before a table's whole; a
        # part a table prints before the narrative's
        pair = stated_pair(query, document, part, whole or of_part)
        mixed = mixed_share(query, document, part, whole or of_part, top, bottom)
        if pair and (top is None or mixed is None):
            return DocumentReading(ReadingKind.COMPUTED_SHARE, document, stated=pair)
        if mixed is not None:
            return mixed
        if top is None or bottom is None:
            return None
    if top.row is bottom.row and top.cell is bottom.cell and compact(part) != compact(whole):
        return None  # 三公经费最多的单位占三公经费: the part read as its whole's own figure is no share of it
    # computed, or the whole is 0: then the share is said to be incomputable, with both figures
    return DocumentReading(ReadingKind.COMPUTED_SHARE, document, figures=(top, bottom))


def named_projects_share(
    query: Query,
    document: DocumentIndex,
    part: str,
    bottom: TableFigure | None,
    whole_named: bool,
) -> DocumentReading | None:
    """就业项目占项目支出多少, 零工市场项目占比: the projects whose names hold 就业, added up over the whole
    (with none named, over 项目支出), as 就业项目一共多少钱 adds them up; the one so named over it, or over
    its table's total as a project named alone is (水利项目 of 小型农田水利设施修复); None where the part
    names no such projects."""
    name, rows = projects_named(replace(query, subject=part), document)
    if not rows:
        return None
    top = main_figure(rows[0], query.columns) if len(rows) == 1 else None
    whole = bottom or (table_total_beside(top) if top else None)
    if whole is None and not whole_named:
        whole = project_spending(query, document)  # 就业项目占比: of 项目支出
    if whole is None:
        return None
    if top is not None:
        return DocumentReading(ReadingKind.COMPUTED_SHARE, document, figures=(top, whole))
    return summed_share(document, tuple(main_figure(row, query.columns) for row in rows), whole, name)


def concept_summed(
    query: Query, document: DocumentIndex, part: str, whole: str, bottom: TableFigure | None
) -> DocumentReading | None:
    """三公经费占一般公共预算支出 where the 三公 table prints no 三公 total (its 合计 holds 会议费 and 培训费):
    the concept's parts added up over the whole (the total spending where none is named); None for any
    other part."""
    concept = concept_called(part)
    reading = read_concept(query, document, concept) if concept is not None else None
    if reading is None or reading.kind != ReadingKind.CONCEPT_SUM or not reading.figures:
        return None
    bottom = bottom if whole else best_amount(query, document, DEFAULT_DENOMINATORS["支出"])
    if bottom is None:
        return None
    if bottom.row.table is reading.table:  # the 三公 table's own 一般公共预算 column is no whole of it
        bottom = best_amount(query, document, whole, apart_from=reading.table) or bottom
    if bottom.row.table is reading.table:
        return None
    return summed_share(document, reading.figures, bottom, reading.name)


def share_in_numbered_table(query: Query, document: DocumentIndex, part: str) -> DocumentReading | None:
    """公开07表的一般公共服务支出占多少: the row of the table the question numbers, of that table's total;
    None when the question numbers no table, or that table prints no such row."""
    numbered = [table for table in document.tables if table.number_value == query.question.table_number]
    if query.question.table_number is None or len(numbered) != 1:
        return None
    top = best_amount(query, document, part, numbered[0])
    if top is None or top.row.table is not numbered[0]:
        return None
    bottom = table_total_beside(top)
    return DocumentReading(ReadingKind.COMPUTED_SHARE, document, figures=(top, bottom)) if bottom else None


def in_year_of(top: TableFigure | None, bottom: TableFigure | None) -> TableFigure | None:
    """A part read in the year its whole is: 2024年预算数's 公务用车购置及运行费 beside 2024年预算数/合计 in a
    table printing 2023年预算数 beside it, never last year's part of this year's whole."""
    if top is None or bottom is None or top.cell is None or bottom.cell is None:
        return top
    if top.row.table is not bottom.row.table:
        return top
    if same_year(top.cell, bottom.cell):
        return top
    path = year_free(top.cell.column)
    cell = next(
        (c for c in top.row.cells if same_year(c, bottom.cell) and year_free(c.column) == path),
        None,
    )
    return TableFigure(top.row, cell, top.label) if cell is not None else None


def year_free(column: str) -> str:
    """2023年预算数/公务接待费 → 预算数/公务接待费: a column's path with the year it is of left out."""
    return LAST_YEAR.sub("", NAMED_YEAR.sub("", column))


def mixed_share(
    query: Query,
    document: DocumentIndex,
    part: str,
    whole: str,
    top: TableFigure | None,
    bottom: TableFigure | None,
) -> DocumentReading | None:
    """差旅费占公用经费 where a table prints the part and only the narrative states the whole (or the reverse):
    the table's figure beside the stated one. A part of 人员经费 or 公用经费 is read from the 基本支出
    table (会议费 of all funds is no part of the 公用经费 stated)."""
    if whole_of(whole) and top is not None:
        basic = next((t for t in document.tables if t.kind == TableKind.BASIC_ECONOMIC), None)
        found = best_amount(query, document, part, basic) if basic is not None else None
        top = found if found is not None and found.row.table is basic else None
    table = top or bottom
    if (
        table is None
        or (top is not None and bottom is not None)
        or table.cell is None
        or not table.cell.value
    ):
        return None
    amount = table.cell.value * AMOUNT_UNITS.get(table.row.table.unit, 1)
    said = stated_side(query, document, part if top is None else whole, amount, top is not None)
    if said is None:
        return None
    return DocumentReading(ReadingKind.COMPUTED_SHARE, document, figures=(table,), stated=(said,))


def class_share(
    query: Query,
    document: DocumentIndex,
    part: str,
    whole: str,
    top: TableFigure | None,
    bottom: TableFigure | None,
    whole_unnamed: bool,
) -> DocumentReading | None:
    """办公费占公用经费, 人员经费占基本支出 where no row prints 公用经费 or 人员经费: that side is the rows of
    its class (the 经济分类 classes it is made of), to be added up, the other side its own figure (a part
    read from the class's table; 公用经费占比, naming no whole, of the 基本支出 it makes up); None when
    neither side is a class or a side has no figure."""
    part_name, tops = class_figures(document, part)
    whole_name, bottoms = class_figures(document, whole)
    if not tops and not bottoms:
        return None
    if not tops:
        found = best_amount(query, document, part, bottoms[0].row.table) if bottoms else top
        tops = (found,) if found is not None else ()
    if not bottoms and bottom is None and tops and whole:  # 公用经费占比: of the 基本支出 it is part of
        bottom = (
            whole_of_part(query, document, whole, tops[0])
            if whole_unnamed
            else best_amount(query, document, whole)
        )
    bottoms = bottoms or ((bottom,) if bottom is not None else ())
    if not tops or not bottoms:
        return None
    return DocumentReading(
        ReadingKind.COMPUTED_SHARE,
        document,
        figures=(*tops, *bottoms),
        count=len(tops),
        qualifier=part_name,
        name=whole_name,
    )


PURPOSE_SAID = "用于"
LEVEL_MARKS = re.compile(r"[（(][类款项][)）]|[“”\"]")
"""“一般公共服务支出（类）财政事务（款）行政运行（项）”: the marks around a 科目's path, not its words."""
CLAUSE_BREAKS = re.compile(r"(?<=[；;])")
PURPOSE_LEAD = re.compile(r"(?:主要)?用于")
MIN_PURPOSE_NAME = 3


def purpose_stated(document: DocumentIndex, label: str, above: list[str]) -> SentenceEntry | None:
    """卫生健康支出是什么, 行政运行干嘛用: the narrative's clause saying what an item's money is for, its name
    (`label`) before its 用于 (“卫生健康支出”科目467万元，主要用于缴纳在职人员医疗保险). The name must stand alone
    or after the rows it is under (`above`; 其他卫生健康支出 is another row); of several such clauses, the one
    naming most of those rows, and none when two tie (行政运行 of two 款 said without either)."""
    if len(label) < MIN_PURPOSE_NAME:
        return None
    found: dict[str, tuple[int, SentenceEntry]] = {}
    sentences = document.sentences
    for at, sentence in enumerate(sentences):
        said = sentence.text
        following = sentences[at + 1] if at + 1 < len(sentences) else None
        # 行政运行（项）。主要用于：行政单位人员支出: the name, then what it is for, in the next sentence
        if following and following.passage == sentence.passage and PURPOSE_LEAD.match(following.text):
            said += following.text
        for clause in CLAUSE_BREAKS.split(said):
            text = LEVEL_MARKS.sub("", clause)
            named = text.find(label)
            if (
                named < 0
                or PURPOSE_SAID not in text[named + len(label) :]
                or not named_alone(text, named, above)
            ):
                continue
            under = sum(name in text[:named] for name in above)
            found.setdefault(clause, (under, replace(sentence, text=clause)))
    ranked = sorted(found.values(), key=lambda scored: -scored[0])
    if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1]


def named_alone(text: str, at: int, above: list[str]) -> bool:
    """The row's name at `at` names that row: after the rows it is under, or starting a word
    (其中水利工程运行与维护), never after 其他 (其他卫生健康支出 is the rest of 卫生健康支出)."""
    before = text[:at]
    if not before or not HAN.match(before[-1]) or any(before.endswith(name) for name in above):
        return True
    if before.endswith(RESIDUAL_WORD):
        return False
    return any(start == at for _word, start, _end in base_segmenter().tokenize(text))

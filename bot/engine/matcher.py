"""From a Chinese question to its final Reading: what is asked, about which documents, and the records
that answer it in each.

The question is read (bot.engine.question), its documents chosen (bot.engine.documents, bot.engine.comparison), its subject
segmented with jieba, and the records of the chosen documents scored against it (bot.engine.scoring). The
cues decide which reading is tried first; each document then gets the reading its records support
(bot.engine.read_amounts, bot.engine.read_lists, bot.engine.read_narrative). Composers only word the result.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from bot.engine.cells import budget_asked, is_text
from bot.engine.compared_items import clauses_compared, compared_items
from bot.engine.comparison import Comparison, read_comparison
from bot.engine.concepts import CONCEPTS
from bot.engine.documents import (
    MAX_SCAN_DOCUMENTS,
    POINTING_START,
    UNIT_MISSING,
    Selection,
    nearest_units,
    respell_units,
    select_documents,
    spelled_in_latin,
)
from bot.engine.entries import (
    DocumentEntry,
    DocumentIndex,
    IndicatorEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TargetEntry,
)
from bot.engine.index import Index
from bot.engine.lexicon import (
    ABBREVIATIONS,
    ACTUAL_COLUMN,
    AMOUNT_NOUN_ENDINGS,
    AMOUNT_WORDS,
    ASKING_WORDS,
    BARE_TOTALS,
    CHECK_WORDS,
    COLUMN_CUES,
    COMPOUND_ITEMS,
    EACH_JOINER,
    EACH_WORDS,
    EVERY_UNIT_WORDS,
    FUND_GIVERS,
    FUNDED,
    GENERIC_WORDS,
    HELD_UNITS_SAID,
    INDICATOR_HEADS,
    ITEM_JOINER,
    ITEM_JOINER_WORDS,
    LIST_COMMA,
    MEASURE_WORDS,
    MONEY_ITEM_NOUNS,
    MONEY_NAMES,
    PLAN_KIND,
    PLANNED_COLUMN,
    PREVIOUS_YEAR_WORDS,
    PURPOSE_WORDS,
    REASON_CUES,
    REASON_WORDS,
    SCORE_ASKED,
    SCORE_KIND,
    SHARE_OF,
    SUM_ASKED_WORDS,
    TARGET_CUES,
    TARGETS_NAME,
    TOPIC_WORDS,
    TOTAL_WORDS,
    UNIT_RANK_WORDS,
    UNIT_SUFFIXES,
    WITHIN_WORDS,
    ColumnCue,
)
from bot.engine.per_capita import (
    PerCapita,
    asks_each_persons,
    headcount_question,
    per_capita_of,
    prints_as_asked,
    prints_per_person,
    states_headcount,
)
from bot.engine.question import (
    COMPARED_WITH_YEAR,
    EVERY_YEAR,
    INDICATORS_COUNTED,
    MAIN_USE_ASKED,
    OUTCOME_ASKED,
    PART_OF_YEAR,
    PARTS_OF_TERM,
    RANKING_WORDS,
    RECEIVED,
    STATED_OPERATOR,
    SUMMED_JOINED,
    TABLE_EMPTY_SAID,
    TOTAL_ASKED,
    Question,
    against_budget_said,
    all_of_asked,
    asks_check,
    asks_only_why,
    asks_the_less,
    base_segmenter,
    budget_adjustment_asked,
    counted_bare,
    counts_things,
    cue_words,
    segment,
    subject_of,
    subject_variants,
    table_named,
    tables_compared,
    text_to_question,
    top_of,
)
from bot.engine.question_parts import clean, unit_of, years_of
from bot.engine.read_amounts import (
    FUNDS_PART_DEFINED,
    WHOLE_ITEM_SCORE,
    earlier_outcome_asked,
    fund_part_figures,
    funded_parts,
    main_figure,
    read_amount,
    read_overview,
    year_words,
)
from bot.engine.read_change_ranks import asks_ranked_change, direction_asked, read_ranked_changes
from bot.engine.read_changes import (
    against_plan,
    asks_whole_plan,
    completed_item,
    read_change,
    read_completion,
    read_whole_plan,
    reason_for,
)
from bot.engine.read_classes import class_matches, read_class
from bot.engine.read_compared import compared_parts, stated_change_beside
from bot.engine.read_completion_ranks import asks_completion_rank, read_completion_ranks
from bot.engine.read_concepts import concept_called, concept_in_its_table, read_concept_reading, with_units
from bot.engine.read_forms import (
    GLOSSARY_NAME,
    HELD_UNITS_NAMED,
    ITEM_JOINERS,
    MIN_SIDE,
    asked_items,
    asks_each,
    asks_income_sources,
    carried_both_ways,
    column_named,
    column_rows_passed_over,
    compound_parts,
    contracted_parts,
    each_unit_asked,
    held_units_asked,
    joiner_between,
    read_code,
    read_income_sources,
    read_item_uses,
    read_main_uses,
    read_money_unit,
    read_project_count,
    read_row_place,
    read_table_agreement,
    read_unit_rank,
    read_units,
    resolve_form,
    row_said_once,
    rows_joined,
    shared_head,
    unit_rows,
)
from bot.engine.read_lists import (
    CLASSIFICATION_NAMED,
    PROJECT_GROUP,
    asks_indicator,
    attribute_asked,
    checked_item,
    functional_classes,
    in_yuan,
    indicator_bound,
    indicator_kinds,
    project_rows,
    projects_named,
    projects_unheld,
    read_attribute,
    read_carried_uses,
    read_filter,
    read_indicator,
    read_list,
    read_named_projects,
    read_rank,
    read_target,
    read_target_list,
    read_untargeted,
    read_whether_first,
    rest_beside,
    targets_named,
    targets_of_named_project,
)
from bot.engine.read_loaded import read_loaded
from bot.engine.read_narrative import (
    listed_counts,
    purpose_stated,
    read_count,
    read_define,
    read_fact,
    read_section,
    read_share,
    read_term_included,
    share_parts,
)
from bot.engine.read_unit_rows import read_unit_rows, school_unlisted
from bot.engine.reading import DocumentReading, Reading, ReadingKind, YearNotLoaded
from bot.engine.replies import plain_label
from bot.engine.scoring import (
    HOLDING_ASKED,
    Match,
    Query,
    Scorer,
    amount_matches,
    asked_measure,
    best,
    count_matches,
    counted_in,
    kind_words,
    narrower_count,
    scored,
    sentence_matches,
    sort_matches,
    target_matches,
    without_table_names,
)
from bot.engine.segmenter import ACTIVE, Segmenter, function_words, verbs
from bot.engine.similarity import DIRECTION_WORDS, EXACT, match_key, other_people, pinyin_of
from bot.engine.spoken import counted_by_name, cue_sentence_figures, spoken_variants
from bot.engine.sub_questions import added_over_all, asking_clauses, sub_questions, terms_asked
from knowledge.money import AMOUNT_UNITS
from knowledge.settings import MatcherSettings
from knowledge.text import compact, find_years

MIN_COLUMN_FREE = 3
# Cue words that are often part of an item's name (特定目标类项目, 编报绩效目标的项目): the subject is
# also read with them kept.
CUE_WORDS_KEPT = re.compile("绩效|目标|指标|标准")
CLEAR_MATCH_SCORE = 80.0
KNOWN_ITEM_SCORE = 90.0
NEAREST_SCORE = 50.0
"""A name scored below this shares a character or a sound with the item, not a meaning (物业管理费 and
社会保障和就业支出 share 业): never offered as what the user may have meant."""
COMPARED_BY_DEFAULT = "支出总计"  # what documents are compared (or ranked) by when the question names nothing
SENTENCE_EXTRA = 10.0  # a narrative sentence must clear min_score by this much to answer alone
CLOSEST_TERM_SCORE = 50.0
DOCUMENT_MARGIN = 10.0
MIN_SHARED_WORD = 2  # a word of this many characters or more relates a name to a subject not found
MAX_NAMES_SHARING = 3  # a word held by more names than this is too common in the document to relate them
YEAR_BUDGET = re.compile(r"(?:19|20)\d{2}\s*年度?(?:的)?总?预算(?!数)")
"""2024年预算: the budget of a year named, as a document; 预算数 is a column cue of its own."""
PLANNED_CUE = next(cue for cue in COLUMN_CUES if cue.label == PLANNED_COLUMN)
# A change, a ranking of changes or a share is never just an amount.
NO_AMOUNT_KINDS = (
    ReadingKind.CHANGE,
    ReadingKind.RANK_CHANGE,
    ReadingKind.RANK_COMPLETION,
    ReadingKind.SHARE,
    ReadingKind.WHOLE_PLAN,
)
MAX_RANKED_DOCUMENTS = 100  # 哪个单位…最多 reads each document; beyond this many, it asks which
TOPIC_SAID = re.compile(rf"(?:跟|和|与|同)[\u4e00-\u9fff]{{2,}}?(?:{'|'.join(TOPIC_WORDS)})")
"""跟培训相关的, 和就业有关的: the joining word says what something is about; no two items are joined."""
SPENDING_TOTAL = "支出总计"
"""What all of a unit's money per person is worked out of: the grand total it plans to spend."""
WHOLE_MONEY = re.compile("经费|资金|费用|总额|的")
"""Words that, making up the whole subject, name no item but all of a unit's money (经费总额)."""
# Readings a budget concept (三公经费) answers in place of, when its table blurs it.
CONCEPT_KINDS = (ReadingKind.ROW, ReadingKind.FACT, ReadingKind.NOT_FOUND, ReadingKind.OVERVIEW)
MIN_ASPECT = 4
"""实施周期 of 项目实施周期: what is left of a subject after 项目 names something of its own this long."""
MIN_PLAIN_CORE = 2
"""The item left once spoken words are taken out is at least this long, and a record holds it whole."""
CLAUSE_BREAKS = re.compile(r"[,:;?!。\s]+")
"""Where a typed question's clauses part (its punctuation normalized half-width, and spaces)."""
# Words that make a percentage a change on the year before (增长了百分之几), not a share.
CHANGE_OVER_YEAR = (*PREVIOUS_YEAR_WORDS, "增长", "下降", "增加", "减少", "增幅", "降幅", "上年", "去年")
CUE_KINDS = (
    ("share", ReadingKind.SHARE),
    ("change", ReadingKind.CHANGE),
    ("rank", ReadingKind.RANK),
    ("list", ReadingKind.LIST),
)

"""A document of this kind plans; what was spent is in the 决算 of its year."""


def read_question(
    text: str, index: Index, settings: MatcherSettings | None = None, whole: bool = True
) -> Reading:
    """Given a question and the loaded records, return its final reading; a question asking two things
    (`whole`: not yet cut) is read as the questions it stands for, each on its own."""
    settings = settings or MatcherSettings()
    question = text_to_question(text)
    if (spelled := respell_units(spelled_in_latin(question.text, index), index)) != question.text:
        question = replace(text_to_question(spelled), raw=text)
    if whole and (loaded := read_loaded(question.raw, question.text, index, MAX_SCAN_DOCUMENTS)) is not None:
        return loaded  # 这是部门预算还是单位预算, 载入了哪些文档: the documents themselves are asked about
    if whole and not asks_income_sources(question) and (all_of := all_of_asked(question.text)) is not None:
        share = read_question(all_of, index, settings, whole=False)
        if share.kind in (ReadingKind.SHARE, ReadingKind.COMPUTED_SHARE) and within_whole(share):
            return share  # 支出都是基本支出吗: the part's share of the whole says whether it is all of it
    if COMPARED_WITH_YEAR.search(question.text) or YEAR_PAIR.search(question.text):
        probe = select_documents(question, index, MAX_SCAN_DOCUMENTS)
        if last_year := year_before_printed(question, probe, index):  # 比2023年 of a 2024 document: 比上年
            words, meant = last_year
            question = replace(text_to_question(question.text.replace(words, meant, 1)), raw=question.raw)
    if whole and (set_against := clauses_compared(question.text, index)):  # A多少，B多少，哪个多
        question = replace(text_to_question(set_against), raw=question.raw)  # read as A和B哪个多
    if whole and question.has("share") and (named := ranked_part_named(question.text, index, settings)):
        question = replace(text_to_question(named), raw=question.raw)  # 最大的项目占…: that project's share
    comparison = read_comparison(question, index)
    if (  # 办公费多少，比上年增减多少: the figure, and the change on its own
        whole
        and comparison is not None
        and not first_clause_compares(text, index)
        and len(questions := sub_questions(text, index)) >= 2
    ):
        return read_each(questions, question, text, index, settings)
    selection = (
        select_documents(question, index, MAX_SCAN_DOCUMENTS)
        if comparison is None
        else comparison_to_selection(comparison)
    )
    raw = question.raw
    asks_change = comparison is not None or question.has("change") or question.has("compare")
    checks = comparison is None and asks_check(question.text, selection.named)  # 表格对得上吗: the audit
    if checks and selection.year_after:  # of a year not loaded: no other year's narrative answers for it
        return Reading(
            ReadingKind.NOT_LOADED, raw, missing=selection.missing, documents=tuple(selection.unit_has)
        )
    if comparison is None and selection.year_after:  # 去年的三公经费: what this year's narrative says of it
        if asks_change and compared_items(question.text, index, scanned(selection, index)):
            asks_change = False  # 2023年的项目支出比基本支出多多少: two items of that year, no two years
        comparison = Comparison(
            said=selection.named,
            missing=selection.missing,
            focus=selection.year_after,
            base_year=selection.year_after[0].year - 1,
            fallback=True,
        )
        selection = comparison_to_selection(comparison)
    if comparison is not None and comparison.choices:
        return Reading(ReadingKind.CHOOSE_UNIT, raw, choices=tuple(comparison.choices))
    if selection.missing or not selection.heads:
        as_item = run_on_unfound(question, selection, index, settings) if selection.run_on else None
        unit_missing = not selection.unit_has and selection.missing.startswith(UNIT_MISSING)
        return Reading(
            ReadingKind.NOT_LOADED,
            raw,
            subject=as_item.subject if as_item else "",  # 医院补助, which the 局's documents lack too
            missing=selection.missing,
            documents=tuple(selection.unit_has),
            lacking=as_item.documents if as_item else (),
            nearest=nearest_units(selection.named[0], index) if unit_missing and selection.named else (),
        )
    if checks:
        heads = tuple(dict.fromkeys(selection.heads))
        return Reading(
            ReadingKind.CHECK if len(heads) == 1 else ReadingKind.CHOOSE_DOCUMENT, raw, documents=heads
        )
    if comparison is None and (numbers := tables_compared(question.text, selection.named)) is not None:
        return tables_side_by_side(raw, numbers, selection, index)
    if comparison is not None and comparison.fallback and against_the_year_before(comparison, selection):
        question = replace(question, cues=question.cues | {"change"})  # 2019年和2018年相比: its 比上年
    if whole and (per_capita := per_capita_of(question.text)) is not None:
        printed = read_question(text, index, settings, whole=False)
        read = printed.kind != ReadingKind.NOT_FOUND
        names = names_read(printed)
        if any(prints_per_person(name) if read else prints_as_asked(text, name) for name in names):
            return printed  # 人均补助标准 printed as such; never a sentence mentioning another's 人均
        return read_per_capita(per_capita, raw, index, settings)
    if (
        whole
        and comparison is None
        and (pair := compared_items(question.text, index, scanned(selection, index)))
    ):
        sides = tuple(read_question(sub, index, settings, whole=False) for sub in pair)
        return Reading(
            ReadingKind.COMPARE_ITEMS,
            raw,
            subject=question.text,
            items=sides,
            ascending=asks_the_less(question.text),
        )
    terms = (
        terms_asked(question.text, question.glossary_term, index, scanned(selection, index))
        if whole and comparison is None and question.glossary_term
        else []
    )
    if whole and comparison is None and len(questions := terms or sub_questions(text, index)) >= 2:
        return read_each(questions, question, text, index, settings)
    # 各单位的公务接待费; 占所有单位的比例 names every unit only as the whole of one unit's share
    asked_of = SHARE_OF.split(question.text, maxsplit=1)[0] if question.has("share") else question.text
    every_unit = any(word in asked_of for word in EVERY_UNIT_WORDS)
    ranked = question.has("units") and (question.has("rank") or bool(question.top) or every_unit)
    if question.glossary_term and not selection.unit_named and len(selection.heads) > MAX_SCAN_DOCUMENTS:
        latest = sorted(selection.heads, key=lambda head: -head.year)[:MAX_SCAN_DOCUMENTS]
        selection = replace(selection, heads=latest)
    if len(selection.heads) > (MAX_RANKED_DOCUMENTS if ranked else MAX_SCAN_DOCUMENTS):
        return Reading(ReadingKind.CHOOSE_DOCUMENT, raw, documents=tuple(selection.heads))
    documents = [index.document(head) for head in dict.fromkeys(selection.heads)]
    question = with_planned_column(question, selection)
    question = with_outcome_asked(question, selection)
    question = with_year_columns(question, selection)
    compared = comparison is not None and bool(comparison.heads)
    units_ranked = ranked and len(documents) > 1  # 哪个单位预算最多: by the default item too
    by_default = COMPARED_BY_DEFAULT if compared or units_ranked else ""
    query = counted_by_name(read_subject(question, selection, documents, settings, by_default))
    query = money_item_uncounted(query)
    if compared and asks_ranked_change(question.text) and (moved := read_class_changes(query)) is not None:
        return moved  # 2019年比2017年哪类支出增加最多: each 类 of the two years, ranked by its change
    if compared:
        side_by_side = read_compared(query, ReadingKind.COMPARE)
        return replace(side_by_side, as_share=question.has("share"), summed=total_asked(question))
    if ranked and len(documents) > 1:  # naming no year: each unit once, by its latest document
        said = bool(find_years(question.text) or question.kind or EVERY_YEAR.search(question.text))
        ranking = read_compared(query, ReadingKind.RANK_DOCUMENTS, latest_only=not said)
        return replace(ranking, summed=total_asked(question))  # 所有单位的三公经费加起来多少
    one_unit = ranked and not selection.unit_named and len(documents) == 1  # named: its RANK reads the units
    if one_unit and (by_unit := read_unit_rank(query, documents[0])) is not None:  # 哪个下属单位三公经费最多
        return Reading(ReadingKind.RANK, raw, subject=query.subject, parts=(by_unit,))
    if ranked and not selection.unit_named:  # 三公经费哪个单位最多 with one unit loaded: its figure, said so
        alone = unranked(query)
        return replace(read_documents(alone, *resolve_kind(alone)), one_unit=True)
    bounded = question.has("units") and question.bound is not None and not question.checks_bound
    if (ranked or bounded) and all(read_unit_rank(query, document) is None for document in documents):
        alone = unranked(
            query
        )  # 省委办公厅哪个单位最多, 哪些单位超过100万, no table by unit: the 部门's, said so
        return replace(read_documents(alone, *resolve_kind(alone)), units_unlisted=True)
    if (absent := table_not_printed(query)) is not None:
        return absent
    amount_only = not asks_each(question) and not question.cues - {"spend", "count"}  # 多少 is a count cue
    ways = carried_both_ways(query.subject, query.documents) if amount_only else []
    if len(ways) == 1:  # 财政拨款结转结余 of a 预算: only what came in (上年财政拨款结转) is printed of it
        query, ways = query_for(query, ways[0]), []
    about = TOPIC_SAID.search(question.text)  # 跟培训相关的: 跟 says what it is about, joining nothing
    items = ways or (
        []
        if about
        else (items_after_topic(query) or asked_items(each_said(query), query.documents))
        if asks_each(question)
        else compound_parts(query.subject, query.documents)
        or (rows_joined(query.subject, query.documents) if amount_only else [])
    )
    resolved = None
    joined = asked_items(query.subject, query.documents) if ITEM_JOINERS.search(query.subject) else []
    if (
        not about
        and len(items) < 2
        and amount_only
        and joiner_between(query.subject, joined if len(joined) >= 2 else [])
    ):
        resolved = resolve_kind(query)  # 财政拨款收入和财政拨款支出: no one item is so named, each is
        if resolved[0] in (ReadingKind.NOT_FOUND, ReadingKind.FACT):
            items = asked_items(each_said(query), query.documents)
    items = [part for item in items for part in compound_parts(item, query.documents) or [item]]
    as_said, items = items, row_said_once(items, query.documents)
    if len(items) >= 2:
        one = replace(query, question=replace(question, cues=question.cues - {"list"}))
        readings = tuple(
            meaning_said(question, read_documents(sub, *resolve_kind(sub)))
            for sub in (item_query(one, item, items, as_said) for item in items)
        )
        if resolved is not None and not split_holds(resolved[0], readings, items):
            return read_documents(query, *resolved)  # split only where every part is an item's figure
        summed = not ways and (sum_asked(question) or not asks_each(question))  # 水电费: one of several parts
        summed = summed and of_one_side(items)
        return Reading(ReadingKind.EACH, raw, subject=query.subject, items=readings, summed=summed)
    kind, matches = resolved or resolve_kind(query)
    if kind == ReadingKind.NOT_FOUND and (whole_year := without_part_of_year(query)) != query.subject:
        query = query_for(query, whole_year)  # 三公经费下半年: the year's, said to be the whole year's
        kind, matches = resolve_kind(query)
    held = kind != ReadingKind.NOT_FOUND and holds_whole(matches, query.subject, exact=False)
    around = "" if held else without_chatter(query.subject, index, verbs_too=False)  # verbs kept
    unheld = kind == ReadingKind.NOT_FOUND or around == query.subject  # 发工资: 工资 held, 发 not; verbs only
    if not held and unheld and (plain := without_chatter(query.subject, index)) != query.subject:
        plain_query = query_for(query, plain)
        plain_kind, plain_matches = resolve_kind(plain_query)
        exact = around != plain  # a verb was left out
        said_as_people_do = plain in ABBREVIATIONS and bool(plain_matches)  # 发工资: 工资, as people say it
        said_whole = holds_whole(plain_matches, plain, exact) or said_as_people_do
        if len(match_key(plain).core) >= MIN_PLAIN_CORE and said_whole:
            query, kind, matches = plain_query, plain_kind, plain_matches
    aspect = query.subject.removeprefix(PROJECT_GROUP)  # 项目实施周期: the described project's 实施周期
    if kind == ReadingKind.NOT_FOUND and aspect != query.subject and len(aspect) >= MIN_ASPECT:
        aspect_query = query_for(query, aspect)
        aspect_kind, aspect_matches = resolve_kind(aspect_query)
        if holds_whole(aspect_matches, aspect, exact=False):
            query, kind, matches = aspect_query, aspect_kind, aspect_matches
    if kind == ReadingKind.NOT_FOUND and (told := stated_in_its_block(query)):
        kind, matches = ReadingKind.ROW, told  # 社区公共服务中心第二季度用款计划: its description's figure
    if kind == ReadingKind.NOT_FOUND and (worded := row_saying(query)):
        kind, matches = ReadingKind.ROW, worded  # 国库收付中心预算单列吗: 单位构成's 预算不单列，并入本级
    unheld = kind == ReadingKind.NOT_FOUND or not holds_whole(matches, query.subject, exact=False)
    if unheld and (sounded := label_by_sound(query.subject, documents)):
        sounded_query = query_for(query, sounded)  # 电废 for 电费, 公务接代费: a name typed by its sound
        sounded_kind, sounded_matches = resolve_kind(sounded_query)
        if sounded_kind != ReadingKind.NOT_FOUND:
            query, kind, matches = sounded_query, sounded_kind, sounded_matches
    units = read_unit_rows(query, list(query.documents)) if kind in CONCEPT_KINDS else []
    if not units and (school := school_unlisted(query)):  # 二中 where no unit row is it: no 部门's figure
        rows = dict.fromkeys(plain_label(row.label) for document in documents for row in document.unit_rows)
        school_said = query.subject if school in query.subject else school + query.subject
        return replace(
            not_found(query, []), subject=school_said, nearest=tuple(rows)[: settings.max_candidates]
        )
    if units:
        reading = Reading(ReadingKind.ROW, raw, subject=query.subject, parts=tuple(units), unit_named=True)
    else:
        reading = read_documents(query, kind, matches)
    if reading.kind == ReadingKind.NOT_FOUND and (asked := asked_clause(query, index)) is not None:
        asked_reading = read_documents(asked, *resolve_kind(asked))
        reading = reading if asked_reading.kind == ReadingKind.NOT_FOUND else asked_reading
    if reading.kind == ReadingKind.NOT_FOUND and (funded := read_funded(query)) is not None:
        reading = funded  # 财政拨款多少 where only each fund's 拨款收入 is printed
    if reading.kind == ReadingKind.NOT_FOUND and asks_only_why(question.text):  # 公用经费为啥这么少
        found = read_level(query)
        reading = reading if found.kind == ReadingKind.NOT_FOUND else replace(found, reason_unstated=True)
    elif (
        asks_only_why(question.text)
        and reading.parts
        and all(part.kind in WHY_UNANSWERABLE for part in reading.parts)
        and not reason_given(reading)
    ):
        reading = replace(reading, why_unanswered=True)  # 为什么有上年结转: its figure, no reason said
    if reading.kind == ReadingKind.CHANGE and any(
        part.kind.intent == "amount" and against_plan(query, part.document) for part in reading.parts
    ):
        reading = replace(reading, plan_unstated=True)
    if question.printed_place is not None and reading.kind == ReadingKind.ROW:
        place = question.printed_place
        reading = replace(reading, printed_place="最后一个" if place < 0 else f"第{place}个")
    if question.excluded and reading.kind == ReadingKind.LIST:
        reading = replace(
            reading, parts=tuple(rest_of_list(part, question.excluded) for part in reading.parts)
        )
    if question.row_place is not None and reading.kind == ReadingKind.ROW:
        reading = replace(reading, row_place=question.row_place)
    if each_unit_asked(question.text):
        reading = replace(
            reading, parts=tuple(concept_of_units(part, question.text) for part in reading.parts)
        )
    if held_units_asked(question.text) and not units_printed(reading):
        reading = replace(reading, units_unlisted=True)  # 下属单位的三公经费 where no table prints them apart
    listed = reading.kind in (ReadingKind.RANK, ReadingKind.FILTER, ReadingKind.LIST) or any(
        part.attribute for part in reading.parts
    )
    if listed and rows_sum_asked(question):
        reading = replace(reading, summed=True)  # 前三大项目加起来多少: the rows listed, added up
    if reading.kind in OUTCOME_READ_KINDS and not outcome_read(question, reading):
        reading = not_found(query, [])  # 三公经费上年执行数 of a 预算 printing none: never this year's plan
    outcome_asked = against_budget_said(question.text) or budget_adjustment_asked(question.text)
    if outcome_asked and all(document.head.kind == PLAN_KIND for document in documents):
        # 钱花完了吗, 预算调整了多少 of a 预算: what it plans; what was spent or adjusted is its 决算's
        found = read_level(query)
        reading = replace(reading if found.kind == ReadingKind.NOT_FOUND else found, outcome_unpublished=True)
    if reading.kind != ReadingKind.NOT_FOUND and asks_why_zero(question):  # 三公经费为什么是零
        found = read_level(query)
        reading = found if not_zero(found) else reading  # a wrong premise corrected by the figure itself
    if reading.kind in (ReadingKind.NOT_FOUND, ReadingKind.FACT) and (none := none_stated(query, reading)):
        reading = none  # 政府购买服务花了多少: 本单位无政府购买服务
    reading = meaning_said(question, reading)
    if (
        reading.kind != ReadingKind.NOT_FOUND
        and asks_each_persons(question.text)
        and not any(prints_per_person(name) for name in names_read(reading))
    ):
        reading = replace(reading, per_person_unstated=True)  # 稳岗补助每人多少钱: its whole amount, said so
    if question.checks_bound and reading.kind != ReadingKind.NOT_FOUND:
        reading = replace(reading, checked=question.bound)
    elif reading.kind == ReadingKind.ROW and any(word in question.text for word in CHECK_WORDS):
        reading = replace(reading, agreement_asked=True)
    if question.table_number is not None and TABLE_EMPTY_SAID.search(question.text):
        reading = replace(reading, emptiness_asked=True)  # 表十一是空的吗, 表7为什么没有数据
    if comparison is not None and comparison.fallback:
        return with_year_not_loaded(reading, comparison, selection, index, asks_change)
    if selection.table_years and not of_years(reading, selection.table_years):
        missing = "、".join(f"{year}年" for year in sorted(selection.table_years))
        return Reading(
            ReadingKind.NOT_LOADED, raw, missing=f"{missing}的文档", documents=tuple(selection.heads)
        )
    return reading


UNIT_AMOUNT_KINDS = (
    ReadingKind.ROW,
    ReadingKind.COLUMN_TOTAL,
    ReadingKind.TABLE,
    ReadingKind.CONCEPT,
    ReadingKind.CONCEPT_SUM,
)
"""Readings of an item's figure, which a table by unit may print for each unit a 部门 holds."""


CONCEPT_READ_KINDS = (ReadingKind.CONCEPT, ReadingKind.CONCEPT_SUM)
"""Readings of a concept a table blurs (三公经费 beside 会议费), which may be read for each unit too."""


def concept_of_units(part: DocumentReading, question: str) -> DocumentReading:
    """各单位的三公经费, 下属单位的: a concept read for each unit its table prints too."""
    if part.kind not in CONCEPT_READ_KINDS or part.table is None:
        return part
    return with_units(part, unit_rows(part.document, part.table, question))


def units_printed(reading: Reading) -> bool:
    """An item's figure read where its table prints the units a 部门 holds apart (or a reading of another
    kind, which says what it holds itself)."""
    if reading.kind not in UNIT_AMOUNT_KINDS:
        return True
    return any(
        unit_rows(part.document, figure.row.table, reading.question)
        for part in reading.parts
        for figure in part.figures[:1]
    )


OUTCOME_WORD = "执行"
OUTCOME_READ_KINDS = (
    ReadingKind.ROW,
    ReadingKind.COLUMN_TOTAL,
    ReadingKind.CONCEPT,
    ReadingKind.CONCEPT_SUM,
    ReadingKind.TOPIC,
)
"""Readings of an item's figure, which an earlier year's 执行数 asked of a 预算 must come from."""


def outcome_read(question: Question, reading: Reading) -> bool:
    """The reading gives the earlier year's 执行数 the question asks of 预算s (a column naming that year, or a
    sentence stating an outcome), or no such year is asked."""
    year = earlier_outcome_asked(question, [part.document.head for part in reading.parts])
    if year is None:
        return True
    return any(
        any(
            any(
                word in f"{figure.row.label}{figure.cell.column if figure.cell else ''}"
                for word in year_words(year, part.document.head.year)
            )
            for figure in part.figures
        )
        or any(str(year) in stated.subject or OUTCOME_WORD in stated.subject for stated in part.stated)
        for part in reading.parts
    )


def unranked(query: Query) -> Query:
    """哪个单位三公经费最多, 哪些单位超过100万 read as the item alone (三公经费), where no units can be ranked
    nor kept by a bound."""
    unasked = query.question.cues - {"rank", "units", "list"}
    text = query.question.text
    for words in sorted(UNIT_RANK_WORDS, key=len, reverse=True):
        text = text.replace(words, "")
    return replace(query, question=replace(query.question, text=text, cues=unasked, top=None, bound=None))


def read_level(query: Query) -> Reading:
    """为啥这么少, 花完了吗, 为什么是零: the item's own figure, the question read without its change."""
    level = replace(query, question=replace(query.question, cues=query.question.cues - {"change"}))
    return read_documents(level, *resolve_kind(level))


def asks_why_zero(question: Question) -> bool:
    """为什么是零, 为何为0: why a figure is zero, which may be a premise the figure denies."""
    bound = question.bound
    return (
        bound is not None
        and bound.operator == STATED_OPERATOR
        and not bound.amount.value
        and any(word in question.text for word in REASON_CUES)
    )


def not_zero(reading: Reading) -> bool:
    """The figure each document gives first is an amount other than zero."""
    firsts = [first_amount(part) for part in reading.parts]
    return bool(firsts) and all(value for value in firsts)


def first_amount(part: DocumentReading) -> Decimal | None:
    """The amount a document's reading gives first: its first table figure, else its first stated one."""
    if part.figures:
        cell = part.figures[0].cell
        return cell.value if cell else None
    stated = part.stated[0] if part.stated else None
    return stated.value if stated and stated.kind == "amount" else None


def read_per_capita(asked: PerCapita, raw: str, index: Index, settings: MatcherSettings) -> Reading:
    """An amount per person: the amount read as its own question, then in each document answering it the
    headcount it states; the readings are the amount's first, then one headcount reading per document."""
    amount = read_question(asked.amount, index, settings, whole=False)
    if amount.kind == ReadingKind.OVERVIEW:  # 人均经费, 人均预算: all of the unit's money, its 支出总计
        overviewed = index.within({part.document.head.id for part in amount.parts})
        amount = read_question(SPENDING_TOTAL, overviewed, settings, whole=False)
    heads = dict.fromkeys(part.document.head for part in amount.parts)
    headcounts = tuple(headcount_in(asked, head, index, settings) for head in heads)
    return Reading(ReadingKind.PER_CAPITA, raw, subject=asked.amount, items=(amount, *headcounts))


def headcount_in(asked: PerCapita, head: DocumentEntry, index: Index, settings: MatcherSettings) -> Reading:
    """The first headcount (in the order asked) the document states as its whole, read within that document
    alone (a sentence, never a project's indicator); else the first one's reading, as not found, with what
    the document mentions of it."""
    alone = index.within({head.id})
    tried = []
    for headcount in asked.headcounts:
        counted = read_question(headcount_question(headcount), alone, settings, whole=False)
        if counted.kind == ReadingKind.COUNT and all(  # 驻村工作人员数, a project's indicator: no headcount
            part.stated and all(states_headcount(headcount, stated) for stated in part.stated)
            for part in counted.parts
        ):
            return replace(counted, subject=headcount if asked.named else "")
        tried.append(counted)
    return replace(
        tried[0], kind=ReadingKind.NOT_FOUND, subject="、".join(asked.headcounts), documents=(head,)
    )


def names_read(reading: Reading) -> list[str]:
    """The names of the records a reading answers with: rows, stated figures, indicators, and the
    sentences it quotes."""
    names = []
    for part in reading.parts:
        names += [figure.label or figure.row.label for figure in part.figures]
        names += [stated.subject for stated in part.stated]
        names += [indicator.level3 for indicator in part.indicators]
        names += [sentence.text for sentence in part.sentences]
    return names


def within_whole(reading: Reading) -> bool:
    """A share computed of two table figures whose part is no larger than its whole: never two things set
    side by side (财政拨款支出 against one project's money, 3193%)."""
    for part in reading.parts:
        if (
            part.kind == ReadingKind.COMPUTED_SHARE
            and not part.stated
            and not part.count
            and len(part.figures) == 2
        ):
            top, bottom = (in_yuan(figure) for figure in part.figures)
            if top > bottom:
                return False
    return True


ONE_ITEM_KINDS = (ReadingKind.ROW, ReadingKind.COLUMN_TOTAL)
"""Parts that answer with one item's figure: what the narrative says that item's money is for may lead."""


def meaning_said(question: Question, reading: Reading) -> Reading:
    """公共安全支出是什么 answered by rows, no term saying what it is, or 城管执法的钱用在哪 asked of one row: the
    narrative's clause on what the row's money is for comes before its figures; asked what it is, with no
    such clause, the answer says none explains it."""
    use_asked = any(word in question.text for word in PURPOSE_WORDS) or bool(
        MAIN_USE_ASKED.search(question.text)
    )
    if not (question.glossary_term or use_asked) or reading.kind not in PURPOSE_READINGS:
        return reading
    parts = tuple(with_purpose(part) for part in reading.parts)
    said = any(part.sentences for part in parts if part.kind in ONE_ITEM_KINDS)
    one_item = reading.kind != ReadingKind.LIST and all(part.kind in ONE_ITEM_KINDS for part in parts)
    unexplained = reading.kind == ReadingKind.ROW and not said and bool(question.glossary_term)
    broken_down = False
    if one_item and use_asked and not said:  # 社会保障和就业支出主要用在哪: the rows printed under it
        uses = [read_item_uses(question, part) if part.kind == ReadingKind.ROW else None for part in parts]
        parts = tuple(use or part for use, part in zip(uses, parts, strict=True))
        broken_down = any(uses)
    return replace(
        reading,
        parts=parts,
        meaning_unstated=unexplained,
        purpose_unstated=one_item and not said and use_asked and not unexplained and not broken_down,
        use_asked=use_asked,
    )


PURPOSE_READINGS = (ReadingKind.ROW, ReadingKind.LIST, ReadingKind.MAIN_USES)
"""Readings whose item's use the narrative may say: a row's, a list's of one row, and a 主要用于什么 read
as the one item's figure (项目支出, printed by no 功能分类 class)."""


def with_purpose(part: DocumentReading) -> DocumentReading:
    """The part with the clause saying what its item's money is for: a row's, by its name and the rows
    it is under; a column's total (项目支出 of the 合计 row), by the column's name."""
    if not part.figures or part.kind not in ONE_ITEM_KINDS:
        return part  # 城管执法的钱用在哪些地方, read as a list of one row: that row's; never a list's first
    figure = part.figures[0]
    row = figure.row
    if figure.label:
        purpose = purpose_stated(part.document, figure.label, [])
    elif not row.is_total:
        purpose = purpose_stated(
            part.document, plain_label(row.label), [plain_label(r.label) for r in row.ancestors()]
        )
    else:
        purpose = None
    return replace(part, sentences=(purpose,)) if purpose is not None else part


def scanned(selection: Selection, index: Index) -> list[DocumentIndex]:
    """The chosen documents whose printed names tell the items of a question apart (社会保障和就业支出 is
    one item): all of them, when few enough are chosen to read."""
    heads = list(dict.fromkeys(selection.heads))
    return [index.document(head) for head in heads] if len(heads) <= MAX_SCAN_DOCUMENTS else []


def with_year_columns(question: Question, selection: Selection) -> Question:
    """2023年三公经费 of a 2024 预算 that prints 2023's figures: the columns or rows of that year are asked."""
    cues = [ColumnCue((f"{year}年",), (f"{year}年",), f"{year}年") for year in sorted(selection.table_years)]
    return replace(question, columns=[*question.columns, *cues]) if cues else question


def year_before_printed(question: Question, selection: Selection, index: Index) -> tuple[str, str] | None:
    """比2023年, or 2023年和2024年…差多少, asked of a 2024 document that prints 2023's figures, with no 2023
    document loaded: the words said and how to read them (比上年, 2024年比上年), so its 上年 columns and the
    change its narrative states answer; the pair, where no table prints 2023, as 2024年比2023年 (what its
    narrative says of the change); None otherwise."""
    one_unit = index.heads if len({head.unit for head in index.heads}) == 1 else []
    years = {head.year for head in selection.heads or selection.unit_has or one_unit}  # 2023 not loaded
    if len(years) != 1:
        return None
    year = years.pop()
    if (said := COMPARED_WITH_YEAR.search(question.text)) and f"{year - 1}" in said.group(0):
        return (said.group(0), "比上年") if year - 1 in selection.table_years else None
    pair = YEAR_PAIR.search(question.text)
    compared = question.has("change") or question.has("compare")
    if pair and compared and {int(pair.group("one")), int(pair.group("other"))} == {year - 1, year}:
        before = "上年" if year - 1 in selection.table_years else f"{year - 1}年"  # its narrative's change
        return pair.group(0), f"{year}年比{before}"
    return None


YEAR_PAIR = re.compile(r"(?P<one>(?:19|20)\d{2})年度?(?:和|与|跟|同|及|、)(?P<other>(?:19|20)\d{2})年度?")
"""2023年和2024年, 2024年与2023年: two years set side by side."""


CHANGE_KINDS = frozenset(
    {ReadingKind.CHANGE, ReadingKind.TABLE_CHANGE, ReadingKind.STATED_DIFFERENCE, ReadingKind.CONCEPT_CHANGE}
)
"""Readings that set a figure against another year's: either year's figure is of the years asked."""


def of_years(reading: Reading, years: frozenset[int]) -> bool:
    """Every part of the reading answers with a figure printed under one of `years` (its column or its
    row), or, a change, one set against it: the table's figure of that year, or a sentence stating the
    change from it (比2023年减少8.00万元)."""
    said = [f"{year}年" for year in years]

    def of_a_year(part: DocumentReading) -> bool:
        figures = part.figures if part.kind in CHANGE_KINDS else part.figures[:1]
        printed = [f"{figure.row.label}|{figure.cell.column if figure.cell else ''}" for figure in figures]
        stated = [figure.sentence for figure in part.stated] if part.kind in CHANGE_KINDS else []
        return any(year in text for year in said for text in (*printed, *stated))

    return bool(reading.parts) and all(of_a_year(part) for part in reading.parts)


def holds_whole(matches: list[Match], subject: str, exact: bool) -> bool:
    """The best record's name holds the subject word for word (租赁费 of 租赁费, not 费收入 of 收入合计), a
    sentence's name with its heading's (五、实施周期); is it, when a verb was left out (a verb may be the
    item's: 财政 is no record of 财政监察)."""
    if not matches:
        return False
    item, said = matches[0].item, match_key(subject).text
    name = item.key.text
    if exact:
        return name == said
    return said in name or (isinstance(item, SentenceEntry) and said in match_key(item.section).text)


def without_part_of_year(query: Query) -> str:
    """The subject without a part of the year (下半年, 第一季度) no record of the documents asked is named by:
    they plan by the year."""
    if not PART_OF_YEAR.search(query.subject):
        return query.subject
    names = [
        *(row.label for document in query.documents for row in document.rows),
        *(stated.subject for document in query.documents for stated in document.stated),
    ]
    return PART_OF_YEAR.sub(
        lambda part: part.group(0) if any(part.group(0) in name for name in names) else "", query.subject
    )


def without_chatter(subject: str, index: Index, verbs_too: bool = True) -> str:
    """The subject without the words said around the item (准备了, 到底, 想请教) that no loaded record's
    name holds: adverbs, particles and the like anywhere, verbs only before or after the item's words
    (准备 of 准备了多少), never one a single character after it makes a noun of (诉讼 of 诉讼费收入). A single
    such character (下 of 问下) is never a word of a name the segmenter keeps whole; a single verb said first
    (发 of 发工资) is none where no name holds it with the word after it (费 of 费收入 is a fee's). Nouns
    stay, so an item that is not loaded is still not found."""

    def named(word: str) -> bool:
        return word in GENERIC_WORDS or bool(index.naming([match_key(word).core]))

    words = singles_joined(segment(subject), named)
    said_first = len(words) > 1 and len(words[0]) == 1 and not named(words[0] + words[1])

    def noun_made(at: int) -> bool:
        after = words[at + 1] if at + 1 < len(words) else ""
        return len(after) == 1 and after not in function_words()

    def chatter(at: int, outer: bool) -> bool:
        word = words[at]
        if word in function_words():
            return len(word) == 1 or not named(word)
        if not (verbs_too and outer and word in verbs()) or len(word) > 1 and noun_made(at):
            return False
        return at == 0 and said_first or not named(word)

    inner = [at for at in range(len(words)) if not chatter(at, outer=True)]
    first, last = (inner[0], inner[-1]) if inner else (0, -1)
    return "".join(word for at, word in enumerate(words) if not chatter(at, outer=not first <= at <= last))


def singles_joined(words: list[str], named: Callable[[str], bool]) -> list[str]:
    """零 + 工 → 零工 where the segmenter left single characters standing that together are a word of a
    loaded name (零 alone is a numeral, chatter)."""
    joined: list[str] = []
    single = False
    for word in words:
        alone = len(word) == 1 and not word.isascii()
        if alone and single and named(joined[-1] + word):
            joined[-1] += word
            continue
        joined.append(word)
        single = alone
    return joined


def asked_clause(query: Query, index: Index) -> Query | None:
    """你好，我是区里的居民，想知道2024年福利院的三公经费是多少，谢谢: among greetings, thanks and who is
    asking, the clause that asks (多少, 几, 什么 …; with the clause before when it names nothing itself) is
    read alone for the item; the units and years were read from the whole question. Its item, spoken
    words left out, must be held by a record name of the documents read, so an item not loaded stays not
    found."""
    clauses = [clause for clause in CLAUSE_BREAKS.split(query.question.text) if clause]
    if len(clauses) < 2:
        return None
    named = [*query.selection.named, *cue_words(query.question)]
    read = {document.head.id for document in query.documents}
    for at, clause in enumerate(clauses):
        if not any(word in clause for word in ASKING_WORDS):
            continue
        subject = without_chatter(subject_of(clause, named), index)
        if not subject and at:
            subject = without_chatter(subject_of(clauses[at - 1] + clause, named), index)
        key = match_key(subject)
        if subject != query.subject and len(key.text) >= MIN_PLAIN_CORE and index.naming([key.core]) & read:
            return query_for(query, subject)
    return None


def with_head(query: Query, headed: str) -> Query:
    """The query also read as `headed` (服务 as 政府采购服务 after 政府采购货物和); as it is when ''."""
    if not headed:
        return query
    variants = (*query.variants, *subject_variants(headed))
    scorer = Scorer(list(variants), query.selection.item_years, query.scorer.table_rests)
    return replace(query, variants=variants, scorer=scorer)


def cues_names_lack(question: Question) -> list[str]:
    """The question's cue words but those a record's name may hold (目标 of 特定目标类项目)."""
    return [word for word in cue_words(question) if not CUE_WORDS_KEPT.search(word)]


def items_after_topic(query: Query) -> list[str]:
    """纳入绩效目标管理的项目，其他运转类和特定目标类各几个: the items of the last clause, when it names two or
    more (read with the cue words names hold, 特定目标类); the clause before sets them in a topic and is no
    part of the first item. [] otherwise."""
    clauses = [clause for clause in CLAUSE_BREAKS.split(query.question.text) if clause]
    if len(clauses) < 2:
        return []
    last = clauses[-1].replace(LIST_COMMA, EACH_JOINER)
    named = [
        *query.selection.named,
        *cues_names_lack(query.question),
        *(word for word in EACH_WORDS if word in last),
    ]
    items = asked_items(subject_of(last, named), query.documents)
    return items if len(items) >= 2 else []


ASKED_AFTER_EACH = re.compile(r"(?:多少|几|占)$")
"""What an each-word asks besides each (各几 → 几, 各占 → 占), kept when one item is asked alone."""


def each_said(query: Query) -> str:
    """The items asked each: the subject; of a share (A和B各占C的多少), the parts before 占, not the whole."""
    return share_parts(query)[0] if query.question.has("share") else query.subject


def of_one_side(items: list[str]) -> bool:
    """收入合计和支出合计: income and spending are set side by side, never added; other items may be."""
    return len({side for item in items for side in DIRECTION_WORDS if side in item}) <= 1


ROWS_SUM_ENDING = re.compile(r"(?:合计|总计|共计|总和|之和|总额)(?:是|为|有)?(?:多少|几)?(?:钱|万元|元)?$")
"""前三个项目合计多少: the rows a ranking or a bound lists are added up (no table's 合计 row is among them)."""


def rows_sum_asked(question: Question) -> bool:
    return sum_asked(question) or bool(ROWS_SUM_ENDING.search(question.text.rstrip("？?。")))


RANKED_PART = re.compile(
    rf"(?P<part>(?:[\u4e00-\u9fff]{{1,12}}?(?:里面|当中|之中|里|中))?"
    rf"(?:{RANKING_WORDS})的?[\u4e00-\u9fff\d]{{0,8}}?)占(?!比)"
)
"""最大的项目占, 项目支出里最多的一项占: the part of a share said as the first of a ranking."""


def ranked_part_named(text: str, index: Index, settings: MatcherSettings) -> str:
    """最大的项目占项目支出多少 → 2024年中央财政就业补助资金占项目支出多少: the share of the item the ranking
    puts first, named as printed, so the ranking decides the part and never a row that only shares its
    words; of units ranked (三公经费最多的单位占多少), that unit's figure of what they are ranked by; '' when
    no part is said so, or the ranking finds no one first item."""
    if RANKED_PART.search(text) is None:
        return ""  # most shares name no ranking: the unit and year are read only for those that do
    masked = years_of(unit_of(text, index)[2], None)[3]
    found = RANKED_PART.search(masked)
    if found is None:
        return ""
    if (top_of(text[: found.end("part")]) or 1) > 1:
        return ""  # 最多的三个项目占: several items, no one of them
    ranking = read_question(text[: found.end("part")] + "是哪个", index, settings, whole=False)
    tops = [part for part in ranking.parts if part.kind == ReadingKind.RANK and part.figures]
    if ranking.kind != ReadingKind.RANK or len(tops) != 1 or tops[0].figures[0].row.is_total:
        return ""  # a total is no item to take the share of
    row = tops[0].figures[0].row
    if row in tops[0].document.unit_rows:  # 三公经费最多的单位占多少: that unit's 三公经费
        return plain_label(row.label) + ranking.subject + text[found.end("part") :]
    return text[: found.start("part")] + plain_label(row.label) + text[found.end("part") :]


def read_each(
    questions: list[str], question: Question, text: str, index: Index, settings: MatcherSettings
) -> Reading:
    """The questions a question asks, each read on its own, added up when a sum of them all is asked."""
    each = tuple(
        item for sub in questions for item in each_item(read_question(sub, index, settings, whole=False))
    )
    summed = sum_asked(question) and added_over_all(text)
    return Reading(ReadingKind.EACH, question.raw, subject=question.text, items=each, summed=summed)


def split_holds(whole: ReadingKind, readings: tuple[Reading, ...], items: list[str]) -> bool:
    """Items joined by 和 that no one name prints are each read when each is an item's figure, or, where
    nothing holds the whole, the rest not found and those found printed under the very names asked (培训费和
    会议费 of a document printing no 会议费: its 培训费, and 会议费 not found; never 信息网络 of 信息网络及软件
    购置更新 read as 信息网络建设费)."""
    if all(reading.kind in ONE_ITEM_KINDS for reading in readings):
        return True
    if whole != ReadingKind.NOT_FOUND:
        return False
    found = [
        (reading, item)
        for reading, item in zip(readings, items, strict=True)
        if reading.kind in ONE_ITEM_KINDS
    ]
    missing = [reading for reading in readings if reading.kind == ReadingKind.NOT_FOUND]
    named = all(printed_as(reading, item) for reading, item in found)
    return bool(found) and named and len(found) + len(missing) == len(readings)


def printed_as(reading: Reading, item: str) -> bool:
    """The reading's first figure is printed under the name asked, as its row or its column (培训费)."""
    figures = [figure for part in reading.parts for figure in part.figures[:1]]
    if not figures:
        return False
    column = figures[0].cell.column.rsplit("/", 1)[-1] if figures[0].cell is not None else ""
    return compact(item) in (compact(plain_label(figures[0].row.label)), compact(plain_label(column)))


def first_clause_compares(text: str, index: Index) -> bool:
    """办公费多少，比上年增减多少: the first clause asks a figure and only a later one compares, so each
    is answered (the figure even where last year is not loaded); False when the first compares too."""
    clauses = asking_clauses(clean(text))
    return not clauses or read_comparison(text_to_question(clauses[0]), index) is not None


def sum_asked(question: Question) -> bool:
    """A和B加起来多少, A和B合计多少: the items' figures are to be added."""
    return any(word in question.text for word in SUM_ASKED_WORDS) or bool(SUMMED_JOINED.search(question.text))


def total_asked(question: Question) -> bool:
    """所有单位的三公经费加起来多少, A和B合计多少: of several documents' figures, their sum is asked."""
    return sum_asked(question) or bool(TOTAL_ASKED.search(question.text))


def item_query(query: Query, item: str, items: list[str], said: list[str]) -> Query:
    """One of several items asked (`said`, the words of each as asked), read as if asked alone: a row said
    with a column of its table (就业补助本年收入) is that row read in that column."""
    alone = asked_alone(query, said[items.index(item)], said)
    if column := column_said_after(item, list(query.documents)):
        row, leaf = column
        cue = ColumnCue((leaf,), (leaf,), leaf)
        return query_for(
            replace(alone, question=replace(alone.question, columns=[*alone.question.columns, cue])), row
        )
    return with_head(query_for(alone, item), shared_head(item, items))


def asked_alone(query: Query, item: str, items: list[str]) -> Query:
    """The query as if it asked only `item`: the other items' words (收入 and 当年 of 当年收入小计) say
    nothing of the side, column or kind of this one (社会保障和就业支出)."""
    text = query.question.text
    for other in items:
        if other != item:
            text = text.replace(other, "", 1)
    for word in EACH_WORDS:  # 各几个 → 几个, 分别是 → 是: the question of one item, as if asked alone
        text = text.replace(word, asked.group(0) if (asked := ASKED_AFTER_EACH.search(word)) else "")
    alone = text_to_question(text)
    question = replace(alone, raw=query.question.raw, cues=alone.cues & query.question.cues)
    return replace(query, question=question)


def comparison_to_selection(comparison: Comparison) -> Selection:
    """The documents compared; or, when the side compared against is not loaded, the other side alone."""
    heads = comparison.heads or (comparison.focus if comparison.fallback else [])
    missing = "" if heads else comparison.missing
    return Selection(
        heads=heads,
        named=comparison.said,
        unit_named=bool(heads),
        missing=missing,
        unit_has=[] if heads else comparison.unit_has,
    )


def read_subject(
    question: Question,
    selection: Selection,
    documents: list[DocumentIndex],
    settings: MatcherSettings,
    default: str = "",
) -> Query:
    """The subject of the question and its readings (abbreviations spelled out, column and table names
    taken out), with the scorer that compares records with them."""
    named = [*selection.named, *cue_words(question)]
    said = question.glossary_term or question.text
    if place := table_place(said, documents):
        question = replace(question, table_words=place[1])
        named.append(place[0])
    if asks_each(question):
        named += [word for word in EACH_WORDS if word in said]
    if asks_each(question) or not comma_in_a_label(said, documents):
        said = said.replace(LIST_COMMA, EACH_JOINER)  # 办公费、差旅费: items joined, each asked or not
    clarified = CLARIFIED_ITEM.search(said)
    subject = subject_of(clarified.group("item") if clarified else said, named)
    subject = SAID_TWICE.sub(r"\g<item>", subject)  # 2025年支出预算和2024年决算支出: one item, two years
    if column := column_said_after(subject, documents):
        subject, leaf = column  # 一般行政管理事务本年收入合计: the row, and the column it is read in
        question = replace(question, columns=[*question.columns, ColumnCue((leaf,), (leaf,), leaf)])
    if money := money_said_with(subject, documents):
        subject, question = money[0], replace(question, table_words=money[1])  # 财政拨款一般公共服务支出
    subject = without_qualifier(subject, documents)  # 本年财政拨款, 部门收入总计; 本年收入 stays printed
    subject = without_side_said(subject, question, documents)
    bare = TRAILING_TOTAL.sub("", subject)
    if len(bare) >= MIN_BARE_TOTAL and not printed_label(subject, documents):
        subject = bare  # 人员经费合计: the 人员经费 total; 当年收入小计 is a row of its own
    subject = label_after_its_description(subject, documents)
    if RECEIVED.search(said) and re.sub("拨款|补助|资金", "", subject) in FUND_GIVERS:
        subject += DIRECTION_WORDS[0]  # 财政给了多少: the 财政拨款 received, its 收入
    subject = part_without_its_whole(said, subject, named, documents)
    if subject in INDICATOR_HEADS:  # 满意度指标有哪些: every project's, no indicator named
        subject = subject_of(said, [*named, *INDICATOR_HEADS])
    return query_for(
        Query(question, subject, (), Scorer([], frozenset()), (), selection, tuple(documents), settings),
        subject or default,
    )


SAID_TWICE = re.compile(rf"^(?P<item>.+?)(?:{ITEM_JOINER})(?P=item)$")
"""支出和支出, left of 2025年支出预算和2024年决算支出 once the years and kinds are out: one item, said for each."""
COMMA_WINDOW = 2
"""The characters either side of a 、 that place it inside a printed label."""


def comma_in_a_label(said: str, documents: list[DocumentIndex]) -> bool:
    """公诉、审判、侦查、执行等检察监督支出: a 、 the documents print inside a row's label joins no items."""
    windows = {
        said[max(0, at - COMMA_WINDOW) : at + COMMA_WINDOW + 1]
        for at, character in enumerate(said)
        if character == LIST_COMMA
    }
    return bool(windows) and any(
        window in row.label for document in documents for row in document.rows for window in windows
    )


TRAILING_TOTAL = re.compile(rf"(?:{'|'.join(TOTAL_WORDS)}|总数)$")
MIN_BARE_TOTAL = 4
"""收入合计 stays whole (收入 alone names too much); 人员经费合计 is the 人员经费 total."""
CLARIFIED_ITEM = re.compile(r"(?:多少|几|什么|啥|吗)[^()]*\((?P<item>[\u4e00-\u9fff“”\"]{2,20})\)$")
"""租房子一年花多少（租赁费）: a name put in brackets after the question says what the item is called."""


TABLE_PLACE = re.compile(r"(?<![代发仪])表格?(?:里面|里边|里|中|内|上)的?")
"""经济分类表里的差旅费, 机关运行经费表中, 在表格里: where the question says the item is printed (人大代表中
says no table)."""
MIN_TABLE_WORDS = 2
MAX_TABLE_WORDS = 12


def table_place(said: str, documents: list[DocumentIndex]) -> tuple[str, str] | None:
    """(the words that place the item, e.g. 在经济分类表里的; the title words among them, 经济分类): the
    longest run of words before 表里 that a loaded table's title holds; no title words when no title holds
    any (在表里, 零工市场表中: the words before stay the item's); None when no table is said."""
    place = TABLE_PLACE.search(said)
    if place is None:
        return None
    titles = [compact(table.title) for document in documents for table in document.tables]
    before = CLAUSE_BREAKS.split(said[: place.start()].replace(LIST_COMMA, " "))[-1]  # no title over a comma
    for start in range(max(0, len(before) - MAX_TABLE_WORDS), len(before) - MIN_TABLE_WORDS + 1):
        words = compact(before[start:])
        if any(words in title for title in titles):
            opener = "在" if before[:start].endswith("在") else ""
            return opener + before[start:] + place.group(0), words
    return place.group(0), ""


PERSON_WORDS = frozenset({"人", "人员", "职工", "员工", "干部", "老人", "同志"})
"""给退休职工的退休费: who a payment goes to, said before the payment's name, is no other item."""


def label_after_its_description(subject: str, documents: list[DocumentIndex]) -> str:
    """给退休的人发…退休费 → 退休费, 租房子的租赁费 → 租赁费: a subject ending in a row's whole label, the
    words before it only saying again what the label says (its own words, an everyday name of it, people
    it is paid to, single characters); the subject as it is otherwise, when it is a label itself, or when it
    is an everyday name the vocabulary knows (水电费 is 水费 and 电费, not a kind of 电费)."""
    if printed_label(subject, documents) or subject in ABBREVIATIONS or subject in COMPOUND_ITEMS:
        return subject
    if contracted_parts(subject, tuple(documents)):  # 离退休费 says 离休费 and 退休费, not a kind of 退休费
        return subject
    labels = {row.key.text for document in documents for row in document.rows}
    words = base_segmenter().cut(subject)  # as a dictionary cuts it, no label learned: 学前教育 is one word
    for count, cut in enumerate(itertools.accumulate(len(word) for word in words[:-1]), 1):
        label = subject[cut:]
        if match_key(label).text not in labels:
            continue  # 学前教育支出: 教育支出 starts inside the word 学前教育, which says another item
        told = [
            word
            for word in words[:count]
            if len(word) > 1
            and word not in PERSON_WORDS
            and word not in label
            and not any(name in label for name in ABBREVIATIONS.get(word, ()))
        ]
        return subject if told else label
    return subject


WITHIN_WHOLE = re.compile(rf"(?:{'|'.join(WITHIN_WORDS)})的?")
"""车里执法执勤的, 人员当中退休的: the part of a whole said after the whole."""
WHOLE_SAID_AGAIN = 0.5
"""车 of 执法执勤用车, 车辆 of it (车 of 车辆): the share of the whole's characters a record's name says again
after the part."""


def part_without_its_whole(said: str, subject: str, named: list[str], documents: list[DocumentIndex]) -> str:
    """车里执法执勤的和特种专业技术的 → 执法执勤用车和特种专业技术用车, 人员里退休的 → 离退休人员: a
    subject that says a whole and then its parts, each part read as the record's name that holds it and
    says the whole again after it; the subject as it is when the whole is another thing (政府性基金里的城乡社区支出)
    or a group the record sits in (商品和服务支出里的办公费), which the readings weigh themselves."""
    if not WITHIN_WHOLE.search(said):
        return subject
    rows = {row.key.text for document in documents for row in document.rows}
    names = sorted(rows | {figure.key.text for document in documents for figure in document.stated}, key=len)
    for within in WITHIN_WHOLE.finditer(said):
        whole = subject_of(said[: within.start()], named)
        if not whole or not subject.startswith(whole) or whole == PROJECT_GROUP:
            continue  # 项目里零工市场的: projects whose names hold it, read as a group (read_lists)
        rest = subject[len(whole) :]
        pieces = ITEM_JOINERS.split(rest[end.end() :] if (end := WITHIN_WHOLE.match(rest)) else rest)
        parts = [named_within(whole, piece, names) for piece in pieces[::2]]
        if parts[0]:
            pieces[::2] = [part or piece for part, piece in zip(parts, pieces[::2], strict=True)]
            return "".join(pieces)
    return subject


def named_within(whole: str, part: str, names: list[str]) -> str:
    """The shortest name that holds the part and says the whole again after it, as its head noun (执法执勤
    用车 says 车 after 执法执勤; 专项资金 says 项 before 资金, so it is no 资金 of 项目); '' when none does,
    when two names that short do (货物采购预算 and 货物采购金额 of two documents), or when the part is a
    name of its own (货物 of 政府采购里货物, a row of the 政府采购 table)."""
    if len(part) < MIN_SIDE or part in names:
        return ""
    wanted = set(whole)
    fitting = [
        name
        for name in names
        if (at := name.find(part)) >= 0
        and sum(char in name[at + len(part) :] for char in wanted) >= WHOLE_SAID_AGAIN * len(wanted)
    ]
    shortest = [name for name in fitting if len(name) == len(fitting[0])] if fitting else []
    return shortest[0] if len(shortest) == 1 else ""


MIN_SOUNDED_LABEL = 2
FUNDS_SUFFIX = "(?:收入|预算)$"
MIN_FUNDS_NAME = 4
"""财政拨款 (of 财政拨款收入), 政府性基金 (of 政府性基金预算) name their columns said alone; 事业 or 其他 (of
事业收入, 其他收入) do not."""
MIN_COLUMN_NAME = 3


def column_said_after(subject: str, documents: list[DocumentIndex]) -> tuple[str, str] | None:
    """(row label, column name) when the subject is a row's label followed by the name of a column (or of a
    group of columns) of the same table (一般行政管理事务 + 本年收入合计); None otherwise, or when a row is
    labelled so whole."""
    said = compact(subject)
    for document in documents:
        for table in document.tables:
            leaves = {compact(part) for column in table.columns for part in column.split("/")}
            for leaf in leaves:
                spoken = re.sub(FUNDS_SUFFIX, "", leaf)  # 养老支出财政拨款: its 财政拨款收入
                ending = leaf if said.endswith(leaf) else spoken if len(spoken) >= MIN_FUNDS_NAME else ""
                if len(leaf) < MIN_COLUMN_NAME or not ending or not said.endswith(ending) or said == ending:
                    continue
                label = said[: -len(ending)]
                if any(compact(row.label) == label for row in table.rows) and not any(
                    compact(row.label) == said for row in table.rows
                ):
                    return label, leaf
    return None


def stated_in_its_block(query: Query) -> list[Match]:
    """社区公共服务中心第二季度用款计划: a figure the narrative states under a name of its own (第二季度用款计划)
    in a description of something (a project's 一、项目概况 … 六、年度预算安排), asked with words of what is
    described before that name: the figure, when those words are said in its description (the paragraphs
    from the 一、 heading before it) and no other figure so named fits; [] otherwise."""
    said = compact(query.subject)
    found = []
    for document in query.documents:
        for figure in document.stated:
            name = stated_name(figure.subject, ACTIVE.get())
            head = said.removesuffix(name).removesuffix("的")
            named = len(name) >= MIN_ASPECT and said.endswith(name) and len(head) >= MIN_PLAIN_CORE
            if other_people(said, name):
                continue  # 在职人员经费 names people 人员经费 is not only of, not a thing described
            if named and head in description_of(document, figure):  # said of what it describes
                found.append(
                    Match(STATED_IN_BLOCK_SCORE, replace(figure, subject=head + figure.subject), document)
                )
    return found if len(found) == 1 else []


STATED_NAMES = 8192
"""Stated figures' names kept read: a few thousand across the documents a process answers from."""


@functools.lru_cache(maxsize=STATED_NAMES)
def stated_name(subject: str, segmenter: Segmenter | None) -> str:
    """第二季度用款计划 → 第二季度用款: a stated figure's name as a question's subject says it, read once per
    segmenter (the words it keeps whole decide what is left)."""
    return compact(subject_of(subject, []))


def row_saying(query: Query) -> list[Match]:
    """国库收付中心预算单列吗: a row of words (单位构成's 上海市普陀区国库收付中心 | 预算不单列，并入本级) whose name
    holds the subject's first words and whose words hold the rest (单列); the one such row, or []."""
    found = []
    for document in query.documents:
        for row in document.rows:
            if not row.cells or not all(is_text(cell) for cell in row.cells):
                continue
            name, words = compact(plain_label(row.label)), compact("".join(cell.raw for cell in row.cells))
            if any(names_and_says(compact(said), name, words) for said in query.variants):
                found.append(Match(STATED_IN_BLOCK_SCORE, row, document))
    return found if len(found) == 1 else []


def names_and_says(said: str, name: str, words: str) -> bool:
    """The subject's first words are in the row's name and the rest in its words (国库收付中心 | 单列)."""
    cut = next((at for at in range(len(said), MIN_ROW_NAME - 1, -1) if said[:at] in name), 0)
    return bool(cut) and len(said) - cut >= MIN_PLAIN_CORE and said_within(said[cut:], words)


def said_within(asked: str, words: str) -> bool:
    """预算(是否)单列 within 预算不单列，并入本级: the asked words but those that ask yes or no in the row's, in
    order, perhaps apart."""
    rest = iter(words)
    return all(character in rest for character in YES_NO_ASKED.sub("", asked))


YES_NO_ASKED = re.compile("是不是|是否|是")


STATED_IN_BLOCK_SCORE = 90.0
MIN_ROW_NAME = 3
"""财政所: the fewest characters of a row's name a question may say it by before asking of its words."""
FIRST_SECTION = re.compile(r"^(?:一|1)[、.．]")
"""一、项目概况: where a numbered description begins."""


def description_of(document: DocumentIndex, figure: StatedEntry) -> str:
    """The text of the paragraphs a stated figure's description runs over: from the last section numbered
    一 at or before its paragraph, to it."""
    if figure.passage is None:
        return ""
    before = [s for s in document.sentences if s.passage is not None and s.passage <= figure.passage]
    starts = [s.passage for s in before if s.passage is not None and FIRST_SECTION.match(s.section)]
    start = max(starts, default=figure.passage)
    return "".join(s.key.text for s in before if s.passage is not None and s.passage >= start)


def label_by_sound(subject: str, documents: list[DocumentIndex]) -> str:
    """电废 → 电费, 三工经费 → 三公经费: the one row label, column or budget concept that sounds exactly as the
    subject, character for character, when none is written so; '' when none or several do."""
    said = compact(subject).lower()
    if said.isascii() and said.isalpha():  # sangong jingfei, linggong shichang: typed in pinyin
        return spelled_in_pinyin(ASKED_IN_PINYIN.sub("", said), documents)
    if len(said) < MIN_SOUNDED_LABEL:
        return ""
    named = [names_by_sound(document) for document in documents]
    if any(said in written for written, _sounds in named):
        return ""
    sound = pinyin_of(said)
    alike = {name for _written, sounds in named for name in sounds.get(sound, ()) if len(name) == len(said)}
    return alike.pop() if len(alike) == 1 else ""


def spelled_in_pinyin(spelled: str, documents: list[DocumentIndex]) -> str:
    """linggongshichang → 零工市场: the one run of characters of a name the documents print (a label, a
    column, a concept, a table's kind) whose pinyin is the letters typed; '' when none or several are."""
    if len(spelled) < MIN_SPELLED:
        return ""
    found: set[str] = set()
    for document in documents:
        written, _sounds = names_by_sound(document)
        for name in written:
            sounds = [pinyin_of(character) for character in name]
            for start in range(len(name)):
                joined = ""
                for end in range(start, len(name)):
                    joined += sounds[end]
                    if len(joined) >= len(spelled):
                        if joined == spelled:
                            found.add(name[start : end + 1])
                        break
    return found.pop() if len(found) == 1 else ""


MIN_SPELLED = 4
"""bgf is no name; gongzi (工资) is the shortest typed in pinyin read as one."""


ASKED_IN_PINYIN = re.compile(r"(?:shi|you)?(?:duoshao(?:qian)?|shenme|jiduo)(?:ne|ma|a)?$")
"""duoshao, shi duoshao qian, shenme: the asking words of a question typed in pinyin, after the name."""


SOUNDED_DOCUMENTS = 64
"""Documents whose names are kept by their sound: more than a process answers from at once."""


@functools.lru_cache(maxsize=SOUNDED_DOCUMENTS)
def names_by_sound(document: DocumentIndex) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The names a document prints (row labels, columns) and the budget concepts, and the same by their
    sound: read once per document, for a question typed by sound is asked of every name."""
    written = {compact(row.label) for row in document.rows}
    written |= {compact(cell.leaf) for row in document.rows for cell in row.cells}
    written |= {compact(word) for concept in CONCEPTS for word in (concept.name, *concept.words)}
    written |= {part for table in document.tables for part in kind_words(table)}  # 机关运行经费
    sounds: dict[str, set[str]] = {}
    for name in written:
        sounds.setdefault(pinyin_of(name), set()).add(name)
    return frozenset(written), {sound: frozenset(names) for sound, names in sounds.items()}


QUALIFIERS = ("本部门", "部门", "本年")
"""Words said before an item that only place it: in the unit's own budget (部门收入总计), this year's
(本年财政拨款, 本年 read as a column cue)."""
MIN_QUALIFIED = 2
CARRIED_SAID = ("结转", "结余")
SAID_BEGINNING = 4
"""本年财政 (of 本年财政拨款) against 本年收入: the first characters that tell a printed name from a year said."""


def without_side_said(subject: str, question: Question, documents: list[DocumentIndex]) -> str:
    """项目支出执行了, 项目支出执行数: the outcome of a 决算 said after the item (a column cue) is no word of
    it, unless the documents print the whole as a row; a budget said so stays (年初预算为… is how the
    narrative states it)."""
    for cue in question.columns:
        if cue.label != ACTUAL_COLUMN:
            continue
        for word in sorted(cue.words, key=len, reverse=True):
            item = subject.removesuffix(word)
            if item != subject and len(item) >= MIN_QUALIFIED and not printed_label(subject, documents):
                return item
    return subject


def money_said_with(subject: str, documents: list[DocumentIndex]) -> tuple[str, str] | None:
    """(item, money) when the subject names a money before or after an item (财政拨款一般公共服务支出,
    一般公共服务支出财政拨款) and a table whose title names that money prints the item: it is read there;
    None otherwise, or when a row is labelled with the whole subject (一般公共预算财政拨款)."""
    said = [
        (money, item)
        for money in MONEY_NAMES
        for end in (subject.removeprefix(money), subject.removesuffix(money))
        if end != subject and len(item := end.removeprefix("的").removesuffix("的")) >= MIN_QUALIFIED
    ]
    if not said or printed_label(subject, documents):
        return None  # most questions name no money: no row is read for them
    for money, item in said:
        key = match_key(item).text
        tables = [
            table for document in documents for table in document.tables if money in compact(table.title)
        ]
        if any(row.key.text == key for table in tables for row in table.rows):
            return item, money
    return None


def without_qualifier(subject: str, documents: list[DocumentIndex]) -> str:
    """本年财政拨款 → 财政拨款, 部门收入总计 → 收入总计; kept where the documents print a name that begins so
    (本年收入, 部门收入预算), and before money carried (本年结余), which 本年 does not date."""
    for word in QUALIFIERS:
        item = subject.removeprefix(word)
        if item == subject:
            continue
        carried = word == QUALIFIERS[-1] and any(said in item for said in CARRIED_SAID)
        if len(item) < MIN_QUALIFIED or carried or begins_a_label(subject, documents):
            return subject
        return item
    return subject


def begins_a_label(subject: str, documents: list[DocumentIndex]) -> bool:
    """本年收入, 本年预算安排, 部门集中采购: the documents print a row, a figure or a class of rows (a
    column of words) whose name begins so."""
    said = match_key(subject).text[:SAID_BEGINNING]
    rows = [row for document in documents for row in document.rows]
    return (
        any(row.key.text.startswith(said) for row in rows)
        or any(figure.key.text.startswith(said) for document in documents for figure in document.stated)
        or any(
            match_key(found.name).text.startswith(said)
            for document in documents
            for found in document.classes
        )
    )


def printed_label(subject: str, documents: list[DocumentIndex]) -> bool:
    """A row of the documents is labelled exactly so."""
    said = match_key(subject).text
    return any(said == row.key.text for document in documents for row in document.rows)


def everyday_name(subject: str) -> str:
    """开会, 人头经费, 公车: a subject that is wholly an everyday name the documents print in one other
    way is asked by that name, so every reading (a column named so, a table's subject) sees it; a name
    its printed form contains, or that contains it (工资 of 基本工资, 财政拨款收入), stays, as it names
    other rows too."""
    expansions = ABBREVIATIONS.get(subject, ())
    apart = len(expansions) == 1 and subject not in expansions[0] and expansions[0] not in subject
    return expansions[0] if apart else subject


def whole_said(subject: str, text: str, named: list[str]) -> str:
    """资产总额是多少 → 资产总额: the subject's total as asked, of it alone (零工市场和就业补助合计 sums two
    items; the 和 of 规划和自然资源局, a unit named, joins none); '' when no total is asked."""
    for name in sorted(named, key=len, reverse=True):
        text = text.replace(name, " ")
    if not subject or any(word in text for word in ITEM_JOINER_WORDS):
        return ""
    return next((subject + word for word in TOTAL_WORDS if subject + word in text), "")


def only_inside_other_names(subject: str, documents: list[DocumentIndex]) -> bool:
    """No row names the item itself or a kind of it (starting or ending with it): the rows that hold it,
    if any, hold it inside another name (资产 in 无形资产购置 only)."""
    item = match_key(subject).core
    return not any(
        row.key.core.startswith(item) or row.key.core.endswith(item)
        for document in documents
        for row in document.rows
    )


def query_for(query: Query, subject: str) -> Query:
    """The query with `subject` as what is asked: its readings, and the scorer that compares with them."""
    question, selection, documents = query.question, query.selection, list(query.documents)
    said, subject = subject, everyday_name(subject)
    variants = list(BARE_TOTALS.get(subject, ())) or subject_variants(subject)
    variants += subject_variants(said) if said != subject else []
    column_free = subject
    for cue in question.columns:
        for word in cue.words:
            column_free = column_free.replace(word, "")
    if len(match_key(column_free).core) >= MIN_COLUMN_FREE and column_free != subject:
        variants += subject_variants(column_free)
    table_rests = [
        (name, variant)
        for name, rest in without_table_names(subject, documents)
        for variant in subject_variants(rest)
    ]
    variants += spoken_variants(subject, column_free, question, documents)
    spoken = subject_of(
        question.glossary_term or question.text, [*selection.named, *cues_names_lack(question)]
    )
    if subject and spoken != subject and CUE_WORDS_KEPT.search(spoken) and not asks_each(question):
        variants += subject_variants(spoken)
    whole = whole_said(subject, question.text, selection.named)
    if whole and not only_inside_other_names(subject, documents):
        whole = ""  # 设备购置合计 where 专用设备购置 is printed: its kinds are summed as usual
    return Query(
        question=question,
        subject=subject,
        variants=tuple(variants),
        scorer=Scorer(variants, selection.item_years, table_rests, whole),
        columns=tuple(question.columns),
        selection=selection,
        documents=tuple(documents),
        settings=query.settings,
    )


def resolve_kind(query: Query) -> tuple[ReadingKind, list[Match]]:
    """Try the readings the cues suggest, most specific first; fall back to an amount, then a sentence."""
    question, documents, settings, score = query.question, query.documents, query.settings, query.scorer
    if (form := resolve_form(query)) is not None:
        return form
    if asks_whole_plan(query):
        return ReadingKind.WHOLE_PLAN, []  # 规划资源局年初预算多少: no 决算 table prints the whole
    if not query.subject and (named := tables_numbered(query)):
        if question.has("list") and any(
            isinstance(m.item, TableEntry) and len(m.item.rows) > 1 for m in named
        ):
            return ReadingKind.LIST, named  # 表六有哪些内容: the rows of the table the question names
        if question.has("rank"):
            return ReadingKind.RANK, named  # 表六里哪项最多: the rows of that table, ranked
        return ReadingKind.ROW, named  # 表十二合计多少: the table the question names, read whole
    if unit_meant(query) and (duties := duty_sentences(query)):
        return ReadingKind.FACT, duties  # 人社局是干什么的: the unit itself is asked about
    if question.glossary_term and not question.has("target"):
        return resolve_meaning(query)
    joined_score = project_joined(
        query
    )  # one scorer for every 绩效目标 and count read below: its memo is shared
    if question.has("target") and INDICATORS_COUNTED.search(question.text):
        targets = [
            match
            for match in target_matches(list(documents), joined_score, "")
            if isinstance(match.item, TargetEntry) and match.score >= settings.min_score
        ]
        if targets:
            return ReadingKind.TARGET, targets  # 有几个绩效指标: the project's indicators, counted
    counts = count_matches(list(documents), joined_score, question) if question.count_noun else []
    if (
        counts
        and counts[0].score >= settings.min_score
        and (question.has("target") or bounds_count(question, counts))
    ):
        return ReadingKind.COUNT, counts
    measure = asked_measure(question.text, MEASURE_WORDS)
    if question.has("target"):
        matches = target_matches(list(documents), joined_score, measure)
        project_asked = bool(matches) and isinstance(matches[0].item, IndicatorEntry)
        project_asked = project_asked and not asks_indicator(question.text)  # 临时工工资的绩效目标
        if project_asked or not (matches and matches[0].score >= settings.min_score):
            matches = targets_of_named_project(query, KNOWN_ITEM_SCORE) or matches
        every = question.has("list") or question.count_noun is not None
        fits = bool(matches) and (matches[0].score >= settings.min_score or measured_alone(matches, measure))
        # 多少人次 asks an indicator's value in its measure, not how many indicators: 几个 and 几项 count them
        known = (
            bool(matches)
            and matches[0].score >= KNOWN_ITEM_SCORE
            or (fits and measure not in ("", "个", "项"))
        )
        listed = every and any(document.targets for document in documents)
        if question.has("rank") and not known and indicator_kinds(query):
            return ReadingKind.TARGET_LIST, []  # 哪个项目的满意度指标最高: the indicators, by their values
        if indicator_bound(question.text) is not None and indicator_kinds(query):
            return ReadingKind.TARGET_LIST, []  # 满意度95%以上的项目: the indicators meeting the bound
        if question.has("rank") and not known and any(document.targets for document in documents):
            return ReadingKind.RANK, []  # 填了绩效目标的项目里哪个最多: the projects of the 绩效目标表
        if not known and not listed and (stated := cue_sentence_figures(query)):
            return (ReadingKind.ROW if question.count_noun is None else ReadingKind.COUNT), stated
        if every and not known and measure not in ("", "个", "项"):
            return ReadingKind.NOT_FOUND, matches[: settings.max_candidates]  # 多少人次: no projects' money
        if every and not known:
            return ReadingKind.TARGET_LIST, []
        if fits:
            return ReadingKind.TARGET, matches
    if question.bound is not None and not question.checks_bound and not counts_things(question):
        return ReadingKind.FILTER, []
    if question.count_noun is not None:
        matches = counts
        if matches and matches[0].score >= settings.min_score:
            return ReadingKind.COUNT, matches
        if names_counted := listed_counts(query):  # 有几个下属单位 where the narrative lists them by name
            return ReadingKind.COUNT, names_counted
        sentences = best([m for d in documents for m in sentence_matches(d, list(query.variants))])
        if sentences and sentences[0].score >= settings.min_score:
            return ReadingKind.FACT, sentences
        targets = target_matches(list(documents), joined_score, measure) if measure else []
        top = targets[0].item if targets else None
        measured = isinstance(top, IndicatorEntry) and counted_in(top, measure)  # 心理辅导多少人次
        if isinstance(top, IndicatorEntry) and HOLDING_ASKED.search(question.text):
            measured = measured and not narrower_count(joined_score, top)  # 有几个村: no project's 行政村数
        if measured and (targets[0].score >= settings.min_score or measured_alone(targets, measure)):
            return ReadingKind.TARGET, targets
        # 公务接待多少批次 where only its money is printed: no count, the rows of money named as nearest
        amounts = [m for d in documents for m in amount_matches(d, score, question, query.columns)]
        return ReadingKind.NOT_FOUND, sort_matches([*matches, *amounts])[: settings.max_candidates]
    if (
        question.has("change")
        and question.has("share")
        and (any(w in question.text for w in CHANGE_OVER_YEAR) or COMPARED_WITH_YEAR.search(question.text))
    ):
        return ReadingKind.CHANGE, []  # 比2022年少了百分之几: a change in %, not a share
    if asks_completion_rank(question.text, query.subject):
        return ReadingKind.RANK_COMPLETION, []  # 哪些项目超支了: the items' stated completion of the 年初预算
    if question.has("change") and asks_ranked_change(question.text):
        return ReadingKind.RANK_CHANGE, []  # 哪项支出比上年减少最多: the items' stated changes, ranked
    if question.has("completion") and not plan_outcome_asked(question):  # 审核完成率: a 绩效指标 so named
        named = [
            m
            for m in target_matches(list(documents), joined_score, measure)
            if isinstance(m.item, IndicatorEntry)
        ]
        if named and named[0].score >= KNOWN_ITEM_SCORE:
            return ReadingKind.TARGET, named
    parts_asked = question.has("list") and concept_called(query.subject) is not None  # 三公经费包括哪些
    for cue, kind in CUE_KINDS:
        if question.has(cue) and not (cue == "list" and parts_asked):
            return kind, []
    if query.subject and not WHOLE_MONEY.sub("", query.subject):
        return ReadingKind.OVERVIEW, []  # 人社局经费多少, 一共有多少资金: all its money, as 有多少钱 is
    matches = sort_matches([m for d in documents for m in amount_matches(d, score, question, query.columns)])
    sentences = best([m for d in documents for m in sentence_matches(d, list(query.variants))])
    sentence_score = sentences[0].score if sentences else 0.0
    fuzzy_only = bool(matches) and matches[0].score < CLEAR_MATCH_SCORE <= sentence_score
    if any(word in question.text for word in SCORE_ASKED):  # 打了几分: no table holds a score
        if sentence_score >= settings.min_score:
            return ReadingKind.FACT, sentences
        if scoring := [match for match in sentences if states_score(match)]:
            return ReadingKind.FACT, scoring  # 自评平均分: the sentence stating the document's score
    exact = bool(matches) and matches[0].score >= WHOLE_ITEM_SCORE
    if not exact and any(projects_named(query, document)[1] for document in documents):
        return ReadingKind.TOPIC, []  # 就业项目多少钱: the projects whose names say 就业, not 就业补助
    if not exact and any(targets_named(query, document) for document in documents):
        return ReadingKind.TARGET_LIST, []  # the same, where only a 绩效目标表 lists the projects
    unheld = not exact and any(projects_unheld(query, document) for document in documents)
    if matches and matches[0].score >= settings.min_score and not fuzzy_only and not unheld:
        return ReadingKind.ROW, matches
    if classed := class_matches(query):
        return ReadingKind.ROW, classed  # 社保缴费多少: the rows 表六's 政府预算经济科目 column classes so
    targets = (
        [m for m in target_matches(list(documents), joined_score, measure) if answers_amount(query, m)]
        if query.subject
        else []
    )
    # 社区公共服务中心多少钱: a project of that name answers before a sentence naming it with no money in it
    asks_money = any(word in question.text for word in AMOUNT_WORDS)
    rival = max((m.score for m in sentences if not asks_money or states_money(m)), default=0.0)
    if targets and targets[0].score >= max(settings.min_score, rival):
        return ReadingKind.TARGET, targets
    if sentence_score >= settings.min_score + SENTENCE_EXTRA:
        return ReadingKind.FACT, sentences
    if not query.subject:
        return ReadingKind.OVERVIEW, []
    return ReadingKind.NOT_FOUND, matches[: settings.max_candidates]


def money_item_uncounted(query: Query) -> Query:
    """公务用车多少 where no document read states how many: a counted noun that also names an item of
    money (公务用车购置及运行费), asked 多少 with no classifier (辆) nor word of counting (数量, 有没有),
    asks the money."""
    question = query.question
    said = any(word in question.text for word in MONEY_ITEM_NOUNS)
    if question.count_noun is None or not said or not counted_bare(question.text):
        return query
    counts = count_matches(list(query.documents), query.scorer, question)
    if counts and counts[0].score >= query.settings.min_score or listed_counts(query):
        return query
    return replace(query, question=replace(question, count_noun=None))


MEASURED_FLOOR = 50.0
MEASURED_LEAD = 30.0
"""How well, and by how much better than anything else, an indicator in the asked measure must fit to
be the one asked when it fits less than clearly: it shares words enough, and nothing else comes near."""


def measured_alone(matches: list[Match], measure: str) -> bool:
    """多少人次 where one indicator counted in 人次 fits far better than anything else: it is the one
    asked, though the question names it loosely (寒托班暑托班解决看护难问题 for 解决小朋友寒暑假看护难问题)."""
    if measure in ("", "个", "项") or not matches:
        return False
    top, *rest = matches
    lead = top.score - max((match.score for match in rest), default=0.0)
    counted = isinstance(top.item, IndicatorEntry) and counted_in(top.item, measure)
    return counted and top.score >= MEASURED_FLOOR and lead >= MEASURED_LEAD


DUTY_SECTIONS = ("职责", "职能")
"""What the heading of the narrative's account of what the unit does says (主要职责, 部门主要职能)."""


def unit_meant(query: Query) -> bool:
    """人社局是干什么的, 你们是做什么的: what is asked the meaning of is the unit (named, or pointed at), not
    a word the subject lost (功能分类是什么意思)."""
    term = query.question.glossary_term
    if not term or query.subject:
        return False
    return term in query.selection.named or bool(POINTING_START.match(term)) or term.endswith(UNIT_SUFFIXES)


def duty_sentences(query: Query) -> list[Match]:
    """The sentences under the heading of what the unit does, in each document read, in their order."""
    return [
        Match(100.0, sentence, document)
        for document in query.documents
        for sentence in document.sentences
        if any(word in sentence.section for word in DUTY_SECTIONS)
    ]


def tables_side_by_side(raw: str, numbers: tuple[int, int], selection: Selection, index: Index) -> Reading:
    """表一和表四一致吗: the totals the two tables share, side by side, in the one document asked."""
    heads = tuple(dict.fromkeys(selection.heads))
    if len(heads) > 1:
        return Reading(ReadingKind.CHOOSE_DOCUMENT, raw, documents=heads)
    part = read_table_agreement(index.document(heads[0]), numbers)
    if part is None:
        asked = "和".join(f"表{number}" for number in numbers) + "共同列出的合计"
        return Reading(ReadingKind.NOT_FOUND, raw, subject=asked, documents=heads)
    return Reading(ReadingKind.TABLE_AGREEMENT, raw, parts=(part,))


NONE_SAID = "(?:无|没有|未安排|未设置|不涉及|未发生|未开展)(?:任何)?"
MIN_NONE_NAMED = 4
"""A name long enough that 无 before it says there is none of it (无形资产, 无党派 are words of their own)."""
NONE_ENDS = r"(?:的?(?:情况|事项|安排|支出|收入|收支|预算|资金))?(?:[，,。；;、）)]|$)"
"""The item ends where the sentence says none of it (无政府购买服务。), never before more of a name (无公务用车
购置预算安排 is no 无公务用车)."""


def none_stated(query: Query, reading: Reading) -> Reading | None:
    """A sentence the reading quotes (or mentions, not found) says there is none of the item (本单位无政府购买
    服务): that sentence alone, as the answer 没有; None when none says so."""
    # 下属单位: 没有下级预算单位 says there are none of them too
    held = HELD_UNITS_NAMED.fullmatch(compact(query.subject))
    if len(query.subject) < MIN_NONE_NAMED and not held:
        return None
    name = HELD_UNITS_SAID_ANY if held else re.escape(compact(query.subject))
    said = re.compile(NONE_SAID + name + NONE_ENDS)
    quoted = [(part.document, sentence) for part in reading.parts for sentence in part.sentences]
    if held:  # what a unit holds is said once, wherever the narrative describes it
        quoted += [(document, sentence) for document in query.documents for sentence in document.sentences]
    for document, sentence in quoted:
        if said.search(compact(sentence.text)):
            one = DocumentReading(ReadingKind.FACT, document, sentences=(sentence,))
            return Reading(
                ReadingKind.FACT, reading.question, subject=query.subject, parts=(one,), none_stated=True
            )
    return None


HELD_UNITS_SAID_ANY = f"(?:{'|'.join((*HELD_UNITS_SAID, '下级'))})的?(?:预算|事业|行政)?单位"
"""下属单位, 所属事业单位, 下级预算单位: the units a unit holds, however its narrative says them."""


WHY_UNANSWERABLE = frozenset({ReadingKind.ROW, ReadingKind.STATED, ReadingKind.FACT})
"""Readings of a figure or a sentence, which may or may not say why (a change's reading says itself)."""


def reason_given(reading: Reading) -> bool:
    """What the reading quotes (a figure's clause, not the rest of its sentence) gives a reason (主要原因是, 由于)."""
    said = [sentence.text for part in reading.parts for sentence in part.sentences]
    said += [figure.clause for part in reading.parts for figure in part.stated]  # as quoted
    return any(word in text for text in said for word in REASON_WORDS)


def rest_of_list(part: DocumentReading, excluded: str) -> DocumentReading:
    """除了X还有什么: the list without X's rows; where it holds none, the rows or columns printed beside X."""
    rest = without_excluded(part, excluded)
    return rest if rest.left_out else rest_beside(part.document, excluded) or rest


def without_excluded(part: DocumentReading, excluded: str) -> DocumentReading:
    """除了办公费还有什么: the list without the rows that name the item, nor the rows under them; when none
    does, the list whole, saying the item is not in it."""
    named = compact(excluded)
    kept = tuple(
        figure
        for figure in part.figures
        if not any(named in compact(plain_label(row.label)) for row in (figure.row, *figure.row.ancestors()))
    )
    left_out = len(part.figures) - len(kept)
    return replace(part, figures=kept, count=part.count - left_out, excluded=excluded, left_out=left_out)


def table_not_printed(query: Query) -> Reading | None:
    """表十四 of a document whose tables run 表一…表十三: not found, with the tables it has; never another
    table's figure. None when the question names no number, a document read prints it, or a document
    numbers none of its tables (its numbers cannot be told)."""
    number = query.question.table_number
    if number is None or tables_numbered(query):
        return None
    if not query.documents or not all(
        any(table.number_value is not None for table in document.tables) for document in query.documents
    ):
        return None
    said = table_named(query.question.text)
    tables = [table.reference for document in query.documents for table in document.tables]
    return replace(
        not_found(query, []),
        subject=said.group(0) if said else f"表{number}",
        nearest=tuple(dict.fromkeys(tables)),
        table_unprinted=True,
    )


def tables_numbered(query: Query) -> list[Match]:
    """The tables numbered as the question says (表12, 公开09表), in the documents read."""
    number = query.question.table_number
    if number is None:
        return []
    return [
        Match(100.0, table, document)
        for document in query.documents
        for table in document.tables
        if table.number_value == number
    ]


def stated_in(match: Match) -> list[StatedEntry]:
    """The figures a matched sentence states; none for any other match."""
    item = match.item
    return match.document.stated_by_sentence.get(item.text, []) if isinstance(item, SentenceEntry) else []


def states_score(match: Match) -> bool:
    """The sentence states a score (平均得分99.33分)."""
    return any(figure.kind == SCORE_KIND for figure in stated_in(match))


PROJECT_JOINER = re.compile(r"(?<=[\u4e00-\u9fff])项目的?(?=[\u4e00-\u9fff])")
"""护工培训项目满意度: 项目 between a project's name and its indicator's, which no target prints."""


def project_joined(query: Query) -> Scorer:
    """The scorer of a 绩效目标 question, with each reading also tried without the 项目 joining a
    project's name to its indicator's (护工培训项目满意度 → 护工培训满意度)."""
    joined = [PROJECT_JOINER.sub("", variant) for variant in query.variants]
    if joined == list(query.variants):
        return query.scorer
    return Scorer([*query.variants, *joined], query.selection.item_years, query.scorer.table_rests)


def states_money(match: Match) -> bool:
    """The sentence states an amount of money (预算410万元), not only other figures (面积4000.6平方米)."""
    return any(figure.kind == "amount" and figure.unit in AMOUNT_UNITS for figure in stated_in(match))


def answers_amount(query: Query, match: Match) -> bool:
    """教育支出是多少, 公共服务中心建设要花多少钱 ask for money: a 绩效指标 counted in 次 or %, or said in
    words (完善率), is no answer to it."""
    money = query.subject.endswith(AMOUNT_NOUN_ENDINGS) or any(word in query.question.text for word in "钱花")
    if not isinstance(match.item, IndicatorEntry) or not money:
        return True
    return match.item.value.rstrip().endswith("元")


def bounds_count(question: Question, counts: list[Match]) -> bool:
    """20万元以上的设备有多少台: the narrative states the count with the bound's amount in its sentence."""
    if question.bound is None:
        return False
    amount = f"{question.bound.amount.value.normalize():f}"
    return amount in counts[0].item.sentence if isinstance(counts[0].item, StatedEntry) else False


def resolve_meaning(query: Query) -> tuple[ReadingKind, list[Match]]:
    """什么是X: a 名词解释 term; else a project of that name, a row of that name (its figures, saying no
    definition is given), a narrative sentence, the closest term. A term merely like X (一般公共预算 for
    一般公共服务支出) is no answer where a row is named X."""
    documents, settings, score = query.documents, query.settings, query.scorer
    terms = best([m for d in documents for m in scored(((t.key, t) for t in d.terms), d, score)])
    term_score = terms[0].score if terms else 0.0
    if term_score >= KNOWN_ITEM_SCORE:
        return ReadingKind.DEFINE, terms
    amounts = [m for d in documents for m in amount_matches(d, score, query.question, query.columns)]
    rows = sort_matches([m for m in amounts if not isinstance(m.item, StatedEntry)])  # printed in a table
    row_named = bool(rows) and rows[0].score >= KNOWN_ITEM_SCORE
    if term_score >= settings.min_score and not row_named:
        return ReadingKind.DEFINE, terms
    if GLOSSARY_NAME in query.question.text:  # 名词解释里的X: only the glossary answers
        return ReadingKind.NOT_FOUND, terms[: settings.max_candidates]
    if PARTS_OF_TERM.search(query.question.text) and holds_rows(query):
        return ReadingKind.LIST, []  # 公共安全支出包括什么, no glossary term: the rows printed under it
    targets = target_matches(list(documents), score)
    if targets and targets[0].score >= KNOWN_ITEM_SCORE:
        return ReadingKind.TARGET, targets
    if row_named:
        return ReadingKind.ROW, rows
    if classed := class_matches(query):
        return ReadingKind.ROW, classed  # 公用经费包括什么, unprinted: the 经济分类 classes it is made of
    sentences = best([m for d in documents for m in sentence_matches(d, list(query.variants))])
    if sentences and sentences[0].score >= KNOWN_ITEM_SCORE:
        return ReadingKind.FACT, sentences
    if term_score >= CLOSEST_TERM_SCORE:
        return ReadingKind.DEFINE, terms
    return ReadingKind.NOT_FOUND, terms[: settings.max_candidates]


def holds_rows(query: Query) -> bool:
    """A row that is the subject, by name, has rows printed under it (公共安全支出 over 法院)."""
    for document in query.documents:
        parents = {id(row.parent) for row in document.rows if row.parent is not None}
        if any(id(row) in parents and query.scorer(row.key) >= KNOWN_ITEM_SCORE for row in document.rows):
            return True
    return False


def relevant_documents(query: Query, matches: list[Match]) -> list[DocumentIndex]:
    """The documents whose records fit well enough; with several loaded, those close to the best."""
    documents = list(query.documents)
    if len(documents) <= 1 or not matches:
        return documents
    top: dict[int, float] = {}
    for match in matches:
        top[match.document.head.id] = max(top.get(match.document.head.id, 0.0), match.score)
    highest = max(top.values())
    floor = max(query.settings.min_score, highest - DOCUMENT_MARGIN)
    keep = [d for d in documents if top.get(d.head.id, 0.0) >= floor]
    return keep or documents


def read_documents(query: Query, kind: ReadingKind, matches: list[Match]) -> Reading:
    """Each relevant document's reading; a question no document answers is not found."""
    parts = []
    for document in relevant_documents(query, matches):
        part = read_document(query, kind, document, [m for m in matches if m.document is document])
        if part is not None:
            parts.append(part)
    answering = [part for part in parts if part.kind != ReadingKind.MENTIONED]
    if not answering or kind == ReadingKind.NOT_FOUND:  # a part found of a NOT_FOUND is its context only
        return replace(not_found(query, matches), parts=tuple(parts))
    return answered(query, kind, answering)


def answered(query: Query, kind: ReadingKind, parts: Sequence[DocumentReading]) -> Reading:
    """The question's reading from the parts of the documents that answer it."""
    return Reading(
        kind,
        query.question.raw,
        subject=query.subject,
        parts=tuple(parts),
        documents=tuple(document.head for document in query.documents),
        unit_named=query.selection.unit_named,
        spend=query.question.has("spend"),
    )


def latest_of_each_unit(parts: list[DocumentReading]) -> list[DocumentReading]:
    """哪个单位三公经费最多, naming no year: each unit once, by the latest of its documents that answer (a unit
    is not ranked against itself in another year)."""
    latest: dict[str, int] = {}
    for part in parts:
        head = part.document.head
        latest[head.unit_name] = max(latest.get(head.unit_name, head.year), head.year)
    return [part for part in parts if part.document.head.year == latest[part.document.head.unit_name]]


def run_on_unfound(
    question: Question, selection: Selection, index: Index, settings: MatcherSettings
) -> Reading | None:
    """永定区园林绿化局公园建设, 卫生健康局医院补助: words read as a unit not loaded (公园, 医院) that its
    documents print nowhere may still have been asked as the loaded unit's item; its reading, asked with
    的 between them, when that finds nothing either (the reply says so beside the unit not loaded)."""
    at = question.text.find(selection.run_on)
    if at < 0:
        return None
    end = at + len(selection.run_on)
    reading = read_question(f"{question.text[:end]}的{question.text[end:]}", index, settings, whole=False)
    return reading if reading.kind == ReadingKind.NOT_FOUND and reading.subject else None


def not_found(query: Query, matches: list[Match]) -> Reading:
    """Nothing fits: what was asked (without the unit it was asked of), and the nearest names: those
    scored at least NEAREST_SCORE, else, for an item, those sharing a word."""
    if unheld := [document for document in query.documents if projects_unheld(query, document)]:
        matches = nearest_projects(query, unheld)  # 绿化项目: no table or column of projects is nearer
    nearest = list(
        dict.fromkeys(
            name for match in matches if match.score >= NEAREST_SCORE and (name := nearest_name(match))
        )
    )
    if not nearest and query.question.glossary_term is None:
        nearest = list(dict.fromkeys(names_sharing_a_word(query)))
    asked, term = query.question.text, query.question.glossary_term or ""
    for name in query.selection.named:
        asked, term = asked.replace(name, ""), term.replace(name, "").strip("的")
    counted = query.question.count_noun.called if query.question.count_noun else ""
    spoken = subject_of(query.question.text, [*query.selection.named, *cues_names_lack(query.question)])
    said = spoken if query.subject and query.subject in spoken and CUE_WORDS_KEPT.search(spoken) else ""
    said = query.scorer.whole or said  # 资产总额: the whole asked, as said
    return Reading(
        ReadingKind.NOT_FOUND,
        query.question.raw,
        subject=said
        or query.subject
        or counted
        or term  # 功能分类是什么意思: the word, though the subject lost it
        or spoken
        or asked.strip()
        or query.question.text,
        documents=tuple(document.head for document in query.documents),
        nearest=tuple(nearest[: query.settings.max_candidates]),
    )


def each_item(reading: Reading) -> tuple[Reading, ...]:
    """A part of a two-part question that is itself several items (结转结余: 年初 and 年末) gives them as
    parts of their own, numbered with the rest; a sum of items stays one part."""
    return reading.items if reading.kind == ReadingKind.EACH and not reading.summed else (reading,)


def names_sharing_a_word(query: Query) -> list[str]:
    """The rows and projects whose names hold a word of the subject that few of them hold (仲裁 of 劳动仲裁
    in 仲裁工作经费): what the user may have meant when no name is near the whole subject. A word most
    names hold (工作, 支出) relates nothing."""
    names = dict.fromkeys(
        [plain_label(row.label) for document in query.documents for row in document.rows]
        + [target.project for document in query.documents for target in document.targets]
    )
    words = [
        word for word in base_segmenter().cut(match_key(query.subject).core) if len(word) >= MIN_SHARED_WORD
    ]
    found: list[str] = []
    for word in words:
        holding = [name for name in names if word in name]
        found += holding if len(holding) <= MAX_NAMES_SHARING else []
    return found


def nearest_projects(query: Query, documents: list[DocumentIndex]) -> list[Match]:
    """The projects of these documents, best fitting first, as candidates for a group none of them is."""
    rows = [(document, row) for document in documents for row in project_rows(document, None)]
    return best([Match(query.scorer(row.key), row, document) for document, row in rows])


def nearest_name(match: Match) -> str:
    item = match.item
    for attribute in ("label", "project", "term", "subject", "title"):
        value = getattr(item, attribute, "")
        if value:
            return plain_label(value)
    cell = getattr(item, "cell", None)
    return cell.leaf if cell is not None else ""


def read_document(
    query: Query, kind: ReadingKind, document: DocumentIndex, matches: list[Match]
) -> DocumentReading | None:
    """The reading one document supports, or None when it holds nothing that fits."""
    counted = query.question.count_noun is not None  # 公务接待多少批次: no amount of the 三公 item
    if kind in CONCEPT_KINDS and not counted and (part := read_concept_reading(query, document)) is not None:
        return part
    if kind == ReadingKind.DEFINE and matches:
        return read_define(query, document, matches)
    if kind == ReadingKind.ROW and query.question.row_place is not None and matches:
        return read_row_place(query, document, matches)  # 表三第二行
    if kind == ReadingKind.TARGET and matches:
        item = matches[0].item
        if isinstance(item, TargetEntry):
            return read_target(query, document, item)
        if isinstance(item, IndicatorEntry):
            return read_indicator(document, item)
    if kind == ReadingKind.UNTARGETED:
        return read_untargeted(document)
    if kind == ReadingKind.TARGET_LIST:
        if attribute := attribute_asked(query):
            return read_attribute(document, attribute)
        return read_target_list(document, query) or read_targets_said(query, document)
    if kind == ReadingKind.COUNT and matches:
        return read_count(query, matches)
    if kind == ReadingKind.COUNT_ROWS:
        return read_project_count(query, document)
    if kind == ReadingKind.UNIT_LIST:
        return read_units(query, document)
    if kind == ReadingKind.MAIN_USES:  # 项目支出主要用在哪 where no 功能分类 table prints it: its amount
        main_uses = read_carried_uses(query, document) or read_main_uses(query, document)
        return main_uses or (read_fallback(query, document, []) if column_named(query) else None)
    if kind == ReadingKind.INCOME_SOURCES:
        return read_income_sources(document)
    if kind == ReadingKind.TERM_LIST:
        return DocumentReading(ReadingKind.TERM_LIST, document) if document.terms else None
    if kind == ReadingKind.TABLE_LIST:
        return DocumentReading(ReadingKind.TABLE_LIST, document) if document.tables else None
    if kind == ReadingKind.MONEY_UNIT:
        return read_money_unit(query, document)
    if kind == ReadingKind.CODE:
        return read_code(document, matches)
    if kind == ReadingKind.TOPIC:
        return read_named_projects(query, document)
    special: dict[ReadingKind, Callable[[], DocumentReading | None]] = {
        ReadingKind.SHARE: lambda: read_share_or_completion(query, document),
        ReadingKind.CHANGE: lambda: read_change(query, document),
        # 预算收入 of a 决算 stating only its 支出's budget: the 收入 it prints, the composer saying so
        ReadingKind.WHOLE_PLAN: lambda: (
            read_whole_plan(document, budget_asked(query.question.text), query.subject)
            or (read_fallback(query, document, []) if query.subject else None)
        ),
        ReadingKind.RANK_CHANGE: lambda: read_ranked_changes(query, document),
        # 三公经费哪项执行率最低: the rates of 三公经费, the words asking for rates left out of the item
        ReadingKind.RANK_COMPLETION: lambda: read_completion_ranks(
            query_for(query, completed_item(query.subject)), document
        ),
        ReadingKind.RANK: lambda: read_rank_asked(query, document),
        ReadingKind.LIST: lambda: (
            read_list(query, document)
            or read_class(query, document, [])  # 社会保障缴费包括哪些: the rows a column of words classes so
            or (
                None
                if CLASSIFICATION_NAMED.search(query.question.text)
                else read_term_included(query, document)
            )
            or read_section(query, document)
        ),
        ReadingKind.FILTER: lambda: read_filter(query, document),
    }
    if kind in special and ((part := special[kind]()) is not None or kind in NO_AMOUNT_KINDS):
        return part
    if (
        kind in (ReadingKind.RANK, ReadingKind.LIST, ReadingKind.FILTER)
        and PROJECT_GROUP in query.question.text
    ):
        return None  # 哪个项目最多, 超过100万的项目 with no project to rank or keep: not the 项目支出 total
    if kind == ReadingKind.FACT and matches:
        return read_fact(query, document, matches)
    if kind == ReadingKind.OVERVIEW:
        return read_overview(query, document)
    part = read_fallback(query, document, matches if kind == ReadingKind.ROW else [])
    return concept_in_its_table(query, document, part) if part is not None else None


def read_rank_asked(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """哪个最多; 办公费是基本支出里最多的吗: the ranking of what the question names besides the item, read up to
    the item."""
    if query.question.has("units"):  # 宁溪县教育局哪个下属单位的三公经费最多: its table by unit, else none
        return read_unit_rank(query, document)
    checked = checked_item(query, document)
    if checked is not None:
        item, scope = checked
        part = read_whether_first(query_for(query, scope), document, item)
        if part is not None:
            return part
    return read_rank(query, document)


def read_share_or_completion(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """A share; asked of a 决算 how far its budget was carried out (完成了年初预算的多少), its 完成率."""
    if query.question.has("completion") and document.head.kind == "决算":
        completion = read_completion(query_for(query, completed_item(query.subject)), document)
        if completion is None or not any(word in query.question.text for word in REASON_CUES):
            return completion
        return replace(completion, sentences=reason_for(document, completion))  # 为什么没有完成预算
    if plan_outcome_asked(query.question):  # a 预算 has no outcome yet: no 完成率, never a share of it
        return None
    return read_share(query, document)


PLAN_WORDS = ("预算", "执行")
"""完成预算, 预算执行率: the 完成率 asked is of a budget, not a 绩效指标 named so (审核完成率)."""


def plan_outcome_asked(question: Question) -> bool:
    """How far a budget was carried out is asked (完成预算, 执行率), not a 完成率 of something else."""
    return question.has("completion") and any(word in question.text for word in PLAN_WORDS)


def with_planned_column(question: Question, selection: Selection) -> Question:
    """2024年预算的三公经费, 三公经费预算 where only a 决算 is chosen: the 决算's 预算数 columns are what
    is asked."""
    asks_budget = bool(YEAR_BUDGET.search(question.text)) or (
        question.prefers_budget and not question.has("spend")  # 预算135.9实际花了多少 asks the 决算
    )
    if not asks_budget or not all(head.kind == "决算" for head in selection.heads):
        return question
    if any(cue.label == PLANNED_CUE.label for cue in question.columns):
        return question
    return replace(question, columns=[*question.columns, PLANNED_CUE])


OUTCOME_WORD = "完成情况"
"""What asks a 预算's targets (培训人数完成情况) and a 决算's outcome against its budget."""


def with_outcome_asked(question: Question, selection: Selection) -> Question:
    """三公经费完成情况 of 决算 only: how far the budget was carried out, not a 绩效指标's target (a 决算
    publishes no targets), unless the question names a target too."""
    if OUTCOME_WORD not in question.text or not all(head.kind == "决算" for head in selection.heads):
        return question
    if any(word in question.text.replace(OUTCOME_WORD, "") for word in TARGET_CUES):
        return question
    return replace(question, cues=(question.cues - {"target"}) | {"share", "completion"})


def read_targets_said(query: Query, document: DocumentIndex) -> DocumentReading | None:
    """绩效目标有哪些 where the document publishes no 绩效目标表: what its narrative says of its targets
    (本单位编报绩效目标的项目共1个…); asked how many, the count it states of them."""
    if query.question.count_noun is not None:
        counts = [f for f in document.stated if f.kind == "count" and TARGETS_NAME in f.subject]
        if counts:
            return read_count(query, [Match(EXACT, counts[0], document)])
    outcome = document.head.kind == "决算" and OUTCOME_ASKED.search(query.question.text)
    sentences = sentence_matches(document, list(OUTCOME_SAID) if outcome else [TARGETS_NAME])
    fits = sentences and sentences[0].score >= query.settings.min_score
    return read_fact(query, document, sentences) if fits else None


OUTCOME_SAID = ("绩效自评", "绩效评级", "绩效评价")
"""How a 决算's narrative says its targets came out (绩效自评的项目39个, 绩效评级为“优”的项目): what 目标完成了吗
asks of it, not how many targets were set."""


def read_fallback(query: Query, document: DocumentIndex, matches: list[Match]) -> DocumentReading | None:
    """An amount when one fits, else the sentence of the narrative that fits best; a count is never
    answered with an amount."""
    if query.question.count_noun is not None:
        sentences = sentence_matches(document, list(query.variants))
        fits = sentences and sentences[0].score >= query.settings.min_score
        return read_fact(query, document, sentences) if fits else None
    if not matches:
        matches = sort_matches(amount_matches(document, query.scorer, query.question, query.columns))
    matches = column_rows_passed_over(query, document, matches)
    if matches and matches[0].score >= query.settings.min_score:
        return read_amount(query, document, matches)
    sentences = sentence_matches(document, list(query.variants))
    if sentences and sentences[0].score >= query.settings.min_score:
        return read_fact(query, document, sentences)
    return None


def read_funded(query: Query) -> Reading | None:
    """The funds' rows of each document printing no 财政拨款 of its own, or the funds' totals of a part of
    its spending (财政拨款基本支出), to be added up; None when the question asks no 财政拨款 or no
    document prints its funds so."""
    parts = []
    for document in query.documents:
        if rows := funded_parts(query, document):
            figures = tuple(main_figure(row, query.columns) for row in rows)
            parts.append(DocumentReading(ReadingKind.TOPIC, document, figures=figures, name=query.subject))
        elif figures := fund_part_figures(query, document):
            defined = FUNDS_PART_DEFINED.format(part=compact(query.subject).removeprefix(FUNDED))
            parts.append(
                DocumentReading(
                    ReadingKind.TOPIC, document, figures=figures, name=query.subject, defined=defined
                )
            )
    return answered(query, ReadingKind.ROW, parts) if parts else None


CLASS_CHANGES_SHOWN = 3


def read_class_changes(query: Query) -> Reading | None:
    """省人大2019年比2017年哪类支出增加最多: of one unit's two documents compared, each 功能分类 类 the later
    prints, read side by side in both, those that moved the way asked ranked by how far; None unless the
    documents are one unit's two and some 类 moved so."""
    documents = list(query.documents)
    if len(documents) != 2 or len({document.head.unit_name for document in documents}) != 1:
        return None
    found = functional_classes(max(documents, key=lambda document: document.head.year))
    direction = direction_asked(query.question.text)
    moved: list[tuple[Decimal, Reading]] = []
    for row in found[1] if found else []:
        sides = read_compared(query_for(query, plain_label(row.label)), ReadingKind.COMPARE)
        cells = [part.figures[0].cell for part in sides.parts if part.figures]
        values = [cell.value for cell in cells if cell is not None and cell.value is not None]
        change = values[0] - values[1] if len(sides.parts) == len(values) == 2 else Decimal(0)
        if change and (not direction or change * direction > 0):
            moved.append((abs(change), sides))
    if not moved:
        return None
    shown = sorted(moved, key=lambda pair: -pair[0])[: query.question.top or CLASS_CHANGES_SHOWN]
    return Reading(
        ReadingKind.EACH,
        query.question.raw,
        subject=query.subject,
        items=tuple(sides for _change, sides in shown),
        ranked_change=direction,
    )


def read_compared(query: Query, kind: ReadingKind, latest_only: bool = False) -> Reading:
    """Documents side by side (two units, years or kinds; or every document ranked): each one's figure
    (`latest_only`: of each unit, only its latest document that has one)."""
    parts, lacking = compared_parts(query, kind)
    if not parts:
        return not_found(query, [])
    if latest_only:
        parts = latest_of_each_unit(parts)
        answered = {part.document.head.unit_name for part in parts}
        lacking = tuple(head for head in lacking if head.unit_name not in answered)
    return Reading(
        kind,
        query.question.raw,
        subject=query.subject,
        parts=tuple(parts),
        lacking=lacking,
        ascending=asks_the_less(query.question.text),
        beside=stated_change_beside(query, parts) if kind == ReadingKind.COMPARE else None,
    )


def with_year_not_loaded(
    reading: Reading, comparison: Comparison, selection: Selection, index: Index, asks_change: bool
) -> Reading:
    """The year compared against (or asked of) is not loaded: say which years are; the narrative's
    比上年 may answer."""
    units = tuple(dict.fromkeys(head.unit for head in selection.heads))
    loaded = tuple(sorted((head for head in index.heads if head.unit in units), key=lambda head: head.year))
    previous = against_the_year_before(comparison, selection)
    not_loaded = YearNotLoaded(comparison.missing, units, loaded, previous, asks_change)
    return replace(reading, year_not_loaded=not_loaded)


def against_the_year_before(comparison: Comparison, selection: Selection) -> bool:
    """The year compared against is the one before a chosen document's: what its narrative states 比上年."""
    focus_years = {head.year for head in selection.heads}
    return comparison.base_year is None or comparison.base_year + 1 in focus_years

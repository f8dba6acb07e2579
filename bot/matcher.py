"""From a Chinese question to an Intent: what is asked, about which documents, and the records that fit.

The question is read (bot.question), its documents chosen (bot.documents), its subject segmented with
jieba, and every record of the chosen documents scored against it (bot.similarity). Which records are
scored depends on what is asked: a meaning looks in 名词解释, a count in stated counts and 绩效指标,
an amount in table rows, column totals, whole tables and narrative figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.comparison import Comparison, read_comparison
from bot.documents import MAX_SCAN_DOCUMENTS, Selection, select_documents
from bot.index import (
    Cell,
    DocumentIndex,
    Index,
    IndicatorEntry,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TargetEntry,
    TermEntry,
)
from bot.lexicon import (
    AMOUNT_TABLE_PRIORITY,
    MAIN_COLUMN_WORDS,
    QUOTA_WORDS,
    TOTAL_LABELS,
    ColumnCue,
)
from bot.normalize import compact
from bot.question import Question, cue_words, segment, subject_of, subject_variants, text_to_question
from bot.similarity import CONTAINED, MatchKey, match_key, similarity
from knowledge.settings import MatcherSettings

TOPIC_SCORE = CONTAINED
CUE_BONUS = 4.0
TABLE_NUMBER_BONUS = 8.0
CODE_SCORE = 100.0
QUOTA_PENALTY = 10.0
SECTION_BONUS = 5.0
MIN_COLUMN_FREE = 3
CLEAR_MATCH_SCORE = 80.0
MIN_KEPT_SCORE = 30.0
MAX_BONUS = 2 * CUE_BONUS + TABLE_NUMBER_BONUS
KNOWN_ITEM_SCORE = 90.0
COMPARED_BY_DEFAULT = "支出总计"  # what two documents are compared by when the question names nothing
SENTENCE_EXTRA = 10.0  # a narrative sentence must clear min_score by this much to answer alone
CLOSEST_TERM_SCORE = 50.0
KIND_RANK = {"row": 0, "column": 1, "table": 2, "stated": 3, "target": 4}


@dataclass(frozen=True, slots=True)
class ColumnTotal:
    """A column of a table read on its total row: 基本支出 212.44 on 表三's 合计."""

    table: TableEntry
    row: RowEntry
    cell: Cell
    key: MatchKey


Item = (
    RowEntry
    | ColumnTotal
    | TableEntry
    | StatedEntry
    | TargetEntry
    | IndicatorEntry
    | TermEntry
    | SentenceEntry
)


@dataclass(slots=True)
class Match:
    score: float
    item: Item
    document: DocumentIndex

    @property
    def kind(self) -> str:
        names = {RowEntry: "row", ColumnTotal: "column", TableEntry: "table", StatedEntry: "stated"}
        return names.get(type(self.item), "target")


@dataclass
class Intent:
    """What the question asks (kind), about which documents, and the best-fitting records, best first."""

    kind: str
    question: Question
    subject: str
    selection: Selection
    documents: list[DocumentIndex] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    denominator: list[Match] = field(default_factory=list)
    columns: list[ColumnCue] = field(default_factory=list)
    scorer: Scorer | None = None
    variants: list[str] = field(default_factory=list)
    settings: MatcherSettings = field(default_factory=MatcherSettings)
    comparison: Comparison | None = None


class Scorer:
    """Scores records against the subject's variants, remembering label pairs already compared."""

    def __init__(self, variants: list[str], years: frozenset[int]) -> None:
        self.keys = [match_key(variant) for variant in variants if variant]
        self.years = years
        self.memo: dict[str, float] = {}

    def __call__(self, key: MatchKey) -> float:
        if key.text not in self.memo:
            self.memo[key.text] = max((similarity(q, key, self.years) for q in self.keys), default=0.0)
        return self.memo[key.text]


def table_rank(table: TableEntry) -> int:
    return (
        AMOUNT_TABLE_PRIORITY.index(table.kind)
        if table.kind in AMOUNT_TABLE_PRIORITY
        else len(AMOUNT_TABLE_PRIORITY)
    )


def satisfies_columns(table: TableEntry, cells: Iterable[Cell], columns: list[ColumnCue]) -> bool:
    """The table (its title or a column) holds what the question's column words ask for."""
    texts = [table.title, *(cell.column for cell in cells)]
    return all(any(word in text for word in cue.header_words for text in texts) for cue in columns)


def column_totals(table: TableEntry) -> list[ColumnTotal]:
    total = table.total_row
    if total is None:
        return []
    return [
        ColumnTotal(table, total, cell, match_key(cell.leaf))
        for cell in total.cells
        if cell.leaf
        and not any(word in cell.leaf for word in MAIN_COLUMN_WORDS)
        and not cell.leaf[:4].isdigit()
    ]


def amount_matches(
    document: DocumentIndex, score: Scorer, question: Question, columns: list[ColumnCue]
) -> list[Match]:
    """Rows, column totals, whole tables and narrative amounts of one document, scored."""
    found: list[Match] = []
    named_tables = {id(table) for table in document.tables if table_named(question, table)}
    for row in document.rows:
        if row.key.text in TOTAL_LABELS or (row.table.is_projects and row.table.total_row is row):
            continue
        value = CODE_SCORE if row.code and row.code in question.codes else score(row.key)
        if value + MAX_BONUS < MIN_KEPT_SCORE:
            continue
        if columns and satisfies_columns(row.table, row.cells, columns):
            value += CUE_BONUS
        if question.table_number is not None and row.table.number_value == question.table_number:
            value += TABLE_NUMBER_BONUS
        if id(row.table) in named_tables:
            value += CUE_BONUS
        if value >= MIN_KEPT_SCORE:
            found.append(Match(value, row, document))
    others: list[Match] = []
    for table in document.tables:
        bonus = CUE_BONUS if id(table) in named_tables else 0.0
        others += [Match(score(total.key) + bonus, total, document) for total in column_totals(table)]
        names = [table.key, match_key(table.kind), *(match_key(part) for part in kind_words(table))]
        others.append(Match(max(score(key) for key in names), table, document))
    others += [
        Match(score(figure.key), figure, document) for figure in document.stated if figure.kind == "amount"
    ]
    return found + [match for match in others if match.score >= MIN_KEPT_SCORE]


def kind_words(table: TableEntry) -> list[str]:
    """三公经费和机关运行经费 → [三公经费, 机关运行经费]: the names a question may give the table."""
    return [part for part in compact(table.kind).split("和") if len(part) >= 3]


def table_named(question: Question, table: TableEntry) -> bool:
    """The question names the table an item is in (“三公”经费中的公务接待费)."""
    text = compact(question.text)
    return any(part in text for part in kind_words(table))


def without_table_names(subject: str, documents: list[DocumentIndex]) -> list[str]:
    """三公经费公务接待费 → 公务接待费: the item once the table it was said to be in is taken out."""
    parts = {part for document in documents for table in document.tables for part in kind_words(table)}
    return [rest for part in parts if part in subject and len(rest := subject.replace(part, "")) >= 2]


def sort_matches(matches: list[Match]) -> list[Match]:
    def order(match: Match) -> tuple[float, int, int]:
        table = getattr(match.item, "table", match.item)
        rank = table_rank(table) if isinstance(table, TableEntry) else len(AMOUNT_TABLE_PRIORITY)
        return (-round(match.score), KIND_RANK.get(match.kind, 5), rank)

    return sorted(matches, key=order)


def scored(items: Iterable[tuple[MatchKey, Item]], document: DocumentIndex, score: Scorer) -> list[Match]:
    return [Match(score(key), item, document) for key, item in items]


def match_intent(text: str, index: Index, settings: MatcherSettings | None = None) -> Intent:
    """Given a question and the loaded records, return what is asked and the records that answer it."""
    settings = settings or MatcherSettings()
    question = text_to_question(text)
    comparison = read_comparison(question, index)
    selection = (
        select_documents(question, index, MAX_SCAN_DOCUMENTS)
        if comparison is None
        else comparison_to_selection(comparison)
    )
    intent = Intent("not_found", question, "", selection, settings=settings, comparison=comparison)
    if comparison is not None and comparison.choices:
        intent.kind = "choose_comparison"
        return intent
    if selection.missing or not selection.heads:
        return intent
    if len(selection.heads) > MAX_SCAN_DOCUMENTS:
        intent.kind = "choose_document"
        return intent
    intent.documents = [index.document(head) for head in dict.fromkeys(selection.heads)]
    score = read_subject(intent, COMPARED_BY_DEFAULT if comparison is not None and comparison.heads else "")
    if comparison is not None and comparison.heads:
        intent.kind = "compare"
        return intent
    if question.has("units") and len(intent.documents) > 1 and (question.has("rank") or question.top):
        intent.kind = "rank_documents"
        return intent
    return resolve_intent(intent, score, settings)


def comparison_to_selection(comparison: Comparison) -> Selection:
    """The documents compared; or, when the side compared against is not loaded, the other side alone."""
    heads = comparison.heads or (comparison.focus if comparison.fallback else [])
    missing = "" if heads else comparison.missing
    return Selection(heads=heads, named=comparison.said, unit_named=bool(heads), missing=missing)


def read_subject(intent: Intent, default: str = "") -> Scorer:
    """The subject of the question and its readings (abbreviations spelled out, column and table names
    taken out), and the scorer that compares records with them."""
    question = intent.question
    named = [*intent.selection.named, *cue_words(question)]
    subject = subject_of(question.glossary_term or question.text, named) or default
    intent.subject = subject
    variants = subject_variants(subject)
    column_free = subject
    for cue in question.columns:
        for word in cue.words:
            column_free = column_free.replace(word, "")
    if len(match_key(column_free).core) >= MIN_COLUMN_FREE and column_free != subject:
        variants += subject_variants(column_free)
    for rest in without_table_names(subject, intent.documents):
        variants += subject_variants(rest)
    intent.columns = question.columns
    intent.scorer = Scorer(variants, intent.selection.item_years)
    intent.variants = variants
    return intent.scorer


def resolve_intent(intent: Intent, score: Scorer, settings: MatcherSettings) -> Intent:
    """Try the readings the cues suggest, most specific first; fall back to an amount, then a sentence."""
    question = intent.question
    documents = intent.documents
    if question.glossary_term and not question.has("target"):
        return resolve_meaning(intent, score, settings)
    if question.has("target"):
        matches = target_matches(documents, score)
        if question.has("list") and (not matches or matches[0].score < KNOWN_ITEM_SCORE):
            return fill(intent, "target_list", [])
        if matches and matches[0].score >= settings.min_score:
            return fill(intent, "target", matches)
    if question.bound is not None:
        intent.kind = "filter"
        return intent
    if question.count_noun is not None:
        matches = count_matches(documents, score, question)
        if matches and matches[0].score >= settings.min_score:
            return fill(intent, "count", matches)
        sentences = best([m for d in documents for m in sentence_matches(d, intent.variants)])
        if sentences and sentences[0].score >= settings.min_score + SENTENCE_EXTRA:
            return fill(intent, "fact", sentences)
    for cue in ("share", "change", "rank", "list"):
        if question.has(cue):
            intent.kind = cue
            return intent
    matches = sort_matches([m for d in documents for m in amount_matches(d, score, question, intent.columns)])
    sentences = best([m for d in documents for m in sentence_matches(d, intent.variants)])
    sentence_score = sentences[0].score if sentences else 0.0
    fuzzy_only = bool(matches) and matches[0].score < CLEAR_MATCH_SCORE <= sentence_score
    if matches and matches[0].score >= settings.min_score and not fuzzy_only:
        return fill(intent, "amount", matches)
    if sentence_score >= settings.min_score + SENTENCE_EXTRA:
        return fill(intent, "fact", sentences)
    if not intent.subject:
        return fill(intent, "overview", [])
    intent.kind = "not_found"
    intent.matches = matches[: settings.max_candidates]
    return intent


def resolve_meaning(intent: Intent, score: Scorer, settings: MatcherSettings) -> Intent:
    """什么是X: a 名词解释 term; else a project of that name, a narrative sentence, the closest term."""
    documents = intent.documents
    terms = best([m for d in documents for m in scored(((t.key, t) for t in d.terms), d, score)])
    if terms and terms[0].score >= settings.min_score:
        return fill(intent, "define", terms)
    targets = target_matches(documents, score)
    if targets and targets[0].score >= KNOWN_ITEM_SCORE:
        return fill(intent, "target", targets)
    sentences = best([m for d in documents for m in sentence_matches(d, intent.variants)])
    if sentences and sentences[0].score >= KNOWN_ITEM_SCORE:
        return fill(intent, "fact", sentences)
    if terms and terms[0].score >= CLOSEST_TERM_SCORE:
        return fill(intent, "define", terms)
    return fill(intent, "not_found", terms[: settings.max_candidates])


def fill(intent: Intent, kind: str, matches: list[Match]) -> Intent:
    intent.kind = kind
    intent.matches = matches
    return intent


def best(matches: list[Match], limit: int = 20) -> list[Match]:
    return sorted(matches, key=lambda m: -m.score)[:limit]


def target_matches(documents: list[DocumentIndex], score: Scorer) -> list[Match]:
    """Projects' 绩效目标 by project name, and single 绩效指标 by their 三级指标."""
    found = []
    for document in documents:
        for target in document.targets:
            found.append(Match(score(target.key), target, document))
            found += [
                Match(score(i.key) - 1.0, i, document) for i in target.indicators if i.level3 and i.value
            ]
    return best(found)


def count_matches(documents: list[DocumentIndex], score: Scorer, question: Question) -> list[Match]:
    """Counts the narrative states (在职人员15人, 实有车辆2辆) and 绩效指标 whose value is a count.

    The counted noun's other names are tried too (公务用车 → 车辆), and a quota (编制) counts less
    than what is held unless the question asks for the quota.
    """
    noun = question.count_noun
    assert noun is not None
    only_noun = all(key.text in noun.nouns for key in score.keys)
    nouns = Scorer([*(key.text for key in score.keys), *(noun.nouns if only_noun else ())], score.years)
    quota_asked = any(word in question.text for word in QUOTA_WORDS)
    found = []
    for document in documents:
        for figure in document.stated:
            if figure.unit in noun.printed_units:
                value = (
                    max(score(figure.key), nouns(figure.key))
                    if figure.subject
                    else score(match_key(figure.sentence))
                )
                if not quota_asked and any(word in figure.subject for word in QUOTA_WORDS):
                    value -= QUOTA_PENALTY
                found.append(Match(value, figure, document))
        for target in document.targets:
            for indicator in target.indicators:
                if indicator.value.rstrip().endswith(noun.printed_units) and indicator.value[:1].isdigit():
                    found.append(Match(score(indicator.key), indicator, document))
    return best(found)


def sentence_matches(document: DocumentIndex, subjects: list[str]) -> list[Match]:
    """Narrative sentences scored by how much of a subject's words they hold (下设 + 机构)."""
    found: list[Match] = []
    for subject in subjects:
        found += sentence_matches_for(document, subject)
    return sorted(found, key=lambda m: -m.score)


def sentence_matches_for(document: DocumentIndex, subject: str) -> list[Match]:
    words = [word for word in segment(compact(subject)) if len(word) >= 2 or not word.isascii()]
    total = sum(len(word) for word in words)
    if not total:
        return []
    found = []
    for sentence in document.sentences:
        held = sum(len(word) for word in words if word in sentence.key.text)
        if held:
            heading = SECTION_BONUS if any(word in sentence.section for word in words) else 0.0
            found.append(
                Match(100.0 * held / total + heading - len(sentence.key.text) / 100.0, sentence, document)
            )
    return sorted(found, key=lambda m: -m.score)

"""The loaded records held in memory, so a question is answered in milliseconds without SQL.

The list of documents is read when the index is built (at start-up and at each reload); a document's
records (rows with figures, projects, narrative figures, glossary, targets) are read the first time a
question needs them and kept, a bounded number at a time, so a thousand loaded documents start as fast
as one.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Collection, Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, Row
from sqlmodel import Session

from bot.engine.concepts import ECONOMIC_GROUPS, INCOME_GROUPS, IncomeGroup
from bot.engine.entries import (
    INCOME_SIDE,
    Cell,
    DocumentEntry,
    DocumentIndex,
    IndicatorEntry,
    RowClass,
    RowEntry,
    SentenceEntry,
    StatedEntry,
    TableEntry,
    TargetEntry,
    TermEntry,
    figure_of_sentence,
    names_kept_whole,
    side_named,
    sides_as_rows,
)
from bot.engine.lexicon import (
    ACTUAL_WORDS,
    GENERIC_WORDS,
    PLAN_WORDS,
    SCORE_KIND,
    SCORE_UNIT,
    SCORE_WORDS,
    SUM_WORDS,
)
from bot.engine.question import base_segmenter, part_numbered
from bot.engine.similarity import char_pinyin, match_key, pinyin_of
from knowledge.models import Disclosure
from knowledge.queries import DisclosureRecords, disclosure_heads, disclosure_records, record_names
from knowledge.standard_tables import TableKind, number_label
from knowledge.text import compact, is_dash, strip_ordinal
from knowledge.units import region_forms, said_forms, split_regions, unit_aliases, unit_key

MAX_BUILT_DOCUMENTS = 128
SHORTENED_GAP = 4
"""A name said short leaves out at most this many characters between two it keeps (疾[病预防]控[制]中心)."""
MIN_REGION_LENGTH = 2
SENTENCE_END = re.compile(r"(?<=[。；;！!？?])")
ITEMLESS_CLAUSE = re.compile(
    "|".join(
        sorted(
            (*GENERIC_WORDS, "涉及", "金额", "共计", "合计", "累计", "总计", "其中", "为", "共"),
            key=len,
            reverse=True,
        )
    )
)
"""Words of a clause that say what kind of figure it holds, not what it is of (涉及金额, 共计)."""
SCORE_PATTERN = re.compile(
    rf"(?P<subject>[\u4e00-\u9fff]{{0,6}}(?:{'|'.join(SCORE_WORDS)}))[为是:：]?\s*(?P<number>\d{{1,3}}(?:\.\d+)?)\s*分"
)
CLAUSE_MARKS = ("，", ",", "；", ";", "：", ":", "。")
MIN_ITEM_WORDS = 2
MIN_SPELLED_NAME = 2


def disclosure_to_head(disclosure: Disclosure) -> DocumentEntry:
    regions, core = split_regions(disclosure.unit_name)
    names = dict.fromkeys([disclosure.unit_name, *disclosure.aliases, *unit_aliases(disclosure.unit_name)])
    return DocumentEntry(
        id=disclosure.id or 0,
        unit_name=disclosure.unit_name,
        unit=unit_key(disclosure.unit_name),
        names=tuple(name for name in names if len(name) >= 2),
        regions=tuple(regions),
        core=core,
        cores=said_forms(core),
        year=disclosure.year,
        kind=disclosure.kind,
        label=disclosure.label,
        is_sample=disclosure.is_sample,
        scope=disclosure.scope,
    )


def heads_by_name(heads: list[DocumentEntry]) -> dict[str, list[DocumentEntry]]:
    """Every name a unit is called (full, short, the document's own) → the documents of that unit."""
    table: dict[str, list[DocumentEntry]] = defaultdict(list)
    for head in heads:
        for name in head.names:
            table[name].append(head)
    return dict(table)


def names_by_latin(names: Iterable[str]) -> dict[str, set[str]]:
    """Each name's pinyin (putuo) and the initials of its characters' pinyin (pt) → the names so spelled;
    names of one character are left out (their initial is any word's)."""
    table: dict[str, set[str]] = defaultdict(set)
    for name in names:
        characters = [character for character in name if "\u4e00" <= character <= "\u9fff"]
        if len(characters) < MIN_SPELLED_NAME:
            continue
        table[pinyin_of(name)].add(name)
        table["".join(char_pinyin(character)[0] for character in characters)].add(name)
    return dict(table)


def names_by_sound(names: Iterable[str]) -> dict[str, list[str]]:
    """Each unit name's pinyin → the names that sound so: a name typed with a homophone is found by it."""
    table: dict[str, list[str]] = defaultdict(list)
    for name in names:
        table[pinyin_of(name)].append(name)
    return dict(table)


def heads_by_region(heads: list[DocumentEntry]) -> dict[str, list[DocumentEntry]]:
    """Every region a loaded unit lies in, with and without its level (汾阳市, 汾阳) → its documents."""
    table: dict[str, list[DocumentEntry]] = defaultdict(list)
    for head in heads:
        for region in head.regions:
            for form in region_forms(region):
                if len(form) >= MIN_REGION_LENGTH:
                    table[form].append(head)
    return dict(table)


def title_core(title: str) -> str:
    """2024年财政拨款安排“三公”经费支出预算表 → 财政拨款安排三公经费支出预算表, for matching a table by name;
    收入支出决算总表 → 收入支出总表, as a question naming it loses 决算 to the document's kind."""
    title = re.sub(r"^(?:(?:19|20)\d{2}年度?)", "", re.sub(r"[（(]不含上年结转[)）]", "", title))
    return title.replace("决算", "")


def group_by(records: list[Row[Any]], key: str) -> dict[int, list[Row[Any]]]:
    """Records grouped under the id they point to (figures by row_id, rows by table_id …), in order."""
    groups: dict[int, list[Row[Any]]] = defaultdict(list)
    for record in records:
        groups[getattr(record, key)].append(record)
    return groups


def rows_to_entries(
    table: TableEntry, rows: list[Row[Any]], figures: dict[int, list[Row[Any]]]
) -> list[RowEntry]:
    entries: dict[int, RowEntry] = {}
    built = []
    for row in rows:
        cells = tuple(
            Cell(f.column, f.column.split("/")[-1].strip(), f.column_index, f.value, f.raw)
            for f in figures[row.id]
        )
        entry = RowEntry(
            table=table,
            position=row.position,
            label=row.label,
            code=row.code,
            level=row.level,
            side=row.side,
            is_total=row.is_total,
            line=row.line,
            page=row.page,
            cells=cells,
            key=match_key(side_named(row.label, row.side)),
        )
        entries[row.id] = entry
        built.append((entry, row.parent_id))
    for entry, parent_id in built:
        entry.parent = entries.get(parent_id) if parent_id is not None else None
    return [entry for entry, _parent in built]


def without_text_columns(rows: list[RowEntry]) -> list[RowEntry]:
    """Take the cells of columns that hold words, not amounts, out of the figures (表六's 政府预算支出经济
    科目名称); those that class the row rather than repeat its name are kept as its classes. A column
    printed empty or “-” in every row (公务用车购置费 of a one-row 三公 table) is an amount of none."""
    words = {
        cell.index
        for row in rows
        for cell in row.cells
        if cell.value is None and cell.raw.strip() and not is_dash(cell.raw)  # “-” marks no amount
    }
    numeric = {cell.index for row in rows for cell in row.cells if cell.value is not None}
    if numeric:
        for row in rows:
            said = [cell for cell in row.cells if cell.index in words - numeric and cell.raw.strip()]
            row.classes = tuple(cell for cell in said if compact(cell.raw) != compact(row.label))
            row.cells = tuple(cell for cell in row.cells if cell.index in numeric or cell.index not in words)
    return rows


def row_classes(rows: list[RowEntry]) -> list[RowClass]:
    """Every class a column of words makes, in the order first printed; a row is counted once, under the
    outermost row of its class (a 小计 and its items are not both added)."""
    grouped: dict[tuple[int, str, str], list[RowEntry]] = {}
    tables: dict[int, TableEntry] = {}
    for row in rows:
        for cell in row.classes:
            if any(word in cell.raw for word in SUM_WORDS):
                continue  # 项目名称 小计 beside 一般公共预算资金: a sum marked, no class
            grouped.setdefault((id(row.table), cell.leaf, cell.raw.strip()), []).append(row)
            tables[id(row.table)] = row.table
    return [
        RowClass(
            name, heading, tables[table], tuple(r for r in held if not any(a in held for a in r.ancestors()))
        )
        for (table, heading, name), held in grouped.items()
    ]


def printed_names(tables: list[TableEntry], stated: list[StatedEntry]) -> set[str]:
    """Every name a document prints for its money: rows, columns, the words beside figures, and the
    subjects of stated figures."""
    return {
        *(row.key.text for table in tables for row in table.rows),
        *(compact(column) for table in tables for column in table.columns),
        *(compact(cell.leaf) for table in tables for row in table.rows[:1] for cell in row.cells),
        *(compact(figure.subject) for figure in stated),
    }


def economic_groups(tables: list[TableEntry], printed: set[str]) -> list[RowClass]:
    """人员经费 and 公用经费 where no row, column or stated figure names them: the 基本支出 table's 经济分类
    classes they are made of (工资福利支出 and 对个人和家庭的补助), for each such table."""
    found = []
    for group in ECONOMIC_GROUPS:
        if any(group.name in said for said in printed):
            continue
        codes = {code for code, _name in group.classes}
        names = [name for _code, name in group.classes]
        for table in tables:
            if table.kind != TableKind.BASIC_ECONOMIC:
                continue
            rows = tuple(
                row
                for row in table.rows
                if row.parent is None and (row.code in codes or strip_ordinal(row.label) in names)
            )
            if rows:
                found.append(RowClass(group.name, "", table, rows, "、".join(names)))
    return found


def income_groups(tables: list[TableEntry], printed: set[str]) -> list[RowClass]:
    """单位资金 where no row, column or stated figure names it: the sources of the 收支总表's income side
    it is made of (事业收入, 其他收入), for each such table."""
    found = []
    for group in INCOME_GROUPS:
        if any(group.name in said for said in printed):
            continue
        for table in tables:
            if table.kind != TableKind.SUMMARY:
                continue
            rows = tuple(
                row
                for row in table.rows
                if row.side == INCOME_SIDE
                and row.parent is None
                and income_source(strip_ordinal(row.label), group)
            )
            if rows:
                found.append(RowClass(group.name, "", table, rows, "、".join(group.sources)))
    return found


MIN_SOURCE_NAME = 4
"""经营收入 names 事业单位经营收入; 收入 alone names no source."""


def income_source(label: str, group: IncomeGroup) -> bool:
    return any(
        source == label or (len(label) >= MIN_SOURCE_NAME and source.endswith(label))
        for source in group.sources
    )


def figure_position(sentence: str, raw: str, subject: str = "") -> int:
    """Where a figure is printed in its sentence: a whole number (17.00万元 is not the tail of 117.00万元),
    and of several alike (0.00万元 twice) the one its subject comes nearest before; -1 when absent."""
    places = [
        at.start()
        for at in re.finditer(re.escape(raw), sentence)
        if at.start() == 0 or not re.match(r"[\d.,，]", sentence[at.start() - 1])
    ]
    named = [at for at in places if subject and subject in sentence[:at]]
    if named:
        return min(named, key=lambda at: at - sentence.rfind(subject, 0, at))
    return places[0] if places else sentence.find(raw)


def clause_of(sentence: str, raw: str, at: int | None = None) -> str:
    """The clause of a sentence that holds a figure: from the comma (or colon, semicolon) before it to
    the one after it; in a list (货物预算17.00万元、服务预算100.00万元) only the item that names it,
    unless the item names nothing itself (公务接待2批次、26人次)."""
    at = sentence.find(raw) if at is None else at
    if at < 0:
        return sentence
    start = max((sentence.rfind(mark, 0, at) for mark in CLAUSE_MARKS), default=-1) + 1
    ends = [end for mark in CLAUSE_MARKS if (end := sentence.find(mark, at + len(raw))) >= 0]
    end = min(ends, default=len(sentence))
    item = max(sentence.rfind("、", start, at) + 1, start)
    if len(re.findall(r"[\u4e00-\u9fff]", sentence[item:at])) >= MIN_ITEM_WORDS:
        start = item
        listed = sentence.find("、", at + len(raw), end)
        end = listed if listed >= 0 else end
    return sentence[start:end].strip()


def file_names(records: DisclosureRecords) -> dict[int, str]:
    """Each file's name by id, when the document has several (a source then names its file)."""
    return {file.id: file.name for file in records.files} if len(records.files) > 1 else {}


def named_clause(sentence: str, raw: str, subject: str) -> str:
    """The clause of a figure, with the clause before it when its own names nothing but the figure's
    kind (特定目标类项目12个，涉及金额1,302.14万元: the 金额 is the 特定目标类项目's)."""
    clause = clause_of(sentence, raw, figure_position(sentence, raw, subject))
    if ITEMLESS_CLAUSE.sub("", compact(clause.replace(raw, ""))):
        return clause
    at = sentence.find(clause)
    before = sentence[:at].rstrip("".join(CLAUSE_MARKS))
    start = max((before.rfind(mark) for mark in CLAUSE_MARKS), default=-1) + 1
    return sentence[start:at] + clause if at > 0 else clause


def stated_to_entry(figure: Row[Any], passage: Row[Any] | None, files: dict[int, str]) -> StatedEntry:
    clause = named_clause(figure.sentence, figure.raw, figure.subject)
    return StatedEntry(
        subject=figure.subject,
        kind=figure.kind,
        direction=figure.direction,
        value=figure.value,
        unit=figure.unit,
        raw=figure.raw,
        sentence=figure.sentence,
        clause=clause,
        section=passage.section if passage else "",
        part=passage.part if passage else "",
        line=passage.line if passage else None,
        page=passage.page if passage else None,
        passage=passage.position if passage else None,
        key=match_key(figure.subject or figure.sentence[:20]),
        clause_key=match_key(clause.replace(figure.raw, "")),
        file=files.get(passage.file_id, "") if passage else "",
    )


STATED_COLUMN = re.compile(
    rf"(?:完成)?(?:{'|'.join(sorted({*PLAN_WORDS, *ACTUAL_WORDS, '执行数', '全年预算'}, key=len, reverse=True))})$"
)
"""The column a stated figure's subject ends with (…行政单位离退休年初预算, …支出决算)."""


def with_row_keys(stated: list[StatedEntry], rows: list[RowEntry]) -> None:
    """Mark each stated figure whose subject is a row's parent and own label (a 项 said with its 款, as a
    决算's narrative says it) with that row's label: it is that row's figure, not one of its parent."""
    paths = {compact(row.parent.label + row.label): row.key for row in rows if row.parent is not None}
    for figure in stated:
        figure.row_key = paths.get(compact(STATED_COLUMN.sub("", figure.subject)))


def sentences_to_scores(sentences: list[SentenceEntry]) -> list[StatedEntry]:
    """Scores the narrative states (绩效自评…平均得分99.43分): a figure in 分 after a word of scoring,
    which the narrative's figures (amounts, shares, counts) do not include."""
    found = []
    for sentence in sentences:
        for match in SCORE_PATTERN.finditer(sentence.text):
            clause = clause_of(sentence.text, match.group(0), match.start())
            subject = match.group("subject")
            value = Decimal(match.group("number"))
            clause_key = match_key(clause.replace(match.group(0), subject))
            found.append(
                figure_of_sentence(sentence, subject, SCORE_KIND, value, SCORE_UNIT, clause, clause_key)
            )
    return found


def target_to_entry(target: Row[Any], indicators: list[Row[Any]], files: dict[int, str]) -> TargetEntry:
    return TargetEntry(
        project=target.project,
        unit_of_measure=target.unit_of_measure,
        total_amount=target.total_amount,
        annual_amount=target.annual_amount,
        period=target.period,
        attribute=target.attribute,
        overview=target.overview,
        goal_period=target.goal_period,
        goal_annual=target.goal_annual,
        line=target.line,
        page=target.page,
        key=match_key(target.project),
        indicators=[
            IndicatorEntry(
                i.scope, i.level1, i.level2, i.level3, i.value, i.line, i.page, match_key(i.level3)
            )
            for i in indicators
        ],
        file=files.get(target.file_id, ""),
    )


def table_to_entry(table: Row[Any]) -> TableEntry:
    return TableEntry(
        number=number_label(table.number),
        number_value=part_numbered(table.number or "") or table.number_value,
        title=table.title,
        kind=table.kind,
        unit=table.unit_of_measure,
        no_data=table.no_data,
        note=table.note,
        columns=list(table.columns or []),
        line=table.line,
        page=table.page,
        key=match_key(title_core(table.title)),
    )


def passages_to_sentences(passages: list[Row[Any]], files: dict[int, str]) -> list[SentenceEntry]:
    """Each passage cut into sentences, each keeping the passage's heading and place."""
    return [
        SentenceEntry(
            sentence.strip(),
            passage.section,
            passage.part,
            passage.line,
            passage.page,
            match_key(sentence),
            files.get(passage.file_id, ""),
            passage.position,
        )
        for passage in passages
        for sentence in SENTENCE_END.split(passage.text)
        if len(sentence.strip()) >= 4
    ]


def records_to_index(head: DocumentEntry, records: DisclosureRecords) -> DocumentIndex:
    """Given one document's records, return its in-memory index."""
    rows_by_table = group_by(records.rows, "table_id")
    figures_by_row = group_by(records.figures, "row_id")
    files = file_names(records)
    tables: list[TableEntry] = []
    rows: list[RowEntry] = []
    for table in records.tables:
        if table.kind == TableKind.PERFORMANCE:
            continue
        entry = table_to_entry(table)
        entry.file = files.get(table.file_id, "")
        entry.year = head.year
        entry.rows = without_text_columns(rows_to_entries(entry, rows_by_table[table.id], figures_by_row))
        entry.by_side = sides_as_rows(entry.rows)
        tables.append(entry)
        rows.extend(entry.rows)
    passages = {passage.id: passage for passage in records.passages}
    sentences = passages_to_sentences(records.passages, files)
    indicators = group_by(records.indicators, "target_id")
    stated = [stated_to_entry(figure, passages.get(figure.passage_id), files) for figure in records.stated]
    with_row_keys(stated, rows)
    stated += sentences_to_scores(sentences)
    by_sentence: dict[str, list[StatedEntry]] = defaultdict(list)
    for figure in stated:
        by_sentence[figure.sentence].append(figure)
    printed = printed_names(tables, stated)
    return DocumentIndex(
        head=head,
        tables=tables,
        rows=rows,
        stated=stated,
        stated_by_sentence=dict(by_sentence),
        classes=[*row_classes(rows), *economic_groups(tables, printed), *income_groups(tables, printed)],
        sentences=sentences,
        targets=[target_to_entry(target, indicators[target.id], files) for target in records.targets],
        terms=[
            TermEntry(
                term.term,
                term.definition,
                term.line,
                term.page,
                match_key(term.term),
                files.get(term.file_id, ""),
            )
            for term in records.terms
        ],
    )


class Index:
    """Every loaded document's head, and the records of those recently asked about.

    One index is one view of the database: a reload builds a new one (answers under way finish on the
    old). Several threads may answer from it at once: a document's records are read once, by whichever
    thread asks first, while the others wait for them; its names are taught to this index's own
    segmenter before anyone reads them.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.segmenter = base_segmenter().copy()
        self.lock = threading.Lock()
        self.built: OrderedDict[int, DocumentIndex] = OrderedDict()
        self.building: dict[int, threading.Lock] = {}
        self.item_names: tuple[str, list[int], list[set[int]]] | None = None
        with Session(self.engine) as session:
            disclosures = disclosure_heads(session)
            heads = [disclosure_to_head(disclosure) for disclosure in disclosures]
            self.named = record_names(session)
        # every document's names, taught at once: no answer hangs on which document was read first
        printed = [record.name for record in self.named if record.printed]
        self.segmenter.learn(names_kept_whole(printed, [match_key(name).core for name in printed]))
        labels = Counter(head.label for head in heads)
        for head, disclosure in zip(heads, disclosures, strict=True):
            if labels[head.label] > 1:
                head.label = disclosure.scoped_label
        self.show(heads)

    def show(self, heads: list[DocumentEntry]) -> None:
        self.heads = heads
        self.names = heads_by_name(heads)
        self.sounds: dict[str, list[str]] | None = None
        self.spellings: dict[str, set[str]] | None = None
        self.name_starts = frozenset(name[0] for name in self.names)
        self.regions = heads_by_region(heads)

    def latin_spellings(self) -> dict[str, set[str]]:
        """Each unit name, its part after its regions and each region, by its pinyin and by its pinyin's
        initials (putuo, czj → 财政局), for names typed in Latin letters; built the first time it is asked."""
        if self.spellings is None:
            self.spellings = names_by_latin(
                [*self.names, *(split_regions(n)[1] for n in self.names), *self.regions]
            )
        return self.spellings

    def name_sounds(self) -> dict[str, list[str]]:
        """The names by sound, worked out the first time a name is looked up by it (pinyin is slow to load)."""
        if self.sounds is None:
            self.sounds = names_by_sound(self.names)
        return self.sounds

    def within(self, ids: Collection[int]) -> Index:
        """This index seeing only the documents with these ids (their records read once, for both)."""
        view = copy.copy(self)
        view.show([head for head in self.heads if head.id in ids])
        return view

    def naming(self, words: list[str]) -> set[int]:
        """The ids of the documents with a record whose name holds one of the words (compared as cores),
        from every record's name read once, so the documents' records need not be read. The names are
        kept as one text, a line each, so a word is looked for once, not once per name."""
        text, starts, ids = self.record_names()
        found: set[int] = set()
        for word in filter(None, words):  # an empty word is in every name, and would never move on
            position = text.find(word)
            while position >= 0:
                line = bisect.bisect_right(starts, position) - 1
                found |= ids[line]
                position = text.find(word, starts[line + 1] if line + 1 < len(starts) else len(text))
        return found

    def naming_shortened(self, name: str) -> set[int]:
        """The ids of the documents with a record whose name says `name` at more length (疾控中心 of 平川县疾病
        预防控制中心): its characters in their order, a few left out between each."""
        text, starts, ids = self.record_names()
        spread = f"[^\n]{{0,{SHORTENED_GAP}}}".join(map(re.escape, name))
        return {
            document
            for found in re.finditer(spread, text)
            for document in ids[bisect.bisect_right(starts, found.start()) - 1]
        }

    def record_names(self) -> tuple[str, list[int], list[set[int]]]:
        """Every record's name, as a core, a line each; where each line starts; its documents' ids."""
        with self.lock:
            if self.item_names is None:
                names: dict[str, set[int]] = defaultdict(set)
                for record in self.named:
                    names[match_key(record.name).core].add(record.document_id)
                cores = list(names)
                starts = list(itertools.accumulate((len(core) + 1 for core in cores[:-1]), initial=0))
                self.item_names = ("\n".join(cores), starts, [names[core] for core in cores])
            return self.item_names

    def document(self, head: DocumentEntry) -> DocumentIndex:
        """The records of one document, read from the database the first time."""
        with self.lock:
            built = self.built.get(head.id)
            if built is not None:
                self.built.move_to_end(head.id)
                return built
            building = self.building.setdefault(head.id, threading.Lock())
        with building:
            with self.lock:
                built = self.built.get(head.id)
            if built is None:
                built = self.read(head)
        return built

    def read(self, head: DocumentEntry) -> DocumentIndex:
        """Read one document's records, teach the segmenter its names, then keep it for everyone."""
        with Session(self.engine) as session:
            built = records_to_index(head, disclosure_records(session, head.id))
        self.segmenter.learn(built.words)
        with self.lock:
            self.built[head.id] = built
            self.building.pop(head.id, None)
            while len(self.built) > MAX_BUILT_DOCUMENTS:
                self.built.popitem(last=False)
        return built

"""What a loaded document becomes in memory: its head (enough to choose it) and its records as entries
that keep each figure's place; built by bot.engine.index and read by the matcher and the composers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from bot.engine.lexicon import ACTUAL_PART, ADJUSTED_PART, PLANNED_PART, TOTAL_LABELS
from bot.engine.similarity import DIRECTION_WORDS, MatchKey, match_key
from knowledge.standard_tables import PROJECT_KINDS
from knowledge.text import compact, strip_ordinal


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure of a row under its column; value None when the cell is printed empty."""

    column: str
    leaf: str
    index: int
    value: Decimal | None
    raw: str


@dataclass(slots=True, eq=False)
class TableEntry:
    number: str | None
    number_value: int | str | None
    """12 of 表十二, '1-2' of 表1-2 (as bot.engine.question.TableNumber reads a question's)."""
    title: str
    kind: str
    unit: str
    no_data: bool
    note: str
    columns: list[str]
    line: int | None
    page: int | None
    key: MatchKey
    rows: list[RowEntry] = field(default_factory=list)
    file: str = ""
    year: int | None = None
    by_side: bool = False
    """A 决算 table of one row per side (年初预算数 | 调整预算数 | 决算数 over the items' columns): its rows
    are the same items budgeted and spent, no parts of each other (set with its rows: sides_as_rows)."""

    @property
    def reference(self) -> str:
        """表十二《2024年项目支出预算表（本年预算）》, or the title alone when unnumbered."""
        return f"{self.number}《{self.title}》" if self.number else f"《{self.title}》"

    @property
    def is_projects(self) -> bool:
        return self.kind in PROJECT_KINDS

    @property
    def one_side(self) -> str:
        """收入 of a 收入决算表, 支出 of a 支出预算总表: the one side its title names; '' for both or none."""
        sides = [side for side in DIRECTION_WORDS if side in self.title]
        return sides[0] if len(sides) == 1 else ""

    @property
    def total_row(self) -> RowEntry | None:
        """The row a column total is read from: the one marked total (a 总计 before a 合计), else a 合计
        row; in a table of one row per year (2023年预算数, 2024年预算数), the document's year; else the
        first."""
        totals = self.total_rows
        if self.totals_of_blocks(totals):
            return None
        if totals:  # 收入总计 adds the 上年结转 to the 本年收入合计 printed above it: the whole is the 总计
            return next((row for row in totals if SIDE_TOTALS[0] in row.key.text), totals[0])
        if self.by_year:
            return self.year_row(self.year)
        if self.by_side:  # 年初预算数 | 调整预算数 | 决算数: the outcome is what the 决算 reports
            return self.side_row(ACTUAL_PART)
        return self.rows[0] if self.rows and (self.is_projects or len(self.rows) == 1) else None

    def totals_of_blocks(self, totals: list[RowEntry]) -> bool:
        """人员经费合计 after the 人员 rows, 公用经费合计 after the 公用 rows, and no 合计 or 总计 of them all:
        each total is its block's, and no row is the table's whole."""
        return (
            len(totals) >= 2
            and self.rows[0] not in totals
            and not any(row.key.text in TOTAL_LABELS or SIDE_TOTALS[0] in row.key.text for row in totals)
        )

    @property
    def total_rows(self) -> list[RowEntry]:
        """The rows marked or labelled a total (合计, 总计, 人员经费合计)."""
        return [row for row in self.rows if row.is_total or row.key.text in TOTAL_LABELS]

    @property
    def by_year(self) -> bool:
        """A table of one row per year (2023年预算数, 2024年预算数): its rows are no parts of each other."""
        return len(self.rows) > 1 and all(row.key.years for row in self.rows)

    def year_row(self, year: int | None) -> RowEntry | None:
        """In a table of one row per year, the row of `year`."""
        return next((row for row in self.rows if year in row.key.years), None) if self.by_year else None

    def side_row(self, side: re.Pattern[str]) -> RowEntry | None:
        """In a table of one row per side, that side's row, the 年初预算数 before the 调整预算数 for a 预算数."""
        rows = [row for row in self.rows if side.fullmatch(compact(row.label))] if self.by_side else []
        adjusted = side is ADJUSTED_PART
        first = [row for row in rows if adjusted or not ADJUSTED_PART.fullmatch(compact(row.label))]
        return next(iter(first or rows), None)


def sides_as_rows(rows: list[RowEntry]) -> bool:
    """Every row of a table of two or more is labelled a side (年初预算数, 调整预算数, 决算数)."""
    return len(rows) > 1 and all(
        PLANNED_PART.fullmatch(label) or ACTUAL_PART.fullmatch(label)
        for label in (compact(row.label) for row in rows)
    )


UNIT_COLUMN_WORD = "单位"
"""The label column of a table by unit: 单位名称, 预算单位, 单位."""
SIDE_TOTALS = ("总计",)
"""The bare grand total a 收支 table prints under each side, named by that side (a side's 合计 of a small
table is no 收入合计 of the unit)."""


INCOME_SIDE = "收入"
"""The side of a 收支 table its income rows are printed on."""


def side_named(label: str, side: str) -> str:
    """总计 on the 支出 side of a 收支 table is what a question and an answer call 支出总计; other labels as
    printed."""
    return f"{side}{label}" if side and label.strip() in SIDE_TOTALS else label


@dataclass(slots=True, eq=False)
class RowEntry:
    table: TableEntry
    position: int
    label: str
    code: str | None
    level: int
    side: str
    is_total: bool
    line: int | None
    page: int | None
    cells: tuple[Cell, ...]
    key: MatchKey
    parent: RowEntry | None = None
    classes: tuple[Cell, ...] = ()
    """The words a column of words prints beside the row's figures, when they are not its own name (表六's
    政府预算支出经济科目名称 社会保障缴费 beside 职业年金缴费; 采购组织形式 政府集中采购)."""

    def ancestors(self) -> Iterator[RowEntry]:
        row = self.parent
        while row is not None:
            yield row
            row = row.parent


@dataclass(slots=True, eq=False)
class StatedEntry:
    """A figure the narrative states; `clause` is the part of its sentence that holds it; `row_key`, the
    label of the table row it is of when its subject names that row after its parent (行政事业单位养老支出
    行政单位离退休年初预算 is of the row 行政单位离退休)."""

    subject: str
    kind: str
    direction: str
    value: Decimal
    unit: str
    raw: str
    sentence: str
    clause: str
    section: str
    part: str
    line: int | None
    page: int | None
    passage: int | None
    key: MatchKey
    clause_key: MatchKey
    file: str = ""
    row_key: MatchKey | None = None


@dataclass(slots=True, eq=False)
class SentenceEntry:
    """One sentence of the narrative under its heading, for facts the tables do not hold."""

    text: str
    section: str
    part: str
    line: int | None
    page: int | None
    key: MatchKey
    file: str = ""
    passage: int | None = None
    """The position of its paragraph: sentences of one paragraph carry one reason on."""


def figure_of_sentence(
    sentence: SentenceEntry,
    subject: str,
    kind: str,
    value: Decimal,
    unit: str,
    clause: str,
    clause_key: MatchKey,
) -> StatedEntry:
    """A figure read off a sentence rather than printed as one of its figures (a score after a word of
    scoring, the number of names it lists), under the sentence's section and on its page."""
    return StatedEntry(
        subject=subject,
        kind=kind,
        direction="",
        value=value,
        unit=unit,
        raw=f"{value}{unit}",
        sentence=sentence.text,
        clause=clause,
        section=sentence.section,
        part=sentence.part,
        line=sentence.line,
        page=sentence.page,
        passage=sentence.passage,
        key=match_key(subject),
        clause_key=clause_key,
        file=sentence.file,
    )


@dataclass(slots=True, eq=False)
class IndicatorEntry:
    scope: str
    level1: str
    level2: str
    level3: str
    value: str
    line: int | None
    page: int | None
    key: MatchKey


@dataclass(slots=True, eq=False)
class TargetEntry:
    project: str
    unit_of_measure: str
    total_amount: Decimal | None
    annual_amount: Decimal | None
    overview: str
    goal_period: str
    goal_annual: str
    line: int | None
    page: int | None
    key: MatchKey
    indicators: list[IndicatorEntry]
    file: str = ""
    period: str = ""
    attribute: str = ""
    """项目属性 as the 绩效目标表 prints it (一次性项目(1年结束), 经常性项目, 延续项目)."""


@dataclass(slots=True, eq=False)
class TermEntry:
    term: str
    definition: str
    line: int | None
    page: int | None
    key: MatchKey
    file: str = ""


@dataclass(slots=True, eq=False)
class DocumentEntry:
    """What is known of a document before its records are read: enough to pick it by name/year/kind.

    `unit` is one spelling of the unit for telling units apart (中共江苏省委办公厅 is 江苏省委办公厅);
    `cores` is the name after its regions, as written and shortened, kept so that a question is compared
    with a thousand units without shortening each name again."""

    id: int
    unit_name: str
    unit: str
    names: tuple[str, ...]
    regions: tuple[str, ...]
    core: str
    cores: tuple[str, ...]
    year: int
    kind: str
    label: str
    is_sample: bool = False
    scope: str = ""


@dataclass(frozen=True)
class RowClass:
    """The rows of one table a column of words puts under one name (社会保障缴费: 职业年金缴费 …)."""

    name: str
    heading: str
    table: TableEntry
    rows: tuple[RowEntry, ...]
    defined: str = ""
    """The classes a concept no table prints is made of (工资福利支出、对个人和家庭的补助 for 人员经费);
    '' for a class a column of words makes."""


@dataclass(slots=True, eq=False)
class DocumentIndex:
    head: DocumentEntry
    tables: list[TableEntry]
    rows: list[RowEntry]
    stated: list[StatedEntry]
    sentences: list[SentenceEntry]
    targets: list[TargetEntry]
    terms: list[TermEntry]
    stated_by_sentence: dict[str, list[StatedEntry]] = field(default_factory=dict)
    classes: list[RowClass] = field(default_factory=list)

    @property
    def unit_rows(self) -> list[RowEntry]:
        """The rows of amounts, one per unit under the 部门, of the tables whose label column is a unit's
        name (单位名称: 宁溪县教育局本级, 宁溪县第一中学 …); the 部门's own row and the totals are none."""
        own = compact(self.head.unit_name)
        return [
            row
            for row in self.rows
            if row.table.columns
            and UNIT_COLUMN_WORD in row.table.columns[0]
            and not row.is_total
            and any(cell.value is not None for cell in row.cells)
            and compact(row.label) != own
        ]

    @property
    def words(self) -> set[str]:
        """Names a segmenter should keep whole: labels, projects, terms, column names."""
        names = [target.project for target in self.targets] + [term.term for term in self.terms]
        names += [cell.leaf for row in self.rows for cell in row.cells]
        names += [cell.raw.strip() for row in self.rows for cell in row.classes]
        names += [row.key.core for row in self.rows]
        return names_kept_whole([row.label for row in self.rows], names)


SEGMENTER_NAME_LENGTHS = range(2, 31)
"""会议费 to a long project's name: shorter is a character, longer no word a question says whole."""


def names_kept_whole(labels: Iterable[str], names: Iterable[str]) -> set[str]:
    """The words a segmenter keeps whole: rows' labels without their ordinals (一、基本支出 → 基本支出), and
    other names as printed (projects, terms, columns, cores)."""
    found = set(names) | {strip_ordinal(label) for label in labels}
    return {word for word in found if len(word) in SEGMENTER_NAME_LENGTHS}

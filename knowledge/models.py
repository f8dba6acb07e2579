"""The records a loaded disclosure becomes, and the chat state channels keep: one SQLModel class per table.

Every figure keeps the place it came from (table, row, column, line or page), so an answer can
always name its source. Amounts are exact `Decimal`s; the printed text is kept beside them.
"""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Optional

from sqlalchemy import JSON, BigInteger, Column, Index, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import Numeric, TypeDecorator, TypeEngine
from sqlmodel import Field, Relationship, SQLModel

from knowledge.standard_tables import number_label


class ExactDecimal(TypeDecorator[Decimal]):
    """NUMERIC where the database has it; text on SQLite, whose NUMERIC is a float."""

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


def utc_now() -> datetime:
    return datetime.now(UTC)


class Disclosure(SQLModel, table=True):
    """One version of a published document: a unit's 预算 or 决算 for one year and scope.

    A document is its unit, year, kind and scope; it may be published as several files (the narrative and
    the tables), each a SourceFile. A new version is a new row: the old one stays, no longer current.
    """

    id: int | None = Field(default=None, primary_key=True)
    unit_name: str = Field(index=True, description="全称, e.g. 汾阳市人力资源和社会保障局")
    aliases: list[str] = Field(
        default_factory=list, sa_column=Column(JSON), description="short names such as 人社局"
    )
    year: int = Field(index=True)
    kind: str = Field(index=True, description="预算 or 决算")
    scope: str = Field(default="", description="单位 or 部门, as the title says; empty when it does not")
    title: str = Field(default="", description="the document's own title")
    contents: list[str] = Field(
        default_factory=list,
        sa_column=Column(JSON),
        description="the 目录 entries as printed (numbering kept, dot leaders and page numbers dropped)",
    )
    is_current: bool = Field(
        default=True,
        index=True,
        sa_column_kwargs={"server_default": "1"},
        description="the version answers and listings read; older versions are kept beside it",
    )
    original_id: int | None = Field(
        default=None,
        foreign_key="disclosure.id",
        index=True,
        description="the first version of this document (None on the first itself); versions share it",
    )
    is_sample: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": "0"},
        description="the bundled example, loaded into the default database on first use",
    )
    loaded_at: datetime = Field(default_factory=utc_now)

    files: list["SourceFile"] = Relationship(back_populates="disclosure", cascade_delete=True)
    tables: list["BudgetTable"] = Relationship(back_populates="disclosure", cascade_delete=True)
    passages: list["Passage"] = Relationship(back_populates="disclosure", cascade_delete=True)
    stated_figures: list["StatedFigure"] = Relationship(back_populates="disclosure", cascade_delete=True)
    targets: list["PerformanceTarget"] = Relationship(back_populates="disclosure", cascade_delete=True)
    terms: list["GlossaryTerm"] = Relationship(back_populates="disclosure", cascade_delete=True)

    @property
    def label(self) -> str:
        """How an answer names the document: 汾阳市人力资源和社会保障局 2024年预算."""
        return f"{self.unit_name} {self.year}年{self.kind}"

    @property
    def scoped_label(self) -> str:
        """The label with the scope the title gives: 江苏省委办公厅 2018年部门预算."""
        return f"{self.unit_name} {self.year}年{self.scope}{self.kind}"

    @property
    def group_id(self) -> int | None:
        """What all versions of this document share: the first version's id."""
        return self.original_id or self.id

    @property
    def source_name(self) -> str:
        """The file names the document was read from, in order: 说明.pdf、表格.pdf."""
        return "、".join(file.name for file in sorted(self.files, key=lambda file: file.position))


class SourceFile(SQLModel, table=True):
    """One file a version of a disclosure was read from; its tables and passages point back to it."""

    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int | None = Field(
        default=None, foreign_key="disclosure.id", ondelete="CASCADE", index=True
    )
    position: int = Field(default=1, description="order among the document's files, from 1")
    name: str = Field(description="file name the records were loaded from")
    format: str = Field(description="text, pdf, xlsx, xls, docx or html")
    content_hash: str = Field(
        index=True, description="sha256 of the file's bytes; each version keeping the file has a row"
    )
    page_count: int | None = None
    part: str = Field(
        default="whole", description="what of the document the file holds: whole, narrative or tables"
    )
    loaded_at: datetime = Field(default_factory=utc_now)

    disclosure: Optional["Disclosure"] = Relationship(back_populates="files")


class BudgetTable(SQLModel, table=True):
    """One table of a disclosure, as numbered by the document's table of contents."""

    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int | None = Field(
        default=None, foreign_key="disclosure.id", ondelete="CASCADE", index=True
    )
    file_id: int | None = Field(
        default=None, foreign_key="sourcefile.id", index=True, description="the file it was read from"
    )
    position: int = Field(description="order in the document, from 1")
    number: str | None = Field(
        default=None, index=True, description="表一, 公开01表, … as the document gives it"
    )
    number_value: int | None = Field(default=None, index=True, description="the table number as an integer")
    title: str
    kind: str = Field(index=True, description="standard kind, see knowledge.standard_tables")
    unit_of_measure: str = Field(default="", description="万元, 元, …")
    columns: list[str] = Field(default_factory=list, sa_column=Column(JSON), description="header paths")
    no_data: bool = Field(default=False, description="the document says 本表无数据")
    note: str = Field(default="", description="注 lines printed under the table")
    line: int | None = Field(default=None, description="line of the title in a text file")
    page: int | None = Field(default=None, description="page of the title in a paged file")

    disclosure: Optional["Disclosure"] = Relationship(back_populates="tables")
    file: Optional["SourceFile"] = Relationship()
    rows: list["TableRow"] = Relationship(back_populates="table", cascade_delete=True)

    @property
    def reference(self) -> str:
        """表十二《2024年项目支出预算表（本年预算）》, or the title alone when unnumbered."""
        return f"{number_label(self.number)}《{self.title}》" if self.number else f"《{self.title}》"


class TableRow(SQLModel, table=True):
    """One row of a table; side-by-side layouts give one row per side."""

    id: int | None = Field(default=None, primary_key=True)
    table_id: int | None = Field(default=None, foreign_key="budgettable.id", ondelete="CASCADE", index=True)
    position: int = Field(description="order within the table, from 1")
    label: str = Field(index=True)
    code: str | None = Field(default=None, index=True, description="科目编码 such as 2080101")
    raw_code: str | None = Field(
        default=None,
        description="the code cells as printed (210 11 02, or a misprint such as 7 11 02 kept here)",
    )
    level: int = Field(default=0, description="depth in the hierarchy; 0 for totals and top rows")
    parent_id: int | None = Field(default=None, foreign_key="tablerow.id")
    side: str = Field(default="", description="收入 or 支出 in side-by-side tables, else empty")
    is_total: bool = Field(default=False, description="合计, 总计 and similar rows")
    line: int | None = None
    page: int | None = None

    table: Optional["BudgetTable"] = Relationship(back_populates="rows")
    parent: Optional["TableRow"] = Relationship(sa_relationship_kwargs={"remote_side": "TableRow.id"})
    figures: list["Figure"] = Relationship(back_populates="row", cascade_delete=True)


class Figure(SQLModel, table=True):
    """One cell: a row crossed with a column. An empty cell has raw '' and no value."""

    id: int | None = Field(default=None, primary_key=True)
    row_id: int | None = Field(default=None, foreign_key="tablerow.id", ondelete="CASCADE", index=True)
    column_index: int = Field(description="position among the table's columns, from 0")
    column: str = Field(description="header path such as 2024年预算数/基本支出")
    value: Decimal | None = Field(default=None, sa_type=ExactDecimal)
    raw: str = Field(default="", description="the cell as printed")

    row: Optional["TableRow"] = Relationship(back_populates="figures")

    @property
    def is_empty(self) -> bool:
        return self.raw.strip() == ""


class Passage(SQLModel, table=True):
    """A paragraph of the narrative (概况, 情况说明, 其他说明) under its heading."""

    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int | None = Field(
        default=None, foreign_key="disclosure.id", ondelete="CASCADE", index=True
    )
    file_id: int | None = Field(
        default=None, foreign_key="sourcefile.id", index=True, description="the file it was read from"
    )
    position: int
    part: str = Field(default="", description="第一部分 概况, …")
    section: str = Field(default="", description="the nearest heading, e.g. 九、政府采购情况")
    text: str
    line: int | None = None
    page: int | None = None

    disclosure: Optional["Disclosure"] = Relationship(back_populates="passages")
    file: Optional["SourceFile"] = Relationship()
    figures: list["StatedFigure"] = Relationship(back_populates="passage", cascade_delete=True)


UNCHANGED_DIRECTION = "持平"
"""The direction of a change the narrative states as none (与上年持平): its value is 0."""


class StatedFigure(SQLModel, table=True):
    """A number the narrative states, with its sentence: 比上年减少338.52万元, 占68.91%, 15人."""

    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int | None = Field(
        default=None, foreign_key="disclosure.id", ondelete="CASCADE", index=True
    )
    passage_id: int | None = Field(default=None, foreign_key="passage.id", ondelete="CASCADE", index=True)
    subject: str = Field(default="", description="what the number is of, as the sentence says")
    kind: str = Field(description="amount, percent, count or change")
    direction: str = Field(default="", description="增加, 减少 or 持平 for a change")
    value: Decimal = Field(sa_type=ExactDecimal)
    unit: str = Field(default="", description="万元, 元, %, 人, 辆, …")
    raw: str = Field(description="the number with its unit as printed")
    sentence: str

    disclosure: Optional["Disclosure"] = Relationship(back_populates="stated_figures")
    passage: Optional["Passage"] = Relationship(back_populates="figures")


class PerformanceTarget(SQLModel, table=True):
    """A 项目支出绩效目标表: one project's money, period, goals and indicators."""

    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int | None = Field(
        default=None, foreign_key="disclosure.id", ondelete="CASCADE", index=True
    )
    file_id: int | None = Field(
        default=None, foreign_key="sourcefile.id", index=True, description="the file it was read from"
    )
    position: int
    project: str = Field(index=True)
    department: str = ""
    implementer: str = ""
    attribute: str = Field(default="", description="项目属性, e.g. 一次性项目(1年结束)")
    period: str = Field(default="", description="项目期, e.g. 3年")
    unit_of_measure: str = "元"
    total_amount: Decimal | None = Field(default=None, sa_type=ExactDecimal, description="实施期资金总额")
    annual_amount: Decimal | None = Field(default=None, sa_type=ExactDecimal, description="年度资金总额")
    funding: dict[str, str] = Field(
        default_factory=dict, sa_column=Column(JSON), description="其中 lines: source → amount as printed"
    )
    overview: str = Field(default="", description="项目概况")
    basis: str = Field(default="", description="立项依据")
    necessity: str = Field(default="", description="项目设立必要性")
    measures: str = Field(default="", description="保证项目实施的制度、措施")
    plan: str = Field(default="", description="项目实施计划")
    goal_period: str = Field(default="", description="实施期总体目标")
    goal_annual: str = Field(default="", description="年度总体目标")
    line: int | None = None
    page: int | None = None

    disclosure: Optional["Disclosure"] = Relationship(back_populates="targets")
    file: Optional["SourceFile"] = Relationship()
    indicators: list["PerformanceIndicator"] = Relationship(back_populates="target", cascade_delete=True)


class PerformanceIndicator(SQLModel, table=True):
    """One 绩效指标 line: 一级/二级/三级指标 and its 指标值, for the period or the year."""

    id: int | None = Field(default=None, primary_key=True)
    target_id: int | None = Field(
        default=None, foreign_key="performancetarget.id", ondelete="CASCADE", index=True
    )
    position: int
    scope: str = Field(description="实施期 or 年度")
    level1: str = ""
    level2: str = ""
    level3: str = ""
    value: str = Field(default="", description="指标值 as printed, e.g. ≥98% or 1980元/人月")
    line: int | None = None
    page: int | None = None

    target: Optional["PerformanceTarget"] = Relationship(back_populates="indicators")


class GlossaryTerm(SQLModel, table=True):
    """A 名词解释 entry."""

    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int | None = Field(
        default=None, foreign_key="disclosure.id", ondelete="CASCADE", index=True
    )
    file_id: int | None = Field(
        default=None, foreign_key="sourcefile.id", index=True, description="the file it was read from"
    )
    position: int
    term: str = Field(index=True)
    definition: str
    line: int | None = None
    page: int | None = None

    disclosure: Optional["Disclosure"] = Relationship(back_populates="terms")
    file: Optional["SourceFile"] = Relationship()


# Chat state (knowledge/chat_state.py): what the Telegram channel remembers per chat, in the same database
# as the documents, so it survives restarts and several bot processes share it. Telegram ids need 64 bits.


def chat_id_column(*, primary_key: bool = False, index: bool = False) -> Any:
    return Column(BigInteger, primary_key=primary_key, autoincrement=False, index=index, nullable=False)


class ChatAnswer(SQLModel, table=True):
    """An answer given in a chat, kept for its buttons (来源, the readings of an ambiguous answer) and /source."""

    __table_args__ = (Index("ix_chatanswer_chat_given", "chat_id", "given_at"),)

    id: str = Field(
        primary_key=True, max_length=32, description="the random key its buttons carry (never a counter)"
    )
    chat_id: int = Field(sa_column=chat_id_column())
    user_id: int = Field(sa_column=chat_id_column(), description="who asked (or pressed the reading)")
    thread_id: int = Field(sa_column=chat_id_column(), description="forum topic, 0 outside one")
    question: str
    answer: dict[str, Any] = Field(sa_column=Column(JSON), description="the Answer as `ask --json` prints it")
    given_at: datetime = Field(default_factory=utc_now, index=True)


class ChatReply(SQLModel, table=True):
    """The messages the bot sent in reply to one message of a person, so an edit of it edits them."""

    chat_id: int = Field(sa_column=chat_id_column(primary_key=True))
    message_id: int = Field(sa_column=chat_id_column(primary_key=True))
    reply_ids: list[int] = Field(sa_column=Column(JSON))
    given_at: datetime = Field(default_factory=utc_now, index=True)


class ChatContext(SQLModel, table=True):
    """What one conversation is about (per chat, person and forum topic), for reading follow-up questions."""

    chat_id: int = Field(sa_column=chat_id_column(primary_key=True))
    user_id: int = Field(sa_column=chat_id_column(primary_key=True))
    thread_id: int = Field(sa_column=chat_id_column(primary_key=True))
    context: dict[str, Any] = Field(sa_column=Column(JSON))
    given_at: datetime = Field(default_factory=utc_now, index=True)


class ChatCounter(SQLModel, table=True):
    """One /stats counter, summed over every bot process and run: answers by status, by item, by question."""

    kind: str = Field(primary_key=True, max_length=16, description="status, item or question")
    name: str = Field(primary_key=True)
    count: int = Field(sa_column=Column(BigInteger, nullable=False))

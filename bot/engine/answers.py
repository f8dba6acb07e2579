"""The answer every channel shows: status, Chinese text, and the sourced facts behind it.

`Answer.to_json()` is the contract `budgetbot ask --json` prints and ../shared/eval/evaluate.py reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from knowledge.places import describe_place
from knowledge.text import strip_ordinal

Status = Literal["answered", "ambiguous", "not_found"]


@dataclass(frozen=True)
class Source:
    """Where a fact was read: document, table, row and column, or a narrative section."""

    document: str
    table: str | None = None
    title: str = ""
    row: str = ""
    column: str = ""
    section: str = ""
    page: int | None = None
    line: int | None = None
    file: str = ""
    """The file the fact was read from, when the document was published as several."""
    inputs: tuple[Source, ...] = ()
    """A figure worked out (a sum, a share, a change): the places of the figures it is worked from."""

    def describe(self) -> str:
        """One line of Chinese naming the place: 文档 · 表十二《…》 · 行「…」 · 列「…」 · 第N页; a figure
        worked out names the places of the figures it is worked from."""
        if self.inputs:
            worked = "；".join(dict.fromkeys(part.brief(with_row=True) for part in self.inputs))
            return " · ".join(part for part in (self.document, worked, self.column) if part)
        section = f"「{self.section}」" if self.section else ""
        if self.table or self.title:
            where = f"{self.table or ''}《{self.title}》" if self.title else str(self.table)
            where += section if not self.table and not self.row else ""
        else:
            where = section
        return describe_place(
            self.document,
            where=where,
            row=self.row,
            column=self.column,
            page=self.page,
            line=self.line,
            file=self.file,
        )

    def brief(self, *, with_row: bool = False) -> str:
        """The place in a few words, for a line that names its document and item already:
        表十二「合计」列 (with_row: 表十二「…」行「合计」列), 「三、支出预算情况」第5页; a figure
        worked out, the places of the figures it is worked from (the columns said once for one row)."""
        rows = {(part.table or part.title, part.row) for part in self.inputs}
        if len(rows) == 1 and len(self.inputs) > 1 and all(part.column for part in self.inputs):
            first = replace(self.inputs[0], column="")
            columns = "、".join(dict.fromkeys(f"「{part.column}」" for part in self.inputs))
            return f"{first.brief(with_row=True)}{columns}列"
        if self.inputs:
            return "、".join(dict.fromkeys(part.brief(with_row=True) for part in self.inputs))
        location = f"第{self.page}页" if self.page else (f"第{self.line}行" if self.line else "")
        if (self.table or self.title) and (self.row or self.column):
            table = self.table or f"《{self.title}》"
            row = (
                f"「{strip_ordinal(self.row, keep_case=True) or self.row}」行"
                if with_row and self.row
                else ""
            )
            return f"{table}{row}" + (f"「{self.column}」列" if self.column else "")
        return f"「{self.section or self.title}」{location}" if self.section or self.title else location

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "table": self.table,
            "title": self.title,
            "row": self.row,
            "column": self.column,
            "section": self.section,
            "page": self.page,
            "line": self.line,
            "file": self.file,
            "inputs": [part.to_json() for part in self.inputs],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        """A source back from `to_json()` (one kept before sources named their inputs has none)."""
        inputs = tuple(cls.from_json(part) for part in data.get("inputs", ()))
        return cls(**{**data, "inputs": inputs})


@dataclass(frozen=True)
class Fact:
    """One figure or statement with its source; value is None for text facts."""

    label: str
    value: Decimal | None
    unit: str
    source: Source
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": None if self.value is None else float(self.value),
            "exact": None if self.value is None else str(self.value),
            "unit": self.unit,
            "text": self.text,
            "source": self.source.to_json(),
        }


@dataclass(frozen=True)
class Choice:
    """One reading of an ambiguous question, offered back to the person: the question to answer and the
    documents (ids) to answer it within, none meaning every loaded one. It is all it takes to answer
    the choice, on any process, after any restart: nothing is remembered for it."""

    label: str
    question: str
    documents: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "question": self.question, "documents": list(self.documents)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Choice:
        """A choice back from `to_json()` (one kept before choices named documents answers as asked)."""
        return cls(data["label"], data["question"], tuple(data.get("documents", ())))


@dataclass
class Answer:
    status: Status
    text: str
    facts: list[Fact] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    intent: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "answer": self.text,
            "intent": self.intent,
            "facts": [fact.to_json() for fact in self.facts],
            "choices": [choice.to_json() for choice in self.choices],
        }

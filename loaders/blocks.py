"""What every format loader produces: the document as a sequence of text lines and grids.

Format loaders (text, PDF, Excel, Word, HTML) only find lines and cell grids and say where they are;
`loaders.assemble` turns that sequence into records the same way for every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from knowledge.models import Disclosure, SourceFile

YearSource = Literal["document", "file_name", "matching", "missing"]
"""Where a document's year was read: its own pages, its file name, the matching document already
stored (the narrative of a tables file), or nowhere yet."""


@dataclass(frozen=True)
class TextLine:
    """A line of running text (title, heading, paragraph, unit line, note)."""

    text: str
    line: int | None = None
    page: int | None = None


@dataclass(frozen=True)
class GridRow:
    """One row of cells as printed, left to right; an empty cell is ''."""

    cells: tuple[str, ...]
    line: int | None = None
    page: int | None = None
    full: tuple[bool, ...] = field(
        default=(), compare=False, metadata={"help": "per cell, whether its last line reached its right edge"}
    )


@dataclass
class Grid:
    """A block of table rows that stood together in the file."""

    rows: list[GridRow]
    caption: str = field(default="", metadata={"help": "sheet name or caption the format gives"})
    column_edges: tuple[float, ...] = field(
        default=(), compare=False, metadata={"help": "left edge of each column, then the right edge (PDF)"}
    )

    @property
    def line(self) -> int | None:
        return self.rows[0].line if self.rows else None

    @property
    def page(self) -> int | None:
        return self.rows[0].page if self.rows else None


Block = TextLine | Grid


@dataclass
class LoadedDocument:
    """A disclosure read from one file, not yet stored, with what could not be read.

    When the file does not print its year, `year_source` says so and the year is settled when it is
    stored (from the matching document, else the file name); until then `disclosure.year` is 0.
    """

    disclosure: Disclosure
    problems: list[str] = field(default_factory=list)
    year_source: YearSource = "document"
    file_name_year: int | None = None
    missing_tables: list[str] = field(default_factory=list)
    """目录 entries naming a table this file does not hold (perhaps published in another file)."""

    @property
    def file(self) -> SourceFile:
        return self.disclosure.files[0]

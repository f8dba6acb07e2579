"""What every format loader produces: the document as a sequence of text lines and grids.

Format loaders (text, PDF, Excel, Word, HTML) only find lines and cell grids and say where they are;
`loaders.assemble` turns that sequence into records the same way for every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.models import Disclosure


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
    """A disclosure read from a file, not yet stored, with what could not be read."""

    disclosure: Disclosure
    problems: list[str] = field(default_factory=list)

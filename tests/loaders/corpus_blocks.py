"""Reading the real corpus PDFs once per test session, and finding things among their blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from knowledge.models import BudgetTable, Figure, TableRow
from loaders.assemble import blocks_to_document
from loaders.blocks import Block, Grid, GridRow, LoadedDocument, TextLine
from loaders.pdf import read_blocks
from tests.paths import CORPUS
from tests.read_documents import read_once

TABLE_FURNITURE = re.compile(r"^(编制(部门|单位)|单位[:：]|注[:：]|说明[:：])")


@dataclass(frozen=True)
class CorpusDocument:
    blocks: list[Block]
    problems: list[str]
    page_count: int | None

    @property
    def grids(self) -> list[Grid]:
        return [block for block in self.blocks if isinstance(block, Grid)]

    @property
    def lines(self) -> list[TextLine]:
        return [block for block in self.blocks if isinstance(block, TextLine)]

    def line_containing(self, text: str) -> TextLine:
        """The first text line that contains `text`."""
        found = [line for line in self.lines if text in line.text]
        assert found, f"no text line contains {text!r}"
        return found[0]

    def grid_titled(self, title: str) -> Grid:
        """The grid whose title line is `title`: only 编制部门/单位/注 lines may stand between them."""
        index = next(
            i for i, block in enumerate(self.blocks) if isinstance(block, TextLine) and block.text == title
        )
        for block in self.blocks[index + 1 :]:
            if isinstance(block, Grid):
                return block
            assert TABLE_FURNITURE.match(block.text), f"{block.text!r} stands between {title!r} and its grid"
        raise AssertionError(f"no grid after {title!r}")

    def grids_on(self, page: int) -> list[Grid]:
        return [grid for grid in self.grids if grid.page == page]

    def block_before(self, grid: Grid) -> Block:
        return self.blocks[next(i for i, block in enumerate(self.blocks) if block is grid) - 1]


@cache
def read_corpus(name: str) -> CorpusDocument:
    blocks, problems, page_count = read_once(read_blocks, CORPUS / name)
    return CorpusDocument(blocks, problems, page_count)


def row_starting(grid: Grid, *cells: str) -> GridRow:
    """The row of `grid` whose first cells are `cells`."""
    found = [row for row in grid.rows if row.cells[: len(cells)] == cells]
    assert found, f"no row starts with {cells!r}"
    return found[0]


@cache
def assemble_corpus(name: str) -> LoadedDocument:
    """The records of a corpus PDF, assembled from the blocks read once per session."""
    document = read_corpus(name)
    return blocks_to_document(
        document.blocks,
        source_name=name,
        source_format="pdf",
        content_hash=name,
        page_count=document.page_count,
    )


def figure(document: LoadedDocument, kind: str, row: str, column: str) -> tuple[Figure, TableRow]:
    """The figure in the table of `kind`, in the row whose code or label is `row`, under a column
    whose header path ends with `column`."""
    for table in document.disclosure.tables:
        if table.kind != kind:
            continue
        for table_row in table.rows:
            if row in (table_row.code, table_row.label):
                found = [f for f in table_row.figures if f.column.endswith(column)]
                if found:
                    return found[0], table_row
    raise AssertionError(f"no figure {kind} / {row} / {column}")


def table_numbered(document: LoadedDocument, value: int) -> BudgetTable:
    """The table whose number (公开01表, 公开表一, 一 of the 目录) has this value."""
    found = [table for table in document.disclosure.tables if table.number_value == value]
    assert len(found) == 1, f"{len(found)} tables numbered {value}"
    return found[0]


def cell(document: LoadedDocument, number: int, row: str, column: str) -> Decimal | None:
    """The value in table `number`, in the row whose code or label is `row` ('' for an unlabelled row),
    under the column whose header path ends with `column`."""
    table = table_numbered(document, number)
    for table_row in table.rows:
        if row in (table_row.code, table_row.label) or (not row and not table_row.label):
            found = [f for f in table_row.figures if f.column.endswith(column)]
            if found:
                return found[0].value
    raise AssertionError(f"no cell {number} / {row} / {column}")

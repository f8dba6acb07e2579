"""Table view: one table laid out as text for a width, in blocks a page never splits.

A block is what must be read together: the table's heading lines, then each row (on a phone, its name
and its filled cells one per line; wider, its one line of the grid). Paging by blocks is why a page of
`/table 表十二` never shows a row's figures apart from its name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.catalog import NARROW_WIDTH, find_disclosure, find_table, load_rows, row_cards, table_lines
from knowledge.errors import NotFound
from knowledge.models import BudgetTable

REPLACED_TABLE = "这张表（可能已被新版本替换），请重新用 /table 查看"


@dataclass(frozen=True)
class TableView:
    """A table laid out as text in blocks, with its document's label and the id page buttons carry."""

    table_id: int
    document: str
    heading: str
    blocks: list[list[str]]

    @property
    def lines(self) -> list[str]:
        return [line for block in self.blocks for line in block]

    def pages(self, page_lines: int) -> list[list[str]]:
        """Pages of at most `page_lines` lines that never split a block (a block longer than that is a
        page of its own), so a row always shows beside its name."""
        pages: list[list[str]] = [[]]
        for block in self.blocks:
            if pages[-1] and len(pages[-1]) + len(block) > page_lines:
                pages.append([])
            pages[-1].extend(block)
        return pages


def table_view(engine: Engine, reference: str, document: str | None, width: int) -> TableView:
    """Find a table by number or title fragment (within the document named, if any) and lay it out."""
    with Session(engine) as session:
        disclosure = find_disclosure(session, document) if document else None
        return view_of(session, find_table(session, reference, disclosure), width)


def table_view_by_id(engine: Engine, table_id: int, width: int) -> TableView:
    """Lay out the table a page button points at, while its document is the current version."""
    with Session(engine) as session:
        table = session.get(BudgetTable, table_id)
        if table is None or table.disclosure is None or not table.disclosure.is_current:
            raise NotFound(REPLACED_TABLE)
        return view_of(session, table, width)


def view_of(session: Session, table: BudgetTable, width: int) -> TableView:
    """A table in blocks: knowledge.catalog lays out the heading, each row's card or grid line."""
    assert table.id is not None
    label = table.disclosure.label if table.disclosure else ""
    heading = f"{label} {table.reference}" if label else table.reference
    rows = [] if table.no_data else load_rows(session, table)
    if width < NARROW_WIDTH:
        blocks = [table_lines(table, [], width), *(row_cards([row]) for row in rows)]
    else:
        blocks = [[line] for line in table_lines(table, rows, width)]
    return TableView(table.id, label, heading, blocks)

"""The shape of a test document written out in every format: its cover, contents, narrative and tables
(the writers: tests/loaders/document_writers.py).

In the cells, "<" is merged with the cell to its left and "^" with the cell above; "\\n" is where a long
label wraps. All amounts are printed with two decimals, codes and 行次 without, so a test can tell them apart.
The documents themselves: tests/loaders/county_final_accounts.py and tests/loaders/county_budget.py.
"""

from __future__ import annotations

from dataclasses import dataclass

MERGED_LEFT = "<"
MERGED_UP = "^"


def three_public_header(first: str) -> tuple[tuple[str, ...], ...]:
    """The county “三公” table's two header rows, which also list 会议费 and 培训费."""
    return (
        (first, "合计", "因公出国（境）费", "公务用车购置及运行维护费", MERGED_LEFT, MERGED_LEFT,
         "公务接待费", "会议费", "培训费"),
        (MERGED_UP, MERGED_UP, MERGED_UP, "小计", "公务用车购置费", "公务用车运行维护费",
         MERGED_UP, MERGED_UP, MERGED_UP),
    )  # fmt: skip


@dataclass(frozen=True)
class Table:
    marker: str
    title: str
    furniture: tuple[str, ...]
    """The line between title and table, as the cells of one row: 部门：… | 金额单位：万元."""
    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()
    unit: str = "万元"
    kind: str = ""
    explained: tuple[str, ...] = ()
    """The narrative printed under the table, before the next one (a county document that explains each
    table right after it)."""


@dataclass(frozen=True)
class Layout:
    """How the writers (tests/loaders/document_writers.py) print the document's tables."""

    number_first: bool = False
    """The table number on the line above the title (部门公开表1 / 2024年…表), else below or beside it."""
    text_pages: bool = False
    """The text export is a PDF's text layer: each number at the foot of the page before its table, bare
    page numbers, the header repeated after a page break; else an Excel sheet saved as text."""
    title_rows_in_table: bool = False
    """The web page is converted from Excel: the title, number and 部门 lines are rows of the table."""
    label_width: float = 0
    """The widest a column of words is printed, in characters (0: as wide as its longest label); longer
    labels wrap onto more lines inside their cells (tests/loaders/table_printing.py). A text layer
    (`text_pages`) prints the wrapped lines as lines of their own."""
    figures_below: bool = False
    """In a text layer, a row's figures on the line after its label's first line."""
    split_at_page_break: bool = False
    """In a text layer, a wrapped row at the foot of a page goes on after the next page's header."""


@dataclass(frozen=True)
class Document:
    unit_name: str
    year: int
    kind: str
    cover: tuple[str, ...]
    contents: tuple[str, ...]
    before: tuple[str, ...]
    tables: tuple[Table, ...]
    after: tuple[str, ...]
    terms: tuple[str, ...]
    layout: Layout = Layout()


def plain(cell: str, *, keep_wraps: bool = False) -> str:
    """A cell as text shows it: merged parts empty, a wrapped label whole (or with its line break)."""
    if cell in (MERGED_LEFT, MERGED_UP):
        return ""
    return cell if keep_wraps else cell.replace("\n", "")

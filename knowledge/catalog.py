"""What is loaded: documents, their tables, one table found by reference and laid out as text."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from knowledge.errors import Ambiguous, NotFound
from knowledge.models import BudgetTable, Disclosure, TableRow
from knowledge.text import NUMERAL_CHARACTERS, chinese_to_int, compact

NARROW_WIDTH = 60
LABEL_HEADING = "项目"
UNNAMED_ROW = "（表中无行名）"
HIDDEN_NAMED = 5
"""Columns a too-narrow grid names when it leaves them out."""
REFERENCE_PART = re.compile(r"((?:19|20)\d{2}年?|(?:部门|单位)?(?:预算|决算))")
"""The year and the kind (预算/决算, with its scope) inside a document reference; the rest names the unit."""
TABLE_REFERENCE = re.compile(rf"^(?:表\s*)?([0-9{NUMERAL_CHARACTERS}]+)$|^公开\s*0*(\d+)\s*表$")


def list_disclosures(session: Session, *, versions: bool = False) -> list[Disclosure]:
    """The loaded documents (their current versions), or with `versions` every version, each
    document's versions together, oldest first."""
    statement = select(Disclosure).options(selectinload(Disclosure.files))  # type: ignore[arg-type]
    if not versions:
        statement = statement.where(col(Disclosure.is_current))
    statement = statement.order_by(
        col(Disclosure.unit_name), col(Disclosure.year), col(Disclosure.kind), col(Disclosure.scope)
    )
    documents = list(session.exec(statement))
    if versions:
        first = {doc.group_id: index for index, doc in reversed(list(enumerate(documents)))}
        documents.sort(key=lambda doc: (first[doc.group_id], doc.id or 0))
    return documents


def reference_words(reference: str) -> list[str]:
    """Given '财政局2024年决算' (or '财政局 2024 决算'), return ['财政局', '2024年', '决算']: a reference is
    read as its parts, however they are run together."""
    parts = (REFERENCE_PART.split(word) for word in reference.split())
    return [part for split in parts for part in split if part]


def find_disclosure(session: Session, reference: str) -> Disclosure:
    """Given an id, a unit name or alias, a year, a kind, or these together ('财政局2024年决算'), return
    the one document meant; none or several is NotFound with the documents matching most of it."""
    documents = list_disclosures(session)
    words = reference_words(reference)
    matched = {id(doc): sum(disclosure_mentions(doc, word) for word in words) for doc in documents}
    matches = [doc for doc in documents if matched[id(doc)] == len(words)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        nearest = sorted(documents, key=lambda doc: -matched[id(doc)])
        raise NotFound(f"文档“{reference}”", [doc.label for doc in nearest][:5])
    raise NotFound(
        f"唯一的文档“{reference}”（有{len(matches)}份符合，请写得更具体：加上单位名、年度或预算/决算）",
        [doc.label for doc in matches][:5],
    )


def disclosure_mentions(document: Disclosure, word: str) -> bool:
    if word.isdigit():
        return int(word) in (document.id, document.year)
    names = [
        document.unit_name,
        *document.aliases,
        document.kind,
        document.scope + document.kind,
        f"{document.year}年",
    ]
    return any(word in name for name in names)


def list_tables(session: Session, disclosure: Disclosure | None = None) -> list[BudgetTable]:
    statement = select(BudgetTable).options(selectinload(BudgetTable.disclosure))  # type: ignore[arg-type]
    if disclosure is not None:
        statement = statement.where(BudgetTable.disclosure_id == disclosure.id)
    else:
        statement = statement.join(Disclosure).where(col(Disclosure.is_current))
    statement = statement.order_by(col(BudgetTable.disclosure_id), col(BudgetTable.position))
    return list(session.exec(statement))


def table_number(reference: str) -> int | None:
    """Given 表十二, 十二, 12 or 公开12表, return 12."""
    match = TABLE_REFERENCE.match(reference.strip())
    if not match:
        return None
    return chinese_to_int(match.group(1) or match.group(2))


def find_table(session: Session, reference: str, disclosure: Disclosure | None = None) -> BudgetTable:
    """Given a table number or a title fragment, return the one table meant."""
    tables = list_tables(session, disclosure)
    number = table_number(reference)
    said = compact(reference)  # 附表7, 公开表一: as printed, before the bare number other documents share
    labelled = [table for table in tables if table.number and compact(table.number) == said]
    if labelled:
        numbered = labelled
    elif number is not None:
        numbered = [table for table in tables if table.number_value == number]
    else:
        numbered = [table for table in tables if reference in table.title]
    if len(numbered) == 1:
        return numbered[0]
    if len(numbered) > 1:
        raise Ambiguous(
            f"唯一的表“{reference}”（{len(numbered)}份文档都有，请指明是哪份文档）",
            [f"{table.disclosure.label if table.disclosure else ''} {table.reference}" for table in numbered][
                :5
            ],
            [table.disclosure.label.replace(" ", "") for table in numbered if table.disclosure],
        )
    titles = {table.reference: table.title for table in tables}
    nearest = process.extract(reference, titles, scorer=fuzz.partial_ratio, limit=3)
    raise NotFound(f"表“{reference}”", [key for _title, _score, key in nearest])


def load_rows(session: Session, table: BudgetTable) -> list[TableRow]:
    statement = (
        select(TableRow)
        .where(TableRow.table_id == table.id)
        .options(selectinload(TableRow.figures))  # type: ignore[arg-type]
        .order_by(col(TableRow.position))
    )
    return list(session.exec(statement))


def display_width(text: str) -> int:
    """Terminal columns a string takes: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int, align_right: bool = False) -> str:
    """Pad or cut text to exactly `width` terminal columns."""
    while display_width(text) > width:
        text = text[:-2] + "…" if len(text) > 1 else ""
    pad = " " * (width - display_width(text))
    return pad + text if align_right else text + pad


def table_lines(table: BudgetTable, rows: list[TableRow], width: int = 100) -> list[str]:
    """Lay a table out as text in `width` columns: label, then as many figure columns as fit.

    Narrower than NARROW_WIDTH (a phone), each row becomes a label line with its figures below it.
    """
    lines = [table.reference, f"单位：{table.unit_of_measure or '未注明'}"]
    if table.no_data:
        return [*lines, "本表无数据"]
    if width < NARROW_WIDTH:
        return lines + row_cards(rows)
    for side in dict.fromkeys(row.side for row in rows):
        if side:
            lines.append(f"【{side}】")
        lines += grid_lines([row for row in rows if row.side == side], width)
    return lines


def grid_lines(rows: list[TableRow], width: int) -> list[str]:
    """One side of a table as a grid: the column headings, level by level, then a line per row."""
    columns = sorted({(cell.column_index, cell.column) for row in rows for cell in row.figures})
    label_width = min(
        max([display_width(LABEL_HEADING), *(display_width(row_label(row)) for row in rows)]), 40
    )
    leaves = [name.split("/")[-1] for _index, name in columns]
    values = [display_width(cell.raw) for row in rows for cell in row.figures]
    cell_width = max(10, min(18, max((display_width(leaf) for leaf in leaves), default=10)), *values)
    shown = columns[: max(1, (width - label_width) // (cell_width + 1))]
    header = heading_lines([name for _index, name in shown], label_width, cell_width)
    lines = [*header, "─" * min(width, max(display_width(line) for line in header))]
    for row in rows:
        cells = {cell.column_index: cell.raw for cell in row.figures}
        lines.append(
            fit(row_label(row), label_width)
            + "".join(" " + fit(cells.get(index, ""), cell_width, True) for index, _name in shown)
        )
    if len(shown) < len(columns):
        hidden = [name for _index, name in columns[len(shown) :]]
        full = label_width + len(columns) * (cell_width + 1)
        named = "、".join(hidden[:HIDDEN_NAMED]) + ("等" if len(hidden) > HIDDEN_NAMED else "")
        lines.append(f"（宽度不足，另有{len(hidden)}列未显示：{named}；全部显示需要 {full} 列宽）")
    return lines


def heading_lines(names: list[str], label_width: int, cell_width: int) -> list[str]:
    """Column headings a level per line (2024年预算数 over 合计, 基本支出, 项目支出), a heading shared by
    neighbouring columns written once across them, so two columns named 小计 say whose 小计 each is. A
    column's own name is on the last line; one with fewer levels leaves the lines between empty."""
    paths = [name.split("/") for name in names]
    depth = max(len(path) for path in paths)
    lines = []
    for level in range(depth - 1):
        spans: list[tuple[list[str], int]] = []
        for path in paths:
            above = path[: level + 1] if level < len(path) - 1 else []
            if above and spans and spans[-1][0] == above:
                spans[-1] = (above, spans[-1][1] + 1)
            else:
                spans.append((above, 1))
        cells = [span_text(above[-1] if above else "", count, cell_width) for above, count in spans]
        lines.append(" " * label_width + "".join(" " + cell for cell in cells))
    leaves = [fit(path[-1], cell_width, align_right=True) for path in paths]
    return [*lines, fit(LABEL_HEADING, label_width) + "".join(" " + leaf for leaf in leaves)]


def span_text(text: str, columns: int, cell_width: int) -> str:
    """A heading shared by `columns` neighbouring cells, centred over them."""
    width = columns * cell_width + columns - 1
    left = max(0, (width - display_width(text)) // 2)
    return fit(" " * left + text, width)


def row_cards(rows: list[TableRow]) -> list[str]:
    """Each row as its label, then one indented line per filled cell: 列名：数值."""
    lines: list[str] = []
    for row in rows:
        filled = [
            cell for cell in sorted(row.figures, key=lambda cell: cell.column_index) if not cell.is_empty
        ]
        side = f"【{row.side}】" if row.side else ""
        lines.append(f"{side}{row_label(row).strip()}" + ("" if filled else "：空"))
        lines += [f"  {cell.column}：{cell.raw}" for cell in filled]
    return lines


def row_label(row: TableRow) -> str:
    indent = "  " * min(row.level, 3)
    return f"{indent}{row.code + ' ' if row.code else ''}{row.label or UNNAMED_ROW}"

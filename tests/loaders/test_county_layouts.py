"""Layouts the corpus lacks load too: two county documents (tests/loaders/county_final_accounts.py, county_budget.py) written
here as a text export, a web page, a Word file and an Excel workbook, each loaded by its loader.

The 决算 is written as a PDF's text layer would give it (each table number at the foot of the previous page,
bare page numbers, long labels wrapped onto a row of their own, headers repeated after a page break), as a
web page converted from Excel (title, number and 部门 rows inside the table), as Word and as one sheet per
table; the 预算 puts 部门公开表N above each title.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from knowledge.models import BudgetTable
from loaders import load_file
from loaders.blocks import LoadedDocument
from loaders.contents import parse_marker
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, Document, Table, plain
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS

PRINTED_AMOUNT = re.compile(r"-?[\d,]+\.\d{2}")
ROWS_PER_PAGE = 14


def width(table: Table) -> int:
    return len(table.header[0])


def cell_lines(row: tuple[str, ...]) -> list[str]:
    """A row as tab-separated text; a wrapped label puts its second line on a row of its own."""
    first = "\t".join(plain(cell).split("\n")[0] if "\n" not in cell else cell.split("\n")[0] for cell in row)
    wrapped = ["" if "\n" not in cell else cell.split("\n", 1)[1] for cell in row]
    return [first, "\t".join(wrapped)] if any(wrapped) else [first]


def write_text(document: Document, path: Path) -> Path:
    """The 决算 as a PDF's text layer; the 预算 as an Excel export saved as text (title rows are rows)."""
    foot_markers = document is FINAL_ACCOUNTS
    lines = [*document.cover, "目 录"]
    lines += [f"{entry}{'.' * 8}{page}" for page, entry in enumerate(document.contents, start=3)]
    lines += document.before
    page = 3
    for table in document.tables:
        tabs = "\t" * (width(table) - 1)
        if foot_markers:
            lines += [table.marker, str(page), table.title, "    ".join(table.furniture)]
        else:
            lines += [
                table.marker + tabs,
                table.title + tabs,
                table.furniture[0] + tabs[:-1] + "\t" + table.furniture[1],
            ]
        page += 1
        header = ["\t".join(plain(cell) for cell in row) for row in table.header]
        lines += header
        for index, row in enumerate(table.rows, start=1):
            lines += cell_lines(row)
            if foot_markers and index % ROWS_PER_PAGE == 0 and index < len(table.rows):
                lines += ["", f"- {page} -", "", *header]
                page += 1
        lines += list(table.notes)
    lines += [str(page), *document.after]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def spans(rows: tuple[tuple[str, ...], ...]) -> list[tuple[int, int, str, int, int]]:
    """Each printed cell as (row, column, text, rowspan, colspan), merged parts folded into it."""
    found = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell in (MERGED_LEFT, MERGED_UP):
                continue
            colspan = 1
            while c + colspan < len(row) and row[c + colspan] == MERGED_LEFT:
                colspan += 1
            rowspan = 1
            while r + rowspan < len(rows) and rows[r + rowspan][c] == MERGED_UP:
                rowspan += 1
            found.append((r, c, cell, rowspan, colspan))
    return found


def html_rows(rows: tuple[tuple[str, ...], ...], cell_tag: str) -> list[str]:
    cells: dict[int, list[str]] = {}
    for r, _, text, rowspan, colspan in spans(rows):
        attributes = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
            f' colspan="{colspan}"' if colspan > 1 else ""
        )
        content = "<br>".join(html.escape(part) for part in text.split("\n"))
        cells.setdefault(r, []).append(f"<{cell_tag}{attributes}>{content}</{cell_tag}>")
    return [f"<tr>{''.join(cells.get(r, []))}</tr>" for r in range(len(rows))]


def write_html(document: Document, path: Path) -> Path:
    """The 决算 as a page converted from Excel (title, number and 部门 rows inside each table); the 预算 with
    its number, title and unit as paragraphs above each table."""
    parts = [f"<html><head><title>{document.cover[0]}{document.cover[1]}</title></head><body>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in (*document.cover, "目录", *document.contents)]
    parts += [f"<p>{html.escape(line)}</p>" for line in document.before]
    for table in document.tables:
        span = width(table)
        if document is FINAL_ACCOUNTS:
            left = span // 2
            rows = [
                f'<tr><td colspan="{span}"><b>{table.title}</b></td></tr>',
                f'<tr><td colspan="{span}" align="right">{table.marker}</td></tr>',
                f'<tr><td colspan="{left}">{table.furniture[0]}</td>'
                f'<td colspan="{span - left}" align="right">{table.furniture[1]}</td></tr>',
                *html_rows(table.header, "th"),
                *html_rows(table.rows, "td"),
                *(f'<tr><td colspan="{span}">{html.escape(note)}</td></tr>' for note in table.notes),
            ]
            parts.append(f'<table border="1">{"".join(rows)}</table>')
        else:
            parts += [f"<p>{table.marker}</p>", f"<h3>{html.escape(table.title)}</h3>"]
            parts.append(f"<p>{('&nbsp;' * 4).join(table.furniture)}</p>")
            rows = [*html_rows(table.header, "th"), *html_rows(table.rows, "td")]
            parts.append(f'<table border="1">{"".join(rows)}</table>')
            parts += [f"<p>{html.escape(note)}</p>" for note in table.notes]
    parts += [f"<p>{html.escape(line)}</p>" for line in document.after]
    path.write_text("\n".join([*parts, "</body></html>"]), encoding="utf-8")
    return path


def write_docx(document: Document, path: Path) -> Path:
    """Paragraphs and Word tables with merged cells; the 决算's numbers after the titles, the 预算's before."""
    word = WordDocument()
    for line in (*document.cover, "目录", *document.contents, *document.before):
        word.add_paragraph(line)
    for table in document.tables:
        above = [table.title, table.marker] if document is FINAL_ACCOUNTS else [table.marker, table.title]
        for line in [*above, "    ".join(table.furniture)]:
            word.add_paragraph(line)
        rows = table.header + table.rows
        grid = word.add_table(rows=len(rows), cols=width(table))
        for r, c, text, rowspan, colspan in spans(rows):
            cell = grid.cell(r, c)
            if rowspan > 1 or colspan > 1:
                cell = cell.merge(grid.cell(r + rowspan - 1, c + colspan - 1))
            cell.text = text
        for note in table.notes:
            word.add_paragraph(note)
    for line in document.after:
        word.add_paragraph(line)
    word.save(path)
    return path


def write_xlsx(document: Document, path: Path, *, with_cover: bool = True) -> Path:
    """A cover sheet with the narrative, then one sheet per table: number, title and unit rows, merged
    headers, amounts stored as numbers shown with thousands separators, notes below. Without the cover,
    as a finance system exports the tables alone, each sheet prints its year beside the unit."""
    workbook = Workbook()
    cover = workbook.active
    cover.title = "封面"
    for line in (*document.cover, *document.before, *document.after) if with_cover else ():
        cover.append([line])
    for table in document.tables:
        sheet = workbook.create_sheet(table.marker)
        span = width(table)
        above = [[table.title], [None] * (span - 1) + [table.marker]]
        if document is BUDGET:
            above.reverse()
        for row in above:
            sheet.append(row)
        title_row = above.index([table.title]) + 1
        sheet.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=span)
        furniture: list[str | None] = [table.furniture[0], *[None] * (span - 2), table.furniture[1]]
        if not with_cover:
            furniture[1] = f"{document.year}年度"
        sheet.append(furniture)
        first = sheet.max_row + 1
        for r, c, text, rowspan, colspan in spans(table.header + table.rows):
            cell = sheet.cell(row=first + r, column=c + 1)
            if PRINTED_AMOUNT.fullmatch(text):
                cell.value, cell.number_format = float(text.replace(",", "")), "#,##0.00"
            else:
                cell.value = text or None
            if rowspan > 1 or colspan > 1:
                sheet.merge_cells(
                    f"{get_column_letter(c + 1)}{first + r}:{get_column_letter(c + colspan)}{first + r + rowspan - 1}"
                )
        for note in table.notes:
            sheet.append([note])
    if not with_cover:
        workbook.remove(cover)
    workbook.save(path)
    return path


WRITERS: dict[str, Callable[[Document, Path], Path]] = {
    "txt": write_text,
    "html": write_html,
    "docx": write_docx,
    "xlsx": write_xlsx,
}
CASES = [(name, suffix) for name in ("final", "budget") for suffix in WRITERS]
DOCUMENTS = {"final": FINAL_ACCOUNTS, "budget": BUDGET}


@pytest.fixture(scope="module")
def loads(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], LoadedDocument]:
    """Each document written in each format and loaded once for the module."""
    folder = tmp_path_factory.mktemp("county")
    return {
        (name, suffix): load_file(WRITERS[suffix](DOCUMENTS[name], folder / f"pingchuan-{name}.{suffix}"))
        for name, suffix in CASES
    }


@pytest.fixture(params=CASES, ids=[f"{name}-{suffix}" for name, suffix in CASES])
def case(
    request: pytest.FixtureRequest, loads: dict[tuple[str, str], LoadedDocument]
) -> tuple[Document, str, LoadedDocument]:
    name, suffix = request.param
    return DOCUMENTS[name], suffix, loads[(name, suffix)]


def test_unit_year_and_kind_come_from_the_document(case: tuple[Document, str, LoadedDocument]) -> None:
    document, _, loaded = case
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == (
        document.unit_name,
        document.year,
        document.kind,
    )


def test_every_table_is_numbered_classified_and_has_its_unit(
    case: tuple[Document, str, LoadedDocument],
) -> None:
    document, _, loaded = case
    found = [(t.number, t.number_value, t.title, t.kind, t.unit_of_measure) for t in loaded.disclosure.tables]
    expected = [
        (table.marker, parse_marker(table.marker)[0].value, table.title, table.kind, table.unit)  # type: ignore[union-attr]
        for table in document.tables
    ]
    assert found == expected


def printed_amounts(table: Table) -> Counter[Decimal]:
    return Counter(
        Decimal(cell.replace(",", "")) for row in table.rows for cell in row if PRINTED_AMOUNT.fullmatch(cell)
    )


def loaded_amounts(table: BudgetTable) -> Counter[Decimal]:
    return Counter(figure.value for row in table.rows for figure in row.figures if figure.value is not None)


def test_every_printed_figure_is_loaded_once(case: tuple[Document, str, LoadedDocument]) -> None:
    document, _, loaded = case
    for table, expected in zip(loaded.disclosure.tables, document.tables, strict=True):
        assert loaded_amounts(table) == printed_amounts(expected), table.title


def test_the_documents_problems_are_none(case: tuple[Document, str, LoadedDocument]) -> None:
    _, _, loaded = case
    assert loaded.problems == []


def test_tables_said_to_be_empty_are_flagged(case: tuple[Document, str, LoadedDocument]) -> None:
    document, _, loaded = case
    empty = [table.number for table in loaded.disclosure.tables if table.no_data]
    assert empty == [table.marker for table in document.tables if not printed_amounts(table)]


def table_numbered(loaded: LoadedDocument, number: str) -> BudgetTable:
    return next(table for table in loaded.disclosure.tables if table.number == number)


def cells_of(table: BudgetTable, row: str) -> dict[str, Decimal | None]:
    """The figures of the row whose code or label is `row`, by column."""
    found = next(table_row for table_row in table.rows if row in (table_row.code, table_row.label))
    return {figure.column: figure.value for figure in found.figures}


@pytest.mark.parametrize("suffix", WRITERS)
def test_the_final_accounts_rows_and_columns(
    loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    loaded = loads[("final", suffix)]
    summary = table_numbered(loaded, "公开01表")
    assert cells_of(summary, "八、其他收入") == {"收入/行次": None, "收入/金额": Decimal("12.30")}
    assert all(row.label for row in summary.rows), "a row holding only its 行次 is no row"
    spending = table_numbered(loaded, "公开05表")
    assert cells_of(spending, "2080505") == {
        "年初预算数": Decimal("52.00"),
        "调整预算数": Decimal("56.40"),
        "决算数/合计": Decimal("56.32"),
        "决算数/基本支出": Decimal("56.32"),
        "决算数/项目支出": None,
    }
    assert (
        next(row for row in spending.rows if row.code == "2080505").label
        == "机关事业单位基本养老保险缴费支出"
    )
    basic = table_numbered(loaded, "公开06表")
    assert cells_of(basic, "公用经费合计") == {"公用经费/决算数": Decimal("99.20")}
    assert cells_of(basic, "30216") == {"公用经费/决算数": Decimal("4.60")}
    projects = table_numbered(loaded, "公开07表")
    assert next(row for row in projects.rows if row.code == "2130504").label == (
        "乡村振兴衔接资金项目（农村道路及饮水设施建设）"
    )
    three = cells_of(table_numbered(loaded, "公开08表"), "决算数")
    parts = ["因公出国（境）费", "公务用车购置及运行维护费/小计", "公务接待费", "会议费", "培训费"]
    assert three["合计"] == sum(three[part] or 0 for part in parts) == Decimal("15.50")


@pytest.mark.parametrize("suffix", WRITERS)
def test_the_budget_rows_and_columns(loads: dict[tuple[str, str], LoadedDocument], suffix: str) -> None:
    loaded = loads[("budget", suffix)]
    three = cells_of(table_numbered(loaded, "部门公开表10"), "平川县卫生健康局")
    assert (three["合计"], three["会议费"], three["培训费"]) == (
        Decimal("34.00"),
        Decimal("5.00"),
        Decimal("7.00"),
    )
    purchase = table_numbered(loaded, "部门公开表9")
    assert cells_of(purchase, "合计") == {"预算金额": Decimal("85000.00")}
    income = table_numbered(loaded, "部门公开表1")
    assert {row.side for row in income.rows} == {"收入", "支出"}
    assert cells_of(table_numbered(loaded, "部门公开表8"), "2100199")["上年结转"] == Decimal("35.20")


def test_narrative_glossary_and_contents(case: tuple[Document, str, LoadedDocument]) -> None:
    document, suffix, loaded = case
    disclosure = loaded.disclosure
    assert [term.term for term in disclosure.terms] == list(document.terms)
    assert any(
        "1,682.46万元" in passage.text or "2,512.00万元" in passage.text for passage in disclosure.passages
    )
    if suffix != "xlsx":
        assert [entry.replace(" ", "") for entry in disclosure.contents] == [
            entry.replace(" ", "") for entry in document.contents
        ]


def records_of(loaded: LoadedDocument) -> list[tuple[object, ...]]:
    return [
        (
            table.number,
            table.title,
            table.columns,
            table.note,
            [
                (row.label, row.code, row.side, row.level, [(f.column, f.value) for f in row.figures])
                for row in table.rows
            ],
        )
        for table in loaded.disclosure.tables
    ]


@pytest.mark.parametrize("document", [FINAL_ACCOUNTS, BUDGET], ids=["final", "budget"])
def test_every_format_gives_the_same_records(document: Document, tmp_path: Path) -> None:
    loaded = {
        suffix: load_file(write(document, tmp_path / f"doc.{suffix}")) for suffix, write in WRITERS.items()
    }
    text = records_of(loaded.pop("txt"))
    for suffix, other in loaded.items():
        assert records_of(other) == text, suffix


def test_tables_exported_without_a_cover_name_unit_year_and_kind_themselves(tmp_path: Path) -> None:
    bare = load_file(write_xlsx(FINAL_ACCOUNTS, tmp_path / "export.xlsx", with_cover=False))
    full = load_file(write_xlsx(FINAL_ACCOUNTS, tmp_path / "full.xlsx"))
    disclosure = bare.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == ("平川县农业农村局", 2023, "决算")
    assert records_of(bare) == records_of(full)

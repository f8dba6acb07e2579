"""Tables printed as Excel and Word print them give the records of the text export: long labels and headers
wrapped over two, three or four lines inside their cells (科目名称 beside its 科目编码, 项目名称, 一般公共预算
/财政拨款 over an amount column), amounts vertically centred beside a wrapped label (on its second line),
wrapped rows on the pages a table continues on, and tables too wide for portrait on landscape pages.

Four document families (tests/loaders/county_*.py, xinan_budget.py, qinghe_final_accounts.py) are printed
with narrow label columns (tests/loaders/table_printing.py) as PDF, and with the same line breaks inside
the cells as Word, Excel and a web page; the bundled sample is drawn back as a PDF from its text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from loaders import load_file, sample_path, text
from loaders.blocks import Block, Grid, GridRow, LoadedDocument
from tests.loaders.blocks_pdf import write_blocks_pdf
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import WRITERS, LoadedOnFirstUse, printed_rows, records_of, write_pdf
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.table_printing import PORTRAIT, print_table, wrapped_rows
from tests.loaders.test_formats_agree import sample_blocks, tables_of, targets_of, write_docx, write_xlsx
from tests.loaders.xinan_budget import XINAN_BUDGET
from tests.read_documents import read_once

pytestmark = pytest.mark.slow  # draws PDFs and reads them back

FAMILIES = {
    "final": replace(FINAL_ACCOUNTS, layout=replace(FINAL_ACCOUNTS.layout, label_width=5)),
    "budget": replace(BUDGET, layout=replace(BUDGET.layout, label_width=6)),
    "xinan": replace(XINAN_BUDGET, layout=replace(XINAN_BUDGET.layout, label_width=4)),
    "qinghe": replace(QINGHE_FINAL, layout=replace(QINGHE_FINAL.layout, label_width=6)),
}
FORMATS = ("pdf", "docx", "xlsx", "html")
CASES = [(name, suffix) for name in FAMILIES for suffix in FORMATS]
SAMPLE_LABEL_WIDTH = 5


def write(document: Document, path: Path) -> Path:
    return write_pdf(document, path) if path.suffix == ".pdf" else WRITERS[path.suffix[1:]](document, path)


@pytest.fixture(scope="module")
def loads(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], LoadedDocument]:
    """Each family printed in each format, and as its text export (the records to compare with)."""
    folder = tmp_path_factory.mktemp("wrapped")
    return LoadedOnFirstUse(
        lambda name, suffix: read_once(load_file, write(FAMILIES[name], folder / f"{name}.{suffix}"))
    )


@pytest.mark.parametrize(("name", "suffix"), CASES, ids=[f"{name}-{suffix}" for name, suffix in CASES])
def test_wrapped_cells_give_the_records_of_the_text_export(
    loads: dict[tuple[str, str], LoadedDocument], name: str, suffix: str
) -> None:
    """Every label whole, every amount in its column, units kept: the same records as the text."""
    loaded, text_export = loads[(name, suffix)], loads[(name, "txt")]
    assert loaded.problems == []
    assert records_of(loaded) == records_of(text_export)
    assert [table.unit_of_measure for table in loaded.disclosure.tables] == [
        table.unit_of_measure for table in text_export.disclosure.tables
    ]
    assert targets_of(loaded) == targets_of(text_export)


def printed_line_counts(document: Document) -> dict[tuple[str, int, str], int]:
    """How many lines each cell is printed on, by table number, row (header rows first) and text."""
    counts = {}
    for table in document.tables:
        header, body = printed_rows(document, table)
        for index, row in enumerate(header + body):
            for cell in row:
                counts[(table.marker, index, cell.replace("\n", ""))] = cell.count("\n") + 1
    return counts


@pytest.mark.parametrize("name", FAMILIES)
def test_the_families_print_the_hazards_they_stand_for(name: str) -> None:
    """Wrapped labels beside codes and amounts (some over three lines, so a centred amount sits on the
    second), wrapped header cells, and wrapped rows on a continuation page (beyond the first 14 rows)."""
    document = FAMILIES[name]
    counts = printed_line_counts(document)
    header_rows = {table.marker: len(table.header) for table in document.tables}
    body = {key: lines for key, lines in counts.items() if key[1] >= header_rows[key[0]]}
    assert any(lines >= 3 for lines in body.values())
    assert any(lines >= 2 for key, lines in counts.items() if key[1] < header_rows[key[0]])
    if name != "budget":
        assert any(lines >= 2 for key, lines in body.items() if key[1] >= header_rows[key[0]] + 14)


def test_a_table_too_wide_for_portrait_is_printed_on_a_landscape_page(
    loads: dict[tuple[str, str], LoadedDocument], tmp_path: Path
) -> None:
    document = FAMILIES["qinghe"]
    wide = [
        table.marker
        for table in document.tables
        if print_table(table.header + table.rows, document.layout.label_width).page != PORTRAIT
    ]
    path = write_pdf(document, tmp_path / "qinghe.pdf")
    with pdfplumber.open(path) as pdf:
        assert sum(page.width > page.height for page in pdf.pages) >= len(wide) >= 1
    loaded = {table.number: table for table in loads[("qinghe", "pdf")].disclosure.tables}
    for marker in wide:
        assert loaded[marker].rows, marker


def wrapped_sample_blocks() -> list[Block]:
    """The sample's blocks with each table cell broken into the lines it is printed on."""
    blocks: list[Block] = []
    for block in sample_blocks():
        if isinstance(block, Grid):
            width = max(len(row.cells) for row in block.rows)
            rows = wrapped_rows(
                tuple(row.cells + ("",) * (width - len(row.cells)) for row in block.rows), SAMPLE_LABEL_WIDTH
            )
            block = Grid(
                rows=[
                    GridRow(cells=cells, line=row.line) for cells, row in zip(rows, block.rows, strict=True)
                ]
            )
        blocks.append(block)
    return blocks


@pytest.fixture(scope="module")
def sample_text() -> LoadedDocument:
    return text.load(sample_path())


def test_the_sample_drawn_with_wrapped_cells_gives_the_tables_and_targets_of_its_text(
    tmp_path: Path, sample_text: LoadedDocument
) -> None:
    pdf = read_once(load_file, write_blocks_pdf(sample_blocks(), tmp_path / "sample.pdf", SAMPLE_LABEL_WIDTH))
    assert pdf.problems == []
    assert tables_of(pdf) == tables_of(sample_text)
    assert targets_of(pdf) == targets_of(sample_text)


@pytest.mark.parametrize(("suffix", "write_sample"), [("docx", write_docx), ("xlsx", write_xlsx)])
def test_the_sample_with_line_breaks_in_its_cells_gives_the_tables_of_its_text(
    tmp_path: Path,
    sample_text: LoadedDocument,
    suffix: str,
    write_sample: Callable[[list[Block], Path], Path],
) -> None:
    blocks = wrapped_sample_blocks()
    cells = [cell for block in blocks if isinstance(block, Grid) for row in block.rows for cell in row.cells]
    assert any("\n" in cell for cell in cells)
    loaded = load_file(write_sample(blocks, tmp_path / f"sample.{suffix}"))
    assert [table[1:] for table in tables_of(loaded)] == [table[1:] for table in tables_of(sample_text)]
    assert targets_of(loaded) == targets_of(sample_text)

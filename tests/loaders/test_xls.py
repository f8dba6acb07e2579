"""Old Excel workbooks (.xls): the county 决算 written with xlwt loads as its .xlsx export does."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlwt

from knowledge.errors import LoadError
from loaders import load_file, sniff_format
from loaders.xls import read_blocks
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import PRINTED_AMOUNT, records_of, spans, width, write_xlsx


def write_xls(path: Path) -> Path:
    """The 决算 as a finance system's .xls export: one sheet per table, numbers as numbers, merged headers."""
    book = xlwt.Workbook(encoding="utf-8")
    amount = xlwt.easyxf(num_format_str="#,##0.00")
    cover = book.add_sheet("封面")
    for row, line in enumerate((*FINAL_ACCOUNTS.cover, *FINAL_ACCOUNTS.before, *FINAL_ACCOUNTS.after)):
        cover.write(row, 0, line)
    for table in FINAL_ACCOUNTS.tables:
        sheet = book.add_sheet(table.marker)
        span = width(table)
        sheet.write_merge(0, 0, 0, span - 1, table.title)
        sheet.write(1, span - 1, table.marker)
        sheet.write(2, 0, table.furniture[0])
        sheet.write(2, span - 1, table.furniture[1])
        for r, c, text, rowspan, colspan in spans(table.header + table.rows):
            value: str | float = float(text.replace(",", "")) if PRINTED_AMOUNT.fullmatch(text) else text
            style = amount if isinstance(value, float) else xlwt.Style.default_style
            if rowspan > 1 or colspan > 1:
                sheet.write_merge(3 + r, 2 + r + rowspan, c, c + colspan - 1, value, style)
            else:
                sheet.write(3 + r, c, value, style)
        for index, note in enumerate(table.notes):
            sheet.write(3 + len(table.header) + len(table.rows) + index, 0, note)
    hidden = book.add_sheet("底稿")
    hidden.write(0, 0, "内部底稿")
    hidden.visibility = 1
    book.save(str(path))
    return path


def test_an_xls_export_gives_the_records_of_the_xlsx_export(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "pingchuan-final.xls")
    assert sniff_format(path) == "xls"
    old = load_file(path)
    new = load_file(write_xlsx(FINAL_ACCOUNTS, tmp_path / "pingchuan-final.xlsx"))
    assert (old.disclosure.unit_name, old.disclosure.year, old.disclosure.kind) == (
        "平川县农业农村局",
        2023,
        "决算",
    )
    assert old.file.format == "xls"
    assert records_of(old) == records_of(new)
    assert old.problems == ["隐藏的工作表“底稿”没有读取"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "空"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "损坏"),
    ],
)
def test_unreadable_xls_files_raise_load_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.xls"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        read_blocks(path)

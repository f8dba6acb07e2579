"""Old Excel workbooks (.xls): the county 决算 written with xlwt loads as its .xlsx export does."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import LoadError
from loaders import load_file, sniff_format
from loaders.xls import read_blocks
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import records_of, write_xlsx, xls_book


def write_xls_with_a_hidden_sheet(path: Path) -> Path:
    """The 决算 as a finance system's .xls export, with a hidden working sheet after its tables."""
    book = xls_book(FINAL_ACCOUNTS)
    hidden = book.add_sheet("底稿")
    hidden.write(0, 0, "内部底稿")
    hidden.visibility = 1
    book.save(str(path))
    return path


def test_an_xls_export_gives_the_records_of_the_xlsx_export(tmp_path: Path) -> None:
    path = write_xls_with_a_hidden_sheet(tmp_path / "pingchuan-final.xls")
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

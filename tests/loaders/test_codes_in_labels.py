"""Tables printing each 科目编码 run into its name in one column (201 一般公共服务支出, 201一般公共服务支出,
201-一般公共服务支出) give the rows of the same tables printing the code in a column of its own: the code
read as the row's code, its level from it, the name as the label. Three families, as text and Excel."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from loaders import load_file
from loaders.blocks import GridRow, LoadedDocument
from loaders.grid import grid_to_body
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import MERGED_LEFT, Document, Table
from tests.loaders.document_writers import WRITERS
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL
from tests.loaders.xinan_budget import XINAN_BUDGET

FAMILIES = {"pingchuan": BUDGET, "qinghe": QINGHE_FINAL, "xinan": XINAN_BUDGET}
SEPARATORS = {"space": " ", "none": "", "dash": "-"}


def codes_in_labels(table: Table, separator: str) -> Table:
    """The table with its 科目编码 column run into the 科目名称 column (科目编码 | 科目名称 headers only)."""
    if not table.header or table.header[-1][:2] != ("科目编码", "科目名称"):
        return table
    rows = tuple(
        (f"{row[0]}{separator}{row[1]}" if re.fullmatch(r"\d+", row[0]) else row[0] or row[1], *row[2:])
        for row in table.rows
    )
    header = tuple(
        ("科目" if row[0] == "科目编码" else row[0], *(cell for cell in row[2:]))
        if row[1] in ("科目名称", MERGED_LEFT)
        else row
        for row in table.header
    )
    return replace(table, header=header, rows=rows)


def rows_of(loaded: LoadedDocument) -> list[list[tuple[object, ...]]]:
    return [
        [(row.label, row.code, row.level, [figure.value for figure in row.figures]) for row in table.rows]
        for table in loaded.disclosure.tables
    ]


@pytest.mark.parametrize("suffix", ["txt", "xlsx"])
@pytest.mark.parametrize("separator", list(SEPARATORS))
@pytest.mark.parametrize("name", list(FAMILIES))
def test_a_code_run_into_its_name_is_the_rows_code(
    tmp_path: Path, name: str, separator: str, suffix: str
) -> None:
    document = FAMILIES[name]
    run_in: Document = replace(
        document, tables=tuple(codes_in_labels(table, SEPARATORS[separator]) for table in document.tables)
    )
    assert run_in.tables != document.tables
    apart = load_file(WRITERS[suffix](document, tmp_path / f"apart.{suffix}"))
    joined = load_file(WRITERS[suffix](run_in, tmp_path / f"joined.{suffix}"))
    assert rows_of(joined) == rows_of(apart)


def test_a_label_starting_with_a_number_in_a_column_of_plain_names_keeps_it() -> None:
    """100万元以上设备购置 among names printing no code is a name, not code 100 of 万元以上设备购置."""
    rows = [
        ("项目", "预算数"),
        ("合计", "130.00"),
        ("100万元以上设备购置", "100.00"),
        ("办公设备购置", "30.00"),
    ]
    body = grid_to_body([GridRow(cells=cells) for cells in rows], "x")
    assert [(row.label, row.code) for row in body.rows][1] == ("100万元以上设备购置", None)

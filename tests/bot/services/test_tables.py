"""The table view: one table in blocks for a width, paged so a page never splits a row from its name."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.services.tables import TableView, table_view, table_view_by_id
from knowledge.errors import NotFound
from knowledge.models import Disclosure

PHONE = 40
TERMINAL = 120


def view_of_blocks(blocks: list[list[str]]) -> TableView:
    return TableView(1, "", "表", blocks)


def test_pages_never_split_a_row_from_its_name() -> None:
    heading = ["表十二", "单位：万元"]
    rows = [[f"项目{n}", "  本年预算：1.00", "  财政拨款：1.00"] for n in range(12)]
    pages = view_of_blocks([heading, *rows]).pages(20)
    assert len(pages) == 2 and all(len(page) <= 20 for page in pages)
    assert [line for page in pages for line in page] == [line for block in [heading, *rows] for line in block]
    assert all(not page[0].startswith("  ") for page in pages)  # no page begins with a row's cells


def test_a_row_longer_than_a_page_gets_a_page_of_its_own() -> None:
    wide = ["宽的一行", *(f"  列{n}：{n}" for n in range(30))]
    pages = view_of_blocks([["表一"], ["甲", "  列：1"], wide, ["乙", "  列：2"]]).pages(20)
    assert pages == [["表一", "甲", "  列：1"], wide, ["乙", "  列：2"]]


@pytest.mark.parametrize("reference", ["十二", "表三", "一"])
def test_on_a_phone_each_row_is_a_block_of_its_name_and_filled_cells(
    sample_engine: Engine, reference: str
) -> None:
    view = table_view(sample_engine, reference, None, PHONE)
    assert view.heading.startswith("汾阳市人力资源和社会保障局 2024年预算 表")
    assert view.document == "汾阳市人力资源和社会保障局 2024年预算"
    assert view.blocks[0][1].startswith("单位：")
    rows = view.blocks[1:]
    assert rows and all(not block[0].startswith(" ") for block in rows)
    assert all(line.startswith("  ") for block in rows for line in block[1:])
    assert all(not page[0].startswith(" ") for page in view.pages(20))


def test_in_a_terminal_the_table_is_a_grid_one_line_per_row(sample_engine: Engine) -> None:
    view = table_view(sample_engine, "十二", "人社局", TERMINAL)
    grid = [line for line in view.lines if "零工市场" in line]
    assert len(grid) == 1 and "57.60" in grid[0]
    assert all(len(block) == 1 for block in view.blocks)


def test_a_table_of_a_document_replaced_since_is_not_found_by_its_id(sample_engine: Engine) -> None:
    view = table_view(sample_engine, "十二", None, PHONE)
    assert table_view_by_id(sample_engine, view.table_id, PHONE).lines == view.lines
    with Session(sample_engine) as session:
        document = session.exec(select(Disclosure)).one()
        document.is_current = False
        session.add(document)
        session.commit()
        try:
            with pytest.raises(NotFound, match="已被新版本替换"):
                table_view_by_id(sample_engine, view.table_id, PHONE)
        finally:
            document.is_current = True
            session.add(document)
            session.commit()

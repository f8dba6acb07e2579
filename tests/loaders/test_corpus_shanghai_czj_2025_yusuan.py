"""上海市财政局 2025 单位预算 (元; “三公” table in 万元), exported from Excel: empty cells vanish from the
text layer, so a row's figures must be read by column."""

from __future__ import annotations

import pytest

from tests.loaders.corpus_blocks import CorpusDocument, read_corpus, row_starting


@pytest.fixture(scope="module")
def document() -> CorpusDocument:
    return read_corpus("shanghai-czj-2025-yusuan.pdf")


def test_pages_grids_and_no_problems(document: CorpusDocument) -> None:
    assert document.page_count == 21
    assert len(document.grids) == 14
    assert document.problems == []


def test_cover_names_the_unit(document: CorpusDocument) -> None:
    assert [line.text for line in document.lines if line.page == 1] == [
        "上海市2025年市级单位预算",
        "预算单位：上海市财政局",
    ]


def test_financial_summary_reads_figures_by_column(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年预算单位财务收支预算总表")
    assert grid.page == 7
    assert row_starting(grid, "2、政府性基金").cells == (
        "2、政府性基金",
        "",
        "三、卫生健康支出",
        "4,668,000",
        "4,620,000",
        "",
        "48,000",
    )
    assert row_starting(grid, "收入总计").cells[1] == "171,915,169"


def test_basic_expenditure_continues_over_two_pages(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年预算单位一般公共预算基本支出部门预算经济分类预算表")
    assert grid.page == 17
    (second,) = document.grids_on(18)
    assert row_starting(second, "302", "05").cells == ("302", "05", "水费", "400,000", "", "400,000")
    assert len(document.grids_on(19)) == 1


def test_three_public_expenses(document: CorpusDocument) -> None:
    grid = document.grid_titled("2025年单位“三公”经费和机关运行经费预算表")
    assert (
        grid.rows[-1].cells == ("346.30", "288.70", "25.40", "32.20", "", "32.20", "2,517.78")
        and grid.page == 20
    )


def test_key_figure_sentence(document: CorpusDocument) -> None:
    assert document.line_containing("上海市财政局收入预算17,192万元").page == 6

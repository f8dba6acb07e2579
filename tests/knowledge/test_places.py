"""One way to name a figure's place, for answers and audit findings alike."""

from __future__ import annotations

from knowledge.places import describe_place


def test_a_table_cell_in_a_text_file_names_its_line() -> None:
    text = describe_place(
        "人社局 2024年预算", where="表十二《项目支出》", row="仲裁工作经费", column="合计", line=368
    )
    assert text == "人社局 2024年预算 · 表十二《项目支出》 · 行「仲裁工作经费」 · 列「合计」 · 第368行"


def test_a_page_wins_over_a_line_and_a_quote_is_kept() -> None:
    text = describe_place("财政局 2024年决算", quote="占71.73%", page=21, line=3)
    assert text == "财政局 2024年决算 · 原文「占71.73%」 · 第21页"

"""Table numbers from the 目录 and from marker lines, and the titles that identify tables."""

from __future__ import annotations

import pytest

from loaders.blocks import Block, Grid, GridRow, TextLine
from loaders.contents import (
    TableNumber,
    entry_of,
    find_contents,
    is_table_title,
    number_for,
    number_tables,
    parse_marker,
)


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        (
            "表十二2024年项目支出预算表（本年预算）",
            TableNumber("表十二", 12),
            "2024年项目支出预算表（本年预算）",
        ),
        ("预算公开表1", TableNumber("预算公开表1", 1), ""),
        ("部门公开表9", TableNumber("部门公开表9", 9), ""),
        ("公开01表", TableNumber("公开01表", 1), ""),
        ("表 3 2024年预算支出总表", TableNumber("表3", 3), "2024年预算支出总表"),
        ("2024年预算收支总表", None, "2024年预算收支总表"),
        ("附表2 收入决算表", TableNumber("附表2", 2), "收入决算表"),
        ("表1-1 部门收入总表", TableNumber("表1-1", None), "部门收入总表"),
        ("收入支出决算总表 公开01表", TableNumber("公开01表", 1), "收入支出决算总表"),
        ("部门支出总表部门公开表3", TableNumber("部门公开表3", 3), "部门支出总表"),
        ("公开 01 表：收支预算总表", TableNumber("公开01表", 1), "收支预算总表"),
        (
            "公开 09表 “三公”经费、会议费、培训费支出预算表",
            TableNumber("公开09表", 9),
            "“三公”经费、会议费、培训费支出预算表",
        ),
        ("公开表十二", TableNumber("公开表十二", 12), ""),
        ("公开表一", TableNumber("公开表一", 1), ""),
        ("预算公开表12", TableNumber("预算公开表12", 12), ""),
        ("表12", TableNumber("表12", 12), ""),
        ("2019年政府采购预算表 公开表十二", TableNumber("公开表十二", 12), "2019年政府采购预算表"),
        ("2024年部门预算公开表（一）", TableNumber("2024年部门预算公开表（一）", 1), ""),
        ("部门预算公开表(3) 部门支出预算表", TableNumber("部门预算公开表(3)", 3), "部门支出预算表"),
        (
            "一般公共预算“三公”经费支出预算表2024年部门预算公开表（八）",
            TableNumber("2024年部门预算公开表（八）", 8),
            "一般公共预算“三公”经费支出预算表",
        ),
        ("公开表1-2", TableNumber("公开表1-2", None), ""),
        ("附件2-3 部门支出总体情况表", TableNumber("附件2-3", None), "部门支出总体情况表"),
        ("附件2", None, "附件2"),
    ],
)
def test_table_markers(text: str, number: TableNumber | None, rest: str) -> None:
    assert parse_marker(text) == (number, rest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年预算收支总表", True),
        ("2024年项目支出预算表（本年预算）", True),
        ("汾阳市县(区)级预算部门(单位)项目支出绩效目标表", True),
        ("收入支出决算总表", True),
        ("第二部分 2024年单位预算报表", False),
        ("七、“三公”经费增减变动原因说明", False),
        ("（项目绩效目标表公开情况见附件）", False),
        ("详见附表", False),
    ],
)
def test_table_titles(text: str, expected: bool) -> None:
    assert is_table_title(text) is expected


def test_a_contents_printed_as_a_grid_ends_where_the_body_repeats_its_first_entry() -> None:
    blocks: list[Block] = [
        TextLine("汾阳市人力资源和社会保障局"),
        TextLine("目 录"),
        Grid(
            rows=[
                GridRow(("第一部分 概况", "1")),
                GridRow(("表一2024年预算收支总表.....", "2")),
                GridRow(("表二2024年预算收入总表.....", "4")),
            ]
        ),
        TextLine("第一部分 概况"),
    ]
    start, end, entries = find_contents(blocks) or (0, 0, [])
    assert (start, end) == (1, 3)
    assert [(entry.number, entry.title) for entry in entries] == [
        (None, "第一部分 概况"),
        (TableNumber("表一", 1), "2024年预算收支总表"),
        (TableNumber("表二", 2), "2024年预算收入总表"),
    ]


def test_a_listed_contents_numbers_tables_and_skips_the_heading_above_them() -> None:
    blocks: list[Block] = [
        TextLine("目 录"),
        TextLine("四、单位预算编制说明"),
        TextLine("五、单位预算表"),
        TextLine("1. 2025年预算单位财务收支预算总表"),
        TextLine("2. 2025年预算单位收入预算总表"),
        TextLine("六、其他相关情况说明"),
        TextLine("上海市财政局（单位）主要职能"),
    ]
    _, end, entries = find_contents(blocks) or (0, 0, [])
    assert end == 6
    assert [entry.number for entry in entries if entry.number] == [
        TableNumber("1", 1, listed=True),
        TableNumber("2", 2, listed=True),
    ]
    used: set[int] = set()
    assert number_for("2025年预算单位收入预算总表", entries, used) == TableNumber("2", 2, listed=True)
    assert number_for("单位预算表", entries, used) is None


def test_titles_match_without_quotes_spaces_or_year() -> None:
    blocks: list[Block] = [
        TextLine("目录"),
        TextLine("七、财政拨款 三公 经费支出决算表"),
        TextLine("正文开始了，这是一句话。"),
    ]
    _, _, entries = find_contents(blocks) or (0, 0, [])
    assert number_for("2024年财政拨款“三公”经费支出决算表", entries, set()) == TableNumber(
        "七", 7, listed=True
    )


def test_no_contents_heading_means_no_contents() -> None:
    assert find_contents([TextLine("2024年预算收支总表")]) is None


def test_a_contents_heading_spaced_over_two_lines_with_column_heads_and_a_wrapped_entry() -> None:
    """jiangsu-swbgt-2018 tables: 目 / 录 and 序号报表名称; jiangsu-rdbgt-2017: an entry wrapped over a page."""
    blocks: list[Block] = [
        TextLine("江苏省2018年度省级部门预算公开报表"),
        TextLine("目"),
        TextLine("录"),
        TextLine("序号报表名称"),
        TextLine("一、收支预算总表"),
        TextLine("二、一般公共预算“三公”经费、会议费、培训费支"),
        TextLine("出预算表"),
        TextLine("三、政府采购支出预算表"),
        TextLine("收支预算总表"),
    ]
    start, end, entries = find_contents(blocks) or (0, 0, [])
    assert (start, end) == (1, 8)
    assert [(entry.number, entry.title) for entry in entries] == [
        (TableNumber("一", 1, listed=True), "收支预算总表"),
        (TableNumber("二", 2, listed=True), "一般公共预算“三公”经费、会议费、培训费支出预算表"),
        (TableNumber("三", 3, listed=True), "政府采购支出预算表"),
    ]


def test_tables_printed_in_another_order_or_worded_otherwise_take_their_contents_numbers() -> None:
    """jiangsu-rdbgt-2017 prints 五 before 四 and calls 十二 “2017年政府采购预算表”; jiangsu-jcy-2018's
    目录 says 政府性基金财政拨款支出预算表 where the body says 政府性基金支出预算表."""
    entries = [
        entry_of(text)
        for text in (
            "一、财政拨款收支预算总表",
            "二、财政拨款支出预算表",
            "三、政府性基金财政拨款支出预算表",
            "四、政府采购支出预算表",
        )
    ]
    titles = ["财政拨款支出预算表", "财政拨款收支预算总表", "政府性基金支出预算表", "2017年政府采购预算表"]
    numbers, used = number_tables(titles, entries)
    assert [number.value if number else None for number in numbers] == [2, 1, 3, 4]
    assert used == {0, 1, 2, 3}


def test_two_unmatched_tables_of_one_kind_are_not_guessed() -> None:
    entries = [entry_of("一、财政拨款基本支出表"), entry_of("二、一般公共预算基本支出表")]
    numbers, _ = number_tables(["基本支出预算表（经济科目）", "本级基本支出预算表"], entries)
    assert numbers == [None, None]

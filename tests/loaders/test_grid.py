"""Grids → rows and figures: header paths, label columns, sides, hierarchy, empty vs 0, alignment."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.errors import LoadError
from loaders.blocks import GridRow
from loaders.grid import grid_to_body, header_paths
from loaders.numbers import is_column_numbers


def rows(*cells: str, start: int = 1) -> list[GridRow]:
    """Rows written as tab-separated strings, numbered from `start`."""
    return [GridRow(cells=tuple(line.split("\t")), line=start + index) for index, line in enumerate(cells)]


def test_a_spanning_header_cell_names_the_columns_under_it_but_not_beyond_its_parent() -> None:
    header = [
        ["项目", "", "本年收入", "", "", "上年结转"],
        ["科目编码", "科目名称", "合计", "一般公共预算", "单位资金", ""],
    ]
    assert header_paths(header, 6) == [
        "项目/科目编码",
        "项目/科目名称",
        "本年收入/合计",
        "本年收入/一般公共预算",
        "本年收入/单位资金",
        "上年结转",
    ]


def test_a_side_heading_drawn_one_column_early_still_heads_only_its_side() -> None:
    """jiangsu-gjfy-2019 收支预算总表: the 支出用途 cell is ruled from the 功能分类 金额 column on; that
    金额 column stays 功能分类's, as its figures (beside the 功能科目名称 labels) say."""
    body = grid_to_body(
        rows(
            "收入\t\t支出\t\t\t",
            "项目名称\t金额\t功能分类\t支出用途\t\t",
            "\t\t功能科目名称\t金额\t项目名称\t金额",
            "一、财政拨款\t37,188.34\t一、一般公共服务支出\t\t一、基本支出\t21,968.00",
            "\t\t四、公共安全支出\t27,488.23\t\t",
            "收入合计\t37,188.34\t\t\t支出合计\t37,188.34",
        ),
        "t.txt",
    )
    assert body.columns == [
        "收入/项目名称",
        "收入/金额",
        "支出/功能分类/功能科目名称",
        "支出/功能分类/金额",
        "支出/支出用途/项目名称",
        "支出/支出用途/金额",
    ]
    public_security = next(row for row in body.rows if row.label == "四、公共安全支出")
    assert [(f.column, f.raw) for f in public_security.figures] == [("支出/功能分类/金额", "27,488.23")]


def test_a_heading_over_a_whole_side_is_left_where_it_is() -> None:
    body = grid_to_body(
        rows(
            "项目\t本年收入\t\t项目\t本年支出\t",
            "\t合计\t财政拨款\t\t合计\t基本支出",
            "一、收入\t10.00\t10.00\t一、支出\t10.00\t8.00",
        ),
        "t.txt",
    )
    assert body.columns == [
        "项目",
        "本年收入/合计",
        "本年收入/财政拨款",
        "项目",
        "本年支出/合计",
        "本年支出/基本支出",
    ]


def test_three_header_rows_build_three_level_paths() -> None:
    header = [
        ["收入", "", "支出", "", ""],
        ["项目", "金额", "项目", "金额", ""],
        ["", "", "", "小计", "一般公共预算"],
    ]
    assert header_paths(header, 5) == [
        "收入/项目",
        "收入/金额",
        "支出/项目",
        "支出/金额/小计",
        "支出/金额/一般公共预算",
    ]


def test_code_and_name_columns_label_rows_and_other_cells_become_figures() -> None:
    body = grid_to_body(
        rows(
            "项目\t\t2024年预算数\t\t",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "合计\t\t1,596.64\t212.44\t1384.20",
            "208\t社会保障和就业支出\t1363.35\t183.00\t1180.35",
            "20801\t人力资源和社会保障管理事务\t250.79\t131.09\t119.70",
            "2080101\t行政运行\t163.73\t131.09\t32.64",
            "2080104\t综合业务管理\t82.06\t\t82.06",
            "20805\t行政事业单位养老支出\t51.91\t51.91\t",
        ),
        "t.txt",
    )
    assert body.columns[2:] == ["2024年预算数/合计", "2024年预算数/基本支出", "2024年预算数/项目支出"]
    total, kind, item, row, business, pension = body.rows
    assert (total.label, total.code, total.is_total, total.line) == ("合计", None, True, 3)
    assert total.figures[0].value == Decimal("1596.64") and total.figures[0].raw == "1,596.64"
    assert [(r.code, r.level) for r in body.rows[1:]] == [
        ("208", 0),
        ("20801", 1),
        ("2080101", 2),
        ("2080104", 2),
        ("20805", 1),
    ]
    assert row.parent is item and item.parent is kind and pension.parent is kind
    assert [figure.column_index for figure in business.figures] == [2, 3, 4]
    assert business.figures[1].raw == "" and business.figures[1].value is None


def test_codes_split_over_lei_kuan_xiang_columns_are_joined() -> None:
    body = grid_to_body(
        rows(
            "功能分类科目编码\t\t\t功能分类科目名称\t合计",
            "类\t款\t项\t\t",
            "201\t\t\t一般公共服务支出\t127,886,849",
            "201\t06\t\t财政事务\t127,886,849",
            "201\t06\t01\t行政运行\t84,861,719",
        ),
        "t.pdf",
    )
    assert [(row.code, row.label, row.level) for row in body.rows] == [
        ("201", "一般公共服务支出", 0),
        ("20106", "财政事务", 1),
        ("2010601", "行政运行", 2),
    ]
    assert body.rows[2].figures[0].value == Decimal("84861719")


def test_a_lei_kuan_xiang_row_that_also_holds_the_total_is_split() -> None:
    body = grid_to_body(
        rows(
            "项目\t\t\t\t本年收入合计\t财政拨款收入",
            "支出功能分类\t\t\t科目名称\t\t",
            "科目编码\t\t\t\t\t",
            "类\t款\t项\t合计\t2,946.25\t2,940.05",
            "201\t06\t01\t行政运行\t1,511.90\t1,511.89",
        ),
        "putuo-czj-2024-juesuan.pdf",
    )
    assert body.columns[:3] == [
        "项目/支出功能分类/科目编码/类",
        "项目/支出功能分类/科目编码/款",
        "项目/支出功能分类/科目编码/项",
    ]
    assert [(row.code, row.label, row.is_total) for row in body.rows] == [
        (None, "合计", True),
        ("2010601", "行政运行", False),
    ]
    assert [figure.raw for figure in body.rows[0].figures] == ["2,946.25", "2,940.05"]


HEALTH_KUAN = (
    "功能分类科目编码\t\t\t功能分类科目名称\t合计",
    "类\t款\t项\t\t",
    "210\t\t\t卫生健康支出\t503,724",
    "210\t11\t\t行政事业单位医疗\t503,724",
)
"""A 功能分类 table's header and a 类 with one 款, as putuo-fuliyuan-2024 表5 prints them."""


def test_one_misprinted_code_keeps_the_code_columns_and_loses_only_its_own_code() -> None:
    body = grid_to_body(
        rows(
            *HEALTH_KUAN,
            "7\t11\t02\t事业单位医疗\t503,724",
            "221\t02\t01\t住房公积金\t335,816",
        ),
        "putuo-fuliyuan-2024-yusuan.pdf",
    )
    assert [(row.code, row.label) for row in body.rows] == [
        ("210", "卫生健康支出"),
        ("21011", "行政事业单位医疗"),
        (None, "事业单位医疗"),
        ("2210201", "住房公积金"),
    ]
    assert body.rows[2].figures[0].raw == "503,724"
    assert [row.raw_code for row in body.rows] == ["210", "210 11", "7 11 02", "221 02 01"]
    assert body.rows[2].parent is body.rows[1] and body.rows[2].level == 2


def test_a_misprinted_code_whose_kuan_part_is_not_the_kuan_above_is_under_nothing() -> None:
    body = grid_to_body(
        rows(
            *HEALTH_KUAN,
            "7\t12\t02\t事业单位医疗\t503,724",
            "221\t\t\t住房保障支出\t335,816",
            "7\t11\t02\t某项\t1",
        ),
        "t.pdf",
    )
    assert body.rows[2].code is None and body.rows[2].parent is None
    assert body.rows[4].parent is None, "a 款 of another 类 is no parent"


def test_a_list_of_units_has_serial_numbers_and_names_but_no_amounts() -> None:
    body = grid_to_body(
        rows(
            "序号\t单位名称\t备注",
            "1\t上海市普陀区财政局（本级）\t",
            "2\t上海市普陀区财政局财政所\t预算不单列，并入本级",
        ),
        "t.pdf",
    )
    assert [row.label for row in body.rows] == ["上海市普陀区财政局（本级）", "上海市普陀区财政局财政所"]
    assert [(figure.column, figure.raw, figure.value) for figure in body.rows[1].figures] == [
        ("序号", "2", None),
        ("备注", "预算不单列，并入本级", None),
    ]
    assert not body.has_amounts


def test_line_number_columns_of_a_final_accounts_summary_are_not_amounts() -> None:
    body = grid_to_body(
        rows(
            "收入\t\t\t支出\t\t",
            "项目\t行次\t金额\t项目\t行次\t金额",
            "一、一般公共预算财政拨款收入\t1\t2,940.05\t一、一般公共服务支出\t32\t2,100.00",
            "本年收入合计\t2\t2,940.05\t本年支出合计\t33\t2,100.00",
        ),
        "t.pdf",
    )
    values = [(row.side, row.label, [f.value for f in row.figures]) for row in body.rows]
    assert values[0] == ("收入", "一、一般公共预算财政拨款收入", [None, Decimal("2940.05")])
    assert values[2] == ("支出", "一、一般公共服务支出", [None, Decimal("2100.00")])
    assert body.has_amounts


def test_side_by_side_income_and_expenditure_become_two_row_sets() -> None:
    body = grid_to_body(
        rows(
            "收入\t\t支出\t\t",
            "项目\t2024年\t项目\t合计\t当年预算安排",
            "一、一般公共预算\t1100.24\t一、一般公共服务支出\t\t",
            "二、政府性基金预算\t\t二、社会保障和就业支出\t1363.35\t880.57",
            "\t\t三、卫生健康支出\t13.26\t13.26",
            "本年收入合计\t1100.24\t本年支出合计\t1596.64\t1100.24",
        ),
        "t.txt",
    )
    income = [(row.label, [figure.raw for figure in row.figures]) for row in body.rows if row.side == "收入"]
    spending = [row for row in body.rows if row.side == "支出"]
    assert income == [
        ("一、一般公共预算", ["1100.24"]),
        ("二、政府性基金预算", [""]),
        ("本年收入合计", ["1100.24"]),
    ]
    assert [row.label for row in spending] == [
        "一、一般公共服务支出",
        "二、社会保障和就业支出",
        "三、卫生健康支出",
        "本年支出合计",
    ]
    assert spending[1].figures[0].column == "支出/合计"
    assert spending[-1].is_total and [row.position for row in body.rows] == list(range(1, 8))


def test_a_trailing_text_column_is_not_a_second_side() -> None:
    body = grid_to_body(rows("项目\t金额\t备注", "办公费\t1.08\t含印刷", "差旅费\t1.00\t"), "t.txt")
    assert {row.side for row in body.rows} == {""}
    assert [(figure.column, figure.raw, figure.value) for figure in body.rows[0].figures] == [
        ("金额", "1.08", Decimal("1.08")),
        ("备注", "含印刷", None),
    ]


def test_numbering_and_circled_numbers_nest_rows_without_codes() -> None:
    body = grid_to_body(
        rows(
            "项目\t合计",
            "一、一般公共预算\t5.00",
            "（一）公务用车购置及运行费\t5.00",
            "①公务用车购置费\t",
            "②公务用车运行维护费\t5.00",
            "（二）公务接待费\t",
            "二、政府性基金预算\t",
            "合计\t5.00",
        ),
        "t.txt",
    )
    parent_of = {row.label: (row.parent.label if row.parent else None, row.level) for row in body.rows}
    assert parent_of == {
        "一、一般公共预算": (None, 0),
        "（一）公务用车购置及运行费": ("一、一般公共预算", 1),
        "①公务用车购置费": ("（一）公务用车购置及运行费", 2),
        "②公务用车运行维护费": ("（一）公务用车购置及运行费", 2),
        "（二）公务接待费": ("一、一般公共预算", 1),
        "二、政府性基金预算": (None, 0),
        "合计": (None, 0),
    }


def test_funds_named_again_under_money_carried_over_are_its_parts() -> None:
    """年初财政拨款结转和结余 followed, unindented, by the funds named above it: the carry-over by fund, never
    the year's own 一般公共预算财政拨款 a second time."""
    body = grid_to_body(
        rows(
            "项目\t金额",
            "一、一般公共预算财政拨款\t1650.00",
            "二、政府性基金预算财政拨款\t",
            "本年收入合计\t1650.00",
            "年初财政拨款结转和结余\t20.16",
            "一般公共预算财政拨款\t20.16",
            "政府性基金预算财政拨款\t",
            "总计\t1670.16",
        ),
        "t.txt",
    )
    parent_of = {row.label: (row.parent.label if row.parent else None, row.level) for row in body.rows}
    assert parent_of == {
        "一、一般公共预算财政拨款": (None, 0),
        "二、政府性基金预算财政拨款": (None, 0),
        "本年收入合计": (None, 0),
        "年初财政拨款结转和结余": (None, 0),
        "一般公共预算财政拨款": ("年初财政拨款结转和结余", 1),
        "政府性基金预算财政拨款": ("年初财政拨款结转和结余", 1),
        "总计": (None, 0),
    }


def test_a_row_after_money_carried_over_naming_nothing_printed_above_stays_its_own() -> None:
    body = grid_to_body(
        rows("项目\t金额", "一般公共预算拨款收入\t10.00", "上年结转\t5.00", "事业收入\t2.00", "合计\t17.00"),
        "t.txt",
    )
    assert all(row.parent is None for row in body.rows)


def test_economic_classes_hold_the_items_printed_under_them() -> None:
    body = grid_to_body(
        rows(
            "部门预算支出经济科目名称\t2024年预算数",
            "工资福利支出\t157.08",
            "基本工资\t55.78",
            "商品和服务支出\t22.33",
            "办公费\t1.08",
        ),
        "t.txt",
    )
    assert [(row.label, row.parent.label if row.parent else None) for row in body.rows] == [
        ("工资福利支出", None),
        ("基本工资", "工资福利支出"),
        ("商品和服务支出", None),
        ("办公费", "商品和服务支出"),
    ]


def test_empty_zero_and_dash_cells_stay_distinct() -> None:
    body = grid_to_body(rows("项目\t甲\t乙\t丙", "公务接待费\t\t0\t-"), "t.txt")
    empty, zero, dash = body.rows[0].figures
    assert (empty.raw, empty.value, empty.is_empty) == ("", None, True)
    assert (zero.raw, zero.value, zero.is_empty) == ("0", Decimal("0"), False)
    assert (dash.raw, dash.value, dash.is_empty) == ("-", None, False)


def test_a_repeated_header_after_a_page_break_and_column_numbers_are_not_data() -> None:
    body = grid_to_body(
        rows(
            "项目名称\t合计\t一般公共预算",
            "1\t2\t3",
            "临时工工资\t9.50\t9.50",
            "项目名称\t合计\t一般公共预算",
            "1\t2\t3",
            "仲裁工作经费\t1.00\t1.00",
        ),
        "t.txt",
    )
    assert [row.label for row in body.rows] == ["临时工工资", "仲裁工作经费"]
    assert body.columns == ["项目名称", "合计", "一般公共预算"]


def test_a_column_wise_table_reads_its_header_even_when_it_starts_with_heji() -> None:
    body = grid_to_body(
        rows(
            "“三公”经费预算数\t\t\t\t机关运行经费预算数",
            "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t",
            "346.30\t288.70\t25.40\t32.20\t2,517.78",
        ),
        "t.pdf",
    )
    assert body.columns[:2] == ["“三公”经费预算数/合计", "“三公”经费预算数/因公出国(境)费"]
    assert [figure.value for figure in body.rows[0].figures] == [
        Decimal("346.30"),
        Decimal("288.70"),
        Decimal("25.40"),
        Decimal("32.20"),
        Decimal("2517.78"),
    ]


def test_a_row_with_more_filled_cells_than_columns_cannot_be_aligned() -> None:
    grid = rows("项目\t合计\t基本支出", "行政运行\t1.00\t1.00", "综合业务\t2.00\t2.00\t3.00\t4.00", start=10)
    with pytest.raises(LoadError) as error:
        grid_to_body(grid, "t.txt")
    assert error.value.line == 12
    assert "无法对齐" in error.value.reason


def test_a_short_row_is_padded_and_reported() -> None:
    body = grid_to_body(rows("项目\t合计\t基本支出", "行政运行\t1.00\t1.00", "综合业务\t2.00"), "t.txt")
    assert [figure.raw for figure in body.rows[1].figures] == ["2.00", ""]
    assert body.problems == ["第3行只有2个单元格，已按3列补齐"]


def test_a_short_row_of_a_pdf_table_is_reported_with_its_page() -> None:
    grid = [GridRow(cells=("项目", "合计", "基本支出"), page=8), GridRow(cells=("行政运行", "1.00"), page=9)]
    assert grid_to_body(grid, "t.pdf").problems == ["第9页有一行只有2个单元格，已按3列补齐"]


def test_column_number_rows_count_up_from_one_step_by_one() -> None:
    assert is_column_numbers(("1", "2", "3", "4"))
    assert is_column_numbers(("栏次", "1", "2"))
    assert not is_column_numbers(("208", "5", "6"))
    assert not is_column_numbers(("1", "3"))


def test_a_label_wrapped_onto_its_own_row_ends_the_coded_label_above_it() -> None:
    body = grid_to_body(
        rows(
            "科目编码\t科目名称\t合计",
            "2080505\t机关事业单位基本养老保险缴\t56.32",
            "\t费支出\t",
            "2080506\t职业年金缴费支出\t18.40",
            "\t其中：离退休人员职业年金缴费\t",
            "\t一、其他\t",
        ),
        "t.txt",
    )
    assert [(row.code, row.label) for row in body.rows] == [
        ("2080505", "机关事业单位基本养老保险缴费支出"),
        ("2080506", "职业年金缴费支出"),
        (None, "其中：离退休人员职业年金缴费"),
        (None, "一、其他"),
    ]


def test_two_label_columns_give_each_row_its_label_under_the_one_to_its_left() -> None:
    """收入预算总表 of the Jiangsu layout: 一般公共预算资金 | 小计, then its parts in the second column."""
    body = grid_to_body(
        rows(
            "项目名称\t\t金额",
            "收入总计\t\t21,955.35",
            "一般公共预算资金\t小计\t21,940.96",
            "\t公共财政拨款(补助)资金\t21,940.96",
            "\t专项收入\t",
            "其他资金\t小计\t14.39",
            "\t其他收入\t14.39",
        ),
        "t.txt",
    )
    assert [(row.label, row.parent.label if row.parent else None, row.level) for row in body.rows] == [
        ("收入总计", None, 0),
        ("一般公共预算资金", None, 0),
        ("公共财政拨款(补助)资金", "一般公共预算资金", 1),
        ("专项收入", "一般公共预算资金", 1),
        ("其他资金", None, 0),
        ("其他收入", "其他资金", 1),
    ]
    assert [figure.value for figure in body.rows[5].figures if figure.value] == [Decimal("14.39")]


def test_procurement_rows_keep_their_labels_at_every_level() -> None:
    """政府采购预算表: 品目大类, then 专项名称 | 经济科目, then 采购物品名称 | 采购组织形式. A 专项 with more
    than one 经济科目 is a row of its own over them (its first printed on its row); with one, a row."""
    body = grid_to_body(
        rows(
            "采购品目大类\t专项名称\t经济科目\t采购物品名称\t采购组织形式\t总计",
            "合计\t\t\t\t\t3,096.24",
            "一、货物A\t\t\t\t\t268.00",
            "\t信息网络建设费\t信息网络及软件购置更新\t\t\t60.00",
            "\t\t\tPC服务器\t部门集中采购\t40.00",
            "\t\t专用设备购置\t\t\t40.00",
            "三、服务C\t\t\t\t\t2,828.24",
            "\t检察教育培训经费\t培训费\t\t\t700.00",
            "\t\t\t教育服务\t分散自行组织\t700.00",
        ),
        "t.txt",
    )
    assert body.columns == ["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"]
    assert [(row.label, row.parent.label if row.parent else None) for row in body.rows] == [
        ("合计", None),
        ("一、货物A", None),
        ("信息网络建设费", "一、货物A"),
        ("信息网络及软件购置更新", "信息网络建设费"),
        ("PC服务器", "信息网络及软件购置更新"),
        ("专用设备购置", "信息网络建设费"),
        ("三、服务C", None),
        ("检察教育培训经费", "三、服务C"),
        ("教育服务", "检察教育培训经费"),
    ]
    assert [(f.column, f.raw) for f in body.rows[2].figures if f.raw] == [("专项名称", "信息网络建设费")]
    assert [(f.column, f.raw) for f in body.rows[3].figures if f.raw] == [
        ("经济科目", "信息网络及软件购置更新"),
        ("总计", "60.00"),
    ]
    assert [(f.column, f.raw) for f in body.rows[7].figures if f.raw] == [
        ("专项名称", "检察教育培训经费"),
        ("经济科目", "培训费"),
        ("总计", "700.00"),
    ]


def test_an_item_bought_two_ways_keeps_its_label_on_its_second_line() -> None:
    """政府采购: 物业管理服务 bought 分散自行组织 (36.00) and 部门集中采购 (430.00), its name printed once in a
    cell merged over both lines (jiangsu-gjfy-2019 公开12表, jiangsu-jcy-2018 公开12表)."""
    body = grid_to_body(
        rows(
            "采购品目大类\t专项名称\t经济科目\t采购物品名称\t采购组织形式\t总计",
            "三、服务C\t\t\t\t\t646.00",
            "\t物业管理费\t租赁费\t\t\t180.00",
            "\t\t\t房屋租赁服务\t部门集中采购\t180.00",
            "\t\t物业管理费\t\t\t466.00",
            "\t\t\t物业管理服务\t分散自行组织\t36.00",
            "\t\t\t\t部门集中采购\t430.00",
        ),
        "t.txt",
    )
    bought = [row for row in body.rows if row.label == "物业管理服务"]
    assert [(row.level, row.parent.label if row.parent else None) for row in bought] == [
        (3, "物业管理费"),
        (3, "物业管理费"),
    ]
    assert [[(f.column, f.raw) for f in row.figures if f.raw][1:] for row in bought] == [
        [("采购组织形式", "分散自行组织"), ("总计", "36.00")],
        [("采购组织形式", "部门集中采购"), ("总计", "430.00")],
    ]
    assert not any(row.label in ("部门集中采购", "分散自行组织") for row in body.rows)


def test_a_figure_printed_a_row_away_from_its_label_joins_it() -> None:
    """extract_tables-like grids: the figure on the row below its label, and a 合计 figure on the row
    above its 合计 label (jiangsu-jcy-2018 before its cells were read whole)."""
    body = grid_to_body(
        rows(
            "科目编码\t科目名称\t金额",
            "\t\t13,979.92",
            "\t合计\t",
            "301\t工资福利支出\t",
            "\t\t10,204.52",
            "30101\t基本工资\t2,117.68",
        ),
        "t.txt",
    )
    assert [(row.code, row.label, [f.raw for f in row.figures]) for row in body.rows] == [
        (None, "合计", ["13,979.92"]),
        ("301", "工资福利支出", ["10,204.52"]),
        ("30101", "基本工资", ["2,117.68"]),
    ]
    assert body.rows[2].parent is body.rows[1]


def test_a_label_only_row_between_figures_rows_keeps_its_place() -> None:
    body = grid_to_body(rows("项目\t金额", "一、基本支出\t", "1.工资福利支出\t10.00", "\t5.00"), "t.txt")
    assert [(row.label, [f.raw for f in row.figures]) for row in body.rows] == [
        ("一、基本支出", [""]),
        ("1.工资福利支出", ["10.00"]),
        ("", ["5.00"]),
    ]


@pytest.mark.parametrize(
    "top",
    [
        ("科目编码", "", "科目名称", "合计", "单位：万元"),
        ("科目编码", "", "科目名称", "金额单位：万元", ""),
    ],
    ids=["last-cell", "over-the-amounts"],
)
def test_a_unit_line_printed_in_a_header_row_is_the_tables_unit_not_a_column(top: tuple[str, ...]) -> None:
    rows = [
        top,
        ("类", "款", "", "", "基本支出"),
        ("301", "", "工资福利支出", "12,600.00", "12,600.00"),
        ("301", "01", "基本工资", "4,200.00", "4,200.00"),
    ]
    body = grid_to_body([GridRow(cells=cells, line=index) for index, cells in enumerate(rows)], "test")
    assert body.header_unit == "万元"
    assert not any("单位" in column for column in body.columns)
    assert [figure.value for figure in body.rows[0].figures if figure.value] == [Decimal("12600.00")] * 2

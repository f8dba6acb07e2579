"""A question naming a table's own subject (财政拨款收入, 一般公共预算支出, 政府性基金支出) reads that
table's total, on the side it names; on the text sample, Shanghai 预算 and 决算 PDFs and Jiangsu PDFs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer

pytestmark = pytest.mark.slow


def sourced(answer: Answer, value: str, title: str, row: str) -> bool:
    return any(
        fact.value == Decimal(value) and title in fact.source.title and fact.source.row == row
        for fact in answer.facts
    )


@pytest.mark.parametrize(
    ("question", "value", "title", "row"),
    [
        ("汾阳人社局财政拨款收入", "1100.24", "财政拨款收支总表", "本年收入合计"),
        ("汾阳人社局财政拨款收入是多少", "1100.24", "财政拨款收支总表", "本年收入合计"),
        ("汾阳人社局2024年财政拨款支出多少钱", "1596.64", "财政拨款收支总表", "本年支出合计"),
        ("普陀区财政局2024年决算财政拨款收入", "2940.05", "收入决算表", "合计"),
        ("规划资源局2024年财政拨款支出", "9746.50", "财政拨款收入支出决算总表", "本年支出合计"),
        ("省高院财政拨款支出多少", "37188.34", "财政拨款收支预算总表", "支出合计"),
        ("省人大常委会办公厅2019年财政拨款支出一共多少", "18330.37", "财政拨款收支预算总表", "支出合计"),
        ("万里街道一般公共预算支出多少", "164978640", "一般公共预算支出功能分类预算表", "合计"),
    ],
)
def test_a_tables_own_subject_is_read_on_its_total(
    families: Composer, question: str, value: str, title: str, row: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert sourced(answer, value, title, row), answer.text


def test_the_total_of_a_tables_subject_is_named_by_the_subject(families: Composer) -> None:
    answer = families.answer("汾阳人社局财政拨款收入")
    assert answer.facts[0].label == "财政拨款收入"
    assert "1,100.24 万元" in answer.text and "预算安排" in answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("汾阳人社局财政拨款收支总预算", "财政拨款收入总计"),
        ("福利院表5的数据", "一般公共预算支出"),
        ("规划资源局收入支出决算总表", "收入总计"),
        ("省检察院公开08表合计", "一般公共预算基本支出"),
    ],
)
def test_a_whole_table_is_named_by_its_item_never_by_its_kind_of_table(
    families: Composer, question: str, name: str
) -> None:
    """A table's total read whole is called what it is the total of (the item its kind is asked by, else
    its title without year and 表, on the side of its column, its 总计 when read on that row), never
    一般公共预算支出表 or 收支总表."""
    answer = families.answer(question)
    assert answer.facts[0].label == name and answer.text.startswith(f"{name}："), answer.text


def test_a_district_finals_whole_table_is_named_by_its_title(district_final: Composer) -> None:
    """一般公共预算财政拨款基本支出决算表 and …收入支出决算表 of a Guangdong 决算: the whole of each named from
    its title, the side its total is read on kept."""
    for question, name in (
        ("云溪区城管局一般公共预算财政拨款基本支出", "一般公共预算财政拨款基本支出"),
        ("云溪区城管局一般公共预算财政拨款支出", "一般公共预算支出"),
    ):
        answer = district_final.answer(question)
        assert answer.text.startswith(f"{name}："), answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("万里街道三公经费预算", "“三公”经费"),
        ("福利院三公经费多少", "“三公”经费"),
        ("上海市财政局机关运行经费多少", "机关运行经费"),
    ],
)
def test_a_total_read_under_a_heading_of_year_and_side_is_named_by_its_item(
    families: Composer, question: str, name: str
) -> None:
    """2023年“三公”经费预算数/合计: the figure is the “三公”经费's, named without the year and side."""
    answer = families.answer(question)
    assert answer.facts[0].label == name and answer.text.startswith(f"{name}："), answer.text


def test_a_table_printed_empty_answers_its_subject_with_none(families: Composer) -> None:
    answer = families.answer("省检察院2018年政府性基金支出")
    assert answer.status == "answered"
    assert "本表无数据" in answer.text and "公开10表" in answer.text


@pytest.mark.parametrize(
    ("question", "value", "title", "row"),
    [
        ("省检察院2018年的支出总计", "21955.35", "收支预算总表", "支出合计"),
        ("省高院2019年支出总计是多少", "37188.34", "收支预算总表", "支出合计"),
        ("人大办公厅2017年支出总计", "13649.07", "收支预算总表", "支出合计"),
        ("市财政局2025年支出总计", "171915169", "财务收支预算总表", "支出总计"),
        ("汾阳人社局支出总计", "1596.64", "预算收支总表", "支出总计"),
    ],
)
def test_a_sides_total_asked_as_zongji_is_its_heji_where_the_table_prints_only_that(
    families: Composer, question: str, value: str, title: str, row: str
) -> None:
    """支出总计 asked where the 收支 table prints 支出合计: that row, never the 收入总计 of equal amount."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert sourced(answer, value, title, row), answer.text
    assert all("收入" not in (fact.source.row or "") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "value", "row"),
    [
        ("区财政局25年预算里一般公共预算拨款收入是多少", "31214205.80", "1.一般公共预算资金"),
        ("市财政局2025年一般公共预算收入多少", "171915169", "1、一般公共预算资金"),
        ("省高院2019年一般公共预算收入", "37188.34", "1.一般公共预算"),
        ("汾阳人社局一般公共预算收入多少", "1100.24", "一、一般公共预算"),
    ],
)
def test_the_side_a_row_is_on_is_no_narrower_item(
    families: Composer, question: str, value: str, row: str
) -> None:
    """一般公共预算收入 asked, the 收入 side's row 一般公共预算资金 found: 收入 is the row's side, not more."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert sourced(answer, value, "收支", row), answer.text


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("省高院网络通讯维护及专用线路租赁费采购多少", ("607.10", "370.00")),
        ("省检察院网络运行维护费采购多少", ("4.00", "16.00")),
    ],
)
def test_a_row_left_blank_over_rows_with_figures_is_their_sum_never_nothing_budgeted(
    families: Composer, question: str, parts: tuple[str, ...]
) -> None:
    """A 政府采购 专项 printed blank over its 经济科目 rows: those rows, added up with their sources; the
    blank is never read as 无预算安排 (0)."""
    answer = families.answer(question)
    assert answer.status == "answered" and "留空" not in answer.text, answer.text
    values = [fact.value for fact in answer.facts]
    assert [Decimal(part) for part in parts] == values[: len(parts)], answer.text
    assert values[len(parts)] == sum(Decimal(part) for part in parts), answer.text


@pytest.mark.parametrize(
    ("question", "parts", "heads"),
    [
        ("省高院审判专项业务费多少", ("9.00", "20.00", "1.51", "18.00"), ("货物", "服务")),
        ("省高院2019年审判专项业务费采购预算是多少", ("9.00", "20.00", "1.51", "18.00"), ("货物", "服务")),
        ("省委办公厅机要及电子政务业务费采购预算", ("30.00", "5.00", "11.40", "34.00"), ("货物", "服务")),
        (
            "省检察院网络、电子检务、实验室、机要通道、档案数字化系统运行维护费采购多少",
            ("60.00", "40.00", "60.00", "580.00", "480.00"),
            ("货物", "服务"),
        ),
        ("省政协专项会议采购多少", ("55.67", "758.49"), ("货物", "服务")),
        (
            "省高院运行维护服务采购多少",
            ("150.00", "20.00", "100.00", "17.00", "607.10"),
            ("案件审判经费", "审判专项业务费", "案件执行经费"),
        ),
    ],
)
def test_an_item_printed_under_several_heads_of_one_table_is_the_sum_of_every_place(
    families: Composer, question: str, parts: tuple[str, ...], heads: tuple[str, ...]
) -> None:
    """A 政府采购 专项 printed under 货物 and again under 服务 (or a 品目 bought by several 专项): every
    place, or the 经济科目 under a blank one, named by its heads and added up, never the first alone."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    values = [fact.value for fact in answer.facts]
    assert [Decimal(part) for part in parts] == values[: len(parts)], answer.text
    assert values[len(parts)] == sum(Decimal(part) for part in parts), answer.text
    assert all(head in answer.text for head in heads), answer.text


@pytest.mark.parametrize(
    ("question", "value", "title"),
    [
        (
            "上海市财政局2025年度一般公共预算基本支出合计数为多少",
            "127642039",
            "一般公共预算支出功能分类预算表",
        ),
        ("万里街道一般公共预算基本支出多少", "99406297", "一般公共预算支出功能分类预算表"),
        ("福利院一般公共预算基本支出是多少", "9501164", "一般公共预算支出功能分类预算表"),
        ("省高院一般公共预算基本支出多少", "21968.00", "一般公共预算基本支出预算表"),
        ("汾阳人社局一般公共预算基本支出多少", "212.44", "一般公共预算支出预算表"),
        ("规划资源局2024年一般公共预算基本支出", "5364.75", "一般公共预算财政拨款支出决算表"),
    ],
)
def test_a_column_asked_with_its_fund_is_read_in_the_table_whose_columns_say_that_fund(
    families: Composer, question: str, value: str, title: str
) -> None:
    """一般公共预算基本支出: of the tables that print a 基本支出 total, the one whose columns say 一般公共预算,
    never not found because the first table with a 基本支出 column prints all funds together."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(value) and title in answer.facts[0].source.title, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("普陀区财政局2025年一般公共预算基本支出中人员经费合计", "22826756.00"),
        ("万里街道公用经费合计", "15381432"),
        ("汾阳人社局人员经费合计多少", "190.11"),
        ("省高院2019年政府采购合计", "5227.59"),
    ],
)
def test_an_item_asked_with_total_after_it_is_that_items_total(
    families: Composer, question: str, value: str
) -> None:
    """人员经费合计: the 人员经费 total, however the words that glue 合计 to it are segmented."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("省检察院2018年公务用车购置费多少", "公务用车购置费"),
        ("省委办公厅2018年公务用车购置费多少", "公务用车购置费"),
        ("普陀区财政局2024年决算公务接待费", "公务接待费/决算数"),
    ],
)
def test_a_column_printed_empty_in_a_one_row_table_is_said_to_be_blank(
    families: Composer, question: str, column: str
) -> None:
    """A 三公 table of one row whose 公务用车购置费 cell is blank: that column is read and said to be left
    empty (nothing budgeted), never dropped as a column of words, so the item is not 'not found'."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert fact.value == 0 and fact.source.column.endswith(column) and "留空" in answer.text, answer.text


def test_a_whole_table_read_names_its_filled_rows_and_counts_its_blank_ones(families: Composer) -> None:
    """财政拨款收支总表 prints 33 rows of spending, most of them blank: the rows with figures are named,
    the blank ones counted, so the answer stays readable; a short table (三公经费) still names each blank
    part."""
    whole = families.answer("汾阳人社局财政拨款收支总表支出合计")
    assert "社会保障和就业支出 1,363.35 万元" in whole.text and "外交支出" not in whole.text, whole.text
    assert "行表中留空" in whole.text, whole.text
    short = families.answer("汾阳人社局三公经费")
    assert "因公出国(境)费 0 万元（留空）" in short.text and "表中留空。" not in short.text, short.text


@pytest.mark.parametrize(
    ("question", "value", "title", "row"),
    [
        ("规划资源局收入支出决算总表", "9859.38", "收入支出决算总表", "总计"),
        ("规划资源局收入决算表", "9746.50", "收入决算表", "合计"),
        ("汾阳人社局财政拨款收支总表合计", "1596.64", "2024年财政拨款收支总表", "收入总计"),
        ("省高院财政拨款收支总表", "37188.34", "财政拨款收支预算总表", "收入合计"),
    ],
)
def test_a_table_named_by_its_title_is_read_on_its_grand_total(
    families: Composer, question: str, value: str, title: str, row: str
) -> None:
    """收入支出决算总表 is 表一, not the 收入决算表 its name looks like once 决算 is read as the kind; its
    whole is the 总计 that adds the carried-over money, not the 本年收入合计 printed above it."""
    answer = families.answer(question)
    assert sourced(answer, value, title, row) and answer.facts[0].value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("question", "blocks"),
    [
        ("普陀区财政局2024年决算表六合计是多少", ("2152.26", "184.65")),
        ("普陀区财政局2024年一般公共预算财政拨款基本支出决算表", ("2152.26", "184.65")),
        ("规划资源局2024年表六", ("4884.09", "480.66")),
    ],
)
def test_a_table_whose_totals_close_its_blocks_has_no_one_total(
    families: Composer, question: str, blocks: tuple[str, str]
) -> None:
    """A 决算's 基本支出 table closes its 人员经费 rows with 人员经费合计 and its 公用经费 rows with 公用经费合计,
    and prints no grand total: the table is answered with both, never with 人员经费合计 as its whole."""
    answer = families.answer(question)
    assert answer.status == "answered" and "没有总计行" in answer.text, answer.text
    assert [str(fact.value) for fact in answer.facts] == list(blocks), answer.text
    assert [fact.source.row for fact in answer.facts] == ["人员经费合计", "公用经费合计"], answer.text


def test_a_table_with_its_own_total_is_still_answered_by_it(families: Composer) -> None:
    answer = families.answer("汾阳人社局表六合计是多少")
    assert answer.facts[0].value == Decimal("212.44") and answer.facts[0].source.row == "合计", answer.text


@pytest.mark.parametrize(
    ("family", "question", "value", "title"),
    [
        (
            "district_final",
            "云溪区城管局一般公共预算财政拨款支出决算数",
            "6315.25",
            "一般公共预算财政拨款收入支出决算表",
        ),
        (
            "district_final",
            "云溪区城管局一般公共预算财政拨款基本支出",
            "2015.25",
            "一般公共预算财政拨款基本支出决算表",
        ),
        ("families", "万里街道2023年一般公共预算支出多少", "164978640", "一般公共预算支出功能分类预算表"),
        (
            "families",
            "规划资源局2024年一般公共预算财政拨款支出决算数",
            "9746.50",
            "一般公共预算财政拨款支出决算表",
        ),
        ("families", "省检察院2018年一般公共预算支出合计", "21940.96", "一般公共预算支出预算表"),
    ],
)
def test_a_table_titled_by_a_part_of_spending_answers_only_for_that_part(
    request: pytest.FixtureRequest, family: str, question: str, value: str, title: str
) -> None:
    """一般公共预算财政拨款支出 is the whole table's total, never the 基本支出 table's, whose title says the
    same words and 基本; asked with 基本, that table answers."""
    answer = request.getfixturevalue(family).answer(question)
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert fact.value == Decimal(value) and title in fact.source.title, answer.text


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("省政协公开03表有哪些内容", {"基本支出", "项目支出", "单位预留机动经费"}),
        ("省检察院公开03表有哪些内容", {"基本支出", "项目支出", "单位预留机动经费"}),
        ("省人大2017年表三", {"基本支出", "项目支出"}),
        ("万里街道表9有哪些内容", {"因公出国(境)费", "公务接待费"}),
    ],
)
def test_a_table_of_one_row_is_read_with_every_column_beside_its_total(
    families: Composer, question: str, parts: set[str]
) -> None:
    """支出预算总表 printed as one row (合计 | 基本支出 | 项目支出 | …): asked whole or for its contents, its
    合计 with each column beside as a part, every one sourced, never not found for want of rows."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    labels = {fact.label.split("·")[-1] for fact in answer.facts}
    assert parts <= labels and all(fact.source.column for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "name", "value"),
    [
        ("普陀区财政局2024年决算支出多少", "支出总计", "2995.39"),
        ("规划资源局2024年决算收入是多少", "收入总计", "9859.38"),
    ],
)
def test_a_bare_total_read_on_one_side_is_named_with_that_side(
    families: Composer, question: str, name: str, value: str
) -> None:
    """总计 of a 收入支出决算总表 read under 支出 is 支出总计: a bare total never stands without its side."""
    answer = families.answer(question)
    assert answer.text.startswith(f"{name}："), answer.text
    assert answer.facts[0].value == Decimal(value), answer.text


def test_a_county_finals_bare_total_is_named_with_its_side(county_finals: Composer) -> None:
    answer = county_finals.answer("清河县市场监督管理局2023年决算支出多少")
    assert answer.text.startswith("支出总计："), answer.text


@pytest.mark.parametrize(
    ("question", "total", "carried"),
    [
        ("汾阳人社局收入总计多少", "1596.64", {"本年收入合计": "1100.24", "上年结转": "496.40"}),
        ("普陀区财政局2024年决算支出多少", "2995.39", {"本年支出合计": "2940.05", "年末结转和结余": "55.34"}),
        ("规划资源局2024年收入是多少", "9859.38", {"本年收入合计": "9746.50", "年初结转和结余": "112.88"}),
    ],
)
def test_a_grand_total_names_the_years_own_money_and_what_was_carried(
    families: Composer, question: str, total: str, carried: dict[str, str]
) -> None:
    """收入总计 / 支出总计 add money carried from or to other years to the year's own: the answer gives the
    total and, from the same column of the same table, the year's own total and each carried row."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(total), answer.text
    table = answer.facts[0].source.table
    for row, value in carried.items():
        assert any(
            fact.source.row == row and fact.source.table == table and fact.value == Decimal(value)
            for fact in answer.facts
        ), answer.text
    assert ("即当年实际支出" in answer.text) == ("决算支出" in question), answer.text


@pytest.mark.parametrize("question", ["万里街道支出多少", "省检察院支出合计多少"])
def test_a_grand_total_of_the_years_own_money_alone_names_no_carried_money(
    families: Composer, question: str
) -> None:
    """A 收支总表 with nothing carried (万里街道 prints no 结转 rows; 省检察院's 结转下年资金 is blank) says the
    total alone."""
    answer = families.answer(question)
    assert answer.status == "answered" and "其中" not in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("汾阳人社局财政给了多少钱", "1100.24"),
        ("福利院财政拨了多少钱", "9501164"),
        ("省检察院拿到多少财政拨款", "21940.96"),
        ("普陀区财政局2024年决算财政给了多少", "2940.05"),
    ],
)
def test_money_received_is_read_on_the_income_side(families: Composer, question: str, value: str) -> None:
    """财政给了多少钱, 拨了, 拿到: money the unit received is its 财政拨款收入, never the spending the
    appropriation pays for (表四's 支出 side adds what was carried over)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert "收入" in answer.facts[0].source.row + answer.facts[0].source.column + answer.facts[0].label, (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "title", "part"),
    [
        ("汾阳人社局社会保障和就业支出的钱从哪来", "收入总表", "上年结转"),
        ("福利院社会福利的钱从哪来", "收入预算总表", "事业收入"),
        ("万里街道城乡社区支出的钱从哪里来", "收入预算总表", "财政拨款收入"),
    ],
)
def test_where_an_items_money_comes_from_is_its_row_in_the_income_table(
    families: Composer, question: str, title: str, part: str
) -> None:
    """城管执法的钱从哪来: the item's row in the 收入总表, whose columns are the sources, with each source
    that holds money; not its spending in the 支出总表."""
    answer = families.answer(question)
    assert answer.status == "answered" and title in answer.facts[0].source.title, answer.text
    assert any(part in fact.source.column and fact.value for fact in answer.facts), answer.text


def test_where_an_items_money_comes_from_is_its_spending_where_no_income_table_lists_items(
    families: Composer,
) -> None:
    """省检察院's 收入预算总表 lists sources only: the item's amount is given as printed."""
    answer = families.answer("省检察院公共安全支出的资金来源")
    assert answer.status == "answered" and "公共安全支出" in answer.facts[0].label, answer.text


@pytest.mark.parametrize(
    "question", ["清河县市场监督管理局人员经费占基本支出多少", "清河县市场监督管理局公用经费占基本支出的比例"]
)
def test_a_share_in_a_final_account_divides_by_the_whole_spent_not_the_whole_planned(
    county_finals: Composer, question: str
) -> None:
    """A 决算 table printing 年初预算数/基本支出 beside 决算数/基本支出: a 决算数 part is divided by the
    决算数 whole, never by the budget beside it."""
    answer = county_finals.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    whole = answer.facts[-1]
    assert "决算数" in whole.source.column and "预算" not in whole.source.column, answer.text


@pytest.mark.parametrize(
    ("question", "value", "leaf"),
    [
        ("上海市财政局公务用车运行费", "32.20", "运行费"),
        ("万里街道公务用车运行费多少", "21.56", "运行费"),
        ("普陀区财政局2025年公务用车购置费", None, "购置费"),
        ("省检察院公务用车购置费", None, "公务用车购置费"),
    ],
)
def test_a_column_naming_one_item_of_its_joined_group_is_read_by_the_items_full_name(
    families: Composer, question: str, value: str | None, leaf: str
) -> None:
    """运行费 under 公务用车购置及运行费 is 公务用车运行费: the 三公 table's column is read, not the narrative's
    sentence or another table's 公务用车运行维护费."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert fact.source.column.endswith(f"/{leaf}") and "三公" in fact.source.title, answer.text
    assert value is None or fact.value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("family", "question", "spent"),
    [
        ("composer", "人社局一共花多少钱", "支出总计 1,596.64 万元"),
        ("families", "万里街道2023年一共要花多少钱", "支出总计 164,978,640 元"),
        ("district_final", "城管局2023年总共花了多少钱", "支出总计 6,815.25 万元"),
    ],
)
def test_what_a_whole_document_spends_is_its_spending_sides_totals_alone(
    request: pytest.FixtureRequest, family: str, question: str, spent: str
) -> None:
    """一共花多少钱 naming no item: the 收支总表's spending totals, each said with its side, no income."""
    answer = request.getfixturevalue(family).answer(question)
    assert answer.status == "answered", answer.text
    first = answer.text.split("\n", 1)[0]
    assert spent in first and "收入" not in first, answer.text
    assert all("支出" in fact.source.column for fact in answer.facts), answer.text


def test_a_whole_document_asked_naming_no_side_gives_each_sides_totals_by_name(
    district_final: Composer,
) -> None:
    answer = district_final.answer("城管局2023年决算")
    first = answer.text.split("\n", 1)[0]
    assert "收入总计" in first and "支出总计" in first and "，总计" not in first, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("江苏省人民检察院2018年电费", "262.00"),
        ("中共江苏省委办公厅办公费", "489.30"),
        ("省人大2019年商品和服务支出", "1642.08"),
    ],
)
def test_an_economic_item_is_read_from_the_basic_spending_table_before_the_running_costs_part(
    families: Composer, question: str, value: str
) -> None:
    """机关运行经费 is the part of 基本支出 a unit spends to run itself: its table's 电费 is that part's."""
    answer = families.answer(question)
    first = answer.facts[0]
    assert first.value == Decimal(value) and "基本支出" in first.source.title, answer.text


@pytest.mark.parametrize(
    ("family", "question", "value"),
    [
        ("families", "规划资源局一般公共预算财政拨款收入", "9746.50"),
        ("families", "普陀区财政局2024年一般公共预算财政拨款收入", "2940.05"),
        ("district_final", "城管局2023年一般公共预算财政拨款收入", None),
    ],
)
def test_a_funds_income_is_the_years_own_never_the_carry_over_of_that_fund(
    request: pytest.FixtureRequest, family: str, question: str, value: str | None
) -> None:
    """一般公共预算财政拨款收入 of a 决算 whose 财政拨款收支总表 breaks 年初财政拨款结转和结余 down by fund: the
    year's income, answered, never a choice with the carry-over printed under the same fund's name."""
    answer = request.getfixturevalue(family).answer(question)
    assert answer.status == "answered" and answer.intent == "amount", answer.text
    assert "结转" not in answer.facts[0].label and "结转" not in answer.facts[0].source.row, answer.text
    assert value is None or answer.facts[0].value == Decimal(value), answer.text


FUND_TABLE_WORDS = ("一般公共预算", "政府性基金", "国有资本经营")


@pytest.mark.parametrize(
    ("unit", "part", "tables"),
    [
        ("汾阳人社局", "基本支出", 2),
        ("普陀区财政局2025年", "基本支出", 3),
        ("上海市财政局", "项目支出", 3),
        ("万里街道", "项目支出", 3),
    ],
)
def test_a_part_of_funded_spending_no_table_prints_whole_adds_up_each_funds_table(
    families: Composer, unit: str, part: str, tables: int
) -> None:
    """财政拨款基本支出 where the 财政拨款 table prints no 基本支出: the part's total in each table of one fund
    (一般公共预算, 政府性基金, 国有资本经营) added up, never the 支出总表's of all funds, nor that table
    taken because a 财政局's name holds 财政."""
    answer = families.answer(f"{unit}财政拨款{part}是多少")
    general = families.answer(f"{unit}一般公共预算{part}是多少").facts[0]
    listed = [fact for fact in answer.facts if fact.source.table]
    total = next(fact for fact in answer.facts if fact.source.inputs)
    assert answer.text.startswith(f"财政拨款{part}：文件没有单独列出"), answer.text
    assert len(listed) == tables and all(
        any(word in fact.source.title for word in FUND_TABLE_WORDS) for fact in listed
    ), answer.text
    assert general.value in [fact.value for fact in listed], answer.text
    assert total.value == sum(fact.value or 0 for fact in listed), answer.text

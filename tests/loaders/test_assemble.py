"""The sample disclosure assembled end to end, and assemble's general rules on PDF-like blocks."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.errors import LoadError
from knowledge.models import BudgetTable, Disclosure
from loaders import sample_path
from loaders.assemble import blocks_to_document
from loaders.blocks import Block, Grid, GridRow, TextLine
from loaders.text import load

CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"]
DECIMAL_CELL = re.compile(r"-?\d[\d,]*\.\d+")


@pytest.fixture(scope="module")
def disclosure() -> Disclosure:
    return load(sample_path()).disclosure


def table(disclosure: Disclosure, number: str) -> BudgetTable:
    return next(table for table in disclosure.tables if table.number == number)


def sample_table_grids() -> dict[str, list[list[str]]]:
    """The tab rows under each of the 13 table titles, read straight from the file (title → rows)."""
    lines = sample_path().read_text(encoding="utf-8").splitlines()
    contents = [line.split("\t")[0] for line in lines if re.match(r"表[一二三四五六七八九十]+\d{4}年", line)]
    titles = {re.sub(r"^表[一二三四五六七八九十]+|\.+$", "", entry) for entry in contents}
    grids: dict[str, list[list[str]]] = {}
    current: str | None = None
    for line in lines:
        if line.strip() in titles:
            current = line.strip()
            grids[current] = []
        elif line.startswith("第三部分"):
            current = None
        elif current and "\t" in line:
            grids[current].append(line.split("\t"))
    return grids


def test_the_sample_is_one_2024_budget_of_the_fenyang_human_resources_bureau(disclosure: Disclosure) -> None:
    assert disclosure.unit_name == "汾阳市人力资源和社会保障局"
    assert (disclosure.year, disclosure.kind, disclosure.scope) == (2024, "预算", "单位")
    assert "人社局" in disclosure.aliases
    (file,) = disclosure.files
    assert (file.name, file.format, file.part) == ("fenyang-rsj-2024-yusuan.txt", "text", "whole")
    assert len(file.content_hash) == 64


def test_thirteen_tables_numbered_by_the_contents_with_titles_and_units(disclosure: Disclosure) -> None:
    assert [table.number for table in disclosure.tables] == [f"表{name}" for name in CHINESE_NUMBERS]
    assert [table.number_value for table in disclosure.tables] == list(range(1, 14))
    assert all(table.unit_of_measure == "万元" for table in disclosure.tables)
    assert table(disclosure, "表一").title == "2024年预算收支总表"
    assert table(disclosure, "表十二").title == "2024年项目支出预算表（本年预算）"
    assert table(disclosure, "表十二").reference == "表十二《2024年项目支出预算表（本年预算）》"
    assert table(disclosure, "表十").kind == "三公经费"
    assert table(disclosure, "表六").kind == "基本支出经济科目表"


def test_project_table_has_17_rows_with_the_printed_amounts(disclosure: Disclosure) -> None:
    rows = table(disclosure, "表十二").rows
    assert len(rows) == 17
    first, second = rows[0], rows[1]
    assert first.label == "汾阳市人力资源和社会保障局"
    assert first.figures[0].column == "合计"
    assert first.figures[0].value == Decimal("887.80")
    assert second.label == "2024年中央财政就业补助资金"
    assert [figure.raw for figure in second.figures] == ["548.00", "548.00", "", "", "", ""]
    assert second.figures[1].column == "2024年财政拨款/一般公共预算"


def test_tables_seven_to_nine_say_they_have_no_data(disclosure: Disclosure) -> None:
    flagged = [table.number for table in disclosure.tables if table.no_data]
    assert flagged == ["表七", "表八", "表九"]
    assert table(disclosure, "表七").note == "注：本表无数据"


def test_no_figure_of_the_sample_is_lost(disclosure: Disclosure) -> None:
    grids = sample_table_grids()
    assert len(grids) == 13
    printed = Counter(
        cell.strip()
        for rows in grids.values()
        for row in rows
        for cell in row
        if DECIMAL_CELL.fullmatch(cell.strip())
    )
    integers = [
        (index, cell)
        for rows in grids.values()
        for row in rows
        for index, cell in enumerate(row)
        if cell.strip().isdigit()
    ]
    assert all(index == 0 and len(cell) in (3, 5, 7) or int(cell) <= index + 1 for index, cell in integers), (
        "every integer cell is a 科目编码 or a column number, so decimals are all the figures"
    )
    loaded = Counter(
        figure.raw
        for table in disclosure.tables
        for row in table.rows
        for figure in row.figures
        if figure.value is not None
    )
    assert sum(printed.values()) > 300
    assert loaded == printed


def test_rows_nest_by_code_length(disclosure: Disclosure) -> None:
    rows = {row.code: row for row in table(disclosure, "表二").rows if row.code}
    item = rows["2080101"]
    assert item.label == "行政运行"
    assert item.parent is rows["20801"]
    assert rows["20801"].parent is rows["208"]
    assert rows["208"].parent is None
    assert (item.level, rows["20801"].level, rows["208"].level) == (2, 1, 0)
    total = table(disclosure, "表二").rows[0]
    assert (total.label, total.is_total, total.level, total.code) == ("合计", True, 0, None)


def test_side_by_side_tables_become_an_income_and_an_expenditure_row_set(disclosure: Disclosure) -> None:
    first = table(disclosure, "表一")
    income = [row for row in first.rows if row.side == "收入"]
    spending = [row for row in first.rows if row.side == "支出"]
    assert len(income) + len(spending) == len(first.rows)
    assert [row.label for row in income][:2] == ["一、一般公共预算", "二、政府性基金预算"]
    assert income[0].figures[0].value == Decimal("1100.24")
    social = next(row for row in spending if row.label == "八、社会保障和就业支出")
    assert [(figure.column, figure.raw) for figure in social.figures] == [
        ("支出/2024年合计", "1363.35"),
        ("支出/当年预算安排", "880.57"),
        ("支出/上年结转安排", "482.78"),
    ]
    fourth = table(disclosure, "表四")
    carried = next(row for row in fourth.rows if row.label == "上年财政拨款结转")
    children = [row for row in fourth.rows if row.parent is carried]
    assert [row.label for row in children] == [
        "一、一般公共预算",
        "二、政府性基金预算",
        "三、国有资本经营预算",
    ]
    assert {row.side for row in fourth.rows} == {"收入", "支出"}


def test_an_empty_cell_stays_empty_and_a_printed_zero_stays_zero(disclosure: Disclosure) -> None:
    abroad = next(row for row in table(disclosure, "表十").rows if row.label == "因公出国（境）费")
    assert all(figure.raw == "" and figure.value is None and figure.is_empty for figure in abroad.figures)
    arbitration = next(target for target in disclosure.targets if target.project == "仲裁工作经费")
    assert arbitration.funding["实施期/中央财政资金"] == "0"
    assert arbitration.funding["实施期/其他资金"] == ""
    zero = next(figure for figure in disclosure.stated_figures if figure.subject == "政府性基金预算拨款收入")
    assert (zero.value, zero.raw) == (Decimal("0"), "0万元")


def stated(disclosure: Disclosure, raw: str, sentence_part: str):  # noqa: ANN201
    return next(f for f in disclosure.stated_figures if f.raw == raw and sentence_part in f.sentence)


def test_narrative_figures_keep_their_sentence_subject_and_kind(disclosure: Disclosure) -> None:
    change = stated(disclosure, "338.52万元", "比上年减少338.52万元")
    assert (change.kind, change.direction, change.value, change.unit) == (
        "change",
        "减少",
        Decimal("338.52"),
        "万元",
    )
    assert change.subject == "预算收入总计"
    share = stated(disclosure, "68.91%", "占68.91%")
    assert (share.kind, share.unit, share.subject) == ("percent", "%", "一般公共预算拨款收入")
    staff = stated(disclosure, "15人", "在职人员15人")
    assert staff.kind == "count" and "在职人员" in staff.subject
    assert staff.passage is not None and staff.passage.part == "第一部分 概况"


def test_both_vehicle_counts_are_kept_though_they_disagree(disclosure: Disclosure) -> None:
    overview = stated(disclosure, "3部", "实有小型车辆3部")
    assets = [
        figure for figure in disclosure.stated_figures if "实有2辆" in figure.sentence and figure.unit == "辆"
    ]
    assert (overview.value, overview.subject) == (Decimal("3"), "小型车辆")
    assert [(figure.raw, figure.subject) for figure in assets[:2]] == [
        ("2辆", "公务用车编制"),
        ("2辆", "车辆"),
    ]
    assert assets[1].passage is not None and assets[1].passage.section == "1、车辆情况："


def test_passages_sit_under_their_part_and_heading(disclosure: Disclosure) -> None:
    purchase = next(passage for passage in disclosure.passages if passage.section == "九、政府采购情况")
    assert purchase.part == "第三部分 2024年度单位预算情况说明"
    assert purchase.text.startswith("2024年汾阳市人力资源和社会保障局政府采购预算总额8.90万元")
    assert purchase.line == 457
    broken = next(passage for passage in disclosure.passages if passage.line == 417)
    assert "农林水支出203.85万元" in broken.text, "a paragraph broken by a page is joined again"


def test_all_twelve_glossary_terms_with_their_definitions(disclosure: Disclosure) -> None:
    terms = {term.term: term.definition for term in disclosure.terms}
    assert list(terms) == [
        "基本支出",
        "项目支出",
        "“三公”经费",
        "机关运行经费",
        "政府购买服务",
        "财政专户管理资金",
        "单位资金",
        "上年结转",
        "一般公共预算",
        "政府性基金预算",
        "国有资本经营预算",
        "财政拨款",
    ]
    assert terms["财政专户管理资金"].startswith("专指教育收费")
    assert terms["一般公共预算"].startswith("是指以税收为主体的财政收入")
    assert terms["基本支出"].startswith("指为保障机构正常运转")


def test_twenty_two_performance_targets_with_projects_and_amounts_in_yuan(disclosure: Disclosure) -> None:
    targets = {target.project: target for target in disclosure.targets}
    assert len(disclosure.targets) == 22 == len(targets)
    assert all(
        target.unit_of_measure == "元" and target.total_amount and target.annual_amount
        for target in targets.values()
    )
    expected = {
        "仲裁工作经费": ("30000", "10000"),
        "2024年业务工作经费": ("181000", "173600"),
        "2024年吕梁山护工培训基地租赁费": ("300000", "300000"),
        "2023年中央财政就业补助资金年初预算": ("3710644.1", "3710644.1"),
        "2024年第一书记专项工作经费": ("15000", "15000"),
        "退休人员遗属补助": ("69120", "23040"),
    }
    for project, (total, annual) in expected.items():
        assert (targets[project].total_amount, targets[project].annual_amount) == (
            Decimal(total),
            Decimal(annual),
        )
    assert targets["仲裁工作经费"].period == "3年"
    assert targets["2024年中央财政就业补助资金"].funding["年度/省级财政资金"] == "5,480,000"


def test_indicators_keep_levels_and_values_for_both_periods(disclosure: Disclosure) -> None:
    wages = next(target for target in disclosure.targets if target.project == "临时工资")
    found = {(i.scope, i.level1, i.level2, i.level3, i.value) for i in wages.indicators}
    for scope in ("实施期", "年度"):
        assert (scope, "产出指标", "数量指标", "临时工人数", "4人") in found
        assert (scope, "产出指标", "质量指标", "临时工工资标准", "1980元/人月") in found
        assert (scope, "满意度指标", "服务对象满意度指标", "人员满意度", "100%") in found
    assert all(indicator.line for indicator in wages.indicators)


def funding_amounts(lines: list[str]) -> int:
    """Amounts printed in one target's 项目资金 rows, glued to their label or not."""
    count, inside = 0, False
    for line in lines:
        first = line.split("\t")[0].replace(" ", "")
        inside = first.startswith("项目资金") or (inside and not first)
        if inside:
            count += len(
                re.findall(r"(?<![\d,.])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,])", line.replace("(元)", ""))
            )
    return count


def test_no_amount_of_the_performance_forms_is_lost(disclosure: Disclosure) -> None:
    lines = sample_path().read_text(encoding="utf-8").splitlines()
    for target in disclosure.targets:
        assert target.line is not None
        end = next(index for index in range(target.line, len(lines)) if lines[index].startswith("负责人"))
        printed = funding_amounts(lines[target.line : end])
        loaded = 2 + sum(1 for amount in target.funding.values() if amount)
        assert loaded == printed, target.project


def test_loading_reports_no_problems_on_the_sample() -> None:
    assert load(sample_path()).problems == []


def line(text: str, page: int) -> TextLine:
    return TextLine(text=text, page=page)


def grid(page: int, *rows: tuple[str, ...]) -> Grid:
    return Grid(rows=[GridRow(cells=row, page=page) for row in rows])


def shanghai_like_blocks() -> list[Block]:
    header = ("功能分类科目编码", "功能分类科目名称", "合计", "财政拨款收入")
    return [
        line("上海市2025年市级单位预算", 1),
        line("预算单位：上海市财政局", 1),
        line("目 录", 2),
        line("一、单位主要职能", 2),
        line("五、单位预算表", 2),
        line("1. 2025年预算单位财务收支预算总表", 2),
        line("2. 2025年预算单位收入预算总表", 2),
        line("单位主要职能", 3),
        line("上海市财政局是主管全市财政工作的市政府组成部门。", 3),
        line("2025年预算单位收入预算总表", 4),
        line("编制单位：上海市财政局 单位：元", 4),
        grid(4, header, ("201", "一般公共服务支出", "127,886,849", "127,886,849")),
        line("4", 4),
        grid(5, header, ("20106", "财政事务", "127,886,849", "-")),
        line("公开03表", 6),
        line("2025年“三公”经费和机关运行经费预算表", 6),
        line("单位：万元", 6),
        grid(6, ("项目", "预算数"), ("因公出国（境）费", "30.00"), ("公务接待费", "25.40")),
    ]


def test_pdf_like_blocks_numbered_by_a_list_contents_continued_across_pages() -> None:
    loaded = blocks_to_document(
        shanghai_like_blocks(), source_name="sh.pdf", source_format="pdf", content_hash="x" * 64, page_count=6
    )
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind, disclosure.scope) == (
        "上海市财政局",
        2025,
        "预算",
        "单位",
    )
    income, three = disclosure.tables
    assert (income.number, income.number_value, income.unit_of_measure, income.page) == ("2", 2, "元", 4)
    assert [row.code for row in income.rows] == ["201", "20106"]
    assert income.rows[1].parent is income.rows[0]
    assert income.rows[1].figures[1].raw == "-" and income.rows[1].figures[1].value is None
    assert income.rows[0].figures[1].value == Decimal("127886849")
    assert (three.number, three.number_value, three.unit_of_measure) == ("公开03表", 3, "万元")
    assert [passage.text for passage in disclosure.passages] == [
        "上海市财政局是主管全市财政工作的市政府组成部门。"
    ]
    assert any("2025年预算单位财务收支预算总表" in entry for entry in loaded.missing_tables)


def test_a_document_without_unit_or_year_is_refused() -> None:
    blocks: list[Block] = [line("一些说明文字。", 1), grid(1, ("项目", "金额"), ("合计", "1.00"))]
    with pytest.raises(LoadError, match="单位名称"):
        blocks_to_document(blocks, source_name="x.txt", source_format="text", content_hash="h")


def test_a_document_with_nothing_recognisable_is_refused() -> None:
    blocks: list[Block] = [line("汾阳市人力资源和社会保障局", 1), line("2024年度单位预算公开", 1)]
    with pytest.raises(LoadError, match="没有可识别"):
        blocks_to_document(blocks, source_name="x.txt", source_format="text", content_hash="h")


QUESTIONS = (
    "普陀区财政局2024年政府采购了多少钱",
    "普陀区财政局2024年车辆有几辆",
    "规划资源局2024年国有资产总额是多少",
    "规划资源局2024年有多少台单价50万以上的设备",
    "万里街道2023年政府采购预算",
    "上海市财政局2025年有几个项目有绩效目标",
    "上海市财政局的机关运行经费主要用来干嘛",
    "普陀区社会福利院2024年三公经费为什么是零",
    "省检察院2018年的派出机构有哪些",
    "省高院2019年有多少人",
    "省人大2019年的职能是什么",
    "省政协2018年一般公共预算支出主要用在哪些方面",
)
"""Questions as a user keeps them in a text file: units, years and 预算 said, no disclosure."""


@pytest.mark.parametrize("lines", [QUESTIONS, QUESTIONS[::-1], ("会议纪要", *QUESTIONS[1:])])
def test_text_that_only_mentions_a_unit_and_a_budget_is_no_disclosure(
    lines: tuple[str, ...], tmp_path: Path
) -> None:
    """No table, and no title naming the unit's 预算 or 决算 (a list of questions, notes): refused, never
    stored as a disclosure's narrative."""
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadError, match="不像公开文件"):
        load(path)


@pytest.mark.parametrize(
    "title", ["江苏省政协办公厅2018年度部门预算公开", "上海市普陀区2025年区级部门预算", "部门决算公开报告"]
)
def test_a_narrative_published_apart_from_its_tables_is_a_disclosure(title: str) -> None:
    blocks: list[Block] = [
        line(title, 1),
        line("单位名称：江苏省政协办公厅", 1),
        line("2018年", 1),
        line("一、部门主要职责", 2),
        line("江苏省政协办公厅是政协江苏省委员会的办事机构。", 2),
    ]
    loaded = blocks_to_document(blocks, source_name="text.pdf", source_format="pdf", content_hash="h")
    assert loaded.disclosure.passages and not loaded.disclosure.tables


def test_a_number_printed_at_the_foot_of_the_previous_page_numbers_the_next_table() -> None:
    blocks: list[Block] = [
        line("汾阳市财政局", 1),
        line("2024年部门决算", 1),
        line("一、部门职责", 2),
        line("负责全市财政工作，", 2),
        line("7", 2),
        line("统筹财政收支。", 3),
        line("公开01表", 3),
        line("收入支出决算总表", 4),
        line("单位：万元", 4),
        grid(4, ("项目", "决算数"), ("本年收入合计", "2,946.25")),
        line("公开02表", 4),
        line("4", 4),
        line("收入决算表", 5),
        line("单位：万元", 5),
        grid(5, ("项目", "合计"), ("合计", "2,946.25")),
    ]
    disclosure = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure
    assert [(table.number, table.number_value, table.title) for table in disclosure.tables] == [
        ("公开01表", 1, "收入支出决算总表"),
        ("公开02表", 2, "收入决算表"),
    ]
    assert [passage.text for passage in disclosure.passages] == ["负责全市财政工作，统筹财政收支。"]
    assert (disclosure.kind, disclosure.year) == ("决算", 2024)


def fund_table_blocks(*notes: str, total: str = "") -> list[Block]:
    """A 决算 document whose 政府性基金 table is followed by `notes`."""
    return [
        line("汾阳市财政局", 1),
        line("2024年度部门决算", 1),
        line("政府性基金预算财政拨款收入支出决算表", 2),
        line("单位：万元", 2),
        grid(2, ("项目", "年初结转和结余", "本年收入", "本年支出"), ("合计", total, total, total)),
        *(line(note, 2) for note in notes),
        line("一、部门职责", 3),
        line("负责全市财政工作。", 3),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "注：本表无数据",
        "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
        "说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
        "注：本单位无此项支出。",
        "注：本表为空。",
        "注：此表无内容",
        "注：本部门无政府性基金预算财政拨款收入和支出。",
    ],
)
def test_a_note_saying_the_table_is_empty_marks_it_no_data(note: str) -> None:
    blocks = fund_table_blocks("注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。", note)
    (table,) = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure.tables
    assert table.no_data
    assert note in table.note.split("\n")


@pytest.mark.parametrize(
    ("notes", "total"),
    [
        (("注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。",), "3.00"),
        (("注：本部门无政府性基金预算结转。",), "12.00"),
    ],
)
def test_a_note_that_does_not_say_the_table_is_empty_leaves_it_alone(
    notes: tuple[str, ...], total: str
) -> None:
    blocks = fund_table_blocks(*notes, total=total)
    (table,) = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure.tables
    assert not table.no_data


@pytest.mark.parametrize("total", ["", "0", "0.00"])
def test_a_table_of_only_a_blank_or_zero_total_row_is_empty(total: str) -> None:
    """公开表十 of jiangsu-rdcwh-2019 prints 合计 and nothing else, with no note; gjfy-2019 prints 合计 0."""
    blocks = fund_table_blocks("注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。", total=total)
    (table,) = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure.tables
    assert table.no_data


def test_a_list_of_units_without_amounts_needs_no_unit_of_measure() -> None:
    blocks: list[Block] = [
        line("汾阳市财政局", 1),
        line("2024年度部门决算", 1),
        line("二、部门决算单位构成", 2),
        grid(
            2,
            ("序号", "单位名称", "备注"),
            ("1", "汾阳市财政局（本级）", ""),
            ("2", "汾阳市国库收付中心", ""),
        ),
        line("收入决算表", 3),
        grid(3, ("项目", "合计"), ("合计", "2,946.25")),
    ]
    loaded = blocks_to_document(blocks, source_name="x.pdf", source_format="pdf", content_hash="h")
    assert loaded.problems == ["《收入决算表》没有写明金额单位"]


def contents_blocks(*entries: str) -> list[Block]:
    """A document with these 目录 entries and two tables, 收入决算表 and 支出决算表."""
    return [
        line("汾阳市财政局2024年度部门决算", 1),
        line("目录", 2),
        *(line(entry, 2) for entry in entries),
        line("第一部分 部门概况", 3),
        line("负责全市财政工作。", 3),
        line("收入决算表", 4),
        line("单位：万元", 4),
        grid(4, ("项目", "合计"), ("合计", "2,946.25")),
        line("支出决算表", 5),
        line("单位：万元", 5),
        grid(5, ("项目", "合计"), ("合计", "2,940.05")),
    ]


@pytest.mark.parametrize(
    ("entries", "numbers"),
    [
        (("第二部分 部门决算表", "一、收入决算表", "二、支出决算表"), [("一", 1), ("二", 2)]),
        (("（一）收入决算表 ........ 4", "（二）支出决算表 ........ 5"), [("一", 1), ("二", 2)]),
        (("1. 收入决算表", "2. 支出决算表"), [("1", 1), ("2", 2)]),
        (("一、部门职责", "二、收入决算表", "三、支出决算表"), [(None, None), (None, None)]),
        (("一、支出决算表", "二、收入决算表"), [("二", 2), ("一", 1)]),
        (("第一部分 部门概况", "第二部分 部门决算表"), [(None, None), (None, None)]),
    ],
)
def test_a_contents_list_numbers_the_tables_only_when_it_maps_one_to_one(
    entries: tuple[str, ...], numbers: list[tuple[str | None, int | None]]
) -> None:
    loaded = blocks_to_document(
        contents_blocks(*entries), source_name="x.pdf", source_format="pdf", content_hash="h"
    )
    assert [(table.number, table.number_value) for table in loaded.disclosure.tables] == numbers


def test_the_contents_are_kept_as_printed_without_leaders_and_page_numbers() -> None:
    blocks = contents_blocks(
        "第一部分 部门概况 ........ 3", "一、收入决算表 ........ 4", "二、支出决算表 ........ 5"
    )
    disclosure = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure
    assert disclosure.contents == ["第一部分 部门概况", "一、收入决算表", "二、支出决算表"]


def test_a_marker_printed_on_the_page_wins_over_a_contents_list_number() -> None:
    blocks = contents_blocks("1. 收入决算表", "2. 支出决算表")
    blocks.insert(
        blocks.index(next(b for b in blocks if getattr(b, "text", "") == "支出决算表")), line("公开02表", 5)
    )
    loaded = blocks_to_document(blocks, source_name="x.pdf", source_format="pdf", content_hash="h")
    assert [(table.number, table.number_value) for table in loaded.disclosure.tables] == [
        ("1", 1),
        ("公开02表", 2),
    ]


def test_sub_numbered_tables_keep_their_label_without_a_number_value() -> None:
    blocks: list[Block] = [
        line("成都市某某局2024年部门预算", 1),
        line("表1", 2),
        line("部门收支总表", 2),
        line("单位：万元", 2),
        grid(2, ("项目", "预算数"), ("收入总计", "100.00")),
        line("表1-1", 3),
        line("部门收入总表", 3),
        line("单位：万元", 3),
        grid(3, ("项目", "合计"), ("合计", "100.00")),
    ]
    tables = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure.tables
    assert [(table.number, table.number_value, table.kind) for table in tables] == [
        ("表1", 1, "收支总表"),
        ("表1-1", None, "收入总表"),
    ]


def test_title_number_and_unit_cells_printed_as_grid_rows_are_lines_again() -> None:
    blocks: list[Block] = [
        line("平川县农业农村局", 1),
        line("2023年度部门决算", 1),
        grid(
            2,
            ("收入决算表", "", "公开02表"),
            ("部门：平川县农业农村局", "2023年度", "金额单位：万元"),
            ("项目", "本年收入合计", "财政拨款收入"),
            ("1", "2", "3"),
            ("合计", "1,662.30", "1,650.00"),
            ("注：本表反映部门本年度取得的各项收入情况。", "", ""),
            ("公开03表", "", ""),
            ("支出决算表", "", ""),
            ("项目", "本年支出合计", "基本支出"),
            ("合计", "1,669.46", "744.00"),
        ),
    ]
    tables = blocks_to_document(
        blocks, source_name="x.txt", source_format="text", content_hash="h"
    ).disclosure.tables
    assert [(table.number, table.title, table.unit_of_measure, table.columns) for table in tables] == [
        ("公开02表", "收入决算表", "万元", ["项目", "本年收入合计", "财政拨款收入"]),
        ("公开03表", "支出决算表", "", ["项目", "本年支出合计", "基本支出"]),
    ]
    assert tables[0].note == "注：本表反映部门本年度取得的各项收入情况。"
    assert [[f.raw for f in row.figures] for row in tables[0].rows] == [["1,662.30", "1,650.00"]]


@pytest.mark.parametrize("repeated", [["收入决算表（续表）", "单位：万元"], ["收入决算表"], ["续表"]])
def test_a_table_continued_under_its_repeated_title_or_a_continued_mark_is_one_table(
    repeated: list[str],
) -> None:
    header = ("科目编码", "科目名称", "合计")
    blocks: list[Block] = [
        line("平川县农业农村局2023年度部门决算", 1),
        line("公开02表", 1),
        line("收入决算表", 2),
        line("单位：万元", 2),
        grid(2, header, ("208", "社会保障和就业支出", "74.72")),
        line("2", 2),
        *(line(text, 3) for text in repeated),
        grid(3, header, ("213", "农林水支出", "1,517.23")),
        line("公开03表", 3),
        line("支出决算表", 4),
        line("单位：万元", 4),
        grid(4, header, ("208", "社会保障和就业支出", "74.72")),
    ]
    tables = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure.tables
    assert [(table.number, table.title, [row.code for row in table.rows]) for table in tables] == [
        ("公开02表", "收入决算表", ["208", "213"]),
        ("公开03表", "支出决算表", ["208"]),
    ]


def jiangsu_like_blocks(*title_lines: str) -> list[Block]:
    """A Jiangsu 部门预算 page: the title (in these lines), the 部门 and 单位 lines, the 三公 table."""
    return [
        line("江苏省人民检察院2018年部门预算", 1),
        line("第一部分 部门概况", 2),
        line("负责全省检察工作。", 2),
        *(line(text, 3) for text in title_lines),
        line("部门：", 3),
        line("江苏省人民检察院", 3),
        line("单位：万元", 3),
        grid(3, ("合计", "“三公”经费/小计", "会议费"), ("1,384.74", "484.30", "200.44")),
    ]


@pytest.mark.parametrize(
    ("title_lines", "number"),
    [
        (("公开09表：一般公共预算“三公”经费、会议费、培训费支出预算表",), "公开09表"),
        (("公开 09 表：一般公共预算“三公”经费、会议费、培训费", "支出预算表"), "公开09表"),
        (("一般公共预算“三公”经费、会议费、培训费支出预算", "表"), None),
        (("一般公共预算“三公”经费、会议费、培训费支出预算表", "公开表九"), "公开表九"),
        (("公开09表", "一般公共预算“三公”经费、会议费、培训费支出预算表"), "公开09表"),
    ],
)
def test_a_title_with_its_number_before_after_or_wrapped_names_one_table(
    title_lines: tuple[str, ...], number: str | None
) -> None:
    loaded = blocks_to_document(
        jiangsu_like_blocks(*title_lines), source_name="x.pdf", source_format="pdf", content_hash="h"
    )
    (table,) = loaded.disclosure.tables
    assert (table.number, table.title, table.kind, table.unit_of_measure) == (
        number,
        "一般公共预算“三公”经费、会议费、培训费支出预算表",
        "三公经费",
        "万元",
    )
    assert loaded.problems == [] and loaded.disclosure.unit_name == "江苏省人民检察院"
    assert all("预算表" not in passage.text for passage in loaded.disclosure.passages)


def test_a_unit_line_wrapped_around_the_department_line_gives_the_unit() -> None:
    """jiangsu-gjfy-2019 公开09表: 单位：万 / 元 in a narrow cell, 部门名称 printed at the height of 元."""
    blocks = jiangsu_like_blocks("公开09表", "一般公共预算“三公”经费、会议费、培训费支出预算表")
    blocks[5:8] = [line("单位：万", 3), line("部门名称：江苏省人民检察院", 3), line("元", 3)]
    loaded = blocks_to_document(blocks, source_name="x.pdf", source_format="pdf", content_hash="h")
    (table,) = loaded.disclosure.tables
    assert table.unit_of_measure == "万元" and loaded.problems == []
    assert [passage.text for passage in loaded.disclosure.passages] == ["负责全省检察工作。"]


def test_a_part_heading_wrapped_after_the_unit_name_is_one_heading() -> None:
    """jiangsu-rdbgt-2017: 第三部分 江苏省人大常委会办公厅 / 2017 年度部门预算情况说明."""
    blocks = [
        *jiangsu_like_blocks("公开09表", "一般公共预算“三公”经费、会议费、培训费支出预算表"),
        line("第三部分江苏省人大常委会办公厅", 4),
        line("2017年度部门预算情况说明", 4),
        line("一、收支预算总体情况说明", 4),
        line("收支总计21,955.35万元。", 4),
    ]
    passages = blocks_to_document(
        blocks, source_name="x.pdf", source_format="pdf", content_hash="h"
    ).disclosure.passages
    (total,) = [passage for passage in passages if "21,955.35" in passage.text]
    assert total.part == "第三部分江苏省人大常委会办公厅2017年度部门预算情况说明"
    assert total.section == "一、收支预算总体情况说明"


def test_a_numbered_note_over_several_lines_stays_with_its_table() -> None:
    """jiangsu-gjfy-2019 公开12表: 注：1.采购组织形式… / 2.采购品目名称… under the table."""
    blocks = [
        *jiangsu_like_blocks("公开12表", "政府采购支出预算表"),
        line("注：1.采购组织形式为：集中采购、部门集中采购和分散采购。", 3),
        line("2.采购品目名称根据《政府采购品目分类目录》（财库[2013]189号）规定品目名称填写。", 3),
        line("第三部分 2019年度部门预算情况说明", 4),
        line("3.其他说明。", 4),
    ]
    loaded = blocks_to_document(blocks, source_name="x.pdf", source_format="pdf", content_hash="h")
    (table,) = loaded.disclosure.tables
    assert table.note == (
        "注：1.采购组织形式为：集中采购、部门集中采购和分散采购。"
        "2.采购品目名称根据《政府采购品目分类目录》（财库[2013]189号）规定品目名称填写。"
    )
    assert [passage.text for passage in loaded.disclosure.passages] == ["负责全省检察工作。", "3.其他说明。"]

"""云溪区城市管理和综合执法局 2023 部门决算, as Guangdong's districts publish it: tables numbered 表一 … 表八 beside
their titles, amounts in 万元, the 财政拨款 tables in the columns 年初结转和结余 | 本年收入 | 本年支出 (小计 |
基本支出 | 项目支出) | 年末结转和结余, a 支出 table beside 年初预算数 and 调整预算数, a “三公” table of 预算数 and
决算数 side by side, nothing printed as 0.00 or "-", and an empty 国有资本经营 table said so in a note.
"""

from __future__ import annotations

from dataclasses import replace

from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, Document, Layout, Table

UNIT = "云溪区城市管理和综合执法局"
FURNITURE = (f"编制单位：{UNIT}", "单位：万元")
CODES = ("科目编码", "科目名称")

FUNCTIONS = (
    ("208", "社会保障和就业支出", "302.60", "302.60", "0.00"),
    ("20805", "行政事业单位养老支出", "302.60", "302.60", "0.00"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "201.70", "201.70", "0.00"),
    ("2080506", "机关事业单位职业年金缴费支出", "100.90", "100.90", "0.00"),
    ("212", "城乡社区支出", "5,826.45", "1,526.45", "4,300.00"),
    ("21201", "城乡社区管理事务", "5,826.45", "1,526.45", "4,300.00"),
    ("2120101", "行政运行", "1,526.45", "1,526.45", "0.00"),
    ("2120104", "城管执法", "2,680.00", "0.00", "2,680.00"),
    ("2120106", "工程建设管理", "1,620.00", "0.00", "1,620.00"),
    ("221", "住房保障支出", "186.20", "186.20", "0.00"),
    ("22102", "住房改革支出", "186.20", "186.20", "0.00"),
    ("2210201", "住房公积金", "186.20", "186.20", "0.00"),
)
"""Code, name, 本年支出 小计, 基本支出, 项目支出 of the 一般公共预算财政拨款 (all the unit spent)."""
TOTAL, BASIC, PROJECTS = "6,315.25", "2,015.25", "4,300.00"
CARRIED = {"212": ("120.00", "6,206.45", "500.00"), "21201": ("120.00", "6,206.45", "500.00")}
CARRIED |= {"2120104": ("120.00", "3,060.00", "500.00")}
"""年初结转和结余, 本年收入, 年末结转和结余 of the rows whose income differs from what they spent."""
BUDGETED = {"2120104": ("2,400.00", "3,180.00"), "2120106": ("1,800.00", "1,620.00")}
"""年初预算数 and 调整预算数 of the rows whose 决算数 differs from them."""


def fiscal_rows() -> tuple[tuple[str, ...], ...]:
    """The 一般公共预算财政拨款收入支出决算表: code, name, 年初结转和结余, 本年收入, 本年支出 小计/基本/项目,
    年末结转和结余."""
    rows = []
    for code, name, spent, basic, projects in FUNCTIONS:
        carried, income, left = CARRIED.get(code, ("-", spent, "-"))
        rows.append((code, name, carried, income, spent, basic, projects, left))
    return (("合计", MERGED_LEFT, "120.00", "6,695.25", TOTAL, BASIC, PROJECTS, "500.00"), *rows)


def spending_rows() -> tuple[tuple[str, ...], ...]:
    """The 支出决算表: code, name, 年初预算数, 调整预算数, 决算数."""
    rows = []
    for code, name, spent, _, _ in FUNCTIONS:
        start, adjusted = BUDGETED.get(code, (spent, spent))
        rows.append((code, name, start, adjusted, spent))
    return (("合计", MERGED_LEFT, "6,015.25", "6,695.25", TOTAL), *rows)


GUANGDONG_TABLES = (
    Table(
        "表一",
        "收入支出决算总表",
        FURNITURE,
        (("收入", MERGED_LEFT, "支出", MERGED_LEFT), ("项目", "决算数", "项目", "决算数")),
        (
            ("一、一般公共预算财政拨款收入", "6,695.25", "一、社会保障和就业支出", "302.60"),
            ("二、政府性基金预算财政拨款收入", "0.00", "二、城乡社区支出", "5,826.45"),
            ("三、上级补助收入", "0.00", "三、住房保障支出", "186.20"),
            ("四、事业收入", "0.00", "", ""),
            ("五、其他收入", "0.00", "", ""),
            ("本年收入合计", "6,695.25", "本年支出合计", TOTAL),
            ("年初结转和结余", "120.00", "年末结转和结余", "500.00"),
            ("总计", "6,815.25", "总计", "6,815.25"),
        ),
        kind="收支总表",
    ),
    Table(
        "表二",
        "收入决算表",
        FURNITURE,
        ((*CODES, "本年收入合计", "财政拨款收入", "事业收入", "其他收入"),),
        (
            ("合计", MERGED_LEFT, "6,695.25", "6,695.25", "0.00", "0.00"),
            *(
                (code, name, CARRIED.get(code, ("", spent))[1], CARRIED.get(code, ("", spent))[1], "-", "-")
                for code, name, spent, _, _ in FUNCTIONS
            ),
        ),
        kind="收入总表",
    ),
    Table(
        "表三",
        "支出决算表",
        FURNITURE,
        ((*CODES, "年初预算数", "调整预算数", "决算数"),),
        spending_rows(),
        kind="支出总表",
    ),
    Table(
        "表四",
        "一般公共预算财政拨款收入支出决算表",
        FURNITURE,
        (
            (*CODES, "年初结转和结余", "本年收入", "本年支出", MERGED_LEFT, MERGED_LEFT, "年末结转和结余"),
            (MERGED_UP, MERGED_UP, MERGED_UP, MERGED_UP, "小计", "基本支出", "项目支出", MERGED_UP),
        ),
        fiscal_rows(),
        kind="一般公共预算支出表",
    ),
    Table(
        "表五",
        "一般公共预算财政拨款基本支出决算表",
        FURNITURE,
        ((*CODES, "决算数"),),
        (
            ("合计", MERGED_LEFT, BASIC),
            ("301", "工资福利支出", "1,763.85"),
            ("30101", "基本工资", "612.30"),
            ("30102", "津贴补贴", "548.65"),
            ("30108", "机关事业单位基本养老保险缴费", "201.70"),
            ("30109", "职业年金缴费", "100.90"),
            ("30113", "住房公积金", "186.20"),
            ("30199", "其他工资福利支出", "114.10"),
            ("302", "商品和服务支出", "251.40"),
            ("30201", "办公费", "68.20"),
            ("30211", "差旅费", "22.40"),
            ("30217", "公务接待费", "3.80"),
            ("30231", "公务用车运行维护费", "41.00"),
            ("30299", "其他商品和服务支出", "116.00"),
        ),
        kind="基本支出经济科目表",
    ),
    Table(
        "表六",
        "财政拨款“三公”经费支出决算表",
        FURNITURE,
        (("项目", "预算数", "决算数"),),
        (
            ("合计", "52.00", "44.80"),
            ("1.因公出国（境）费", "0.00", "0.00"),
            ("2.公务用车购置及运行维护费", "46.00", "41.00"),
            ("其中：（1）公务用车购置费", "0.00", "0.00"),
            ("（2）公务用车运行维护费", "46.00", "41.00"),
            ("3.公务接待费", "6.00", "3.80"),
        ),
        kind="三公经费",
    ),
    Table(
        "表七",
        "政府性基金预算财政拨款收入支出决算表",
        FURNITURE,
        (
            (*CODES, "年初结转和结余", "本年收入", "本年支出", MERGED_LEFT, MERGED_LEFT, "年末结转和结余"),
            (MERGED_UP, MERGED_UP, MERGED_UP, MERGED_UP, "小计", "基本支出", "项目支出", MERGED_UP),
        ),
        (("合计", MERGED_LEFT, "", "", "", "", "", ""),),
        ("注：本部门2023年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。",),
        kind="政府性基金收支",
    ),
)

GUANGDONG_FINAL = Document(
    unit_name=UNIT,
    year=2023,
    kind="决算",
    cover=(f"{UNIT}2023年部门决算", "2024年8月"),
    contents=(
        "第一部分 部门概况",
        "第二部分 2023年度部门决算表",
        *(f"{table.marker} {table.title}" for table in GUANGDONG_TABLES),
        "第三部分 2023年度部门决算情况说明",
        "第四部分 名词解释",
    ),
    before=(
        "第一部分 部门概况",
        "一、主要职能",
        "负责全区市容环境卫生、城市管理综合执法和市政设施管理工作。",
        "第二部分 2023年度部门决算表",
    ),
    tables=GUANGDONG_TABLES,
    after=(
        "第三部分 2023年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "2023年度收入总计6,815.25万元，支出总计6,815.25万元。",
        "二、“三公”经费财政拨款支出决算情况说明",
        "2023年度“三公”经费财政拨款支出决算为44.80万元，完成预算的86.15%。",
        "第四部分 名词解释",
        "1.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "2.年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度"
        "按有关规定继续使用的资金。",
    ),
    terms=("年初结转和结余", "年末结转和结余"),
    layout=Layout(number_first=False),
)

SIDE_ROWS_HEADER = (
    ("项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", MERGED_LEFT, MERGED_LEFT, "公务接待费"),
    (MERGED_UP, MERGED_UP, MERGED_UP, "小计", "公务用车购置费", "公务用车运行维护费", MERGED_UP),
)
"""The “三公” table turned, as some districts print it: the items as columns, one row per side."""


def with_side_rows(document: Document) -> Document:
    """The document with its “三公” table printed one row per side (预算数 | 决算数) over the items."""
    tables = tuple(
        replace(
            table,
            header=SIDE_ROWS_HEADER,
            rows=(
                ("预算数", "52.00", "0.00", "46.00", "0.00", "46.00", "6.00"),
                ("决算数", "44.80", "0.00", "41.00", "0.00", "41.00", "3.80"),
            ),
        )
        if table.kind == "三公经费"
        else table
        for table in document.tables
    )
    return replace(document, tables=tables)


GUANGDONG_SIDE_ROWS = with_side_rows(GUANGDONG_FINAL)

"""A small consistent disclosure built as records, and the means to break one figure of it.

Shaped like the sample (fenyang-rsj-2024-yusuan.txt) with round numbers: every total adds up, every
table agrees with the others and with the narrative, so each audit test breaks exactly one thing.
"""

from __future__ import annotations

from decimal import Decimal

from knowledge.models import (
    BudgetTable,
    Disclosure,
    Figure,
    Passage,
    PerformanceTarget,
    SourceFile,
    StatedFigure,
    TableRow,
)

UNIT = "汾阳市测试局"
Row = tuple[str, ...]  # (code, label, cell, cell, …); '' for an empty code or cell


def build_table(
    kind: str,
    number: int,
    title: str,
    columns: list[str],
    rows: list[Row],
    *,
    side: str = "",
    link_codes: bool = True,
    unit: str = "万元",
) -> BudgetTable:
    """A table whose rows are (code, label, cells…); 科目 rows are linked to their parents by code."""
    table = BudgetTable(
        position=number,
        number=f"表{number}",
        number_value=number,
        title=title,
        kind=kind,
        unit_of_measure=unit,
    )
    table.columns = columns
    table.rows = [make_row(position, spec, columns, side) for position, spec in enumerate(rows, start=1)]
    if link_codes:
        by_code = {row.code: row for row in table.rows if row.code}
        for row in table.rows:
            if row.code and len(row.code) > 3:
                row.parent = by_code.get(row.code[:-2])
    return table


def make_row(position: int, spec: Row, columns: list[str], side: str) -> TableRow:
    code, label, *cells = spec
    row = TableRow(
        position=position,
        label=label,
        code=code or None,
        level=(len(code) - 1) // 2 if code else 0,
        side=side,
        is_total=label in ("合计", "总计"),
        line=100 + position,
    )
    row.figures = [
        Figure(column_index=index, column=column, value=Decimal(raw) if raw else None, raw=raw)
        for index, (column, raw) in enumerate(zip(columns, cells, strict=False))
    ]
    return row


def side_by_side(
    kind: str, number: int, title: str, income: list[Row], spending: list[Row], spend_cols: list[str]
):
    """A 收支总表-shaped table: income rows on one side, spending rows on the other."""
    table = build_table(kind, number, title, ["金额"], income, side="收入")
    spend = build_table(kind, number, title, spend_cols, spending, side="支出")
    for offset, row in enumerate(spend.rows, start=len(table.rows) + 1):
        row.position = offset
    table.rows = table.rows + spend.rows
    return table


def consistent_tables() -> list[BudgetTable]:
    plan = ["2024年预算数/合计", "2024年预算数/基本支出", "2024年预算数/项目支出"]
    return [
        side_by_side(
            "收支总表",
            1,
            "2024年预算收支总表",
            [
                ("", "一、一般公共预算", "110.00"),
                ("", "二、政府性基金预算", ""),
                ("", "本年收入合计", "110.00"),
                ("", "上年结转", "40.00"),
                ("", "收入总计", "150.00"),
            ],
            [
                ("", "一、社会保障和就业支出", "120.00", "80.00", "40.00"),
                ("", "二、住房保障支出", "30.00", "30.00", ""),
                ("", "本年支出合计", "150.00", "110.00", "40.00"),
                ("", "年终结转", "", "", ""),
                ("", "支出总计", "150.00", "110.00", "40.00"),
            ],
            ["2024年合计", "当年预算安排", "上年结转安排"],
        ),
        build_table(
            "收入总表",
            2,
            "2024年预算收入总表",
            ["本年收入/合计", "本年收入/一般公共预算", "本年收入/单位资金", "上年结转"],
            [
                ("", "合计", "110.00", "110.00", "", "40.00"),
                ("208", "社会保障和就业支出", "80.00", "80.00", "", "40.00"),
                ("20801", "人力资源和社会保障管理事务", "80.00", "80.00", "", "40.00"),
                ("2080101", "行政运行", "20.00", "20.00", "", ""),
                ("2080104", "综合业务管理", "60.00", "60.00", "", "40.00"),
                ("221", "住房保障支出", "30.00", "30.00", "", ""),
                ("22102", "住房改革支出", "30.00", "30.00", "", ""),
                ("2210201", "住房公积金", "30.00", "30.00", "", ""),
            ],
        ),
        build_table(
            "支出总表",
            3,
            "2024年预算支出总表",
            plan,
            [
                ("", "合计", "150.00", "50.00", "100.00"),
                ("208", "社会保障和就业支出", "120.00", "20.00", "100.00"),
                ("20801", "人力资源和社会保障管理事务", "120.00", "20.00", "100.00"),
                ("2080101", "行政运行", "20.00", "20.00", ""),
                ("2080104", "综合业务管理", "100.00", "", "100.00"),
                ("221", "住房保障支出", "30.00", "30.00", ""),
                ("22102", "住房改革支出", "30.00", "30.00", ""),
                ("2210201", "住房公积金", "30.00", "30.00", ""),
            ],
        ),
        side_by_side(
            "财政拨款收支总表",
            4,
            "2024年财政拨款收支总表",
            [
                ("", "一、一般公共预算", "110.00"),
                ("", "本年收入合计", "110.00"),
                ("", "上年财政拨款结转", "40.00"),
                ("", "一、一般公共预算", "40.00"),
                ("", "收入总计", "150.00"),
            ],
            [
                ("", "一、社会保障和就业支出", "120.00", "120.00"),
                ("", "二、住房保障支出", "30.00", "30.00"),
                ("", "本年支出合计", "150.00", "150.00"),
                ("", "支出总计", "150.00", "150.00"),
            ],
            ["金额/小计", "金额/一般公共预算"],
        ),
        build_table(
            "一般公共预算支出表",
            5,
            "2024年一般公共预算支出预算表（不含上年结转）",
            plan,
            [
                ("", "合计", "110.00", "50.00", "60.00"),
                ("208", "社会保障和就业支出", "80.00", "20.00", "60.00"),
                ("20801", "人力资源和社会保障管理事务", "80.00", "20.00", "60.00"),
                ("2080101", "行政运行", "20.00", "20.00", ""),
                ("2080104", "综合业务管理", "60.00", "", "60.00"),
                ("221", "住房保障支出", "30.00", "30.00", ""),
                ("22102", "住房改革支出", "30.00", "30.00", ""),
                ("2210201", "住房公积金", "30.00", "30.00", ""),
            ],
        ),
        build_table(
            "基本支出经济科目表",
            6,
            "2024年一般公共预算安排基本支出分经济科目表（不含上年结转）",
            ["2024年预算数/合计", "2024年预算数/人员经费", "2024年预算数/公用经费"],
            [
                ("", "合计", "50.00", "40.00", "10.00"),
                ("", "工资福利支出", "40.00", "40.00", ""),
                ("", "基本工资", "10.00", "10.00", ""),
                ("", "住房公积金", "30.00", "30.00", ""),
                ("", "商品和服务支出", "10.00", "", "10.00"),
                ("", "办公费", "5.00", "", "5.00"),
                ("", "公务用车运行维护费", "5.00", "", "5.00"),
            ],
        ),
        build_table(
            "三公经费",
            7,
            "2024年财政拨款安排“三公”经费支出预算表",
            ["2024年预算数/合计", "2024年预算数/一般公共预算"],
            [
                ("", "因公出国（境）费", "", ""),
                ("", "公务接待费", "", ""),
                ("", "公务用车购置及运行费", "5.00", "5.00"),
                ("", "①公务用车购置费", "", ""),
                ("", "②公务用车运行维护费", "5.00", "5.00"),
                ("", "合计", "5.00", "5.00"),
            ],
        ),
        build_table(
            "机关运行经费",
            8,
            "2024年财政拨款安排机关运行经费预算表",
            ["2024预算数/合计", "2024预算数/一般公共预算"],
            [("", "部门合计", "10.00", "10.00"), ("", UNIT, "10.00", "10.00")],
        ),
        build_table(
            "项目支出",
            9,
            "2024年项目支出预算表（本年预算）",
            ["合计", "2024年财政拨款/一般公共预算", "单位资金"],
            [
                ("", UNIT, "60.00", "60.00", ""),
                ("", "2024年零工市场运营费用", "50.00", "50.00", ""),
                ("", "山西甲乙律师事务所法律顾问费", "10.00", "10.00", ""),
            ],
        ),
        build_table(
            "项目支出上年结转",
            10,
            "2024年项目支出预算表（上年结转）",
            ["合计", "2024年财政拨款/一般公共预算"],
            [("", UNIT, "40.00", "40.00"), ("", "2023年就业补助资金结转", "40.00", "40.00")],
        ),
    ]


def consistent_targets() -> list[PerformanceTarget]:
    def target(position: int, project: str, period: str, total: str, annual: str) -> PerformanceTarget:
        return PerformanceTarget(
            position=position,
            project=project,
            period=period,
            total_amount=Decimal(total),
            annual_amount=Decimal(annual),
            line=500 + position * 30,
        )

    return [
        target(1, "2024年零工市场运营费用", "1年", "500000", "500000"),
        target(2, "山西甲乙律师事务所法律顾问费", "3年", "300000", "100000"),
        target(3, "2023年就业补助资金结转", "1年", "400000", "400000"),
    ]


NARRATIVE = (
    ("第一部分 概况", "一、本单位职责", "我部门行政在职人员15人，实有小型车辆2部。"),
    (
        "第三部分 情况说明",
        "三、支出预算情况说明",
        "2024年度支出预算150.00万元，其中：基本支出50.00万元，占33.33%；项目支出100.00万元，占66.67%。",
    ),
    (
        "第三部分 情况说明",
        "八、机关运行经费增减变动原因说明",
        "本单位机关运行经费财政拨款预算10.00万元，比2023年预算减少2.50万元，下降20.00%。",
    ),
    (
        "第三部分 情况说明",
        "十一、国有资产占有使用情况",
        "共有公务用车编制2辆，实有2辆，其中：执法执勤用车1辆。",
    ),
)


def stated(passage: Passage, disclosure: Disclosure, raw: str, kind: str, subject: str) -> StatedFigure:
    """The figure `raw` (as printed in the passage) as the text loader states it."""
    number = raw.rstrip("万元%人辆部").replace(",", "")
    unit = raw[len(raw.rstrip("万元%人辆部")) :]
    return StatedFigure(
        passage=passage,
        disclosure=disclosure,
        subject=subject,
        kind=kind,
        value=Decimal(number),
        unit=unit,
        raw=raw,
        sentence=passage.text,
    )


def consistent_disclosure() -> Disclosure:
    disclosure = Disclosure(
        unit_name=UNIT,
        year=2024,
        kind="预算",
        files=[SourceFile(name="test.txt", format="text", content_hash="test")],
        tables=consistent_tables(),
        targets=consistent_targets(),
    )
    passages = [
        Passage(position=index, part=part, section=section, text=text, line=20 + index)
        for index, (part, section, text) in enumerate(NARRATIVE, start=1)
    ]
    disclosure.passages = passages
    figures = [
        (0, "15人", "count", "行政在职人员"),
        (0, "2部", "count", "实有小型车辆"),
        (1, "150.00万元", "amount", "支出预算"),
        (1, "50.00万元", "amount", "基本支出"),
        (1, "33.33%", "percent", "基本支出"),
        (1, "100.00万元", "amount", "项目支出"),
        (1, "66.67%", "percent", "项目支出"),
        (2, "10.00万元", "amount", "机关运行经费财政拨款预算"),
        (2, "2.50万元", "change", "机关运行经费"),
        (2, "20.00%", "percent", "机关运行经费"),
        (3, "2辆", "count", "公务用车编制"),
        (3, "2辆", "count", "实有"),
        (3, "1辆", "count", "执法执勤用车"),
    ]
    disclosure.stated_figures = [
        stated(passages[index], disclosure, raw, kind, subject) for index, raw, kind, subject in figures
    ]
    for figure in disclosure.stated_figures:
        if figure.kind == "change":
            figure.direction = "减少"
    return disclosure


def table_of(disclosure: Disclosure, kind: str) -> BudgetTable:
    return next(table for table in disclosure.tables if table.kind == kind)


def set_cell(disclosure: Disclosure, kind: str, label: str, column: str, raw: str, side: str = "") -> None:
    """Break one cell: the first row labelled `label` (on `side`) gets `raw` in `column`."""
    table = table_of(disclosure, kind)
    row = next(r for r in table.rows if r.label == label and (not side or r.side == side))
    cell = next(c for c in row.figures if c.column == column)
    cell.raw = raw
    cell.value = Decimal(raw) if raw else None

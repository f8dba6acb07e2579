"""项目支出绩效目标表 grids → PerformanceTarget with its money, texts, goals and indicators.

These forms are filled by hand: cells shift left or right between rows, amounts are glued to
their labels ("实施期资金总额: 300,000"), a label may be missing or misspelt. So rows are read by
what their filled cells say, in order, not by column position; the column of 年度资金总额 or
年度目标 only decides which side (实施期 or 年度) a lone value belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.models import PerformanceIndicator, PerformanceTarget
from knowledge.text import parse_figure, split_amount_unit, without_spaces
from loaders.blocks import GridRow

PROJECT_LABEL = re.compile(r"项目(名称|总体)?")
DEPARTMENT_LABEL = re.compile(r"主管部门.*|项目编码|.*代码[)）]?")
PERIOD_LABELS = ("项目期", "项目日期", "实施期限")
ATTRIBUTE_LABEL = re.compile(r"项目(属性|概述|性质|类别)|行政性")
TEXT_FIELDS = {
    "项目概况": "overview",
    "立项依据": "basis",
    "项目设立必要性": "necessity",
    "保证项目实施的制度、措施": "measures",
    "项目实施计划": "plan",
}
AMOUNT = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
GLUED_AMOUNT = re.compile(rf"(?P<label>.*?)[:：]?\s*(?P<amount>{AMOUNT})")
FUNDING_UNIT = re.compile(r"[（(]\s*(?P<unit>万元|元)\s*[)）]")
COST = "成本指标"
LEVEL1 = frozenset({"产出指标", "效益指标", "满意度指标", COST})
LEVEL2 = re.compile(r".*指标|服务对象满意度.*")
PERIOD, ANNUAL = "实施期", "年度"
TOTALS = {
    "实施期资金总额": "total_amount",
    "中期资金总额": "total_amount",  # 中期目标（2018年-2020年）: the span of a 中期 plan is the 实施期
    "项目资金总额": "total_amount",
    "年度资金总额": "annual_amount",
    "年度资金申请总额": "annual_amount",
}
ANNUAL_GOAL_LABELS = ("年度目标", "年度总体目标")
ATTRIBUTE_IN_NAME_ROW = ("项目性质", "项目属性")
START_DATE, END_DATE = "计划开始日期", "计划完成日期"


@dataclass
class Cell:
    column: int
    text: str


@dataclass
class Entry:
    """One side of an indicator row as it is read: 二级指标, 三级指标, 指标值."""

    level2: str = ""
    level3: str = ""
    value: str = ""
    has_level3: bool = False


@dataclass
class FormState:
    """Columns where the 年度 side starts, and the 一级/二级指标 carried down from the rows above."""

    annual_funding_column: int | None = None
    annual_goal_column: int | None = None
    in_funding: bool = False
    expect_goals: bool = False
    scopes: tuple[str, ...] = (PERIOD, ANNUAL)
    level1: str = ""
    level2: dict[str, str] = field(default_factory=dict)


def filled(row: GridRow) -> list[Cell]:
    """The row's non-empty cells with their columns: what a hand-filled form row really says."""
    return [Cell(column, text.strip()) for column, text in enumerate(row.cells) if text.strip()]


def grid_to_target(rows: list[GridRow], position: int) -> PerformanceTarget:
    """Given the rows of one 绩效目标表, return the target with its indicators (unsaved)."""
    target = PerformanceTarget(position=position, project="", line=rows[0].line, page=rows[0].page)
    state = FormState()
    in_indicators = False
    for row in rows:
        cells = filled(row)
        if not cells:
            continue
        first = without_spaces(cells[0].text)
        if first.startswith("负责人"):
            break
        if in_indicators:
            read_indicator_row(cells, row, target, state)
        elif "一级指标" in [without_spaces(cell.text) for cell in cells]:
            in_indicators = True
            state.scopes = indicator_scopes([without_spaces(cell.text) for cell in cells])
        else:
            read_form_row(cells, first, target, state)
    if not target.project:
        target.project = without_spaces(filled(rows[0])[0].text) if filled(rows[0]) else ""
    return target


def read_form_row(cells: list[Cell], first: str, target: PerformanceTarget, state: FormState) -> None:
    """Read one row above the indicators by its label: name, units, period, money, texts or goals."""
    texts = [without_spaces(cell.text) for cell in cells]
    period_index = next((index for index, text in enumerate(texts) if text in PERIOD_LABELS), None)
    goal_header = next(
        (cell.column for cell in cells if without_spaces(cell.text) in ANNUAL_GOAL_LABELS), None
    )
    if first in TEXT_FIELDS or goal_header is not None or first == "总体目标":
        state.in_funding = False
    if not target.project and (PROJECT_LABEL.fullmatch(first) or len(cells) == 1):
        read_name(cells, texts, target)
    elif "实施单位" in texts:
        read_units(cells, texts, target)
    elif period_index is not None:
        read_period(cells, texts, period_index, target)
    elif START_DATE in texts:
        dates = [text for text in texts if text not in (START_DATE, END_DATE)]
        target.period = "至".join(dates)
    elif first.startswith("项目资金") or state.in_funding:
        state.in_funding = True
        read_funding(cells, target, state)
    elif first in TEXT_FIELDS:
        setattr(target, TEXT_FIELDS[first], " ".join(cell.text for cell in cells[1:]))
    elif goal_header is not None:
        state.annual_goal_column, state.expect_goals = goal_header, True
    elif first == "总体目标" or state.expect_goals:
        read_goals(cells[1:] if first == "总体目标" else cells, target, state)
        state.expect_goals = False


def read_name(cells: list[Cell], texts: list[str], target: PerformanceTarget) -> None:
    """项目名称 | 仲裁工作经费, perhaps followed by 项目性质 | 阶段性项目."""
    names = [cell.text for cell in cells if not PROJECT_LABEL.fullmatch(without_spaces(cell.text))]
    target.project = names[0] if names else ""
    for label in ATTRIBUTE_IN_NAME_ROW:
        if label in texts and texts.index(label) + 1 < len(cells):
            target.attribute = cells[texts.index(label) + 1].text


def read_units(cells: list[Cell], texts: list[str], target: PerformanceTarget) -> None:
    """主管部门及代码 | 407-汾阳市… | 实施单位 | 汾阳市…, with either label possibly missing."""
    index = texts.index("实施单位")
    if target.department:
        return
    before = [
        cell.text for cell in cells[:index] if not DEPARTMENT_LABEL.fullmatch(without_spaces(cell.text))
    ]
    target.department = before[-1] if before else ""
    target.implementer = cells[index + 1].text if index + 1 < len(cells) else ""


def read_period(cells: list[Cell], texts: list[str], index: int, target: PerformanceTarget) -> None:
    """项目属性 | 一次性项目(1年结束) | 项目期 | 1年."""
    attribute = cells[index - 1].text if index else ""
    if not ATTRIBUTE_LABEL.fullmatch(without_spaces(attribute)):
        target.attribute = attribute
    target.period = cells[index + 1].text if index + 1 < len(cells) else ""


def funding_pairs(cells: list[Cell]) -> list[tuple[int, str, str]]:
    """Given a funding row, return (column, label, amount as printed) pairs, amount '' when blank."""
    pairs: list[tuple[int, str, str]] = []
    pending: tuple[int, str] | None = None
    for cell in cells:
        glued = GLUED_AMOUNT.fullmatch(cell.text)
        if glued and glued.group("label").strip():
            if pending:
                pairs.append((*pending, ""))
            pairs.append((cell.column, funding_label(glued.group("label")), glued.group("amount")))
            pending = None
        elif glued and pending:
            pairs.append((*pending, glued.group("amount")))
            pending = None
        elif not glued:
            if pending:
                pairs.append((*pending, ""))
            pending = (cell.column, funding_label(cell.text))
    if pending:
        pairs.append((*pending, ""))
    return pairs


def funding_label(text: str) -> str:
    label = without_spaces(text).rstrip(":：")
    return re.sub(r"^其中[:：]?", "", label)


def read_funding(cells: list[Cell], target: PerformanceTarget, state: FormState) -> None:
    """项目资金(元) | 实施期资金总额: | 30,000 | 年度资金总额: | 10,000, and the 其中 rows below it; amounts
    printed with their unit (120.00万元) give the target its unit."""
    if match := FUNDING_UNIT.search(without_spaces(cells[0].text)):
        target.unit_of_measure = match.group("unit")
    printed_units = {split_amount_unit(cell.text)[1] for cell in cells} - {""}
    if len(printed_units) == 1:
        target.unit_of_measure = printed_units.pop()
        cells = [Cell(cell.column, split_amount_unit(cell.text)[0]) for cell in cells]
    if without_spaces(cells[0].text).startswith("项目资金"):
        cells = cells[1:]
    pairs = [pair for pair in funding_pairs(cells) if pair[1]]
    for column, label, _ in pairs:
        if TOTALS.get(label) == "annual_amount":
            state.annual_funding_column = column
    period_label = ""
    for ordinal, (column, label, amount) in enumerate(pairs):
        if state.annual_funding_column is not None:
            side = ANNUAL if column >= state.annual_funding_column else PERIOD
        else:
            side = ANNUAL if ordinal else PERIOD
        if side == PERIOD:
            period_label = label
        elif (
            label not in TOTALS and period_label and label != period_label and period_label.startswith(label)
        ):
            label = period_label
        if label in TOTALS:
            setattr(target, TOTALS[label], parse_figure(amount) if amount else None)
        else:
            target.funding = {**target.funding, f"{side}/{label}": amount}


def read_goals(cells: list[Cell], target: PerformanceTarget, state: FormState) -> None:
    """总体目标: the 实施期 goal and the 年度 goal; a lone goal goes by its column."""
    if len(cells) >= 2:
        target.goal_period, target.goal_annual = cells[0].text, cells[-1].text
    elif cells:
        annual = state.annual_goal_column is not None and cells[0].column >= state.annual_goal_column
        if annual:
            target.goal_annual = cells[0].text
        else:
            target.goal_period = cells[0].text


def indicator_entries(texts: list[str]) -> list[Entry]:
    """Split the cells after 一级指标 into sides: each side is [二级指标] 三级指标 指标值."""
    entries: list[Entry] = []
    for text in texts:
        if LEVEL2.fullmatch(text):
            entries.append(Entry(level2=text))
        elif not entries or (entries[-1].has_level3 and entries[-1].value):
            entries.append(Entry(level3=text, has_level3=True))
        elif not entries[-1].has_level3:
            entries[-1].level3, entries[-1].has_level3 = text, True
        else:
            entries[-1].value = text
    return entries


def indicator_scopes(header: list[str]) -> tuple[str, ...]:
    """Two 指标值 columns: 实施期 and 年度; a single one says which it is (年度(/项目)指标值)."""
    values = [text for text in header if "指标值" in text]
    if len(values) == 1:
        return (ANNUAL,) if ANNUAL in values[0] else (PERIOD,)
    return (PERIOD, ANNUAL)


def is_level1(texts: list[str]) -> bool:
    """产出/效益/满意度指标 always; 成本指标 only when a 二级指标 follows (else it is one itself)."""
    first = without_spaces(texts[0])
    if first == COST:
        return len(texts) > 1 and LEVEL2.fullmatch(without_spaces(texts[1])) is not None
    return first in LEVEL1


def read_indicator_row(cells: list[Cell], row: GridRow, target: PerformanceTarget, state: FormState) -> None:
    """One 绩效指标 row → an indicator per side (实施期, 年度), levels carried down from above."""
    texts = [cell.text for cell in cells]
    if without_spaces(texts[0]) == "绩效指标":
        texts = texts[1:]
    if texts and is_level1(texts):
        state.level1 = without_spaces(texts[0])
        texts = texts[1:]
    for scope, entry in zip(state.scopes, indicator_entries(texts), strict=False):
        if entry.level2:
            state.level2[scope] = entry.level2
        if not entry.level3 and not entry.value:
            continue
        target.indicators.append(
            PerformanceIndicator(
                position=len(target.indicators) + 1,
                scope=scope,
                level1=state.level1,
                level2=state.level2.get(scope, ""),
                level3=entry.level3,
                value=entry.value,
                line=row.line,
                page=row.page,
            )
        )


LIST_FIELDS = {
    "project": re.compile(r"项目名称"),
    "amount": re.compile(r".*(金额|资金|预算数)(（[万元]+）|\([万元]+\))?"),
    "goal": re.compile(r".*目标"),
    "level1": re.compile(r"一级指标"),
    "level2": re.compile(r"二级指标"),
    "level3": re.compile(r"三级指标|指标名称"),
    "value": re.compile(r".*指标值"),
}
"""The columns of a 绩效目标表 that lists many projects, one indicator a row: 项目名称 | 预算金额 | 年度绩效目标
| 一级指标 | 二级指标 | 三级指标 | 指标值."""


def list_columns(row: GridRow) -> dict[str, int]:
    """Each list field's column in a header row, where the row names it (the first column that does)."""
    found: dict[str, int] = {}
    for column, text in enumerate(without_spaces(cell) for cell in row.cells):
        field_name = next((name for name, pattern in LIST_FIELDS.items() if pattern.fullmatch(text)), None)
        if field_name is not None and field_name not in found:
            found[field_name] = column
    return found


def is_target_list(rows: list[GridRow]) -> bool:
    """Whether a 绩效目标表 lists many projects: one header row names both 项目名称 and the indicators,
    where the one-project form prints its name in a row of its own, above the indicators."""
    columns = list_columns(rows[0]) if rows else {}
    return {"project", "level3", "value"} <= columns.keys()


def list_to_targets(rows: list[GridRow], position: int) -> list[PerformanceTarget]:
    """A 绩效目标表 listing many projects → one target per project: a row naming a project starts it
    (the cells a merged 项目名称, 金额 or 目标 leaves empty below belong to it), each row one indicator with
    its 一级/二级指标 carried down from above."""
    columns = list_columns(rows[0])
    texts = [without_spaces(cell) for cell in rows[0].cells]
    scope = indicator_scopes(texts)[0]
    annual = ANNUAL in texts[columns.get("amount", 0)] or "预算" in texts[columns.get("amount", 0)]
    targets: list[PerformanceTarget] = []
    levels = {"level1": "", "level2": ""}
    for row in rows[1:]:
        cells = [cell.strip() for cell in row.cells]
        if list_columns(row).keys() == columns.keys():
            continue
        if name := cells[columns["project"]]:
            target = PerformanceTarget(
                position=position + len(targets), project=without_spaces(name), line=row.line, page=row.page
            )
            targets.append(target)
            read_list_money_and_goal(cells, columns, target, annual)
            levels = {"level1": "", "level2": ""}
        if not targets:
            continue
        for level in levels:
            if level in columns and cells[columns[level]]:
                levels[level] = without_spaces(cells[columns[level]])
        level3, value = cells[columns["level3"]], cells[columns["value"]]
        if level3 or value:
            targets[-1].indicators.append(
                PerformanceIndicator(
                    position=len(targets[-1].indicators) + 1,
                    scope=scope,
                    level1=levels["level1"],
                    level2=levels["level2"],
                    level3=level3,
                    value=value,
                    line=row.line,
                    page=row.page,
                )
            )
    return targets


def read_list_money_and_goal(
    cells: list[str], columns: dict[str, int], target: PerformanceTarget, annual: bool
) -> None:
    """The amount and the goal a project's first row of a target list prints, for the year when the
    amount's header says 年度 or 预算, else for the whole period."""
    if "amount" in columns and (amount := parse_figure(cells[columns["amount"]])) is not None:
        if annual:
            target.annual_amount = amount
        else:
            target.total_amount = amount
    if "goal" in columns and (goal := cells[columns["goal"]]):
        if annual:
            target.goal_annual = goal
        else:
            target.goal_period = goal


def grid_to_targets(rows: list[GridRow], position: int) -> list[PerformanceTarget]:
    """Given the rows of one 绩效目标表, return its targets: one per project it lists, or the one its form
    is filled in for."""
    if is_target_list(rows):
        return list_to_targets(rows, position)
    return [grid_to_target(rows, position)]

"""Replies that list or rank rows (有哪些项目, 哪一项最多, 前三), and a project's 绩效目标."""

from __future__ import annotations

from decimal import Decimal

from bot.answers import Answer, Fact
from bot.compose_amounts import main_cell
from bot.index import DocumentIndex, RowEntry, TargetEntry
from bot.matcher import Intent, Scorer
from bot.replies import amount_text, money_word, plain_label, row_fact, target_source, where
from bot.similarity import match_key
from knowledge.money import AMOUNT_UNITS

MIN_GROUP_SCORE = 80.0
DEFAULT_RANK_LENGTH = 5
MAX_LISTED = 30
ECONOMIC_WORDS = ("经济", "人员经费", "公用经费", "商品和服务", "工资福利", "对个人和家庭")
ASCENDING_WORDS = ("最少", "最小", "最低")
INDICATOR_WORDS = ("满意度", "数量", "质量", "时效", "成本", "效益", "标准")


def project_rows(document: DocumentIndex, carried_over: bool | None) -> list[RowEntry]:
    rows = []
    for table in document.tables:
        if not table.is_projects or (
            carried_over is not None and (table.kind == "项目支出上年结转") != carried_over
        ):
            continue
        rows += [
            row for row in table.rows if row is not table.total_row and row.label != document.head.unit_name
        ]
    return rows


def group_rows(intent: Intent, document: DocumentIndex, score: Scorer) -> tuple[str, list[RowEntry]]:
    """The rows a list or ranking is over, and what to call them."""
    text = intent.question.text
    if "项目" in text:
        carried = True if "结转" in text else (False if any(w in text for w in ("本年", "当年")) else None)
        return "项目", project_rows(document, carried)
    tables = sorted(document.tables, key=lambda t: -max(score(t.key), score(match_key(t.kind))))
    if (
        intent.subject
        and tables
        and max(score(tables[0].key), score(match_key(tables[0].kind))) >= MIN_GROUP_SCORE
    ):
        table = tables[0]
        return table.kind, [r for r in table.rows if r is not table.total_row and not r.is_total]
    parents = sorted((row for row in document.rows if intent.subject), key=lambda r: -score(r.key))
    if parents and score(parents[0].key) >= MIN_GROUP_SCORE:
        children = [row for row in document.rows if row.parent is parents[0]]
        if children:
            return plain_label(parents[0].label), children
    if any(word in text for word in ECONOMIC_WORDS):
        economic = next((t for t in document.tables if t.kind == "基本支出经济科目表"), None)
        if economic:
            return "经济科目", [r for r in economic.rows if r.level >= 1]
    functional = next((t for t in document.tables if t.kind == "支出总表"), None)
    if functional is None:
        return "", []
    return "支出功能分类（类）", [r for r in functional.rows if r.level == 0 and not r.is_total and r.code]


def row_value(row: RowEntry) -> float:
    cell = main_cell(row, [])
    return float(cell.value) if cell and cell.value is not None else 0.0


def compose_rank(intent: Intent, document: DocumentIndex, score: Scorer) -> Answer | None:
    name, rows = group_rows(intent, document, score)
    if not rows:
        return None
    ascending = any(word in intent.question.text for word in ASCENDING_WORDS)
    ranked = sorted(rows, key=row_value, reverse=not ascending)
    length = intent.question.top or (1 if "最" in intent.question.text else DEFAULT_RANK_LENGTH)
    chosen = ranked[:length]
    facts = [row_fact(document, row, main_cell(row, [])) for row in chosen]
    order = "从少到多" if ascending else "从多到少"
    lines = [
        f"{i}. {plain_label(r.label)}：{amount_text(f.value, r.table.unit)}（{r.table.reference}）"
        for i, (r, f) in enumerate(zip(chosen, facts, strict=True), 1)
    ]
    text = (
        f"{name}{money_word(document)}{order}排列（共 {len(rows)} 项，列出 {len(chosen)} 项）：\n"
        + "\n".join(lines)
    )
    return Answer("answered", text, facts, intent="rank")


def compose_list(intent: Intent, document: DocumentIndex, score: Scorer) -> Answer | None:
    name, rows = group_rows(intent, document, score)
    if not rows or name.startswith("支出功能") and intent.subject and "支出" not in intent.subject:
        return None
    shown = rows[:MAX_LISTED]
    facts = [row_fact(document, row, main_cell(row, [])) for row in shown]
    lines = [
        f"{i}. {plain_label(r.label)}：{amount_text(f.value, r.table.unit)}（{r.table.reference}）"
        for i, (r, f) in enumerate(zip(shown, facts, strict=True), 1)
    ]
    more = f"\n（另有 {len(rows) - len(shown)} 项未列出）" if len(rows) > len(shown) else ""
    return Answer("answered", f"{name}共 {len(rows)} 项：\n" + "\n".join(lines) + more, facts, intent="list")


def compose_filter(intent: Intent, document: DocumentIndex, score: Scorer) -> Answer | None:
    """超过50万元的项目: the rows whose amount meets the bound (compared in 元), each with its source."""
    bound = intent.question.bound
    assert bound is not None
    name, rows = group_rows(intent, document, score)
    valued = [(row, main_cell(row, intent.columns)) for row in rows if row.table.unit in AMOUNT_UNITS]
    if not valued:
        return None
    kept = [(row, cell) for row, cell in valued if bound.admits(in_yuan(cell.value if cell else None, row))]
    kept.sort(key=lambda pair: -in_yuan(pair[1].value if pair[1] else None, pair[0]))
    facts = [row_fact(document, row, cell) for row, cell in kept[:MAX_LISTED]]
    lines = [
        f"{i}. {plain_label(row.label)}：{amount_text(fact.value, row.table.unit)}（{row.table.reference}）"
        for i, ((row, _cell), fact) in enumerate(zip(kept, facts, strict=False), 1)
    ]
    head = f"{money_word(document)}{bound.words}的{name}共 {len(kept)} 项（全部 {len(valued)} 项中）"
    if not kept:
        return Answer(
            "answered",
            f"没有{money_word(document)}{bound.words}的{name}（共 {len(valued)} 项）。",
            intent="filter",
        )
    more = f"\n（另有 {len(kept) - len(facts)} 项未列出）" if len(kept) > len(facts) else ""
    return Answer("answered", head + "：\n" + "\n".join(lines) + more, facts, intent="filter")


def in_yuan(value: Decimal | None, row: RowEntry) -> Decimal:
    """A row's amount in 元 (an empty cell is 0), so a bound in 万元 compares with a table in 元."""
    return (value or Decimal(0)) * AMOUNT_UNITS[row.table.unit]


def compose_target(intent: Intent, document: DocumentIndex, target: TargetEntry) -> Answer:
    """A project's goals and its indicators for the year (or only those the question names)."""
    named = [word for word in INDICATOR_WORDS if word in intent.question.text]
    indicators = [i for i in target.indicators if i.scope != "实施期" and i.level3 and i.value]
    if named:
        indicators = [i for i in indicators if any(w in i.level2 + i.level3 for w in named)] or indicators
    source = target_source(document, target)
    goal = target.goal_annual or target.goal_period
    facts = [Fact(f"{target.project} 年度目标", None, "", source, goal)]
    if target.annual_amount is not None:
        facts.append(
            Fact(f"{target.project} 年度资金总额", target.annual_amount, target.unit_of_measure, source)
        )
    lines = [f"{target.project}的绩效目标：", f"年度目标：{goal}"]
    if target.goal_period and target.goal_period != goal:
        lines.append(f"实施期目标：{target.goal_period}")
    if indicators:
        lines.append("绩效指标：" + "；".join(f"{i.level2}·{i.level3} {i.value}" for i in indicators))
        facts += [Fact(i.level3, None, "", target_source(document, target, i), i.value) for i in indicators]
    if target.annual_amount is not None:
        lines.append(f"年度资金总额：{amount_text(target.annual_amount, target.unit_of_measure)}")
    lines.append(where(source))
    return Answer("answered", "\n".join(lines), facts, intent="target")


def compose_target_list(document: DocumentIndex) -> Answer | None:
    """绩效目标有哪些: every project with a 绩效目标表, with its money for the year."""
    if not document.targets:
        return None
    facts, lines = [], []
    for number, target in enumerate(document.targets, 1):
        source = target_source(document, target)
        facts.append(Fact(target.project, target.annual_amount, target.unit_of_measure, source))
        money = (
            f"：年度资金 {amount_text(target.annual_amount, target.unit_of_measure)}"
            if target.annual_amount
            else ""
        )
        lines.append(f"{number}. {target.project}{money}")
    text = f"公开了绩效目标的项目共 {len(document.targets)} 个：\n" + "\n".join(lines)
    return Answer("answered", text, facts, intent="target")

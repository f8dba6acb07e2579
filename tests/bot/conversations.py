"""Three-turn conversations, one per follow-up kind and document family, that every channel is tried
with (tests/bot/channels/test_chat.py, tests/bot/channels/telegram/test_followups.py).

A turn names the full question a follow-up stands for, or says what the answer must report as loaded
when the unit, year or kind it carries over is not. What a channel shows is checked against the answer
service read in-process and against the figures stored in the database, never against copied text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.engine.answers import Answer, Fact
from bot.engine.followup import Context
from bot.engine.replies import PERFORMANCE_TITLE
from bot.services.answering import AnswerService
from knowledge.models import BudgetTable, Disclosure, Figure, PerformanceTarget, StatedFigure, TableRow

Render = Callable[[Answer], str]
"""How a channel shows an answer, as plain text."""


@dataclass(frozen=True)
class Turn:
    """A question; for a follow-up, the full question it stands for (`means`), or, when what it
    carries over is not loaded, the end of the not-found answer (`loaded`: 某单位已载入：…。)."""

    question: str
    means: str = ""
    loaded: str = ""


SAMPLE_UNIT = "汾阳市人力资源和社会保障局"
CONVERSATIONS: dict[tuple[str, str], tuple[Turn, ...]] = {
    ("year", "sample"): (
        Turn("人社局三公经费多少"),
        Turn("那2022年呢", loaded=f"{SAMPLE_UNIT}已载入：2024年单位预算。"),
        Turn("2024年的呢", "人社局2024年三公经费多少"),
    ),
    ("year", "shanghai"): (
        Turn("普陀区财政局2025年三公经费多少"),
        Turn("那去年呢", "普陀区财政局2024年三公经费多少"),
        Turn("2025年的呢", "普陀区财政局2025年三公经费多少"),
    ),
    ("year", "jiangsu"): (
        Turn("江苏省人大常委会办公厅2019年三公经费"),
        Turn("2017年的呢", "江苏省人大常委会办公厅2017年三公经费"),
        Turn("那2019年的公务接待费呢", "江苏省人大常委会办公厅2019年公务接待费"),
    ),
    ("unit", "sample"): (
        Turn("福利院2024年三公经费"),
        Turn("那人社局呢", "人社局2024年三公经费"),
        Turn("公务用车运行维护费呢", "人社局2024年公务用车运行维护费"),
    ),
    ("unit", "shanghai"): (
        Turn("上海市财政局2025年三公经费"),
        Turn("那普陀区财政局呢", "普陀区财政局2025年三公经费"),
        Turn("上海市财政局的呢", "上海市财政局2025年三公经费"),
    ),
    ("unit", "jiangsu"): (
        Turn("省政协办公厅2018年三公经费"),
        Turn("那省委办公厅呢", "江苏省委办公厅2018年三公经费"),
        Turn("那检察院呢", "省检察院2018年三公经费"),
    ),
    ("item", "sample"): (
        Turn("人社局三公经费多少"),
        Turn("那公务接待费呢", "人社局公务接待费多少"),
        Turn("公务用车运行维护费呢", "人社局公务用车运行维护费多少"),
    ),
    ("item", "shanghai"): (
        Turn("上海市财政局2025年三公经费多少"),
        Turn("其中公务接待费呢", "上海市财政局2025年公务接待费多少"),
        Turn("因公出国(境)费呢", "上海市财政局2025年因公出国(境)费多少"),
    ),
    ("item", "jiangsu"): (
        Turn("省检察院2018年三公经费"),
        Turn("其中公务接待费是多少", "省检察院2018年公务接待费是多少"),
        Turn("那会议费呢", "省检察院2018年会议费"),
    ),
    ("intent", "sample"): (
        Turn("人社局零工市场运营费用是多少"),
        Turn("它的绩效目标", "人社局零工市场运营费用的绩效目标"),
        Turn("这个项目的绩效指标有哪些", "人社局零工市场运营费用的绩效指标有哪些"),
    ),
    ("intent", "shanghai"): (
        Turn("万里街道2023年就业援助基地补贴多少"),
        Turn("它的绩效目标", "万里街道2023年就业援助基地补贴的绩效目标"),
        Turn("那社区环境整治和建设经费呢", "万里街道2023年社区环境整治和建设经费的绩效目标"),
    ),
    ("intent", "jiangsu"): (
        Turn("省高院2019年公务接待费"),
        Turn("为什么减少", "省高院2019年公务接待费为什么减少"),
        Turn("那会议费呢", "省高院2019年会议费为什么减少"),
    ),
    ("share", "sample"): (
        Turn("人社局项目支出多少"),
        Turn("占比多少", "人社局项目支出占比多少"),
        Turn("那基本支出呢", "人社局基本支出占比多少"),
    ),
    ("share", "shanghai"): (
        Turn("万里街道2023年项目支出多少"),
        Turn("占比多少", "万里街道2023年项目支出占比多少"),
        Turn("基本支出呢", "万里街道2023年基本支出占比多少"),
    ),
    ("share", "jiangsu"): (
        Turn("省政协办公厅2018年基本支出"),
        Turn("占比多少", "省政协办公厅2018年基本支出占比多少"),
        Turn("那项目支出呢", "省政协办公厅2018年项目支出占比多少"),
    ),
    ("kind", "sample"): (
        Turn("人社局三公经费多少"),
        Turn("决算呢", loaded=f"{SAMPLE_UNIT}已载入：2024年单位预算。"),
        Turn("预算呢", "人社局2024年预算三公经费多少"),
    ),
    ("kind", "shanghai"): (
        Turn("普陀区财政局三公经费"),
        Turn("决算呢", "普陀区财政局决算三公经费"),
        Turn("那2025年的预算呢", "普陀区财政局2025年预算三公经费"),
    ),
    ("kind", "jiangsu"): (
        Turn("省检察院2018年三公经费"),
        Turn("决算呢", loaded="江苏省人民检察院已载入：2018年部门预算。"),
        Turn("预算呢", "省检察院2018年预算三公经费"),
    ),
    ("scope", "sample"): (
        Turn("人社局项目支出多少"),
        Turn("部门的呢", loaded=f"{SAMPLE_UNIT}已载入：2024年单位预算。"),
        Turn("单位的呢", "人社局2024年单位预算项目支出多少"),
    ),
    ("scope", "shanghai"): (
        Turn("万里街道2023年三公经费"),
        Turn("单位的呢", loaded="上海市普陀区人民政府万里街道办事处已载入：2023年部门预算。"),
        Turn("部门的呢", "万里街道2023年部门预算三公经费"),
    ),
    ("scope", "jiangsu"): (
        Turn("省检察院2018年三公经费"),
        Turn("单位的呢", loaded="江苏省人民检察院已载入：2018年部门预算。"),
        Turn("部门的呢", "省检察院2018年部门预算三公经费"),
    ),
    ("pointing", "sample"): (
        Turn("人社局零工市场运营费用是多少"),
        Turn("这个的绩效目标", "人社局零工市场运营费用的绩效目标"),
        Turn("培训费又是多少", "人社局培训费是多少"),
    ),
    ("pointing", "shanghai"): (
        Turn("万里街道2023年项目支出"),
        Turn("这个占比多少", "万里街道2023年项目支出占比多少"),
        Turn("基本支出又是多少", "万里街道2023年基本支出占比多少"),
    ),
    ("pointing", "jiangsu"): (
        Turn("省政协办公厅2018年三公经费"),
        Turn("会议费又是多少", "省政协办公厅2018年会议费"),
        Turn("改问省委办公厅", "江苏省委办公厅2018年会议费"),
    ),
    ("place in a list", "sample"): (
        Turn("人社局项目支出"),
        Turn("具体有哪些", "人社局项目支出具体有哪些"),
        Turn("第二项是多少", "人社局2024年的2024年省级财政就业补助资金是多少"),
    ),
    ("place in a list", "shanghai"): (
        Turn("万里街道2023年项目支出有哪些"),
        Turn("第一个项目的绩效目标", "万里街道2023年的新建万里街道社区公共服务中心的绩效目标"),
        Turn("第三个呢", "万里街道2023年的社区环境整治和建设经费的绩效目标"),
    ),
    ("place in a list", "jiangsu"): (
        Turn("省高院2019年一般公共预算支出明细"),
        Turn("第一项呢", "省高院2019年公开07表的公共安全支出"),
        Turn("第3项是多少", "省高院2019年公开07表的行政运行是多少"),
    ),
}
"""(follow-up kind, document family) → its turns: 那去年呢/2017年的呢, 那省委办公厅呢, 其中公务接待费呢,
它的绩效目标/为什么减少, 占比多少, 决算呢, 单位的呢/部门的呢, 这个的绩效目标/又是多少/改问, 第二项是多少
after a list; the sample, Shanghai's and Jiangsu's disclosures."""


def read_in_process(answers: AnswerService, turns: tuple[Turn, ...]) -> list[Answer]:
    """The conversation as the answer service reads it, each turn against the context before."""
    replies = []
    context: Context | None = None
    for turn in turns:
        reply = answers.converse(turn.question, context)
        replies.append(reply.answer)
        context = reply.context
    return replies


def understood_line(text: str) -> str:
    """The line a follow-up's answer opens with (按“…”理解：), or ''."""
    first = text.split("\n", 1)[0]
    return first if first.startswith("按“") and first.endswith("”理解：") else ""


TARGET_FIELDS: dict[str, Any] = {
    "实施期资金总额": PerformanceTarget.total_amount,
    "项目期": PerformanceTarget.period,
}
"""The 绩效目标表 fields a fact may be read from besides 年度资金总额."""


def figures_stored_for(engine: Engine, fact: Fact) -> set[Decimal]:
    """The figures the database holds where a fact says it was read: a table's cells in its column (and
    row, when it names one), a project's 绩效目标表 money, or the figures its narrative states; each of
    the fact's own document."""
    source = fact.source
    query: Any
    if source.column and source.title != PERFORMANCE_TITLE:
        query = (
            select(Figure.value, Disclosure.unit_name, Disclosure.year)
            .join(TableRow, Figure.row_id == TableRow.id)  # type: ignore[arg-type]
            .join(BudgetTable, TableRow.table_id == BudgetTable.id)  # type: ignore[arg-type]
            .join(Disclosure, BudgetTable.disclosure_id == Disclosure.id)  # type: ignore[arg-type]
            .where(BudgetTable.title == source.title, Figure.column == source.column)
            .where(TableRow.label.contains(source.row))  # type: ignore[attr-defined]
        )
    elif source.row:
        field = TARGET_FIELDS.get(source.column, PerformanceTarget.annual_amount)
        query = (
            select(field, Disclosure.unit_name, Disclosure.year)
            .join(Disclosure, PerformanceTarget.disclosure_id == Disclosure.id)  # type: ignore[arg-type]
            .where(PerformanceTarget.project == source.row)
        )
    else:
        query = select(StatedFigure.value, Disclosure.unit_name, Disclosure.year).join(
            Disclosure,
            StatedFigure.disclosure_id == Disclosure.id,  # type: ignore[arg-type]
        )
    with Session(engine) as session:
        found = list(session.exec(query))
    return {
        Decimal(0)
        if value is None
        else Decimal(re.sub(r"\D", "", value) or 0)
        if isinstance(value, str)
        else value
        for value, unit, year in found  # None: a cell printed blank; 3年: a 项目期
        if source.document.startswith(f"{unit} {year}年")
    }


def stored_facts(answer: Answer) -> list[Fact]:
    """The facts of an answer that hold a figure as the document prints it (not a share worked out
    from two cells)."""
    return [
        fact
        for fact in answer.facts
        if fact.value is not None
        and (fact.source.column or fact.source.section)
        and not (fact.source.column and fact.unit == "%")
        and not fact.source.inputs
    ]


def plain(answer: Answer) -> str:
    """An answer as the terminal shows it."""
    return answer.text.strip()


def check_turn(
    engine: Engine, answers: AnswerService, turn: Turn, shown: str, read: Answer, render: Render = plain
) -> int:
    """Check what a channel showed for one turn (`shown`, plain text) against the in-process reading
    (`read`, as the channel renders it) and the database; return how many figures were matched to the
    stored records."""
    assert shown.strip() == render(read).strip(), (turn.question, shown, read.text)
    if turn.loaded:
        assert read.status == "not_found" and not read.facts, (turn.question, read.text)
        assert understood_line(shown) and shown.rstrip().endswith(turn.loaded), (turn.question, shown)
        return 0
    if not turn.means:
        assert not understood_line(shown), (turn.question, shown)
        return 0
    full = answers.answer(turn.means)
    assert read.status == "answered" and read.facts, (turn.question, read.text)
    sourced = [(fact.label, fact.value, fact.source.describe()) for fact in read.facts]
    assert sourced == [(fact.label, fact.value, fact.source.describe()) for fact in full.facts], turn
    said = understood_line(shown)
    documents = {fact.source.document for fact in read.facts}
    assert said and (len(documents) > 1 or documents.pop() in said), (turn.question, shown)
    stored = stored_facts(read)
    for fact in stored:
        assert fact.value in figures_stored_for(engine, fact), (turn.question, fact)
    valued = [fact for fact in read.facts if fact.value is not None]
    assert any(f"{fact.value:,}" in shown or f"{fact.value}" in shown for fact in valued), (turn, shown)
    return len(stored)


def check_conversation(
    engine: Engine, answers: AnswerService, turns: tuple[Turn, ...], shown: list[str], render: Render = plain
) -> None:
    """Check a channel's replies to a conversation, turn by turn: at least one of its follow-ups gives
    figures that are the database's own."""
    read = read_in_process(answers, turns)
    assert len(shown) == len(turns), shown
    matched = sum(
        check_turn(engine, answers, turn, said, answer, render)
        for turn, said, answer in zip(turns, shown, read, strict=True)
    )
    assert matched, turns

"""表格对得上吗 asked in a chat: the audit of the document asked about, its errors with their places,
never an item's figure; a question about one item's agreement with last year is no audit."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.engine.composer import Composer
from bot.engine.reading import ReadingKind
from knowledge.audit import run_checks
from knowledge.models import Disclosure


def audit_of(engine: Engine, unit: str) -> tuple[int, int]:
    """(errors, warnings) as `budgetbot check` finds them in the unit's one current document."""
    with Session(engine) as session:
        disclosure = session.exec(
            select(Disclosure).where(Disclosure.unit_name == unit, Disclosure.is_current)
        ).one()
        report = run_checks(session, disclosure)
    return (
        sum(finding.severity == "error" for finding in report.findings),
        sum(finding.severity == "warning" for finding in report.findings),
    )


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("汾阳人社局的表格对得上吗", "汾阳市人力资源和社会保障局"),
        ("省高院2019年的数据一致吗", "江苏省高级人民法院"),
        ("上海市财政局各表数字有没有错", "上海市财政局"),
        ("帮我核对一下规划资源局的报表", "上海市普陀区规划和自然资源局"),
        ("检查汾阳人社局的表格是否一致", "汾阳市人力资源和社会保障局"),
        ("核查一下省高院2019年各表数字是否相符", "江苏省高级人民法院"),
        ("汾阳人社局哪些表对不上", "汾阳市人力资源和社会保障局"),
        ("省检察院2018年有没有对不上的表", "江苏省人民检察院"),
        ("万里街道哪张表对不上", "上海市普陀区人民政府万里街道办事处"),
        ("汾阳人社局的数据准确吗", "汾阳市人力资源和社会保障局"),
        ("省高院2019年的数字准不准", "江苏省高级人民法院"),
        ("规划资源局2024年决算表格有没有问题", "上海市普陀区规划和自然资源局"),
    ],
)
def test_whether_the_tables_agree_is_the_documents_audit(
    families: Composer, corpus_engine: Engine, question: str, unit: str
) -> None:
    answer = families.answer(question)
    errors, warnings = audit_of(corpus_engine, unit)
    assert answer.status == "answered" and answer.intent == ReadingKind.CHECK.value, answer.text
    assert f"发现：错误 {errors} 项，警告 {warnings} 项" in answer.text, answer.text
    assert ("【错误】" in answer.text) == bool(errors), answer.text
    assert f"budgetbot check {unit}" in answer.text and not answer.facts, answer.text


def test_asked_with_several_documents_and_none_named_it_asks_which(families: Composer) -> None:
    answer = families.answer("表格对得上吗")
    assert answer.status == "ambiguous" and answer.choices, answer.text
    chosen = families.choose(answer.choices[0])
    assert chosen.intent == ReadingKind.CHECK.value, chosen.text


@pytest.mark.parametrize(
    "question",
    [
        "人社局公务用车购置费与上年一致吗",
        "省高院三公经费和上年一致吗",
        "汾阳人社局数据准确率多少",
        "零工市场数据准确吗",
    ],
)
def test_an_items_agreement_with_last_year_is_no_audit(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.intent != ReadingKind.CHECK.value, answer.text


@pytest.mark.parametrize(
    "question", ["省高院2018年各表一致吗", "汾阳人社局2023年表格对得上吗", "万里街道2022年数据一致吗"]
)
def test_whether_the_tables_of_a_year_not_loaded_agree_is_not_found_quoting_nothing(
    families: Composer, question: str
) -> None:
    """The audit of a year not loaded: not found, naming what is; no later year's narrative is quoted, for
    its comparisons with last year say nothing of whether that year's tables agree."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "已载入" in answer.text and "“" not in answer.text, answer.text

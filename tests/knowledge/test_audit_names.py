"""Rules on names and completeness: one thing under two names, tables missing or misnumbered."""

from __future__ import annotations

import pytest

from knowledge.audit import Finding, run_checks
from knowledge.models import Disclosure, Passage
from tests.knowledge.audit_documents import consistent_disclosure, table_of


def findings_of(disclosure: Disclosure, rule_id: str) -> list[Finding]:
    return [f for f in run_checks(None, disclosure).findings if f.rule_id == rule_id]


def test_consistent_document_passes_name_and_completeness_rules() -> None:
    passed = {rule.id for rule in run_checks(None, consistent_disclosure()).passed}
    assert {"N01", "N02", "C02"} <= passed


def test_project_named_differently_in_its_target_is_found_with_the_differing_characters() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets[1].project = "山西甲丙律师事务所法律顾问费"
    found = findings_of(disclosure, "N01")
    assert len(found) == 1
    assert "“乙” ↔ “丙”" in found[0].message
    assert found[0].sources[0].row == "山西甲乙律师事务所法律顾问费"
    assert found[0].sources[1].table == "项目支出绩效目标表《山西甲丙律师事务所法律顾问费》"


def test_target_without_any_project_is_a_note() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets[1].project = "完全不同的项目"
    disclosure.targets[1].annual_amount = None
    found = findings_of(disclosure, "N01")
    assert sorted(f.severity for f in found) == ["info", "info"]


def test_one_code_with_two_names_is_found() -> None:
    disclosure = consistent_disclosure()
    row = next(r for r in table_of(disclosure, "支出总表").rows if r.code == "2080104")
    row.label = "综合业务管理事务"
    found = findings_of(disclosure, "N02")
    assert len(found) == 1 and "2080104" in found[0].message


def test_missing_standard_table_is_found_and_a_declared_empty_one_is_not() -> None:
    disclosure = consistent_disclosure()
    found = [f.message for f in findings_of(disclosure, "C01")]
    assert found == [
        "预算公开缺少政府性基金预算表（也没有注明本表无数据）",
        "预算公开缺少国有资本经营预算表（也没有注明本表无数据）",
    ]
    disclosure.tables.append(
        type(disclosure.tables[0])(
            position=11, title="政府性基金预算支出表", kind="政府性基金支出", no_data=True
        )
    )
    assert len(findings_of(disclosure, "C01")) == 1


def test_gap_in_table_numbers_is_found() -> None:
    disclosure = consistent_disclosure()
    table_of(disclosure, "三公经费").number_value = 12
    found = [f.message for f in findings_of(disclosure, "C02")]
    assert found == [
        "表号不连续：没有找到第7张表（目录或表号跳过了它）",
        "表号不连续：没有找到第11张表（目录或表号跳过了它）",
    ]


@pytest.mark.parametrize(
    "sentence",
    ["2024年本单位无国有资本经营预算收入。", "本部门国有资本经营预算收入为0万元，与上年数一致。"],
)
def test_missing_table_whose_budget_the_narrative_says_the_unit_has_none_of_is_a_note(sentence: str) -> None:
    disclosure = consistent_disclosure()
    disclosure.passages.append(Passage(position=99, section="（二）国有资本经营预算收支情况", text=sentence))
    found = findings_of(disclosure, "C01")
    assert [(f.severity, "国有资本" in f.message) for f in found] == [("warning", False), ("info", True)]
    assert found[1].sources[0].sentence == sentence.rstrip("。")


def test_a_narrative_spending_the_missing_budget_does_not_excuse_the_table() -> None:
    disclosure = consistent_disclosure()
    text = "国有资本经营预算收入100万元，主要用于无线网络建设。"
    disclosure.passages.append(Passage(position=99, section="其他说明", text=text))
    assert [f.severity for f in findings_of(disclosure, "C01")] == ["warning", "warning"]

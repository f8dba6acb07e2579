"""Rules within one table: a broken total is found with both sources, a consistent table is silent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.audit import Finding, run_checks
from knowledge.models import Disclosure
from tests.knowledge.audit_documents import consistent_disclosure, set_cell, table_of


def findings_of(disclosure: Disclosure, rule_id: str) -> list[Finding]:
    report = run_checks(None, disclosure)
    return [finding for finding in report.findings if finding.rule_id == rule_id]


@pytest.mark.parametrize("rule_id", ["T01", "T02", "T03", "T04"])
def test_consistent_document_passes_every_table_rule(rule_id: str) -> None:
    report = run_checks(None, consistent_disclosure())
    assert rule_id in [rule.id for rule in report.passed]


def test_subject_total_differing_from_its_children_is_an_error_naming_both_cells() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "支出总表", "人力资源和社会保障管理事务", "2024年预算数/基本支出", "21.00")
    set_cell(disclosure, "支出总表", "人力资源和社会保障管理事务", "2024年预算数/合计", "121.00")
    found = [f for f in findings_of(disclosure, "T01") if f.sources[0].row.startswith("20801")]
    assert [(f.severity, f.sources[0].column, f.difference) for f in found] == [
        ("error", "2024年预算数/合计", Decimal("1.00")),
        ("error", "2024年预算数/基本支出", Decimal("1.00")),
    ]
    assert found[0].sources[1].value == Decimal("120.00")
    assert "表3" in found[0].sources[0].table


def test_hierarchy_without_parent_links_is_read_from_code_lengths() -> None:
    disclosure = consistent_disclosure()
    for row in table_of(disclosure, "一般公共预算支出表").rows:
        row.parent = None
    set_cell(disclosure, "一般公共预算支出表", "住房公积金", "2024年预算数/合计", "31.00")
    set_cell(disclosure, "一般公共预算支出表", "住房公积金", "2024年预算数/基本支出", "31.00")
    found = findings_of(disclosure, "T01")
    assert {f.sources[0].row for f in found} == {"22102 住房改革支出"}


def test_grand_total_row_is_checked_against_the_class_rows() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "收入总表", "合计", "上年结转", "41.00")
    found = findings_of(disclosure, "T01")
    assert [(f.sources[0].row, f.difference) for f in found] == [("合计", Decimal("1.00"))]


def test_project_rows_off_by_a_cent_are_a_rounding_warning() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "项目支出", "2024年零工市场运营费用", "合计", "49.99")
    set_cell(disclosure, "项目支出", "2024年零工市场运营费用", "2024年财政拨款/一般公共预算", "49.99")
    found = findings_of(disclosure, "T02")
    assert len(found) == 1, "two columns with the same gap make one finding"
    assert found[0].severity == "warning"
    assert found[0].sources[0].column == "合计、一般公共预算"
    assert "舍入" in found[0].message
    assert found[0].sources[0].value == Decimal("60.00") and found[0].sources[1].value == Decimal("59.99")


def test_side_by_side_subtotal_is_checked_against_numbered_rows() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "收支总表", "二、住房保障支出", "2024年合计", "31.00", side="支出")
    set_cell(disclosure, "收支总表", "二、住房保障支出", "当年预算安排", "31.00", side="支出")
    found = findings_of(disclosure, "T02")
    assert {f.sources[0].row for f in found} == {"本年支出合计"}
    assert all(f.severity == "error" for f in found)


def test_three_public_items_and_economic_categories_are_checked() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "三公经费", "②公务用车运行维护费", "2024年预算数/合计", "4.00")
    set_cell(disclosure, "基本支出经济科目表", "办公费", "2024年预算数/合计", "6.00")
    rows = {f.sources[0].row for f in findings_of(disclosure, "T02")}
    assert rows == {"公务用车购置及运行费", "商品和服务支出"}


def test_total_column_differing_from_its_parts_is_found() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "基本支出经济科目表", "基本工资", "2024年预算数/人员经费", "9.00")
    found = [f for f in findings_of(disclosure, "T03") if f.sources[0].row == "基本工资"]
    assert len(found) == 1
    assert found[0].sources[1].column == "人员经费、公用经费"
    assert found[0].difference == Decimal("1.00")


def test_a_single_part_cannot_differ_by_rounding() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "一般公共预算支出表", "行政运行", "2024年预算数/合计", "20.01")
    found = [f for f in findings_of(disclosure, "T03") if f.sources[0].row.endswith("行政运行")]
    assert [f.severity for f in found] == ["error"]


def test_income_total_must_equal_spending_total() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "收支总表", "收入总计", "金额", "151.00", side="收入")
    found = findings_of(disclosure, "T04")
    assert [(f.sources[0].row, f.sources[1].row, f.difference) for f in found] == [
        ("收入总计", "支出总计", Decimal("1.00"))
    ]


def test_table_rule_without_its_table_is_reported_not_run_never_passed() -> None:
    disclosure = consistent_disclosure()
    disclosure.tables = [t for t in disclosure.tables if t.kind != "收支总表"]
    report = run_checks(None, disclosure)
    not_run = {rule.id: reason for rule, reason in report.not_run}
    assert "收支总表" in not_run["T04"]
    assert "T04" not in [rule.id for rule in report.passed]


def test_total_without_a_subtotal_row_is_checked_against_the_numbered_rows() -> None:
    """Shanghai 财务收支预算总表: 收入总计 right under 一、二、… without 本年收入合计."""
    disclosure = consistent_disclosure()
    summary = table_of(disclosure, "收支总表")
    summary.rows = [r for r in summary.rows if r.label not in ("本年收入合计", "上年结转")]
    set_cell(disclosure, "收支总表", "收入总计", "金额", "110.00", side="收入")
    assert [f for f in findings_of(disclosure, "T02") if f.sources[0].row == "收入总计"] == []
    set_cell(disclosure, "收支总表", "收入总计", "金额", "111.00", side="收入")
    found = [f for f in findings_of(disclosure, "T02") if f.sources[0].row == "收入总计"]
    assert [f.difference for f in found] == [Decimal("1.00")]

"""Rules between tables: a figure that disagrees with another table is found, agreement is silent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.audit import Finding, run_checks
from knowledge.models import Disclosure
from tests.knowledge.audit_documents import build_table, consistent_disclosure, set_cell


def findings_of(disclosure: Disclosure, rule_id: str) -> list[Finding]:
    return [f for f in run_checks(None, disclosure).findings if f.rule_id == rule_id]


@pytest.mark.parametrize("rule_id", ["X01", "X02", "X03", "X04", "X05", "X06", "X07"])
def test_consistent_document_passes_every_cross_table_rule(rule_id: str) -> None:
    report = run_checks(None, consistent_disclosure())
    assert rule_id in [rule.id for rule in report.passed]


def test_carry_over_printed_differently_in_two_tables_is_an_error() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "收支总表", "上年结转", "金额", "41.00", side="收入")
    found = [f for f in findings_of(disclosure, "X01") if f.message.startswith("上年结转")]
    assert len(found) == 1
    assert {s.table for s in found[0].sources} == {
        "表1《2024年预算收支总表》",
        "表2《2024年预算收入总表》",
    }
    assert found[0].difference == Decimal("1.00")


def test_basic_spending_of_the_function_table_must_match_the_economic_table() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "基本支出经济科目表", "合计", "2024年预算数/合计", "51.00")
    found = findings_of(disclosure, "X01")
    assert [f.message.split("：")[0] for f in found] == ["一般公共预算基本支出"]


def test_class_row_of_the_summary_must_match_the_spending_table() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "收支总表", "二、住房保障支出", "2024年合计", "31.00", side="支出")
    found = findings_of(disclosure, "X02")
    assert [(f.sources[1].row, f.difference) for f in found] == [("221 住房保障支出", Decimal("1.00"))]


def test_economic_row_above_its_three_public_item_is_an_error() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "三公经费", "②公务用车运行维护费", "2024年预算数/合计", "4.00")
    found = findings_of(disclosure, "X03")
    assert [(f.sources[0].row, f.sources[1].row, f.difference) for f in found] == [
        ("公务用车运行维护费", "②公务用车运行维护费", Decimal("10000"))
    ]


def test_three_public_item_above_the_economic_row_is_fine_projects_pay_it_too() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "三公经费", "②公务用车运行维护费", "2024年预算数/合计", "6.00")
    assert findings_of(disclosure, "X03") == []


def test_running_cost_above_public_cost_is_an_error_and_below_a_note() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "机关运行经费", "部门合计", "2024预算数/合计", "11.00")
    assert [f.severity for f in findings_of(disclosure, "X04")] == ["error"]
    set_cell(disclosure, "机关运行经费", "部门合计", "2024预算数/合计", "9.00")
    assert [f.severity for f in findings_of(disclosure, "X04")] == ["info"]


def test_project_tables_must_add_up_to_project_spending() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "支出总表", "合计", "2024年预算数/项目支出", "101.00")
    found = findings_of(disclosure, "X05")
    assert [(f.severity, f.sources[1].value) for f in found] == [("error", Decimal("100.00"))]


def test_project_amount_differing_from_its_target_names_both_in_their_units() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets[0].annual_amount = Decimal("500100")
    disclosure.targets[0].total_amount = Decimal("510000")
    found = findings_of(disclosure, "X06")
    assert len(found) == 1
    table_side, annual, total = found[0].sources
    assert (table_side.value, table_side.unit) == (Decimal("50.00"), "万元")
    assert (annual.value, annual.unit, annual.row) == (Decimal("500100"), "元", "年度资金总额")
    assert total.value == Decimal("510000")
    assert found[0].difference == Decimal("-0.01")


def test_conversion_rounding_within_half_a_cent_is_not_a_finding() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets[0].annual_amount = Decimal("500040")  # 50.004 万元 prints as 50.00
    disclosure.targets[0].total_amount = Decimal("500040")
    assert findings_of(disclosure, "X06") == []


def test_renamed_project_is_still_paired_with_its_target() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets[1].project = "山西甲丙律师事务所法律顾问费"
    disclosure.targets[1].annual_amount = Decimal("90000")
    found = findings_of(disclosure, "X06")
    assert [f.sources[0].row for f in found] == ["山西甲乙律师事务所法律顾问费"]


def test_one_year_target_with_two_different_totals_is_a_warning() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets[0].total_amount = Decimal("510000")
    found = findings_of(disclosure, "X07")
    assert [(f.severity, f.difference) for f in found] == [("warning", Decimal("10000"))]


def test_without_targets_the_project_rule_is_not_run() -> None:
    disclosure = consistent_disclosure()
    disclosure.targets = []
    report = run_checks(None, disclosure)
    assert "X06" in [rule.id for rule, _reason in report.not_run]


def test_three_public_items_read_from_columns_and_compared_across_units() -> None:
    """Shanghai layout: 三公 as one row of columns in 万元, the economic table in 元."""
    disclosure = consistent_disclosure()
    economic = next(t for t in disclosure.tables if t.kind == "基本支出经济科目表")
    economic.unit_of_measure = "元"
    for row in economic.rows:
        for cell in row.figures:
            if cell.value is not None:
                cell.value *= 10_000
    public = next(t for t in disclosure.tables if t.kind == "三公经费")
    public.kind = "三公经费和机关运行经费"
    columns = [
        "三公经费预算数/合计",
        "三公经费预算数/公务用车购置及运行费/小计",
        "三公经费预算数/公务用车购置及运行费/运行费",
    ]
    public.rows = [
        build_table("三公经费和机关运行经费", 7, "", columns, [("", "", "5.00", "5.00", "5.00")]).rows[0]
    ]
    assert findings_of(disclosure, "X03") == []
    public.rows[0].figures[2].value = Decimal("4.00")
    found = findings_of(disclosure, "X03")
    assert [(f.sources[1].column, f.difference, f.unit) for f in found] == [
        ("三公经费预算数/公务用车购置及运行费/运行费", Decimal("10000"), "元")
    ]


def test_same_total_one_last_digit_apart_in_two_tables_is_a_warning() -> None:
    disclosure = consistent_disclosure()
    set_cell(disclosure, "收支总表", "二、住房保障支出", "2024年合计", "30.01", side="支出")
    found = findings_of(disclosure, "X02")
    assert [(f.severity, f.difference) for f in found] == [("warning", Decimal("0.01"))]


def test_running_cost_in_wan_against_public_cost_in_yuan_allows_the_conversion_rounding() -> None:
    disclosure = consistent_disclosure()
    economic = next(t for t in disclosure.tables if t.kind == "基本支出经济科目表")
    economic.unit_of_measure = "元"
    set_cell(disclosure, "基本支出经济科目表", "合计", "2024年预算数/公用经费", "100035")
    assert findings_of(disclosure, "X04") == [], "10.00 万元 is 100035 元 rounded"
    set_cell(disclosure, "基本支出经济科目表", "合计", "2024年预算数/公用经费", "99000")
    found = findings_of(disclosure, "X04")
    assert [(f.severity, f.difference, f.unit) for f in found] == [("error", Decimal("1000"), "元")]

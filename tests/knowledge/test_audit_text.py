"""Rules between narrative and tables: stated amounts, percentages and facts stated twice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.audit import Finding, run_checks
from knowledge.models import Disclosure, StatedFigure
from tests.knowledge.audit_documents import consistent_disclosure


def findings_of(disclosure: Disclosure, rule_id: str) -> list[Finding]:
    return [f for f in run_checks(None, disclosure).findings if f.rule_id == rule_id]


def stated(disclosure: Disclosure, raw: str, subject: str) -> StatedFigure:
    return next(f for f in disclosure.stated_figures if f.raw == raw and f.subject == subject)


def restate(figure: StatedFigure, raw: str) -> None:
    """Make the narrative say `raw` where it said figure.raw."""
    figure.sentence = figure.sentence.replace(figure.raw, raw)
    figure.value = Decimal(raw.rstrip("万元%辆部"))
    figure.unit = raw[len(raw.rstrip("万元%辆部")) :]
    figure.raw = raw


@pytest.mark.parametrize("rule_id", ["S01", "S02", "S03"])
def test_consistent_narrative_passes(rule_id: str) -> None:
    report = run_checks(None, consistent_disclosure())
    assert rule_id in [rule.id for rule in report.passed]


def test_stated_amount_differing_from_the_table_names_sentence_and_cell() -> None:
    disclosure = consistent_disclosure()
    restate(stated(disclosure, "50.00万元", "基本支出"), "51.00万元")
    found = findings_of(disclosure, "S01")
    assert len(found) == 1
    narrative, table = found[0].sources
    assert "51.00万元" in narrative.sentence and narrative.value == Decimal("51.00")
    assert table.table.startswith("表3") and table.column == "2024年预算数/基本支出"
    assert found[0].difference == Decimal("1")


def test_amount_in_yuan_where_the_table_says_wan_is_flagged_as_a_unit_slip() -> None:
    disclosure = consistent_disclosure()
    restate(stated(disclosure, "50.00万元", "基本支出"), "50.00元")
    found = findings_of(disclosure, "S01")
    assert len(found) == 1 and "单位可能写错" in found[0].message


def test_amount_whose_subject_names_no_table_figure_is_not_checked() -> None:
    disclosure = consistent_disclosure()
    figure = stated(disclosure, "50.00万元", "基本支出")
    figure.subject = "政府采购预算总额"
    restate(figure, "99.00万元")
    assert findings_of(disclosure, "S01") == []


def test_wrong_share_is_recomputed_from_the_stated_amounts() -> None:
    disclosure = consistent_disclosure()
    restate(stated(disclosure, "33.33%", "基本支出"), "35.00%")
    found = findings_of(disclosure, "S02")
    assert len(found) == 1
    assert "应为 33.33%" in found[0].message
    assert found[0].sources[1].value == Decimal("150.00")


def test_change_percentage_taken_on_this_years_amount_is_explained() -> None:
    disclosure = consistent_disclosure()
    restate(stated(disclosure, "20.00%", "机关运行经费"), "25.00%")
    for figure in disclosure.stated_figures:
        if figure.raw == "25.00%":
            figure.kind, figure.direction = "change", "减少"
        if figure.raw == "2.50万元" or figure.raw == "10.00万元":
            figure.subject = "机关运行经费"
    found = findings_of(disclosure, "S02")
    assert len(found) == 1
    assert "应为 20.00%" in found[0].message and "以本年数" in found[0].message


def test_vehicle_count_stated_twice_with_different_values_is_a_warning() -> None:
    disclosure = consistent_disclosure()
    restate(stated(disclosure, "2部", "实有小型车辆"), "3部")
    found = findings_of(disclosure, "S03")
    assert [(f.severity, f.sources[0].value, f.sources[1].value) for f in found] == [
        ("warning", Decimal("3"), Decimal("2"))
    ]
    assert "实有小型车辆3部" in found[0].sources[0].sentence


def test_vehicle_quota_is_not_mistaken_for_the_vehicles_held() -> None:
    disclosure = consistent_disclosure()
    quota = next(f for f in disclosure.stated_figures if f.subject == "公务用车编制")
    quota.value = Decimal("5")
    quota.raw = "5辆"
    for figure in (f for f in disclosure.stated_figures if f.passage is quota.passage):
        figure.sentence = figure.sentence.replace("编制2辆", "编制5辆")
    assert findings_of(disclosure, "S03") == []


def test_without_narrative_figures_the_text_rules_are_not_run() -> None:
    disclosure = consistent_disclosure()
    disclosure.stated_figures = []
    not_run = {rule.id for rule, _reason in run_checks(None, disclosure).not_run}
    assert {"S01", "S02", "S03"} <= not_run

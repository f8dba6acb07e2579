"""The audit report: findings grouped by severity with their sources, rules not run listed apart."""

from __future__ import annotations

import json

from knowledge.audit import run_checks
from knowledge.audit.report import report_json, report_lines
from tests.knowledge.audit_documents import consistent_disclosure, set_cell


def broken_report():  # type: ignore[no-untyped-def]
    disclosure = consistent_disclosure()
    set_cell(disclosure, "项目支出", "2024年零工市场运营费用", "合计", "49.99")
    set_cell(disclosure, "项目支出", "2024年零工市场运营费用", "2024年财政拨款/一般公共预算", "49.99")
    disclosure.targets[1].project = "山西甲丙律师事务所法律顾问费"
    disclosure.stated_figures = []
    return run_checks(None, disclosure)


def test_text_report_groups_by_severity_and_states_the_tolerance() -> None:
    lines = report_lines(broken_report())
    text = "\n".join(lines)
    assert lines[0] == "勾稽检查：汾阳市测试局 2024年预算"
    assert "舍入容差" in text
    assert text.index("【错误】") < text.index("【警告】")
    assert "[X06]" in text.split("【警告】")[0]
    assert "[T02]" in text.split("【警告】")[1]
    assert "   · 汾阳市测试局 2024年预算 · 表9《2024年项目支出预算表（本年预算）》" in text


def test_rules_not_run_are_listed_apart_from_passes() -> None:
    text = "\n".join(report_lines(broken_report()))
    passed, not_run = text.split("未运行的规则（不算通过）：")
    assert "S01" in not_run and "S01" not in passed


def test_json_keeps_exact_amounts_and_every_source() -> None:
    data = json.loads(json.dumps(report_json(broken_report()), ensure_ascii=False))
    assert data["has_errors"] is True
    rounding = next(f for f in data["findings"] if f["rule"] == "T02")
    assert rounding["severity"] == "warning"
    assert [s["value"] for s in rounding["sources"]] == ["60.00", "59.99"]
    assert rounding["difference"] == "0.01"
    assert {"rule": "S02", "reason": "说明中没有百分比"} in data["not_run"]

"""The audit on published documents: the layout mechanisms leave no false findings and keep true ones."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.services.checks import check_documents


def findings(engine: Engine, reference: str, rule_id: str) -> list[str]:
    (report,) = check_documents(engine, reference)
    return [f["message"] for f in report.json["findings"] if f["rule"] == rule_id]


@pytest.mark.parametrize("reference", ["省高院", "省检察院", "省政协办公厅", "省委办公厅2018"])
def test_procurement_catalogue_rows_add_up_in_jiangsu_tables(corpus_engine: Engine, reference: str) -> None:
    for rule_id in ("T01", "T03"):
        assert [m for m in findings(corpus_engine, reference, rule_id) if "政府采购" in m] == []


@pytest.mark.parametrize("reference", ["省高院", "省检察院", "人大常委会办公厅2019"])
def test_jiangsu_summary_total_is_summed_in_its_own_block(corpus_engine: Engine, reference: str) -> None:
    assert [m for m in findings(corpus_engine, reference, "T02") if "收支预算总表" in m] == []


def test_true_total_gaps_stay_found_on_the_sample_and_shanghai(corpus_engine: Engine) -> None:
    assert any("218.14" in m for m in findings(corpus_engine, "人社局", "T03"))
    assert any("2940.05" in m for m in findings(corpus_engine, "财政局2024年决算", "T01"))


def test_share_of_the_three_public_total_is_taken_of_that_total(corpus_engine: Engine) -> None:
    assert findings(corpus_engine, "省高院", "S02") == []
    wrong_base = findings(corpus_engine, "人大常委会办公厅2017", "S02")
    assert len(wrong_base) == 3 and all("833.60" in m for m in wrong_base)


def test_shares_of_a_named_and_of_an_unnamed_whole_in_shanghai_stay_found(corpus_engine: Engine) -> None:
    assert any("9759.38" in m and "99.87%" in m for m in findings(corpus_engine, "规划和自然资源局", "S02"))
    assert any("2940.05" in m and "71.65%" in m for m in findings(corpus_engine, "财政局2024年决算", "S02"))


def test_a_percentage_of_another_subject_is_no_change_rate(corpus_engine: Engine) -> None:
    assert [m for m in findings(corpus_engine, "人大常委会办公厅2019", "S02") if "专项经费统一" in m] == []
    assert any("0.60%" in m for m in findings(corpus_engine, "省检察院", "S02"))


@pytest.mark.parametrize(
    ("reference", "severity"), [("省检察院", "info"), ("省政协办公厅", "info"), ("省高院", "warning")]
)
def test_a_missing_state_capital_table_is_excused_only_where_the_narrative_says_there_is_none(
    corpus_engine: Engine, reference: str, severity: str
) -> None:
    (report,) = check_documents(corpus_engine, reference)
    found = [f for f in report.json["findings"] if f["rule"] == "C01" and "国有资本" in f["message"]]
    assert [f["severity"] for f in found] == [severity]

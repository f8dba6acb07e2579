"""The standard tables: one enumeration of their kinds, each kind read from titles as provinces print them."""

from __future__ import annotations

import pytest

from knowledge.audit import RULES, rules_cross, rules_tables, rules_text  # noqa: F401  (registers the rules)
from knowledge.standard_tables import EXPECTED_TABLES, TABLE_RULES, TableKind, classify_title
from loaders import load_file, sample_path


def test_every_kind_but_other_has_one_rule() -> None:
    ruled = [rule.kind for rule in TABLE_RULES]
    assert len(ruled) == len(set(ruled))
    assert set(ruled) == set(TableKind) - {TableKind.OTHER}


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2024年预算收支总表", TableKind.SUMMARY),
        ("财务收支预算总表", TableKind.SUMMARY),
        ("收入支出决算总表", TableKind.SUMMARY),
        ("2019年部门收入预算总表", TableKind.INCOME),
        ("财政拨款收支预算总表", TableKind.FISCAL_SUMMARY),
        ("一般公共预算基本支出经济科目表", TableKind.BASIC_ECONOMIC),
        ("2024年财政拨款安排“三公”经费支出预算表", TableKind.THREE_PUBLIC),
        ("“三 公 ”经费和机关运行经费预算表", TableKind.THREE_PUBLIC_AND_RUNNING),
        ("2024年项目支出预算表（上年结转）", TableKind.PROJECTS_CARRIED_OVER),
        ("部门项目支出绩效目标表", TableKind.PERFORMANCE),
        ("政府性基金预算支出表", TableKind.FUND_SPENDING),
        ("2024年部门收支总体情况表", TableKind.SUMMARY),
        ("部门收入总体情况表", TableKind.INCOME),
        ("部门支出总体情况表", TableKind.SPENDING),
        ("财政拨款收支总体情况表", TableKind.FISCAL_SUMMARY),
        ("一般公共预算支出情况表", TableKind.GENERAL_SPENDING),
        ("一般公共预算基本支出情况表", TableKind.BASIC_ECONOMIC),
        ("单位基本情况表", TableKind.OTHER),
        ("财政拨款支出预算表（功能科目）", TableKind.FISCAL_SPENDING),
        ("2019年部门财政拨款支出决算表", TableKind.FISCAL_SPENDING),
        ("一般公共预算财政拨款支出决算表", TableKind.GENERAL_SPENDING),
        ("政府性基金预算财政拨款支出预算表", TableKind.FUND_SPENDING),
        ("财政拨款基本支出预算表（经济科目）", TableKind.BASIC_ECONOMIC),
    ],
)
def test_titles_of_several_provinces_read_as_their_kind(title: str, kind: TableKind) -> None:
    assert classify_title(title) is kind


def test_a_loaded_table_stores_the_value_of_its_kind() -> None:
    tables = load_file(sample_path()).disclosure.tables
    assert tables and all(table.kind in set(TableKind) for table in tables)
    assert TableKind.THREE_PUBLIC in {table.kind for table in tables}


def test_audit_rules_and_expected_tables_name_kinds_not_strings() -> None:
    needed = {kind for rule in RULES.values() for kind in rule.needs}
    expected = {kind for _name, kinds in EXPECTED_TABLES for kind in kinds}
    assert needed and expected
    assert all(isinstance(kind, TableKind) for kind in needed | expected)

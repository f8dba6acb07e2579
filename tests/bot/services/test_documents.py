"""Documents: the one a reference names (or all), their tables, and their versions, for every channel."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.services.documents import documents_meant, list_document_tables, list_documents, tables_by_document
from knowledge.errors import NotFound
from tests.bot.conftest import SECOND_UNIT

FENYANG = "汾阳市人力资源和社会保障局 2024年预算"
XIAOYI = f"{SECOND_UNIT} 2024年预算"


def test_no_reference_means_every_loaded_document(two_units_engine: Engine) -> None:
    documents = documents_meant(two_units_engine, None)
    assert {document.label for document in documents} == {FENYANG, XIAOYI}
    assert documents == documents_meant(two_units_engine, "")
    assert [document.table_count for document in documents] == [13, 13]


@pytest.mark.parametrize(
    ("reference", "label"), [("孝义人社局", XIAOYI), ("汾阳市人力资源和社会保障局", FENYANG), ("1", FENYANG)]
)
def test_a_reference_names_one_document(two_units_engine: Engine, reference: str, label: str) -> None:
    assert [document.label for document in documents_meant(two_units_engine, reference)] == [label]


def test_a_reference_naming_no_document_is_not_found_with_the_loaded_ones(two_units_engine: Engine) -> None:
    with pytest.raises(NotFound, match="财政局") as raised:
        documents_meant(two_units_engine, "财政局")
    assert FENYANG in str(raised.value) or XIAOYI in str(raised.value)


def test_tables_are_listed_per_document_and_for_one(two_units_engine: Engine) -> None:
    catalog = tables_by_document(two_units_engine)
    assert [document.label for document, _tables in catalog] == [
        d.label for d in list_documents(two_units_engine)
    ]
    assert all(len(tables) == document.table_count for document, tables in catalog)
    one = list_document_tables(two_units_engine, "孝义人社局")
    assert {table.document for table in one} == {XIAOYI}
    (xiaoyi_tables,) = [tables for document, tables in catalog if document.label == XIAOYI]
    assert one == xiaoyi_tables
    twelve = next(table for table in one if table.number == "表十二")
    assert twelve.rows > 0 and twelve.unit_of_measure == "万元" and "项目支出" in twelve.title


@pytest.mark.parametrize(
    ("reference", "label"),
    [
        ("财政局2024年决算", "上海市普陀区财政局 2024年决算"),
        ("普陀区财政局 2025年预算", "上海市普陀区财政局 2025年预算"),
        ("普陀区财政局2025", "上海市普陀区财政局 2025年预算"),
        ("规划和自然资源局决算", "上海市普陀区规划和自然资源局 2024年决算"),
        ("省高院2019年部门预算", "江苏省高级人民法院 2019年预算"),
        ("江苏省人民检察院 2018年", "江苏省人民检察院 2018年预算"),
        ("人社局2024年单位预算", "汾阳市人力资源和社会保障局 2024年预算"),
    ],
)
def test_a_reference_run_together_is_read_by_its_parts(
    corpus_engine: Engine, reference: str, label: str
) -> None:
    """Unit, year and kind written as one word, as people type them, name one document."""
    assert [document.label for document in documents_meant(corpus_engine, reference)] == [label]


@pytest.mark.parametrize(
    ("reference", "candidates"),
    [
        ("2024年决算", {"上海市普陀区财政局 2024年决算", "上海市普陀区规划和自然资源局 2024年决算"}),
        ("财政局2025年预算", {"上海市普陀区财政局 2025年预算", "上海市财政局 2025年预算"}),
    ],
)
def test_a_reference_naming_several_documents_says_so_and_lists_them(
    corpus_engine: Engine, reference: str, candidates: set[str]
) -> None:
    with pytest.raises(NotFound) as raised:
        documents_meant(corpus_engine, reference)
    told = str(raised.value)
    assert f"有{len(candidates)}份符合" in told and "请写得更具体" in told
    assert all(label in told for label in candidates)


def test_a_reference_to_a_unit_not_loaded_suggests_documents_of_that_year(corpus_engine: Engine) -> None:
    with pytest.raises(NotFound) as raised:
        documents_meant(corpus_engine, "教育局2024年决算")
    suggested = raised.value.suggestions
    assert suggested and all("2024年决算" in label for label in suggested[:2])

"""Tables that print last year's figures beside this year's (上年预算数, 上年执行数, 2023年预算数) keep them as
columns whose header says which year they are, so "比上年增加多少" is answered from the document itself —
whatever the file (text export, Excel, PDF drawn with or without rules) and however the column is named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.composer import Composer
from knowledge.database import open_engine
from loaders import load_file, load_into
from tests.loaders.county_budget import BUDGET, BUDGET_UNIT
from tests.loaders.county_documents import Document, Table
from tests.loaders.document_writers import write_pdf, write_text, write_xlsx

pytestmark = pytest.mark.slow  # draws PDFs and builds a composer for each


def spending_table(previous: str) -> Table:
    """支出总表 with last year's column named `previous` before this year's."""
    return Table(
        "部门公开表3",
        "2024年部门综合预算支出总表",
        BUDGET_UNIT,
        (("科目编码", "科目名称", previous, "2024年预算数", "增减额"),),
        (
            ("", "合计", "2,379.60", "2,512.00", "132.40"),
            ("210", "卫生健康支出", "2,080.00", "2,205.60", "125.60"),
            ("21001", "卫生健康管理事务", "1,410.00", "1,480.00", "70.00"),
            ("221", "住房保障支出", "113.20", "120.00", "6.80"),
        ),
        kind="支出总表",
    )


def document(previous: str) -> Document:
    table = spending_table(previous)
    return replace(BUDGET, tables=(table,), contents=(*BUDGET.contents[:4], f"{table.marker} {table.title}"))


def pdf_without_rules(doc: Document, path: Path) -> Path:
    return write_pdf(doc, path, "above", ruled=False)


WRITERS: dict[str, tuple[Callable[[Document, Path], Path], str]] = {
    "text": (write_text, "txt"),
    "xlsx": (write_xlsx, "xlsx"),
    "pdf": (write_pdf, "pdf"),
    "pdf-without-rules": (pdf_without_rules, "pdf"),
}
PREVIOUS = ["上年预算数", "2023年预算数", "上年执行数"]


@pytest.mark.parametrize("previous", PREVIOUS)
@pytest.mark.parametrize("form", list(WRITERS))
def test_last_years_column_is_kept_with_its_year(tmp_path: Path, form: str, previous: str) -> None:
    write, suffix = WRITERS[form]
    loaded = load_file(write(document(previous), tmp_path / f"pingchuan.{suffix}")).disclosure
    assert loaded.year == 2024
    (table,) = loaded.tables
    assert table.columns == ["科目编码", "科目名称", previous, "2024年预算数", "增减额"]
    row = next(row for row in table.rows if row.label == "卫生健康支出")
    assert [(figure.column, figure.value) for figure in row.figures] == [
        (previous, Decimal("2080.00")),
        ("2024年预算数", Decimal("2205.60")),
        ("增减额", Decimal("125.60")),
    ]


@pytest.mark.parametrize(
    ("form", "previous", "question", "this_year", "last_year"),
    [
        ("text", "上年预算数", "卫生健康支出比上年增加多少", "2205.60", "2080.00"),
        ("xlsx", "2023年预算数", "平川县卫生健康局住房保障支出和去年比增加了多少", "120.00", "113.20"),
        ("pdf", "上年执行数", "卫生健康管理事务较上年增长多少", "1480.00", "1410.00"),
        ("pdf-without-rules", "上年预算数", "住房保障支出比上年多了多少", "120.00", "113.20"),
    ],
)
def test_the_change_from_last_year_is_answered_from_the_table(
    tmp_path: Path, form: str, previous: str, question: str, this_year: str, last_year: str
) -> None:
    write, suffix = WRITERS[form]
    path = write(document(previous), tmp_path / f"pingchuan.{suffix}")
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert load_into(engine, path).error is None
    answer = Composer(engine).answer(question)
    engine.dispose()
    assert answer.status == "answered", answer.text
    values = {fact.value for fact in answer.facts}
    assert {Decimal(this_year), Decimal(last_year)} <= values, answer.text
    assert previous in answer.text, answer.text

"""Layouts of provinces the corpus lacks load whole, in every format a unit publishes: a Beijing district's
部门预算 (tests/loaders/yongding_budget.py: 表1, 表1-1 … numbering, the 财政部 template's titles, a 2023年执行数
column beside a split 2024年预算数, a “三公” table of rows by year), a Zhejiang county's (ningxi_budget.py:
2024年部门预算公开表（一） numbering, 类/款/项 code columns, 单位：万元 inside the header, 合计 last, a unit
list) and a county 决算 (qingfeng_final_accounts.py: 附表 numbering, 元, 年初预算数/调整预算数/决算数, the
narrative interleaved with the tables). Every table, row label, unit and figure arrives, and the bot answers
from them with the right source.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.composer import Composer
from knowledge.database import open_engine
from knowledge.models import BudgetTable
from loaders import load_file, load_into
from loaders.blocks import LoadedDocument
from loaders.contents import parse_marker
from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, Document, Table, plain
from tests.loaders.document_writers import (
    PRINTED_AMOUNT,
    WRITERS,
    cells_of,
    loaded_amounts,
    printed_amounts,
    records_of,
    table_numbered,
    write_xlsx,
)
from tests.loaders.ningxi_budget import NINGXI_BUDGET
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL
from tests.loaders.shuangxi_township_budget import SHUANGXI_BUDGET
from tests.loaders.yongding_budget import YONGDING_BUDGET


def as_attachments(document: Document) -> Document:
    """The document with its tables numbered as the parts of one attachment (附件2-1, 附件2-2 …), as a
    notice publishing the budget prints them."""
    tables = tuple(replace(table, marker=f"附件2-{index}") for index, table in enumerate(document.tables, 1))
    contents = tuple(line for line in document.contents if not line.startswith("表"))
    return replace(document, tables=tables, contents=(*contents, *(f"{t.marker} {t.title}" for t in tables)))


DOCUMENTS = {
    "yongding": YONGDING_BUDGET,
    "yongding-attachments": as_attachments(YONGDING_BUDGET),
    "ningxi": NINGXI_BUDGET,
    "qingfeng": QINGFENG_FINAL,
    "shuangxi": SHUANGXI_BUDGET,
}
CASES = [(name, suffix) for name in DOCUMENTS for suffix in WRITERS]


@pytest.fixture(scope="module")
def loads(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], LoadedDocument]:
    """Each document written in each format and loaded once for the module."""
    folder = tmp_path_factory.mktemp("provinces")
    return {
        (name, suffix): load_file(WRITERS[suffix](DOCUMENTS[name], folder / f"{name}.{suffix}"))
        for name, suffix in CASES
    }


@pytest.fixture(params=CASES, ids=[f"{name}-{suffix}" for name, suffix in CASES])
def case(
    request: pytest.FixtureRequest, loads: dict[tuple[str, str], LoadedDocument]
) -> tuple[Document, LoadedDocument]:
    name, suffix = request.param
    return DOCUMENTS[name], loads[(name, suffix)]


def expected_tables(document: Document) -> list[tuple[object, ...]]:
    found = []
    for table in document.tables:
        number = parse_marker(table.marker)[0]
        assert number is not None, table.marker
        found.append((table.marker, number.value, table.title, table.kind, table.unit))
    return found


def printed_words(table: Table) -> set[str]:
    """The words a table's body prints: labels, project and unit names (not amounts, codes or 序号)."""
    cells = {plain(cell) for row in table.rows for cell in row if cell not in (MERGED_LEFT, MERGED_UP)}
    return {cell for cell in cells if cell and not cell.isdigit() and not PRINTED_AMOUNT.fullmatch(cell)}


def loaded_words(table: BudgetTable) -> set[str]:
    return {row.label for row in table.rows} | {figure.raw for row in table.rows for figure in row.figures}


def test_unit_year_and_kind_come_from_the_document(case: tuple[Document, LoadedDocument]) -> None:
    document, loaded = case
    disclosure = loaded.disclosure
    assert (disclosure.unit_name, disclosure.year, disclosure.kind) == (
        document.unit_name,
        document.year,
        document.kind,
    )
    assert loaded.problems == []


def test_every_table_is_numbered_titled_classified_and_has_its_unit(
    case: tuple[Document, LoadedDocument],
) -> None:
    document, loaded = case
    found = [(t.number, t.number_value, t.title, t.kind, t.unit_of_measure) for t in loaded.disclosure.tables]
    assert found == expected_tables(document)


def test_every_printed_figure_and_word_is_loaded(case: tuple[Document, LoadedDocument]) -> None:
    document, loaded = case
    for table, expected in zip(loaded.disclosure.tables, document.tables, strict=True):
        assert loaded_amounts(table) == printed_amounts(expected), table.title
        assert printed_words(expected) <= loaded_words(table), table.title
        assert table.no_data == (not printed_amounts(expected) and bool(expected.notes)), table.title


def test_contents_glossary_and_the_narrative_between_the_tables(
    case: tuple[Document, LoadedDocument],
) -> None:
    document, loaded = case
    disclosure = loaded.disclosure
    if loaded.disclosure.source_name.endswith(".xlsx"):
        assert disclosure.contents == []
    else:
        assert [entry.replace(" ", "") for entry in disclosure.contents] == [
            entry.replace(" ", "") for entry in document.contents
        ]
    assert [term.term for term in disclosure.terms] == list(document.terms)
    passages = " ".join(passage.text for passage in disclosure.passages)
    explained = [line for table in document.tables for line in table.explained if "。" in line]
    assert all(line in passages for line in explained)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_format_gives_the_same_records(loads: dict[tuple[str, str], LoadedDocument], name: str) -> None:
    text = records_of(loads[(name, "txt")])
    for suffix in WRITERS:
        assert records_of(loads[(name, suffix)]) == text, suffix


@pytest.mark.parametrize("suffix", WRITERS)
def test_a_split_years_header_keeps_both_years(
    loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    loaded = loads[("yongding", suffix)]
    assert cells_of(table_numbered(loaded, "表2-1"), "2130299") == {
        "2023年执行数": Decimal("200.00"),
        "2024年预算数/小计": Decimal("220.00"),
        "2024年预算数/基本支出": None,
        "2024年预算数/项目支出": Decimal("220.00"),
    }
    three = table_numbered(loaded, "表2-3")
    assert cells_of(three, "2024年预算数")["合计"] == Decimal("30.00")
    assert cells_of(table_numbered(loaded, "表1-1"), "2130299")["事业收入"] == Decimal("180.00")


@pytest.mark.parametrize("suffix", WRITERS)
def test_code_columns_and_a_unit_inside_the_header(
    loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    loaded = loads[("ningxi", suffix)]
    general = table_numbered(loaded, "2024年部门预算公开表（六）")
    assert general.columns[:4] == ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称"]
    row = next(row for row in general.rows if row.code == "2050204")
    assert (row.label, row.level, row.parent.code if row.parent else None) == ("高中教育", 2, "20502")
    assert cells_of(general, "2050204") == {
        "合计": Decimal("5260.00"),
        "基本支出": Decimal("4660.00"),
        "项目支出": Decimal("600.00"),
    }
    assert general.rows[-1].is_total and cells_of(general, "合计")["合计"] == Decimal("15200.00")
    economic = table_numbered(loaded, "2024年部门预算公开表（七）")
    assert cells_of(economic, "30217") == {
        "合计": Decimal("12.00"),
        "人员经费": None,
        "公用经费": Decimal("12.00"),
    }
    units = table_numbered(loaded, "2024年部门预算公开表（一）")
    assert [row.label for row in units.rows] == [
        "宁溪县教育局本级",
        "宁溪县实验小学",
        "宁溪县第一中学",
        "宁溪县职业技术学校",
    ]


@pytest.mark.parametrize("suffix", WRITERS)
def test_final_account_columns_in_yuan_and_numbered_parts(
    loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    loaded = loads[("qingfeng", suffix)]
    assert cells_of(table_numbered(loaded, "附表5"), "2130316") == {
        "年初预算数": Decimal("1800000.00"),
        "调整预算数": Decimal("1880000.00"),
        "决算数": Decimal("1815110.16"),
    }
    three = table_numbered(loaded, "附表7")
    parents = {row.label: row.parent.label if row.parent else None for row in three.rows}
    assert (
        parents["其中：（1）公务用车购置费"]
        == parents["（2）公务用车运行维护费"]
        == "2.公务用车购置及运行维护费"
    )
    assert parents["3.公务接待费"] is None and parents["1.因公出国（境）费"] is None


@pytest.mark.parametrize("suffix", WRITERS)
def test_parts_listed_after_qizhong_belong_to_the_row_above(
    loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    """其中：公务用车购置费 / 公务用车运行费 (the second unnumbered) are parts of 2.公务用车购置及运行费; the
    3.公务接待费 after them is numbered as the rows they are parts of, and is no part of either."""
    three = table_numbered(loads[("shuangxi", suffix)], "附表1-6")
    parents = {row.label: row.parent.label if row.parent else None for row in three.rows}
    assert parents["其中：公务用车购置费"] == parents["公务用车运行费"] == "2.公务用车购置及运行费"
    assert parents["3.公务接待费"] is None and parents["2.公务用车购置及运行费"] is None
    assert cells_of(three, "合计") == {
        "2023年预算数": Decimal("24.00"),
        "2024年预算数": Decimal("20.00"),
        "增减额": Decimal("-4.00"),
    }


QUESTIONS = [
    ("yongding", "xlsx", "林业草原防灾减灾预算多少", "420.00", "表1-2", "林业草原防灾减灾", "合计"),
    ("yongding", "html", "古树名木保护复壮项目多少钱", "400.00", "表5", "古树名木保护复壮", "本年拨款/合计"),
    ("yongding", "docx", "一般公共预算支出多少", "3400.00", "表2-1", "合计", "2024年预算数/小计"),
    ("yongding", "docx", "三公经费多少", "30.00", "表2-3", "2024年预算数", "合计"),
    ("yongding", "xlsx", "2024年三公经费是多少", "30.00", "表2-3", "2024年预算数", "合计"),
    ("ningxi", "html", "三公经费多少", "30.00", "2024年部门预算公开表（八）", "合计", "合计"),
    ("ningxi", "docx", "高中教育预算多少", "5660.00", "2024年部门预算公开表（四）", "高中教育", "合计"),
    ("ningxi", "xlsx", "普通高中实验室建设项目多少钱", "600.00", "2024年部门预算公开表（十）", "普通高中实验室建设", "合计"),
    ("qingfeng", "docx", "三公经费多少", "60600.00", "附表7", "合计", "决算数"),
    ("qingfeng", "html", "农村水利支出多少", "1815110.16", "附表3", "农村水利", "本年支出合计"),
    ("shuangxi", "docx", "2023年三公经费", "24.00", "附表1-6", "合计", "2023年预算数"),
    ("shuangxi", "html", "对村民委员会和村党支部的补助多少", "360.00", "附表1-3", "对村民委员会和村党支部的补助", "合计"),
    ("qingfeng", "xlsx", "大坝水库运行维护项目花了多少钱", "3600000.00", "附表9", "大坝水库运行维护", "决算数"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "suffix", "question", "value", "table", "row", "column"),
    QUESTIONS,
    ids=[f"{name}-{question}" for name, _, question, *_ in QUESTIONS],
)
def test_the_bot_answers_from_the_table_it_names(
    tmp_path: Path, name: str, suffix: str, question: str, value: str, table: str, row: str, column: str
) -> None:
    path = WRITERS[suffix](DOCUMENTS[name], tmp_path / f"{name}.{suffix}")
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert load_into(engine, path).error is None
    answer = Composer(engine).answer(question)
    engine.dispose()
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert (fact.value, fact.source.table, fact.source.row, fact.source.column) == (
        Decimal(value),
        table,
        row,
        column,
    ), answer.text
    assert fact.unit == next(t.unit for t in DOCUMENTS[name].tables if t.marker == table), answer.text


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_a_workbooks_contents_sheet_is_its_contents_not_a_table(tmp_path: Path, name: str) -> None:
    document = DOCUMENTS[name]
    listed = load_file(write_xlsx(document, tmp_path / "listed.xlsx", with_contents=True))
    unlisted = load_file(write_xlsx(document, tmp_path / "unlisted.xlsx"))
    assert records_of(listed) == records_of(unlisted)
    assert listed.disclosure.contents == [f"{table.marker} {table.title}" for table in document.tables]


def unit_at_the_right(document: Document) -> Document:
    """The document with each table's unit line printed inside its header, in the top row's last cell
    only, the cells before it empty: moved there from a row merged across the header, or from the line
    above the table."""

    def moved(table: Table) -> Table:
        top = table.header[0] if table.header else ()
        if top and top[0].startswith("单位："):
            return replace(table, header=(("",) * (len(top) - 1) + (top[0],), *table.header[1:]))
        unit = next((cell for cell in table.furniture if "单位：" in cell and cell.endswith("元")), "")
        if not top or not unit:
            return table
        furniture = tuple("" if cell == unit else cell for cell in table.furniture)
        return replace(table, furniture=furniture, header=(("",) * (len(top) - 1) + (unit,), *table.header))

    return replace(document, tables=tuple(moved(table) for table in document.tables))


@pytest.mark.parametrize("suffix", WRITERS)
def test_a_unit_line_in_the_headers_last_cell_is_the_tables_unit(
    tmp_path: Path, loads: dict[tuple[str, str], LoadedDocument], suffix: str
) -> None:
    loaded = load_file(WRITERS[suffix](unit_at_the_right(NINGXI_BUDGET), tmp_path / f"ningxi.{suffix}"))
    assert records_of(loaded) == records_of(loads[("ningxi", suffix)])
    assert [table.unit_of_measure for table in loaded.disclosure.tables] == [
        t.unit for t in NINGXI_BUDGET.tables
    ]

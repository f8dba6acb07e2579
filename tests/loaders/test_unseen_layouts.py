"""Families of disclosures the corpus lacks load whole in every format a unit publishes them in: a central
department's 部门预算 (central_department_budget.py: 表1 … 表9, 2024年部门收支总表, letter-spaced totals, 增减额 and
增减率 beside the 2023年执行数, a “三公” table of one row under two years), a Hunan county unit's 单位预算
(hunan_county_budget.py: 预算01表 …, 元, codes and names in one cell, 上年预算数 / 本年预算数 / 增减额 with
decreases in brackets, "-" and 0.00 for nothing) and a Guangdong district's 部门决算
(guangdong_final_accounts.py: 表一 … 表七 beside the titles, 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余).
Each mechanism they needed is pinned on its own below as well.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.composer import Composer
from knowledge.database import open_engine
from knowledge.models import BudgetTable
from knowledge.standard_tables import classify_title
from knowledge.text import parse_figure
from loaders import load_file, load_into
from loaders.blocks import GridRow, LoadedDocument, TextLine
from loaders.contents import parse_marker
from loaders.furniture import wrapped_title
from loaders.grid import grid_to_body
from loaders.text import text_to_blocks
from tests.loaders.central_department_budget import CENTRAL_BUDGET
from tests.loaders.county_documents import MERGED_LEFT, MERGED_UP, Document, Table, plain
from tests.loaders.document_writers import (
    WRITERS,
    LoadedOnFirstUse,
    cells_of,
    loaded_amounts,
    records_of,
    table_numbered,
    write_docx,
    write_html,
    write_pdf,
    write_xls,
)
from tests.loaders.guangdong_final_accounts import GUANGDONG_FINAL
from tests.loaders.hunan_county_budget import HUNAN_BUDGET, HUNAN_TARGETS
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL

FORMATS = {**WRITERS, "xls": write_xls}
DOCUMENTS = {"central": CENTRAL_BUDGET, "hunan": HUNAN_BUDGET, "guangdong": GUANGDONG_FINAL}
CASES = [(name, suffix) for name in DOCUMENTS for suffix in FORMATS]


@pytest.fixture(scope="module")
def loads(tmp_path_factory: pytest.TempPathFactory) -> LoadedOnFirstUse:
    folder = tmp_path_factory.mktemp("unseen")
    return LoadedOnFirstUse(
        lambda name, suffix: load_file(FORMATS[suffix](DOCUMENTS[name], folder / f"{name}.{suffix}"))
    )


@pytest.fixture(params=CASES, ids=[f"{name}-{suffix}" for name, suffix in CASES])
def case(request: pytest.FixtureRequest, loads: LoadedOnFirstUse) -> tuple[Document, LoadedDocument]:
    name, suffix = request.param
    return DOCUMENTS[name], loads[(name, suffix)]


def printed_amounts(table: Table) -> Counter[Decimal]:
    """The amounts and per cents a table prints (a bracketed amount the negative it is), not its codes."""
    cells = [plain(cell) for row in table.rows for cell in row if "." in cell]
    return Counter(value for value in map(parse_figure, cells) if value is not None)


def printed_words(table: Table) -> set[str]:
    """The words a table's body prints, as one word when letter-spaced (收 入 总 计), and not amounts."""
    cells = {plain(cell).replace(" ", "") for row in table.rows for cell in row}
    return {cell for cell in cells - {"", MERGED_LEFT, MERGED_UP} if parse_figure(cell.rstrip("%")) is None}


def loaded_words(table: BudgetTable) -> set[str]:
    labels = {row.label for row in table.rows} | {f"{row.code}{row.label}" for row in table.rows}
    return labels | {figure.raw.replace(" ", "") for row in table.rows for figure in row.figures}


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
    expected = [
        (t.marker, getattr(parse_marker(t.marker)[0], "value", "unnumbered"), t.title, t.kind, t.unit)
        for t in document.tables
    ]
    assert found == expected


def test_every_printed_figure_and_word_is_loaded(case: tuple[Document, LoadedDocument]) -> None:
    document, loaded = case
    for table, expected in zip(loaded.disclosure.tables, document.tables, strict=True):
        assert loaded_amounts(table) == printed_amounts(expected), table.title
        assert printed_words(expected) <= loaded_words(table), table.title
        assert table.no_data == (not printed_amounts(expected) and bool(expected.notes)), table.title


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_format_gives_the_same_records(loads: LoadedOnFirstUse, name: str) -> None:
    text = records_of(loads[(name, "txt")])
    for suffix in FORMATS:
        assert records_of(loads[(name, suffix)]) == text, suffix


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_change_on_last_year_keeps_its_sign_and_its_rate(loads: LoadedOnFirstUse, suffix: str) -> None:
    hunan = table_numbered(loads[("hunan", suffix)], "预算04表")
    assert cells_of(hunan, "2200106") == {
        "上年预算数": Decimal("4000000.00"),
        "本年预算数": Decimal("3200000.00"),
        "增减额": Decimal("-800000.00"),
        "增减率": Decimal("-20.00"),
    }
    central = table_numbered(loads[("central", suffix)], "表5")
    assert cells_of(central, "2130304")["2024年预算数比2023年执行数/增减额"] == Decimal("-60.00")


@pytest.mark.parametrize("suffix", FORMATS)
def test_final_account_columns_of_carried_over_money(loads: LoadedOnFirstUse, suffix: str) -> None:
    fiscal = table_numbered(loads[("guangdong", suffix)], "表四")
    assert cells_of(fiscal, "2120104") == {
        "年初结转和结余": Decimal("120.00"),
        "本年收入": Decimal("3060.00"),
        "本年支出/小计": Decimal("2680.00"),
        "本年支出/基本支出": Decimal("0.00"),
        "本年支出/项目支出": Decimal("2680.00"),
        "年末结转和结余": Decimal("500.00"),
    }


# The mechanisms, one by one


@pytest.mark.parametrize(
    ("printed", "label", "value", "title"),
    [
        ("预算01表 收支总表", "预算01表", 1, "收支总表"),
        ("部门预算表3", "部门预算表3", 3, ""),
        ("部门决算表12", "部门决算表12", 12, ""),
        ("单位预算05表", "单位预算05表", 5, ""),
        ("收支预算总表 预算01表", "预算01表", 1, "收支预算总表"),
        ("表四一般公共预算财政拨款收入支出决算表", "表四", 4, "一般公共预算财政拨款收入支出决算表"),
        ("表十一般公共预算支出表", "表十", 10, "一般公共预算支出表"),
        ("表十二 项目支出表", "表十二", 12, "项目支出表"),
    ],
)
def test_numbers_printed_as_a_budgets_own_are_table_numbers(
    printed: str, label: str, value: int, title: str
) -> None:
    number, rest = parse_marker(printed)
    assert number is not None and (number.label, number.value, rest) == (label, value, title)


@pytest.mark.parametrize("printed", ["一般公共预算支出表", "部门预算表", "2024年部门预算表", "表一、"])
def test_titles_and_list_numbers_are_no_table_numbers(printed: str) -> None:
    assert parse_marker(printed)[0] is None


@pytest.mark.parametrize(
    ("printed", "value"),
    [("(5,300.00)", Decimal("-5300.00")), ("（12.50）", Decimal("-12.50")), ("(1)", None), ("（一）", None)],
)
def test_an_amount_in_brackets_is_negative_and_a_bracketed_number_is_not_an_amount(
    printed: str, value: Decimal | None
) -> None:
    assert parse_figure(printed) == value


def test_a_total_of_dashes_is_the_tables_only_row_not_its_header() -> None:
    rows = [
        GridRow(cells=("功能分类科目", "合计", "基本支出", "项目支出")),
        GridRow(cells=("合计", "-", "-", "-")),
    ]
    body = grid_to_body(rows, "test")
    assert body.columns == ["功能分类科目", "合计", "基本支出", "项目支出"]
    assert [(row.label, row.is_total, [f.raw for f in row.figures]) for row in body.rows] == [
        ("合计", True, ["-", "-", "-"])
    ]


def test_letter_spaced_cells_of_a_text_export_are_one_word() -> None:
    blocks = text_to_blocks("项目\t预算数\n收 入 总 计\t15,933.00\n项目资金 (元)\t1.00\n")
    grid = blocks[0]
    assert [row.cells for row in grid.rows] == [  # type: ignore[union-attr]
        ("项目", "预算数"),
        ("收入总计", "15,933.00"),
        ("项目资金 (元)", "1.00"),
    ]


def test_a_title_set_on_two_lines_of_one_paragraph_is_one_title(tmp_path: Path) -> None:
    tables = tuple(
        replace(table, title=f"{CENTRAL_BUDGET.unit_name}\n{table.title}") for table in CENTRAL_BUDGET.tables
    )
    loaded = load_file(write_docx(replace(CENTRAL_BUDGET, tables=tables), tmp_path / "two-lines.docx"))
    assert [table.title for table in loaded.disclosure.tables] == [
        f"{CENTRAL_BUDGET.unit_name}{table.title}" for table in CENTRAL_BUDGET.tables
    ]


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        ("国家水文监测局", "2024年部门收支总表", "国家水文监测局2024年部门收支总表"),
        ("青石县自然资源局2024年", "一般公共预算支出表", "青石县自然资源局2024年一般公共预算支出表"),
        ("云溪区城市管理和综合执法局2", "023年收入决算表", "云溪区城市管理和综合执法局2023年收入决算表"),
        ("2024年一般公共预算“三公”经费支出预", "算表", "2024年一般公共预算“三公”经费支出预算表"),
    ],
)
def test_a_title_set_on_two_lines_opens_with_the_unit_its_year_or_a_cut_number(
    first: str, second: str, title: str
) -> None:
    joined = wrapped_title(TextLine(first, page=4), TextLine(second, page=4))
    assert joined is not None and joined.text == title


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("一、部门职责", "2024年部门收支总表"),
        ("负责全国水文站网规划建设，组织开展水资源调查评价。", "2024年部门收支总表"),
        ("部门：国家水文监测局", "2024年部门收支总表"),
        ("国家水文监测局", "负责全国水文站网规划建设"),
    ],
)
def test_a_heading_sentence_or_unit_line_above_a_title_is_no_part_of_it(first: str, second: str) -> None:
    assert wrapped_title(TextLine(first, page=4), TextLine(second, page=4)) is None


def test_a_line_break_in_a_web_pages_source_is_white_space_and_a_br_wraps_a_title(tmp_path: Path) -> None:
    title = f"{CENTRAL_BUDGET.unit_name}2024年@部门收支总表"
    written = write_html(replace(CENTRAL_BUDGET, tables=CENTRAL_BUDGET.tables[:1]), tmp_path / "page.html")
    page = written.read_text(encoding="utf-8").replace("2024年部门收支总表</h3>", f"{title}</h3>")
    for separator in ("\n    ", "<br>"):
        written.write_text(page.replace("@", separator), encoding="utf-8")
        loaded = load_file(written)
        assert [table.title for table in loaded.disclosure.tables] == [title.replace("@", "")], separator


@pytest.mark.parametrize("document", [QINGHE_FINAL, GUANGDONG_FINAL], ids=["national-2023", "guangdong"])
def test_the_final_account_templates_titles_name_their_standard_tables(document: Document) -> None:
    """收入支出决算表 (no 总) is the 收支总表 and 财政拨款收入支出决算表 the 财政拨款收支总表, while the
    一般公共预算 / 政府性基金 / 国有资本经营 tables of the same wording keep their own kinds."""
    assert [classify_title(table.title) for table in document.tables] == [
        table.kind for table in document.tables
    ]


@pytest.mark.parametrize("suffix", ["txt", "html", "docx", "xlsx"])
def test_a_unit_in_brackets_after_a_title_is_the_tables_unit_not_its_name(
    tmp_path: Path, suffix: str
) -> None:
    tables = tuple(replace(table, title=f"{table.title}（单位：元）", furniture=(table.furniture[0], ""))
                   for table in HUNAN_BUDGET.tables)  # fmt: skip
    loaded = load_file(FORMATS[suffix](replace(HUNAN_BUDGET, tables=tables), tmp_path / f"units.{suffix}"))
    assert [(table.title, table.unit_of_measure) for table in loaded.disclosure.tables] == [
        (table.title, "元") for table in HUNAN_BUDGET.tables
    ]


TARGET_FORMATS = ["txt", "html", "docx", "xlsx", "xls"]


@pytest.mark.parametrize("suffix", TARGET_FORMATS)
def test_a_target_table_listing_many_projects_is_one_target_each(tmp_path: Path, suffix: str) -> None:
    document = replace(HUNAN_BUDGET, tables=(*HUNAN_BUDGET.tables, HUNAN_TARGETS))
    loaded = load_file(FORMATS[suffix](document, tmp_path / f"targets.{suffix}"))
    assert len(loaded.disclosure.tables) == len(HUNAN_BUDGET.tables)
    found = [
        (
            target.project,
            target.annual_amount,
            target.goal_annual,
            target.unit_of_measure,
            [(i.level1, i.level2, i.level3, i.value) for i in target.indicators],
        )
        for target in loaded.disclosure.targets
    ]
    assert found == [
        (
            "耕地保护补偿",
            Decimal("3200000.00"),
            "完成全县耕地保护补偿发放",
            "元",
            [
                ("产出指标", "数量指标", "补偿发放面积", "≥12万亩"),
                ("产出指标", "质量指标", "补偿资金发放准确率", "100%"),
                ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
            ],
        ),
        (
            "地质灾害隐患点排查",
            Decimal("2000000.00"),
            "完成隐患点汛前汛中汛后排查",
            "元",
            [
                ("产出指标", "数量指标", "排查隐患点数量", "≥320处"),
                ("效益指标", "社会效益指标", "因灾死亡人数", "0人"),
            ],
        ),
    ]
    assert [target.position for target in loaded.disclosure.targets] == [1, 2]


QUESTIONS = [
    ("central", "pdf", "三公经费多少", "72.00", "表7", "", "2024年预算数/合计"),
    ("central", "docx", "水文测报预算多少", "6200.00", "表3", "水文测报", "合计"),
    ("hunan", "xls", "卫生健康支出比上年减少多少", "386700.00", "预算04表", "卫生健康支出", "本年预算数"),
    ("hunan", "html", "耕地保护补偿项目多少钱", "3200000.00", "预算08表", "耕地保护补偿", "合计"),
    ("guangdong", "xlsx", "城管执法花了多少", "2680.00", "表三", "城管执法", "决算数"),
    ("guangdong", "txt", "年末结转和结余多少", "500.00", "表一", "年末结转和结余", "支出/决算数"),
]


@pytest.mark.parametrize(
    ("name", "suffix", "question", "value", "table", "row", "column"),
    QUESTIONS,
    ids=[f"{name}-{question}" for name, _, question, *_ in QUESTIONS],
)
def test_the_bot_answers_from_the_table_it_names(
    tmp_path: Path, name: str, suffix: str, question: str, value: str, table: str, row: str, column: str
) -> None:
    path = {**FORMATS, "pdf": write_pdf}[suffix](DOCUMENTS[name], tmp_path / f"{name}.{suffix}")
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

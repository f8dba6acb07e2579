"""What a document is, read from its cover and labelled lines."""

from __future__ import annotations

import pytest

from loaders.metadata import DocumentFacts, labelled_unit, lines_to_facts


@pytest.mark.parametrize(
    ("cover", "facts"),
    [
        (
            ["汾阳市人力资源和社会保障局", "2024年度单位预算公开"],
            DocumentFacts(
                "汾阳市人力资源和社会保障局",
                2024,
                "预算",
                "单位",
                "汾阳市人力资源和社会保障局2024年度单位预算公开",
            ),
        ),
        (
            ["上海市2025年市级单位预算", "预算单位：上海市财政局"],
            DocumentFacts("上海市财政局", 2025, "预算", "单位", "上海市2025年市级单位预算"),
        ),
        (
            ["上海市普陀区财政局", "年度部门决算", "2024"],
            DocumentFacts("上海市普陀区财政局", 2024, "决算", "部门", "上海市普陀区财政局年度部门决算"),
        ),
        (
            ["上海市普陀区规划和自然资源局", "2024年度部门决算"],
            DocumentFacts(
                "上海市普陀区规划和自然资源局",
                2024,
                "决算",
                "部门",
                "上海市普陀区规划和自然资源局2024年度部门决算",
            ),
        ),
        (
            ["柞水县审计局2020年", "部门决算公开"],
            DocumentFacts("柞水县审计局", 2020, "决算", "部门", "柞水县审计局2020年部门决算公开"),
        ),
        (
            ["上海市普陀区2023年区级部门预算", "预算主管部门：上海市普陀区人民政府万里街道办事处"],
            DocumentFacts(
                "上海市普陀区人民政府万里街道办事处", 2023, "预算", "部门", "上海市普陀区2023年区级部门预算"
            ),
        ),
        (
            ["上海市普陀区社会福利院2024年单位预算"],
            DocumentFacts(
                "上海市普陀区社会福利院", 2024, "预算", "单位", "上海市普陀区社会福利院2024年单位预算"
            ),
        ),
    ],
)
def test_cover_gives_unit_year_kind_scope_and_title(cover: list[str], facts: DocumentFacts) -> None:
    assert lines_to_facts(cover, [], []) == facts


def test_without_a_cover_the_labelled_lines_and_table_titles_decide() -> None:
    facts = lines_to_facts([], ["单位名称：汾阳市人力资源和社会保障局", "单位：万元"], ["2024年预算收支总表"])
    assert (facts.unit_name, facts.year, facts.kind) == ("汾阳市人力资源和社会保障局", 2024, "预算")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("单位名称：汾阳市人力资源和社会保障局", "汾阳市人力资源和社会保障局"),
        ("编制单位：上海市财政局 单位：元", "上海市财政局"),
        ("编制部门：上海市普陀区财政局 金额单位：万元", "上海市普陀区财政局"),
        ("单位：万元", None),
    ],
)
def test_labelled_unit_lines(text: str, unit: str | None) -> None:
    assert labelled_unit(text) == unit


def test_an_export_without_cover_names_its_unit_and_year_beside_the_tables() -> None:
    facts = lines_to_facts(
        [], ["部门：平川县农业农村局", "2023年度", "金额单位：万元", "所属年度：2023"], ["收入支出决算总表"]
    )
    assert (facts.unit_name, facts.year, facts.kind) == ("平川县农业农村局", 2023, "决算")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("部门：平川县农业农村局 金额单位：万元", "平川县农业农村局"),
        ("部门（单位）名称：平川县卫生健康局", "平川县卫生健康局"),
    ],
)
def test_labels_of_county_exports(text: str, unit: str) -> None:
    assert labelled_unit(text) == unit


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        (["部门：", "江苏省人大常委会办公厅", "单位：万元"], "江苏省人大常委会办公厅"),
        (["部门名称：江苏省高级人民法", "院", "单位：万元"], "江苏省高级人民法院"),
        (["部门名称：", "中国共产党江苏省委员会", "办公厅", "单位：万元"], "中国共产党江苏省委员会办公厅"),
        (["部门：中国共产党江苏省委员会办公厅", "单位：万元"], "中国共产党江苏省委员会办公厅"),
        (["编制单位：江苏省政协办公厅", "2018年度"], "江苏省政协办公厅"),
        (["单位名称：", "2018年度", "单位：万元"], ""),
    ],
)
def test_a_tables_file_without_a_cover_names_its_unit_above_the_tables(body: list[str], unit: str) -> None:
    """The tables halves of two-file disclosures (jiangsu-rdcwh-2019, -zxbgt-2018) name the unit only in
    the lines above each table, the name on the line after its label or wrapped in a narrow cell."""
    facts = lines_to_facts([], body * 3, ["收支预算总表", "2019年政府采购预算表"])
    assert (facts.unit_name, facts.year, facts.kind) == (unit, 2019, "预算")


def test_a_tables_file_cover_gives_unit_year_and_title() -> None:
    """jiangsu-swbgt-2018 tables: the year only on the cover, the table titles carry none."""
    cover = ["江苏省2018年度省级部门预算公开报表", "部门:中共江苏省委办公厅", "江苏省财政厅印制"]
    assert lines_to_facts(cover, [], ["收支预算总表"]) == DocumentFacts(
        "中共江苏省委办公厅", 2018, "预算", "部门", "江苏省2018年度省级部门预算公开报表"
    )


@pytest.mark.parametrize(
    ("body", "titles", "scope"),
    [
        (["部门：江苏省政协办公厅", "单位：万元"], ["收支预算总表"], "部门"),
        (["部门名称：江苏省高级人民法院", "单位：万元"], ["收支预算总表"], "部门"),
        (["编制部门：上海市普陀区财政局", "单位：元"], ["财务收支预算总表"], "部门"),
        (["单位名称：平川县卫生健康局"], ["2024年部门综合预算收支总表"], "部门"),
        (["单位名称：汾阳市人力资源和社会保障局"], ["2024年预算收支总表"], ""),
        (["预算单位：上海市财政局"], ["财务收支预算总表"], ""),
        (["编制单位：平川县农业农村局"], ["2023年度部门决算收入支出决算总表"], "部门"),
        (["编制单位：平川县农业农村局"], ["2023年度单位决算收入支出决算总表"], "单位"),
        (["填报单位：平川县农业农村局", "第二部分 2023年度部门决算表"], ["收入支出决算总表"], "部门"),
        (["编制单位：平川县农业农村局", "填报单位：平川县农业农村局"], ["收入支出决算总表"], ""),
        (["部门（单位）名称：平川县卫生健康局"], ["收支总表"], ""),
    ],
)
def test_a_file_without_a_cover_takes_its_scope_from_titles_or_labels(
    body: list[str], titles: list[str], scope: str
) -> None:
    """The Jiangsu tables halves name the 部门 in each 部门： line; a title or part heading saying 部门决算 or
    单位决算 decides; 单位名称, 预算单位, 编制单位 and 填报单位 head tables of either kind (a county 部门预算
    labels its 部门 单位名称), so they leave the scope to the file the tables are merged with."""
    assert lines_to_facts([], body, titles).scope == scope

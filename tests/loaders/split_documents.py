"""Disclosures published as two files, the narrative and the tables, written inside the tests.

Three families: the bundled 汾阳 sample cut in two (the tables under the unit's longer name, without
their numbers or years; the year only in the file name), the 平川县 county budget (narrative as text, tables as an Excel export), and a
Jiangsu 省级 layout (tables under "部门：中共…", unnumbered, no year anywhere, numbered by the
narrative's 目录).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from loaders import sample_path
from tests.loaders.county_budget import BUDGET
from tests.loaders.document_writers import write_text, write_xlsx


@dataclass(frozen=True)
class SplitDocument:
    """The two files of one disclosure, and what the whole document holds."""

    narrative: Path
    tables: Path
    unit_names: tuple[str, str]
    """The unit as the narrative and as the tables print it."""
    year: int
    table_count: int
    term_count: int


SAMPLE_TABLES_PART = "第二部分 2024年单位预算报表"
SAMPLE_NARRATIVE_PART = "第三部分 2024年度单位预算情况说明"
SAMPLE_UNIT = "汾阳市人力资源和社会保障局"
MARKER_LINE = re.compile(r"\S{0,4}公开表\d+")


def split_sample(folder: Path, tables_unit: str = f"山西省{SAMPLE_UNIT}") -> SplitDocument:
    """The sample's 第二部分 (its tables) as a file of its own, titles without their year, markers
    dropped and the unit under its name with the province; the rest as the narrative file."""
    lines = sample_path().read_text(encoding="utf-8").splitlines()
    start, end = lines.index(SAMPLE_TABLES_PART), lines.index(SAMPLE_NARRATIVE_PART)
    tables = [
        line.replace(f"单位名称：{SAMPLE_UNIT}", f"单位名称：{tables_unit}")
        if "\t" in line
        else re.sub(r"^\d{4}年", "", line).replace(f"单位名称：{SAMPLE_UNIT}", f"单位名称：{tables_unit}")
        for line in lines[start + 1 : end]
        if not MARKER_LINE.fullmatch(line.strip())
    ]
    narrative = folder / "fenyang-rsj-yusuan-text.txt"
    narrative.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    tables_file = folder / "fenyang-rsj-2024-yusuan-tables.txt"
    tables_file.write_text("\n".join(tables) + "\n", encoding="utf-8")
    return SplitDocument(narrative, tables_file, (SAMPLE_UNIT, tables_unit), 2024, 13, 12)


def split_county_budget(folder: Path) -> SplitDocument:
    """The county 部门预算: its narrative and contents as text, its tables as an Excel export whose
    sheets print the year beside the unit."""
    narrative = write_text(replace(BUDGET, tables=()), folder / "pingchuan-wjj-2024-text.txt")
    tables = write_xlsx(BUDGET, folder / "pingchuan-wjj-2024-tables.xlsx", with_cover=False)
    return SplitDocument(narrative, tables, (BUDGET.unit_name,) * 2, 2024, len(BUDGET.tables), 2)


JIANGSU_NARRATIVE = """江苏省委办公厅
{year}年度部门预算公开
目 录
第一部分 部门概况
第二部分 {year}年度部门预算表
一、收支预算总表
二、财政拨款支出预算表
三、一般公共预算“三公”经费、会议费、培训费支出预算表
第三部分 情况说明
第四部分 名词解释
第一部分 部门概况
一、主要职能
江苏省委办公厅负责省委日常工作的运转，承担省委会议的组织工作，督促检查省委决策部署的落实情况，负责省委文电、机要、保密和档案等工作。
二、部门预算单位构成
江苏省委办公厅部门预算包括厅机关本级一个预算单位，不包括自收自支的东郊国宾馆和西康宾馆。
第二部分 {year}年度部门预算表
具体公开表样附后。
第三部分 情况说明
一、收支预算总体情况
按照综合预算的原则，江苏省委办公厅所有收入和支出均纳入部门预算管理。{year}年收支总预算24,458.43万元，比上年增加1,200.00万元。
二、“三公”经费预算情况
{year}年“三公”经费预算508.20万元，其中因公出国（境）费70.00万元，公务用车运行维护费411.20万元，公务接待费27.00万元。
第四部分 名词解释
1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。
"""
JIANGSU_TABLES = (
    ("收支预算总表", ("项目", "预算数", "项目", "预算数"), (
        ("一、一般公共预算", "24,458.43", "一、一般公共服务支出", "20,000.00"),
        ("", "", "二、住房保障支出", "4,458.43"),
        ("收入总计", "24,458.43", "支出总计", "24,458.43"),
    )),
    ("财政拨款支出预算表", ("科目编码", "科目名称", "合计", "基本支出", "项目支出"), (
        ("201", "一般公共服务支出", "20,000.00", "10,403.11", "9,596.89"),
        ("221", "住房保障支出", "4,458.43", "4,458.43", ""),
        ("", "合计", "24,458.43", "14,861.54", "9,596.89"),
    )),
    ("一般公共预算“三公”经费、会议费、培训费支出预算表", ("项目", "合计", "因公出国（境）费", "公务用车运行维护费", "公务接待费"), (
        ("“三公”经费", "{three_public}", "70.00", "411.20", "27.00"),
    )),
)  # fmt: skip


def write_jiangsu_tables(
    path: Path, unit: str = "中共江苏省委办公厅", three_public: str = "508.20", contents: tuple[str, ...] = ()
) -> Path:
    """A tables file as the Jiangsu platform prints it: no cover, no year, no numbers, 部门：… above each;
    with `contents`, its own 目录 in front (which may list the tables in another order)."""
    lines = ["目 录", *contents] if contents else []
    for title, header, rows in JIANGSU_TABLES:
        lines += [title, f"部门：{unit}    单位：万元", "\t".join(header)]
        lines += ["\t".join(cell.format(three_public=three_public) for cell in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def split_jiangsu(folder: Path, year: int = 2018, tables_name: str = "") -> SplitDocument:
    """The tables file's name gives the year (as the platform's names do) unless another name is given."""
    narrative = folder / f"swbgt-{year}-yusuan-text.txt"
    narrative.write_text(JIANGSU_NARRATIVE.format(year=year), encoding="utf-8")
    tables = write_jiangsu_tables(folder / (tables_name or f"swbgt-{year}-yusuan-tables.txt"))
    return SplitDocument(narrative, tables, ("江苏省委办公厅", "中共江苏省委办公厅"), year, 3, 2)


FAMILIES = {"sample": split_sample, "county": split_county_budget, "jiangsu": split_jiangsu}

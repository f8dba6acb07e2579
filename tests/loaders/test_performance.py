"""绩效目标表 forms read by what their cells say, robust to shifted columns and glued amounts."""

from __future__ import annotations

from decimal import Decimal

from loaders.blocks import GridRow
from loaders.performance import Cell, funding_pairs, grid_to_target, indicator_entries


def rows(*lines: str) -> list[GridRow]:
    return [GridRow(cells=tuple(line.split("\t")), line=100 + index) for index, line in enumerate(lines)]


def form(
    *funding: str, units: str = "主管部门及代码\t\t407-汾阳市人社局\t\t实施单位\t\t汾阳市人社局\t"
) -> list[GridRow]:
    return rows(
        "项目名称\t\t仲裁工作经费\t\t\t\t\t",
        units,
        "项目属性\t\t延续性项目(阶段开展)\t\t项目期\t\t3年\t",
        *funding,
        "项目概况\t\t2024年仲裁工作经费10000元。\t\t\t\t\t",
        "实施期目标\t\t\t年度目标\t\t\t\t",
        "总体目标\t\t\t确保仲裁工作正常运转\t\t\t\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值",
        "\t产出指标\t数量指标\t仲裁次数\t参照往年执行\t数量指标\t仲裁次数\t参照往年执行",
        "\t\t\t仲裁工作开展率\t100%\t质量指标\t仲裁工作开展率\t100%",
        "\t\t成本指标\t仲裁工作经费\t10000元\t成本指标\t仲裁工作经费\t",
        "\t效益指标\t经济效益指标\t\t\t经济效益指标\t\t",
        "满意度指标\t服务对象满意度指标\t服务人员满意度\t≥98%\t服务对象满意度指标\t服务人员满意度\t≥98%\t",
        "负责人:\t经办人:\t联系电话:\t填报日期:\t20231218170032\t\t\t",
    )


ALIGNED = (
    "项目资金(元)\t实施期资金总额:\t30,000\t\t年度资金总额:\t10,000\t\t",
    "\t其中:中央财政资金\t0\t\t其中:中央财政资金\t0\t\t",
    "\t市县(区)财政资金\t30,000\t\t市县(区)财政资\t10,000\t\t",
    "\t其他资金\t\t\t其他资金\t\t\t",
)
GLUED = (
    "项目资金(元)\t\t实施期资金总额: 30,000\t\t年度资金总额: 10,000\t\t\t",
    "\t\t其中:中央财政资金 0\t\t其中:中央财政资金 0\t\t\t",
    "\t\t市县(区)财政资金 30,000\t\t市县(区)财政资金 10,000\t\t\t",
    "\t\t其他资金\t\t其他资金\t\t\t",
)
SHIFTED = (
    "项目资金(元)\t实施期资金总额:\t\t30,000\t年度资金总额:\t\t10,000\t",
    "\t其中:中央财政资金\t\t0\t其中:中央财政资金\t\t0\t",
    "\t市县(区)财政资金\t\t30,000\t市县(区)财政资金\t\t10,000\t",
    "\t其他资金\t\t\t其他资金\t\t\t",
)


def test_the_same_money_is_read_whether_amounts_are_aligned_glued_or_shifted() -> None:
    for funding in (ALIGNED, GLUED, SHIFTED):
        target = grid_to_target(form(*funding), position=1)
        assert (target.total_amount, target.annual_amount, target.unit_of_measure) == (
            Decimal("30000"),
            Decimal("10000"),
            "元",
        )
        assert target.funding == {
            "实施期/中央财政资金": "0",
            "年度/中央财政资金": "0",
            "实施期/市县(区)财政资金": "30,000",
            "年度/市县(区)财政资金": "10,000",
            "实施期/其他资金": "",
            "年度/其他资金": "",
        }


def test_project_units_attribute_period_texts_and_a_lone_goal() -> None:
    target = grid_to_target(form(*ALIGNED), position=3)
    assert (target.position, target.project, target.line) == (3, "仲裁工作经费", 100)
    assert (target.department, target.implementer) == ("407-汾阳市人社局", "汾阳市人社局")
    assert (target.attribute, target.period) == ("延续性项目(阶段开展)", "3年")
    assert target.overview == "2024年仲裁工作经费10000元。"
    assert (target.goal_period, target.goal_annual) == ("", "确保仲裁工作正常运转")


def test_missing_labels_do_not_lose_the_department() -> None:
    target = grid_to_target(
        form(*ALIGNED, units="407-汾阳市人社局\t\t实施单位\t\t汾阳市人社局\t\t\t"), position=1
    )
    assert (target.department, target.implementer) == ("407-汾阳市人社局", "汾阳市人社局")


def test_indicators_carry_levels_down_and_split_the_two_periods() -> None:
    target = grid_to_target(form(*ALIGNED), position=1)
    found = [(i.scope, i.level1, i.level2, i.level3, i.value, i.line) for i in target.indicators]
    assert found == [
        ("实施期", "产出指标", "数量指标", "仲裁次数", "参照往年执行", 111),
        ("年度", "产出指标", "数量指标", "仲裁次数", "参照往年执行", 111),
        ("实施期", "产出指标", "数量指标", "仲裁工作开展率", "100%", 112),
        ("年度", "产出指标", "质量指标", "仲裁工作开展率", "100%", 112),
        ("实施期", "产出指标", "成本指标", "仲裁工作经费", "10000元", 113),
        ("年度", "产出指标", "成本指标", "仲裁工作经费", "", 113),
        ("实施期", "满意度指标", "服务对象满意度指标", "服务人员满意度", "≥98%", 115),
        ("年度", "满意度指标", "服务对象满意度指标", "服务人员满意度", "≥98%", 115),
    ]


def test_a_single_value_column_gives_annual_indicators_and_a_title_row_gives_the_project() -> None:
    target = grid_to_target(
        rows(
            "2023年中央财政就业补助资金年初预算\t\t\t\t",
            "项目资金（元）\t\t项目资金总额\t4,100,000.00\t年度资金申请总额\t4,100,000.00",
            "\t\t\t\t上年结转资金\t0.00",
            "项目绩效目标\t项目总目标\t\t\t年度总体目标\t",
            "\t建成后作为社区服务场所。\t\t\t建成后作为社区服务场所。\t",
            "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\t",
            "绩效指标\t产出指标\t数量指标\t规划建筑面积\t≥13459.00(平方米)\t",
        ),
        position=1,
    )
    assert target.project == "2023年中央财政就业补助资金年初预算"
    assert (target.total_amount, target.annual_amount) == (Decimal("4100000.00"), Decimal("4100000.00"))
    assert target.funding == {"年度/上年结转资金": "0.00"}
    assert target.goal_period == target.goal_annual == "建成后作为社区服务场所。"
    assert [(i.scope, i.level3, i.value) for i in target.indicators] == [
        ("年度", "规划建筑面积", "≥13459.00(平方米)")
    ]


def test_a_medium_term_plans_money_is_its_whole_periods() -> None:
    """中期资金总额 of a 中期目标（2018年-2020年） form: the 实施期 total, beside the 年度 one."""
    funding = (
        "项目资金（万元）\t中期资金总额\t360.00\t\t年度资金总额\t120.00\t",
        "\t其中：财政拨款\t360.00\t\t其中：财政拨款\t120.00\t",
    )
    target = grid_to_target(form(*funding), position=1)
    assert (target.total_amount, target.annual_amount, target.unit_of_measure) == (
        Decimal("360.00"),
        Decimal("120.00"),
        "万元",
    )
    assert target.funding == {"实施期/财政拨款": "360.00", "年度/财政拨款": "120.00"}


def test_funding_pairs_keep_a_blank_amount_blank() -> None:
    cells = [Cell(1, "其他资金"), Cell(4, "其他资金"), Cell(5, "0")]
    assert funding_pairs(cells) == [(1, "其他资金", ""), (4, "其他资金", "0")]


def test_cost_indicator_is_a_second_level_unless_a_second_level_follows() -> None:
    assert [entry.level2 for entry in indicator_entries(["成本指标", "工资总额", "95040元"])] == ["成本指标"]

"""The 项目属性 a 绩效目标表 prints (一次性项目, 延续性项目, 经常性项目, 阶段性项目): the projects of one
kind listed and counted, one project's asked; never every project when a kind is asked, and an honest not
found where no 项目属性 is published. On the sample and Shanghai 街道 and 市 documents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.composer import Composer

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "count", "every", "printed"),
    [
        ("人社局哪些项目是延续性项目", 3, 22, "延续性项目(阶段开展)"),
        ("人社局一次性项目有几个", 19, 22, "一次性项目(1年结束)"),
        ("万里街道有哪些经常性项目", 4, 5, "经常性项目"),
        ("万里街道2023年阶段性项目有几个", 1, 5, "阶段性项目"),
        ("人社局哪些项目是延续性的", 3, 22, "延续性项目(阶段开展)"),
        ("万里街道2023年哪些项目属于经常性项目", 4, 5, "经常性项目"),
        ("万里街道哪些项目是经常性的", 4, 5, "经常性项目"),
    ],
)
def test_the_projects_of_one_attribute_are_those_their_targets_print(
    families: Composer, question: str, count: int, every: int, printed: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    counted, *projects = answer.facts
    assert (counted.value, counted.unit, counted.source.column) == (Decimal(count), "个", "项目属性")
    assert len(projects) == count and answer.text.count(f"（{printed}") == count, answer.text
    assert f"公开了绩效目标的 {every} 个项目中" in answer.text, answer.text


def test_an_attribute_no_project_has_is_none_with_the_attributes_printed(families: Composer) -> None:
    answer = families.answer("人社局经常性项目有哪些")
    assert [fact.value for fact in answer.facts] == [Decimal(0)], answer.text
    assert "一次性项目(1年结束) 19 个" in answer.text and "延续性项目(阶段开展) 3 个" in answer.text


@pytest.mark.parametrize(
    ("question", "printed"),
    [
        ("人社局今年新增了哪些项目", "一次性项目(1年结束) 19 个"),
        ("人社局新增了几个项目", "延续性项目(阶段开展) 3 个"),
        ("万里街道2023年新增了哪些项目", "经常性项目 4 个"),
    ],
)
def test_projects_said_to_be_newly_added_are_those_of_the_new_attribute(
    families: Composer, question: str, printed: str
) -> None:
    """新增了哪些项目 asks the projects whose 项目属性 is 新增, not a change on last year nor every project:
    none here, with the attributes the targets print."""
    answer = families.answer(question)
    assert [fact.value for fact in answer.facts] == [Decimal(0)], answer.text
    assert "新增项目的有 0 个" in answer.text and printed in answer.text, answer.text


@pytest.mark.parametrize("question", ["上海市财政局一次性项目有哪些", "江苏高院2019年延续性项目有几个"])
def test_an_attribute_asked_where_no_target_table_is_published_is_not_found(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "没有公开项目绩效目标表" in answer.text, answer.text


def test_the_money_of_the_projects_of_one_attribute_is_added_when_asked(families: Composer) -> None:
    answer = families.answer("人社局延续性项目一共多少钱")
    added = answer.facts[0]
    assert (added.value, added.unit) == (Decimal(53040), "元"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "人社局零工市场运营费用是一次性项目吗",
            "是。2024年零工市场运营费用的项目属性是一次性项目(1年结束)。",
        ),
        ("人社局仲裁工作经费是一次性项目吗", "不是。仲裁工作经费的项目属性是延续性项目(阶段开展)。"),
        ("人社局临时工资的项目属性是什么", "临时工资的项目属性是一次性项目(1年结束)。"),
        ("万里街道就业援助基地补贴是经常性项目吗", "是。就业援助基地补贴的项目属性是经常性项目。"),
        (
            "万里街道新建万里街道社区公共服务中心的项目属性",
            "新建万里街道社区公共服务中心的项目属性是阶段性项目。",
        ),
        ("万里街道就业援助基地补贴属于哪类项目", "就业援助基地补贴的项目属性是经常性项目。"),
        ("人社局临时工资是什么类型的项目", "临时工资的项目属性是一次性项目(1年结束)。"),
    ],
)
def test_one_projects_attribute_is_said_first(families: Composer, question: str, lead: str) -> None:
    answer = families.answer(question)
    assert answer.intent == "target" and answer.text.split("\n")[0] == lead, answer.text

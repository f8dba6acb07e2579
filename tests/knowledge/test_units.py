"""Short names of units: the abbreviation rules, applied to the corpus's real unit names."""

from __future__ import annotations

import pytest

from knowledge.units import same_unit, split_regions, unit_aliases


@pytest.mark.parametrize(
    ("unit_name", "expected"),
    [
        ("汾阳市人力资源和社会保障局", {"人社局", "汾阳市人社局", "人力资源和社会保障局"}),
        ("上海市普陀区规划和自然资源局", {"规划资源局", "普陀区规划资源局", "规划和自然资源局"}),
        ("上海市普陀区人民政府万里街道办事处", {"万里街道", "普陀区万里街道", "万里街道办事处"}),
        ("上海市普陀区社会福利院", {"社会福利院", "福利院", "普陀区社会福利院"}),
        ("上海市财政局", {"市财政局", "财政局"}),
        ("上海市普陀区财政局", {"区财政局", "普陀区财政局", "财政局"}),
    ],
)
def test_unit_aliases_include_the_short_names_people_use(unit_name: str, expected: set[str]) -> None:
    aliases = unit_aliases(unit_name)
    assert expected <= set(aliases)
    assert unit_name not in aliases


def test_region_prefixes_are_split_off_but_words_like_chengshi_are_not() -> None:
    assert split_regions("上海市普陀区城市管理行政执法局") == (["上海市", "普陀区"], "城市管理行政执法局")
    assert split_regions("汾阳市人力资源和社会保障局") == (["汾阳市"], "人力资源和社会保障局")


def test_a_street_office_is_not_called_by_its_level_alone() -> None:
    assert "区万里街道" not in unit_aliases("上海市普陀区人民政府万里街道办事处")


@pytest.mark.parametrize(
    ("printed", "other"),
    [
        ("中共江苏省委办公厅", "江苏省委办公厅"),
        ("中国共产党江苏省委员会办公厅", "江苏省委办公厅"),
        ("中共上海市普陀区委员会宣传部", "上海市普陀区委宣传部"),
        ("中国人民政治协商会议江苏省委员会办公厅", "江苏省政协办公厅"),
        ("江苏省人民代表大会常务委员会办公厅", "江苏省人大常委会办公厅"),
        ("上海市普陀区财政局", "普陀区财政局"),
        ("上海市普陀区人民政府万里街道办事处", "普陀区万里街道办事处"),
        ("江苏省 政协办公厅", "江苏省政协办公厅"),
    ],
)
def test_one_unit_printed_two_ways_is_the_same_unit(printed: str, other: str) -> None:
    assert same_unit(printed, other) and same_unit(other, printed)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("上海市财政局", "上海市普陀区财政局"),
        ("上海市普陀区财政局", "上海市静安区财政局"),
        ("江苏省委办公厅", "江苏省政协办公厅"),
        ("江苏省人大常委会办公厅", "江苏省人民检察院"),
        ("财政局", "上海市财政局"),
    ],
)
def test_units_of_other_regions_or_names_are_not_the_same(first: str, second: str) -> None:
    assert not same_unit(first, second)

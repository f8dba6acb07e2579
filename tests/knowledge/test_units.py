"""Short names of units: the abbreviation rules, applied to the corpus's real unit names."""

from __future__ import annotations

import pytest

from knowledge.units import split_regions, unit_aliases


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

"""Short names of units: the abbreviation rules, applied to the corpus's real unit names."""

from __future__ import annotations

import pytest

from knowledge.units import (
    is_short_form,
    own_short_names,
    region_alone,
    same_unit,
    split_regions,
    unit_aliases,
)


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


@pytest.mark.parametrize(
    ("unit_name", "expected"),
    [
        ("江苏省人民检察院", {"苏省检察院", "苏省人民检察院"}),
        ("浙江省高级人民法院", {"浙省高院"}),
        ("上海市普陀区财政局", {"普陀财政", "普陀区财政", "上海普陀财政"}),
        ("汾阳市人力资源和社会保障局", {"汾阳人社", "汾阳市人社"}),
        ("上海市普陀区人民政府万里街道办事处", {"普陀万里", "普陀区万里"}),
    ],
)
def test_a_province_by_its_one_character_name_and_a_bureau_or_place_after_its_region_without_its_unit_word(
    unit_name: str, expected: set[str]
) -> None:
    assert expected <= set(unit_aliases(unit_name))


@pytest.mark.parametrize(
    ("unit_name", "not_a_name"),
    [
        ("上海市财政局", "沪市财政局"),
        ("上海市财政局", "市财政"),
        ("上海市普陀区财政局", "区财政"),
        ("上海市普陀区财政局", "财政"),
        ("汾阳市人力资源和社会保障局", "人社"),
    ],
)
def test_a_bare_core_is_said_only_after_a_regions_name(unit_name: str, not_a_name: str) -> None:
    assert not_a_name not in unit_aliases(unit_name)


def test_region_prefixes_are_split_off_but_words_like_chengshi_are_not() -> None:
    assert split_regions("上海市普陀区城市管理行政执法局") == (["上海市", "普陀区"], "城市管理行政执法局")
    assert split_regions("汾阳市人力资源和社会保障局") == (["汾阳市"], "人力资源和社会保障局")


def test_a_street_office_is_not_called_by_its_level_alone() -> None:
    assert "区万里街道" not in unit_aliases("上海市普陀区人民政府万里街道办事处")
    assert "区长征镇" not in unit_aliases("上海市普陀区长征镇人民政府")


@pytest.mark.parametrize(
    ("unit_name", "expected"),
    [
        ("上海市普陀区人民政府万里街道办事处", {"万里", "万里街道", "普陀万里"}),
        ("上海市普陀区长征镇人民政府", {"长征镇", "长征", "普陀长征", "长征镇政府"}),
        ("汾阳市贾家庄镇人民政府", {"贾家庄镇", "贾家庄", "汾阳贾家庄"}),
        ("北京市东城区人民政府东华门街道办事处", {"东华门街道", "东华门"}),
    ],
)
def test_a_place_unit_is_named_by_its_place(unit_name: str, expected: set[str]) -> None:
    assert expected <= set(unit_aliases(unit_name))


@pytest.mark.parametrize(
    ("unit_name", "expected"),
    [
        ("江苏省人民检察院", {"江苏省检察院", "省检察院", "江苏检察院", "省人民检察院"}),
        ("江苏省高级人民法院", {"省高院", "江苏高院", "省高级法院", "高院"}),
        ("湖南省长沙市中级人民法院", {"长沙市中院", "长沙中院", "市中院", "中院"}),
        ("中共江苏省委办公厅", {"江苏省委办公厅", "省委办公厅", "省委办"}),
        ("江苏省政协办公厅", {"省政协", "江苏省政协", "省政协办", "政协"}),
        (
            "江苏省人大常委会办公厅",
            {"省人大常委会", "省人大常委会办", "人大常委会办公厅", "省人大", "人大", "省人大办公厅"},
        ),
        ("某某市人民代表大会常务委员会办公室", {"某某市人大常委会办", "市人大常委会", "人大常委会办公室"}),
        ("汾阳市发展和改革委员会", {"汾阳市发改委", "市发改委", "发改委"}),
        ("汾阳市人民政府办公室", {"汾阳市政府办", "市政府办", "市政府"}),
        ("北京市海淀区教育委员会", {"海淀区教委", "海淀教委", "区教委"}),
        ("某某县开发区管理委员会", {"某某县开发区管委会", "县开发区管委会"}),
        ("江苏省人民检察院", {"省检", "江苏省检", "省检察院"}),
        ("上海市普陀区人民检察院", {"区检", "普陀区检察院"}),
    ],
)
def test_structural_short_forms(unit_name: str, expected: set[str]) -> None:
    assert expected <= set(unit_aliases(unit_name))


@pytest.mark.parametrize(
    ("unit_name", "regions", "expected"),
    [
        ("新疆维吾尔自治区财政厅", ["新疆维吾尔自治区"], {"新疆财政厅", "自治区财政厅"}),
        ("广西壮族自治区教育厅", ["广西壮族自治区"], {"广西教育厅", "自治区教育厅"}),
        ("黔东南苗族侗族自治州民族宗教事务委员会", ["黔东南苗族侗族自治州"], {"黔东南州民宗委", "州民宗委"}),
        ("湖北省长阳土家族自治县财政局", ["湖北省", "长阳土家族自治县"], {"长阳县财政局", "长阳财政局"}),
        ("上海市浦东新区教育局", ["上海市", "浦东新区"], {"浦东新区教育局", "浦东教育局", "区教育局"}),
    ],
)
def test_autonomous_and_new_areas_are_said_by_their_place(
    unit_name: str, regions: list[str], expected: set[str]
) -> None:
    assert split_regions(unit_name)[0] == regions
    assert expected <= set(unit_aliases(unit_name))


@pytest.mark.parametrize(
    ("unit_name", "not_a_name"),
    [
        ("中共江苏省委办公厅", "委办公厅"),
        ("中共江苏省委办公厅", "江苏委办"),
        ("上海市普陀区财政局", "上海市财政局"),
        ("上海市普陀区财政局", "市财政局"),
        ("上海市浦东新区教育局", "浦东新教育局"),
        ("内蒙古自治区卫生健康委员会", "内蒙古卫委"),
        ("湖北省长阳土家族自治县财政局", "长阳土财政局"),
        ("汾阳市人民政府办公室", "政府"),
        ("汾阳市人民政府办公室", "人民政府"),
        ("汾阳市人民政府", "政府"),
        ("中共江苏省委办公厅", "委办"),
        ("上海市普陀区财政局", "财政"),
    ],
)
def test_names_that_would_mean_another_unit_are_not_aliases(unit_name: str, not_a_name: str) -> None:
    assert not_a_name not in unit_aliases(unit_name)


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("省检察院", "江苏省人民检察院", True),
        ("省高院", "江苏省高级人民法院", True),
        ("省政协", "江苏省政协办公厅", True),
        ("普陀财政局", "上海市普陀区财政局", True),
        ("市财政局", "上海市普陀区财政局", False),
        ("区政府", "上海市普陀区人民政府万里街道办事处", False),
        ("省人民", "江苏省人民检察院", False),
    ],
)
def test_a_short_form_keeps_the_names_order_and_ending(short: str, full: str, expected: bool) -> None:
    assert is_short_form(short, full) is expected


def test_the_short_names_a_document_uses_for_itself_are_found() -> None:
    texts = [
        "省检察院2018年部门预算由省检察院本级、南京铁路运输检察院组成。",
        "省人民政府批复，省检察机关依法履职；上海市财政局下达。",
        "省检察院机关本级",
    ]
    assert own_short_names("江苏省人民检察院", texts) == ["省检察院"]
    assert own_short_names("上海市普陀区财政局", ["市财政局拨付", "市财政局下达"]) == []


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


@pytest.mark.parametrize(
    ("said", "alone"),
    [
        ("孝义市", True),
        ("静安区", True),
        ("江苏省", True),
        ("社区", False),
        ("全市", False),
        ("本区", False),
        ("孝义市人社局", False),
        ("零工市场", False),
    ],
)
def test_a_region_alone_is_a_place_and_its_level_and_nothing_more(said: str, alone: bool) -> None:
    assert region_alone(said) is alone

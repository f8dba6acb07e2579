"""Short names people use for a government unit: 人社局 for 汾阳市人力资源和社会保障局.

The abbreviations are declared once here, as general rules (a region prefix dropped, a long
department name shortened), so every loaded document gets its aliases the same way.
"""

from __future__ import annotations

import re

ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("人力资源和社会保障", "人社"),
    ("人力资源社会保障", "人社"),
    ("规划和自然资源", "规划资源"),
    ("自然资源和规划", "自然资源规划"),
    ("卫生健康", "卫健"),
    ("卫生和计划生育", "卫计"),
    ("发展和改革", "发改"),
    ("住房和城乡建设", "住建"),
    ("市场监督管理", "市场监管"),
    ("文化和旅游", "文旅"),
    ("文化旅游", "文旅"),
    ("工业和信息化", "工信"),
    ("科学技术", "科技"),
    ("退役军人事务", "退役军人"),
    ("医疗保障", "医保"),
    ("应急管理", "应急"),
    ("交通运输", "交通"),
    ("民族宗教事务", "民宗"),
    ("农业农村", "农业农村"),
    ("社会福利院", "福利院"),
    ("街道办事处", "街道"),
)
"""Long part of a unit name → the short form people say."""

GOVERNMENT_PREFIX = "人民政府"
REGION = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,6}?)(?P<level>省|自治区|自治州|地区|盟|市|区|县|旗)")
NOT_REGIONS = frozenset({"城市", "城区", "市区", "社区", "园区", "景区", "新区", "小区", "辖区", "地区"})
MIN_CORE_LENGTH = 3
AGENCY_ENDINGS = ("局", "委", "委员会", "办")
"""Names said with the level alone (市财政局, 区人社局); 区万里街道 is not said."""


def split_regions(unit_name: str) -> tuple[list[str], str]:
    """Given 上海市普陀区规划和自然资源局, return (['上海市', '普陀区'], '规划和自然资源局')."""
    regions: list[str] = []
    rest = unit_name.strip()
    while match := REGION.match(rest):
        region = match.group(0)
        remainder = rest[len(region) :]
        if (
            region in NOT_REGIONS
            or len(remainder) < MIN_CORE_LENGTH
            or remainder.startswith(("街道", "办事处"))
        ):
            break
        regions.append(region)
        rest = remainder
    rest = rest.removeprefix(GOVERNMENT_PREFIX)
    return regions, rest


def shorten(core: str) -> str:
    """Apply every abbreviation rule to the part of the name after the regions."""
    for long, short in ABBREVIATIONS:
        core = core.replace(long, short)
    return core


def unit_aliases(unit_name: str) -> list[str]:
    """Given a unit's full name, return the short names people use for it, most specific first."""
    regions, core = split_regions(unit_name)
    short = shorten(core)
    cores = [name for name in dict.fromkeys([short, core]) if name]
    aliases: list[str] = []
    if regions:
        nearest = regions[-1]
        bare = nearest[:-1] if len(nearest) > 2 else nearest
        for name in cores:
            aliases += [nearest + name, bare + name]
        aliases += [nearest[-1] + name for name in cores if name.endswith(AGENCY_ENDINGS)]
    aliases += cores
    unique = [alias for alias in dict.fromkeys(aliases) if alias != unit_name and len(alias) >= 2]
    return unique


ORGAN_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:中国共产党|中共)(?P<region>.+?)委员会"), r"\g<region>委"),
    (re.compile(r"^(?:中国共产党|中共)"), ""),
    (re.compile(r"^中国人民政治协商会议(?P<region>.+?)委员会"), r"\g<region>政协"),
    (re.compile(r"人民代表大会常务委员会"), "人大常委会"),
    (re.compile(r"人民代表大会"), "人大"),
)
"""Full names of party, congress and CPPCC organs → the form a document may print instead:
中国共产党江苏省委员会办公厅 and 中共江苏省委办公厅 are 江苏省委办公厅."""


def unit_key(unit_name: str) -> str:
    """Given a unit's name as some page prints it, return one spelling for comparing it with others."""
    key = re.sub(r"\s+", "", unit_name)
    for pattern, short in ORGAN_FORMS:
        key = pattern.sub(short, key)
    return key


def same_unit(first: str, second: str) -> bool:
    """Whether two printed names are one unit: the same name once spelled alike, or one with more of
    the regions above it (上海市普陀区财政局 and 普陀区财政局), never two regions' units of one name."""
    first_key, second_key = unit_key(first), unit_key(second)
    if first_key == second_key:
        return True
    (first_regions, first_core), (second_regions, second_core) = (
        split_regions(first_key),
        split_regions(second_key),
    )
    shorter, longer = sorted((first_regions, second_regions), key=len)
    return first_core == second_core and bool(shorter) and longer[len(longer) - len(shorter) :] == shorter

"""The names people use for a government unit, from the structure of Chinese unit names.

A unit name is [中共] + regions (省/市/区/县 names) + a core (人力资源和社会保障局, 人民检察院,
人大常委会办公厅). People drop or shorten each part: the outer regions or all of them (区财政局,
普陀区财政局), 中共, 人民 (省检察院), long words (常务委员会 → 常委会, 高级人民法院 → 高院,
办公厅 → 办), department names (人社局), and an office (办公厅/办公室) is named by its organ (省政协).
The rules are declared once here, so every loaded document gets its names the same way; a document's
own short names (the 省检察院 of its narrative) are found by `own_short_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.text import compact, without_spaces

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
    ("社会福利院", "福利院"),
    ("街道办事处", "街道办"),
    ("街道办事处", "街道"),
    ("规划和自然资源", "规土"),
)
"""Long part of a department's name → the short form people say."""

UNIT_WORD_SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("常务委员会", "常委会"),
    ("常委会(?=办)", ""),
    ("高级人民法院", "高院"),
    ("中级人民法院", "中院"),
    ("^(?:高级|中级)(?=人民法院$)", ""),
    ("人民检察院", "检察院"),
    ("人民检察院", "检"),
    ("人民法院", "法院"),
    ("人民政府", "政府"),
    ("管理委员会", "管委会"),
    ("(?<!常务)委员会", "委"),
    ("办公厅", "办"),
    ("办公室", "办"),
)
"""Words every kind of unit name uses (a pattern), and how they are said short; each may or may not be
shortened. 常务委员会 is said 常委会, never 常务委; its office is said by the congress (人大办公厅)."""
COMMITTEE_INITIAL = ("^(?P<first>[\u4e00-\u9fff])[\u4e00-\u9fff]委员会$", r"\g<first>委")
"""A committee named by one two-character word is said by its first character (教育委员会 → 教委); only
as printed, not after another rule shortened it (卫健委员会 is not 卫委)."""

PARTY_PREFIXES = ("中国共产党", "中共")
OFFICE_ENDINGS = ("办公厅", "办公室")
STANDING = "常委会"
"""A congress's standing committee is also named by the congress (省人大常委会办公厅 → 省人大)."""
"""An office is also named by the organ it serves: 省政协办公厅 → 省政协."""
PLACE_ENDINGS = ("街道", "办事处", "镇", "乡", "村", "社区")
"""Units that are themselves places are not named by the level alone (区万里街道 is not said); after a
region they are named by the place alone (普陀万里 is 普陀区万里街道)."""
BUREAU = "局"
"""After a region a bureau is said without it: 普陀财政 is 普陀区财政局, 汾阳人社 汾阳市人社局."""
MIN_BARE_LENGTH = 2
UNIT_ENDINGS = "局委会办院厅室处所站队馆校协府部署团社园中心"
"""Last characters a unit's name can end on; a short name ends on one of them."""
LEVELS = "省市区县州盟旗"
PROVINCE_SHORT_NAMES: dict[str, str] = {
    "北京": "京",
    "天津": "津",
    "上海": "沪",
    "重庆": "渝",
    "河北": "冀",
    "山西": "晋",
    "辽宁": "辽",
    "吉林": "吉",
    "黑龙江": "黑",
    "江苏": "苏",
    "浙江": "浙",
    "安徽": "皖",
    "福建": "闽",
    "江西": "赣",
    "山东": "鲁",
    "河南": "豫",
    "湖北": "鄂",
    "湖南": "湘",
    "广东": "粤",
    "海南": "琼",
    "四川": "川",
    "贵州": "黔",
    "云南": "滇",
    "陕西": "陕",
    "甘肃": "甘",
    "青海": "青",
    "台湾": "台",
    "内蒙古": "蒙",
    "广西": "桂",
    "西藏": "藏",
    "宁夏": "宁",
    "新疆": "新",
}
"""Each province-level region's one-character name (简称); a province is said by it with 省: 苏省 is 江苏省."""
PROVINCE = "省"
GOVERNMENT_PREFIX = "人民政府"
AUTONOMOUS_LEVELS = ("自治区", "自治州", "自治县", "自治旗")
WORD_LEVELS = ("特别行政区", "新区", "林区", "地区")
"""Levels of more than one character: the place is said without the whole level (浦东新区 → 浦东)."""
REGION = re.compile(
    rf"^(?:(?P<people>(?:(?![{LEVELS}])[\u4e00-\u9fff]){{2,10}}?)(?:{'|'.join(AUTONOMOUS_LEVELS)})"
    rf"|(?P<name>[\u4e00-\u9fff]{{1,6}}?)(?:{'|'.join(WORD_LEVELS)}|[省市区县盟旗]))"
)
"""A region at the start of a name: an autonomous one (新疆维吾尔自治区, 黔东南苗族侗族自治州), or a place
and its level (江苏省, 浦东新区)."""
PEOPLE_AT_END = re.compile(
    r"(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇"
    r"|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京"
    r"|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?$"
)
"""A people of China at the end of an autonomous region's name, after its place (黔东南|苗族侗族, 新疆|维吾尔)."""
ZONE_WORDS = ("开发", "高新", "示范", "保税", "工业", "经济", "风景", "旅游", "自贸", "试验", "功能", "产业")
"""Words before 区 that name a zone, not a region (开发区, 高新区): a zone is part of its unit's name."""
NOT_REGIONS = frozenset({"城市", "城区", "市区", "社区", "园区", "景区", "新区", "小区", "辖区", "地区"})
MIN_CORE_LENGTH = 3
MIN_NAME_LENGTH = 3
MIN_SHORT_NAME_LENGTH = 2
"""A unit's short name said alone may be two characters (高院, 人大, 政协): its words come from the
unit's own name, not from a region or a level, so it is never a bare 局 or 市."""
SAID_WITH_REGION = ("政府",)
"""A government is named by its region (汾阳市), never by 政府 alone: every unit belongs to one."""
MIN_OWN_NAME_USES = 2
MAX_SHORT_FORMS = 24


def strip_party(unit_name: str) -> str:
    """中共江苏省委办公厅 → 江苏省委办公厅: the party prefix is said or left out."""
    for prefix in PARTY_PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def split_regions(unit_name: str) -> tuple[list[str], str]:
    """Given 上海市普陀区规划和自然资源局, return (['上海市', '普陀区'], '规划和自然资源局')."""
    regions: list[str] = []
    rest = strip_party(unit_name.strip())
    while match := REGION.match(rest):
        region = match.group(0)
        remainder = rest[len(region) :]
        if (
            region in NOT_REGIONS
            or region[:-1].endswith(ZONE_WORDS)
            or len(remainder) < MIN_CORE_LENGTH
            or remainder.startswith(("街道", "办事处"))
        ):
            break
        regions.append(region)
        rest = remainder
    if rest.startswith(GOVERNMENT_PREFIX) and rest[len(GOVERNMENT_PREFIX) :] not in OFFICE_ENDINGS:
        rest = rest[len(GOVERNMENT_PREFIX) :]
    return regions, rest


POINTING_PLACES = ("本", "全", "该", "各", "此")
"""本市, 全区, 该县: words pointing at a place already named, no place's name."""


def region_alone(said: str) -> bool:
    """孝义市, 普陀区: the words are a region and its level, nothing more (城区 and 社区 are no region, nor
    本市 and 全区 any place's name)."""
    match = REGION.match(said)
    named = not said.startswith(POINTING_PLACES) and said not in NOT_REGIONS
    return match is not None and match.group(0) == said and named


def region_forms(region: str) -> list[str]:
    """江苏省 → [江苏省, 江苏, 苏省]: a region is said with or without its level, a province also by its
    one-character name and level; an autonomous one by its place, with its level's last character below a
    province (黔东南苗族侗族自治州 → 黔东南州, 黔东南)."""
    for level in AUTONOMOUS_LEVELS:
        if region.endswith(level):
            place = region[: -len(level)]
            while (people := PEOPLE_AT_END.search(place)) and people.start() >= 2:
                place = place[: people.start()]
            short = [place + level[-1]] if level != "自治区" else []
            return list(dict.fromkeys([region, *short, place] if len(place) >= 2 else [region, *short]))
    for level in WORD_LEVELS:
        if region.endswith(level) and len(region) > len(level) + 1:
            return [region, region[: -len(level)]]
    bare = region[:-1] if len(region) > 2 else region
    one = PROVINCE_SHORT_NAMES.get(bare) if region.endswith(PROVINCE) else None
    return list(dict.fromkeys([region, bare, *([one + PROVINCE] if one else [])]))


def level_word(region: str) -> str:
    """How the level alone is said (区财政局, 自治区财政厅, 州民宗委)."""
    return next((level for level in AUTONOMOUS_LEVELS if region.endswith(level)), region[-1])


def shorten(core: str) -> str:
    """Apply every abbreviation rule to the part of the name after the regions."""
    for long, short in (COMMITTEE_INITIAL, *ABBREVIATIONS, *UNIT_WORD_SHORT_FORMS):
        core = re.sub(long, short, core)
    return core


def said_forms(core: str) -> tuple[str, ...]:
    """The core as written and with every abbreviation applied, compacted: what a name is compared by."""
    return tuple(dict.fromkeys((compact(core), compact(shorten(core)))))


def core_forms(core: str) -> tuple[list[str], list[str]]:
    """Every way the core is said, each short form used or not (人大常委会办公厅, 人大常委会办 …), and
    the organ an office serves (政协办公厅 → 政协, 人大常委会办公厅 → 人大)."""
    forms = [core]
    for long, short in (COMMITTEE_INITIAL, *ABBREVIATIONS, *UNIT_WORD_SHORT_FORMS):
        forms += [re.sub(long, short, form) for form in forms]
        forms = list(dict.fromkeys(forms))[:MAX_SHORT_FORMS]
    organs = [
        form[: -len(end)] for form in forms for end in OFFICE_ENDINGS if form.endswith(end) and form != end
    ]
    organs += [organ[: -len(STANDING)] for organ in organs if organ.endswith(STANDING) and organ != STANDING]
    organs += [
        form[: -len(end)]
        for form in forms
        for end in (GOVERNMENT_PREFIX, "政府")
        if form.endswith(end) and form[: -len(end)].endswith(PLACE_ENDINGS)
    ]
    return forms, list(dict.fromkeys(organs))


def place_names(forms: list[str]) -> list[str]:
    """A place unit's place without its ending (万里街道 → 万里, 长征镇 → 长征): a proper name, said alone."""
    bare = [form[: -len(end)] for form in forms for end in PLACE_ENDINGS if form.endswith(end)]
    return [
        form
        for form in dict.fromkeys(bare)
        if len(form) >= MIN_BARE_LENGTH and not form.endswith(PLACE_ENDINGS)
    ]


def place_kinds(forms: list[str]) -> list[str]:
    """万里街道办事处 → 街道, 办事处: a place unit named by its kind alone (街道三公经费), as 法院 names a court; it
    names the unit when it is the one of its kind loaded, and asks which when several are."""
    return [
        end
        for end in PLACE_ENDINGS
        if len(end) >= MIN_SHORT_NAME_LENGTH and any(f.endswith(end) for f in forms)
    ]


def bare_forms(forms: list[str]) -> list[str]:
    """The core without its unit word, said after a region's name (not its level alone): a bureau
    without 局 (普陀财政), a place unit by its place (普陀万里)."""
    bare = [form[: -len(BUREAU)] for form in forms if form.endswith(BUREAU)]
    bare = [form for form in bare if len(form) >= MIN_BARE_LENGTH]
    return list(dict.fromkeys([*bare, *place_names(forms)]))


def region_prefixes(regions: list[str], is_place: bool) -> list[str]:
    """The region words a name may start with: the nearest region in any form, with or without the
    outer ones; the level alone (区财政局, 省检察院) for units that are not places themselves."""
    if not regions:
        return [""]
    *outer, nearest = regions
    prefixes = [""]
    for form in region_forms(nearest):
        prefixes.append(form)
        prefixes += [o + form for region in outer for o in region_forms(region)]
        if len(outer) > 1:
            prefixes.append("".join(outer) + form)
    if not is_place:
        prefixes += [level_word(nearest), nearest[-1]]
    return list(dict.fromkeys(prefixes))


def unit_aliases(unit_name: str) -> list[str]:
    """Given a unit's full name, return the names people use for it, most specific first.

    A core that names its region's party committee (委办公厅: 省委办公厅) is never said without a region.
    A core said in one character (人民检察院 → 检) is said after a level or a region's first character
    (省检, 苏检), though two characters in all.
    """
    regions, core = split_regions(unit_key(unit_name))
    cores, organs = core_forms(core)
    committee = core.startswith("委")
    places = place_names([*cores, *organs])
    prefixes = [p for p in region_prefixes(regions, bool(places)) if p and (not committee or p[-1] in LEVELS)]
    aliases = [prefix + form for prefix in prefixes for form in [*cores, *organs]]
    aliases += [
        prefix + form for prefix in prefixes if len(prefix) > 1 for form in bare_forms([*cores, *organs])
    ]
    alone = [form for form in [*cores, *organs] if not committee and shorten(form) not in SAID_WITH_REGION]
    alone += places + place_kinds([*cores, *organs])
    aliases += [form for form in alone if len(form) >= MIN_SHORT_NAME_LENGTH]
    if unit_key(unit_name) != unit_name:
        aliases.append(unit_key(unit_name))
    initials = {prefix + form for prefix in prefixes if len(prefix) == 1 for form in cores if len(form) == 1}
    return [
        a
        for a in dict.fromkeys(aliases)
        if a != unit_name and (len(a) >= MIN_NAME_LENGTH or a in alone or a in initials)
    ]


def in_order_positions(short: str, full: str) -> list[int] | None:
    """Where each character of `short` is found in `full`, in order (leftmost); None when one is not."""
    positions: list[int] = []
    for character in short:
        found = full.find(character, positions[-1] + 1 if positions else 0)
        if found < 0:
            return None
        positions.append(found)
    return positions


def ends_the_name(full: str, position: int) -> bool:
    """A short name ends where the full name does, or where an office's organ does (省政协|办公厅)."""
    return position == len(full) - 1 or full[position + 1 :] in OFFICE_ENDINGS


def is_short_form(short: str, full: str) -> bool:
    """省检察院 of 江苏省人民检察院, 普陀财政局 of 上海市普陀区财政局: the full name's characters, in
    order, some left out, ending where the name (or its organ) ends; of the regions, either none or the
    nearest one is said (市财政局 is not 上海市普陀区财政局: it skips 普陀区; 区政府 is not a 街道办事处)."""
    if len(short) < MIN_NAME_LENGTH or short[-1] not in UNIT_ENDINGS:
        return False
    positions = in_order_positions(short, full)
    if positions is None or not ends_the_name(full, positions[-1]):
        return False
    regions, _core = split_regions(full)
    if not regions:
        return True
    regions_end = full.index(regions[-1]) + len(regions[-1])
    nearest_start = regions_end - len(regions[-1])
    said = [position for position in positions if position < regions_end]
    return not said or any(position >= nearest_start for position in said)


def own_short_names(unit_name: str, texts: Iterable[str]) -> list[str]:
    """The short names a document uses for its own unit (省检察院 in 江苏省人民检察院's narrative).

    A short name starts where the text names a region of the unit or its level (省, 市, 区, 县), runs as
    far as the characters keep to the full name's order, ends on a unit word, and is used at least twice.
    """
    full = strip_party(unit_name)
    regions, _core = split_regions(full)
    starts = {region[-1] for region in regions} | {region[0] for region in regions}
    counts: dict[str, int] = {}
    for text in texts:
        for start, character in enumerate(text):
            if start and text[start - 1] in full:
                continue
            if character in starts and (name := longest_short_form(text, start, full)) and name != full:
                counts[name] = counts.get(name, 0) + 1
    return [name for name, count in counts.items() if count >= MIN_OWN_NAME_USES]


def longest_short_form(text: str, start: int, full: str) -> str:
    """From text[start], the longest run of characters found in order in `full`, cut back to end on a
    unit word; '' when that leaves no short form of the name."""
    end = start
    while end < len(text) and in_order_positions(text[start : end + 1], full) is not None:
        end += 1
    name = text[start:end]
    while name and not is_short_form(name, full):
        name = name[:-1]
    return name


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
    key = without_spaces(unit_name)
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

"""Units of every kind of region are asked by the names people use: an autonomous prefecture by its place
(黔东南州), a new area without 新区 (浦东), a committee by its short form (教委, 卫健委); a unit of
another region of the same name is never answered for them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.composer import Composer
from bot.engine.documents import respell_units
from knowledge.database import open_engine
from loaders import load_into
from tests.loaders.county_budget import BUDGET
from tests.loaders.county_documents import Document
from tests.loaders.document_writers import write_pdf, write_text

SAMPLE = Path(__file__).parents[3] / "knowledge" / "sample" / "fenyang-rsj-2024-yusuan.txt"
UNITS = {
    "黔东南苗族侗族自治州人力资源和社会保障局": ("黔东南州人社局", "黔西南州人社局"),
    "上海市浦东新区教育委员会": ("浦东教委", "闵行区教委"),
    "新疆维吾尔自治区卫生健康委员会": ("新疆卫健委", "西藏卫健委"),
    "湖南省高级人民法院": ("高院", "湖北高院"),
    "四川省人大常委会办公厅": ("人大", "重庆人大"),
    "杭州市西湖区人民政府北山街道办事处": ("北山", "上城区北山街道"),
    "苏州市吴江区震泽镇人民政府": ("震泽", "湖州市震泽镇"),
}
OTHER_REGIONS = ("北京", "浙江省", "杭州市", "海淀区")
"""A unit's full name → (a name people use for it, the same unit of a region that is not loaded)."""


def renamed(document: Document, old: str, new: str) -> Document:
    """The document as the unit `new` would publish it: every line naming `old` names `new`."""

    def lines(texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(text.replace(old, new) for text in texts)

    tables = tuple(
        dataclasses.replace(
            table,
            title=table.title.replace(old, new),
            furniture=lines(table.furniture),
            rows=tuple(lines(row) for row in table.rows),
        )
        for table in document.tables
    )
    return dataclasses.replace(
        document,
        unit_name=new,
        cover=lines(document.cover),
        before=lines(document.before),
        after=lines(document.after),
        tables=tables,
    )


def sample_as(unit: str, folder: Path) -> Path:
    path = folder / f"{unit}.txt"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("汾阳市人力资源和社会保障局", unit))
    return path


def county_text_as(unit: str, folder: Path) -> Path:
    return write_text(renamed(BUDGET, BUDGET.unit_name, unit), folder / f"{unit}.txt")


def county_pdf_as(unit: str, folder: Path) -> Path:
    return write_pdf(renamed(BUDGET, BUDGET.unit_name, unit), folder / f"{unit}.pdf")


FAMILIES = {
    "sample text": sample_as,
    "county text": county_text_as,
    "county pdf": pytest.param(county_pdf_as, marks=pytest.mark.slow),
}


@pytest.fixture(scope="module", params=list(FAMILIES.values()), ids=list(FAMILIES))
def renamed_units(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One database holding the family's document once per unit of UNITS."""
    folder = tmp_path_factory.mktemp("units")
    engine = open_engine(f"sqlite:///{folder / 'units.db'}")
    for unit in UNITS:
        result = load_into(engine, request.param(unit, folder)).result
        assert result is not None and result.outcome == "loaded", result
    yield engine
    engine.dispose()


def not_found(engine: Engine, question: str) -> str:
    """The answer's text, once it is checked to be a not-found with no figure."""
    answer = Composer(engine).answer(question)
    assert answer.status == "not_found", answer.text
    assert not [fact for fact in answer.facts if fact.value is not None], answer.text
    return answer.text


@pytest.mark.parametrize(("unit", "said"), [(unit, names[0]) for unit, names in UNITS.items()])
@pytest.mark.parametrize(
    "question",
    [
        "{}三公经费多少",
        "{}的“三公”经费预算是多少？",
        "请问{}三公经费多少",
        "我想知道{}的三公经费",
        "说说{}的三公经费吧",
        "麻烦问下{}三公经费",
    ],
)
def test_a_unit_is_found_by_the_name_people_use(
    renamed_units: Engine, cache_home: Path, unit: str, said: str, question: str
) -> None:
    answer = Composer(renamed_units).answer(question.format(said))
    assert answer.status == "answered", answer.text
    documents = {fact.source.document for fact in answer.facts if fact.value is not None}
    assert documents and all(document.startswith(unit) for document in documents), answer.text


@pytest.mark.parametrize("other", [names[1] for names in UNITS.values()])
def test_the_same_unit_of_a_region_not_loaded_is_not_found(
    renamed_units: Engine, cache_home: Path, other: str
) -> None:
    not_found(renamed_units, f"{other}三公经费多少")


@pytest.mark.parametrize("region", OTHER_REGIONS)
@pytest.mark.parametrize("name", ["人社局", "教委", "卫健委"])
def test_a_short_name_after_another_region_is_that_regions_unit(
    renamed_units: Engine, cache_home: Path, region: str, name: str
) -> None:
    assert f"{region}{name}" in not_found(renamed_units, f"{region}{name}三公经费多少")


@pytest.mark.parametrize("organ", ["政府", "人民政府", "人大", "政协"])
@pytest.mark.parametrize("region", ["浦东新区", "黔东南州", "新疆"])
def test_an_organ_of_a_loaded_region_that_is_not_loaded_is_not_found(
    renamed_units: Engine, cache_home: Path, region: str, organ: str
) -> None:
    not_found(renamed_units, f"{region}{organ}三公经费多少")


@pytest.mark.parametrize("item", ["政府采购", "政府性基金"])
def test_an_item_that_starts_with_an_organs_name_is_still_the_units_item(
    renamed_units: Engine, cache_home: Path, item: str
) -> None:
    answer = Composer(renamed_units).answer(f"浦东教委{item}预算多少")
    assert "没有找到单位" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("请问省委办公厅2018年物业管理服务多少万元", "中共江苏省委办公厅"),
        ("我想知道省检察院2018年差旅费是多少", "江苏省人民检察院"),
        ("请问区财政局2025年委托业务费多少", "上海市普陀区财政局"),
        ("查一下市财政局2025年办公费", "上海市财政局"),
        ("请问市人社局2024年三公经费", "汾阳市人力资源和社会保障局"),
        ("2024年决算区财政局其他交通费用多少", "上海市普陀区财政局"),
    ],
)
def test_words_opening_a_question_are_no_region_before_a_units_level(
    families: Composer, question: str, unit: str
) -> None:
    """请问省委办公厅: 省 is the level of a loaded unit, not the end of a region called 请问省 (nor 年决算区
    of 2024年决算区财政局)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert {fact.source.document.split(" ")[0] for fact in answer.facts if fact.value is not None} == {unit}


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("黔东南州人设局", "黔东南苗族侗族自治州人力资源和社会保障局"),
        ("新疆卫建委", "新疆维吾尔自治区卫生健康委员会"),
    ],
)
def test_a_unit_name_typed_with_a_homophone_is_the_unit(
    renamed_units: Engine, cache_home: Path, said: str, unit: str
) -> None:
    """人设局 for 人社局: a phrase shaped like a unit's name that sounds like a loaded one names it."""
    answer = Composer(renamed_units).answer(f"{said}三公经费多少")
    assert answer.status == "answered", answer.text
    assert all(fact.source.document.startswith(unit) for fact in answer.facts if fact.value is not None)


@pytest.mark.parametrize(
    ("question", "unit", "value"),
    [
        ("普沱区财政局2025年机关运行经费", "上海市普陀区财政局", "229.43"),
        ("省检查院三公经费", "江苏省人民检察院", "484.30"),
        ("汾杨人社局三公经费", "汾阳市人力资源和社会保障局", "5.00"),
        ("万里街到三公经费", "上海市普陀区人民政府万里街道办事处", "22.91"),
        ("上海市财证局三公经费", "上海市财政局", "346.30"),
        ("万里街到红十字事业经费", "上海市普陀区人民政府万里街道办事处", "43300"),
        ("省政协办工厅2018年差旅费", "江苏省政协办公厅", "200.00"),
        ("汾阳市人力资源和社会保章局三公经费", "汾阳市人力资源和社会保障局", "5.00"),
    ],
)
def test_a_loaded_units_name_typed_by_its_sound_is_that_unit(
    families: Composer, question: str, unit: str, value: str
) -> None:
    """Typos are typed by sound (普沱 for 普陀, 检查 for 检察): in the region, the unit word or a place name,
    or the rest of a name said right up to it (街到, 办工厅), which then leaves no word in the item."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    figures = [fact for fact in answer.facts if fact.value is not None]
    assert {fact.source.document.split(" ")[0] for fact in figures} == {unit}, answer.text
    assert str(figures[0].value) == value, answer.text


@pytest.mark.parametrize(
    "unit",
    [
        "最高人民法院",
        "江苏省中级人民法院",
        "中级人民法院",
        "南京市中级人民法院",
        "最高人民检察院",
        "闵行财政局",
    ],
)
def test_a_unit_one_level_word_away_from_a_loaded_one_is_not_found(families: Composer, unit: str) -> None:
    """中级人民法院 is not 高级人民法院, though one character apart: a unit of another level is another unit."""
    answer = families.answer(f"{unit}2019年三公经费")
    assert answer.status == "not_found", answer.text
    assert not [fact for fact in answer.facts if fact.value is not None], answer.text


@pytest.mark.parametrize(
    "question", ["省检2018年人员经费和公用经费分别是多少", "省检2018年三公经费", "省检的会议费和培训费哪个多"]
)
def test_a_procuratorate_said_by_its_level_and_检_is_that_unit_for_every_item(
    families: Composer, question: str
) -> None:
    """省检 is how 江苏省人民检察院 is said: every item asked of it is its own, never a choice of units."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert {fact.source.document for fact in answer.facts} == {"江苏省人民检察院 2018年预算"}, answer.text


def test_two_characters_inside_a_longer_word_name_no_unit(families: Composer) -> None:
    """全省检查工作经费: 省检 cut out of 全省 and 检查 is no unit."""
    answer = families.answer("全省检查工作经费")
    assert "江苏省人民检察院 2018年预算中没有找到" not in answer.text, answer.text


def test_a_short_unit_name_inside_an_item_its_documents_print_is_the_item(families: Composer) -> None:
    """省高院2019年人大事务: 人大 is part of the 功能分类 款 人大事务, not a second unit to compare."""
    answer = families.answer("省高院2019年人大事务")
    assert answer.intent != "compare" and answer.status == "not_found", answer.text
    assert "人大事务" in answer.text and not [fact for fact in answer.facts if fact.value is not None]


@pytest.mark.parametrize(
    ("question", "unit", "value"),
    [
        ("wl街道机关运行经费", "万里街道", "786.09"),
        ("上海市czj机关运行经费多少", "上海市财政局", "2517.78"),
        ("Putuo财政局 2025 机关运行经费 how much", "上海市普陀区财政局", "229.43"),
        ("szx 2018 差旅费", "江苏省政协办公厅", "200.00"),
        ("fy rsj 三公经费", "汾阳市人力资源和社会保障局", "5.00"),
    ],
)
def test_a_name_typed_in_pinyin_or_its_initials_is_the_loaded_name_it_sounds(
    families: Composer, question: str, unit: str, value: str
) -> None:
    """Putuo, czj, szx, fy rsj: Latin letters spelling a loaded name (or its initials) are that name; the
    part a combined table's column is read for is the one named (机关运行经费, not the 三公 beside it)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert unit in answer.facts[0].source.document, answer.text


@pytest.mark.parametrize("question", ["上海市财政局2025年GDP多少", "xyz局三公经费", "省高院abc费多少"])
def test_latin_letters_that_spell_no_loaded_name_are_never_another_item(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status != "answered" or not any(fact.value for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "unit", "value"),
    [
        ("江苏省高级人民法阮电费", "江苏省高级人民法院", "256.00"),
        ("江苏省人民检察阮差旅费", "江苏省人民检察院", "45.00"),
        ("普陀区社会福利阮电费", "上海市普陀区社会福利院", "320000"),
        ("上海市财政居邮电费", "上海市财政局", "1000000"),
        ("普陀区财政居2025年邮电费", "上海市普陀区财政局", "50000.00"),
    ],
)
def test_a_units_name_with_its_last_character_mistyped_by_rhyme_is_that_unit(
    families: Composer, question: str, unit: str, value: str
) -> None:
    """法阮 for 法院: the last character typed as one that rhymes with it and ends no unit's name."""
    answer = families.answer(question)
    figures = [fact for fact in answer.facts if fact.value is not None]
    assert answer.status == "answered" and figures, answer.text
    assert {fact.source.document.split(" ")[0] for fact in figures} == {unit}, answer.text
    assert str(figures[0].value) == value, answer.text


@pytest.mark.parametrize("question", ["江苏省高级人民法官电费", "江苏省人民检察官差旅费"])
def test_a_last_character_that_makes_a_word_of_its_own_is_not_mended(
    families: Composer, question: str
) -> None:
    """法官 and 检察官 are people, words of their own: never read as a loaded unit's name typed wrong."""
    answer = families.answer(question)
    assert not any(fact.value is not None for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("万里街道寒托班暑托班解决看护难问题指标多少人次", "万里街道寒托班"),
        ("万里街道寒暑托班开设班级数", "万里街道寒暑"),
        ("普陀区万里街道寒托班", "万里街道寒托班"),
    ],
)
def test_a_units_full_name_before_a_rhyming_character_is_never_mended(
    families: Composer, text: str, kept: str
) -> None:
    """万里街道 is a name of the unit as typed, so the 寒 after it begins the item; it is no 万里街道办 typed
    with 寒 for the rhyming 办."""
    assert kept in respell_units(text, families.index)


@pytest.mark.parametrize(
    ("question", "value"), [("万里街道办公费多少", "5811753"), ("万里街道办公费", "5811753")]
)
def test_a_units_name_that_would_cut_the_next_word_in_two_is_read_shorter(
    families: Composer, question: str, value: str
) -> None:
    """万里街道办公费: the unit is 万里街道 and the item 办公费, as 万里街道办 (a name of it too) would cut 办公."""
    answer = families.answer(question)
    figures = [fact for fact in answer.facts if fact.value is not None]
    assert figures and figures[0].source.row == "办公费", answer.text
    assert str(figures[0].value) == value, answer.text


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("请问普陀区财政局财政委托业务支出多少钱？", "普陀区财政局财政委托业务支出多少钱"),
        ("请问万里街道社区公共服务中心多少钱", "万里街道新建万里街道社区公共服务中心多少钱"),
        ("你好，人社局零工市场运营费用多少", "人社局零工市场运营费用多少"),
    ],
)
def test_a_unit_named_after_a_greeting_is_the_unit_unless_a_printed_item_goes_on_as_said(
    families: Composer, question: str, plain: str
) -> None:
    """请问普陀区财政局财政委托…: the unit's name is followed by 财政 as in its 财政所's row, but the words after
    go on otherwise, so it names the unit, as when nothing is said before it; 万里街道社区公共服务中心 goes on as
    the project printed, which it stays part of."""
    answer, expected = families.answer(question), families.answer(plain)
    assert answer.status != "not_found" and answer.facts, answer.text
    assert answer.facts[0] == expected.facts[0], (answer.text, expected.text)

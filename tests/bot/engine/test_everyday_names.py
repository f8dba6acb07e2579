"""Items asked by the names people use, not the labels printed, find the row the document holds (and only
that row); a name the document prints no row for is not found. Asked of Shanghai 区 预算 and 决算, the
Shanghai 市 预算, Jiangsu 省级 预算 and the 汾阳 sample: contributions said with whom they are paid for,
everyday names of 经济分类 items, a figure quoted to check, a typo in a generic word, a unit said by its
kind alone or with a word left out.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.question import cue_words, subject_of, text_to_question
from bot.engine.spoken import paid_for_staff
from knowledge.database import open_engine
from knowledge.units import unit_aliases
from loaders import load_into

pytestmark = pytest.mark.slow


def values(answer: Answer) -> set[Decimal]:
    return {fact.value for fact in answer.facts if fact.value is not None}


def rows(answer: Answer) -> list[str]:
    return [fact.source.row for fact in answer.facts if fact.value is not None and fact.source.row]


def answers_with(families: Composer, question: str, expected: str, printed: str = "") -> Answer:
    """The answer gives the expected figure; from a row that prints `printed`, when it is given."""
    answer = families.answer(question)
    assert answer.status != "not_found", answer.text
    assert Decimal(expected) in values(answer), answer.text
    assert not printed or printed in rows(answer)[0], answer.text
    return answer


def not_found(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not values(answer), answer.text


@pytest.mark.parametrize(
    ("question", "expected", "printed"),
    [
        ("上海市财政局给职工交的养老保险", "8000000", "基本养老保险缴费"),
        ("普陀财政局今年给职工交职业年金要多少钱", "873617.00", "职业年金缴费"),
        ("万里街道给职工交的住房公积金", "3526694", "住房公积金"),
        ("规划资源局2024年员工的医保", "236.63", "职工基本医疗保险缴费"),
        ("规划资源局2024年单位交的公积金", "289.59", "住房公积金"),
        ("省检察院给职工交的职业年金", "418.37", "职业年金缴费"),
        ("省政协职工的养老保险", "407.81", "基本养老保险缴费"),
        ("人社局单位交的医保", "6.24", "职工基本医疗保险缴费"),
        ("人社局给员工缴的职业年金", "7.68", "职业年金缴费"),
    ],
)
def test_a_contribution_said_with_whom_it_is_paid_for_reads_its_social_security_row(
    families: Composer, question: str, expected: str, printed: str
) -> None:
    answers_with(families, question, expected, printed)


@pytest.mark.parametrize(
    ("subject", "paid"),
    [
        ("职工养老保险", "养老保险"),
        ("员工医保", "医保"),
        ("在职人员住房公积金", "住房公积金"),
        ("职工人数", ""),
        ("职工教育经费", ""),
        ("住房公积金", ""),
    ],
)
def test_whom_a_contribution_is_paid_for_narrows_only_a_contribution(subject: str, paid: str) -> None:
    assert paid_for_staff(subject) == paid


@pytest.mark.parametrize(
    ("question", "expected", "printed"),
    [
        ("省高院维修费能有多少", "668.00", "维修"),
        ("省检察院修理费", "65.00", "维修"),
        ("普陀区财政局2024年维修费", "2.83", "维修"),
        ("上海市财政局物业费", "9265733", "物业管理费"),
        ("规划资源局2024年物业费", "82.20", "物业管理费"),
        ("万里街道物业费", "3013200", "物业管理费"),
        ("省检察院电话费", "60.00", "邮电费"),
        ("规划资源局2024年工会费", "56.29", "工会经费"),
        ("人社局工会费", "1.80", "工会经费"),
        ("省人大2017年会务费", "1305.25", "会议费"),
        ("上海市财政局差旅", "1000000", "差旅费"),
        ("省高院出差费用", "291.00", "差旅费"),
        ("省检察院公积金", "1073.77", "住房公积金"),
        ("普陀区财政局2025年医保", "782164.00", "职工基本医疗保险缴费"),
        ("上海市财政局养老金", "8000000", "基本养老保险缴费"),
        ("省委办公厅养老金", "743.39", "基本养老保险缴费"),
        ("人社局养老金", "15.35", "基本养老保险缴费"),
        ("规划资源局2024年行政医疗预算42.73实际花了多少", "40.35", "行政单位医疗"),
        ("规划资源局2024年年底结余多少", "100.00", "年末结转和结余"),
        ("普陀区财政局2024年年底结余", "55.34", "年末结转和结余"),
        ("省政协2018年年底结转多少", "0", "结转下年资金"),
        ("人社局年底结转多少", "0", "年终结转"),
        ("省人大2019年请客吃饭花多少", "384.75", ""),
        ("省政协2018年公款吃喝多少", "412.50", ""),
        ("规划资源局2024年请客花了多少", "0.39", ""),
        ("人社局请客吃饭花了多少", "0", "公务接待费"),
        ("省高院2019年招待费用多少", "86.95", "公务接待费"),
        ("人社局车辆运行维护费", "5.00", "公务用车运行维护费"),
        ("省高院2019年车辆运行维护费", "266.80", "公务用车运行维护费"),
        ("规划资源局2024年车辆运维费", "0.00", "公务用车运行维护费"),
        ("人社局工资总额多少", "157.08", "工资福利支出"),
        ("规划资源局2024年工资总额", "4816.14", "工资福利支出"),
        ("上海市财政局工资总额是多少", "98950260", "工资福利支出"),
        ("省政协2018年工资和福利花了多少", "3806.26", "工资福利支出"),
        ("人社局发工资用了多少钱", "55.78", "基本工资"),
        ("人社局发放工资多少", "55.78", "基本工资"),
        ("上海市财政局发工资用了多少", "13150000", "基本工资"),
        ("江苏高院发放工资多少", "2827.41", "基本工资"),
    ],
)
def test_an_everyday_name_finds_the_row_the_document_prints(
    families: Composer, question: str, expected: str, printed: str
) -> None:
    answers_with(families, question, expected, printed)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("人社局日常公用经费多少", "22.33"),
        ("福利院2024年日常公用经费", "2120950"),
        ("省检察院日常公用经费多少", "2722.57"),
    ],
)
def test_the_daily_public_funds_are_the_public_funds_the_document_prints(
    families: Composer, question: str, expected: str
) -> None:
    """日常公用经费 is what tables and narratives print as 公用经费 (a column, or a stated clause)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == Decimal(expected), answer.text
    assert "公用经费" in (answer.facts[0].source.column or answer.facts[0].text), answer.text


@pytest.mark.parametrize("question", ["普陀财政局2025年IT运维费", "普陀区财政局2025年it运维费多少"])
def test_it_upkeep_is_the_information_systems_upkeep_the_document_states(
    families: Composer, question: str
) -> None:
    answers_with(families, question, "166.66")


@pytest.mark.parametrize(
    "question",
    [
        "上海市财政局水电费",
        "万里街道水电费",
        "省高院水电费",
        "福利院一年的水电费多少",
        "省检察院水电花了多少",
    ],
)
def test_water_and_electricity_said_together_are_both_rows_added(families: Composer, question: str) -> None:
    """水电费 names 水费 and 电费 at once: each row with its source, and their sum, worked out in the open."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    parts = {fact.source.row: fact.value for fact in answer.facts if fact.source.row in ("水费", "电费")}
    assert set(parts) == {"水费", "电费"}, answer.text
    total = answer.facts[-1]
    assert total.value == sum(parts.values()) and total.source.inputs, answer.text


@pytest.mark.parametrize(
    "question",
    ["省检察院2018年离退休费", "省高院离退休费多少", "省委办公厅离退休费", "规划资源局2024年离退休费"],
)
def test_two_rows_said_as_one_with_their_shared_ending_once_are_both_added(
    families: Composer, question: str
) -> None:
    """离退休费 is 离休费 and 退休费, their shared 休费 said once: both rows, each with its source, and their
    sum, never 退休费 alone as if 离 only described it."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    parts = {fact.source.row: fact.value for fact in answer.facts if fact.source.row in ("离休费", "退休费")}
    assert set(parts) == {"离休费", "退休费"}, answer.text
    total = answer.facts[-1]
    assert total.value == sum(parts.values()) and total.source.inputs, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("省检察院2018年公车多少钱", "267.8"),
        ("省高院2019年公务用车经费", "266.8"),
        ("省人大2019年公车费用", "183.6"),
        ("省政协2018年公车", "156.60"),
        ("汾阳人社局公车花多少钱", "5.00"),
        ("万里街道公车花多少钱", "21.56"),
        ("普陀区财政局2025年公车费用", "0"),
    ],
)
def test_the_cars_asked_whole_are_the_purchase_and_running_together(
    families: Composer, question: str, value: str
) -> None:
    """公车 fits 公务用车购置费 and 公务用车运行维护费 alike: the record of both together (公务用车购置及运行费,
    a row or the narrative's figure) answers, never one part (购置费 0, or 运行维护费 equal to the whole)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert "购置及运行" in fact.label and fact.value == Decimal(value), answer.text


@pytest.mark.parametrize(
    "question",
    ["省高院公务用车花多少钱", "省人大2017年公务用车多少钱", "省检察院公车花了多少钱", "万里街道公车多少钱"],
)
def test_the_cars_whole_is_read_from_the_table_that_prints_it_before_the_narrative(
    families: Composer, question: str
) -> None:
    """The narrative states 公务用车购置及运行费 too; the “三公” table's column of it is the source."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert "购置及运行" in fact.label and fact.source.table and fact.source.column, answer.text


def test_a_compound_name_among_items_asked_together_is_its_rows(families: Composer) -> None:
    """水电费和办公费一共多少: 水电费 stands for 水费 and 电费, so all three rows are added."""
    answer = families.answer("福利院水电费和办公费一共多少")
    assert answer.status == "answered" and set(rows(answer)) >= {"水费", "电费", "办公费"}, answer.text
    assert answer.facts[-1].value == Decimal("449000"), answer.text


@pytest.mark.parametrize(
    "question", ["汾阳人社局有没有买车", "省检察院2018年买车花多少", "万里街道有没有买车"]
)
def test_buying_a_car_is_the_car_purchase_item(families: Composer, question: str) -> None:
    """买车 is 公务用车购置费 (0 in each of these), never a row that only holds 车 (就业帮扶车间)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].label.endswith("公务用车购置费"), answer.text
    assert answer.facts[0].value == 0, answer.text


@pytest.fixture(scope="module")
def printed_compound(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """The sample with its 办公费 row printed as 水电费, as a unit's own table may print it."""
    folder = tmp_path_factory.mktemp("compound")
    sample = Path(__file__).parents[3] / "knowledge" / "sample" / "fenyang-rsj-2024-yusuan.txt"
    printed = folder / "fenyang-rsj-2024-yusuan.txt"
    text = sample.read_text(encoding="utf-8")
    assert "办公费\t办公经费\t1.08" in text
    printed.write_text(text.replace("办公费\t办公经费\t1.08", "水电费\t水电费\t1.08"), encoding="utf-8")
    engine = open_engine(f"sqlite:///{folder / 'compound.db'}")
    assert load_into(engine, printed).result is not None
    yield Composer(engine)
    engine.dispose()


def test_a_compound_name_the_document_prints_is_that_row(printed_compound: Composer) -> None:
    answer = printed_compound.answer("人社局水电费多少")
    assert answer.status == "answered" and answer.facts[0].source.row == "水电费", answer.text
    assert answer.facts[0].value == Decimal("1.08"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "人社局维修费",
        "人社局物业费",
        "人社局水电费",
        "规划资源局2024年车补",
        "万里街道车补",
        "省检察院IT运维费",
        "省高院IT运维费",
        "普陀区财政局2025年伙食费",
        "省高院给职工交的失业保险",
        "万里街道给员工交的工伤保险",
        "人社局在职人员经费多少",  # 人员经费 is of every person, the retired too
        "规划资源局2024年的资产有多少",  # what is held, not 无形资产购置 (money spent adding to it)
        "普陀区财政局2024年资产总额",
        "人社局资产有多少",
        "人社局债务有多少",  # what is owed, not 债务还本支出 (money paid on it)
        "普陀区财政局2025年负债多少",
        "万里街道在职人员经费多少",
        "省检察院在职职工经费多少",
    ],
)
def test_an_everyday_name_the_document_prints_no_row_for_is_not_found(
    families: Composer, question: str
) -> None:
    not_found(families, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("上海财政局三公经费是不是三百多万", "346.30"),
        ("普陀区财政局2025年三公经费是不是一万多", "0.95"),
        ("人社局三公经费是不是五万左右", "5.00"),
        ("省高院会议费是不是500万左右", "271.02"),
    ],
)
def test_a_figure_quoted_to_check_is_answered_with_the_documents_figure(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("上海财政局三公经费是不是三百多万", "三公经费"),
        ("规划资源局行政医疗预算42.73实际花了多少", "行政医疗"),
        ("省高院会议费是不是两百来万", "会议费"),
    ],
)
def test_a_figure_quoted_to_check_is_no_word_of_the_item(question: str, subject: str) -> None:
    asked = text_to_question(question)
    named = ["上海财政局", "规划资源局", "省高院"]
    assert subject_of(asked.text, [*named, *cue_words(asked)]) == subject


def test_a_figure_quoted_of_an_item_not_printed_is_still_not_found(families: Composer) -> None:
    not_found(families, "省高院土地出让收入是不是300多万")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("上海市财政局机关运行经废", "2517.78"),
        ("人社局机关运行经废", "22.33"),
        ("普陀区财政局2025年公务接待废", "9500.00"),
        ("万里街道差旅废多少", "80000"),
    ],
)
def test_a_typo_in_a_generic_word_still_finds_the_item(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


def test_a_typo_of_an_item_not_printed_is_still_not_found(families: Composer) -> None:
    not_found(families, "人社局维修废")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("法院三公经费", "513.75"),
        ("检察院三公经费", "484.30"),
        ("街道三公经费", "22.91"),
        ("福利院三公经费", "6.40"),
    ],
)
def test_an_institution_kind_alone_names_the_one_loaded_unit_of_that_kind(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected)


def test_an_institution_kind_several_loaded_units_are_of_asks_which(families: Composer) -> None:
    answer = families.answer("财政局三公经费")
    assert answer.status == "ambiguous", answer.text
    assert "上海市财政局" in answer.text and "上海市普陀区财政局" in answer.text


@pytest.mark.parametrize(
    "question", ["江苏省中级人民法院2019年三公经费", "中级人民法院三公经费", "江苏省委组织部三公经费"]
)
def test_a_unit_of_a_kind_loaded_but_not_itself_loaded_is_not_found(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and "没有找到单位" in answer.text, answer.text


@pytest.mark.parametrize(
    ("unit_name", "kinds"),
    [
        ("江苏省高级人民法院", {"法院", "人民法院", "省法院"}),
        ("湖南省长沙市中级人民法院", {"法院", "长沙法院"}),
        ("上海市普陀区人民政府万里街道办事处", {"街道"}),
        ("北京市东城区人民政府东华门街道办事处", {"街道"}),
    ],
)
def test_a_court_or_a_street_office_is_also_named_by_its_kind(unit_name: str, kinds: set[str]) -> None:
    assert kinds <= set(unit_aliases(unit_name))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("普陀区规划和资源局2024年本年收入合计", "9746.50"),
        ("江苏省人大常委办公厅2019年三公经费", "767.60"),
        ("汾阳市人力社会保障局三公经费", "5.00"),
    ],
)
def test_a_unit_said_with_a_word_left_out_is_found(families: Composer, question: str, expected: str) -> None:
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    ("question", "expected", "printed"),
    [
        ("Fenyang HR bureau 2024 total budget", "1596.64", "支出总计"),
        ("Fenyang 人社局 pension 养老保险缴费 2024 多少", "15.35", "机关事业单位基本养老保险缴费支出"),
        ("Putuo 财政局 2025 年 IT 信息化建设 budget", "1666600", "信息化建设"),
        ("Putuo planning bureau 规划资源局 2024 自然资源事务 事业运行 actual", "4416.67", "事业运行"),
        ("Jiangsu procuratorate 2018 电费 budget", "262.00", "电费"),
        ("江苏检察院2018 electricity 电费", "262.00", "电费"),
        ("what is the electricity budget of 上海市财政局", "800000", "电费"),
    ],
)
def test_english_words_among_chinese_are_read_as_the_documents_say_them_or_dropped(
    families: Composer, question: str, expected: str, printed: str
) -> None:
    """A budget word in English is its Chinese (dropped when the question already says it), a place in
    pinyin is the place, and an English word no budget word translates is no part of the item."""
    answers_with(families, question, expected, printed)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("汾阳 人社局 养老保险缴费多少", "15.35"),
        ("普陀 财政局 2025年 信息化建设", "1666600"),
        ("江苏省 高级 人民法院 2019年 医疗费补助", "6.53"),
    ],
)
def test_spaces_typed_between_chinese_words_join_them(
    families: Composer, question: str, expected: str
) -> None:
    """Chinese is written without spaces: a unit typed with one inside its name is still that unit."""
    answers_with(families, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Beijing finance bureau 2025 budget 三公",
        "Hangzhou finance bureau 2025 三公经费",
        "Zhejiang procuratorate 2018 电费",
    ],
)
def test_a_place_typed_in_pinyin_that_is_not_loaded_is_never_dropped_from_the_question(
    families: Composer, question: str
) -> None:
    """English words no budget word translates are dropped, but a word that reads as pinyin is a name:
    a place not loaded stays in the question, and nothing is answered for another place's unit."""
    answer = families.answer(question)
    assert answer.status == "not_found", answer.text
    assert not values(answer), answer.text


@pytest.mark.parametrize(
    ("question", "expected", "printed"),
    [
        ("省委办公厅18年开会要花多少钱", "933.50", ""),
        ("人社局人头经费多少", "190.11", ""),
        ("上海市财政局人头费多少", "102464260", ""),
        ("万里街道办租房子一年花多少", "1990014", "租赁费"),
        ("福利院车辆运行费一年多少", "64000", "车辆运行费"),
        ("规划资源局2024年车辆运行费", "0.00", "公务用车运行维护费"),
        ("万里街道办的房子有多大面积", "14609.83", ""),
        ("普陀区财政局2025年行政运行里项目支出那一块是多少", "138514.80", "行政运行"),
        ("普陀区财政局2025年政府采购一共要买多少钱的东西", "117.00", ""),
        ("普陀规土局2024年城乡社区规划与管理完成了年初预算的几成", "88.08", ""),
        ("规划资源局2024年办培训花了多少", "1.21", "培训费"),
        ("普陀区财政局2025年组织培训的钱", "30000.00", "培训费"),
        ("省委办公厅2018年召开会议花多少", "933.50", ""),
        ("人社局办培训要多少钱", "0.90", "培训费"),
        ("省委办公厅承办的会议费采购多少", "872.10", ""),  # 承办 holds 办 as no verb of its own
        ("人社局给退休人员发多少钱", "28.88", "退休费"),
        ("给退休的人发了多少钱", "28.88", "退休费"),
        ("万里街道给退休职工发了多少", "177480", "退休费"),
        ("省检察院2018年离休干部发了多少钱", "428.51", "离休费"),
        ("退休人员遗属补助多少", "2.30", "退休人员遗属补助"),  # their kin's money is a row of its own
        ("人社局退休人员的钱多少", "28.88", "退休费"),
        ("省人大2017年退休人员的费用多少", "1395.28", "退休费"),
        ("万里街道退休职工的钱", "177480", "退休费"),
        ("省检察院2018年离休干部的经费", "428.51", "离休费"),  # 干部 ends in 部 but names no unit
        ("规划资源局2024年买无形资产花了多少", "0.00", "无形资产购置"),  # buying a thing is its 购置 row
        ("省检察院2018年买办公设备花多少", "10.00", "办公设备购置"),
        ("万里街道固定资产多少", "3149.52", ""),
        ("人社局的公务车一年要多少钱", "5.00", "公务用车购置及运行费"),
    ],
)
def test_everyday_names_of_items_and_units_and_the_words_around_them(
    families: Composer, question: str, expected: str, printed: str
) -> None:
    """开会 is 会议费, 办培训 and 组织培训 培训费, 给退休人员发的 退休费, 公务车 公务用车,
    人头经费 人员经费, 租房子 租赁费, 房子 房屋; 那一块, 的东西 and 拨了 are no part of the item;
    a 街道办事处 is said 街道办 and a 规划和自然资源局 规土局."""
    answers_with(families, question, expected, printed)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("人社局退休人员的钱占人员经费多少", "28.88"),
        ("万里街道给退休人员发的钱占人员经费多少", "177480"),
        ("省检察院2018年退休人员的费用占基本支出多少", "623.28"),
    ],
)
def test_a_share_of_an_item_said_in_everyday_words_is_of_the_row_that_names_it(
    families: Composer, question: str, part: str
) -> None:
    """退休人员的钱占人员经费多少: the share's part read as the item alone is (退休费), never not found."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value is not None, answer.text
    assert any(fact.value == Decimal(part) and fact.source.row == "退休费" for fact in answer.facts), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "expected", "printed"),
    [
        ("万里街道办租房子一年花多少（租赁费）", "1990014", "租赁费"),
        ("省委办公厅开会的钱是多少(会议费)", "933.50", ""),
        ("汾阳人社局给职工交的养老钱有多少（机关事业单位基本养老保险缴费）", "15.35", ""),
    ],
)
def test_a_name_in_brackets_after_the_question_is_the_item_asked(
    families: Composer, question: str, expected: str, printed: str
) -> None:
    """租房子一年花多少（租赁费）: the bracketed name is what the asker calls the item in the document's words."""
    answers_with(families, question, expected, printed)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("江苏省政协接待费多少", "412.50"),
        ("省高院出国费", "160.00"),
        ("规划资源局2024年招待费", "0.39"),
    ],
)
def test_a_three_public_item_by_its_everyday_name_is_read_in_the_three_public_table(
    families: Composer, question: str, expected: str
) -> None:
    """接待费, 出国费, 招待费 are the 三公 items: read where the whole of them is printed, not only the 基本支出
    part an economic table lists under the same name."""
    answer = answers_with(families, question, expected)
    assert "三公" in answer.facts[0].source.title, answer.text


@pytest.mark.parametrize(
    ("question", "label", "value"),
    [
        ("人社局结转下年多少", "年终结转", "0"),
        ("人社局年末结余多少", "年终结转", "0"),
        ("规划资源局结转到下年的资金有多少", "年末结转和结余", "100.00"),
        ("规划资源局年末结余多少", "年末结转和结余", "100.00"),
        ("省高院结转下年多少", "结转下年资金", "0"),
        ("规划资源局2024年决算有多少结转到下一年", "年末结转和结余", "100.00"),
        ("普陀区财政局2024年决算留到明年的钱有多少", "年末结转和结余", "55.34"),
        ("人社局有多少钱结转到下一年", "年终结转", "0"),
        ("省高院2019年结转至下一年度的资金", "结转下年资金", "0"),
    ],
)
def test_money_carried_to_next_year_is_never_the_money_carried_in(
    families: Composer, question: str, label: str, value: str
) -> None:
    """结转下年 is what goes out at the year's end (年终结转, 年末结转和结余, 结转下年资金), never the
    上年结转 that came in, however alike the words; 结转到下一年 and 留到明年 ask it, no document of next year."""
    answer = families.answer(question)
    assert answer.facts and answer.facts[0].label == label, answer.text
    assert answer.facts[0].value == Decimal(value), answer.text
    assert not any("上年" in fact.label or "年初" in fact.label for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "carried_in", "carried_out"),
    [
        ("普陀区规划资源局的结转结余", "112.88", "100.00"),
        ("普陀区财政局2024年决算结转和结余是多少", "49.14", "55.34"),
        ("普陀财政局2024年结余多少", "49.14", "55.34"),
        ("省政协2018年结转结余", "0", "0"),
        ("人社局结转结余多少", "496.40", "0"),
        ("普陀区财政局2024年财政拨款结转和结余多少", "21.63", "21.63"),
        ("规划资源局2024年财政拨款结转结余", "0", "0"),
    ],
)
def test_money_carried_over_asked_with_no_side_is_both_the_money_carried_in_and_out(
    families: Composer, question: str, carried_in: str, carried_out: str
) -> None:
    """结转结余 with no 年初 or 年末 is either: both are given, each from its own row, never added up."""
    answer = families.answer(question)
    assert answer.intent == "each" and answer.status == "answered", answer.text
    into = next(fact for fact in answer.facts if any(word in fact.label for word in ("上年", "年初")))
    out = next(fact for fact in answer.facts if any(word in fact.label for word in ("年末", "年终", "下年")))
    assert answer.facts[0] is into and answer.text.count("来源") == 2, answer.text
    assert (into.value, out.value) == (Decimal(carried_in), Decimal(carried_out)), answer.text
    assert not answer.text.startswith("合计"), answer.text


def test_a_funds_carry_of_a_budget_printing_only_what_came_in_is_that_row(families: Composer) -> None:
    """财政拨款结转结余 of a 预算 whose tables print only 上年财政拨款结转 of that money: that row."""
    answer = families.answer("人社局财政拨款结转结余多少")
    assert answer.status == "answered", answer.text
    assert answer.facts[0].source.row == "上年财政拨款结转", answer.text
    assert answer.facts[0].value == Decimal("496.40"), answer.text


@pytest.mark.parametrize("question", ["人社局上年结转多少", "人社局结转资金多少"])
def test_money_carried_in_is_still_the_carried_in_row(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.facts[0].label == "上年结转" and answer.facts[0].value == Decimal("496.40"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("省检察院2018年接待客人花了多少", "116.50"),
        ("万里街道招待客人的钱", "1.35"),
        ("省政协2018年招待来客多少钱", "412.50"),
    ],
)
def test_guests_received_are_the_official_reception_fee(
    families: Composer, question: str, expected: str
) -> None:
    answers_with(families, question, expected, "公务接待")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("汾阳人社局的日常运转经费", "22.33"),
        ("省检察院2018年日常运转经费多少", "2722.57"),
        ("福利院运转经费", "2120950"),
    ],
)
def test_the_money_a_unit_runs_on_is_its_running_or_public_costs(
    families: Composer, question: str, expected: str
) -> None:
    """日常运转经费 is no printed name: the 公用经费 or the 机关运行经费 the document prints, named as printed."""
    answer = answers_with(families, question, expected)
    assert answer.text.startswith(("公用经费", "机关运行经费")), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "省委办公厅2018年一般公共预算财政拨款基本支出里人员经费多少",
        "省高院2019年一般公共预算财政拨款基本支出中公用经费多少",
        "规划资源局2024年决算一般公共预算财政拨款基本支出里人员经费",
        "汾阳人社局一般公共预算财政拨款基本支出里公用经费多少",
    ],
)
def test_a_part_of_basic_spending_said_with_all_its_funds_is_that_part(
    families: Composer, question: str
) -> None:
    """一般公共预算财政拨款基本支出里人员经费: 财政拨款 adds nothing to 一般公共预算, so the part is read as
    …一般公共预算基本支出里人员经费 reads it, never the whole's figure a sentence states."""
    answer = families.answer(question)
    same = families.answer(question.replace("财政拨款", "", 1))
    part = "人员经费" if "人员经费" in question else "公用经费"
    assert answer.status == "answered" and part in answer.facts[0].label, answer.text
    assert answer.facts[0].to_json() == same.facts[0].to_json(), answer.text


def test_a_word_with_no_letters_of_a_name_names_nothing_and_ends(families: Composer) -> None:
    """【省人大】 leaves words whose core is empty: they name no record, and looking them up ends (an empty word
    is in every name, and once looped over the names for ever)."""
    found: list[set[int]] = []
    looking = threading.Thread(target=lambda: found.append(families.index.naming(["", "培训"])), daemon=True)
    looking.start()
    looking.join(timeout=60)
    assert found == [families.index.naming(["培训"])]
    answer = families.answer("【省人大】【2019】【培训费】")
    assert any(fact.value == Decimal("363.38") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("这些单位一共有多少项目支出", "项目支出"),
        ("省高院有几个人员经费项目", "人员经费项目"),
        ("上海财政局多少部门经费", "部门经费"),
        ("省高院有几辆车", "车"),
        ("规划资源局项目支出有多少项", "项目支出"),
    ],
)
def test_a_count_word_whose_classifier_begins_a_word_of_the_item_leaves_the_item_whole(
    question: str, subject: str
) -> None:
    """多少项 in 多少项目支出 asks no count: its 项 is the first character of 项目支出, which stays whole."""
    asked = text_to_question(question)
    named = ["上海财政局", "规划资源局", "省高院", "这些单位"]
    assert subject_of(asked.text, [*named, *cue_words(asked)]) == subject


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("人社局有多少人员经费", "190.11"),
        ("人社局多少人员经费", "190.11"),
        ("万里街道多少人员经费", "84024865"),
        ("省高院有多少人员经费", "18387.95"),
    ],
)
def test_a_count_word_before_a_word_of_money_asks_that_money_not_a_headcount(
    families: Composer, question: str, expected: str
) -> None:
    """有多少人员经费: 人 begins 人员经费, a word of money, so no people are counted; its amount is asked."""
    answer = answers_with(families, question, expected)
    assert all(fact.unit != "人" for fact in answer.facts), answer.text


@pytest.mark.parametrize("question", ["人社局有多少人员", "汾阳人社局有几个人", "人社局行政在职人员多少"])
def test_people_counted_without_a_word_of_money_are_still_a_headcount(
    families: Composer, question: str
) -> None:
    answer = answers_with(families, question, "15")
    assert answer.facts[0].unit == "人", answer.text


@pytest.mark.parametrize(
    ("question", "count"), [("人社局有多少项目", "22"), ("汾阳人社局有多少个项目", "22")]
)
def test_a_count_word_before_a_word_that_is_no_money_still_counts(
    families: Composer, question: str, count: str
) -> None:
    """多少项目: 项 begins 项目, a thing counted, not money: the projects are counted."""
    answer = families.answer(question)
    first = answer.text.split("\n", 1)[0]
    assert answer.status == "answered" and re.search(rf"(?:共 ?)?{count} ?个", first), answer.text
    assert not any(fact.unit in ("万元", "元") for fact in answer.facts[:1]), answer.text

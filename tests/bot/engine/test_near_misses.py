"""An item the document does not list is not found, never answered by a record that only looks like it:
not another kind (绩效工资 → 基本工资, 专用燃料费 → 专用材料费), not a broader record (专用设备购置 →
设备购置费, 其他资本性支出 → 其他支出), not a fee's look-alike that is no fee (印刷费 → 印刷服务).
Asked of every document of the sample and the corpus, by the names of the national 支出经济分类 and
功能分类 items."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.cells import is_text
from bot.engine.composer import Composer
from bot.engine.entries import DocumentEntry
from bot.engine.question import subject_variants
from bot.engine.similarity import broader_than_asked, match_key, similarity

pytestmark = pytest.mark.slow

ECONOMIC_ITEMS = [
    "基本工资",
    "津贴补贴",
    "奖金",
    "伙食补助费",
    "绩效工资",
    "机关事业单位基本养老保险缴费",
    "职业年金缴费",
    "职工基本医疗保险缴费",
    "公务员医疗补助缴费",
    "其他社会保障缴费",
    "住房公积金",
    "医疗费",
    "其他工资福利支出",
    "办公费",
    "印刷费",
    "咨询费",
    "手续费",
    "水费",
    "电费",
    "邮电费",
    "取暖费",
    "物业管理费",
    "差旅费",
    "维修（护）费",
    "租赁费",
    "会议费",
    "培训费",
    "公务接待费",
    "专用材料费",
    "被装购置费",
    "专用燃料费",
    "劳务费",
    "委托业务费",
    "工会经费",
    "福利费",
    "公务用车运行维护费",
    "其他交通费用",
    "税金及附加费用",
    "其他商品和服务支出",
    "离休费",
    "退休费",
    "抚恤金",
    "生活补助",
    "救济费",
    "医疗费补助",
    "助学金",
    "奖励金",
    "其他对个人和家庭的补助",
    "房屋建筑物购建",
    "办公设备购置",
    "专用设备购置",
    "基础设施建设",
    "大型修缮",
    "信息网络及软件购置更新",
    "公务用车购置",
    "其他资本性支出",
]
FUNCTIONAL_ITEMS = [
    "行政运行",
    "一般行政管理事务",
    "机关服务",
    "事业运行",
    "行政单位离退休",
    "事业单位离退休",
    "就业创业服务补贴",
    "职业培训补贴",
    "社会保险补贴",
    "公益性岗位补贴",
    "行政单位医疗",
    "事业单位医疗",
    "公务员医疗补助",
    "住房改革支出",
    "提租补贴",
    "购房补贴",
    "财政国库业务",
    "财政监察",
    "信息化建设",
    "税收事务",
    "审计业务",
]


def asked_item_is_in(asked: str, label: str, parents: str) -> bool:
    """The record is the item asked, or a record inside it: the asked name lies within the label's (the label
    may say more: 2024年零工市场运营费用), or the label's within the asked name with no more than a
    character or its parents' names beside it (医疗费补助 of 对个人和家庭的补助 / 医疗费)."""
    asked_key, label_key = match_key(asked), match_key(label)
    if asked_key.core in label_key.core:
        return True
    rest = asked_key.core.replace(label_key.core, "", 1)
    return label_key.core in asked_key.core and (len(rest) <= 1 or rest in parents)


def part_of(composer: Composer, head: DocumentEntry, label: str, asked: str) -> bool:
    """The row so labelled is a part of a row of the asked name left blank (a 政府采购 专项 over its 经济科目):
    the answer gives the asked row's parts and their sum."""
    rows = composer.index.document(head).rows
    return any(row.label == label and row.parent is not None and row.parent.label == asked for row in rows)


def parents_of(composer: Composer, head: DocumentEntry, label: str) -> str:
    """The names of the parents of the document's rows so labelled."""
    rows = [row for row in composer.index.document(head).rows if row.label == label]
    return "".join(ancestor.key.core for row in rows for ancestor in row.ancestors())


@pytest.mark.parametrize("items", [ECONOMIC_ITEMS, FUNCTIONAL_ITEMS], ids=["经济分类", "功能分类"])
def test_an_item_is_answered_only_by_a_record_of_that_item(families: Composer, items: list[str]) -> None:
    answered, missing, wrong = 0, 0, []
    for head in families.index.heads:
        document = f"{head.unit_name}{head.year}年{'决算' if head.kind == '决算' else ''}"
        for item in items:
            answer = families.answer(f"{document}{item}多少")
            labels = [fact.source.row for fact in answer.facts if fact.value is not None and fact.source.row]
            if answer.status != "answered" or not labels:
                missing += answer.status == "not_found"
                continue
            answered += 1
            if not asked_item_is_in(item, labels[0], parents_of(families, head, labels[0])) and not part_of(
                families, head, labels[0], item
            ):
                wrong.append((document, item, labels[0]))
    assert answered >= 50 and missing >= 100, (answered, missing)
    assert not wrong, wrong


def test_an_item_is_never_answered_by_the_rest_of_it(families: Composer) -> None:
    """For every 其他… row of every document, the item without 其他 is asked: the answer may name the item's
    own row, or say it is not found, but never give the 其他 row (what is left beside the named parts) as
    the item; it may be one of the parts a sum of the item adds up (表六's 社会保障缴费 class)."""
    asked, wrong = 0, []
    for head in families.index.heads:
        document = f"{head.unit_name}{head.year}年{'决算' if head.kind == '决算' else ''}"
        rests = {row.label for row in families.index.document(head).rows if row.label.startswith("其他")}
        for label in sorted(rests):
            item = label.removeprefix("其他")
            if len(item) < 4:
                continue
            asked += 1
            answer = families.answer(f"{document}{item}多少")
            rows = [fact.source.row for fact in answer.facts if fact.value is not None]
            summed = len(rows) >= 2 and any(fact.label == f"{item}合计" for fact in answer.facts)
            wrong += [(document, item, row) for row in rows if row.startswith("其他") and not summed]
    assert asked >= 20, asked
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("asked", "record", "narrower"),
    [
        ("专用设备购置", "设备购置", True),
        ("其他资本性", "其他", True),
        ("机关服务", "服务", True),
        ("住房公积金缴费", "住房公积金", False),
        ("三公合计", "三公", False),
        ("省检公共安全", "公共安全", False),
    ],
)
def test_a_record_inside_the_question_is_broader_only_when_the_rest_has_substance(
    asked: str, record: str, narrower: bool
) -> None:
    assert broader_than_asked(asked, record, "江苏省人民检察院") is narrower


def test_a_fee_is_never_answered_by_a_fee_that_holds_its_name_mid_word(families: Composer) -> None:
    """普陀区财政局 2025 lists 邮电费 and no 电费: 电费 is not found, 邮电费 offered only as the nearest."""
    answer = families.answer("普陀区财政局2025年电费多少")
    assert answer.status == "not_found", answer.text
    assert "邮电费" in answer.text, answer.text


def test_a_fee_is_never_answered_by_a_fee_for_more_than_its_name(families: Composer) -> None:
    """省检察院 2018 prints 办公、办案设备更新购置费 and no 办案费: 办案费 is not found, the equipment fee
    offered only as the nearest."""
    answer = families.answer("省检察院2018年办案费是多少")
    assert answer.status == "not_found", answer.text
    assert "办案设备更新购置费" in answer.text, answer.text


@pytest.mark.parametrize(
    ("asked", "record", "alike"),
    [
        ("灵工市场", "2024年零工市场运营费用", True),
        ("专用燃料费", "专用材料费", False),
        ("奖励金", "奖金", False),
        ("印刷费", "印刷服务", False),
        ("医疗费", "职工基本医疗保险缴费", False),
        ("办公费用", "办公费", True),
        ("公共安全支出", "其他公共安全支出", False),
        ("社会保障和就业", "其他社会保障和就业支出", False),
        ("其他公共安全支出", "其他公共安全支出", True),
        ("公务用车购置费", "公务用车购置", True),
        ("科学技术普及", "科学技术普及", True),
        ("科学技术普及", "科学技术普及教育", True),
        ("公务用车购置", "公务用车购置及运行维护费支出", False),
        ("因公出国（境）费用", "因公出国（境）费用及公务接待费", False),
        ("服务采购", "政府采购服务", True),
        ("货物采购预算", "政府采购货物预算", True),
        ("支出项目", "项目支出", True),
        ("采购服务", "服务采购补助", True),
        ("务服采购", "政府采购服务", False),
        ("电费", "邮电费", False),
        ("差旅费", "国内差旅费", True),
        ("租赁费", "房屋租赁费", True),
        ("办案费", "办公、办案设备更新购置费", False),
        ("办公费", "办公设备购置费", False),
        ("办公费", "2024年业务工作经费(办公设备购置)", False),
        ("培训费", "培训经费(技能培训)", True),
        ("会议费", "会议室改造工程费", False),
        ("物业费", "物业管理费", True),
        ("公务用车运行费", "公务用车运行维护费", True),
        ("培训费", "检察教育培训经费", True),
        ("退休人员", "退休人员遗属补助", False),
        ("退休人员", "退休遗属人员", False),
        ("退休人员遗属补助", "退休人员遗属补助", True),
        ("退休人员", "离退休人员", True),
    ],
)
def test_only_a_homophone_or_the_same_words_make_records_alike(asked: str, record: str, alike: bool) -> None:
    assert (similarity(match_key(asked), match_key(record)) >= 70.0) is alike


@pytest.mark.parametrize(
    ("subject", "spelled", "kept"),
    [
        ("工资", "基本工资", True),
        ("绩效工资", "绩效基本工资", False),
        ("公车费用", "公务用车费用", True),
        ("因公出国费", "因公出国(境)费", True),
        ("因公出国费", "因公因公出国(境)费", False),
    ],
)
def test_a_short_form_is_spelled_out_with_words_before_it_only_where_none_qualify_it(
    subject: str, spelled: str, kept: bool
) -> None:
    assert (spelled in subject_variants(subject)) is kept


def test_every_row_asked_by_its_own_name_is_answered_by_that_row(families: Composer) -> None:
    """Each row label of every document, asked with its document named, is answered by a row of that
    name (or one holding it), or offered as one of a few alike; never by another row, never not found.
    A row named as the unit is left out: asked so, the unit's whole budget is meant; so is a row of words
    (a 单位构成 list), which holds no figure."""
    asked, unsure, wrong = 0, [], []
    for head in families.index.heads:
        document = f"{head.unit_name}{head.year}年{'决算' if head.kind == '决算' else ''}"
        rows = families.index.document(head).rows
        labels = {row.label for row in rows if not row.cells or not all(is_text(cell) for cell in row.cells)}
        for label in sorted(labels - {head.unit_name}):
            if len(label) < 3 or label[0].isdigit():
                continue
            asked += 1
            answer = families.answer(f"{document}{label}多少")
            rows = [fact.source.row for fact in answer.facts if fact.value is not None and fact.source.row]
            if answer.status != "answered" or not rows:
                unsure.append((document, label, answer.status))
            elif match_key(label).core not in match_key(rows[0]).core and not part_of(
                families, head, rows[0], label
            ):
                wrong.append((document, label, rows[0]))
    assert asked >= 1000, asked
    assert not wrong, wrong
    assert len(unsure) <= asked // 100, unsure


@pytest.mark.parametrize(
    ("question", "called"),
    [
        ("上海市财政局一共多少人", "人数"),
        ("省高院一共有多少人", "人数"),
        ("普陀区财政局有多少人", "人数"),
        ("福利院有多大面积", "面积"),
        ("普陀区财政局2025年绩效得分", "绩效得分"),
        ("省高院的绩效评分是多少", "绩效评分"),
        ("人社局的绩效等级", "绩效等级"),
    ],
)
def test_what_was_not_found_is_said_without_the_unit_it_was_asked_of(
    families: Composer, question: str, called: str
) -> None:
    """一共多少人 where no headcount is stated: the not-found names the 人数 asked (not the words 一共多少人
    that asked it), the unit already named by the document it was looked for in; a word that asks for
    targets but names the item too (绩效得分) is kept."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    quoted = answer.text.split("没有找到“", 1)[1].split("”", 1)[0]
    assert quoted == called, answer.text


@pytest.mark.parametrize(
    ("question", "unrelated"),
    [
        ("普陀区财政局2025年物业费多少", "社会保障和就业支出"),
        ("人社局会议费多少", "社会保障和就业支出"),
        ("万里街道的教育支出是多少", "体育"),
        ("省检察院彩票公益金支出", "住房公积金"),
    ],
)
def test_a_name_sharing_only_a_character_with_the_item_is_never_offered(
    families: Composer, question: str, unrelated: str
) -> None:
    """物业管理费 and 社会保障和就业支出 share 业, 教育支出 and 体育 share 育: alike in a character, not in
    meaning, so the not-found answer does not offer them."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert unrelated not in answer.text.partition("最接近的条目是：")[2], answer.text


@pytest.mark.parametrize(
    ("question", "offered", "not_offered"),
    [
        ("汾阳人社局劳动仲裁花多少钱", "仲裁工作经费", "2024年业务工作经费"),
        ("万里街道2023年社区公共服务中心新建工程第五季度用款计划多少", "新建万里街道社区公共服务中心", ""),
        ("江苏省检察院有多少辆公务用车？", "公务用车运行维护费", ""),
    ],
)
def test_an_item_not_found_offers_the_names_sharing_a_word_with_it(
    families: Composer, question: str, offered: str, not_offered: str
) -> None:
    """Nothing is near 劳动仲裁 as a whole, but 仲裁工作经费 shares its word 仲裁: offered as what may have
    been meant, never answered; a word most names hold (工作) relates nothing."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    nearest = answer.text.split("最接近的条目是：")[1]
    assert offered in nearest and (not not_offered or not_offered not in nearest), answer.text


@pytest.mark.parametrize(
    ("question", "section", "quoted"),
    [
        ("万里街道国有资产有多少", "「五、国有资产占有情况」", "流动资产448.82万元"),
        ("规划资源局2024年决算国有资产有多少", "「（三）国有资产占有使用情况说明」", "共有车辆0辆"),
        ("汾阳人社局国有资产有多少", "「3、其他国有资产占有使用情况：」", "通用设备0台（套）"),
    ],
)
def test_an_item_only_a_heading_names_quotes_the_opening_of_its_section(
    families: Composer, question: str, section: str, quoted: str
) -> None:
    """国有资产有多少 where no sentence states a total: the section its heading names opens with what the
    document does say (流动资产, 固定资产, 车辆), quoted, not a stray sentence holding a word of it."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "文件只在以下地方提到" in answer.text and f"{section}" in answer.text, answer.text
    assert quoted in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "普陀区规划和自然资源局资产总额",
        "普陀区财政局2024年资产总额是多少",
        "汾阳人社局保险合计多少",
    ],
)
def test_a_whole_asked_is_never_a_record_holding_its_name_inside_another(
    families: Composer, question: str
) -> None:
    """资产总额 of a document whose only row holding 资产 is 无形资产购置 (a purchase), 保险合计 where only
    社会保险基金支出 and 养老保险缴费 hold 保险: no such record is the whole asked, which is named as asked."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert re.search("没有找到“(?:资产总额|保险合计)”", answer.text), answer.text


def test_a_whole_asked_of_an_item_printed_only_by_its_kinds_sums_the_kinds(families: Composer) -> None:
    """设备购置合计 where 专用设备购置 and 办公设备购置 are printed: each is a kind of it, so they are summed."""
    answer = families.answer("省检察院设备购置合计")
    assert answer.status == "answered", answer.text
    assert {fact.label for fact in answer.facts} >= {"专用设备购置", "办公设备购置"}, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局三公经费中火箭多少",
        "汾阳人社局三公经费里火箭费多少",
        "万里街道2023年三公经费中火箭费多少",
        "省检察院2018年三公经费里的火箭多少",
        "上海市财政局2025年机关运行经费中火箭多少",
    ],
)
def test_a_part_the_table_does_not_print_is_not_found_never_the_tables_whole(
    families: Composer, question: str
) -> None:
    """三公经费中火箭: a part said within a table's whole that the table does not print is not found; the
    table's total is no answer for it."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局三公经费结余多少",
        "万里街道2023年三公经费结余多少",
        "普陀区财政局2025年三公经费结转多少",
        "省检察院2018年三公经费结余多少",
    ],
)
def test_an_amount_of_a_table_its_tables_do_not_print_is_not_found(families: Composer, question: str) -> None:
    """三公经费结余: neither the table's whole nor another item's 结余 (a 就业补助资金结余 the narrative states)
    answers for it."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "万里街道2023年社会保障缴费多少",
        "普陀区财政局2025年社保缴费",
        "省检察院2018年社保缴费多少",
    ],
)
def test_an_item_matched_only_across_the_levels_of_a_kemu_path_is_not_found(
    families: Composer, question: str
) -> None:
    """社会保障缴费 is no figure of 社会保障和就业支出（类）…机关事业单位职业年金缴费支出（项）: its words lie in
    the 类 and the 项, and the 项 alone is one contribution of several."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("汾阳人社局三公经费大盘", "5.00"),
        ("省检察院2018年三公经费盘子", "484.30"),
        ("省高院三公经费大盘", "513.75"),
    ],
)
def test_a_table_asked_with_a_word_no_document_prints_is_its_whole(
    families: Composer, question: str, total: str
) -> None:
    """大盘, 盘子: words beside the table's name that name no amount and no record say the whole another way."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(total), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("汾阳人社局公务接待多少批次", "“公务接待”的批次"),
        ("省检察院2018年公务接待多少批次", "“公务接待”的批次"),
        ("普陀区财政局2024年公务接待多少批次", "“公务接待”的批次"),
        ("万里街道2023年公务接待多少人次", "“公务接待”的人次"),
        ("省人大2019年因公出国多少人次", "“因公出国”的人次"),
        ("省检察院2018年公务接待批次", "“公务接待”的批次"),
        ("万里街道2023年公务接待人次", "“公务接待”的人次"),
        ("汾阳人社局公务接待费批次", "“公务接待费”的批次"),
    ],
)
def test_a_count_the_document_does_not_state_is_never_answered_by_the_items_money(
    families: Composer, question: str, said: str
) -> None:
    """公务接待多少批次 where only 公务接待费 is printed: the count is not stated, and its money (a 三公
    item's amount) is no answer to how many."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"没有写明{said}" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局名词解释里最低生活保障是什么",
        "福利院最低生活保障是什么",
        "省政协2018年名词解释里的事业收入是什么意思",
    ],
)
def test_a_term_the_glossary_lacks_is_answered_with_the_terms_it_explains(
    families: Composer, question: str
) -> None:
    """No term of the glossary is near the one asked: the answer lists the terms the document explains,
    not unrelated terms called nearest."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    document = next(
        families.index.document(head)
        for head in families.index.heads
        if head.label in answer.text.split("的名词解释中没有", 1)[0]
    )
    assert document.terms and all(term.term in answer.text for term in document.terms), answer.text
    assert "最接近的名词" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("规划资源局2024年绩效评价结果", "没有写明所问的内容"),
        ("省委办公厅2018年人员情况", "没有写明所问的内容"),
        ("汾阳人社局职工工资一年多少钱", "没有写明所问的数字"),
    ],
)
def test_a_mention_that_does_not_answer_is_said_to_lack_what_was_asked(
    families: Composer, question: str, lacking: str
) -> None:
    """Sentences that only mention the item: they lack the figure asked, or, when no figure was asked
    (绩效评价结果), what was asked; never a figure nobody asked for."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert f"文件只在以下地方提到，但{lacking}" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "省人大2019年国有资本经营预算支出",
        "省高院2019年国有资本经营预算支出多少",
        "省检察院国有资本经营预算支出",
        "省委办公厅国有资本经营预算支出",
    ],
)
def test_a_sentence_sharing_only_words_every_item_has_is_no_mention(
    families: Composer, question: str
) -> None:
    """公务用车购置及运行费预算支出 shares only 预算支出 with 国有资本经营预算支出: it does not mention the
    item, so the not-found answer quotes nothing, and names no 功能分类 类 for a kind of money; the
    narrative's 国有资本经营预算收入 is the other direction, never its figure."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "只在以下地方提到" not in answer.text and "功能分类" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "printed"),
    [
        ("上海市财政局2025年教育支出", "一般公共服务支出"),
        ("上海市财政局2025年科学技术支出多少", "社会保障和就业支出"),
        ("普陀区财政局2025年交通运输支出", "住房保障支出"),
        ("万里街道的教育支出是多少", "城乡社区支出"),
    ],
)
def test_a_spending_class_the_document_lacks_is_not_found_with_the_classes_it_prints(
    families: Composer, question: str, printed: str
) -> None:
    """教育支出 of a 财政局 that prints no such 类: not found, and the 功能分类 类 the document does print
    (its 2xx rows) are named, so the reader sees what it spends on; no figure is given."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text
    classes = answer.text.partition("它按支出功能分类列出的类有：")[2]
    asked = answer.text.split("没有找到“", 1)[1].split("”", 1)[0]
    assert printed in classes and asked not in classes, answer.text


def test_an_item_of_spending_the_narrative_speaks_of_is_no_class_the_document_lacks(
    families: Composer,
) -> None:
    """规划服务支出 that a sentence mentions without its figure: the sentence, and no list of the 类 the
    document prints, for the item is no 功能分类 类 it lacks."""
    answer = families.answer("规划资源局2024年规划服务支出")
    assert answer.status == "not_found" and "只在以下地方提到" in answer.text, answer.text
    assert "它按支出功能分类列出的类有" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "福利院事业经费多少",
        "汾阳人社局行政经费多少",
        "规划资源局2024年行政经费",
        "万里街道2023年事业经费",
        "万里街道社区多少钱",
    ],
)
def test_rows_merely_sharing_a_word_are_never_added_up_as_a_topic(families: Composer, question: str) -> None:
    """行政经费, 事业经费, 社区: 科目 under different headings (行政运行 and 行政事业单位养老支出; the 类 城乡社区
    支出 and the 款 城乡社区住宅 of another) or income rows holding the word inside another (事业单位经营收入)
    are no topic; added up, they would make a figure no table prints."""
    check_no_topic_sum(families.answer(question))


def check_no_topic_sum(answer: Answer) -> None:
    summed = [fact for fact in answer.facts if fact.source.title == "按下列各项相加"]
    assert "有关的" not in answer.text and not summed, answer.text


@pytest.mark.parametrize("question", ["普陀区财政局2024年决算用多少", "汾阳人社局费多少"])
def test_one_character_left_of_a_question_gathers_no_rows_that_hold_it(
    families: Composer, question: str
) -> None:
    """用 of 用多少: one character names no topic, so rows that merely hold it (专用材料费, 家具用具) are never
    added up as 与“用”有关的 spending."""
    answer = families.answer(question)
    summed = [fact for fact in answer.facts if fact.source.title == "按下列各项相加"]
    assert "有关的" not in answer.text and not summed, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局其它支出多少",
        "省高院2019年其它支出多少",
        "上海市财政局2025年其它商品和服务支出多少",
        "规划资源局2024年决算其它交通费用多少",
    ],
)
def test_other_written_either_way_is_the_row_the_document_prints(families: Composer, question: str) -> None:
    """其它 and 其他 are one word: 其它支出 is the 其他支出 row, never the whole it belongs to."""
    answer = families.answer(question)
    printed = families.answer(question.replace("其它", "其他"))
    assert answer.status == "answered" and answer.facts[0].source.row.endswith(answer.facts[0].label), (
        answer.text
    )
    assert [fact.to_json() for fact in answer.facts] == [fact.to_json() for fact in printed.facts], (
        answer.text
    )


@pytest.mark.parametrize(
    "question",
    [
        "省高院2019年诉讼费收入是多少",
        "你好，省高院2019年诉讼费收入是多少",
        "您好，请问人社局诉讼费收入是多少",
        "你好，我想知道万里街道2023年诉讼费收入多少，谢谢",
    ],
)
def test_an_item_not_loaded_asked_among_greetings_stays_not_found(families: Composer, question: str) -> None:
    """诉讼费收入 among greetings: 诉讼 is the fee's, not a verb said around it, so the clause asked is never
    read as 费收入 and answered with the 收入合计."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not [f for f in answer.facts if f.value is not None], answer.text

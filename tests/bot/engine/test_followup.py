"""Follow-up questions (bot.engine.followup): a follow-up is answered exactly as the full question it stands
for, says how it was understood, and never borrows a unit or year that is not loaded; a full question
inherits nothing.

Each conversation is three turns; a turn names the full question it stands for (the same figures from the
same sources must come back), or None for a first question or a turn checked on its own. The sample, the
Shanghai PDFs and the Jiangsu PDFs each have conversations of every kind, in several phrasings.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.followup import Context
from knowledge.database import open_engine
from loaders import load_into
from tests.loaders.county_final_accounts import FINAL_ACCOUNTS
from tests.loaders.document_writers import write_text
from tests.loaders.guangdong_final_accounts import GUANGDONG_FINAL
from tests.loaders.ningxi_budget import NINGXI_BUDGET
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL

Turn = tuple[str, str | None]

SAMPLE = {
    "money of a thing also counted": [
        ("三公经费多少", None),
        ("公务用车呢", "公务用车多少钱"),
    ],
    "item": [
        ("人社局三公经费多少", None),
        ("那公务接待费呢", "人社局公务接待费多少"),
        ("公务用车运行维护费呢", "人社局公务用车运行维护费多少"),
    ],
    "item, another way": [("收入总计", None), ("那支出总计呢", "支出总计"), ("还有项目支出", "项目支出")],
    "another table": [("人社局表五是什么", None), ("那表六呢", "人社局表六是什么")],
    "the rest of the list": [
        ("人社局公用经费有哪些", None),
        ("除了办公费还有什么", "人社局公用经费里除了办公费还有什么"),
    ],
    "item framed by 在…上": [
        ("人社局在零工市场上花了多少", None),
        ("那在培训上呢", "人社局培训花了多少"),
        ("花在人员身上的呢", "人社局人员经费花了多少"),
    ],
    "project by its place": [
        ("第一个项目是什么", None),
        ("第二个呢", "2024年省级财政就业补助资金"),
        ("它的绩效目标", "2024年省级财政就业补助资金的绩效目标"),
    ],
    "the one a ranking showed": [
        ("哪个项目最多", None),
        ("它的绩效目标是什么", "2024年中央财政就业补助资金的绩效目标是什么"),
        ("这个项目的钱从哪来", "2024年中央财政就业补助资金的钱从哪来"),
    ],
    "item in everyday words": [
        ("退休人员的钱多少", None),
        ("占人员经费多少", "退休费占人员经费多少"),
        ("占基本支出呢", "退休费占基本支出多少"),
    ],
    "whole said first": [
        ("人社局商品和服务支出里的办公费", None),
        ("那差旅费呢", "人社局商品和服务支出里的差旅费"),
        ("培训费呢", "人社局商品和服务支出里的培训费"),
    ],
    "within": [
        ("三公经费", None),
        ("其中公务接待费是多少", "公务接待费是多少"),
        ("其中公务用车运行维护费呢", "公务用车运行维护费是多少"),
    ],
    "parts": [
        ("一般公共预算支出", None),
        ("明细呢", "一般公共预算支出明细"),
        ("那基本支出呢", "基本支出明细"),
    ],
    "more detail": [
        ("社会保障和就业支出多少", None),
        ("详细说说", "社会保障和就业支出明细"),
        ("零工市场花了多少钱", None),
        ("能具体点吗", "零工市场明细"),
    ],
    "target": [
        ("零工市场花了多少钱", None),
        ("它的绩效目标", "零工市场的绩效目标"),
        ("这个项目的绩效指标有哪些", "零工市场的绩效指标有哪些"),
    ],
    "target, another way": [
        ("2024年零工市场运营费用是多少", None),
        ("它的绩效目标是什么", "2024年零工市场运营费用的绩效目标是什么"),
        ("该项目的目标呢", "2024年零工市场运营费用的目标"),
    ],
    "share": [("项目支出多少", None), ("占比多少", "项目支出占比多少"), ("那基本支出呢", "基本支出占比多少")],
    "share, another way": [
        ("零工市场运营费用", None),
        ("占总支出的比例呢", "零工市场运营费用占总支出的比例"),
        ("那法律顾问费呢", "法律顾问费占总支出的比例"),
    ],
    "change": [
        ("三公经费", None),
        ("为什么减少", "三公经费为什么减少"),
        ("那机关运行经费呢", "机关运行经费为什么减少"),
    ],
    "meaning": [
        ("什么是机关运行经费", None),
        ("那三公经费呢", "什么是三公经费"),
        ("它的预算是多少", "三公经费预算是多少"),
    ],
    "meaning, another way": [
        ("三公经费", None),
        ("什么意思", "三公经费是什么意思"),
        ("那项目支出呢", "项目支出是什么意思"),
    ],
}
SHANGHAI = {
    "another table": [("万里街道2023年表3是什么", None), ("那表5呢", "万里街道2023年表5是什么")],
    "item framed by 在…上": [
        ("万里街道在三公经费上花了多少", None),
        ("那在公务接待上呢", "万里街道公务接待费花了多少"),
    ],
    "money of a thing also counted": [
        ("万里街道三公经费多少", None),
        ("公务用车呢", "万里街道公务用车多少钱"),
    ],
    "the one a ranking showed": [
        ("上海市财政局2025年哪项支出最多", None),
        ("它占总支出多少", "上海市财政局2025年一般公共服务支出占总支出多少"),
        ("那住房保障支出呢", "上海市财政局2025年住房保障支出占总支出多少"),
    ],
    "what it is for": [
        ("上海市财政局卫生健康支出是干嘛的", None),
        ("那住房保障支出呢", "上海市财政局住房保障支出是干嘛的"),
        ("社会保障和就业支出呢", "上海市财政局社会保障和就业支出是干嘛的"),
    ],
    "year": [
        ("普陀区财政局2025年三公经费", None),
        ("那去年呢", "普陀区财政局2024年三公经费"),
        ("2025年的呢", "普陀区财政局2025年三公经费"),
    ],
    "kind": [
        ("普陀区财政局三公经费", None),
        ("决算呢", "普陀区财政局决算三公经费"),
        ("那2025年的预算呢", "普陀区财政局2025年预算三公经费"),
    ],
    "unit": [
        ("上海市财政局2025年三公经费", None),
        ("那普陀区财政局呢", "普陀区财政局2025年三公经费"),
        ("上海市财政局的呢", "上海市财政局2025年三公经费"),
    ],
    "scope": [
        ("万里街道2023年三公经费", None),
        ("部门预算呢", "万里街道2023年部门预算三公经费"),
        ("那公务接待费呢", "万里街道2023年部门预算公务接待费"),
    ],
    "item": [
        ("普陀区财政局2025年项目支出", None),
        ("那基本支出呢", "普陀区财政局2025年基本支出"),
        ("占比多少", "普陀区财政局2025年基本支出占比多少"),
    ],
    "whole said first": [
        ("万里街道基本支出中的办公费", None),
        ("那差旅费呢", "万里街道基本支出中的差旅费"),
        ("水电费呢", "万里街道基本支出中的水电费"),
    ],
    "within": [
        ("上海市财政局2025年三公经费多少", None),
        ("其中公务接待费呢", "上海市财政局2025年公务接待费多少"),
        ("因公出国(境)费呢", "上海市财政局2025年因公出国(境)费多少"),
    ],
    "target": [
        ("万里街道2023年就业援助基地补贴多少", None),
        ("它的绩效目标", "万里街道2023年就业援助基地补贴的绩效目标"),
        ("那社区环境整治和建设经费呢", "万里街道2023年社区环境整治和建设经费的绩效目标"),
    ],
    "share": [
        ("万里街道2023年项目支出多少", None),
        ("占比多少", "万里街道2023年项目支出占比多少"),
        ("基本支出呢", "万里街道2023年基本支出占比多少"),
    ],
    "change": [
        ("普陀区财政局2024年机关运行经费", None),
        ("为什么增加", "普陀区财政局2024年机关运行经费为什么增加"),
        ("规划资源局的呢", "规划资源局2024年机关运行经费为什么增加"),
    ],
    "change, another way": [
        ("规划资源局2024年一般公共预算财政拨款支出", None),
        ("为什么增加", "规划资源局2024年一般公共预算财政拨款支出为什么增加"),
        ("那三公经费呢", "规划资源局2024年三公经费为什么增加"),
    ],
    "meaning": [
        ("上海市财政局2025年三公经费", None),
        ("什么意思", "上海市财政局2025年三公经费是什么意思"),
        ("那机关运行经费呢", "上海市财政局2025年机关运行经费是什么意思"),
    ],
    "compare": [
        ("普陀区财政局2024年决算和2025年预算三公经费比较", None),
        ("其中公务接待费呢", "普陀区财政局2024年决算和2025年预算公务接待费比较"),
        ("那机关运行经费呢", "普陀区财政局2024年决算和2025年预算机关运行经费比较"),
    ],
    "item in everyday words": [
        ("万里街道退休职工的钱", None),
        ("占基本支出多少", "万里街道退休费占基本支出多少"),
        ("那住房公积金呢", "万里街道住房公积金占基本支出多少"),
    ],
    "spent in full": [
        ("规划资源局2024年钱花完了吗", None),
        ("三公经费呢", "规划资源局2024年三公经费钱花完了吗"),
        ("那培训费呢", "规划资源局2024年培训费钱花完了吗"),
    ],
    "parts": [
        ("福利院2024年项目支出", None),
        ("那基本支出呢", "福利院2024年基本支出"),
        ("明细呢", "福利院2024年基本支出明细"),
    ],
    "more detail": [
        ("福利院2024年基本支出", None),
        ("展开讲讲", "福利院2024年基本支出明细"),
    ],
}
JIANGSU = {
    "the rest of the list": [
        ("省检察院2018年基本支出包括哪些", None),
        ("除了工资福利支出还有哪些", "省检察院2018年基本支出里除了工资福利支出还有哪些"),
    ],
    "item framed by 在…上": [
        ("省高院2019年在公务接待上花了多少", None),
        ("那花在会议上的呢", "省高院2019年会议费花了多少"),
    ],
    "money of a thing also counted": [
        ("省人大2017年三公经费多少", None),
        ("公务用车呢", "省人大2017年公务用车多少钱"),
    ],
    "the one a ranking showed": [
        ("省高院2019年哪项支出最多", None),
        ("它占总支出多少", "省高院2019年公共安全支出占总支出多少"),
        ("它的明细呢", "省高院2019年公共安全支出明细"),
    ],
    "the one column a ranking showed": [
        ("省检察院2018年三公经费哪项最多", None),
        ("它占多少", "省检察院2018年公务用车购置及运行费占多少"),
    ],
    "more detail of the one a ranking showed": [
        ("省高院2019年哪项支出最多", None),
        ("说详细点", "省高院2019年公共安全支出明细"),
    ],
    "item in everyday words": [
        ("省人大2017年退休人员的费用多少", None),
        ("占人员经费多少", "省人大2017年退休费占人员经费多少"),
        ("那2019年呢", "省人大2019年退休费占人员经费多少"),
    ],
    "year": [
        ("江苏省人大常委会办公厅2019年三公经费", None),
        ("2017年的呢", "江苏省人大常委会办公厅2017年三公经费"),
        ("其中公务接待费呢", "江苏省人大常委会办公厅2017年公务接待费"),
    ],
    "year, another way": [
        ("江苏省人大常委会办公厅2017年公务接待费", None),
        ("那2019年的是多少", "江苏省人大常委会办公厅2019年公务接待费"),
        ("那会议费呢", "江苏省人大常委会办公厅2019年会议费"),
    ],
    "unit": [
        ("省政协办公厅2018年三公经费", None),
        ("那省委办公厅呢", "江苏省委办公厅2018年三公经费"),
        ("省检察院的呢", "省检察院2018年三公经费"),
    ],
    "whole said first": [
        ("省检察院2018年基本支出里的办公费", None),
        ("那差旅费呢", "省检察院2018年基本支出里的差旅费"),
        ("电费呢", "省检察院2018年基本支出里的电费"),
    ],
    "within": [
        ("省检察院2018年三公经费", None),
        ("其中公务接待费是多少", "省检察院2018年公务接待费是多少"),
        ("那会议费呢", "省检察院2018年会议费"),
    ],
    "share": [
        ("省政协办公厅2018年基本支出", None),
        ("占比多少", "省政协办公厅2018年基本支出占比多少"),
        ("那项目支出呢", "省政协办公厅2018年项目支出占比多少"),
    ],
    "share, another way": [
        ("省高院2019年项目支出", None),
        ("占支出总计的比例呢", "省高院2019年项目支出占支出总计的比例"),
        ("基本支出的呢", "省高院2019年基本支出占支出总计的比例"),
    ],
    "change": [
        ("省高院2019年公务接待费", None),
        ("为什么减少", "省高院2019年公务接待费为什么减少"),
        ("那会议费呢", "省高院2019年会议费为什么减少"),
    ],
    "outcome of a budget": [
        ("省高院2019年超预算了吗", None),
        ("三公经费呢", "省高院2019年三公经费超预算了吗"),
        ("会议费呢", "省高院2019年会议费超预算了吗"),
    ],
    "rank within one unit": [
        ("省委办公厅2018年哪个单位三公经费最多", None),
        ("那培训费呢", "省委办公厅2018年哪个单位培训费最多"),
        ("会议费呢", "省委办公厅2018年哪个单位会议费最多"),
    ],
    "rank": [
        ("哪个单位三公经费最多", None),
        ("那公务接待费呢", "哪个单位公务接待费最多"),
        ("会议费呢", "哪个单位会议费最多"),
    ],
    "meaning": [
        ("省委办公厅2018年三公经费", None),
        ("是什么意思", "省委办公厅2018年三公经费是什么意思"),
        ("那一般公共预算呢", "省委办公厅2018年一般公共预算是什么意思"),
    ],
}


def conversation(composer: Composer, questions: list[str]) -> list[Answer]:
    """Each question in turn, each read against the context the one before left."""
    answers = []
    context: Context | None = None
    for question in questions:
        answer, context = composer.answer_in_context(question, context)
        answers.append(answer)
    return answers


def sourced(answer: Answer) -> tuple[str, list[tuple[str, Decimal | None, str]]]:
    """What an answer says, as figures with their sources: the same when two answers agree."""
    return answer.status, [(fact.label, fact.value, fact.source.describe()) for fact in answer.facts]


def understood_line(answer: Answer) -> str:
    first = answer.text.split("\n", 1)[0]
    return first if first.startswith("按“") and first.endswith("”理解：") else ""


def check_conversation(composer: Composer, turns: list[Turn]) -> None:
    answers = conversation(composer, [question for question, _full in turns])
    for (question, full), answer in zip(turns, answers, strict=True):
        if full is None:
            assert not understood_line(answer), question
            continue
        expected = composer.answer(full)
        assert answer.status == "answered", (question, answer.text)
        assert sourced(answer) == sourced(expected), (question, answer.text, expected.text)
        said = understood_line(answer)
        assert said, (question, answer.text)
        documents = {fact.source.document for fact in answer.facts}
        if len(documents) == 1:
            assert documents.pop() in said, (question, said)


@pytest.mark.parametrize("kind", list(SAMPLE))
def test_a_follow_up_on_the_sample_is_answered_as_the_full_question_it_stands_for(
    composer: Composer, kind: str
) -> None:
    check_conversation(composer, SAMPLE[kind])


@pytest.mark.parametrize("kind", list(SHANGHAI))
def test_a_follow_up_on_shanghai_documents_is_answered_as_the_full_question_it_stands_for(
    families: Composer, kind: str
) -> None:
    check_conversation(families, SHANGHAI[kind])


@pytest.mark.parametrize("kind", list(JIANGSU))
def test_a_follow_up_on_jiangsu_documents_is_answered_as_the_full_question_it_stands_for(
    families: Composer, kind: str
) -> None:
    check_conversation(families, JIANGSU[kind])


@pytest.mark.parametrize(
    ("questions", "unit", "loaded"),
    [
        (["人社局三公经费多少", "那2022年呢"], "汾阳市人力资源和社会保障局", "2024年单位预算"),
        (["普陀区财政局2025年三公经费", "决算呢"], "上海市普陀区财政局", "2025年部门预算、2024年部门决算"),
        (["江苏省人大常委会办公厅2017年三公经费", "2015年的呢"], "江苏省人大常委会办公厅", "2019年部门预算、2017年部门预算"),
        (["省高院2019年三公经费", "那省检察院呢"], "江苏省人民检察院", "2018年部门预算"),
        (["万里街道2023年三公经费", "单位预算呢"], "上海市普陀区人民政府万里街道办事处", "2023年部门预算"),
    ],
)  # fmt: skip
def test_an_inherited_year_or_unit_that_is_not_loaded_is_not_found_with_what_is(
    families: Composer, questions: list[str], unit: str, loaded: str
) -> None:
    *_, answer = conversation(families, questions)
    assert answer.status == "not_found" and not answer.facts
    assert understood_line(answer)
    assert answer.text.endswith(f"{unit}已载入：{loaded}。")


@pytest.mark.parametrize(
    ("questions", "said"),
    [
        (["人社局三公经费多少", "那去年呢"], "与2023年预算数相同"),
        (["江苏省人大常委会办公厅2017年三公经费", "上一年呢"], "与上年预算数持平"),
    ],
)
def test_last_year_asked_after_this_years_figure_is_not_found_with_what_this_year_says_of_it(
    families: Composer, questions: list[str], said: str
) -> None:
    """那去年呢 with only this year loaded: not found, with this year's narrative on how it compares."""
    *_, answer = conversation(families, questions)
    assert answer.status == "not_found" and not answer.facts
    assert understood_line(answer)
    assert "说明中与上年的比较" in answer.text and said in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "alone"),
    [
        (["省高院三公经费多少", "那省检察院呢"], "省检察院2018年三公经费多少"),
        (["上海市财政局三公经费多少", "那福利院呢"], "福利院2024年三公经费多少"),
        (["汾阳人社局三公经费多少", "那万里街道呢"], "万里街道2023年三公经费多少"),
    ],
)
def test_another_unit_after_a_year_nobody_named_is_answered_from_that_units_document(
    families: Composer, questions: list[str], alone: str
) -> None:
    """省高院三公经费 came from its 2019 document, a year the person never said: 那省检察院呢 asks the
    检察院's 三公经费, from the document it has (2018), not "no 2019 document"."""
    *_, answer = conversation(families, questions)
    assert answer.status == "answered" and sourced(answer) == sourced(families.answer(alone)), answer.text


@pytest.mark.parametrize(
    ("questions", "unit"),
    [
        (["省高院会议费多少", "那最高人民法院呢"], "最高人民法院"),
        (["人社局三公经费多少", "最高检呢"], "最高检"),
        (["省政协2018年会议费", "那全国政协的呢"], "全国政协"),
    ],
)
def test_a_unit_of_the_whole_country_asked_after_a_figure_is_not_loaded(
    families: Composer, questions: list[str], unit: str
) -> None:
    """那最高人民法院呢 after 省高院会议费: that court is not loaded, never 江苏省高级人民法院 (人民法院) nor a
    ranking (最高) of its 会议费."""
    *_, answer = conversation(families, questions)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert understood_line(answer).startswith(f"按“{unit} "), answer.text


def test_after_a_year_that_is_not_loaded_the_next_follow_up_corrects_it(families: Composer) -> None:
    """省高院 has no 2018: the answer says it has 2019, and 2019年的呢 is then the 省高院's 2019."""
    answers = conversation(families, ["省检察院2018年三公经费", "那省高院呢", "2019年的呢"])
    assert sourced(answers[2]) == sourced(families.answer("省高院2019年三公经费"))
    assert answers[2].status == "answered"


@pytest.mark.parametrize(
    ("first", "then", "alone"),
    [
        ("省高院哪项支出比上年减少最多", "那增加最多的呢", "省高院哪项支出比上年增加最多"),
        ("汾阳人社局哪项支出比上年减少最多", "那省检察院呢", "省检察院哪项支出比上年减少最多"),
        ("万里街道哪项支出增长最快", "那福利院呢", "福利院哪项支出增长最快"),
    ],
)
def test_a_follow_up_to_a_ranking_of_changes_ranks_again(
    families: Composer, first: str, then: str, alone: str
) -> None:
    """哪项 is no part of the item: 那增加最多的呢 asks the same ranking the other way, never the change
    of 项目支出 its 项 might be read as."""
    answers = conversation(families, [first, then])
    assert answers[1].intent == "rank", answers[1].text
    assert sourced(answers[1]) == sourced(families.answer(alone)), answers[1].text


def test_a_full_question_after_follow_ups_starts_afresh(families: Composer) -> None:
    questions = ["人社局三公经费多少", "那去年呢", "上海市财政局2025年公务接待费多少", "那机关运行经费呢"]
    answers = conversation(families, questions)
    assert not understood_line(answers[2])
    assert sourced(answers[2]) == sourced(families.answer("上海市财政局2025年公务接待费多少"))
    assert sourced(answers[3]) == sourced(families.answer("上海市财政局2025年机关运行经费多少"))


@pytest.mark.parametrize("question", ["零工市场花了多少钱", "公务接待费是多少", "2024年收入总计是多少"])
def test_a_question_naming_its_own_item_inherits_nothing(two_units_composer: Composer, question: str) -> None:
    """After 孝义's 三公经费, a complete question is read on its own: both units answer, as without a
    conversation, never 孝义 alone."""
    first, answer = conversation(two_units_composer, ["孝义人社局三公经费多少", question])
    assert first.status == "answered"
    assert not understood_line(answer)
    assert sourced(answer) == sourced(two_units_composer.answer(question))
    assert {fact.source.document.split()[0] for fact in answer.facts} >= {"汾阳市人力资源和社会保障局"}


def test_a_follow_up_keeps_to_the_unit_it_follows(two_units_composer: Composer) -> None:
    """The sample is loaded under two units' names: a follow-up never answers from the other one."""
    _first, item, target = conversation(
        two_units_composer, ["孝义人社局三公经费多少", "那公务用车运行维护费呢", "零工市场呢"]
    )
    for answer in (item, target):
        assert answer.facts and all(fact.source.document.startswith("孝义市") for fact in answer.facts)


@pytest.mark.parametrize("question", ["它的绩效目标", "占比多少", "绩效目标呢"])
def test_asking_of_it_after_several_items_asks_which(composer: Composer, question: str) -> None:
    _first, answer = conversation(composer, ["办公费和差旅费各是多少", question])
    assert answer.status == "ambiguous" and not answer.facts
    assert [choice.label for choice in answer.choices] == ["办公费", "差旅费"]
    for choice in answer.choices:
        assert choice.label in choice.question and "汾阳市人力资源和社会保障局" in choice.question
        assert composer.answer(choice.question).status != "ambiguous"


def test_asking_of_them_after_several_items_asks_of_both(composer: Composer) -> None:
    _first, answer = conversation(composer, ["办公费和差旅费各是多少", "它们的绩效目标"])
    assert answer.status != "ambiguous" or answer.choices == []
    assert "办公费和差旅费" in understood_line(answer)


@pytest.mark.parametrize(
    "data",
    [
        Context(unit="汾阳市人力资源和社会保障局", year=2024, ask="三公经费多少", item="三公经费", items=("a", "b"), documents=(1,)).to_json(),
        Context().to_json(),
    ],
)  # fmt: skip
def test_a_context_survives_its_json(data: dict[str, object]) -> None:
    import json

    assert Context.from_json(json.loads(json.dumps(data))) == Context.from_json(data)
    context = Context.from_json(data)
    assert context is not None and context.to_json() == data


@pytest.mark.parametrize(
    "data", [None, [], "x", {"unit": 3}, {"year": "2024"}, {"items": [1]}, {"spare": 1}, {"documents": "12"}]
)
def test_anything_that_is_not_a_context_reads_as_none(data: object) -> None:
    assert Context.from_json(data) is None


def test_a_reading_chosen_leaves_a_context_of_its_own_unit(two_units_composer: Composer) -> None:
    """After 零工市场花了多少钱 is offered for two units, the reading chosen is what a follow-up follows."""
    offered, context = two_units_composer.answer_in_context("零工市场花了多少钱", None)
    assert offered.status == "ambiguous" and context is not None and not context.unit
    for choice in offered.choices:
        answer, chosen = two_units_composer.choose_in_context(choice)
        assert sourced(answer) == sourced(two_units_composer.choose(choice))
        assert chosen is not None and chosen.documents == choice.documents
        follow_up, _ = two_units_composer.answer_in_context("那公务接待费呢", chosen)
        assert follow_up.status == "answered"
        assert {fact.source.document for fact in follow_up.facts} == {choice.label}


@pytest.mark.parametrize(
    ("before", "question", "alone"),
    [
        ("人社局三公经费多少", "零工市场花了多少钱", True),
        ("零工市场花了多少钱", "2024年收入总计是多少", True),
        ("什么是机关运行经费", "办公费多少", True),
        ("人社局三公经费多少", "那公务接待费呢", False),
        ("零工市场花了多少钱", "它的绩效目标", False),
        ("项目支出多少", "占比多少", False),
    ],
)
def test_a_question_that_reads_alone_gets_the_same_reply_in_any_context(
    composer: Composer, before: str, question: str, alone: bool
) -> None:
    """What lets a channel cache a question of its own once, whatever the conversation before it."""
    _first, context = composer.answer_in_context(before, None)
    assert context is not None
    assert composer.reads_alone(question, context) is alone
    answer, after = composer.answer_in_context(question, context)
    if alone:
        assert (answer.to_json(), after) == tuple_of(composer.answer_in_context(question, None))
    else:
        assert understood_line(answer)


def tuple_of(said: tuple[Answer, Context | None]) -> tuple[object, Context | None]:
    return said[0].to_json(), said[1]


def check_read_as_full(composer: Composer, questions: list[str], full: str, says: str) -> Answer:
    """The last of `questions`, a follow-up, gets the reply the full question gets (found or not), says
    it was understood, and what it says it understood holds `says` (the unit, year or kind carried)."""
    *_, answer = conversation(composer, questions)
    expected = composer.answer(full)
    said = understood_line(answer)
    assert said and says in said, (questions, answer.text)
    assert sourced(answer) == sourced(expected), (questions, answer.text, expected.text)
    if answer.intent == "not_loaded":  # a follow-up also says what the unit it carries over has
        assert not answer.facts and "已载入：" in answer.text, answer.text
    else:
        assert answer.text.removeprefix(said + "\n") == expected.text, (answer.text, expected.text)
    return answer


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (
            ["省人大2019年会议费多少", "2017年呢", "比2019年多还是少"],
            "省人大2017年会议费比2019年多还是少",
            "2017年 会议费比2019年",
        ),
        (
            ["省人大2019年培训费多少", "2017年呢", "和2019年比差多少"],
            "省人大2017年培训费和2019年比差多少",
            "2017年 培训费和2019年比",
        ),
        (
            ["普陀区财政局2025年基本支出多少", "2024年呢", "比2025年少了多少"],
            "普陀区财政局2024年基本支出比2025年少了多少",
            "2024年",
        ),
    ],
)
def test_a_change_against_a_year_the_follow_up_names_keeps_the_year_asked_last(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """2017年呢, then 比2019年多还是少: the 2017 figure set against the year named, as the full question
    asks it; never both years of the conversation and the one named again."""
    answer = check_read_as_full(families, questions, full, says)
    assert understood_line(answer).count("比") == 1, answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局机关运行经费", "比上年增加还是减少"], "人社局2024年机关运行经费比上年增加还是减少", "汾阳市人力资源和社会保障局"),
        (["普陀区财政局2025年机关运行经费", "比上年增加还是减少"], "普陀区财政局2025年机关运行经费比上年增加还是减少", "上海市普陀区财政局"),
        (["江苏省人大常委会办公厅2019年公务接待费", "比2017年增加还是减少"], "江苏省人大常委会办公厅2019年公务接待费比2017年增加还是减少", "江苏省人大常委会办公厅"),
        (["江苏省人大常委会办公厅2019年公务接待费", "比2017年多了多少"], "江苏省人大常委会办公厅2019年公务接待费比2017年多了多少", "2019年"),
        (["省政协办公厅2018年三公经费", "是增加还是减少了"], "省政协办公厅2018年三公经费是增加还是减少了", "江苏省政协办公厅"),
    ],
)  # fmt: skip
def test_a_change_asked_as_a_choice_follows_the_item_before(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """增加还是减少 offers a choice between two changes and names no item; 比2017年 is the year compared
    with: the follow-up is of the unit, year and item before, never a question read on its own."""
    check_read_as_full(families, questions, full, says)


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["规划资源局2024年三公经费决算", "比预算多还是少"], "规划资源局2024年决算三公经费比预算多还是少", "2024年决算"),
        (["普陀区财政局2024年决算机关运行经费", "比预算多了多少"], "普陀区财政局2024年决算机关运行经费比预算多了多少", "2024年决算"),
        (["省高院2019年三公经费", "比决算多还是少"], "省高院2019年三公经费比决算多还是少", "2019年 三公经费比决算"),
        (["人社局三公经费", "和决算比呢"], "人社局2024年三公经费和决算比", "2024年 三公经费和决算比"),
    ],
)  # fmt: skip
def test_a_kind_compared_with_is_not_the_kind_asked_of(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """比预算多还是少 after a 决算 compares the 决算 with its 预算: the conversation stays on the 决算
    document; a 预算's 比决算 stays a comparison of that 预算 (whose 决算 is not loaded), not a switch of kind."""
    check_read_as_full(families, questions, full, says)


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局零工市场运营费用是多少", "这个的绩效目标"], "人社局零工市场运营费用的绩效目标", "汾阳市人力资源和社会保障局"),
        (["人社局三公经费", "公务用车运行维护费又是多少"], "人社局公务用车运行维护费", "汾阳市人力资源和社会保障局"),
        (["万里街道2023年项目支出", "这个占比多少"], "万里街道2023年项目支出占比多少", "万里街道办事处"),
        (["万里街道2023年三公经费", "公务接待费又是多少"], "万里街道2023年公务接待费", "万里街道办事处"),
        (["省政协办公厅2018年三公经费", "会议费又是多少"], "省政协办公厅2018年会议费", "江苏省政协办公厅"),
        (["省政协办公厅2018年会议费", "改问省委办公厅"], "江苏省委办公厅2018年会议费", "中共江苏省委办公厅"),
        (["上海市财政局2025年一般公共预算拨款", "改问普陀区财政局"], "普陀区财政局2025年一般公共预算拨款", "上海市普陀区财政局"),
        (["省检察院2018年项目支出", "那个占比多少"], "省检察院2018年项目支出占比多少", "江苏省人民检察院"),
    ],
)  # fmt: skip
def test_this_one_again_and_ask_instead_point_back(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """这个/那个 (这个的绩效目标), 又 (公务接待费又是多少) and 改问 (改问省委办公厅) say the question
    follows the one before: its unit and year are kept."""
    check_read_as_full(families, questions, full, says)


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局项目支出多少", "部门的呢"], "人社局2024年部门预算项目支出多少", "2024年部门预算"),
        (["人社局项目支出多少", "单位的呢"], "人社局2024年单位预算项目支出多少", "汾阳市人力资源和社会保障局 2024年预算"),
        (["万里街道2023年三公经费", "单位的呢"], "万里街道2023年单位预算三公经费", "2023年单位预算"),
        (["万里街道2023年三公经费", "部门的呢"], "万里街道2023年部门预算三公经费", "万里街道办事处 2023年预算"),
        (["福利院2024年基本支出", "部门层面的呢"], "福利院2024年部门预算基本支出", "2024年部门预算"),
        (["普陀区财政局2024年决算三公经费", "单位的呢"], "普陀区财政局2024年单位决算三公经费", "2024年单位决算"),
        (["省检察院2018年三公经费", "单位的呢"], "省检察院2018年单位预算三公经费", "2018年单位预算"),
        (["省检察院2018年三公经费", "部门的呢"], "省检察院2018年部门预算三公经费", "江苏省人民检察院 2018年预算"),
    ],
)  # fmt: skip
def test_a_scope_said_alone_switches_the_scope_of_the_same_kind(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """部门的呢/单位的呢 name a scope without its kind: the kind of the document before is kept (a
    决算's 单位的呢 is its 单位决算), and a scope that unit has not loaded is not found, never the other
    scope's figure."""
    check_read_as_full(families, questions, full, says)


@pytest.mark.parametrize(
    ("questions", "says"),
    [
        (["普陀区财政局2025年机关运行经费", "它比上年增长多少", "增长原因呢"], "上海市普陀区财政局 2025年"),
        (["江苏省人大常委会办公厅2019年和2017年三公经费比较", "为什么减少"], "江苏省人大常委会办公厅 2019年"),
        (["福利院2024年三公经费", "比上年多了多少", "为什么"], "上海市普陀区社会福利院 2024年"),
    ],
)  # fmt: skip
def test_asking_of_the_item_after_a_comparison_keeps_its_unit_and_later_year(
    families: Composer, questions: list[str], says: str
) -> None:
    """After a comparison of one unit's two years, 为什么减少 asks of that unit's later year (the one that
    changed): never of every loaded document, nor of another unit."""
    *_, answer = conversation(families, questions)
    assert says in understood_line(answer), answer.text
    assert all(fact.source.document.startswith(says.split()[0]) for fact in answer.facts), answer.text
    assert answer.status != "ambiguous", answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局零工市场运营费用是多少", "它的绩效目标", "那培训费是多少"], "人社局培训费是多少", "汾阳市人力资源和社会保障局"),
        (["万里街道2023年就业援助基地补贴的绩效目标", "那公务接待费是多少"], "万里街道2023年公务接待费是多少", "万里街道办事处"),
        (["省政协办公厅2018年三公经费", "什么意思", "那会议费是多少"], "省政协办公厅2018年会议费是多少", "江苏省政协办公厅"),
    ],
)  # fmt: skip
def test_an_items_figure_asked_after_an_answer_without_one_is_its_figure(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """After a 绩效目标 or a meaning, 那培训费是多少 asks 培训费's figure, not its 绩效目标 or meaning."""
    check_read_as_full(families, questions, full, says)


def listed_rows(answer: Answer) -> list[str]:
    """The rows (or projects) a list answer numbered, as its facts' sources name them, in order."""
    return [fact.source.row for fact in answer.facts if fact.source.row]


@pytest.mark.parametrize(
    ("questions", "place", "kind"),
    [
        (["人社局项目支出", "具体有哪些", "第二项是多少"], 2, "amount"),
        (["人社局项目支出", "具体有哪些", "第5个的绩效目标"], 5, "target"),
        (["普陀区财政局2025年基本支出明细", "第2项是多少"], 2, "amount"),
        (["万里街道的项目支出有哪些", "最后一个项目的绩效目标"], 5, "target"),
        (["省高院2019年一般公共预算支出", "明细呢", "第一项呢"], 1, "amount"),
        (["江苏省人大常委会办公厅2019年基本支出明细", "第三项是多少"], 3, "amount"),
    ],
)  # fmt: skip
def test_a_row_picked_by_its_place_in_a_list_is_that_row(
    families: Composer, questions: list[str], place: int, kind: str
) -> None:
    """第二项是多少 / 第5个的绩效目标 / 最后一个 after a list: the row at that place in the list, of the
    list's document, asked as the follow-up says."""
    *_, listed, answer = conversation(families, questions)
    rows = listed_rows(listed)
    assert len(rows) >= place, listed.text
    assert answer.status == "answered" and answer.intent == kind, answer.text
    assert answer.facts[0].source.row == rows[place - 1], (rows[place - 1], answer.text)
    assert {fact.source.document for fact in answer.facts} <= {fact.source.document for fact in listed.facts}
    assert understood_line(answer)


def test_a_row_picked_from_a_list_is_read_in_the_lists_table(families: Composer) -> None:
    """第一项呢 after the 一般公共预算支出表's rows: that table's 一般公共服务支出 (7,747.46 万元), not the
    all-funds figure (7,827.46 万元) another table prints under the same name."""
    listed, picked, share = conversation(
        families, ["省政协2018年一般公共预算支出明细", "第一项呢", "它占多少"]
    )
    assert (listed.facts[0].value, listed.facts[0].source.table) == (Decimal("7747.46"), "公开07表")
    assert (picked.facts[0].value, picked.facts[0].source.table) == (Decimal("7747.46"), "公开07表"), (
        picked.text
    )
    assert {fact.source.table for fact in share.facts[1:3]} == {"公开07表"}, share.text


@pytest.mark.parametrize(
    "questions",
    [
        ["万里街道的项目支出有哪些", "第一个项目的绩效目标", "第三个呢"],
        ["人社局项目支出", "具体有哪些", "第1个的绩效目标", "那第三个呢"],
    ],
)
def test_a_place_said_alone_after_a_pick_asks_the_same_of_that_row(
    families: Composer, questions: list[str]
) -> None:
    """After 第一个项目的绩效目标, 第三个呢 is the third row's 绩效目标: the list is kept while the
    conversation follows it."""
    answers = conversation(families, questions)
    listed = next(answer for answer in answers if len(listed_rows(answer)) > 3)
    answer = answers[-1]
    assert answer.intent == "target" and answer.facts[0].source.row == listed_rows(listed)[2], answer.text


@pytest.mark.parametrize(
    ("questions", "listed"),
    [
        (["万里街道的项目支出有哪些", "第9个的绩效目标"], 5),
        (["省高院2019年一般公共预算支出", "明细呢", "第二十项是多少"], 17),
    ],
)
def test_a_place_past_the_end_of_the_list_is_not_found(
    families: Composer, questions: list[str], listed: int
) -> None:
    """第9个 after a list of five is never another row's figure: not found, saying how many were listed."""
    *_, answer = conversation(families, questions)
    assert answer.status == "not_found" and not answer.facts
    assert f"只列出了 {listed} 项" in answer.text


@pytest.mark.parametrize(
    ("questions", "unit"),
    [
        (["省高院2019年项目支出有哪些", "第二个多少钱"], "江苏省高级人民法院"),
        (["人社局三公经费多少", "第一个呢"], "汾阳市人力资源和社会保障局"),
        (["万里街道收入总计多少", "最后一项是多少"], "万里街道办事处"),
    ],
)
def test_a_place_in_a_list_after_an_answer_that_listed_nothing_is_not_found_of_the_same_unit(
    families: Composer, questions: list[str], unit: str
) -> None:
    """第二个多少钱 after an answer that listed no rows: not found in the document talked of, saying nothing
    was listed; never the question read afresh over every document."""
    *_, answer = conversation(families, questions)
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert "上一个回答没有逐项列出" in answer.text and unit in answer.text, answer.text
    assert "江苏" not in answer.text or "上海" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["规划资源局2024年三公经费", "预算数呢", "决算数是多少"], "规划资源局2024年三公经费决算数是多少", "2024年决算"),
        (["普陀区财政局2024年决算三公经费", "年初预算数是多少"], "普陀区财政局2024年决算三公经费年初预算数是多少", "2024年决算"),
        (["人社局三公经费", "预算数是多少"], "人社局2024年三公经费预算数是多少", "汾阳市人力资源和社会保障局"),
        (["省政协办公厅2018年会议费", "预算数是多少"], "省政协办公厅2018年会议费预算数是多少", "江苏省政协办公厅"),
    ],
)  # fmt: skip
def test_another_figure_of_the_same_item_is_asked_of_it(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """决算数是多少 / 预算数是多少 name a column every item has, not an item: the item before is asked."""
    check_read_as_full(families, questions, full, says)


@pytest.fixture(scope="module")
def county_finals(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """Three 决算s printing 年初预算数, 调整预算数 and 决算数: as rows of the “三公” table (平川), as its
    columns (青峰), and as columns of the 支出 table (云溪)."""
    folder = tmp_path_factory.mktemp("county-finals")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    for document, name in (
        (FINAL_ACCOUNTS, "pingchuan"),
        (QINGFENG_FINAL, "qingfeng"),
        (GUANGDONG_FINAL, "yunxi"),
    ):
        assert load_into(engine, write_text(document, folder / f"{name}.txt")).error is None
    yield Composer(engine)


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["平川县农业农村局三公经费决算多少", "那年初预算呢", "调整预算呢"], "平川县农业农村局2023年决算三公经费调整预算", "2023年决算"),
        (["平川县农业农村局会议费", "调整后的预算呢"], "平川县农业农村局2023年决算会议费调整后的预算", "2023年决算"),
        (["青峰县水利局三公经费", "调整预算数是多少"], "青峰县水利局2023年决算三公经费调整预算数是多少", "2023年决算"),
        (["云溪区城管局城管执法", "那调整预算呢"], "云溪区城管局2023年决算城管执法调整预算", "2023年决算"),
    ],
)  # fmt: skip
def test_the_adjusted_budget_asked_after_an_item_is_that_items(
    county_finals: Composer, questions: list[str], full: str, says: str
) -> None:
    """调整预算呢 names a side of a 决算 (as 年初预算 does), neither an item nor a 预算 document: the item
    before is asked on its 调整预算数, in the same 决算."""
    answer = check_read_as_full(county_finals, questions, full, says)
    assert answer.status == "answered" and "调整预算数" in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局机关运行经费", "为啥减少了"], "人社局2024年机关运行经费为啥减少了", "汾阳市人力资源和社会保障局"),
        (["普陀区财政局2024年决算机关运行经费", "咋增加了"], "普陀区财政局2024年决算机关运行经费咋增加了", "2024年决算"),
        (["省高院2019年公务接待费", "为啥减少"], "省高院2019年公务接待费为啥减少", "江苏省高级人民法院"),
    ],
)  # fmt: skip
def test_a_reason_asked_in_spoken_words_follows_the_item_before(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """为啥 / 咋 ask, as 为什么 does: they are never the item, so the follow-up keeps the unit and item."""
    check_read_as_full(families, questions, full, says)


@pytest.mark.parametrize(
    ("first", "smaller"),
    [
        ("省高院2019年会议费和培训费哪个多", "会议费更少"),
        ("汾阳人社局基本工资和津贴补贴哪个多", "津贴补贴更少"),
        ("万里街道2023年基本支出和项目支出哪个多", "项目支出更少"),
    ],
)
def test_which_is_less_after_which_is_more_compares_the_same_items(
    families: Composer, first: str, smaller: str
) -> None:
    """哪个多 → 哪个少: the follow-up asks the same comparison the other way round."""
    _, answer = conversation(families, [first, "哪个少"])
    assert answer.intent == "compare" and smaller in answer.text, answer.text


def test_a_unit_asked_next_of_a_year_it_lacks_is_understood_in_that_year(families: Composer) -> None:
    """那省高院呢 after 省检察院2018年…: the 高院 has only 2019; the answer says 2018 was understood (not
    the 2019 document its narrative is quoted from) and that 2018 is not loaded."""
    *_, answer = conversation(families, ["省检察院2018年公务接待费多少", "那省高院呢"])
    assert answer.status == "not_found" and not answer.facts, answer.text
    assert understood_line(answer).startswith("按“省高院 2018年"), answer.text
    assert "2019年预算》说明中与上年的比较" in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "row"),
    [
        (["规划资源局2024年结转结余", "那年初呢"], "年初结转和结余"),
        (["汾阳人社局人员经费和公用经费各多少", "那公用的呢"], "合计"),
        (["省高院2019年基本支出和项目支出各多少", "项目的呢"], "二、项目支出"),
    ],
)
def test_a_word_of_one_of_several_items_answered_picks_that_item(
    families: Composer, questions: list[str], row: str
) -> None:
    """那年初呢 after 结转结余 answered 年初… and 年末…: the one item it names a word of, alone."""
    *_, answer = conversation(families, questions)
    assert answer.status == "answered" and answer.intent != "each", answer.text
    assert answer.facts[0].source.row == row, answer.text


@pytest.mark.parametrize(
    ("first", "unit"),
    [
        ("福利院三公经费多少", "福利院"),
        ("省高院2019年会议费多少", "省高院2019年"),
        ("汾阳人社局零工市场花了多少钱", "汾阳人社局"),
    ],
)
@pytest.mark.parametrize("then", ["有哪些表", "钱从哪来", "名词解释有哪些", "金额单位是什么"])
def test_a_question_of_the_whole_document_follows_the_unit_but_not_the_item(
    families: Composer, first: str, unit: str, then: str
) -> None:
    """有哪些表, 钱从哪来 after a question about one unit's item: of that unit's document, as if the unit
    were named, never of the item before (三公经费有哪些表) nor a choice of every loaded document."""
    answers = conversation(families, [first, then])
    assert understood_line(answers[1]), answers[1].text
    assert sourced(answers[1]) == sourced(families.answer(unit + then)), answers[1].text


@pytest.mark.parametrize(
    ("first", "then", "full"),
    [
        ("零工市场运营费用多少", "它的钱从哪来", "零工市场运营费用的资金来源"),
        ("人社局住房公积金多少", "这笔钱从哪来", "人社局住房公积金的资金来源"),
        ("上海市财政局2025年行政运行多少", "这项的钱是哪里的钱", "上海市财政局2025年行政运行是哪里的钱"),
        (
            "普陀区财政局2024年决算一般公共服务支出",
            "它的资金来源",
            "普陀区财政局2024年决算一般公共服务支出的资金来源",
        ),
    ],
)
def test_where_the_money_comes_from_pointed_at_the_item_is_the_items_funding(
    families: Composer, first: str, then: str, full: str
) -> None:
    """它的钱从哪来, 这笔钱从哪来: where the item before gets its money, as if it were named; 钱从哪来 alone
    asks the document's income."""
    answers = conversation(families, [first, then])
    assert understood_line(answers[1]), answers[1].text
    assert sourced(answers[1]) == sourced(families.answer(full)), answers[1].text
    assert answers[1].intent == "amount", answers[1].text


@pytest.mark.parametrize(
    ("first", "unit"),
    [
        ("福利院三公经费多少", "上海市普陀区社会福利院"),
        ("省高院2019年会议费多少", "江苏省高级人民法院"),
        ("规划资源局2024年三公经费多少", "上海市普陀区规划和自然资源局"),
    ],
)
@pytest.mark.parametrize("then", ["各表一致吗", "表格对得上吗"])
def test_whether_the_tables_agree_follows_the_document_before(
    families: Composer, first: str, unit: str, then: str
) -> None:
    """各表一致吗 after a question about one unit: that document's audit, not a choice of every document."""
    answers = conversation(families, [first, then])
    assert understood_line(answers[1]) and answers[1].intent == "check", answers[1].text
    assert f"勾稽检查（表内、表间、表与说明的数字是否一致）：{unit}" in answers[1].text, answers[1].text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["人社局人员经费多少", "公用经费呢", "两者合计"], "人社局人员经费和公用经费合计"),
        (["省高院2019年人员经费", "公用经费呢", "这两项哪个多"], "省高院2019年人员经费和公用经费哪个多"),
        (["上海市财政局会议费多少", "培训费呢", "二者加起来多少"], "上海市财政局会议费和培训费加起来多少"),
        (["普陀区财政局2025年办公费和印刷费各多少", "两者合计"], "普陀区财政局2025年办公费和印刷费合计"),
    ],
)
def test_both_points_back_to_the_two_items_asked_last(
    families: Composer, questions: list[str], full: str
) -> None:
    """两者合计, 这两项哪个多: of the two items the conversation was last about, asked one after the other
    of the same document or at once, as if both were named."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    assert sourced(answer) == sourced(families.answer(full)), answer.text
    assert answer.status == "answered" and len(answer.facts) >= 2, answer.text


def test_both_after_items_of_two_documents_adds_nothing(families: Composer) -> None:
    """人员经费 of one unit, then 公用经费 of another: 两者 names no pair of one document to add up."""
    *_, answer = conversation(families, ["省高院2019年人员经费", "那省检察院2018年的公用经费呢", "两者合计"])
    assert answer.intent != "each" and not any(fact.source.inputs for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["省高院2019年培训费", "各单位呢"], "2019年各单位的培训费"),
        (["规划资源局2024年决算培训费", "哪个单位最多"], "2024年决算培训费哪个单位最多"),
        (["普陀区财政局会议费多少", "那哪个部门最多"], "会议费哪个部门最多"),
    ],
)
def test_which_unit_after_one_units_item_ranks_every_unit(
    families: Composer, questions: list[str], full: str
) -> None:
    """哪个单位最多, 各单位呢 after one unit's item: the item of every loaded unit, of the year only when the
    person named one; never the items of the one unit before."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    assert answer.intent == families.answer(full).intent, answer.text
    assert sourced(answer) == sourced(families.answer(full)), answer.text
    assert len({fact.source.document for fact in answer.facts}) >= 2, answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["省人大2019年会议费", "2017年呢", "增加了多少"], "江苏省人大常委会办公厅2019年会议费比2017年增加了多少"),
        (["普陀区财政局2025年会议费多少", "2024年呢", "差了多少"], "普陀区财政局2025年会议费比2024年差了多少"),
        (["普陀区财政局2025年基本支出多少", "那2024年决算呢", "增加了多少"], "普陀区财政局2025年基本支出比2024年决算增加了多少"),
        (["省高院2019年会议费", "省检察院呢", "哪个多"], "江苏省高级人民法院和江苏省人民检察院会议费哪个多"),
        (["普陀区财政局2025年会议费多少", "上海市财政局呢", "差多少"], "上海市普陀区财政局和上海市财政局会议费差多少"),
        (["省人大2019年机关运行经费多少", "2017年的呢", "哪年多", "差多少"], "江苏省人大常委会办公厅2019年机关运行经费比2017年差多少"),
        (["普陀区财政局2025年会议费多少", "2024年呢", "哪年多", "差了多少"], "普陀区财政局2025年会议费比2024年差了多少"),
        (["普陀区财政局和上海市财政局的三公经费比较", "差多少"], "上海市普陀区财政局和上海市财政局三公经费差多少"),
        (["省高院和省检察院的会议费哪个多", "差多少"], "江苏省高级人民法院和江苏省人民检察院会议费差多少"),
    ],
)  # fmt: skip
def test_a_change_after_one_item_asked_in_two_years_or_units_compares_them(
    families: Composer, questions: list[str], full: str
) -> None:
    """2019年会议费, 2017年呢, 增加了多少: the two years just asked, not the later one against its year before
    (also after 哪年多 compared them); 省高院会议费, 省检察院呢, 哪个多: the two units just asked."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    assert answer.intent == "compare" and sourced(answer) == sourced(families.answer(full)), answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["省人大2019年会议费", "2017年呢", "两年一共多少"], "江苏省人大常委会办公厅2019年和2017年会议费一共多少"),
        (["省政协2018年会议费", "省委办公厅呢", "两个加起来多少"], "江苏省政协办公厅和中共江苏省委办公厅2018年会议费加起来多少"),
        (["人社局三公经费多少", "福利院呢", "加起来多少"], "汾阳人社局和普陀区社会福利院三公经费加起来多少"),
        (["上海市财政局2025年人员经费", "普陀区财政局呢", "合计多少"], "上海市财政局和普陀区财政局2025年人员经费合计多少"),
        (["省政协2018年会议费", "那全国政协呢", "省委办公厅呢", "两个加起来多少"], "江苏省政协办公厅和中共江苏省委办公厅2018年会议费加起来多少"),
        (["上海市财政局2025年人员经费", "最高检呢", "普陀区财政局呢", "合计多少"], "上海市财政局和普陀区财政局2025年人员经费合计多少"),
        (["普陀区财政局2025年会议费", "静安区财政局呢", "上海市财政局呢", "加起来多少"], "普陀区财政局和上海市财政局2025年会议费加起来多少"),
    ],
)  # fmt: skip
def test_a_total_after_one_item_asked_in_two_years_or_units_adds_them(
    families: Composer, questions: list[str], full: str
) -> None:
    """2019年会议费, 2017年呢, 两年一共多少; 省政协会议费, 省委办公厅呢, 两个加起来多少: the two years or units
    just asked, added up as the full question adds them; a unit asked between them that is not loaded
    (最高人民法院, 静安区财政局) is passed over."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    expected = families.answer(full)
    assert answer.facts[0].source.inputs and sourced(answer) == sourced(expected), (
        answer.text,
        expected.text,
    )


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["省高院2019年会议费", "省检察院呢", "比上年增加多少"], "江苏省人民检察院2018年会议费比上年增加多少"),
        (["普陀区财政局2025年三公经费", "福利院呢", "比去年增加了多少"], "普陀区社会福利院2024年三公经费比去年增加了多少"),
        (["人社局2024年三公经费", "省人大2019年呢", "比上年减少多少"], "江苏省人大常委会办公厅2019年三公经费比上年减少多少"),
        (["普陀区财政局2025年公务接待费", "福利院呢", "为什么减少"], "普陀区社会福利院2024年公务接待费为什么减少"),
        (["省高院2019年培训费", "省人大2019年呢", "为什么增加"], "江苏省人大常委会办公厅2019年培训费为什么增加"),
    ],
)  # fmt: skip
def test_a_change_over_the_year_after_two_units_is_the_last_units_own_change(
    families: Composer, questions: list[str], full: str
) -> None:
    """省高院会议费, 省检察院呢, 比上年增加多少: 比上年 names what the last unit's figure is set against (its
    year before), and 为什么减少 asks why the last unit's figure changed, so the two units just asked are
    not compared."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    assert sourced(answer) == sourced(families.answer(full)), answer.text
    assert len({fact.source.document for fact in answer.facts}) == 1, answer.text


def test_a_year_asked_that_is_not_loaded_is_the_year_the_next_unit_is_asked_in(families: Composer) -> None:
    """省高院2019年培训费, 那2018年呢 (not loaded: 2019's narrative quoted), 省检察院呢: the 检察院's 2018,
    the year the conversation was last asking, not the 2019 the 高院's answer came from."""
    *_, answer = conversation(families, ["省高院2019年培训费多少", "那2018年呢", "省检察院呢"])
    assert answer.status == "answered" and understood_line(answer).startswith("按“江苏省人民检察院 2018年"), (
        answer.text
    )
    assert sourced(answer) == sourced(families.answer("江苏省人民检察院2018年培训费多少")), answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["汾阳人社局零工市场花了多少钱", "它的满意度指标"], "汾阳人社局零工市场满意度指标"),
        (["汾阳人社局零工市场花了多少钱", "它的满意度指标", "该项目的产出指标"], "汾阳人社局零工市场产出指标"),
        (["万里街道2023年有哪些项目", "第二个的绩效目标", "它的满意度指标"], "万里街道2023年就业援助基地补贴满意度指标"),
        (["汾阳人社局零工市场花了多少钱", "它的绩效目标是什么", "满意度指标呢"], "汾阳人社局零工市场满意度指标"),
        (["万里街道就业援助基地补贴的绩效目标", "满意度指标呢", "产出指标呢"], "万里街道就业援助基地补贴产出指标"),
    ],
)  # fmt: skip
def test_a_target_asked_of_it_is_asked_of_the_item_before(
    families: Composer, questions: list[str], full: str
) -> None:
    """它的满意度指标: 满意度 is asked of the project the conversation is about, never read as an item of its
    own (every project's targets), and the next 该项目的… is still of that project."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    assert sourced(answer) == sourced(families.answer(full)), answer.text
    assert not answer.text.split("\n")[1].startswith("公开了绩效目标的项目共"), answer.text


def test_a_change_after_a_unit_that_is_not_loaded_says_so(composer: Composer) -> None:
    *_, answer = conversation(composer, ["人社局三公经费多少", "教育局呢", "哪个多"])
    assert answer.status == "not_found" and not answer.facts and "教育局" in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["人社局办公费多少", "差旅费呢", "哪个多"], "人社局办公费和差旅费哪个多"),
        (["上海市财政局会议费多少", "培训费呢", "哪个少"], "上海市财政局会议费和培训费哪个少"),
        (["省高院2019年会议费", "培训费呢", "两个一共多少"], "省高院2019年会议费和培训费一共多少"),
        (["人社局人员经费和公用经费分别多少", "哪个多"], "人社局人员经费和公用经费哪个多"),
    ],
)
def test_which_is_more_after_two_items_compares_them(
    families: Composer, questions: list[str], full: str
) -> None:
    """哪个多, 两个一共多少 after two items asked one after the other (or at once): of both, never a
    choice of one nor the whole budget."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer) and not answer.choices, answer.text
    assert sourced(answer) == sourced(families.answer(full)), answer.text


@pytest.mark.parametrize(
    ("first", "place", "row"),
    [
        ("人社局零工市场花了多少钱", "第一个", 0),
        ("人社局零工市场花了多少钱", "第三个", 2),
        ("万里街道离退休多少钱", "第二个", 1),
    ],
)
def test_a_row_of_a_topics_list_is_picked_by_its_place(
    families: Composer, first: str, place: str, row: int
) -> None:
    """零工市场花了多少钱 lists the rows of that topic, numbered: 第三个的预算 is the third of them."""
    listed, answer = conversation(families, [first, f"{place}是多少"])
    assert listed.intent == "topic", listed.text
    assert answer.status == "answered" and answer.facts[0].source.row == listed.facts[row].source.row, (
        answer.text
    )


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["普陀区财政局2025年和2024年的公务接待费哪年多", "万里街道呢"], "万里街道公务接待费"),
        (["省人大2019年和2017年会议费比较", "省高院呢"], "省高院会议费"),
        (["福利院2024年三公经费和万里街道2023年比", "汾阳人社局呢"], "汾阳人社局三公经费"),
    ],
)
def test_a_unit_asked_after_a_comparison_is_asked_the_item_alone(
    families: Composer, questions: list[str], full: str
) -> None:
    """万里街道呢 after 普陀财政局's two years set side by side: the item, of that unit alone; the units
    and years the comparison named are not carried into it."""
    *_, answer = conversation(families, questions)
    assert understood_line(answer), answer.text
    assert sourced(answer) == sourced(families.answer(full)), answer.text
    assert len({fact.source.document for fact in answer.facts}) == 1, answer.text


@pytest.mark.parametrize(
    ("family", "questions", "document"),
    [
        (
            "composer",
            ["零工市场花了多少钱", "那去年呢", "占总支出多少"],
            "汾阳市人力资源和社会保障局 2024年预算",
        ),
        (
            "families",
            ["万里街道2023年三公经费多少", "那去年呢", "占总支出多少"],
            "上海市普陀区人民政府万里街道办事处 2023年预算",
        ),
        (
            "county_finals",
            ["青峰县水利局人员经费多少", "那2022年呢", "占基本支出多少"],
            "青峰县水利局 2023年决算",
        ),
    ],
)
def test_a_year_found_not_loaded_is_not_carried_to_the_next_follow_up(
    request: pytest.FixtureRequest, family: str, questions: list[str], document: str
) -> None:
    """那去年呢 of a year not loaded is said to be not loaded; the follow-up after it, naming no year, is
    asked of the year that is, not again of the missing one."""
    composer = request.getfixturevalue(family)
    first, context = composer.answer_in_context(questions[0], None)
    assert first.status == "answered", first.text
    missing, context = composer.answer_in_context(questions[1], context)
    assert missing.status == "not_found" and not missing.facts, missing.text
    after, _ = composer.answer_in_context(questions[2], context)
    assert after.status == "answered" and after.facts, after.text
    assert {fact.source.document for fact in after.facts} == {document}, after.text


@pytest.fixture(scope="module")
def ningxi(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 部门预算 printing its units' projects (实施单位) and “三公”经费 by unit."""
    folder = tmp_path_factory.mktemp("ningxi")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, write_text(NINGXI_BUDGET, folder / "ningxi.txt")).error is None
    yield Composer(engine)


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["宁溪县教育局有几个项目", "第一中学的呢"], "宁溪县教育局2024年第一中学有几个项目"),
        (["宁溪县教育局三公经费多少", "实验小学的呢"], "宁溪县教育局2024年实验小学三公经费多少"),
        (["宁溪县教育局三公经费多少", "那公务接待费的呢"], "宁溪县教育局2024年公务接待费多少"),
    ],
)
def test_a_unit_said_with_its_own_after_a_question_owns_what_was_asked(
    ningxi: Composer, questions: list[str], full: str
) -> None:
    """第一中学的呢 after 有几个项目: that unit's projects, not a count of 第一中学; an item said so (公务接待费的呢)
    still replaces the item before."""
    answer = check_read_as_full(ningxi, questions, full, "宁溪县教育局")
    assert answer.status == "answered", answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (
            ["宁溪县教育局实验小学三公经费多少", "占全局的比例呢"],
            "宁溪县教育局2024年实验小学三公经费占全局的比例",
        ),
        (
            ["宁溪县教育局第一中学公务接待费多少", "占比多少"],
            "宁溪县教育局2024年第一中学公务接待费占比多少",
        ),
        (
            ["宁溪县教育局实验小学三公经费多少", "占全局的比例呢", "那第一中学呢"],
            "宁溪县教育局2024年第一中学三公经费占全局的比例",
        ),
    ],
)
def test_what_was_asked_of_a_units_row_stays_the_item_of_the_next_question(
    ningxi: Composer, questions: list[str], full: str
) -> None:
    """实验小学三公经费多少, then 占全局的比例呢: the school's 三公经费 over all units', never the school's
    row taken for the item (宁溪县实验小学占…, its 合计 named as the school)."""
    answer = check_read_as_full(ningxi, questions, full, "宁溪县教育局")
    assert answer.intent == "share", answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["宁溪县教育局三公经费多少", "那实验小学呢"], "宁溪县教育局2024年实验小学三公经费多少"),
        (["宁溪县教育局三公经费多少", "实验小学呢", "一中呢"], "宁溪县教育局2024年一中三公经费多少"),
        (
            ["宁溪县教育局有几个项目", "第一中学的呢", "实验小学呢"],
            "宁溪县教育局2024年实验小学有几个项目",
        ),
    ],
)
def test_a_unit_of_a_row_said_alone_after_a_question_is_asked_that_question(
    ningxi: Composer, questions: list[str], full: str
) -> None:
    """那实验小学呢 after 三公经费多少: the school's 三公经费, never the school as the item; the next unit said
    so (一中呢) takes the place of the one before, not joined to it."""
    answer = check_read_as_full(ningxi, questions, full, "宁溪县教育局")
    assert answer.status == "answered" and answer.facts, answer.text


@pytest.mark.parametrize(
    ("family", "questions", "full", "says"),
    [
        ("ningxi", ["宁溪县教育局有哪些学校", "第一个学校的三公经费"], "宁溪县教育局2024年宁溪县实验小学的三公经费", "宁溪县实验小学"),
        ("ningxi", ["宁溪县教育局有哪些学校", "第二所学校三公经费多少", "第三所学校的呢"], "宁溪县教育局2024年宁溪县职业技术学校三公经费多少", "宁溪县职业技术学校"),
        ("ningxi", ["宁溪县教育局包括哪些单位", "第二个单位三公经费多少", "第三家的呢"], "宁溪县教育局2024年宁溪县第一中学三公经费多少", "宁溪县第一中学"),
        ("families", ["规划资源局下属单位有哪些", "第二个单位的三公经费"], "规划资源局2024年上海市普陀区土地发展中心的三公经费", "上海市普陀区土地发展中心"),
    ],
)  # fmt: skip
def test_a_place_in_a_list_of_units_is_the_unit_there_owning_what_is_asked(
    request: pytest.FixtureRequest, family: str, questions: list[str], full: str, says: str
) -> None:
    """包括哪些单位, then 第二个单位的三公经费 or 第三所学校的呢: the unit at that place of the list (its note,
    下属事业单位, left out), owning the item asked, never a unit named 第二个单位."""
    composer = request.getfixturevalue(family)
    check_read_as_full(composer, questions, full, says)


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["汾阳人社局哪些项目的满意度指标是100%", "第二个项目多少钱"], "汾阳人社局退休人员遗属补助多少钱", "退休人员遗属补助"),
        (["万里街道满意度最低的项目是哪个", "第一个项目多少钱"], "万里街道2023年社区环境整治和建设经费多少钱", "社区环境整治和建设经费"),
    ],
)  # fmt: skip
def test_a_place_in_a_list_of_indicators_is_the_project_shown_there(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """满意度100%的项目, then 第二个项目多少钱: the project the list showed second, never the second project of
    the 绩效目标表."""
    check_read_as_full(families, questions, full, says)


def test_another_place_after_a_project_asked_by_its_place_is_the_project_there(ningxi: Composer) -> None:
    """第一个项目, then 第三个呢: the project at that place of the same order, never the first again."""
    *_, answer = conversation(ningxi, ["宁溪县教育局第一个项目", "第三个呢"])
    third = ningxi.answer("宁溪县教育局第三个项目")
    assert understood_line(answer) and third.text.startswith("按文件项目表列出的顺序，第3个项目"), third.text
    assert sourced(answer)[1][0] == sourced(third)[1][0], (answer.text, third.text)


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["宁溪县教育局公务接待费多少", "下属单位的呢"], "宁溪县教育局下属单位的公务接待费"),
        (["宁溪县教育局公务用车运行费多少", "各下属单位呢"], "宁溪县教育局各下属单位的公务用车运行费"),
        (["宁溪县教育局公务接待费多少", "哪个下属单位最多"], "宁溪县教育局哪个下属单位的公务接待费最多"),
        (["宁溪县教育局三公经费多少", "各下属单位分别多少"], "宁溪县教育局各下属单位的三公经费分别多少"),
        (["宁溪县教育局公务接待费多少", "下属各单位各是多少"], "宁溪县教育局下属各单位的公务接待费各是多少"),
    ],
)
def test_the_units_held_asked_after_an_item_are_the_units_of_the_unit_before(
    ningxi: Composer, questions: list[str], full: str
) -> None:
    """下属单位的呢, 哪个下属单位最多 after one unit's item: the units that unit holds (本级 apart), with the
    item before, never every loaded unit nor an item called 下属单位."""
    answer = check_read_as_full(ningxi, questions, full, "宁溪县教育局")
    assert answer.status == "answered", answer.text
    rows = {fact.source.row for fact in answer.facts}
    assert "宁溪县实验小学" in rows and "宁溪县教育局本级" not in rows, answer.text


@pytest.mark.parametrize(
    "question", ["这个项目多少钱", "它的绩效目标是什么", "这笔钱从哪来", "该项目占比多少"]
)
@pytest.mark.parametrize("family", ["composer", "families", "county_finals"])
def test_a_pointing_question_with_nothing_before_asks_which_item_never_answers_another(
    request: pytest.FixtureRequest, family: str, question: str
) -> None:
    """这个项目多少钱 asked first, alone or as a chat's first message: which item it means, with a name the
    documents print, and no figure of the projects' total or of every project."""
    composer: Composer = request.getfixturevalue(family)
    for answer in (composer.answer(question), composer.answer_in_context(question, None)[0]):
        assert answer.status == "not_found" and not answer.facts, answer.text
        example = answer.text.rsplit("换成“", 1)[1].removesuffix("”。")
        names = {row.label for head in composer.index.heads for row in composer.index.document(head).rows}
        names |= {t.project for head in composer.index.heads for t in composer.index.document(head).targets}
        assert answer.text.startswith("“") and (example in names or example == "三公经费"), answer.text


@pytest.mark.parametrize("question", ["详细说说", "具体点", "能展开讲讲吗"])
@pytest.mark.parametrize("family", ["composer", "families", "county_finals"])
def test_more_detail_asked_with_nothing_before_asks_for_a_question_first(
    request: pytest.FixtureRequest, family: str, question: str
) -> None:
    """详细说说 as the first message: nothing was answered to tell more of, so a question is asked for,
    never a word of it (详细) looked up in the documents."""
    composer: Composer = request.getfixturevalue(family)
    for answer in (composer.answer(question), composer.answer_in_context(question, None)[0]):
        assert answer.status == "not_found" and not answer.facts, answer.text
        assert "请先问一个问题" in answer.text and "没有找到" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["它的零工市场运营费用多少", "其它支出多少", "零工市场的钱从哪来"])
def test_a_pointing_word_beside_a_name_or_inside_one_is_no_question_of_which(
    composer: Composer, question: str
) -> None:
    """它的零工市场运营费用: the name is what is asked; 其它 holds 它 and points at nothing."""
    assert "指的是哪一项" not in composer.answer(question).text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局三公经费多少", "这些都是公务用车吗"], "人社局2024年三公经费都是公务用车吗", "三公经费都是公务用车"),
        (["福利院收入总计多少", "全部是财政拨款吗"], "福利院2024年收入总计全部是财政拨款吗", "收入总计全部是财政拨款"),
        (["省检察院2018年支出合计多少", "都是一般公共服务支出吗"], "省检察院2018年支出合计都是一般公共服务支出吗", "支出合计都是"),
    ],
)  # fmt: skip
def test_whether_it_is_all_one_part_asks_the_parts_share_of_the_item_before(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """三公经费多少, then 都是公务用车吗: the item before is the whole, the part named is never taken for the
    item asked instead."""
    answer = check_read_as_full(families, questions, full, says)
    verdict = answer.text.splitlines()[1]
    assert answer.intent == "share" and verdict.startswith(("是：", "否：")), answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局三公经费多少", "车呢"], "人社局2024年车多少钱", "车"),
        (["省高院2019年三公经费多少", "车呢"], "省高院2019年车多少钱", "车"),
        (["万里街道2023年三公经费", "那车呢"], "万里街道2023年车", "车"),
    ],
)  # fmt: skip
def test_one_character_said_after_an_item_is_the_item_asked_never_left_out(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """车呢 after 三公经费: 车 is part of the names printed (公务用车), so it is what is asked now, never
    dropped so that the last question is answered again as if it were understood."""
    answer = check_read_as_full(families, questions, full, says)
    assert "三公经费" not in understood_line(answer), answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["人社局就业补助多少", "主要用在哪"], "人社局2024年就业补助主要用在哪", "就业补助"),
        (["万里街道2023年城乡社区支出", "钱都花在哪了"], "万里街道2023年城乡社区支出钱都花在哪了", "城乡社区支出"),
        (["规划资源局城乡社区支出多少", "主要用途是什么"], "规划资源局2024年决算城乡社区支出主要用途是什么", "城乡社区支出"),
    ],
)  # fmt: skip
def test_where_the_money_goes_asked_after_an_item_is_of_that_item(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """主要用在哪 after 就业补助多少: where that item's money goes (the rows printed under it), not the unit's."""
    answer = check_read_as_full(families, questions, full, says)
    assert answer.intent == "main_uses" and "按下一级科目" in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["汾阳人社局零工市场花了多少钱", "那孝义市的呢"], "孝义市人力资源和社会保障局2024年零工市场花了多少钱", "孝义市人力资源和社会保障局"),
        (["普陀区财政局2025年三公经费", "那上海市的呢"], "上海市财政局2025年预算三公经费", "上海市财政局"),
        (["规划资源局机关运行经费", "那静安区的呢"], "静安区规划和自然资源局2024年机关运行经费", "静安区规划和自然资源局"),
    ],
)  # fmt: skip
def test_a_region_said_alone_after_a_unit_asks_that_regions_unit_of_its_kind(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """那孝义市的呢 after 汾阳人社局: the same kind of unit in 孝义市 (loaded or not found), never 孝义市 read as
    the item asked of 汾阳人社局."""
    *_, answer = conversation(families, questions)
    expected = families.answer(full)
    assert says in understood_line(answer), answer.text
    assert (answer.status, sourced(answer)) == (expected.status, sourced(expected)), answer.text
    assert answer.status == "answered" or f"没有找到单位“{says}”" in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["汾阳人社局表三第二行是什么", "那第三行呢"], "汾阳人社局表三第三行是什么", "表3第三行"),
        (["汾阳人社局表六有哪些行", "第二行呢"], "汾阳人社局表六第二行", "表6第二行"),
        (
            ["普陀区财政局2025年表3第一行的基本支出是多少", "最后一行呢"],
            "普陀区财政局2025年表3最后一行的基本支出是多少",
            "表3最后一行的基本支出",
        ),
        (["省检察院2018年公开02表第二行", "第四行呢"], "省检察院2018年公开02表第四行", "第四行"),
    ],
)
def test_a_row_place_said_alone_is_of_the_table_asked_before(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """第三行呢 after 表三第二行: the third row of the same table, asked as the row before was, never the
    row before again."""
    answer = check_read_as_full(families, questions, full, says)
    assert answer.status == "answered" and answer.facts, answer.text


@pytest.mark.parametrize(
    ("questions", "full"),
    [
        (["人社局一次性项目有几个", "延续性的呢"], "人社局延续性项目有几个"),
        (["人社局零工市场运营费用多少", "它是一次性项目吗"], "人社局零工市场运营费用是一次性项目吗"),
        (["人社局仲裁工作经费多少", "项目属性呢"], "人社局仲裁工作经费的项目属性"),
        (["万里街道有哪些经常性项目", "阶段性的呢"], "万里街道阶段性项目有哪些"),
    ],
)
def test_a_project_attribute_asked_after_projects_is_of_them(
    families: Composer, questions: list[str], full: str
) -> None:
    """延续性的呢 after 一次性项目有几个: the projects of that 项目属性; 它是一次性项目吗 after a project: its
    项目属性, never the projects of that attribute nor an item called 一次性项目."""
    *_, answer = conversation(families, questions)
    expected = families.answer(full)
    assert understood_line(answer) and answer.intent == expected.intent == "target", answer.text
    assert answer.facts == expected.facts and answer.text.endswith(expected.text), (
        answer.text,
        expected.text,
    )


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (
            ["普陀区财政局2025年人员经费和公用经费分别多少", "2024年决算呢", "哪个多"],
            "普陀区财政局2024年决算人员经费和公用经费哪个多",
            "2024年决算",
        ),
        (
            ["省人大2019年培训费和会议费分别多少", "2017年呢", "差多少"],
            "省人大2017年培训费和会议费差多少",
            "2017年",
        ),
    ],
)
def test_which_is_more_after_two_items_in_two_years_sets_the_items_side_by_side(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """哪个多 after 人员经费和公用经费 asked in 2025 and then in 2024: the two items of the year asked last,
    never the pair against the other year as if it were one item."""
    answer = check_read_as_full(families, questions, full, says)
    assert answer.status == "answered" and answer.intent == "compare", answer.text
    assert len({fact.source.document for fact in answer.facts}) == 1, answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ["省高院2019年三公经费", "那广东呢", "那湖南省呢"],
        ["汾阳人社局办公费", "那广东的呢", "那浙江呢"],
    ],
)
def test_a_region_not_loaded_asked_after_an_item_keeps_the_item_for_the_next_question(
    families: Composer, questions: list[str]
) -> None:
    """那广东呢 (no unit of 广东 loaded): not found, and 广东 is a place, never the item the next 那…呢 asks."""
    answers = conversation(families, questions)
    item = "三公经费" if "三公" in questions[0] else "办公费"
    for answer in answers[1:]:
        assert answer.status == "not_found" and not answer.facts, answer.text
        assert item in understood_line(answer), answer.text


@pytest.mark.parametrize(
    ("questions", "full", "says"),
    [
        (["上海市财政局财政拨款基本支出多少", "那项目支出呢"], "上海市财政局2025年财政拨款项目支出多少", "上海市财政局"),
        (["汾阳人社局一般公共预算基本支出多少", "项目支出呢"], "汾阳人社局2024年一般公共预算项目支出多少", "汾阳市"),
        (["汾阳人社局一般公共预算人员经费多少", "那公用经费呢"], "汾阳人社局2024年一般公共预算公用经费多少", "汾阳市"),
        (["汾阳人社局基本支出多少", "项目支出呢"], "汾阳人社局2024年项目支出多少", "汾阳市"),
    ],
)  # fmt: skip
def test_the_other_part_of_a_money_asked_after_the_first_is_of_that_money(
    families: Composer, questions: list[str], full: str, says: str
) -> None:
    """财政拨款基本支出, then 那项目支出呢: the 财政拨款's 项目支出, the money said once for both parts; a part
    asked of no money (基本支出, then 项目支出呢) stays of none."""
    answer = check_read_as_full(families, questions, full, says)
    assert answer.status == "answered", answer.text

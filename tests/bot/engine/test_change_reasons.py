"""A question about a change (为啥多了, 减少的原因, 较上年度减少的比例, 和去年比有变化吗) answers with the
change the narrative states, as figures, and, asked why, its stated reason quoted whole: every clause
and the sentences that carry it on, to where the narrative turns to something else.

On the Shanghai 区 决算 and 预算, the Jiangsu 省级 预算, the 汾阳 sample and a synthetic county 决算.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from knowledge.database import open_engine
from loaders import load_into
from tests.loaders.document_writers import write_text
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL

REASON_LABEL = "原因（文件说明）："


def has(answer: Answer, value: str, unit: str) -> bool:
    return any(fact.value == Decimal(value) and fact.unit == unit for fact in answer.facts)


def reason_of(answer: Answer) -> str:
    """The reason the answer quotes, or '' when it quotes none apart from the change's own sentence."""
    at = answer.text.find(REASON_LABEL)
    return answer.text[at + len(REASON_LABEL) :].split("\n")[0] if at >= 0 else ""


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("万里街道专项普查活动为啥一下子多出来", "100.00", "%"),
        ("万里街道专项普查活动怎么突然多出来了", "100.00", "%"),
        ("规划资源局24年项目支出为啥多了", "1133.95", "万元"),
        ("规划资源局2024年项目支出为什么增加", "1133.95", "万元"),
        ("省人大2017年机关运行经费为什么涨了两倍多", "4032.99", "万元"),
        ("省人大2017年机关运行经费怎么翻了2倍", "4032.99", "万元"),
        ("普陀区财政局2024年一般公共预算财政拨款支出比2023年少花了多少", "63.14", "万元"),
        ("规划资源局2024年机关运行经费较上年度减少多少", "13.52", "万元"),
        ("规划资源局2024年机关运行经费与上年度相比下降了多少", "13.52", "万元"),
        ("省检察院2018年机关运行经费比上一年度减少多少", "3309.98", "万元"),
        ("省检察院2018年公务接待费为啥这么多", "40.05", "万元"),
        ("汾阳人社局机关运行经费怎么这么少", "2.87", "万元"),
        ("万里街道专项普查活动为什么那么高", "100.00", "%"),
    ],
)
def test_a_change_asked_in_everyday_words_is_the_stated_change(
    families: Composer, question: str, value: str, unit: str
) -> None:
    """多出来, 一下子, 涨了两倍多, 少花了, 较上年度: words of the change asked, never of its item."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert has(answer, value, unit), answer.text
    assert "花" not in answer.text.split("出自")[0], answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("请问该局机关运行经费较上年度减少的比例", "12.85", "%"),
        ("机关运行经费比上一年度下降了百分之几", "12.85", "%"),
        ("机关运行经费与上年度相比减少多少", "2.87", "万元"),
        ("人社局三公经费和去年比有变化吗", "5.00", "万元"),
        ("三公经费较上年度有没有变化", "5.00", "万元"),
    ],
)
def test_a_change_on_last_year_in_the_sample_is_its_stated_change(
    composer: Composer, question: str, value: str, unit: str
) -> None:
    """较上年度, 比上一年度, 与上年度相比 say last year as 比上年 does; asked whether a figure changed, an
    item the narrative says is level with last year is answered with the level it stays at."""
    answer = composer.answer(question)
    assert answer.status == "answered", answer.text
    assert has(answer, value, unit), answer.text


@pytest.mark.parametrize(
    ("question", "value", "verdict"),
    [
        ("规划资源局机关运行经费和去年比有变化吗", "13.52", "有变化："),
        ("省检察院2018年会议费比上年有没有变化", "32.44", "有变化："),
        ("上海市财政局三公经费和去年比有变化吗", "346.30", "没有变化"),
        ("汾阳人社局三公经费较上年度有变化吗", "5.00", "没有变化"),
    ],
)
def test_asked_whether_a_figure_changed_the_answer_says_so_with_the_figures(
    families: Composer, question: str, value: str, verdict: str
) -> None:
    """有变化吗: yes with the stated change, or no with the amount the item stays level at."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    said = answer.text.split("出自")[0]
    assert verdict in said and value in said and has(answer, value, "万元"), answer.text


@pytest.mark.parametrize(
    ("question", "reason_words", "changed"),
    [
        ("规划资源局2024年收支为什么增加", ("办公大楼装修",), "1062.85"),
        ("规划资源局机关运行经费减少的原因", ("八项规定", "培训费"), "13.52"),
        ("省人大2017年机关运行经费为什么涨了两倍多", ("口径",), "4032.99"),
        ("省检察院2018年机关运行经费为什么减少", ("统计口径", "未纳入机关运行费统计"), "3309.98"),
        ("省检察院2018年社会保障和就业支出为什么减少", ("社保中心发放", "同时，省财政"), "184.96"),
        ("万里街道专项普查活动为啥一下子多出来", ("新增专项普查活动经费",), "100.00"),
        ("福利院2024年收支较上年度为什么增加", ("退休人员活动费",), "0.46"),
        ("省检察院2018年收支为什么增加", ("一是政策性调整因素", "二是省财政加强预算管理"), "3958.67"),
        ("江苏省人大2019年人大监督为什么少了10%", ("压减10%",), "41.87"),
        ("规划资源局2024年收支为什么增长了12.08%", ("办公大楼装修",), "1062.85"),
        ("省检察院2018年收支为啥增长百分之21.95", ("一是政策性调整因素",), "3958.67"),
    ],
)
def test_a_stated_reason_is_quoted_whole_with_the_change(
    families: Composer, question: str, reason_words: tuple[str, ...], changed: str
) -> None:
    """主要原因是…。较上一年度减少了培训费支出等。: the reason runs on past its first sentence, each
    clause of it quoted, with the change it explains."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert any(fact.value == Decimal(changed) for fact in answer.facts), answer.text
    assert all(word in reason_of(answer) for word in reason_words), answer.text


@pytest.mark.parametrize(
    "question",
    ["规划资源局24年项目支出为啥多了", "省高院2019年案件执行为什么减少", "汾阳人社局机关运行经费为什么减少"],
)
def test_a_reason_in_the_changes_own_sentence_leads_as_its_clause(families: Composer, question: str) -> None:
    """…较上一度增加1133.95万元，主要由于…装修等: the clause of the quoted sentence that gives the reason is
    said first, the sentence after it as the change's source."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith(REASON_LABEL), answer.text
    quoted = answer.text.split("出自")[1]
    reason = reason_of(answer).strip("“”")
    assert reason and reason in quoted and len(reason) < len(quoted.split("\n")[0]), answer.text


@pytest.fixture(scope="module")
def county_reasons(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """A county 决算 whose overall change is explained over three sentences before its next figure, and
    whose “三公”经费 falling short of its budget is explained after the rates of the whole and a part."""
    said = (
        "2023年度收入、支出总计881.78万元。与上年相比，收、支总计各增加36.20万元，增长4.28%。"
        "主要原因是新增质量检测设备购置。同时，人员经费随调资增加。"
        "本年收入合计881.78万元，其中财政拨款收入881.78万元。"
    )
    short = "其中公务接待费支出决算为2.14万元，完成预算的85.60%。决算数小于预算数的主要原因是压减公务接待。"
    after = tuple(
        said if "收、支总计各增加" in line else line + short if "完成预算的93.95%" in line else line
        for line in QINGHE_FINAL.after
    )
    folder = tmp_path_factory.mktemp("county-reasons")
    path = write_text(replace(QINGHE_FINAL, after=after), folder / "qinghe-reasons.txt")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, path).error is None
    yield Composer(engine)


@pytest.mark.parametrize("question", ["收支为什么增加", "收支总计增加的原因", "收入支出为啥多了"])
def test_a_reason_runs_on_to_where_the_narrative_states_something_new(
    county_reasons: Composer, question: str
) -> None:
    answer = county_reasons.answer(question)
    assert has(answer, "36.20", "万元"), answer.text
    reason = reason_of(answer)
    assert "质量检测设备" in reason and "人员经费随调资增加" in reason, answer.text
    assert "本年收入合计" not in reason, answer.text


@pytest.mark.parametrize(
    "question",
    ["汾阳人社局一般公共预算当年支出为啥少了", "福利院三公经费为什么没变", "上海市财政局三公经费为什么不变"],
)
def test_a_change_whose_reason_the_narrative_does_not_give_says_none_was_found(
    families: Composer, question: str
) -> None:
    """No reason follows the change, or only the reason another item's change gives (（一）因公出国（境）费
    …与2023年预算持平，主要原因是…): the change, and no reason made up or borrowed."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "change", answer.text
    assert not reason_of(answer) and "没有找到对此的原因说明" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("人社局的公用经费为啥这么少", "22.33"),
        ("省高院公用经费为什么这么高", "3580.05"),
        ("福利院事业收入为什么这么多", "2620000"),
    ],
)
def test_why_a_figure_is_so_with_no_change_stated_gives_the_figure_and_says_no_reason_is_given(
    families: Composer, question: str, value: str
) -> None:
    """为啥这么少 of an item whose change the narrative does not state: its figure, and that the document
    states neither a comparison nor a reason, never a 'not found' for a figure it prints."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert "没有写明它与上年的比较，也没有说明原因" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "省检察院2018年为什么有上年结转",
        "普陀区财政局2024年为什么有公务接待费",
        "汾阳人社局为什么要有因公出国费",
    ],
)
def test_why_an_item_is_there_when_it_is_not_corrects_the_premise_first(
    families: Composer, question: str
) -> None:
    """为什么有上年结转 of a document printing none (0 or left blank): 并没有 first, then the figure."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("并没有："), answer.text
    assert answer.facts and answer.facts[0].value == 0, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("汾阳人社局为什么有上年结转", "496.40"),
        ("省委办公厅2018年为什么要安排因公出国费", "70"),
        ("规划资源局2024年为什么有年初结转", "112.88"),
    ],
)
def test_why_an_item_is_there_answered_by_a_clause_with_no_reason_says_none_is_given(
    families: Composer, question: str, value: str
) -> None:
    """为什么有上年结转 answered by 上年结转496.40万元, a clause whose sentence gives a reason for something
    else: the figure, and that no reason for it is given, never silence that reads as an answer."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(value), answer.text
    assert "没有找到对此的原因说明" in answer.text or "也没有说明原因" in answer.text, answer.text
    assert not reason_of(answer), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("汾阳人社局工资福利支出为什么减少", "在职人员退休导致工资福利费用较上也有所减少"),
        ("普陀区财政局2025年人员经费为什么增加", "主要原因是人员经费增加"),
        ("万里街道2023年城乡社区支出为什么减少", "其他城乡社区支出经费减少"),
    ],
)
def test_why_an_item_changed_that_the_narrative_says_only_in_passing_quotes_where_it_says_so(
    families: Composer, question: str, said: str
) -> None:
    """在职人员退休导致工资福利费用较上也有所减少: the narrative says the item changed but states no figure of
    it; the sentence is quoted as a mention, with no figure made up for the change."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not [f for f in answer.facts if f.value is not None], answer.text
    assert "文件只在以下地方提到" in answer.text and said in answer.text, answer.text


def test_why_an_item_not_in_the_document_is_so_is_not_found(families: Composer) -> None:
    answer = families.answer("省高院火箭为什么这么贵")
    assert answer.status == "not_found" and not answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "premise", "value"),
    [
        ("省委办公厅2018年机关运行经费为什么增加", "不是增加，而是减少", "8007.18"),
        ("省检察院2018年公务接待费怎么涨了", "不是增加，而是减少", "40.05"),
        ("规划资源局2024年机关运行经费为什么增加", "不是增加，而是减少", "13.52"),
        ("规划资源局2024年项目支出为什么下降", "不是减少，而是增加", "1133.95"),
        ("人社局收入总计为什么增长", "不是增加，而是减少", "338.52"),
        ("人社局三公经费为什么下降", "并没有减少", "5.00"),
        ("省人大2019年机关运行经费比2017年增加了多少", "不是增加，而是减少", "3977.23"),
    ],
)
def test_a_change_asked_the_wrong_way_round_is_corrected_before_its_figures(
    families: Composer, question: str, premise: str, value: str
) -> None:
    """为什么增加 of what fell, 为什么下降 of what stayed level: the answer first says which way it went,
    then gives the stated (or computed) change, never echoes the question's premise."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith(premise), answer.text
    assert any(fact.value == Decimal(value) for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "reason", "first"),
    [
        ("人社局预算为啥减少", "主要原因是2024年中央就业补助资金较2023年减少465.4万元", True),
        ("人社局收入下降的原因", "主要原因是2024年中央就业补助资金较2023年减少465.4万元", True),
        ("人社局收入总计为什么增长", "主要原因是2024年中央就业补助资金较2023年减少465.4万元", False),
        ("省高院2019年案件执行支出为什么减少", "主要原因是案件执行专项业务经费的支出预算安排减少", True),
        ("福利院公务用车运行费为什么持平", "主要原因是根据实际公务用处运行情况", True),
        ("普陀区财政局2025年公务接待费为什么没变", "主要原因是业务需要或跨部门协作交流等进行公务接待", True),
    ],
)
def test_a_reason_given_in_the_sentence_stating_the_change_is_quoted_on_its_own(
    families: Composer, question: str, reason: str, first: bool
) -> None:
    """…下降17.49%，主要原因是…: the clause after the change that gives its reason is quoted as the reason,
    first (after the premise when that is corrected), never only inside the whole sentence."""
    answer = families.answer(question)
    lines = answer.text.split("\n")
    said = next(line for line in lines if line.startswith("原因（文件说明）：“"))
    assert reason in said and (lines.index(said) == 0) == first, answer.text


def test_a_change_stated_inside_the_reason_for_another_gives_no_reason_of_its_own(families: Composer) -> None:
    """主要原因是…单位预留机动经费增加1753.34万元: that sentence is the reason the total changed, not why
    单位预留机动经费 did; it is no reason quoted for it."""
    answer = families.answer("省高院2019年单位预留机动经费为啥增加")
    assert not any(
        line.startswith("原因（文件说明）：“主要原因是基本支出") for line in answer.text.split("\n")
    )


@pytest.mark.parametrize(
    ("question", "premise", "value"),
    [
        ("人社局今年比去年多花了吗", "不是增加，而是减少", "338.52"),
        ("人社局今年比去年少花了吗", "是：", "338.52"),
        ("万里街道三公经费比上年少花了吗", "并没有减少", "22.91"),
        ("省检察院2018年比上年多花了吗", "是：", "3958.67"),
    ],
)
def test_more_or_less_spent_than_last_year_is_a_change_asked_one_way(
    families: Composer, question: str, premise: str, value: str
) -> None:
    """多花了吗, 少花了吗: the change asked is taken to go one way, and the answer says whether it did (是)
    or went the other way, never only that it changed."""
    answer = families.answer(question)
    assert any(line.startswith(premise) for line in answer.text.split("\n")[:2]), answer.text
    assert any(fact.value == Decimal(value) for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("汾阳人社局钱花完了吗", "1596.64"),
        ("汾阳人社局三公经费超支了吗", "5.00"),
        ("汾阳人社局为什么没花完", "1596.64"),
        ("省高院2019年三公经费超预算了吗", "513.75"),
        ("上海市财政局2025年预算花完了吗", "171915169"),
    ],
)
def test_spent_or_overspent_asked_of_a_budget_gives_its_plan_saying_the_outcome_is_in_its_final_accounts(
    families: Composer, question: str, value: str
) -> None:
    """钱花完了吗, 超预算了吗 of a 预算 alone: it plans and reports no outcome; its planned figure, saying
    so, never the change from last year read as if it answered."""
    answer = families.answer(question)
    assert (
        answer.status == "answered" and "是预算文件，只有计划安排，没有执行结果" in answer.text.split("\n")[0]
    )
    assert answer.intent != "change" and any(fact.value == Decimal(value) for fact in answer.facts), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "verdict", "value"),
    [
        ("规划资源局2024年钱花完了吗", "没有花完，比预算少。", "9746.50"),
        ("普陀区财政局2024年预算用完了没有", "没有花完，比预算少。", "2940.05"),
        ("规划资源局2024年三公经费花完了吗", "没有花完，比预算少。", "0.39"),
    ],
)
def test_spent_in_full_asked_of_final_accounts_says_whether_it_reached_the_budget(
    families: Composer, question: str, verdict: str, value: str
) -> None:
    """花完了吗 of a 决算: yes or no first, from its figure against its own budget, then the figures."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.split("\n")[0] == verdict, answer.text
    assert any(fact.value == Decimal(value) for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("人社局三公经费为什么是零", "5.00"),
        ("省高院三公经费为什么为0", "513.75"),
        ("上海市财政局公务接待费为什么是0元", "25.40"),
    ],
)
def test_why_a_figure_is_zero_of_one_that_is_not_corrects_the_premise_with_the_figure(
    families: Composer, question: str, value: str
) -> None:
    """为什么是零 of an item the document gives an amount: the answer says it is not zero and what it is,
    from the item's own figure (never a change, which may be zero or anything), not the reason for a zero."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.split("\n")[0].endswith(f"不是 0，而是 {value} 万元。")
    assert answer.facts[0].value == Decimal(value), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("人社局公务接待费为什么是0", "0"), ("福利院2024年公务接待费为什么为零", "")],
)
def test_why_a_figure_is_zero_of_one_that_is_zero_gives_no_correction(
    families: Composer, question: str, value: str
) -> None:
    """为什么是0 of what is zero: the premise holds; the change or reason the narrative states, no 是 or 否."""
    answer = families.answer(question)
    assert answer.status == "answered" and not answer.text.startswith(("是", "否", "公务接待费不是")), (
        answer.text
    )
    assert not value or any(fact.value == Decimal(value) for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "规划资源局2024年项目支出为什么增加",
        "省检察院2018年公务接待费为什么减少",
        "人社局收入总计比上年增加还是减少",
        "省人大2019年机关运行经费比2017年减少了多少",
    ],
)
def test_a_change_asked_the_right_way_or_both_ways_is_answered_without_correction(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    assert not answer.text.startswith(("不是", "并没有")), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("规划资源局2024年三公经费为什么比预算少", "严格落实中央八项规定"),
        ("规划资源局2024年一般公共预算财政拨款支出决算数为什么比预算少", "部分项目未开展完成"),
        ("省检察院2018年会议费为啥增加", "原因"),
        ("省人大2019年机关运行经费为什么增加", "原因"),
    ],
)
def test_a_change_asked_why_the_right_way_round_opens_with_its_reason(
    families: Composer, question: str, said: str
) -> None:
    """为什么比预算少 of what was less: the narrative's reason first, then the figures; never a 是 that
    answers no yes-or-no question (么 of 为什么 asks none)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("原因（文件说明）："), answer.text
    assert said in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "普陀区财政局2024年一般公共预算财政拨款支出为什么比预算多",
        "规划资源局2024年三公经费为什么比预算多",
        "普陀区财政局2024年三公经费为啥超过预算",
    ],
)
def test_why_more_than_the_budget_of_what_was_less_is_corrected_first(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("不是"), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("规划资源局2024年决算公务接待费为什么比预算少", "严格落实中央八项规定"),
        ("普陀区财政局2024年决算公务接待费为什么减少", "当年度无“三公”经费支出"),
        ("规划资源局2024年决算因公出国费为什么没有完成预算", "严格落实中央八项规定"),
        ("普陀区财政局2024年决算财政拨款支出为什么没有完成年初预算", "个别信息化项目"),
    ],
)
def test_why_short_of_the_budget_quotes_the_reason_after_the_items_stated_rate(
    families: Composer, question: str, said: str
) -> None:
    """公务接待费为什么比预算少 where the narrative states only the part's 完成预算的X% and then why the
    whole fell short: that reason, after the sentence stating the part's rate; asked why the budget was not
    carried out in full, the same reason with the stated rate."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith("原因（文件说明）："), answer.text
    assert said in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    "question", ["三公经费为什么没有完成预算", "公务接待费为什么比预算少", "公务接待费为啥没完成预算"]
)
def test_why_short_of_the_budget_in_a_county_final_account_quotes_its_reason(
    county_reasons: Composer, question: str
) -> None:
    answer = county_reasons.answer(question)
    assert answer.status == "answered" and "压减公务接待" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("清河县市场监督管理局一般公共预算支出完成率为什么低", "102.42"),
        ("青峰县水利局为什么没有完成年初预算", "105.68"),
        ("青峰县水利局的支出为啥没完成年初预算", "105.68"),
    ],
)
def test_why_the_budget_was_not_carried_out_of_one_overspent_is_corrected_first(
    county_finals: Composer, question: str, rate: str
) -> None:
    """为什么没有完成年初预算 where the 决算 spent more than it: the premise corrected first, with the rate,
    and no reason made up (against the 调整预算 青峰 stated 99.16%, which is not corrected)."""
    answer = county_finals.answer(question)
    assert answer.text.startswith(f"不是没有完成，而是超过了预算（完成 {rate}%）"), answer.text
    assert "没有找到对此的原因说明" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["普陀区财政局2024年决算财政拨款支出为什么没有完成年初预算", "清河县三公经费为什么没有完成预算"],
)
def test_why_the_budget_was_not_carried_out_of_one_that_fell_short_is_not_corrected(
    families: Composer, county_reasons: Composer, question: str
) -> None:
    composer = county_reasons if question.startswith("清河") else families
    answer = composer.answer(question)
    assert answer.status == "answered" and not answer.text.startswith("不是"), answer.text

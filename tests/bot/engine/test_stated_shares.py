"""A share of two figures the narrative states, where no table holds the pair, on the sample, Shanghai and
Jiangsu disclosures: computed from the two stated figures, each quoted with its clause."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.composer import Composer

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "share", "part", "whole"),
    [
        ("省高院2019年人员经费占基本支出比例", "83.70", "18387.95", "21968"),
        ("江苏省高级人民法院2019年人员经费在基本支出中占多少", "83.70", "18387.95", "21968"),
        ("省委办公厅2018年人员经费占基本支出的比重", "79.87", "8308.53", "10403.11"),
        ("省政协2018年公用经费占基本支出的比例", "19.93", "1115.85", "5598.17"),
        ("普陀区财政局2025年援滇干部工作经费占绩效项目资金多少", "0.50", "3.00", "598.46"),
        ("普陀财政局2025年援滇干部工作经费占项目预算资金的百分之几", "0.50", "3.00", "598.46"),
        ("汾阳人社局政府采购货物预算占政府采购预算总额的比例", "100.00", "8.90", "8.90"),
    ],
)
def test_a_share_of_two_stated_figures_is_computed_from_them_with_their_clauses(
    families: Composer, question: str, share: str, part: str, whole: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    computed, top, bottom = answer.facts
    assert (computed.value, computed.unit) == (Decimal(share), "%"), answer.text
    assert (top.value, bottom.value) == (Decimal(part), Decimal(whole)), answer.text
    assert computed.source.inputs == (top.source, bottom.source)
    assert top.source.section and bottom.source.section and top.source.table is None
    assert "按文件说明中写明的两个数字计算" in answer.text
    assert answer.text.count("出自「") == 2, answer.text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("省高院2019年人员经费占多少", "83.70"),
        ("省检察院2018年人员经费占比", "80.53"),
        ("省人大常委会办公厅2019年人员经费占比", "82.37"),
        ("省政协2018年公用经费占多少", "19.93"),
        ("汾阳人社局人员经费占比", "89.49"),
        ("上海市财政局人员经费占多少", "80.27"),
    ],
)
def test_a_share_of_a_part_of_the_basic_spending_naming_no_whole_is_of_the_basic_spending(
    families: Composer, question: str, share: str
) -> None:
    """人员经费 and 公用经费 make up 基本支出: asked without a whole, the share is of it, whether the part is
    printed in a table (the sample, Shanghai) or only stated (Jiangsu)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    assert (answer.facts[0].value, answer.facts[0].unit) == (Decimal(share), "%"), answer.text
    assert "基本支出" in answer.text.split("\n")[0], answer.text


def test_the_whole_stated_beside_the_part_is_the_one_divided_by(families: Composer) -> None:
    """省政协's narrative states 基本支出 of all funds (5678.17) and, in the paragraph of 人员经费 and 公用
    经费, 财政拨款基本支出 (5598.17): the part is a part of the whole its paragraph gives."""
    answer = families.answer("省政协2018年公用经费占基本支出的比例")
    assert answer.facts[2].value == Decimal("5598.17"), answer.text
    assert answer.facts[1].source.section == answer.facts[2].source.section


@pytest.mark.parametrize(
    "question",
    [
        "省高院2019年人员经费占火箭经费比例",
        "省高院2019年火箭经费占基本支出比例",
        "普陀区财政局2025年火箭发射费占绩效项目资金多少",
    ],
)
def test_a_share_with_a_side_not_stated_is_not_found(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.status == "not_found" and not any(fact.unit == "%" for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "share", "part", "table", "whole"),
    [
        ("省政协办公厅2018年差旅费占公用经费多少", "17.92", "200.00", "公开06表", "1115.85"),
        ("省人大常委会办公厅2019年办公费占公用经费的比例", "34.71", "570.00", "公开表六", "1642.08"),
        ("省委办公厅2018年会议费占公用经费比例", "2.39", "50.00", "表六", "2094.58"),
        ("省检察院2018年工资福利支出占人员经费的比例", "90.65", "10204.52", "公开06表", "11257.35"),
    ],
)
def test_a_part_a_table_prints_of_a_whole_only_the_narrative_states_is_computed_from_both(
    families: Composer, question: str, share: str, part: str, table: str, whole: str
) -> None:
    """差旅费 from the 基本支出 table over the 公用经费 the 情况说明 states (never the 会议费 of all funds, a
    table of “三公”经费、会议费、培训费 prints, over the basic spending's 公用经费)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    computed, top, bottom = answer.facts
    assert computed.value == Decimal(share), answer.text
    assert (top.value, top.source.table, bottom.value) == (Decimal(part), table, Decimal(whole)), answer.text
    assert bottom.source.table is None and bottom.source.section, "the whole is the narrative's"
    assert computed.source.inputs == (top.source, bottom.source)


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("省委办2018年公务用车运行维护费占三公经费比重", "80.92"),
        ("省人大2019年公务用车运行维护费占三公经费比重", "23.92"),
        ("省检察院公务用车运行维护费占三公经费的比例", "55.3"),
    ],
)
def test_a_share_stated_after_the_parts_amount_under_another_name_is_quoted(
    families: Composer, question: str, share: str
) -> None:
    """公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%: the table's 公务用车运行维护费 is the same
    411.20, so the stated share is quoted, never recomputed (80.91%) as if the document did not state it."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    assert "文件未直接写明" not in answer.text and "文件原文所述" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("普陀区财政局2024年一般公共服务支出占一般公共预算拨款支出的百分比", "71.73"),
        ("普陀区财政局2024年社会保障和就业支出占一般公共预算拨款支出的比例", "11.11"),
        ("规划资源局2024年城乡社区支出占一般公共预算拨款支出的百分比", "39.32"),
    ],
)
def test_a_share_whose_sentence_states_the_wholes_amount_is_quoted_under_another_name_of_the_whole(
    families: Composer, question: str, share: str
) -> None:
    """一般公共预算财政拨款支出2940.05万元…一般公共服务支出2106.66万元，占71.73%: the sentence states the
    whole the question names (一般公共预算拨款支出) by its amount, so its share is quoted, not one
    computed from the tables (71.65%) as if the document stated none."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    assert "文件原文所述" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("人社局收入里财政拨款占比多少", "68.91"),
        ("汾阳人社局财政拨款占收入多少", "68.91"),
        ("江苏省政协办公厅2018年收入里财政拨款占比多少", "99.21"),
        ("省检察院2018年财政拨款占收入多少", "99.93"),
        ("普陀区社会福利院2024年财政拨款占总收入的比重", "78.38"),
    ],
)
def test_a_share_of_the_income_is_of_the_parts_income_never_its_spending_or_another_funds_share(
    families: Composer, question: str, share: str
) -> None:
    """财政拨款占收入: the 财政拨款 income over the income total, not the 财政拨款 spending of the same name
    (省检察院 states 99.94% of its 支出), nor the stated 0% of 财政专户管理资金收入 (the sample, whose
    一般公共预算拨款收入 is all its 财政拨款: its stated 68.91% is quoted)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    said = answer.text.split("\n")[0].split("占")[0]
    assert "支出" not in said and "专户" not in said, answer.text
    part = answer.facts[1].source if len(answer.facts) > 1 else None  # computed: the part's cell
    assert "收入" in (f"{part.row}{part.column}" if part else said), answer.text


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("省高院三公经费占总支出的比例", "513.75"),
        ("省人大2017年三公经费占支出比重", "833.60"),
        ("省检察院三公经费占总支出的比例", "484.30"),
        ("汾阳人社局三公经费占总支出的比例", "5.00"),
    ],
)
def test_a_share_of_a_concept_is_of_its_subtotal_never_the_tables_total_with_other_items(
    families: Composer, question: str, part: str
) -> None:
    """The 三公 table's 合计 also holds 会议费 and 培训费: 三公经费占总支出 divides the “三公”经费 小计."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    share, top, _bottom = answer.facts
    assert top.value == Decimal(part) and f"{part} ÷" in share.source.column, answer.text


@pytest.mark.parametrize(
    "question", ["规划资源局三公经费占总支出比例", "规划资源局2024年行政单位医疗占总支出的比重"]
)
def test_how_far_a_budget_was_carried_out_is_no_share_of_a_whole(families: Composer, question: str) -> None:
    """完成预算的13.68% is stated of 三公经费 in a 决算, but it is no share of the total spending asked."""
    answer = families.answer(question)
    assert "完成" not in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("普陀区财政局2024年一般公共预算财政拨款支出完成年初预算百分之多少", "98.20"),
        ("规划资源局三公经费完成预算的百分之多少", "13.68"),
    ],
)
def test_how_far_a_budget_was_carried_out_is_answered_when_that_is_asked(
    families: Composer, question: str, rate: str
) -> None:
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(rate), answer.text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("汾阳人社局基本工资占比多少", "26.26"),
        ("省高院2019年基本工资占比多少", "12.87"),
        ("普陀区财政局2024年决算基本工资占比多少", "12.19"),
    ],
)
def test_a_stated_share_of_a_broader_item_is_never_the_share_of_the_item_asked(
    families: Composer, question: str, share: str
) -> None:
    """基本工资 holds 基本 of 基本支出 (支出 is a generic word): the narrative's 基本支出占13.31% is a share of
    a broader item than asked, so the 基本工资 row's share is worked out instead."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    assert answer.text.startswith("基本工资占"), answer.text


@pytest.mark.parametrize(
    ("question", "share", "whole"),
    [
        ("普陀区财政局2024年决算办公费占比多少", "11.49", "公用经费合计"),
        ("规划资源局2024年办公费占比", "17.60", "公用经费合计"),
        ("普陀区财政局2024年决算基本工资占比多少", "12.19", "人员经费合计"),
        ("上海市财政局2025年办公费占比", "0.78", "合计"),
    ],
)
def test_a_share_naming_no_whole_is_of_the_total_of_the_rows_block(
    families: Composer, question: str, share: str, whole: str
) -> None:
    """A 决算's 基本支出 table prints 人员经费 rows closed by 人员经费合计, then 公用经费 rows closed by
    公用经费合计, and no grand total: 办公费's share is of 公用经费合计, never of 人员经费合计."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].value == Decimal(share), answer.text
    assert answer.facts[2].source.row == whole, answer.text


@pytest.mark.parametrize(
    ("question", "share", "part"),
    [
        ("普陀区财政局2025年机关运行经费占比", "7.35", "229.43"),
        ("省高院2019年机关运行经费占比", "9.63", "3580.05"),
        ("汾阳人社局机关运行经费占比", "1.40", "22.33"),
    ],
)
def test_a_share_naming_no_whole_of_an_item_no_printed_total_holds_is_of_the_total_spending(
    families: Composer, question: str, share: str, part: str
) -> None:
    """机关运行经费 has a table of its own, or a column beside the “三公”经费 合计 that does not sum it: its
    share is of the document's total spending, never of a 合计 it is no part of (24150.53%)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    computed, top, bottom = answer.facts
    assert (computed.value, top.value) == (Decimal(share), Decimal(part)), answer.text
    assert bottom.source.row in ("支出总计", "支出合计"), answer.text
    assert computed.value < 100


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局培训费占三公经费多少",
        "省高院2019年培训费占三公经费多少",
        "万里街道2023年会议费占三公经费的比例",
    ],
)
def test_an_item_printed_beside_a_concept_is_no_share_of_it(families: Composer, question: str) -> None:
    """培训费占三公经费多少: 培训费 is printed beside the “三公”经费, not in it (whatever the ratio, 18% or
    310.90%): the answer says so and gives the ratio as what it is, never as a share."""
    answer = families.answer(question)
    assert answer.status == "answered" and "不是" in answer.text and "组成部分" in answer.text, answer.text
    ratio = answer.facts[0]
    assert ratio.unit == "%" and "相当于" in ratio.label and "占" not in ratio.label, answer.text


@pytest.mark.parametrize(
    ("question", "top", "bottom"),
    [
        ("省高院会议费是培训费的百分之几", "省高院会议费", "省高院培训费"),
        ("省检察院会议费相当于培训费的多少", "省检察院会议费", "省检察院培训费"),
        ("省政协办公厅2018年会议费占培训费的比例", "省政协办公厅2018年会议费", "省政协办公厅2018年培训费"),
        (
            "上海市财政局公务接待费是公务用车运行费的百分之几",
            "上海市财政局公务接待费",
            "上海市财政局公务用车运行费",
        ),
    ],
)
def test_two_items_printed_side_by_side_are_set_in_ratio_as_each_is_answered_alone(
    families: Composer, question: str, top: str, bottom: str
) -> None:
    """会议费是培训费的百分之几: each figure is the one the item asked alone gives (the 会议费 column of the
    “三公”经费、会议费、培训费 table, not the 基本支出 table's row, which is only its 基本支出 part), and two
    columns printed side by side are no part of each other: the ratio is said as what it is."""
    answer = families.answer(question)
    ratio, part, whole = answer.facts
    assert (part, whole) == (families.answer(top).facts[0], families.answer(bottom).facts[0]), answer.text
    assert "不是" in answer.text and "组成部分" in answer.text and "相当于" in ratio.label, answer.text


def test_a_part_of_a_concept_is_still_its_share(families: Composer) -> None:
    """公务接待费 is a part of the “三公”经费: its share, as ever."""
    answer = families.answer("万里街道2023年公务接待费占三公经费的比例")
    assert answer.status == "answered" and "组成部分" not in answer.text, answer.text
    assert answer.facts[0].unit == "%" and "占" in answer.facts[0].label, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "普陀区财政局2024年决算公务接待费占比多少",
        "普陀区财政局2024年决算因公出国费占三公经费多少",
        "规划资源局2024年决算公务接待费占三公经费的比例",
        "规划资源局2024年决算公务用车运行维护费占三公经费比例",
    ],
)
def test_a_share_in_a_final_account_never_divides_its_actual_figure_by_a_budget_figure(
    families: Composer, question: str
) -> None:
    """公务接待费支出决算 over “三公”经费年初预算 would set two columns against each other: the whole is of
    the column its part is of (the narrative also states the 年初预算, which is no whole of a 决算数)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert not any("年初预算" in fact.label or "预算数" in fact.label for fact in answer.facts), answer.text


def test_a_share_of_a_whole_that_is_zero_says_so_with_both_figures(families: Composer) -> None:
    """普陀区财政局 spent nothing on “三公”经费 in 2024: the share of it cannot be computed, which is said
    with the part and the whole and their sources, never as a percentage nor as not found."""
    answer = families.answer("普陀区财政局2024年决算公务接待费占比多少")
    assert answer.status == "answered" and answer.intent == "share", answer.text
    assert "无法计算" in answer.text and not any(fact.unit == "%" for fact in answer.facts), answer.text
    part, whole = answer.facts
    assert whole.value == 0 and "三公" in whole.source.column, answer.text
    assert part.value == 0 and part.source.row and part.source.column, answer.text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("规划资源局2024年决算人员经费占比", "91.04"),
        ("普陀区财政局2024年决算公用经费占比多少", "7.90"),
        ("福利院公用经费占比", "22.32"),
    ],
)
def test_a_share_of_a_part_of_the_basic_spending_is_of_it_where_the_table_prints_no_grand_total(
    families: Composer, question: str, share: str
) -> None:
    """A 决算's 基本支出 table closes with 人员经费合计 and 公用经费合计 and no grand total: 人员经费占比 is
    still of the 基本支出 (of the same 财政拨款), never of the all-funds 支出总计."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.intent == "share", answer.text
    computed, _part, whole = answer.facts
    assert computed.value == Decimal(share) and "基本支出" in whole.label, answer.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("汾阳人社局社会保障和就业支出占总支出多少", "80.03"),
        ("普陀区财政局2024年一般公共服务支出占总支出多少", "71.73"),
        ("普陀区规划资源局2024年社会保障和就业支出占总支出的比例", "7.74"),
    ],
)
def test_a_share_stated_of_one_fund_is_never_the_share_of_the_total_asked(
    families: Composer, question: str, stated: str
) -> None:
    """一般公共预算当年支出…主要用于：社会保障和就业支出…，占80.03%: a share of the 一般公共预算, so 占总支出
    is worked out from the tables' 支出总计, never that stated share."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts[0].unit == "%", answer.text
    assert answer.facts[0].value != Decimal(stated) and "文件原文所述" not in answer.text, answer.text
    whole = answer.facts[-1]
    assert whole.source.row in ("支出总计", "合计") or "总计" in whole.label, answer.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("汾阳人社局社会保障和就业支出占一般公共预算支出多少", "80.03"),
        ("普陀区规划资源局2024年社会保障和就业支出占一般公共预算财政拨款支出的比例", "7.74"),
    ],
)
def test_a_share_stated_of_one_fund_answers_when_that_fund_is_asked(
    families: Composer, question: str, stated: str
) -> None:
    answer = families.answer(question)
    assert answer.facts[0].value == Decimal(stated) and "文件原文所述" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("汾阳人社局三公经费占一般公共预算支出的百分比", "0.45"),
        ("汾阳人社局三公经费占一般公共预算的比例", "0.45"),
        ("省检察院三公经费占一般公共预算支出的比例", "2.21"),
        ("万里街道三公经费占一般公共预算支出的比重", "0.14"),
    ],
)
def test_a_share_is_never_of_a_column_the_parts_own_figure_adds_up_from(
    families: Composer, question: str, share: str
) -> None:
    """The “三公” table's 合计 row prints the 一般公共预算 it is funded from beside it: a breakdown of the
    三公经费 itself (5.00 of 5.00), never the 一般公共预算支出 it is a share of."""
    answer = families.answer(question)
    part, whole = answer.facts[1], answer.facts[2]
    assert answer.facts[0].value == Decimal(share), answer.text
    assert (part.source.table, part.source.row) != (whole.source.table, whole.source.row), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "汾阳人社局最多的三个项目占项目支出多少",
        "汾阳人社局前三大项目占项目支出的比例",
        "省高院最多的两项支出占总支出多少",
    ],
)
def test_the_share_of_several_ranked_items_is_never_the_first_ones_alone(
    families: Composer, question: str
) -> None:
    answer = families.answer(question)
    assert not [fact for fact in answer.facts if fact.unit == "%"], answer.text


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("汾阳人社局三公经费所占比例", "三公经费"),
        ("上海市财政局2025年办公费所占比重", "办公费"),
        ("省高院2019年人员经费所占基本支出的比例", "人员经费"),
    ],
)
def test_suo_before_zhan_is_of_the_share_asked_not_of_the_part(
    families: Composer, question: str, part: str
) -> None:
    """三公经费所占比例: 所 belongs to 所占, so the part is named 三公经费, never 三公经费所."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith(f"{part}占"), answer.text
    assert f"{part}所" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("人社局上年结转占总支出的比例", False),
        ("人社局上年结转占收入的比例", True),
        ("江苏省政协办公厅2018年其他资金占总支出的比例", False),
        ("江苏省政协办公厅2018年其他资金占总收入的比例", True),
        ("普陀区财政局2024年其他收入占总支出的比例", False),
        ("江苏省人民检察院2018年一般公共预算资金占总支出的比例", False),
        ("人社局项目支出占总支出的比例", True),
    ],
)
def test_a_share_stated_of_one_side_is_never_quoted_for_the_other(
    families: Composer, question: str, stated: bool
) -> None:
    """上年结转496.40万元，占31.09% under 收入预算情况说明 is a share of the income: asked of 总支出 it is worked out
    from the tables (the same figures, said so), never quoted as the document's share of 总支出."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert ("文件原文所述" in answer.text) == stated, answer.text
    assert stated or "文件未直接写明" in answer.text, answer.text

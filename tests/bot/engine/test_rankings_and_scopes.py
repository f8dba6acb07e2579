"""Rankings within a column or a block of a table (公用经费里哪一项最大) and asked by place (第二多,
倒数第二); a part said inside its whole (车里执法执勤的) or with its group (商品和服务支出中差旅费); the
projects of the 绩效目标表 counted and ranked as a set; a share or a comparison worked out from figures of
one scope. On the sample, Shanghai 区/市 预算 and 决算, and Jiangsu provincial documents.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine.answers import Answer
from bot.engine.composer import Composer
from bot.engine.matcher import named_within
from bot.engine.replies import plain_label

pytestmark = pytest.mark.slow


def values(answer: Answer) -> set[Decimal]:
    return {fact.value for fact in answer.facts if fact.value is not None}


@pytest.mark.parametrize(
    ("question", "label", "value", "column"),
    [
        ("上海市财政局公用经费里哪一项最大", "物业管理费", "9265733", "公用经费"),
        ("人社局公用经费里哪一项花得最多", "其他交通费用", "9.39", "公用经费"),
        ("万里街道人员经费里哪一项最多", "其他工资福利支出", "37884108", "人员经费"),
        ("福利院公用经费里最少的是哪项", "机关事业单位退休人员活动费", "7020", "公用经费"),
        ("万里街道基本支出里哪类最多", "城乡社区支出", "71441335", "基本支出"),
        ("万里街道项目支出里哪类最多", "城乡社区支出", "49878543", "项目支出"),
        ("上海市财政局项目支出里哪类最多", "一般公共服务支出", "43025130", "项目支出"),
    ],
)
def test_a_ranking_within_a_column_reads_every_row_in_that_column(
    families: Composer, question: str, label: str, value: str, column: str
) -> None:
    """公用经费里: the rows are read in the 公用经费 column, and a row with no figure there (津贴补贴, a
    人员经费 row) is not in the ranking."""
    answer = families.answer(question)
    assert answer.intent == "rank" and answer.facts, answer.text
    first = answer.facts[0]
    assert (first.label, first.value) == (label, Decimal(value)), answer.text
    assert all(column in (fact.source.column or "") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "labels", "count"),
    [
        ("人社局支出最多的前三个科目", ["社会保障和就业支出", "农林水支出", "住房保障支出"], 4),
        ("万里街道2023年支出最多的前三个科目", ["城乡社区支出", "社会保障和就业支出", "住房保障支出"], 8),
        ("人社局经济科目支出最多的前三个", ["基本工资", "津贴补贴", "退休费"], 19),
        ("万里街道2023年经济科目里最多的前三个", ["其他工资福利支出", "津贴补贴", "绩效工资"], 27),
        ("省高院2019年经济科目里哪项最多", ["津贴补贴"], 30),
        ("人社局哪类经济科目最多", ["工资福利支出"], 3),
        ("省高院2019年哪类经济科目最多", ["工资福利支出"], 3),
        ("普陀财政局2025年哪项功能支出最多", ["一般公共服务支出"], 4),
    ],
)
def test_a_ranking_never_sets_a_row_beside_the_rows_it_sums(
    families: Composer, question: str, labels: list[str], count: int
) -> None:
    """工资福利支出 is the sum of 基本工资 and the rest: a ranking of a table's rows ranks its innermost rows
    (or its 类, when asked 哪类 or when the rows are 科目 of codes), never a total beside its own parts.
    支出的科目 naming no economic classification are the 功能分类's, as 钱主要花在哪 is."""
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    assert [plain_label(fact.label) for fact in answer.facts] == labels, answer.text
    assert f"共 {count} 项" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "column", "first", "count"),
    [
        ("人社局项目支出按功能分类有哪些", "项目支出", "社会保障和就业支出", 2),
        ("汾阳人社局基本支出按照功能科目有哪些", "基本支出", "社会保障和就业支出", 3),
        ("上海市财政局项目支出按功能分类有哪些", "项目支出", "一般公共服务支出", 3),
        ("万里街道基本支出按功能科目有哪些", "基本支出", "社会保障和就业支出", 4),
        ("汾阳人社局基本支出的功能分类", "基本支出", "社会保障和就业支出", 3),
        ("规划资源局基本支出的功能科目", "基本支出", "社会保障和就业支出", 5),
        ("上海市财政局项目支出按功能分类", "项目支出", "一般公共服务支出", 3),
    ],
)
def test_a_column_listed_by_functional_class_is_the_classes_in_that_column(
    families: Composer, question: str, column: str, first: str, count: int
) -> None:
    """项目支出按功能分类: the 功能分类 names the rows and 项目支出 the column, never the project list."""
    answer = families.answer(question)
    assert answer.intent == "list", answer.text
    assert plain_label(answer.facts[0].label) == first, answer.text
    assert all(column in (fact.source.column or "") for fact in answer.facts), answer.text
    assert f"共 {count} 项" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "table", "count"),
    [
        ("汾阳人社局一般公共预算支出的功能分类有哪些", "表五", 4),
        ("省高院一般公共预算支出的功能分类有哪些", "公开07表", 3),
        ("万里街道一般公共预算支出功能分类有哪些类", "表5", 8),
    ],
)
def test_the_functional_classes_of_a_whole_a_table_is_titled_by_are_that_tables(
    families: Composer, question: str, table: str, count: int
) -> None:
    """一般公共预算支出的功能分类: the 类 rows of the 一般公共预算支出 table, whose title already says the
    money it covers, never its total alone nor a passage of the narrative."""
    answer = families.answer(question)
    assert answer.intent == "list" and f"共 {count} 项" in answer.text, answer.text
    assert {fact.source.table for fact in answer.facts} == {table}, answer.text
    assert all(len(fact.label) > 2 and fact.label.endswith("支出") for fact in answer.facts), answer.text


@pytest.mark.parametrize(
    ("question", "first", "rows"),
    [
        ("人社局基本支出按经济分类有哪些", "工资福利支出", 22),
        ("按经济分类的福利院基本支出有哪些", "工资福利支出", 26),
        ("省高院2019年按照经济分类基本支出有哪些", "工资福利支出", 33),
    ],
)
def test_basic_spending_listed_by_economic_class_is_its_economic_table(
    families: Composer, question: str, first: str, rows: int
) -> None:
    """基本支出按经济分类: 按 joins the item to the classification, it is no word of the item."""
    answer = families.answer(question)
    assert answer.intent == "list", answer.text
    assert plain_label(answer.facts[0].label) == first, answer.text
    assert f"共 {rows} 项" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["规划资源局2024年结余最多的是哪项", "普陀区财政局2024年结余最多的是哪项", "汾阳人社局结余最多的是哪项"],
)
def test_a_ranking_of_a_measure_no_table_prints_by_row_is_never_the_spending_ranking(
    families: Composer, question: str
) -> None:
    """结余最多的是哪项: no row or column prints each item's 结余, so the 功能分类 ranked by what they spent
    is no answer (自然资源海洋气象等支出 spent most; nothing says it has most left over)."""
    answer = families.answer(question)
    assert answer.intent != "rank" and "从多到少排列" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "label", "value", "others"),
    [
        ("普陀区规划和自然资源局2024年公用经费里哪项最多", "办公费", "84.62", {"绩效工资", "津贴补贴"}),
        ("普陀区规划和自然资源局2024年人员经费中最多的是哪一项", "绩效工资", "1594.02", {"办公费"}),
        ("普陀区财政局2024年公用经费里哪项最多", "其他交通费用", "48.49", {"津贴补贴", "基本工资"}),
    ],
)
def test_a_ranking_within_a_block_reads_the_rows_its_total_closes(
    families: Composer, question: str, label: str, value: str, others: set[str]
) -> None:
    """A 决算 printing 人员经费 and 公用经费 one block under the other (each closed by its 合计): the
    ranking is over the block named, never a row of the other block."""
    answer = families.answer(question)
    assert answer.intent == "rank" and answer.facts, answer.text
    assert (answer.facts[0].label, answer.facts[0].value) == (label, Decimal(value)), answer.text
    assert not others & {fact.label for fact in answer.facts}, answer.text
    assert "合计" not in answer.facts[0].label


@pytest.mark.parametrize(
    ("question", "label", "value"),
    [
        ("省委办公厅公用经费里哪一项最大", "办公费", "489.30"),
        ("省政协公用经费中最少的是哪项", "水费", "15.00"),
        ("江苏省人大常委会办公厅2017年公用经费里哪一项最多", "办公费", "370.00"),
    ],
)
def test_a_ranking_within_a_part_the_narrative_lists_reads_only_its_rows(
    families: Composer, question: str, label: str, value: str
) -> None:
    """A table with one 金额 column (Jiangsu): the rows of the part are those the narrative says it
    includes (（二）公用经费…万元。主要包括：办公费、水费…), never a 人员经费 row such as 津贴补贴."""
    answer = families.answer(question)
    assert answer.intent == "rank" and answer.facts, answer.text
    assert (answer.facts[0].label, answer.facts[0].value) == (label, Decimal(value)), answer.text
    assert answer.text.startswith("公用经费的"), answer.text


@pytest.mark.parametrize(
    ("question", "label", "value"),
    [
        ("江苏省高院车里执法执勤的有几辆", "执法执勤用车", "38"),
        ("万里街道车辆里执法执勤的有几辆", "执法执勤用车", "4"),
        ("江苏省人大常委会办公厅2017年人员里退休的有多少人", "离退休人员", "150"),
        ("上海市财政局公车里的运行维护费多少", "公务用车运行维护费", "322000"),
    ],
)
def test_a_part_said_inside_its_whole_is_the_record_named_for_both(
    families: Composer, question: str, label: str, value: str
) -> None:
    """车里执法执勤的: the whole (车) said first, then the part; the record whose name says both is read,
    never the whole's own figure (车辆 66辆)."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.facts, answer.text
    assert (answer.facts[0].label, answer.facts[0].value) == (label, Decimal(value)), answer.text


@pytest.mark.parametrize(
    ("question", "label", "value"),
    [
        ("汾阳人社局商品和服务支出中差旅费是多少", "差旅费", "1.00"),
        ("汾阳人社局商品和服务支出里的办公费多少", "办公费", "1.08"),
        ("汾阳人社局对个人和家庭的补助里退休费多少", "退休费", "28.88"),
        ("上海市财政局商品和服务支出中差旅费是多少", "差旅费", "1000000"),
        ("省委办公厅2018年商品和服务支出里的办公费", "办公费", "489.30"),
    ],
)
def test_a_row_said_with_its_group_is_that_row_whether_its_table_prints_codes_or_not(
    families: Composer, question: str, label: str, value: str
) -> None:
    """商品和服务支出中差旅费: the row under that group, in the sample's table of uncoded rows (grouped by
    their 经济分类 class) as in the coded tables of Shanghai and Jiangsu."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert (plain_label(answer.facts[0].label), answer.facts[0].value) == (label, Decimal(value)), answer.text


@pytest.mark.parametrize(
    ("question", "label", "value", "table_word"),
    [
        ("汾阳人社局基本支出里办公费多少", "办公费", "1.08", "基本支出"),
        ("普陀区财政局2025年基本支出中的差旅费是多少", "差旅费", "20000.00", "基本支出"),
        ("省检察院2018年基本支出里的办公费多少", "办公费", "130.00", "基本支出"),
        ("规划资源局2024年基本支出中的办公费", "办公费", "84.62", "基本支出"),
        ("省人大2019年一般公共预算基本支出中的差旅费", "差旅费", "235.00", "基本支出"),
    ],
)
def test_a_row_said_with_the_whole_its_table_is_of_is_that_row(
    families: Composer, question: str, label: str, value: str, table_word: str
) -> None:
    """基本支出中的差旅费: 基本支出 is no row above 差旅费 but the whole its table is of, so the row is read
    there, in 预算 and 决算 of the sample, Shanghai and Jiangsu."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    fact = answer.facts[0]
    assert (plain_label(fact.label), fact.value) == (label, Decimal(value)), answer.text
    assert table_word in fact.source.title, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "普陀区财政局2025年项目支出中的差旅费是多少",
        "省检察院2018年项目支出里的办公费多少",
        "汾阳人社局项目支出里的办公费",
    ],
)
def test_a_row_said_with_a_whole_its_tables_are_not_of_is_not_found(
    families: Composer, question: str
) -> None:
    """项目支出中的办公费 where only the 基本支出 table lists 办公费: the 基本支出 figure is never given for it."""
    answer = families.answer(question)
    assert answer.status == "not_found" and not answer.facts, answer.text


def test_a_part_two_documents_name_differently_is_read_as_said_in_each() -> None:
    """政府采购里货物: 货物采购金额 (the 2024 决算) and 货物采购预算 (the 2025 预算) are names as short as each
    other, so neither is taken for the part, whatever order a set gives them; the subject stays as said."""
    names = ["货物采购金额", "货物采购预算", "政府采购货物预算"]
    assert named_within("政府采购", "货物", names) == named_within("政府采购", "货物", names[::-1]) == ""
    assert named_within("车", "执法执勤", ["执法执勤用车", "执法执勤用车运行费"]) == "执法执勤用车"


def test_a_part_inside_another_whole_is_never_read_without_it(families: Composer) -> None:
    """政府性基金里的城乡社区支出: the whole is another budget, so the answer is read in its table or column
    (表四's 政府性基金预算财政拨款, left blank), never the row's own total."""
    answer = families.answer("普陀区财政局2024年政府性基金里的城乡社区支出")
    assert answer.status == "answered", answer.text
    source = answer.facts[0].source
    assert "政府性基金" in source.title + source.column, answer.text


def test_a_place_within_a_part_the_narrative_lists_counts_only_its_rows(families: Composer) -> None:
    answer = families.answer("江苏省人民检察院公用经费里第二多的是哪项")
    assert [fact.label for fact in answer.facts] == ["其他交通费用", "公务用车运行维护费"], answer.text


@pytest.mark.parametrize(
    ("question", "label", "value", "place"),
    [
        ("万里街道功能支出第二多的是哪一类", "社会保障和就业支出", "27073236", 2),
        ("省委办公厅功能支出第二多的是哪类", "住房保障支出", "3015.16", 2),
        ("省高院功能支出第三大的是哪类", "社会保障和就业支出", "2355.65", 3),
        ("福利院公用经费里倒数第二的是哪项", "办公设备购置费", "8000", 2),
        ("人社局人员经费里第二多的是哪项", "津贴补贴", "36.72", 2),
        ("普陀区规划和自然资源局2024年项目支出中第二多的是哪一类", "自然资源海洋气象等支出", "2122.09", 2),
    ],
)
def test_a_place_asked_of_a_ranking_is_answered_with_the_ranking_up_to_it(
    families: Composer, question: str, label: str, value: str, place: int
) -> None:
    """第二多, 第三大, 倒数第二: the row at that place is said first, then the ranking up to it."""
    answer = families.answer(question)
    assert answer.intent == "rank" and len(answer.facts) == place, answer.text
    asked = answer.facts[-1]
    assert (asked.label, asked.value) == (label, Decimal(value)), answer.text
    assert answer.text.split("\n")[0].count(label) == 1, answer.text


def test_a_place_beyond_the_ranking_is_never_answered_with_its_first(families: Composer) -> None:
    answer = families.answer("省委办公厅功能支出第九多的是哪类")
    assert "一般公共服务支出" not in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("万里街道绩效目标表一共几张", 5),
        ("万里街道有几张绩效目标表", 5),
        ("人社局绩效目标表一共几张", 22),
    ],
)
def test_the_performance_target_tables_are_counted(families: Composer, question: str, count: int) -> None:
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.facts[0].value == count, answer.text


@pytest.mark.parametrize(
    ("question", "project", "value"),
    [
        ("万里街道填了绩效目标的项目里哪个资金最多", "公共服务设施运行经费", "10903043"),
        ("万里街道绩效目标项目里哪个钱最少", "新建万里街道社区公共服务中心", "4100000"),
        ("人社局填了绩效目标的项目里哪个资金最多", "2024年中央财政就业补助资金", "5480000"),
        ("人社局绩效目标项目里资金最少的是哪个", "仲裁工作经费", "10000"),
        ("万里街道绩效目标项目里资金第二多的是哪个", "各类工作经费", "7595500"),
    ],
)
def test_the_projects_with_a_performance_target_are_ranked_by_their_money(
    families: Composer, question: str, project: str, value: str
) -> None:
    """填了绩效目标的项目里哪个最多: the projects of the 绩效目标表 by their 年度资金总额, whether or not
    the document prints project tables (the sample does; Shanghai does not, and says so)."""
    answer = families.answer(question)
    assert answer.status == "answered", answer.text
    assert (answer.facts[-1].label, answer.facts[-1].value) == (project, Decimal(value)), answer.text
    projects_printed = "人社局" in question
    assert ("没有项目支出明细表" in answer.text) != projects_printed, answer.text


@pytest.mark.parametrize(
    ("question", "share", "whole_table"),
    [
        ("普陀区规划和自然资源局2024年人员经费占基本支出的比重", "91.04", "表五"),
        ("普陀区财政局2024年人员经费占基本支出的比例", "92.10", "表五"),
        ("普陀区规划和自然资源局2024年公用经费占基本支出多少", "8.96", "表五"),
        ("福利院公用经费占基本支出比例", "22.32", "表5"),
        ("人社局人员经费占基本支出的比重", "89.49", "表三"),
    ],
)
def test_a_share_divides_by_the_whole_of_the_parts_own_funding(
    families: Composer, question: str, share: str, whole_table: str
) -> None:
    """人员经费 read from the 财政拨款 基本支出 table is divided by the 基本支出 of the 财政拨款 支出表,
    not by the all-funds 支出决算表; a document with one such whole keeps it."""
    answer = families.answer(question)
    assert answer.intent == "share" and Decimal(share) in values(answer), answer.text
    assert "分母：基本支出" in answer.text and whole_table in answer.text.split("分母：")[1], answer.text


@pytest.mark.parametrize(
    ("question", "this_year", "with_carried_over"),
    [
        ("普陀区财政局2025年预算比2024年决算支出多了多少", "2940.05", "2995.39"),
        ("普陀区财政局2025年支出比2024年多多少", "2940.05", "2995.39"),
        ("普陀区财政局2025年收入比2024年决算多了多少", "2946.25", "2995.39"),
    ],
)
def test_a_final_account_compared_by_its_spending_gives_the_years_own_total(
    families: Composer, question: str, this_year: str, with_carried_over: str
) -> None:
    """A 决算's 支出 beside a 预算's: its 本年支出合计, not the 总计 that adds 年末结转和结余."""
    answer = families.answer(question)
    assert answer.intent == "compare", answer.text
    assert Decimal(this_year) in values(answer) and Decimal(with_carried_over) not in values(answer), (
        answer.text
    )


def test_budgets_compared_by_their_spending_keep_their_totals(families: Composer) -> None:
    """Two 预算 that print no 本年 total beside their 支出合计 are compared by it, as before."""
    answer = families.answer("江苏省人大常委会办公厅2019年支出比2017年多多少")
    assert {Decimal("18330.37"), Decimal("13649.07")} <= values(answer), answer.text


@pytest.mark.parametrize(
    ("question", "first", "value"),
    [
        ("人社局项目支出从大到小排一下", "2024年中央财政就业补助资金", "548.00"),
        ("人社局项目支出从小到大排一下", "仲裁工作经费", "1.00"),
        ("人社局项目支出按金额由少到多排列", "仲裁工作经费", "1.00"),
        ("江苏省检察院功能分类支出从低到高排列", "社会保障和就业支出", "1836.22"),
        ("江苏省检察院功能分类支出从高到低排列", "公共安全支出", "16444.36"),
        ("万里街道基本支出经济分类从大到小排", "其他工资福利支出", "37884108"),
    ],
)
def test_an_order_said_from_one_end_to_the_other_ranks_that_way(
    families: Composer, question: str, first: str, value: str
) -> None:
    """从小到大 ranks the smallest first, 从大到小 the largest: never the group's total instead."""
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    assert plain_label(answer.facts[0].label) == first and answer.facts[0].value == Decimal(value), (
        answer.text
    )
    listed = [fact.value for fact in answer.facts if fact.value is not None]
    ascending = any(word in question for word in ("从小到大", "由少到多", "从低到高"))
    assert listed == sorted(listed, reverse=not ascending), answer.text


@pytest.mark.parametrize(
    ("question", "row", "value"),
    [
        ("上海市财政局2025年支出超过1亿的科目", "一般公共服务支出", "127886849"),
        ("万里街道2023年支出超过1000万的科目有哪些", "城乡社区支出", "121319878"),
        ("江苏省人大2019年支出超过1000万的科目", "一般公共服务支出", "13907.78"),
        ("汾阳人社局支出在100万到1500万之间的科目", "社会保障和就业支出", "1363.35"),
    ],
)
def test_spending_kemu_asked_with_a_bound_are_the_functional_classifications(
    families: Composer, question: str, row: str, value: str
) -> None:
    """支出超过1亿的科目 names no economic classification: the 功能分类 科目 that meet the bound, never the
    基本支出经济科目表's rows, though its name holds both 支出 and 科目."""
    answer = families.answer(question)
    assert answer.intent == "filter", answer.text
    assert any(fact.source.row == row and fact.value == Decimal(value) for fact in answer.facts), answer.text
    assert "经济" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "intents"),
    [
        ("汾阳人社局前三个项目是什么", {"rank"}),
        ("万里街道前三个项目是什么", {"target"}),
        ("省检察院前两大项目是什么", {"not_found"}),
        ("人社局第二大的项目是什么", {"rank"}),
    ],
)
def test_the_first_few_asked_with_what_is_a_ranking_never_a_terms_meaning(
    families: Composer, question: str, intents: set[str]
) -> None:
    """前三个项目是什么 asks the three largest projects (or says the document lists none), never what 项目支出
    means, though 是什么 ends the question."""
    answer = families.answer(question)
    assert answer.intent in intents, answer.text


def test_a_classification_asked_of_a_column_no_table_splits_is_never_the_terms_definition(
    families: Composer,
) -> None:
    """省高院 prints 基本支出 by no 功能分类: 基本支出的功能分类 is not what the glossary says 基本支出 is."""
    answer = families.answer("省高院基本支出的功能分类")
    assert answer.intent != "define" and "名词解释" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "answer_word", "first", "place"),
    [
        ("人社局办公费是公用经费里最多的吗", "不是", "其他交通费用", 5),
        ("人社局其他交通费用是不是公用经费中最多的", "是", "其他交通费用", 1),
        ("人社局办公费是不是公用经费里最少的", "不是", "培训费", 3),
        ("普陀区财政局2025年办公费是基本支出里最多的吗", "不是", "津贴补贴", 13),
        ("普陀区财政局2025年基本支出里最多的是津贴补贴吗", "是", "津贴补贴", 1),
        ("普陀区财政局2024年一般公共服务支出是不是最多的", "是", "一般公共服务支出", 1),
        ("省检察院2018年办公费是基本支出里最多的吗", "不是", "津贴补贴", 15),
    ],
)
def test_whether_an_item_is_first_of_a_ranking_is_answered_yes_or_no_with_its_place(
    families: Composer, question: str, answer_word: str, first: str, place: int
) -> None:
    """办公费是公用经费里最多的吗: 是 or 不是 first, the first of the group the question names, and the
    item's place, never only the item's own figure."""
    answer = families.answer(question)
    assert answer.status == "answered" and answer.text.startswith(f"{answer_word}。"), answer.text
    assert f"的{'就' if answer_word == '是' else ''}是{first}：" in answer.text.split("\n")[0], answer.text
    if place > 1:
        assert f"排第 {place}（" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "first", "value"),
    [
        ("人社局钱最多的是哪一块", "社会保障和就业支出", "1363.35"),
        ("人社局哪方面支出最多", "社会保障和就业支出", "1363.35"),
        ("普陀区财政局2025年哪块支出最多", "一般公共服务支出", "22186440.80"),
        ("福利院2024年哪个方面花钱最多", "社会保障和就业支出", "11281624"),
        ("省检察院2018年支出哪部分最多", "公共安全支出", "16444.36"),
        ("江苏省检察院哪种支出最少", "社会保障和就业支出", "1836.22"),
        ("普陀区财政局2024年决算哪块花得最多", "一般公共服务支出", "2106.66"),
        ("省高院2019年哪项支出用的最少", "社会保障和就业支出", "2355.65"),
        ("人社局钱用得最多的是哪一块", "社会保障和就业支出", "1363.35"),
    ],
)
def test_which_said_with_any_measure_word_ranks_the_spending_classes(
    families: Composer, question: str, first: str, value: str
) -> None:
    """哪块, 哪方面, 哪部分, 哪种 ask which as 哪一类 does: never an item named 哪块; 花得最多 and 用的最少
    ask it as 花的最多 does, never an item named 得 or 用."""
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    assert (plain_label(answer.facts[0].label), answer.facts[0].value) == (first, Decimal(value)), answer.text


@pytest.mark.parametrize(
    ("question", "first", "value", "whole"),
    [
        ("人社局占比最高的支出是什么", "社会保障和就业支出", "1363.35", "1596.64"),
        ("人社局哪项收入占比最大", "一般公共预算", "1100.24", "1596.64"),
        ("万里街道2023年比重最大的是哪一类支出", "城乡社区支出", "121319878", "164978640"),
        ("省高院2019年基本支出里哪项占比最高", "津贴补贴", "8252.03", "21968.00"),
        ("江苏省检察院占比最低的支出是哪项", "社会保障和就业支出", "1836.22", "21940.96"),
    ],
)
def test_a_ranking_by_share_ranks_the_rows_with_each_share_of_their_whole(
    families: Composer, question: str, first: str, value: str, whole: str
) -> None:
    """占比最高的支出 asks which row is largest, with its share: never one figure's share of itself
    (支出预算 ÷ 支出预算 = 100%)."""
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    assert (plain_label(answer.facts[0].label), answer.facts[0].value) == (first, Decimal(value)), answer.text
    share = (Decimal(value) / Decimal(whole) * 100).quantize(Decimal("0.01"))
    assert any(fact.unit == "%" and fact.value == share for fact in answer.facts), answer.text
    assert "100.00%" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "first", "value"),
    [
        ("人社局哪项收入最多", "一般公共预算", "1100.24"),
        ("人社局收入里哪一块最小", "上年结转", "496.40"),
        ("普陀区财政局2024年决算哪项收入最多", "一般公共预算财政拨款收入", "2940.05"),
        ("省政协办公厅2018年收入按多少排个序", "财政拨款", "10070.48"),
    ],
)
def test_income_ranked_is_its_sources_never_its_total(
    families: Composer, question: str, first: str, value: str
) -> None:
    """哪项收入最多 ranks the sources of the 收支总表's income side (财政拨款, 上年结转), never answers 收入总计."""
    answer = families.answer(question)
    assert answer.intent == "rank", answer.text
    assert (plain_label(answer.facts[0].label), answer.facts[0].value) == (first, Decimal(value)), answer.text
    assert "总计" not in answer.facts[0].label, answer.text


@pytest.mark.parametrize(
    ("question", "intent", "rows", "total"),
    [
        ("人社局前三大项目加起来多少", "rank", 3, "1068.26"),
        ("人社局金额最少的三个项目之和", "rank", 3, "4.50"),
        ("人社局最大的两个项目总计多少", "rank", 2, "919.06"),
        ("人社局超过100万的项目总额是多少", "filter", 3, "1068.26"),
        ("江苏高院2019年基本支出中最多的三项加起来", "rank", 3, "12958.80"),
        ("万里街道2023年经济科目里最多的前三个一共多少", "rank", 3, None),
        ("人社局所有项目的钱加起来是多少", "list", 22, "1384.18"),
        ("人社局社会保障和就业支出包括哪些，加起来多少", "list", 3, "1363.35"),
        ("万里街道2023年城乡社区支出包括哪些，加起来多少", "list", None, None),
    ],
)
def test_the_rows_a_ranking_or_a_bound_lists_are_added_when_their_sum_is_asked(
    families: Composer, question: str, intent: str, rows: int | None, total: str | None
) -> None:
    """前三大项目加起来多少, 包括哪些，加起来多少: the rows listed, added up and said first with the sum worked
    out, each row still listed with its source."""
    answer = families.answer(question)
    assert answer.intent == intent, answer.text
    added, listed = answer.facts[0], answer.facts[1:]
    rows = rows or len(listed)
    assert len(listed) == rows and added.label == f"下列 {rows} 项合计", answer.text
    assert added.value == sum(fact.value or 0 for fact in listed) and added.source.inputs, answer.text
    assert total is None or added.value == Decimal(total), answer.text
    assert answer.text.startswith(f"下列 {rows} 项合计"), answer.text


@pytest.mark.parametrize("question", ["人社局前三大项目是哪些", "人社局超过100万的项目有哪些"])
def test_rows_listed_without_a_sum_asked_are_not_added(families: Composer, question: str) -> None:
    answer = families.answer(question)
    assert answer.facts and "合计" not in answer.facts[0].label, answer.text


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("人社局哪个项目最烧钱", "人社局哪个项目最多"),
        ("人社局哪项支出最花钱", "人社局哪项支出最多"),
        ("人社局哪个项目最省钱", "人社局哪个项目最少"),
        ("万里街道哪个项目最烧钱", "万里街道哪个项目最多"),
        ("省高院2019年哪项经济科目最费钱", "省高院2019年哪项经济科目最多"),
    ],
)
def test_a_ranking_said_in_everyday_words_is_the_ranking(
    families: Composer, question: str, plain: str
) -> None:
    """最烧钱, 最花钱, 最费钱 ask for the most money, 最省钱 the least: the ranking, not the item's total."""
    answer, expected = families.answer(question), families.answer(plain)
    assert answer.facts and answer.facts[0] == expected.facts[0], (answer.text, expected.text)
    assert answer.intent == expected.intent != "amount", answer.text

"""Answers as Telegram HTML: escaped, split under the limit, amounts grouped, ids in buttons."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.channels.telegram.render import (
    CALLBACK_LIMIT,
    MESSAGE_LIMIT,
    TABLE_PAGE_LINES,
    answer_html,
    answer_keyboard,
    callback_data,
    escape,
    fact_html,
    source_html,
    split_html,
    table_keyboard,
    table_page_html,
    utf16_length,
)
from bot.engine.answers import Answer, Choice, Fact, Source
from bot.services.tables import TableView

SOURCE = Source(
    document="汾阳市人力资源和社会保障局 2024年预算",
    table="表十二",
    title="2024年项目支出预算表（本年预算）",
    row="零工市场",
    column="本年预算",
    line=812,
)

ANSWER_ID = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (Decimal("1596.64"), "万元", "1,596.64 万元"),
        (Decimal("57.60"), "万元", "57.60 万元"),
        (Decimal("31214205.80"), "元", "31,214,205.80 元（约 3,121.42 万元）"),
        (Decimal("15"), "人", "15 人"),
    ],
)
def test_fact_line_shows_the_exact_amount_grouped_with_its_unit(
    value: Decimal, unit: str, shown: str
) -> None:
    assert fact_html(Fact("收入总计", value, unit, SOURCE)) == f"<b>收入总计</b>：{shown}"


def test_a_fact_without_an_amount_shows_its_text() -> None:
    fact = Fact("机关运行经费", None, "", SOURCE, text="指行政单位……的公用经费支出。")
    assert fact_html(fact) == "<b>机关运行经费</b>：指行政单位……的公用经费支出。"


def test_document_and_person_text_is_escaped() -> None:
    hostile = Answer("not_found", "没有找到“<b>x</b> & y”；请换个说法")
    assert answer_html(hostile) == "没有找到“&lt;b&gt;x&lt;/b&gt; &amp; y”；请换个说法"
    fact = Fact("A<i>&", Decimal("1"), "万元", Source(document="<script>", row="R&D"))
    html = source_html(Answer("answered", "t", [fact]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "R&amp;D" in html
    assert "<b>A&lt;i&gt;&amp;</b>" in html


def test_source_names_table_row_column_and_line() -> None:
    html = source_html(Answer("answered", "t", [Fact("零工市场", Decimal("57.6"), "万元", SOURCE)]))
    assert "表十二《2024年项目支出预算表（本年预算）》" in html
    assert "行「零工市场」" in html and "列「本年预算」" in html and "第812行" in html
    assert "57.6 万元" in html


def test_source_before_any_answer_says_to_ask_first() -> None:
    assert "还没有可以查看来源的回答" in source_html(None)


def test_source_of_a_not_found_says_what_was_searched_and_why_there_is_none() -> None:
    searched = "在汾阳市人力资源和社会保障局 2024年预算中没有找到“火星基地”。"
    text = source_html(Answer("not_found", searched), "火星基地预算多少")
    assert text.startswith("<b>没有来源</b>")
    assert "“火星基地预算多少”没有找到，所以没有给出数字，也就没有出处可查" in text
    assert f"查找结果：{searched}" in text and "/docs" in text


def test_source_of_an_unsettled_ambiguous_answer_points_to_its_buttons() -> None:
    text = source_html(Answer("ambiguous", "哪一份？", choices=[Choice("甲", "甲 问题")]), "三公经费")
    assert "“三公经费”还在等您选择" in text and "来源" in text


def test_short_text_is_one_part() -> None:
    assert split_html("一行\n两行") == ["一行\n两行"]


def test_long_text_splits_at_line_boundaries_and_loses_nothing() -> None:
    lines = [f"第{n}行：" + "预算" * 40 for n in range(200)]
    text = "\n".join(lines)
    parts = split_html(text)
    assert len(parts) > 1
    assert all(utf16_length(part) <= MESSAGE_LIMIT for part in parts)
    assert "\n".join(parts) == text
    assert all(part.split("\n")[0].startswith("第") for part in parts)


def test_one_overlong_line_is_cut_outside_entities() -> None:
    text = "&amp;" * 2000  # 10,000 characters, one line
    parts = split_html(text)
    assert all(utf16_length(part) <= MESSAGE_LIMIT for part in parts)
    assert "".join(parts) == text
    assert all(part.startswith("&amp;") and part.endswith("&amp;") for part in parts)


def test_emoji_count_as_two_units() -> None:
    text = "😀" * 3000
    parts = split_html(text)
    assert all(utf16_length(part) <= MESSAGE_LIMIT for part in parts)
    assert "".join(parts) == text and len(parts) == 2


def test_ambiguous_answer_gets_one_button_per_choice_naming_the_kept_answer_and_the_reading() -> None:
    answer = Answer(
        "ambiguous",
        "您问的是哪一个？",
        choices=[
            Choice("零工市场（表十二）", "零工市场预算"),
            Choice("零工市场（表十三）", "…"),
        ],
    )
    keyboard = answer_keyboard(answer, ANSWER_ID)
    assert keyboard is not None
    buttons = [row[0] for row in keyboard.inline_keyboard]
    assert [b.callback_data for b in buttons] == [f"c:{ANSWER_ID}:0", f"c:{ANSWER_ID}:1"]  # no engine keys
    assert [b.text for b in buttons] == ["零工市场（表十二）", "零工市场（表十三）"]


def test_answer_with_facts_gets_a_source_button_naming_the_kept_answer() -> None:
    answer = Answer("answered", "…", [Fact("零工市场", Decimal("57.6"), "万元", SOURCE)])
    keyboard = answer_keyboard(answer, ANSWER_ID)
    assert keyboard is not None
    buttons = [(b.text, b.callback_data) for row in keyboard.inline_keyboard for b in row]
    assert buttons == [("来源", f"s:{ANSWER_ID}")] and all(len(data) <= 64 for _text, data in buttons)


def test_answer_without_facts_or_choices_has_no_keyboard() -> None:
    assert answer_keyboard(Answer("not_found", "没有找到"), 1) is None


def test_callback_data_over_64_bytes_is_refused() -> None:
    assert callback_data("c", "a" * 20) == "c:" + "a" * 20
    with pytest.raises(ValueError, match="64"):
        callback_data("c", "零" * 21)  # 63 bytes of Chinese + "c:" > CALLBACK_LIMIT
    assert CALLBACK_LIMIT == 64


def test_table_page_is_escaped_preformatted_with_page_buttons() -> None:
    pages = TableView(12, "", "表十二《项目》", [[f"行{n} <&>"] for n in range(45)]).pages(TABLE_PAGE_LINES)
    assert [len(page) for page in pages] == [20, 20, 5]
    html = table_page_html("表十二《项目》", pages, 1)
    assert html.startswith("<b>表十二《项目》</b>\n<pre>行20 &lt;&amp;&gt;")
    assert html.endswith("第 2/3 页")
    keyboard = table_keyboard(12, 1, 3)
    assert keyboard is not None
    assert [b.callback_data for b in keyboard.inline_keyboard[0]] == ["t:12:0", "t:12:2"]
    assert table_keyboard(12, 0, 1) is None


FENYANG = "汾阳市人力资源和社会保障局 2024年预算"
XIAOYI = "孝义市人力资源和社会保障局 2024年预算"


def fact_in(document: str, label: str, value: str, table: str = "表十二") -> Fact:
    return Fact(label, Decimal(value), "万元", Source(document, table, "项目支出预算表", label, "本年预算"))


def test_an_answer_is_headed_by_its_document_when_its_text_does_not_name_it() -> None:
    listing = Answer("answered", "项目共 2 项：\n1. 甲：1.00 万元（表十二）", [fact_in(FENYANG, "甲", "1")])
    assert answer_html(listing).startswith(f"【{FENYANG}】\n项目共 2 项：")
    named = Answer("answered", f"甲：1.00 万元\n来源：{FENYANG} · 表十二", [fact_in(FENYANG, "甲", "1")])
    assert answer_html(named) == escape(named.text)
    both = Answer("answered", "比较", [fact_in(FENYANG, "甲", "1"), fact_in(XIAOYI, "甲", "2")])
    assert answer_html(both) == "比较"


def test_an_ambiguous_answer_over_documents_is_one_line_per_document() -> None:
    full_text = "以下几份文档都有相关内容：\n" + "很长的完整回答\n" * 40
    answer = Answer(
        "ambiguous",
        full_text,
        [
            fact_in(XIAOYI, "三公经费", "5.00", "表十"),
            fact_in(XIAOYI, "公务接待费", "0", "表十"),
            fact_in(FENYANG, "三公经费", "6.00", "表十"),
        ],
        [Choice(XIAOYI, f"{XIAOYI} 三公"), Choice(FENYANG, f"{FENYANG} 三公")],
    )
    lines = answer_html(answer).split("\n")
    assert lines == [
        "2 份文件都有相关内容，请点选一份查看完整回答：",
        f"1. <b>{XIAOYI}</b>：三公经费 5.00 万元（表十「三公经费」行「本年预算」列）；…",
        f"2. <b>{FENYANG}</b>：三公经费 6.00 万元（表十「三公经费」行「本年预算」列）",
    ]


def test_an_ambiguous_answer_over_rows_of_one_document_names_the_document_and_each_figure() -> None:
    answer = Answer(
        "ambiguous",
        "“培训”可能指以下几项：…",
        [fact_in(FENYANG, "培训费", "0.90", "表六"), fact_in(FENYANG, "培训费", "3.00", "表十二")],
        [Choice("培训费（2010101，行政运行）", "…"), Choice("培训费（2080101，人社）", "…")],
    )
    assert answer_html(answer).split("\n") == [
        f"【{FENYANG}】中有 2 项可能相符，请点选一项查看完整回答：",
        "1. <b>培训费（2010101，行政运行）</b>：0.90 万元（表六「本年预算」列）",
        "2. <b>培训费（2080101，人社）</b>：3.00 万元（表十二「本年预算」列）",
    ]


def test_a_long_reading_is_cut_to_one_line() -> None:
    facts = [fact_in(XIAOYI, f"很长的项目名称第{n}项", "1.00") for n in range(10)]
    answer = Answer(
        "ambiguous",
        "…",
        [*facts, fact_in(FENYANG, "甲", "1")],
        [
            Choice(XIAOYI, "…"),
            Choice(FENYANG, "…"),
        ],
    )
    first = answer_html(answer).split("\n")[1]
    summary = first.split("：", 1)[1]
    assert summary == "很长的项目名称第0项 1.00 万元（表十二「很长的项目名称第0项」行「本年预算」列）；…"


def test_an_ambiguous_answer_without_facts_keeps_the_composers_short_question() -> None:
    answer = Answer(
        "ambiguous", "已载入多份文档（甲、乙），请说明是哪个单位<哪一年>。", choices=[Choice("甲", "…")]
    )
    assert answer_html(answer) == "已载入多份文档（甲、乙），请说明是哪个单位&lt;哪一年&gt;。"

"""Each handler fed factory-built updates through process_update; replies checked at the fake server."""

from __future__ import annotations

import html
import logging
import re

import pytest
from sqlalchemy import Engine

from bot.channels.telegram import handlers
from bot.channels.telegram.render import TABLE_WIDTH
from bot.services.questions import MAX_QUESTION_CHARS
from bot.services.tables import table_view
from tests.bot.channels.telegram.conftest import (
    ADMIN,
    GIG_MARKET,
    GIG_TEXT,
    PERSON,
    SKILLS_READING,
    FakeAnswers,
    application_for,
    button_data,
    initialized,
    process,
)
from tests.bot.channels.telegram.fake_bot_api import BOT_USER, TOKEN, Call, FakeBotApi

GROUP = {"id": -100123, "type": "supergroup", "title": "预算讨论群"}


async def test_private_text_is_a_question_answered_with_a_source_button(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
    (reply,) = api.sent("sendMessage", PERSON)
    assert reply.params["text"] == GIG_TEXT
    assert reply.params["parse_mode"] == "HTML"
    ((source,),) = reply.params["reply_markup"]["inline_keyboard"]
    assert source["text"] == "来源" and re.fullmatch("s:[0-9a-f]{32}", source["callback_data"])
    assert fake_answers.asked == ["零工市场预算多少"]


async def test_source_button_and_slash_source_show_table_row_and_column(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        answer = api.sent("sendMessage", PERSON)[-1]
        (source,) = button_data(answer)
        await process(app, api.callback_update(PERSON, source, answer.result))
        await process(app, api.command(PERSON, "source"))
    by_button, by_command = api.texts(PERSON)[1:]
    assert by_button == by_command
    assert "表十二《2024年项目支出预算表（本年预算）》" in by_button
    assert "行「零工市场」 · 列「本年预算」" in by_button and "57.6 万元" in by_button
    assert len(api.sent("answerCallbackQuery")) == 1


async def test_source_before_any_answer_says_there_is_none(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "source"))
    assert "还没有可以查看来源的回答" in api.texts(PERSON)[0]


async def test_ambiguous_answer_is_one_line_per_reading_and_a_press_answers_in_place(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "培训费多少"))
        offer = api.sent("sendMessage", PERSON)[-1]
        keys = button_data(offer)
        answer_id = keys[-1].removeprefix("s:")
        assert keys == [f"c:{answer_id}:0", f"c:{answer_id}:1", f"s:{answer_id}"]
        await process(app, api.callback_update(PERSON, keys[1], offer.result))
    assert offer.params["text"].split("\n") == [
        "【汾阳市人力资源和社会保障局 2024年预算】中有 2 项可能相符，请点选一项查看完整回答：",
        "1. <b>护工培训奖励激励金（表十二）</b>：149.2 万元（表十二「本年预算」列）",
        "2. <b>职业技能培训（表十二）</b>：30 万元（表十三「本年预算」列）",
    ]
    (edit,) = api.sent("editMessageText", PERSON)
    assert edit.params["message_id"] == offer.result["message_id"]
    assert (
        edit.params["text"]
        == f"{SKILLS_READING} 预算安排 149.2 万元。\n来源：" + GIG_MARKET.source.describe()
    )
    (source,) = button_data(edit)
    assert source.startswith("s:") and source != keys[-1]  # the reading's answer is kept under its own id
    assert fake_answers.asked[-1] == SKILLS_READING


async def test_a_list_answer_is_headed_by_the_document_it_lists(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "项目有哪些"))
    (listing,) = api.texts(PERSON)
    assert listing.startswith("【汾阳市人力资源和社会保障局 2024年预算】\n项目共 2 项：")


async def test_ask_define_and_empty_arguments(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "ask", "零工市场  预算"))
        await process(app, api.command(PERSON, "define", "三公经费"))
        await process(app, api.command(PERSON, "ask"))
    assert fake_answers.asked == ["零工市场  预算", "define:三公经费"]
    assert "请在命令后写上问题" in api.texts(PERSON)[2]


@pytest.mark.parametrize(
    ("text", "entities", "reply_to_bot", "answered"),
    [
        ("零工市场预算多少", None, False, False),
        ("@budget_test_bot 零工市场预算多少", [{"type": "mention", "offset": 0, "length": 16}], False, True),
        ("@someone_else 零工市场预算多少", [{"type": "mention", "offset": 0, "length": 13}], False, False),
        ("零工市场预算多少", None, True, True),
    ],
)
async def test_group_answers_only_a_mention_or_a_reply_to_the_bot(
    api: FakeBotApi,
    fake_answers: FakeAnswers,
    empty_engine: Engine,
    text: str,
    entities: list[dict[str, object]] | None,
    reply_to_bot: bool,
    answered: bool,
) -> None:
    reply_to = (
        {"message_id": 1, "date": 0, "chat": GROUP, "from": BOT_USER, "text": "…"} if reply_to_bot else None
    )
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, text, chat=GROUP, entities=entities, reply_to=reply_to))
    assert fake_answers.asked == (["零工市场预算多少"] if answered else [])
    assert len(api.sent("sendMessage", GROUP["id"])) == (1 if answered else 0)


async def test_slash_ask_works_in_a_group(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "ask", "零工市场", chat=GROUP))
    assert fake_answers.asked == ["零工市场"]
    assert len(api.sent("sendMessage", GROUP["id"])) == 1


async def test_handler_error_is_logged_without_text_or_token_and_apologised(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "机密问题 爆炸"))
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
    apology, answer = api.texts(PERSON)
    assert apology == "抱歉，处理这条消息时出错了。请稍后再试。"
    assert "57.6 万元" in answer
    (failure,) = [record for record in caplog.records if record.getMessage().startswith("update failed")]
    logged = logging.Formatter().format(failure)
    assert "RuntimeError: composer exploded" in logged and '"update_id": ' in logged
    assert "机密问题" not in logged and TOKEN not in logged


async def test_start_offers_three_example_buttons_and_a_press_asks_one(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "start"))
        welcome = api.sent("sendMessage", PERSON)[0]
        buttons = [row[0] for row in welcome.params["reply_markup"]["inline_keyboard"]]
        await process(app, api.callback_update(PERSON, buttons[0]["callback_data"], welcome.result))
    assert len(buttons) == 3
    assert fake_answers.asked == [buttons[0]["text"]]


async def test_help_lists_every_public_command(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "help"))
    (menu,) = [call for call in api.sent("setMyCommands") if "scope" not in call.params]
    help_text = api.texts(PERSON)[0]
    assert all(
        f"/{command['command']}" in help_text
        for command in menu.params["commands"]
        if command["command"] not in ("start", "help")
    )


async def test_command_menu_is_public_and_admins_also_see_staff_commands(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)):
        pass
    public, admin = api.sent("setMyCommands")
    public_names = {c["command"] for c in public.params["commands"]}
    public_commands = {
        "start",
        "help",
        "ask",
        "define",
        "reset",
        "docs",
        "tables",
        "table",
        "source",
        "chart",
    }
    assert public_commands == public_names
    assert {c["command"] for c in admin.params["commands"]} == public_names | {"reload", "stats", "check"}
    assert admin.params["scope"] == {"type": "chat", "chat_id": ADMIN}


async def test_flood_limit_answers_once_politely_then_ignores(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=3)) as app:
        for _ in range(6):
            await process(app, api.message_update(PERSON, "零工市场预算多少"))
        await process(app, api.message_update(PERSON + 1, "零工市场预算多少"))
    texts = api.texts(PERSON)
    assert texts[:3] == [GIG_TEXT] * 3
    assert texts[3:] == ["您发得太快了，请休息一分钟再继续提问。"]
    assert len(api.texts(PERSON + 1)) == 1


async def test_group_chatter_not_addressed_to_the_bot_does_not_count_toward_the_flood_limit(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    mention = [{"type": "mention", "offset": 0, "length": 16}]
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=2)) as app:
        for _ in range(5):
            await process(app, api.message_update(PERSON, "大家好", chat=GROUP))
        await process(
            app, api.message_update(PERSON, "@budget_test_bot 零工市场", chat=GROUP, entities=mention)
        )
    assert api.texts(GROUP["id"]) == [GIG_TEXT]


async def test_network_failures_are_retried_and_the_reply_arrives(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.channels.telegram.app.FIRST_RETRY_DELAY", 0.01)
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        api.fail_next("sendMessage", 2)
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
    assert len(api.texts(PERSON)) == 1


async def test_staff_commands_are_refused_to_others_and_work_for_admins(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        await process(app, api.message_update(PERSON, "不存在的东西"))
        for user in (PERSON, ADMIN):
            await process(app, api.command(user, "reload"))
            await process(app, api.command(user, "stats"))
    refusals = api.texts(PERSON)[2:]
    assert refusals == ["抱歉，这个功能只对管理员开放。"] * 2
    reloaded, stats = api.texts(ADMIN)
    assert fake_answers.reloads == 1 and "已重新读取数据库" in reloaded
    assert "已回答问题：2" in stats and "未找到比例：50.0%" in stats and "零工市场：1次" in stats
    assert "不存在的东西" not in stats


async def test_stats_list_questions_only_when_settings_store_them(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine, store_questions=True)) as app:
        await process(app, api.message_update(PERSON, "不存在的东西"))
        await process(app, api.command(ADMIN, "stats"))
    assert "不存在的东西：1次" in api.texts(ADMIN)[0]


async def test_upload_by_a_non_admin_is_refused_without_downloading(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.document_update(PERSON, b"data", "budget.txt"))
    assert api.texts(PERSON) == ["抱歉，这个功能只对管理员开放。"]
    assert api.sent("getFile") == []


async def test_upload_over_the_size_limit_is_refused_before_downloading(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine, max_upload_bytes=100)) as app:
        await process(app, api.document_update(ADMIN, b"x" * 10, "big.pdf", size=5000))
    assert "文件太大了" in api.texts(ADMIN)[0]
    assert api.sent("getFile") == [] and fake_answers.reloads == 0


async def test_upload_of_a_bad_file_changes_nothing(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.document_update(ADMIN, b"\xd0\xcf\x11\xe0 old excel", "old.xls"))
    reply = api.texts(ADMIN)[0]
    assert reply.startswith("载入失败：old.xls") and "数据库没有改变" in reply
    assert fake_answers.reloads == 0


async def test_docs_and_tables_on_an_empty_database_say_so(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "docs"))
        await process(app, api.command(PERSON, "tables"))
        await process(app, api.command(PERSON, "table", "十二"))
    docs, tables, table = api.texts(PERSON)
    assert docs == "还没有载入任何文件。" and tables == "还没有表格。"
    assert table.startswith("没有找到表“十二”")


async def test_an_unknown_command_gets_the_help(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "budget"))
    (reply,) = api.texts(PERSON)
    assert reply.startswith("没有 /budget 这个命令。\n\n<b>怎么问</b>") and "/define 术语" in reply
    assert fake_answers.asked == []


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("/budget@budget_test_bot", True),
        ("/budget", False),
        ("/budget@other_bot", False),
        ("/ask@other_bot 零工", False),
    ],
)
async def test_in_a_group_only_unknown_commands_written_to_this_bot_get_the_help(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, text: str, answered: bool
) -> None:
    entity = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=1)) as app:
        for _ in range(3):  # commands for other bots never count toward the flood limit
            await process(app, api.message_update(PERSON, text, chat=GROUP, entities=entity))
    replies = api.texts(GROUP["id"])
    if answered:
        assert replies[0].startswith("没有 /budget 这个命令。") and replies[1:] == [handlers.FLOOD_NOTICE]
    else:
        assert replies == [] and fake_answers.asked == []


async def test_start_in_a_group_says_how_to_ask_there(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "start", chat=GROUP))
        await process(app, api.command(PERSON, "start"))
    (in_group,) = api.texts(GROUP["id"])
    (in_private,) = api.texts(PERSON)
    assert "在群里请这样问我" in in_group and "/ask 零工市场预算安排了多少" in in_group
    assert "@budget_test_bot 三公经费是多少" in in_group and "回复我的某条消息" in in_group
    assert "直接发问题给我" in in_private and "群里" not in in_private


async def test_a_question_over_the_limit_is_refused_with_the_limit_not_cut_and_asked(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    long_question = "零工市场" + "的" * 4996
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, long_question))
        await process(app, api.command(PERSON, "define", "机" * 600))
        await process(app, api.message_update(PERSON, "零工市场" + "的" * (MAX_QUESTION_CHARS - 4)))
    too_long, too_long_term, at_the_limit = api.texts(PERSON)
    assert (
        too_long
        == f"问题太长了：最多 {MAX_QUESTION_CHARS} 个字，这条有 5,000 个字。请只写要问的内容，再发一次。"
    )
    assert "这条有 600 个字" in too_long_term
    assert at_the_limit == GIG_TEXT and len(fake_answers.asked) == 1


async def test_slash_source_after_a_not_found_says_what_was_searched(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.message_update(PERSON, "零工市场预算多少"))
        answer = api.sent("sendMessage", PERSON)[-1]
        await process(app, api.message_update(PERSON, "火星基地预算多少"))
        await process(app, api.command(PERSON, "source"))
        (source,) = button_data(answer)
        await process(app, api.callback_update(PERSON, source, answer.result))  # the earlier answer's button
    _answer, not_found, explained, earlier = api.texts(PERSON)
    assert not_found == "没有找到“火星基地预算多少”。"
    assert explained.startswith("<b>没有来源</b>\n“火星基地预算多少”没有找到，所以没有给出数字")
    assert "查找结果：没有找到“火星基地预算多少”。" in explained
    assert "表十二《2024年项目支出预算表（本年预算）》" in earlier


@pytest.mark.parametrize("reference", ["十二", "三", "一"])
async def test_table_pages_turned_to_the_end_never_split_a_row_from_its_name(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine, reference: str
) -> None:
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await process(app, api.command(PERSON, "table", reference))
        page = api.sent("sendMessage", PERSON)[0]
        shown = [page.params["text"]]
        while (forward := [b for b in buttons_of(page) if b["text"] == "下一页 ▶"]) and len(shown) < 50:
            await process(app, api.callback_update(PERSON, forward[0]["callback_data"], page.result))
            page = api.sent("editMessageText", PERSON)[-1]
            shown.append(page.params["text"])
    bodies = [html.unescape(text.split("<pre>")[1].split("</pre>")[0]).split("\n") for text in shown]
    assert all(not body[0].startswith(" ") for body in bodies[1:])  # a page never opens on a row's cells
    whole = table_view(sample_engine, reference, None, TABLE_WIDTH)
    assert [line for body in bodies for line in body] == whole.lines


def buttons_of(call: Call) -> list[dict[str, str]]:
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [button for row in markup["inline_keyboard"] for button in row]


async def test_a_table_in_several_documents_is_asked_with_how_to_name_one(
    api: FakeBotApi, fake_answers: FakeAnswers, two_documents_engine: Engine
) -> None:
    """Both documents have a 表一: the reply says how to write the document after the table, and the
    way it shows works."""
    async with initialized(application_for(api, fake_answers, two_documents_engine)) as app:
        await process(app, api.command(PERSON, "table", "一"))
        (asked,) = api.texts(PERSON)
        assert "2份文档都有" in asked and "符合的有：" in asked
        example = html.unescape(asked).split("在表号后写上文档，如 ")[1]
        assert example.startswith("/table 一 ")
        command, _, argument = example.removeprefix("/").partition(" ")
        await process(app, api.command(PERSON, command, argument))
    shown = html.unescape(api.texts(PERSON)[1])
    assert "单位：" in shown and "没有找到" not in shown

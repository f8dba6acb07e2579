"""The real Application, long-polling a fake Bot API over HTTP on 127.0.0.1, answering with the real
answer service from a real SQLite database holding the bundled sample."""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.channels.telegram.render import MESSAGE_LIMIT, utf16_length
from bot.engine.followup import Context
from bot.services.answering import AnswerService, Reply
from knowledge.chat_state import counter_totals
from knowledge.database import open_engine
from knowledge.store import disclosure_count
from loaders import sample_path
from tests.bot.channels.telegram.conftest import ADMIN, PERSON, application_for, polling
from tests.bot.channels.telegram.fake_bot_api import BOT_USER, Call, FakeBotApi

GROUP = {"id": -100777, "type": "supergroup", "title": "预算讨论群"}
MARKUP = re.compile(r"</?(?:b|pre)>")
ENTITY_SAFE = re.compile(r"(?:[^&<>]|&(?:lt|gt|amp|quot|#\d+);)*", re.S)


def visible_text(message_html: str) -> str:
    """Check the HTML is what Telegram accepts from us (our tags, escaped text) and return the text."""
    text = MARKUP.sub("", message_html)
    assert ENTITY_SAFE.fullmatch(text), f"unsafe HTML: {message_html[:200]!r}"
    assert utf16_length(message_html) <= MESSAGE_LIMIT
    return html.unescape(text)


def buttons(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [(button["text"], button["callback_data"]) for row in markup["inline_keyboard"] for button in row]


@pytest.fixture
def own_sample_engine(tmp_path: Path, sample_engine: Engine) -> Iterator[Engine]:
    """A copy of the sample database this test may change."""
    source = sample_engine.url.database
    assert source is not None
    path = tmp_path / "own.db"
    shutil.copyfile(source, path)
    built = open_engine(f"sqlite:///{path}")
    yield built
    built.dispose()


async def test_a_private_question_gets_the_figure_and_its_table_reference(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine)):
        api.enqueue(api.message_update(PERSON, "2024年收入总计是多少"))
        (reply,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        text = visible_text(reply.params["text"])
        assert "1,596.64 万元" in text and "表一" in text
        ((label, source),) = buttons(reply)
        assert label == "来源" and source.startswith("s:")
        api.enqueue(api.callback_update(PERSON, source, reply.result))
        source = (await api.wait_for_calls("sendMessage", 2, PERSON))[1]
    described = visible_text(source.params["text"])
    assert "表一《2024年预算收支总表》" in described and "行「收入总计」" in described
    assert "1,596.64 万元" in described


async def test_an_ambiguous_question_is_settled_with_a_button(
    api: FakeBotApi, two_units_answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, two_units_answers, sample_engine)):
        api.enqueue(api.message_update(PERSON, "零工市场花了多少钱"))
        (offer,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        choices = [(label, data) for label, data in buttons(offer) if data.startswith("c:")]
        assert {label for label, _data in choices} == {
            "汾阳市人力资源和社会保障局 2024年预算",
            "孝义市人力资源和社会保障局 2024年预算",
        }
        assert all(len(data.encode()) <= 64 for _label, data in choices)
        fenyang = next(data for label, data in choices if label.startswith("汾阳"))
        api.enqueue(api.callback_update(PERSON, fenyang, offer.result))
        (chosen,) = await api.wait_for_calls("editMessageText", 1, PERSON)
        ((label, source),) = buttons(chosen)
        assert label == "来源"
        api.enqueue(api.callback_update(PERSON, source, chosen.result))
        source = (await api.wait_for_calls("sendMessage", 2, PERSON))[1]
    intro, *readings = visible_text(offer.params["text"]).split("\n")
    assert intro == "2 份文件都有相关内容，请点选一份查看完整回答："
    assert [line.split("：", 1)[0] for line in readings] == [
        "1. 孝义市人力资源和社会保障局 2024年预算",
        "2. 汾阳市人力资源和社会保障局 2024年预算",
    ]
    summaries = [line.split("：", 1)[1] for line in readings]
    assert all(s.startswith("2024年零工市场运营费用 57.60 万元（表十二「") and "列）" in s for s in summaries)
    text = visible_text(chosen.params["text"])
    assert chosen.params["message_id"] == offer.result["message_id"]
    assert "57.60 万元" in text and "表十二" in text
    assert "汾阳市人力资源和社会保障局 2024年预算 · 表十二" in visible_text(source.params["text"])
    assert "孝义市" not in visible_text(source.params["text"])


async def test_inline_mode_offers_answers_as_articles(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine)):
        api.enqueue(api.inline_update(PERSON, "零工市场"))
        (offer,) = await api.wait_for_calls("answerInlineQuery", 1)
    (article,) = offer.params["results"]
    assert article["type"] == "article" and article["title"]
    content = article["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "57.60 万元" in visible_text(content["message_text"])


async def test_a_group_message_without_mention_is_ignored(
    api: FakeBotApi, answers: AnswerService, own_sample_engine: Engine
) -> None:
    application = application_for(api, answers, own_sample_engine)
    before = counter_totals(own_sample_engine)
    async with polling(application):
        api.enqueue(api.message_update(PERSON, "2024年收入总计是多少", chat=GROUP))
        mention = [{"type": "mention", "offset": 0, "length": len(BOT_USER["username"]) + 1}]
        api.enqueue(
            api.message_update(
                PERSON, f"@{BOT_USER['username']} 三公经费预算多少", chat=GROUP, entities=mention
            )
        )
        (reply,) = await api.wait_for_calls("sendMessage", 1, GROUP["id"])
    assert "5.00 万元" in visible_text(reply.params["text"])
    assert reply.params["reply_parameters"]["message_id"]  # quoted, so the group sees which question
    assert counter_totals(own_sample_engine) - before == Counter(
        {("status", "answered"): 1, ("item", "三公经费"): 1}
    )  # only the question addressed to the bot was counted


async def test_a_hostile_message_gets_a_safe_reply(
    api: FakeBotApi, answers: AnswerService, own_sample_engine: Engine
) -> None:
    hostile = "<b>零工市场</b> & 1=1; DROP TABLE disclosure;-- 😀 '\"" + "预" * 5000
    async with polling(application_for(api, answers, own_sample_engine)):
        api.enqueue(api.message_update(PERSON, hostile))
        api.enqueue(api.message_update(PERSON + 1, "<script>alert(1)</script>&amp;"))
        await api.wait_for(
            lambda: (
                len(api.sent("sendMessage", PERSON + 1)) >= 1 and len(api.sent("sendMessage", PERSON)) >= 1
            )
        )
    for call in api.sent("sendMessage"):
        visible_text(call.params["text"])
    (refused,) = api.sent("sendMessage", PERSON)
    assert refused.params["text"].startswith("问题太长了：最多 500 个字，这条有 5,")  # refused whole, not cut
    pasted = api.sent("sendMessage", PERSON + 1)[0].params["text"]
    assert "<script>" not in pasted and "alert" not in pasted  # markup is no word of the question
    assert "&amp" in visible_text(pasted)  # what is echoed is escaped, shown as typed
    assert disclosure_count(own_sample_engine) == 1


async def test_a_handler_error_is_apologised_and_the_bot_keeps_answering(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_converse = answers.converse

    def failing(question: str, context: Context | None) -> Reply:
        if "故障" in question:
            raise RuntimeError("matcher failed")
        return real_converse(question, context)

    monkeypatch.setattr(answers, "converse", failing)
    async with polling(application_for(api, answers, sample_engine)):
        api.enqueue(api.message_update(PERSON, "故障"))
        await api.wait_for_calls("sendMessage", 1, PERSON)
        api.enqueue(api.message_update(PERSON, "三公经费预算多少"))
        apology, answer = await api.wait_for_calls("sendMessage", 2, PERSON)
    assert apology.params["text"] == "抱歉，处理这条消息时出错了。请稍后再试。"
    assert "5.00 万元" in visible_text(answer.params["text"])


async def test_the_flood_limit_replies_once_politely(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine, questions_per_minute=3)):
        for _ in range(6):
            api.enqueue(api.message_update(PERSON, "三公经费预算多少"))
        await api.wait_for_calls("sendMessage", 4, PERSON)
        api.enqueue(api.message_update(PERSON + 1, "三公经费预算多少"))
        await api.wait_for_calls("sendMessage", 1, PERSON + 1)
    texts = [call.params["text"] for call in api.sent("sendMessage", PERSON)]
    assert texts.count("您发得太快了，请休息一分钟再继续提问。") == 1 and len(texts) == 4


async def test_an_admin_upload_loads_the_file_and_a_non_admin_upload_is_refused(
    api: FakeBotApi, empty_engine: Engine
) -> None:
    content = sample_path().read_bytes()
    fresh = AnswerService(empty_engine)
    async with polling(application_for(api, fresh, empty_engine)):
        api.enqueue(api.message_update(PERSON, "2024年收入总计是多少"))
        (before,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        api.enqueue(api.document_update(PERSON, content, "fenyang.txt"))
        refusal = (await api.wait_for_calls("sendMessage", 2, PERSON))[1]
        assert disclosure_count(empty_engine) == 0 and api.sent("getFile") == []
        api.enqueue(api.document_update(ADMIN, content, "fenyang.txt"))
        (loaded,) = await api.wait_for_calls("sendMessage", 1, ADMIN, timeout=20)
        api.enqueue(api.message_update(PERSON, "2024年收入总计是多少"))
        after = (await api.wait_for_calls("sendMessage", 3, PERSON))[2]
    assert "1,596.64" not in before.params["text"]
    assert refusal.params["text"] == "抱歉，这个功能只对管理员开放。"
    assert visible_text(loaded.params["text"]).startswith(
        "已载入 fenyang.txt → #1 汾阳市人力资源和社会保障局 2024年单位预算"
    )
    assert disclosure_count(empty_engine) == 1
    assert "1,596.64 万元" in visible_text(after.params["text"])


async def test_tables_are_listed_and_paged_with_buttons(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine)):
        api.enqueue(api.command(PERSON, "tables"))
        (listing,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        api.enqueue(api.command(PERSON, "table", "十二"))
        first = (await api.wait_for_calls("sendMessage", 2, PERSON))[1]
        pages = buttons(first)
        assert [label for label, _data in pages] == ["下一页 ▶"]
        api.enqueue(api.callback_update(PERSON, pages[0][1], first.result))
        (second,) = await api.wait_for_calls("editMessageText", 1, PERSON)
    assert "表十二《2024年项目支出预算表（本年预算）》" in visible_text(listing.params["text"])
    assert visible_text(first.params["text"]).startswith("汾阳市人力资源和社会保障局 2024年预算 表十二")
    table_id = pages[0][1].split(":")[1]
    assert "第 2/" in second.params["text"] and ("◀ 上一页", f"t:{table_id}:0") in buttons(second)


async def test_an_edited_question_gets_its_answer_rewritten_in_place(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine)):
        question = api.enqueue(api.message_update(PERSON, "零工市场花了多少钱"))
        (answer,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        api.enqueue(api.edited(question, "三公经费预算多少"))
        (edit,) = await api.wait_for_calls("editMessageText", 1, PERSON)
    listing = visible_text(answer.params["text"])
    assert listing.startswith("与“零工市场”有关的项目共 3 项，预算安排合计 140.24 万元")
    assert "来源：汾阳市人力资源和社会保障局 2024年预算 · 表十二" in listing
    assert edit.params["message_id"] == answer.result["message_id"]
    assert "5.00 万元" in visible_text(edit.params["text"]) and len(api.sent("sendMessage", PERSON)) == 1


async def test_an_admins_check_gets_the_samples_four_findings_and_a_person_is_refused(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine)):
        api.enqueue(api.command(PERSON, "check"))
        api.enqueue(api.command(ADMIN, "check"))
        (attached,) = await api.wait_for_calls("sendDocument", 1, ADMIN, timeout=20)
        (refusal,) = await api.wait_for_calls("sendMessage", 1, PERSON)
    report = "\n".join(visible_text(call.params["text"]) for call in api.sent("sendMessage", ADMIN))
    assert report.startswith("勾稽检查：汾阳市人力资源和社会保障局 2024年预算")
    assert "表十二《2024年项目支出预算表（本年预算）》「汾阳市人力资源和社会保障局」" in report
    assert "合计 887.80，各项之和 887.79" in report
    assert "「山西绥民律师事务所法律顾问费」" in report and "「山西恒民律师事务所法律顾问费」" in report
    assert "实有车辆数前后不一" in report and "= 3 部" in report and "= 2 辆" in report
    assert "「2024年业务工作经费」" in report and "17.35 万元" in report and "173600 元" in report
    (content,) = attached.files.values()
    assert json.loads(content)["document"] == "汾阳市人力资源和社会保障局 2024年预算"
    assert refusal.params["text"] == "抱歉，这个功能只对管理员开放。"


async def test_a_chart_chosen_with_a_button_arrives_as_a_png_photo_with_its_source_tables(
    api: FakeBotApi, answers: AnswerService, sample_engine: Engine
) -> None:
    async with polling(application_for(api, answers, sample_engine)):
        api.enqueue(api.command(PERSON, "chart"))
        (offer,) = await api.wait_for_calls("sendMessage", 1, PERSON)
        spending = dict(buttons(offer))["支出构成"]
        api.enqueue(api.callback_update(PERSON, spending, offer.result))
        (photo,) = await api.wait_for_calls("sendPhoto", 1, PERSON, timeout=20)
    caption = visible_text(photo.params["caption"])
    assert caption.startswith("汾阳市人力资源和社会保障局 2024年预算：支出构成（按功能分类）")
    assert "来源：表三《2024年预算支出总表》" in caption
    (content,) = photo.files.values()
    assert content[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", content[16:24]) == (1080, 1350)
    assert 20_000 < len(content) < 1_000_000

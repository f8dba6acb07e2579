"""/chart: kind buttons, then the document when several are loaded, then a photo with its sources."""

from __future__ import annotations

import asyncio
import html
import struct
import threading
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.channels.telegram import chart_handlers
from bot.services.charts import CHART_KINDS, ChartImage
from knowledge.store import store_disclosure
from tests.bot.channels.telegram.conftest import PERSON, FakeAnswers, application_for, initialized, process
from tests.bot.channels.telegram.fake_bot_api import Call, FakeBotApi
from tests.knowledge.audit_documents import consistent_disclosure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def keyboard(call: Call) -> list[tuple[str, str]]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [(button["text"], button["callback_data"]) for row in rows for button in row]


def png_size(content: bytes) -> tuple[int, int]:
    assert content[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", content[16:24])
    return width, height


def photo_of(call: Call) -> bytes:
    (content,) = call.files.values()
    return content


async def test_chart_offers_every_kind_and_a_press_sends_a_photo_naming_the_source_tables(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await process(app, api.command(PERSON, "chart"))
        (offer,) = api.sent("sendMessage", PERSON)
        kinds = dict(keyboard(offer))
        await process(app, api.callback_update(PERSON, kinds["主要项目"], offer.result))
    assert offer.params["text"] == "画哪一种图？"
    assert kinds == {kind.name: f"g:{kind.key}" for kind in CHART_KINDS}
    assert all(data.isascii() and len(data) <= 64 for data in kinds.values())
    (photo,) = api.sent("sendPhoto", PERSON)
    caption = html.unescape(photo.params["caption"])
    assert caption.startswith("汾阳市人力资源和社会保障局 2024年预算：金额最大的10个项目")
    assert "表十二《2024年项目支出预算表（本年预算）》" in caption
    assert "表十三《2024年项目支出预算表（上年结转）》" in caption
    assert photo.params["parse_mode"] == "HTML"
    content = photo_of(photo)
    assert png_size(content) == (1080, 1350) and 20_000 < len(content) < 1_000_000
    assert [call.params["action"] for call in api.sent("sendChatAction")] == ["upload_photo"]


async def test_with_several_documents_the_chart_asks_which_and_draws_that_one(
    api: FakeBotApi, fake_answers: FakeAnswers, two_documents_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, two_documents_engine)) as app:
        await process(app, api.command(PERSON, "chart", "三公"))
        (question,) = api.sent("sendMessage", PERSON)
        documents = dict(keyboard(question))
        await process(app, api.callback_update(PERSON, documents["汾阳市测试局 2024年预算"], question.result))
    assert question.params["text"] == "画哪一份文件的三公经费？"
    assert set(documents) == {"汾阳市人力资源和社会保障局 2024年预算", "汾阳市测试局 2024年预算"}
    assert all(data.startswith("g:sangong:") for data in documents.values())
    (photo,) = api.sent("sendPhoto", PERSON)
    assert html.unescape(photo.params["caption"]).startswith("汾阳市测试局 2024年预算：“三公”经费")


async def test_a_kind_and_a_document_named_after_chart_draw_at_once(
    api: FakeBotApi, fake_answers: FakeAnswers, two_documents_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, two_documents_engine)) as app:
        await process(app, api.command(PERSON, "chart", "收入构成 人社局"))
    (photo,) = api.sent("sendPhoto", PERSON)
    assert "汾阳市人力资源和社会保障局 2024年预算：收入构成" in html.unescape(photo.params["caption"])
    assert api.sent("sendMessage", PERSON) == []


@pytest.mark.parametrize(
    ("argument", "reply"),
    [
        ("饼图", "没有“饼图”这种图。可以画：收入构成（income）"),
        ("三公 财政局", "没有找到文档“财政局”"),
    ],
)
async def test_an_unknown_kind_or_document_is_answered_with_what_there_is(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine, argument: str, reply: str
) -> None:
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await process(app, api.command(PERSON, "chart", argument))
    (text,) = api.texts(PERSON)
    assert text.startswith(reply)
    assert api.sent("sendPhoto") == []


async def test_a_document_without_the_charts_table_gets_a_clear_message(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    disclosure = consistent_disclosure()
    disclosure.tables = [
        table for table in disclosure.tables if table.kind not in ("项目支出", "项目支出上年结转")
    ]
    store_disclosure(empty_engine, disclosure)
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(PERSON, "chart", "主要项目"))
    assert api.texts(PERSON) == ["画不了主要项目：这份文档没有载入项目支出表"]
    assert api.sent("sendPhoto") == []


async def test_concurrent_charts_are_drawn_off_the_event_loop_and_all_arrive(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_chart = chart_handlers.chart_image

    def watched(*args: Any) -> ChartImage:
        threads.append(threading.current_thread())
        return real_chart(*args)

    monkeypatch.setattr(chart_handlers, "chart_image", watched)
    keys = [kind.key for kind in CHART_KINDS]
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await asyncio.gather(
            *(process(app, api.command(PERSON + n, "chart", key)) for n, key in enumerate(keys))
        )
    photos = api.sent("sendPhoto")
    assert sorted(call.params["chat_id"] for call in photos) == [PERSON + n for n in range(len(keys))]
    assert all(png_size(photo_of(call)) == (1080, 1350) for call in photos)
    assert len(threads) == len(keys) and threading.main_thread() not in threads

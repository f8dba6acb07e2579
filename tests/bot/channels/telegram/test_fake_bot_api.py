"""The fake Bot API itself: files both ways, offsets, and a wrong token refused, as Telegram does."""

from __future__ import annotations

import io

import pytest
from telegram import Bot
from telegram.error import InvalidToken

from tests.bot.channels.telegram.fake_bot_api import TOKEN, FakeBotApi


async def test_uploaded_documents_and_photos_are_recorded_with_their_bytes(api: FakeBotApi) -> None:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        await bot.send_document(5, io.BytesIO(b"%PDF-1.4 report"), filename="report.pdf", caption="报告")
        await bot.send_photo(5, io.BytesIO(b"\x89PNG chart"), caption="图")
    document, photo = api.sent(chat_id=5)
    assert document.method == "sendDocument" and document.files == {"document": b"%PDF-1.4 report"}
    assert document.params["caption"] == "报告"
    assert photo.method == "sendPhoto" and photo.files == {"photo": b"\x89PNG chart"}


async def test_a_file_sent_to_the_bot_can_be_downloaded(api: FakeBotApi) -> None:
    file_id = api.add_file(b"disclosure bytes")
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        telegram_file = await bot.get_file(file_id)
        assert bytes(await telegram_file.download_as_bytearray()) == b"disclosure bytes"


async def test_updates_are_handed_out_until_confirmed_by_offset(api: FakeBotApi) -> None:
    first = api.enqueue(api.message_update(1, "一"))
    second = api.enqueue(api.message_update(1, "二"))
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        assert [u.update_id for u in await bot.get_updates(timeout=0)] == [
            first["update_id"],
            second["update_id"],
        ]
        assert [u.update_id for u in await bot.get_updates(offset=second["update_id"], timeout=0)] == [
            second["update_id"]
        ]
        assert await bot.get_updates(offset=second["update_id"] + 1, timeout=0) == ()


async def test_a_wrong_token_is_refused(api: FakeBotApi) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("1:wrong", base_url=api.base_url):
            pass

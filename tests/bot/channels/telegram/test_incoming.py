"""The typed parts of an update: returned when present, MissingPart (for the error handler) when not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from telegram import CallbackQuery, Chat, Document, Message, Update, User

from bot.channels.telegram.incoming import (
    MissingPart,
    button_data,
    button_message,
    button_press,
    document_of,
    inline_query_of,
    message_of,
)

PERSON = User(42, "测试", is_bot=False)
CHAT = Chat(42, Chat.PRIVATE)


def message(text: str | None = None, document: Document | None = None) -> Message:
    return Message(1, datetime(2024, 1, 1, tzinfo=UTC), CHAT, from_user=PERSON, text=text, document=document)


def test_present_parts_are_returned() -> None:
    text = message(text="零工市场预算多少")
    query = CallbackQuery("7", PERSON, "chat", message=text, data="s:1")
    upload = message(document=Document("file", "unique", file_name="a.txt"))
    assert message_of(Update(1, message=text)) is text
    assert button_press(Update(2, callback_query=query)) is query
    assert button_data(query) == "s:1"
    assert button_message(query) is text
    assert document_of(upload) is upload.document


@pytest.mark.parametrize("read", [message_of, button_press, inline_query_of])
def test_an_update_without_the_part_raises_missing_part(read: Callable[[Update], object]) -> None:
    with pytest.raises(MissingPart, match="the update has no"):
        read(Update(3))


def test_a_button_without_data_or_message_raises_missing_part() -> None:
    bare = CallbackQuery("7", PERSON, "chat", inline_message_id="inline")
    with pytest.raises(MissingPart, match="button data"):
        button_data(bare)
    with pytest.raises(MissingPart, match="button message"):
        button_message(bare)


def test_a_message_without_a_file_raises_missing_part() -> None:
    with pytest.raises(MissingPart, match="document"):
        document_of(message(text="你好"))

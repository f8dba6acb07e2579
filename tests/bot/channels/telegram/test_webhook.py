"""Webhook mode: our own receiver in front of the Application — 403 without the secret, 400 and one log
line for a body that is not an Update, the update types asked for registered with the webhook."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import httpx
import pytest
from sqlalchemy import Engine
from telegram import Bot

from bot.channels.telegram.app import ALLOWED_UPDATES
from bot.channels.telegram.webhook import NotAnUpdate, Webhook, receive_by_webhook, update_of
from tests.bot.channels.telegram.conftest import GIG_TEXT, PERSON, FakeAnswers, application_for
from tests.bot.channels.telegram.fake_bot_api import TOKEN, FakeBotApi

SECRET = "s3cret-token"
NOT_UPDATES = [
    b"",
    b"not json at all",
    b"\xff\xfe\x00garbage",
    b"[1, 2, 3]",
    b'"a string"',
    b'{"message": {"text": "no update_id"}}',
    b'{"update_id": "7"}',
    b'{"update_id": true}',
    b'{"update_id": 7, "message": "not a message"}',
    b'{"update_id": 7, "message": {"text": "a message without chat or date"}}',
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("body", NOT_UPDATES)
def test_a_body_that_is_not_an_update_is_refused_saying_why(body: bytes) -> None:
    with pytest.raises(NotAnUpdate):
        update_of(body, Bot(TOKEN))


def test_a_genuine_update_is_read() -> None:
    data = {"update_id": 9, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}}
    assert update_of(json.dumps(data).encode(), Bot(TOKEN)).update_id == 9


async def test_the_webhook_refuses_forgeries_and_non_updates_and_answers_updates(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    port = free_port()
    webhook = Webhook("https://bot.example.org/hook", "127.0.0.1", port, "hook", SECRET)
    stop = asyncio.Event()
    application = application_for(api, fake_answers, empty_engine)
    running = asyncio.create_task(receive_by_webhook(application, webhook, ALLOWED_UPDATES, stop))
    update = api.message_update(PERSON, "零工市场预算多少")
    url = f"http://127.0.0.1:{port}/hook"
    genuine = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    try:
        await api.wait_for_calls("setWebhook", 1)
        async with httpx.AsyncClient(timeout=5) as client:
            await api.wait_for(lambda: application.running)
            forged = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            missing = await client.post(url, json=update)
            refused = [
                (await client.post(url, content=body, headers=genuine)).status_code for body in NOT_UPDATES
            ]
            accepted = await client.post(url, content=json.dumps(update), headers=genuine)
        (reply,) = await api.wait_for_calls("sendMessage", 1, PERSON)
    finally:
        stop.set()
        await asyncio.wait_for(running, 10)
    assert (forged.status_code, missing.status_code, accepted.status_code) == (403, 403, 200)
    assert refused == [400] * len(NOT_UPDATES)
    refusals = [r for r in caplog.records if "not a Telegram update" in r.getMessage()]
    assert len(refusals) == len(NOT_UPDATES) and all(r.exc_info is None for r in refusals)
    assert all("bytes from 127.0.0.1" in r.getMessage() for r in refusals)
    assert [r.getMessage().rsplit(": ", 1)[1] for r in refusals][:2] == ["not JSON)", "not JSON)"]
    assert not any(r.levelno >= logging.ERROR for r in caplog.records)
    (registered,) = api.sent("setWebhook")
    assert registered.params["url"] == "https://bot.example.org/hook"
    assert registered.params["secret_token"] == SECRET
    assert registered.params["allowed_updates"] == [
        "message",
        "edited_message",
        "callback_query",
        "inline_query",
    ]
    assert reply.params["text"] == GIG_TEXT
    assert not application.running

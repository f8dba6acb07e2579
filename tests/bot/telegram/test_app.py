"""Which failed Bot API calls are retried: network trouble yes, refusals and possible double posts no."""

from __future__ import annotations

import httpx
import pytest
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, TelegramError, TimedOut

from bot.telegram.app import worth_retrying


def caused_by(error: TelegramError, cause: Exception) -> TelegramError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "endpoint", "retried"),
    [
        (NetworkError("Bad Gateway"), "sendMessage", True),
        (caused_by(TimedOut(), httpx.ConnectTimeout("no route")), "sendMessage", True),
        (caused_by(TimedOut(), httpx.PoolTimeout("pool full")), "sendMessage", True),
        (caused_by(TimedOut(), httpx.ReadTimeout("no answer")), "sendMessage", False),
        (caused_by(TimedOut(), httpx.ReadTimeout("no answer")), "editMessageText", True),
        (BadRequest("Can't parse entities"), "sendMessage", False),
        (Forbidden("bot was blocked by the user"), "sendMessage", False),
        (Conflict("terminated by other getUpdates request"), "deleteWebhook", False),
    ],
)
def test_only_network_trouble_that_cannot_post_twice_is_retried(
    error: TelegramError, endpoint: str, retried: bool
) -> None:
    assert worth_retrying(error, endpoint) is retried

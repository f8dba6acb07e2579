"""Whether the Bot API answers: one log line when calls start failing, one when they work again.

Without this, an unreachable API or a second bot polling with the same token would log a line (and a
traceback) for every retry, every second, burying everything else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram.error import BadRequest, Conflict, NetworkError, TelegramError

logger = logging.getLogger(__name__)

FIRST_DELAY = 1.0
LONGEST_DELAY = 30.0


def trouble_of(error: TelegramError) -> str | None:
    """What an error says about the connection to Telegram, or None when it is about one request."""
    if isinstance(error, Conflict):
        return f"another bot is receiving updates with this token ({error.message})"
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        cause = error.__cause__
        return f"{type(cause).__name__}: {cause}" if cause else error.message
    return None


class ApiHealth:
    """Remembers whether the Bot API is in trouble, so each outage is logged once."""

    def __init__(self) -> None:
        self.trouble: str | None = None

    def failed(self, trouble: str) -> None:
        """A call failed for a reason that is not the request's own: log it once per outage."""
        if self.trouble is None:
            logger.warning(
                "cannot reach the Telegram Bot API (%s); retrying quietly until it answers", trouble
            )
        else:
            logger.debug("Bot API still unreachable: %s", trouble)
        self.trouble = trouble

    def answered(self) -> None:
        """A call went through: if it was in trouble, say it is over."""
        if self.trouble is not None:
            logger.info("the Telegram Bot API answers again")
            self.trouble = None


async def until_answered(call: Callable[[], Awaitable[object]], stop: asyncio.Event) -> bool:
    """Make a start-up call (getMe, setWebhook) until the API answers it, waiting longer after each
    network failure; False when `stop` is set first. A refused token is raised at once."""
    delay = FIRST_DELAY
    while not stop.is_set():
        attempt = asyncio.ensure_future(call())
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait((attempt, stopping), return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not attempt.done():
            attempt.cancel()
            return False
        error = attempt.exception()
        if error is None:
            return True
        if not isinstance(error, TelegramError) or trouble_of(error) is None:
            raise error
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        delay = min(delay * 2, LONGEST_DELAY)
    return False

"""Bot API refusals that are nobody's fault and need no apology.

A button pressed long ago ("query is too old"), a page button pressed twice ("message is not modified"),
a reply the person already deleted: the bot logs one line and carries on, with no traceback and no
"sorry" sent to anyone.
"""

from __future__ import annotations

from telegram.error import BadRequest

UNCHANGED = "message is not modified"
HARMLESS = (
    "query is too old",
    "query id is invalid",
    UNCHANGED,
    "message to edit not found",
    "message to delete not found",
    "message can't be deleted",
)


def unchanged(error: BaseException | None) -> bool:
    """Telegram refused an edit because the message already says exactly that."""
    return isinstance(error, BadRequest) and UNCHANGED in error.message.lower()


def harmless(error: BaseException | None) -> bool:
    """A refusal caused by timing (an old button, a repeated press, a gone message), not by a bug."""
    return isinstance(error, BadRequest) and any(part in error.message.lower() for part in HARMLESS)

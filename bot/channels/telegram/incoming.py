"""The parts of an update a handler reads, typed as present.

python-telegram-bot types every part of an Update as optional. Each handler is registered for updates
that carry its part (a command's message, a button's callback query), so a missing part is a wiring
bug: it raises, and the error handler logs it, as any other failure in a callback.
"""

from __future__ import annotations

from typing import TypeVar

from telegram import CallbackQuery, Document, InlineQuery, MaybeInaccessibleMessage, Message, Update

Part = TypeVar("Part")


class MissingPart(LookupError):
    """An update lacks the part its handler was registered for."""

    def __init__(self, part: str) -> None:
        super().__init__(f"the update has no {part}")


def present(part: Part | None, name: str) -> Part:
    """The part, which the handler's registration guarantees; MissingPart when wiring is wrong."""
    if part is None:
        raise MissingPart(name)
    return part


def message_of(update: Update) -> Message:
    """The message a command or text handler answers."""
    return present(update.effective_message, "message")


def button_press(update: Update) -> CallbackQuery:
    """The callback query of a pressed inline button."""
    return present(update.callback_query, "callback query")


def button_data(query: CallbackQuery) -> str:
    """The `kind:values…` data our own buttons carry (see bot.channels.telegram.render.callback_data)."""
    return present(query.data, "button data")


def button_message(query: CallbackQuery) -> MaybeInaccessibleMessage:
    """The message the pressed button sits under (absent only for buttons on inline-mode messages)."""
    return present(query.message, "button message")


def inline_query_of(update: Update) -> InlineQuery:
    """The `@bot 问题` inline query."""
    return present(update.inline_query, "inline query")


def document_of(message: Message) -> Document:
    """The file an upload message carries."""
    return present(message.document, "document")

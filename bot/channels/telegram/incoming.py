"""The parts of an update a handler reads, typed as present.

python-telegram-bot types every part of an Update as optional. Each handler is registered for updates
that carry its part (a command's message, a button's callback query), so a missing part is a wiring
bug: it raises, and the error handler logs it, as any other failure in a callback.
"""

from __future__ import annotations

from telegram import CallbackQuery, Document, InlineQuery, MaybeInaccessibleMessage, Message, Update


class MissingPart(LookupError):
    """An update lacks the part its handler was registered for."""

    def __init__(self, part: str) -> None:
        super().__init__(f"the update has no {part}")


def message_of(update: Update) -> Message:
    """The message a command or text handler answers."""
    if update.effective_message is None:
        raise MissingPart("message")
    return update.effective_message


def button_press(update: Update) -> CallbackQuery:
    """The callback query of a pressed inline button."""
    if update.callback_query is None:
        raise MissingPart("callback query")
    return update.callback_query


def button_data(query: CallbackQuery) -> str:
    """The `kind:values…` data our own buttons carry (see bot.channels.telegram.render.callback_data)."""
    if query.data is None:
        raise MissingPart("button data")
    return query.data


def button_message(query: CallbackQuery) -> MaybeInaccessibleMessage:
    """The message the pressed button sits under (absent only for buttons on inline-mode messages)."""
    if query.message is None:
        raise MissingPart("button message")
    return query.message


def inline_query_of(update: Update) -> InlineQuery:
    """The `@bot 问题` inline query."""
    if update.inline_query is None:
        raise MissingPart("inline query")
    return update.inline_query


def document_of(message: Message) -> Document:
    """The file an upload message carries."""
    if message.document is None:
        raise MissingPart("document")
    return message.document

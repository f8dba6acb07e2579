"""Replies to a person's message, and the same replies updated in place when the person edits it.

Every reply is remembered in the chat state (message → the bot's reply messages, bot.channels.telegram.state), so
an edited question edits the earlier answer instead of adding a new one below it, whichever bot process
the edit reaches.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.channels.telegram.refusals import harmless, unchanged
from bot.channels.telegram.state import bot_state

logger = logging.getLogger(__name__)


def is_edit(message: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A person's message that was edited (the bot's own messages, under buttons, do not count)."""
    author = message.from_user
    return message.edit_date is not None and author is not None and author.id != context.bot.id


async def reply(
    message: Message,
    context: ContextTypes.DEFAULT_TYPE,
    parts: list[str],
    keyboard: InlineKeyboardMarkup | None = None,
) -> None:
    """Reply with HTML parts, the keyboard under the last; to an edited message, by editing the replies
    the bot gave it (an edit of a message it never answered, e.g. one over the flood limit, gets none)."""
    chats = bot_state(context).chats
    if not is_edit(message, context):
        sent = [
            await message.reply_html(part, reply_markup=keyboard if last else None)
            for part, last in with_last(parts)
        ]
        chats.remember_replies(message.chat_id, message.message_id, [reply.message_id for reply in sent])
        return
    earlier = await chats.replies(message.chat_id, message.message_id)
    if earlier is None:
        logger.debug("edited message %s was never answered; left alone", message.message_id)
        return
    kept: list[int] = []
    for index, (part, last) in enumerate(with_last(parts)):
        markup = keyboard if last else None
        if index < len(earlier):
            await edit_reply(message, context, earlier[index], part, markup)
            kept.append(earlier[index])
        else:
            kept.append((await message.reply_html(part, reply_markup=markup)).message_id)
    for leftover in earlier[len(parts) :]:
        try:
            await context.bot.delete_message(message.chat_id, leftover)
        except BadRequest as error:
            if not harmless(error):
                raise
    chats.remember_replies(message.chat_id, message.message_id, kept)


async def edit_reply(
    message: Message,
    context: ContextTypes.DEFAULT_TYPE,
    reply_id: int,
    part: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    """Put a new text in one earlier reply; one that already says it is left as it is."""
    try:
        await context.bot.edit_message_text(
            part, message.chat_id, reply_id, parse_mode=ParseMode.HTML, reply_markup=markup
        )
    except BadRequest as error:
        if not unchanged(error):
            raise


def with_last(parts: list[str]) -> list[tuple[str, bool]]:
    return [(part, index == len(parts) - 1) for index, part in enumerate(parts)]

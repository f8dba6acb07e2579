"""One async callback per inline button kind: a reading of an ambiguous answer, 来源, a table page, an
example question, and any button the bot no longer knows.

A button that is too old (its answer, reading or table is gone) or malformed is answered quietly: a short
note on the button itself, no message in the chat, no apology and no traceback.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.telegram import views
from bot.telegram.handlers import EXAMPLE_QUESTIONS, answer_question, remember
from bot.telegram.incoming import button_data, button_message, button_press
from bot.telegram.render import (
    answer_html,
    answer_keyboard,
    source_html,
    split_html,
    table_keyboard,
    table_page_html,
    table_pages,
)
from bot.telegram.state import bot_state
from knowledge.errors import NotFound

logger = logging.getLogger(__name__)

SOURCE_EXPIRED = "这条回答太早了，来源已不再保存。请重新提问。"
STALE_BUTTON = "这个按钮已失效，请重新提问。"
NOTE_LIMIT = 200  # Telegram shows at most 200 characters on a pressed button


def pressed_label(query: CallbackQuery) -> str:
    """The text of the button that was pressed, read from the message it sits under."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return ""


async def choice_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the reading picked from an ambiguous answer's buttons, in place of the choices; a reading
    that has expired (or is gone after a reload) says so on the button and leaves the choices."""
    query = button_press(update)
    key = button_data(query).split(":", 1)[1]
    state = bot_state(context)
    answer = await state.composer.choose(key)
    if answer.status == "not_found":
        await query.answer(answer.text[:NOTE_LIMIT])
        return
    await query.answer()
    state.stats.record(key, answer)
    message = button_message(query)
    keyboard = answer_keyboard(answer, remember(context, message.chat.id, pressed_label(query), answer))
    parts = split_html(answer_html(answer))
    await query.edit_message_text(
        parts[0], parse_mode=ParseMode.HTML, reply_markup=keyboard if len(parts) == 1 else None
    )
    if len(parts) > 1 and isinstance(message, Message):
        for part in parts[1:-1]:
            await message.reply_html(part)
        await message.reply_html(parts[-1], reply_markup=keyboard)


async def source_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the full source of the answer whose 来源 button was pressed."""
    query = button_press(update)
    number = int(button_data(query).split(":")[1])
    asked = bot_state(context).chats.answers.get(button_message(query).chat.id, number)
    if asked is None or not isinstance(query.message, Message):
        await query.answer(SOURCE_EXPIRED)
        return
    await query.answer()
    for part in split_html(source_html(asked.answer, asked.question)):
        await query.message.reply_html(part)


async def table_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn a table to the page a ◀/▶ button names; a table replaced since says so on the button."""
    query = button_press(update)
    _kind, table_id, page = button_data(query).split(":")
    try:
        view = await asyncio.to_thread(views.table_view_by_id, bot_state(context).engine, int(table_id))
    except NotFound as error:
        await query.answer(str(error)[:NOTE_LIMIT])
        return
    await query.answer()
    pages = table_pages(view.blocks)
    shown = min(max(int(page), 0), len(pages) - 1)
    await query.edit_message_text(
        table_page_html(view.heading, pages, shown),
        parse_mode=ParseMode.HTML,
        reply_markup=table_keyboard(view.table_id, shown, len(pages)),
    )


async def example_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask the example question behind a /start button."""
    query = button_press(update)
    index = int(button_data(query).split(":")[1])
    if not (0 <= index < len(EXAMPLE_QUESTIONS)) or not isinstance(query.message, Message):
        await query.answer(STALE_BUTTON)
        return
    await query.answer()
    await answer_question(query.message, context, EXAMPLE_QUESTIONS[index])


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no handler knows (from an older version of the bot, or forged): say so on the button."""
    query = button_press(update)
    logger.info("unknown button data %r answered as stale", (query.data or "")[:64])
    await query.answer(STALE_BUTTON)

"""One async callback per inline button kind: a reading of an ambiguous answer, 来源, a table page, an
example question, and any button the bot no longer knows.

A button that is too old (its answer, reading or table is gone), from another chat, or malformed is
answered quietly: a short note on the button itself, no message in the chat, no apology and no traceback.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.channels.telegram.handlers import EXAMPLE_QUESTIONS, answer_question, follow_choice, kept_keyboard
from bot.channels.telegram.incoming import button_data, button_message, button_press
from bot.channels.telegram.render import (
    TABLE_PAGE_LINES,
    TABLE_WIDTH,
    answer_html,
    source_html,
    split_html,
    table_keyboard,
    table_page_html,
)
from bot.channels.telegram.state import bot_state, conversation_of
from bot.services.tables import table_view_by_id
from knowledge.errors import NotFound

logger = logging.getLogger(__name__)

SOURCE_EXPIRED = "这条回答太早了，来源已不再保存。请重新提问。"
STALE_BUTTON = "这个按钮已失效，请重新提问。"
READING_EXPIRED = "这个选项已过期，请重新提问。"
NOTE_LIMIT = 200  # Telegram shows at most 200 characters on a pressed button


async def choice_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the reading picked from an ambiguous answer's buttons, in place of the choices. The button
    names the kept answer and the reading's place in it; an answer no longer kept (or given in another
    chat) says so on the button and leaves the choices, as does a reading that finds nothing now. The
    presser's conversation then follows the reading chosen."""
    query = button_press(update)
    _kind, answer_id, number = button_data(query).split(":")
    message = button_message(query)
    state = bot_state(context)
    asked = await state.chats.answer(message.chat.id, answer_id)
    choices = asked.answer.choices if asked else []
    if int(number) >= len(choices) or not isinstance(message, Message):
        await query.answer(READING_EXPIRED)
        return
    choice = choices[int(number)]
    question = choice.question
    said = await state.answers.choose_in_conversation(choice)
    answer = said.answer
    if answer.status == "not_found":
        await query.answer(answer.text[:NOTE_LIMIT])
        return
    await query.answer()
    where = conversation_of(message, query.from_user)
    await follow_choice(context, where, said.context)
    keyboard = kept_keyboard(context, where, question, answer)
    parts = split_html(answer_html(answer))
    await query.edit_message_text(
        parts[0], parse_mode=ParseMode.HTML, reply_markup=keyboard if len(parts) == 1 else None
    )
    if len(parts) > 1:
        for part in parts[1:-1]:
            await message.reply_html(part)
        await message.reply_html(parts[-1], reply_markup=keyboard)


async def source_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the full source of the answer whose 来源 button was pressed."""
    query = button_press(update)
    _kind, answer_id = button_data(query).split(":")
    message = button_message(query)
    asked = await bot_state(context).chats.answer(message.chat.id, answer_id)
    if asked is None or not isinstance(message, Message):
        await query.answer(SOURCE_EXPIRED)
        return
    await query.answer()
    for part in split_html(source_html(asked.answer, asked.question)):
        await message.reply_html(part)


async def table_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn a table to the page a ◀/▶ button names; a table replaced since says so on the button."""
    query = button_press(update)
    _kind, table_id, page = button_data(query).split(":")
    try:
        view = await asyncio.to_thread(
            table_view_by_id, bot_state(context).engine, int(table_id), TABLE_WIDTH
        )
    except NotFound as error:
        await query.answer(str(error)[:NOTE_LIMIT])
        return
    await query.answer()
    pages = view.pages(TABLE_PAGE_LINES)
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
    await answer_question(query.message, context, EXAMPLE_QUESTIONS[index], query.from_user)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no handler knows (from an older version of the bot, or forged): say so on the button."""
    query = button_press(update)
    logger.info("unknown button data %r answered as stale", (query.data or "")[:64])
    await query.answer(STALE_BUTTON)

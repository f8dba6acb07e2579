"""/chart: the chart kinds as buttons, then the document when several are loaded, then the photo.

Drawing reads the database and runs matplotlib, so the chart service (bot.services.charts) runs in a
thread; the caption names the document and the source tables.
"""

from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes

from bot.channels.telegram.buttons import STALE_BUTTON
from bot.channels.telegram.handlers import command_argument, document_keyboard, documents_or_reply
from bot.channels.telegram.incoming import button_data, button_press, message_of
from bot.channels.telegram.render import CHART, callback_data, caption_html, choice_keyboard, escape
from bot.channels.telegram.state import bot_state
from bot.services.charts import CHART_KINDS, ChartKind, chart_image, chart_kind
from knowledge.errors import BudgetbotError

CHART_PROMPT = "画哪一种图？"


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the chart kinds as buttons, or draw the kind named after /chart (and the document after it)."""
    message = message_of(update)
    name, _, reference = command_argument(message).partition(" ")
    if not name:
        keyboard = choice_keyboard([(kind.name, callback_data(CHART, kind.key)) for kind in CHART_KINDS])
        await message.reply_html(escape(CHART_PROMPT), reply_markup=keyboard)
        return
    try:
        kind = chart_kind(name)
    except BudgetbotError as error:
        await message.reply_html(escape(str(error)))
        return
    await chart_of_kind(message, context, kind, reference.strip())


async def chart_of_kind(
    message: Message, context: ContextTypes.DEFAULT_TYPE, kind: ChartKind, reference: str
) -> None:
    """Draw the chart of the one document meant, or ask which with buttons."""
    documents = await documents_or_reply(message, context, reference)
    if len(documents) > 1:
        keyboard = document_keyboard(documents, CHART, kind.key)
        await message.reply_html(escape(f"画哪一份文件的{kind.name}？"), reply_markup=keyboard)
    elif documents:
        await send_chart(message, context, kind.key, documents[0].id)


async def send_chart(
    message: Message, context: ContextTypes.DEFAULT_TYPE, kind_key: str, document_id: int
) -> None:
    """Send a chart as a photo whose caption names its source tables (drawn off the event loop)."""
    await context.bot.send_chat_action(message.chat_id, ChatAction.UPLOAD_PHOTO)
    engine = bot_state(context).engine
    try:
        image = await asyncio.to_thread(chart_image, engine, kind_key, document_id)
    except BudgetbotError as error:  # the document lacks the table the chart draws
        await message.reply_html(escape(str(error)))
        return
    await message.reply_photo(image.png, caption=caption_html(image.caption), parse_mode=ParseMode.HTML)


async def chart_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Draw the chart a kind button names; with several documents, ask which first. A kind this bot
    does not draw (a button from an older version) says so on the button."""
    query = button_press(update)
    _kind, key, *document = button_data(query).split(":")
    try:
        kind = chart_kind(key)
    except BudgetbotError:
        await query.answer(STALE_BUTTON)
        return
    await query.answer()
    if not isinstance(query.message, Message):
        return
    if document:
        await send_chart(query.message, context, kind.key, int(document[0]))
    else:
        await chart_of_kind(query.message, context, kind, "")

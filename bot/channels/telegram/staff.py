"""Handlers only admins (user ids in settings) may use: /reload, /stats, /check and loading a file.

An upload goes through the same load service as `budgetbot load` (bot.services.loading): read in a
worker process under [limits] (started by "spawn": this process runs threads), one transaction, a failed
load changes nothing, the same file twice is a no-op.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from pathlib import Path

from telegram import Message, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.channels.telegram.handlers import command_argument, document_keyboard, documents_or_reply
from bot.channels.telegram.incoming import button_data, button_press, document_of, message_of
from bot.channels.telegram.render import CHECK, escape, report_html, split_html
from bot.channels.telegram.state import bot_state
from bot.channels.telegram.stats import StatsReport
from bot.services.checks import check_document
from bot.services.loading import load_one
from knowledge.chat_state import counter_totals
from knowledge.errors import NotFound
from knowledge.store import disclosure_count
from loaders import LoadReport
from loaders.summary import report_lines as load_lines
from loaders.summary import report_warnings

logger = logging.getLogger(__name__)

REFUSAL = "抱歉，这个功能只对管理员开放。"
TOO_BIG = "文件太大了：最大 {limit:,} 字节，这个文件 {size:,} 字节。"
WHICH_TO_CHECK = "检查哪一份文件？"
PROBLEMS_KEPT = 1000  # distinct problems already sent to the admins, so each goes once
REPORT_MESSAGES = 4  # a longer report is cut here; the attached JSON holds every finding


async def refuse_unless_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Tell a non-admin no; return True when the caller should stop."""
    user = update.effective_user
    if bot_state(context).is_admin(user.id if user else None):
        return False
    if update.callback_query is not None:
        await update.callback_query.answer(REFUSAL, show_alert=True)
    else:
        await message_of(update).reply_html(escape(REFUSAL))
    return True


async def tell_admins(context: ContextTypes.DEFAULT_TYPE, problem: str) -> None:
    """Send a problem only an admin can fix to every admin, once per run (not once per request)."""
    state = bot_state(context)
    if problem in state.told_admins:
        return
    if len(state.told_admins) >= PROBLEMS_KEPT:
        state.told_admins.clear()
    state.told_admins.add(problem)
    for admin in state.settings.admins:
        try:
            await context.bot.send_message(admin, escape(f"【需要管理员处理】{problem}"))
        except TelegramError as error:
            logger.warning("could not tell admin %s (has the admin started the bot?): %s", admin, error)


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Re-read the database for answers after documents were loaded elsewhere."""
    if await refuse_unless_admin(update, context):
        return
    state = bot_state(context)
    await state.answers.reload()
    count = await asyncio.to_thread(disclosure_count, state.engine)
    await message_of(update).reply_html(escape(f"已重新读取数据库：共 {count} 份文件。"))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Report questions answered, the not-found rate and the most asked items, over every bot process and
    run (this process's latest counts are written first)."""
    if await refuse_unless_admin(update, context):
        return
    message = message_of(update)
    state = bot_state(context)
    await state.chats.saved(counts=True)
    counts = await asyncio.to_thread(counter_totals, state.engine)
    lines = StatsReport(counts, state.settings.store_questions).summary_lines()
    for part in split_html("\n".join(escape(line) for line in lines)):
        await message.reply_html(part)


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Run the audit (勾稽检查) on the document named after /check, or ask which with buttons."""
    if await refuse_unless_admin(update, context):
        return
    message = message_of(update)
    documents = await documents_or_reply(message, context, command_argument(message))
    if len(documents) > 1:
        await message.reply_html(escape(WHICH_TO_CHECK), reply_markup=document_keyboard(documents, CHECK))
    elif documents:
        await send_check(message, context, documents[0].id)


async def check_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Run the audit on the document a /check button names."""
    if await refuse_unless_admin(update, context):
        return
    query = button_press(update)
    await query.answer()
    if isinstance(query.message, Message):
        await send_check(query.message, context, int(button_data(query).split(":")[1]))


async def send_check(message: Message, context: ContextTypes.DEFAULT_TYPE, document_id: int) -> None:
    """Reply with the findings grouped by severity; a report too long for one message also comes as JSON."""
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    try:
        report = await asyncio.to_thread(check_document, bot_state(context).engine, document_id)
    except NotFound as error:
        await message.reply_html(escape(str(error)))
        return
    parts = split_html(report_html(report.lines))
    for part in parts[:REPORT_MESSAGES]:
        await message.reply_html(part)
    if len(parts) > 1:
        cut = f"；文字报告太长，只发了前 {REPORT_MESSAGES} 段" if len(parts) > REPORT_MESSAGES else ""
        caption = escape(f"完整报告（JSON，金额为精确小数）{cut}")
        await message.reply_document(report.json_bytes(), filename=report.file_name, caption=caption)


def upload_name(file_name: str | None) -> str:
    """A safe local name for an uploaded file: its base name only, never a path."""
    name = Path(file_name or "").name
    return name if name not in ("", ".", "..") else "upload"


def report_lines(report: LoadReport) -> list[str]:
    """What the load did, in the words `budgetbot load` uses."""
    if report.error is not None:
        return [f"载入失败：{report.error}", "数据库没有改变。"]
    warnings = report_warnings(report, commands=False)
    return load_lines(report, commands=False) + [f"注意：{warning}" for warning in warnings]


async def upload_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Load a disclosure file an admin sent, then refresh the answers."""
    if await refuse_unless_admin(update, context):
        return
    state = bot_state(context)
    message = message_of(update)
    document = document_of(message)
    limit = state.settings.max_upload_bytes
    if document.file_size is not None and document.file_size > limit:
        await message.reply_html(escape(TOO_BIG.format(limit=limit, size=document.file_size)))
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    with tempfile.TemporaryDirectory(prefix="budgetbot-upload-") as folder:
        path = Path(folder) / upload_name(document.file_name)
        telegram_file = await document.get_file()
        await telegram_file.download_to_drive(path)
        size = path.stat().st_size
        if size > limit:
            await message.reply_html(escape(TOO_BIG.format(limit=limit, size=size)))
            return
        report = await asyncio.to_thread(load_one, state.engine, path, start_method="spawn")
    if report.error is None:
        await state.answers.reload()
    for part in split_html("\n".join(escape(line) for line in report_lines(report))):
        await message.reply_html(part)

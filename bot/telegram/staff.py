"""Handlers only admins (user ids in settings) may use: /reload, /stats and loading an uploaded file.

An upload goes through the same safe loading as `budgetbot load`: one transaction, a failed load
changes nothing, the same file twice is a no-op.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from bot.telegram.render import escape, split_html
from bot.telegram.state import bot_state
from knowledge.store import OUTCOME_TEXT, disclosure_count
from loaders import LoadReport, load_into

REFUSAL = "抱歉，这个功能只对管理员开放。"
TOO_BIG = "文件太大了：最大 {limit:,} 字节，这个文件 {size:,} 字节。"


async def refuse_unless_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Tell a non-admin no; return True when the caller should stop."""
    user = update.effective_user
    if bot_state(context).is_admin(user.id if user else None):
        return False
    await update.effective_message.reply_html(escape(REFUSAL))
    return True


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Re-read the database into the composer after documents were loaded elsewhere."""
    if await refuse_unless_admin(update, context):
        return
    state = bot_state(context)
    await state.composer.reload()
    count = await asyncio.to_thread(disclosure_count, state.engine)
    await update.effective_message.reply_html(escape(f"已重新读取数据库：共 {count} 份文件。"))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Report questions answered, the not-found rate and the most asked items."""
    if await refuse_unless_admin(update, context):
        return
    lines = bot_state(context).stats.summary_lines()
    for part in split_html("\n".join(escape(line) for line in lines)):
        await update.effective_message.reply_html(part)


def upload_name(file_name: str | None) -> str:
    """A safe local name for an uploaded file: its base name only, never a path."""
    name = Path(file_name or "").name
    return name if name not in ("", ".", "..") else "upload"


def report_lines(report: LoadReport) -> list[str]:
    """What the load did, in the words `budgetbot load` uses."""
    if report.error is not None:
        return [f"载入失败：{report.error}", "数据库没有改变。"]
    assert report.result is not None
    counts = report.result.counts
    lines = [
        f"{OUTCOME_TEXT[report.result.outcome]}：{report.result.label}",
        f"表 {counts.tables}，行 {counts.rows}，数字 {counts.figures}，段落 {counts.passages}，"
        f"名词 {counts.terms}，绩效目标 {counts.targets}",
    ]
    return lines + [f"注意：{problem}" for problem in report.problems]


async def upload_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Load a disclosure file an admin sent, then refresh the answers."""
    if await refuse_unless_admin(update, context):
        return
    state = bot_state(context)
    message = update.effective_message
    document = message.document
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
        report = await asyncio.to_thread(load_into, state.engine, path)
    if report.error is None:
        await state.composer.reload()
    for part in split_html("\n".join(escape(line) for line in report_lines(report))):
        await message.reply_html(part)

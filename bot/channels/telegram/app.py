"""Build the Telegram `Application`: every handler from one table, one error handler, the command menu.

A new command = one callback in handlers.py (or staff.py, chart_handlers.py) + one `Command` line in COMMANDS.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import Engine
from telegram import BotCommand, BotCommandScopeChat, MessageEntity, Update
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.channels.telegram import buttons, chart_handlers, handlers, inline, staff
from bot.channels.telegram.connection import ApiHealth, trouble_of
from bot.channels.telegram.refusals import harmless
from bot.channels.telegram.render import ANSWER_ID, CHART, CHECK, CHOICE, EXAMPLE, SOURCE, TABLE, escape
from bot.channels.telegram.state import STATE_KEY, BotState, bot_state
from bot.channels.telegram.worker import AnswerWorker
from knowledge.settings import TelegramSettings

if TYPE_CHECKING:
    from bot.services.answering import AnswerService

logger = logging.getLogger(__name__)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
TELEGRAM_RATE_PER_SECOND = 30.0
NETWORK_RETRIES = 4
FIRST_RETRY_DELAY = 0.5
REDACTED_FIELDS = {"text", "caption", "query"}
CONNECTIONS = 8  # httpcore checks every idle pooled connection per request: a small pool costs less CPU
POOL_TIMEOUT = 10.0  # seconds a request not counted in flight (a file download) may wait for a connection
PROBLEM_CHARS = 200


@dataclass(frozen=True)
class Command:
    """A slash command: its name, callback, and the line Telegram's menu shows."""

    name: str
    callback: Callback
    description: str
    admin_only: bool = False
    answers_edits: bool = True  # an edited command updates the text reply; off for photos, files, actions


COMMANDS = (
    Command("start", handlers.start, "开始，看看能问什么"),
    Command("help", handlers.help_command, "使用说明"),
    Command("ask", handlers.ask, "提问，如 /ask 零工市场预算安排了多少"),
    Command("define", handlers.define, "名词解释，如 /define 机关运行经费"),
    Command("reset", handlers.reset, "重新开始：下一个问题不再接着前面的问", answers_edits=False),
    Command("docs", handlers.docs, "已载入的预算公开文件"),
    Command("tables", handlers.tables, "列出所有表格"),
    Command("table", handlers.table, "查看一张表，如 /table 十二"),
    Command("source", handlers.source, "上一条回答的完整来源"),
    Command("chart", chart_handlers.chart, "画图：收入构成、支出构成、三公经费等", answers_edits=False),
    Command("reload", staff.reload, "重新读取数据库（管理员）", admin_only=True, answers_edits=False),
    Command("stats", staff.stats, "使用统计（管理员）", admin_only=True, answers_edits=False),
    Command(
        "check", staff.check, "勾稽检查，如 /check 人社局（管理员）", admin_only=True, answers_edits=False
    ),
)

# The update types the handler table below handles, and so the only ones Telegram is asked to send.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]

ADDRESSED_IN_GROUP = (
    filters.Entity(MessageEntity.MENTION) | filters.Entity(MessageEntity.TEXT_MENTION) | filters.REPLY
)


def command_handler(command: Command) -> CommandHandler[ContextTypes.DEFAULT_TYPE, None]:
    kinds = filters.UpdateType.MESSAGES if command.answers_edits else filters.UpdateType.MESSAGE
    return CommandHandler(command.name, command.callback, filters=kinds)


def handler_table() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """Every handler of the bot, in the order they are tried."""
    text = filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGES
    return [
        *(command_handler(command) for command in COMMANDS),
        MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGES, handlers.unknown_command),
        CallbackQueryHandler(buttons.choice_button, pattern=rf"^{CHOICE}:{ANSWER_ID}:\d{{1,3}}$"),
        CallbackQueryHandler(buttons.source_button, pattern=rf"^{SOURCE}:{ANSWER_ID}$"),
        CallbackQueryHandler(buttons.table_button, pattern=rf"^{TABLE}:\d+:\d+$"),
        CallbackQueryHandler(buttons.example_button, pattern=rf"^{EXAMPLE}:\d+$"),
        CallbackQueryHandler(chart_handlers.chart_button, pattern=rf"^{CHART}:[a-z]+(?::\d+)?$"),
        CallbackQueryHandler(staff.check_button, pattern=rf"^{CHECK}:\d+$"),
        CallbackQueryHandler(buttons.stale_button),
        MessageHandler(filters.ChatType.PRIVATE & text, handlers.private_question),
        MessageHandler(filters.ChatType.GROUPS & text & ADDRESSED_IN_GROUP, handlers.group_question),
        MessageHandler(
            filters.ChatType.PRIVATE & filters.Document.ALL & filters.UpdateType.MESSAGE,
            staff.upload_document,
        ),
        InlineQueryHandler(inline.inline_query),
    ]


def worth_retrying(error: TelegramError, endpoint: str) -> bool:
    """Network trouble is retried, unless Telegram refused the request (BadRequest) or a message
    may already have been posted (the answer to a send timed out: retrying could post it twice)."""
    if isinstance(error, BadRequest) or not isinstance(error, NetworkError):
        return False
    return not (endpoint.startswith("send") and isinstance(error.__cause__, httpx.ReadTimeout))


class RetryingRateLimiter(AIORateLimiter):
    """Telegram's outgoing rate limits, plus retries with back-off when the network or Bot API fails;
    an outage is logged once (bot.channels.telegram.connection), not once per retry.

    At most CONNECTIONS requests are in flight; the rest wait their turn here, in order. Left to wait
    in httpcore's pool instead, every waiting request is looked at again each time any request starts
    or ends (its queue is scanned in full): with 50 people asking at once, a sixth of the bot's CPU."""

    def __init__(self, health: ApiHealth, overall_max_rate: float, max_retries: int) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self.health = health
        self.in_flight = asyncio.Semaphore(CONNECTIONS)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        async def in_turn(*args: Any, **kwargs: Any) -> Any:
            async with self.in_flight:
                return await callback(*args, **kwargs)

        attempt = 0
        while True:
            try:
                result = await super().process_request(in_turn, args, kwargs, endpoint, data, rate_limit_args)
            except TelegramError as error:
                if attempt == NETWORK_RETRIES or not worth_retrying(error, endpoint):
                    raise
                delay = FIRST_RETRY_DELAY * 2**attempt
                self.health.failed(f"{endpoint}: {trouble_of(error) or error}")
                logger.debug("%s failed (%s); retrying in %.1fs", endpoint, error, delay)
                await asyncio.sleep(delay)
                attempt += 1
            else:
                self.health.answered()
                return result


def loggable_update(update: object, keep_text: bool) -> str:
    """The update as JSON for the log; what people wrote is left out unless settings keep it."""
    if not isinstance(update, Update):
        return repr(update)

    def redact(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: f"<{len(item)} chars>"
                if key in REDACTED_FIELDS and isinstance(item, str)
                else redact(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [redact(item) for item in value]
        return value

    data = update.to_dict()
    return json.dumps(data if keep_text else redact(data), ensure_ascii=False)


def problem_text(error: BaseException | None) -> str:
    """What went wrong, in one line for the admins: the error's kind and the start of its message."""
    detail = str(error).strip().split("\n")[0][:PROBLEM_CHARS] if error else ""
    return (
        f"处理一条消息时出错：{type(error).__name__}{'：' + detail if detail else ''}。完整信息见服务器日志。"
    )


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failed update with its traceback, tell the admins (each problem once) and the person a
    plain sorry; the bot keeps running. What went wrong is the server's business, not the public's.

    A harmless refusal (an old button, an edit that changes nothing) is one log line and no apology;
    trouble fetching updates (no update) is the API's health, logged once per outage.
    """
    state = bot_state(context)
    if harmless(context.error):
        logger.info("Telegram refused a late or repeated request: %s", context.error)
        return
    trouble = trouble_of(context.error) if isinstance(context.error, TelegramError) else None
    if update is None and trouble:  # run_polling hands on what fetching updates ran into
        state.health.failed(f"getUpdates: {trouble}")
        return
    keep_text = state.settings.store_questions
    logger.error("update failed: %s", loggable_update(update, keep_text), exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, escape(handlers.APOLOGY))
        except TelegramError as error:
            logger.warning("could not send the apology: %s", error)
    await staff.tell_admins(context, problem_text(context.error))


async def set_commands(application: Application) -> None:
    """Register the command menu: public commands for all, every command for each admin's chat."""
    state: BotState = application.bot_data[STATE_KEY]
    public = [BotCommand(c.name, c.description) for c in COMMANDS if not c.admin_only]
    everything = [BotCommand(c.name, c.description) for c in COMMANDS]
    await application.bot.set_my_commands(public)
    for admin in state.settings.admins:
        try:
            await application.bot.set_my_commands(everything, scope=BotCommandScopeChat(admin))
        except BadRequest as error:
            logger.warning("no admin menu for %s (has the admin started the bot?): %s", admin, error)


async def shut_down(application: Application) -> None:
    """Write the chat state and /stats counts not yet written and let the answering threads go."""
    state: BotState = application.bot_data[STATE_KEY]
    await state.chats.writer.close()
    state.answers.close()


def build_application(
    settings: TelegramSettings,
    answers: AnswerService,
    engine: Engine,
    token: str,
    *,
    base_url: str | None = None,
    base_file_url: str | None = None,
    messages_per_second: float = TELEGRAM_RATE_PER_SECOND,
) -> Application:
    """Wire the bot: concurrent updates, rate limiting, the flood guard, the handler table, the menu;
    what it remembers per chat, and the /stats counters, live in `engine`'s database."""
    health = ApiHealth()
    builder = (
        Application.builder()
        .token(token)
        .concurrent_updates(True)
        .connection_pool_size(CONNECTIONS)
        .pool_timeout(POOL_TIMEOUT)
        .rate_limiter(RetryingRateLimiter(health, overall_max_rate=messages_per_second, max_retries=3))
        .post_init(set_commands)
        .post_shutdown(shut_down)
    )
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_file_url or file_url_for(base_url))
    application = builder.build()
    application.bot_data[STATE_KEY] = BotState.build(AnswerWorker(answers), engine, settings, health)
    application.add_handler(TypeHandler(Update, handlers.flood_guard), group=-1)
    application.add_handlers(handler_table())
    application.add_error_handler(report_error)
    return application


def file_url_for(base_url: str) -> str:
    """Another Bot API server serves files beside its methods: …/bot → …/file/bot."""
    root, _, last = base_url.rstrip("/").rpartition("/")
    return f"{root}/file/{last}" if last.startswith("bot") else f"{base_url.rstrip('/')}/file/bot"

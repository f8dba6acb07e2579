"""`budgetbot serve`: run the Telegram bot by long polling (default) or behind a webhook.

The token comes from $TELEGRAM_BOT_TOKEN, else from the file named by [telegram] token_file; it is
never printed, and every log line is scrubbed of it. SIGINT and SIGTERM stop the bot cleanly.
An unreachable Bot API is one log line while the bot waits for it; a refused token is one line and exit 1.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Engine
from telegram.error import InvalidToken
from telegram.ext import Application

from bot.channels.telegram.app import ALLOWED_UPDATES, build_application
from bot.channels.telegram.connection import until_answered
from bot.channels.telegram.options import SECRET_VARIABLE, TOKEN_VARIABLE
from bot.channels.telegram.stats import import_stats_file, stats_file
from bot.channels.telegram.webhook import Webhook, receive_by_webhook
from knowledge.errors import ConfigError
from knowledge.settings import TelegramSettings, load_settings

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
T = TypeVar("T")

logger = logging.getLogger(__name__)


def read_token(settings: TelegramSettings) -> str:
    """The bot token from the environment, else from the configured token file."""
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if token:
        return token
    if settings.token_file:
        path = Path(settings.token_file).expanduser()
        try:
            token = path.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ConfigError(
                f"config.toml: [telegram] token_file {path} 无法读取：{error.strerror}"
            ) from error
        if token:
            return token
        raise ConfigError(f"config.toml: [telegram] token_file {path} 是空的")
    raise ConfigError(
        f"没有 Telegram 令牌：请设置环境变量 {TOKEN_VARIABLE}，或在 config.toml [telegram] token_file 指定文件"
    )


class RedactToken(logging.Filter):
    """Replace the token wherever it appears in a log record (URLs of HTTP libraries, errors)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.secrets = {token, token.replace(":", "%3A")}

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.scrub(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        return True

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text


class OneLineForRefusedToken(logging.Filter):
    """A refused token is said in one line: the library's traceback for it adds nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            record.exc_info, record.exc_text = None, None
        return True


def configure_logging(token: str, verbose: bool) -> None:
    """Log to stderr with the token scrubbed; HTTP libraries only speak up on trouble."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(OneLineForRefusedToken())
    handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)


def webhook_path(webhook_url: str) -> str:
    """The local path the webhook server answers: the path part of the public URL."""
    return urlsplit(webhook_url).path.strip("/") or "telegram"


def run(args: argparse.Namespace, engine: Engine) -> int:
    """Answer Telegram until SIGINT or SIGTERM."""
    from bot.services.answering import AnswerService

    settings = load_settings().telegram
    token = read_token(settings)
    configure_logging(token, args.verbose)
    import_stats_file(engine, stats_file(), settings.store_questions)
    application = build_application(
        settings,
        AnswerService(engine),
        engine,
        token,
        base_url=args.base_url,
        base_file_url=args.base_file_url,
    )
    try:
        serve(application, args)
    except InvalidToken:
        raise ConfigError(f"Telegram 不接受这个令牌，请检查 {TOKEN_VARIABLE} 或令牌文件") from None
    logger.info("stopped")
    return 0


def serve(application: Application, args: argparse.Namespace) -> None:
    """Receive updates until a stop signal: by webhook when a URL is given, else by long polling."""
    if args.webhook_url:
        secret = args.secret_token or os.environ.get(SECRET_VARIABLE) or secrets.token_urlsafe(32)
        path = webhook_path(args.webhook_url)
        logger.info("webhook on %s:%s/%s", args.listen, args.port, path)
        webhook = Webhook(args.webhook_url, args.listen, args.port, path, secret)
        asyncio.run(
            until_stopped(lambda stop: receive_by_webhook(application, webhook, ALLOWED_UPDATES, stop))
        )
    else:
        logger.info("long polling for updates")
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        if not loop.run_until_complete(
            until_stopped(lambda stop: until_answered(application.initialize, stop))
        ):
            loop.close()  # stopped before Telegram answered
            return
        application.run_polling(
            allowed_updates=ALLOWED_UPDATES, bootstrap_retries=-1, stop_signals=STOP_SIGNALS
        )


async def until_stopped(run: Callable[[asyncio.Event], Awaitable[T]]) -> T:
    """Run with an event SIGINT and SIGTERM set (a clean stop); the signals' handlers go afterwards.

    Polling first reaches the Bot API this way (getMe, waiting while it is unreachable); run_polling
    then finds the Application initialized and installs its own handlers.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for stop_signal in STOP_SIGNALS:
        loop.add_signal_handler(stop_signal, stop.set)
    try:
        return await run(stop)
    finally:
        for stop_signal in STOP_SIGNALS:
            loop.remove_signal_handler(stop_signal)

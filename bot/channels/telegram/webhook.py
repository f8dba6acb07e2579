"""Receive updates by webhook: a small tornado server that hands each Update to the Application.

python-telegram-bot documents this way of running its Application behind a web server of one's own
(`Application.update_queue`). Ours checks the secret token (403 without it) and refuses, with 400 and
one log line, a body that is not a Telegram Update, where the library's own server answers 500 or logs
a traceback with the body in it.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import RequestHandler

from bot.channels.telegram.connection import until_answered

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class NotAnUpdate(ValueError):
    """A webhook request body that is not a Telegram Update."""


@dataclass(frozen=True)
class Webhook:
    """Where Telegram posts updates (url), where this process listens for them, and the shared secret."""

    url: str
    listen: str
    port: int
    path: str
    secret: str


def update_of(body: bytes, bot: Bot) -> Update:
    """Given a request body, return the Update it holds; raise NotAnUpdate, saying why, when it holds none."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NotAnUpdate("not JSON") from error
    if not isinstance(data, dict):
        raise NotAnUpdate(f"JSON {type(data).__name__}, not an object")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise NotAnUpdate("no integer update_id")
    try:
        update = Update.de_json(data, bot)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise NotAnUpdate(f"{type(error).__name__} reading it") from error
    return update


class UpdateReceiver(RequestHandler):
    """POST <path>: one update from Telegram."""

    def initialize(self, bot_application: Application[Any, Any, Any, Any, Any, Any], secret: str) -> None:
        self.bot_application = bot_application
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            logger.debug("webhook request without the secret token from %s", self.request.remote_ip)
            self.send_error(HTTPStatus.FORBIDDEN)
            return
        try:
            update = update_of(self.request.body, self.bot_application.bot)
        except NotAnUpdate as error:
            logger.warning(
                "webhook: refused a body that is not a Telegram update (%d bytes from %s: %s)",
                len(self.request.body),
                self.request.remote_ip,
                error,
            )
            self.send_error(HTTPStatus.BAD_REQUEST)
            return
        bot = self.bot_application.bot
        if isinstance(bot, ExtBot):
            bot.insert_callback_data(update)
        await self.bot_application.update_queue.put(update)
        self.set_status(HTTPStatus.OK)

    def log_exception(self, *args: Any) -> None:
        """Requests are logged by post(); tornado's own lines would repeat them."""


def webhook_server(application: Application[Any, Any, Any, Any, Any, Any], webhook: Webhook) -> HTTPServer:
    routes = [
        (
            rf"/{webhook.path.strip('/')}/?",
            UpdateReceiver,
            {"bot_application": application, "secret": webhook.secret},
        )
    ]
    return HTTPServer(WebApplication(routes, log_function=lambda _handler: None))


async def receive_by_webhook(
    application: Application[Any, Any, Any, Any, Any, Any],
    webhook: Webhook,
    allowed_updates: Sequence[str],
    stop: asyncio.Event,
) -> None:
    """Run the bot behind a webhook until `stop` is set: connect, register the webhook, serve, stop."""
    if not await until_answered(application.initialize, stop):
        return
    try:
        if application.post_init:
            await application.post_init(application)

        async def register() -> None:
            await application.bot.set_webhook(
                webhook.url, secret_token=webhook.secret, allowed_updates=allowed_updates
            )

        if not await until_answered(register, stop):
            return
        server = webhook_server(application, webhook)
        server.listen(webhook.port, address=webhook.listen)
        await application.start()
        await stop.wait()
        server.stop()
        await server.close_all_connections()
        await application.stop()
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)

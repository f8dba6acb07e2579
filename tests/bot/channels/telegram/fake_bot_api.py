"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and the load bench.

It speaks the real HTTP protocol python-telegram-bot uses (form or multipart POSTs to
/bot<token>/<method>, files from /file/bot<token>/<path>), hands out updates a test enqueues through
long-polling getUpdates, and records every call the bot makes. It runs on tornado (installed with
python-telegram-bot[webhooks]) in a thread with its own event loop, so it serves many connections
without a thread each.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tornado.httpserver import HTTPServer
from tornado.httputil import HTTPFile, parse_body_arguments
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

TOKEN = "123456:TEST-token-never-logged"
BOT_USER = {
    "id": 999,
    "is_bot": True,
    "first_name": "预算问答",
    "username": "budget_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
RAW_TEXT_FIELDS = {
    "text",
    "caption",
    "callback_query_id",
    "inline_query_id",
    "file_id",
    "url",
    "secret_token",
}
JSONDict = dict[str, Any]


@dataclass
class Call:
    """One request the bot made: method, decoded parameters, when it arrived, files it uploaded."""

    method: str
    params: JSONDict
    at: float
    files: dict[str, bytes] = field(default_factory=dict)
    file_names: dict[str, str] = field(default_factory=dict)
    result: Any = None


def decode_form(fields: dict[str, str]) -> JSONDict:
    """PTB sends every non-string parameter JSON-encoded; decode those, keep text as sent."""
    decoded: JSONDict = {}
    for key, value in fields.items():
        if key in RAW_TEXT_FIELDS:
            decoded[key] = value
            continue
        try:
            decoded[key] = json.loads(value)
        except json.JSONDecodeError:
            decoded[key] = value
    return decoded


class MethodHandler(RequestHandler):
    """POST /bot<token>/<method>: one Bot API call."""

    def initialize(self, api: FakeBotApi) -> None:
        self.api = api

    async def post(self, token: str, method: str) -> None:
        if token != self.api.token:
            self.reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        arguments: dict[str, list[bytes]] = {}
        uploads: dict[str, list[HTTPFile]] = {}
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json"):
            loaded = json.loads(self.request.body or b"{}")
            arguments = {
                k: [(v if isinstance(v, str) else json.dumps(v)).encode()] for k, v in loaded.items()
            }
        else:
            parse_body_arguments(content_type, self.request.body, arguments, uploads)
        fields = {key: values[0].decode() for key, values in arguments.items()}
        files = {key: parts[0].body for key, parts in uploads.items()}
        names = {key: parts[0].filename for key, parts in uploads.items()}
        params = decode_form(fields)
        if method == "getUpdates":
            refused = self.api.refusal(method)
            if refused is None:
                self.api.record(Call(method, params, time.monotonic()))
            self.reply(*(refused or (200, {"ok": True, "result": await self.api.get_updates(params)})))
            return
        self.reply(*self.api.dispatch(method, params, files, names))

    def reply(self, status: int, payload: JSONDict) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload, ensure_ascii=False).encode())


class FileHandler(RequestHandler):
    """GET /file/bot<token>/documents/<file_id>: a file's bytes, after getFile."""

    def initialize(self, api: FakeBotApi) -> None:
        self.api = api

    def get(self, token: str, file_id: str) -> None:
        content = self.api.files.get(file_id)
        if token != self.api.token or content is None:
            self.send_error(404)
            return
        self.set_header("Content-Type", "application/octet-stream")
        self.finish(content)


class FakeBotApi:
    """Start with `with FakeBotApi() as api:`; point the bot at `api.base_url`."""

    def __init__(self, token: str = TOKEN, hold_seconds: float = 0.3) -> None:
        self.token = token
        self.hold_seconds = hold_seconds
        self.calls: list[Call] = []
        self.updates: list[JSONDict] = []
        self.files: dict[str, bytes] = {}
        self.chats: dict[int, JSONDict] = {}
        self.refusals: dict[str, list[tuple[int, str, int | None]]] = {}
        self.messages: dict[tuple[int, int], tuple[str, Any]] = {}
        self.on_call: Callable[[Call], None] | None = None
        self.lock = threading.RLock()
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1000)
        self.sockets = bind_sockets(0, "127.0.0.1")
        self.port = int(self.sockets[0].getsockname()[1])
        self.ready = threading.Event()
        self.thread = threading.Thread(
            target=asyncio.run, args=(self.serve(),), name="fake-bot-api", daemon=True
        )

    def __enter__(self) -> FakeBotApi:
        self.thread.start()
        self.ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.stopping.set)
        self.thread.join(5)

    async def serve(self) -> None:
        """The server's own event loop: serve until __exit__ says stop."""
        self.loop = asyncio.get_running_loop()
        self.stopping = asyncio.Event()
        self.arrived = asyncio.Event()
        routes = [
            (r"/bot([^/]+)/(\w+)", MethodHandler, {"api": self}),
            (r"/file/bot([^/]+)/documents/(\w+)", FileHandler, {"api": self}),
        ]
        server = HTTPServer(Application(routes, log_function=lambda _handler: None))
        server.add_sockets(self.sockets)
        self.ready.set()
        await self.stopping.wait()
        server.stop()
        await server.close_all_connections()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---- what a test does -------------------------------------------------------------------

    def enqueue(self, update: JSONDict) -> JSONDict:
        """Queue an update (made by a factory below) for the bot's next getUpdates."""
        with self.lock:
            self.updates.append(update)
        if self.ready.is_set():
            self.loop.call_soon_threadsafe(self.arrived.set)
        return update

    def add_file(self, content: bytes) -> str:
        """Store a file the bot may fetch with getFile; returns its file_id."""
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = content
        return file_id

    def fail_next(self, method: str, count: int) -> None:
        """Answer the next `count` calls of `method` with 502 Bad Gateway."""
        self.refuse_next(method, "Bad Gateway", count, status=502)

    def refuse_next(
        self, method: str, description: str, count: int = 1, status: int = 400, chat_id: int | None = None
    ) -> None:
        """Answer the next `count` calls of `method` (to `chat_id`, when given) with a Bot API error,
        e.g. (400, "Bad Request: …")."""
        with self.lock:
            self.refusals.setdefault(method, []).extend([(status, description, chat_id)] * count)

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        with self.lock:
            return [
                call
                for call in self.calls
                if (method is None or call.method == method)
                and (chat_id is None or call.params.get("chat_id") == chat_id)
            ]

    def texts(self, chat_id: int) -> list[str]:
        """Texts the bot sent or edited into a chat, in order."""
        return [
            str(call.params.get("text", ""))
            for call in self.sent(chat_id=chat_id)
            if call.method in ("sendMessage", "editMessageText")
        ]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        """Wait (without blocking the bot's event loop) until predicate() holds; the timeout is only
        reached by a test that fails, so it is long enough for a machine busy with other work."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls so far: {[c.method for c in self.sent()]}")
            await asyncio.sleep(0.01)

    async def wait_for_calls(
        self, method: str, count: int, chat_id: int | None = None, timeout: float = 30.0
    ) -> list[Call]:
        await self.wait_for(lambda: len(self.sent(method, chat_id)) >= count, timeout)
        return self.sent(method, chat_id)

    # ---- the Bot API ------------------------------------------------------------------------

    def dispatch(
        self, method: str, params: JSONDict, files: dict[str, bytes], file_names: dict[str, str] | None = None
    ) -> tuple[int, JSONDict]:
        """Record the call and answer it as Telegram would."""
        refused = self.refusal(method, params) or self.unchanged(method, params)
        if refused:
            return refused
        call = Call(method, params, time.monotonic(), files, file_names or {})
        answer = call.result = self.method_result(call)
        if answer is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        self.record(call)
        with self.lock:
            if isinstance(answer, dict) and "message_id" in answer:
                self.messages[(int(params["chat_id"]), answer["message_id"])] = self.content(params)
            if method == "deleteMessage":
                self.messages.pop((int(params["chat_id"]), int(params["message_id"])), None)
        if self.on_call is not None:
            self.on_call(call)
        return 200, {"ok": True, "result": answer}

    def record(self, call: Call) -> None:
        with self.lock:
            self.calls.append(call)

    def refusal(self, method: str, params: JSONDict | None = None) -> tuple[int, JSONDict] | None:
        """The error queued for this call by fail_next or refuse_next, if any."""
        chat_id = (params or {}).get("chat_id")
        with self.lock:
            queued = self.refusals.get(method, [])
            index = next((n for n, (*_, chat) in enumerate(queued) if chat in (None, chat_id)), None)
            if index is None:
                return None
            status, description, _chat = queued.pop(index)
        return status, {"ok": False, "error_code": status, "description": description}

    def content(self, params: JSONDict) -> tuple[str, Any]:
        return str(params.get("text", "")), params.get("reply_markup")

    def unchanged(self, method: str, params: JSONDict) -> tuple[int, JSONDict] | None:
        """Telegram refuses an edit that would leave a message exactly as it is."""
        if method != "editMessageText" or "chat_id" not in params:
            return None
        with self.lock:
            current = self.messages.get((int(params["chat_id"]), int(params["message_id"])))
        if current != self.content(params):
            return None
        description = (
            "Bad Request: message is not modified: specified new message content and reply markup "
            "are exactly the same as a current content and reply markup of the message"
        )
        return 400, {"ok": False, "error_code": 400, "description": description}

    def method_result(self, call: Call) -> Any:
        params = call.params
        if call.method == "getMe":
            return BOT_USER
        if call.method in ("sendMessage", "sendDocument", "sendPhoto"):
            return self.bot_message(params) | self.attachment(call)
        if call.method == "editMessageText":
            return self.bot_message(params) if "chat_id" in params else True
        if call.method == "getFile":
            content = self.files.get(str(params.get("file_id")))
            if content is None:
                return None
            return {
                "file_id": params["file_id"],
                "file_unique_id": f"u{params['file_id']}",
                "file_size": len(content),
                "file_path": f"documents/{params['file_id']}",
            }
        known = {
            "answerCallbackQuery",
            "answerInlineQuery",
            "setMyCommands",
            "deleteWebhook",
            "setWebhook",
            "sendChatAction",
            "deleteMessage",
            "close",
            "logOut",
        }
        return True if call.method in known else None

    def bot_message(self, params: JSONDict) -> JSONDict:
        chat_id = int(params["chat_id"])
        message: JSONDict = {
            "message_id": params.get("message_id") or next(self.message_ids),
            "date": int(time.time()),
            "chat": self.chats.get(chat_id, {"id": chat_id, "type": "private"}),
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    def attachment(self, call: Call) -> JSONDict:
        """What Telegram adds to a sent photo or document: its caption and a file record."""
        if call.method == "sendMessage":
            return {}
        content = next(iter(call.files.values()), b"")
        name = next(iter(call.file_names.values()), "")
        file_id = self.add_file(content)
        record = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content)}
        extra: JSONDict = {"caption": call.params.get("caption", "")}
        if call.method == "sendPhoto":
            extra["photo"] = [record | {"width": 1080, "height": 1350}]
        else:
            extra["document"] = record | {"file_name": name}
        return extra

    async def get_updates(self, params: JSONDict) -> list[JSONDict]:
        """Long polling: wait (at most hold_seconds) for updates past the confirmed offset."""
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), self.hold_seconds)
        while True:
            self.arrived.clear()
            with self.lock:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                pending = self.updates[:limit]
            remaining = deadline - time.monotonic()
            if pending or remaining <= 0:
                return pending
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.arrived.wait(), remaining)

    # ---- update factories: each returns an update, not yet enqueued --------------------------

    def user(self, user_id: int) -> JSONDict:
        return {"id": user_id, "is_bot": False, "first_name": f"用户{user_id}", "language_code": "zh-hans"}

    def message_update(
        self,
        user_id: int,
        text: str | None = None,
        *,
        chat: JSONDict | None = None,
        entities: list[JSONDict] | None = None,
        reply_to: JSONDict | None = None,
        document: JSONDict | None = None,
    ) -> JSONDict:
        """A message from a person; a private chat with them unless `chat` says otherwise."""
        chat = chat or {"id": user_id, "type": "private", "first_name": f"用户{user_id}"}
        self.chats[int(chat["id"])] = chat
        message: JSONDict = {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id),
        }
        if text is not None:
            message["text"] = text
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if document is not None:
            message["document"] = document
        return self.update({"message": message})

    def command(
        self, user_id: int, command: str, argument: str = "", chat: JSONDict | None = None
    ) -> JSONDict:
        """A /command message, with the bot_command entity Telegram adds."""
        text = f"/{command} {argument}".strip()
        entity = {"type": "bot_command", "offset": 0, "length": len(command) + 1}
        return self.message_update(user_id, text, chat=chat, entities=[entity])

    def document_update(
        self, user_id: int, content: bytes, file_name: str, size: int | None = None
    ) -> JSONDict:
        """A person sends a file; the bot can fetch its bytes through getFile."""
        file_id = self.add_file(content)
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "file_size": len(content) if size is None else size,
        }
        return self.message_update(user_id, document=document)

    def edited(self, update: JSONDict, text: str) -> JSONDict:
        """The person edits the message of an earlier update (made by message_update or command)."""
        message = dict(update["message"]) | {"text": text, "edit_date": int(time.time())}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        else:
            message.pop("entities", None)
        return self.update({"edited_message": message})

    def callback_update(self, user_id: int, data: str, message: JSONDict) -> JSONDict:
        """A person presses an inline button under `message` (a message the bot sent)."""
        return self.update(
            {
                "callback_query": {
                    "id": f"cb{next(self.update_ids)}",
                    "from": self.user(user_id),
                    "chat_instance": "ci",
                    "data": data,
                    "message": message,
                }
            }
        )

    def inline_update(self, user_id: int, query: str) -> JSONDict:
        return self.update(
            {
                "inline_query": {
                    "id": f"iq{next(self.update_ids)}",
                    "from": self.user(user_id),
                    "query": query,
                    "offset": "",
                }
            }
        )

    def update(self, content: JSONDict) -> JSONDict:
        """Give an update its id; pass it to enqueue() or straight to the Application."""
        return {"update_id": next(self.update_ids), **content}

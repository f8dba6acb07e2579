"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and the load bench.

It speaks the real HTTP protocol python-telegram-bot uses (form or multipart POSTs to
/bot<token>/<method>, files from /file/bot<token>/<path>), hands out updates a test enqueues through
long-polling getUpdates, and records every call the bot makes.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

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


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, bytes]]:
    """Split a multipart/form-data body into text fields and uploaded files."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if part.get_filename():
            files[str(name)] = payload
        else:
            fields[str(name)] = payload.decode()
    return fields, files


class FakeBotApi:
    """Start with `with FakeBotApi() as api:`; point the bot at `api.base_url`."""

    def __init__(self, token: str = TOKEN, hold_seconds: float = 0.3) -> None:
        self.token = token
        self.hold_seconds = hold_seconds
        self.calls: list[Call] = []
        self.updates: list[JSONDict] = []
        self.files: dict[str, bytes] = {}
        self.chats: dict[int, JSONDict] = {}
        self.failures: dict[str, int] = {}
        self.on_call: Callable[[Call], None] | None = None
        self.condition = threading.Condition()
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1000)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.request_handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-bot-api", daemon=True
        )

    def __enter__(self) -> FakeBotApi:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---- what a test does -------------------------------------------------------------------

    def enqueue(self, update: JSONDict) -> JSONDict:
        """Queue an update (made by a factory below) for the bot's next getUpdates."""
        with self.condition:
            self.updates.append(update)
            self.condition.notify_all()
        return update

    def add_file(self, content: bytes) -> str:
        """Store a file the bot may fetch with getFile; returns its file_id."""
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = content
        return file_id

    def fail_next(self, method: str, count: int) -> None:
        """Answer the next `count` calls of `method` with 502 Bad Gateway."""
        self.failures[method] = count

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        with self.condition:
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

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait (without blocking the bot's event loop) until predicate() holds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls so far: {[c.method for c in self.sent()]}")
            await asyncio.sleep(0.01)

    async def wait_for_calls(
        self, method: str, count: int, chat_id: int | None = None, timeout: float = 5.0
    ) -> list[Call]:
        await self.wait_for(lambda: len(self.sent(method, chat_id)) >= count, timeout)
        return self.sent(method, chat_id)

    # ---- the Bot API ------------------------------------------------------------------------

    def request_handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: tests read the recorded calls instead."""

            def do_GET(self) -> None:
                prefix = f"/file/bot{api.token}/documents/"
                path = unquote(self.path)
                file_id = path.removeprefix(prefix)
                if not path.startswith(prefix) or file_id not in api.files:
                    self.reply(404, b"not found")
                    return
                self.reply(200, api.files[file_id], "application/octet-stream")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                prefix = "/bot"
                path = unquote(self.path)
                token, _, method = path.removeprefix(prefix).partition("/")
                if not path.startswith(prefix) or token != api.token:
                    self.reply_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                content_type = self.headers.get("Content-Type", "")
                files: dict[str, bytes] = {}
                if content_type.startswith("multipart/form-data"):
                    fields, files = parse_multipart(content_type, body)
                elif content_type.startswith("application/json"):
                    fields = {
                        k: v if isinstance(v, str) else json.dumps(v)
                        for k, v in json.loads(body or b"{}").items()
                    }
                else:
                    fields = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
                status, payload = api.dispatch(method, decode_form(fields), files)
                self.reply_json(status, payload)

            def reply_json(self, status: int, payload: JSONDict) -> None:
                self.reply(status, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

            def reply(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def dispatch(self, method: str, params: JSONDict, files: dict[str, bytes]) -> tuple[int, JSONDict]:
        """Record the call and answer it as Telegram would."""
        if method == "getUpdates":
            return 200, {"ok": True, "result": self.get_updates(params)}
        with self.condition:
            if self.failures.get(method, 0) > 0:
                self.failures[method] -= 1
                return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        call = Call(method, params, time.monotonic(), files)
        answer = call.result = self.method_result(call)
        if answer is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        with self.condition:
            self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        return 200, {"ok": True, "result": answer}

    def method_result(self, call: Call) -> Any:
        params = call.params
        if call.method == "getMe":
            return BOT_USER
        if call.method in ("sendMessage", "sendDocument", "sendPhoto"):
            return self.bot_message(params)
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

    def get_updates(self, params: JSONDict) -> list[JSONDict]:
        """Long polling: wait (at most hold_seconds) for updates past the confirmed offset."""
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), self.hold_seconds)
        with self.condition:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self.condition.wait(deadline - time.monotonic())
            return self.updates[:limit]

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

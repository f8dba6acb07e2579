"""The options of `budgetbot serve`, kept apart so the CLI can offer them without importing Telegram."""

from __future__ import annotations

import argparse

TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN"
SECRET_VARIABLE = "TELEGRAM_WEBHOOK_SECRET"


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `budgetbot serve`."""
    parser.add_argument("--webhook-url", help="公网 HTTPS 地址：给出则用 webhook 接收消息，否则长轮询")
    parser.add_argument(
        "--listen", default="127.0.0.1", help="webhook 监听地址（默认 127.0.0.1，放在反向代理后）"
    )
    parser.add_argument("--port", type=int, default=8443, help="webhook 监听端口（默认 8443）")
    parser.add_argument(
        "--secret-token",
        help=f"webhook 密钥（默认读 ${SECRET_VARIABLE}，都没有则每次启动随机生成）",
    )
    parser.add_argument("--base-url", help="另一个 Bot API 服务器，如 http://127.0.0.1:8081/bot")
    parser.add_argument("--base-file-url", help="该服务器的文件地址（默认由 --base-url 推出）")
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志（令牌仍会隐去）")

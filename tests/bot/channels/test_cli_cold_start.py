"""`budgetbot ask` starts quickly: it imports what answering needs and nothing of the other commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOT_FOR_ANSWERING = (
    "matplotlib",  # charts
    "telegram",  # python-telegram-bot: serve
    "pdfplumber",  # loaders
    "pdfminer",
    "openpyxl",
    "docx",
    "rich",  # the other commands' terminal output
    "psycopg",  # PostgreSQL, when a database there is opened
    "multiprocessing",  # the load's worker processes
    "knowledge.audit",  # check and chart
)
ANSWERING_NEEDS = ("jieba", "rapidfuzz", "sqlalchemy", "bot.engine.composer")


AFTER_ANSWERING = (
    "import sys\n"
    "from bot.channels.cli import main\n"
    "status = main()\n"
    "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    "sys.exit(status)\n"
)
"""`budgetbot ask` as the installed script runs it (bot.channels.cli:main), then what it imported."""


def is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_ask_imports_no_chart_telegram_loader_or_terminal_library(sample_db: str, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", AFTER_ANSWERING, "ask", "三公经费多少", "--db", sample_db],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "表十" in result.stdout and "万元" in result.stdout
    modules = set(result.stderr.splitlines())
    assert all(module in modules for module in ANSWERING_NEEDS), "the module list was not read"
    unwanted = sorted(m for m in modules if any(is_within(m, package) for package in NOT_FOR_ANSWERING))
    assert unwanted == []

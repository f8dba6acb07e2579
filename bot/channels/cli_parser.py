"""The `budgetbot` argument parser, in Chinese: its help and its errors are what a person meets first.

argparse words its help and errors in English; this parser gives them in Chinese, and an error says
what to do next (a mistyped command gets the nearest real one). An error argparse words in a way not
listed here is shown as argparse words it, never lost.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Callable
from typing import NoReturn

HELP_TEXT = "显示本帮助并退出"
COMMAND = "命令"
"""How the sub-command argument is named in usage lines and errors."""
ERRORS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"^the following arguments are required: (?P<names>.+)$"),
        lambda m: f"缺少参数：{m['names']}",
    ),
    (
        re.compile(r"^argument (?P<name>\S+): invalid (?:int|float) value: '(?P<value>.*)'$"),
        lambda m: f"{m['name']} 要一个数字，“{m['value']}”不是数字",
    ),
    (
        re.compile(r"^argument (?P<name>\S+): expected one argument$"),
        lambda m: f"{m['name']} 后面要给一个值",
    ),
    (
        re.compile(r"^unrecognized arguments: (?P<names>.+)$"),
        lambda m: f"不认识的参数：{m['names']}",
    ),
    (
        re.compile(
            r"^argument (?P<name>\S+): invalid choice: '(?P<value>.*)' \(choose from (?P<choices>.+)\)$"
        ),
        lambda m: invalid_choice(m["name"], m["value"], m["choices"]),
    ),
)


def invalid_choice(name: str, value: str, choices: str) -> str:
    """A value not among the choices, with the nearest one when it looks mistyped (table → tables)."""
    options = [choice.strip().strip("'") for choice in choices.split(",")]
    near = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    guess = f"是不是 {near[0]}？" if near else ""
    if name == COMMAND:
        return f"没有“{value}”这个命令。{guess}可用的命令：{'、'.join(options)}"
    return f"{name} 不能是“{value}”。{guess}可以是：{'、'.join(options)}"


def in_chinese(message: str) -> str:
    for pattern, say in ERRORS:
        match = pattern.match(message)
        if match:
            return say(match)
    return message


class ChineseHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)  # type: ignore[arg-type]


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose help headings and errors are Chinese; its sub-commands' parsers too."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help=HELP_TEXT)

    def error(self, message: str) -> NoReturn:
        """Print the usage, the error in Chinese and where to read more; exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{in_chinese(message)}\n用 {self.prog} --help 查看用法。\n")

"""`budgetbot` help and argument errors as a person meets them: Chinese, and saying what to do next."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.cli import build_parser, main

ENGLISH = ("usage:", "error:", "invalid", "required", "arguments", "show this help", "options:")


def errors_of(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    captured = capsys.readouterr()
    assert captured.out == ""
    return int(stopped.value.code or 0), captured.err


@pytest.mark.parametrize(
    ("args", "told"),
    [
        (("table",), "没有“table”这个命令。是不是 tables？"),
        (("load",), "缺少参数：PATH"),
        (("show", "表一", "--width", "abc"), "--width 要一个数字，“abc”不是数字"),
        (("restore", "三"), "ID 要一个数字"),
        (("show", "表一", "--doc"), "--doc 后面要给一个值"),
        (("docs", "--wat"), "不认识的参数：--wat"),
        (("ask", "--batch", "questions.txt", "问"), "--batch 不能是“questions.txt”"),
        (("ask",), "ask 需要一个问题"),
    ],
)
def test_a_bad_argument_is_told_in_chinese_with_where_to_read_more(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], told: str
) -> None:
    code, err = errors_of(capsys, *args)
    assert code == 2
    assert told in err and "用法：budgetbot" in err and "--help 查看用法" in err
    assert not [word for word in ENGLISH if word in err], err


def test_budgetbot_alone_shows_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "命令" in err and "ask" in err and "show" in err
    assert not [word for word in ENGLISH if word in err]


def commands_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [commands] = [action for action in parser._actions if action.dest == "command"]
    assert isinstance(commands.choices, dict)
    return commands.choices


def parser_of(command: str) -> argparse.ArgumentParser:
    parser = build_parser()
    return commands_of(parser)[command] if command else parser


def every_command() -> list[str]:
    return ["", *commands_of(build_parser())]


@pytest.mark.parametrize("command", every_command())
def test_help_of_every_command_is_chinese_and_explains_each_argument(command: str, tmp_path: Path) -> None:
    environment = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path), "COLUMNS": "100"}
    args = [sys.executable, "-m", "bot.channels.cli", *([command] if command else []), "--help"]
    done = subprocess.run(args, capture_output=True, text=True, env=environment, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("用法：budgetbot") and "显示本帮助并退出" in done.stdout
    assert not [word for word in ENGLISH if word in done.stdout], done.stdout
    unexplained = [action.dest for action in parser_of(command)._actions if not action.help]
    assert unexplained == [], f"arguments of `budgetbot {command}` without help: {unexplained}"

"""`budgetbot chat`: questions and answers in the terminal, with history and 来源."""

from __future__ import annotations

import readline
from pathlib import Path

import platformdirs

from bot.engine.answers import Answer
from bot.services.answering import AnswerService
from knowledge.printable import without_controls
from knowledge.settings import APP_NAME

QUIT_WORDS = {"退出", "exit", "quit", "q", "再见"}
SOURCE_WORDS = {"来源", "出处", "source"}
WELCOME = (
    "预算问答：直接输入问题，如“零工市场花了多少钱”。输入“来源”看上一条回答的出处，“退出”或 Ctrl-D 离开。"
)


def history_file() -> Path:
    path = Path(platformdirs.user_state_dir(APP_NAME)) / "chat_history"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def sources_text(answer: Answer | None) -> str:
    if answer is None or not answer.facts:
        return "还没有可以查看出处的回答。"
    return "\n".join(f"{i}. {fact.label}：{fact.source.describe()}" for i, fact in enumerate(answer.facts, 1))


def run_chat(answers: AnswerService) -> int:
    history = history_file()
    if history.exists():
        readline.read_history_file(history)
    print(WELCOME)
    last: Answer | None = None
    try:
        while True:
            try:
                question = without_controls(input("问> ")).strip()
            except EOFError:
                print()
                break
            if not question:
                continue
            if question in QUIT_WORDS:
                break
            if question in SOURCE_WORDS:
                print(sources_text(last))
                continue
            last = answers.answer(question)
            print(last.text)
    finally:
        readline.set_history_length(1000)
        readline.write_history_file(history)
    return 0

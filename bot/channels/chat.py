"""`budgetbot chat`: questions and answers in the terminal, one conversation: a follow-up (那去年呢,
其中公务接待费呢) is read against the questions before it; 来源 shows sources, 重新开始 starts afresh.

At a terminal it prompts, with line editing and history; with questions piped in (`printf '…\\n…' |
budgetbot chat`) it reads them one per line and prints a transcript: each question after the prompt
(问> …), then its answer, a blank line between them. The conversation's context lives as long as the
session.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import platformdirs

from bot.engine.answers import Answer
from bot.engine.followup import Context
from bot.services.answering import AnswerService
from bot.services.conversation import STARTED_AFRESH, starts_afresh
from bot.services.questions import too_long
from knowledge.printable import without_controls
from knowledge.settings import APP_NAME

QUIT_WORDS = {"退出", "exit", "quit", "q", "再见"}
SOURCE_WORDS = {"来源", "出处", "source"}
PROMPT = "问> "
WELCOME = (
    "预算问答：直接输入问题，如“零工市场花了多少钱”，可以接着问“那去年呢”。"
    "输入“来源”看上一条回答的出处，“重新开始”不再接着前面的问题，“退出”或 Ctrl-D 离开。"
)


def history_file() -> Path:
    path = Path(platformdirs.user_state_dir(APP_NAME)) / "chat_history"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def sources_text(answer: Answer | None, question: str = "") -> str:
    """Every figure of the last answer with its full source; for an answer without figures, why there
    is none (an earlier answer's sources are not this one's)."""
    if answer is None:
        return "还没有可以查看出处的回答：先问一个问题。"
    if answer.facts:
        facts = enumerate(answer.facts, 1)
        return "\n".join(f"{i}. {fact.label}：{fact.source.describe()}" for i, fact in facts)
    if answer.status == "not_found":
        return (
            f"上一个问题“{question}”没有找到，没有给出数字，所以没有出处。"
            "可以用 budgetbot docs 查看已载入的文档、budgetbot tables 查看表格，或换个说法再问。"
        )
    if answer.status == "ambiguous":
        return f"上一个问题“{question}”还没有确定问的是哪一项：请把问题说得更具体，回答里会注明出处。"
    return f"上一个问题“{question}”的回答没有引用表格中的数字，所以没有出处。"


def typed_questions() -> Iterator[str]:
    """Questions typed at the prompt, until Ctrl-D."""
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            print()
            return


def converse(answers: AnswerService, questions: Iterator[str], transcript: bool = False) -> None:
    """Answer each question in turn, each follow-up against the conversation so far; a `transcript`
    shows each question (piped in, it was not typed on screen) before its answer."""
    last: Answer | None = None
    asked = ""
    context: Context | None = None
    replied = False
    for typed in questions:
        question = without_controls(typed).strip()
        if not question:
            continue
        if question in QUIT_WORDS:
            break
        if transcript:
            print(("\n" if replied else "") + PROMPT + question)
        replied = True
        if question in SOURCE_WORDS:
            print(sources_text(last, asked))
            continue
        if starts_afresh(question):
            context = None
            print(STARTED_AFRESH)
            continue
        refusal = too_long(question)
        if refusal:
            print(refusal)
            continue
        reply = answers.converse(question, context)
        last, context, asked = reply.answer, reply.context, question
        print(last.text)


def run_chat(answers: AnswerService, piped: Iterator[str] | None = None) -> int:
    """Chat at the terminal, or answer the questions piped in (one per line) as one conversation."""
    if piped is not None:
        converse(answers, piped, transcript=True)
        return 0
    import readline  # only at a terminal: line editing and history

    history = history_file()
    if history.exists():
        readline.read_history_file(history)
    print(WELCOME)
    try:
        converse(answers, typed_questions())
    finally:
        readline.set_history_length(1000)
        readline.write_history_file(history)
    return 0

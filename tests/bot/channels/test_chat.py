"""`budgetbot chat` with questions piped in, as `printf '…\\n…' | budgetbot chat` runs it: one
conversation, each follow-up read against the questions before it, 重新开始 starting afresh; and
`budgetbot ask`, which reads every question on its own. Piped in, the chat prints a transcript: each
question after the prompt (问> …), then its answer.

Run as real processes over the sample and the corpus (tests/bot/conversations.py); what they print is
checked against the answer service read in-process and the figures stored in the database.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.channels.chat import PROMPT
from bot.services.answering import AnswerService
from bot.services.conversation import STARTED_AFRESH
from tests.bot.conversations import CONVERSATIONS, check_conversation, understood_line

FAMILIES = sorted({family for _kind, family in CONVERSATIONS})
AFRESH = "重新开始"


def budgetbot(engine: Engine, *arguments: str, stdin: str) -> str:
    """Run `budgetbot <arguments> --db <the engine's database>` with `stdin` piped in; its output."""
    url = engine.url.render_as_string(hide_password=False)
    command = [str(Path(sys.executable).with_name("budgetbot")), *arguments, "--db", url]
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def transcript(printed: str) -> list[tuple[str, str]]:
    """Each question of a piped chat's transcript, with the answer printed under it."""
    blocks = ("\n" + printed).split("\n" + PROMPT)
    assert blocks[0] == "", printed
    return [(block.split("\n", 1)[0], block.split("\n", 1)[1].strip()) for block in blocks[1:]]


@pytest.fixture(scope="module")
def corpus_answers(corpus_engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> AnswerService:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("chat-cache")))
        return AnswerService(corpus_engine)


@pytest.mark.parametrize("family", FAMILIES)
def test_piped_follow_ups_of_every_kind_are_read_against_the_conversation(
    corpus_engine: Engine, corpus_answers: AnswerService, family: str
) -> None:
    """Every kind's conversation of one document family, in one chat, 重新开始 between them."""
    conversations = [turns for (_kind, of), turns in CONVERSATIONS.items() if of == family]
    lines = [line for turns in conversations for line in [*(turn.question for turn in turns), AFRESH]]
    said = transcript(budgetbot(corpus_engine, "chat", stdin="\n".join(lines) + "\n"))
    assert [question for question, _reply in said] == lines
    replies = [reply for _question, reply in said]
    for number, turns in enumerate(conversations):
        start = number * (len(turns) + 1)
        check_conversation(corpus_engine, corpus_answers, turns, replies[start : start + len(turns)])
        assert replies[start + len(turns)] == STARTED_AFRESH


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [("人社局三公经费多少", "那公务接待费呢"), ("普陀区财政局2025年三公经费多少", "那去年呢")],
)
def test_after_starting_afresh_a_follow_up_inherits_nothing(
    corpus_engine: Engine, corpus_answers: AnswerService, first: str, follow_up: str
) -> None:
    printed = budgetbot(corpus_engine, "chat", stdin=f"{first}\n{AFRESH}\n{follow_up}\n")
    _answer, afresh, alone = [reply for _question, reply in transcript(printed)]
    assert afresh == STARTED_AFRESH
    assert not understood_line(alone)
    assert alone == corpus_answers.answer(follow_up).text.strip()


def test_the_issues_example_shows_both_answers(sample_engine: Engine, answers: AnswerService) -> None:
    """printf '人社局三公经费多少\\n那公务接待费呢\\n' | budgetbot chat"""
    printed = budgetbot(sample_engine, "chat", stdin="人社局三公经费多少\n那公务接待费呢\n")
    (_, total), (_, reception) = transcript(printed)
    assert total == answers.answer("人社局三公经费多少").text.strip()
    assert understood_line(reception) == "按“汾阳市人力资源和社会保障局 2024年预算 公务接待费多少”理解："
    assert reception.split("\n", 1)[1] == answers.answer("人社局公务接待费多少").text.strip()


def test_ask_reads_every_question_on_its_own(sample_engine: Engine, answers: AnswerService) -> None:
    questions = ["人社局三公经费多少", "那公务接待费呢", "占比多少"]
    printed = budgetbot(sample_engine, "ask", "--json", "--batch", "-", stdin="\n".join(questions) + "\n")
    replies = [json.loads(line) for line in printed.splitlines()]
    assert replies == [answers.answer(question).to_json() for question in questions]
    assert not any(understood_line(reply["answer"]) for reply in replies)
    alone = budgetbot(sample_engine, "ask", "那公务接待费呢", stdin="")
    assert not understood_line(alone) and alone.strip() == answers.answer("那公务接待费呢").text.strip()


def test_sources_after_a_not_found_say_why_there_are_none_not_that_nothing_was_asked(
    sample_engine: Engine, answers: AnswerService
) -> None:
    """来源 shows the last answer's sources; after a question not found, why it has none."""
    asked = "人社局公务接待费多少\n来源\n人社局2019年公务接待费多少\n来源\n"
    said = transcript(budgetbot(sample_engine, "chat", stdin=asked))
    (_, first), (_, sources), (_, missing), (_, none) = said
    figure = answers.answer("人社局公务接待费多少").facts[0]
    assert sources.startswith(f"1. {figure.label}：{figure.source.describe()}")
    assert "没有找到" in missing
    assert none.startswith("上一个问题“人社局2019年公务接待费多少”没有找到，没有给出数字，所以没有出处。")
    assert "还没有" not in none and "budgetbot docs" in none

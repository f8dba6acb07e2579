"""`budgetbot ask` (text, --json, --batch -) and `budgetbot chat`, as the evaluator and a person use them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.cli import main
from bot.services.questions import MAX_QUESTION_CHARS


def test_batch_json_answers_every_line_in_order(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sample_db: str
) -> None:
    questions = ["零工市场花了多少钱", "什么是三公经费", "火箭发射费用多少", "三公经费多少"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "--json", "--batch", "-", "--db", sample_db]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [answer["status"] for answer in answers] == ["answered", "answered", "not_found", "answered"]
    amounts = {fact["source"]["table"]: fact["value"] for fact in answers[0]["facts"] if fact["value"]}
    assert amounts["表十二"] == 57.6
    assert not any(fact["value"] for fact in answers[2]["facts"])
    assert any(fact["source"]["table"] == "表十" and fact["unit"] == "万元" for fact in answers[3]["facts"])


def test_a_hostile_or_huge_line_gets_an_answer_not_a_crash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sample_db: str
) -> None:
    lines = ["'; DROP TABLE figure; --", "<b>&</b>" * 2000, "\x00\x1b[31m", "🙂🙂🙂", ""]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--json", "--batch", "-", "--db", sample_db]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(answers) == len(lines)
    assert all(answer["status"] in {"answered", "ambiguous", "not_found"} for answer in answers)
    monkeypatch.setattr(sys, "stdin", io.StringIO("三公经费多少\n"))
    main(["ask", "--json", "--batch", "-", "--db", sample_db])
    assert json.loads(capsys.readouterr().out)["status"] == "answered"


def test_ask_prints_the_figure_with_its_source(capsys: pytest.CaptureFixture[str], sample_db: str) -> None:
    assert main(["ask", "零工市场花了多少钱", "--db", sample_db]) == 0
    out = capsys.readouterr().out
    assert "57.60" in out and "表十二" in out and "预算" in out


def test_chat_answers_shows_sources_and_quits(tmp_path: Path, sample_db: str) -> None:
    budgetbot = Path(sys.executable).with_name("budgetbot")
    result = subprocess.run(
        [str(budgetbot), "chat", "--db", sample_db],
        input="零工市场花了多少钱\n来源\n退出\n这句不会被回答\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "57.60" in result.stdout
    assert "表十二《2024年项目支出预算表（本年预算）》" in result.stdout
    assert "这句不会被回答" not in result.stdout


def test_chat_leaves_on_end_of_input(sample_db: str) -> None:
    budgetbot = Path(sys.executable).with_name("budgetbot")
    result = subprocess.run(
        [str(budgetbot), "chat", "--db", sample_db],
        input="",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0


def budgetbot_ask(
    database: str, *arguments: str, stdin: str = "", command: str = "ask"
) -> subprocess.CompletedProcess[str]:
    """`budgetbot <command> <arguments> --db <database>` run as a process, stdin piped in."""
    budgetbot = Path(sys.executable).with_name("budgetbot")
    return subprocess.run(
        [str(budgetbot), command, *arguments, "--db", database],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_question_over_the_limit_is_refused_naming_it_not_cut_and_misread(sample_db: str) -> None:
    """Cut to the limit, 600 characters of 三公经费 would be answered as if it were a question."""
    long_question = "三公经费" * 150
    refusal = f"问题太长了：最多 {MAX_QUESTION_CHARS} 个字，这条有 600 个字。"
    asked = budgetbot_ask(sample_db, long_question)
    assert asked.returncode == 0 and asked.stdout.startswith(refusal) and "万元" not in asked.stdout
    batch = budgetbot_ask(sample_db, "--json", "--batch", "-", stdin=f"{long_question}\n三公经费多少\n")
    first, second = [json.loads(line) for line in batch.stdout.splitlines()]
    assert first["status"] == "not_found" and first["answer"].startswith(refusal) and first["facts"] == []
    assert second["status"] == "answered"
    chat = budgetbot_ask(sample_db, stdin=f"{long_question}\n人社局三公经费多少\n", command="chat")
    assert refusal in chat.stdout and "5.00 万元" in chat.stdout


@pytest.mark.parametrize("name", ["empty.db", "missing/folder/budget.db"])
def test_asking_an_empty_or_missing_database_says_it_holds_no_documents_and_how_to_load_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    url = f"sqlite:///{tmp_path / name}"
    if name == "empty.db":
        assert main(["docs", "--db", url]) == 0
        capsys.readouterr()
    assert main(["ask", "--db", url, "三公经费多少"]) == 0
    said = capsys.readouterr().out
    assert "还没有载入任何文档" in said and f"budgetbot load --db {url} " in said
    assert main(["ask", "--json", "--db", url, "三公经费多少"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "not_found" and not answer["facts"]


def test_a_reader_that_stops_early_ends_the_answers_quietly(sample_db: str) -> None:
    """`budgetbot ask --batch - | head -1`: the answers after the first go nowhere, without a traceback."""
    budgetbot = Path(sys.executable).with_name("budgetbot")
    with subprocess.Popen(
        [str(budgetbot), "ask", "--batch", "-", "--db", sample_db],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        process.stdin.write("三公经费多少\n" * 2000)
        process.stdin.close()
        assert "三公经费" in process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        assert process.wait(timeout=120) == 141
    assert "Traceback" not in errors and "BrokenPipe" not in errors

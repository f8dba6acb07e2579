"""/check (勾稽检查) for admins, fed through process_update against the sample database."""

from __future__ import annotations

import html
import json
import re
import threading
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.channels.telegram import staff
from bot.services.checks import CheckReport
from loaders import sample_path
from tests.bot.channels.telegram.conftest import (
    ADMIN,
    PERSON,
    FakeAnswers,
    application_for,
    initialized,
    process,
)
from tests.bot.channels.telegram.fake_bot_api import FakeBotApi

REFUSAL = "抱歉，这个功能只对管理员开放。"
SAMPLE_FINDINGS = (
    ("T02", "合计 887.80，各项之和 887.79"),
    ("N01", "表十二为「山西绥民律师事务所法律顾问费」，绩效目标表为「山西恒民律师事务所法律顾问费」"),
    ("S03", "实有车辆数前后不一"),
    ("X06", "项目「2024年业务工作经费」：表十二《2024年项目支出预算表（本年预算）》 为 17.35 万元"),
)


def visible(message_html: str) -> str:
    return html.unescape(re.sub(r"</?b>", "", message_html))


def keyboard(call: Any) -> list[tuple[str, str]]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [(button["text"], button["callback_data"]) for row in rows for button in row]


async def test_an_admins_check_reports_the_four_known_findings_by_severity_with_the_json_attached(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await process(app, api.command(ADMIN, "check"))
    messages = [call.params["text"] for call in api.sent("sendMessage", ADMIN)]
    assert messages[0].startswith("<b>勾稽检查：汾阳市人力资源和社会保障局 2024年预算</b>")
    text = visible("\n".join(messages))
    assert text.index("【错误】") < text.index("【警告】")
    for rule_id, wording in SAMPLE_FINDINGS:
        assert f"[{rule_id}] " in text and wording in text
    assert "3 部" in text and "2 辆" in text and "173600 元" in text
    (attached,) = api.sent("sendDocument", ADMIN)
    (content,) = attached.files.values()
    report = json.loads(content.decode("utf-8"))
    assert report["document"] == "汾阳市人力资源和社会保障局 2024年预算" and report["has_errors"]
    assert {rule for rule, _wording in SAMPLE_FINDINGS} <= {finding["rule"] for finding in report["findings"]}
    assert attached.file_names and all(name.endswith(".json") for name in attached.file_names.values())


async def test_check_is_refused_to_a_non_admin_and_nothing_is_audited(
    api: FakeBotApi, fake_answers: FakeAnswers, sample_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    audited: list[int] = []
    monkeypatch.setattr(staff, "check_document", lambda _engine, document: audited.append(document))
    async with initialized(application_for(api, fake_answers, sample_engine)) as app:
        await process(app, api.command(PERSON, "check"))
        await process(app, api.command(PERSON, "check", "人社局"))
    assert api.texts(PERSON) == [REFUSAL, REFUSAL]
    assert audited == [] and api.sent("sendDocument") == []


async def test_with_several_documents_check_asks_which_and_the_button_checks_that_one(
    api: FakeBotApi, fake_answers: FakeAnswers, two_documents_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, two_documents_engine)) as app:
        await process(app, api.command(ADMIN, "check"))
        (question,) = api.sent("sendMessage", ADMIN)
        choices = dict(keyboard(question))
        await process(app, api.callback_update(PERSON, choices["汾阳市测试局 2024年预算"], question.result))
        await process(app, api.callback_update(ADMIN, choices["汾阳市测试局 2024年预算"], question.result))
    assert question.params["text"] == "检查哪一份文件？"
    assert set(choices) == {"汾阳市人力资源和社会保障局 2024年预算", "汾阳市测试局 2024年预算"}
    assert all(data.startswith("k:") and len(data.encode()) <= 64 for data in choices.values())
    refused, answered = api.sent("answerCallbackQuery")
    assert refused.params["text"] == REFUSAL and refused.params["show_alert"] is True
    assert "text" not in answered.params
    report = visible(api.texts(ADMIN)[1])
    assert report.startswith("勾稽检查：汾阳市测试局 2024年预算") and "发现：错误 0 项" in report
    assert api.sent("sendDocument") == []  # one message was enough


async def test_check_of_a_named_document_runs_on_it_off_the_event_loop(
    api: FakeBotApi,
    fake_answers: FakeAnswers,
    two_documents_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    real_check = staff.check_document

    def watched(engine: Engine, document_id: int) -> CheckReport:
        threads.append(threading.current_thread())
        return real_check(engine, document_id)

    monkeypatch.setattr(staff, "check_document", watched)
    async with initialized(application_for(api, fake_answers, two_documents_engine)) as app:
        await process(app, api.command(ADMIN, "check", "测试局"))
    assert visible(api.texts(ADMIN)[0]).startswith("勾稽检查：汾阳市测试局 2024年预算")
    assert threads and threads[0] is not threading.main_thread()


async def test_check_of_an_unknown_document_names_the_loaded_ones(
    api: FakeBotApi, fake_answers: FakeAnswers, two_documents_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, two_documents_engine)) as app:
        await process(app, api.command(ADMIN, "check", "财政局"))
    (reply,) = api.texts(ADMIN)
    assert reply.startswith("没有找到文档“财政局”") and "汾阳市测试局 2024年预算" in reply


async def test_check_with_nothing_loaded_says_so(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.command(ADMIN, "check"))
    assert api.texts(ADMIN) == ["还没有载入任何文件。"]


async def test_an_upload_far_smaller_than_the_loaded_version_is_kept_aside_without_terminal_commands(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    content = sample_path().read_text(encoding="utf-8")
    lines = content.splitlines()
    truncated = "\n".join(lines[: lines.index("第三部分 2024年度单位预算情况说明")]) + "\n"
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.document_update(ADMIN, content.encode("utf-8"), "fenyang.txt"))
        await process(app, api.document_update(ADMIN, truncated.encode("utf-8"), "fenyang-short.txt"))
    loaded, kept = (visible(text) for text in api.texts(ADMIN))
    assert loaded.startswith("已载入 fenyang.txt → #1")
    assert "少得多" in kept and "仍以 #1 为准" in kept
    assert "--replace" not in kept and "budgetbot" not in kept
    assert fake_answers.reloads == 2

"""Inline mode: found answers only, each naming its document; examples for an empty query; a limit."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.bot.channels.telegram.conftest import (
    GIG_TEXT,
    NURSING_READING,
    PERSON,
    SKILLS_READING,
    FakeAnswers,
    application_for,
    initialized,
    process,
)
from tests.bot.channels.telegram.fake_bot_api import FakeBotApi

FENYANG = "汾阳市人力资源和社会保障局 2024年预算"


async def test_an_answer_is_offered_as_an_article_naming_its_document(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.inline_update(PERSON, "零工市场"))
        await process(app, api.inline_update(PERSON, "项目有哪些"))
    found, listing = (call.params["results"] for call in api.sent("answerInlineQuery"))
    assert [r["title"] for r in found] == ["零工市场"]
    assert found[0]["description"] == f"零工市场：57.6 万元（表十二「本年预算」列） · {FENYANG}"
    assert found[0]["input_message_content"]["message_text"] == GIG_TEXT
    assert listing[0]["input_message_content"]["message_text"].startswith(f"【{FENYANG}】\n项目共 2 项")
    assert listing[0]["description"].endswith(FENYANG)


async def test_an_ambiguous_question_offers_each_reading(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.inline_update(PERSON, "培训"))
    (offer,) = api.sent("answerInlineQuery")
    titles = [r["title"] for r in offer.params["results"]]
    assert titles == ["护工培训奖励激励金（表十二）", "职业技能培训（表十二）"]
    assert fake_answers.asked[-2:] == [NURSING_READING, SKILLS_READING]


async def test_a_not_found_is_no_article_but_a_button_to_ask_in_private(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.inline_update(PERSON, "火星基地"))
    (offer,) = api.sent("answerInlineQuery")
    assert offer.params["results"] == []
    assert offer.params["button"] == {"text": "没有找到，换个说法或私聊我提问", "start_parameter": "inline"}


async def test_an_empty_query_offers_the_examples_that_have_answers(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.inline_update(PERSON, "  "))
    (offer,) = api.sent("answerInlineQuery")
    results = offer.params["results"]
    assert [r["title"] for r in results] == [
        "例：零工市场预算安排了多少？"
    ]  # the other two are not found here
    assert results[0]["description"].endswith(FENYANG)
    assert len(fake_answers.asked) == 3


async def test_inline_queries_over_their_limit_get_no_results_and_ask_nothing(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine, questions_per_minute=1)) as app:
        for n in range(5):
            await process(app, api.inline_update(PERSON, f"零工市场{n}"))
        await process(app, api.inline_update(PERSON + 1, "零工市场5"))
        await process(app, api.message_update(PERSON, "零工市场6"))  # questions have their own count
    offers = api.sent("answerInlineQuery")
    answered = [call for call in offers if call.params["results"]]
    refused = [call for call in offers if not call.params["results"]]
    assert len(answered) == 3 + 1 and len(refused) == 2
    assert all(call.params["is_personal"] is True and call.params["cache_time"] == 0 for call in refused)
    assert fake_answers.asked == ["零工市场0", "零工市场1", "零工市场2", "零工市场5", "零工市场6"]
    assert api.texts(PERSON) == [GIG_TEXT]


async def test_an_overlong_inline_query_is_not_asked(
    api: FakeBotApi, fake_answers: FakeAnswers, empty_engine: Engine
) -> None:
    async with initialized(application_for(api, fake_answers, empty_engine)) as app:
        await process(app, api.inline_update(PERSON, "零工市场" * 200))
    (offer,) = api.sent("answerInlineQuery")
    assert offer.params["results"] == [] and fake_answers.asked == []

"""Inline mode: `@bot 问题` in any chat offers answers as articles to send there.

Only answers are offered (a not-found is no article worth sending); each names its document, since the
chat it lands in has no other context. An empty query offers the example questions' answers. The flood
guard (bot.channels.telegram.handlers.flood_guard) limits how many queries one person may send.
"""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.channels.telegram.handlers import EXAMPLE_QUESTIONS
from bot.channels.telegram.incoming import inline_query_of
from bot.channels.telegram.render import answer_document, answer_html, fact_text, split_html
from bot.channels.telegram.state import BotState, bot_state
from bot.engine.answers import Answer
from bot.services.questions import MAX_QUESTION_CHARS

INLINE_RESULTS = 5
TITLE_LIMIT = 100
ANSWER_CACHE_SECONDS = 60
EXAMPLES_CACHE_SECONDS = 300
NOT_FOUND_BUTTON = "没有找到，换个说法或私聊我提问"
START_PARAMETER = "inline"  # the not-found button opens a private chat with /start inline


def inline_article(number: int, title: str, answer: Answer) -> InlineQueryResultArticle:
    """One inline result: a title, a description naming the figure and the document, and the escaped
    answer (headed by its document) as the message it sends."""
    first = fact_text(answer.facts[0]) if answer.facts else answer.text
    document = answer_document(answer)
    description = f"{first} · {document}" if document and document not in first else first
    return InlineQueryResultArticle(
        id=str(number),
        title=title[:TITLE_LIMIT],
        description=description[:TITLE_LIMIT],
        input_message_content=InputTextMessageContent(
            split_html(answer_html(answer))[0], parse_mode=ParseMode.HTML
        ),
    )


async def readings_of(state: BotState, answer: Answer, question: str) -> list[tuple[str, Answer]]:
    """The found answers behind an answer, titled: each reading of an ambiguous one, else itself."""
    if answer.status == "ambiguous":
        readings = [
            (choice.label, await state.answers.choose(choice)) for choice in answer.choices[:INLINE_RESULTS]
        ]
    else:
        readings = [(answer.facts[0].label if answer.facts else question, answer)]
    return [(title, found) for title, found in readings if found.status == "answered"]


async def example_readings(state: BotState) -> list[tuple[str, Answer]]:
    """The first found answer of each example question, titled as an example."""
    readings = []
    for example in EXAMPLE_QUESTIONS:
        found = await readings_of(state, await state.answers.answer(example), example)
        readings += [(f"例：{example}", answer) for _title, answer in found[:1]]
    return readings


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the answers to `@bot 问题` as articles; an empty query offers the examples'."""
    query = inline_query_of(update)
    state = bot_state(context)
    question = query.query.strip()
    if not question:
        examples = await example_readings(state)
        articles = [inline_article(n, title, found) for n, (title, found) in enumerate(examples)]
        await query.answer(articles, cache_time=EXAMPLES_CACHE_SECONDS)
        return
    if len(question) > MAX_QUESTION_CHARS:
        await query.answer([], cache_time=ANSWER_CACHE_SECONDS)
        return
    answer = await state.answers.answer(question)
    state.stats.record(question, answer)
    readings = await readings_of(state, answer, question)
    articles = [inline_article(n, title, found) for n, (title, found) in enumerate(readings)]
    button = None if articles else InlineQueryResultsButton(NOT_FOUND_BUTTON, start_parameter=START_PARAMETER)
    await query.answer(articles, cache_time=ANSWER_CACHE_SECONDS, button=button)

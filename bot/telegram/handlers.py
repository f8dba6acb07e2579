"""One async callback per command, button and message kind: parse, call the composer, reply.

Composer calls go through bot.telegram.worker and catalog reads run in a thread, so a slow answer
never blocks other chats.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MaybeInaccessibleMessage,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.answers import Answer
from bot.telegram import reports, views
from bot.telegram.flood import Verdict
from bot.telegram.incoming import button_data, button_message, button_press, inline_query_of, message_of
from bot.telegram.render import (
    EXAMPLE,
    answer_html,
    answer_keyboard,
    callback_data,
    choice_keyboard,
    escape,
    fact_text,
    source_html,
    split_html,
    table_keyboard,
    table_page_html,
    table_pages,
)
from bot.telegram.state import bot_state
from knowledge.errors import NotFound

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
INLINE_RESULTS = 5
EXAMPLE_QUESTIONS = ("零工市场预算安排了多少？", "2024年收入总计是多少？", "什么是机关运行经费？")
WELCOME = (
    "您好！我回答关于政府部门预算公开的问题，每个数字都注明出自哪张表、哪一行。\n"
    "直接发问题给我就行，比如点下面的例子："
)
HELP = "\n".join(
    (
        "<b>怎么问</b>",
        "直接发问题，如“零工市场预算安排了多少”“三公经费是多少”。",
        "群聊里请用 /ask 问题，或 @我，或回复我的消息。",
        "",
        "<b>命令</b>",
        "/ask 问题 — 提问",
        "/define 术语 — 名词解释，如 /define 机关运行经费",
        "/docs — 已载入的预算公开文件",
        "/tables — 所有表格；/table 十二 — 查看表十二",
        "/source — 上一条回答的完整来源",
        "/chart — 画图：收入构成、支出构成、三公经费、主要项目等",
        "",
        "每条回答下的“来源”按钮显示文件、表、行和列。预算是计划数，不是实际花费。",
    )
)
ASK_HINT = "请在命令后写上问题，如：/ask 零工市场预算安排了多少"
DEFINE_HINT = "请在命令后写上术语，如：/define 机关运行经费"
TABLE_HINT = "请写上表号，如：/table 十二（用 /tables 查看所有表格）"
FLOOD_NOTICE = "您发得太快了，请休息一分钟再继续提问。"
SOURCE_EXPIRED = "这条回答太早了，来源已不再保存。请重新提问。"
APOLOGY = "抱歉，处理这条消息时出错了。请稍后再试。"
NO_DOCUMENTS = "还没有载入任何文件。"


def command_argument(message: Message) -> str:
    """The text after a command such as /ask, with its own spacing kept."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def remember(context: ContextTypes.DEFAULT_TYPE, message: MaybeInaccessibleMessage, answer: Answer) -> int:
    """Keep the answer for its 来源 button and /source; return the number the button carries."""
    return bot_state(context).recent.remember(message.chat.id, answer)


async def send_answer(
    message: Message, context: ContextTypes.DEFAULT_TYPE, question: str, answer: Answer
) -> None:
    """Reply with an answer, split if long, its buttons under the last part."""
    bot_state(context).stats.record(question, answer)
    keyboard = answer_keyboard(answer, remember(context, message, answer))
    parts = split_html(answer_html(answer))
    for part in parts[:-1]:
        await message.reply_html(part)
    await message.reply_html(parts[-1], reply_markup=keyboard)


async def answer_question(message: Message, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Ask the composer and send what it says."""
    question = question.strip()[:MAX_QUESTION_CHARS]
    if not question:
        await message.reply_html(escape(ASK_HINT))
        return
    answer = await bot_state(context).composer.answer(question)
    await send_answer(message, context, question, answer)


async def send_lines(message: Message, lines: list[str]) -> None:
    """Send escaped plain lines, split under Telegram's length limit."""
    for part in split_html("\n".join(escape(line) for line in lines)):
        await message.reply_html(part)


async def flood_guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop an update from a person over the flood limit, telling them once."""
    user = update.effective_user
    if user is None or update.inline_query is not None:
        return
    message = update.message
    if (
        message is not None
        and message.chat.type != ChatType.PRIVATE
        and not addressed_to_bot(message, context.bot)
    ):
        return  # group chatter the bot does not answer does not count
    verdict = bot_state(context).flood.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    if verdict is Verdict.REFUSE_WITH_NOTICE and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, FLOOD_NOTICE)
    if update.callback_query is not None:
        await update.callback_query.answer(FLOOD_NOTICE)
    raise ApplicationHandlerStop


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the person and offer three example questions as buttons."""
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(question, callback_data=callback_data(EXAMPLE, index))]
            for index, question in enumerate(EXAMPLE_QUESTIONS)
        ]
    )
    await message_of(update).reply_html(escape(WELCOME), reply_markup=keyboard)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask and list the commands."""
    await message_of(update).reply_html(HELP)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question written after /ask."""
    message = message_of(update)
    await answer_question(message, context, command_argument(message))


async def define(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain the term written after /define (名词解释)."""
    message = message_of(update)
    term = command_argument(message)[:MAX_QUESTION_CHARS]
    if not term:
        await message.reply_html(escape(DEFINE_HINT))
        return
    answer = await bot_state(context).composer.define(term)
    await send_answer(message, context, term, answer)


async def docs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the loaded disclosures."""
    lines = await asyncio.to_thread(views.document_lines, bot_state(context).engine)
    await send_lines(message_of(update), ["已载入的文件：", *lines] if lines else [NO_DOCUMENTS])


async def tables(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every table of every loaded disclosure."""
    lines = await asyncio.to_thread(views.table_list_lines, bot_state(context).engine)
    await send_lines(
        message_of(update), [*lines, "", "查看一张表：/table 十二"] if lines else ["还没有表格。"]
    )


async def table(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the first page of a table named after /table, with buttons to turn pages."""
    message = message_of(update)
    reference, _, document = command_argument(message).partition(" ")
    if not reference:
        await message.reply_html(escape(TABLE_HINT))
        return
    try:
        view = await asyncio.to_thread(
            views.table_view, bot_state(context).engine, reference, document.strip()
        )
    except NotFound as error:
        await message.reply_html(escape(str(error)))
        return
    pages = table_pages(view.blocks)
    keyboard = table_keyboard(view.table_id, 0, len(pages))
    await message.reply_html(table_page_html(view.heading, pages, 0), reply_markup=keyboard)


async def source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the full source of the last answer in this chat."""
    message = message_of(update)
    last = bot_state(context).recent.last(message.chat.id)
    for part in split_html(source_html(last)):
        await message.reply_html(part)


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Treat plain text in a private chat as a question."""
    message = message_of(update)
    await answer_question(message, context, message.text or "")


def bot_mentions(message: Message, bot: Bot) -> list[str]:
    """The spellings of the bot's own @mentions in a message."""
    mention = f"@{bot.username}".lower()
    return [
        spelled
        for entity, spelled in message.parse_entities(
            [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
        ).items()
        if spelled.lower() == mention or (entity.user is not None and entity.user.id == bot.id)
    ]


def addressed_to_bot(message: Message, bot: Bot) -> bool:
    """In a group: a command, a mention of the bot, or a reply to one of its messages."""
    replied_to = message.reply_to_message.from_user if message.reply_to_message else None
    is_command = bool(message.text and message.text.startswith("/"))
    return (
        is_command or bool(bot_mentions(message, bot)) or (replied_to is not None and replied_to.id == bot.id)
    )


async def group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group, answer only a message that mentions the bot or replies to it."""
    message = message_of(update)
    if not addressed_to_bot(message, context.bot):
        return
    text = message.text or ""
    for spelled in bot_mentions(message, context.bot):
        text = text.replace(spelled, " ")
    await answer_question(message, context, text)


async def example_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask the example question behind a /start button."""
    query = button_press(update)
    await query.answer()
    index = int(button_data(query).split(":")[1])
    if 0 <= index < len(EXAMPLE_QUESTIONS) and isinstance(query.message, Message):
        await answer_question(query.message, context, EXAMPLE_QUESTIONS[index])


async def choice_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the reading picked from an ambiguous answer's buttons, in place of the choices."""
    query = button_press(update)
    await query.answer()
    key = button_data(query).split(":", 1)[1]
    answer = await bot_state(context).composer.choose(key)
    bot_state(context).stats.record(key, answer)
    keyboard = answer_keyboard(answer, remember(context, button_message(query), answer))
    parts = split_html(answer_html(answer))
    await query.edit_message_text(
        parts[0], parse_mode=ParseMode.HTML, reply_markup=keyboard if len(parts) == 1 else None
    )
    if len(parts) > 1 and isinstance(query.message, Message):
        for part in parts[1:-1]:
            await query.message.reply_html(part)
        await query.message.reply_html(parts[-1], reply_markup=keyboard)


async def source_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the full source of the answer whose 来源 button was pressed."""
    query = button_press(update)
    await query.answer()
    number = int(button_data(query).split(":")[1])
    if not isinstance(query.message, Message):
        return
    answer = bot_state(context).recent.get(query.message.chat.id, number)
    text = source_html(answer) if answer is not None else escape(SOURCE_EXPIRED)
    for part in split_html(text):
        await query.message.reply_html(part)


async def table_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn a table to the page a ◀/▶ button names."""
    query = button_press(update)
    await query.answer()
    _kind, table_id, page = button_data(query).split(":")
    try:
        view = await asyncio.to_thread(views.table_view_by_id, bot_state(context).engine, int(table_id))
    except NotFound as error:
        await query.edit_message_text(escape(str(error)))
        return
    pages = table_pages(view.blocks)
    shown = min(max(int(page), 0), len(pages) - 1)
    await query.edit_message_text(
        table_page_html(view.heading, pages, shown),
        parse_mode=ParseMode.HTML,
        reply_markup=table_keyboard(view.table_id, shown, len(pages)),
    )


def inline_article(number: int, title: str, answer: Answer) -> InlineQueryResultArticle:
    """One inline result: a title, a short description and the escaped answer as the message."""
    description = fact_text(answer.facts[0]) if answer.facts else answer.text
    return InlineQueryResultArticle(
        id=str(number),
        title=title[:100],
        description=description[:100],
        input_message_content=InputTextMessageContent(
            split_html(answer_html(answer))[0], parse_mode=ParseMode.HTML
        ),
    )


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer answers to `@bot 问题` as articles; an ambiguous question offers each reading."""
    query = inline_query_of(update)
    question = query.query.strip()[:MAX_QUESTION_CHARS]
    if not question:
        await query.answer([], cache_time=60)
        return
    composer = bot_state(context).composer
    answer = await composer.answer(question)
    bot_state(context).stats.record(question, answer)
    if answer.status == "ambiguous":
        readings = [
            (choice.label, await composer.choose(choice.key)) for choice in answer.choices[:INLINE_RESULTS]
        ]
    else:
        readings = [(answer.facts[0].label if answer.facts else question, answer)]
    await query.answer(
        [inline_article(n, title, found) for n, (title, found) in enumerate(readings)], cache_time=60
    )


async def documents_or_reply(
    message: Message, context: ContextTypes.DEFAULT_TYPE, reference: str
) -> list[reports.Document]:
    """The documents a reference means (all when empty); says so when it names none or none is loaded."""
    try:
        documents = await asyncio.to_thread(reports.documents_meant, bot_state(context).engine, reference)
    except NotFound as error:
        await message.reply_html(escape(str(error)))
        return []
    if not documents:
        await message.reply_html(escape(NO_DOCUMENTS))
    return documents


def document_keyboard(documents: list[reports.Document], kind: str, *values: object) -> InlineKeyboardMarkup:
    """One button per document; its data is `kind:values…:document id`."""
    return choice_keyboard([(doc.label, callback_data(kind, *values, doc.id)) for doc in documents])

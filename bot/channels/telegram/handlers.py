"""One async callback per command and message kind: parse, call a service, reply.

A question is read in its conversation (per chat; in a group per person and forum topic): a follow-up
(那去年呢) against what the conversation was about, kept in the chat state (bot.services.conversation).

Answers come from bot.channels.telegram.worker's thread pool and other services run in a thread, so a slow answer
never blocks other chats. Replies go through bot.channels.telegram.outbox, so an edited question updates its
answer in place. Buttons are in bot.channels.telegram.buttons, inline mode in bot.channels.telegram.inline.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update, User
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, CommandHandler, ContextTypes

from bot.channels.telegram.flood import Verdict
from bot.channels.telegram.incoming import message_of
from bot.channels.telegram.outbox import is_edit, reply
from bot.channels.telegram.render import (
    EXAMPLE,
    TABLE_PAGE_LINES,
    TABLE_WIDTH,
    answer_html,
    answer_keyboard,
    callback_data,
    choice_keyboard,
    escape,
    source_html,
    split_html,
    table_keyboard,
    table_page_html,
)
from bot.channels.telegram.state import bot_state, conversation_of
from bot.engine.answers import Answer
from bot.engine.followup import Context
from bot.services.conversation import STARTED_AFRESH, Conversation, starts_afresh
from bot.services.documents import Document, documents_meant, list_documents, tables_by_document
from bot.services.questions import too_long
from bot.services.tables import table_view
from knowledge.chat_state import ConversationKey
from knowledge.errors import Ambiguous, NotFound

logger = logging.getLogger(__name__)

EXAMPLE_QUESTIONS = ("零工市场预算安排了多少？", "2024年收入总计是多少？", "什么是机关运行经费？")
WELCOME = (
    "您好！我回答关于政府部门预算公开的问题，每个数字都注明出自哪张表、哪一行。\n"
    "直接发问题给我就行，比如点下面的例子："
)
GROUP_WELCOME = (
    "您好！我回答关于政府部门预算公开的问题，每个数字都注明出自哪张表、哪一行。\n"
    "在群里请这样问我：\n"
    "• /ask 零工市场预算安排了多少\n"
    "• @{username} 三公经费是多少\n"
    "• 回复我的某条消息接着问\n"
    "群里的其他消息我不会读。也可以点下面的例子，或私聊我直接提问。"
)
HELP = "\n".join(
    (
        "<b>怎么问</b>",
        "直接发问题，如“零工市场预算安排了多少”“三公经费是多少”。",
        "可以接着问，如“那去年呢”“其中公务接待费呢”“它的绩效目标”；/reset 或“重新开始”不再接着问。",
        "群聊里请用 /ask 问题，或 @我，或回复我的消息。",
        "改了问题（编辑消息），我会改写原来的回答。",
        "",
        "<b>命令</b>",
        "/ask 问题 — 提问",
        "/define 术语 — 名词解释，如 /define 机关运行经费",
        "/reset — 重新开始，下一个问题不再接着前面的问",
        "/docs — 已载入的预算公开文件",
        "/tables — 所有表格；/table 十二 — 查看表十二",
        "/source — 上一条回答的完整来源",
        "/chart — 画图：收入构成、支出构成、三公经费、主要项目等",
        "",
        "每条回答下的“来源”按钮显示文件、表、行和列。预算是计划数，不是实际花费。",
    )
)
UNKNOWN_COMMAND = "没有 {command} 这个命令。"
ASK_HINT = "请在命令后写上问题，如：/ask 零工市场预算安排了多少"
DEFINE_HINT = "请在命令后写上术语，如：/define 机关运行经费"
TABLE_HINT = "请写上表号，如：/table 十二（用 /tables 查看所有表格）"
FLOOD_NOTICE = "您发得太快了，请休息一分钟再继续提问。"
APOLOGY = "抱歉，处理这条消息时出错了。请稍后再试。"
NO_DOCUMENTS = "还没有载入任何文件。"


def command_argument(message: Message) -> str:
    """The text after a command such as /ask, with its own spacing kept."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def kept_keyboard(
    context: ContextTypes.DEFAULT_TYPE, where: ConversationKey, question: str, answer: Answer
) -> InlineKeyboardMarkup | None:
    """Count the answer, keep it for its buttons and /source (in the database, for every bot process),
    and return its buttons."""
    state = bot_state(context)
    state.stats.record(question, answer)
    return answer_keyboard(answer, state.chats.remember_answer(where, question, answer))


async def send_answer(
    message: Message,
    context: ContextTypes.DEFAULT_TYPE,
    question: str,
    answer: Answer,
    person: User | None = None,
) -> None:
    """Reply with an answer, split if long, its buttons under the last part."""
    where = conversation_of(message, person or message.from_user)
    keyboard = kept_keyboard(context, where, question, answer)
    await reply(message, context, split_html(answer_html(answer)), keyboard)


async def answer_question(
    message: Message, context: ContextTypes.DEFAULT_TYPE, question: str, person: User | None = None
) -> None:
    """Answer a question in its conversation (the person's, `person` when it is not the message's
    author) and send the answer; an empty or over-long question is refused, not asked; 重新开始 starts
    the conversation afresh."""
    question = question.strip()
    refusal = ASK_HINT if not question else too_long(question)
    if refusal:
        await reply(message, context, [escape(refusal)])
        return
    where = conversation_of(message, person or message.from_user)
    if starts_afresh(question):
        await start_afresh(message, context, where)
        return
    answer = await converse(message, context, where, question)
    await send_answer(message, context, question, answer, person)


async def converse(
    message: Message, context: ContextTypes.DEFAULT_TYPE, where: ConversationKey, question: str
) -> Answer:
    """Read a question against its conversation's context and move the conversation on, one message at
    a time. An edited message is read against the context as it was before it, and moves the
    conversation only when no message came after it (bot.services.conversation)."""
    state = bot_state(context)
    edited = is_edit(message, context)
    async with state.chats.one_at_a_time(where):
        conversation = Conversation.from_json(await state.chats.context(where))
        said = await state.answers.converse(question, conversation.read_against(message.message_id, edited))
        state.chats.set_context(
            where, conversation.moved_on(message.message_id, edited, said.context).to_json()
        )
    return said.answer


async def follow_choice(
    context: ContextTypes.DEFAULT_TYPE, where: ConversationKey, after: Context | None
) -> None:
    """A reading chosen from an ambiguous answer: the conversation's next question follows it."""
    state = bot_state(context)
    async with state.chats.one_at_a_time(where):
        conversation = Conversation.from_json(await state.chats.context(where))
        state.chats.set_context(where, conversation.chose(after).to_json())


async def start_afresh(message: Message, context: ContextTypes.DEFAULT_TYPE, where: ConversationKey) -> None:
    """Clear a conversation's context: the next question inherits nothing from those before."""
    state = bot_state(context)
    edited = is_edit(message, context)
    async with state.chats.one_at_a_time(where):
        conversation = Conversation.from_json(await state.chats.context(where))
        state.chats.set_context(where, conversation.moved_on(message.message_id, edited, None).to_json())
    await reply(message, context, [escape(STARTED_AFRESH)])


async def send_lines(message: Message, context: ContextTypes.DEFAULT_TYPE, lines: list[str]) -> None:
    """Reply with escaped plain lines, split under Telegram's length limit."""
    await reply(message, context, split_html("\n".join(escape(line) for line in lines)))


async def flood_guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop an update from a person over the flood limit, telling them once.

    Edits and group chatter not addressed to the bot never count; an edit of a message the bot never
    answered (over the limit, or not addressed) is dropped, so edits cannot get round the limit. Inline
    queries have a looser limit of their own and are answered with no results while over it.
    """
    user = update.effective_user
    state = bot_state(context)
    if update.edited_message is not None:
        edited = update.edited_message
        if await state.chats.replies(edited.chat_id, edited.message_id) is None:
            raise ApplicationHandlerStop
        return
    if user is None:
        return
    if update.inline_query is not None:
        if state.inline_queries.check(user.id) is not Verdict.ALLOW:
            await update.inline_query.answer([], cache_time=0, is_personal=True)
            raise ApplicationHandlerStop
        return
    message = update.message
    if (
        message is not None
        and message.chat.type != ChatType.PRIVATE
        and not addressed_to_bot(update, context)
    ):
        return
    verdict = state.questions.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    if verdict is Verdict.REFUSE_WITH_NOTICE and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, FLOOD_NOTICE)
    if update.callback_query is not None:
        await update.callback_query.answer(FLOOD_NOTICE)
    raise ApplicationHandlerStop


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the person, say how to ask here (in a group: /ask, a mention or a reply), offer examples."""
    message = message_of(update)
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(question, callback_data=callback_data(EXAMPLE, index))]
            for index, question in enumerate(EXAMPLE_QUESTIONS)
        ]
    )
    private = message.chat.type == ChatType.PRIVATE
    welcome = WELCOME if private else GROUP_WELCOME.format(username=context.bot.username)
    await reply(message, context, [escape(welcome)], keyboard)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask and list the commands."""
    await reply(message_of(update), context, [HELP])


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a command the bot does not have with the help; in a group only one addressed to this bot
    (a bare /command there may be meant for another bot)."""
    message = message_of(update)
    name, _, target = (message.text or "/").split(maxsplit=1)[0].partition("@")
    mine = (
        target.lower() == (context.bot.username or "").lower()
        if target
        else message.chat.type == ChatType.PRIVATE
    )
    if not mine:
        return
    await reply(message, context, [escape(UNKNOWN_COMMAND.format(command=name)) + "\n\n" + HELP])


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question written after /ask."""
    message = message_of(update)
    await answer_question(message, context, command_argument(message))


async def reset(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start the conversation afresh: the next question is not read as following the ones before."""
    message = message_of(update)
    await start_afresh(message, context, conversation_of(message, message.from_user))


async def define(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain the term written after /define (名词解释)."""
    message = message_of(update)
    term = command_argument(message)
    refusal = DEFINE_HINT if not term else too_long(term)
    if refusal:
        await reply(message, context, [escape(refusal)])
        return
    answer = await bot_state(context).answers.define(term)
    await send_answer(message, context, term, answer)


async def docs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the loaded disclosures."""
    documents = await asyncio.to_thread(list_documents, bot_state(context).engine)
    lines = [f"{doc.id}. {doc.label}（{doc.table_count}张表，来自 {doc.source_name}）" for doc in documents]
    await send_lines(message_of(update), context, ["已载入的文件：", *lines] if lines else [NO_DOCUMENTS])


async def tables(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every table of every loaded disclosure, under its document's label."""
    catalog = await asyncio.to_thread(tables_by_document, bot_state(context).engine)
    lines = [line for doc, entries in catalog for line in (doc.label, *(f"  {t.reference}" for t in entries))]
    await send_lines(
        message_of(update), context, [*lines, "", "查看一张表：/table 十二"] if lines else ["还没有表格。"]
    )


async def table(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the first page of a table named after /table, with buttons to turn pages."""
    message = message_of(update)
    reference, _, document = command_argument(message).partition(" ")
    if not reference:
        await reply(message, context, [escape(TABLE_HINT)])
        return
    try:
        view = await asyncio.to_thread(
            table_view, bot_state(context).engine, reference, document.strip(), TABLE_WIDTH
        )
    except Ambiguous as error:
        example = f"/table {reference} {error.references[0]}"
        await reply(message, context, [escape(f"{error}。在表号后写上文档，如 {example}")])
        return
    except NotFound as error:
        await reply(message, context, [escape(str(error))])
        return
    pages = view.pages(TABLE_PAGE_LINES)
    keyboard = table_keyboard(view.table_id, 0, len(pages))
    await reply(message, context, [table_page_html(view.heading, pages, 0)], keyboard)


async def source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the full source of the last answer in this chat, or why it has none."""
    message = message_of(update)
    last = await bot_state(context).chats.last_answer(message.chat.id)
    text = source_html(last.answer, last.question) if last else source_html(None)
    await reply(message, context, split_html(text))


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


def command_for_this_bot(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A command of this bot (/ask, /ask@this_bot) or any command written @this_bot."""
    message = update.effective_message
    if message is None or not (message.text or "").startswith("/"):
        return False
    target = message.text.split(maxsplit=1)[0].partition("@")[2] if message.text else ""
    if target:
        return target.lower() == (context.bot.username or "").lower()
    handlers = context.application.handlers.get(0, [])
    return any(isinstance(handler, CommandHandler) and handler.check_update(update) for handler in handlers)


def addressed_to_bot(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In a group: a command for this bot, a mention of the bot, or a reply to one of its messages."""
    message = update.effective_message
    if message is None:
        return False
    replied_to = message.reply_to_message.from_user if message.reply_to_message else None
    return (
        command_for_this_bot(update, context)
        or bool(bot_mentions(message, context.bot))
        or (replied_to is not None and replied_to.id == context.bot.id)
    )


async def group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group, answer only a message that mentions the bot or replies to it."""
    message = message_of(update)
    if not addressed_to_bot(update, context):
        return
    text = message.text or ""
    for spelled in bot_mentions(message, context.bot):
        text = text.replace(spelled, " ")
    await answer_question(message, context, text)


async def documents_or_reply(
    message: Message, context: ContextTypes.DEFAULT_TYPE, reference: str
) -> list[Document]:
    """The documents a reference means (all when empty); says so when it names none or none is loaded."""
    try:
        documents = await asyncio.to_thread(documents_meant, bot_state(context).engine, reference)
    except NotFound as error:
        await message.reply_html(escape(str(error)))
        return []
    if not documents:
        await message.reply_html(escape(NO_DOCUMENTS))
    return documents


def document_keyboard(documents: list[Document], kind: str, *values: object) -> InlineKeyboardMarkup:
    """One button per document; its data is `kind:values…:document id`."""
    return choice_keyboard([(doc.label, callback_data(kind, *values, doc.id)) for doc in documents])

"""Answers as Telegram messages: escaped HTML, split under the length limit, with inline keyboards.

Everything that came from a document or a person is escaped; the only markup is the few tags added
here, each closed on the line it opens (a table page's <pre> block is short and never split), so a
long message can be split at any line.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.answers import Answer, Fact
from bot.replies import amount_text

MESSAGE_LIMIT = int(MessageLimit.MAX_TEXT_LENGTH)
CAPTION_LIMIT = int(MessageLimit.CAPTION_LENGTH)
CALLBACK_LIMIT = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)
TABLE_PAGE_LINES = 20  # a row with more filled cells than this gets a page of its own
TABLE_WIDTH = 40  # phone width: each row is listed with its filled cells (knowledge.catalog.row_cards)

CHOICE = "c"  # c:<Choice.key> — answer one reading of an ambiguous question
SOURCE = "s"  # s:<answer number in this chat> — show the full source of that answer
TABLE = "t"  # t:<table id>:<page> — show one page of a table
EXAMPLE = "q"  # q:<index into EXAMPLE_QUESTIONS> — ask an example question from /start
CHART = "g"  # g:<chart kind key>[:<document id>] — draw that chart (of that document)
CHECK = "k"  # k:<document id> — run the audit on that document (admins)


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


def fact_value(fact: Fact) -> str:
    """What a fact says: the amount with its unit, or the stated text when it has no amount."""
    return fact.text if fact.value is None else amount_text(fact.value, fact.unit)


def fact_text(fact: Fact) -> str:
    """A fact as plain text, for places without markup (inline result descriptions)."""
    return f"{fact.label}：{fact_value(fact)}"


def fact_html(fact: Fact) -> str:
    """A fact as one HTML line, its label in bold."""
    return f"<b>{escape(fact.label)}</b>：{escape(fact_value(fact))}"


def answer_html(answer: Answer) -> str:
    """The answer's own Chinese text, escaped."""
    return escape(answer.text)


def source_html(answer: Answer | None) -> str:
    """Every fact of an answer with its full source: document, table, row, column, page or line."""
    if answer is None or not answer.facts:
        return "还没有可以查看来源的回答。先问一个问题吧。"
    lines = ["<b>来源</b>"]
    for number, fact in enumerate(answer.facts, 1):
        lines.append(f"{number}. {fact_html(fact)}")
        lines.append(f"   {escape(fact.source.describe())}")
    return "\n".join(lines)


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units (an emoji can take two)."""
    return len(text.encode("utf-16-le")) // 2


def cut_position(line: str, limit: int) -> int:
    """Where to cut an overlong line: within `limit` units, never inside an entity such as &amp;."""
    position = 0
    used = 0
    while position < len(line):
        step = 2 if ord(line[position]) > 0xFFFF else 1
        if used + step > limit:
            break
        used += step
        position += 1
    entity_start = line.rfind("&", max(0, position - 10), position)
    if entity_start != -1 and ";" not in line[entity_start:position]:
        position = entity_start
    return max(position, 1)


def split_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Given message HTML, return parts under `limit`, split at line boundaries where possible."""
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        while utf16_length(line) > limit:
            cut = cut_position(line, limit)
            if current:
                parts.append("\n".join(current))
                current, used = [], 0
            parts.append(line[:cut])
            line = line[cut:]
        size = utf16_length(line) + (1 if current else 0)
        if current and used + size > limit:
            parts.append("\n".join(current))
            current, used, size = [], 0, utf16_length(line)
        current.append(line)
        used += size
    if current and "".join(current).strip():
        parts.append("\n".join(current))
    return parts or [""]


def callback_data(kind: str, *values: object) -> str:
    """Build button data such as t:12:0; Telegram allows 64 bytes, so it holds ids, never text."""
    data = ":".join([kind, *(str(value) for value in values)])
    if len(data.encode()) > CALLBACK_LIMIT:
        raise ValueError(f"callback data over {CALLBACK_LIMIT} bytes: {data!r}")
    return data


def answer_keyboard(answer: Answer, answer_number: int) -> InlineKeyboardMarkup | None:
    """A button per reading of an ambiguous answer, and a 来源 button when the answer has facts."""
    rows = [
        [InlineKeyboardButton(choice.label, callback_data=callback_data(CHOICE, choice.key))]
        for choice in answer.choices
    ]
    if answer.facts:
        rows.append([InlineKeyboardButton("来源", callback_data=callback_data(SOURCE, answer_number))])
    return InlineKeyboardMarkup(rows) if rows else None


def choice_keyboard(options: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One button per (label, callback data) option, one per row."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in options]
    )


def report_html(lines: list[str]) -> str:
    """An audit report's plain lines, escaped, its title and severity headings (【错误】…) in bold."""
    return "\n".join(
        f"<b>{escape(line)}</b>" if index == 0 or line.startswith("【") else escape(line)
        for index, line in enumerate(lines)
    )


def caption_html(caption: str) -> str:
    """A photo caption, escaped and cut to Telegram's caption limit."""
    return split_html(escape(caption), CAPTION_LIMIT)[0]


def table_pages(blocks: list[list[str]]) -> list[list[str]]:
    """Given a table as blocks (its heading lines, then each row with its cells), return pages of at
    most TABLE_PAGE_LINES lines that never split a block, so a row always shows beside its name."""
    pages: list[list[str]] = [[]]
    for block in blocks:
        if pages[-1] and len(pages[-1]) + len(block) > TABLE_PAGE_LINES:
            pages.append([])
        pages[-1].extend(block)
    return pages


def table_page_html(heading: str, pages: list[list[str]], page: int) -> str:
    """One page of a table laid out as text, in a monospaced block under its heading."""
    footer = f"第 {page + 1}/{len(pages)} 页" if len(pages) > 1 else ""
    body = "\n".join(escape(line) for line in pages[page])
    return "\n".join(part for part in (f"<b>{escape(heading)}</b>", f"<pre>{body}</pre>", footer) if part)


def table_keyboard(table_id: int, page: int, pages: int) -> InlineKeyboardMarkup | None:
    """◀ and ▶ buttons to turn the pages of a table."""
    buttons = []
    if page > 0:
        buttons.append(
            InlineKeyboardButton("◀ 上一页", callback_data=callback_data(TABLE, table_id, page - 1))
        )
    if page < pages - 1:
        buttons.append(
            InlineKeyboardButton("下一页 ▶", callback_data=callback_data(TABLE, table_id, page + 1))
        )
    return InlineKeyboardMarkup([buttons]) if buttons else None

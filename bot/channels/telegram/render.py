"""Answers as Telegram messages: escaped HTML, split under the length limit, with inline keyboards.

Everything that came from a document or a person is escaped; the only markup is the few tags added
here, each closed on the line it opens (a table page's <pre> block is short and never split), so a
long message can be split at any line.
"""

from __future__ import annotations

import html
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.engine.answers import Answer, Choice, Fact
from bot.engine.replies import amount_text

ReadingKind = Literal["documents", "rows", "unknown"]
MESSAGE_LIMIT = int(MessageLimit.MAX_TEXT_LENGTH)
CAPTION_LIMIT = int(MessageLimit.CAPTION_LENGTH)
CALLBACK_LIMIT = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)
TABLE_PAGE_LINES = 20  # a row with more filled cells than this gets a page of its own
PREVIEW_CHARS = 40  # one reading of an ambiguous answer is summed up in about two phone lines
TABLE_WIDTH = 40  # phone width: each row is listed with its filled cells (knowledge.catalog.row_cards)

ANSWER_ID = "[0-9a-f]{32}"  # the random id a kept answer's buttons carry (bot.channels.telegram.state)
CHOICE = "c"  # c:<answer id>:<n> — answer the n-th reading of that ambiguous answer
SOURCE = "s"  # s:<answer id> — show the full source of that answer
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
    """A fact as plain text, for places without markup (inline result descriptions): a figure with
    where it is (表十二「…」列, or a section and page)."""
    place = f"（{fact.source.brief()}）" if fact.value is not None and fact.source.brief() else ""
    return f"{fact.label}：{fact_value(fact)}{place}"


def fact_html(fact: Fact) -> str:
    """A fact as one HTML line, its label in bold."""
    return f"<b>{escape(fact.label)}</b>：{escape(fact_value(fact))}"


def answer_document(answer: Answer) -> str | None:
    """The one document all of an answer's facts come from, or None when they come from several."""
    documents = {fact.source.document for fact in answer.facts}
    return documents.pop() if len(documents) == 1 else None


def answer_html(answer: Answer) -> str:
    """The answer's Chinese text, escaped and headed by its document when the text does not name it
    (a list of projects names only tables); an ambiguous answer in short (`readings_html`)."""
    if answer.status == "ambiguous":
        return readings_html(answer)
    document = answer_document(answer)
    heading = f"【{escape(document)}】\n" if document and document not in answer.text else ""
    return heading + escape(answer.text)


def readings(answer: Answer) -> tuple[ReadingKind, list[tuple[Choice, list[Fact]]]]:
    """Each reading of an ambiguous answer with the facts it gives: a document's facts when the readings
    are documents, one fact each when they are rows of one document, none when neither fits."""
    by_document = [
        [fact for fact in answer.facts if fact.source.document == choice.label] for choice in answer.choices
    ]
    if all(by_document) and sum(map(len, by_document)) == len(answer.facts):
        return "documents", list(zip(answer.choices, by_document, strict=True))
    if answer_document(answer) and len(answer.facts) == len(answer.choices):
        return "rows", [(choice, [fact]) for choice, fact in zip(answer.choices, answer.facts, strict=True)]
    return "unknown", [(choice, []) for choice in answer.choices]


def preview(facts: list[Fact], kind: ReadingKind) -> str:
    """A reading's figures on one line, each with where it is (table, row and column, or section and
    page); figures past PREVIEW_CHARS are left to the full answer (…), never a figure's place. A row
    reading is named by its button already, so only its figure, table and column are shown."""

    def item(fact: Fact) -> str:
        if fact.value is None:
            said = f"{fact.label} {fact_value(fact)}"
            return said if len(said) <= PREVIEW_CHARS else said[: PREVIEW_CHARS - 1] + "…"
        if kind == "documents":
            return f"{fact.label} {fact_value(fact)}（{fact.source.brief(with_row=True)}）"
        return f"{fact_value(fact)}（{fact.source.brief()}）"

    first, *others = dict.fromkeys(item(fact) for fact in facts)
    text = first
    for other in others:
        if len(text) + len(other) + 1 > PREVIEW_CHARS:
            return text + "；…"
        text += "；" + other
    return text


def readings_html(answer: Answer) -> str:
    """An ambiguous answer in short: one line per reading (its name and figures), to pick with a button.

    Without facts the answer's own text is already short (it asks which unit, year or document).
    """
    if not answer.facts:
        return escape(answer.text)
    kind, found = readings(answer)
    intro = {
        "documents": f"{len(found)} 份文件都有相关内容，请点选一份查看完整回答：",
        "rows": f"【{answer_document(answer)}】中有 {len(found)} 项可能相符，请点选一项查看完整回答：",
        "unknown": f"有 {len(found)} 种可能，请点选一项查看完整回答：",
    }[kind]
    lines = [escape(intro)]
    for number, (choice, facts) in enumerate(found, 1):
        summary = f"：{escape(preview(facts, kind))}" if facts else ""
        lines.append(f"{number}. <b>{escape(choice.label)}</b>{summary}")
    return "\n".join(lines)


def no_source_html(question: str, answer: Answer) -> str:
    """Why an answer has no source to show: what was searched and what came of it."""
    if answer.status == "not_found":
        return "\n".join(
            (
                "<b>没有来源</b>",
                escape(f"“{question}”没有找到，所以没有给出数字，也就没有出处可查。"),
                escape(f"查找结果：{answer.text}"),
                "可以用 /docs 查看已载入的文件、/tables 查看所有表格，或换个说法再问。",
            )
        )
    if answer.status == "ambiguous":
        return escape(f"“{question}”还在等您选择：点选其中一项，回答下方会有“来源”按钮。")
    return escape(f"“{question}”的回答没有引用表格中的数字，所以没有来源。")


def source_html(answer: Answer | None, question: str = "") -> str:
    """Every fact of an answer with its full source: document, table, row, column, page or line; for an
    answer without facts, why there is none."""
    if answer is None:
        return "还没有可以查看来源的回答。先问一个问题吧。"
    if not answer.facts:
        return no_source_html(question, answer)
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


def answer_keyboard(answer: Answer, answer_id: str) -> InlineKeyboardMarkup | None:
    """A button per reading of an ambiguous answer, and a 来源 button when the answer has facts; each
    names the answer kept under `answer_id` (and the reading by its place), never the engine's keys."""
    rows = [
        [InlineKeyboardButton(choice.label, callback_data=callback_data(CHOICE, answer_id, number))]
        for number, choice in enumerate(answer.choices)
    ]
    if answer.facts:
        rows.append([InlineKeyboardButton("来源", callback_data=callback_data(SOURCE, answer_id))])
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

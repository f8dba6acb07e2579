"""What channels remember per chat, in the documents' database: answers behind buttons, replies to edit,
conversation context, /stats counters.

Keys never repeat and never cross chats: an answer is found by its random id *and* the chat it was given
in. Rows are written in batches (`write_batch`, one transaction) and only ever inserted or replaced
whole, so several bot processes writing at once never lose each other's rows. Nothing here takes the
documents' write lock: chat state must not wait for a long `budgetbot load`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, Engine, Executable, Table, bindparam, delete, func, select
from sqlmodel import SQLModel

from knowledge.models import ChatAnswer, ChatContext, ChatCounter, ChatReply, utc_now

QUESTIONS_KEPT = 10_000
"""Most question texts /stats keeps (only with store_questions); past it, the rarer half goes."""
OnTaken = Literal["keep", "replace", "add"]


@dataclass(frozen=True)
class ConversationKey:
    """One conversation: a chat, a person in it, and the forum topic (0 outside one). In a private chat
    the person is the chat; in a group every person (and topic) has a conversation of their own."""

    chat_id: int
    user_id: int
    thread_id: int = 0


@dataclass(frozen=True)
class KeptAnswer:
    """An answer given in a chat, as kept for its buttons and /source (a row of ChatAnswer)."""

    id: str
    chat_id: int
    user_id: int
    thread_id: int
    question: str
    answer: dict[str, Any]
    given_at: datetime = field(default_factory=utc_now)


@dataclass
class ChatStateBatch:
    """Rows to write in one transaction: new answers, reply links and contexts (the last one of a key
    wins), counter increments, and a cut-off before which old rows go."""

    answers: list[KeptAnswer] = field(default_factory=list)
    replies: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    contexts: dict[ConversationKey, dict[str, Any] | None] = field(default_factory=dict)
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    forget_before: datetime | None = None

    def __bool__(self) -> bool:
        return bool(self.answers or self.replies or self.contexts or self.counts or self.forget_before)

    def add(self, later: ChatStateBatch) -> None:
        """Take in a later batch (one that could not be written yet goes in front of the next)."""
        self.answers += later.answers
        self.replies |= later.replies
        self.contexts |= later.contexts
        self.counts += later.counts
        self.forget_before = later.forget_before or self.forget_before


def table_of(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def keyed(table: Table, *columns: str) -> list[ColumnElement[bool]]:
    """`column = :column` for each column, the values given when the statement runs."""
    return [table.c[column] == bindparam(column) for column in columns]


# What a bot reads per update, each statement built once and run with each key's values: building it
# anew every time cost more than running it.
ANSWERS, REPLIES, CONTEXTS = table_of(ChatAnswer), table_of(ChatReply), table_of(ChatContext)
ANSWER_IN_CHAT = select(ANSWERS).where(*keyed(ANSWERS, "id", "chat_id"))
NEWEST_ANSWER = select(ANSWERS).where(*keyed(ANSWERS, "chat_id")).order_by(ANSWERS.c.given_at.desc()).limit(1)
REPLY_IDS = select(REPLIES.c.reply_ids).where(*keyed(REPLIES, "chat_id", "message_id"))
CONTEXT = select(CONTEXTS.c.context).where(*keyed(CONTEXTS, "chat_id", "user_id", "thread_id"))
CLEAR_CONTEXT = delete(CONTEXTS).where(*keyed(CONTEXTS, "chat_id", "user_id", "thread_id"))


def upsert(
    connection: Connection, model: type[SQLModel], rows: list[dict[str, Any]], on_taken: OnTaken
) -> None:
    """Insert rows; where a key is taken, `on_taken` says what happens: "keep" the row there, "replace"
    it, or "add" to its count. Every way but "add", writing the same rows twice changes nothing more.
    One statement for all rows (executemany)."""
    if rows:
        connection.execute(upsert_statement(connection.dialect.name, model, on_taken), rows)


@cache
def upsert_statement(dialect_name: str, model: type[SQLModel], on_taken: OnTaken) -> Executable:
    """The statement `upsert` runs, built once per process: building it (the table's columns copied for
    its `excluded` rows) cost more than running it."""
    from sqlalchemy.dialects import postgresql, sqlite  # the dialects' insert, imported when first written

    table = table_of(model)
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    keys = [column.name for column in table.primary_key.columns]
    statement = dialect.insert(table)
    if on_taken == "keep":
        return statement.on_conflict_do_nothing(index_elements=keys)
    if on_taken == "add":
        changes = {"count": table.c["count"] + statement.excluded["count"]}
    else:
        changes = {
            column.name: statement.excluded[column.name]
            for column in table.columns
            if column.name not in keys
        }
    return statement.on_conflict_do_update(index_elements=keys, set_=changes)


def write_batch(engine: Engine, batch: ChatStateBatch) -> None:
    """Write a batch in one transaction: all of it or, on an error, none of it."""
    now = utc_now()
    with engine.begin() as connection:
        upsert(connection, ChatAnswer, [vars(answer) for answer in batch.answers], "keep")
        upsert(
            connection,
            ChatReply,
            [
                {"chat_id": chat, "message_id": message, "reply_ids": ids, "given_at": now}
                for (chat, message), ids in batch.replies.items()
            ],
            "replace",
        )
        write_contexts(connection, batch.contexts, now)
        upsert(
            connection,
            ChatCounter,
            [{"kind": kind, "name": name, "count": count} for (kind, name), count in batch.counts.items()],
            "add",
        )
        if any(kind == "question" for kind, _name in batch.counts):
            trim_questions(connection)
        if batch.forget_before is not None:
            forget(connection, batch.forget_before)


def write_contexts(
    connection: Connection, contexts: dict[ConversationKey, dict[str, Any] | None], now: datetime
) -> None:
    """Set each conversation's context; None clears it."""
    cleared = [vars(key) for key, context in contexts.items() if context is None]
    if cleared:
        connection.execute(CLEAR_CONTEXT, cleared)
    rows = [
        {**vars(key), "context": context, "given_at": now}
        for key, context in contexts.items()
        if context is not None
    ]
    upsert(connection, ChatContext, rows, "replace")


def trim_questions(connection: Connection) -> None:
    """Keep /stats's question texts bounded: past QUESTIONS_KEPT, only the most asked half stays."""
    table = table_of(ChatCounter)
    kept = select(func.count()).select_from(table).where(table.c.kind == "question")
    if connection.execute(kept).scalar_one() <= QUESTIONS_KEPT:
        return
    most_asked = (
        select(table.c.name)
        .where(table.c.kind == "question")
        .order_by(table.c["count"].desc(), table.c.name)
        .limit(QUESTIONS_KEPT // 2)
    )
    connection.execute(
        delete(table).where(table.c.kind == "question", table.c.name.not_in(most_asked.scalar_subquery()))
    )


def forget(connection: Connection, before: datetime) -> None:
    """Delete answers, reply links and contexts last written before `before`; counters stay."""
    for model in (ChatAnswer, ChatReply, ChatContext):
        table = table_of(model)
        connection.execute(delete(table).where(table.c.given_at < before))


def find_answer(engine: Engine, answer_id: str, chat_id: int) -> KeptAnswer | None:
    """The answer a button names, only if it was given in this chat (a key from elsewhere finds nothing)."""
    return answer_of(engine, ANSWER_IN_CHAT, {"id": answer_id, "chat_id": chat_id})


def last_answer(engine: Engine, chat_id: int) -> KeptAnswer | None:
    """The newest answer given in a chat."""
    return answer_of(engine, NEWEST_ANSWER, {"chat_id": chat_id})


def answer_of(engine: Engine, query: Executable, values: dict[str, Any]) -> KeptAnswer | None:
    with engine.connect() as connection:
        row = connection.execute(query, values).mappings().first()
    return None if row is None else KeptAnswer(**row)


def reply_ids(engine: Engine, chat_id: int, message_id: int) -> list[int] | None:
    """The bot's replies to a person's message, or None when it never answered it."""
    with engine.connect() as connection:
        found = connection.execute(
            REPLY_IDS, {"chat_id": chat_id, "message_id": message_id}
        ).scalar_one_or_none()
    return None if found is None else [int(number) for number in found]


def read_context(engine: Engine, key: ConversationKey) -> dict[str, Any] | None:
    """The context last set for a conversation, or None."""
    with engine.connect() as connection:
        found: dict[str, Any] | None = connection.execute(CONTEXT, vars(key)).scalar_one_or_none()
    return found


def write_context(engine: Engine, key: ConversationKey, context: dict[str, Any] | None) -> None:
    """Set (or, with None, clear) a conversation's context at once, for channels that do not batch."""
    write_batch(engine, ChatStateBatch(contexts={key: context}))


def counter_totals(engine: Engine) -> Counter[tuple[str, str]]:
    """Every /stats counter as written so far, by (kind, name)."""
    table = table_of(ChatCounter)
    with engine.connect() as connection:
        rows = connection.execute(select(table.c.kind, table.c.name, table.c["count"])).all()
    return Counter({(kind, name): int(count) for kind, name, count in rows})

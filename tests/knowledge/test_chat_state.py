"""Chat state in the documents' database, on SQLite and PostgreSQL: answers found only in their own chat,
batches written whole or not at all, counters summed over writers, contexts per conversation, old rows
forgotten, and an existing database gaining the tables when opened."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from knowledge import chat_state
from knowledge.chat_state import (
    ChatStateBatch,
    ConversationKey,
    counter_totals,
    find_answer,
    last_answer,
    read_context,
    reply_ids,
    write_batch,
    write_context,
)
from knowledge.database import open_engine
from knowledge.models import ChatAnswer, utc_now
from knowledge.store import disclosure_count, store_disclosure
from tests.knowledge.test_store import document

CHAT_TABLES = {"chatanswer", "chatreply", "chatcontext", "chatcounter"}
BIG_CHAT = -1001234567890  # supergroup ids need 64 bits


def answer_row(chat_id: int, question: str, **fields: object) -> ChatAnswer:
    return ChatAnswer(
        id=uuid.uuid4().hex,
        chat_id=chat_id,
        user_id=fields.pop("user_id", 7),
        thread_id=0,
        question=question,
        answer={"status": "answered", "answer": question},
        **fields,
    )


def test_an_answer_is_found_by_its_id_only_in_the_chat_it_was_given_in(engine: Engine) -> None:
    mine, theirs = answer_row(BIG_CHAT, "问一"), answer_row(42, "问二")
    write_batch(engine, ChatStateBatch(answers=[mine, theirs]))
    found = find_answer(engine, mine.id, BIG_CHAT)
    assert found is not None and found.question == "问一" and found.answer["answer"] == "问一"
    assert find_answer(engine, mine.id, 42) is None and find_answer(engine, theirs.id, BIG_CHAT) is None
    assert find_answer(engine, uuid.uuid4().hex, BIG_CHAT) is None


def test_the_last_answer_of_a_chat_is_its_newest(engine: Engine) -> None:
    now = utc_now()
    rows = [
        answer_row(1, "旧", given_at=now - timedelta(minutes=2)),
        answer_row(1, "新", given_at=now),
        answer_row(2, "别的聊天", given_at=now + timedelta(minutes=1)),
    ]
    write_batch(engine, ChatStateBatch(answers=rows))
    newest = last_answer(engine, 1)
    assert newest is not None and newest.question == "新"
    assert last_answer(engine, 3) is None


def test_a_batch_is_written_whole_or_not_at_all(engine: Engine) -> None:
    good = answer_row(1, "问")
    broken = ChatStateBatch(answers=[good], replies={(1, 10): [11]}, counts=Counter({("status", None): 1}))  # type: ignore[dict-item]
    with pytest.raises(SQLAlchemyError):
        write_batch(engine, broken)
    assert find_answer(engine, good.id, 1) is None and reply_ids(engine, 1, 10) is None
    assert counter_totals(engine) == Counter()


def test_writing_a_batch_again_keeps_one_of_each_row(engine: Engine) -> None:
    row = answer_row(1, "问")
    batch = ChatStateBatch(answers=[row], replies={(1, 10): [11, 12]})
    write_batch(engine, batch)
    write_batch(engine, batch)  # a retry after a write whose success was not confirmed
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM chatanswer")).scalar_one() == 1
    assert reply_ids(engine, 1, 10) == [11, 12]


def test_a_later_reply_link_replaces_the_earlier_one(engine: Engine) -> None:
    write_batch(engine, ChatStateBatch(replies={(BIG_CHAT, 10): [11, 12]}))
    write_batch(engine, ChatStateBatch(replies={(BIG_CHAT, 10): [11]}))
    assert reply_ids(engine, BIG_CHAT, 10) == [11] and reply_ids(engine, BIG_CHAT, 11) is None


def test_counters_from_several_writers_add_up(database_url: str) -> None:
    first, second = open_engine(database_url), open_engine(database_url)
    try:
        write_batch(
            first, ChatStateBatch(counts=Counter({("status", "answered"): 2, ("item", "零工市场"): 1}))
        )
        write_batch(second, ChatStateBatch(counts=Counter({("status", "answered"): 1})))
        write_batch(first, ChatStateBatch(counts=Counter({("status", "not_found"): 1})))
        assert counter_totals(second) == Counter(
            {("status", "answered"): 3, ("item", "零工市场"): 1, ("status", "not_found"): 1}
        )
    finally:
        first.dispose()
        second.dispose()


def test_question_counters_stay_bounded_keeping_the_most_asked(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chat_state, "QUESTIONS_KEPT", 10)
    write_batch(
        engine, ChatStateBatch(counts=Counter({("question", "常见问题"): 5, ("status", "answered"): 25}))
    )
    write_batch(engine, ChatStateBatch(counts=Counter({("question", f"少见问题{n}"): 1 for n in range(20)})))
    totals = counter_totals(engine)
    questions = {name: count for (kind, name), count in totals.items() if kind == "question"}
    assert len(questions) <= 10 and questions["常见问题"] == 5
    assert totals["status", "answered"] == 25


def test_each_conversation_has_its_own_context_set_replaced_and_cleared(engine: Engine) -> None:
    alice, bob = ConversationKey(BIG_CHAT, 1), ConversationKey(BIG_CHAT, 2)
    topic = ConversationKey(BIG_CHAT, 1, thread_id=5)
    write_context(engine, alice, {"unit": "人社局", "year": 2024})
    write_context(engine, bob, {"unit": "教育局"})
    write_context(engine, topic, {"unit": "财政局"})
    write_context(engine, alice, {"unit": "人社局", "year": 2023})
    assert read_context(engine, alice) == {"unit": "人社局", "year": 2023}
    assert read_context(engine, bob) == {"unit": "教育局"} and read_context(engine, topic) == {
        "unit": "财政局"
    }
    write_context(engine, alice, None)
    assert read_context(engine, alice) is None and read_context(engine, bob) == {"unit": "教育局"}
    assert read_context(engine, ConversationKey(42, 1)) is None


def test_old_answers_replies_and_contexts_are_forgotten_and_counters_kept(engine: Engine) -> None:
    old, recent = utc_now() - timedelta(days=40), utc_now()
    old_answer, recent_answer = answer_row(1, "旧", given_at=old), answer_row(1, "新", given_at=recent)
    write_batch(
        engine, ChatStateBatch(answers=[old_answer, recent_answer], counts=Counter({("status", "x"): 1}))
    )
    write_batch(engine, ChatStateBatch(replies={(1, 10): [11]}, contexts={ConversationKey(1, 1): {"a": 1}}))
    write_batch(engine, ChatStateBatch(forget_before=utc_now() - timedelta(days=30)))
    assert find_answer(engine, old_answer.id, 1) is None and find_answer(engine, recent_answer.id, 1)
    assert reply_ids(engine, 1, 10) == [11] and read_context(engine, ConversationKey(1, 1)) == {"a": 1}
    write_batch(engine, ChatStateBatch(forget_before=utc_now() + timedelta(seconds=1)))
    assert last_answer(engine, 1) is None and reply_ids(engine, 1, 10) is None
    assert read_context(engine, ConversationKey(1, 1)) is None
    assert counter_totals(engine) == Counter({("status", "x"): 1})


def test_a_database_made_before_chat_state_gains_its_tables_on_open_keeping_its_documents(
    database_url: str,
) -> None:
    engine = open_engine(database_url)
    store_disclosure(engine, document("a" * 64))
    with engine.begin() as connection:
        for name in CHAT_TABLES:
            connection.execute(text(f'DROP TABLE "{name}"'))
    engine.dispose()
    reopened = open_engine(database_url)
    try:
        assert set(inspect(reopened).get_table_names()) >= CHAT_TABLES
        assert disclosure_count(reopened) == 1
        write_batch(reopened, ChatStateBatch(answers=[answer_row(1, "问")]))
        assert last_answer(reopened, 1) is not None
    finally:
        reopened.dispose()

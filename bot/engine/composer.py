"""The one entry point every channel calls: a question in, an Answer with sourced facts out.

Built once per process: it reads the list of loaded documents into an index and warms jieba.
Each question is matched (bot.engine.matcher) and the reply worded per document (bot.compose_*); when
several documents answer, each is shown and the person is asked which was meant.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from sqlalchemy import Engine

from bot.engine.answers import Answer, Choice, Status
from bot.engine.compose_amounts import AMOUNT_COMPOSERS, compose_overview
from bot.engine.compose_compare import compose_comparison, compose_document_rank
from bot.engine.compose_lists import (
    compose_code,
    compose_count_rows,
    compose_filter,
    compose_indicator,
    compose_list,
    compose_main_uses,
    compose_rank,
    compose_target,
    compose_target_list,
)
from bot.engine.compose_narrative import (
    compose_change,
    compose_computed_share,
    compose_count,
    compose_define,
    compose_fact,
    compose_share,
    compose_table_change,
)
from bot.engine.entries import DocumentEntry
from bot.engine.followup import Context, read_in_context
from bot.engine.index import Index
from bot.engine.matcher import read_question
from bot.engine.question import add_words, initialize_segmenter
from bot.engine.reading import DocumentReading, Reading, ReadingKind
from knowledge.settings import MatcherSettings, load_settings

MAX_PENDING_CHOICES = 4096
MAX_CHOICES = 10
MAX_KEY_LENGTH = 20
BRIEF_OVER = 2
EMPTY_QUESTION = "请输入一个关于预算或决算的问题，例如“三公经费是多少”。"
SAMPLE_NOTE = "（以上内容来自内置的示例文档{labels}，仅供试用。）"
# Each kind of document reading → the function that words it.
COMPOSERS: dict[ReadingKind, Callable[[Reading, DocumentReading], Answer]] = {
    **AMOUNT_COMPOSERS,
    ReadingKind.OVERVIEW: compose_overview,
    ReadingKind.DEFINE: compose_define,
    ReadingKind.TARGET: compose_target,
    ReadingKind.INDICATOR: compose_indicator,
    ReadingKind.TARGET_LIST: compose_target_list,
    ReadingKind.COUNT: compose_count,
    ReadingKind.FACT: compose_fact,
    ReadingKind.CHANGE: compose_change,
    ReadingKind.TABLE_CHANGE: compose_table_change,
    ReadingKind.SHARE: compose_share,
    ReadingKind.COMPUTED_SHARE: compose_computed_share,
    ReadingKind.RANK: compose_rank,
    ReadingKind.LIST: compose_list,
    ReadingKind.FILTER: compose_filter,
    ReadingKind.MAIN_USES: compose_main_uses,
    ReadingKind.CODE: compose_code,
    ReadingKind.COUNT_ROWS: compose_count_rows,
}


class Composer:
    """Answers questions from the records of one database; built once per process."""

    def __init__(self, engine: Engine, settings: MatcherSettings | None = None) -> None:
        initialize_segmenter()
        self.settings = settings or load_settings().matcher
        self.index = Index(engine, learn=add_words)
        self.pending: OrderedDict[str, str] = OrderedDict()
        self.counter = 0

    def reload(self) -> None:
        """Re-read the database after a load."""
        self.index.reload()

    def answer(self, question: str) -> Answer:
        """Answer a question in everyday Chinese from the loaded records."""
        if not question.strip():
            return Answer("not_found", EMPTY_QUESTION, intent="empty")
        reading = read_question(question.strip(), self.index, self.settings)
        return self.with_sample_note(self.keyed(self.compose(reading)))

    def answer_in_context(self, question: str, context: Context | None) -> tuple[Answer, Context | None]:
        """Answer a question of a conversation: a follow-up (那去年呢) is read against `context` and the
        answer says how it was understood; returns the context for the next question."""
        if not question.strip():
            return self.answer(question), context
        followed = read_in_context(question.strip(), context, self.index, self.settings)
        reading = followed.reading
        if followed.loaded:
            text = f"没有找到{reading.missing}，所以无法回答。{followed.loaded}"
            answer = Answer("not_found", text, intent=reading.kind.intent)
        else:
            answer = self.with_sample_note(self.keyed(self.compose(reading)))
        if followed.understood:
            answer.text = f"按“{followed.understood}”理解：\n{answer.text}"
        return answer, followed.context

    def with_sample_note(self, answer: Answer) -> Answer:
        """An answer read from the bundled example document says so."""
        samples = [head.label for head in self.index.heads if head.is_sample]
        used = [label for label in samples if any(label in fact.source.document for fact in answer.facts)]
        if used:
            answer.text += "\n" + SAMPLE_NOTE.format(labels="、".join(f"《{label}》" for label in used))
        return answer

    def keyed(self, answer: Answer) -> Answer:
        """Readings proposed without a key (rows within one document) get one, so they can be chosen."""
        answer.choices = [
            choice
            if choice.key
            else Choice(self.choice_key(choice.question, "r"), choice.label, choice.question)
            for choice in answer.choices
        ]
        return answer

    def define(self, term: str) -> Answer:
        """名词解释: the meaning of a term, or the closest term the documents explain."""
        return self.answer(f"什么是{term.strip()}")

    def choose(self, key: str) -> Answer:
        """Answer the reading behind a Choice.key of an earlier ambiguous answer."""
        question = self.pending.get(key)
        if question is None:
            return Answer("not_found", "这个选项已过期，请重新提问。", intent="choose")
        return self.answer(question)

    def compose(self, reading: Reading) -> Answer:
        """Word the matcher's reading: what is not loaded, a choice to make, or each document's answer."""
        kind = reading.kind
        if kind == ReadingKind.NOT_LOADED:
            return self.not_loaded(reading)
        if kind == ReadingKind.CHOOSE_DOCUMENT:
            return self.ask_which(reading, list(reading.documents))
        if kind == ReadingKind.CHOOSE_UNIT:
            return self.ask_which_unit(reading)
        if kind == ReadingKind.CHOOSE_ITEM:
            return self.ask_which_item(reading)
        if kind == ReadingKind.EACH:
            return self.each(reading)
        if kind in (ReadingKind.COMPARE, ReadingKind.RANK_DOCUMENTS):
            compared = (
                compose_comparison(reading) if kind == ReadingKind.COMPARE else compose_document_rank(reading)
            )
            return compared or self.nothing_found(reading)
        answer = self.nothing_found(reading) if kind == ReadingKind.NOT_FOUND else self.compose_each(reading)
        return answer if reading.year_not_loaded is None else self.one_year_only(reading, answer)

    def each(self, reading: Reading) -> Answer:
        """Several items asked at once: each item's answer in turn, with all their facts."""
        answers = [self.compose(item) for item in reading.items]
        found = [answer for answer in answers if answer.status != "not_found"]
        status: Status = "not_found"
        if found:
            status = "answered" if all(answer.status == "answered" for answer in found) else "ambiguous"
        text = "\n\n".join(f"{number}. {answer.text}" for number, answer in enumerate(answers, 1))
        facts = [fact for answer in answers for fact in answer.facts]
        choices = [choice for answer in answers for choice in answer.choices]
        return Answer(status, text, facts, choices, intent=reading.kind.intent)

    def compose_each(self, reading: Reading) -> Answer:
        """Each answering document's reply: one alone, several side by side asking which was meant."""
        answers = [(part, COMPOSERS[part.kind](reading, part)) for part in reading.parts]
        if len(answers) == 1:
            part, answer = answers[0]
            if len(self.index.heads) > 1 and not reading.unit_named:
                answer.text = f"【{part.document.head.label}】\n{answer.text}"
            return answer
        return self.several(reading, answers)

    def choice_key(self, question: str, tag: str) -> str:
        """A short ASCII key for a reading, remembered (a bounded number) until it is chosen."""
        self.counter += 1
        key = f"q{self.counter % 10**8}{tag}"[:MAX_KEY_LENGTH]
        self.pending[key] = question
        while len(self.pending) > MAX_PENDING_CHOICES:
            self.pending.popitem(last=False)
        return key

    def choices(self, reading: Reading, heads: list[DocumentEntry]) -> list[Choice]:
        return [
            Choice(
                self.choice_key(
                    f"{head.unit_name}{head.year}年{head.scope}{head.kind} {reading.question}",
                    f"d{head.id}",
                ),
                head.label,
                f"{head.label} {reading.question}",
            )
            for head in heads[:MAX_CHOICES]
        ]

    def ask_which_unit(self, reading: Reading) -> Answer:
        """A name in a comparison fits several units (财政局): ask which, each choice a full question."""
        readings = reading.choices[:MAX_CHOICES]
        units = "、".join(unit for unit, _question in readings)
        text = f"问题中的单位可以指：{units}。请说明比较的是哪一个。"
        choices = [
            Choice(self.choice_key(question, f"u{number}"), unit, question)
            for number, (unit, question) in enumerate(readings, 1)
        ]
        return Answer("ambiguous", text, choices=choices, intent="compare")

    def ask_which_item(self, reading: Reading) -> Answer:
        """A follow-up asks of "it" after an answer about several items: ask which, each a full question."""
        items = "、".join(item for item, _question in reading.choices)
        text = f"上一个回答涉及{items}，请说明问的是哪一项。"
        choices = [Choice("", item, question) for item, question in reading.choices[:MAX_CHOICES]]
        return Answer("ambiguous", text, choices=choices, intent="choose_item")

    def one_year_only(self, reading: Reading, answer: Answer) -> Answer:
        """The year compared against is not loaded: say which years are; the narrative's 比上年 may answer."""
        fallback = reading.year_not_loaded
        assert fallback is not None
        loaded = "、".join(f"{year}年" for year in fallback.years)
        units = "、".join(fallback.units) or "这些单位"
        note = f"没有载入{fallback.missing}（{units}已载入：{loaded}），无法用两年的表格相减。"
        kinds = {part.kind for part in reading.parts}
        if ReadingKind.TABLE_CHANGE in kinds:
            return answer
        narrative = bool(kinds) and reading.parts[0].kind in (ReadingKind.CHANGE, ReadingKind.FACT)
        if not fallback.narrative_may_answer or not narrative:
            return Answer("not_found", note, intent="compare")
        answer.text = f"{note}以下是文件说明中与上年的比较：\n{answer.text}"
        return answer

    def ask_which(self, reading: Reading, heads: list[DocumentEntry]) -> Answer:
        listed = "、".join(head.label for head in heads[:MAX_CHOICES])
        more = f"等 {len(heads)} 份" if len(heads) > MAX_CHOICES else ""
        text = f"已载入多份文档（{listed}{more}），请说明是哪个单位、哪一年的预算或决算。"
        return Answer("ambiguous", text, choices=self.choices(reading, heads), intent="choose_document")

    def several(self, reading: Reading, answers: list[tuple[DocumentReading, Answer]]) -> Answer:
        """Several documents answer: a meaning they all give alike once, else each, asking which was meant."""
        texts = {answer.text.split("\n来源")[0] for _part, answer in answers}
        if len(texts) == 1 and answers[0][0].kind == ReadingKind.DEFINE:
            _part, answer = answers[0]
            others = "、".join(part.document.head.label for part, _answer in answers[1:])
            answer.text += f"\n（{others}中的说明相同。）"
            return answer
        brief = len(answers) > BRIEF_OVER
        shown = [
            f"【{part.document.head.label}】"
            + ("" if brief else "\n")
            + (answer.text.split("\n")[0] if brief else answer.text)
            for part, answer in answers
        ]
        text = "以下几份文档都有相关内容，请说明问的是哪一份：\n" + ("\n" if brief else "\n\n").join(shown)
        facts = [fact for _part, answer in answers for fact in answer.facts]
        heads = [part.document.head for part, _answer in answers]
        return Answer("ambiguous", text, facts, self.choices(reading, heads), intent=answers[0][1].intent)

    def loaded_list(self) -> str:
        labels = [head.label for head in self.index.heads[:MAX_CHOICES]]
        more = f"等 {len(self.index.heads)} 份" if len(self.index.heads) > MAX_CHOICES else ""
        return "、".join(labels) + more if labels else "（还没有载入任何文档）"

    def not_loaded(self, reading: Reading) -> Answer:
        missing = reading.missing or "相关文档"
        text = f"没有找到{missing}，所以无法回答。已载入的文档：{self.loaded_list()}。"
        return Answer("not_found", text, intent="not_loaded")

    def nothing_found(self, reading: Reading) -> Answer:
        documents = "、".join(head.label for head in reading.documents) or self.loaded_list()
        text = f"在{documents}中没有找到“{reading.subject or reading.question}”。"
        mentioned = [(part, sentence) for part in reading.parts for sentence in part.sentences]
        if mentioned:
            text += "文件只在以下地方提到，但没有写明所问的数字：\n" + "\n".join(
                f"「{sentence.section}」：{sentence.text}（{part.document.head.label}）"
                for part, sentence in mentioned
            )
        elif reading.nearest:
            text += "最接近的条目是：" + "、".join(reading.nearest) + "（都不是所问内容，未给出数字）。"
        return Answer("not_found", text, intent="not_found")

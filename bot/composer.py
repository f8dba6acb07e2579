"""The one entry point every channel calls: a question in, an Answer with sourced facts out.

Built once per process: it reads the list of loaded documents into an index and warms jieba.
Each question is matched (bot.matcher) and the reply worded per document (bot.compose_*); when
several documents answer, each is shown and the person is asked which was meant.
"""

from __future__ import annotations

from collections import OrderedDict

from sqlalchemy import Engine

from bot.answers import Answer, Choice
from bot.compose_amounts import compose_amount, compose_overview
from bot.compose_lists import compose_list, compose_rank, compose_target, compose_target_list
from bot.compose_narrative import (
    compose_change,
    compose_count,
    compose_define,
    compose_fact,
    compose_indicator,
    compose_share,
)
from bot.index import DocumentEntry, DocumentIndex, Index, IndicatorEntry, TargetEntry
from bot.matcher import Intent, Match, amount_matches, match_intent, sentence_matches, sort_matches
from bot.question import add_words, initialize_segmenter
from bot.replies import plain_label
from knowledge.settings import MatcherSettings, load_settings

MAX_PENDING_CHOICES = 4096
MAX_CHOICES = 10
DOCUMENT_MARGIN = 10.0
BRIEF_OVER = 2
EMPTY_QUESTION = "请输入一个关于预算或决算的问题，例如“三公经费是多少”。"


class Composer:
    """Answers questions from the records of one database; built once per process."""

    def __init__(self, engine: Engine, settings: MatcherSettings | None = None) -> None:
        initialize_segmenter()
        self.settings = settings or load_settings().matcher
        self.index = Index(engine, learn=add_words)
        self.pending: OrderedDict[str, tuple[str, int]] = OrderedDict()
        self.counter = 0

    def reload(self) -> None:
        """Re-read the database after a load."""
        self.index.reload()

    def answer(self, question: str) -> Answer:
        """Answer a question in everyday Chinese from the loaded records."""
        if not question.strip():
            return Answer("not_found", EMPTY_QUESTION, intent="empty")
        intent = match_intent(question.strip(), self.index, self.settings)
        return self.compose(intent)

    def define(self, term: str) -> Answer:
        """名词解释: the meaning of a term, or the closest term the documents explain."""
        return self.answer(f"什么是{term.strip()}")

    def choose(self, key: str) -> Answer:
        """Answer the reading behind a Choice.key of an earlier ambiguous answer."""
        pending = self.pending.get(key)
        if pending is None:
            return Answer("not_found", "这个选项已过期，请重新提问。", intent="choose")
        question, document_id = pending
        heads = [head for head in self.index.heads if head.id == document_id]
        if not heads:
            return Answer("not_found", "这份文档已不在库中，请重新提问。", intent="choose")
        intent = match_intent(
            f"{heads[0].unit_name}{heads[0].year}年{heads[0].kind} {question}", self.index, self.settings
        )
        return self.compose(intent)

    def compose(self, intent: Intent) -> Answer:
        if intent.kind == "not_found" and not intent.documents:
            return self.not_loaded(intent)
        if intent.kind == "choose_document":
            return self.ask_which(intent, intent.selection.heads)
        answers = []
        for document in self.relevant_documents(intent):
            answer = self.compose_for(intent, document)
            if answer is not None and answer.status == "answered":
                answers.append((document, answer))
        if not answers:
            return self.nothing_found(intent)
        if len(answers) == 1:
            document, answer = answers[0]
            if len(self.index.heads) > 1 and not intent.selection.unit_named:
                answer.text = f"【{document.head.label}】\n{answer.text}"
            return answer
        return self.several(intent, answers)

    def relevant_documents(self, intent: Intent) -> list[DocumentIndex]:
        """The documents whose records fit well enough; with several loaded, those close to the best."""
        if len(intent.documents) <= 1 or not intent.matches:
            return intent.documents
        best: dict[int, float] = {}
        for match in intent.matches:
            best[match.document.head.id] = max(best.get(match.document.head.id, 0.0), match.score)
        top = max(best.values())
        keep = [
            d
            for d in intent.documents
            if best.get(d.head.id, 0.0) >= max(self.settings.min_score, top - DOCUMENT_MARGIN)
        ]
        return keep or intent.documents

    def compose_for(self, intent: Intent, document: DocumentIndex) -> Answer | None:
        """The reply from one document, or None when the document holds nothing that fits."""
        matches = [m for m in intent.matches if m.document is document]
        kind = intent.kind
        if kind == "define" and matches:
            return compose_define(intent, document, matches)
        if kind == "target" and matches:
            item = matches[0].item
            if isinstance(item, TargetEntry):
                return compose_target(intent, document, item)
            if isinstance(item, IndicatorEntry):
                return compose_indicator(intent, document, item)
        if kind == "target_list":
            return compose_target_list(document)
        if kind == "count" and matches:
            return compose_count(intent, matches)
        score = intent.scorer
        if score is not None:
            special = {
                "share": lambda: compose_share(intent, document),
                "change": lambda: compose_change(intent, document, score),
                "rank": lambda: compose_rank(intent, document, score),
                "list": lambda: compose_list(intent, document, score),
            }
            if kind in special and (answer := special[kind]()) is not None:
                return answer
        if kind == "fact" and matches:
            return compose_fact(intent, document, matches)
        if kind == "overview":
            return compose_overview(intent, document)
        return self.fallback(intent, document, matches if kind == "amount" else [])

    def fallback(self, intent: Intent, document: DocumentIndex, matches: list[Match]) -> Answer | None:
        """An amount when one fits, else the sentence of the narrative that fits best."""
        score = intent.scorer
        if not matches and score is not None:
            matches = sort_matches(amount_matches(document, score, intent.question, intent.columns))
        if matches and matches[0].score >= self.settings.min_score:
            return compose_amount(intent, document, matches)
        if score is not None:
            sentences = sentence_matches(document, intent.variants)
            if sentences and sentences[0].score >= self.settings.min_score:
                return compose_fact(intent, document, sentences)
        return None

    def choice_key(self, question: str, document_id: int) -> str:
        self.counter += 1
        key = f"q{self.counter % 10**8}d{document_id}"
        self.pending[key] = (question, document_id)
        while len(self.pending) > MAX_PENDING_CHOICES:
            self.pending.popitem(last=False)
        return key

    def choices(self, intent: Intent, heads: list[DocumentEntry]) -> list[Choice]:
        return [
            Choice(
                self.choice_key(intent.question.raw, head.id),
                head.label,
                f"{head.label} {intent.question.raw}",
            )
            for head in heads[:MAX_CHOICES]
        ]

    def ask_which(self, intent: Intent, heads: list[DocumentEntry]) -> Answer:
        listed = "、".join(head.label for head in heads[:MAX_CHOICES])
        more = f"等 {len(heads)} 份" if len(heads) > MAX_CHOICES else ""
        text = f"已载入多份文档（{listed}{more}），请说明是哪个单位、哪一年的预算或决算。"
        return Answer("ambiguous", text, choices=self.choices(intent, heads), intent="choose_document")

    def several(self, intent: Intent, answers: list[tuple[DocumentIndex, Answer]]) -> Answer:
        """Several documents answer: a meaning they all give alike once, else each, asking which was meant."""
        texts = {answer.text.split("\n来源")[0] for _document, answer in answers}
        if len(texts) == 1 and answers[0][1].intent == "define":
            document, answer = answers[0]
            others = "、".join(d.head.label for d, _answer in answers[1:])
            answer.text += f"\n（{others}中的说明相同。）"
            return answer
        brief = len(answers) > BRIEF_OVER
        parts = [
            f"【{document.head.label}】"
            + ("" if brief else "\n")
            + (answer.text.split("\n")[0] if brief else answer.text)
            for document, answer in answers
        ]
        text = "以下几份文档都有相关内容，请说明问的是哪一份：\n" + ("\n" if brief else "\n\n").join(parts)
        facts = [fact for _document, answer in answers for fact in answer.facts]
        heads = [document.head for document, _answer in answers]
        return Answer("ambiguous", text, facts, self.choices(intent, heads), intent=answers[0][1].intent)

    def loaded_list(self) -> str:
        labels = [head.label for head in self.index.heads[:MAX_CHOICES]]
        more = f"等 {len(self.index.heads)} 份" if len(self.index.heads) > MAX_CHOICES else ""
        return "、".join(labels) + more if labels else "（还没有载入任何文档）"

    def not_loaded(self, intent: Intent) -> Answer:
        missing = intent.selection.missing or "相关文档"
        text = f"没有找到{missing}，所以无法回答。已载入的文档：{self.loaded_list()}。"
        return Answer("not_found", text, intent="not_loaded")

    def nothing_found(self, intent: Intent) -> Answer:
        asked = intent.subject or intent.question.text
        nearest = []
        for match in intent.matches:
            name = nearest_name(match)
            if name and name not in nearest:
                nearest.append(name)
        documents = "、".join(d.head.label for d in intent.documents) or self.loaded_list()
        text = f"在{documents}中没有找到“{asked}”。"
        if nearest:
            text += (
                "最接近的条目是："
                + "、".join(nearest[: self.settings.max_candidates])
                + "（都不是所问内容，未给出数字）。"
            )
        return Answer("not_found", text, intent=intent.kind)


def nearest_name(match: Match) -> str:
    item = match.item
    for attribute in ("label", "project", "term", "subject", "title"):
        value = getattr(item, attribute, "")
        if value:
            return plain_label(value)
    cell = getattr(item, "cell", None)
    return cell.leaf if cell is not None else ""

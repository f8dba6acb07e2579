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
from bot.compose_compare import compose_comparison, compose_document_rank
from bot.compose_lists import compose_filter, compose_list, compose_rank, compose_target, compose_target_list
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
MAX_KEY_LENGTH = 20
DOCUMENT_MARGIN = 10.0
BRIEF_OVER = 2
EMPTY_QUESTION = "请输入一个关于预算或决算的问题，例如“三公经费是多少”。"
SAMPLE_NOTE = "（以上内容来自内置的示例文档{labels}，仅供试用。）"


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
        intent = match_intent(question.strip(), self.index, self.settings)
        return self.with_sample_note(self.keyed(self.compose(intent)))

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

    def compose(self, intent: Intent) -> Answer:
        if intent.kind == "not_found" and not intent.documents:
            return self.not_loaded(intent)
        if intent.kind == "choose_document":
            return self.ask_which(intent, intent.selection.heads)
        if intent.kind == "choose_comparison":
            return self.ask_which_unit(intent)
        if intent.kind in ("compare", "rank_documents"):
            compared = (
                compose_comparison(intent, intent.documents)
                if intent.kind == "compare"
                else compose_document_rank(intent)
            )
            return compared or self.nothing_found(intent)
        comparison = intent.comparison
        if comparison is not None and comparison.fallback:
            return self.one_year_only(intent, self.compose_each(intent))
        return self.compose_each(intent)

    def compose_each(self, intent: Intent) -> Answer:
        """Each relevant document's reply: one alone, several side by side asking which was meant."""
        answers = []
        for document in self.relevant_documents(intent):
            answer = self.compose_for(intent, document)
            if answer is not None and answer.status != "not_found":
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
                "filter": lambda: compose_filter(intent, document, score),
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

    def choice_key(self, question: str, tag: str) -> str:
        """A short ASCII key for a reading, remembered (a bounded number) until it is chosen."""
        self.counter += 1
        key = f"q{self.counter % 10**8}{tag}"[:MAX_KEY_LENGTH]
        self.pending[key] = question
        while len(self.pending) > MAX_PENDING_CHOICES:
            self.pending.popitem(last=False)
        return key

    def choices(self, intent: Intent, heads: list[DocumentEntry]) -> list[Choice]:
        return [
            Choice(
                self.choice_key(
                    f"{head.unit_name}{head.year}年{head.scope}{head.kind} {intent.question.raw}",
                    f"d{head.id}",
                ),
                head.label,
                f"{head.label} {intent.question.raw}",
            )
            for head in heads[:MAX_CHOICES]
        ]

    def ask_which_unit(self, intent: Intent) -> Answer:
        """A name in a comparison fits several units (财政局): ask which, each choice a full question."""
        assert intent.comparison is not None
        readings = intent.comparison.choices[:MAX_CHOICES]
        units = "、".join(unit for unit, _question in readings)
        text = f"问题中的单位可以指：{units}。请说明比较的是哪一个。"
        choices = [
            Choice(self.choice_key(question, f"u{number}"), unit, question)
            for number, (unit, question) in enumerate(readings, 1)
        ]
        return Answer("ambiguous", text, choices=choices, intent="compare")

    def one_year_only(self, intent: Intent, answer: Answer) -> Answer:
        """The year compared against is not loaded: say which years are; the narrative's 比上年 may answer."""
        comparison = intent.comparison
        assert comparison is not None
        units = list(dict.fromkeys(head.unit_name for head in intent.selection.heads))
        years = sorted({h.year for h in self.index.heads if h.unit_name in units})
        loaded = "、".join(f"{year}年" for year in years)
        note = f"没有载入{comparison.missing}（{'、'.join(units) or '这些单位'}已载入：{loaded}），无法用两年的表格相减。"
        focus_years = {head.year for head in intent.selection.heads}
        previous = comparison.base_year is None or comparison.base_year + 1 in focus_years
        if answer.status == "not_found" or not previous or answer.intent not in ("change", "fact"):
            return Answer("not_found", note, intent="compare")
        answer.text = f"{note}以下是文件说明中与上年的比较：\n{answer.text}"
        return answer

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

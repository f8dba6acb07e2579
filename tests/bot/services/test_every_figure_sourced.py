"""No figure without a source: every amount, share or count an answer prints is one of its facts, that
fact's source is complete (document + table + row + column, or document + section + page or line for a
narrative clause; a sum or a share names every figure it is worked from), and the answer's text says
that source beside the figure, in the line itself or in its paragraph's 来源 line.

Every question of the held-out sets (bench/questions) and of the eval sets beside the project goes
through the answer service the channels call, over the sample alone and over the sample with the corpus.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.engine.answers import Answer, Fact, Source
from bot.engine.replies import plain_label
from bot.services.answering import AnswerService
from knowledge.text import PRINTED_FIGURE, figure_value, normalize, replace_numerals
from tests.paths import TESTS

pytestmark = pytest.mark.slow

QUESTIONS = TESTS.parent / "bench" / "questions"
EVAL = next(
    (folder / "shared" / "eval" for folder in TESTS.parents if (folder / "shared" / "eval").is_dir()), None
)
SAMPLE_SETS = (
    "sample.jsonl",
    "phrasings-sample.jsonl",
    "wordings6-sample.jsonl",
    "wordings7-sample.jsonl",
    "wordings8-sample.jsonl",
    "wordings9-sample.jsonl",
    "wordings10-sample.jsonl",
    "wordings11-sample.jsonl",
    "wordings12-sample.jsonl",
    "wordings13-sample.jsonl",
    "wordings14-sample.jsonl",
    "wordings15-sample.jsonl",
    "wordings16-sample.jsonl",
    "wordings17-sample.jsonl",
    "wordings18-sample.jsonl",
    "wordings19-sample.jsonl",
    "wordings20-sample.jsonl",
    "wordings21-sample.jsonl",
    "wordings22-sample.jsonl",
    "wordings23-sample.jsonl",
    "wordings24-sample.jsonl",
    "wordings25-sample.jsonl",
    "wordings26-sample.jsonl",
    "wordings27-sample.jsonl",
    "wordings28-sample.jsonl",
    "wordings29-sample.jsonl",
    "wordings30-sample.jsonl",
    "wordings31-sample.jsonl",
    "wordings32-sample.jsonl",
    "wordings33-sample.jsonl",
    "wordings34-sample.jsonl",
    "wordings35-sample.jsonl",
    "wordings36-sample.jsonl",
    "wordings37-sample.jsonl",
    "wordings48-sample.jsonl",
    "wordings49-sample.jsonl",
    "wordings50-sample.jsonl",
    "wordings51-sample.jsonl",
    "wordings52-sample.jsonl",
    "wordings53-sample.jsonl",
    "wordings54-sample.jsonl",
    "wordings55-sample.jsonl",
)
CORPUS_SETS = (
    "corpus.jsonl",
    "phrasings.jsonl",
    "wordings6.jsonl",
    "wordings7.jsonl",
    "wordings8.jsonl",
    "wordings9.jsonl",
    "wordings10.jsonl",
    "wordings11.jsonl",
    "wordings12.jsonl",
    "wordings13.jsonl",
    "wordings14.jsonl",
    "wordings15.jsonl",
    "wordings16.jsonl",
    "wordings17.jsonl",
    "wordings18.jsonl",
    "wordings19.jsonl",
    "wordings20.jsonl",
    "wordings21.jsonl",
    "wordings22.jsonl",
    "wordings23.jsonl",
    "wordings24.jsonl",
    "wordings25.jsonl",
    "wordings26.jsonl",
    "wordings27.jsonl",
    "wordings28.jsonl",
    "wordings29.jsonl",
    "wordings30.jsonl",
    "wordings31.jsonl",
    "wordings32.jsonl",
    "wordings33.jsonl",
    "wordings34.jsonl",
    "wordings35.jsonl",
    "wordings36.jsonl",
    "wordings37.jsonl",
    "wordings48.jsonl",
    "wordings49.jsonl",
    "wordings50.jsonl",
    "wordings51.jsonl",
    "wordings52.jsonl",
    "wordings53.jsonl",
    "wordings54.jsonl",
    "wordings55.jsonl",
)
FIGURE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(亿元|万元|千元|元|%|人|辆)")
"""An amount, a share or a count of people or cars as answers print them (57.60 万元, 7666.68万元, 3.61%)."""
CONVERTED = ("约 ", "约", "× ", "= ")
"""Before a figure: a conversion of the figure before it (约 738.02 万元, = 29,462,500.00 元), a formula's
100% or its result, which the answer states with its source elsewhere."""
EMPTY_TABLE = "本表无数据"
SUBTOTALS = ("小计", "合计")
QUOTE = re.compile(r"“.*”")
PLACED = re.compile(r"「[^」]+」第\d+[页行]：“")
"""A clause quoted where it stands (「section」第5页：“…”): a not-found answer's mention of the item, whose
figures are the document's words, not an answer, and carry no fact."""


def questions(*names: str, folder: Path = QUESTIONS) -> list[str]:
    found = []
    for name in names:
        path = folder / name
        if path.is_file():
            found += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return found


def eval_questions(name: str) -> list[str]:
    return questions(name, folder=EVAL) if EVAL is not None else []


@dataclass(frozen=True)
class Unsourced:
    line: str
    figure: str
    reason: str

    def __str__(self) -> str:
        return f"{self.figure}: {self.reason}\n    in: {self.line}"


def complete(source: Source) -> bool:
    """Document, table, (row,) column; or document, section and page or line; or, worked out, each of
    the figures it is worked from. A table of one unlabelled row places its figures by their column."""
    if source.inputs:
        return bool(source.document) and all(complete(part) for part in source.inputs)
    tabular = bool(source.table or source.title) and bool(source.column)
    return bool(source.document) and (tabular or narrative(source))


def narrative(source: Source) -> bool:
    """A clause of the narrative, placed by its section (or part) and page or line."""
    placed = bool(source.section or source.title) and bool(source.page or source.line)
    return not (source.table or source.row or source.column) and placed


def empty_table(fact: Fact) -> bool:
    """A table the document prints as 本表无数据: its 0 is the table's, with no row or column to name."""
    return fact.text == EMPTY_TABLE and bool(fact.source.table or fact.source.title)


def said(source: Source, scope: str, paragraph: str) -> bool:
    """The text around a figure names its source: table, row and column, or section and page; a figure
    worked out, the source of each figure it is worked from, in its paragraph."""
    if source.inputs:
        return all(said(part, paragraph, paragraph) for part in source.inputs)
    if narrative(source):
        place = f"第{source.page}页" if source.page else f"第{source.line}行"
        return (source.section or source.title) in scope and place in scope
    table = bool(source.table and source.table in scope) or bool(source.title and source.title in scope)
    row = not source.row or all(part in scope or plain_label(part) in scope for part in source.row.split("·"))
    return table and row and any(name in scope for name in column_names(source.column))


def column_names(column: str) -> set[str]:
    """How a text may name a column: its path, its last heading, or, for a group's 小计, the group."""
    path = column.split("/")
    names = {column, path[-1]}
    if len(path) > 1 and path[-1] in SUBTOTALS:
        names.add(path[-2])
    return names


def same_figure(fact: Fact, value: Decimal, unit: str, printed: str) -> bool:
    """The fact is this figure, or states it in its text (a 绩效指标's 指标值 ≥98%)."""
    if fact.value is None:
        return printed in fact.text
    same_unit = fact.unit == unit or fact.unit.startswith(unit)
    return same_unit and fact.value in (value, -value)


def asked_figures(question: str) -> set[Decimal]:
    """The numbers the question itself gives (超过一百万元的项目): the person's, not the document's."""
    return {
        figure_value(match.group(0).rstrip("%"))
        for match in PRINTED_FIGURE.finditer(replace_numerals(normalize(question)))
    }


def paragraphs(text: str) -> Iterator[list[str]]:
    """The answer's paragraphs: blank lines and 【document】 headings start a new one."""
    paragraph: list[str] = []
    for line in text.split("\n"):
        if (not line.strip() or line.startswith("【")) and paragraph:
            yield paragraph
            paragraph = []
        if line.strip():
            paragraph.append(line)
    if paragraph:
        yield paragraph


def unsourced(question: str, answer: Answer) -> list[Unsourced]:
    """Each figure of the text that is no fact, a fact without a complete source, or not said where."""
    found = []
    given = asked_figures(question)
    for paragraph in paragraphs(answer.text):
        heading = paragraph[0] if paragraph[0].startswith("【") else ""
        sources = [line for line in paragraph if line.strip().startswith("来源：")]
        for line in paragraph:
            scope = "\n".join([heading, line, *sources])
            quoted = [match.span() for match in QUOTE.finditer(line)]
            for match in FIGURE.finditer(line):
                if line[: match.start()].endswith(CONVERTED):
                    continue
                value, unit = Decimal(match.group(1).replace(",", "")), match.group(2)
                if value in given:
                    continue
                in_quote = any(start < match.start() < end for start, end in quoted)
                facts = [
                    fact
                    for fact in answer.facts
                    if same_figure(fact, value, unit, match.group(0)) and of_document(fact.source, heading)
                ]
                if in_quote:
                    facts += [
                        fact for fact in answer.facts if fact.source.section and match.group(0) in fact.text
                    ]
                if in_quote and answer.status == "not_found" and PLACED.search(line[: match.start()]):
                    continue
                problem = reason(answer, facts, scope, "\n".join(paragraph))
                if problem:
                    found.append(Unsourced(line, match.group(0), problem))
    return found


def of_document(source: Source, heading: str) -> bool:
    """Under a 【document】 heading, only that document's facts can be the figure."""
    if not heading:
        return True
    if source.inputs:
        return all(of_document(part, heading) for part in source.inputs)
    return f"【{source.document}】" in heading


def named_documents(source: Source, text: str) -> bool:
    if source.inputs:
        return all(named_documents(part, text) for part in source.inputs)
    return source.document in text


def reason(answer: Answer, facts: list[Fact], scope: str, paragraph: str) -> str:
    if not facts:
        return "no fact carries this figure"
    if not any(complete(fact.source) or empty_table(fact) for fact in facts):
        return f"its source is incomplete: {facts[0].source}"
    if not any(named_documents(fact.source, answer.text) for fact in facts):
        return f"the text never names its document {facts[0].source.document}"
    if not any(
        complete(fact.source)
        and said(fact.source, scope, paragraph)
        or empty_table(fact)
        and str(fact.source.table or fact.source.title) in scope
        for fact in facts
    ):
        return f"the text does not say where it is: {facts[0].source.describe()}"
    return ""


def failures(service: AnswerService, asked: list[str]) -> list[str]:
    report = []
    for question in dict.fromkeys(asked):
        answer = service.answer(question)
        problems = unsourced(question, answer)
        if problems:
            report.append(f"{question}\n" + "\n".join(f"  {problem}" for problem in problems))
    return report


@pytest.fixture(scope="module")
def whole_corpus(corpus_engine: Engine, cache_home: Path) -> AnswerService:
    """The answer service over the sample and every corpus PDF, loaded once per session."""
    return AnswerService(corpus_engine)


def test_every_figure_of_an_answer_on_the_sample_names_its_source(answers: AnswerService) -> None:
    asked = questions(*SAMPLE_SETS) + eval_questions("dev.jsonl")
    assert asked
    report = failures(answers, asked)
    assert not report, f"{len(report)} answers print figures without their source:\n" + "\n".join(report)


def test_every_figure_of_an_answer_on_the_corpus_names_its_source(whole_corpus: AnswerService) -> None:
    asked = questions(*CORPUS_SETS, *SAMPLE_SETS) + eval_questions("corpus-dev.jsonl")
    asked += eval_questions("dev.jsonl")
    report = failures(whole_corpus, asked)
    assert not report, f"{len(report)} answers print figures without their source:\n" + "\n".join(report)

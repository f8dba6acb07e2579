"""An amount per person (人均人员经费, 平均每人公用经费, 在职人员人均基本支出): no document prints it, so it
is computed from two figures the same document states, the amount and the headcount. A figure the
document prints per person already (人均补助标准, 工会经费人均定额) is read as printed instead.

The question is cut into the amount's own question (the unit, year and kind it names kept) and the
headcount's, which is read within each document that answers the amount, so the two figures always come
from one document. A headcount the question names (在职人员, 编制, 实有人数) must be the one stated; when it
names none, the staff in post (在职人员) are counted first, then the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.entries import StatedEntry
from bot.engine.lexicon import (
    AMOUNT_WORDS,
    ASKING_WORDS,
    AVERAGE_WORD,
    HEADCOUNT_WORDS,
    PART_OF_WHOLE_WORDS,
    PER_PERSON_WORDS,
    STAFF_PAY_WORDS,
    STAFF_WORDS,
)
from bot.engine.question_parts import blank
from knowledge.text import HAN

PER_PERSON = re.compile("|".join(sorted(PER_PERSON_WORDS, key=len, reverse=True)))
HEADCOUNT = re.compile("|".join(sorted(HEADCOUNT_WORDS, key=len, reverse=True)))
EACH_OF_STAFF = re.compile(rf"每(?:名|位|个)?(?=(?:{HEADCOUNT.pattern}))")
"""每名在职人员, 每个工作人员: per person of a headcount the question names, as 人均 is."""
PAID_EACH = re.compile(
    rf"(?:{'|'.join(STAFF_WORDS)})?(?:每(?:1?个)?人|每名|每位|{AVERAGE_WORD})(?=的?(?:{'|'.join(STAFF_PAY_WORDS)}))"
)
"""每个人工资, 员工平均工资, 每人工资福利支出: what a unit pays its staff, per person of them."""
PRINTED_PER_PERSON = re.compile(r"人均|每(?:1?个)?人|每名|每位")
"""How a document names a figure that is per person already (人均定额, 每人每月补助标准)."""
HEADCOUNT_ENDINGS = re.compile(r"(?:人员|人数|数)$")
"""在职人员 → 在职, 编制人数 → 编制: what a stated headcount's name must hold to be the one asked."""
ASKED = re.compile("|".join(sorted((*AMOUNT_WORDS, *ASKING_WORDS), key=len, reverse=True)))
MIN_ITEM = 2
"""The amount is named in two characters at least, once the words asking it are out (人均多少 names none)."""
EACH_ONE = "平均每个"
PERSON_NOUNS = ("人", "职工", "员工", "干部", "工作人员")
DEFAULT_HEADCOUNTS = ("在职人员", "实有人数", "编制人数")
"""Headcounts tried, in turn, when the question names none: the staff in post first."""


@dataclass(frozen=True)
class PerCapita:
    """A per-person question cut in two: the amount's question, and the headcounts to divide it by."""

    amount: str
    headcounts: tuple[str, ...]
    named: bool


def headcount_question(headcount: str) -> str:
    """The question that reads one headcount within a document: 在职人员有多少人."""
    return f"{headcount}有多少人"


def per_capita_of(text: str) -> PerCapita | None:
    """The amount and headcounts a question asking an amount per person stands for; None when it asks
    none (人均 not said) or names no amount once the per-person words are out (人均多少)."""
    per_person = PER_PERSON.search(text) or EACH_OF_STAFF.search(text) or PAID_EACH.search(text)
    if per_person is None or not of_people(text[per_person.start() :]):
        return None
    nouns = PERSON_NOUNS if per_person.group(0) == EACH_ONE else ()
    person = next((noun for noun in nouns if text.startswith(noun, per_person.end())), "")
    amount = blank(text, per_person.start(), per_person.end() + len(person))  # 平均每个职工: the person
    said = HEADCOUNT.search(amount)
    if said is not None:
        amount = blank(amount, said.start(), said.end())
    amount = re.sub(r"\s+(?:的\s*)?", "", amount)
    if len(ASKED.sub("", amount)) < MIN_ITEM:
        return None
    if said is None:
        return PerCapita(amount, DEFAULT_HEADCOUNTS, named=False)
    return PerCapita(amount, (said.group(0),), named=True)


def asks_each_persons(text: str) -> bool:
    """稳岗补助每人多少钱: an amount per person asked in words 人均 is not (每人, 每名), whose persons may be
    any the money is for, never the unit's staff to divide by."""
    return PRINTED_PER_PERSON.search(text) is not None and per_capita_of(text) is None


def of_people(said: str) -> bool:
    """平均每个 is per person when a person or a headcount follows (平均每个在职人员, 平均每个人的), not
    when a thing does (平均每个项目); every other per-person word says the person itself."""
    if not said.startswith(EACH_ONE):
        return True
    rest = said.removeprefix(EACH_ONE)
    return not rest or rest.startswith((*HEADCOUNT_WORDS, *PERSON_NOUNS)) or not HAN.match(rest)


def prints_per_person(name: str) -> bool:
    """A record's name is itself an amount per person (人均补助标准, 工会经费人均定额): read as printed."""
    return PRINTED_PER_PERSON.search(name) is not None


def prints_as_asked(text: str, name: str) -> bool:
    """A name mentioning an amount per person in the words the question says it (工会经费人均定额 for
    …工会经费人均定额是多少; not for 人均预算): the asked one is printed, though maybe with no figure."""
    said = PER_PERSON.search(text)
    return said is not None and text[max(0, said.start() - 1) : said.end() + 1] in name


def states_headcount(asked: str, stated: StatedEntry) -> bool:
    """The stated figure is the unit's headcount asked: 实际在编在职人员274名 for 在职人员, not 退休人员, nor
    the part its clause says it is (还包括联谊俱乐部8名在职人员, 其中行政编制199名)."""
    core = HEADCOUNT_ENDINGS.sub("", asked) or asked
    before = stated.clause[: max(stated.clause.find(stated.raw), 0)]
    return core in stated.subject and not any(word in before for word in PART_OF_WHOLE_WORDS)

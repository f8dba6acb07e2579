"""How people say what they ask, read into what the records are called: a subject's other readings (a
科目 path said with its levels, a column's name said last, 当年 said first, X这个项目), a counted noun
asked alone, and 绩效目标 asked of a document by its narrative's one figure on them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine.entries import DocumentIndex
from bot.engine.lexicon import (
    AMOUNT_NOUN_ENDINGS,
    CONTRIBUTION,
    CONTRIBUTION_ENDINGS,
    COUNT_NOUNS,
    FIGURE_WORDS,
    FUNDED,
    KIN_WORDS,
    MONEY_ITEM_NOUNS,
    MONEY_WORDS,
    PAID_TO_PEOPLE,
    PAID_VERBS,
    PEOPLE_NOUNS,
    PROJECTS,
    STAFF_WORDS,
    TARGET_CUES,
    WHOLE_MARKS,
)
from bot.engine.question import Question, segment, subject_variants
from bot.engine.read_lists import PROJECT_GROUP
from bot.engine.scoring import Match, Query
from bot.engine.similarity import match_key
from knowledge.money import AMOUNT_UNITS
from knowledge.text import compact

SPOKEN_PERSON = "人"
"""退休的人 (退休人 once 的 and the verb 发了 are read): people said in speech, never a row's name."""
MIN_SAID_WORD = 2  # a subject's words this long must all be in a 绩效目标 sentence that answers it
MIN_PROJECT_NAME = 4  # X项目 is also read as the project named X when X is this long
BUILDING_WORDS = ("建设工程", "新建工程", "建设", "工程")
NEW_BUILDING = "新建"
MIN_BUILT_NAME = 4
"""社区公共服务中心建设 is also read as 新建社区公共服务中心, as projects building a thing are named: a project
that only names the thing (护工培训基地租赁费) is not its building."""
BUYING_WORDS = ("买", "购买")
PURCHASE = "购置"
"""买办公设备, 购买无形资产: the money for buying a thing is its 经济分类 row X购置."""
PERFORMANCE = "绩效"
MIN_KEMU_NAME = 2
STATED_FIGURE_SCORE = 90.0  # the one figure of a sentence on 绩效目标 fits as a known item does
LEVEL_MARK = re.compile(r"[（(]?[类款项][)）]?")
YEAR_BEFORE_WHOLE = re.compile(r"^(当年|本年)(.+?)(支出|收入)$")
"""当年一般公共预算支出 is said as documents print it, 一般公共预算当年支出, too."""


ALL_FUNDED = f"一般公共预算{FUNDED}"
"""一般公共预算财政拨款 is 一般公共预算 said in full: all its money is 财政拨款."""


def spoken_variants(
    subject: str, column_free: str, question: Question, documents: list[DocumentIndex]
) -> list[str]:
    """The subject's other readings: the last column word when it is made of nothing else (一般公共预算的
    公用经费 → 公用经费), a 科目 path without its levels, 当年 where documents print it, a project's name
    without 项目, and X建设 as 新建X."""
    variants: list[str] = []
    said = [word for cue in question.columns for word in cue.words if word in subject]
    # 一般公共预算财政拨款基本支出里人员经费: 财政拨款 adds nothing to 一般公共预算, whose money it all is
    wholes = (f"{ALL_FUNDED}{spending}{mark}" for spending in ("基本支出", "支出") for mark in WHOLE_MARKS)
    if any(whole in question.text for whole in wholes):
        column_free = column_free.replace(FUNDED, "", 1)
    if subject and not column_free.strip() and len(said) > 1:
        variants.append(max(said, key=subject.rfind))
    if path := kemu_path(subject, documents):
        variants += subject_variants(path)
    if year_first := YEAR_BEFORE_WHOLE.match(subject):
        variants += subject_variants("{1}{0}{2}".format(*year_first.groups()))
    named = subject.removesuffix(PROJECT_GROUP)
    if named != subject and len(named) >= MIN_PROJECT_NAME:
        variants += subject_variants(named)
    built = next((subject.removesuffix(word) for word in BUILDING_WORDS if subject.endswith(word)), subject)
    if built != subject and len(built) >= MIN_BUILT_NAME:
        variants += subject_variants(f"{NEW_BUILDING}{built}")  # the project 新建…社区公共服务中心
    if paid := paid_for_staff(subject):
        variants += [v for said in subject_variants(paid) for v in (said, contribution_of(said))]
    money = question.has("spend") or any(word in question.text for word in MONEY_WORDS)
    if subject and any(word in question.text for word in BUYING_WORDS) and PURCHASE not in subject:
        variants += subject_variants(subject + PURCHASE)  # 买无形资产 is the row 无形资产购置
    if payment := paid_to_people(subject, money):
        variants += subject_variants(payment)
    return variants


def paid_for_staff(subject: str) -> str:
    """职工养老保险 (给职工交的养老保险), 员工公积金: a contribution the unit pays, said with whom it is paid for;
    the contribution alone, which the 社会保障缴费 rows name; '' when the subject is no such thing."""
    staff = next((word for word in STAFF_WORDS if subject.startswith(word)), "")
    paid = subject.removeprefix(staff)
    return paid if staff and paid.endswith(CONTRIBUTION_ENDINGS) else ""


def paid_to_people(subject: str, spent: bool) -> str:
    """给退休人员发 (多少钱), 离休干部的待遇, 退休人员的钱多少 (`spent`: spending or money was asked): the money
    paid to people said by what they are, as the 经济分类 row names it (退休费, 离休费); '' for anything
    else, and for their kin (退休人员遗属, whose 补助 is another row)."""
    said = compact(subject).removeprefix("给")
    verb = next((word for word in PAID_VERBS if said.endswith(word)), "")
    people = said.removesuffix(verb) if verb else said
    spoken = people.endswith(SPOKEN_PERSON) and not people.endswith(PEOPLE_NOUNS)  # 给退休的人发了 → 退休人
    paid = (verb or spent) and people.endswith(PEOPLE_NOUNS)
    if not (paid or spoken) or any(word in people for word in KIN_WORDS):
        return ""
    return next((paid for kind, paid in PAID_TO_PEOPLE.items() if kind in people), "")


def contribution_of(item: str) -> str:
    """职业年金 → 职业年金缴费: the contribution as the 经济分类 names it (缴费 asks for no narrower item)."""
    return item if item.endswith(CONTRIBUTION) else item + CONTRIBUTION


def kemu_path(subject: str, documents: list[DocumentIndex]) -> str:
    """检察款行政运行 / 公共安全（类）检察（款）: a 科目 path said with its levels (类, 款, 项) between names,
    without them, when every name in it is a row of the documents; '' when it is not one."""
    parts = [part for part in LEVEL_MARK.split(subject) if part]
    if len(parts) < 2 or any(len(part) < MIN_KEMU_NAME for part in parts):
        return ""  # 零工市场项目 holds 项 but no path
    labels = {row.key.core for document in documents for row in document.rows}
    return "".join(parts) if all(match_key(part).core in labels for part in parts) else ""


def counted_by_name(query: Query) -> Query:
    """省高院执法执勤用车 / 省人大车辆: a subject that ends in a counted noun, asked with no word of money
    or of another kind of answer, asks how many (a vehicle said as a 三公 item, 公务用车, may be money)."""
    question = query.question
    if question.count_noun is not None or question.cues - {"spend"} or query.subject in MONEY_ITEM_NOUNS:
        return query
    if any(word in question.text for word in (*MONEY_WORDS, *FIGURE_WORDS)):
        return query
    noun = next(
        (
            noun
            for noun in COUNT_NOUNS
            if noun is not PROJECTS and any(query.subject.endswith(w) for w in noun.nouns if len(w) > 1)
        ),
        None,
    )
    if noun is None:
        return query
    return replace(query, question=replace(question, count_noun=noun, cues=question.cues | {"count"}))


def cue_sentence_figures(query: Query) -> list[Match]:
    """绩效目标项目涉及多少资金 / 有几个项目编了绩效目标, no project named: the one amount (or count) of a
    narrative sentence that speaks of 绩效目标 (编报绩效目标的项目12个，涉及项目预算资金4,222.51万元), and
    says every word of the subject (a project named, 护工培训奖励激励金, is none of the sentence's)."""
    question = query.question
    noun = question.count_noun
    money = any(word in question.text for word in FIGURE_WORDS) or query.subject.endswith(AMOUNT_NOUN_ENDINGS)
    if noun is None and not money:
        return []
    cue = max((word for word in TARGET_CUES if word in question.text), key=len, default="")
    if not cue.startswith(PERFORMANCE):
        return []  # 特定目标类项目 names an item, not the 绩效目标
    kind, units = ("amount", tuple(AMOUNT_UNITS)) if noun is None else ("count", noun.printed_units)
    words = [word for word in segment(query.subject) if len(word) >= MIN_SAID_WORD]
    found = []
    for document in query.documents:
        for sentence, figures in document.stated_by_sentence.items():
            fitting = [figure for figure in figures if figure.kind == kind and figure.unit in units]
            said = compact(sentence)
            if len(fitting) == 1 and cue in said and all(word in said for word in words):
                found.append(Match(STATED_FIGURE_SCORE, fitting[0], document))
    return found

"""Budget concepts a table may print beside things that are not part of them, or not print at all,
declared once as data.

“三公”经费 is 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费; many tables put 会议费 and 培训费 into
the same 合计. 人员经费 is 工资福利支出 + 对个人和家庭的补助, which a 基本支出 table may print with no
人员经费 column. A new concept is one more record in CONCEPTS, ECONOMIC_GROUPS or INCOME_GROUPS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class ConceptPart:
    """One part of a budget concept, and the words its column, row or sentence is printed with."""

    name: str
    words: tuple[str, ...]
    pieces: tuple[ConceptPart, ...] = ()
    """What the part is made of, where a narrative states it only piece by piece (公务用车购置费 and
    公务用车运行维护费, each 与上年持平, with no sentence for 公务用车购置及运行费)."""


@dataclass(frozen=True)
class Concept:
    """A budget concept a table may print beside things that are not part of it.

    “三公”经费 is 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费; many tables put 会议费 and 培训费
    into the same 合计, so the concept is their 小计 (or the sum of its parts), with the others named apart.
    """

    name: str
    words: tuple[str, ...]
    parts: tuple[ConceptPart, ...]
    apart: tuple[ConceptPart, ...]


SANGONG = Concept(
    "“三公”经费",
    ("三公经费", "三公"),
    (
        ConceptPart("因公出国（境）费", ("因公出国",)),
        ConceptPart(
            "公务用车购置及运行费",
            ("公务用车购置及运行",),
            (
                ConceptPart("公务用车购置费", ("公务用车购置",)),
                ConceptPart("公务用车运行维护费", ("公务用车运行",)),
            ),
        ),
        ConceptPart("公务接待费", ("公务接待",)),
    ),
    (ConceptPart("会议费", ("会议费",)), ConceptPart("培训费", ("培训费",))),
)
CONCEPTS: tuple[Concept, ...] = (SANGONG,)


@cache
def concept_words() -> frozenset[str]:
    """Every name and word of the concepts and their parts, at any depth (公务用车购置及运行)."""
    found: set[str] = set()
    parts: list[ConceptPart] = [part for concept in CONCEPTS for part in (*concept.parts, *concept.apart)]
    for concept in CONCEPTS:
        found |= {concept.name, *concept.words}
    while parts:
        part = parts.pop()
        found |= {part.name, *part.words}
        parts += part.pieces
    return frozenset(found)


def parts_of(name: str) -> tuple[ConceptPart, ...]:
    """What the concept, or the part of one, called `name` is made of."""
    for concept in CONCEPTS:
        if concept.name == name:
            return concept.parts
        for part in concept.parts:
            if part.name == name:
                return part.pieces
    return ()


@dataclass(frozen=True)
class EconomicGroup:
    """A part of 基本支出 made of whole 经济分类 classes (类), each known by its code and its name."""

    name: str
    classes: tuple[tuple[str, str], ...]


ECONOMIC_GROUPS: tuple[EconomicGroup, ...] = (
    EconomicGroup("人员经费", (("301", "工资福利支出"), ("303", "对个人和家庭的补助"))),
    EconomicGroup("公用经费", (("302", "商品和服务支出"), ("310", "资本性支出"))),
)


@dataclass(frozen=True)
class IncomeGroup:
    """Income a 收支总表 may print only as its sources: 单位资金 is the money a unit has besides what
    the budget grants it (事业收入, 事业单位经营收入, 其他收入 …), as the national template defines it; a
    source may be printed by the end of its name (经营收入)."""

    name: str
    sources: tuple[str, ...]


INCOME_GROUPS: tuple[IncomeGroup, ...] = (
    IncomeGroup("单位资金", ("事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入")),
)

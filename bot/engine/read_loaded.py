"""Questions about the loaded documents themselves: what is loaded (有哪些文档, 能查哪些单位), and which
document one is (这是哪一年的, 是部门预算还是单位预算, 是决算吗).

The words that ask are taken out; what is left names the documents (a unit, a year) and must name no
item, for 三公经费是预算还是决算数 asks of an item's figure, not of a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.documents import named_region, select_documents
from bot.engine.index import Index
from bot.engine.question import subject_of, text_to_question
from bot.engine.reading import Reading, ReadingKind

DOCUMENT_KIND = r"(?:部门|单位)?[预决]算"
IS = r"(?:是不是|是否|是|属于)"
THIS = r"(?:这|该|本|此)(?:份|个|些|几份)?(?:文[档件]|资料|数据|表|预算|决算)?"
DOCUMENT_WORDS = r"(?:文[档件]|资料|数据)"
OFFERED = re.compile(
    rf"{IS}?(?P<first>{DOCUMENT_KIND})(?:还是|或者|或是){IS}?(?P<second>{DOCUMENT_KIND})(?!数){DOCUMENT_WORDS}?"
)
"""是部门预算还是单位预算, 预算还是决算: the kinds a document may be, offered to choose from."""
WHETHER = re.compile(rf"{IS}(?P<first>{DOCUMENT_KIND}){DOCUMENT_WORDS}?$")
"""这是部门预算(吗), 是不是决算: one kind, asked whether the document is it."""
WHICH = re.compile(
    rf"(?:{THIS}|{DOCUMENT_WORDS}){IS}(?:哪|什么|几)(?:一|1|个|份|家)?(?:年|单位|部门|文[档件]|预算|决算|时候)的?"
)
"""这份文件是哪一年的, 这是哪个单位的, 数据是什么时候的: which document this is."""
LOADED = re.compile(
    r"(?P<verb>载入|加载|导入|收录|上传|录入|能查|可以查|可查|能问|可以问|你有|都有|有)了?"
    rf"(?:哪些|什么|几份|多少份|几个|多少个)(?P<noun>单位|部门|{DOCUMENT_WORDS})"
)
"""载入了哪些文档, 能查哪些单位, 有几份文件: what is loaded."""
REGION_UNITS = re.compile(
    r"^(?P<region>.+?)的?(?:单位|部门)(?:都|一共|共)?有(?:哪些|哪几个|哪几家|几个|多少个)$"
)
"""上海的单位有哪些, 江苏省的部门都有哪几个: the loaded units of a region, the region said first (决算的单位有哪些
names no region: it asks the units a 部门's budget covers)."""
POINTING = re.compile(rf"{THIS}|{DOCUMENT_WORDS}|的")
"""这份文件, 2024年的: words that only point at the documents, naming none."""
HOLDS_UNITS = ("单位", "部门")
"""有哪些单位 of a unit named asks the units its budget covers, not the documents loaded."""


@dataclass(frozen=True)
class DocumentsAsked:
    """The words that ask about the documents, and the kinds they offer (部门预算, 单位预算)."""

    said: str
    offered: tuple[str, ...] = ()
    points: bool = True
    """这是哪一年的, 是部门预算吗: of the documents a conversation is about; 载入了哪些文档: of all."""
    units_of_a_unit: bool = False
    """有哪些单位, said with 有 alone: of a unit named, the units its budget covers."""


def documents_asked(text: str) -> DocumentsAsked | None:
    """What a question asks about the loaded documents, or None when it asks of their contents."""
    if found := OFFERED.search(text):
        return DocumentsAsked(found.group(0), (found.group("first"), found.group("second")))
    if found := WHETHER.search(text):
        return DocumentsAsked(found.group(0), (found.group("first"),))
    if found := WHICH.search(text):
        return DocumentsAsked(found.group(0))
    if found := LOADED.search(text):
        units_of_a_unit = found.group("verb") == "有" and found.group("noun") in HOLDS_UNITS
        return DocumentsAsked(found.group(0), points=False, units_of_a_unit=units_of_a_unit)
    return None


def read_loaded(raw: str, text: str, index: Index, max_scan: int) -> Reading | None:
    """The documents a question about the loaded documents is about; None when what is left of it names
    an item (its figure is asked) or it asks the units a named unit's budget covers."""
    asked = documents_asked(text)
    if asked is None and (said := REGION_UNITS.match(text)):
        in_region, region = named_region(said.group("region"), index)
        if in_region and region == said.group("region"):
            return Reading(ReadingKind.DOCUMENTS, raw, documents=tuple(dict.fromkeys(in_region)))
    if asked is None:
        return None
    rest = text_to_question(POINTING.sub(" ", text.replace(asked.said, " ", 1)))
    selection = select_documents(rest, index, max_scan)
    if selection.missing or not selection.heads:
        return Reading(
            ReadingKind.NOT_LOADED, raw, missing=selection.missing, documents=tuple(selection.unit_has)
        )
    if (asked.units_of_a_unit and selection.unit_named) or subject_of(rest.text, selection.named):
        return None
    heads = tuple(dict.fromkeys(selection.heads))
    return Reading(
        ReadingKind.DOCUMENTS, raw, documents=heads, offered=asked.offered, unit_named=selection.unit_named
    )

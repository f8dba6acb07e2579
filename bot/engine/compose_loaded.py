"""Wording an answer about the loaded documents: which they are, unit by unit, or whether one is of a
kind asked (是部门预算还是单位预算)."""

from __future__ import annotations

from bot.engine.answers import Answer
from bot.engine.entries import DocumentEntry
from bot.engine.reading import Reading

MAX_UNITS_LISTED = 20
SCOPES = ("部门", "单位")
SAMPLE_MARK = "（内置示例）"


def compose_loaded(reading: Reading) -> Answer:
    heads = sorted(reading.documents, key=lambda head: (head.unit_name, -head.year))
    if reading.offered:
        lines = [kind_verdict(head, reading.offered) for head in heads]
        if any(kind.startswith(SCOPES) for kind in reading.offered):
            kinds = dict.fromkeys(head.kind for head in heads)
            lines += [f"部门{kind}汇总本部门及所属单位的{kind}，单位{kind}只含本单位。" for kind in kinds]
        return Answer("answered", "\n".join(lines), intent=reading.kind.intent)
    units: dict[str, list[DocumentEntry]] = {}
    for head in heads:
        units.setdefault(head.unit_name, []).append(head)
    if len(units) == 1:
        unit, documents = next(iter(units.items()))
        text = f"{unit}已载入 {len(documents)} 份文档：{documents_of(documents)}。"
        return Answer("answered", text, intent=reading.kind.intent)
    lines = [f"已载入 {len(heads)} 份文档，共 {len(units)} 个单位："]
    lines += [
        f"{unit}：{documents_of(documents)}" for unit, documents in list(units.items())[:MAX_UNITS_LISTED]
    ]
    if len(units) > MAX_UNITS_LISTED:
        lines.append(f"……另有 {len(units) - MAX_UNITS_LISTED} 个单位未列出，可以问“某单位有哪些文档”。")
    return Answer("answered", "\n".join(lines), intent=reading.kind.intent)


def documents_of(heads: list[DocumentEntry]) -> str:
    """2025年部门预算、2024年部门决算（内置示例）: one unit's documents, by year, scope and kind."""
    return "、".join(
        f"{head.year}年{head.scope}{head.kind}{SAMPLE_MARK if head.is_sample else ''}" for head in heads
    )


def kind_verdict(head: DocumentEntry, offered: tuple[str, ...]) -> str:
    """Whether the document is of the kind asked (是部门预算吗), or which of those offered it is; a scope
    the document does not state is said to be unstated, never guessed."""
    kind = f"{head.scope}{head.kind}"
    said = f"{head.unit_name} {head.year}年的文档是{kind}"
    if not head.scope and any(asked.startswith(SCOPES) for asked in offered):
        said += f"，文件没有写明是部门{head.kind}还是单位{head.kind}"
    if len(offered) != 1:
        return f"{said}。"
    asked = offered[0]
    scope = asked.removesuffix(head.kind)
    if asked.endswith(head.kind) and scope and not head.scope:
        return f"{said}。"
    return f"{'是' if asked.endswith(head.kind) and scope in ('', head.scope) else '不是'}，{said}。"

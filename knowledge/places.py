"""How any answer or finding names the place a figure comes from, in one line of Chinese."""

from __future__ import annotations


def describe_place(
    document: str,
    *,
    where: str = "",
    row: str = "",
    column: str = "",
    quote: str = "",
    page: int | None = None,
    line: int | None = None,
    file: str = "",
) -> str:
    """文档 · 表十二《…》 · 行「…」 · 列「…」 · 原文「…」 · 第N页 (or 第N行 in a text file), the page
    preceded by the file's name when the document was published as several files."""
    parts = [document]
    if where:
        parts.append(where)
    if row:
        parts.append(f"行「{row}」")
    if column:
        parts.append(f"列「{column}」")
    if quote:
        parts.append(f"原文「{quote}」")
    location = f"第{page}页" if page else (f"第{line}行" if line else "")
    if file or location:
        parts.append(f"{file} {location}".strip())
    return " · ".join(parts)

"""Text disclosures exported with tab-separated cells: decode, split into lines and grids, assemble.

A line holding a tab is a table row; any other non-blank line is running text. Blank lines do not
end a table (page breaks leave them in the middle of one); a line of text does.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings
from loaders.assemble import file_to_document
from loaders.blocks import Block, Grid, GridRow, LoadedDocument, TextLine
from loaders.cell_text import join_spaced_letters
from loaders.limits import DEFAULT_LIMITS, check_text

CHINESE_ENCODINGS = ("gb18030", "big5")
MIN_READABLE_SHARE = 0.95
"""Share of characters that must be ordinary text for a decoding to count as right."""
MIN_UTF16_NUL_SHARE = 0.3


def load(path: Path, limits: LimitSettings = DEFAULT_LIMITS) -> LoadedDocument:
    """Given a text disclosure, return its records (unsaved), or raise LoadError naming the file."""
    data = path.read_bytes()
    check_text(path, data, limits)
    return file_to_document(path, data, "text", text_to_blocks(bytes_to_text(data, path)))


def readable_share(text: str) -> float:
    """Share of characters that are letters, digits, punctuation or spaces (not controls or unassigned)."""
    if not text:
        return 0.0
    good = sum(1 for char in text if char in "\t\n\r" or unicodedata.category(char)[0] in "LNPSZ")
    odd = sum(1 for char in text if unicodedata.category(char) in ("Co", "Cn", "Cs") or char == "\ufffd")
    return (good - odd) / len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """Given bytes with many NULs, return them decoded as UTF-16 when that is what they are."""
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = max(len(data) // 2, 1)
    for encoding, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls / half >= MIN_UTF16_NUL_SHARE:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def bytes_to_text(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5; reject empty and binary files."""
    if not data.strip():
        raise LoadError(path, "文件是空的")
    if data.startswith(codecs.BOM_UTF8):
        return decode_or_fail(data, "utf-8-sig", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_or_fail(data, "utf-16", path)
    if b"\x00" in data:
        text = utf16_without_bom(data)
        if text is None or readable_share(text) < MIN_READABLE_SHARE:
            raise LoadError(path, "这是二进制文件（含有 NUL 字节），不是文本")
        return text
    for encoding in ("utf-8", *CHINESE_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if readable_share(text) >= MIN_READABLE_SHARE:
            return text
    guess = from_bytes(data).best()
    if guess is not None and readable_share(str(guess)) >= MIN_READABLE_SHARE:
        return str(guess)
    raise LoadError(path, "无法识别文件编码（试过 UTF-8、UTF-16、GB18030、Big5），或者它不是文本文件")


def decode_or_fail(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            path, f"文件声明为 {encoding.upper()} 但无法按此解码（第{error.start}字节）"
        ) from error


def text_to_blocks(text: str) -> list[Block]:
    """Given the decoded text, return its lines and grids in order, each with its 1-based line number."""
    blocks: list[Block] = []
    grid: Grid | None = None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.replace("\f", " ").replace("\u3000", " ")
        if "\t" in line:
            cells = tuple(join_spaced_letters(cell) for cell in line.split("\t"))
            if not any(cells):
                continue
            if grid is None:
                grid = Grid(rows=[])
                blocks.append(grid)
            grid.rows.append(GridRow(cells=cells, line=number))
        elif line.strip():
            grid = None
            blocks.append(TextLine(text=line.strip(), line=number))
    return blocks

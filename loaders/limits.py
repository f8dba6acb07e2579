"""Refuse, before the real work starts, a file that would take unbounded work to read.

Each check is a scan in C over bytes the loader reads anyway, so an ordinary disclosure pays next to
nothing; a bomb (a small file inflating to gigabytes, a workbook of a million rows, a 50 MB line) is
refused with the limit it passes named ([limits] in config.toml). Time and memory are bounded where files
are read, in worker processes (loaders.workers).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings

DEFAULT_LIMITS = LimitSettings()
READ_CHUNK = 1 << 16
DEFLATE_MAX_RATIO = 1032
"""No deflate stream inflates to more than 1032 times its size: a small enough file needs no count."""
INFLATE_STEP = 1 << 22
"""Most bytes inflated at once while counting, so a bomb is never held in memory."""
PDF_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
"""Image streams are never inflated when text and tables are read, so they do not count."""
HEADER_WINDOW = 1 << 14
"""How far before a stream its dictionary is looked for."""
HTML_CELL = re.compile(rb"<t[dh][\s>/]", re.IGNORECASE)
CELL_TAGS = {"xl/worksheets/": (b"<c ", b"<c>"), "word/": (b"<w:tc>", b"<w:tc ")}
"""Where an Office file keeps its table cells, and how a cell starts there."""


def check_file_size(path: Path, size: int, limits: LimitSettings) -> None:
    if size > limits.max_file_bytes:
        raise LoadError(
            path, f"文件有 {size:,} 字节，超过上限 {limits.max_file_bytes:,} 字节（[limits] max_file_bytes）"
        )


def check_page_count(path: Path, pages: int, limits: LimitSettings) -> None:
    if pages > limits.max_pages:
        raise LoadError(
            path, f"PDF 有 {pages:,} 页，超过上限 {limits.max_pages:,} 页（[limits] max_pages），没有读取"
        )


def check_cells(path: Path, cells: int, limits: LimitSettings) -> None:
    if cells > limits.max_cells:
        raise LoadError(
            path, f"表格单元格超过 {limits.max_cells:,} 个（[limits] max_cells），文件太大，没有读取"
        )


def inflated_too_much(path: Path, limits: LimitSettings) -> LoadError:
    return LoadError(
        path,
        f"解压后超过 {limits.max_inflated_bytes:,} 字节（[limits] max_inflated_bytes），"
        "可能是压缩炸弹，没有读取",
    )


def inflated_size(data: bytes, start: int, budget: int) -> int:
    """Given bytes and where a zlib stream starts in them, return how much it inflates to, counting
    no further than budget + 1; a stream that is not zlib (an image, another filter) counts 0."""
    inflater = zlib.decompressobj()
    total = 0
    position = start
    try:
        while position < len(data) and not inflater.eof and total <= budget:
            pending = data[position : position + READ_CHUNK]
            position += READ_CHUNK
            while pending and total <= budget:
                total += len(inflater.decompress(pending, min(INFLATE_STEP, budget + 1 - total)))
                pending = inflater.unconsumed_tail
    except zlib.error:
        return total
    return total


def pdf_streams(data: bytes) -> Iterator[tuple[int, int]]:
    """Given a PDF's bytes, return where each stream's keyword and where its data start (a search in C
    for the keyword: a regular expression over the whole file costs more than the inflating)."""
    keyword = data.find(b"stream")
    while keyword >= 0:
        after = keyword + len(b"stream")
        if data[keyword - 3 : keyword] != b"end":
            if data[after : after + 2] == b"\r\n":
                yield keyword, after + 2
            elif data[after : after + 1] == b"\n":
                yield keyword, after + 1
        keyword = data.find(b"stream", after)


def check_pdf_streams(path: Path, data: bytes, limits: LimitSettings) -> None:
    """Refuse a PDF whose compressed streams (other than images) inflate past the limit."""
    budget = limits.max_inflated_bytes
    if len(data) * DEFLATE_MAX_RATIO <= budget:
        return
    for keyword, start in pdf_streams(data):
        earliest = max(0, keyword - HEADER_WINDOW)
        header = data[max(earliest, data.rfind(b"obj", earliest, keyword)) : keyword]
        if PDF_IMAGE.search(header):
            continue
        budget -= inflated_size(data, start, budget)
        if budget < 0:
            raise inflated_too_much(path, limits)


def check_archive(path: Path, data: bytes, limits: LimitSettings) -> None:
    """Refuse an .xlsx or .docx whose parts inflate past the limit, or that holds too many cells."""
    total = cells = 0
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            for info in archive.infolist():
                tags = next(
                    (tags for folder, tags in CELL_TAGS.items() if info.filename.startswith(folder)), ()
                )
                carry = b""
                with archive.open(info) as member:
                    while chunk := member.read(READ_CHUNK):
                        total += len(chunk)
                        if total > limits.max_inflated_bytes:
                            raise inflated_too_much(path, limits)
                        window = carry + chunk
                        cells += sum(window.count(tag) - carry.count(tag) for tag in tags)
                        carry = chunk[-5:]
                check_cells(path, cells, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise LoadError(path, f"文件已损坏：压缩包无法解开（{error}）") from error


def check_html(path: Path, data: bytes, limits: LimitSettings) -> None:
    check_cells(path, len(HTML_CELL.findall(data)), limits)


def check_text(path: Path, data: bytes, limits: LimitSettings) -> None:
    """Refuse a text file with a line longer than the limit, or more tab-separated cells than allowed."""
    longest = re.compile(rb"[^\n]{%d}" % (limits.max_line_bytes + 1))
    if match := longest.search(data):
        line = data.count(b"\n", 0, match.start()) + 1
        raise LoadError(
            path,
            f"这一行超过 {limits.max_line_bytes:,} 字节（[limits] max_line_bytes），不像公开文件，没有读取",
            line=line,
        )
    check_cells(path, data.count(b"\t"), limits)

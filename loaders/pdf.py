"""PDF disclosures: ruled tables become Grids, the text around them TextLines, in reading order.

Each page is read on its own: its ruled tables (pdfplumber), then the characters outside them as
paragraphs, merged top to bottom so a title comes before its table. A paragraph that fills the last line
of a page carries on into the first line of the next. Every block keeps its page number.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from knowledge.errors import LoadError
from knowledge.settings import LimitSettings
from loaders.assemble import file_to_document
from loaders.blocks import Block, Grid, LoadedDocument, TextLine
from loaders.cell_text import join_wrapped
from loaders.limits import DEFAULT_LIMITS, check_page_count, check_pdf_streams
from loaders.pdf_figures import chart_boxes, drop_chart_labels
from loaders.pdf_tables import align_columns, join_cut_label, page_to_grids
from loaders.pdf_text import (
    DEFAULT_LAYOUT,
    Paragraph,
    PdfLayout,
    chars_to_lines,
    continues,
    is_page_furniture,
    lines_to_paragraphs,
    margin_key,
    numbers_without_rules,
    unique_chars,
)
from loaders.pdf_unruled import page_to_unruled_grids

PageItem = Paragraph | Grid
PDFMINER_LOGGER = "pdfminer"
DATA_LOSS = "Data-loss"
END_MARKER_WINDOW = 2048
SCANNED_PAGE = "为扫描图像，需要OCR"


class DamageWatch(logging.Handler):
    """While reading a page, notice pdfminer reporting a damaged stream it only partly decoded.

    pdfminer logs this as a warning and carries on with what it could read; a person should hear of it.
    Only records from the reading thread count, so loads running in other threads do not mix.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.seen = False
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and DATA_LOSS in record.getMessage():
            self.seen = True

    def __enter__(self) -> DamageWatch:
        logger = logging.getLogger(PDFMINER_LOGGER)
        self.level = logger.level
        if logger.getEffectiveLevel() > logging.WARNING:
            logger.setLevel(logging.WARNING)
        logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logger = logging.getLogger(PDFMINER_LOGGER)
        logger.removeHandler(self)
        logger.setLevel(self.level)


def check_pdf_bytes(data: bytes, path: Path) -> None:
    """Refuse, with the reason, bytes that are empty, not a PDF, or cut off before the end."""
    if not data.strip():
        raise LoadError(path, "文件是空的 (empty file)")
    if b"%PDF-" not in data[:1024]:
        raise LoadError(path, "不是PDF文件：开头没有 %PDF- 标记 (not a PDF)")
    if b"%%EOF" not in data[-END_MARKER_WINDOW:]:
        raise LoadError(path, "PDF文件不完整：缺少结尾标记 %%EOF，可能下载或复制时被截断 (truncated PDF)")


def pdf_error_reason(error: Exception) -> str:
    """A person's reason for a pdfminer failure: encrypted, or damaged."""
    cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    if isinstance(cause, PDFEncryptionError):
        return "PDF已加密，需要密码才能读取，请提供未加密的文件 (encrypted PDF)"
    if isinstance(cause, MemoryError):
        return "读取时内存不够（读取进程的上限见 [limits] worker_memory_mb），文件没有载入"
    return f"PDF文件已损坏，无法读取 (damaged PDF: {type(cause).__name__})"


def lies_within(page: Page) -> bool:
    """Whether everything drawn on the page lies inside its box (most pages: nothing to crop)."""
    x0, top, x1, bottom = page.bbox
    return all(
        obj["x0"] >= x0 and obj["top"] >= top and obj["x1"] <= x1 and obj["bottom"] <= bottom
        for objects in page.objects.values()
        for obj in objects
    )


def page_to_items(
    page: Page, page_number: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> tuple[list[PageItem], list[str]]:
    """Given one page, return its paragraphs and grids top to bottom, and its problems.

    Only what lies on the page counts: some exports leave a hidden copy of a table below the page box.
    """
    if not lies_within(page):
        page = page.within_bbox(page.bbox)
    chars = unique_chars(page.chars)
    if not chars:
        if page.images:
            return [], [f"第{page_number}页{SCANNED_PAGE}"]
        drawn = page.rects or page.lines or page.curves
        return [], [] if drawn else [f"第{page_number}页是空白页，没有任何内容"]
    grids, in_cells, problems = page_to_grids(page, chars, page_number, layout)
    running = [char for char in chars if id(char) not in in_cells]
    unruled, in_unruled = page_to_unruled_grids(running, page_number, layout)
    if unruled:
        grids += unruled
        running = [char for char in running if id(char) not in in_unruled]
    lines = [
        line
        for line in chars_to_lines(running, page_number, layout)
        if not is_page_furniture(line, float(page.height), layout)
    ]
    lines = drop_chart_labels(lines, chart_boxes(page, [box for box, _ in grids], layout), layout)
    if numbers_without_rules(lines) >= layout.unruled_rows:
        problems.append(f"第{page_number}页有一张没有表格线的表，列无法对齐，其中的数字没有按表格读入")
    items: list[PageItem] = []
    pending = sorted(grids, key=lambda found: (found[0][1], found[0][0]))
    for paragraph in lines_to_paragraphs(lines, float(page.width), layout):
        while pending and pending[0][0][1] < paragraph.top:
            items.append(pending.pop(0)[1])
        items.append(replace(paragraph, margin_key=margin_key(paragraph, float(page.height), layout)))
    items.extend(grid for _, grid in pending)
    return items, problems


def running_headers(items: list[PageItem], page_count: int, layout: PdfLayout = DEFAULT_LAYOUT) -> set[str]:
    """Margin lines printed alike on many pages (a running header or footer), as margin keys."""
    pages_by_key: dict[str, set[int]] = {}
    for item in items:
        if isinstance(item, Paragraph) and item.margin_key:
            pages_by_key.setdefault(item.margin_key, set()).add(item.page)
    least = max(layout.running_header_pages, layout.running_header_share * page_count)
    return {key for key, pages in pages_by_key.items() if len(pages) >= least}


def items_to_blocks(
    items: list[PageItem], page_count: int, layout: PdfLayout = DEFAULT_LAYOUT
) -> list[Block]:
    """Given all pages' items in order, return Blocks: running headers dropped, a paragraph cut by a
    page break joined."""
    blocks: list[Block] = []
    previous: Paragraph | None = None
    repeated = running_headers(items, page_count, layout)
    for item in items:
        if isinstance(item, Paragraph) and item.margin_key in repeated:
            continue
        if isinstance(item, Grid):
            if blocks and isinstance(blocks[-1], Grid) and (blocks[-1].page or 0) < (item.page or 0):
                item = continue_grid(blocks, item, layout)
            if item.rows:
                blocks.append(item)
            previous = None
            continue
        if (
            previous is not None
            and previous.page < item.page
            and continues(previous, item, item.left, layout)
        ):
            item = Paragraph(
                text=join_wrapped([previous.text, item.text]),
                page=previous.page,
                top=previous.top,
                x0=previous.x0,
                size=previous.size,
                left=previous.left,
                ends_full=item.ends_full,
                last_bottom=item.last_bottom,
            )
            blocks.pop()
        blocks.append(TextLine(text=item.text, page=item.page))
        previous = item
    return blocks


def continue_grid(blocks: list[Block], grid: Grid, layout: PdfLayout = DEFAULT_LAYOUT) -> Grid:
    """A grid that starts a page right after a grid ending the page before continues it: put its cells in
    the columns of the grid before and join a label the page break cut (the grid before is replaced)."""
    previous = blocks[-1]
    assert isinstance(previous, Grid)
    grid = align_columns(previous, grid, layout)
    if previous.rows and grid.rows:
        blocks[-1], grid = join_cut_label(previous, grid)
    return grid


def bytes_to_blocks(
    data: bytes, path: Path, limits: LimitSettings = DEFAULT_LIMITS
) -> tuple[list[Block], list[str], int]:
    """Given a PDF's bytes, return its blocks, the problems to report, and its page count."""
    check_pdf_bytes(data, path)
    check_pdf_streams(path, data, limits)
    items: list[PageItem] = []
    problems: list[str] = []
    page_number = 0
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            page_count = len(pdf.pages)
            if page_count == 0:
                raise LoadError(path, "PDF里没有任何页面 (no pages)")
            check_page_count(path, page_count, limits)
            for page_number, page in enumerate(pdf.pages, start=1):
                with DamageWatch() as damage:
                    page_items, page_problems = page_to_items(page, page_number)
                items.extend(page_items)
                problems.extend(page_problems)
                if damage.seen:
                    problems.append(f"第{page_number}页的数据已损坏，这一页的内容可能不全")
                page.close()
    except (PdfminerException, PSException) as error:
        raise LoadError(path, pdf_error_reason(error), page=page_number or None) from error
    if not items:
        refuse_scanned(path, problems)
    return items_to_blocks(items, page_count), problems, page_count


def refuse_scanned(path: Path, problems: list[str]) -> None:
    """A PDF with no text at all whose pages are images is a scan: say which pages, and that it needs OCR."""
    scanned = [
        int(problem[1 : problem.index("页")]) for problem in problems if problem.endswith(SCANNED_PAGE)
    ]
    if scanned:
        raise LoadError(
            path,
            f"这是扫描件：{page_ranges(scanned)}只有图像，没有文字，需要先做 OCR（文字识别）再载入",
        )


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] → 第1–3、5页."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return "第" + "、".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs) + "页"


def read_blocks(path: Path) -> tuple[list[Block], list[str], int | None]:
    """Given a PDF file, return its blocks in reading order, problems to report, and its page count."""
    return bytes_to_blocks(path.read_bytes(), path)


def load(path: Path, limits: LimitSettings = DEFAULT_LIMITS) -> LoadedDocument:
    """Read a PDF disclosure into an unsaved Disclosure, with what could not be read."""
    data = path.read_bytes()
    blocks, problems, page_count = bytes_to_blocks(data, path, limits)
    return file_to_document(path, data, "pdf", blocks, problems, page_count)

"""PDF loader at the Blocks level, on PDFs drawn inside the tests (Latin text, ruled boxes, images)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from knowledge.errors import LoadError
from loaders.blocks import Grid, TextLine
from loaders.pdf import read_blocks
from loaders.pdf_text import PageLine, lines_to_paragraphs

PAGE_WIDTH, PAGE_HEIGHT = 612, 792


@dataclass
class SketchPage:
    """What to draw on one page: (x, top, text) in 12pt Helvetica, ruled boxes, boxes filled white
    (gray 1, as Word paints cell backgrounds), single rules (x0, top, x1, bottom), a full-page image. A `rotated` page is stored portrait with
    /Rotate 90 and drawn turned, so it reads as a landscape page; positions are given as it reads."""

    texts: list[tuple[float, float, str]] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    white: list[tuple[float, float, float, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    image: bool = False
    rotated: bool = False

    def rectangle(self, box: tuple[float, float, float, float]) -> str:
        x0, top, x1, bottom = box
        if self.rotated:
            return f"{top} {x0} {bottom - top} {x1 - x0} re"
        return f"{x0} {PAGE_HEIGHT - bottom} {x1 - x0} {bottom - top} re"

    def text(self, x: float, top: float, text: str) -> str:
        if self.rotated:
            return f"BT /F1 12 Tf 0 1 -1 0 {top + 10} {x} Tm ({text}) Tj ET"
        return f"BT /F1 12 Tf {x} {PAGE_HEIGHT - top - 10} Td ({text}) Tj ET"

    def content(self) -> bytes:
        ops = [f"1 g {self.rectangle(box)} f 0 g" for box in self.white]
        ops += [self.text(x, top, text) for x, top, text in self.texts]
        ops += [f"{self.rectangle(box)} S" for box in self.boxes]
        ops += [
            f"{x0} {PAGE_HEIGHT - top} m {x1} {PAGE_HEIGHT - bottom} l S"
            for x0, top, x1, bottom in self.rules
        ]
        if self.image:
            ops.append("q 500 0 0 700 50 50 cm /Im1 Do Q")
        return "\n".join(ops).encode()


def sketch_pdf(pages: list[SketchPage], *, encrypted: bool = False) -> bytes:
    """A small valid PDF; `encrypted` adds a standard security handler whose password nobody knows."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font, image]
    kids = []
    for page in pages:
        stream = page.content()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        contents = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R%s"
            b" /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, contents, b" /Rotate 90" if page.rotated else b"")
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    trailer_extra = b""
    if encrypted:
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"
            + b"11" * 32
            + b"> /U <"
            + b"22" * 32
            + b"> >>"
        )
        trailer_extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return out


def write(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def table_boxes(
    left: float, top: float, widths: list[float], rows: int, height: float = 20
) -> list[tuple[float, float, float, float]]:
    boxes = []
    for row in range(rows):
        x = left
        for width in widths:
            boxes.append((x, top + row * height, x + width, top + (row + 1) * height))
            x += width
    return boxes


def test_title_comes_before_its_table_and_text_below_after_it(tmp_path: Path) -> None:
    page = SketchPage(
        texts=[
            (72, 60, "Income table"),
            (72, 80, "Unit: yuan"),
            (77, 105, "Item"),
            (177, 105, "Amount"),
            (77, 125, "Salary"),
            (177, 125, "1,234.50"),
            (72, 170, "Note: below the table"),
        ],
        boxes=table_boxes(72, 100, [100, 100], rows=2),
    )
    blocks, problems, pages = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert pages == 1 and problems == []
    assert [type(block).__name__ for block in blocks] == ["TextLine", "TextLine", "Grid", "TextLine"]
    grid = blocks[2]
    assert isinstance(grid, Grid)
    assert [row.cells for row in grid.rows] == [("Item", "Amount"), ("Salary", "1,234.50")]
    assert {row.page for row in grid.rows} == {1}
    assert [block.text for block in blocks if isinstance(block, TextLine)] == [
        "Income table",
        "Unit: yuan",
        "Note: below the table",
    ]


def test_empty_cells_keep_their_column(tmp_path: Path) -> None:
    page = SketchPage(
        texts=[(77, 105, "Rent"), (277, 105, "30.00")],
        boxes=table_boxes(72, 100, [100, 100, 100], rows=1),
    )
    blocks, _, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert isinstance(blocks[0], Grid)
    assert blocks[0].rows[0].cells == ("Rent", "", "30.00")


def test_white_cell_backgrounds_do_not_split_a_cell_into_columns(tmp_path: Path) -> None:
    """Word paints each cell white in three strips (padding, text, padding): they are not rules."""
    strips = [
        strip
        for x in (72, 172)
        for top in (100, 120)
        for strip in (
            (x, top, x + 5, top + 20),
            (x + 5, top, x + 95, top + 20),
            (x + 95, top, x + 100, top + 20),
        )
    ]
    page = SketchPage(
        texts=[(77, 105, "Item"), (177, 105, "Amount"), (77, 125, "Salary"), (177, 125, "267.80")],
        boxes=table_boxes(72, 100, [100, 100], rows=2),
        white=strips,
    )
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert isinstance(blocks[0], Grid) and problems == []
    assert [row.cells for row in blocks[0].rows] == [("Item", "Amount"), ("Salary", "267.80")]


def test_text_and_rules_drawn_outside_the_page_box_are_ignored(tmp_path: Path) -> None:
    """A hidden copy of a table placed below the page (jiangsu-rdbgt-2017 page 11) is not read twice."""
    hidden_top = PAGE_HEIGHT + 200
    page = SketchPage(
        texts=[(72, 72, "Visible heading"), (77, hidden_top + 5, "Hidden"), (177, hidden_top + 5, "12.00")],
        boxes=table_boxes(72, hidden_top, [100, 100], rows=1),
    )
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert blocks == [TextLine(text="Visible heading", page=1)] and problems == []


def test_a_page_stored_with_rotate_90_reads_as_printed(tmp_path: Path) -> None:
    """Landscape table pages stored portrait with /Rotate 90 (jiangsu-rdcwh-2019 tables) read like any other."""
    page = SketchPage(
        texts=[(72, 60, "Income table"), (77, 105, "Item"), (177, 105, "Amount"), (650, 105, "Note")],
        boxes=table_boxes(72, 100, [100, 100], rows=1),
        rotated=True,
    )
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert problems == []
    assert [block.text if isinstance(block, TextLine) else block.rows[0].cells for block in blocks] == [
        "Income table",
        ("Item", "Amount"),
        "Note",
    ]


def test_a_row_whose_top_border_stayed_on_the_page_before_is_read(tmp_path: Path) -> None:
    """jiangsu-gjfy-2019 page 17: the first row of a continued table has column rules but no top rule."""
    columns = [(x, 60, x, 140) for x in (72, 172, 272)]
    rows = [(72, y, 272, y) for y in (80, 100, 120, 140)]
    page = SketchPage(
        texts=[(77, 65, "Meeting"), (177, 65, "110.05"), (77, 85, "Rent"), (177, 85, "30.00")],
        rules=columns + rows,
    )
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert problems == [] and len(blocks) == 1 and isinstance(blocks[0], Grid)
    assert [row.cells for row in blocks[0].rows] == [("Meeting", "110.05"), ("Rent", "30.00")]


def test_each_block_keeps_its_page_and_page_numbers_at_the_foot_are_dropped(tmp_path: Path) -> None:
    first = SketchPage(texts=[(72, 72, "First page heading"), (300, 760, "1")])
    second = SketchPage(texts=[(72, 72, "Second page heading"), (290, 760, "- 2 -")])
    blocks, _, pages = read_blocks(write(tmp_path, sketch_pdf([first, second])))
    assert pages == 2
    assert [(block.text, block.page) for block in blocks if isinstance(block, TextLine)] == [
        ("First page heading", 1),
        ("Second page heading", 2),
    ]


def test_a_page_with_only_an_image_is_reported_as_scanned(tmp_path: Path) -> None:
    pages = [SketchPage(texts=[(72, 72, "Cover")]), SketchPage(image=True)]
    _, problems, _ = read_blocks(write(tmp_path, sketch_pdf(pages)))
    assert problems == ["第2页为扫描图像，需要OCR"]


def test_numbers_run_together_in_one_cell_are_reported_with_the_page(tmp_path: Path) -> None:
    page = SketchPage(
        texts=[(77, 105, "Salary"), (177, 105, "12.00  30.00")],
        boxes=table_boxes(72, 100, [100, 150], rows=1),
    )
    _, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert len(problems) == 1 and problems[0].startswith("第1页的表格列无法对齐")


def test_an_empty_ruled_row_left_by_a_page_break_gives_no_grid(tmp_path: Path) -> None:
    page = SketchPage(boxes=table_boxes(72, 100, [100, 100], rows=1), texts=[(72, 300, "Text")])
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert blocks == [TextLine(text="Text", page=1)] and problems == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "空"),
        (b"   \n", "空"),
        (b"PK\x03\x04 a zip file, not a PDF", "不是PDF"),
        (b"%PDF-1.4\n1 0 obj garbage that is no pdf at all\n%%EOF\n", "损坏"),
    ],
)
def test_unreadable_files_raise_load_error(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(LoadError, match=reason):
        read_blocks(write(tmp_path, data))


def test_encrypted_pdf_raises_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="加密"):
        read_blocks(write(tmp_path, sketch_pdf([SketchPage(texts=[(72, 72, "Secret")])], encrypted=True)))


def test_truncated_pdf_raises_load_error(tmp_path: Path) -> None:
    whole = sketch_pdf([SketchPage(texts=[(72, 72, "Whole")])])
    with pytest.raises(LoadError, match="不完整"):
        read_blocks(write(tmp_path, whole[: len(whole) // 2]))


def line(text: str, top: float, x0: float = 72, x1: float = 540, page: int = 1) -> PageLine:
    return PageLine(text=text, page=page, top=top, bottom=top + 12, x0=x0, x1=x1, size=12)


def test_a_line_that_fills_the_width_runs_on_into_the_next() -> None:
    lines = [
        line("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入", 100, x0=96),
        line("支出总计减少56.95万元。", 114, x1=300),
        line("二、收入决算情况说明", 140, x0=96, x1=216),
    ]
    assert [p.text for p in lines_to_paragraphs(lines, PAGE_WIDTH)] == [
        "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元。",
        "二、收入决算情况说明",
    ]


@pytest.mark.parametrize(
    "next_line",
    [line("（二）下一项", 114), line("新的一段，首行缩进", 114, x0=96), line("远处的一行", 160)],
)
def test_a_new_item_an_indent_or_a_gap_starts_a_new_paragraph(next_line: PageLine) -> None:
    first = line("（一）这一行写满了整行的宽度，一直到页面右边", 100)
    assert len(lines_to_paragraphs([first, next_line], PAGE_WIDTH)) == 2


def test_a_piece_printed_at_the_right_does_not_run_on_into_the_line_below() -> None:
    """单位：万 ends at the right edge beside a table's 部门名称 line; it is no paragraph's first line."""
    lines = [line("单位：万", 100, x0=480, x1=540), line("部门名称：江苏省高级人民法院", 114, x1=250)]
    assert [p.text for p in lines_to_paragraphs(lines, PAGE_WIDTH)] == [
        "单位：万",
        "部门名称：江苏省高级人民法院",
    ]


def test_table_of_contents_lines_never_run_on() -> None:
    lines = [line("一、部门主要职能 …………………………", 100), line("二、部门机构设置 …………………………", 114)]
    assert len(lines_to_paragraphs(lines, PAGE_WIDTH)) == 2


def test_a_wrapped_centred_title_is_one_line() -> None:
    cover = [
        PageLine("上海市普陀区规划和自然", page=1, top=243, bottom=279, x0=99.4, x1=495.8, size=36),
        PageLine("资源局", page=1, top=305, bottom=341, x0=243.7, x1=351.8, size=36),
        PageLine("2024年度部门决算", page=1, top=368, bottom=404, x0=140.3, x1=454.9, size=36),
    ]
    assert [p.text for p in lines_to_paragraphs(cover, 595.32)] == [
        "上海市普陀区规划和自然资源局",
        "2024年度部门决算",
    ]


def test_a_running_header_printed_on_every_page_is_dropped(tmp_path: Path) -> None:
    pages = [
        SketchPage(
            texts=[(72, 20, f"Budget disclosure 2024 page {number}"), (72, 120, f"Body of page {number}")]
        )
        for number in range(1, 5)
    ]
    blocks, _, _ = read_blocks(write(tmp_path, sketch_pdf(pages)))
    assert [block.text for block in blocks if isinstance(block, TextLine)] == [
        f"Body of page {number}" for number in range(1, 5)
    ]


def test_a_table_without_rules_is_read_by_where_its_text_stands(tmp_path: Path) -> None:
    rows = [(f"Item {row}", 100 + 20 * row) for row in range(4)]
    texts = [
        (x, top, text)
        for label, top in rows
        for x, text in ((72, label), (250, "12.00"), (350, "30.00"), (450, "42.00"))
    ]
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([SketchPage(texts=texts)])))
    assert problems == []
    assert [row.cells for block in blocks if isinstance(block, Grid) for row in block.rows] == [
        (f"Item {row}", "12.00", "30.00", "42.00") for row in range(4)
    ]


def test_a_framed_paragraph_is_running_text_not_a_table(tmp_path: Path) -> None:
    page = SketchPage(texts=[(77, 105, "Note: figures are planned amounts")], boxes=[(72, 100, 540, 140)])
    blocks, problems, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert blocks == [TextLine(text="Note: figures are planned amounts", page=1)] and problems == []


def test_text_inside_a_table_frame_but_outside_its_cells_is_kept(tmp_path: Path) -> None:
    boxes = [*table_boxes(72, 100, [100, 100], rows=1), (72, 120, 172, 140), (72, 140, 272, 160)]
    page = SketchPage(
        texts=[
            (77, 105, "Item"),
            (177, 105, "Amount"),
            (77, 125, "Rent"),
            (180, 125, "stray"),
            (77, 145, "Total"),
        ],
        boxes=boxes,
    )
    blocks, _, _ = read_blocks(write(tmp_path, sketch_pdf([page])))
    assert any(isinstance(block, TextLine) and block.text == "stray" for block in blocks)


def test_an_empty_page_is_reported_as_blank(tmp_path: Path) -> None:
    pages = [SketchPage(texts=[(72, 72, "Cover")]), SketchPage()]
    _, problems, _ = read_blocks(write(tmp_path, sketch_pdf(pages)))
    assert problems == ["第2页是空白页，没有任何内容"]


def test_a_damaged_stream_pdfminer_only_partly_decodes_is_reported(tmp_path: Path) -> None:
    text = b"BT /F1 12 Tf 72 700 Td (Partly readable) Tj ET"
    damaged = zlib.compress(text)[:-2] + b"\x00\x00"
    whole = sketch_pdf([SketchPage(texts=[(72, 72, "placeholder")])])
    plain = SketchPage(texts=[(72, 72, "placeholder")]).content()
    stream = b"<< /Length %d >>\nstream\n" % len(plain) + plain
    data = whole.replace(stream, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(damaged) + damaged)
    _, problems, _ = read_blocks(write(tmp_path, data))
    assert problems == ["第1页的数据已损坏，这一页的内容可能不全"]

"""The text loader: encodings, bad input, and how lines become text lines and grids."""

from __future__ import annotations

import codecs
import random
from functools import cache
from pathlib import Path

import pytest

from knowledge.errors import LoadError
from loaders import load_file, sample_path
from loaders.blocks import Grid, TextLine
from loaders.text import load, text_to_blocks


def sample_text() -> str:
    return sample_path().read_text(encoding="utf-8")


@cache
def figures_of(path: Path) -> list[tuple[str | None, str, str, str]]:
    disclosure = load(path).disclosure
    return [
        (table.number, row.label, figure.column, figure.raw)
        for table in disclosure.tables
        for row in table.rows
        for figure in row.figures
    ]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("gb18030", b""), ("gbk", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-8", codecs.BOM_UTF8)],
)
def test_a_copy_in_another_encoding_loads_the_same(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    copy = tmp_path / f"sample-{encoding}.txt"
    copy.write_bytes(prefix + sample_text().encode(encoding))
    loaded = load(copy).disclosure
    assert figures_of(copy) == figures_of(sample_path())
    assert loaded.unit_name == "汾阳市人力资源和社会保障局"
    assert len(loaded.targets) == 22 and len(loaded.terms) == 12


def test_windows_line_endings_keep_line_numbers(tmp_path: Path) -> None:
    copy = tmp_path / "crlf.txt"
    copy.write_bytes(sample_text().replace("\n", "\r\n").encode("utf-8"))
    tables = load(copy).disclosure.tables
    assert [table.line for table in tables] == [table.line for table in load(sample_path()).disclosure.tables]


@pytest.mark.parametrize("content", [b"", b"\n \r\n\t\n"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    with pytest.raises(LoadError, match="空") as error:
        load(empty)
    assert "empty.txt" in str(error.value)


def test_binary_junk_with_nul_bytes_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(random.Random(2).randbytes(5000))
    with pytest.raises(LoadError, match="二进制") as error:
        load(junk)
    assert error.value.path.endswith("junk.txt")


@pytest.mark.parametrize(("suffix", "claimed"), [(".pdf", "PDF"), (".xlsx", "Excel"), (".docx", "Word")])
def test_binary_junk_named_as_a_format_is_said_to_be_a_broken_file_of_it(
    tmp_path: Path, suffix: str, claimed: str
) -> None:
    """A .pdf whose bytes no PDF starts with (a failed download): the name's format is said to be broken,
    not that the file is no text."""
    junk = tmp_path / f"公开{suffix}"
    junk.write_bytes(random.Random(2).randbytes(5000))
    with pytest.raises(LoadError, match=f"内容不是 {claimed} 文件") as error:
        load_file(junk)
    assert error.value.path.endswith(junk.name)


def test_binary_junk_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    generator = random.Random(3)
    junk.write_bytes(bytes(generator.randrange(1, 256) for _ in range(5000)))
    with pytest.raises(LoadError, match="编码"):
        load(junk)


def test_a_row_whose_cells_cannot_be_aligned_names_its_line(tmp_path: Path) -> None:
    lines = sample_text().split("\n")
    assert lines[149] == "2080104\t综合业务管理\t82.06\t\t82.06"
    lines[149] += "\t1.00\t2.00"
    broken = tmp_path / "broken.txt"
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(LoadError) as error:
        load(broken)
    assert error.value.line == 150
    assert "broken.txt：第150行" in str(error.value)
    assert "无法对齐" in error.value.reason


def test_a_short_row_is_padded_and_reported(tmp_path: Path) -> None:
    lines = sample_text().split("\n")
    lines[149] = "2080104\t综合业务管理\t82.06"
    short = tmp_path / "short.txt"
    short.write_text("\n".join(lines), encoding="utf-8")
    loaded = load(short)
    row = next(
        row
        for table in loaded.disclosure.tables
        if table.number == "表三"
        for row in table.rows
        if row.code == "2080104"
    )
    assert [figure.raw for figure in row.figures] == ["82.06", "", ""]
    assert any("第150行" in problem for problem in loaded.problems)


def test_tab_lines_form_grids_and_blank_lines_do_not_end_them() -> None:
    blocks = text_to_blocks("标题\n\na\t1\n\nb\t2\n说明文字\n\t\t\nc\t3\r\n")
    assert [type(block) for block in blocks] == [TextLine, Grid, TextLine, Grid]
    title, first, note, second = blocks
    assert isinstance(title, TextLine) and (title.text, title.line) == ("标题", 1)
    assert isinstance(first, Grid) and [(row.cells, row.line) for row in first.rows] == [
        (("a", "1"), 3),
        (("b", "2"), 5),
    ]
    assert isinstance(note, TextLine) and note.line == 6
    assert isinstance(second, Grid) and second.rows[0].line == 8


def test_cells_keep_their_empty_places() -> None:
    blocks = text_to_blocks("合计\t\t1100.24\t\t\n")
    assert isinstance(blocks[0], Grid)
    assert blocks[0].rows[0].cells == ("合计", "", "1100.24", "", "")

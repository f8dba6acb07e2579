"""HTML loader at the Blocks level, on pages written inside the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import LoadError
from loaders.blocks import Grid, TextLine
from loaders.html import read_blocks

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>柞水县审计局2020年部门决算 - 柞水县人民政府</title>
<script>var x = "不是正文";</script><style>p {color: red}</style></head>
<body>
<h1>柞水县审计局2020年部门决算</h1>
<p>一、部门主要职责<br>负责全县审计工作。</p>
<div style="display:none">隐藏的文字</div>
<table border="1">
  <caption>2020年收入支出决算总表</caption>
  <tr><td colspan="2">收入</td><td colspan="2">支出</td></tr>
  <tr><th>项目</th><th>决算数</th><th>项目</th><th>决算数</th></tr>
  <tr><td rowspan="2">一、一般公共预算财政拨款收入</td><td>1,100.24</td><td>一、一般公共服务<br>支出</td><td>&nbsp;</td></tr>
  <tr><td></td><td>二、教育支出</td><td>13.26</td></tr>
</table>
<p>注：本表金额单位为万元。</p>
</body></html>
"""

LAYOUT_PAGE = """<html><head><meta charset="utf-8"></head><body>
<table><tr><td>网站导航</td></tr>
<tr><td><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>12.00</td></tr></table></td></tr>
</table></body></html>
"""


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    return path


def test_gb2312_page_gives_lines_and_grid_in_order(tmp_path: Path) -> None:
    blocks, problems, pages = read_blocks(write(tmp_path, PAGE.encode("gb18030")))
    assert problems == [] and pages is None
    texts = [block.text if isinstance(block, TextLine) else "GRID" for block in blocks]
    assert texts == [
        "柞水县审计局2020年部门决算",
        "一、部门主要职责",
        "负责全县审计工作。",
        "2020年收入支出决算总表",
        "GRID",
        "注：本表金额单位为万元。",
    ]


def test_rowspan_and_colspan_are_expanded_like_merged_cells(tmp_path: Path) -> None:
    blocks, _, _ = read_blocks(write(tmp_path, PAGE.encode("gb18030")))
    grid = next(block for block in blocks if isinstance(block, Grid))
    assert grid.caption == "2020年收入支出决算总表"
    assert [row.cells for row in grid.rows] == [
        ("收入", "", "支出", ""),
        ("项目", "决算数", "项目", "决算数"),
        ("一、一般公共预算财政拨款收入", "1,100.24", "一、一般公共服务支出", ""),
        ("", "", "二、教育支出", "13.26"),
    ]


def test_a_layout_table_is_read_as_text_around_its_inner_table(tmp_path: Path) -> None:
    blocks, _, _ = read_blocks(write(tmp_path, LAYOUT_PAGE.encode("utf-8")))
    assert blocks[:2] == [TextLine(text="网站导航"), TextLine(text="单位：万元")]
    assert isinstance(blocks[2], Grid) and blocks[2].rows[1].cells == ("合计", "12.00")
    assert len(blocks) == 3


def test_page_title_is_used_when_the_body_has_no_heading(tmp_path: Path) -> None:
    page = "<html><head><title>某单位2024年预算公开</title></head><body><p>正文</p></body></html>"
    blocks, _, _ = read_blocks(write(tmp_path, page.encode("utf-8")))
    assert blocks == [TextLine(text="某单位2024年预算公开"), TextLine(text="正文")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "空"), (b"  \n ", "空"), (b"<html><body><script>x()</script></body></html>", "没有任何文字")],
)
def test_pages_without_content_raise_load_error(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(LoadError, match=reason):
        read_blocks(write(tmp_path, data))

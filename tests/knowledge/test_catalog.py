"""Finding documents and tables by what people type, and laying tables out for a terminal or a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.catalog import (
    UNNAMED_ROW,
    display_width,
    find_disclosure,
    find_table,
    list_disclosures,
    list_tables,
    load_rows,
    row_label,
    table_lines,
    table_number,
)
from knowledge.errors import Ambiguous, NotFound
from knowledge.models import TableRow
from knowledge.queries import disclosure_heads
from loaders import load_into
from tests.loaders.document_writers import write_text
from tests.loaders.guangdong_final_accounts import GUANGDONG_FINAL
from tests.loaders.qingfeng_final_accounts import QINGFENG_FINAL
from tests.loaders.qinghe_final_accounts import QINGHE_FINAL


@pytest.mark.parametrize(
    ("reference", "number"), [("表十二", 12), ("十二", 12), ("12", 12), ("公开03表", 3), ("项目", None)]
)
def test_table_numbers_as_people_write_them(reference: str, number: int | None) -> None:
    assert table_number(reference) == number


def test_find_table_and_document(sqlite_engine: Engine, sample: Path) -> None:
    load_into(sqlite_engine, sample)
    with Session(sqlite_engine) as session:
        document = find_disclosure(session, "人社局 2024")
        assert find_table(session, "表十", document).title == "2024年财政拨款安排“三公”经费支出预算表"
        assert find_table(session, "机关运行经费").number == "表十一"
        with pytest.raises(NotFound) as missing:
            find_table(session, "表九十九")
        assert missing.value.suggestions
        with pytest.raises(NotFound):
            find_disclosure(session, "教育局")


def test_wide_layout_fits_the_width_and_narrow_layout_lists_cells(
    sqlite_engine: Engine, sample: Path
) -> None:
    load_into(sqlite_engine, sample)
    with Session(sqlite_engine) as session:
        table = find_table(session, "表三")
        rows = load_rows(session, table)
        wide = table_lines(table, rows, 80)
        narrow = table_lines(table, rows, 40)
    assert all(display_width(line) <= 80 for line in wide)
    assert any(line.startswith("208 社会保障和就业支出") for line in narrow)
    assert "  2024年预算数/项目支出：1180.35" in narrow


def test_listings_and_answers_read_only_current_versions(
    engine: Engine, sample: Path, tmp_path: Path
) -> None:
    load_into(engine, sample)
    newer = tmp_path / "fenyang-corrected.txt"
    newer.write_text(
        sample.read_text(encoding="utf-8").replace("57.60\t57.60", "58.60\t58.60"), encoding="utf-8"
    )
    assert (report := load_into(engine, newer)).result is not None and report.result.outcome == "replaced"
    with Session(engine) as session:
        (current,) = list_disclosures(session)
        assert current.source_name == newer.name
        assert [doc.is_current for doc in list_disclosures(session, versions=True)] == [False, True]
        assert [doc.id for doc in disclosure_heads(session)] == [current.id]
        assert {table.disclosure_id for table in list_tables(session)} == {current.id}
        assert find_table(session, "表十二").disclosure_id == current.id
        with pytest.raises(NotFound):
            find_disclosure(session, str(current.id - 1))


def display_slice(line: str, start: int, end: int) -> str:
    """The characters of a line between two terminal columns."""
    kept, column = [], 0
    for character in line:
        if start <= column < end:
            kept.append(character)
        column += display_width(character)
    return "".join(kept)


def grid_rows(lines: list[str]) -> list[str]:
    """The lines of a grid that are rows: after a heading's rule, up to the next side or note."""
    rows, inside = [], False
    for line in lines:
        if line.startswith("─"):
            inside = True
        elif line.startswith(("【", "（宽度不足")):
            inside = False
        elif inside:
            rows.append(line)
    return rows


def laid_out(engine: Engine, document: str, table: str, width: int) -> tuple[list[str], list[TableRow]]:
    with Session(engine) as session:
        found = find_table(session, table, find_disclosure(session, document))
        rows = load_rows(session, found)
        return table_lines(found, rows, width), rows


@pytest.mark.parametrize(
    ("document", "table"),
    [("省高院", "公开09表"), ("万里街道", "表1"), ("人社局", "表三"), ("财政局2024年决算", "表一")],
)
def test_a_grid_never_cuts_a_figure(corpus_engine: Engine, document: str, table: str) -> None:
    lines, rows = laid_out(corpus_engine, document, table, 200)
    grid = grid_rows(lines)
    in_order = [row for side in dict.fromkeys(row.side for row in rows) for row in rows if row.side == side]
    assert len(grid) == len(in_order)
    for line, row in zip(grid, in_order, strict=True):
        assert line.startswith(row_label(row)[:10])
        assert all(cell.raw in line for cell in row.figures), (line, [cell.raw for cell in row.figures])
    assert not [line for line in lines if "…" in line and any(ch.isdigit() for ch in line.split("…")[0][-3:])]


def test_columns_sharing_a_name_show_whose_they_are(corpus_engine: Engine) -> None:
    """公开09表: two 小计 columns, one of “三公”经费, one of 公务用车购置及运行维护费 inside it."""
    lines, _rows = laid_out(corpus_engine, "省高院", "公开09表", 200)
    top, middle, leaves = lines[2:5]
    assert leaves.startswith("项目") and leaves.count("小计") == 2
    second = leaves.rindex("小计")
    start = display_width(leaves[:second])
    assert "公务用车购置及运行维护费" in middle and "“三公”经费" in top
    above = display_width(middle[: middle.index("公务用车购置及运行维护费")])
    assert above - 20 <= start <= above + 30, "the second 小计 sits under its parent heading"
    assert display_slice(top, start, start + 4).strip() or "“三公”经费" in top
    assert lines[6].startswith(UNNAMED_ROW)


def test_columns_left_out_are_named_with_the_width_that_shows_them(corpus_engine: Engine) -> None:
    lines, _rows = laid_out(corpus_engine, "省高院", "公开09表", 100)
    [note] = [line for line in lines if line.startswith("（宽度不足")]
    assert "另有5列未显示" in note and "会议费" in note and "培训费" in note
    needed = int(note.split("全部显示需要 ")[1].split(" ")[0])
    wide, _rows = laid_out(corpus_engine, "省高院", "公开09表", needed)
    assert not [line for line in wide if line.startswith("（宽度不足")]


def test_a_table_is_found_by_its_number_as_printed_in_any_numbering(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    """附表7, 公开09表, 表三: the number as the document prints it finds that document's table, however
    other documents number theirs (their 附表9, 公开03表 and 表三 share the number alone)."""
    for document, name in (
        (QINGFENG_FINAL, "qingfeng"),
        (QINGHE_FINAL, "qinghe"),
        (GUANGDONG_FINAL, "yunxi"),
    ):
        assert load_into(sqlite_engine, write_text(document, tmp_path / f"{name}.txt")).error is None
    with Session(sqlite_engine) as session:
        assert find_table(session, "附表7").title == "一般公共预算财政拨款“三公”经费支出决算表"
        assert find_table(session, "附表 5").title == "一般公共预算财政拨款支出决算表"
        assert find_table(session, "公开09表").title == "财政拨款“三公”经费支出决算表"
        assert find_table(session, "表三").disclosure.unit_name == "云溪区城市管理和综合执法局"
        with pytest.raises(Ambiguous):
            find_table(session, "3")

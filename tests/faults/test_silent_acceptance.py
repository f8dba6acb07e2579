"""Issue 12, item 7: nothing bad is accepted in silence. A cell that should be an amount but is not is a
warning with its place; a scanned PDF says so, per page; a config value out of range names the file read
and the key; a BOM before batch input is no part of the first question; control characters typed in a
question or carried in a file's name never reach the terminal raw."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import matplotlib
import numpy
import pytest
from PIL import Image, ImageDraw

from bot.channels.cli import main
from knowledge.database import open_engine
from knowledge.errors import ConfigError, LoadError
from knowledge.settings import load_settings
from loaders import load_file, load_into
from loaders.pdf import bytes_to_blocks

matplotlib.use("Agg")
from matplotlib import pyplot  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

TABLE_WITH_BAD_CELLS = """汾阳市财政局
2024年度部门预算
2024年部门支出总表
单位：万元
项目\t合计\t基本支出\t项目支出
合计\t36.00\t26.00\t10.00
办公费\tabc\t5.00\t—
差旅费\t4.00\t1,2,3.4.5\t1.00
印刷费\t7.00\t7.00\t0.00
水电费\t6.00\t6.00\t0.00
邮电费\t5.00\t5.00\t0.00
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_cell_that_is_no_amount_is_a_warning_naming_table_row_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad-cells.txt"
    path.write_text(TABLE_WITH_BAD_CELLS, encoding="utf-8")
    loaded = load_file(path)
    warnings = [problem for problem in loaded.problems if "不是金额" in problem]
    assert warnings == [
        "《2024年部门支出总表》第7行“办公费”一行、“合计”一列的“abc”不是金额，没有按数字读入",
        "《2024年部门支出总表》第8行“差旅费”一行、“基本支出”一列的“1,2,3.4.5”不是金额，没有按数字读入",
    ]
    (table,) = loaded.disclosure.tables
    office = next(row for row in table.rows if row.label == "办公费")
    assert [(figure.raw, figure.value) for figure in office.figures][:1] == [("abc", None)]


@pytest.mark.slow  # starts worker processes
def test_the_warning_is_printed_by_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad-cells.txt"
    path.write_text(TABLE_WITH_BAD_CELLS, encoding="utf-8")
    code, _out, err = run(capsys, "load", str(path), "--db", f"sqlite:///{tmp_path / 'load.db'}")
    assert code == 0
    assert (
        "注意 bad-cells.txt：《2024年部门支出总表》第8行“差旅费”一行、“基本支出”一列的“1,2,3.4.5”不是金额"
        in err
    )


def scanned_pdf(path: Path, pages: int) -> Path:
    """A PDF of page images only, as a scanner makes it."""
    images = []
    for number in range(pages):
        image = Image.new("RGB", (600, 800), "white")
        ImageDraw.Draw(image).text((60, 60), f"2024 budget, page {number + 1}", fill="black")
        images.append(image)
    images[0].save(path, save_all=True, append_images=images[1:])
    return path


def test_a_scanned_pdf_says_it_is_scanned_and_needs_ocr(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as raised:
        load_file(scanned_pdf(tmp_path / "scan.pdf", 3))
    assert raised.value.reason == "这是扫描件：第1–3页只有图像，没有文字，需要先做 OCR（文字识别）再载入"


def test_a_scanned_page_among_text_pages_is_named_by_its_page(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    with PdfPages(path) as pdf:
        text_page = pyplot.figure(figsize=(6, 8))
        text_page.text(0.1, 0.9, "Budget 2024, income table")
        pdf.savefig(text_page)
        image_page = pyplot.figure(figsize=(6, 8))
        image_page.figimage(numpy.eye(64), resize=True)
        pdf.savefig(image_page)
        pyplot.close("all")
    _blocks, problems, pages = bytes_to_blocks(path.read_bytes(), path)
    assert pages == 2 and "第2页为扫描图像，需要OCR" in problems and not any("第1页" in p for p in problems)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[matcher]\nmin_score = 1000\n", "[matcher] min_score 应当在 0 到 100 之间（现在是 1000.0）"),
        ("[matcher]\nmin_score = nan\n", "[matcher] min_score 不能是 nan"),
        ("[matcher]\nmax_candidates = -3\n", "[matcher] max_candidates 应当不小于 1（现在是 -3）"),
        ("[telegram]\nquestions_per_minute = 0\n", "[telegram] questions_per_minute 应当不小于 1"),
        ('[telegram]\nadmins = ["alice"]\n', "[telegram] admins 必须是 Telegram 用户编号（整数）的列表"),
        ("[telegram]\nadmins = [12, true]\n", "[telegram] admins 必须是 Telegram 用户编号（整数）的列表"),
        ("[telegram]\nadmins = [-5]\n", "[telegram] admins 应当不小于 1（现在是 -5）"),
        ("matcher = 5\n", "[matcher] 必须是一个段"),
        ("[limits]\nseconds_per_file = inf\n", "[limits] seconds_per_file 不能是 inf"),
        ("[limits]\nmax_pages = 0\n", "[limits] max_pages 应当不小于 1"),
        ("[database]\nconnect_timeout = 0\n", "[database] connect_timeout 应当在 1 到 3600 之间"),
    ],
)
def test_a_config_value_out_of_range_names_the_file_read_and_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, key: str
) -> None:
    config = tmp_path / "elsewhere" / "budgetbot-settings.toml"
    config.parent.mkdir()
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(config)
    assert str(raised.value).startswith(f"{config}：{key}")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(config))
    code, _out, err = run(capsys, "ask", "三公经费是多少")
    assert code == 1 and f"{config}：{key}" in err and "Traceback" not in err


@pytest.fixture
def sample_db(tmp_path: Path, sample: Path) -> str:
    """A database holding the sample, for questions to be answered from."""
    url = f"sqlite:///{tmp_path / 'sample.db'}"
    engine = open_engine(url)
    assert load_into(engine, sample).error is None
    engine.dispose()
    return url


def batch_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str, text: str
) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    code, out, _err = run(capsys, "ask", "--json", "--batch", "-", "--db", db)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_a_bom_before_batch_input_is_not_part_of_the_first_question(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sample_db: str
) -> None:
    questions = "零工市场花了多少钱\n三公经费是多少\n"
    plain = batch_answers(capsys, monkeypatch, sample_db, questions)
    with_bom = batch_answers(capsys, monkeypatch, sample_db, "\ufeff" + questions)
    assert with_bom == plain and plain[0]["status"] == "answered"


CONTROLS = "\x1b[2J\x1b[31m零工市场\x07花了\x08多少钱\u202e"


def test_control_characters_in_a_question_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sample_db: str
) -> None:
    code, out, err = run(capsys, "ask", CONTROLS, "--db", sample_db)
    batch = batch_answers(capsys, monkeypatch, sample_db, CONTROLS + "\n")
    assert code == 0 and batch[0]["status"] == "answered"
    for text in (out, err, json.dumps(batch, ensure_ascii=False)):
        assert not any(char in text for char in "\x1b\x07\x08\u202e")


@pytest.mark.slow  # starts worker processes
def test_a_file_name_with_control_characters_is_printed_escaped(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a\x1b[2J.txt").write_bytes(sample.read_bytes())
    (folder / "b\x07.pdf").write_bytes(b"%PDF-1.4 not really\n")
    (Path(os.fsdecode(bytes(folder))) / os.fsdecode(b"c-\xff.txt")).write_bytes(b"")
    code, out, err = run(capsys, "load", str(folder), "--db", f"sqlite:///{tmp_path / 'load.db'}")
    assert code == 1
    assert (
        "已载入 a\\x1b[2J.txt" in out and "载入失败 b\\x07.pdf：" in err and "载入失败 c-\\xff.txt：" in err
    )
    assert not any(char in out + err for char in "\x1b\x07")

"""Charts: a phone-sized PNG per kind, the expected Chinese title, sources in the caption, no missing glyphs,
drawn in the font the package ships on any machine."""

from __future__ import annotations

import struct
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from matplotlib import font_manager, get_data_path
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text

from bot.services import charts
from bot.services.charts import (
    BUNDLED_FONT,
    CHART_KINDS,
    build_figure,
    chart_fonts,
    chart_kind,
    render_chart,
)
from knowledge.errors import BudgetbotError
from knowledge.models import Disclosure
from loaders import load_file
from tests.knowledge.audit_documents import consistent_disclosure

EXPECTED_TITLES = {
    "income": "收入构成",
    "spending": "支出构成（按功能分类）",
    "basic": "基本支出与项目支出",
    "sangong": "“三公”经费",
    "projects": "金额最大的10个项目",
}


@pytest.fixture(scope="module")
def sample_disclosure() -> Disclosure:
    from loaders import sample_path

    return load_file(sample_path()).disclosure


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("key", [kind.key for kind in CHART_KINDS])
def test_each_kind_has_its_title_before_saving(key: str, sample_disclosure: Disclosure) -> None:
    figure, _data = build_figure(chart_kind(key), sample_disclosure)
    assert figure.get_suptitle() == EXPECTED_TITLES[key]
    assert "汾阳市人力资源和社会保障局 2024年预算" in [text.get_text() for text in figure.texts]


@pytest.mark.parametrize("key", [kind.key for kind in CHART_KINDS])
def test_each_kind_saves_a_phone_sized_png_without_missing_glyphs(
    key: str, sample_disclosure: Disclosure, tmp_path: Path
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font" for boxes
        chart = render_chart(key, sample_disclosure, tmp_path / f"{key}.png")
    assert png_size(chart.path) == (1080, 1350)
    assert 20_000 < chart.path.stat().st_size < 1_000_000


def test_caption_names_the_document_and_the_source_tables(
    sample_disclosure: Disclosure, tmp_path: Path
) -> None:
    chart = render_chart("主要项目", sample_disclosure, tmp_path / "projects.png")
    assert chart.caption.startswith("汾阳市人力资源和社会保障局 2024年预算：金额最大的10个项目")
    assert "表十二《2024年项目支出预算表（本年预算）》" in chart.caption
    assert "表十三《2024年项目支出预算表（上年结转）》" in chart.caption


@pytest.mark.parametrize("scale", ["0.001", "1", "1000", "123457", "98765432"])
def test_axis_amounts_never_run_into_each_other(scale: str) -> None:
    """From a few 元 to a province's budget in 万元: round amounts with thousands separators, never a
    ×1e7 offset, and no two labels overlapping."""
    disclosure = consistent_disclosure()
    for table in disclosure.tables:
        for row in table.rows:
            for cell in row.figures:
                cell.value = None if cell.value is None else cell.value * Decimal(scale)
    figure, _data = build_figure(chart_kind("spending"), disclosure)
    FigureCanvasAgg(figure).draw()
    axes = figure.axes[0]
    low, high = axes.get_xlim()
    shown = [
        label
        for label, place in zip(axes.get_xticklabels(), axes.get_xticks(), strict=True)
        if low <= place <= high and label.get_text()
    ]
    texts = [label.get_text() for label in shown]
    assert len(texts) >= 2 and axes.xaxis.get_offset_text().get_text() == ""
    assert all(text.replace(",", "").replace(".", "").isdigit() for text in texts)
    assert all(len(text.split(".")[0]) <= 3 for text in texts if "," not in text), texts
    boxes = [label.get_window_extent() for label in shown]
    assert all(left.x1 < right.x0 for left, right in pairwise(boxes)), texts


def test_unknown_kind_lists_the_kinds_there_are() -> None:
    with pytest.raises(BudgetbotError, match="可以画：收入构成"):
        chart_kind("饼图")


def test_missing_table_is_a_clear_error(tmp_path: Path) -> None:
    disclosure = consistent_disclosure()
    disclosure.tables = [
        table for table in disclosure.tables if table.kind not in ("项目支出", "项目支出上年结转")
    ]
    with pytest.raises(BudgetbotError, match="没有载入项目支出表"):
        render_chart("projects", disclosure, tmp_path / "p.png")
    assert not (tmp_path / "p.png").exists()


def test_with_only_matplotlibs_own_fonts_the_chart_is_drawn_in_the_shipped_font(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    own = [entry for entry in font_manager.fontManager.ttflist if entry.fname.startswith(get_data_path())]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", own)  # a machine with Python and nothing else
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chart = render_chart("income", consistent_disclosure(), tmp_path / "i.png")
    assert png_size(chart.path) == (1080, 1350)
    assert chart_fonts() == ["Budgetbot Sans SC"]
    assert str(BUNDLED_FONT) in {entry.fname for entry in font_manager.fontManager.ttflist}


def test_the_shipped_font_travels_with_its_licence_under_its_own_name() -> None:
    licence = BUNDLED_FONT.with_name("OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Reserved Font Name 'Source'" in licence
    font = FT2Font(str(BUNDLED_FONT))
    assert (font.family_name, font.postscript_name) == ("Budgetbot Sans SC", "BudgetbotSansSC-Regular")
    assert BUNDLED_FONT.stat().st_size < 3_000_000


@pytest.mark.parametrize("key", [kind.key for kind in CHART_KINDS])
def test_every_character_a_chart_draws_is_in_the_shipped_font(
    key: str, sample_disclosure: Disclosure
) -> None:
    figure, _data = build_figure(chart_kind(key), sample_disclosure)
    font = FT2Font(str(BUNDLED_FONT))
    drawn = {char for text in figure.findobj(Text) for char in text.get_text() if not char.isspace()}
    assert drawn and not {char for char in drawn if font.get_char_index(ord(char)) == 0}


GLYPH_SIZE, GLYPH_DPI, GRID = 40, 100, 16


def ink_shape(image: np.ndarray) -> np.ndarray:
    """The inked box of a grey image (0 paper, 255 ink), averaged down to a GRID × GRID of 0–1."""
    inked = image > 64
    rows, columns = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
    box = image[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1] / 255
    ys = np.linspace(0, box.shape[0], GRID + 1).astype(int)
    xs = np.linspace(0, box.shape[1], GRID + 1).astype(int)
    return np.array(
        [
            [box[y : max(y2, y + 1), x : max(x2, x + 1)].mean() for x, x2 in pairwise(xs)]
            for y, y2 in pairwise(ys)
        ]
    )


def drawn_by_matplotlib(char: str, families: list[str]) -> np.ndarray:
    figure = Figure(figsize=(1, 1), dpi=GLYPH_DPI)
    canvas = FigureCanvasAgg(figure)
    figure.text(0.5, 0.5, char, fontfamily=families, fontsize=GLYPH_SIZE, ha="center", va="center")
    canvas.draw()
    return 255 - np.asarray(canvas.buffer_rgba())[..., 0].astype(int)


def fonts_own_glyph(char: str) -> np.ndarray:
    font = FT2Font(str(BUNDLED_FONT))
    font.set_size(GLYPH_SIZE, GLYPH_DPI)
    font.set_text(char)
    font.draw_glyphs_to_bitmap()
    return np.asarray(font.get_image()).astype(int)


def difference(first: np.ndarray, second: np.ndarray) -> float:
    return float(np.abs(first - second).mean())


def test_a_chinese_label_is_drawn_with_the_fonts_own_glyphs_not_missing_glyph_boxes() -> None:
    label = "收入构成"
    own = {char: ink_shape(fonts_own_glyph(char)) for char in label}
    for char in label:
        drawn = ink_shape(drawn_by_matplotlib(char, chart_fonts()))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # DejaVu Sans has no Chinese: the box a font-less chart drew
            box = ink_shape(drawn_by_matplotlib(char, ["DejaVu Sans"]))
        distances = {other: difference(drawn, shape) for other, shape in own.items()}
        assert min(distances, key=lambda other: distances[other]) == char, distances
        assert distances[char] < 0.15 < difference(drawn, box), (char, distances[char])


def test_charts_drawn_from_several_threads_are_drawn_one_at_a_time(
    sample_disclosure: Disclosure, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawing_now: list[int] = []
    most_at_once = 0
    real_build = charts.build_figure

    def watched_build(kind: charts.ChartKind, disclosure: Disclosure) -> object:
        nonlocal most_at_once
        drawing_now.append(1)
        most_at_once = max(most_at_once, len(drawing_now))
        time.sleep(0.05)  # widen the window another thread could enter
        try:
            return real_build(kind, disclosure)
        finally:
            drawing_now.pop()

    monkeypatch.setattr(charts, "build_figure", watched_build)
    with ThreadPoolExecutor(max_workers=4) as pool:
        drawn = list(
            pool.map(lambda n: render_chart("三公", sample_disclosure, tmp_path / f"{n}.png"), range(4))
        )
    assert most_at_once == 1
    images = {chart.path.read_bytes() for chart in drawn}
    assert len(images) == 1 and png_size(drawn[0].path) == (1080, 1350)

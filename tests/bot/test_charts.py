"""Charts: a phone-sized PNG per kind, the expected Chinese title, sources in the caption, no missing glyphs."""

from __future__ import annotations

import struct
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from matplotlib import font_manager

from bot import charts
from bot.charts import CHART_KINDS, build_figure, chart_kind, render_chart
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


def test_bars_are_the_table_figures_in_wan_yuan() -> None:
    _figure, data = build_figure(chart_kind("spending"), consistent_disclosure())
    assert [(bar.label, str(bar.value)) for bar in data.bars] == [
        ("社会保障和就业支出", "120.00"),
        ("住房保障支出", "30.00"),
    ]


def test_three_public_chart_shows_all_four_items_even_when_empty() -> None:
    _figure, data = build_figure(chart_kind("三公"), consistent_disclosure())
    assert [bar.label for bar in data.bars] == [
        "因公出国(境)费",
        "公务接待费",
        "公务用车购置费",
        "公务用车运行维护费",
    ]
    assert [str(bar.value) for bar in data.bars] == ["0", "0", "0", "5.00"]


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


def test_without_a_cjk_font_the_error_names_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [])
    with pytest.raises(BudgetbotError, match="fonts-wqy-microhei"):
        render_chart("income", consistent_disclosure(), tmp_path / "i.png")


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

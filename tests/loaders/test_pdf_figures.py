"""Charts drawn among the paragraphs of a PDF (as Word and WPS export them: vector shapes, labels as text)
leave their labels out of the text; running text, headings and a cover's lines stay."""

from __future__ import annotations

import pytest
from matplotlib import rc_context
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from bot.services.charts import bundled_font
from loaders.blocks import TextLine
from loaders.pdf import read_blocks

pytestmark = pytest.mark.slow  # draws PDFs with matplotlib and reads them back

PAGE = (8.27, 11.69)
BODY = 12
LABEL = 8
PARAGRAPHS = (
    "江苏省高级人民法院本年支出预算合计37188.34万元，其中：",
    "基本支出21968万元，占59.07%；项目支出10208.94万元，占27.45%；",
)
AFTER = "四、财政拨款收支预算总体情况说明"
FOLLOWING = "江苏省高级人民法院2019年度财政拨款收、支总预算37188.34万元。"
PIE_LABELS = ("基本支出", "项目支出", "预留机动经费")
BAR_LABELS = ("一般公共服务支出", "公共安全支出", "住房保障支出")


def body_text(figure: Figure, y: float, text: str) -> None:
    figure.text(0.08, y, text, fontsize=BODY, va="center")


def pie_page() -> Figure:
    """Paragraphs, a pie chart labelled with names and shares and a legend, then the next section."""
    figure = Figure(figsize=PAGE)
    body_text(figure, 0.92, "三、支出预算情况说明")
    for index, text in enumerate(PARAGRAPHS):
        body_text(figure, 0.88 - index * 0.03, text)
    axes = figure.add_axes((0.25, 0.5, 0.5, 0.28))
    axes.pie(
        [59.07, 27.45, 13.48],
        labels=[f"{name}, {share}%" for name, share in zip(PIE_LABELS, (59.07, 27.45, 13.48), strict=True)],
        colors=["#9999ff", "#993366", "#ffffcc"],
        textprops={"fontsize": LABEL},
    )
    axes.legend(PIE_LABELS, loc="lower center", bbox_to_anchor=(0.5, -0.2), ncol=3, fontsize=LABEL)
    figure.text(0.5, 0.42, "支出预算图", ha="center", fontsize=BODY - 1)
    body_text(figure, 0.36, AFTER)
    body_text(figure, 0.33, FOLLOWING)
    return figure


def bar_page() -> Figure:
    """A bar chart with its amounts over the bars and names under them, between two paragraphs."""
    figure = Figure(figsize=PAGE)
    body_text(figure, 0.92, "一般公共预算支出按功能分类的构成如下图所示，单位为万元，数字为预算数。")
    axes = figure.add_axes((0.15, 0.55, 0.7, 0.3))
    bars = axes.bar(BAR_LABELS, [1204.5, 27488.23, 7344.46], color=["#2f6f9f", "#d9822b", "#6aa84f"])
    axes.bar_label(bars, fontsize=LABEL)
    axes.tick_params(labelsize=LABEL)
    body_text(figure, 0.45, "公共安全支出占一般公共预算支出的比重最大，主要用于审判和执行工作的运转。")
    return figure


def cover_page() -> Figure:
    """A cover: the title over coloured bands, no running text."""
    figure = Figure(figsize=PAGE)
    figure.patches += [
        Rectangle((0, 0.55), 1, 0.2, color="#b22222", transform=figure.transFigure, figure=figure),
        Rectangle((0, 0.5), 1, 0.05, color="#daa520", transform=figure.transFigure, figure=figure),
    ]
    figure.text(0.5, 0.68, "清河县市场监督管理局", ha="center", fontsize=24)
    figure.text(0.5, 0.6, "2023年部门决算", ha="center", fontsize=24)
    figure.text(0.5, 0.45, "2024年8月", ha="center", fontsize=14)
    return figure


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> list[TextLine]:
    path = tmp_path_factory.mktemp("figures") / "charts.pdf"
    with rc_context({"pdf.fonttype": 42, "font.family": bundled_font()}), PdfPages(path) as pdf:
        for figure in (cover_page(), pie_page(), bar_page()):
            pdf.savefig(figure)
    blocks, problems, _ = read_blocks(path)
    assert problems == []
    return [block for block in blocks if isinstance(block, TextLine)]


def test_the_labels_and_legend_of_a_pie_chart_are_not_text(lines: list[TextLine]) -> None:
    on_page = [line.text for line in lines if line.page == 2]
    assert not any(name in text for text in on_page for name in PIE_LABELS if text not in PARAGRAPHS)
    assert not any("13.48" in text for text in on_page)


def test_the_amounts_and_names_of_a_bar_chart_are_not_text(lines: list[TextLine]) -> None:
    on_page = [line.text for line in lines if line.page == 3]
    assert not any(name in text for text in on_page for name in BAR_LABELS if len(text) < 20)
    assert not any("27488" in text for text in on_page)


def test_running_text_and_headings_around_a_chart_stay(lines: list[TextLine]) -> None:
    texts = [line.text for line in lines]
    for text in ("三、支出预算情况说明", *PARAGRAPHS, AFTER, FOLLOWING):
        assert text in texts
    assert sum("公共安全支出占" in text or "如下图所示" in text for text in texts) == 2


def test_a_cover_over_coloured_bands_keeps_its_lines(lines: list[TextLine]) -> None:
    assert [line.text for line in lines if line.page == 1] == [
        "清河县市场监督管理局",
        "2023年部门决算",
        "2024年8月",
    ]

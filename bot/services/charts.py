"""Charts of one disclosure as PNGs readable on a phone, each with a caption naming its source tables.

matplotlib with the Agg backend (no display needed). Text is set in the font the package ships,
Budgetbot Sans SC (a subset of Noto Sans CJK SC made by tools/subset_font.py, SIL OFL, licence beside it
in bot/services/fonts/), so charts read the same on every machine without a system font; a character outside
the subset is drawn from an installed CJK font when there is one.
matplotlib is imported when a chart is drawn, so the other `budgetbot` commands start quickly.
matplotlib is not thread-safe (shared font and text caches), so charts are drawn one at a time.
"""

from __future__ import annotations

import importlib
import tempfile
import textwrap
import threading
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.errors import BudgetbotError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from sqlalchemy import Engine

    from bot.services.chart_data import ChartData
    from knowledge.models import Disclosure

BUNDLED_FONT = Path(__file__).with_name("fonts") / "BudgetbotSansSC-Regular.otf"
BUNDLED_FAMILY = "Budgetbot Sans SC"
SYSTEM_CJK_FONTS = (  # fallbacks, in order, for a character the bundled subset lacks
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)
WIDTH_PX, HEIGHT_PX, DPI = 1080, 1350, 150
MIN_SLOTS = 5
AXIS_TICKS = 4
LONG_AXIS_LABEL = 9
"""Axis amounts longer than this (in characters, 100,000,000) are turned by AXIS_LABEL_TURN degrees."""
AXIS_LABEL_TURN = 30
BAR_COLOR = "#2f6f9f"
DRAWING = threading.Lock()  # held while matplotlib builds and saves a figure


@dataclass(frozen=True)
class Chart:
    path: Path
    title: str
    caption: str


def bundled_font() -> str:
    """The family name of the shipped CJK font, registered with matplotlib on first use."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    if not any(entry.fname == str(BUNDLED_FONT) for entry in manager.ttflist):
        manager.addfont(str(BUNDLED_FONT))
    return BUNDLED_FAMILY


def chart_fonts() -> list[str]:
    """The families a chart's text is set in: the shipped font, then installed CJK fonts for the rest."""
    from matplotlib import font_manager

    first = bundled_font()
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return [first, *(name for name in SYSTEM_CJK_FONTS if name in installed)]


@dataclass(frozen=True)
class ChartKind:
    key: str
    name: str
    reader: str
    """The function of bot.services.chart_data that reads this chart's bars (imported when drawn, so
    naming the kinds, as `budgetbot`'s help does, imports neither the audit nor matplotlib)."""

    def data(self, disclosure: Disclosure) -> ChartData:
        read = getattr(importlib.import_module("bot.services.chart_data"), self.reader)
        return read(disclosure)  # type: ignore[no-any-return]


CHART_KINDS: tuple[ChartKind, ...] = (
    ChartKind("income", "收入构成", "income_data"),
    ChartKind("spending", "支出构成", "spending_data"),
    ChartKind("basic", "基本项目", "basic_project_data"),
    ChartKind("sangong", "三公经费", "three_public_data"),
    ChartKind("projects", "主要项目", "top_projects_data"),
)


def chart_kind(name: str) -> ChartKind:
    """Given 收入构成, income, 三公 or similar, return the chart kind meant."""
    for kind in CHART_KINDS:
        if name in (kind.key, kind.name) or (len(name) >= 2 and name in kind.name):
            return kind
    names = "、".join(f"{kind.name}（{kind.key}）" for kind in CHART_KINDS)
    raise BudgetbotError(f"没有“{name}”这种图。可以画：{names}")


def wrapped(label: str, width: int = 9, lines: int = 3) -> str:
    """A long label on at most `lines` lines, cut with … when longer."""
    pieces = textwrap.wrap(label, width)
    if len(pieces) > lines:
        pieces = [*pieces[: lines - 1], pieces[lines - 1][: width - 1] + "…"]
    return "\n".join(pieces)


def axis_amount(value: float, _position: int | None = None) -> str:
    """An axis amount as people read it: 12,000 or 2.5, never 1.2 with a ×1e7 offset."""
    if value == int(value) or abs(value) >= 10:
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount_axis(axes: Axes, largest: float) -> None:
    """A few round amounts along the bars' axis, with thousands separators, turned when they are long,
    so large amounts never run into each other."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(nbins=AXIS_TICKS, steps=[1, 2, 2.5, 5, 10]))
    axes.xaxis.set_major_formatter(FuncFormatter(axis_amount))
    axes.tick_params(axis="x", labelsize=11)
    if len(axis_amount(largest * 1.5)) > LONG_AXIS_LABEL:
        for label in axes.get_xticklabels():
            label.set(rotation=AXIS_LABEL_TURN, ha="right", rotation_mode="anchor")


def build_figure(kind: ChartKind, disclosure: Disclosure) -> tuple[Figure, ChartData]:
    """Draw one chart: horizontal bars, largest first, each with its amount and share."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    data = kind.data(disclosure)
    font = chart_fonts()
    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    figure.suptitle(data.title, fontfamily=font, fontsize=22, y=0.965)
    subtitle = f"{disclosure.unit_name} {disclosure.year}年{disclosure.kind}"
    figure.text(0.5, 0.905, subtitle, ha="center", fontfamily=font, fontsize=13, color="#333333")
    axes = figure.add_axes((0.36, 0.14, 0.58, 0.72))
    bars = data.bars if kind.key == "sangong" else sorted(data.bars, key=lambda bar: -bar.value)
    slots = max(len(bars), MIN_SLOTS)
    positions = [slots - 1 - index for index in range(len(bars))]
    axes.barh(positions, [float(bar.value) for bar in bars], color=BAR_COLOR, height=0.6)
    axes.set_yticks(positions, [wrapped(bar.label) for bar in bars], fontfamily=font, fontsize=13)
    axes.set_ylim(-0.6, slots - 0.4)
    axes.set_xlabel("万元", fontfamily=font, fontsize=13)
    axes.spines[["top", "right"]].set_visible(False)
    largest = max((float(bar.value) for bar in bars), default=0.0) or 1.0
    axes.set_xlim(0, largest * 1.5)
    amount_axis(axes, largest)
    total = sum((bar.value for bar in bars), Decimal(0))
    for position, bar in zip(positions, bars, strict=True):
        share = f"\n{bar.value / total:.1%}" if total and kind.key != "projects" else ""
        label = f"{bar.value:,.2f}{share}"
        axes.text(
            float(bar.value) + largest * 0.02, position, label, va="center", fontfamily=font, fontsize=12
        )
    sources = "；".join(table.reference for table in data.tables)
    note = "\n".join(textwrap.wrap(f"来源：{sources}；单位：万元", 40))
    figure.text(0.04, 0.025, note, fontfamily=font, fontsize=10, color="#555555")
    return figure, data


def render_chart(kind_name: str, disclosure: Disclosure, output: Path) -> Chart:
    """Draw a chart of the given kind to `output` (PNG) and return it with its caption."""
    kind = chart_kind(kind_name)
    with DRAWING:
        figure, data = build_figure(kind, disclosure)
        output.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(output, format="png", dpi=DPI)
    sources = "；".join(table.reference for table in data.tables)
    caption = f"{disclosure.label}：{data.title}（单位：万元）。来源：{sources}"
    return Chart(output, data.title, caption)


@dataclass(frozen=True)
class ChartImage:
    png: bytes
    caption: str


def chart_image(engine: Engine, kind_name: str, document_id: int) -> ChartImage:
    """Draw one chart of one current document as PNG bytes, with its caption naming the source tables."""
    from sqlmodel import Session

    from bot.services.documents import current_disclosure
    from knowledge.audit import load_for_audit

    with Session(engine) as session, tempfile.TemporaryDirectory(prefix="budgetbot-chart-") as folder:
        disclosure = load_for_audit(session, current_disclosure(session, document_id))
        chart = render_chart(kind_name, disclosure, Path(folder) / "chart.png")
        return ChartImage(chart.path.read_bytes(), chart.caption)

"""Charts of one disclosure as PNGs readable on a phone, each with a caption naming its source tables.

matplotlib with the Agg backend (no display needed). Text is set in the font the package ships,
Budgetbot Sans SC (a subset of Noto Sans CJK SC made by tools/subset_font.py, SIL OFL, licence beside it
in bot/services/fonts/), so charts read the same on every machine without a system font; a character outside
the subset is drawn from an installed CJK font when there is one.
matplotlib is imported when a chart is drawn, so the other `budgetbot` commands start quickly.
matplotlib is not thread-safe (shared font and text caches), so charts are drawn one at a time.
"""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.audit import leaf, plain, sorted_rows, tables_of, valued
from knowledge.audit.projects import project_lines
from knowledge.audit.rules_cross import THREE_PUBLIC_ITEMS, three_public_items, total_row
from knowledge.audit.rules_tables import TOP_NUMBER
from knowledge.errors import BudgetbotError
from knowledge.models import BudgetTable, Disclosure
from knowledge.money import AMOUNT_UNITS
from knowledge.standard_tables import THREE_PUBLIC_KINDS, TableKind
from knowledge.text import without_spaces

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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
TOP_PROJECTS = 10
MIN_SLOTS = 5
AXIS_TICKS = 4
LONG_AXIS_LABEL = 9
"""Axis amounts longer than this (in characters, 100,000,000) are turned by AXIS_LABEL_TURN degrees."""
AXIS_LABEL_TURN = 30
BAR_COLOR = "#2f6f9f"
WAN = Decimal(10_000)
DRAWING = threading.Lock()  # held while matplotlib builds and saves a figure


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal  # 万元


@dataclass(frozen=True)
class ChartData:
    title: str
    bars: list[Bar]
    tables: list[BudgetTable]


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


def in_wan(value: Decimal, table: BudgetTable) -> Decimal:
    return value * AMOUNT_UNITS.get(table.unit_of_measure, WAN) / WAN


def income_data(disclosure: Disclosure) -> ChartData:
    """收入构成: the numbered income rows of the 收支总表, and the carry-over."""
    for table in tables_of(disclosure, TableKind.SUMMARY):
        bars = []
        for row in sorted_rows(table):
            label = plain(row.label)
            wanted = TOP_NUMBER.match(without_spaces(row.label)) or label.startswith("上年结转")
            if row.side == "支出" or not wanted or not valued(row) or row.parent is not None:
                continue
            bars.append(Bar(label, in_wan(valued(row)[0].value or Decimal(0), table)))
        if bars:
            return ChartData("收入构成", bars, [table])
    raise BudgetbotError("画不了收入构成：这份文档没有载入收支总表的收入栏")


def spending_data(disclosure: Disclosure) -> ChartData:
    """支出构成: the 类 rows (3-digit 功能分类 codes) of the 支出总表, else of 一般公共预算支出表."""
    for table in tables_of(disclosure, TableKind.SPENDING, TableKind.GENERAL_SPENDING):
        rows = [row for row in sorted_rows(table) if row.code and len(row.code) == 3 and valued(row)]
        if rows:
            bars = [Bar(row.label, in_wan(valued(row)[0].value or Decimal(0), table)) for row in rows]
            return ChartData("支出构成（按功能分类）", bars, [table])
    raise BudgetbotError("画不了支出构成：这份文档没有带功能分类科目的支出表")


def basic_project_data(disclosure: Disclosure) -> ChartData:
    """基本支出 against 项目支出, from the 合计 row of the 支出总表."""
    for table in tables_of(disclosure, TableKind.SPENDING, TableKind.GENERAL_SPENDING):
        row = total_row(table)
        if row is None:
            continue
        cells = {plain(leaf(cell.column)): cell.value for cell in valued(row)}
        bars = [
            Bar(name, in_wan(cells[name] or Decimal(0), table))
            for name in ("基本支出", "项目支出")
            if name in cells
        ]
        if bars:
            return ChartData("基本支出与项目支出", bars, [table])
    raise BudgetbotError("画不了基本/项目支出：支出总表没有基本支出、项目支出合计")


def three_public_data(disclosure: Disclosure) -> ChartData:
    """The four “三公” items; an item the table leaves empty is drawn as 0."""
    for table in tables_of(disclosure, *THREE_PUBLIC_KINDS):
        items = three_public_items(disclosure, table)
        if not table.no_data and not items and not table.rows:
            continue
        bars = [
            Bar(item, in_wan(items[item].value or Decimal(0), table) if item in items else Decimal(0))
            for item in THREE_PUBLIC_ITEMS
        ]
        return ChartData("“三公”经费", bars, [table])
    raise BudgetbotError("画不了三公经费：这份文档没有载入“三公”经费表")


def top_projects_data(disclosure: Disclosure) -> ChartData:
    """The largest projects of the 项目支出 tables; carried-over ones are marked."""
    _heads, lines = project_lines(disclosure)
    if not lines:
        raise BudgetbotError("画不了主要项目：这份文档没有载入项目支出表")
    ranked = sorted(lines, key=lambda line: -in_wan(line.cell.value or Decimal(0), line.table))[:TOP_PROJECTS]
    bars = [
        Bar(
            line.row.label + ("（上年结转）" if line.table.kind == TableKind.PROJECTS_CARRIED_OVER else ""),
            in_wan(line.cell.value or Decimal(0), line.table),
        )
        for line in ranked
    ]
    tables = list({id(line.table): line.table for line in ranked}.values())
    return ChartData(f"金额最大的{len(bars)}个项目", bars, tables)


@dataclass(frozen=True)
class ChartKind:
    key: str
    name: str
    data: Callable[[Disclosure], ChartData]


CHART_KINDS: tuple[ChartKind, ...] = (
    ChartKind("income", "收入构成", income_data),
    ChartKind("spending", "支出构成", spending_data),
    ChartKind("basic", "基本项目", basic_project_data),
    ChartKind("sangong", "三公经费", three_public_data),
    ChartKind("projects", "主要项目", top_projects_data),
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

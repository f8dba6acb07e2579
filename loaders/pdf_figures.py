"""Charts drawn on a PDF page (pie slices, bars in series colours) and the labels printed around them.

Word and WPS export a chart as vector shapes with its labels ("预留机动经费, 13.48%", the legend) as
ordinary text, so they land in the text layer among the paragraphs. A chart is found by its shapes:
filled areas in two or more colours, or bars of one colour on one baseline (a table's rules are black,
its cell backgrounds white, a shaded header one grey), outside the page's tables. Its labels are the short lines beside it, set smaller than
the page's running text (a page without running text, such as a cover, has none); at least one of
them prints a value.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pdfplumber.page import Page

from loaders.pdf_text import DEFAULT_LAYOUT, STARTS_ITEM, PageLine, PdfLayout

Box = tuple[float, float, float, float]

SERIES_COLOURS = 2
"""Filled shapes in at least this many colours (besides black and white) make a chart."""
VALUE = re.compile(r"\d")


def fill_colour(shape: dict[str, Any]) -> tuple[float, ...] | None:
    """A filled shape's colour as a tuple, or None when it is unfilled, black, white or a pattern."""
    colour = shape.get("non_stroking_color")
    if not shape.get("fill") or colour is None:
        return None
    values = (colour,) if isinstance(colour, int | float) else tuple(colour)
    if not values or not all(isinstance(value, int | float) for value in values):
        return None
    grey = len(values) == 1 or (len(values) == 3 and len(set(values)) == 1)
    if grey and values[0] in (0, 1) or values in ((0, 0, 0, 0), (0, 0, 0, 1)):
        return None
    return tuple(float(value) for value in values)


def inside(box: Box, outer: Box) -> bool:
    return box[0] >= outer[0] and box[1] >= outer[1] and box[2] <= outer[2] and box[3] <= outer[3]


def touches(first: Box, second: Box, gap: float) -> bool:
    return not (
        first[2] + gap < second[0]
        or second[2] + gap < first[0]
        or first[3] + gap < second[1]
        or second[3] + gap < first[1]
    )


def beside(first: Box, second: Box, layout: PdfLayout) -> bool:
    """Whether two shapes belong to one drawing: within `chart_gap` of each other, or in one row (the
    colour keys of a legend)."""
    in_row = (
        abs(first[1] - second[1]) <= layout.rule_tolerance
        and abs(first[3] - second[3]) <= layout.rule_tolerance
    )
    return in_row or touches(first, second, layout.chart_gap)


def union(first: Box, second: Box) -> Box:
    return (
        min(first[0], second[0]),
        min(first[1], second[1]),
        max(first[2], second[2]),
        max(first[3], second[3]),
    )


@dataclass
class Cluster:
    """Filled shapes drawn close together: their box, and each shape's box by colour."""

    box: Box
    shapes: dict[tuple[float, ...], list[Box]] = field(default_factory=dict)

    def is_chart(self, tolerance: float) -> bool:
        """Two colours or more (pie slices, series), or bars of one colour on one baseline (or, drawn
        across, from one axis)."""
        if len(self.shapes) >= SERIES_COLOURS:
            return True
        return any(
            len({round(box[edge] / tolerance) for box in boxes}) < len(boxes)
            for boxes in self.shapes.values()
            for edge in (0, 3)
        )


def chart_boxes(page: Page, tables: list[Box], layout: PdfLayout = DEFAULT_LAYOUT) -> list[Box]:
    """Given a page and its tables' boxes, return the boxes of the charts drawn on it: filled shapes (not
    thin rules, not inside a table) beside each other taken together, kept when they read as a chart."""
    clusters: list[Cluster] = []
    for shape in (*page.curves, *page.rects):
        colour = fill_colour(shape)
        box: Box = (shape["x0"], shape["top"], shape["x1"], shape["bottom"])
        if colour is None or min(box[2] - box[0], box[3] - box[1]) < layout.min_rule:
            continue
        if any(inside(box, table) for table in tables):
            continue
        cluster = Cluster(box, {colour: [box]})
        for joined in [other for other in clusters if beside(other.box, box, layout)]:
            clusters.remove(joined)
            cluster.box = union(cluster.box, joined.box)
            for other_colour, boxes in joined.shapes.items():
                cluster.shapes.setdefault(other_colour, []).extend(boxes)
        clusters.append(cluster)
    return [cluster.box for cluster in clusters if cluster.is_chart(layout.rule_tolerance)]


def body_size(lines: list[PageLine], layout: PdfLayout = DEFAULT_LAYOUT) -> float:
    """The type size most of the page's running text is set in (lines longer than a label); 0 on a page
    without running text, such as a cover."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if len(line.text) > layout.chart_label_chars:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def near(line: PageLine, box: Box, layout: PdfLayout) -> bool:
    """Whether a line sits beside a chart: within `chart_label_reach` of its type sizes above or below,
    and up to `chart_label_side` sizes to its left or right."""
    reach, side = layout.chart_label_reach * line.size, layout.chart_label_side * line.size
    middle = (line.top + line.bottom) / 2
    return (
        box[1] - reach <= middle <= box[3] + reach and line.x1 >= box[0] - side and line.x0 <= box[2] + side
    )


def drop_chart_labels(
    lines: list[PageLine], charts: list[Box], layout: PdfLayout = DEFAULT_LAYOUT
) -> list[PageLine]:
    """Given a page's running lines and its charts, return the lines without the charts' labels: short
    lines beside a chart, smaller than the running text, not starting an item (一、…), when one of them
    prints a value (a legend far from its pie goes with the pie's labels)."""
    if not charts:
        return lines
    size = body_size(lines, layout)
    labels = {
        index
        for index, line in enumerate(lines)
        if any(near(line, box, layout) for box in charts)
        and line.size < size - layout.chart_label_smaller
        and len(line.text.replace(" ", "")) <= layout.chart_label_chars
        and not STARTS_ITEM.match(line.text)
    }
    if not any(VALUE.search(lines[index].text) for index in labels):
        return lines
    return [line for index, line in enumerate(lines) if index not in labels]

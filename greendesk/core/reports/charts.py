"""Report charts drawn with reportlab.graphics (the core has no Qt): the same pictures as the dashboard."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from greendesk.core.base import fonts
from greendesk.core.reports import labels
from greendesk.core.reports.labels import t

GREEN = colors.HexColor("#2E7D32")
BLUE = colors.HexColor("#1565C0")
ORANGE = colors.HexColor("#EF6C00")
GREY = colors.HexColor("#9E9E9E")
RED = colors.HexColor("#C62828")
TARGET_COLOURS = (ORANGE, RED, colors.HexColor("#6A1B9A"), colors.HexColor("#00838F"))


def _cjk_drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is the embedded CJK one (not an unembedded Helvetica)."""
    return Drawing(width, height, initialFontName=fonts.font(fonts.HEI))


def _legend(drawing: Drawing, font: str, pairs: list[tuple[Any, str]]) -> None:
    """One row of colour keys across the top of the drawing."""
    legend = Legend()
    legend.x, legend.y = 60, drawing.height - 8
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _bar_chart(
    box: tuple[float, float, float, float],
    rows: list[dict[str, Any]],
    series: tuple[tuple[str, Any], ...],
    names: list[str],
    font: str,
) -> VerticalBarChart:
    """Grouped bars, one group per row and one bar per (data key, colour) in ``series``."""
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = box
    chart.data = [[row[key] for row in rows] or [0] for key, _colour in series]
    for index, (_key, colour) in enumerate(series):
        chart.bars[index].fillColor = colour
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = font
    chart.valueAxis.labels.fontName = font
    return chart


def _value_axis(chart: VerticalBarChart, top: float, steps: int) -> None:
    """The value axis from 0 to ``top`` in about ``steps`` whole-number steps."""
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = max(1, top // steps)


def cumulative_share_chart(
    data: dict[str, Any], font: str, width: float = 760, height: float = 230
) -> Drawing:
    """Share of in-scope communities passed over time, with each year's target as a dashed line."""
    drawing = _cjk_drawing(width, height)
    points = [(date.fromisoformat(p["day"]).toordinal(), p["share"]) for p in data["series"]]
    targets = [(int(year), float(share)) for year, share in data["target_lines"]]
    start = min(
        [p[0] for p in points] + [date(targets[0][0], 1, 1).toordinal()]
        if targets
        else [p[0] for p in points]
    )
    end = max([p[0] for p in points] + [date(year, 12, 31).toordinal() for year, _share in targets])
    points = _steps([(start, 0.0), *points] if points[0][0] > start else points)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 50, 40, width - 80, height - 70
    plot.data = [points]
    plot.lines[0].strokeColor = GREEN
    plot.lines[0].strokeWidth = 2
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = start, max(end, start + 1)
    plot.xValueAxis.valueSteps = _month_steps(start, end)
    plot.xValueAxis.labelTextFormat = lambda value: _month(date.fromordinal(int(value)))
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, 100
    plot.yValueAxis.valueStep = 20
    plot.yValueAxis.labelTextFormat = "%d%%"
    plot.yValueAxis.labels.fontName = font
    drawing.add(plot)
    span = max(end, start + 1) - start
    for index, (year, share) in enumerate(targets):
        y = plot.y + plot.height * share / 100
        x_end = plot.x + plot.width * (date(year, 12, 31).toordinal() - start) / span
        colour = TARGET_COLOURS[index % len(TARGET_COLOURS)]
        drawing.add(Line(plot.x, y, x_end, y, strokeColor=colour, strokeDashArray=[4, 3], strokeWidth=1))
        drawing.add(
            String(
                x_end - 2,
                y + 3,
                t(labels.TARGET_LINE).format(year=year, share=f"{share:g}"),
                fontName=font,
                fontSize=8,
                fillColor=colour,
                textAnchor="end",
            )
        )
    last = data["series"][-1]
    drawing.add(
        String(
            plot.x + 4,
            plot.y + plot.height + 8,
            f"{t(labels.SECTION_SERIES)}: {last['passed']} / {data['in_scope_total']} = {last['share']}%",
            fontName=font,
            fontSize=9,
        )
    )
    return drawing


def _steps(points: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """A cumulative count changes on the day something passes: draw it as a staircase."""
    stepped = points[:1]
    for x, y in points[1:]:
        stepped += [(x, stepped[-1][1]), (x, y)]
    return stepped


def _month_steps(start: int, end: int) -> list[int]:
    first = date.fromordinal(start)
    months = (date.fromordinal(end).year - first.year) * 12 + date.fromordinal(end).month - first.month
    stride = max(1, months // 10 + 1)
    steps = []
    year, month = first.year, first.month
    while date(year, month, 1).toordinal() <= end:
        if date(year, month, 1).toordinal() >= start:
            steps.append(date(year, month, 1).toordinal())
        month += stride
        while month > 12:
            year, month = year + 1, month - 12
    return steps


def street_chart(data: dict[str, Any], font: str, width: float = 760, height: float = 260) -> Drawing:
    """Per street: pilots started, under review, passed (cumulative); pilot minimum line, streets below in red."""
    drawing = _cjk_drawing(width, height)
    streets = data["streets"]
    chart = _bar_chart(
        (40, 80, width - 130, height - 110),
        streets,
        (("recommended", GREY), ("under_review", BLUE), ("pilots", GREEN)),
        [row["name"] for row in streets],
        font,
    )
    chart.barSpacing, chart.groupSpacing = 0, 3
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 60
    chart.categoryAxis.labels.boxAnchor = "ne"
    for index, row in enumerate(streets):
        if row["below_min"]:
            chart.categoryAxis.labels[index].fillColor = RED
    top = max([data["pilots_min"], *chart.data[0], *chart.data[2]]) + 1
    _value_axis(chart, top, 6)
    drawing.add(chart)
    y = chart.y + chart.height * data["pilots_min"] / top
    drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=RED, strokeDashArray=[4, 3]))
    drawing.add(
        String(
            chart.x + chart.width + 4,
            y - 3,
            t(labels.PILOT_MINIMUM).format(count=data["pilots_min"]),
            fontName=font,
            fontSize=8,
            fillColor=RED,
            textAnchor="start",
        )
    )
    _legend(
        drawing,
        font,
        [(GREY, t(labels.PILOTS_STARTED)), (BLUE, t("Under review")), (GREEN, t(labels.PASSED_CUMULATIVE))],
    )
    return drawing


def item_chart(data: dict[str, Any], font: str, width: float = 760, height: float = 200) -> Drawing:
    """Outcome by item in the current round: meets / does not meet / more material needed."""
    drawing = _cjk_drawing(width, height)
    items = data["items"]
    chart = _bar_chart(
        (40, 30, width - 60, height - 60),
        items,
        (("pass_count", GREEN), ("fail_count", RED), ("more_count", ORANGE)),
        [str(row["item"]) for row in items],
        font,
    )
    top = max([1, *chart.data[0], *chart.data[1], *chart.data[2]])
    _value_axis(chart, top + 1, 5)
    drawing.add(chart)
    _legend(
        drawing, font, [(GREEN, t("Meets")), (RED, t("Does not meet")), (ORANGE, t("More material needed"))]
    )
    return drawing


def _month(day: date) -> str:
    """A chart's month label as Chinese documents write it (2022年3月)."""
    return f"{day.year}年{day.month}月"

"""Progress dashboard: where the district stands against the yearly targets, drawn with pyqtgraph.

The figures come from ``greendesk.core.progress.figures.compute`` (the same computation the reports print),
for the campaign year chosen in the year box, as of now; this module only draws them. Every chart shows exact numbers on hover and can be copied or saved.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import campaign
from greendesk.core.base import clock, i18n
from greendesk.core.progress import figures
from greendesk.core.reports import labels
from greendesk.core.review import vocabulary
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, TOPIC_REGISTRY, TOPIC_REVIEW, TOPIC_TARGETS, UiContext
from greendesk.ui.widgets.chart_layout import QuarterAxis, legend_above, whole_number_ticks
from greendesk.ui.widgets.chart_layout import timestamp as _timestamp
from greendesk.ui.widgets.chart_panel import BLUE, GREEN, GREY, ORANGE, RED, ChartPanel
from greendesk.ui.widgets.chart_panel import chart_font as _chart_font

BELOW_MIN_BAND = QColor(253, 224, 220)
TARGET_COLOURS = (ORANGE, RED, QColor("#6A1B9A"), QColor("#00838F"))
REFRESH_TOPICS = (TOPIC_REGISTRY, TOPIC_RECOMMENDATIONS, TOPIC_REVIEW, TOPIC_TARGETS)


def _report_text(text: str) -> str:
    """A label the core marked in context "Reports", in the UI language."""
    return QCoreApplication.translate("Reports", text)


def _row_pixels() -> int:
    """The height one labelled row of a bar chart needs: its tick label and a little air."""
    return QFontMetrics(_chart_font(8)).height() + 4


def _label_axis_width(texts: list[str]) -> int:
    """A left axis wide enough for the longest category label (plus the tick and a gap)."""
    metrics = QFontMetrics(_chart_font(8))
    return max([metrics.horizontalAdvance(text) for text in texts] + [24]) + 14


class ShareChart(ChartPanel):
    """Cumulative share of in-scope communities passed, as a staircase, with each year's target line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.quarter_axis = QuarterAxis(_chart_font(8))
        super().__init__(_report_text(labels.SECTION_SERIES), parent, {"bottom": self.quarter_axis})
        self.plot.setLabel("left", "%")
        self.points: list[tuple[float, float, int]] = []
        self.targets: list[tuple[int, float]] = []
        self.describe = self._describe

    def show_progress(self, data: figures.Progress) -> None:
        self.plot.clear()
        start = date(min([y for y, _s in data.target_lines] or [data.as_of.year]), 1, 1)
        points = [(start, 0.0, 0)] if not data.series or data.series[0].day > start else []
        points += [(p.day, p.share, p.passed) for p in data.series]
        xs, ys = [_timestamp(points[0][0])], [points[0][1]]
        for day, share, _count in points[1:]:
            xs += [_timestamp(day), _timestamp(day)]
            ys += [ys[-1], share]
        self.points = [(_timestamp(day), share, count) for day, share, count in points]
        self.plot.plot(xs, ys, pen=pg.mkPen(GREEN, width=2.5))
        self.plot.plot(
            [p[0] for p in self.points],
            [p[1] for p in self.points],
            pen=None,
            symbol="o",
            symbolSize=6,
            symbolBrush=GREEN,
        )
        self.targets = list(data.target_lines)
        for index, (year, share) in enumerate(data.target_lines):
            colour = TARGET_COLOURS[index % len(TARGET_COLOURS)]
            end = _timestamp(date(year, 12, 31))
            self.plot.plot(
                [_timestamp(start), end],
                [share, share],
                pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine),
            )
            text = pg.TextItem(
                _report_text(labels.TARGET_LINE).format(year=year, share=f"{share:g}"),
                color=colour,
                anchor=(1, 1),
            )
            text.setFont(_chart_font(8))
            text.setPos(end, share)
            self.plot.addItem(text)
        last_end = max([_timestamp(date(y, 12, 31)) for y, _s in data.target_lines] + [xs[-1]])
        quarters = [
            date(y, m, 1)
            for y in range(start.year, datetime.fromtimestamp(last_end).year + 1)
            for m in (1, 4, 7, 10)
            if _timestamp(date(y, m, 1)) <= last_end
        ]
        self.quarter_axis.set_quarters(quarters)  # labelled every quarter, half year or year: what fits
        self.plot.setXRange(_timestamp(start), last_end, padding=0.02)
        self.plot.setYRange(0, 100, padding=0.04)

    def _describe(self, x: float, _y: float) -> str:
        reached = [p for p in self.points if p[0] <= x]
        if not reached:
            return ""
        day = datetime.fromtimestamp(x).date()
        _stamp, share, count = reached[-1]
        text = self.tr("{date}: %n passed ({share}%)", "", count).format(date=day.isoformat(), share=share)
        for year, target in self.targets:
            if day.year <= year:
                text += "\n" + _report_text(labels.TARGET_LINE).format(year=year, share=f"{target:g}")
                break
        return text


class StreetChart(ChartPanel):
    """Per street (one row each): recommended, under review, passed so far; pilot minimum as a line."""

    BAR = 0.26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_report_text(labels.SECTION_STREETS), parent, scrollable=True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.getViewBox().invertY(True)
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=False)
        self.streets: list[figures.StreetProgress] = []
        self.describe = self._describe
        self.legend = self.plot.addLegend(labelTextSize="8pt", colCount=3)

    def _fit_rows(self) -> None:
        """Every street's name readable: a row as high as its label, the plot scrolls when they are many."""
        self.plot.getAxis("left").setWidth(_label_axis_width([s.name for s in self.streets]))
        top, bottom = self.plot.getContentsMargins()[1], self.plot.getAxis("bottom").height()
        self.plot_widget.setMinimumHeight(int(max(len(self.streets), 1) * _row_pixels() + top + bottom + 16))

    def show_progress(self, data: figures.Progress) -> None:
        self.plot.clear()
        self.legend.clear()
        self.streets = list(data.streets)
        rows = list(range(len(self.streets)))
        top = (
            max([data.pilots_min, *(s.recommended for s in self.streets), *(s.pilots for s in self.streets)])
            + 1
        )
        below = [i for i, s in enumerate(self.streets) if s.below_min]
        if below:
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=[0] * len(below),
                    y=below,
                    height=0.96,
                    width=[top] * len(below),
                    brush=BELOW_MIN_BAND,
                    pen=pg.mkPen(None),
                )
            )
        series = (
            (labels.PILOTS_STARTED, [s.recommended for s in self.streets], GREY, -self.BAR),
            ("Under review", [s.under_review for s in self.streets], BLUE, 0.0),
            (labels.PASSED_CUMULATIVE, [s.pilots for s in self.streets], GREEN, self.BAR),
        )
        for name, values, colour, offset in series:
            bars = pg.BarGraphItem(
                x0=[0] * len(rows),
                y=[r + offset for r in rows],
                height=self.BAR,
                width=values,
                brush=colour,
                pen=pg.mkPen(None),
            )
            self.plot.addItem(bars)
            self.legend.addItem(bars, _report_text(name))
        line = pg.InfiniteLine(
            pos=data.pilots_min,
            angle=90,
            pen=pg.mkPen(RED, width=1.5, style=Qt.PenStyle.DashLine),
            label=_report_text(labels.PILOT_MINIMUM).format(count=data.pilots_min),
            labelOpts={"color": RED, "position": 0.99, "anchors": [(0, 1), (0, 1)]},
        )
        line.label.setFont(_chart_font(8))
        self.plot.addItem(line)
        self.plot.getAxis("left").setTicks([[(i, s.name) for i, s in enumerate(self.streets)]])
        self.plot.setYRange(-0.6, max(len(rows), 1) - 0.4, padding=0)
        self.plot.setXRange(0, top, padding=0.02)
        whole_number_ticks(self.plot.getAxis("bottom"), top)
        legend_above(self.plot, self.legend)
        self._fit_rows()

    def _describe(self, _x: float, y: float) -> str:
        index = round(y)
        if not 0 <= index < len(self.streets):
            return ""
        s = self.streets[index]
        text = self.tr(
            "{street}: {recommended} recommended, {review} under review, {returned} returned, "
            "{failed} failed, {passed} passed this year; {pilots} passed in all (minimum {minimum}), "
            "{in_scope} in scope"
        ).format(
            street=s.name,
            recommended=s.recommended,
            review=s.under_review,
            returned=s.returned,
            failed=s.failed,
            passed=s.passed,
            pilots=s.pilots,
            minimum=s.pilots_min,
            in_scope=s.in_scope,
        )
        if s.below_min:
            text += "\n" + _report_text(labels.STREET_COLUMNS[-1][1])
        return text


class ItemChart(ChartPanel):
    """Outcome by item in the current round: which standards fail most."""

    BAR = 0.26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_report_text(labels.SECTION_ITEMS), parent)
        self.items: list[figures.ItemOutcome] = []
        self.describe = self._describe
        self.legend = self.plot.addLegend(labelTextSize="8pt", colCount=3)

    def show_progress(self, data: figures.Progress) -> None:
        self.plot.clear()
        self.legend.clear()
        self.items = list(data.items)
        xs = [row.item for row in self.items]
        for name, values, colour, offset in (
            ("Meets", [r.pass_count for r in self.items], GREEN, -self.BAR),
            ("Does not meet", [r.fail_count for r in self.items], RED, 0.0),
            ("More material needed", [r.more_count for r in self.items], ORANGE, self.BAR),
        ):
            bars = pg.BarGraphItem(
                x=[x + offset for x in xs], height=values, width=self.BAR, brush=colour, pen=pg.mkPen(None)
            )
            self.plot.addItem(bars)
            self.legend.addItem(bars, _report_text(name))
        self.plot.getAxis("bottom").setTicks([[(x, str(x)) for x in xs]])
        top = max([1, *(max(r.pass_count, r.fail_count, r.more_count) for r in self.items)])
        self.plot.setYRange(0, top * 1.08, padding=0)
        whole_number_ticks(self.plot.getAxis("left"), top * 1.08)
        if xs:
            self.plot.setXRange(min(xs) - 0.6, max(xs) + 0.6, padding=0)
        legend_above(self.plot, self.legend)  # above the view box: no bar is ever covered

    def _describe(self, x: float, _y: float) -> str:
        for row in self.items:
            if abs(row.item - x) <= 0.5:
                return self.tr(
                    "Item {item}: {meets} meet, {fails} do not meet, {more} need more material"
                ).format(item=row.item, meets=row.pass_count, fails=row.fail_count, more=row.more_count)
        return ""


class StatusChart(ChartPanel):
    """Recommendations of the year by status, one row each (long status names need no room below)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_report_text(labels.SECTION_STATUS), parent)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.getViewBox().invertY(True)
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=False)
        self.counts: list[tuple[str, int]] = []
        self.describe = self._describe

    def show_progress(self, data: figures.Progress) -> None:
        self.plot.clear()
        self.counts = list(data.by_status.items())
        colours = {
            vocabulary.PASSED: GREEN,
            vocabulary.SIGNED_OFF: GREEN,
            vocabulary.FAILED: RED,
            vocabulary.RETURNED: ORANGE,
        }
        self.plot.addItem(
            pg.BarGraphItem(
                x0=[0] * len(self.counts),
                y=list(range(len(self.counts))),
                width=[count for _name, count in self.counts],
                height=0.6,
                brushes=[colours.get(name, BLUE) for name, _count in self.counts],
                pen=pg.mkPen(None),
            )
        )
        names = [vocabulary.status_label(name) for name, _c in self.counts]
        self.plot.getAxis("left").setTicks([list(enumerate(names))])
        self.plot.getAxis("left").setWidth(_label_axis_width(names))
        top = max([1, *(c for _n, c in self.counts)]) * 1.1
        self.plot.setXRange(0, top, padding=0)
        whole_number_ticks(self.plot.getAxis("bottom"), top)
        self.plot.setYRange(-0.6, max(len(self.counts), 1) - 0.4, padding=0)

    def _describe(self, _x: float, y: float) -> str:
        index = round(y)
        if 0 <= index < len(self.counts) and abs(index - y) <= 0.3:
            name, count = self.counts[index]
            return f"{vocabulary.status_label(name)}: {count}"
        return ""


class DashboardScreen(QWidget):
    """Key figures, the four charts, a year selector; refreshes when decisions or the registry change."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: figures.Progress | None = None
        self.year_box = QSpinBox()
        self.year_box.setRange(2020, 2100)
        self.year_box.setValue(campaign.campaign_year(context.workspace))
        self.year_box.valueChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.figures_label = QLabel()
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setWordWrap(True)
        self.deadline_label = QLabel()
        self.deadline_label.setTextFormat(Qt.TextFormat.RichText)
        self.deadline_label.setWordWrap(True)
        self.share_chart = ShareChart()
        self.street_chart = StreetChart()
        self.item_chart = ItemChart()
        self.status_chart = StatusChart()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_box)
        top.addWidget(self.refresh_button)
        top.addSpacing(12)
        top.addWidget(self.deadline_label, 1)
        grid = QGridLayout()
        grid.addWidget(self.street_chart, 0, 0, 3, 1)
        grid.addWidget(self.share_chart, 0, 1)
        grid.addWidget(self.item_chart, 1, 1)
        grid.addWidget(self.status_chart, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row in range(3):
            grid.setRowStretch(row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures_label)
        layout.addLayout(grid, 1)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    @property
    def charts(self) -> list[ChartPanel]:
        return [self.share_chart, self.street_chart, self.item_chart, self.status_chart]

    def _on_data_changed(self, topic: str) -> None:
        if topic in REFRESH_TOPICS:
            self.refresh()

    def refresh(self, *_args: Any) -> None:
        """Recompute now (a few milliseconds even for a whole district) and redraw everything.

        The figures are those of the chosen campaign year as of this moment: what was imported or
        signed off after that year ended counts too, and the deadline is the next one from today.
        """
        self.data = figures.compute(self.context.workspace, self.year_box.value(), clock.now())
        self._show(self.data)

    def _show(self, data: figures.Progress) -> None:
        self.figures_label.setText(
            self.tr(
                "<b>{passed}</b> of {total} in-scope communities passed (<b>{share}%</b>); "
                "target {target}% = {required}, <b>{remaining}</b> to go; "
                "{below} streets below the pilot minimum"
            ).format(
                passed=data.passed,
                total=data.in_scope_total,
                share=data.passed_share,
                target=f"{data.target_share:g}",
                required=data.required,
                remaining=data.remaining,
                below=data.streets_below_min,
            )
        )
        if data.next_deadline is not None:
            deadline = data.next_deadline
            what = labels.deadline_report(deadline.kind, deadline.period, i18n.current_language())
            self.deadline_label.setText(
                self.tr("{what} due {date}: <b>{days}</b> days left").format(
                    what=what, date=data.next_deadline.due.isoformat(), days=data.days_left
                )
            )
        else:
            self.deadline_label.setText("")
        for chart in self.charts:
            chart.show_progress(data)

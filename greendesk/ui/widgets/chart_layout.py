"""Chart pieces that keep the dashboard readable at 1366 × 768: legends above the plot, date ticks that fit.

pyqtgraph places a legend inside the view box, where it covers bars, and draws every tick it is given
even when the labels run into each other; these helpers put the legend in a margin of its own and
choose the tick stride from the pixels the axis really has.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

LEGEND_GAP = 4  # pixels between the legend and the top of the view box
TICK_GAP = 14  # at least this many pixels between two date labels


def legend_above(plot: pg.PlotItem, legend: pg.LegendItem) -> None:
    """Put the legend in a top margin of the plot item, right-aligned, outside the view box.

    Called after the legend's entries are added: the margin is the legend's own height.
    """
    legend.setParentItem(plot)
    legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 0))
    legend.updateSize()
    plot.setContentsMargins(0, legend.boundingRect().height() + LEGEND_GAP, 0, 0)


def timestamp(day: date) -> float:
    """The x coordinate of a day on a date axis."""
    return datetime.combine(day, time()).timestamp()


class QuarterAxis(pg.AxisItem):
    """A bottom axis of quarter starts that labels every quarter, half year or year: whatever fits."""

    STRIDES = (1, 2, 4, 8, 16)  # in quarters; from a stride of 4 on only the years are named

    def __init__(self, font: QFont) -> None:
        super().__init__(orientation="bottom")
        self.setTickFont(font)
        self.quarters: list[date] = []

    def set_quarters(self, quarters: list[date]) -> None:
        self.quarters = list(quarters)
        self.picture = None
        self.update()

    def stride_for(self, size: float) -> int:
        """The smallest stride whose labels fit side by side into ``size`` pixels."""
        metrics = QFontMetrics(self.style["tickFont"] or QFont())
        for stride in self.STRIDES:
            shown = self._shown(stride)
            if not shown:
                return stride
            widest = max(metrics.horizontalAdvance(self._label(day, stride)) for day in shown)
            if len(shown) * (widest + TICK_GAP) <= size:
                return stride
        return self.STRIDES[-1]

    def _shown(self, stride: int) -> list[date]:
        if stride < 4:
            return self.quarters[::stride]
        years = [day for day in self.quarters if day.month == 1]
        return years[:: stride // 4]

    @staticmethod
    def _label(day: date, stride: int) -> str:
        return str(day.year) if stride >= 4 else f"{day.year}-{day.month:02d}"

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if not self.quarters:
            return super().tickValues(minVal, maxVal, size)
        stride = self.stride_for(size)
        values = [timestamp(day) for day in self._shown(stride) if minVal <= timestamp(day) <= maxVal]
        return [(float(stride), values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if not self.quarters:
            return super().tickStrings(values, scale, spacing)
        return [self._label(datetime.fromtimestamp(value).date(), int(spacing)) for value in values]


def whole_number_ticks(axis: pg.AxisItem, top: float) -> None:
    """A count axis labels whole numbers only: a tick per unit up to a dozen, pyqtgraph's own above."""
    if top <= 12:
        axis.setTickSpacing(major=1, minor=1)
    else:
        axis.setTickSpacing()  # 5, 10, 20 ...: whole numbers from here on

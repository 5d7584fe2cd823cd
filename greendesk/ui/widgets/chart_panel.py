"""A titled pyqtgraph chart with hover read-outs, Copy and Save as PNG: the frame every dashboard chart
(the district's 进展 and the city's 全市进展) is drawn in."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from greendesk.ui.common.save_paths import ask_save_path

CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
# The charts' palette (the district and the city dashboards).
GREEN = QColor("#2E7D32")
BLUE = QColor("#1565C0")
GREY = QColor("#9E9E9E")
RED = QColor("#C62828")
ORANGE = QColor("#EF6C00")

pg.setConfigOptions(background="w", foreground="k", antialias=True)  # before any plot is made


def chart_font(size: int = 9) -> QFont:
    font = QFont(CJK_FONT_FAMILY)
    font.setPointSize(size)
    return font


class ChartPanel(QFrame):
    """A titled pyqtgraph plot with hover read-outs, Copy and Save as PNG."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        axis_items: dict | None = None,
        *,
        scrollable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(self._ask_and_save)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.copy_button)
        header.addWidget(self.save_button)
        self.plot_widget = pg.PlotWidget(axisItems=axis_items or {})
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setTickFont(chart_font(8))
            axis.label.setFont(chart_font(9))
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(header)
        self.scroll_area: QScrollArea | None = None
        if scrollable:  # many rows: the plot keeps a readable row height and scrolls
            self.scroll_area = QScrollArea()
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll_area.setWidget(self.plot_widget)
            layout.addWidget(self.scroll_area, 1)
        else:
            layout.addWidget(self.plot_widget, 1)
        self.describe: Callable[[float, float], str] = lambda _x, _y: ""
        self.last_hover_text = ""
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def hover_text(self, x: float, y: float) -> str:
        """The read-out for a point in data coordinates (what the tooltip shows)."""
        return self.describe(x, y)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view_box = self.plot.getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view_box.mapSceneToView(scene_pos)
        text = self.hover_text(point.x(), point.y())
        self.last_hover_text = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot_widget)
        else:
            QToolTip.hideText()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.plot_widget.grab())

    def save_png(self, path: str) -> bool:
        return self.plot_widget.grab().save(path, "PNG")

    def _ask_and_save(self) -> None:
        path = ask_save_path(
            self,
            "chart",
            self.tr("Save chart"),
            self.title_label.text() + ".png",
            self.tr("PNG image (*.png)"),
        )
        if path is not None:
            self.save_png(str(path))

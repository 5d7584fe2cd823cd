"""Window sizes that fit the screen: a laptop's 1366 × 768 less its taskbar is the smallest we lay out for."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The smallest screen laid out for, less a taskbar (what Windows leaves at 1366 × 768).
SMALL_SCREEN = QSize(1366, 728)
# A window's title bar and frame: resize() sets the inside, the frame comes on top.
FRAME_ALLOWANCE = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """The inside size a top-level window may have on the widget's screen (its frame left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size() if screen is not None else SMALL_SCREEN
    return QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, or less where the screen is smaller (never below the minimum)."""
    room = available_size(widget)
    minimum = widget.minimumSizeHint()
    widget.resize(
        max(min(width, room.width()), minimum.width()),
        max(min(height, room.height()), minimum.height()),
    )

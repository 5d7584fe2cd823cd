"""The review screen as the pytest-qt tests open it: shown at a screen size, ready for keys and clicks."""

from __future__ import annotations

from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.review.screen import ReviewScreen


def shown_review_screen(qtbot, workspace: Workspace, size: tuple[int, int] = (1366, 768)) -> ReviewScreen:
    """A review screen on ``workspace``, resized to ``size``, shown and exposed (load a community next)."""
    widget = ReviewScreen(UiContext(workspace))
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget

"""The review screen the main window shows: a ``ReviewScreenView`` driven by a ``ReviewController``.

Review one community's recommendation item by item: the item list on the left, the item and the
decision in the centre, photos on the right (see ``controller`` for the keys).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from greendesk.ui.context import UiContext
from greendesk.ui.screens.review.controller import ReviewController
from greendesk.ui.screens.review.view import ReviewScreenView


class ReviewScreen(QWidget):
    """The view (``self.view``) and its controller (``self.controller``); call :meth:`load`."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ReviewScreenView(context.workspace.photos_dir, self)
        self.controller = ReviewController(context, self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def load(self, code: str, year: int | None = None) -> None:
        """Open a community's review at its first undecided item (from the queue or on restart)."""
        self.controller.load(code, year)

    def select_item(self, number: int) -> None:
        self.controller.select_item(number)

"""The review screen's item list as a Qt model over the core's ``views.ReviewView.items``.

Rows are the standard's items grouped under their category: a category row (bold, not selectable)
before the first item of each category. The model only presents the read model it is given; the
controller hands it a fresh ``ReviewView`` after every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from greendesk.core.review.views import ItemState, ReviewView
from greendesk.core.review.vocabulary import FAIL, MORE, PASS, outcome_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the item number; None on a category row
OUTCOME_STYLE = {  # (symbol, colour)
    PASS: ("✔", "#1e8a3c"),
    FAIL: ("✘", "#c62828"),
    MORE: ("？", "#d9822b"),
    None: ("○", "#8a948e"),
}
CATEGORY_FOREGROUND = "#2f5d3a"
CATEGORY_BACKGROUND = "#e6f2ea"
SHORT_TEXT = 26  # characters of an item's text shown in the list

Index = QModelIndex | QPersistentModelIndex


class ReviewItemModel(QAbstractListModel):
    """Category rows and item rows of one review; item rows carry their number in ``ITEM_ROLE``."""

    def __init__(self, list_font: QFont, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int | None]] = []  # (category title, item number or None)
        self._states: dict[int, ItemState] = {}
        self.category_font = QFont(list_font)  # the list's own font, in bold
        self.category_font.setBold(True)

    def set_view(self, view: ReviewView) -> None:
        """Show ``view``'s items: a reset when the rows differ, otherwise only the changed texts."""
        rows: list[tuple[str, int | None]] = []
        category = None
        for state in view.items:
            if state.category != category:
                category = state.category
                rows.append((state.category_title, None))
            rows.append((state.category_title, state.number))
        self._states = {state.number: state for state in view.items}
        if rows == self._rows:
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def number_at(self, row: int) -> int | None:
        """The item number on ``row`` (None for a category row or outside the list)."""
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, number: int) -> int | None:
        return next((row for row, (_, n) in enumerate(self._rows) if n == number), None)

    def matches(self, row: int, needle: str) -> bool:
        """Whether ``row`` stays visible while finding ``needle`` (category rows only without one)."""
        number = self.number_at(row)
        if not needle:
            return True
        if number is None:
            return False
        state = self._states[number]
        return needle in f"{number} {state.text} {state.verification} {state.evidence_hint}"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.number_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        title, number = self._rows[index.row()]
        if role == ITEM_ROLE:
            return number
        if number is None:
            return self._category_data(title, role)
        state = self._states[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._item_text(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OUTCOME_STYLE[state.outcome][1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return outcome_label(state.outcome) or self.tr("Not decided")
        return None

    def _category_data(self, title: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.FontRole:
            return self.category_font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(CATEGORY_FOREGROUND))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(CATEGORY_BACKGROUND))
        return None

    def _item_text(self, state: ItemState) -> str:
        symbol = OUTCOME_STYLE[state.outcome][0]
        short = state.text if len(state.text) <= SHORT_TEXT else state.text[: SHORT_TEXT - 1] + "…"
        return self.tr("{symbol} Item {number}{gating}: {text}{flags}").format(
            symbol=symbol,
            number=state.number,
            gating=" ★" if state.gating else "",
            text=short,
            flags=" ⚠" if state.warnings else "",
        )

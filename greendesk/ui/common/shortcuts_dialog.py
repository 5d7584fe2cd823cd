"""Help → Keyboard shortcuts (F1): every row of ``ui.shortcuts.SHORTCUTS``, grouped by where it works."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.ui import shortcuts
from greendesk.ui.common.dialogs import dialog_buttons


class ShortcutsDialog(QDialog):
    """A read-only table: keys, what they do; a bold row starts each area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(dialog_buttons(self, QDialogButtonBox.StandardButton.Close))
        self.resize(600, 700)

    def _fill(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for area in shortcuts.AREAS:
            rows = [row for row in shortcuts.SHORTCUTS if row.area == area]
            if not rows:
                continue
            title = QTableWidgetItem(shortcuts.area_title(area))
            title.setFont(bold)
            self._append(title, QTableWidgetItem(""))
            self.table.setSpan(self.table.rowCount() - 1, 0, 1, 2)
            for row in rows:
                self._append(QTableWidgetItem(row.native_keys()), QTableWidgetItem(row.text()))

    def _append(self, keys: QTableWidgetItem, text: QTableWidgetItem) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        self.table.setItem(index, 0, keys)
        self.table.setItem(index, 1, text)

    def listed(self) -> list[tuple[str, str]]:
        """(keys, description) of every row shown, group titles included (for tests)."""
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]

"""The review queue: recommended communities with status, street and progress, filtered and sorted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.review import queue
from greendesk.core.review.queue import QueueRow
from greendesk.core.review.vocabulary import (
    FAILED,
    PASSED,
    RESUBMITTED,
    RETURNED,
    SIGNED_OFF,
    STATUSES,
    UNDER_REVIEW,
    status_label,
)
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, TOPIC_REVIEW, UiContext

STATUS_COLOURS = {
    UNDER_REVIEW: "#fff4d6",
    RETURNED: "#fde2d2",
    RESUBMITTED: "#e3eefc",
    PASSED: "#dff3e4",
    FAILED: "#f8d7da",
    SIGNED_OFF: "#c9ebd2",
}
SORT_ROLE = Qt.UserRole + 1


class ReviewQueueModel(QAbstractTableModel):
    """Rows of ``queue.queue``; the sort role gives numbers for progress so sorting is numeric."""

    COLUMNS = ("code", "name", "street", "year", "status", "round", "progress")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Community"),
            self.tr("Street"),
            self.tr("Year"),
            self.tr("Status"),
            self.tr("Round"),
            self.tr("Progress"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return {
                "code": row.code,
                "name": row.name,
                "street": row.street_name,
                "year": str(row.year),
                "status": status_label(row.status) + (self.tr(" (locked)") if row.locked else ""),
                "round": str(row.round),
                "progress": f"{row.decided}/{row.total}",
            }[column]
        if role == SORT_ROLE:
            return {
                "code": row.code,
                "name": row.name,
                "street": row.street_name,
                "year": row.year,
                "status": STATUSES.index(row.status) if row.status in STATUSES else 99,
                "round": row.round,
                "progress": row.decided / row.total if row.total else 0.0,
            }[column]
        if role == Qt.BackgroundRole and column == "status" and row.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.TextAlignmentRole and column in ("year", "round", "progress"):
            return int(Qt.AlignCenter)
        return None


class ReviewQueueScreen(QWidget):
    """Pick a community to review; double-click or Enter opens it (``open_review`` signal)."""

    open_review = Signal(str, int)  # community code, year

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ReviewQueueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.year_box = QComboBox(self)
        self.batch_box = QComboBox(self)
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find community, code or street…"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeToContents)
        self.table.doubleClicked.connect(self._open_index)
        QShortcut(
            QKeySequence(Qt.Key_Return), self.table, activated=self._open_current, context=Qt.WidgetShortcut
        )
        QShortcut(QKeySequence.Find, self, activated=self.search.setFocus)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year"), self))
        filters.addWidget(self.year_box)
        filters.addWidget(self.batch_box)
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_box)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self._fill_years()
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.batch_box.currentIndexChanged.connect(self.refresh)
        self.status_box.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _fill_years(self) -> None:
        everything = queue.queue(self.context.workspace)
        years = sorted({row.year for row in everything}, reverse=True)
        batches = sorted({row.batch for row in everything})
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        self.batch_box.addItem(self.tr("All batches"), None)
        for batch in batches:
            self.batch_box.addItem(self.tr("Batch {number}").format(number=batch), batch)
        self.batch_box.setVisible(len(batches) > 1)
        self.batch_box.blockSignals(False)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("All years"), None)
        for year in years:
            self.year_box.addItem(str(year), year)
        if years:
            self.year_box.setCurrentIndex(1)
        self.year_box.blockSignals(False)

    def _on_data_changed(self, topic: str) -> None:
        if topic in (TOPIC_REVIEW, TOPIC_RECOMMENDATIONS):
            if topic == TOPIC_RECOMMENDATIONS:
                self._fill_years()
            self.refresh()

    def refresh(self) -> None:
        rows = queue.queue(
            self.context.workspace,
            self.year_box.currentData(),
            batch=self.batch_box.currentData(),
            status=self.status_box.currentData(),
            search=self.search.text(),
        )
        self.model.set_rows(rows)
        decided = sum(row.decided for row in rows)
        total = sum(row.total for row in rows)
        signed = sum(1 for row in rows if row.status == SIGNED_OFF)
        self.summary.setText(
            self.tr("{count} communities · {signed} signed off · {decided} of {total} items decided").format(
                count=len(rows), signed=signed, decided=decided, total=total
            )
        )

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_review.emit(row.code, row.year)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

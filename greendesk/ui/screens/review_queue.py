"""The review queue: recommended communities with status, street and progress, filtered and sorted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review import commands, queue, rework_deadlines
from greendesk.core.review.queue import QueueRow
from greendesk.core.review.vocabulary import (
    APPROVER,
    FAILED,
    PASSED,
    RESUBMITTED,
    RETURNED,
    SIGNED_OFF,
    STATUSES,
    UNDER_REVIEW,
    status_label,
)
from greendesk.ui import shortcuts
from greendesk.ui.common.approver_dialog import ApproverDialog
from greendesk.ui.common.deadline_dialog import DeadlineDialog
from greendesk.ui.common.save_paths import ask_save_path
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
                "status": status_label(row.status)
                + (self.tr(" (locked)") if row.locked else "")
                + (self.tr(" · due {day}").format(day=row.rework_due.isoformat()) if row.rework_due else "")
                + (self.tr(" · overdue") if row.overdue else ""),
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
    import_requested = Signal()  # the empty queue's button: the window opens the import wizard

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
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move within it)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeToContents)
        self.table.doubleClicked.connect(self._open_index)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year"), self))
        filters.addWidget(self.year_box)
        filters.addWidget(self.batch_box)
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_box)
        filters.addWidget(self.search, 1)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.ask_export)
        filters.addWidget(self.export_button)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.ask_print)
        filters.addWidget(self.print_button)
        self.empty_note = QLabel(
            self.tr("No community is waiting for review yet. Start by importing a street's package."), self
        )
        self.empty_note.setAlignment(Qt.AlignHCenter | Qt.AlignBottom)
        self.empty_note.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import the first street package…"), self)
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.import_button, 0, Qt.AlignCenter)
        layout.addWidget(self.summary)

        self._bind_keys()
        self._fill_years()
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.batch_box.currentIndexChanged.connect(self.refresh)
        self.status_box.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _bind_keys(self) -> None:
        """The queue's keys from the one table (``ui.shortcuts``), named on the buttons' tooltips."""
        QShortcut(
            shortcuts.sequence("queue.open"),
            self.table,
            activated=self._open_current,
            context=Qt.WidgetShortcut,
        )
        for action, slot in (
            ("queue.find", self.search.setFocus),
            ("queue.print", self.ask_print),
            ("queue.export", self.ask_export),
        ):
            QShortcut(shortcuts.sequence(action), self, activated=slot, context=Qt.WidgetWithChildrenShortcut)
        for button, action in ((self.export_button, "queue.export"), (self.print_button, "queue.print")):
            button.setToolTip(shortcuts.with_keys(shortcuts.shortcut(action).text(), action))
        self.search.setToolTip(shortcuts.with_keys(shortcuts.shortcut("queue.find").text(), "queue.find"))
        chain = [self.year_box, self.batch_box, self.status_box, self.search, self.export_button]
        for first, second in pairwise([*chain, self.print_button, self.table, self.import_button]):
            QWidget.setTabOrder(first, second)

    def _fill_years(self) -> None:
        everything = queue.queue(self.context.workspace)
        self._has_any = bool(everything)
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
        empty = not self._has_any
        self.empty_note.setVisible(empty)
        self.import_button.setVisible(empty)
        self.table.setVisible(not empty)
        decided = sum(row.decided for row in rows)
        total = sum(row.total for row in rows)
        signed = sum(1 for row in rows if row.status == SIGNED_OFF)
        self.summary.setText(
            " · ".join(
                [
                    self.tr("%n communities", "", len(rows)),
                    self.tr("%n signed off", "", signed),
                    self.tr("%n of {total} items decided", "", decided).format(total=total),
                ]
            )
        )

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_review.emit(row.code, row.year)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    # -- several communities at once ---------------------------------------------------------
    def selected_rows(self) -> list[QueueRow]:
        """The selected communities in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [self.model.row_at(self.proxy.mapToSource(index).row()) for index in indexes]

    def _context_menu(self, position: QPoint) -> None:
        self.context_menu().exec(self.table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        rows = self.selected_rows()
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self._open_current).setEnabled(len(rows) == 1)
        menu.addSeparator()
        menu.addAction(self.tr("Finish round (%n)", "", len(rows)), self.finish_selected).setEnabled(
            bool(rows)
        )
        menu.addAction(self.tr("Return for rework (%n)", "", len(rows)), self.return_selected).setEnabled(
            bool(rows)
        )
        menu.addAction(self.tr("Sign off (%n)…", "", len(rows)), self.ask_sign_off_selected).setEnabled(
            bool(rows)
        )
        menu.addAction(
            self.tr("Set rework deadline (%n)…", "", len(rows)), self.ask_deadline_selected
        ).setEnabled(bool(rows))
        menu.addSeparator()
        menu.addAction(self.tr("Export to Excel…"), self.ask_export).setShortcut(
            shortcuts.sequence("queue.export")
        )
        menu.addAction(self.tr("Print…"), self.ask_print).setShortcut(shortcuts.sequence("queue.print"))
        return menu

    def finish_selected(self) -> None:
        self.run_batch(
            self.tr("Finish round"), lambda row: commands.finish_round(self._ws, row.code, row.year)
        )

    def return_selected(self) -> None:
        self.run_batch(
            self.tr("Return for rework"), lambda row: commands.return_for_rework(self._ws, row.code, row.year)
        )

    def ask_deadline_selected(self) -> None:
        rows = self.selected_rows()
        dialog = DeadlineDialog(rows, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_deadline_selected(dialog.due_on(), rows)

    def set_deadline_selected(self, due_on: date, rows: list[QueueRow] | None = None) -> None:
        """The 整改期限 of each returned community (the core refuses the others, and past days)."""
        self.run_batch(
            self.tr("Rework deadline"),
            lambda row: rework_deadlines.set_deadline(self._ws, row.code, due_on, row.year),
            rows,
        )

    def ask_sign_off_selected(self) -> None:
        self.sign_off_dialog().exec()

    def sign_off_dialog(self) -> ApproverDialog:
        """The approver's password once (a wrong one keeps the dialog open), then each sign-off's own checks."""
        actor = self._ws.actor
        rows = self.selected_rows()

        def attempt(password: str, _reason: str) -> str | None:
            try:
                accounts.confirm_password(self._ws, password, APPROVER)
            except GreenDeskError as error:
                return error.render()
            self.run_batch(
                self.tr("Sign off"),
                lambda row: commands.sign_off(self._ws, row.code, password, row.year),
                rows,
            )
            return None

        return ApproverDialog(
            self.tr("Sign off"), actor.username if actor else "", attempt, with_reason=False, parent=self
        )

    @property
    def _ws(self):
        return self.context.workspace

    def run_batch(
        self, title: str, action: Callable[[QueueRow], object], rows: list[QueueRow] | None = None
    ) -> tuple[list[str], list[str]]:
        """Run ``action`` per community (each with its own checks), then one summary of what happened."""
        done: list[str] = []
        refused: list[str] = []
        for row in self.selected_rows() if rows is None else rows:
            try:
                action(row)
            except GreenDeskError as error:
                refused.append(f"{row.name} {row.code}: {error.render()}")
            else:
                done.append(row.code)
        if done:
            self.context.notify(TOPIC_REVIEW)
        text = self.tr("%n done", "", len(done))
        if refused:
            text += ", " + self.tr("%n refused:", "", len(refused)) + "\n" + "\n".join(refused)
        QMessageBox.information(self, title, text)
        return done, refused

    # -- export and the first step -----------------------------------------------------------
    def ask_export(self) -> None:
        path = ask_save_path(
            self,
            "queue",
            self.tr("Export the queue"),
            self.tr("Review queue.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx"))

    def shown_rows(self) -> list[QueueRow]:
        """The queue as shown: the filters applied, in the table's sort order."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def print_document(self) -> QTextDocument:
        """The queue as shown, laid out for paper: a title, the filter summary, the table."""
        from greendesk.ui.common import queue_print  # QtPrintSupport only when printing

        year = self.year_box.currentText()
        title = queue_print.title() + (f" · {year}" if self.year_box.currentData() is not None else "")
        return queue_print.queue_document(title, self.summary.text(), self.shown_rows())

    def ask_print(self) -> None:
        """Ctrl+P: the print dialog for the queue as shown (a printer, or a PDF file)."""
        from greendesk.ui.common import queue_print

        if queue_print.ask_print(self, self.print_document(), self.tr("Print the queue")):
            self.context.status_message.emit(self.tr("Queue sent to the printer."))

    def print_to_pdf(self, path: Path) -> Path:
        from greendesk.ui.common import queue_print

        return queue_print.print_to_pdf(self.print_document(), path)

    def export_to(self, path) -> bool:
        """The queue as shown (filters and sort order) to a workbook."""
        rows = self.shown_rows()
        # openpyxl is loaded when a queue is exported, not at start
        from greendesk.core.review import queue_export

        try:
            queue_export.export_queue(rows, path)
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Export the queue"), error.render())
            return False
        self.context.status_message.emit(self.tr("Queue saved: {file}").format(file=str(path)))
        return True

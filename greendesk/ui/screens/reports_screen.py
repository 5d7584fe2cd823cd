"""Reports screen: quarterly progress snapshots and the annual summary — take, write the narrative, submit, export.

All work goes through ``greendesk.core.reports`` (snapshots and documents); exports run off the
GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.progress import figures
from greendesk.core.reports import documents, forms, snapshots
from greendesk.core.reports.snapshots import ANNUAL, QUARTERLY, SnapshotView
from greendesk.ui.common.errors import error_text
from greendesk.ui.context import TOPIC_REPORTS, UiContext
from greendesk.ui.tasks import BackgroundTask


def _kind_text(kind: str) -> str:
    return QCoreApplication.translate("Reports", snapshots.KIND_LABELS.get(kind, kind))


class ReportsScreen(QWidget):
    """Snapshots newest first; the selected one can be exported, and edited/submitted while a draft."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshots: list[SnapshotView] = []
        self.task: BackgroundTask | None = None

        today = clock.today()
        year = figures.default_year(context.workspace)  # the latest year with recommendations
        self.year_box = QSpinBox()
        self.year_box.setRange(2020, 2100)
        self.year_box.setValue(year)
        self.quarter_box = QComboBox()
        for quarter in range(1, 5):
            self.quarter_box.addItem(self.tr("Quarter {number}").format(number=quarter), quarter)
        self.quarter_box.setCurrentIndex((today.month - 1) // 3 if year == today.year else 3)
        self.take_quarterly_button = QPushButton(self.tr("Take quarterly snapshot"))
        self.take_annual_button = QPushButton(self.tr("Take annual summary snapshot"))
        self.take_quarterly_button.clicked.connect(lambda: self.take_snapshot(QUARTERLY))
        self.take_annual_button.clicked.connect(lambda: self.take_snapshot(ANNUAL))

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Report"),
                self.tr("Period"),
                self.tr("As of"),
                self.tr("Taken"),
                self.tr("Passed"),
                self.tr("Submitted"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection)

        self.state_label = QLabel()
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setPlaceholderText(
            self.tr("Work summary: what was done, results, problems, next steps (printed in the report).")
        )
        self.save_narrative_button = QPushButton(self.tr("Save work summary"))
        self.save_narrative_button.clicked.connect(self.save_narrative)
        self.submit_button = QPushButton(self.tr("Mark as submitted…"))
        self.submit_button.clicked.connect(self._confirm_submit)
        self.export_excel_button = QPushButton(self.tr("Export Excel…"))
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"))
        self.export_excel_button.clicked.connect(lambda: self._ask_export(".xlsx"))
        self.export_pdf_button.clicked.connect(lambda: self._ask_export(".pdf"))

        take_row = QHBoxLayout()
        take_row.addWidget(QLabel(self.tr("Year")))
        take_row.addWidget(self.year_box)
        take_row.addWidget(self.quarter_box)
        take_row.addWidget(self.take_quarterly_button)
        take_row.addWidget(self.take_annual_button)
        take_row.addStretch(1)
        detail = QGroupBox(self.tr("Selected report"))
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.state_label)
        detail_layout.addWidget(self.narrative_edit, 1)
        buttons = QHBoxLayout()
        for button in (
            self.save_narrative_button,
            self.submit_button,
            self.export_excel_button,
            self.export_pdf_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(take_row)
        layout.addWidget(splitter, 1)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- state -------------------------------------------------------------------------------
    def selected(self) -> SnapshotView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.snapshots[rows[0].row()] if rows else None

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.snapshots = snapshots.list_snapshots(self.context.workspace)
        self.table.setRowCount(len(self.snapshots))
        for row, snapshot in enumerate(self.snapshots):
            values = (
                str(snapshot.id),
                _kind_text(snapshot.kind),
                snapshot.period,
                snapshot.as_of.isoformat(),
                snapshot.taken_at.isoformat(sep=" ", timespec="minutes"),
                self.tr("{passed} ({share}%)").format(
                    passed=snapshot.data.get("passed"), share=snapshot.data.get("passed_share")
                ),
                snapshot.submitted_at.isoformat(sep=" ", timespec="minutes") if snapshot.submitted_at else "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if snapshot.id == select_id:
                self.table.selectRow(row)
        self._on_selection()

    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_REPORTS:
            self.reload()

    def _on_selection(self) -> None:
        snapshot = self.selected()
        draft = snapshot is not None and not snapshot.submitted
        self.narrative_edit.setPlainText(snapshot.narrative if snapshot else "")
        self.narrative_edit.setReadOnly(not draft)
        self.save_narrative_button.setEnabled(draft)
        self.submit_button.setEnabled(draft)
        self.export_excel_button.setEnabled(snapshot is not None)
        self.export_pdf_button.setEnabled(snapshot is not None)
        if snapshot is None:
            self.state_label.setText(self.tr("Take a snapshot or select one in the list."))
        elif snapshot.submitted_at is not None:
            self.state_label.setText(
                self.tr("Submitted on {date}: frozen, later changes do not alter it.").format(
                    date=snapshot.submitted_at.isoformat(sep=" ", timespec="minutes")
                )
            )
        else:
            self.state_label.setText(self.tr("Draft: the work summary can still be edited."))

    # -- actions -----------------------------------------------------------------------------
    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Reports"), error_text(error))

    def take_snapshot(self, kind: str) -> SnapshotView | None:
        year = self.year_box.value()
        period = f"{year}Q{self.quarter_box.currentData()}" if kind == QUARTERLY else str(year)
        try:
            snapshot = snapshots.take_snapshot(self.context.workspace, kind, period)
        except GreenDeskError as error:
            self._show_error(error)
            return None
        self.reload(select_id=snapshot.id)
        self.context.notify(TOPIC_REPORTS)
        self.context.status_message.emit(
            self.tr("Snapshot {id} of {period} taken.").format(id=snapshot.id, period=snapshot.period)
        )
        return snapshot

    def save_narrative(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        try:
            snapshots.set_narrative(self.context.workspace, snapshot.id, self.narrative_edit.toPlainText())
        except GreenDeskError as error:
            self._show_error(error)
            return
        self.reload(select_id=snapshot.id)

    def _confirm_submit(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Mark as submitted"),
            self.tr("Once submitted, this report can no longer change. Mark it as submitted?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.submit_selected()

    def submit_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        try:
            if not self.narrative_edit.isReadOnly():
                snapshots.set_narrative(
                    self.context.workspace, snapshot.id, self.narrative_edit.toPlainText()
                )
            snapshots.submit_snapshot(self.context.workspace, snapshot.id)
        except GreenDeskError as error:
            self._show_error(error)
            return
        self.reload(select_id=snapshot.id)
        self.context.notify(TOPIC_REPORTS)

    def _ask_export(self, suffix: str) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        name = f"{snapshot.period}{suffix}"
        filters = self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF document (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export report"), name, filters)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_selected(Path(path))

    def export_selected(self, path: Path) -> BackgroundTask | None:
        """Write the selected snapshot to ``path`` (.xlsx or .pdf) in the background."""
        snapshot = self.selected()
        if snapshot is None:
            return None
        content = documents.content_from_snapshot(snapshot)
        form = forms.form_details(self.context.workspace)
        task = BackgroundTask(lambda: documents.write_file(content, path, form), with_progress=False)
        task.signals.finished.connect(
            lambda _result: self.context.status_message.emit(
                self.tr("Report written to {file}").format(file=str(path))
            )
        )
        task.signals.failed.connect(self._show_error)
        self.task = task
        return task.start()

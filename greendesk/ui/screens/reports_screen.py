"""Reports screen: quarterly progress snapshots and the annual summary — take, write the narrative, submit, export.

All work goes through ``greendesk.core.reports`` (snapshots and documents); exports run off the
GUI thread. What is exported is what the box shows: unsaved work-summary text is saved first, and
leaving a report (another row, a new snapshot, closing the window) with unsaved text asks
Save / Discard / Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from greendesk.core import accounts, campaign
from greendesk.core.base import clock, i18n
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.package import report_package
from greendesk.core.reports import documents, forms, labels, snapshots
from greendesk.core.reports.snapshots import ANNUAL, QUARTERLY, SnapshotView
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.save_paths import ask_folder, ask_save_path
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
        self._shown: SnapshotView | None = None  # the report whose work summary is in the box

        today = clock.today()
        year = campaign.campaign_year(context.workspace)
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
        self.package_button = QPushButton(self.tr("Export report package…"))
        self.package_button.setToolTip(
            self.tr(
                "The submitted report as a signed package for the municipal commission (its figures inside)."
            )
        )
        self.package_button.clicked.connect(self._ask_package)
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
            self.package_button,
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
        self.table.blockSignals(True)  # one selection check once the rows are in place, not one per row
        self.table.setRowCount(len(self.snapshots))
        for row, snapshot in enumerate(self.snapshots):
            values = (
                str(snapshot.id),
                _kind_text(snapshot.kind),
                labels.period_text(snapshot.period, i18n.current_language()),
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
        self.table.blockSignals(False)
        self._on_selection()

    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_REPORTS:
            self.reload()

    def _on_selection(self) -> None:
        snapshot = self.selected()
        leaving = self._shown is not None and (snapshot is None or snapshot.id != self._shown.id)
        if leaving and not self.may_leave():
            self._select_quietly(self._shown)
            return
        self._show(snapshot)

    def _select_quietly(self, snapshot: SnapshotView | None) -> None:
        """Put the selection back on ``snapshot`` without showing it again (its text stays as typed)."""
        rows = [
            row for row, candidate in enumerate(self.snapshots) if snapshot and candidate.id == snapshot.id
        ]
        self.table.blockSignals(True)
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)

    def _show(self, snapshot: SnapshotView | None) -> None:
        same = snapshot is not None and self._shown is not None and snapshot.id == self._shown.id
        keep_typed = same and self.has_unsaved_narrative() and not snapshot.submitted
        self._shown = snapshot
        draft = snapshot is not None and not snapshot.submitted
        if not keep_typed:
            self.narrative_edit.setPlainText(snapshot.narrative if snapshot else "")
        editable = draft and accounts.may(self.context.workspace, REVIEWER)
        self.narrative_edit.setReadOnly(not editable)
        self.save_narrative_button.setEnabled(editable)
        self.submit_button.setEnabled(draft)
        self.export_excel_button.setEnabled(snapshot is not None)
        self.export_pdf_button.setEnabled(snapshot is not None)
        self.package_button.setEnabled(snapshot is not None and snapshot.submitted)
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

    # -- unsaved work summary ----------------------------------------------------------------
    def has_unsaved_narrative(self) -> bool:
        """Whether the box holds text that differs from the shown draft's stored work summary."""
        shown = self._shown
        return (
            shown is not None
            and not self.narrative_edit.isReadOnly()
            and self.narrative_edit.toPlainText() != shown.narrative
        )

    def _save_shown(self) -> bool:
        """Store the box's text as the shown report's work summary (one core call; the core checks the
        account's role and that the report is still a draft). False, with the reason shown, if refused."""
        shown = self._shown
        if shown is None:
            return False
        try:
            saved = snapshots.set_narrative(
                self.context.workspace, shown.id, self.narrative_edit.toPlainText()
            )
        except GreenDeskError as error:
            self._show_error(error)
            return False
        self._shown = saved
        self.snapshots = [saved if candidate.id == saved.id else candidate for candidate in self.snapshots]
        return True

    def may_leave(self) -> bool:
        """Before the shown report is left: Save / Discard / Cancel when its text is unsaved.

        True when leaving may go ahead (nothing unsaved, saved, or discarded); False to stay.
        """
        if not self.has_unsaved_narrative():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved work summary"),
            self.tr(
                "The work summary of report {id} ({period}) has changes that are not saved. Save them?"
            ).format(
                id=self._shown.id, period=labels.period_text(self._shown.period, i18n.current_language())
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self._save_shown()
        if answer == buttons.Discard:
            self.narrative_edit.setPlainText(self._shown.narrative)
            return True
        return False

    # -- actions -----------------------------------------------------------------------------
    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Reports"), error_text(error))

    def take_snapshot(self, kind: str) -> SnapshotView | None:
        if not self.may_leave():  # a new snapshot takes the saved work summary of its period
            return None
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
            self.tr("Snapshot {id} of {period} taken.").format(
                id=snapshot.id, period=labels.period_text(snapshot.period, i18n.current_language())
            )
        )
        return snapshot

    def save_narrative(self) -> None:
        if self._shown is not None and self._save_shown():
            self.reload(select_id=self._shown.id)

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
        if self.has_unsaved_narrative() and not self._save_shown():
            return
        try:
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
        chosen = ask_save_path(self, "report", self.tr("Export report"), name, filters)
        if chosen is not None:
            path = str(chosen)
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_selected(Path(path))

    def _ask_package(self) -> None:
        if self.selected() is not None:
            folder = ask_folder(self, "report-package", self.tr("Folder for the report package"))
            if folder is not None:
                self.export_package(folder)

    def export_package(self, folder: Path) -> Path | None:
        """The selected submitted report as a signed package (the core refuses a draft, and says why)."""
        snapshot = self.selected()
        if snapshot is None:
            return None
        try:
            result = report_package.export_report_package(self.context.workspace, snapshot.id, folder)
        except GreenDeskError as error:
            self._show_error(error)
            return None
        self.context.status_message.emit(
            self.tr("Report package written to {file}").format(file=str(result.path))
        )
        return result.path

    def export_selected(self, path: Path) -> BackgroundTask | None:
        """Write the selected snapshot to ``path`` (.xlsx or .pdf) in the background: what the screen
        shows, so unsaved work-summary text is saved first (no export if saving is refused)."""
        snapshot = self._shown
        if snapshot is None:
            return None
        if self.has_unsaved_narrative():
            if not self._save_shown():
                return None
            snapshot = self._shown
            self.reload(select_id=snapshot.id)
        content = documents.content_from_snapshot(snapshot)
        try:  # a submitted report's number is issued here, before the file is written
            head = (
                documents.letterhead(self.context.workspace, content)
                if path.suffix.lower() == ".pdf"
                else None
            )
            form = forms.snapshot_form(self.context.workspace, snapshot)
        except GreenDeskError as error:
            self._show_error(error)
            return None
        task = BackgroundTask(lambda: documents.write_file(content, path, form, head), with_progress=False)
        task.signals.finished.connect(
            lambda _result: self.context.status_message.emit(
                self.tr("Report written to {file}").format(file=str(path))
            )
        )
        task.signals.failed.connect(self._show_error)
        self.task = task
        return task.start()

"""Backups in the GUI: the list with dates and reasons, "back up now", restore with confirmation,
and the question asked on start when the database turned out to be damaged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.safety import backup, health, startup
from greendesk.core.safety.backup import BackupInfo
from greendesk.core.safety.health import DamagedDatabase
from greendesk.core.safety.restoring import RestoreResult
from greendesk.core.safety.startup import StartReport
from greendesk.core.storage.failures import size_text
from greendesk.ui import context as topics
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.task_panel import TaskPanel
from greendesk.ui.context import UiContext
from greendesk.ui.tasks import BackgroundTask

# The full check (and the registry, spreadsheet and photo modules it reaches) loads on first use, not at start:
# prepare_start runs before the first window.
if TYPE_CHECKING:
    from greendesk.core.safety import full_check

ALL_TOPICS = (
    topics.TOPIC_REGISTRY,
    topics.TOPIC_RECOMMENDATIONS,
    topics.TOPIC_REVIEW,
    topics.TOPIC_TARGETS,
    topics.TOPIC_REPORTS,
)


def reason_text(reason: str) -> str:
    label = backup.REASON_LABELS.get(reason)
    return QCoreApplication.translate("Backup", label) if label else reason


class BackupTableModel(QAbstractTableModel):
    """Backups newest first: date, reason, size, schema revision, check result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = backups
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("Schema"), self.tr("Check"))[
            section
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return info.created_at.strftime("%Y-%m-%d %H:%M:%S")
            if column == 1:
                return reason_text(info.reason)
            if column == 2:
                return size_text(info.size)
            if column == 3:
                return info.schema_revision or "-"
            return self.tr("verified") if info.integrity == "ok" else info.integrity
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    """Settings > Backups: see the backups, make one, restore one (the current database is kept aside)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._task: BackgroundTask | None = None  # the running "back up now"
        self.setWindowTitle(self.tr("Backups"))
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # reasons vary in length

        explanation = QLabel(
            self.tr(
                "GreenDesk backs up the workspace database once a day on start, before every database upgrade "
                "and before imports. Each backup is checked after it is written. Restoring a backup moves the "
                "current database into the set-aside folder; it is never deleted."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.location = QLabel(str(context.workspace.layout.backups), self)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.check_button = QPushButton(self.tr("Check workspace…"), self)
        close_button = QPushButton(self.tr("Close"), self)
        self.check_button.clicked.connect(self.open_check)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.location)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self.refresh()

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_backups(backup.list_backups(self.context.workspace.data_dir))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected_backup() is not None)

    # -- actions ---------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        data_dir = self.context.workspace.data_dir
        task = BackgroundTask(
            lambda: backup.create_backup(data_dir, backup.REASON_MANUAL), with_progress=False
        )
        task.signals.finished.connect(self._backup_done)
        task.signals.failed.connect(self._backup_failed)
        self._task = task
        self.status.setText(self.tr("Backing up…"))
        self._update_buttons()
        task.start()

    def _backup_done(self, info: BackupInfo) -> None:
        self._task = None
        self.refresh()
        text = self.tr("Backup of {date} written and verified.").format(
            date=info.created_at.strftime("%Y-%m-%d %H:%M:%S")
        )
        self.status.setText(text)
        self.context.status_message.emit(text)

    def _backup_failed(self, error: Exception) -> None:
        self._task = None
        self._update_buttons()
        message = error_text(error)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Backup failed"), message)

    def open_check(self) -> None:
        WorkspaceCheckDialog(self.context, self).exec()

    def confirm(self, title: str, text: str) -> bool:
        """Asks the user (a separate method so tests can answer)."""
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> RestoreResult | None:
        info = self.selected_backup()
        if info is None:
            return None
        question = self.tr(
            "Restore the backup of {date} ({reason})?\n\nEverything changed after that time will no longer be "
            "in the workspace. The current database is moved to the set-aside folder, not deleted."
        ).format(date=info.created_at.strftime("%Y-%m-%d %H:%M:%S"), reason=reason_text(info.reason))
        if not self.confirm(self.tr("Restore backup"), question):
            return None
        try:
            result = startup.restore_in_workspace(self.context.workspace, info.id)
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Restore failed"), error.render())
            return None
        for topic in ALL_TOPICS:
            self.context.notify(topic)
        text = self.tr("Backup of {date} restored. The previous database was kept as {file}.").format(
            date=info.created_at.strftime("%Y-%m-%d %H:%M:%S"), file=result.set_aside or "-"
        )
        self.refresh()
        self.status.setText(text)
        self.context.status_message.emit(text)
        return result


class DamagedDatabaseDialog(QDialog):
    """On start, the database failed its check: offer the newest good backup; the user decides.

    When the database was only found behind its commit record and is newer than every backup, going
    on with it as it is is offered too (``choice`` then is CONTINUE).
    """

    RESTORE = "restore"
    CONTINUE = "continue"

    def __init__(self, report: DamagedDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.choice = self.RESTORE  # what an accepted dialog means
        self.setWindowTitle(self.tr("The workspace database is damaged"))
        message = QLabel(report.loss_message().render(), self)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        if report.kind == health.CORRUPT:
            detail = QLabel(self.tr("SQLite reported: {problem}").format(problem=report.problem), self)
            detail.setWordWrap(True)
            layout.addWidget(detail)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.NoButton)
        self.restore_button = None
        self.continue_button = None
        if report.backup is not None:
            self.restore_button = buttons.addButton(
                self.tr("Restore the backup of {date}").format(
                    date=report.backup.created_at.strftime("%Y-%m-%d %H:%M")
                ),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
        if report.can_continue:
            self.continue_button = buttons.addButton(
                self.tr("Continue with the damaged database"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.continue_button.clicked.connect(self.continue_as_it_is)
        if report.backup is not None or report.can_continue:
            buttons.addButton(self.tr("Do not restore"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.resize(640, 260)

    def continue_as_it_is(self) -> None:
        self.choice = self.CONTINUE
        self.accept()


def ask_restore_after_damage(report: StartReport, parent: QWidget | None = None) -> RestoreResult | None:
    """Show the damaged-database dialog; restore (or go on with the damaged file) and open when the user
    agrees. None: no backup was restored."""
    assert report.damaged is not None
    dialog = DamagedDatabaseDialog(report.damaged, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.choice == DamagedDatabaseDialog.CONTINUE:
        startup.continue_damaged(report)
        return None
    if report.damaged.backup is None:
        return None
    return startup.restore_offered(report)


def prepare_start(data_dir: Path, parent: QWidget | None = None) -> StartReport:
    """Present the core's safe start (lock, quick check, daily backup, warnings, opening).

    Returns the report, holding the lock (close it when the window closes) and the open workspace.
    When the lock was refused (another GreenDesk has the workspace, or it cannot be written), the user
    was told who and since when, or why, and ``report.refused`` says so; nothing is held. After
    a damaged database the user chose whether to restore; if not, the app closes and the next start
    asks again. Only with no good backup to offer does the first-start flow apply (``report.missing``).
    """
    report = startup.open_safely(data_dir)
    if report.refused is not None:
        QMessageBox.critical(
            parent, QCoreApplication.translate("BackupsDialog", "GreenDesk"), report.refused.render()
        )
        return report
    if report.damaged is not None:
        try:
            ask_restore_after_damage(report, parent)
        except GreenDeskError as error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("BackupsDialog", "Restore failed"), error.render()
            )
        if report.workspace is None and not report.missing:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("BackupsDialog", "GreenDesk"),
                QCoreApplication.translate(
                    "BackupsDialog",
                    "Nothing was restored, and no new workspace is started over this one. The next start "
                    "offers the backup again.",
                ),
            )
    for warning in report.warnings:
        QMessageBox.warning(
            parent, QCoreApplication.translate("BackupsDialog", "GreenDesk"), warning.render()
        )
    return report


class WorkspaceCheckDialog(QDialog):
    """The full check (database, audit chain, photo store) with progress; the same as 'greendesk check'."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: full_check.CheckReport | None = None
        self.setWindowTitle(self.tr("Check workspace"))
        self.panel = TaskPanel(self)
        self.panel.finished.connect(self._finished)
        self.panel.cancelled.connect(self._cancelled)
        self.panel.running_changed.connect(lambda running: self.start_button.setEnabled(not running))
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Check now"), self)
        close_button = QPushButton(self.tr("Close"), self)
        self.start_button.clicked.connect(self.start)
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.findings, 1)
        layout.addLayout(buttons)
        self.panel.status.setText(
            self.tr(
                "Checks the database file (its indexes and every text), the audit log against its anchors and "
                "the review tables, and every photo, thumbnail and print copy in the store (missing, extra, or "
                "changed since it was made)."
            )
        )
        self.resize(720, 420)

    def start(self) -> None:
        data_dir = self.context.workspace.data_dir

        def run(progress, cancelled) -> full_check.CheckReport:
            from greendesk.core.safety import full_check

            report = full_check.check_workspace(data_dir, progress=progress, cancelled=cancelled)
            if cancelled():  # the check stops early and returns a partial report: not a result
                raise InterruptedError
            return report

        self.findings.clear()
        self.panel.run(run, self.panel.status.text())

    def cancel(self) -> None:
        self.panel.cancel()

    def _finished(self, report: full_check.CheckReport) -> None:
        self.show_report(report)

    def show_report(self, report: full_check.CheckReport) -> None:
        """Problems first, then information (greyed: not a problem, nothing to do)."""
        from greendesk.core.safety import full_check

        self.report = report
        self.findings.clear()
        if not self.panel.running:  # a report from the check after start: shown as complete
            self.panel.bar.setRange(0, 1)
            self.panel.bar.setValue(1)
        problems = full_check.problem_lines(report)
        for line in problems:
            self.findings.addItem(QListWidgetItem(line.render()))
        for line in full_check.info_lines(report):
            item = QListWidgetItem(self.tr("Information: {text}").format(text=line.render()))
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.findings.addItem(item)
        if report.ok:
            text = self.tr("No problems found: {entries} and {photos} checked.").format(
                entries=self.tr("%n audit entries", "", report.audit_entries),
                photos=self.tr("%n photo(s)", "", report.photos_checked),
            )
        else:
            text = self.tr("%n problem(s) found.", "", len(problems))
        self.panel.status.setText(text)

    def _cancelled(self) -> None:
        self.panel.status.setText(self.tr("The check was stopped before it finished."))

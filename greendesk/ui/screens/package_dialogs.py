"""Dialogs for the application package (申报材料): export with progress and cancel, and verify.

Both are thin: the work is greendesk.core.package.export / verify, run off the GUI
thread through BackgroundTask; the dialogs only collect inputs and show the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import campaign
from greendesk.core.package.export import ExportResult, export_package
from greendesk.core.package.verify import VerifyReport, verify_package
from greendesk.ui.common import save_paths
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.task_panel import TaskPanel
from greendesk.ui.context import TOPIC_REPORTS, UiContext
from greendesk.ui.tasks import BackgroundTask

ALL_BATCHES = 0
PACKAGE_KIND = "package"


class _FileRow(QWidget):
    """A path field with a Browse… button."""

    def __init__(self, save: bool, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.caption = caption
        self.edit = QLineEdit()
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def _choose(self) -> None:
        filter_text = self.tr("Zip packages (*.zip)")
        if self.save:
            path, _ = QFileDialog.getSaveFileName(self, self.caption, self.edit.text(), filter_text)
            if path:
                save_paths.remember(PACKAGE_KIND, path)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.caption, self.edit.text(), filter_text)
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class ExportPackageDialog(QDialog):
    """Export the signed-off communities of a year (and batch) as the signed application package."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export application package"))

        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(campaign.campaign_year(context.workspace))
        self.batch = QSpinBox()
        self.batch.setRange(ALL_BATCHES, 99)
        self.batch.setSpecialValueText(self.tr("All batches"))
        self.output = _FileRow(save=True, caption=self.tr("Save the package as"))
        self.output.edit.setText(str(self._default_path()))
        self.year.valueChanged.connect(self._year_changed)

        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Batch"), self.batch)
        form.addRow(self.tr("Output file"), self.output)

        self.panel = TaskPanel(self, cancel_button=False)  # the dialog's own Cancel button stops it
        self.panel.status.setText(
            self.tr(
                "Only signed-off communities are included. The package is signed with this workspace's key."
            )
        )
        self.panel.finished.connect(self._on_finished)
        self.panel.failed.connect(self._on_failed)
        self.panel.cancelled.connect(self._on_cancelled)
        self.panel.running_changed.connect(self._set_running)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel)  # the note right under the bar, not floating in the middle
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 300)

    def _default_path(self) -> Path:
        district = self.context.workspace.district
        return save_paths.suggested_path(PACKAGE_KIND, f"申报材料_{district.name}_{self.year.value()}.zip")

    def _year_changed(self) -> None:
        if not self.panel.running:
            self.output.edit.setText(str(self._default_path()))

    # -- running ---------------------------------------------------------------------------
    def start_export(self) -> None:
        out_path = self.output.path()
        if out_path is None:
            self.panel.status.setText(self.tr("Choose where to save the package."))
            return
        year = self.year.value()
        batch = None if self.batch.value() == ALL_BATCHES else self.batch.value()
        workspace = self.context.workspace

        def work(progress, cancelled):
            return export_package(
                workspace, year, out_path, batch=batch, progress=progress, cancelled=cancelled
            )

        self.panel.run(work, self.tr("Exporting…"))

    def cancel(self) -> None:
        if self.panel.running:
            self.panel.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Closing the window (Esc, ×) while exporting cancels the export instead of abandoning it."""
        if self.panel.running:
            self.cancel()
            return
        super().reject()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        for widget in (self.year, self.batch, self.output):
            widget.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel export") if running else self.tr("Close"))

    def _on_finished(self, result: ExportResult) -> None:
        self.result = result
        self.panel.status.setText(
            self.tr(
                "Package written: {path}\n{communities} communities ({passed} passed), {photos} photos.\n"
                "Signing key fingerprint: {fingerprint}"
            ).format(
                path=result.path,
                communities=result.communities,
                passed=result.passed,
                photos=result.photos,
                fingerprint=result.fingerprint,
            )
        )
        self.context.status_message.emit(self.tr("Application package exported."))
        self.context.notify(TOPIC_REPORTS)

    def _on_failed(self, message: str) -> None:
        self.panel.status.setText(self.tr("The export failed: {reason}").format(reason=message))

    def _on_cancelled(self) -> None:
        self.panel.status.setText(self.tr("The export was cancelled; no package was written."))


class VerifyPackageDialog(QDialog):
    """Check a package offline and list exactly what is missing, extra, altered or wrongly signed."""

    def __init__(self, context: UiContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: BackgroundTask | None = None
        self.report: VerifyReport | None = None
        self.setWindowTitle(self.tr("Verify application package"))

        self.package = _FileRow(save=False, caption=self.tr("Choose a package"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(
            self.tr("optional: the fingerprint printed in the district summary")
        )
        form = QFormLayout()
        form.addRow(self.tr("Package"), self.package)
        form.addRow(self.tr("Expected key fingerprint"), self.fingerprint)

        self.verdict = QLabel(self.tr("Choose a package and press Verify."))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.verify_button = self.buttons.addButton(self.tr("Verify"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.verify_button.clicked.connect(self.start_verify)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def start_verify(self) -> None:
        path = self.package.path()
        if path is None:
            self.verdict.setText(self.tr("Choose a package first."))
            return
        expected = self.fingerprint.text().strip() or None
        self.task = BackgroundTask(
            lambda: verify_package(path, expected_fingerprint=expected), with_progress=False
        )
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self.verify_button.setEnabled(False)
        self.problems.clear()
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Verifying…"))
        self.task.start()

    def _on_finished(self, report: VerifyReport) -> None:
        self.task = None
        self.report = report
        self.verify_button.setEnabled(True)
        if report.valid:
            self.verdict.setStyleSheet("color: #1b6e2a; font-weight: bold;")
            self.verdict.setText(
                self.tr(
                    "Valid: all %n file(s) match the signed manifests.\nSigned by key {fingerprint}",
                    "",
                    report.payload_files,
                ).format(fingerprint=report.fingerprint)
            )
            return
        self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
        self.verdict.setText(self.tr("NOT valid: %n problem(s) found.", "", len(report.problems)))
        for problem in report.problems:
            self.problems.addItem(problem.message())

    def _on_failed(self, error: BaseException) -> None:
        self.task = None
        self.verify_button.setEnabled(True)
        self.verdict.setText(
            self.tr("The package could not be checked: {reason}").format(reason=error_text(error))
        )

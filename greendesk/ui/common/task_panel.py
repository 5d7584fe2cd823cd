"""The progress-and-cancel panel every long-running screen action uses.

One ``TaskPanel`` runs one ``BackgroundTask`` at a time: a progress bar (busy until the core reports a
total), a status text and a cancel button. Screens say what to run and what to show when it ends; the
panel owns the bar, the button and the task's life cycle, so all of them behave the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from greendesk.ui.common.errors import error_text
from greendesk.ui.tasks import BackgroundTask


class TaskPanel(QWidget):
    """Progress bar, status text and a cancel button around one background task at a time.

    ``finished(result)``, ``failed(message)`` and ``cancelled()`` come on the GUI thread after the panel
    has stopped (``running`` is False again); ``running_changed(bool)`` lets a dialog lock its inputs.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, cancel_button: bool = True) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(cancel_button)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    @property
    def running(self) -> bool:
        return self.task is not None

    def run(self, function: Callable[..., Any], text: str, *, with_progress: bool = True) -> BackgroundTask:
        """Start ``function(progress=..., cancelled=...)`` (or ``function()``) and show ``text`` meanwhile."""
        self.status.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report gives a total
        self.cancel_button.setEnabled(with_progress)
        task = BackgroundTask(function, with_progress=with_progress)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self.task = task
        self.running_changed.emit(True)
        return task.start()

    def cancel(self) -> None:
        """Ask the running task to stop; it reports ``cancelled`` when it has (nothing changed)."""
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _stop(self, complete: bool) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        if complete:  # a full bar; its range still shows how much was done
            if self.bar.maximum() == 0:
                self.bar.setRange(0, 1)
            self.bar.setValue(self.bar.maximum())
        else:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        self.running_changed.emit(False)

    def _finished(self, result: object) -> None:
        self._stop(complete=True)
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._stop(complete=False)
        message = error_text(error)
        self.status.setText(message)
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._stop(complete=False)
        self.status.setText(self.tr("Cancelled; nothing was changed."))
        self.cancelled.emit()

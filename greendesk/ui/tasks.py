"""Running core work off the GUI thread, with progress and cancel.

Core services that take long accept ``progress(done, total) -> None`` and ``cancelled() -> bool``
callables and raise when they stop early; ``BackgroundTask`` adapts them to Qt signals. Results and errors come back as signals
on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()


class BackgroundTask(QRunnable):
    """Runs ``function(progress=..., cancelled=...)`` in the global thread pool."""

    def __init__(self, function: Callable[..., Any], *, with_progress: bool = True) -> None:
        super().__init__()
        self.function = function
        self.with_progress = with_progress
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.function(progress=self.signals.progress.emit, cancelled=self.is_cancelled)
            else:
                result = self.function()
        except BaseException as error:  # any failure (a Rust panic too) is handed to the GUI thread to show
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                self.signals.failed.emit(error)
            return
        # The work completed (a cancel that came too late changed nothing): report what happened.
        self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> BackgroundTask:
        (pool or QThreadPool.globalInstance()).start(self)
        return self

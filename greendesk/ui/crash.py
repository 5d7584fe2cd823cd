"""The last resort: an error nobody caught is shown in a dialog and logged, never as a traceback.

A traceback means nothing to an office worker, and on Windows (no console) an exception escaping
start-up means the window simply never appears. Start-up failures end the app after a dialog that
says why; an error escaping a slot later is shown and the app goes on (the action it interrupted
did not complete; storage work rolls back).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from greendesk.core.base import crashlog
from greendesk.core.base.errors import GreenDeskError
from greendesk.ui.common.errors import error_text

_showing = False  # an error while its dialog is open is only logged (no pile of dialogs)


def log_file() -> Path:
    """Where uncaught errors are written with their details (the user's log folder, not the workspace)."""
    return crashlog.log_file()


def record(error: BaseException) -> Path | None:
    """Log ``error`` with its traceback; the log file's path, or None when it could not be written."""
    return crashlog.record(error, log_file())


def _problem_text(error: BaseException) -> str:
    """A core error's own message; anything else named as unexpected (its type says more than nothing)."""
    if isinstance(error, GreenDeskError):
        return error_text(error)
    problem = crashlog.problem_name(error)
    return QCoreApplication.translate(
        "StartUp", "GreenDesk ran into an unexpected problem: {problem}"
    ).format(problem=problem)


def error_box(title: str, text: str, informative: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setInformativeText(informative)
    return box


def _show(box: QMessageBox) -> None:
    global _showing
    _showing = True
    try:
        box.exec()
    finally:
        _showing = False


def start_failed(error: BaseException) -> None:
    """Tell why GreenDesk cannot start; the caller then ends the app."""
    logged = record(error)
    text = _problem_text(error)
    informative = QCoreApplication.translate(
        "StartUp", "GreenDesk will close now. Solve the problem above, then start GreenDesk again."
    )
    if logged is not None and not isinstance(error, GreenDeskError):
        informative += "\n" + QCoreApplication.translate(
            "StartUp", "The details were written to {file}."
        ).format(file=str(logged))
    _show(error_box(QCoreApplication.translate("StartUp", "GreenDesk cannot start"), text, informative))


def excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """``sys.excepthook`` while the app runs: a dialog with the message, the details in the log."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(trace)
    logged = record(error)
    if _showing or QApplication.instance() is None:
        return
    text = _problem_text(error)
    informative = QCoreApplication.translate(
        "StartUp", "The last action was not completed. GreenDesk goes on; if this happens again, restart it."
    )
    if logged is not None:
        informative += "\n" + QCoreApplication.translate(
            "StartUp", "The details were written to {file}."
        ).format(file=str(logged))
    _show(
        error_box(QCoreApplication.translate("StartUp", "GreenDesk: something went wrong"), text, informative)
    )

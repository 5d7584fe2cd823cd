"""The button row every small dialog ends with, wired to accept and reject once here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def dialog_buttons(
    dialog: QDialog, standard: QDialogButtonBox.StandardButton = OK_CANCEL
) -> QDialogButtonBox:
    """A button box (OK and Cancel unless told) whose accept/reject roles close ``dialog``."""
    buttons = QDialogButtonBox(standard, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons

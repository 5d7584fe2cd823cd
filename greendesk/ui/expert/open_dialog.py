"""Asking for the 评分码 that opens a scoring kit; a wrong code says so and lets the expert try again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel.kits_open import Kit, open_kit
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.common.errors import error_text
from greendesk.ui.signin import busy, error_label


def choose_kit_file(parent: QWidget | None) -> Path | None:
    """A kit file (whole, or part 001 of a split one) picked by the expert."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("OpenKitDialog", "Open scoring kit"),
        "",
        QCoreApplication.translate("OpenKitDialog", "Scoring kits (*.gdkit *.gdkit.001);;All files (*)"),
    )
    return Path(path) if path else None


class OpenKitDialog(QDialog):
    """The kit's file and a field for the 评分码; ``kit`` is set once the code opened it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.kit: Kit | None = None
        self.setWindowTitle(self.tr("Open scoring kit"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Enter the 评分码 the office gave you separately (by phone or in person). "
                "The kit opens only with it."
            ),
            self,
        )
        intro.setWordWrap(True)
        file_label = QLabel(str(path), self)
        file_label.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Kit:"), file_label)
        form.addRow(self.tr("Scoring code (评分码):"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        try:
            with busy():
                self.kit = open_kit(self.path, self.code.text())
        except GreenDeskError as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            self.code.selectAll()
            self.code.setFocus()
            return
        super().accept()

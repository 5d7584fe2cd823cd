"""Settings: the interface language (remembered in the workspace folder's preferences)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language_box)
        note = QLabel(self.tr("The choice is remembered for this workspace folder."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def language(self) -> str:
        return self.language_box.currentData()

"""Settings: the interface language (remembered in the workspace folder's preferences)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.ui.common.dialogs import dialog_buttons

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, language: str, idle_minutes: int = 15, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.idle_box = QSpinBox()
        self.idle_box.setRange(0, 240)
        self.idle_box.setValue(idle_minutes)
        self.idle_box.setSuffix(self.tr(" min"))
        self.idle_box.setSpecialValueText(self.tr("never"))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language_box)
        form.addRow(self.tr("Lock the window after no use for:"), self.idle_box)
        note = QLabel(self.tr("The choice is remembered for this workspace folder."))
        note.setWordWrap(True)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def language(self) -> str:
        return self.language_box.currentData()

    def idle_minutes(self) -> int:
        return self.idle_box.value()

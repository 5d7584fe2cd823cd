"""Settings: the interface language (remembered in the workspace folder's preferences), the idle lock,
the issuing office's details (administrators edit them) and the fonts documents are set in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.reports.office import OfficeDetails
from greendesk.ui.common.dialogs import dialog_buttons

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(
        self,
        language: str,
        idle_minutes: int = 15,
        parent: QWidget | None = None,
        *,
        office: OfficeDetails | None = None,
        office_editable: bool = False,
        fonts: list[tuple[str, str, str]] | None = None,
    ) -> None:
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
        note = QLabel(
            self.tr(
                "The choice is remembered for this workspace folder. "
                "Documents (PDF and Excel) are always in Simplified Chinese."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.office_box = self._office_group(office or OfficeDetails("", "", "", ""), office_editable)
        layout.addWidget(self.office_box)
        layout.addWidget(self._fonts_group(fonts or []))
        layout.addWidget(dialog_buttons(self))
        self._office = office

    def _office_group(self, office: OfficeDetails, editable: bool) -> QGroupBox:
        """The issuing office (发文机关, contact, phone, 发文字号 prefix); read-only unless administrator."""
        group = QGroupBox(self.tr("Issuing office (printed on documents)"))
        self.office_name = QLineEdit(office.name)
        self.office_contact = QLineEdit(office.contact)
        self.office_phone = QLineEdit(office.phone)
        self.office_prefix = QLineEdit(office.prefix)
        self.office_prefix.setPlaceholderText("朝住建发")
        self.office_signer = QLineEdit(office.signer)
        form = QFormLayout(group)
        form.addRow(self.tr("Issuing organ (full name):"), self.office_name)
        form.addRow(self.tr("Contact person:"), self.office_contact)
        form.addRow(self.tr("Telephone:"), self.office_phone)
        form.addRow(self.tr("Document-number prefix:"), self.office_prefix)
        form.addRow(self.tr("Signed by (reports to the municipal commission):"), self.office_signer)
        fields = (
            self.office_name,
            self.office_contact,
            self.office_phone,
            self.office_prefix,
            self.office_signer,
        )
        for field in fields:
            field.setReadOnly(not editable)
        if not editable:
            form.addRow(QLabel(self.tr("Only an administrator can change the office's details.")))
        return group

    def _fonts_group(self, fonts: list[tuple[str, str, str]]) -> QGroupBox:
        group = QGroupBox(self.tr("Fonts documents use"))
        self.fonts_view = QTreeWidget()
        self.fonts_view.setHeaderLabels([self.tr("Role"), self.tr("Font file"), self.tr("Why")])
        self.fonts_view.setRootIsDecorated(False)
        for role, path, reason in fonts:
            item = QTreeWidgetItem([role, Path(path).name, reason])
            item.setToolTip(1, path)
            item.setToolTip(2, reason)
            self.fonts_view.addTopLevelItem(item)
        for column in range(3):
            self.fonts_view.resizeColumnToContents(column)
        self.fonts_view.setMinimumWidth(640)
        self.fonts_view.setMaximumHeight(150)
        layout = QVBoxLayout(group)
        layout.addWidget(self.fonts_view)
        return group

    def language(self) -> str:
        return self.language_box.currentData()

    def idle_minutes(self) -> int:
        return self.idle_box.value()

    def office(self) -> OfficeDetails:
        return OfficeDetails(
            self.office_name.text(),
            self.office_contact.text(),
            self.office_phone.text(),
            self.office_prefix.text(),
            self.office_signer.text(),
        )

    def office_changed(self) -> bool:
        return self._office is not None and self.office() != self._office

"""First start: choose the district and create the workspace (optionally loading the official registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.registry import roster
from greendesk.core.registry.districts import find_district, known_districts
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dialogs import dialog_buttons

OTHER = "other"


class FirstRunDialog(QDialog):
    """Asks for the district; all of Beijing's 16 by code and name, or any other 6-digit code."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Welcome to GreenDesk"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr("Choose the district this workspace reviews. The workspace will be created in:")
        )
        intro.setWordWrap(True)
        location = QLabel(str(data_dir))
        location.setObjectName("workspaceLocation")
        location.setWordWrap(True)

        self.district_box = QComboBox()
        for district in known_districts():
            self.district_box.addItem(f"{district.code}  {district.name}", district.code)
        self.district_box.addItem(self.tr("Other district (enter code and name)"), OTHER)
        default = self.district_box.findData("110105")
        self.district_box.setCurrentIndex(max(default, 0))

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("6-digit code, e.g. 441802"))
        self.code_edit.setMaxLength(6)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("District name, e.g. 清城区"))
        self.load_registry = QCheckBox(self.tr("Load the official registry (2023 edition) now"))
        self.load_registry.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("District:"), self.district_box)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)

        buttons = dialog_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(location)
        layout.addLayout(form)
        layout.addWidget(self.load_registry)
        layout.addWidget(buttons)

        self.district_box.currentIndexChanged.connect(self._sync_fields)
        self._sync_fields()

    def _sync_fields(self) -> None:
        other = self.district_box.currentData() == OTHER
        self.code_edit.setEnabled(other)
        self.name_edit.setEnabled(other)
        if not other:
            self.code_edit.setText(self.district_box.currentData())
            district = find_district(self.district_box.currentData())
            self.name_edit.setText(district.name if district else "")
        self.load_registry.setEnabled(True)

    def chosen(self) -> tuple[str, str]:
        return self.code_edit.text().strip(), self.name_edit.text().strip()

    def accept(self) -> None:
        code, name = self.chosen()
        try:
            workspace = Workspace.create(self.data_dir, code, name)
            if self.load_registry.isChecked() and find_district(code) is not None:
                roster.load_official(workspace)
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        self.workspace = workspace
        super().accept()

"""First start in two steps: the district, then the administrator account; then the workspace is created.

The workspace (optionally with the official registry) is created only after both steps, signed in as
the new administrator, so no workspace ever exists without an account that can manage it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.registry import roster
from greendesk.core.registry.districts import find_district, known_districts, validate_district
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.expert.open_dialog import choose_kit_file
from greendesk.ui.signin import AdministratorForm

OTHER = "other"
DISTRICT_STEP, ADMINISTRATOR_STEP = 0, 1


class FirstRunDialog(QDialog):
    """Step 1: the district (Beijing's 16 by code and name, or any 6-digit code); step 2: the administrator."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.kit_path: Path | None = None  # an expert chose to open a scoring kit instead
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

        district_page = QWidget()
        district_layout = QVBoxLayout(district_page)
        district_layout.setContentsMargins(0, 0, 0, 0)
        district_layout.addWidget(intro)
        district_layout.addWidget(location)
        district_layout.addLayout(form)
        district_layout.addWidget(self.load_registry)
        district_layout.addStretch(1)
        self.administrator = AdministratorForm()
        self.steps = QStackedWidget(self)
        self.steps.addWidget(district_page)
        self.steps.addWidget(self.administrator)

        buttons = dialog_buttons(self)
        self.next_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(lambda: self.show_step(DISTRICT_STEP))
        self.kit_button = QPushButton(self.tr("Open a scoring kit (expert)…"), self)
        self.kit_button.setToolTip(self.tr("For an expert scoring on this PC: no workspace is needed."))
        self.kit_button.clicked.connect(self.open_kit)
        button_row = QHBoxLayout()
        button_row.addWidget(self.kit_button)
        button_row.addWidget(self.back_button)
        button_row.addWidget(buttons, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(button_row)

        self.district_box.currentIndexChanged.connect(self._sync_fields)
        self._sync_fields()
        self.show_step(DISTRICT_STEP)

    def open_kit(self) -> None:
        """An expert's way in: pick the kit; the dialog closes and expert mode opens it."""
        self.kit_path = choose_kit_file(self)
        if self.kit_path is not None:
            self.reject()

    def show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step == ADMINISTRATOR_STEP)
        self.next_button.setText(self.tr("Next") if step == DISTRICT_STEP else self.tr("Create workspace"))
        if step == ADMINISTRATOR_STEP:
            self.administrator.name.setFocus()

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
        """Next on the district step; on the administrator step, create the workspace signed in as it."""
        code, name = self.chosen()
        if self.steps.currentIndex() == DISTRICT_STEP:
            try:
                validate_district(code, name)
            except GreenDeskError as error:
                QMessageBox.warning(self, self.windowTitle(), error.render())
                return
            self.show_step(ADMINISTRATOR_STEP)
            return
        if not self.administrator.check():
            return
        try:
            workspace = Workspace.create(
                self.data_dir,
                code,
                name,
                admin=self.administrator.name.text().strip(),
                password=self.administrator.passwords.password.text(),
                admin_display_name=self.administrator.display_name.text().strip(),
            )
            if self.load_registry.isChecked() and find_district(code) is not None:
                roster.load_official(workspace)
        except GreenDeskError as error:
            self.administrator.show_error(error.render())
            return
        self.workspace = workspace
        super().accept()

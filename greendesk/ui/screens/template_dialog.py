"""File → Export recommendation template: the campaign year and one street or all of them.

A street's office fills in only its own communities; a 600-sheet workbook of the whole district is
for the district's own use. The work is ``core.intake.template.export_template``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import campaign
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.intake.template import export_template
from greendesk.core.registry import roster
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.common.save_paths import ask_save_path
from greendesk.ui.context import UiContext

KIND = "template"


class TemplateDialog(QDialog):
    """Choose year and street, then where to save; ``saved`` is the written file."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Export recommendation template"))
        self.year = QSpinBox(self)
        self.year.setRange(campaign.FIRST_YEAR, campaign.LAST_YEAR)
        self.year.setValue(campaign.campaign_year(context.workspace))
        self.street = QComboBox(self)
        self.street.addItem(self.tr("All streets"), None)
        self._names: dict[str, str] = {}
        for street in roster.list_streets(context.workspace):
            self.street.addItem(f"{street.name} {street.code}", street.code)
            self._names[street.code] = street.name
        note = QLabel(
            self.tr(
                "One street's template holds only its communities; all streets make one sheet per community."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Street"), self.street)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save…"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def file_name(self) -> str:
        street = self._names.get(self.street.currentData() or "", "")
        return self.tr("Recommendation template {year}{street}.xlsx").format(
            year=self.year.value(), street=f" {street}" if street else ""
        )

    def accept(self) -> None:
        path = ask_save_path(
            self, KIND, self.windowTitle(), self.file_name(), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Write the template; a refusal is shown and the dialog stays open."""
        try:
            self.saved = export_template(
                self.context.workspace, path, self.year.value(), self.street.currentData()
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return False
        self.context.status_message.emit(self.tr("Template saved: {file}").format(file=str(self.saved)))
        super().accept()
        return True

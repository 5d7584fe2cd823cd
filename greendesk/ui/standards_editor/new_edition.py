"""Copy a standard into a local edition: the new id (a fresh one proposed) and its title."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.standards import editing, library
from greendesk.core.standards.model import Standard
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.common.errors import error_text
from greendesk.ui.context import UiContext


class NewEditionDialog(QDialog):
    """On OK the edition is created as version 1 in the workspace (``saved`` holds it)."""

    def __init__(self, context: UiContext, parent_standard: Standard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_standard = parent_standard
        self.saved: editing.Saved | None = None
        self.setWindowTitle(self.tr("Copy into a local edition"))
        taken = library.discover_standards([context.workspace.standards_dir]).standards
        self.id_edit = QLineEdit(editing.fresh_id(parent_standard.id, taken))
        self.id_edit.setObjectName("editionId")
        self.title_edit = QLineEdit(self.tr("{title} (local edition)").format(title=parent_standard.title))
        self.title_edit.setMinimumWidth(420)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        intro = QLabel(
            self.tr(
                "The copy starts as {parent}'s exact content and is saved as version 1 of a new standard."
            ).format(parent=parent_standard.id)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Id:"), self.id_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        try:
            self.saved = editing.create_edition(
                self.context.workspace,
                self.parent_standard,
                self.id_edit.text().strip(),
                self.title_edit.text(),
            )
        except (
            GreenDeskError
        ) as error:  # a taken or unusable id, a too long title: said here, the dialog stays
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        super().accept()

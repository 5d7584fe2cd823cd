"""The 专家 tab: the panel's experts (accounts or external), adding and deactivating them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import panels
from greendesk.ui.context import UiContext
from greendesk.ui.screens.panel.dialogs import AddExpertDialog


class ExpertsTab(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: panels.PanelInfo | None = None
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Key"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Account"),
                self.tr("Status"),
                self.tr("Communities"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.warning = QLabel()
        self.warning.setObjectName("panelSizeWarning")
        self.warning.setWordWrap(True)
        self.warning_icon = QLabel()
        self.warning_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning_icon)
        warning_row.addWidget(self.warning, 1)
        self.add_button = QPushButton(self.tr("&Add expert…"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(warning_row)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_expert)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

    def show_info(self, info: panels.PanelInfo) -> None:
        self.info = info
        current = self.selected_key()
        self.table.setRowCount(len(info.experts))
        for row, expert in enumerate(info.experts):
            values = [
                expert.key,
                expert.name,
                expert.organisation,
                expert.username or self.tr("external"),
                self.tr("active") if expert.active else self.tr("inactive"),
                str(expert.communities),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if expert.key == current:
                self.table.selectRow(row)
        self.warning.setText(" ".join(w.render() for w in info.warnings))
        self.warning_icon.setVisible(bool(info.warnings))
        self.warning.setVisible(bool(info.warnings))
        self._update_buttons()

    def selected_key(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else item.text()

    def _update_buttons(self) -> None:
        admin = accounts.may(self.context.workspace, panels.PANEL_ROLE)
        self.add_button.setEnabled(admin and self.info is not None)
        key = self.selected_key()
        expert = None if key is None or self.info is None else self.info.expert(key)
        self.toggle_button.setEnabled(admin and expert is not None)
        self.toggle_button.setText(
            self.tr("&Activate") if expert is not None and not expert.active else self.tr("&Deactivate")
        )

    def add_expert(self) -> None:
        if self.info is None:
            return
        dialog = AddExpertDialog(self.context.workspace, self.info.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def toggle_active(self) -> None:
        key = self.selected_key()
        if self.info is None or key is None:
            return
        try:
            panels.set_expert_active(
                self.context.workspace, self.info.id, key, not self.info.expert(key).active
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Experts"), error.render())
            return
        self.changed.emit()

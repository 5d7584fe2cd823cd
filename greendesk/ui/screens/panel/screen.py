"""专家评审: the year's panels on the left, the chosen panel's experts, assignments and merged scores in tabs.

``kit_buttons`` holds the chosen panel's file actions (``file_actions.py``: kits and sheets out and
back in, the 专家意见表 and the 一览表); an import notifies the panel topic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts, campaign
from greendesk.core.panel import assignments, panels
from greendesk.ui.context import TOPIC_ACCOUNT, TOPIC_RECOMMENDATIONS, UiContext
from greendesk.ui.screens.panel.assign_tab import AssignTab
from greendesk.ui.screens.panel.dialogs import NewPanelDialog
from greendesk.ui.screens.panel.experts_tab import ExpertsTab
from greendesk.ui.screens.panel.file_actions import PanelFileActions
from greendesk.ui.screens.panel.merge_tab import MergeTab

ID_ROLE = Qt.ItemDataRole.UserRole


class PanelScreen(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(campaign.campaign_year(context.workspace))
        self.panel_list = QListWidget()
        self.panel_list.setAccessibleName(self.tr("Expert panels"))
        self.new_button = QPushButton(self.tr("&New panel…"))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year, 1)
        left = QWidget()
        left.setFixedWidth(230)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(year_row)
        left_layout.addWidget(self.panel_list, 1)
        left_layout.addWidget(self.new_button)

        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        # The kits, sheets and documents of the chosen panel (导出评分包, 导入评分回执, 评分表, 专家意见表, 一览表).
        self.kit_buttons = QHBoxLayout()
        self.file_actions = PanelFileActions(context, self.current_panel, self)
        self.kit_buttons.addWidget(self.file_actions)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        header.addLayout(self.kit_buttons)
        self.experts_tab = ExpertsTab(context)
        self.assign_tab = AssignTab(context)
        self.merge_tab = MergeTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.experts_tab, self.tr("Experts"))
        self.tabs.addTab(self.assign_tab, self.tr("Assignments"))
        self.tabs.addTab(self.merge_tab, self.tr("Merged scores"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.tabs, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(right, 1)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.panel_list.currentRowChanged.connect(lambda _row: self.show_current())
        self.new_button.clicked.connect(self.new_panel)
        for tab in (self.experts_tab, self.assign_tab, self.merge_tab):
            tab.changed.connect(self.show_current)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: str) -> None:
        if topic in (TOPIC_ACCOUNT, TOPIC_RECOMMENDATIONS):
            self.reload()

    def _list_text(self, name: str, batch: int, experts: int, communities: int) -> str:
        return self.tr("{name}\nbatch {batch} · experts: {experts} · communities: {communities}").format(
            name=name, batch=batch, experts=experts, communities=communities
        )

    def current_panel(self) -> int | None:
        item = self.panel_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def reload(self, select: int | None = None) -> None:
        """The year's panels again, keeping (or moving to) the chosen one, and its tabs."""
        chosen = select if select is not None else self.current_panel()
        self.new_button.setEnabled(accounts.may(self.context.workspace, panels.PANEL_ROLE))
        self.panel_list.blockSignals(True)
        self.panel_list.clear()
        for summary in panels.list_panels(self.context.workspace, self.year.value()):
            item = QListWidgetItem(
                self._list_text(summary.name, summary.batch, summary.experts, summary.communities)
            )
            item.setData(ID_ROLE, summary.id)
            self.panel_list.addItem(item)
            if summary.id == chosen:
                self.panel_list.setCurrentItem(item)
        if self.panel_list.currentItem() is None and self.panel_list.count():
            self.panel_list.setCurrentRow(0)
        self.panel_list.blockSignals(False)
        self.show_current()

    def show_current(self) -> None:
        panel_id = self.current_panel()
        self.tabs.setEnabled(panel_id is not None)
        if panel_id is None:
            self.title.setText(self.tr("No expert panel for {year} yet").format(year=self.year.value()))
            self.details.setText(self.tr("Create one with New panel… (administrators)."))
            return
        workspace = self.context.workspace
        info = panels.show_panel(workspace, panel_id)
        self.title.setText(info.name)
        self.details.setText(
            self.tr(
                "{year}, batch {batch} · standard {standard} · flagged above a spread of {threshold} points"
            ).format(
                year=info.year, batch=info.batch, standard=info.standard_id, threshold=f"{info.threshold:g}"
            )
        )
        self.experts_tab.show_info(info)
        self.assign_tab.show_info(
            info, assignments.candidates(workspace, panel_id), panels.standard_items(workspace, panel_id)
        )
        self.merge_tab.show_table(panels.merged(workspace, panel_id))
        row = self.panel_list.currentRow()  # the list's counts follow the change
        current = self.panel_list.item(row)
        if current is not None:
            experts = sum(1 for e in info.experts if e.active)
            current.setText(
                self._list_text(info.name, info.batch, experts, len({a.code for a in info.assignments}))
            )

    def new_panel(self) -> None:
        dialog = NewPanelDialog(self.context.workspace, self.year.value(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.year.blockSignals(True)
            self.year.setValue(dialog.created.year)
            self.year.blockSignals(False)
            self.reload(select=dialog.created.id)

"""The registry screen: streets tree, community table with instant filter, inline editing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.registry import roster
from greendesk.ui.context import TOPIC_REGISTRY, UiContext
from greendesk.ui.models.registry_models import (
    CODE_ROLE,
    CommunityTableModel,
    StreetTreeModel,
)


class RegistryScreen(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, code or street…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.load_button = QPushButton(self.tr("Load official registry"))
        self.load_button.setToolTip(
            self.tr("Streets and residents' committees of the district, NBS 2023 edition")
        )
        self.import_button = QPushButton(self.tr("Load registry from Excel…"))

        self.communities = CommunityTableModel(self.workspace, self)
        self.table = QTableView()
        self.table.setModel(self.communities)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.streets = StreetTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.streets)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.filter_edit, 1)
        toolbar.addWidget(self.count_label)
        toolbar.addWidget(self.load_button)
        toolbar.addWidget(self.import_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(toolbar)
        right_layout.addWidget(self.table)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])

        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter_edit.textChanged.connect(self._filter)
        self.tree.selectionModel().currentChanged.connect(self._street_selected)
        self.load_button.clicked.connect(self.load_official)
        self.import_button.clicked.connect(self.load_from_excel)
        self.communities.edit_failed.connect(self._show_error)
        self.communities.community_changed.connect(self._community_changed)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.communities.reload()
        self.streets.reload(self.workspace.district.name, roster.list_streets(self.workspace))
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_REGISTRY:
            self.reload()

    def _community_changed(self, _code: str) -> None:
        self.streets.reload(self.workspace.district.name, roster.list_streets(self.workspace))
        self.tree.expandToDepth(0)
        self._update_count()

    def _filter(self, text: str) -> None:
        self.communities.set_query(text)
        self._update_count()

    def _street_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.communities.set_street(current.data(CODE_ROLE) if current.isValid() else None)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} communities").format(
                shown=self.communities.rowCount(), total=self.communities.total
            )
        )

    # -- actions ---------------------------------------------------------------------------
    def load_official(self) -> None:
        try:
            summary = roster.load_official(self.workspace)
        except GreenDeskError as error:
            self._show_error(error.render())
            return
        self.context.notify(TOPIC_REGISTRY)
        self.context.status_message.emit(
            self.tr("Registry loaded: {added} communities added, {updated} updated.").format(
                added=summary.communities_added, updated=summary.communities_updated
            )
        )

    def load_from_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load registry from Excel"), "", self.tr("Excel workbooks (*.xlsx *.xls)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            summary = roster.load_workbook(self.workspace, path)
        except GreenDeskError as error:
            self._show_error(error.render())
            return False
        self.context.notify(TOPIC_REGISTRY)
        self.context.status_message.emit(
            self.tr("Registry loaded: {added} communities added, {updated} updated.").format(
                added=summary.communities_added, updated=summary.communities_updated
            )
        )
        return True

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Registry"), message)

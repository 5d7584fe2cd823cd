"""The 分配 tab: a matrix of the year's communities × the active experts, and the items of one cell.

A cell's box is ticked when the expert scores every item of the community, half-ticked when some
(the side list says which), empty when none; Space or a click ticks or clears it as one action.
The side list edits the items of the current cell and saves them as one action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import assignments, panels
from greendesk.core.standards.model import Item
from greendesk.ui.context import UiContext

KEY_ROLE = Qt.ItemDataRole.UserRole


class AssignTab(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: panels.PanelInfo | None = None
        self.items: tuple[Item, ...] = ()
        self.experts: list[panels.ExpertInfo] = []
        self.codes: list[str] = []
        self.matrix = QTableWidget(0, 0)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setAccessibleName(self.tr("Assignments: communities by experts"))
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel(
            self.tr(
                "☑ every item   ◩ some items (see the list)   ☐ not assigned — Space ticks or clears a cell."
            )
        )
        self.legend.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.matrix, 1)
        left_layout.addWidget(self.legend)

        self.cell_title = QLabel(self.tr("Choose a cell to see its items."))
        self.cell_title.setWordWrap(True)
        self.item_list = QListWidget()
        self.item_list.setAccessibleName(self.tr("Items of the chosen cell"))
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.all_button = QPushButton(self.tr("A&ll"))
        self.none_button = QPushButton(self.tr("N&one"))
        self.save_button = QPushButton(self.tr("&Save items"))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        side = QGroupBox(self.tr("Items per expert"))
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.cell_title)
        side_layout.addWidget(self.item_list, 1)
        side_layout.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.matrix.itemChanged.connect(self._cell_toggled)
        self.matrix.currentCellChanged.connect(lambda row, column, *_: self._show_cell(row, column))
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.save_button.clicked.connect(self.save_items)

    def show_info(
        self, info: panels.PanelInfo, candidates: list[tuple[str, str, str]], items: tuple[Item, ...]
    ) -> None:
        self.info = info
        self.items = items
        self.experts = [expert for expert in info.experts if expert.active]
        self.codes = [code for code, _name, _street in candidates]
        editable = accounts.may(self.context.workspace, panels.PANEL_ROLE)
        current = (self.matrix.currentRow(), self.matrix.currentColumn())
        self.matrix.blockSignals(True)
        self.matrix.clear()
        self.matrix.setRowCount(len(candidates))
        self.matrix.setColumnCount(len(self.experts))
        self.matrix.setHorizontalHeaderLabels([f"{e.key}\n{e.name}" for e in self.experts])
        self.matrix.setVerticalHeaderLabels(
            [f"{code} {name}（{street}）" for code, name, street in candidates]
        )
        for row, code in enumerate(self.codes):
            for column, expert in enumerate(self.experts):
                cell = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                cell.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if editable else flags)
                cell.setCheckState(self._state(info.assigned(expert.key, code)))
                cell.setData(KEY_ROLE, (expert.key, code))
                self.matrix.setItem(row, column, cell)
        self.matrix.blockSignals(False)
        if 0 <= current[0] < len(self.codes) and 0 <= current[1] < len(self.experts):
            self.matrix.setCurrentCell(*current)
        self._show_cell(self.matrix.currentRow(), self.matrix.currentColumn())

    @staticmethod
    def _state(items: tuple[int, ...] | None) -> Qt.CheckState:
        if items is None:
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked if items else Qt.CheckState.Unchecked

    def _cell(self, row: int, column: int) -> tuple[str, str] | None:
        item = self.matrix.item(row, column) if row >= 0 and column >= 0 else None
        return None if item is None else item.data(KEY_ROLE)

    def _show_cell(self, row: int, column: int) -> None:
        cell = self._cell(row, column)
        self.item_list.clear()
        editable = accounts.may(self.context.workspace, panels.PANEL_ROLE)
        for button in (self.all_button, self.none_button, self.save_button):
            button.setEnabled(cell is not None and editable)
        if cell is None or self.info is None:
            self.cell_title.setText(self.tr("Choose a cell to see its items."))
            return
        key, code = cell
        expert = self.info.expert(key)
        self.cell_title.setText(
            self.tr("Items {key} {name} scores for {code}:").format(key=key, name=expert.name, code=code)
        )
        assigned = self.info.assigned(key, code)
        for item in self.items:
            entry = QListWidgetItem(
                self.tr("{number}. ({points} points) {text}").format(
                    number=item.number, text=item.text, points=f"{item.points or 0:g}"
                )
            )
            entry.setToolTip(item.text)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = assigned is None or item.number in (assigned or ())
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            entry.setData(KEY_ROLE, item.number)
            self.item_list.addItem(entry)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for index in range(self.item_list.count()):
            self.item_list.item(index).setCheckState(state)

    def ticked_items(self) -> list[int]:
        return [
            self.item_list.item(i).data(KEY_ROLE)
            for i in range(self.item_list.count())
            if self.item_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _run(self, action: Callable[[], panels.Outcome]) -> None:
        try:
            outcome = action()
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Assignments"), error.render())
        else:
            for warning in outcome.warnings:
                self.context.status_message.emit(warning.render())
        # Also after a refusal, the matrix shows what is stored; rebuilt once the cell's own signal has
        # returned (the matrix is refilled, and the toggled cell with it).
        QTimer.singleShot(0, self.changed.emit)

    def _cell_toggled(self, item: QTableWidgetItem) -> None:
        if self.info is None:
            return
        key, code = item.data(KEY_ROLE)
        workspace, panel_id = self.context.workspace, self.info.id
        if item.checkState() == Qt.CheckState.Checked:
            self._run(lambda: assignments.assign(workspace, panel_id, key, [code]))
        else:
            self._run(lambda: assignments.unassign(workspace, panel_id, key, [code]))

    def save_items(self) -> None:
        cell = self._cell(self.matrix.currentRow(), self.matrix.currentColumn())
        if cell is None or self.info is None:
            return
        key, code = cell
        chosen = self.ticked_items()
        items = None if len(chosen) == len(self.items) else chosen
        workspace, panel_id = self.context.workspace, self.info.id
        self._run(lambda: assignments.set_items(workspace, panel_id, key, code, items))

"""The 汇总 tab: one community's merged scores (``merge.merged_table``), items × experts with mean and spread.

A flagged row (the spread above the panel's threshold, not yet confirmed) carries a warning icon
and the word, not only its colour; the 复核人 confirms a row (确认…, with the dissent dialog) or
every unflagged row at once (确认全部无争议). The total, pass and tier are the table's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from greendesk.core.panel import confirm
from greendesk.core.panel.merge import MergedCommunity, MergedItem, PanelTable
from greendesk.core.review.vocabulary import APPROVER
from greendesk.ui.context import UiContext
from greendesk.ui.screens.panel.dialogs import ConfirmDialog

FLAGGED_BACKGROUND = QColor(255, 228, 196)  # with the warning icon and the word: never colour alone
CONFIRMED_FOREGROUND = QColor("#2e7d32")
FIXED_COLUMNS_BEFORE = 2  # item, points
FIXED_COLUMNS_AFTER = 5  # mean, spread, status, confirmed, button


def _number(value: float | None) -> str:
    return "—" if value is None else f"{round(value, 2):g}"


class MergeTab(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table_data: PanelTable | None = None
        self.community = QComboBox()
        self.community.setMinimumContentsLength(24)
        self.community.setAccessibleName(self.tr("Community"))
        self.summary = QLabel()
        self.summary.setObjectName("panelCommunityTotal")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.grid = QTableWidget(0, 0)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setAccessibleName(self.tr("Merged scores"))
        self.confirm_button = QPushButton(self.tr("&Confirm selected item…"))
        self.confirm_all_button = QPushButton(self.tr("Confirm all &unflagged"))
        top = QHBoxLayout()
        label = QLabel(self.tr("Co&mmunity:"))
        label.setBuddy(self.community)
        top.addWidget(label)
        top.addWidget(self.community, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self.community.currentIndexChanged.connect(lambda _index: self._fill())
        self.grid.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.grid.activated.connect(lambda index: self.confirm_row(index.row()))
        self.confirm_button.clicked.connect(lambda: self.confirm_row(self.grid.currentRow()))
        self.confirm_all_button.clicked.connect(self.confirm_all)

    # -- filling ------------------------------------------------------------------------------------

    def show_table(self, table: PanelTable) -> None:
        self.table_data = table
        code = self.current_code()
        self.community.blockSignals(True)
        self.community.clear()
        for community in table.communities:
            flagged = (
                self.tr(", flagged: {count}").format(count=len(community.flagged))
                if community.flagged
                else ""
            )
            self.community.addItem(
                self.tr("{code} {name} — total {total}{flagged}").format(
                    code=community.code, name=community.name, total=_number(community.total), flagged=flagged
                ),
                community.code,
            )
        index = self.community.findData(code)
        self.community.setCurrentIndex(max(index, 0))
        self.community.blockSignals(False)
        self._fill()

    def current_code(self) -> str | None:
        return self.community.currentData()

    def current(self) -> MergedCommunity | None:
        if self.table_data is None:
            return None
        code = self.current_code()
        return next((c for c in self.table_data.communities if c.code == code), None)

    def _rows(self, community: MergedCommunity) -> list[MergedItem]:
        return [item for item in community.items if item.scores]  # the items some expert is assigned

    def _fill(self) -> None:
        community, table = self.current(), self.table_data
        self.grid.clearContents()
        self.grid.setRowCount(0)
        if community is None or table is None:
            self.summary.setText(self.tr("No community is assigned to this panel's experts yet."))
            self._update_buttons()
            return
        keys = [expert.key for expert in table.experts]
        headers = [self.tr("Item"), self.tr("Points"), *(f"{e.key}\n{e.name}" for e in table.experts)]
        headers += [self.tr("Mean"), self.tr("Spread"), self.tr("Status"), self.tr("Confirmed"), ""]
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        for index, expert in enumerate(table.experts):
            self.grid.horizontalHeaderItem(FIXED_COLUMNS_BEFORE + index).setToolTip(
                f"{expert.name} {expert.organisation}".strip()
            )
        rows = self._rows(community)
        self.grid.setRowCount(len(rows))
        for row, item in enumerate(rows):
            self._fill_row(row, item, keys)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self._summary(table, community))
        self._update_buttons()

    def _fill_row(self, row: int, item: MergedItem, keys: list[str]) -> None:
        merge = item.merge
        flagged = merge is not None and merge.disagreement and item.confirmed is None
        cells = [f"{item.number}. {item.text}", _number(item.points)]
        cells += [_number(item.scores[key]) if key in item.scores else "" for key in keys]
        cells += [
            _number(None if merge is None else merge.mean),
            _number(None if merge is None else merge.spread),
        ]
        status, icon = self._status(item)
        confirmed = _number(item.confirmed) if item.confirmed is not None else ""
        for column, text in enumerate([*cells, status, confirmed]):
            cell = QTableWidgetItem(text)
            if column == 0:
                cell.setToolTip(item.text)
            elif column != len(cells):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if flagged:
                cell.setBackground(QBrush(FLAGGED_BACKGROUND))
            self.grid.setItem(row, column, cell)
        status_cell = self.grid.item(row, len(cells))
        if icon is not None:
            status_cell.setIcon(self.style().standardIcon(icon))
        if item.dissent:
            status_cell.setToolTip(self.tr("Reason: {reason}").format(reason=item.dissent))
        if item.confirmed is not None:
            self.grid.item(row, len(cells) + 1).setForeground(QBrush(CONFIRMED_FOREGROUND))
        button = QPushButton(self.tr("Confirm…"))
        button.setAccessibleName(self.tr("Confirm item {item}").format(item=item.number))
        button.setEnabled(self._may_confirm() and merge is not None and not item.awaiting)
        button.clicked.connect(lambda _checked=False, r=row: self.confirm_row(r))
        self.grid.setCellWidget(row, len(cells) + 2, button)

    def _status(self, item: MergedItem) -> tuple[str, QStyle.StandardPixmap | None]:
        merge = item.merge
        threshold = 0.0 if self.table_data is None else self.table_data.panel.disagreement_threshold
        if item.confirmed is not None:
            return self.tr("Confirmed by {user}").format(
                user=item.confirmed_by
            ), QStyle.StandardPixmap.SP_DialogApplyButton
        if merge is not None and merge.disagreement:
            text = self.tr("Disagreement: spread {spread} > {threshold}").format(
                spread=_number(merge.spread), threshold=_number(threshold)
            )
            return text, QStyle.StandardPixmap.SP_MessageBoxWarning
        if item.awaiting:
            return self.tr("Awaiting {experts}").format(experts=", ".join(item.awaiting)), None
        return self.tr("Agreed"), None

    def _summary(self, table: PanelTable, community: MergedCommunity) -> str:
        maximum = table.standard.max_points or sum(item.points for item in community.items)
        parts = [
            self.tr("{name} ({street})").format(name=community.name, street=community.street),
            self.tr("Total {total} of {maximum}").format(
                total=_number(community.total), maximum=_number(maximum)
            ),
        ]
        passed = table.passed(community)
        if passed is None:
            awaiting = sum(1 for item in community.items if item.value is None)
            parts.append(self.tr("incomplete, items without a score: {count}").format(count=awaiting))
        elif passed:
            parts.append(self.tr("passed (pass mark {mark})").format(mark=_number(table.standard.pass_mark)))
            tier = table.tier(community)
            names = {candidate.id: candidate.name for candidate in table.standard.tiers}
            if tier:
                parts.append(self.tr("tier: {tier}").format(tier=names.get(tier, tier)))
        else:
            parts.append(
                self.tr("not passed (pass mark {mark})").format(mark=_number(table.standard.pass_mark))
            )
        if community.vetoed:
            vetoed = ", ".join(map(str, community.vetoed))
            parts.append(self.tr("vetoed by item {items}").format(items=vetoed))
        if community.flagged:
            parts.append(self.tr("⚠ flagged: {count}").format(count=len(community.flagged)))
        return " · ".join(parts)

    # -- confirming ---------------------------------------------------------------------------------

    def _may_confirm(self) -> bool:
        return accounts.may(self.context.workspace, APPROVER)

    def _update_buttons(self) -> None:
        item = self.row_item(self.grid.currentRow())
        allowed = self._may_confirm()
        self.confirm_button.setEnabled(
            allowed and item is not None and item.merge is not None and not item.awaiting
        )
        self.confirm_all_button.setEnabled(allowed and self.current() is not None)

    def row_item(self, row: int) -> MergedItem | None:
        community = self.current()
        rows = [] if community is None else self._rows(community)
        return rows[row] if 0 <= row < len(rows) else None

    def confirm_row(self, row: int) -> None:
        community, item = self.current(), self.row_item(row)
        if community is None or item is None or self.table_data is None:
            return
        dialog = ConfirmDialog(
            self.context.workspace, self.table_data.panel.id, community.code, community.name, item, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def ask(self, text: str) -> bool:
        """A yes/no question (the tests answer it)."""
        answer = QMessageBox.question(self, self.tr("Confirm all unflagged"), text)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_all(self) -> None:
        community = self.current()
        if community is None or self.table_data is None:
            return
        question = self.tr(
            "Confirm every item of {name} whose experts have all scored and agree, at the experts' mean?"
        ).format(name=community.name)
        if not self.ask(question):
            return
        try:
            done = confirm.confirm_all_unflagged(
                self.context.workspace, self.table_data.panel.id, community.code
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Confirm all unflagged"), error.render())
            return
        self.context.status_message.emit(self.tr("Items confirmed: {count}").format(count=len(done)))
        self.changed.emit()

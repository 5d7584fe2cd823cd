"""Yearly targets and deadlines: editable per year (later years carry the last value until changed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.progress import targets
from greendesk.core.registry import roster
from greendesk.ui.context import TOPIC_REGISTRY, TOPIC_TARGETS, UiContext


class TargetsScreen(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Target share (%)"),
                self.tr("Communities required"),
                self.tr("Pilots per street"),
                self.tr("Quarterly reports due"),
                self.tr("Results and summary due"),
                self.tr("Source"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.year = QSpinBox()
        self.year.setMaximumWidth(160)
        self.year.setRange(2020, 2100)
        self.year.setValue(clock.today().year)
        self.share = QDoubleSpinBox()
        self.share.setMaximumWidth(160)
        self.share.setRange(0.1, 100)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        self.pilots_min = QSpinBox()
        self.pilots_min.setMaximumWidth(160)
        self.pilots_min.setRange(0, 50)
        self.pilots_max = QSpinBox()
        self.pilots_max.setMaximumWidth(160)
        self.pilots_max.setRange(0, 50)
        self.save_button = QPushButton(self.tr("Save target"))

        form = QFormLayout()
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Share of in-scope communities passed by year end:"), self.share)
        form.addRow(self.tr("Pilots per street, minimum:"), self.pilots_min)
        form.addRow(self.tr("Pilots per street, maximum:"), self.pilots_max)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        editor = QGroupBox(self.tr("Edit a year's target"))
        editor.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(editor)

        self.year.valueChanged.connect(self._load_year)
        self.table.currentCellChanged.connect(self._row_selected)
        self.save_button.clicked.connect(self.save)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: str) -> None:
        if topic in (TOPIC_TARGETS, TOPIC_REGISTRY):
            self.reload()

    def reload(self) -> None:
        workspace = self.context.workspace
        in_scope = roster.registry_counts(workspace)["in_scope"]
        rows = targets.list_targets(workspace, last_year=max(clock.today().year, self.year.value()))
        self.table.setRowCount(len(rows))
        for index, target in enumerate(rows):
            quarterly = ", ".join(f"{deadline:%m-%d}" for _, deadline in target.quarterly_deadlines())
            source = (
                self.tr("carried over from {year}").format(year=target.carried_from)
                if target.carried_from
                else self.tr("set for this year")
            )
            values = [
                str(target.year),
                f"{target.target_share:g}",
                str(target.required_count(in_scope)),
                f"{target.pilots_per_street_min}–{target.pilots_per_street_max}",
                quarterly,
                target.summary_deadline.isoformat(),
                source,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column in (1, 2):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, cell)
        self._load_year(self.year.value())

    def _row_selected(self, row: int, *_args) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.year.setValue(int(item.text()))

    def _load_year(self, year: int) -> None:
        target = targets.target_for(self.context.workspace, year)
        self.share.setValue(target.target_share)
        self.pilots_min.setValue(target.pilots_per_street_min)
        self.pilots_max.setValue(target.pilots_per_street_max)

    def save(self) -> None:
        try:
            targets.set_target(
                self.context.workspace,
                self.year.value(),
                target_share=self.share.value(),
                pilots_per_street_min=self.pilots_min.value(),
                pilots_per_street_max=self.pilots_max.value(),
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Targets"), error.render())
            return
        self.context.notify(TOPIC_TARGETS)

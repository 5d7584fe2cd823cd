"""The city screen's dialogs: a district's communities (drill-down), the spot-check sample (抽查) and a
district's own target share.

Each shows what one core call returns (``district_detail``, ``draw_sample``) or asks for what one core
call takes (``set_district_target``); nothing is counted here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base import sampling
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.city import sample
from greendesk.core.city import targets as city_targets
from greendesk.core.city.detail import KIND_LABELS, DistrictDetail
from greendesk.core.city.progress import DistrictProgress
from greendesk.core.review.vocabulary import status_label
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.save_paths import ask_save_path


def fill_table(
    table: QTableWidget, headers: list[str], rows: list[list[Any]], stretch: int | None = None
) -> None:
    """Rows of plain values into a read-only table (numbers as text, None blank); the ``stretch``
    column takes the width left over (else the last)."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row_index, values in enumerate(rows):
        for column, value in enumerate(values):
            text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
            table.setItem(row_index, column, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def read_only_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def message_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning box (the GUI tests and the screenshots catch it before it is shown)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("cityMessage")
    return box


class DistrictDialog(QDialog):
    """One district's communities as its counting package lists them, and the packages it sent."""

    def __init__(self, detail: DistrictDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = detail.progress
        self.setWindowTitle(self.tr("{name} ({code})").format(name=row.name, code=row.code))
        source = detail.source
        summary = QLabel(
            self.tr(
                "{passed} of {total} passed ({rate}%), {named} named. Figures and communities from its "
                "newest package: {kind}, {period}, as of {as_of}"
            ).format(
                passed=row.passed,
                total=row.in_scope,
                rate=f"{row.pass_rate:g}",
                named=row.named,
                kind=QCoreApplication.translate("City", KIND_LABELS.get(source.kind, source.kind))
                if source
                else "-",
                period=row.period or "-",
                as_of=row.as_of.isoformat(sep=" ", timespec="minutes") if row.as_of else "-",
            )
        )
        summary.setWordWrap(True)
        self.communities = read_only_table()
        self.communities.setObjectName("districtCommunities")
        headers = [
            self.tr("Code"),
            self.tr("Community"),
            self.tr("Street"),
            self.tr("Status"),
            self.tr("Score"),
            self.tr("Passed"),
            self.tr("Named"),
        ]
        rows = [
            [
                c.code,
                c.name,
                c.street_name,
                status_label(c.status),
                c.score,
                self.tr("yes") if c.passed else self.tr("no"),
                " ".join(part for part in (c.named_tier, c.named_document) if part),
            ]
            for c in detail.communities
        ]
        fill_table(self.communities, headers, rows, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.communities, 1)
        layout.addWidget(buttons)
        self.resize(960, 560)


class SampleDialog(QDialog):
    """Draw a reproducible sample of the year's passed communities and save the work list (.xlsx)."""

    def __init__(self, workspace: Any, year: int, as_of: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.year, self.as_of = workspace, year, as_of
        self.drawn: sample.SpotCheckSample | None = None
        self.setWindowTitle(self.tr("Spot-check sample {year}").format(year=year))
        self.size_box = QSpinBox()
        self.size_box.setRange(1, sampling.MAX_SAMPLE)
        self.size_box.setValue(10)
        self.size_box.setMaximumWidth(120)
        self.seed_edit = QLineEdit()
        self.seed_edit.setPlaceholderText(self.tr("empty: a new random seed"))
        self.draw_button = QPushButton(self.tr("Draw"))
        self.draw_button.clicked.connect(self.draw)
        self.save_button = QPushButton(self.tr("Save work list…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_and_save)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.table = read_only_table()
        form = QFormLayout()
        form.addRow(self.tr("Communities to check"), self.size_box)
        form.addRow(self.tr("Seed"), self.seed_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.draw_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(860, 520)

    def draw(self) -> bool:
        """One draw (audited by the core); a refusal is shown, nothing else changes."""
        try:
            drawn = sample.draw_sample(
                self.workspace, self.year, self.size_box.value(), self.seed_edit.text(), as_of=self.as_of
            )
        except GreenDeskError as error:
            message_box(self, self.tr("Spot-check sample"), error_text(error)).exec()
            return False
        self.drawn = drawn
        self.seed_edit.setText(drawn.seed)
        self.result_label.setText(
            self.tr("{count} of {population} passed communities drawn with seed {seed}").format(
                count=len(drawn.communities), population=len(drawn.population), seed=drawn.seed
            )
        )
        headers = [
            self.tr("District"),
            self.tr("Street"),
            self.tr("Code"),
            self.tr("Community"),
            self.tr("Score"),
        ]
        rows = [[c.district_name, c.street_name, c.code, c.name, c.score] for c in drawn.communities]
        fill_table(self.table, headers, rows, stretch=3)
        self.save_button.setEnabled(True)
        return True

    def save(self, path: Path) -> Path | None:
        if self.drawn is None:
            return None
        try:
            return sample.write_work_list(self.drawn, path)
        except GreenDeskError as error:
            message_box(self, self.tr("Spot-check sample"), error_text(error)).exec()
            return None

    def ask_and_save(self) -> None:
        path = ask_save_path(
            self,
            "city-sample",
            self.tr("Save work list"),
            f"{self.year}年抽查工作清单.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is not None:
            self.save(path)


class DistrictTargetDialog(QDialog):
    """Ask for a district's own target share of the year, or for the city's share again."""

    def __init__(
        self, row: DistrictProgress, year: int, city_share: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("districtTargetDialog")
        self.setWindowTitle(self.tr("Target share of {name} {year}").format(name=row.name, year=year))
        explanation = QLabel(
            self.tr(
                "The city's target share for {year} is {share}%. A share set here applies to {name} "
                "only: its required count is this share of its {total} communities in scope."
            ).format(year=year, share=f"{city_share:g}", name=row.name, total=row.in_scope)
        )
        explanation.setWordWrap(True)
        self.share_box = QDoubleSpinBox()
        self.share_box.setObjectName("districtTargetShare")
        self.share_box.setRange(city_targets.SMALLEST_SHARE, city_targets.LARGEST_SHARE)
        self.share_box.setDecimals(1)
        self.share_box.setSingleStep(5.0)
        self.share_box.setSuffix(" %")
        self.share_box.setValue(row.target_share)
        self.share_box.setMaximumWidth(140)
        self.city_box = QCheckBox(self.tr("Use the city's share ({share}%)").format(share=f"{city_share:g}"))
        self.city_box.setChecked(not row.own_target)
        self.city_box.toggled.connect(lambda checked: self.share_box.setEnabled(not checked))
        self.share_box.setEnabled(row.own_target)
        form = QFormLayout()
        form.addRow(self.tr("District's share"), self.share_box)
        form.addRow("", self.city_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 200)

    def chosen(self) -> float | None:
        """The district's own share, or None for the city's."""
        return None if self.city_box.isChecked() else self.share_box.value()

"""Entering a site visit's results from the paper form: per item an outcome (pass/fail standard) or a
score (scored standard) and a note, the notes under 听/查/看/问/议, the questionnaire tally, and
phone photos per item; after saving, each photo's place notes and warnings are listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import visit_records
from greendesk.core.panel.visit_records import ItemResult, Tally, VisitReport, VisitResults
from greendesk.core.review.vocabulary import OUTCOMES, outcome_label
from greendesk.core.workspace import Workspace
from greendesk.ui.common import save_paths

NOT_SCORED = -1.0  # the score box's "—": the item was not scored on site
PHOTO_KIND = "visit-photos"


class VisitRecordDialog(QDialog):
    def __init__(self, workspace: Workspace, visit_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.visit_code = visit_code
        self.saved = False
        self.report = visit_records.visit_report(workspace, visit_code)
        visit = self.report.visit
        self.setWindowTitle(self.tr("Site visit results: {community}").format(community=visit.name))
        self.values: dict[int, QComboBox | QDoubleSpinBox] = {}
        self.item_notes: dict[int, QLineEdit] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        self.tally: dict[str, QSpinBox] = {}
        self.photos: list[tuple[int, Path]] = []
        header = QLabel(
            self.tr("{community} ({code}) · {street} · {day} · stop {order} · visit code {visit}").format(
                community=visit.name,
                code=visit.code,
                street=visit.street_name,
                day=visit.day.isoformat(),
                order=visit.order,
                visit=visit.visit_code,
            )
        )
        header.setObjectName("visitHeader")
        header.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self._items_box(), 3)
        right = QVBoxLayout()
        right.addWidget(self._notes_box())
        right.addWidget(self._tally_box())
        right.addWidget(self._photos_box(), 1)
        columns.addLayout(right, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("saveState")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._fill(self.report)
        self.resize(1240, 700)

    # -- building ------------------------------------------------------------------------------

    def _items_box(self) -> QGroupBox:
        scored = self.report.sheet.scored
        box = QGroupBox(self.tr("Items (score)") if scored else self.tr("Items (outcome)"))
        grid = QGridLayout()
        for row, item in enumerate(self.report.sheet.standard.items):
            text = QLabel(f"{item.number}. {item.text}")
            text.setWordWrap(True)
            text.setMinimumWidth(220)
            if scored:
                value = QDoubleSpinBox()
                value.setRange(NOT_SCORED, item.points or 0.0)
                value.setDecimals(1)
                value.setSingleStep(0.5)
                value.setSpecialValueText("—")
                value.setValue(NOT_SCORED)
                value.setSuffix(self.tr(" of {points}").format(points=f"{item.points or 0:g}"))
            else:
                value = QComboBox()
                value.addItem("—", None)
                for outcome in OUTCOMES:
                    value.addItem(outcome_label(outcome), outcome)
            value.setAccessibleName(self.tr("Item {number}").format(number=item.number))
            text.setBuddy(value)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Note"))
            note.setMinimumWidth(120)
            grid.addWidget(text, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(note, row, 2)
            self.values[item.number] = value
            self.item_notes[item.number] = note
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(box)
        layout.addWidget(scroll)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"))
        labels = {
            "听": self.tr("听 Hear the report:"),
            "查": self.tr("查 Check the records:"),
            "看": self.tr("看 Look on site:"),
            "问": self.tr("问 Ask residents:"),
            "议": self.tr("议 Discuss:"),
        }
        form = QFormLayout(box)
        for heading in visit_records.HEADINGS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(44)
            label = QLabel(labels[heading])
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.notes[heading] = edit
        return box

    def _tally_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Residents' questionnaire"))
        names = {
            "handed_out": self.tr("Handed out"),
            "returned": self.tr("Returned"),
            "satisfied": self.tr("Satisfied"),
            "basically_satisfied": self.tr("Basically satisfied"),
            "dissatisfied": self.tr("Dissatisfied"),
        }
        grid = QGridLayout(box)
        for column, name in enumerate(visit_records.TALLY_FIELDS):
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.valueChanged.connect(self._check_tally)
            label = QLabel(names[name])
            label.setBuddy(spin)
            grid.addWidget(label, 0, column)
            grid.addWidget(spin, 1, column)
            self.tally[name] = spin
        self.tally_state = QLabel()
        self.tally_state.setObjectName("tallyState")
        self.tally_state.setWordWrap(True)
        grid.addWidget(self.tally_state, 2, 0, 1, len(visit_records.TALLY_FIELDS))
        return box

    def _photos_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Photos and their places"))
        self.photo_item = QComboBox()
        for item in self.report.sheet.standard.items:
            self.photo_item.addItem(self.tr("Item {number}").format(number=item.number), item.number)
        self.photo_item.setAccessibleName(self.tr("Item of the photos"))
        add = QPushButton(self.tr("Add &photos…"))
        add.clicked.connect(self.add_photos)
        row = QHBoxLayout()
        row.addWidget(self.photo_item)
        row.addWidget(add)
        row.addStretch(1)
        self.photo_list = QListWidget()
        self.photo_list.setAccessibleName(self.tr("Photos and warnings"))
        self.photo_list.setWordWrap(True)
        self.photo_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.photo_list, 1)
        return box

    # -- values --------------------------------------------------------------------------------

    def _fill(self, report: VisitReport) -> None:
        for record in report.items:
            value = self.values.get(record.number)
            if isinstance(value, QDoubleSpinBox):
                value.setValue(NOT_SCORED if record.score is None else record.score)
            elif isinstance(value, QComboBox):
                value.setCurrentIndex(max(0, value.findData(record.outcome)))
            if record.number in self.item_notes:
                self.item_notes[record.number].setText(record.note)
        for heading, text in report.notes.items():
            self.notes[heading].setPlainText(text)
        if report.tally is not None:
            for name, count in report.tally.to_dict().items():
                self.tally[name].setValue(count)
        self._show_photos(report)
        self._check_tally()

    def _show_photos(self, report: VisitReport) -> None:
        self.photo_list.clear()
        for record in report.items:
            for _sha, name in record.photos:
                self.photo_list.addItem(
                    self.tr("Item {number}: {file} (saved)").format(number=record.number, file=name)
                )
        for number, path in self.photos:
            self.photo_list.addItem(
                self.tr("Item {number}: {file} (to be saved)").format(number=number, file=path.name)
            )
        for warning in report.warnings:
            entry = QListWidgetItem(("ℹ " if warning.is_note else "⚠ ") + str(warning.message()))
            entry.setToolTip(entry.text())
            self.photo_list.addItem(entry)

    def _tally(self) -> Tally | None:
        counts = {name: spin.value() for name, spin in self.tally.items()}
        return Tally(**counts) if any(counts.values()) else None

    def _check_tally(self) -> None:
        try:
            tally = self._tally()
            if tally is not None:
                visit_records.tally_from(self.visit_code, tally.to_dict())
        except GreenDeskError as error:
            self.tally_state.setText(error.render())
            return
        self.tally_state.setText(
            self.tr("The tally adds up.") if tally else self.tr("No questionnaire entered.")
        )

    def results(self) -> VisitResults:
        items = []
        for number, value in self.values.items():
            note = self.item_notes[number].text().strip()
            if isinstance(value, QDoubleSpinBox):
                score = None if value.value() <= NOT_SCORED else value.value()
                result = ItemResult(number, score=score, note=note)
            else:
                result = ItemResult(number, outcome=value.currentData(), note=note)
            if result.outcome is not None or result.score is not None or note:
                items.append(result)
        notes = {heading: edit.toPlainText() for heading, edit in self.notes.items()}
        tally = self._tally()
        return VisitResults(
            tuple(items),
            visit_records.notes_from(self.visit_code, notes),
            None if tally is None else visit_records.tally_from(self.visit_code, tally.to_dict()),
        )

    # -- actions -------------------------------------------------------------------------------

    def add_photos(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos taken on site"),
            str(save_paths.start_folder(PHOTO_KIND)),
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)"),
        )
        self.add_photo_paths(int(self.photo_item.currentData()), [Path(name) for name in names])

    def add_photo_paths(self, item: int, paths: list[Path]) -> None:
        for path in paths:
            self.photos.append((item, path))
            save_paths.remember(PHOTO_KIND, path)
        self._show_photos(self.report)

    def save(self) -> None:
        try:
            self.report = visit_records.record_visit(
                self.workspace, self.visit_code, self.results(), self.photos
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Site visit results"), error.render())
            return
        self.saved = True
        self.photos = []
        self._fill(self.report)
        warnings = [w for w in self.report.warnings if not w.is_note]
        self.status.setText(
            self.tr("Saved. Check the photos' warnings on the right.") if warnings else self.tr("Saved.")
        )

"""The import wizard: pick or drop a street package, check columns, resolve problems, import.

A thin layer over ``greendesk.core.intake``: analysis and import run in a BackgroundTask with a
progress bar and a cancel button; nothing is written before the last page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from greendesk.core import campaign
from greendesk.core.base import cells
from greendesk.core.intake import analysis, apply, placement, plan
from greendesk.core.intake.archives import ARCHIVE_SUFFIXES
from greendesk.core.intake.matching import AMBIGUOUS, UNKNOWN
from greendesk.core.intake.package import WORKBOOK_SUFFIXES
from greendesk.core.registry import roster
from greendesk.ui.common.screen_fit import resize_to_fit
from greendesk.ui.common.task_panel import TaskPanel
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, UiContext

SKIP_CODE = ""


class SourcePage(QWizardPage):
    """Choose (or drop) a workbook, folder or zip, and the year and batch."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Street package"))
        self.setSubTitle(
            self.tr(
                "Choose or drag in the street's workbook (.xlsx/.xls), its folder, or a .zip holding both."
            )
        )
        self.setAcceptDrops(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Drop a file or folder here"))
        self.path_edit.textChanged.connect(self.completeChanged)
        file_button = QPushButton(self.tr("Choose file…"))
        file_button.clicked.connect(self._choose_file)
        folder_button = QPushButton(self.tr("Choose folder…"))
        folder_button.clicked.connect(self._choose_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(file_button)
        path_row.addWidget(folder_button)
        self.year = QSpinBox()
        self.year.setRange(2019, 2100)
        self.year.setValue(campaign.campaign_year(context.workspace))
        self.batch = QSpinBox()
        self.batch.setRange(1, 99)
        self.street = QComboBox()
        self.street.addItem(self.tr("(any street)"), "")
        for street in roster.list_streets(context.workspace):
            self.street.addItem(f"{street.name} {street.code}", street.code)
        form = QFormLayout(self)
        form.addRow(self.tr("Package:"), path_row)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Batch:"), self.batch)
        form.addRow(self.tr("Street:"), self.street)
        hint = QLabel(
            self.tr(
                "Photos are matched by folder or file name, e.g. 吉祥社区/第3条/门禁.jpg, 3-门禁.jpg or 第12条_物业.jpg."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).exists()

    def _choose_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in (*WORKBOOK_SUFFIXES, *ARCHIVE_SUFFIXES))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Street package"),
            "",
            self.tr("Workbooks and archives ({patterns});;All files (*)").format(patterns=patterns),
        )
        if name:
            self.path_edit.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Street package"))
        if name:
            self.path_edit.setText(name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.path_edit.setText(urls[0].toLocalFile())
            event.acceptProposedAction()


class AnalysisPage(QWizardPage):
    """Reads the package in the background; shows and lets the user correct the column mapping."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Check how the workbook's columns were understood; change a column and analyse again.")
        )
        self.panel = TaskPanel()
        self.panel.finished.connect(self._analysed)
        self.panel.failed.connect(lambda _text: self.completeChanged.emit())
        self.panel.cancelled.connect(self.completeChanged)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Column in the workbook"), self.tr("Means")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.reanalyse = QPushButton(self.tr("Analyse again with this mapping"))
        self.reanalyse.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.reanalyse, 0, Qt.AlignmentFlag.AlignRight)

    def field_labels(self) -> list[tuple[str, str]]:
        return [
            ("ignore", self.tr("(not used)")),
            ("code", self.tr("Community code")),
            ("name", self.tr("Community name")),
            ("street", self.tr("Street")),
            ("households", self.tr("Households")),
            ("households_managed", self.tr("Households under property management")),
            ("coverage", self.tr("Property-management coverage (%)")),
            ("contact", self.tr("Contact")),
            ("note", self.tr("Note")),
            ("recommend", self.tr("Recommended (yes/no)")),
        ]

    def initializePage(self) -> None:
        self.owner.plan = None
        self.owner.mapping = {}
        self.columns.setRowCount(0)  # a previous package's columns must not carry over
        self.start()

    def start(self) -> None:
        self.owner.mapping.update(self._mapping_from_table())
        source = self.owner.source_page
        workspace = self.owner.context.workspace
        path, year, batch = source.path(), source.year.value(), source.batch.value()
        street = source.street.currentData() or None
        mapping = dict(self.owner.mapping)
        self.reanalyse.setEnabled(False)
        self.panel.run(
            lambda progress, cancelled: analysis.analyse_package(
                workspace,
                path,
                year,
                batch,
                mapping=mapping,
                progress=progress,
                cancelled=cancelled,
                street=street,
            ),
            self.tr("Reading {name}…").format(name=path.name),
        )
        self.completeChanged.emit()

    def _analysed(self, plan: plan.ImportPlan) -> None:
        self.owner.plan = plan
        summary = plan.summary()
        self.panel.status.setText(
            self.tr("{list}.").format(
                list=self.tr(", ").join(
                    [
                        self.tr("%n row(s)", "", summary["rows"]),
                        self.tr("%n communities matched", "", summary["communities_matched"]),
                        self.tr("%n photo(s)", "", summary["photos"]),
                        self.tr("%n problem(s) to resolve", "", summary["errors"]),
                    ]
                )
            )
        )
        self._fill_columns(plan)
        self.reanalyse.setEnabled(True)
        self.completeChanged.emit()

    def _fill_columns(self, plan: plan.ImportPlan) -> None:
        labels = self.field_labels()
        entries = []
        for report in plan.sheets:
            if report.shape == "community":
                continue
            entries += [(report.sheet, header, target) for header, target in report.columns.items()]
            entries += [(report.sheet, header, "ignore") for header in report.unmapped]
        self.columns.setRowCount(len(entries))
        for row, (sheet, header, target) in enumerate(entries):
            self.columns.setItem(row, 0, QTableWidgetItem(sheet))
            self.columns.setItem(row, 1, QTableWidgetItem(header))
            combo = QComboBox()
            for value, label in labels:
                combo.addItem(label, value)
            if target.startswith("item:"):
                combo.addItem(self.tr("Self-assessment, item {item}").format(item=target[5:]), target)
            combo.setCurrentIndex(max(combo.findData(target), 0))
            self.columns.setCellWidget(row, 2, combo)

    def _mapping_from_table(self) -> dict[str, str]:
        mapping = {}
        for row in range(self.columns.rowCount()):
            header = self.columns.item(row, 1).text()
            combo = self.columns.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and cells.header_key(header):
                mapping[header] = combo.currentData()
        return mapping

    def isComplete(self) -> bool:
        return self.owner.plan is not None and not self.panel.running

    def cleanupPage(self) -> None:
        self.panel.cancel()


class PreviewPage(QWizardPage):
    """Rows with their registry match (choose for ambiguous/unknown ones), photos and problems."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Resolve the rows marked in red, then import.")
        )
        self.rows = QTableWidget(0, 6)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("In the workbook"),
                self.tr("Registry community"),
                self.tr("Households"),
                self.tr("Coverage %"),
                self.tr("Photos"),
            ]
        )
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QListWidget()
        self.skip_bad = QCheckBox(self.tr("Skip damaged photos and import the rest"))
        self.skip_bad.toggled.connect(self.completeChanged)
        self.loose = QTableWidget(0, 3)
        self.loose.setHorizontalHeaderLabels(
            [self.tr("File not matched"), self.tr("Attach to community"), self.tr("Item")]
        )
        self.loose.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.loose.verticalHeader().setVisible(False)
        self.loose_label = QLabel(self.tr("Files whose community or item could not be read (optional):"))
        self.supplement_note = QLabel()
        self.supplement_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.supplement_note)
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.loose_label)
        layout.addWidget(self.loose, 1)
        layout.addWidget(QLabel(self.tr("Problems and notes:")))
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.skip_bad)
        self.choices: dict[str, QComboBox] = {}
        self.photo_choices: dict[str, tuple[QComboBox, QComboBox]] = {}

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.choices.clear()
        photo_counts: dict[str, int] = {}
        for photo in plan.photos:
            if photo.row_key and photo.item and photo.valid:
                photo_counts[photo.row_key] = photo_counts.get(photo.row_key, 0) + 1
        self.rows.setRowCount(len(plan.rows))
        for index, row in enumerate(plan.rows):
            values = [
                row.location.render(),
                f"{row.code} {row.name}".strip(),
                "",
                "" if row.households is None else str(row.households),
                "" if row.coverage is None else f"{row.coverage:g}",
                str(photo_counts.get(row.key, 0)),
            ]
            for column, value in enumerate(values):
                self.rows.setItem(index, column, QTableWidgetItem(value))
            if row.match.status in (AMBIGUOUS, UNKNOWN):
                combo = QComboBox()
                combo.addItem(self.tr("— choose —"), None)
                for candidate in row.match.candidates:
                    combo.addItem(
                        f"{candidate.street_name} {candidate.name} {candidate.code}", candidate.code
                    )
                if row.match.status == UNKNOWN:
                    for view in roster.list_communities(self.owner.context.workspace, row.name[:2]):
                        combo.addItem(f"{view.street_name} {view.name} {view.code}", view.code)
                combo.addItem(self.tr("Skip this row"), SKIP_CODE)
                combo.currentIndexChanged.connect(self.completeChanged)
                self.rows.setCellWidget(index, 2, combo)
                self.rows.item(index, 1).setForeground(Qt.GlobalColor.red)
                self.choices[row.key] = combo
            else:
                community = row.match.community
                assert community is not None
                self.rows.item(index, 2).setText(f"{community.street_name} {community.name} {community.code}")
        self._fill_loose_photos(plan)
        self._show_supplement(plan)
        self.problems.clear()
        for problem in plan.problems:
            marker = "✖" if problem.severity == "error" else "•"
            self.problems.addItem(f"{marker} {problem.render()}")
        if plan.already_imported is not None:
            self.problems.insertItem(
                0, self.tr("This package was already imported; importing again changes nothing.")
            )
        has_bad = any(not photo.valid for photo in plan.photos)
        self.skip_bad.setVisible(has_bad)
        self.skip_bad.setChecked(False)

    def _show_supplement(self, plan: plan.ImportPlan) -> None:
        """A package without a workbook: which existing recommendations get how many files."""
        self.rows.setVisible(not plan.supplement)
        self.supplement_note.setVisible(plan.supplement)
        if not plan.supplement:
            self.setSubTitle(
                self.tr("Nothing has been written yet. Resolve the rows marked in red, then import.")
            )
            return
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Check where the files go, assign the files left over, then import."
            )
        )
        counts: dict[str, int] = {}
        for photo in plan.photos:
            if photo.valid and photo.row_key in plan.targets and photo.item is not None:
                counts[photo.row_key] = counts.get(photo.row_key, 0) + 1
        lines = [
            self.tr("No workbook: the files go to the {year} recommendations already here.").format(
                year=plan.year
            )
        ]
        for code, count in sorted(counts.items()):
            target = plan.targets[code]
            lines.append(
                self.tr("{name} {code}: %n file(s), round {round}", "", count).format(
                    name=target.name, code=code, round=target.round
                )
            )
        self.supplement_note.setText("\n".join(lines))

    def _fill_loose_photos(self, plan: plan.ImportPlan) -> None:
        """The files nothing matched, each with a community and an item to choose (from the core)."""
        loose = placement.unmatched(plan)
        offered = placement.choices(self.owner.context.workspace, plan)
        self.photo_choices.clear()
        self.loose.setRowCount(len(loose))
        self.loose.setVisible(bool(loose))
        self.loose_label.setVisible(bool(loose))
        for index, photo in enumerate(loose):
            self.loose.setItem(index, 0, QTableWidgetItem(photo.entry))
            community = QComboBox()
            community.addItem(self.tr("(do not attach)"), None)
            for choice in offered:
                community.addItem(choice.label, choice.key)
            community.setCurrentIndex(max(community.findData(photo.row_key), 0))
            item = QComboBox()
            item.addItem("—", None)
            for number in plan.item_numbers:
                item.addItem(self.tr("Item {item}").format(item=number), number)
            item.setCurrentIndex(max(item.findData(photo.item), 0))
            self.loose.setCellWidget(index, 1, community)
            self.loose.setCellWidget(index, 2, item)
            self.photo_choices[photo.entry] = (community, item)

    def resolutions(self) -> apply.Resolutions:
        communities = {
            key: combo.currentData() for key, combo in self.choices.items() if combo.currentData() is not None
        }
        photos = {
            entry: (community.currentData(), item.currentData())
            for entry, (community, item) in self.photo_choices.items()
            if community.currentData() is not None and item.currentData() is not None
        }
        return apply.Resolutions(
            communities=communities, photos=photos, skip_bad_photos=self.skip_bad.isChecked()
        )

    def isComplete(self) -> bool:
        plan = self.owner.plan
        if plan is None:
            return False
        if any(combo.currentData() is None for combo in self.choices.values()):
            return False
        damaged = any(not photo.valid for photo in plan.photos)
        return self.skip_bad.isChecked() or not damaged


class ImportPage(QWizardPage):
    """Writes everything in one transaction, with progress and cancel, then shows the summary."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.panel = TaskPanel()
        self.panel.finished.connect(self._imported)
        self.panel.failed.connect(lambda _text: self.completeChanged.emit())
        self.panel.cancelled.connect(self.completeChanged)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.result: apply.ImportResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.result = None
        plan = self.owner.plan
        assert plan is not None
        resolutions = self.owner.preview_page.resolutions()
        workspace = self.owner.context.workspace
        self.summary.clear()
        self.panel.run(
            lambda progress, cancelled: apply.apply_import(
                workspace, plan, resolutions, progress=progress, cancelled=cancelled
            ),
            self.tr("Importing {name}…").format(name=plan.source_name),
        )

    def _imported(self, result: apply.ImportResult) -> None:
        self.result = result
        if result.already_imported:
            text = self.tr("This package was already imported; nothing changed.")
        else:
            text = self.tr("Done: {list}.").format(
                list=self.tr(", ").join(
                    [
                        self.tr("%n recommendation(s) created", "", result.recommendations_created),
                        self.tr("%n updated", "", result.recommendations_updated),
                        self.tr("%n row(s) skipped", "", result.rows_skipped),
                        self.tr("%n photo(s) attached", "", result.photos_attached)
                        + self.tr(" ({added} new in the store, {skipped} not attached)").format(
                            added=result.photos_added_to_store, skipped=result.photos_skipped
                        ),
                    ]
                )
            )
        self.panel.status.setText(self.tr("Finished."))
        self.summary.setText(text)
        self.owner.context.notify(TOPIC_RECOMMENDATIONS)
        self.owner.context.status_message.emit(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None

    def cleanupPage(self) -> None:
        self.panel.cancel()


class ImportWizard(QWizard):
    """File → Import street package…"""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: plan.ImportPlan | None = None
        self.mapping: dict[str, str] = {}
        self.setWindowTitle(self.tr("Import street recommendations"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.source_page = SourcePage(context, self)
        self.analysis_page = AnalysisPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.source_page, self.analysis_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        resize_to_fit(self, 1100, 720)

    def reject(self) -> None:
        """Esc or Cancel: while the package is read or imported, ask before stopping it."""
        panels = (self.analysis_page.panel, self.import_page.panel)
        if any(panel.running for panel in panels) and not self._confirm_cancel():
            return
        for panel in panels:
            panel.cancel()
        super().reject()

    def _confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the import?"),
            self.tr("The package is still being read or imported. Stop now? Nothing will be changed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

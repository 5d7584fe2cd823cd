"""The 专家评审 screen's file actions: scoring kits and sheets out to the experts, their returns back
in, and the panel's documents (专家意见表, 考核评分情况一览表). Each action is one core call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import panels
from greendesk.core.panel.kits import export_kit
from greendesk.core.panel.opinion_pdf import write_opinions
from greendesk.core.panel.opinion_summary import write_summary
from greendesk.core.panel.sheet import export_sheet
from greendesk.core.panel.sheet_import import import_sheet
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.save_paths import ask_folder, ask_save_path, start_folder
from greendesk.ui.context import UiContext
from greendesk.ui.expert.import_dialog import TOPIC_PANEL, KitImportDialog

KIND = "panel"


class PanelFileActions(QToolButton):
    """A 评分包与文书 button whose menu holds the panel's file actions for the chosen panel."""

    def __init__(self, context: UiContext, current_panel: Callable[[], int | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.current_panel = current_panel
        self.setText(self.tr("&Kits, sheets and documents"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("Export a scoring kit…"), self.export_kit)
        menu.addAction(self.tr("Import returned kits…"), self.import_kits)
        menu.addSeparator()
        menu.addAction(self.tr("Export an Excel scoring sheet…"), self.export_sheet)
        menu.addAction(self.tr("Import a filled-in scoring sheet…"), self.import_sheet)
        menu.addSeparator()
        menu.addAction(self.tr("Write the expert opinion forms (专家意见表)…"), self.write_opinions)
        menu.addAction(self.tr("Write the score summary (考核评分情况一览表)…"), self.write_summary)
        self.setMenu(menu)

    def _panel(self) -> int | None:
        panel = self.current_panel()
        if panel is None:
            QMessageBox.information(self, self.text(), self.tr("Choose or create a panel first."))
        return panel

    def _expert(self, panel: int) -> str | None:
        info = panels.show_panel(self.context.workspace, panel)
        choices = [f"{e.key} {e.name}" for e in info.experts if e.active]
        if not choices:
            QMessageBox.information(self, self.text(), self.tr("The panel has no active expert yet."))
            return None
        chosen, ok = QInputDialog.getItem(self, self.text(), self.tr("Expert:"), choices, 0, False)
        return chosen.split(" ", 1)[0] if ok else None

    def _run(self, action: Callable[[], str]) -> None:
        """Run one core call; its result or its error is shown, never a traceback."""
        try:
            message = action()
        except GreenDeskError as error:
            QMessageBox.warning(self, self.text(), error_text(error))
            return
        self.context.notify(TOPIC_PANEL)
        QMessageBox.information(self, self.text(), message)

    def export_kit(self) -> None:
        panel = self._panel()
        key = None if panel is None else self._expert(panel)
        if panel is None or key is None:
            return
        folder = ask_folder(self, KIND, self.tr("Folder for the scoring kit"))
        if folder is None:
            return

        def run() -> str:
            kit = export_kit(self.context.workspace, panel, key, folder)
            return self.tr(
                "Kit written to {file}.\n\nThe scoring code (评分码) is {code}. It is shown only now: give it to "
                "the expert separately (by phone or in person), never with the kit."
            ).format(file=kit.path, code=kit.code)

        self._run(run)

    def import_kits(self) -> None:
        panel = self._panel()
        if panel is not None:
            KitImportDialog(self.context, self, panel_id=panel).exec()

    def export_sheet(self) -> None:
        panel = self._panel()
        key = None if panel is None else self._expert(panel)
        if panel is None or key is None:
            return
        path = ask_save_path(
            self,
            KIND,
            self.tr("Save the scoring sheet"),
            f"{key}-评分表.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self._run(
                lambda: self.tr("Scoring sheet written to {file}.").format(
                    file=export_sheet(self.context.workspace, panel, key, path)
                )
            )

    def import_sheet(self) -> None:
        if self._panel() is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a scoring sheet"),
            str(start_folder(KIND)),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return

        def run() -> str:
            result = import_sheet(self.context.workspace, Path(path))
            if result.already_imported:
                return self.tr("{file} was imported before; nothing was added.").format(file=Path(path).name)
            return self.tr(
                "Expert {key} {name}: {recorded} scores recorded, {empty} cells left empty."
            ).format(
                key=result.expert_key,
                name=result.expert_name,
                recorded=result.recorded,
                empty=len(result.empty),
            )

        self._run(run)

    def write_opinions(self) -> None:
        panel = self._panel()
        if panel is None:
            return
        folder = ask_folder(self, KIND, self.tr("Folder for the expert opinion forms"))
        if folder is not None:
            self._run(
                lambda: self.tr("Forms written: {count}, in {folder}.").format(
                    count=len(write_opinions(self.context.workspace, panel, folder)), folder=folder
                )
            )

    def write_summary(self) -> None:
        panel = self._panel()
        if panel is None:
            return
        path = ask_save_path(
            self,
            KIND,
            self.tr("Save the score summary"),
            "考核评分情况一览表.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self._run(
                lambda: self.tr("Score summary written to {file}.").format(
                    file=write_summary(self.context.workspace, panel, path)
                )
            )

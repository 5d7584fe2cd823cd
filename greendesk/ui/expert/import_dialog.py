"""Importing returned kits (评分回执) on the office's PC, one or several files, each with its outcome.

Each file is imported on its own (``kits_import.import_return``): a refused one shows its reason in
red and changes nothing, the others still go in. The 专家评审 screen opens this dialog for its panel
(``panel_id`` then refuses returns for any other panel).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel.kits_import import KitImport, import_return
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.common.errors import error_text
from greendesk.ui.context import UiContext

TOPIC_PANEL = "panel"
REFUSED_STYLE = "color:#b00020"
DONE_STYLE = "color:#1b5e20"


class KitImportDialog(QDialog):
    """Choose returned kits, import them, read what each one did."""

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, panel_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.panel_id = panel_id
        self.setWindowTitle(self.tr("Import returned scoring kits"))
        self.resize(720, 420)
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        self.report.setHtml(escape(self.tr("Choose the returned kits (.gdret) the experts sent back.")))
        choose = QPushButton(self.tr("Choose files and import…"), self)
        choose.clicked.connect(self.choose_and_import)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        layout.addWidget(choose)
        layout.addWidget(buttons)

    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.windowTitle(), "", self.tr("Returned kits (*.gdret);;All files (*)")
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> list[KitImport | GreenDeskError]:
        """Import each file; the report lists every outcome (refusals in red)."""
        outcomes: list[KitImport | GreenDeskError] = []
        lines: list[str] = []
        for path in paths:
            try:
                result = import_return(self.context.workspace, path, expected_panel=self.panel_id)
            except GreenDeskError as error:
                outcomes.append(error)
                lines.append(
                    f'<p style="{REFUSED_STYLE}"><b>{escape(path.name)}</b><br>{escape(error_text(error))}</p>'
                )
                continue
            outcomes.append(result)
            lines.append(
                f'<p style="{DONE_STYLE}"><b>{escape(path.name)}</b><br>{escape(self.describe(result))}</p>'
            )
        self.report.setHtml("".join(lines))
        if any(isinstance(o, KitImport) and o.added for o in outcomes):
            self.context.notify(TOPIC_PANEL)
        return outcomes

    def describe(self, result: KitImport) -> str:
        if result.already_imported:
            return self.tr("Expert {key} {name}: imported before, nothing added.").format(
                key=result.expert_key, name=result.expert_name
            )
        return self.tr(
            "Expert {key} {name}: {items} items of {communities} scored, {added} new scores recorded "
            "(file SHA-256 {sha})."
        ).format(
            key=result.expert_key,
            name=result.expert_name,
            items=result.items,
            communities="、".join(result.communities),
            added=result.added,
            sha=result.sha256[:12],
        )

"""Expert mode: one kit's communities, their assigned items, the evidence and a findings editor.

Nothing outside the kit is reachable from here: no workspace, no other community or item. Every
change is saved at once (atomically) in the kit's folder of the user's data folder, so closing and
reopening the kit resumes; 导出评分回执 writes the returned kit for the office.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel.findings import score_json
from greendesk.core.panel.kits_open import (
    Key,
    Kit,
    load_progress,
    return_file_name,
    save_progress,
    write_return,
)
from greendesk.core.review.views import EvidencePhoto
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.save_paths import ask_save_path
from greendesk.ui.common.screen_fit import resize_to_fit
from greendesk.ui.widgets.evidence_pane import EvidencePane
from greendesk.ui.widgets.findings_editor import FindingsEditor, scoring_splitter

ROLE = Qt.ItemDataRole.UserRole


def evidence_photo(entry: dict[str, Any]) -> EvidencePhoto:
    """A kit's evidence entry as the viewers know a stored file."""
    taken = entry.get("taken_at")
    return EvidencePhoto(
        sha256=entry["sha256"],
        extension=entry["extension"],
        original_name=entry.get("original_name", ""),
        caption=entry.get("caption", ""),
        taken_at=datetime.fromisoformat(taken) if taken else None,
        gps_lat=None,
        gps_lon=None,
        has_exif=False,
        width=int(entry.get("width") or 0),
        height=int(entry.get("height") or 0),
        orientation=int(entry.get("orientation") or 1),
        display_rotation=int(entry.get("display_rotation") or 0),
        kind=entry.get("kind", "image"),
        media_type=entry.get("media_type", ""),
        page_count=entry.get("page_count"),
        size=int(entry.get("size") or 0),
    )


class ExpertWindow(QMainWindow):
    """The expert's scoring of one kit."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.progress: dict[Key, dict[str, Any]] = load_progress(kit)
        manifest = kit.manifest
        panel, expert = manifest["panel"], manifest["expert"]
        self.setWindowTitle(
            self.tr("GreenDesk expert mode — {panel} {year} — {expert}").format(
                panel=panel["name"], year=panel["year"], expert=f"{expert['key']} {expert['name']}"
            )
        )
        header = QLabel(
            self.tr(
                "{district} · panel {panel} ({year}, batch {batch}) · expert {key} {name} · signed by {fingerprint}"
            ).format(
                district=manifest["district"]["name"],
                panel=panel["name"],
                year=panel["year"],
                batch=panel["batch"],
                key=expert["key"],
                name=expert["name"],
                fingerprint=kit.fingerprint[:16],
            ),
            self,
        )
        header.setObjectName("expertHeader")
        header.setWordWrap(True)
        self.communities = QListWidget(self)
        for community in kit.communities:
            entry = QListWidgetItem(f"{community['name']}\n{community['street']} · {community['code']}")
            entry.setData(ROLE, community["code"])
            self.communities.addItem(entry)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Communities"), left))
        left_layout.addWidget(self.communities, 1)  # a kit holds a few communities
        left_layout.addWidget(QLabel(self.tr("Items"), left))
        left_layout.addWidget(self.items, 3)
        self.evidence = EvidencePane(kit.photos_dir, self)
        self.editor = FindingsEditor(self)
        splitter = scoring_splitter(self, left, self.evidence, self.editor, [250, 560, 520])
        self.status = QLabel(self)
        self.export_button = QPushButton(self.tr("Export returned kit (评分回执)…"), self)
        self.export_button.clicked.connect(self.ask_export_return)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.communities.currentRowChanged.connect(self._show_community)
        self.items.currentRowChanged.connect(self._show_item)
        self.editor.changed.connect(self._on_changed)
        resize_to_fit(self, 1366, 768)
        if self.communities.count():
            self.communities.setCurrentRow(0)
        self._show_status()

    # -- navigation -------------------------------------------------------------------------
    def current_code(self) -> str:
        entry = self.communities.currentItem()
        return "" if entry is None else str(entry.data(ROLE))

    def _item_text(self, code: str, number: int) -> str:
        item = self.kit.standard.item(number)
        saved = self.progress.get((code, number))
        score = "—"
        if saved is not None:
            try:
                score = f"{score_json(item, saved['findings']).score:g}"
            except GreenDeskError:
                score = "?"
        return self.tr("{number}. {text}  [{score} / {points}]").format(
            number=number, text=item.text[:28], score=score, points=f"{item.points or 0:g}"
        )

    def _show_community(self, _row: int) -> None:
        code = self.current_code()
        self.items.blockSignals(True)
        self.items.clear()
        for item in self.kit.items(code):
            entry = QListWidgetItem(self._item_text(code, item.number))
            entry.setData(ROLE, item.number)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        if self.items.count():
            self.items.setCurrentRow(0)
            self._show_item(0)

    def select_item(self, number: int) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(ROLE) == number:
                self.items.setCurrentRow(row)

    def _show_item(self, row: int) -> None:
        entry = self.items.item(row)
        if entry is None:
            return
        code, number = self.current_code(), int(entry.data(ROLE))
        saved = self.progress.get((code, number), {})
        self.editor.set_item(self.kit.standard.item(number), saved.get("findings"), saved.get("comment", ""))
        self.evidence.grid.set_photos([evidence_photo(e) for e in self.kit.evidence(code, number)])

    # -- saving -----------------------------------------------------------------------------
    def _on_changed(self, findings: dict, comment: str) -> None:
        entry = self.items.currentItem()
        if entry is None:
            return
        code, number = self.current_code(), int(entry.data(ROLE))
        self.progress[(code, number)] = {"findings": findings, "comment": comment}
        try:
            save_progress(self.kit, self.progress)
        except GreenDeskError as error:
            self.status.setText(error_text(error))
            return
        entry.setText(self._item_text(code, number))
        self._show_status()

    def _show_status(self) -> None:
        total = sum(len(c["items"]) for c in self.kit.communities)
        self.status.setText(
            self.tr("{done} of {total} items scored; saved on this PC as you go.").format(
                done=len(self.progress), total=total
            )
        )

    def export_return(self, target: Path) -> Path:
        return write_return(self.kit, self.progress, target)

    def ask_export_return(self) -> None:
        target = ask_save_path(
            self,
            "expert-return",
            self.tr("Export returned kit"),
            return_file_name(self.kit),
            self.tr("Returned kits (*.gdret)"),
        )
        if target is None:
            return
        try:
            written = self.export_return(target)
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Export returned kit"), error_text(error))
            return
        QMessageBox.information(
            self,
            self.tr("Export returned kit"),
            self.tr(
                "The returned kit was written to {path}. Send it to the office (USB stick, OA or IM)."
            ).format(path=written),
        )

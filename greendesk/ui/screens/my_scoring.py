"""评分 for an expert account signed in on the district PC: their assigned items only, scored by rules.

The list comes from ``my_scoring.my_assignments`` (nothing else is offered); the evidence pane and
the findings editor are the ones expert mode uses; 保存 writes through ``direct.score_item``, the
function ``greendesk panel score`` calls, which checks the role, the assignment and the 复核.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import direct
from greendesk.core.panel.my_scoring import AssignedItem, my_assignments
from greendesk.core.review.vocabulary import EXPERT
from greendesk.ui.common.errors import error_text
from greendesk.ui.context import TOPIC_ACCOUNT, UiContext
from greendesk.ui.widgets.evidence_pane import EvidencePane
from greendesk.ui.widgets.findings_editor import FindingsEditor, scoring_splitter

ROLE = Qt.ItemDataRole.UserRole


class ExpertScoringScreen(QWidget):
    """The signed-in expert's assignments (communities × items), the evidence and the findings."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assigned: list[AssignedItem] = []
        self.dirty = False
        self.shown: AssignedItem | None = None  # the item the editor holds
        self.header = QLabel(self)
        self.header.setObjectName("scoringHeader")
        self.header.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setAccessibleName(self.tr("Assigned items"))
        left = QWidget(self)
        left.setMinimumWidth(240)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Items assigned to you"), left))
        left_layout.addWidget(self.items, 1)
        self.evidence = EvidencePane(context.workspace.photos_dir, self)
        self.editor = FindingsEditor(self)
        splitter = scoring_splitter(self, left, self.evidence, self.editor, [260, 480, 460])
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Sa&ve score"), self)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.items.currentRowChanged.connect(self._show_row)
        self.editor.changed.connect(self._on_changed)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_ACCOUNT:
            self.reload()

    def reload(self) -> None:
        """Read the assignments again (after a save or another account signed in)."""
        current = self.current()
        keep = None if current is None else (current.panel_id, current.code, current.item.number)
        self.assigned = []
        if accounts.may(self.context.workspace, EXPERT):
            try:
                self.assigned = my_assignments(self.context.workspace)
            except GreenDeskError as error:
                self.header.setText(error_text(error))
        self.header.setText(
            self.tr(
                "%n items assigned to you. Scores are computed from your findings by the standard's rules.",
                "",
                len(self.assigned),
            )
            if self.assigned
            else self.tr("No items are assigned to you on any panel.")
        )
        self.items.blockSignals(True)
        self.shown = None
        self.items.clear()
        for index, assigned in enumerate(self.assigned):
            entry = QListWidgetItem(self._entry_text(assigned))
            entry.setData(ROLE, index)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        row = next((i for i, a in enumerate(self.assigned) if (a.panel_id, a.code, a.item.number) == keep), 0)
        self.editor.setEnabled(bool(self.assigned))
        self.save_button.setEnabled(False)
        if self.assigned:
            self.items.setCurrentRow(row)
            self._show_row(row)

    def _entry_text(self, assigned: AssignedItem) -> str:
        score = "—" if assigned.score is None else f"{assigned.score:g}"
        text = self.tr("{community} · item {number}  [{score} / {points}]").format(
            community=assigned.community,
            number=assigned.item.number,
            score=score,
            points=f"{assigned.item.points or 0:g}",
        )
        if assigned.confirmed:
            text += " " + self.tr("(confirmed)")
        return f"{text}\n{assigned.panel_name} · {assigned.item.text[:30]}"

    def current(self) -> AssignedItem | None:
        row = self.items.currentRow()
        return self.assigned[row] if 0 <= row < len(self.assigned) else None

    def _show_row(self, _row: int) -> None:
        assigned = self.current()
        if assigned is None:
            return
        if self.dirty and self.shown is not None and self.shown is not assigned:
            self._record(self.shown)  # moving on keeps what was found
        self.shown = assigned
        self.editor.set_item(assigned.item, assigned.findings or None, assigned.comment)
        self.editor.setEnabled(not assigned.confirmed)
        self.evidence.grid.set_photos(list(assigned.photos))
        self.dirty = False
        self.save_button.setEnabled(False)
        self.status.setText(
            self.tr("Confirmed by the reviewer (复核人): no longer editable.") if assigned.confirmed else ""
        )

    def _on_changed(self, _findings: dict, _comment: str) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)

    def save(self) -> bool:
        """Record the findings through the core (the engine scores them); False with the reason shown."""
        if self.shown is None or not self._record(self.shown):
            return False
        saved = self.status.text()
        self.reload()
        self.status.setText(saved)
        return True

    def _record(self, assigned: AssignedItem) -> bool:
        try:
            result = direct.score_item(
                self.context.workspace,
                assigned.panel_id,
                assigned.code,
                assigned.item.number,
                self.editor.findings_json(),
                self.editor.comment.toPlainText(),
            )
        except GreenDeskError as error:
            self.status.setText(error_text(error))
            return False
        self.dirty = False
        self.status.setText(
            self.tr("Saved: item {number} of {community} scores {score} of {points}.").format(
                number=assigned.item.number,
                community=assigned.community,
                score=f"{result.item.score:g}",
                points=f"{result.item.points:g}",
            )
        )
        return True

    def may_leave(self) -> bool:
        """Unsaved findings are saved on leaving (the core refuses what it must; then stay)."""
        return not self.dirty or self.save()

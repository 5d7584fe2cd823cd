"""Scoring by rules in the review screen, for a scored standard whose items carry typed rules.

``RuleScoresBox`` sits under the item's text: the findings editor (the one expert mode uses), the
button that records the decision the engine's score implies (``rule_scoring.decide_by_findings``)
and the running total against the pass mark and tiers (``rule_scoring.running_total``). The
findings of this sitting are kept per community and item while the screen is open, over the
findings the decisions were recorded with (reopening the screen shows those).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review import rule_scoring
from greendesk.core.review.views import ReviewView
from greendesk.core.standards.model import Standard
from greendesk.core.standards.scoring_engine import StandardScore
from greendesk.core.workspace import Workspace
from greendesk.ui.widgets.findings_editor import FindingsEditor

TOTAL_STYLES = {
    True: "color:#1b5e20;background:#e3f2e6;padding:6px;border-radius:4px;font-weight:bold;",
    False: "color:#8e1b10;background:#fde4e1;padding:6px;border-radius:4px;font-weight:bold;",
    None: "color:#333;background:#eef1f4;padding:6px;border-radius:4px;",
}


class RuleScoresBox(QGroupBox):
    """The current item's findings, the record button and the community's running total."""

    recorded = Signal(int)  # item number whose decision was recorded
    failed = Signal(str)  # the core's refusal, for the screen's error line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Score by the standard's rules"), parent)
        self.standard: Standard | None = None
        self.code, self.year, self.number = "", None, None
        self.review: ReviewView | None = None
        self.findings: dict[tuple[str, int | None], dict[int, dict[str, Any]]] = {}
        self.editor = FindingsEditor(self)
        for widget in (self.editor.comment, self.editor.comment_label):
            widget.hide()  # the decision's comment box below is the one comment
        self.editor.title.hide()  # the screen shows the item above
        self.record_button = QPushButton(self.tr("Record the score as the decision"), self)
        self.total = QLabel()  # until ``use_total_label`` hands over the screen's result line
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.editor.changed.connect(self._on_changed)
        self.hide()

    def use_total_label(self, label: QLabel) -> None:
        """The screen's result line shows the running total while the standard scores by rules."""
        self.total = label

    def open_review(self, workspace: Workspace, review: ReviewView) -> None:
        """The community's standard: shown only when it scores by rules."""
        self.code, self.year = review.code, review.year
        try:
            standard = rule_scoring.review_standard(workspace, review.code, review.year)
        except GreenDeskError:
            standard = None
        self.standard = standard if standard is not None and rule_scoring.scored_by_rules(standard) else None

    def _mine(self) -> dict[int, dict[str, Any]]:
        return self.findings.setdefault((self.code, self.year), {})

    def _findings(self, review: ReviewView) -> dict[int, dict[str, Any]]:
        """The saved findings of the items decided by rules, under this sitting's edits."""
        saved = {state.number: state.findings for state in review.items if state.findings is not None}
        return {**saved, **self._mine()}

    def show_item(self, review: ReviewView, number: int, editable: bool) -> None:
        self.number = number
        if self.standard is None:
            self.hide()
            return
        item = self.standard.item(number)
        self.editor.set_item(item, self._findings(review).get(number))
        self.editor.setEnabled(editable)
        self.record_button.setEnabled(editable)
        self.show()
        self.show_total(review)

    def _on_changed(self, findings: dict, _comment: str) -> None:
        if self.number is not None:
            self._mine()[self.number] = findings
            if self.review is not None:
                self.show_total(self.review)

    def total_score(self, review: ReviewView) -> StandardScore | None:
        if self.standard is None:
            return None
        outcomes = {state.number: state.outcome for state in review.items}
        try:
            return rule_scoring.running_total(self.standard, outcomes, self._findings(review))
        except GreenDeskError:
            return None

    def show_total(self, review: ReviewView) -> None:
        self.review = review
        score = self.total_score(review)
        if score is None or self.standard is None:
            self.total.setStyleSheet("")
            return
        text = self.tr("Running total {total} of {max} · pass mark {mark}").format(
            total=f"{score.total:g}", max=f"{score.max_points:g}", mark=f"{self.standard.pass_mark or 0:g}"
        )
        tiers = " · ".join(f"{tier.name} ≥ {tier.min_points:g}" for tier in self.standard.tiers)
        if tiers:
            text += " · " + tiers
        if score.vetoed_items:
            text += "\n" + self.tr("Fails: vetoed by item(s) {items}").format(
                items=", ".join(map(str, score.vetoed_items))
            )
        elif score.passed is None:
            text += "\n" + self.tr("%n items not scored yet", "", len(score.missing_items))
        elif score.passed:
            tier = next((t.name for t in self.standard.tiers if t.id == score.tier), "")
            text += "\n" + (self.tr("Passes: tier {tier}").format(tier=tier) if tier else self.tr("Passes"))
        else:
            text += "\n" + self.tr("Fails: below the pass mark")
        self.total.setText(text)
        self.total.setStyleSheet(TOTAL_STYLES[score.passed])

    def record(self, workspace: Workspace, comment: str) -> bool:
        if self.number is None:
            return False
        findings = self.editor.findings_json()
        self._mine()[self.number] = findings
        try:
            rule_scoring.decide_by_findings(workspace, self.code, self.number, findings, comment, self.year)
        except GreenDeskError as error:
            self.failed.emit(error.render())
            return False
        self._mine().pop(self.number, None)  # saved with the decision now: the review carries them
        self.recorded.emit(self.number)
        return True

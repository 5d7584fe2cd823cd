"""The findings of one scored item, edited rule by rule, with the engine's live score and breakdown.

The controls come from the item's typed rules (``standards.model`` rule kinds): a box to tick for a
fixed deduction (deduct_if_absent), a tick and a spin box within [min, max] for a chosen deduction,
a box per missing sub-point, a count of occurrences, a box per award part, a count of units with
its cap, a box for an all-or-nothing condition not met, and the veto for a gating item. Whatever
is ticked is what is wrong or what is earned, as the score table reads. The score shown is always
``scoring_engine.score_item`` of the findings, so this editor cannot disagree with an import.
Used by expert mode (kits) and reusable by the district's direct scoring.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel.findings import from_json, neutral_findings, to_json
from greendesk.core.standards.model import (
    ALL_OR_NOTHING,
    AWARD,
    BONUS_PER_UNIT,
    DEDUCT_IF_ABSENT,
    DEDUCT_PER_MISSING,
    DEDUCT_PER_OCCURRENCE,
    DEDUCT_RANGE,
    Item,
    ScoringRule,
)
from greendesk.core.standards.scoring_engine import MAX_COUNT, FindingValue, ItemFindings, score_item


def _points(value: float) -> str:
    return f"{value:g}"


class _RuleControl(QWidget):
    """The control(s) of one rule; ``value()`` is the rule's finding in the engine's terms."""

    changed = Signal()

    def __init__(self, rule: ScoringRule, value: FindingValue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.boxes: list[QCheckBox] = []
        self.spin: QSpinBox | QDoubleSpinBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = rule.kind
        if kind in (DEDUCT_IF_ABSENT, AWARD, ALL_OR_NOTHING):
            self._flag(layout, value)
        elif kind == DEDUCT_RANGE:
            self._range(layout, float(value))  # type: ignore[arg-type]
        elif kind == DEDUCT_PER_MISSING:
            missing = set(value)  # type: ignore[arg-type]
            for index, label in enumerate(rule.sub_points, start=1):
                box = QCheckBox(self.tr("missing: {point}").format(point=label), self)
                box.setChecked(index in missing)
                box.toggled.connect(self.changed)
                self.boxes.append(box)
                layout.addWidget(box)
        else:  # DEDUCT_PER_OCCURRENCE, BONUS_PER_UNIT: a count
            self.spin = QSpinBox(self)
            self.spin.setRange(0, MAX_COUNT)
            self.spin.setValue(int(value))  # type: ignore[arg-type]
            if kind == BONUS_PER_UNIT:
                self.spin.setSuffix(
                    self.tr(" units (at most plus {cap})").format(cap=_points(rule.cap or 0.0))
                )
            else:
                self.spin.setSuffix(self.tr(" found"))
            self.spin.valueChanged.connect(self.changed)
            layout.addWidget(self.spin)

    def _flag(self, layout: QVBoxLayout, value: FindingValue) -> None:
        rule = self.rule
        if rule.kind == DEDUCT_IF_ABSENT:
            text = self.tr("found (minus {points})").format(points=_points(rule.points))
            checked = value is False
        elif rule.kind == AWARD:
            text = self.tr("met (plus {points})").format(points=_points(rule.points))
            checked = value is True
        else:
            text = self.tr("found (the item scores 0)")
            checked = value is False
        box = QCheckBox(text, self)
        box.setChecked(checked)
        box.toggled.connect(self.changed)
        self.boxes.append(box)
        layout.addWidget(box)

    def _range(self, layout: QVBoxLayout, value: float) -> None:
        row = QHBoxLayout()
        box = QCheckBox(self.tr("found, deduct"), self)
        box.setChecked(value > 0)
        spin = QDoubleSpinBox(self)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setRange(self.rule.min, self.rule.max)
        spin.setValue(value if value > 0 else self.rule.min)
        spin.setEnabled(value > 0)
        box.toggled.connect(spin.setEnabled)
        box.toggled.connect(self.changed)
        spin.valueChanged.connect(self.changed)
        self.boxes.append(box)
        self.spin = spin
        row.addWidget(box)
        row.addWidget(spin)
        row.addWidget(
            QLabel(self.tr("({low}–{high})").format(low=_points(self.rule.min), high=_points(self.rule.max)))
        )
        row.addStretch(1)
        layout.addLayout(row)

    def value(self) -> FindingValue:
        kind = self.rule.kind
        if kind in (DEDUCT_IF_ABSENT, ALL_OR_NOTHING):
            return not self.boxes[0].isChecked()
        if kind == AWARD:
            return self.boxes[0].isChecked()
        if kind == DEDUCT_RANGE:
            assert self.spin is not None
            return float(self.spin.value()) if self.boxes[0].isChecked() else 0.0
        if kind == DEDUCT_PER_MISSING:
            return tuple(index for index, box in enumerate(self.boxes, start=1) if box.isChecked())
        assert self.spin is not None and kind in (DEDUCT_PER_OCCURRENCE, BONUS_PER_UNIT)
        return int(self.spin.value())


class FindingsEditor(QWidget):
    """One item's findings and comment; ``changed`` carries them (findings JSON, comment) on every edit."""

    changed = Signal(dict, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.controls: list[_RuleControl] = []
        self.met_box: QCheckBox | None = None
        self.veto_box: QCheckBox | None = None
        self._loading = False
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setObjectName("findingsTitle")
        self.rules_box = QGroupBox(self.tr("Findings"), self)
        self.rules_layout = QFormLayout(self.rules_box)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("findingsScore")
        self.breakdown = QLabel(self)
        self.breakdown.setWordWrap(True)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment (reasons, dissent)"))
        self.comment.setMaximumHeight(90)
        self.comment.textChanged.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.score_label)
        layout.addWidget(self.breakdown)
        self.comment_label = QLabel(self.tr("Comment"), self)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addStretch(1)

    def set_item(self, item: Item, findings: dict[str, Any] | None = None, comment: str = "") -> None:
        """Show ``item`` with saved findings (JSON), or with nothing noted yet."""
        self._loading = True
        self.item = item
        start = neutral_findings(item)
        if findings:
            with suppress(GreenDeskError):  # a damaged progress entry starts afresh
                start = from_json(item.number, findings)
        while self.rules_layout.rowCount():
            self.rules_layout.removeRow(0)
        self.controls, self.met_box, self.veto_box = [], None, None
        self.title.setText(
            self.tr("Item {number} ({points} points): {text}").format(
                number=item.number, points=_points(item.points or 0.0), text=item.text
            )
        )
        for rule in item.scoring:
            control = _RuleControl(
                rule, start.rules.get(rule.id, neutral_findings(item).rules[rule.id]), self
            )
            control.changed.connect(self._emit)
            self.controls.append(control)
            label = QLabel(rule.label, self)
            label.setWordWrap(True)
            self.rules_layout.addRow(label, control)
        if not item.scoring:
            self.met_box = QCheckBox(
                self.tr("met (all {points} points)").format(points=_points(item.points or 0.0))
            )
            self.met_box.setChecked(start.met is not False)
            self.met_box.toggled.connect(self._emit)
            self.rules_layout.addRow(self.met_box)
        if item.gating:
            self.veto_box = QCheckBox(self.tr("Veto (一票否决): the community fails whatever its total"))
            self.veto_box.setChecked(start.vetoed)
            self.veto_box.toggled.connect(self._emit)
            self.rules_layout.addRow(self.veto_box)
        self.comment.setPlainText(comment)
        self._loading = False
        self._show_score()

    def findings(self) -> ItemFindings:
        assert self.item is not None
        return ItemFindings(
            rules={control.rule.id: control.value() for control in self.controls},
            met=None if self.met_box is None else self.met_box.isChecked(),
            vetoed=self.veto_box is not None and self.veto_box.isChecked(),
        )

    def findings_json(self) -> dict[str, Any]:
        return to_json(self.findings())

    def _show_score(self) -> float | None:
        assert self.item is not None
        try:
            score = score_item(self.item, self.findings())
        except GreenDeskError as error:
            self.score_label.setText(error.render())
            self.breakdown.clear()
            return None
        text = self.tr("Score: {score} of {points}").format(
            score=_points(score.score), points=_points(score.points)
        )
        if score.vetoed:
            text += " — " + self.tr("vetoed")
        self.score_label.setText(text)
        self.breakdown.setText("\n".join(outcome.describe().render() for outcome in score.breakdown))
        return score.score

    def _emit(self) -> None:
        if self._loading or self.item is None:
            return
        self._show_score()
        self.changed.emit(self.findings_json(), self.comment.toPlainText())


def scoring_splitter(
    parent: QWidget, left: QWidget, evidence: QWidget, editor: FindingsEditor, sizes: list[int]
) -> QSplitter:
    """The expert's three panes side by side: what to score, its evidence, and the editor (scrolling)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setWidget(editor)
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    for pane in (left, evidence, scroll):
        splitter.addWidget(pane)
    splitter.setSizes(sizes)
    splitter.setChildrenCollapsible(False)
    return splitter

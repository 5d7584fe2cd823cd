"""The form for one item of a local edition: its fields, and a table of its typed scoring rules.

Every edit goes to the document through ``core/standards/editing``; which fields a rule kind has
comes from the core (``editing.rule_fields``), so this form only names and lays them out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.standards import editing
from greendesk.core.standards.format import ITEM_NUMBERS, MAX_ITEM_POINTS
from greendesk.core.standards.model import RULE_KINDS, VERIFICATION_METHODS
from greendesk.ui.common.errors import error_text


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, so the form stays keyboard reachable
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _buddy(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def points_box(maximum: float = MAX_ITEM_POINTS) -> QDoubleSpinBox:
    """Points in half steps, from 0 to ``maximum`` (the format's bound)."""
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box


class RulesEditor(QGroupBox):
    """The item's rules as a table (id, kind, label, values) and the selected rule's own fields."""

    changed = Signal()
    refused = Signal(str)  # an edit the core refused, with its message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scoring rules"), parent)
        self.doc: dict[str, Any] = {}
        self.number: int | None = None
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Id"), self.tr("Kind"), self.tr("Text"), self.tr("Values")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("newRuleKind")
        for kind in RULE_KINDS:
            self.new_kind.addItem(self.kind_name(kind), kind)
        self.add_button = QPushButton(self.tr("Add &rule"))
        self.remove_button = QPushButton(self.tr("Remove rule"))
        self.rule_id = QLineEdit()
        self.kind = QComboBox()
        for kind in RULE_KINDS:
            self.kind.addItem(self.kind_name(kind), kind)
        self.label = QLineEdit()
        self.value_widgets: dict[str, QWidget] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_kind, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.rule_form = QWidget()
        form = QFormLayout(self.rule_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.rule_form.setMinimumWidth(260)
        form.addRow(self.tr("Rule id:"), self.rule_id)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Text:"), self.label)
        self.values = form  # rows after the first three: the selected kind's own fields
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.rule_form, 2)
        self.table.currentCellChanged.connect(lambda *_: self._show_rule())
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.rule_id.editingFinished.connect(self._rename)
        self.kind.activated.connect(self._change_kind)
        self.label.textEdited.connect(lambda text: self._set("label", text))

    def kind_name(self, kind: str) -> str:
        names = {
            "deduct_if_absent": self.tr("Fixed deduction if absent"),
            "deduct_range": self.tr("Deduction within a range"),
            "deduct_per_missing": self.tr("Deduction per missing sub-point"),
            "deduct_per_occurrence": self.tr("Deduction per occurrence (floor 0)"),
            "award": self.tr("Part awarded when met"),
            "bonus_per_unit": self.tr("Bonus per unit, capped"),
            "all_or_nothing": self.tr("No points unless met"),
        }
        return names.get(kind, kind)

    def field_name(self, key: str) -> str:
        names = {
            "points": self.tr("Points"),
            "points_each": self.tr("Points each"),
            "min": self.tr("At least"),
            "max": self.tr("At most"),
            "cap": self.tr("Cap"),
            "sub_points": self.tr("Sub-points (one a line)"),
        }
        return names.get(key, key)

    # -- showing -----------------------------------------------------------------------------
    def show_item(self, doc: dict[str, Any], number: int | None, keep_row: int = 0) -> None:
        self.doc, self.number = doc, number
        rules = self._rules()
        self._loading = True
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            cells = (
                str(rule.get("id", "")),
                self.kind_name(str(rule.get("kind", ""))),
                str(rule.get("label", "")),
                self._values_text(rule),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self._loading = False
        if rules:
            self.table.setCurrentCell(min(keep_row, len(rules) - 1), 0)
        self._show_rule()  # also when the current row stays: another item's or kind's fields
        self.remove_button.setEnabled(bool(rules))

    def _values_text(self, rule: dict[str, Any]) -> str:
        parts = []
        for key in editing.rule_fields(str(rule.get("kind"))):
            value = rule.get(key)
            shown = (
                "、".join(map(str, value))
                if isinstance(value, list)
                else f"{value:g}"
                if value is not None
                else ""
            )
            parts.append(f"{self.field_name(key)} {shown}")
        return "; ".join(parts)

    def _rules(self) -> list[dict[str, Any]]:
        if self.number is None:
            return []
        return [r for r in editing.item_of(self.doc, self.number).get("scoring") or [] if isinstance(r, dict)]

    def current_rule(self) -> dict[str, Any] | None:
        rules, row = self._rules(), self.table.currentRow()
        return rules[row] if 0 <= row < len(rules) else None

    def _show_rule(self) -> None:
        if self._loading:
            return
        rule = self.current_rule()
        self.rule_form.setEnabled(rule is not None)
        self._loading = True
        self.rule_id.setText(str(rule.get("id", "")) if rule else "")
        self.label.setText(str(rule.get("label", "")) if rule else "")
        self.kind.setCurrentIndex(max(self.kind.findData(rule.get("kind")), 0) if rule else 0)
        self._build_values(rule)
        self._loading = False

    def _build_values(self, rule: dict[str, Any] | None) -> None:
        while self.values.rowCount() > 3:
            self.values.removeRow(3)
        self.value_widgets = {}
        for key in editing.rule_fields(str(rule.get("kind"))) if rule else ():
            value = rule.get(key)
            if key == "sub_points":
                box = _text_box(3)
                box.setPlainText("\n".join(map(str, value or [])))
                box.textChanged.connect(lambda box=box: self._set_sub_points(box))
            else:
                box = points_box()
                box.setValue(float(value or 0))
                box.valueChanged.connect(lambda number, key=key: self._set(key, plain_number(number)))
            box.setObjectName(f"rule_{key}")
            self.value_widgets[key] = box
            self.values.addRow(self.tr("{field}:").format(field=self.field_name(key)), box)

    # -- editing -----------------------------------------------------------------------------
    def _edited(self, keep_row: int | None = None) -> None:
        row = self.table.currentRow() if keep_row is None else keep_row
        self.show_item(self.doc, self.number, max(row, 0))
        self.changed.emit()

    def _set(self, key: str, value: Any) -> None:
        rule = self.current_rule()
        if self._loading or rule is None or self.number is None:
            return
        if editing.set_rule_field(self.doc, self.number, str(rule["id"]), key, value):
            self._refresh_row(rule)
            self.changed.emit()

    def _refresh_row(self, rule: dict[str, Any]) -> None:
        row = self.table.currentRow()
        for column, text in ((2, str(rule.get("label", ""))), (3, self._values_text(rule))):
            self.table.item(row, column).setText(text)

    def _set_sub_points(self, box: QPlainTextEdit) -> None:
        self._set("sub_points", [line.strip() for line in box.toPlainText().splitlines() if line.strip()])

    def _rename(self) -> None:
        rule = self.current_rule()
        if self._loading or rule is None or self.number is None or self.rule_id.text() == rule.get("id"):
            return
        try:
            editing.set_rule_field(self.doc, self.number, str(rule["id"]), "id", self.rule_id.text())
        except GreenDeskError as error:  # an id the item's other rule has: say so, keep the old one
            self.rule_id.setText(str(rule.get("id", "")))
            self.refused.emit(error_text(error))
            return
        self._edited()

    def _change_kind(self) -> None:
        rule = self.current_rule()
        if self._loading or rule is None or self.number is None:
            return
        if editing.set_rule_kind(self.doc, self.number, str(rule["id"]), self.kind.currentData()):
            self._edited()

    def _add(self) -> None:
        if self.number is None:
            return
        editing.add_rule(self.doc, self.number, self.new_kind.currentData())
        self._edited(len(self._rules()) - 1)
        self.label.setFocus()

    def _remove(self) -> None:
        rule = self.current_rule()
        if rule is None or self.number is None:
            return
        editing.remove_rule(self.doc, self.number, str(rule["id"]))
        self._edited()


def plain_number(value: float) -> float | int:
    """Whole points stay whole in the file (5, not 5.0), as people write them."""
    return int(value) if float(value).is_integer() else value


class ItemForm(QWidget):
    """Number, category, texts, points, gating, verification methods, department, evidence index, rules."""

    changed = Signal()  # any field of the document
    renumbered = Signal(int)  # the item shown has a new number
    refused = Signal(str)  # an edit the core refused, with its message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: dict[str, Any] = {}
        self.number: int | None = None
        self._loading = False
        self.number_box = QSpinBox()
        self.number_box.setRange(*ITEM_NUMBERS)
        self.category = QComboBox()
        self.text = _text_box(2)
        self.verification = _text_box(2)
        self.points = points_box()
        self.gating = QCheckBox(self.tr("Veto item (failing it fails the community)"))
        self.evidence_hint = _text_box(2)
        self.methods = {
            key: QCheckBox(QCoreApplication.translate("Standards", label))
            for key, label in VERIFICATION_METHODS.items()
        }
        self.department = QLineEdit()
        self.evidence_index = QLineEdit()
        self.evidence_index.setMaximumWidth(120)
        methods = QHBoxLayout()
        for box in self.methods.values():
            methods.addWidget(box)
        methods.addStretch(1)
        points_row = QHBoxLayout()
        points_row.addWidget(self.points)
        points_row.addWidget(self.gating)
        points_row.addSpacing(24)
        first_row = QHBoxLayout()
        first_row.addWidget(self.number_box)
        first_row.addWidget(_buddy(self.tr("&Category:"), self.category))
        first_row.addWidget(self.category, 1)
        points_row.addWidget(_buddy(self.tr("Verified by:"), next(iter(self.methods.values()))))
        points_row.addLayout(methods)
        index_row = QHBoxLayout()
        index_row.addWidget(self.department, 1)
        index_row.addWidget(_buddy(self.tr("Evidence &index:"), self.evidence_index))
        index_row.addWidget(self.evidence_index)
        form = QFormLayout()
        form.addRow(_buddy(self.tr("&Number:"), self.number_box), first_row)
        form.addRow(_buddy(self.tr("Re&quirement:"), self.text), self.text)
        form.addRow(_buddy(self.tr("How to &verify:"), self.verification), self.verification)
        form.addRow(_buddy(self.tr("Evidence &hint:"), self.evidence_hint), self.evidence_hint)
        form.addRow(_buddy(self.tr("&Points:"), self.points), points_row)
        form.addRow(_buddy(self.tr("Depar&tment:"), self.department), index_row)
        self.rules = RulesEditor()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.rules, 1)
        self.fields: dict[str, QWidget] = {
            "number": self.number_box,
            "category": self.category,
            "text": self.text,
            "verification": self.verification,
            "points": self.points,
            "gating": self.gating,
            "evidence_hint": self.evidence_hint,
            "verification_methods": next(iter(self.methods.values())),
            "department": self.department,
            "evidence_index": self.evidence_index,
            "scoring": self.rules.table,
        }
        self._connect()

    def _connect(self) -> None:
        self.number_box.editingFinished.connect(self._renumber)
        self.category.activated.connect(lambda: self._set("category", self.category.currentData()))
        for key in ("text", "verification", "evidence_hint"):
            box: QPlainTextEdit = getattr(self, key)
            box.textChanged.connect(lambda key=key, box=box: self._set(key, box.toPlainText()))
        self.points.valueChanged.connect(lambda value: self._set("points", plain_number(value)))
        self.gating.toggled.connect(lambda on: self._set("gating", on))
        for box in self.methods.values():
            box.toggled.connect(self._set_methods)
        self.department.textEdited.connect(lambda text: self._set("department", text))
        self.evidence_index.textEdited.connect(lambda text: self._set("evidence_index", text))
        self.rules.changed.connect(self.changed)
        self.rules.refused.connect(self.refused)

    def show_item(self, doc: dict[str, Any], number: int | None) -> None:
        self.doc, self.number = doc, number
        raw = editing.item_of(doc, number) if number is not None else {}
        self._loading = True
        self.category.clear()
        for category in editing.categories(doc):
            self.category.addItem(
                f"{category.get('number')}. {category.get('title', '')}", category.get("id")
            )
        self.number_box.setValue(int(raw.get("number") or 1))
        self.category.setCurrentIndex(max(self.category.findData(raw.get("category")), 0))
        for key in ("text", "verification", "evidence_hint"):
            getattr(self, key).setPlainText(str(raw.get(key) or ""))
        self.points.setValue(float(raw.get("points") or 0))
        self.points.setEnabled(doc.get("mode") == "scored")
        self.gating.setChecked(bool(raw.get("gating")))
        methods = raw.get("verification_methods") or []
        for key, box in self.methods.items():
            box.setChecked(key in methods)
        self.department.setText(str(raw.get("department") or ""))
        self.evidence_index.setText(str(raw.get("evidence_index") or ""))
        self._loading = False
        self.rules.show_item(doc, number)
        self.rules.setEnabled(doc.get("mode") == "scored")

    def focus_field(self, path: str) -> None:
        """Put the cursor on the field a problem names (``items[3].scoring[1].max`` → the rules table)."""
        parts = path.split(".")
        key = parts[1].split("[")[0] if len(parts) > 1 else ""
        widget = self.fields.get(key)
        if widget is None:
            return
        if key == "scoring" and "[" in parts[1]:
            self.rules.table.setCurrentCell(int(parts[1].split("[")[1].rstrip("]")), 0)
            value = self.rules.value_widgets.get(parts[2] if len(parts) > 2 else "")
            widget = value or {"id": self.rules.rule_id, "label": self.rules.label}.get(
                parts[2] if len(parts) > 2 else "", widget
            )
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, key: str, value: Any) -> None:
        if self._loading or self.number is None:
            return
        if editing.set_item_field(self.doc, self.number, key, value):
            self.changed.emit()

    def _set_methods(self) -> None:
        chosen = [key for key, box in self.methods.items() if box.isChecked()]
        self._set("verification_methods", chosen or None)

    def _renumber(self) -> None:
        new = self.number_box.value()
        if self._loading or self.number is None or new == self.number:
            return
        try:
            editing.set_item_field(self.doc, self.number, "number", new)
        except GreenDeskError as error:  # another item's number: say so, keep this one
            self.number_box.setValue(self.number)
            self.refused.emit(error_text(error))
            return
        self.number = new
        self.rules.number = new
        self.changed.emit()
        self.renumbered.emit(new)

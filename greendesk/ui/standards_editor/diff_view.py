"""The editor's diff tab: what the local edition changes from its parent, one row per change."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from greendesk.core.standards.diff import ADDED, REMOVED, Change


def shown(value: object) -> str:
    """A value as a cell shows it: lists joined, whole numbers without '.0', nothing as '—'."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "、".join(map(shown, value))
    if isinstance(value, dict):
        return "; ".join(f"{key}: {shown(part)}" for key, part in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class DiffView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("diffTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [self.tr("Change"), self.tr("Where"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _change_text(self, change: Change) -> str:
        if change.change == ADDED:
            return self.tr("added")
        if change.change == REMOVED:
            return self.tr("removed")
        return self.tr("changed")

    def _where(self, change: Change) -> str:
        if change.scope == "standard":
            return self.tr("Standard")
        if change.scope == "rule":
            item, rule = change.key.split("/", 1)
            return self.tr("Item {item}, rule {rule}").format(item=item, rule=rule)
        texts = {
            "tier": self.tr("Tier {key}"),
            "category": self.tr("Category {key}"),
            "item": self.tr("Item {key}"),
        }
        return texts.get(change.scope, "{key}").format(key=change.key)

    def show_changes(self, parent_id: str, changes: tuple[Change, ...]) -> None:
        if changes:
            self.summary.setText(
                self.tr("Against {parent}: %n change(s).", "", len(changes)).format(parent=parent_id)
            )
        else:
            self.summary.setText(self.tr("No differences from {parent}.").format(parent=parent_id))
        self.table.clear()
        for change in changes:
            row = QTreeWidgetItem(
                [
                    self._change_text(change),
                    self._where(change),
                    change.field,
                    shown(change.old),
                    shown(change.new),
                ]
            )
            for column in (3, 4):
                row.setToolTip(column, row.text(column))
            self.table.addTopLevelItem(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(3, max(self.table.columnWidth(3), 260))
        self.table.setEnabled(True)

    def show_problem(self, text: str) -> None:
        """While the edition does not read as valid there is no diff: say why."""
        self.summary.setText(
            self.tr("No diff while the standard has problems: {problem}").format(problem=text)
        )
        self.table.clear()
        self.table.setEnabled(False)

    def rows(self) -> list[list[str]]:
        """The rows as shown (for tests and screenshots' descriptions)."""
        return [
            [self.table.topLevelItem(i).text(c) for c in range(5)]
            for i in range(self.table.topLevelItemCount())
        ]

"""Item models for the registry screen: the community table (editable) and the street tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.normalize import compact
from greendesk.core.registry import roster
from greendesk.core.registry.roster import CommunityView, StreetView
from greendesk.core.workspace import Workspace

CODE_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class CommunityTableModel(QAbstractTableModel):
    """All communities of the workspace, filtered and sorted here (one Python pass per keystroke,
    not thousands of per-row callbacks); edits go straight to the core (saved and audited at once)."""

    edit_failed = Signal(str)  # translated message
    community_changed = Signal(str)  # code

    # (field, editable)
    COLUMNS: tuple[tuple[str, bool], ...] = (
        ("code", False),
        ("name", False),
        ("short_name", True),
        ("street_name", False),
        ("in_scope", True),
        ("households", True),
        ("population", True),
        ("property_management_coverage", True),
        ("contact", True),
        ("edition", False),
    )
    NUMERIC = ("households", "population", "property_management_coverage")

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.all_rows: list[CommunityView] = []
        self.haystacks: list[str] = []
        self.rows: list[CommunityView] = []  # the visible rows, in display order
        self._visible: list[int] = []  # indices into all_rows
        self._needle = ""
        self._street_code: str | None = None
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Street"),
            self.tr("In scope"),
            self.tr("Households"),
            self.tr("Population"),
            self.tr("Property mgmt. coverage (%)"),
            self.tr("Contact"),
            self.tr("Edition"),
        ]

    def reload(self) -> None:
        self.all_rows = roster.list_communities(self.workspace)
        self.haystacks = [self._haystack(row) for row in self.all_rows]
        self._apply_view()

    @staticmethod
    def _haystack(row: CommunityView) -> str:
        return "\x1f".join((row.code, row.name, row.short_name, row.street_name)).lower()

    # -- filter and sort ------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        needle = compact(text).lower()
        if needle != self._needle:
            self._needle = needle
            self._apply_view()

    def set_street(self, street_code: str | None) -> None:
        if street_code != self._street_code:
            self._street_code = street_code
            self._apply_view()

    @property
    def total(self) -> int:
        return len(self.all_rows)

    def _sorted(self, indices: list[int], field: str, descending: bool) -> list[int]:
        """Sort by the column's value; empty values always go last."""
        present = [i for i in indices if getattr(self.all_rows[i], field) is not None]
        missing = [i for i in indices if getattr(self.all_rows[i], field) is None]
        present.sort(key=lambda i: getattr(self.all_rows[i], field), reverse=descending)
        return present + missing

    def _apply_view(self) -> None:
        needle, street = self._needle, self._street_code
        visible = [
            i
            for i, haystack in enumerate(self.haystacks)
            if (not needle or needle in haystack) and (not street or self.all_rows[i].street_code == street)
        ]
        column, order = self._sort
        visible = self._sorted(visible, self.COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._visible = visible
        self.rows = [self.all_rows[i] for i in visible]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply_view()

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field, editable = self.COLUMNS[index.column()]
        if field == "in_scope":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field, _ = self.COLUMNS[index.column()]
        value = getattr(row, field)
        if role == CODE_ROLE:
            return row.code
        if field == "in_scope":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            if field == "property_management_coverage":
                return f"{value:g}"
            return value if role == Qt.ItemDataRole.EditRole else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field, _ = self.COLUMNS[index.column()]
        if field == "in_scope":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        if isinstance(value, str):
            value = value.strip()
            if value == "" and field in self.NUMERIC:
                value = None
        try:
            updated = roster.update_community(self.workspace, row.code, **{field: value})
        except GreenDeskError as error:
            self.edit_failed.emit(error.render())
            return False
        position = self._visible[index.row()]
        self.all_rows[position] = updated
        self.haystacks[position] = self._haystack(updated)
        self.rows[index.row()] = updated
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.community_changed.emit(row.code)
        return True


class StreetTreeModel(QStandardItemModel):
    """District → streets, each with its number of communities (in scope / all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def reload(self, district_name: str, streets: list[StreetView]) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Street"), self.tr("Communities")])
        total = sum(s.community_count for s in streets)
        total_in_scope = sum(s.in_scope_count for s in streets)
        root = QStandardItem(district_name)
        root.setData(None, CODE_ROLE)
        root_count = QStandardItem(
            self.tr("{in_scope} / {total}").format(in_scope=total_in_scope, total=total)
        )
        for street in streets:
            name = QStandardItem(street.name)
            name.setData(street.code, CODE_ROLE)
            name.setToolTip(f"{street.code} · {street.kind}")
            count = QStandardItem(
                self.tr("{in_scope} / {total}").format(
                    in_scope=street.in_scope_count, total=street.community_count
                )
            )
            count.setData(street.code, CODE_ROLE)
            for item in (name, count):
                item.setEditable(False)
            root.appendRow([name, count])
        root.setEditable(False)
        root_count.setEditable(False)
        self.appendRow([root, root_count])

"""The creation standard: categories and items with verification method, evidence hint and rules."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts, settings
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.standards import editing, library
from greendesk.core.standards.model import Standard
from greendesk.ui.context import TOPIC_ACCOUNT, UiContext
from greendesk.ui.standards_editor.editor import StandardsEditor
from greendesk.ui.standards_editor.new_edition import NewEditionDialog

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class StandardScreen(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.available: dict[str, Standard] = {}
        self.current: Standard | None = None

        self.picker = QComboBox()
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.skipped = QLabel()  # standard files that could not be used, each named with its problem
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet("color: #a15c00;")
        self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped.hide()
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)

        self.copy_button = QPushButton(self.tr("&Copy into a local edition…"))
        self.copy_button.setObjectName("copyStandard")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editStandard")
        self.editor: StandardsEditor | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Standard:")))
        top.addWidget(self.picker, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.edit_button)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setSizes([560, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.skipped)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

        self.picker.currentIndexChanged.connect(self._show_selected)
        self.tree.selectionModel().currentChanged.connect(self._item_selected)
        self.copy_button.clicked.connect(self.copy_standard)
        self.edit_button.clicked.connect(self.edit_standard)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        try:
            found = library.discover_standards([self.context.workspace.standards_dir])
        except GreenDeskError as error:
            self.header.setText(escape(error.render()))
            return
        self.available = found.standards
        self._show_skipped(found.skipped)
        default = select or settings.DEFAULT_STANDARD.read(self.context.workspace)
        self.picker.blockSignals(True)
        self.picker.clear()
        for standard in self.available.values():
            self.picker.addItem(f"{standard.title}（{standard.id}）", standard.id)
        self.picker.setCurrentIndex(max(self.picker.findData(default), 0))
        self.picker.blockSignals(False)
        self._show_selected()

    def _show_skipped(self, skipped: tuple[GreenDeskError, ...]) -> None:
        """Name each bad standard file and why; the others stay usable."""
        lines = [self.tr("These standard files are not used until they are fixed:")]
        lines += [f"• {problem.render()}" for problem in skipped]
        self.skipped.setText("\n".join(lines))
        self.skipped.setVisible(bool(skipped))

    def _mode_text(self, standard: Standard) -> str:
        if standard.mode == "scored":
            return self.tr("Scored: {max} points, pass mark {mark}").format(
                max=f"{standard.max_points:g}", mark=f"{standard.pass_mark:g}"
            )
        return self.tr("Pass/fail: every item must be met")

    def _show_selected(self) -> None:
        standard = self.available.get(self.picker.currentData())
        self.current = standard
        self.model.clear()
        self._refresh_actions()
        if standard is None:
            return
        parts = [
            f"<b>{escape(standard.title)}</b>",
            escape(
                self.tr("Document: {number}, issued {date} by {issuer}").format(
                    number=standard.document_number or "—",
                    date=standard.issued_on.isoformat(),
                    issuer=standard.issued_by or "—",
                )
            ),
            escape(self._mode_text(standard)),
        ]
        if standard.derives_from:
            parts.append(escape(self.tr("Derived from: {parent}").format(parent=standard.derives_from)))
        self.header.setText("<br>".join(parts))
        for category in standard.categories:
            items = standard.items_in(category.id)
            node = QStandardItem(
                self.tr("{number}. {title} (%n item(s))", "", len(items)).format(
                    number=category.number, title=category.title
                )
            )
            font = node.font()
            font.setBold(True)
            node.setFont(font)
            for item in items:
                marker = self.tr(" [veto]") if item.gating else ""
                child = QStandardItem(f"{item.number}. {item.text}{marker}")
                child.setData(item.number, ITEM_ROLE)
                child.setToolTip(item.text)
                node.appendRow(child)
            self.model.appendRow(node)
        self.tree.expandAll()
        first = self.model.index(0, 0, self.model.index(0, 0)) if self.model.rowCount() else None
        if first is not None and first.isValid():
            self.tree.setCurrentIndex(first)

    def _item_selected(self, current, _previous) -> None:
        number = current.data(ITEM_ROLE) if current.isValid() else None
        if self.current is None or number is None:
            return
        self.show_item(number)

    def show_item(self, number: int) -> None:
        assert self.current is not None
        item = self.current.item(number)
        category = self.current.category(item.category)
        rows = [
            (self.tr("Item"), self.tr("Item {number}").format(number=item.number)),
            (self.tr("Category"), category.title),
            (self.tr("Standard"), item.text),
            (self.tr("How to verify"), item.verification or "—"),
            (self.tr("Evidence to attach"), item.evidence_hint or "—"),
            (
                self.tr("Veto item"),
                self.tr("Yes: checked first, failing it fails the community")
                if item.gating
                else self.tr("No"),
            ),
        ]
        if item.rule is not None:
            rows.append(
                (
                    self.tr("Numeric rule"),
                    self.tr("Property-management coverage {op} {value}{unit}").format(
                        op=item.rule.op, value=f"{item.rule.value:g}", unit=item.rule.unit
                    ),
                )
            )
        if item.points is not None:
            rows.append((self.tr("Points"), f"{item.points:g}"))
        html = "".join(f"<p><b>{escape(label)}</b><br>{escape(value)}</p>" for label, value in rows)
        self.detail.setHtml(html)

    # -- local editions ------------------------------------------------------------------------
    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_ACCOUNT:  # another account signed in: copying may be allowed or not now
            self._refresh_actions()

    def _refresh_actions(self) -> None:
        """Copying saves a file: administrators only, the others see why; a local edition opens in the editor."""
        admin = accounts.may(self.context.workspace, ADMINISTRATOR)
        self.copy_button.setEnabled(self.current is not None and admin)
        self.copy_button.setToolTip(
            self.tr("Copy this standard into a local edition of the workspace and edit it")
            if admin
            else self.tr("Only an administrator can make a local edition.")
        )
        local = self.current is not None and editing.is_local(self.context.workspace, self.current)
        self.edit_button.setEnabled(local)
        self.edit_button.setToolTip(
            self.tr("Edit this local edition; each save is a new version")
            if local
            else self.tr("Shipped standards are not edited: copy one into a local edition first.")
        )

    def may_leave(self) -> bool:
        """The main window asks before it closes: an open editor with unsaved changes asks first."""
        return self.editor is None or not self.editor.isVisible() or self.editor.may_leave()

    def copy_standard(self) -> NewEditionDialog | None:
        if self.current is None:
            return None
        dialog = NewEditionDialog(self.context, self.current, self)
        dialog.accepted.connect(lambda: self._copied(dialog))
        dialog.open()
        return dialog

    def _copied(self, dialog: NewEditionDialog) -> None:
        if dialog.saved is None:
            return
        self.context.status_message.emit(
            self.tr("Local edition {id} saved as {file}.").format(
                id=dialog.saved.standard.id, file=dialog.saved.path.name
            )
        )
        self.reload(select=dialog.saved.standard.id)
        self.edit_standard()

    def edit_standard(self) -> StandardsEditor | None:
        """Open the editor on the shown local edition (window-modal; the list follows each save)."""
        if self.current is None or not editing.is_local(self.context.workspace, self.current):
            return None
        self.editor = StandardsEditor(self.context, self.current, self)
        self.editor.saved.connect(lambda standard_id: self.reload(select=standard_id))
        self.editor.open()
        return self.editor

"""The standard editor: a tree of categories and items, the selected entry's form, every problem the
core's reader finds (a click selects the item), the diff against the parent, and 保存新版本.

The document is a plain dict edited through ``core/standards/editing``; saving is the core's
``save_version`` (administrators only, a new versioned file, audited).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.standards import editing
from greendesk.core.standards.format import CATEGORY_NUMBERS, MAX_TOTAL_POINTS
from greendesk.core.standards.model import Standard, canonical_json
from greendesk.ui import shortcuts
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.screen_fit import resize_to_fit
from greendesk.ui.context import UiContext
from greendesk.ui.standards_editor.diff_view import DiffView
from greendesk.ui.standards_editor.item_form import ItemForm, plain_number, points_box

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # ("category", id) or ("item", number)
PROBLEM_COLOUR = QColor("#b3261e")


class CategoryForm(QWidget):
    """Number and title of the selected category."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: dict[str, Any] = {}
        self.category_id = ""
        self._loading = False
        self.number = QSpinBox()
        self.number.setRange(*CATEGORY_NUMBERS)
        self.title = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Title:"), self.title)
        self.number.valueChanged.connect(lambda value: self._set("number", value))
        self.title.textEdited.connect(lambda text: self._set("title", text))

    def show_category(self, doc: dict[str, Any], category_id: str) -> None:
        self.doc, self.category_id = doc, category_id
        raw = editing.category_of(doc, category_id)
        self._loading = True
        self.number.setValue(int(raw.get("number") or 1))
        self.title.setText(str(raw.get("title") or ""))
        self._loading = False

    def _set(self, key: str, value: Any) -> None:
        if not self._loading and editing.set_category_field(self.doc, self.category_id, key, value):
            self.changed.emit()


class StandardsEditor(QDialog):
    """Edits one local edition; ``saved`` carries the standard's id after each written version."""

    saved = Signal(str)

    def __init__(self, context: UiContext, standard: Standard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        self.doc = editing.document_of(standard)
        self._saved_content = canonical_json(self.doc)
        self.problems: tuple[editing.Problem, ...] = ()
        self.may_save = accounts.may(self.workspace, ADMINISTRATOR)
        self.setWindowTitle(self.tr("Edit standard — {id}").format(id=standard.id))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._load_header()
        self._rebuild_tree()
        self.refresh()
        self._select_first_item()
        for button in self.findChildren(QPushButton):  # Enter in a field must not add a category
            button.setAutoDefault(False)
        self.tree.setFocus()
        resize_to_fit(self, 1340, 700)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.max_points = points_box(MAX_TOTAL_POINTS)
        self.pass_mark = points_box(MAX_TOTAL_POINTS)
        self.info = QLabel()
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Title:")))
        header.addWidget(self.title_edit, 1)
        self.points_labels = [QLabel(self.tr("Full marks:")), QLabel(self.tr("Pass mark:"))]
        for label, box in zip(self.points_labels, (self.max_points, self.pass_mark), strict=True):
            header.addWidget(label)
            header.addWidget(box)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._edit_page(), self.tr("&Edit"))
        self.diff_view = DiffView()
        self.tabs.addTab(self.diff_view, self.tr("&Changes against the parent"))
        self.reason = QLabel()
        self.reason.setObjectName("saveReason")
        self.reason.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save new version"))
        self.save_button.setObjectName("saveVersion")
        QShortcut(
            shortcuts.sequence("editor.save"),
            self,
            activated=self._save_key,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.save_button.setToolTip(shortcuts.with_keys(self.tr("Save new version"), "editor.save"))
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.title_edit.textEdited.connect(lambda text: self._set_header("title", text))
        self.max_points.valueChanged.connect(
            lambda value: self._set_header("max_points", plain_number(value))
        )
        self.pass_mark.valueChanged.connect(lambda value: self._set_header("pass_mark", plain_number(value)))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_diff())

    def _edit_page(self) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setObjectName("standardTree")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(260)
        self.add_category_button = QPushButton(self.tr("Add &category"))
        self.add_item_button = QPushButton(self.tr("Add &item"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        tree_buttons = QHBoxLayout()
        for button in (self.add_category_button, self.add_item_button, self.remove_button):
            tree_buttons.addWidget(button)
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(self.up_button)
        move_buttons.addWidget(self.down_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)
        left_layout.addLayout(move_buttons)
        self.item_form = ItemForm()
        self.category_form = CategoryForm()
        self.forms = QStackedWidget()
        self.forms.addWidget(self.item_form)
        self.forms.addWidget(self.category_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.forms)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 900])
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_box = QGroupBox()
        problem_layout = QVBoxLayout(self.problem_box)
        problem_layout.setContentsMargins(6, 4, 6, 4)
        problem_layout.addWidget(self.problem_list)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem_box)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show_entry(current))
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.add_category_button.clicked.connect(self._add_category)
        self.add_item_button.clicked.connect(self._add_item)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.item_form.changed.connect(self._changed)
        self.item_form.renumbered.connect(
            lambda number: self._after_structure(("item", number), reload=False)
        )
        self.item_form.refused.connect(self._refused)
        self.category_form.changed.connect(self._changed)
        return page

    def _load_header(self) -> None:
        scored = self.doc.get("mode") == "scored"
        for widget in (self.max_points, self.pass_mark, *self.points_labels):
            widget.setVisible(scored)
        for box, key in (
            (self.title_edit, "title"),
            (self.max_points, "max_points"),
            (self.pass_mark, "pass_mark"),
        ):
            box.blockSignals(True)
            value = self.doc.get(key)
            if isinstance(box, QLineEdit):
                box.setText(str(value or ""))
            else:
                box.setValue(float(value or 0))
            box.blockSignals(False)

    # -- the tree ----------------------------------------------------------------------------
    def _item_label(self, raw: dict[str, Any]) -> str:
        text = f"{raw.get('number')}. {raw.get('text') or self.tr('(no text)')}"
        if self.doc.get("mode") == "scored" and raw.get("points") is not None:
            text += self.tr(" ({points} points)").format(points=f"{float(raw['points']):g}")
        return text + (self.tr(" [veto]") if raw.get("gating") else "")

    def _rebuild_tree(self) -> None:
        key = self.current_key()
        problem_items = {p.item for p in self.problems}
        self.tree.blockSignals(True)
        self.tree.clear()
        for category in editing.categories(self.doc):
            node = QTreeWidgetItem(
                [f"{category.get('number')}. {category.get('title') or self.tr('(no title)')}"]
            )
            node.setData(0, KEY_ROLE, ("category", category.get("id")))
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.tree.addTopLevelItem(node)
            for raw in editing.items_in(self.doc, str(category.get("id"))):
                child = QTreeWidgetItem([self._item_label(raw)])
                child.setData(0, KEY_ROLE, ("item", raw.get("number")))
                child.setToolTip(0, str(raw.get("text") or ""))
                if raw.get("number") in problem_items:
                    child.setForeground(0, QBrush(PROBLEM_COLOUR))
                node.addChild(child)
        self.tree.expandAll()
        self._find(key, select=True)
        self.tree.blockSignals(False)

    def current_key(self) -> tuple[str, Any] | None:
        current = self.tree.currentItem()
        return current.data(0, KEY_ROLE) if current is not None else None

    def _find(self, key: tuple[str, Any] | None, select: bool) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(top)
            for entry in (node, *(node.child(i) for i in range(node.childCount()))):
                if key is not None and tuple(entry.data(0, KEY_ROLE)) == tuple(key):
                    if select:
                        self.tree.setCurrentItem(entry)
                    return entry
        return None

    def select(self, key: tuple[str, Any]) -> None:
        """Select a category or item (and show its form)."""
        entry = self._find(key, select=False)
        if entry is not None:
            self.tree.setCurrentItem(entry)
            self._show_entry(entry)

    def _select_first_item(self) -> None:
        first = next(
            (raw for raw in sorted(self.doc.get("items") or [], key=lambda r: r.get("number", 0))), None
        )
        if first is not None:
            self.select(("item", first.get("number")))

    def _show_entry(self, entry: QTreeWidgetItem | None) -> None:
        key = entry.data(0, KEY_ROLE) if entry is not None else None
        if key is None:
            return
        kind, value = key
        if kind == "item":
            self.item_form.show_item(self.doc, value)
            self.forms.setCurrentWidget(self.item_form)
        else:
            self.category_form.show_category(self.doc, value)
            self.forms.setCurrentWidget(self.category_form)
        self.up_button.setEnabled(True)
        self.down_button.setEnabled(True)

    # -- structure ---------------------------------------------------------------------------
    def _current_category(self) -> str | None:
        key = self.current_key()
        if key is None:
            categories = editing.categories(self.doc)
            return str(categories[0]["id"]) if categories else None
        if key[0] == "category":
            return str(key[1])
        return str(editing.item_of(self.doc, key[1]).get("category"))

    def _add_category(self) -> None:
        new_id = editing.add_category(self.doc, self.tr("New category"))
        self._after_structure(("category", new_id))
        self.category_form.title.setFocus()

    def _add_item(self) -> None:
        category = self._current_category()
        if category is None:
            return
        number = editing.add_item(self.doc, category, self.tr("New item"))
        self._after_structure(("item", number))
        self.item_form.text.setFocus()
        self.item_form.text.selectAll()

    def _remove(self) -> None:
        key = self.current_key()
        if key is None:
            return
        try:
            if key[0] == "item":
                editing.remove_item(self.doc, key[1])
            else:
                editing.remove_category(self.doc, key[1])
        except GreenDeskError as error:
            self._refused(error_text(error))
            return
        self._after_structure(None)
        self._select_first_item()

    def _move(self, offset: int) -> None:
        key = self.current_key()
        if key is None:
            return
        if key[0] == "item":
            key = ("item", editing.move_item(self.doc, key[1], offset))
        else:
            editing.move_category(self.doc, key[1], offset)
        self._after_structure(key)

    def _after_structure(self, key: tuple[str, Any] | None, reload: bool = True) -> None:
        self._changed()
        self.refresh()
        self._rebuild_tree()
        if key is None:
            return
        if reload:
            self.select(key)
        else:  # the form already shows it (renumbered while typing): only the tree follows
            self.tree.blockSignals(True)
            self._find(key, select=True)
            self.tree.blockSignals(False)

    # -- changes, problems, diff -----------------------------------------------------------
    def _set_header(self, key: str, value: Any) -> None:
        if editing.set_standard_field(self.doc, key, value):
            self._changed()

    def _changed(self) -> None:
        self._refresh_timer.start()

    def _refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Edit standard"), text)

    def has_unsaved_changes(self) -> bool:
        return canonical_json(self.doc) != self._saved_content

    def refresh(self) -> None:
        """Problems (through the core's reader), the tree's labels, the diff and the save button."""
        self._refresh_timer.stop()
        self.problems = editing.problems(self.doc)
        self.problem_list.clear()
        for problem in self.problems:
            entry = QListWidgetItem(
                self.tr("{field}: {problem}").format(field=problem.field, problem=problem.text())
            )
            entry.setData(Qt.ItemDataRole.UserRole, problem.field)
            entry.setForeground(QBrush(PROBLEM_COLOUR))
            self.problem_list.addItem(entry)
        if self.problems:
            self.problem_box.setTitle(self.tr("Problems ({count})").format(count=len(self.problems)))
            rows = min(len(self.problems), 4)  # up to four lines shown, the list scrolls beyond
            self.problem_list.setFixedHeight(self.problem_list.sizeHintForRow(0) * rows + 8)
        else:
            self.problem_box.setTitle(self.tr("No problems: the standard reads as valid"))
        self.problem_list.setVisible(bool(self.problems))
        self.problem_box.setFlat(not self.problems)
        self._rebuild_tree()
        self._refresh_diff()
        self._refresh_info()
        self._refresh_save()

    def _refresh_info(self) -> None:
        parts = [self.tr("Id: {id}").format(id=self.doc.get("id"))]
        parts.append(self.tr("version {version}").format(version=self.doc.get("version") or "—"))
        if self.doc.get("derives_from"):
            parts.append(self.tr("derived from {parent}").format(parent=self.doc.get("derives_from")))
        if self.has_unsaved_changes():
            parts.append(self.tr("unsaved changes"))
        self.info.setText(" · ".join(parts))

    def _refresh_diff(self) -> None:
        if self.tabs.currentWidget() is not self.diff_view:
            return
        try:
            changes = editing.diff_against_parent(self.doc, [self.workspace.standards_dir])
        except GreenDeskError as error:
            self.diff_view.show_problem(error_text(error))
            return
        self.diff_view.show_changes(str(self.doc.get("derives_from") or ""), changes)

    def _refresh_save(self) -> None:
        if not self.may_save:
            reason = self.tr("Only an administrator can save a standard; {user} is signed in.").format(
                user=self.workspace.actor.username if self.workspace.actor else "—"
            )
        elif self.problems:
            reason = self.tr("Fix the problems listed below to save a new version.")
        else:
            reason = ""
        self.save_button.setEnabled(self.may_save and not self.problems)
        self.reason.setText(reason)

    def _go_to_problem(self, entry: QListWidgetItem) -> None:
        field = str(entry.data(Qt.ItemDataRole.UserRole))
        problem = next((p for p in self.problems if p.field == field), None)
        if problem is None or problem.item is None:
            return
        self.tabs.setCurrentIndex(0)
        self.select(("item", problem.item))
        self.item_form.focus_field(field)

    # -- saving and leaving ------------------------------------------------------------------
    def save(self) -> bool:
        self.refresh()
        if not self.save_button.isEnabled():
            return False
        try:
            saved = editing.save_version(self.workspace, self.doc)
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Save new version"), error_text(error))
            return False
        self._saved_content = canonical_json(self.doc)
        if saved.written:
            message = self.tr("Saved version {version} as {file}.").format(
                version=saved.version, file=saved.path.name
            )
            self.saved.emit(saved.standard.id)
        else:
            message = self.tr("Nothing changed: version {version} is current.").format(version=saved.version)
        self.context.status_message.emit(message)
        self.reason.setText(message)
        self._refresh_info()
        return True

    def _save_key(self) -> None:
        """Ctrl+S does what the button does, and nothing while the button is disabled."""
        if self.save_button.isEnabled():
            self.save()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel (Save only when a save is possible now)."""
        buttons = QMessageBox.StandardButton
        offered = buttons.Discard | buttons.Cancel
        if self.save_button.isEnabled():
            offered |= buttons.Save
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The standard {id} has changes that are not saved. Save them as a new version?").format(
                id=self.doc.get("id")
            ),
            offered,
            buttons.Save if self.save_button.isEnabled() else buttons.Cancel,
        )

    def may_leave(self) -> bool:
        self.refresh()
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Esc, Close and the window's close button all come here
        if self.may_leave():
            super().reject()

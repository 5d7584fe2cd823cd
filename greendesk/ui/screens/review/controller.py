"""The review screen's controller: reacts to input, calls the core's review use cases, refreshes the view.

Built for the keyboard: in the item list 1/2/3 decide (符合/不符合/需补充材料) and move on, Enter or the
arrows go to the next item, N to the next undecided one, Ctrl+F finds an item; Alt+1/2/3 decide from
anywhere (also while typing a comment), Ctrl+Z undoes the last decision, Ctrl+PgDown/PgUp open the
next/previous community in queue order. Round changes ask first, saying what will happen (the
core's ``guards.round_summary``). Every decision goes straight to the core (one committed transaction), so nothing waits for
a save button. Errors show inline, never in a blocking dialog. Which actions are possible is the
core's workflow table (``workflow.available``), never restated here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review import commands, guards, history_text, notes, queue, undo, views, workflow
from greendesk.core.review.views import ItemState
from greendesk.core.review.vocabulary import APPROVER, FAIL, MORE, PASS
from greendesk.core.workspace import Preferences
from greendesk.ui import shortcuts
from greendesk.ui.common.approver_dialog import ApproverDialog
from greendesk.ui.common.save_paths import ask_save_path
from greendesk.ui.context import TOPIC_ACCOUNT, TOPIC_RECOMMENDATIONS, TOPIC_REVIEW, UiContext
from greendesk.ui.screens.review.dialogs import HistoryDialog
from greendesk.ui.screens.review.item_model import ITEM_ROLE, ReviewItemModel
from greendesk.ui.screens.review.texts import ReviewTexts
from greendesk.ui.screens.review.view import ReviewScreenView
from greendesk.ui.widgets.photo_viewer import PhotoViewerDialog

NOTICE_KIND = "rework_notice"  # the save dialog remembers its own folder for rework notices


class _ItemListKeys(QObject):
    """The item list's own keys (1/2/3 decide and move on, N, Enter), as ``ui.shortcuts`` lists them."""

    def __init__(self, controller: ReviewController, actions: dict[str, Callable[[], object]]) -> None:
        super().__init__(controller)
        self.by_key = {shortcuts.plain_key(action): slot for action, slot in actions.items()}
        if shortcuts.plain_key("items.next") == Qt.Key.Key_Return:  # the keypad's Enter moves on too
            self.by_key[Qt.Key.Key_Enter] = actions["items.next"]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        slot = self.by_key.get(Qt.Key(event.key()))
        if slot is None:
            return False
        slot()
        return True


def _show(label: QLabel, text: str) -> None:
    """A note label shows only while it has something to say."""
    label.setText(text)
    label.setVisible(bool(text))


POSITION_DELAY_MS = 700


class ReviewController(QObject):
    """Drives a ``ReviewScreenView`` for one community's review at a time (call :meth:`load`)."""

    def __init__(self, context: UiContext, view: ReviewScreenView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.review: views.ReviewView | None = None  # the core's read model of the open review
        self.code = ""
        self.year: int | None = None
        self.viewer: PhotoViewerDialog | None = None
        self.texts = ReviewTexts(self)
        self.items = ReviewItemModel(view.items_list.font(), self)
        view.items_list.setModel(self.items)
        # The position is written shortly after the reviewer stops moving, not on every item: a file write per
        # key press made moving through the items slow on office disks.
        self._position: dict[str, Any] | None = None
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self.save_position)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_position)
        self._connect()
        view.set_active(False)
        context.data_changed.connect(self._on_data_changed)

    def _connect(self) -> None:
        """Every input of the view, and the keyboard shortcuts, to what it does."""
        view = self.view
        view.find_box.textChanged.connect(self._apply_find)
        view.find_box.returnPressed.connect(self._jump_to_first_match)
        view.items_list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        for button, outcome in zip(view.outcome_buttons(), (PASS, FAIL, MORE), strict=True):
            button.clicked.connect(lambda _checked=False, o=outcome: self.decide_current(o))
        view.finish_button.clicked.connect(self.finish_round)
        view.return_button.clicked.connect(self.return_for_rework)
        view.resubmit_button.clicked.connect(self.resubmit)
        view.signoff_button.clicked.connect(self.ask_sign_off)
        view.unlock_button.clicked.connect(self.ask_unlock)
        view.notice_button.clicked.connect(self.ask_export_notice)
        view.history_button.clicked.connect(self.show_history)
        view.undo_button.clicked.connect(self.undo_last)
        view.clear_button.clicked.connect(self.clear_current)
        view.next_open_button.clicked.connect(self.next_undecided)
        view.next_community_button.clicked.connect(lambda: self.step_community(+1))
        view.previous_community_button.clicked.connect(lambda: self.step_community(-1))
        view.save_notes_button.clicked.connect(self.save_note)
        view.rule_scores.record_button.clicked.connect(self.record_rule_score)
        view.rule_scores.failed.connect(view.error_label.setText)
        view.photo_grid.photo_activated.connect(self.open_viewer)
        view.photo_grid.files_dropped.connect(self.attach_files)
        view.photo_grid.image_pasted.connect(self.attach_pasted)
        self._bind_keys()

    def _bind_keys(self) -> None:
        """The screen's keys from the one table (``ui.shortcuts``); buttons name theirs in a tooltip."""
        view = self.view
        screen_wide = {
            "review.pass": lambda: self.decide_current(PASS),
            "review.fail": lambda: self.decide_current(FAIL),
            "review.more": lambda: self.decide_current(MORE),
            "review.undo": self.undo_last,
            "review.find": self.focus_find,
            "review.next_community": lambda: self.step_community(+1),
            "review.previous_community": lambda: self.step_community(-1),
        }
        for action, slot in screen_wide.items():
            QShortcut(
                shortcuts.sequence(action),
                view,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        QShortcut(
            shortcuts.sequence("review.leave_find"),
            view.find_box,
            activated=self._leave_find,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        list_keys = {
            "items.pass": lambda: self.decide_current(PASS),
            "items.fail": lambda: self.decide_current(FAIL),
            "items.more": lambda: self.decide_current(MORE),
            "items.next_undecided": self.next_undecided,
            "items.next": self.next_item,
        }
        view.items_list.installEventFilter(_ItemListKeys(self, list_keys))
        view.show_keys()

    def _on_data_changed(self, topic: str) -> None:
        """Another screen changed recommendations (e.g. an import added photos): show the new state."""
        if topic == TOPIC_RECOMMENDATIONS and self.review is not None:
            self.reload()
            self._show_current()
        elif topic == TOPIC_ACCOUNT and self.review is not None:
            self._show_review()  # what the new account may do (the typed comment stays)

    # -- loading -------------------------------------------------------------------------
    def load(self, code: str, year: int | None = None) -> None:
        """Open a community's review at its first undecided item."""
        self.code, self.year = code, year
        self.review = views.show(self.context.workspace, code, year)
        self.year = self.review.year
        self.view.rule_scores.open_review(self.context.workspace, self.review)
        self.items.set_view(self.review)
        self._apply_find(self.view.find_box.text())
        self._show_review()
        first_open = next((state.number for state in self.review.items if state.outcome is None), None)
        self.select_item(first_open or self.review.items[0].number)
        self.view.notes.setPlainText(notes.note(self.context.workspace, code, self.year).text)
        self.view.set_active(True)
        self.view.items_list.setFocus()

    def reload(self) -> None:
        """Read the open review again after a change; the current item stays (its photos too)."""
        current = self.current_item()
        self.review = views.show(self.context.workspace, self.code, self.year)
        self.items.set_view(self.review)
        self._show_review()
        if current is not None:
            self._show_current(reload_photos=False)

    def _show_review(self) -> None:
        """The header, lock note and result, and which actions the workflow allows now."""
        review = self.review
        assert review is not None
        view = self.view
        view.header.setText(self.texts.header(review))
        _show(view.lock_banner, self.texts.lock_note(review))
        view.result_label.setText(self.texts.result(review.result))
        view.rule_scores.show_total(review)  # by rules: the engine's running total instead
        has_rework = bool(views.rework_items(review))
        actions = workflow.available(
            review.status,
            review.locked,
            result_known=review.result.passed is not None,
            has_rework_items=has_rework,
        )
        editable = workflow.DECIDE in actions
        for button in view.outcome_buttons():
            button.setEnabled(editable)
        view.comment.setReadOnly(not editable)
        view.finish_button.setEnabled(workflow.FINISH in actions)
        view.return_button.setEnabled(workflow.RETURN in actions)
        view.resubmit_button.setEnabled(workflow.RESUBMIT in actions)
        view.notice_button.setEnabled(has_rework)
        for button in (view.undo_button, view.clear_button):
            button.setEnabled(editable)
        self._show_approver_actions(actions)

    def _show_approver_actions(self, actions: frozenset[str] | set[str]) -> None:
        """Sign-off and unlock need the approver role: without it the buttons say so and stay off."""
        approver = accounts.may(self.context.workspace, APPROVER)
        tip = "" if approver else self.tr("Needs an account with the approver role.")
        for button, action in (
            (self.view.signoff_button, workflow.SIGN_OFF),
            (self.view.unlock_button, workflow.UNLOCK),
        ):
            button.setEnabled(approver and action in actions)
            button.setToolTip(tip)

    # -- navigation ----------------------------------------------------------------------
    def current_item(self) -> int | None:
        index = self.view.items_list.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def current_state(self) -> ItemState | None:
        number = self.current_item()
        return None if number is None or self.review is None else self.review.item(number)

    def select_item(self, number: int) -> None:
        row = self.items.row_of(number)
        if row is not None:
            self._set_current_row(row)

    def _set_current_row(self, row: int) -> None:
        self.view.items_list.setCurrentIndex(self.items.index(row))

    def next_item(self) -> None:
        self._step(+1)

    def previous_item(self) -> None:
        self._step(-1)

    def _selectable_rows(self, start: int, direction: int) -> Iterator[int]:
        """Item rows not hidden by the find box, from ``start`` on in ``direction``."""
        row = start
        while 0 <= row < self.items.rowCount():
            if self.items.number_at(row) is not None and not self.view.items_list.isRowHidden(row):
                yield row
            row += direction

    def _step(self, direction: int) -> None:
        start = self.view.items_list.currentIndex().row() + direction
        row = next(self._selectable_rows(start, direction), None)
        if row is not None:
            self._set_current_row(row)

    def next_undecided(self) -> None:
        """The next item without a decision after the current one (wrapping round), if any is left."""
        if self.review is None:
            return
        numbers = [state.number for state in self.review.items]
        current = self.current_item()
        start = numbers.index(current) + 1 if current in numbers else 0
        open_items = {state.number for state in self.review.items if state.outcome is None}
        for number in numbers[start:] + numbers[:start]:
            if number in open_items:
                self.select_item(number)
                self.view.items_list.setFocus()
                return
        self.context.status_message.emit(self.tr("Every item is decided."))

    def step_community(self, step: int) -> None:
        """Open the next (or previous) community in the review queue's order."""
        if self.review is None:
            return
        rows = queue.queue(self.context.workspace, self.year)
        target = queue.adjacent(rows, self.code, self.year, step)
        if target is None:
            self.context.status_message.emit(self.tr("No more communities in the queue this way."))
            return
        self.load(target.code, target.year)

    def focus_find(self) -> None:
        self.view.find_box.setFocus()
        self.view.find_box.selectAll()

    def _apply_find(self, text: str) -> None:
        needle = text.strip()
        for row in range(self.items.rowCount()):
            self.view.items_list.setRowHidden(row, not self.items.matches(row, needle))

    def _jump_to_first_match(self) -> None:
        row = next(self._selectable_rows(0, +1), None)
        if row is not None:
            self._set_current_row(row)
            self.view.items_list.setFocus()

    def _leave_find(self) -> None:
        self.view.find_box.clear()
        self.view.items_list.setFocus()

    # -- the current item ----------------------------------------------------------------
    def _remember_position(self, number: int) -> None:
        """Where the reviewer is, so a restart (even after a crash) reopens right here (saved after a pause)."""
        self._position = {"code": self.code, "year": self.year, "item": number}
        self._position_timer.start()

    def save_position(self) -> None:
        """Write the pending position to the workspace's preferences (at most once per pause)."""
        self._position_timer.stop()
        position, self._position = self._position, None
        if position is None:
            return
        data_dir = self.context.workspace.data_dir
        with contextlib.suppress(OSError):  # a read-only folder must not block reviewing
            preferences = Preferences.load(data_dir)
            if preferences.last_review != position:
                preferences.last_review = position
                preferences.save(data_dir)

    def _show_current(self, reload_photos: bool = True) -> None:
        state = self.current_state()
        if state is None or self.review is None:
            return
        self._remember_position(state.number)
        view, texts = self.view, self.texts
        view.error_label.clear()
        view.item_title.setText(texts.item_title(state))
        view.item_text.setText(state.text)
        view.details.setText(texts.details(state))
        view.show_coverage(texts.coverage(self.review, state), state.rule_ok)
        _show(view.earlier, texts.earlier(state))
        _show(view.warnings, texts.warnings(state))
        for button, outcome in zip(view.outcome_buttons(), (PASS, FAIL, MORE), strict=True):
            button.setChecked(state.outcome == outcome)
        view.comment.setPlainText(state.comment)
        view.decided_by.setText(texts.decided_by(state))
        view.rule_scores.show_item(self.review, state.number, view.pass_button.isEnabled())
        view.rule_scroll.setVisible(not view.rule_scores.isHidden())
        if reload_photos:
            view.photo_grid.set_photos(state.photos)
        view.photo_caption.setText(texts.photo_caption(state))

    # -- actions -------------------------------------------------------------------------
    def _run(self, action: Callable[..., Any], *args: Any) -> bool:
        """Call a core action; show its error inline. Returns True on success."""
        problem = self._attempt(action, *args)
        if problem is not None:
            self.view.error_label.setText(problem)
            return False
        return True

    def _attempt(self, action: Callable[..., Any], *args: Any) -> str | None:
        """Call a core action; its error message, or None once it succeeded."""
        try:
            action(*args)
        except GreenDeskError as error:
            return error.render()
        self.view.error_label.clear()
        return None

    def _changed(self) -> None:
        self.reload()
        self.context.notify(TOPIC_REVIEW)

    def _command(self, command: Callable[..., Any], *args: Any) -> str | None:
        """Run a review command on the open community; on success show and announce the new state.

        A refusal is shown inline and returned (a dialog shows it too and stays open).
        """
        problem = self._attempt(command, self.context.workspace, self.code, *args, self.year)
        if problem is None:
            self._changed()
        else:
            self.view.error_label.setText(problem)
        return problem

    def decide_current(self, outcome: str) -> None:
        number = self.current_item()
        if number is None or self.review is None:
            return
        comment = self.view.comment.toPlainText()
        state = self.current_state()
        if self._run(commands.decide, self.context.workspace, self.code, number, outcome, comment, self.year):
            self._changed()
            self.next_item()
            self.view.items_list.setFocus()
            if state is not None:  # shown after moving on, so the reviewer sees it on the next item
                warnings = guards.decision_warnings(state, outcome)
                self.view.error_label.setText("\n".join(warning.render() for warning in warnings))
        else:
            self.view.comment.setFocus()  # the core asked for a comment (or said why not)

    def record_rule_score(self) -> None:
        """The decision the engine's score of the findings implies (a scored standard with rules)."""
        if self.view.rule_scores.record(self.context.workspace, self.view.comment.toPlainText()):
            self._changed()
            self.next_item()

    def undo_last(self) -> None:
        """Ctrl+Z: the last decision of this round is undone (a new, audited decision)."""
        if self.review is None:
            return
        problem = self._attempt(undo.undo_last, self.context.workspace, self.code, self.year)
        if problem is not None:
            self.view.error_label.setText(problem)
            return
        self._changed()
        self._show_current()

    def clear_current(self) -> None:
        number = self.current_item()
        if number is not None and self._run(
            undo.clear_decision, self.context.workspace, self.code, number, self.year
        ):
            self._changed()
            self._show_current()

    def save_note(self) -> None:
        if self.review is not None and self._run(
            notes.set_note, self.context.workspace, self.code, self.view.notes.toPlainText(), self.year
        ):
            self.context.status_message.emit(self.tr("Note saved."))

    def confirm(self, action: str, title: str) -> bool:
        """The core says what the round change will do; the reviewer confirms before it happens."""
        if self.review is None:
            return False
        lines = [line.render() for line in guards.round_summary(self.review, action)]
        answer = QMessageBox.question(
            self.view,
            title,
            "\n".join([*lines, "", self.tr("Go ahead?")]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def finish_round(self) -> None:
        if self.confirm(workflow.FINISH, self.tr("Finish round")):
            self._command(commands.finish_round)

    def return_for_rework(self) -> None:
        if self.confirm(workflow.RETURN, self.tr("Return for rework")):
            self._command(commands.return_for_rework)

    def resubmit(self) -> None:
        if self.confirm(workflow.RESUBMIT, self.tr("Resubmitted")):
            self._command(commands.resubmit)

    def _signed_in(self) -> str:
        actor = self.context.workspace.actor
        return actor.username if actor is not None else ""

    def ask_sign_off(self) -> None:
        if self.confirm(workflow.SIGN_OFF, self.tr("Sign off")):
            self.sign_off_dialog().exec()

    def sign_off_dialog(self) -> ApproverDialog:
        """The signed-in approver confirms with their password; a wrong one keeps the dialog open."""
        return ApproverDialog(
            self.tr("Sign off"),
            self._signed_in(),
            lambda password, _reason: self._command(commands.sign_off, password),
            with_reason=False,
            parent=self.view,
        )

    def sign_off(self, password: str) -> None:
        self._command(commands.sign_off, password)

    def ask_unlock(self) -> None:
        self.unlock_dialog().exec()

    def unlock_dialog(self) -> ApproverDialog:
        return ApproverDialog(
            self.tr("Unlock"),
            self._signed_in(),
            lambda password, reason: self._command(commands.unlock, reason, password),
            with_reason=True,
            parent=self.view,
        )

    def unlock(self, reason: str, password: str) -> None:
        self._command(commands.unlock, reason, password)

    def ask_export_notice(self) -> None:
        if self.review is None:
            return
        path = ask_save_path(
            self.view,
            NOTICE_KIND,
            self.tr("Save rework notice"),
            f"整改通知-{self.review.name}-{self.review.year}.pdf",
            "PDF (*.pdf)",
        )
        if path is not None:
            self.export_notice(path)

    def export_notice(self, path: Path) -> None:
        # Imported on first use: the PDF writer (reportlab) would slow down opening the screen.
        from greendesk.core.reports.rework_notice import build_rework_notice

        if self._run(build_rework_notice, self.context.workspace, self.code, path):
            self.context.status_message.emit(self.tr("Rework notice saved: {file}").format(file=str(path)))

    def show_history(self) -> None:
        entries = history_text.lines(self.context.workspace, self.code, self.year)
        HistoryDialog(entries, self.view).open()

    def _attach(self, number: int, source: Path | bytes, name: str) -> bool:
        return self._run(
            commands.attach_photo, self.context.workspace, self.code, number, source, name, "", self.year
        )

    def attach_files(self, paths: list[Path]) -> None:
        number = self.current_item()
        if number is None:
            return
        attached = sum(1 for path in paths if path.is_file() and self._attach(number, path, path.name))
        if attached:
            self._changed()
            self._show_current()

    def attach_pasted(self, data: bytes) -> None:
        number = self.current_item()
        if number is not None and self._attach(number, data, "clipboard.png"):
            self._changed()
            self._show_current()

    def open_viewer(self, index: int) -> None:
        """The full viewer, not modal (deciding goes on in this window); one viewer, reused."""
        evidence = self.view.photo_grid.photos()
        if not evidence:
            return
        if self.viewer is None:
            workspace = self.context.workspace
            self.viewer = PhotoViewerDialog(
                workspace.photos_dir,
                evidence,
                index,
                self.view,
                rotate=lambda sha256, degrees: commands.rotate_display(workspace, sha256, degrees),
                images=self.view.evidence_pane.images,
            )
            self.viewer.rotated.connect(lambda _sha, _rotation: self._changed())
            self.viewer.rotated.connect(lambda _sha, _rotation: self._show_current())  # thumbnails follow
            self.view.photo_grid.photos_changed.connect(self._viewer_follows)
        else:
            self.viewer.set_evidence(evidence, index)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()

    def _viewer_follows(self) -> None:
        """An open viewer shows the new current item's files (deciding there moves on to the next item)."""
        evidence = self.view.photo_grid.photos()
        if self.viewer is None or not self.viewer.isVisible() or not evidence:
            return
        shown = self.viewer.current().sha256 if self.viewer.evidence else ""
        same = [index for index, photo in enumerate(evidence) if photo.sha256 == shown]
        self.viewer.set_evidence(evidence, same[0] if same else 0)  # a turned photo stays in view

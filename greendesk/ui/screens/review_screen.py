"""The review screen: item list on the left, the item and the decision in the centre, photos on the right.

Built for the keyboard: in the item list 1/2/3 decide (符合/不符合/需补充材料) and move on, Enter or the
arrows go to the next item, Ctrl+F finds an item; Alt+1/2/3 decide from anywhere (also while typing a
comment). Every decision goes straight to the core (one committed transaction), so nothing waits for
a save button. Errors show inline, never in a blocking dialog.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review import commands, history, views, workflow
from greendesk.core.review.views import ItemState, ReviewView
from greendesk.core.review.vocabulary import (
    FAIL,
    MORE,
    PASS,
    RETURNED,
    outcome_label,
    status_label,
)
from greendesk.core.workspace import Preferences
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, TOPIC_REVIEW, UiContext
from greendesk.ui.widgets.photo_viewer import PhotoGrid, PhotoViewerDialog

ITEM_ROLE = Qt.UserRole + 1
OUTCOME_STYLE = {  # (symbol, colour)
    PASS: ("✔", "#1e8a3c"),
    FAIL: ("✘", "#c62828"),
    MORE: ("？", "#d9822b"),
    None: ("○", "#8a948e"),
}
KEY_OUTCOMES = {Qt.Key_1: PASS, Qt.Key_2: FAIL, Qt.Key_3: MORE}


class _AccountDialog(QDialog):
    """Asks for an approver account, its password and (for unlocking) a reason."""

    def __init__(self, title: str, with_reason: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.account = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.reason = QLineEdit(self) if with_reason else None
        form = QFormLayout(self)
        form.addRow(self.tr("Approver account"), self.account)
        form.addRow(self.tr("Password"), self.password)
        if self.reason is not None:
            form.addRow(self.tr("Reason"), self.reason)
        form.addRow(dialog_buttons(self))


class _ItemListKeys(QObject):
    """1/2/3 decide and Enter moves on while the item list has the focus."""

    def __init__(self, screen: ReviewScreen) -> None:
        super().__init__(screen)
        self.screen = screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            if event.key() in KEY_OUTCOMES:
                self.screen.decide_current(KEY_OUTCOMES[event.key()])
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.screen.next_item()
                return True
        return False


class ReviewScreen(QWidget):
    """Review one community's recommendation item by item (call :meth:`load`)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ReviewView | None = None
        self.code = ""
        self.year: int | None = None
        self.viewer: PhotoViewerDialog | None = None

        # left: find box and the item list grouped by category
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find item (Ctrl+F)…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self._apply_find)
        self.find_box.returnPressed.connect(self._jump_to_first_match)
        self.items_list = QListWidget(self)
        self.items_list.setWordWrap(True)
        self.items_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.items_list.installEventFilter(_ItemListKeys(self))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.find_box)
        left_layout.addWidget(self.items_list, 1)

        # centre: header, item, evidence hints, self-assessment, coverage, earlier rounds, decision
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.lock_banner = QLabel(self)
        self.lock_banner.setStyleSheet("background:#fff4d6;padding:6px;border-radius:4px;")
        self.lock_banner.setWordWrap(True)
        self.item_title = QLabel(self)
        title_font = QFont(self.item_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.item_title.setFont(title_font)
        self.item_text = QLabel(self)
        self.item_text.setWordWrap(True)
        text_font = QFont(self.item_text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.15)
        self.item_text.setFont(text_font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.RichText)
        self.coverage = QLabel(self)
        self.coverage.setWordWrap(True)
        self.coverage.setStyleSheet("background:#eef6f0;padding:6px;border-radius:4px;")
        self.earlier = QLabel(self)
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color:#555;background:#f3f3f3;padding:6px;border-radius:4px;")
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color:#8a4b00;background:#fff1e0;padding:6px;border-radius:4px;")

        self.pass_button = QPushButton(self.tr("Meets (1)"), self)
        self.fail_button = QPushButton(self.tr("Does not meet (2)"), self)
        self.more_button = QPushButton(self.tr("More material needed (3)"), self)
        for button, outcome in ((self.pass_button, PASS), (self.fail_button, FAIL), (self.more_button, MORE)):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.TabFocus)
            button.clicked.connect(lambda _checked=False, o=outcome: self.decide_current(o))
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment for this item (saved with the decision)"))
        self.comment.setMaximumHeight(90)
        self.decided_by = QLabel(self)
        self.decided_by.setStyleSheet("color:#666;")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020;")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)

        self.finish_button = QPushButton(self.tr("Finish round"), self)
        self.return_button = QPushButton(self.tr("Return for rework"), self)
        self.resubmit_button = QPushButton(self.tr("Resubmitted"), self)
        self.signoff_button = QPushButton(self.tr("Sign off…"), self)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.notice_button = QPushButton(self.tr("Rework notice…"), self)
        self.history_button = QPushButton(self.tr("History"), self)
        self.finish_button.clicked.connect(self.finish_round)
        self.return_button.clicked.connect(self.return_for_rework)
        self.resubmit_button.clicked.connect(self.resubmit)
        self.signoff_button.clicked.connect(self.ask_sign_off)
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.notice_button.clicked.connect(self.ask_export_notice)
        self.history_button.clicked.connect(self.show_history)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.addWidget(self.header)
        centre_layout.addWidget(self.lock_banner)
        line = QFrame(self)
        line.setFrameShape(QFrame.HLine)
        centre_layout.addWidget(line)
        centre_layout.addWidget(self.item_title)
        centre_layout.addWidget(self.item_text)
        centre_layout.addWidget(self.details)
        centre_layout.addWidget(self.coverage)
        centre_layout.addWidget(self.earlier)
        centre_layout.addWidget(self.warnings)
        centre_layout.addStretch(1)
        outcome_row = QHBoxLayout()
        for button in (self.pass_button, self.fail_button, self.more_button):
            outcome_row.addWidget(button)
        centre_layout.addLayout(outcome_row)
        centre_layout.addWidget(self.comment)
        centre_layout.addWidget(self.decided_by)
        centre_layout.addWidget(self.error_label)
        centre_layout.addWidget(self.result_label)
        actions = QGridLayout()
        for index, button in enumerate(
            (
                self.finish_button,
                self.return_button,
                self.resubmit_button,
                self.notice_button,
                self.signoff_button,
                self.unlock_button,
                self.history_button,
            )
        ):
            actions.addWidget(button, index // 4, index % 4)
        centre_layout.addLayout(actions)
        scroll = QScrollArea(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(centre)

        # right: the item's photos
        self.photo_grid = PhotoGrid(context.workspace.photos_dir, self)
        self.photo_grid.photo_activated.connect(self.open_viewer)
        self.photo_grid.files_dropped.connect(self.attach_files)
        self.photo_grid.image_pasted.connect(self.attach_pasted)
        self.photo_caption = QLabel(self)
        self.photo_caption.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.photo_caption)
        right_layout.addWidget(self.photo_grid, 1)

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([300, 560, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        QShortcut(QKeySequence.Find, self, activated=self.focus_find, context=Qt.WidgetWithChildrenShortcut)
        for key, outcome in KEY_OUTCOMES.items():
            QShortcut(
                QKeySequence(Qt.AltModifier | key),
                self,
                activated=lambda o=outcome: self.decide_current(o),
                context=Qt.WidgetWithChildrenShortcut,
            )
        QShortcut(
            QKeySequence(Qt.Key_Escape), self.find_box, activated=self._leave_find, context=Qt.WidgetShortcut
        )
        self._set_enabled(False)
        self.header.setText(
            self.tr("Open a community from the review queue (double-click or Enter) to review it here.")
        )
        context.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, topic: str) -> None:
        """Another screen changed recommendations (e.g. an import added photos): show the new state."""
        if topic == TOPIC_RECOMMENDATIONS and self.view is not None:
            self.reload()
            self._show_current()

    # -- loading -------------------------------------------------------------------------
    def load(self, code: str, year: int | None = None) -> None:
        """Open a community's review at its first undecided item."""
        self.code, self.year = code, year
        self.view = views.show(self.context.workspace, code, year)
        self.year = self.view.year
        self._fill_items()
        first_open = next((state.number for state in self.view.items if state.outcome is None), None)
        self.select_item(first_open or self.view.items[0].number)
        self._set_enabled(True)
        self.items_list.setFocus()

    def reload(self) -> None:
        current = self.current_item()
        self.view = views.show(self.context.workspace, self.code, self.year)
        self._update_item_rows()
        self._show_header()
        if current is not None:
            self._show_current(reload_photos=False)

    def _fill_items(self) -> None:
        assert self.view is not None
        self.items_list.blockSignals(True)
        self.items_list.clear()
        category = None
        for state in self.view.items:
            if state.category != category:
                category = state.category
                header = QListWidgetItem(state.category_title)
                header.setFlags(Qt.NoItemFlags)
                font = QFont(self.items_list.font())
                font.setBold(True)
                header.setFont(font)
                header.setForeground(QBrush(QColor("#2f5d3a")))
                header.setBackground(QBrush(QColor("#e6f2ea")))
                self.items_list.addItem(header)
            row = QListWidgetItem()
            row.setData(ITEM_ROLE, state.number)
            self.items_list.addItem(row)
        self.items_list.blockSignals(False)
        self._update_item_rows()
        self._show_header()

    def _update_item_rows(self) -> None:
        assert self.view is not None
        states = {state.number: state for state in self.view.items}
        for index in range(self.items_list.count()):
            row = self.items_list.item(index)
            number = row.data(ITEM_ROLE)
            if number is None:
                continue
            state = states[number]
            symbol, colour = OUTCOME_STYLE[state.outcome]
            flags = " ⚠" if state.warnings else ""
            gating = " ★" if state.gating else ""
            short = state.text if len(state.text) <= 26 else state.text[:25] + "…"
            row.setText(
                self.tr("{symbol} Item {number}{gating}: {text}{flags}").format(
                    symbol=symbol, number=number, gating=gating, text=short, flags=flags
                )
            )
            row.setForeground(QBrush(QColor(colour)))
            row.setToolTip(outcome_label(state.outcome) or self.tr("Not decided"))

    def _show_header(self) -> None:
        view = self.view
        assert view is not None
        self.header.setText(
            self.tr(
                "<b>{name}</b> ({code}) · {street} · {year} · round {round} · <b>{status}</b> · "
                "{decided}/{total} decided"
            ).format(
                name=view.name,
                code=view.code,
                street=view.street_name,
                year=view.year,
                round=view.round,
                status=status_label(view.status),
                decided=view.decided,
                total=view.total,
            )
        )
        if view.locked:
            self.lock_banner.setText(
                self.tr(
                    "Signed off by {user} on {date}: locked. An approver must unlock it to change it."
                ).format(user=view.signed_off_by, date=f"{view.signed_off_at:%Y-%m-%d %H:%M}")
            )
            self.lock_banner.show()
        elif view.status == RETURNED:
            self.lock_banner.setText(
                self.tr("Returned for rework: waiting for the street to resubmit the material.")
            )
            self.lock_banner.show()
        else:
            self.lock_banner.hide()
        result = view.result
        if result.passed is None:
            text = self.tr("Result: not complete yet")
        elif result.passed:
            text = self.tr("Result: meets the standard")
        else:
            text = self.tr("Result: does not meet the standard")
        if result.failed_gating:
            text += " · " + self.tr("failed gating items: {items}").format(
                items=", ".join(map(str, result.failed_gating))
            )
        if result.score is not None:
            text += " · " + self.tr("score {score} of {max} (pass mark {mark})").format(
                score=f"{result.score:g}",
                max=f"{result.max_points or 0:g}",
                mark=f"{result.pass_mark or 0:g}",
            )
        self.result_label.setText(text)
        has_rework = bool(views.rework_items(view))
        actions = workflow.available(
            view.status, view.locked, result_known=result.passed is not None, has_rework_items=has_rework
        )
        editable = workflow.DECIDE in actions
        for button in (self.pass_button, self.fail_button, self.more_button):
            button.setEnabled(editable)
        self.comment.setReadOnly(not editable)
        self.finish_button.setEnabled(workflow.FINISH in actions)
        self.return_button.setEnabled(workflow.RETURN in actions)
        self.resubmit_button.setEnabled(workflow.RESUBMIT in actions)
        self.signoff_button.setEnabled(workflow.SIGN_OFF in actions)
        self.unlock_button.setEnabled(workflow.UNLOCK in actions)
        self.notice_button.setEnabled(has_rework)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.items_list, self.find_box, self.comment, self.photo_grid):
            widget.setEnabled(enabled)

    # -- navigation ----------------------------------------------------------------------
    def current_item(self) -> int | None:
        row = self.items_list.currentItem()
        return None if row is None else row.data(ITEM_ROLE)

    def current_state(self) -> ItemState | None:
        number = self.current_item()
        return None if number is None or self.view is None else self.view.item(number)

    def select_item(self, number: int) -> None:
        for index in range(self.items_list.count()):
            if self.items_list.item(index).data(ITEM_ROLE) == number:
                self.items_list.setCurrentRow(index)
                return

    def next_item(self) -> None:
        self._step(+1)

    def previous_item(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        index = self.items_list.currentRow() + direction
        while 0 <= index < self.items_list.count():
            row = self.items_list.item(index)
            if row.data(ITEM_ROLE) is not None and not row.isHidden():
                self.items_list.setCurrentRow(index)
                return
            index += direction

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _apply_find(self, text: str) -> None:
        needle = text.strip()
        for index in range(self.items_list.count()):
            row = self.items_list.item(index)
            number = row.data(ITEM_ROLE)
            if number is None or self.view is None:
                row.setHidden(bool(needle))
                continue
            state = self.view.item(number)
            haystack = f"{number} {state.text} {state.verification} {state.evidence_hint}"
            row.setHidden(bool(needle) and needle not in haystack)

    def _jump_to_first_match(self) -> None:
        for index in range(self.items_list.count()):
            row = self.items_list.item(index)
            if row.data(ITEM_ROLE) is not None and not row.isHidden():
                self.items_list.setCurrentRow(index)
                self.items_list.setFocus()
                return

    def _leave_find(self) -> None:
        self.find_box.clear()
        self.items_list.setFocus()

    # -- the current item ----------------------------------------------------------------
    def _remember_position(self, number: int) -> None:
        """Where the reviewer is, so a restart (even after a crash) reopens right here."""
        data_dir = self.context.workspace.data_dir
        preferences = Preferences.load(data_dir)
        position = {"code": self.code, "year": self.year, "item": number}
        if preferences.last_review != position:
            preferences.last_review = position
            with contextlib.suppress(OSError):  # a read-only folder must not block reviewing
                preferences.save(data_dir)

    def _show_current(self, reload_photos: bool = True) -> None:
        state = self.current_state()
        if state is None or self.view is None:
            return
        self._remember_position(state.number)
        self.error_label.clear()
        self.item_title.setText(
            self.tr("Item {number} · {category}").format(number=state.number, category=state.category_title)
            + ("  ★ " + self.tr("gating item") if state.gating else "")
        )
        self.item_text.setText(state.text)
        parts = []
        if state.verification:
            parts.append(self.tr("<b>How to verify:</b> {text}").format(text=state.verification))
        if state.evidence_hint:
            parts.append(self.tr("<b>Evidence expected:</b> {text}").format(text=state.evidence_hint))
        claim = state.self_claim or self.tr("not stated")
        self_text = self.tr("<b>Street's self-assessment:</b> {claim}").format(claim=claim)
        if state.self_note:
            self_text += f" — {state.self_note}"
        parts.append(self_text)
        self.details.setText("<br/>".join(parts))
        self._show_coverage(state)
        if state.earlier:
            lines = [
                self.tr("Round {round}: {outcome} — {comment}").format(
                    round=d.round, outcome=outcome_label(d.outcome), comment=d.comment or "—"
                )
                for d in state.earlier
            ]
            self.earlier.setText(self.tr("Earlier rounds (read-only):") + "\n" + "\n".join(lines))
            self.earlier.show()
        else:
            self.earlier.hide()
        if state.warnings:
            self.warnings.setText("⚠ " + "\n⚠ ".join(str(w.message()) for w in state.warnings))
            self.warnings.show()
        else:
            self.warnings.hide()
        for button, outcome in ((self.pass_button, PASS), (self.fail_button, FAIL), (self.more_button, MORE)):
            button.setChecked(state.outcome == outcome)
        self.comment.setPlainText(state.comment)
        if state.outcome is None:
            self.decided_by.setText(self.tr("Not decided"))
        elif state.carried:
            self.decided_by.setText(self.tr("Met in an earlier round (carried over)"))
        else:
            self.decided_by.setText(
                self.tr("{outcome} · {user} · {time}").format(
                    outcome=outcome_label(state.outcome),
                    user=state.decided_by,
                    time=f"{state.decided_at:%Y-%m-%d %H:%M}",
                )
            )
        if reload_photos:
            self.photo_grid.set_photos(state.photos)
        self.photo_caption.setText(
            self.tr("{count} photos for item {number} — drop or paste photos here to attach").format(
                count=len(state.photos), number=state.number
            )
        )

    def _show_coverage(self, state: ItemState) -> None:
        view = self.view
        if not state.rule or view is None:
            self.coverage.hide()
            return
        if state.measured_value is None:
            text = self.tr("Coverage cannot be computed: households or managed households are missing.")
        else:
            verdict = self.tr("meets the rule") if state.rule_ok else self.tr("below the rule")
            if view.households and view.households_managed is not None:
                text = self.tr(
                    "Property management: {managed} of {households} households = {value}% (rule: {rule}) — {verdict}"
                ).format(
                    managed=view.households_managed,
                    households=view.households,
                    value=f"{state.measured_value:g}",
                    rule=state.rule_limit,
                    verdict=verdict,
                )
            else:
                text = self.tr("Registry coverage {value}% (rule: {rule}) — {verdict}").format(
                    value=f"{state.measured_value:g}", rule=state.rule_limit, verdict=verdict
                )
        self.coverage.setText(text)
        self.coverage.show()

    # -- actions -------------------------------------------------------------------------
    def _run(self, action, *args) -> bool:
        """Call a core action; show its error inline. Returns True on success."""
        try:
            action(*args)
        except GreenDeskError as error:
            self.error_label.setText(error.render())
            return False
        self.error_label.clear()
        return True

    def _changed(self) -> None:
        self.reload()
        self.context.notify(TOPIC_REVIEW)

    def decide_current(self, outcome: str) -> None:
        number = self.current_item()
        if number is None or self.view is None:
            return
        comment = self.comment.toPlainText()
        if self._run(commands.decide, self.context.workspace, self.code, number, outcome, comment, self.year):
            self._changed()
            self.next_item()
            self.items_list.setFocus()

    def finish_round(self) -> None:
        if self._run(commands.finish_round, self.context.workspace, self.code, self.year):
            self._changed()

    def return_for_rework(self) -> None:
        if self._run(commands.return_for_rework, self.context.workspace, self.code, self.year):
            self._changed()

    def resubmit(self) -> None:
        if self._run(commands.resubmit, self.context.workspace, self.code, self.year):
            self._changed()

    def _password_for(self, account: str, typed: str) -> str | None:
        try:
            return typed if accounts.get_user(self.context.workspace, account).has_password else None
        except GreenDeskError:
            return typed

    def ask_sign_off(self) -> None:
        dialog = _AccountDialog(self.tr("Sign off"), with_reason=False, parent=self)
        if dialog.exec() == QDialog.Accepted:
            self.sign_off(dialog.account.text().strip(), dialog.password.text())

    def sign_off(self, account: str, password: str = "") -> None:
        if self._run(
            commands.sign_off,
            self.context.workspace,
            self.code,
            account,
            self._password_for(account, password),
            self.year,
        ):
            self._changed()

    def ask_unlock(self) -> None:
        dialog = _AccountDialog(self.tr("Unlock"), with_reason=True, parent=self)
        if dialog.exec() == QDialog.Accepted and dialog.reason is not None:
            self.unlock(dialog.account.text().strip(), dialog.reason.text(), dialog.password.text())

    def unlock(self, account: str, reason: str, password: str = "") -> None:
        if self._run(
            commands.unlock,
            self.context.workspace,
            self.code,
            account,
            reason,
            self._password_for(account, password),
            self.year,
        ):
            self._changed()

    def ask_export_notice(self) -> None:
        if self.view is None:
            return
        suggested = str(Path.home() / f"整改通知-{self.view.name}-{self.view.year}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rework notice"), suggested, "PDF (*.pdf)")
        if path:
            self.export_notice(Path(path))

    def export_notice(self, path: Path) -> None:
        from greendesk.core.reports.rework_notice import build_rework_notice

        if self._run(build_rework_notice, self.context.workspace, self.code, path):
            self.context.status_message.emit(self.tr("Rework notice saved: {file}").format(file=str(path)))

    def show_history(self) -> None:
        entries = history.history(self.context.workspace, self.code)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Review history"))
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setPlainText(
            "\n".join(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.user}  {e.action}  {e.old} → {e.new}" for e in entries)
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        dialog.resize(900, 500)
        dialog.open()

    def attach_files(self, paths: list[Path]) -> None:
        number = self.current_item()
        if number is None:
            return
        attached = 0
        for path in paths:
            if path.is_file() and self._run(
                commands.attach_photo,
                self.context.workspace,
                self.code,
                number,
                path,
                path.name,
                "",
                self.year,
            ):
                attached += 1
        if attached:
            self._changed()
            self._show_current()

    def attach_pasted(self, data: bytes) -> None:
        number = self.current_item()
        if number is not None and self._run(
            commands.attach_photo,
            self.context.workspace,
            self.code,
            number,
            data,
            "clipboard.png",
            "",
            self.year,
        ):
            self._changed()
            self._show_current()

    def open_viewer(self, index: int) -> None:
        evidence = self.photo_grid.photos()
        if not evidence:
            return
        self.viewer = PhotoViewerDialog(self.context.workspace.photos_dir, evidence, index, self)
        self.viewer.open()

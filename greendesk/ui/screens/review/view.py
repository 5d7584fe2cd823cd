"""The review screen's layout: the widgets and where they sit, nothing that decides anything.

Left: the find box and the item list; centre: the community header, the current item, its evidence
hints, coverage, earlier rounds and photo warnings (this part scrolls), then the decision buttons,
the comment and the round's actions, always in view; right: the evidence pane (the selected file large, the item's thumbnails below). The
splitters' sizes are remembered (ui/common/layout_memory). ``ReviewController`` fills and drives these widgets.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from greendesk.ui import shortcuts
from greendesk.ui.common import layout_memory
from greendesk.ui.screens.review.rule_scores import RuleScoresBox
from greendesk.ui.widgets.evidence_pane import EvidencePane

NOTE_STYLE = "padding:6px;border-radius:4px;"
LOCK_STYLE = "background:#fff4d6;" + NOTE_STYLE
# The coverage note's colour follows the core's verdict on the rule (ItemState.rule_ok), never a threshold here.
COVERAGE_STYLES = {
    True: "color:#1b5e20;background:#e3f2e6;" + NOTE_STYLE,  # meets the rule
    False: "color:#8e1b10;background:#fde4e1;font-weight:bold;" + NOTE_STYLE,  # below the rule
    None: "color:#7a4a00;background:#fff1d6;" + NOTE_STYLE,  # cannot be computed
}
EARLIER_STYLE = "color:#555;background:#f3f3f3;" + NOTE_STYLE
WARNING_STYLE = "color:#8a4b00;background:#fff1e0;" + NOTE_STYLE
ACTION_COLUMNS = 4
COLUMNS_KEY = "review/columns"  # QSettings names of the remembered splitter sizes
EVIDENCE_KEY = "review/evidence"


def _label(parent: QWidget, style: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


def _scaled_font(label: QLabel, factor: float, bold: bool = False) -> QFont:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _pane(parent: QWidget, top: QWidget, main: QWidget) -> QWidget:
    """A side pane: a line on top, the main widget taking the rest of the height."""
    pane = QWidget(parent)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top)
    layout.addWidget(main, 1)
    return pane


class ReviewScreenView(QWidget):
    """Every widget of the review screen, laid out in three panes."""

    def __init__(self, photos_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_items())
        splitter.addWidget(self._build_centre())
        splitter.addWidget(self._build_photos(photos_dir))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([260, 520, 560])
        layout_memory.keep(splitter, COLUMNS_KEY)
        layout_memory.keep(self.evidence_pane.splitter, EVIDENCE_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the screen around the view keeps the usual margins
        layout.addWidget(splitter)
        self.header.setText(
            self.tr("Open a community from the review queue (double-click or Enter) to review it here.")
        )
        self.set_tab_order()

    def _build_items(self) -> QWidget:
        """Left pane: find box and the item list grouped by category."""
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find item (Ctrl+F)…"))
        self.find_box.setClearButtonEnabled(True)
        self.items_list = QListView(self)
        self.items_list.setWordWrap(True)
        return _pane(self, self.find_box, self.items_list)

    def _build_centre(self) -> QWidget:
        """Centre pane: the community, the current item (scrollable) and the decision and actions below it.

        Only the item's text scrolls, so the decision buttons and the comment box stay in view at
        1366 × 768 however long the item's warnings are.
        """
        self.header = _label(self)
        self.lock_banner = _label(self, LOCK_STYLE)
        self.item_title = _label(self, wrap=False)
        self.item_title.setFont(_scaled_font(self.item_title, 1.25, bold=True))
        self.item_text = _label(self)
        self.item_text.setFont(_scaled_font(self.item_text, 1.15))
        self.details = _label(self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.coverage = _label(self, COVERAGE_STYLES[None])
        self.earlier = _label(self, EARLIER_STYLE)
        self.warnings = _label(self, WARNING_STYLE)
        self.rule_scores = RuleScoresBox(self)  # beside the evidence, for a standard that scores by rules
        about = QWidget(self)
        about_layout = QVBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.item_title,
            self.item_text,
            self.details,
            self.coverage,
            self.earlier,
            self.warnings,
        ):
            about_layout.addWidget(widget)
        about_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(about)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.addWidget(self.header)
        layout.addWidget(self.lock_banner)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(scroll, 1)  # only the item's text scrolls: the decision always stays in view
        self._build_decision(layout)
        layout.addLayout(self._build_actions())
        return centre

    def _build_decision(self, layout: QVBoxLayout) -> None:
        """The three outcome buttons, the comment and who decided."""
        self.pass_button = QPushButton(self.tr("Meets (1)"), self)
        self.fail_button = QPushButton(self.tr("Does not meet (2)"), self)
        self.more_button = QPushButton(self.tr("More material needed (3)"), self)
        row = QHBoxLayout()
        for button in self.outcome_buttons():
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(button)
        layout.addLayout(row)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment for this item (saved with the decision)"))
        self.comment.setMaximumHeight(90)
        self.comment.setTabChangesFocus(True)  # Tab leaves the comment for the next control
        layout.addWidget(self.comment)
        edits = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.undo_button.setToolTip(self.tr("Undo the last decision of this round (recorded)"))
        self.clear_button = QPushButton(self.tr("Clear decision"), self)
        self.clear_button.setToolTip(self.tr("Make this item undecided again (recorded)"))
        self.next_open_button = QPushButton(self.tr("Next undecided (N)"), self)
        for button in (self.undo_button, self.clear_button, self.next_open_button):
            edits.addWidget(button)
        edits.addStretch(1)
        layout.addLayout(edits)
        self.decided_by = _label(self, "color:#666;", wrap=False)
        self.error_label = _label(self, "color:#b00020;")
        self.result_label = _label(self)
        for widget in (self.decided_by, self.error_label, self.result_label):
            layout.addWidget(widget)
        self.rule_scores.use_total_label(self.result_label)

    def _build_actions(self) -> QGridLayout:
        """The round's actions, four to a row."""
        self.finish_button = QPushButton(self.tr("Finish round"), self)
        self.return_button = QPushButton(self.tr("Return for rework"), self)
        self.resubmit_button = QPushButton(self.tr("Resubmitted"), self)
        self.signoff_button = QPushButton(self.tr("Sign off…"), self)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.notice_button = QPushButton(self.tr("Rework notice…"), self)
        self.history_button = QPushButton(self.tr("History"), self)
        actions = QGridLayout()
        buttons = (
            self.finish_button,
            self.return_button,
            self.resubmit_button,
            self.notice_button,
            self.signoff_button,
            self.unlock_button,
            self.history_button,
        )
        for index, button in enumerate(buttons):
            actions.addWidget(button, index // ACTION_COLUMNS, index % ACTION_COLUMNS)
        self.previous_community_button = QPushButton(self.tr("◀ Previous community (Ctrl+PgUp)"), self)
        self.next_community_button = QPushButton(self.tr("Next community ▶ (Ctrl+PgDown)"), self)
        row = len(buttons) // ACTION_COLUMNS + 1
        actions.addWidget(self.previous_community_button, row, 0, 1, 2)
        actions.addWidget(self.next_community_button, row, 2, 1, 2)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes on this community (kept with the recommendation)"))
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.save_notes_button = QPushButton(self.tr("Save note"), self)
        actions.addWidget(QLabel(self.tr("Notes"), self), row + 1, 0)
        actions.addWidget(self.notes, row + 2, 0, 1, ACTION_COLUMNS - 1)
        actions.addWidget(self.save_notes_button, row + 2, ACTION_COLUMNS - 1)
        return actions

    def _build_photos(self, photos_dir: Path) -> QWidget:
        """Right pane: the selected file large, the item's thumbnails below (drop or paste to attach), and
        the findings by rule under them for a standard that scores by rules."""
        self.evidence_pane = EvidencePane(photos_dir, self)
        self.photo_grid = self.evidence_pane.grid
        self.photo_caption = self.evidence_pane.caption
        self.rule_scroll = QScrollArea(self)  # the findings under the evidence, only when scoring by rules
        self.rule_scroll.setWidgetResizable(True)
        self.rule_scroll.setWidget(self.rule_scores)
        self.rule_scroll.hide()
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.evidence_pane)
        right.addWidget(self.rule_scroll)
        right.setSizes([360, 360])
        right.setChildrenCollapsible(False)
        return right

    def outcome_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """符合 / 不符合 / 需补充材料, in the order of the keys 1/2/3."""
        return self.pass_button, self.fail_button, self.more_button

    def focus_chain(self) -> list[QWidget]:
        """The order Tab visits: find, items, decision, comment, edits, round actions, notes, evidence."""
        return [
            self.find_box,
            self.items_list,
            *self.outcome_buttons(),
            self.comment,
            self.undo_button,
            self.clear_button,
            self.next_open_button,
            self.finish_button,
            self.return_button,
            self.resubmit_button,
            self.notice_button,
            self.signoff_button,
            self.unlock_button,
            self.history_button,
            self.previous_community_button,
            self.next_community_button,
            self.notes,
            self.save_notes_button,
            self.photo_grid,
        ]

    def set_tab_order(self) -> None:
        """One place for the Tab order (the panes are built apart, so Qt's own order follows creation)."""
        chain = self.focus_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_keys(self) -> None:
        """Buttons with a key name it in their tooltip, from the one table in ``ui.shortcuts``."""
        for button, action in zip(
            self.outcome_buttons(), ("review.pass", "review.fail", "review.more"), strict=True
        ):
            button.setToolTip(shortcuts.with_keys(shortcuts.shortcut(action).text(), action))
        self.undo_button.setToolTip(shortcuts.with_keys(self.undo_button.toolTip(), "review.undo"))
        for button, action in (
            (self.next_open_button, "items.next_undecided"),
            (self.previous_community_button, "review.previous_community"),
            (self.next_community_button, "review.next_community"),
        ):
            button.setToolTip(shortcuts.with_keys(shortcuts.shortcut(action).text(), action))
        self.photo_grid.setToolTip(
            shortcuts.with_keys(shortcuts.shortcut("photos.open").text(), "photos.open")
        )

    def show_coverage(self, text: str, rule_ok: bool | None) -> None:
        """The coverage note coloured by the core's verdict (green met, red below, amber unknown)."""
        self.coverage.setText(text)
        self.coverage.setStyleSheet(COVERAGE_STYLES[rule_ok])
        self.coverage.setVisible(bool(text))

    def set_active(self, active: bool) -> None:
        """Inputs are usable only while a community is open."""
        for widget in (self.items_list, self.find_box, self.comment, self.photo_grid, self.notes):
            widget.setEnabled(active)

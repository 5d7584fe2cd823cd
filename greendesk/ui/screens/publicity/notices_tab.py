"""公示: the notices, and for the chosen one its objections register (异议登记) and its communities.

Every action is a core function the CLI runs too: ``notices.create_notice`` / ``close_notice``,
``notice_files.write_notice_files`` (whatever formats it writes), ``objections.add_objection`` /
``decide_objection``, ``naming.name_communities``. The tab only shows their results and errors.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError, NotFoundError
from greendesk.core.publicity import naming, notice_files, notices, objections
from greendesk.core.publicity import vocabulary as publicity_vocabulary
from greendesk.core.publicity.period import WORKING_DAYS
from greendesk.ui.common import save_paths
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, TOPIC_REVIEW, UiContext
from greendesk.ui.screens.publicity.notice_dialogs import NamingDialog, NewNoticeDialog
from greendesk.ui.screens.publicity.objection_dialogs import DecideDialog, ObjectionDialog

SAVE_KIND = "public-notice"
SUMMARY_LENGTH = 40


def table(headers: list[str], *stretch: int) -> QTableWidget:
    """A read-only, whole-row-selecting table whose ``stretch`` columns share the spare width."""
    view = QTableWidget(0, len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def fill(view: QTableWidget, rows: list[list[str]]) -> None:
    view.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            view.setItem(row, column, QTableWidgetItem(value))


class NoticesTab(QWidget):
    changed = Signal()  # something was written: the re-check tab may have new named communities

    def __init__(self, context: UiContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.default_year = year
        self.notices: list[notices.Notice] = []
        self.named: dict[int, naming.NamingRecord] = {}
        self.objection_rows: list[objections.ObjectionState] = []
        self.notice_table = table(
            [
                self.tr("Year"),
                self.tr("Batch"),
                self.tr("Title"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("Communities"),
            ],
            2,
        )
        self.new_button = QPushButton(self.tr("&New notice…"))
        self.close_button = QPushButton(self.tr("&Close notice"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.name_button = QPushButton(self.tr("N&ame…"))
        self.objection_table = table(
            [
                self.tr("Received"),
                self.tr("Objector"),
                self.tr("Name"),
                self.tr("Concerns"),
                self.tr("Content"),
                self.tr("Status"),
                self.tr("Outcome"),
            ],
            4,
            6,
        )
        self.add_objection_button = QPushButton(self.tr("&Register objection…"))
        self.decide_button = QPushButton(self.tr("&Decide…"))
        self.community_table = table(
            [self.tr("Street"), self.tr("Community"), self.tr("Code"), self.tr("Tier"), self.tr("Plaque")], 1
        )
        self.naming_label = QLabel()
        self.register_label = QLabel()
        self.naming_label.setWordWrap(True)
        self._build_layout()
        self.notice_table.itemSelectionChanged.connect(self.show_current)
        self.objection_table.itemSelectionChanged.connect(self._enable)
        self.objection_table.doubleClicked.connect(lambda _index: self.decide())
        self.new_button.clicked.connect(self.new_notice)
        self.close_button.clicked.connect(self.close_notice)
        self.export_button.clicked.connect(self.export)
        self.name_button.clicked.connect(self.name_communities)
        self.add_objection_button.clicked.connect(self.add_objection)
        self.decide_button.clicked.connect(self.decide)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.new_button, self.close_button, self.export_button, self.name_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.notice_table, 1)
        register = QGroupBox(self.tr("Objections register (异议登记)"))
        register_layout = QVBoxLayout(register)
        register_layout.addWidget(self.objection_table, 1)
        register_buttons = QHBoxLayout()
        register_buttons.addWidget(self.add_objection_button)
        register_buttons.addWidget(self.decide_button)
        register_buttons.addStretch(1)
        register_buttons.addWidget(self.register_label)
        register_layout.addLayout(register_buttons)
        listed = QGroupBox(self.tr("Communities on the notice"))
        listed_layout = QVBoxLayout(listed)
        listed_layout.addWidget(self.community_table, 1)
        listed_layout.addWidget(self.naming_label)
        bottom = QSplitter()
        bottom.addWidget(register)
        bottom.addWidget(listed)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    def _warn(self, error: GreenDeskError) -> None:
        QMessageBox.warning(self, self.tr("Publicity & naming"), error.render())

    def _period_text(self, notice: notices.Notice) -> str:
        period = notice.period
        unit = (
            self.tr("%n working days", "", period.days)
            if period.kind == WORKING_DAYS
            else self.tr("%n calendar days", "", period.days)
        )
        return f"{period.start.isoformat()} – {period.end.isoformat()} ({unit})"

    def _status_text(self, notice: notices.Notice) -> str:
        if notice.id in self.named:
            return self.tr("named ({number})").format(number=self.named[notice.id].document_number)
        return self.tr("closed") if notice.closed else self.tr("open for objections")

    def reload(self, select: int | None = None) -> None:
        chosen = select if select is not None else self.current_id()
        workspace = self.context.workspace
        self.notices = notices.list_notices(workspace)
        self.named = {}
        for notice in self.notices:
            if notice.closed:
                with contextlib.suppress(NotFoundError):  # closed, not named yet
                    self.named[notice.id] = naming.load_naming(workspace, notice.id)
        self.notice_table.blockSignals(True)
        fill(
            self.notice_table,
            [
                [
                    str(n.year),
                    str(n.batch),
                    n.title,
                    self._period_text(n),
                    self._status_text(n),
                    str(len(n.entries)),
                ]
                for n in self.notices
            ],
        )
        ids = [notice.id for notice in self.notices]
        row = ids.index(chosen) if chosen in ids else len(ids) - 1
        if row >= 0:
            self.notice_table.selectRow(row)
        self.notice_table.blockSignals(False)
        self.show_current()

    def current_id(self) -> int | None:
        notice = self.current_notice()
        return None if notice is None else notice.id

    def current_notice(self) -> notices.Notice | None:
        rows = self.notice_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.notices):
            return None
        return self.notices[rows[0].row()]

    def current_objection(self) -> objections.ObjectionState | None:
        rows = self.objection_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.objection_rows):
            return None
        return self.objection_rows[rows[0].row()]

    def show_current(self) -> None:
        notice = self.current_notice()
        self.objection_rows = (
            [] if notice is None else objections.list_objections(self.context.workspace, notice.id)
        )
        self._show_objections(notice)
        self._show_communities(notice)
        self._enable()

    def _kind_text(self, kind: str) -> str:
        return self.tr("unit (sealed)") if kind == objections.UNIT else self.tr("named person")

    def _objection_texts(self, state: objections.ObjectionState) -> tuple[str, str]:
        """The status and the outcome columns."""
        if state.outcome == objections.REFUSED:
            return self.tr("not accepted"), state.reason
        if not state.outcome:
            return self.tr("awaiting decision"), ""
        outcome = self.tr("upheld") if state.outcome == objections.UPHELD else self.tr("not upheld")
        return self.tr("decided"), f"{outcome}: {state.reason}"

    def _show_objections(self, notice: notices.Notice | None) -> None:
        names = {entry.code: entry.name for entry in notice.entries} if notice else {}
        rows = []
        for state in self.objection_rows:
            content = " ".join(state.content.split())
            if len(content) > SUMMARY_LENGTH:
                content = content[:SUMMARY_LENGTH] + "…"
            concerns = names.get(state.code, state.code) if state.code else self.tr("the whole list")
            rows.append(
                [
                    state.received_on.isoformat(),
                    self._kind_text(state.objector_kind),
                    state.objector_name,
                    concerns,
                    content,
                    *self._objection_texts(state),
                ]
            )
        fill(self.objection_table, rows)
        pending = sum(1 for state in self.objection_rows if not state.outcome)
        self.register_label.setText(
            self.tr("%n objections, {pending} awaiting a decision", "", len(rows)).format(pending=pending)
            if rows
            else (self.tr("No objection registered.") if notice else "")
        )
        for row, state in enumerate(self.objection_rows):
            self.objection_table.item(row, 4).setToolTip(state.content)
            self.objection_table.item(row, 6).setToolTip(state.reason)

    def _show_communities(self, notice: notices.Notice | None) -> None:
        record = self.named.get(notice.id) if notice else None
        if record is not None:
            fill(
                self.community_table,
                [
                    [c.street, c.name, c.code, publicity_vocabulary.tier(c.tier), c.plaque_number]
                    for c in record.communities
                ],
            )
            self.naming_label.setText(
                self.tr("Named by {number} on {day}: %n communities.", "", len(record.communities)).format(
                    number=record.document_number, day=record.named_on.isoformat()
                )
            )
            return
        fill(
            self.community_table,
            [[e.street, e.name, e.code, "", ""] for e in (notice.entries if notice else ())],
        )
        self.naming_label.setText(
            self.tr("Not named yet.")
            if notice
            else self.tr("No public notice yet: create one with New notice….")
        )

    def _enable(self) -> None:
        notice = self.current_notice()
        selected = notice is not None
        self.close_button.setEnabled(selected and not notice.closed)
        self.export_button.setEnabled(selected)
        self.name_button.setEnabled(selected and notice.closed and notice.id not in self.named)
        self.add_objection_button.setEnabled(selected and not notice.closed)
        objection = self.current_objection()
        self.decide_button.setEnabled(objection is not None and not objection.outcome)

    def _written(self) -> None:
        self.changed.emit()
        self.context.notify(TOPIC_RECOMMENDATIONS)

    def new_notice(self) -> None:
        year = self.current_notice().year if self.current_notice() else self.default_year
        dialog = NewNoticeDialog(self.context.workspace, year, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.reload(select=dialog.created.id)
            self._written()

    def close_notice(self) -> None:
        notice = self.current_notice()
        if notice is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Close notice"),
            self.tr("Close “{title}”? No objection can be registered against it afterwards.").format(
                title=notice.title
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            notices.close_notice(self.context.workspace, notice.id)
        except GreenDeskError as error:
            self._warn(error)
            return
        self.reload(select=notice.id)
        self._written()

    def export(self) -> None:
        notice = self.current_notice()
        if notice is None:
            return
        folder = save_paths.ask_folder(self, SAVE_KIND, self.tr("Folder for the notice's files"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> list[Path]:
        """The notice's files as the core writes them (the formats are the core's choice)."""
        notice = self.current_notice()
        if notice is None:
            return []
        try:
            written = list(notice_files.write_notice_files(self.context.workspace, notice.id, folder))
        except GreenDeskError as error:
            self._warn(error)
            return []
        self.context.status_message.emit(
            self.tr("Wrote {files} to {folder}.").format(
                files=", ".join(path.name for path in written), folder=folder
            )
        )
        return written

    def name_communities(self) -> None:
        notice = self.current_notice()
        if notice is None:
            return
        with self.context.workspace.sessions() as session:
            excluded = objections.upheld_codes(session, notice.id)
        dialog = NamingDialog(self.context.workspace, notice, excluded, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=notice.id)
            self._written()

    def add_objection(self) -> None:
        notice = self.current_notice()
        if notice is None:
            return
        dialog = ObjectionDialog(self.context.workspace, notice, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_current()

    def decide(self) -> None:
        notice, objection = self.current_notice(), self.current_objection()
        if notice is None or objection is None or objection.outcome:
            return
        names = {entry.code: entry.name for entry in notice.entries}
        community = f"{names.get(objection.code, '')} {objection.code}".strip()
        dialog = DecideDialog(self.context.workspace, objection, community, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_current()
            self.context.notify(TOPIC_REVIEW)
            self._written()

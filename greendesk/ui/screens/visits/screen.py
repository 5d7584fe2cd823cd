"""Site visits (现场核验): the plan by day, each day's route in order, and the way to record results.

A thin view over core/panel/visits.py: the days on the left, the chosen day's route on the right
(move up / down, to another day, cancel), communities added by street, the day's forms printed,
and the record dialog (record_dialog.py) for what a visit found.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import campaign
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import visit_form, visits
from greendesk.ui.common import save_paths
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, TOPIC_REVIEW, UiContext
from greendesk.ui.screens.visits.record_dialog import VisitRecordDialog

TOPIC_VISITS = "visits"
SAVE_KIND = "visit-forms"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AddCommunitiesDialog(QDialog):
    """The year's recommended communities by street: tick a street for all of it, or single ones."""

    def __init__(self, candidates: list[visits.Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add communities to the route"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Street / community"), self.tr("Code"), self.tr("Planned for")])
        streets: dict[str, QTreeWidgetItem] = {}
        for candidate in candidates:
            street = streets.get(candidate.street_code)
            if street is None:
                street = QTreeWidgetItem(self.tree, [candidate.street_name, candidate.street_code, ""])
                street.setFlags(
                    street.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable
                )
                street.setCheckState(0, Qt.CheckState.Unchecked)
                streets[candidate.street_code] = street
            planned = candidate.planned_on.isoformat() if candidate.planned_on else ""
            child = QTreeWidgetItem(street, [candidate.name, candidate.code, planned])
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Unchecked)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("A community already planned for another day is moved to this day."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(dialog_buttons(self))
        self.resize(640, 520)

    def chosen(self) -> list[str]:
        """The ticked communities' codes, in street and code order."""
        codes = []
        for index in range(self.tree.topLevelItemCount()):
            street = self.tree.topLevelItem(index)
            for row in range(street.childCount()):
                child = street.child(row)
                if child.checkState(0) == Qt.CheckState.Checked:
                    codes.append(child.text(1))
        return codes


class VisitsScreen(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(campaign.campaign_year(context.workspace))
        self.new_day = QDateEdit(_qdate(clock.today()))
        self.new_day.setCalendarPopup(True)
        self.new_day.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("&Add communities…"))
        self.days = QListWidget()
        self.days.setMaximumWidth(240)
        self.route = QTableWidget(0, 7)
        self.route.setHorizontalHeaderLabels(
            [
                self.tr("Stop"),
                self.tr("Street"),
                self.tr("Community"),
                self.tr("Code"),
                self.tr("Contact"),
                self.tr("Visit code"),
                self.tr("Status"),
            ]
        )
        self.route.verticalHeader().setVisible(False)
        self.route.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.route.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.route.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.route.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.route.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.move_day = QDateEdit(_qdate(clock.today()))
        self.move_day.setCalendarPopup(True)
        self.move_day.setDisplayFormat("yyyy-MM-dd")
        self.move_button = QPushButton(self.tr("Move to &day"))
        self.cancel_button = QPushButton(self.tr("&Cancel visit"))
        self.print_button = QPushButton(self.tr("&Print the day…"))
        self.record_button = QPushButton(self.tr("&Record results…"))
        self._build_layout()
        self.year.valueChanged.connect(lambda _value: self.reload())
        self.days.currentRowChanged.connect(lambda _row: self._show_day())
        self.route.itemSelectionChanged.connect(self._enable)
        self.route.doubleClicked.connect(lambda _index: self.record())
        self.add_button.clicked.connect(self.add_communities)
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button.clicked.connect(lambda: self._shift(1))
        self.move_button.clicked.connect(self.move_to_day)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self.print_day)
        self.record_button.clicked.connect(self.record)
        context.data_changed.connect(self._on_data_changed)
        self.plan: list[visits.PlanDay] = []
        self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Year:"), buddy=self.year))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Plan for &day:"), buddy=self.new_day))
        top.addWidget(self.new_day)
        top.addWidget(self.add_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.move_day, self.move_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.record_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.route_title = QLabel()
        self.route_title.setObjectName("routeTitle")
        right_layout.addWidget(self.route_title)
        right_layout.addWidget(self.route, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Visit days"), buddy=self.days))
        left_layout.addWidget(self.days, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        note = QLabel(
            self.tr("A visit records what was found on site; the review's decisions are not changed by it.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.setTabOrder(self.year, self.new_day)
        self.setTabOrder(self.new_day, self.add_button)
        self.setTabOrder(self.add_button, self.days)
        self.setTabOrder(self.days, self.route)

    def _on_data_changed(self, topic: str) -> None:
        if topic in (TOPIC_VISITS, TOPIC_RECOMMENDATIONS):
            self.reload()

    def _warn(self, error: GreenDeskError) -> None:
        QMessageBox.warning(self, self.tr("Site visits"), error.render())

    def reload(self, day: date | None = None) -> None:
        current = day or self.current_day()
        self.plan = visits.list_plan(self.context.workspace, self.year.value())
        self.days.blockSignals(True)
        self.days.clear()
        for plan_day in self.plan:
            count = len(plan_day.visits)
            text = self.tr("{day}: %n stop(s)", "", count).format(day=plan_day.day.isoformat())
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, plan_day.day.isoformat())
            self.days.addItem(item)
        self.days.blockSignals(False)
        rows = [index for index, plan_day in enumerate(self.plan) if plan_day.day == current]
        self.days.setCurrentRow(rows[0] if rows else (0 if self.plan else -1))
        self._show_day()

    def current_day(self) -> date | None:
        item = self.days.currentItem()
        return date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_route(self) -> tuple[visits.VisitRow, ...]:
        day = self.current_day()
        return next((plan_day.visits for plan_day in self.plan if plan_day.day == day), ())

    def current_visit(self) -> visits.VisitRow | None:
        row = self.route.currentRow()
        route = self.current_route()
        return route[row] if 0 <= row < len(route) else None

    def _show_day(self, select: str | None = None) -> None:
        route = self.current_route()
        day = self.current_day()
        self.route_title.setText(
            self.tr("Route of {day}").format(day=day.isoformat()) if day else self.tr("No visit planned yet.")
        )
        statuses = {
            visits.PLANNED: self.tr("planned"),
            visits.RECORDED: self.tr("recorded"),
            visits.CANCELLED: self.tr("cancelled"),
        }
        self.route.setRowCount(len(route))
        for index, visit in enumerate(route):
            values = [
                str(visit.order),
                visit.street_name,
                visit.name,
                visit.code,
                visit.contact,
                visit.visit_code,
                statuses.get(visit.status, visit.status),
            ]
            for column, value in enumerate(values):
                self.route.setItem(index, column, QTableWidgetItem(value))
            if visit.visit_code == select:
                self.route.selectRow(index)
        if select is None and route:
            self.route.selectRow(0)
        if day is not None:
            self.move_day.setDate(_qdate(day))
        self._enable()

    def _enable(self) -> None:
        visit = self.current_visit()
        planned = visit is not None and visit.status == visits.PLANNED
        for button in (self.up_button, self.down_button, self.move_button, self.cancel_button):
            button.setEnabled(planned)
        self.record_button.setEnabled(visit is not None and visit.status != visits.CANCELLED)
        self.print_button.setEnabled(bool(self.current_route()))

    def add_communities(self) -> None:
        dialog = AddCommunitiesDialog(visits.candidates(self.context.workspace, self.year.value()), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        day = _day(self.new_day.date())
        try:
            visits.plan_visits(self.context.workspace, self.year.value(), day, codes=dialog.chosen())
        except GreenDeskError as error:
            self._warn(error)
            return
        self.context.notify(TOPIC_VISITS)
        self.reload(day)

    def _shift(self, step: int) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        self._move(visit, visit.day, max(1, visit.order + step))

    def move_to_day(self) -> None:
        visit = self.current_visit()
        if visit is not None:
            self._move(visit, _day(self.move_day.date()), None)

    def _move(self, visit: visits.VisitRow, day: date, position: int | None) -> None:
        try:
            moved = visits.move_visit(self.context.workspace, visit.visit_code, day=day, position=position)
        except GreenDeskError as error:
            self._warn(error)
            return
        self.reload(moved.day if position is not None else visit.day)
        self._show_day(select=moved.visit_code if moved.day == self.current_day() else None)
        self.route.setFocus()

    def cancel(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Cancel visit"),
            self.tr("Cancel the visit to {community} on {day}?").format(
                community=visit.name, day=visit.day.isoformat()
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            visits.cancel_visit(self.context.workspace, visit.visit_code)
        except GreenDeskError as error:
            self._warn(error)
            return
        self.reload(visit.day)

    def print_day(self) -> None:
        day = self.current_day()
        if day is None:
            return
        folder = save_paths.ask_folder(self, SAVE_KIND, self.tr("Folder for the route sheet and forms"))
        if folder is None:
            return
        try:
            written = visit_form.print_day(self.context.workspace, self.year.value(), day, folder)
        except GreenDeskError as error:
            self._warn(error)
            return
        self.context.status_message.emit(
            self.tr("Wrote the route sheet and {count} forms to {folder}.").format(
                count=len(written) - 1, folder=folder
            )
        )

    def record(self) -> None:
        visit = self.current_visit()
        if visit is None or visit.status == visits.CANCELLED:
            return
        try:
            dialog = VisitRecordDialog(self.context.workspace, visit.visit_code, self)
        except GreenDeskError as error:
            self._warn(error)
            return
        dialog.exec()
        if dialog.saved:
            self.context.notify(TOPIC_REVIEW)  # the item's evidence gained the visit's photos
            self.reload(visit.day)

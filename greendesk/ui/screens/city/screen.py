"""全市进展: the city workspace's dashboard of its districts, drawn from ``city_progress``.

Every figure, every status and every colour's reason comes from the core's ``CityProgress`` (the
districts' own figures as their packages sent them); this screen only lays them out, and its
actions are one core call each: import a package, draw a spot-check sample, write the city report,
set a district's own target share.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import campaign
from greendesk.core.base import clock, i18n
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.city import detail, imports, report, targets
from greendesk.core.city.progress import LATE, REPORTED, CityProgress, city_progress, table_figures
from greendesk.core.reports import labels
from greendesk.ui.common import save_paths
from greendesk.ui.common.errors import error_text
from greendesk.ui.context import TOPIC_REPORTS, UiContext
from greendesk.ui.screens.city.dialogs import (
    DistrictDialog,
    DistrictTargetDialog,
    SampleDialog,
    fill_table,
    message_box,
    read_only_table,
)
from greendesk.ui.widgets.chart_layout import QuarterAxis, legend_above, whole_number_ticks
from greendesk.ui.widgets.chart_layout import timestamp as _timestamp
from greendesk.ui.widgets.chart_panel import BLUE, GREEN, ORANGE, RED, ChartPanel, chart_font

TOPIC_CITY = "city"  # a package imported: the city's figures changed
MET_BRUSH = QBrush(QColor(220, 237, 200))
BEHIND_BRUSH = QBrush(QColor(253, 224, 220))
STATUS_COLOURS = {REPORTED: GREEN, LATE: RED}


class CitySeriesChart(ChartPanel):
    """The city's passed and named communities over the year (cumulative), against its target count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.quarter_axis = QuarterAxis(chart_font(8))
        super().__init__(self.tr("Passed and named, cumulative"), parent, {"bottom": self.quarter_axis})
        self.points: list[tuple[float, int, int, float]] = []
        self.describe = self._describe
        self.legend = pg.LegendItem(labelTextSize="8pt", colCount=3)

    def _staircase(self, start: date, index: int) -> tuple[list[float], list[float]]:
        """A cumulative count held until the next point (column ``index`` of the points)."""
        xs, ys = [_timestamp(start)], [0.0]
        for point in self.points:
            xs += [point[0], point[0]]
            ys += [ys[-1], float(point[index])]
        return xs, ys

    def show_progress(self, data: CityProgress) -> None:
        """Passed and named as staircases; the target as a dashed line when it is within reach of the
        chart (a target far above the counts would flatten them to the axis: then it is in the legend)."""
        self.plot.clear()
        self.legend.clear()
        start = date(data.year, 1, 1)
        self.points = [(_timestamp(p.day), p.passed, p.named, p.share) for p in data.series]
        last = max([date(data.year + 1, 1, 1)] + [date(p.day.year + 1, 1, 1) for p in data.series])
        xs, passed = self._staircase(start, 1)
        _xs, named = self._staircase(start, 2)
        xs.append(_timestamp(last))
        passed.append(passed[-1])
        named.append(named[-1])
        highest = max(passed + named + [1.0])
        self.legend.addItem(self.plot.plot(xs, passed, pen=pg.mkPen(GREEN, width=2.5)), self.tr("Passed"))
        self.legend.addItem(self.plot.plot(xs, named, pen=pg.mkPen(BLUE, width=2)), self.tr("Named"))
        target_text = self.tr("Target {count}").format(count=data.required)
        if data.required <= 3 * highest:
            highest = max(highest, float(data.required))
            line = self.plot.plot(
                [_timestamp(start), _timestamp(last)],
                [data.required, data.required],
                pen=pg.mkPen(ORANGE, width=1.5, style=Qt.PenStyle.DashLine),
            )
            self.legend.addItem(line, target_text)
        else:
            off_scale = self.tr("{target} (above the scale)").format(target=target_text)
            self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen(ORANGE, width=1.5)), off_scale)
        legend_above(self.plot, self.legend)
        self.quarter_axis.set_quarters(
            [date(y, m, 1) for y in range(data.year, last.year) for m in (1, 4, 7, 10)] + [last]
        )
        self.plot.setXRange(_timestamp(start), _timestamp(last), padding=0.02)
        self.plot.setYRange(0, highest * 1.1, padding=0)
        whole_number_ticks(self.plot.getAxis("left"), highest * 1.1)

    def _describe(self, x: float, _y: float) -> str:
        reached = [p for p in self.points if p[0] <= x]
        if not reached:
            return ""
        _stamp, passed, named, share = reached[-1]
        return self.tr("{passed} passed ({share}%), {named} named").format(
            passed=passed, share=f"{share:g}", named=named
        )


class CityScreen(QWidget):
    """Per-district table, cumulative chart, the quarter's reports, reuse flags and the city's actions."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: CityProgress | None = None
        self.year_box = QSpinBox()
        self.year_box.setRange(2020, 2100)
        self.year_box.setValue(campaign.campaign_year(context.workspace))
        self.year_box.valueChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(self.tr("Import district package…"))
        self.import_button.clicked.connect(self.ask_and_import)
        self.sample_button = QPushButton(self.tr("Spot check…"))
        self.sample_button.clicked.connect(self.open_sample)
        self.report_button = QPushButton(self.tr("Export city report…"))
        self.report_button.clicked.connect(self.ask_and_report)
        self.target_button = QPushButton(self.tr("District target…"))
        self.target_button.setToolTip(self.tr("Set the selected district's own target share for the year"))
        self.target_button.clicked.connect(lambda: self.edit_target(self.table.currentRow()))
        self.figures_label = QLabel()
        self.figures_label.setObjectName("cityFigures")
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setWordWrap(True)
        self.table = read_only_table()
        self.table.setObjectName("cityDistricts")
        self.table.setToolTip(self.tr("Double-click a district to see its communities"))
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_district(row))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.chart = CitySeriesChart()
        self.quarter_label = QLabel()
        self.quarter_label.setObjectName("cityQuarter")
        self.quarter_label.setTextFormat(Qt.TextFormat.RichText)
        self.quarter_label.setWordWrap(True)
        self.reuse_list = QListWidget()
        self.reuse_list.setObjectName("cityReuse")
        self._lay_out()
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        for button in (self.target_button, self.import_button, self.sample_button, self.report_button):
            top.addWidget(button)
        quarter_box = QGroupBox(self.tr("Quarterly reports"))
        QVBoxLayout(quarter_box).addWidget(self.quarter_label)
        reuse_box = QGroupBox(self.tr("Evidence found in more than one district"))
        QVBoxLayout(reuse_box).addWidget(self.reuse_list)
        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0, 3, 1)
        grid.addWidget(self.chart, 0, 1)
        grid.addWidget(quarter_box, 1, 1)
        grid.addWidget(reuse_box, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures_label)
        layout.addLayout(grid, 1)

    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_CITY:
            self.refresh()

    def refresh(self, *_args: Any) -> None:
        self.data = city_progress(self.context.workspace, self.year_box.value(), clock.now())
        self._show(self.data)

    def _quarter_text(self, code: str) -> str:
        texts = {REPORTED: self.tr("reported"), LATE: self.tr("late")}
        return texts.get(code, self.tr("not yet due"))

    def _show(self, data: CityProgress) -> None:
        text = (
            self.tr(
                "<b>{passed}</b> of {total} communities passed (<b>{rate}%</b>), {recommended} pilots "
                "started ({participation}%), <b>{named}</b> named; targets per district (shares "
                "differ) = {required}, <b>{remaining}</b> to go"
            )
            if data.shares_differ
            else self.tr(
                "<b>{passed}</b> of {total} communities passed (<b>{rate}%</b>), {recommended} pilots "
                "started ({participation}%), <b>{named}</b> named; target {share}% = {required}, "
                "<b>{remaining}</b> to go"
            )
        )
        self.figures_label.setText(
            text.format(
                passed=data.passed,
                total=data.in_scope,
                rate=f"{data.pass_rate:g}",
                recommended=data.recommended,
                participation=f"{data.participation_rate:g}",
                named=data.named,
                share=f"{data.target_share:g}",
                required=data.required,
                remaining=data.remaining,
            )
        )
        self._fill_districts(data)
        self.chart.show_progress(data)
        self._show_quarter(data)
        self.reuse_list.clear()
        names = {row.code: row.name for row in data.districts}
        for flag in data.reuse:
            places = ", ".join(
                f"{names.get(u['district_code'], u['district_code'])} {u['community_code']} #{u['item']}"
                for u in flag["uses"]
            )
            self.reuse_list.addItem(f"{flag['sha256'][:12]}…  {places}")
            self.reuse_list.item(self.reuse_list.count() - 1).setToolTip(
                f"SHA-256 {flag['sha256']}\n{places}"
            )
        if not data.reuse:
            self.reuse_list.addItem(self.tr("None found"))

    def _fill_districts(self, data: CityProgress) -> None:
        headers = [
            self.tr("District"),
            self.tr("Communities"),
            self.tr("Pilots"),
            self.tr("Participation %"),
            self.tr("Passed"),
            self.tr("Pass rate %"),
            self.tr("Named"),
            self.tr("Target"),
            self.tr("Share %"),
            self.tr("To go"),
            self.tr("This quarter"),
        ]
        rows = [
            [
                row.name,
                *table_figures(row),
                row.target_share,
                row.remaining,
                self._quarter_text(row.quarter_status),
            ]
            for row in data.districts
        ]
        fill_table(self.table, headers, rows)
        for index, row in enumerate(data.districts):
            brush = MET_BRUSH if report.target_met(row) else BEHIND_BRUSH
            for column in range(len(headers) - 1):
                self.table.item(index, column).setBackground(brush)
            status = self.table.item(index, len(headers) - 1)
            status.setForeground(QBrush(STATUS_COLOURS.get(row.quarter_status, QColor("#616161"))))
            if not row.reported:
                self.table.item(index, 0).setToolTip(self.tr("No package of this year imported yet"))
            self._mark_share(self.table.item(index, headers.index(self.tr("Share %"))), row.own_target)

    def _mark_share(self, item: Any, own: bool) -> None:
        """A district's own share in bold; its tooltip says whose share it is."""
        if own:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("Set for this district (right-click to change)"))
        else:
            item.setToolTip(self.tr("The city's share (right-click to set this district's own)"))

    def _show_quarter(self, data: CityProgress) -> None:
        names = {row.code: row.name for row in data.districts}
        due = data.quarter_due.isoformat() if data.quarter_due else "-"
        reported = "、".join(names[c] for c in data.reported) or self.tr("none")
        late = "、".join(names[c] for c in data.late) or self.tr("none")
        self.quarter_label.setText(
            self.tr(
                "<b>{quarter}</b> (due {due})<br>Reported ({n_reported}): {reported}<br>"
                "<span style='color:#C62828'>Late ({n_late}): {late}</span>"
            ).format(
                quarter=labels.period_text(data.quarter, i18n.current_language()),
                due=due,
                n_reported=len(data.reported),
                reported=reported,
                n_late=len(data.late),
                late=late,
            )
        )

    def open_district(self, row: int) -> DistrictDialog | None:
        """Drill-down: the district's communities from ``district_detail``."""
        if self.data is None or not 0 <= row < len(self.data.districts):
            return None
        code = self.data.districts[row].code
        try:
            shown = detail.district_detail(self.context.workspace, code, self.data.year, self.data.as_of)
        except GreenDeskError as error:
            message_box(self, self.tr("District"), error_text(error)).exec()
            return None
        dialog = DistrictDialog(shown, self)
        dialog.open()
        return dialog

    def _table_menu(self, position: Any) -> None:
        row = self.table.rowAt(position.y())
        if row < 0:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Set target share…"), lambda: self.edit_target(row))
        menu.addAction(self.tr("Show communities…"), lambda: self.open_district(row))
        menu.popup(self.table.viewport().mapToGlobal(position))

    def edit_target(self, row: int) -> bool:
        """Ask for the district's own share of the year (or the city's again) and set it."""
        if self.data is None or not 0 <= row < len(self.data.districts):
            message_box(self, self.tr("District target"), self.tr("Select a district first.")).exec()
            return False
        district = self.data.districts[row]
        dialog = DistrictTargetDialog(district, self.data.year, self.data.target_share, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.set_target(district.code, dialog.chosen())

    def set_target(self, code: str, share: float | None) -> bool:
        """One core call: the district's own share, or (None) the city's again; a refusal is shown."""
        year = self.year_box.value()
        try:
            if share is None:
                targets.clear_district_target(self.context.workspace, code, year)
            else:
                targets.set_district_target(self.context.workspace, code, year, share)
        except GreenDeskError as error:
            message_box(self, self.tr("District target"), error_text(error)).exec()
            return False
        self.context.status_message.emit(
            self.tr("Target share of {code} for {year} saved").format(code=code, year=year)
        )
        self.context.notify(TOPIC_CITY)
        return True

    def import_file(self, path: Path) -> bool:
        """Import one package; the core's refusal is shown as is and nothing changes."""
        try:
            result = imports.import_package(self.context.workspace, path)
        except GreenDeskError as error:
            message_box(self, self.tr("Import district package"), error_text(error)).exec()
            return False
        self.context.status_message.emit(
            self.tr("Imported {name}: {period}, %n communities", "", result.communities).format(
                name=result.district_name, period=result.period
            )
        )
        self.context.notify(TOPIC_CITY)
        return True

    def ask_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import district package"), "", self.tr("Application package (*.zip)")
        )
        if path:
            self.import_file(Path(path))

    def open_sample(self) -> SampleDialog:
        dialog = SampleDialog(self.context.workspace, self.year_box.value(), clock.now(), self)
        dialog.open()
        return dialog

    def write_report(self, folder: Path) -> report.CityReportPaths | None:
        try:
            paths = report.write_city_report(
                self.context.workspace, self.year_box.value(), clock.now(), folder
            )
        except GreenDeskError as error:
            message_box(self, self.tr("Export city report"), error_text(error)).exec()
            return None
        self.context.status_message.emit(self.tr("City report written to {folder}").format(folder=folder))
        self.context.notify(TOPIC_REPORTS)
        return paths

    def ask_and_report(self) -> None:
        folder = save_paths.ask_folder(self, "city_report", self.tr("Export city report"))
        if folder is not None:
            self.write_report(folder)

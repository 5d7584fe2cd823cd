"""Every screen and dialog fits a 1366 × 768 laptop, and the dashboard's charts stay readable there.

At 1366 × 768 Windows leaves 1366 × 728 above the taskbar, and a window's frame takes its share of
that (``screen_fit.SMALL_SCREEN`` less ``FRAME_ALLOWANCE``): the main window's minimum size and every
dialog's preferred size must fit into what is left. On the dashboard at that size no legend covers a
bar and no two tick labels overlap, as pyqtgraph itself lays them out. In English and in Chinese.
(The review screen is checked by its own tests.)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pyqtgraph as pg
import pytest
from progress_world import build_world
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from greendesk.core.base import clock
from greendesk.core.workspace import Workspace
from greendesk.ui import app as ui_app
from greendesk.ui.common import screen_fit
from greendesk.ui.common.screen_fit import FRAME_ALLOWANCE, SMALL_SCREEN
from greendesk.ui.i18n import install_translators
from greendesk.ui.main_window import MainWindow
from greendesk.ui.screens.dashboard import ChartPanel, DashboardScreen

# The inside of a window on a 1366 × 768 screen with its taskbar.
ROOM = QSize(SMALL_SCREEN.width() - FRAME_ALLOWANCE.width(), SMALL_SCREEN.height() - FRAME_ALLOWANCE.height())
SCREENS = ("queue", "panel", "dashboard", "registry", "standard", "targets", "reports")


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface language (Qt and core translators) and the app's CJK interface font."""
    font = QFont(qapp.font())
    ui_app._ensure_cjk_font(qapp)
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")
    qapp.setFont(font)


@pytest.fixture(autouse=True)
def _small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen test screen is larger: windows sized to the screen are given the laptop's room."""
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget: QSize(ROOM))


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    clock.freeze(datetime(2022, 9, 30, 17, 0))
    yield
    clock.freeze(None)


def _fits(size: QSize, room: QSize = ROOM) -> bool:
    return 0 < size.width() <= room.width() and 0 < size.height() <= room.height()


def _settle(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def _window(qtbot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(ROOM)
    _settle(qtbot, window)
    return window


def test_the_main_window_and_its_screens_fit(qtbot, language: str, chaoyang: Workspace) -> None:
    window = _window(qtbot, chaoyang)
    assert window.width() <= ROOM.width() and window.height() <= ROOM.height()
    for key in SCREENS:
        screen = window.show_screen(key)
        QApplication.processEvents()
        assert _fits(screen.minimumSizeHint(), window.stack.size()), (key, screen.minimumSizeHint())
        assert _fits(window.minimumSizeHint()), (key, window.minimumSizeHint())


def test_the_main_window_opens_no_larger_than_the_screen(qtbot, language: str, workspace: Workspace) -> None:
    window = MainWindow(workspace)  # it would like 1280 × 800
    qtbot.addWidget(window)
    assert window.width() == 1280 and window.height() == ROOM.height()


def _dialogs(window: MainWindow, workspace: Workspace, tmp_path: Path) -> list[tuple[str, QDialog]]:
    from greendesk.core.reports import office
    from greendesk.ui.accounts_dialog import AccountsDialog, NewAccountDialog
    from greendesk.ui.first_run import FirstRunDialog
    from greendesk.ui.screens.backup_dialog import BackupsDialog, WorkspaceCheckDialog
    from greendesk.ui.screens.import_wizard import ImportWizard
    from greendesk.ui.screens.package_dialogs import ExportPackageDialog, VerifyPackageDialog
    from greendesk.ui.screens.panel.dialogs import AddExpertDialog, NewPanelDialog
    from greendesk.ui.screens.template_dialog import TemplateDialog
    from greendesk.ui.settings_dialog import SettingsDialog
    from greendesk.ui.signin import FirstAdministratorDialog, SignInDialog

    fonts = [("仿宋", "gbsn00lp.ttf", "仿宋 (simfang.ttf) is not installed: gbsn00lp.ttf stands in")] * 5
    first_run = FirstRunDialog(tmp_path / "new")
    administrator_step = FirstRunDialog(tmp_path / "new")
    administrator_step.show_step(1)
    context = window.context
    return [
        ("sign-in", SignInDialog(workspace, window)),
        ("first administrator", FirstAdministratorDialog(workspace, window)),
        ("first run", first_run),
        ("first run, administrator", administrator_step),
        ("settings", SettingsDialog("en", 15, window, office=office.read_office(workspace), fonts=fonts)),
        ("accounts", AccountsDialog(workspace, window)),
        ("new account", NewAccountDialog(workspace, window)),
        ("backups", BackupsDialog(context, window)),
        ("check", WorkspaceCheckDialog(context, window)),
        ("package export", ExportPackageDialog(context, window)),
        ("package verify", VerifyPackageDialog(context, window)),
        ("template", TemplateDialog(context, window)),
        ("import wizard", ImportWizard(context, window)),
        ("new panel", NewPanelDialog(workspace, 2025, window)),
        ("add expert", AddExpertDialog(workspace, 0, window)),
    ]


def test_no_dialog_is_larger_than_the_screen(
    qtbot, language: str, chaoyang: Workspace, tmp_path: Path
) -> None:
    window = _window(qtbot, chaoyang)
    for name, dialog in _dialogs(window, chaoyang, tmp_path):
        qtbot.addWidget(dialog)
        _settle(qtbot, dialog)
        assert _fits(dialog.sizeHint()), (name, dialog.sizeHint())
        assert _fits(dialog.minimumSizeHint()) or dialog.minimumSizeHint().isEmpty(), name
        assert _fits(dialog.size()), (name, dialog.size())  # as it opens
        dialog.close()


# The dashboard's charts at 1366 × 768 ------------------------------------------------------------


def _dashboard(qtbot, workspace: Workspace) -> DashboardScreen:
    window = _window(qtbot, workspace)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    _settle(qtbot, window)
    return screen


def _bars(chart: ChartPanel) -> list[pg.BarGraphItem]:
    return [item for item in chart.plot.items if isinstance(item, pg.BarGraphItem)]


def _tick_texts(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """The tick labels exactly as pyqtgraph would draw them now: (rectangle, text) in axis coordinates."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert specs is not None
    return [(QRectF(rect), text) for rect, _flags, text in specs[2]]


def _assert_no_overlap(axis: pg.AxisItem, expected: list[str] | None = None) -> None:
    texts = _tick_texts(axis)
    if expected is not None:  # pyqtgraph drops labels it cannot place: every one must be drawn
        assert sorted(text for _r, text in texts) == sorted(expected)
    for index, (rect, text) in enumerate(texts):
        for other, other_text in texts[index + 1 :]:
            assert not rect.intersects(other), (text, other_text, rect, other)


def test_legends_sit_beside_the_bars(qtbot, language: str, workspace: Workspace, tmp_path: Path) -> None:
    build_world(workspace, tmp_path)
    screen = _dashboard(qtbot, workspace)
    for chart in (screen.street_chart, screen.item_chart):
        legend = chart.legend
        assert legend.isVisible() and len(legend.items) == 3
        legend_rect = legend.sceneBoundingRect()
        assert not legend_rect.intersects(chart.plot.getViewBox().sceneBoundingRect())
        bars = _bars(chart)
        assert bars and all(not legend_rect.intersects(bar.sceneBoundingRect()) for bar in bars)
        # and it is shown: inside the chart's plot, not pushed off its top or side
        assert chart.plot.sceneBoundingRect().contains(legend_rect)


def test_tick_labels_do_not_run_together(qtbot, language: str, chaoyang: Workspace) -> None:
    """43 streets, seven statuses, 16 items and a date axis: each label clear of its neighbours."""
    screen = _dashboard(qtbot, chaoyang)
    data = screen.data
    assert data is not None and len(data.streets) == 43
    _assert_no_overlap(screen.street_chart.plot.getAxis("left"), [s.name for s in data.streets])
    from greendesk.core.review import vocabulary

    statuses = [vocabulary.status_label(name) for name in data.by_status]
    _assert_no_overlap(screen.status_chart.plot.getAxis("left"), statuses)
    _assert_no_overlap(screen.item_chart.plot.getAxis("bottom"), [str(row.item) for row in data.items])
    for chart in screen.charts:
        for side in ("left", "bottom"):
            _assert_no_overlap(chart.plot.getAxis(side))
    counts = [
        screen.street_chart.plot.getAxis("bottom"),
        screen.status_chart.plot.getAxis("bottom"),
        screen.item_chart.plot.getAxis("left"),
    ]
    for axis in counts:  # communities are counted whole: no 0.5 on a count axis
        assert all(float(text).is_integer() for _rect, text in _tick_texts(axis))
    dates = _tick_texts(screen.share_chart.plot.getAxis("bottom"))
    assert len(dates) >= 2  # thinned to what fits, never to nothing


def test_the_date_axis_thins_its_labels_to_the_room_it_has(qtbot) -> None:
    from datetime import date

    from greendesk.ui.widgets.chart_layout import QuarterAxis

    axis = QuarterAxis(QFont())
    axis.set_quarters([date(y, m, 1) for y in range(2021, 2027) for m in (1, 4, 7, 10)])
    wide, narrow = axis.stride_for(2000), axis.stride_for(300)
    assert wide == 1 and narrow >= 4  # every quarter when there is room, only years when not
    values = axis.tickValues(datetime(2021, 1, 1).timestamp(), datetime(2026, 12, 31).timestamp(), 300)
    assert axis.tickStrings(values[0][1], 1, values[0][0])[:2] == ["2021", "2022"][: len(values[0][1])]

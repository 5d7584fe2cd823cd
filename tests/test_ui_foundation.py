"""GUI foundation: main window in Chinese, registry browsing/filter/edit, first run, language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from greendesk.core.registry import roster
from greendesk.core.workspace import Preferences, Workspace
from greendesk.ui.i18n import install_translators
from greendesk.ui.models.registry_models import CommunityTableModel


@pytest.fixture
def chinese(qapp: QApplication):
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def test_main_window_opens_in_chinese(qtbot, chaoyang: Workspace, chinese) -> None:
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(chaoyang)
    qtbot.addWidget(window)
    assert "绿色社区审核台" in window.windowTitle() and "朝阳区" in window.windowTitle()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert {"社区名录", "创建标准", "年度目标", "创建进度", "报告报送"} <= set(titles)
    screen = window.show_screen("registry")
    assert screen.count_label.text() == "显示 622 / 共 622 个社区"


def test_registry_filter_and_street_selection(qtbot, chaoyang: Workspace) -> None:
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.registry_screen import RegistryScreen

    screen = RegistryScreen(UiContext(chaoyang))
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.filter_edit, "110105004")  # QTest types ASCII only
    assert screen.communities.rowCount() == len(roster.list_communities(chaoyang, "110105004")) > 0
    screen.filter_edit.setText("三里屯")
    expected = roster.list_communities(chaoyang, "三里屯")
    assert screen.communities.rowCount() == len(expected) > 0
    screen.filter_edit.clear()
    street_index = screen.streets.index(2, 0, screen.streets.index(0, 0))  # third street under the district
    screen.tree.setCurrentIndex(street_index)
    street_code = street_index.data(Qt.ItemDataRole.UserRole + 2)
    assert screen.communities.rowCount() == len(roster.list_communities(chaoyang, street_code=street_code))


def test_sorting_by_households_is_numeric(qtbot, chaoyang: Workspace) -> None:
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.registry_screen import RegistryScreen

    codes = [c.code for c in roster.list_communities(chaoyang)[:3]]
    for code, households in zip(codes, (900, 12000, 3000), strict=True):
        roster.update_community(chaoyang, code, households=households)
    screen = RegistryScreen(UiContext(chaoyang))
    qtbot.addWidget(screen)
    column = [field for field, _ in CommunityTableModel.COLUMNS].index("households")
    screen.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    top = screen.communities.index(0, column).data()
    assert top == "12000"


def test_editing_saves_at_once_and_rejects_bad_values(qtbot, chaoyang: Workspace) -> None:
    model = CommunityTableModel(chaoyang)
    model.reload()
    fields = [field for field, _ in CommunityTableModel.COLUMNS]
    code = model.rows[0].code
    assert model.setData(model.index(0, fields.index("households")), "2,345")
    assert model.setData(
        model.index(0, fields.index("in_scope")),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    stored = roster.get_community(chaoyang, code)
    assert (stored.households, stored.in_scope) == (2345, False)
    with qtbot.waitSignal(model.edit_failed) as blocker:
        assert not model.setData(model.index(0, fields.index("property_management_coverage")), "150")
    assert code in blocker.args[0]
    assert roster.get_community(chaoyang, code).property_management_coverage is None


def _administrator(dialog) -> None:
    dialog.administrator.name.setText("admin")
    dialog.administrator.passwords.password.setText("admin-pass-1")
    dialog.administrator.passwords.confirm.setText("admin-pass-1")


def test_first_run_creates_workspace_with_registry(qtbot, tmp_path: Path) -> None:
    from greendesk.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    assert dialog.district_box.count() == 17  # 16 Beijing districts + other
    dialog.district_box.setCurrentIndex(dialog.district_box.findData("110108"))
    assert dialog.chosen() == ("110108", "海淀区")
    dialog.accept()  # to the administrator step
    _administrator(dialog)
    dialog.accept()
    assert dialog.workspace is not None
    assert dialog.workspace.district.name == "海淀区"
    assert roster.registry_counts(dialog.workspace)["communities"] == 601
    dialog.workspace.close()


def test_first_run_other_district(qtbot, tmp_path: Path) -> None:
    from greendesk.ui.first_run import OTHER, FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "qingcheng")
    qtbot.addWidget(dialog)
    dialog.district_box.setCurrentIndex(dialog.district_box.findData(OTHER))
    dialog.code_edit.setText("441802")
    dialog.name_edit.setText("清城区")
    dialog.accept()
    _administrator(dialog)
    dialog.accept()
    assert dialog.workspace is not None and dialog.workspace.district.code == "441802"
    dialog.workspace.close()


def test_language_switch_is_remembered(qtbot, chaoyang: Workspace, chinese) -> None:
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(chaoyang)
    qtbot.addWidget(window)
    english = window.switch_language("en")
    qtbot.addWidget(english)
    assert english.windowTitle().startswith("GreenDesk")
    assert "Registry" in [english.navigation.item(i).text() for i in range(english.navigation.count())]
    assert Preferences.load(chaoyang.data_dir).language == "en"


def test_standard_screen_shows_item_12_rule(qtbot, chaoyang: Workspace, chinese) -> None:
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.standard_screen import StandardScreen

    screen = StandardScreen(UiContext(chaoyang))
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 5
    screen.show_item(12)
    text = screen.detail.toPlainText()
    assert "物业管理覆盖面不低于30%" in text and "物业管理覆盖率 >= 30%" in text


def test_reopens_where_the_reviewer_was(qtbot, tmp_path: Path) -> None:
    """The review position survives a restart (saved after a pause in moving, and when the window closes)."""
    from greendesk.core.demo.builder import build_demo
    from greendesk.core.review import queue
    from greendesk.ui.main_window import MainWindow

    workspace = build_demo(tmp_path / "demo")
    target = queue.queue(workspace, year=2022)[0]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.open_review(target.code, target.year)
    window.screens["review"].select_item(7)
    window.close()  # no quit hook involved: closing the window writes the pending position

    reopened = MainWindow(workspace)
    qtbot.addWidget(reopened)
    assert reopened.stack.currentWidget() is reopened.screens["review"]
    assert reopened.screens["review"].controller.code == target.code
    assert reopened.screens["review"].controller.current_item() == 7
    workspace.close()


def test_idle_lock_keeps_input_and_asks_for_the_password(qtbot, chaoyang: Workspace) -> None:
    from greendesk.ui.idle_lock import IdleLock
    from greendesk.ui.main_window import MainWindow
    from tests.accounts_support import TEST_PASSWORD

    window = MainWindow(chaoyang)
    qtbot.addWidget(window)
    window.show()
    registry = window.show_screen("registry")
    registry.filter_edit.setText("半写的筛选")
    lock = IdleLock(window, window.context, minutes=1)
    lock.lock()  # as the timer would after a minute without input
    assert lock.locked and lock.page is not None and not registry.isVisible()
    lock.page.password.setText("wrong password")
    lock.page.try_unlock()
    assert lock.locked and lock.page.error.text()
    lock.page.password.setText(TEST_PASSWORD)
    lock.page.try_unlock()
    assert not lock.locked and registry.isVisible()
    assert registry.filter_edit.text() == "半写的筛选"  # unsaved input survives the lock


def test_start_loads_no_chart_or_report_library(workspace: Workspace) -> None:
    """The first window needs neither pyqtgraph nor the report writers, PDFium or the archive and document
    readers (each screen or import loads its own at first use)."""
    import subprocess
    import sys
    import textwrap

    workspace.close()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from greendesk.ui.app import _application
        from greendesk.ui.main_window import MainWindow
        from greendesk.core.workspace import Workspace
        app = _application()
        window = MainWindow(Workspace.open(Path({str(workspace.data_dir)!r})))
        window.show()
        app.processEvents()
        heavy = (
            "pyqtgraph", "reportlab", "openpyxl", "alembic", "pypdfium2", "docx", "py7zr", "xlrd",
            "numpy", "Cryptodome",
        )
        print(sorted(name for name in heavy if name in sys.modules))
        window.navigation.setCurrentRow(3)  # the progress screen (after 专家评审) brings its charts
        print("pyqtgraph" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split() == ["[]", "True"]

"""The import wizard drives the same core functions: analyse, resolve, import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from intake_fixtures import communities, jpeg_bytes, list_workbook, write_zip
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from greendesk.core.storage.models import Evidence, Recommendation
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.import_wizard import ImportWizard


def test_wizard_previews_resolves_and_imports(qtbot, chaoyang: Workspace, tmp_path: Path) -> None:
    first, _, _ = communities(chaoyang)
    book = list_workbook(
        tmp_path / "名单.xlsx",
        [[1, first.name, first.code, 1200, 600, "王主任", ""], [2, "月球社区", None, 10, 1, "", ""]],
    )
    package = write_zip(
        tmp_path / "街道材料.zip",
        {
            "名单.xlsx": book.read_bytes(),
            f"{first.code}/第3条/门禁.jpg": jpeg_bytes(),
            "杂项/a.jpg": jpeg_bytes((9, 9, 9)),
        },
    )
    context = UiContext(chaoyang)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(package))
    wizard.source_page.year.setValue(2022)
    assert wizard.source_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.analysis_page.isComplete(), timeout=20000)
    assert wizard.analysis_page.columns.rowCount() >= 5
    wizard.resize(1280, 800)
    wizard.grab().save("/tmp/import_wizard_columns.png")
    wizard.next()
    preview = wizard.preview_page
    assert preview.rows.rowCount() == 2 and not preview.isComplete()  # 月球社区 must be resolved
    combo = preview.choices["2"]
    combo.setCurrentIndex(combo.findData(""))  # skip it
    assert preview.isComplete()
    assert preview.loose.rowCount() == 1 and preview.loose.item(0, 0).text() == "杂项/a.jpg"
    community, item = preview.photo_choices["杂项/a.jpg"]
    community.setCurrentIndex(community.findData("1"))
    item.setCurrentIndex(item.findData(8))
    wizard.grab().save("/tmp/import_wizard_preview.png")
    with chaoyang.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation)) == 0
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        wizard.next()
    assert wizard.import_page.result is not None and wizard.import_page.result.recommendations_created == 1
    wizard.grab().save("/tmp/import_wizard_done.png")
    with chaoyang.sessions() as session:
        attached = set(session.execute(select(Evidence.item_number, Evidence.original_name)).all())
    assert attached == {(3, f"{first.code}/第3条/门禁.jpg"), (8, "杂项/a.jpg")}
    assert (
        wizard.currentPage() is wizard.import_page
        and wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    )


def test_wizard_lets_the_user_map_unknown_columns(qtbot, chaoyang: Workspace, tmp_path: Path) -> None:
    first, _, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    book.active.append(["居委名字", "户", "备忘"])
    book.active.append([first.name, 100, ""])
    book.save(tmp_path / "怪表头.xlsx")
    wizard = ImportWizard(UiContext(chaoyang))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(tmp_path / "怪表头.xlsx"))
    wizard.next()
    page = wizard.analysis_page
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert wizard.plan.rows == []
    headers = [page.columns.item(row, 1).text() for row in range(page.columns.rowCount())]
    assert headers == ["居委名字", "户", "备忘"]
    for row, target in ((0, "name"), (1, "households")):
        combo = page.columns.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(target))
    page.reanalyse.click()
    qtbot.waitUntil(lambda: page.isComplete() and bool(wizard.plan.rows), timeout=20000)
    assert wizard.plan.rows[0].match.community.code == first.code and wizard.plan.rows[0].households == 100
    assert wizard.plan.mapping["户"] == "households"


def test_dropping_a_folder_fills_the_source(qtbot, chaoyang: Workspace, tmp_path: Path) -> None:
    wizard = ImportWizard(UiContext(chaoyang))
    qtbot.addWidget(wizard)
    page = wizard.source_page
    assert not page.isComplete()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    assert page.path() == tmp_path and page.isComplete()

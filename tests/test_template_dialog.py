"""The template dialog: campaign year and one street or all; save dialogs start in Documents."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from intake_fixtures import communities
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from greendesk.core.workspace import Workspace
from greendesk.ui.common import save_paths
from greendesk.ui.context import UiContext
from greendesk.ui.screens.template_dialog import TemplateDialog


def test_template_for_one_street_and_year(qtbot, chaoyang: Workspace, tmp_path: Path, monkeypatch) -> None:
    QSettings().remove("save_folders")
    monkeypatch.setattr(save_paths, "documents_folder", lambda: tmp_path)
    first, _, _ = communities(chaoyang)
    dialog = TemplateDialog(UiContext(chaoyang))
    qtbot.addWidget(dialog)
    assert dialog.street.currentData() is None  # all streets by default
    dialog.year.setValue(2027)
    with chaoyang.sessions() as session:
        from greendesk.core.storage.models import Community, Street

        street = session.get(Street, session.get(Community, first.id).street_id)
        street_code, street_name = street.code, street.name
        in_street = len(street.communities)
    dialog.street.setCurrentIndex(dialog.street.findData(street_code))
    offered: list[str] = []

    def save_as(_parent, _caption, start, _filters):
        offered.append(start)
        return str(tmp_path / "out" / "模板"), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.resize(520, 200)
    dialog.grab().save("/tmp/h18b_template_dialog.png")
    dialog.accept()
    assert Path(offered[0]).parent == tmp_path and "2027" in offered[0] and street_name in offered[0]
    assert dialog.saved == tmp_path / "out" / "模板.xlsx" and dialog.saved.exists()
    book = openpyxl.load_workbook(dialog.saved, read_only=True)
    summary = book["推荐社区汇总"]
    assert "2027年度" in str(next(summary.iter_rows(max_row=1, values_only=True))[0])
    # only that street's communities: one sheet each, plus the instructions and the summary
    assert len(book.sheetnames) == in_street + 2
    # the next save of a template starts where this one went
    assert save_paths.start_folder("template") == tmp_path / "out"
    assert save_paths.start_folder("package") == tmp_path  # other kinds still start in Documents
    QSettings().remove("save_folders")


def test_a_chosen_folder_is_where_that_kind_starts_next(qtbot, tmp_path: Path, monkeypatch) -> None:
    """``ask_folder`` (notice files, visit forms, kits, the city report): the pick is remembered per
    kind, a cancelled dialog gives nothing and remembers nothing."""
    QSettings().remove("save_folders")
    monkeypatch.setattr(save_paths, "documents_folder", lambda: tmp_path)
    chosen = tmp_path / "公示"
    chosen.mkdir()
    offered: list[str] = []

    def pick(_parent, _caption, start):
        offered.append(start)
        return str(chosen) if len(offered) == 1 else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    assert save_paths.ask_folder(None, "notice", "Folder") == chosen
    assert save_paths.ask_folder(None, "notice", "Folder") is None
    assert offered == [str(tmp_path), str(chosen)]
    assert save_paths.start_folder("notice") == chosen and save_paths.start_folder("city_report") == tmp_path
    QSettings().remove("save_folders")

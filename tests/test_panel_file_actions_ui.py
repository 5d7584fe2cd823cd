"""The 专家评审 screen's file actions: a scoring kit exported with its 评分码 shown once, an Excel
sheet exported and imported back, and the panel's two documents written, each through one core call."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from greendesk.core.panel import panels
from greendesk.core.panel.merge import merged_table
from greendesk.core.workspace import Workspace
from tests.panel_sheet_support import fill
from tests.panel_support import panel_workspace
from tests.test_panel_ui import _build


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    workspace = panel_workspace(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def _expert_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENDESK_EXPERT_DIR", str(tmp_path / "expert-pc"))


def test_kits_sheets_and_documents_from_the_screen(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    ws: Workspace,
    tmp_path: Path,
) -> None:
    _window, screen = _build(qtbot, monkeypatch, ws)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("E03 赵工", True))
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    actions = screen.file_actions
    actions.export_kit()
    assert list(usb.glob("*.gdkit")) and "评分码" in told[-1]
    code = told[-1].split("评分码) is ")[1].split(".")[0]
    assert len(code.replace("-", "")) == 12

    sheet = tmp_path / "E03.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    actions.export_sheet()
    assert sheet.is_file() and str(sheet) in told[-1]
    import openpyxl

    names = [n for n in openpyxl.load_workbook(sheet).sheetnames[1:] if not n.startswith("_")]
    assert len(names) == 2  # E03 scores all of the first community and items 1-2 of the second
    for name in names:
        fill(sheet, name, {1: (3, None, "台账不全"), 2: (5, None, None)})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    actions.import_sheet()
    assert "4 scores recorded" in told[-1]
    with ws.snapshot() as session:
        table = merged_table(session, panels.find_panel(session, screen.current_panel()))
        second = next(c for c in table.communities if c.items[0].scores.get("E03") is not None)
        assert second.items[0].scores["E03"] == 3.0

    opinions = tmp_path / "opinions"
    opinions.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(opinions))
    actions.write_opinions()
    assert list(opinions.glob("*.pdf"))
    summary = tmp_path / "一览表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(summary), ""))
    actions.write_summary()
    assert summary.is_file()

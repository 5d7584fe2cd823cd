"""Expert mode (pytest-qt): open a kit with its code, tick a deduction, see the engine's score, resume, return."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox

from greendesk.core.panel.kits import export_kit
from greendesk.core.panel.kits_import import import_return
from greendesk.core.panel.kits_open import load_progress, open_kit
from greendesk.core.workspace import Workspace
from greendesk.ui.expert.open_dialog import OpenKitDialog
from greendesk.ui.expert.window import ExpertWindow
from tests.panel_kit_support import make_panel


@pytest.fixture(autouse=True)
def _expert_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENDESK_EXPERT_DIR", str(tmp_path / "expert-pc"))


def test_open_dialog_refuses_a_wrong_code_then_opens(qtbot, reviewed: Workspace, tmp_path: Path) -> None:
    kit = export_kit(reviewed, make_panel(reviewed), "E01", tmp_path / "usb")
    dialog = OpenKitDialog(kit.path)
    qtbot.addWidget(dialog)
    dialog.code.setText("2345-6789-ABCD")
    dialog.accept()
    assert dialog.kit is None and "does not open the kit" in dialog.error.text()
    dialog.code.setText(kit.code)
    dialog.accept()
    assert dialog.kit is not None and dialog.result() == dialog.DialogCode.Accepted


def test_tick_a_deduction_see_the_score_resume_and_return(qtbot, reviewed: Workspace, tmp_path: Path) -> None:
    kit = export_kit(reviewed, make_panel(reviewed, items={"E01": [1, 3]}), "E01", tmp_path / "usb")
    window = ExpertWindow(open_kit(kit.path, kit.code))
    qtbot.addWidget(window)
    assert window.items.count() == 2
    editor = window.editor
    assert editor.score_label.text() == "Score: 6 of 6"
    absent = editor.controls[0].findChildren(QCheckBox)[0]  # 未建立共同缔造工作机制 (minus 4)
    absent.setChecked(True)
    assert editor.score_label.text() == "Score: 2 of 6"
    assert "minus 4 points" in editor.breakdown.text()
    records = editor.controls[1]
    records.findChildren(QCheckBox)[0].setChecked(True)
    records.findChildren(QDoubleSpinBox)[0].setValue(2.0)
    assert editor.score_label.text() == "Score: 0 of 6"
    editor.comment.setPlainText("机制文件缺失")
    code = window.current_code()
    saved = load_progress(window.kit)[(code, 1)]
    assert saved["findings"]["rules"] == {"mechanism": False, "records": 2.0}
    assert saved["comment"] == "机制文件缺失"
    assert "[0 / 6]" in window.items.item(0).text()
    window.select_item(3)  # item 3 has photos in the kit
    assert window.evidence.grid.count() == 2
    again = ExpertWindow(open_kit(kit.path, kit.code))  # reopening resumes
    qtbot.addWidget(again)
    assert again.editor.score_label.text() == "Score: 0 of 6"
    returned = window.export_return(tmp_path)
    assert returned.name == "2022-第一组-E01-评分回执.gdret"
    result = import_return(reviewed, returned)
    assert (result.items, result.added) == (1, 1)


def test_import_dialog_reports_each_file(qtbot, reviewed: Workspace, tmp_path: Path) -> None:
    from greendesk.core.panel.kits_open import fill_kit
    from greendesk.ui.context import UiContext
    from greendesk.ui.expert.import_dialog import KitImportDialog
    from tests.test_panel_kits import _scores

    panel = make_panel(reviewed)
    kit = export_kit(reviewed, panel, "E01", tmp_path / "usb")
    good = fill_kit(kit.path, kit.code, _scores(reviewed, 2.0), tmp_path / "good.gdret")
    bad = tmp_path / "bad.gdret"
    bad.write_bytes(good.read_bytes()[:-40])
    dialog = KitImportDialog(UiContext(reviewed))
    qtbot.addWidget(dialog)
    outcomes = dialog.import_files([good, bad, good])
    assert [getattr(o, "added", None) for o in outcomes] == [4, None, 0]
    text = dialog.report.toPlainText()
    assert "4 new scores recorded" in text and "is not a returned scoring kit" in text
    assert "imported before, nothing added" in text


def test_greendesk_expert_opens_the_kit_window(qtbot, monkeypatch, tmp_path: Path) -> None:
    from greendesk.cli import main
    from greendesk.ui import app
    from greendesk.ui.expert import app as expert_app

    asked: list[Path | None] = []
    monkeypatch.setattr(expert_app, "open_kit_window", lambda parent, path: asked.append(path))
    monkeypatch.setattr(app, "install_translators", lambda *args: None)
    assert main(["expert", str(tmp_path / "k.gdkit")]) == 0  # the code dialog was cancelled: no window
    assert asked == [tmp_path / "k.gdkit"]

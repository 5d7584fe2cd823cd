"""Export and Verify dialogs: they drive the core functions off the GUI thread and show the outcome."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from greendesk.core.package.export import export_package
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens import package_dialogs
from greendesk.ui.screens.package_dialogs import ExportPackageDialog, VerifyPackageDialog
from tests.package_fixtures import YEAR, build_signed_off_workspace


@pytest.fixture
def context(workspace: Workspace) -> UiContext:
    build_signed_off_workspace(workspace)
    return UiContext(workspace)


def test_export_dialog_writes_the_package_and_shows_the_fingerprint(
    qtbot, context: UiContext, tmp_path: Path
):
    dialog = ExportPackageDialog(context)
    qtbot.addWidget(dialog)
    dialog.year.setValue(YEAR)
    dialog.batch.setValue(1)
    out = tmp_path / "pkg.zip"
    dialog.output.edit.setText(str(out))
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert out.is_file() and dialog.result.communities == 2
    assert dialog.result.fingerprint in dialog.panel.status.text()
    assert dialog.panel.bar.value() == dialog.panel.bar.maximum() > 1
    assert dialog.export_button.isEnabled()


def test_export_dialog_cancel_leaves_no_file(
    qtbot, context: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def wait_for_cancel(*args, cancelled, **kwargs):
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return export_package(*args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(package_dialogs, "export_package", wait_for_cancel)
    dialog = ExportPackageDialog(context)
    qtbot.addWidget(dialog)
    dialog.year.setValue(YEAR)
    out = tmp_path / "pkg.zip"
    dialog.output.edit.setText(str(out))
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.panel.task.signals.cancelled, timeout=20000):
        dialog.reject()  # Esc or the window's close button while exporting
    assert "cancelled" in dialog.panel.status.text()
    assert dialog.export_button.isEnabled() and dialog.panel.task is None
    assert list(tmp_path.iterdir()) == [tmp_path / "workspace"]


def test_export_dialog_shows_core_errors(qtbot, context: UiContext, tmp_path: Path):
    dialog = ExportPackageDialog(context)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2030)
    dialog.output.edit.setText(str(tmp_path / "none.zip"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.panel.running, timeout=10000)
    assert "No signed-off community in 2030" in dialog.panel.status.text()


def test_verify_dialog_valid_and_tampered(qtbot, context: UiContext, tmp_path: Path):
    result = export_package(context.workspace, YEAR, tmp_path / "ok.zip")
    dialog = VerifyPackageDialog(context)
    qtbot.addWidget(dialog)
    dialog.package.edit.setText(str(result.path))
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report.valid and result.fingerprint in dialog.verdict.text()
    assert dialog.problems.count() == 0

    tampered = tmp_path / "bad.zip"
    with zipfile.ZipFile(result.path) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.endswith("汇总表.xlsx"):
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            new.writestr(info, data)
    dialog.report = None
    dialog.package.edit.setText(str(tampered))
    dialog.fingerprint.setText("00" * 32)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "NOT valid" in dialog.verdict.text()
    assert any("data/汇总表.xlsx" in text and "Altered" in text for text in texts)
    assert any("Different key" in text for text in texts)

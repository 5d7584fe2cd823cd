"""The import wizard never stays on "Reading…": a reader that dies shows its error."""

from __future__ import annotations

from pathlib import Path

from intake_fixtures import communities, list_workbook

from greendesk.core.base import spreadsheet
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.import_wizard import ImportWizard
from greendesk.ui.tasks import BackgroundTask


class _Panic(BaseException):
    """Stands in for pyo3's PanicException (a BaseException, not an Exception)."""


def test_a_reader_panic_leaves_reading_and_shows_the_error(
    qtbot, chaoyang: Workspace, tmp_path: Path, monkeypatch
) -> None:
    first, _, _ = communities(chaoyang)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, first.code, 1200, 600, "", ""]])

    def panic(_path: str) -> None:
        raise _Panic("slice index starts at 49152 but ends at 48694")

    monkeypatch.setattr(spreadsheet.CalamineWorkbook, "from_path", panic)
    monkeypatch.setattr(spreadsheet, "_read_xlsx", lambda _path: (_ for _ in ()).throw(_Panic("boom")))
    wizard = ImportWizard(UiContext(chaoyang))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(book))
    wizard.source_page.year.setValue(2022)
    page = wizard.analysis_page
    with qtbot.waitSignal(page.panel.failed, timeout=20000) as failed:
        wizard.next()
    assert failed.args == ["名单.xlsx is damaged and cannot be read (_Panic)."]
    assert page.panel.status.text() == failed.args[0] and "Reading" not in page.panel.status.text()
    assert not page.panel.running and not page.isComplete()
    wizard.resize(1000, 640)
    wizard.grab().save(str(Path("/tmp/import_wizard_reader_error.png")))


def test_the_worker_reports_a_base_exception_as_failed(qtbot) -> None:
    def work() -> None:
        raise _Panic("panicked")

    task = BackgroundTask(work, with_progress=False)
    with qtbot.waitSignal(task.signals.failed, timeout=10000) as failed:
        task.start()
    assert isinstance(failed.args[0], _Panic)

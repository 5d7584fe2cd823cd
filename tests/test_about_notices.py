"""The About dialog links the bundle's third-party licences (THIRD-PARTY-NOTICES.txt beside GreenDesk.exe)."""

from __future__ import annotations

from pathlib import Path

from review_support import small_workspace

from greendesk.core.base import paths


def _bundle(tmp_path: Path, monkeypatch, with_notices: bool) -> Path:
    """An install folder laid out as the Windows build lays it out: app\\greendesk beside the notices."""
    install = tmp_path / "GreenDesk"
    (install / "app").mkdir(parents=True)
    if with_notices:
        (install / paths.THIRD_PARTY_NOTICES).write_text(
            "PySide6_Essentials: LGPL-3.0-only\n", encoding="utf-8"
        )
    monkeypatch.setattr(paths, "_source_root", lambda: install / "app")
    return install


def test_the_bundle_notices_are_found_beside_the_app_folder(tmp_path: Path, monkeypatch) -> None:
    install = _bundle(tmp_path, monkeypatch, with_notices=True)
    assert paths.third_party_notices() == install / paths.THIRD_PARTY_NOTICES


def test_a_checkout_has_no_bundle_notices(tmp_path: Path, monkeypatch) -> None:
    _bundle(tmp_path, monkeypatch, with_notices=False)
    assert paths.third_party_notices() is None


def test_about_links_the_notices_only_when_the_bundle_has_them(
    qtbot, data_dir: Path, tmp_path, monkeypatch
) -> None:
    from greendesk.ui.main_window import MainWindow

    workspace = small_workspace(data_dir)
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        _bundle(tmp_path, monkeypatch, with_notices=False)
        assert "THIRD-PARTY-NOTICES" not in window.about_text()
        install = _bundle(tmp_path / "second", monkeypatch, with_notices=True)
        text = window.about_text()
        assert 'href="file://' in text and "THIRD-PARTY-NOTICES.txt</a>" in text
        assert str(install.name) in text
    finally:
        workspace.close()

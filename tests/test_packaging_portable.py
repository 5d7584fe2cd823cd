"""The Windows portable zip's data folder: beside the versioned app folder, so later versions find it."""

from __future__ import annotations

from pathlib import Path

import pytest

from greendesk.core.base import paths


def _unpack(portable: Path, version: str, marker: bool = True) -> Path:
    """A GreenDesk-<version> app folder as the portable zip lays it out; returns its app\\ folder."""
    folder = portable / f"GreenDesk-{version}"
    (folder / "runtime").mkdir(parents=True)
    (folder / "app").mkdir()
    if marker:
        (folder / paths.PORTABLE_MARKER).write_text("portable", encoding="utf-8")
    return folder / "app"


@pytest.fixture
def no_data_dir_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)


def test_portable_data_is_beside_the_versioned_folder(tmp_path, monkeypatch, no_data_dir_env):
    portable = tmp_path / "GreenDesk-portable"
    old = _unpack(portable, "0.1.0")
    new = _unpack(portable, "0.2.0")
    monkeypatch.setattr(paths, "_source_root", lambda: old)
    first = paths.default_data_dir()
    monkeypatch.setattr(paths, "_source_root", lambda: new)
    assert first == paths.default_data_dir() == portable / "GreenDesk-data"


def test_the_environment_still_wins(tmp_path, monkeypatch, no_data_dir_env):
    app = _unpack(tmp_path, "0.2.0")
    monkeypatch.setattr(paths, "_source_root", lambda: app)
    assert paths.portable_data_dir() == tmp_path / "GreenDesk-data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.default_data_dir() == tmp_path / "elsewhere"


def test_an_installed_bundle_is_not_portable(tmp_path, monkeypatch, no_data_dir_env):
    app = _unpack(tmp_path, "0.2.0", marker=False)
    monkeypatch.setattr(paths, "_source_root", lambda: app)
    assert paths.portable_data_dir() is None
    assert paths.default_data_dir().name == paths.APP_NAME  # the platform's per-user folder


def test_the_launcher_uses_the_same_folder_name():
    launcher = (Path(__file__).resolve().parents[1] / "packaging" / "windows" / "launcher.c").read_text()
    assert f'#define GREENDESK_PORTABLE_DATA L"{paths.PORTABLE_DATA_FOLDER}"' in launcher
    assert f'L"%ls\\\\{paths.PORTABLE_MARKER}"' in launcher

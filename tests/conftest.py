"""Shared fixtures: workspaces built in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.accounts_support import TEST_PASSWORD, TEST_USER

os.environ.setdefault("GREENDESK_USER", TEST_USER)  # the CLI acts as the fixtures' administrator
os.environ.setdefault("GREENDESK_PASSWORD", TEST_PASSWORD)
os.environ.setdefault("GREENDESK_LANG", "en")  # tests that check Chinese ask for it
# Audit anchors never go to the real profile: a folder for this run (fixtures of wider scope write
# here), and a fresh one per test below.
os.environ["GREENDESK_ANCHOR_DIR"] = tempfile.mkdtemp(prefix="greendesk-test-anchors-")

from greendesk.core.base import i18n
from greendesk.core.registry import roster
from greendesk.core.workspace import Workspace


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Core/CLI messages in English unless a test asks for Chinese (the app's default)."""
    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


@pytest.fixture(autouse=True)
def _anchor_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's audit anchors in a fresh folder of their own (subprocesses inherit the variable)."""
    folder = tmp_path_factory.mktemp("anchors")
    monkeypatch.setenv("GREENDESK_ANCHOR_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    """An empty Chaoyang workspace (no registry loaded), signed in as its administrator ``tester``
    (who holds all three roles)."""
    ws = Workspace.create(data_dir, "110105", admin=TEST_USER, password=TEST_PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def chaoyang(workspace: Workspace) -> Workspace:
    """A Chaoyang workspace with the official 2023 registry loaded (43 streets, 622 committees)."""
    roster.load_official(workspace)
    return workspace


@pytest.fixture
def reviewed(workspace: Workspace) -> Workspace:
    """Two signed-off communities with photos (see tests/package_fixtures.py)."""
    from tests.package_fixtures import build_signed_off_workspace

    build_signed_off_workspace(workspace)
    return workspace


@pytest.fixture
def package(reviewed: Workspace, tmp_path: Path):
    """The application package exported from ``reviewed``."""
    from greendesk.core.package.export import export_package
    from tests.package_fixtures import YEAR

    return export_package(reviewed, YEAR, tmp_path / "out" / "申报材料.zip")

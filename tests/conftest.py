"""Shared fixtures: workspaces built in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GREENDESK_USER", "tester")
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
    """An empty Chaoyang workspace (no registry loaded)."""
    ws = Workspace.create(data_dir, "110105", user="tester")
    yield ws
    ws.close()


@pytest.fixture
def chaoyang(workspace: Workspace) -> Workspace:
    """A Chaoyang workspace with the official 2023 registry loaded (43 streets, 622 committees)."""
    roster.load_official(workspace)
    return workspace

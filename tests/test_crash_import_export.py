"""Kill an import and an export at each of their rename, fsync, link and unlink points (SIGKILL).

Each run copies a prepared workspace, runs the operation in a child process that kills itself just
before its Nth such call, then starts the workspace as the app does. Whatever the kill point: the
workspace opens, what committed is all there, what did not leaves no file behind (photos/ holds
exactly the referenced originals and their renditions; no .part, no working folder, no new-key
temporary), and the full check finds nothing. N grows until the operation completes.
"""

from __future__ import annotations

import shutil
import signal
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from intake_fixtures import jpeg_bytes, list_workbook, write_zip
from sqlalchemy import func, select

from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.package import signing
from greendesk.core.package.verify import verify_package
from greendesk.core.safety import full_check, startup
from greendesk.core.safety.anchors import ANCHOR_DIR_ENV
from greendesk.core.storage import photos
from greendesk.core.storage.layout import Layout
from greendesk.core.storage.models import ImportBatch, Photo
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER
from tests.kill_harness import KillChild
from tests.package_fixtures import build_signed_off_workspace

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

MAX_KILL_POINTS = 60  # bounds the loop; the operations below have fewer points than this
OUT_NAME = "申报材料.zip"

# Each forked run opens and signs in, prepares its plan, then hooks the file calls and runs the
# operation, dying just before the Nth call.
RUN = """
import os
from pathlib import Path
from greendesk.core import accounts
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.package.export import export_package
from greendesk.core.workspace import Workspace


def run(fields, kill_before):
    operation, data_dir, limit, source, anchors = fields
    os.environ["GREENDESK_ANCHOR_DIR"] = anchors
    workspace = Workspace.open(Path(data_dir))
    accounts.sign_in(workspace, os.environ["GREENDESK_USER"], os.environ["GREENDESK_PASSWORD"])
    plan = analyse_package(workspace, Path(source), 2023, 1) if operation == "import" else None
    kill_before(int(limit))
    if plan is not None:
        apply_import(workspace, plan)
    else:
        export_package(workspace, 2022, Path(source), batch=2)  # one signed-off community
"""


@pytest.fixture(scope="module")
def child() -> Iterator[KillChild]:
    process = KillChild(RUN, ("replace", "rename", "fsync", "link", "unlink"))
    yield process
    process.close()


def _street_package(path: Path, colours: list[tuple[int, int, int]]) -> Path:
    """A 2023 package for 吉祥社区 of the signed-off workspace, one photo per item."""
    book = list_workbook(path.with_suffix(".xlsx"), [[1, "吉祥社区", "110105002002", 900, 700, "", ""]])
    members = {"名单.xlsx": book.read_bytes()}
    for number, colour in enumerate(colours, start=1):
        members[f"吉祥社区/第{number}条/p.jpg"] = jpeg_bytes(colour)
    return write_zip(path, members)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """A workspace to copy: signed-off communities to export, one import done, a second one to import."""
    root = tmp_path_factory.mktemp("crash")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ANCHOR_DIR_ENV, str(root / "anchors"))
        workspace = Workspace.create(root / "workspace", "110105", admin=TEST_USER, password=TEST_PASSWORD)
        build_signed_off_workspace(workspace)
        first = _street_package(root / "first.zip", [(10, 20, 30)])
        apply_import(workspace, analyse_package(workspace, first, 2023, 1))
        # The second package holds the photo already stored (on another item) and two new ones.
        second = _street_package(root / "second.zip", [(50, 50, 50), (60, 60, 60), (10, 20, 30)])
        workspace.close()
    yield {"workspace": root / "workspace", "package": second, "anchors": root / "anchors"}


def _run_killed(
    child: KillChild,
    prepared: dict[str, Path],
    operation: str,
    run_dir: Path,
    limit: int,
    source: Path,
) -> bool:
    """Copy the workspace (and its anchors) to ``run_dir``, run it killed at ``limit``; True when it completed."""
    shutil.copytree(prepared["workspace"], run_dir / "workspace")
    shutil.copytree(prepared["anchors"], run_dir / "anchors")
    fields = (operation, str(run_dir / "workspace"), str(limit), str(source), str(run_dir / "anchors"))
    outcome = child.run_once(fields)
    assert outcome in ("killed", "exit 0"), f"kill point {limit}: the run ended with {outcome!r}"
    return outcome == "exit 0"


def _start(data_dir: Path) -> None:
    """Start as the app does; the workspace must open without damage or error."""
    report = startup.open_safely(data_dir)
    try:
        assert report.refused is None and report.damaged is None and report.error is None
        assert report.workspace is not None
    finally:
        report.close()


def _files(folder: Path) -> set[str]:
    return (
        {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        if folder.exists()
        else set()
    )


def _assert_sound(data_dir: Path) -> None:
    checked = full_check.check_workspace(data_dir)
    assert checked.extra_files == [] and checked.missing_photos == [] and checked.mismatched_photos == []
    assert checked.ok, full_check.problem_lines(checked)
    leftovers = [
        name for name in _files(data_dir) if "/.incoming-" in f"/{name}" or "/.new-key-" in f"/{name}"
    ]
    assert leftovers == []
    layout = Layout(data_dir)
    assert _files(layout.photo_staging) == set() and _files(layout.temporary) == set()


def test_an_import_killed_anywhere_leaves_all_or_nothing_and_no_file_behind(
    child: KillChild, prepared: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    completed, committed_runs = False, 0
    for limit in range(1, MAX_KILL_POINTS + 1):
        run_dir = tmp_path / f"run{limit}"
        completed = _run_killed(child, prepared, "import", run_dir, limit, prepared["package"])
        monkeypatch.setenv(ANCHOR_DIR_ENV, str(run_dir / "anchors"))
        data_dir = run_dir / "workspace"
        _start(data_dir)
        workspace = Workspace.open(data_dir)
        try:
            with workspace.sessions() as session:
                batches = session.scalar(select(func.count()).select_from(ImportBatch))
                rows = {(p.sha256, p.extension) for p in session.scalars(select(Photo))}
        finally:
            workspace.close()
        assert batches in (1, 2) and len(rows) == (6 if batches == 2 else 4)  # all or nothing (4 before)
        committed_runs += batches == 2
        photos_dir = Layout(data_dir).photos
        expected = set()
        for sha, extension in rows:
            for path in (
                photos.original_path(photos_dir, sha, extension),
                photos.thumbnail_path(photos_dir, sha),
                photos.record_path(photos.thumbnail_path(photos_dir, sha)),
                photos.print_path(photos_dir, sha),
                photos.record_path(photos.print_path(photos_dir, sha)),
            ):
                expected.add(path.relative_to(photos_dir).as_posix())
        assert _files(photos_dir) == expected, f"kill point {limit}"
        _assert_sound(data_dir)
        shutil.rmtree(run_dir)
        if completed:
            break
    assert completed, "the import never completed within the bounded number of kill points"
    assert limit > 5 and committed_runs >= 2  # killed before, and at least once after, the commit


def test_an_export_killed_anywhere_leaves_the_package_or_nothing_and_no_key_outside_keys(
    child: KillChild, prepared: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    completed, keys_seen, parts_seen = False, set(), 0
    for limit in range(1, MAX_KILL_POINTS + 1):
        run_dir = tmp_path / f"run{limit}"
        out = run_dir / "usb"
        out.mkdir(parents=True)
        completed = _run_killed(child, prepared, "export", run_dir, limit, out / OUT_NAME)
        monkeypatch.setenv(ANCHOR_DIR_ENV, str(run_dir / "anchors"))
        data_dir = run_dir / "workspace"
        before_start = sorted(p.name for p in Layout(data_dir).keys.glob(".new-key-*"))
        keys_seen.update(before_start)
        parts_seen += any(path.name.endswith(".part") for path in out.iterdir())
        _start(data_dir)
        left = sorted(p.name for p in out.iterdir())
        assert left in ([], [OUT_NAME]), f"kill point {limit}: {left}"
        if left:
            assert zipfile.ZipFile(out / OUT_NAME).testzip() is None
            assert verify_package(out / OUT_NAME).valid
        keys = Layout(data_dir).keys
        installed = sorted(p.name for p in keys.iterdir()) if keys.exists() else []
        assert installed in ([], [signing.PRIVATE_KEY_NAME]), f"kill point {limit}: {installed}"
        if left:  # a package that left was signed with the installed key
            assert installed == [signing.PRIVATE_KEY_NAME]
        _assert_sound(data_dir)
        shutil.rmtree(run_dir)
        if completed:
            break
    assert completed, "the export never completed within the bounded number of kill points"
    assert keys_seen, "no kill point caught a key before it was installed: the loop missed the key"
    assert parts_seen, "no kill point caught a half-written package: the loop missed the .part"

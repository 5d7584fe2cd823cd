"""Storage trouble told as it is: a full disk (with free and needed space), a read-only or write-protected
folder, a removed drive; and backups made at the same time never reporting disk errors that are not there."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from greendesk.core.registry import roster
from greendesk.core.safety import backup, health, startup
from greendesk.core.storage import failures, file_lock
from greendesk.core.storage.failures import StorageError
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER, reopen

ROOT = Path(__file__).resolve().parents[1]
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file systems and locks")


# -- a real small file system, where this machine allows one ------------------------------------------
def _mount(folder: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only; skipped where mounting is not allowed)."""
    folder = tmp_path / "small-disk"
    if not _mount(folder, "size=3m"):
        pytest.skip("cannot mount a small tmpfs here (not root, or no mount permission)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the disk holding ``folder`` until about ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    with filler.open("wb") as handle:
        try:
            while shutil.disk_usage(folder).free > leave + 65536:
                handle.write(b"\0" * 65536)
                handle.flush()
            while shutil.disk_usage(folder).free > leave:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def _workspace_on(folder: Path) -> Workspace:
    workspace = Workspace.create(folder / "ws", "110105", admin=TEST_USER, password=TEST_PASSWORD)
    roster.load_official(workspace)
    return workspace


@POSIX_ONLY
def test_backup_on_a_full_disk_says_full_with_free_and_needed_space(small_disk: Path) -> None:
    workspace = _workspace_on(small_disk)
    before = backup.list_backups(workspace.data_dir)
    filler = _fill(small_disk, 16 * 1024)
    with pytest.raises(StorageError) as failure:
        backup.create_backup(workspace.data_dir)
    message = failure.value.render("en")
    assert "is full" in message and "disk error" not in message
    assert str(workspace.data_dir / "backups") in message
    assert "is free there" in message and "is needed" in message
    assert backup.list_backups(workspace.data_dir) == before
    assert list((workspace.data_dir / "backups").glob(".incoming-*")) == []
    filler.unlink()
    assert backup.integrity_check(workspace.db_path) == "ok"  # the database was never the problem
    assert backup.create_backup(workspace.data_dir).integrity == "ok"
    workspace.close()


@POSIX_ONLY
def test_a_healthy_database_on_a_full_disk_is_not_a_disk_error_at_start(small_disk: Path) -> None:
    workspace = _workspace_on(small_disk)
    workspace.close()
    filler = _fill(small_disk, 16 * 1024)
    report = startup.open_safely(workspace.data_dir)
    try:
        problem = report.error or report.refused
        assert problem is not None and report.damaged is None
        assert "is full" in problem.render("en") and "disk error" not in problem.render("en")
    finally:
        report.close()
    filler.unlink()
    assert health.check_on_start(workspace.data_dir) is None


@POSIX_ONLY
def test_a_read_only_mount_says_read_only_not_a_removed_drive(small_disk: Path) -> None:
    workspace = _workspace_on(small_disk)
    backup.create_backup(workspace.data_dir)
    workspace.close()
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if remounted.returncode != 0:
        pytest.skip("cannot remount read-only here")
    try:
        for attempt in (
            lambda: reopen(workspace.data_dir),
            lambda: backup.create_backup(workspace.data_dir),
            lambda: health.check_on_start(workspace.data_dir),
        ):
            with pytest.raises(StorageError) as failure:
                attempt()
            message = failure.value.render("en")
            assert "read-only or write-protected" in message, message
            assert "USB stick removed" not in message and ".lock" not in message
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], capture_output=True)


# -- the same answers without a special file system ------------------------------------------------
def _sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


def test_injected_enospc_during_a_backup_names_free_and_needed_space(
    workspace: Workspace, monkeypatch
) -> None:
    def full(_source: Path, target: Path) -> None:
        target.write_bytes(b"half a copy")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(backup, "_copy_database", full)
    with pytest.raises(StorageError) as failure:
        backup.create_backup(workspace.data_dir)
    message = failure.value.render("en")
    assert "is full" in message and str(workspace.data_dir / "backups") in message
    assert "is needed" in message and ".incoming" not in message
    assert backup.list_backups(workspace.data_dir) == []


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_sqlite_error("database or disk is full", sqlite3.SQLITE_FULL), "is full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "is full"),
        (_sqlite_error("attempt to write a readonly database", sqlite3.SQLITE_READONLY), "read-only"),
        (_sqlite_error("database is locked", sqlite3.SQLITE_BUSY), "busy"),
        (_sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR_WRITE), "disk error"),
        (OSError(errno.EIO, "Input/output error"), "disk error"),
        (_sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN), "can no longer be found"),
    ],
)
def test_sqlite_codes_and_errnos_map_distinctly(error: BaseException, expected: str, tmp_path: Path) -> None:
    translated = failures.storage_error(error, tmp_path / "greendesk.sqlite3")
    assert translated is not None and expected in translated.render("en")


def test_an_io_error_on_a_nearly_full_disk_with_space_needed_says_full(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(
        failures.shutil,
        "disk_usage",
        lambda _path: shutil._ntuple_diskusage(10**10, 10**10 - 5 * 2**20, 5 * 2**20),
    )
    error = _sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR_WRITE)
    translated = failures.storage_error(error, tmp_path, needed=50 * 2**20)
    assert translated is not None
    message = translated.render("en")
    assert "is full" in message and "5.0 MB is free there; about 50.0 MB is needed." in message
    # Enough room for what was needed: the I/O error stays an I/O error.
    assert "disk error" in failures.storage_error(error, tmp_path, needed=2**20).render("en")


def test_a_write_protected_folder_is_reported_as_such(monkeypatch, tmp_path: Path) -> None:
    """Where the medium is write-protected, SQLite only says it cannot open the file."""
    real_statvfs = os.statvfs

    class ReadOnly:
        def __init__(self, path) -> None:
            self.f_flag = real_statvfs(path).f_flag | os.ST_RDONLY

    monkeypatch.setattr(failures.os, "statvfs", ReadOnly, raising=False)
    for error in (
        _sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN),
        OSError(errno.EACCES, "Permission denied"),  # how some systems report a write-protected stick
        _sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR_SHMOPEN),
    ):
        message = failures.storage_error(error, tmp_path / "greendesk.sqlite3").render("en")
        assert "read-only or write-protected" in message and "USB stick removed" not in message


def test_a_removed_drive_says_so(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "usb" / "ws", "110105", admin=TEST_USER, password=TEST_PASSWORD)
    workspace.close()
    (tmp_path / "usb").rename(tmp_path / "pulled-out")  # the drive letter / mount point is gone
    for error in (
        OSError(errno.EIO, "Input/output error"),  # what Linux reports for a pulled stick
        OSError(errno.ENODEV, "No such device"),
        _sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR_READ),
    ):
        message = failures.storage_error(error, workspace.db_path).render("en")
        assert "can no longer be found" in message and "disk error" not in message


# -- backups at the same time ----------------------------------------------------------------------
def _assert_all_listed_and_verified(data_dir: Path, made: list[backup.BackupInfo]) -> None:
    listed = {info.id: info for info in backup.list_backups(data_dir)}
    index = json.loads((data_dir / "backups" / "index.json").read_text(encoding="utf-8"))
    assert len({info.id for info in made}) == len(made)
    for info in made:
        assert info.integrity == "ok"
        if info.id in listed:  # thinning may have removed older ones of the same reason
            assert index[info.id]["integrity"] == "ok"
            assert backup.integrity_check(info.path) == "ok"
    assert set(index) == set(listed)
    assert list((data_dir / "backups").glob(".incoming-*")) == []


def test_three_backups_at_once_in_threads_all_succeed(chaoyang: Workspace) -> None:
    errors: list[BaseException] = []
    made: list[backup.BackupInfo] = []
    for _round in range(4):
        start = threading.Barrier(3)

        def run(reason: str, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                made.append(backup.create_backup(chaoyang.data_dir, reason))
            except BaseException as error:  # collected and asserted below
                errors.append(error)

        threads = [threading.Thread(target=run, args=(reason,)) for reason in ("manual", "import", "daily")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(made) == 12
    _assert_all_listed_and_verified(chaoyang.data_dir, made)
    assert {"manual", "import", "daily"} <= {info.reason for info in backup.list_backups(chaoyang.data_dir)}


BACKER = """
import json, sys
from pathlib import Path
from greendesk.core.safety import backup
info = backup.create_backup(Path(sys.argv[1]), sys.argv[2])
print(json.dumps({"id": info.id, "integrity": info.integrity}))
"""


@POSIX_ONLY
def test_three_backups_at_once_in_separate_processes_all_succeed(chaoyang: Workspace) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", BACKER, str(chaoyang.data_dir), reason],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for reason in ("manual", "manual", "import")
    ]
    results = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0], [err for _out, err in results]
    made = [json.loads(out) for out, _err in results]
    assert len({entry["id"] for entry in made}) == 3 and {entry["integrity"] for entry in made} == {"ok"}
    listed = {info.id for info in backup.list_backups(chaoyang.data_dir)}
    assert {entry["id"] for entry in made} <= listed


@POSIX_ONLY
def test_a_backup_waits_for_the_one_running_and_keeps_its_temporary_file(chaoyang: Workspace) -> None:
    folder = chaoyang.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    finished = threading.Event()
    made: list[backup.BackupInfo] = []

    def run() -> None:
        made.append(backup.create_backup(chaoyang.data_dir))
        finished.set()

    with file_lock.held(chaoyang.layout.backup_lock, timeout=5):  # another backup is being made
        thread = threading.Thread(target=run)
        thread.start()
        assert not finished.wait(0.5)  # it waits, it does not fail
    thread.join(30)
    assert finished.is_set() and made[0].integrity == "ok"


def test_without_a_lock_only_old_temporary_files_are_removed(tmp_path: Path) -> None:
    young, old = tmp_path / ".incoming-1-aa-x.sqlite3", tmp_path / ".incoming-2-bb-y.sqlite3"
    young.write_bytes(b"being written by a running backup")
    old.write_bytes(b"left by a killed one")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    backup._remove_leftovers(tmp_path, older_than=backup.LEFTOVER_AGE_SECONDS)
    assert young.exists() and not old.exists()


# -- the app's start-up never crashes on storage trouble -------------------------------------------
SHOTS = Path("/tmp/greendesk-storage-shots")


def _disk_full(folder: Path) -> StorageError:
    return StorageError(failures.DISK_FULL, file=str(folder))


@pytest.fixture
def boxes(monkeypatch, tmp_path: Path, request: pytest.FixtureRequest) -> list[str]:
    """The text of every error dialog the last resort shows (each grabbed to a PNG), answered at once."""
    from PySide6.QtWidgets import QMessageBox

    from greendesk.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(crash, "log_file", lambda: tmp_path / "log" / "greendesk-errors.log")

    def answer(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        SHOTS.mkdir(exist_ok=True)
        box.show()
        name = "".join(c if c.isalnum() else "-" for c in request.node.name)
        box.grab().save(str(SHOTS / f"{name}-{len(shown)}.png"))
        box.hide()
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    for static in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            static,
            staticmethod(lambda _parent, title, text, *_a, **_k: shown.append(f"{title}\n{text}") or 0),
        )
    return shown


def _lock_is_free(data_dir: Path) -> bool:
    from greendesk.core.safety.lock import WorkspaceLock

    WorkspaceLock(data_dir).acquire().release()
    return True


@pytest.mark.parametrize("step", ["open_safely", "first start", "sign-in", "main window"])
def test_a_storage_error_at_any_start_step_is_a_dialog_and_a_clean_exit(
    qtbot, workspace: Workspace, boxes: list[str], monkeypatch, step: str
) -> None:
    from greendesk.ui import app, main_window, signin

    data_dir = workspace.data_dir
    workspace.close()
    full = _disk_full(data_dir / "greendesk.sqlite3")

    def fail(*_args, **_kwargs):
        raise full

    if step == "open_safely":
        monkeypatch.setattr(startup, "open_safely", fail)
    elif step == "first start":
        data_dir = data_dir.parent / "first-start"  # an empty folder: the first-run dialog would create one
        data_dir.mkdir()
        monkeypatch.setattr(app, "create_workspace", fail)
    elif step == "sign-in":
        monkeypatch.setattr(signin, "sign_in_at_start", fail)
    else:
        monkeypatch.setattr(signin, "sign_in_at_start", lambda _workspace: True)
        monkeypatch.setattr(main_window, "MainWindow", fail)
    previous_hook = sys.excepthook
    assert app.run_gui(data_dir) == 2
    assert sys.excepthook is previous_hook
    (shown,) = boxes
    assert "GreenDesk cannot start" in shown and "is full" in shown and "will close now" in shown
    assert "Traceback" not in shown
    assert _lock_is_free(data_dir)


def test_a_failed_daily_backup_at_start_is_a_warning_and_the_start_goes_on(
    qtbot, workspace: Workspace, boxes: list[str], monkeypatch
) -> None:
    from greendesk.ui import app, signin

    data_dir = workspace.data_dir
    workspace.close()
    monkeypatch.setattr(backup, "ensure_daily_backup", lambda _d: (_ for _ in ()).throw(_disk_full(data_dir)))
    asked: list[Workspace] = []
    monkeypatch.setattr(signin, "sign_in_at_start", lambda ws: asked.append(ws) or False)
    assert app.run_gui(data_dir) == 0
    assert len(asked) == 1 and len(boxes) == 1 and "is full" in boxes[0]
    assert _lock_is_free(data_dir)


@POSIX_ONLY
def test_the_app_on_a_really_full_disk_says_so_and_exits(qtbot, small_disk: Path, boxes: list[str]) -> None:
    from greendesk.ui import app

    workspace = _workspace_on(small_disk)
    workspace.close()
    _fill(small_disk, 16 * 1024)
    assert app.run_gui(workspace.data_dir) in (1, 2)
    assert len(boxes) == 1 and "is full" in boxes[0] and "disk error" not in boxes[0]


def test_the_last_resort_hook_shows_a_dialog_and_logs_the_details(
    qtbot, boxes: list[str], tmp_path: Path
) -> None:
    from greendesk.ui import crash

    try:
        raise KeyError("community 110105004001")
    except KeyError as error:
        crash.excepthook(KeyError, error, error.__traceback__)
    (shown,) = boxes
    assert "unexpected problem" in shown and "KeyError" in shown and "Traceback" not in shown
    log = (tmp_path / "log" / "greendesk-errors.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "community 110105004001" in log
    storage = _disk_full(tmp_path / "ws" / "greendesk.sqlite3")
    crash.excepthook(StorageError, storage, None)
    assert "is full" in boxes[1] and "goes on" in boxes[1]

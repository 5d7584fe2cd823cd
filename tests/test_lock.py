"""One GreenDesk per workspace, stale locks, and warnings about network / cloud folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from greendesk.core.safety import lock
from greendesk.core.safety.lock import LockHolder, WorkspaceLock, WorkspaceLockedError
from greendesk.core.storage.layout import Layout

ROOT = Path(__file__).resolve().parents[1]


def _write_lock(folder: Path, **fields: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    holder = {"host": lock._host(), "pid": 1, "user": "王老师", "started_at": "2026-11-25T08:00:00", **fields}
    Layout(folder).lock.write_text(json.dumps(holder), encoding="utf-8")


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_lock_holds_who_and_since_and_is_released(tmp_path: Path) -> None:
    with WorkspaceLock(tmp_path, user="李主任") as held:
        holder = lock.read_holder(tmp_path)
        assert holder == held.holder and holder.user == "李主任" and holder.pid > 0
        with pytest.raises(WorkspaceLockedError) as refused:
            WorkspaceLock(tmp_path).acquire()
        message = refused.value.render("en")
        assert "李主任" in message and holder.started_at.strftime("%Y-%m-%d %H:%M") in message
        assert "已" in refused.value.render("zh_CN")  # translated
    assert not Layout(tmp_path).lock.exists()


def test_a_second_process_is_refused(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from greendesk.core.safety.lock import WorkspaceLock, WorkspaceLockedError
        try:
            WorkspaceLock(Path({str(tmp_path)!r})).acquire()
        except WorkspaceLockedError as error:
            print("refused:", error.render("en"))
        else:
            print("acquired")
        """
    )
    with WorkspaceLock(tmp_path, user="holder"):
        result = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
    assert result.stdout.startswith("refused:") and "holder" in result.stdout, result.stderr


def test_stale_lock_of_a_dead_process_on_this_computer_is_taken_over(tmp_path: Path) -> None:
    _write_lock(tmp_path, pid=_dead_pid())
    with WorkspaceLock(tmp_path) as held:
        assert held.took_over is not None and held.took_over.user == "王老师"
        assert lock.read_holder(tmp_path) == held.holder


def test_lock_from_another_computer(tmp_path: Path) -> None:
    recent = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    _write_lock(tmp_path, host="review-pc-2", started_at=recent.isoformat())
    with pytest.raises(WorkspaceLockedError) as refused:
        WorkspaceLock(tmp_path).acquire()
    assert "review-pc-2" in refused.value.render("en") and "12 hours" in refused.value.render("en")
    old = datetime.now() - timedelta(hours=13)
    _write_lock(tmp_path, host="review-pc-2", started_at=old.isoformat())
    with WorkspaceLock(tmp_path) as held:
        assert held.took_over is not None and held.took_over.host == "review-pc-2"


def test_release_never_removes_someone_elses_lock(tmp_path: Path) -> None:
    first = WorkspaceLock(tmp_path).acquire()
    Layout(tmp_path).lock.unlink()  # e.g. removed by hand, and another instance started
    _write_lock(tmp_path, pid=999999, host="other")
    first.release()
    assert lock.read_holder(tmp_path).host == "other"


def test_unreadable_fresh_lock_is_respected_old_one_replaced(tmp_path: Path) -> None:
    path = Layout(tmp_path).lock
    path.write_text("")
    with pytest.raises(WorkspaceLockedError):
        WorkspaceLock(tmp_path).acquire()
    old = (datetime.now() - timedelta(minutes=5)).timestamp()
    os.utime(path, (old, old))
    with WorkspaceLock(tmp_path):
        assert lock.read_holder(tmp_path) is not None


def test_same_host_alive_pid_but_started_before_boot_is_stale() -> None:
    boot = lock._boot_time()
    if boot is None:
        pytest.skip("no boot time on this platform")
    holder = LockHolder(host=lock._host(), pid=1, user="x", started_at=boot - timedelta(days=1))
    assert lock.is_stale(holder)
    assert not lock.is_stale(LockHolder(host=lock._host(), pid=1, user="x", started_at=datetime.now()))


MOUNTS = """\
/dev/vda / ext4 rw 0 0
server:/exports /mnt/office nfs4 rw 0 0
//nas/share /mnt/nas cifs rw 0 0
alice@host:/data /home/alice/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/usb\\040stick vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "warned"),
    [
        ("/home/alice/greendesk", False),
        ("/mnt/office/greendesk", True),
        ("/mnt/nas/审核", True),
        ("/home/alice/remote/ws", True),
        ("/media/usb stick/ws", False),
        ("/mnt/officeextra/ws", False),  # a prefix of a name is not a mount point
    ],
)
def test_network_mounts_on_linux(folder: str, warned: bool) -> None:
    warning = lock.location_warning(Path(folder), platform="linux", mounts_text=MOUNTS)
    assert (warning is not None) == warned
    if warned:
        assert "network drive" in warning.render("en")


def test_unc_path_on_windows() -> None:
    warning = lock.location_warning(Path(r"\\server\share\greendesk"), platform="win32")
    assert warning is not None and "network drive" in warning.render("en")


@pytest.mark.parametrize(
    "folder",
    [
        "/home/alice/OneDrive - 朝阳区住建委/greendesk",
        "/Users/wang/Library/Mobile Documents/com~apple~CloudDocs/ws",
        "/home/alice/Dropbox/ws",
        "/home/alice/我的坚果云/ws",
        "/home/alice/BaiduNetdisk/ws",
        "/home/alice/百度网盘同步/ws",
        "/home/alice/WPS云盘/ws",
        "/home/alice/Google Drive/ws",
    ],
)
def test_cloud_folders_warn(folder: str) -> None:
    warning = lock.location_warning(Path(folder), platform="linux", mounts_text="/dev/vda / ext4 rw 0 0")
    assert warning is not None and "cloud-synced" in warning.render("en")
    assert "云" in warning.render("zh_CN")


def test_a_plain_local_folder_has_no_warning(tmp_path: Path) -> None:
    assert lock.location_warning(tmp_path, platform="linux", mounts_text="/dev/vda / ext4 rw 0 0") is None


def test_a_reused_pid_started_after_the_lock_is_stale() -> None:
    boot = lock._boot_time()
    me = lock._process_started_at(os.getpid(), boot)
    if me is None or me - boot < timedelta(minutes=2):
        pytest.skip("needs /proc and a process started well after boot")
    before_me = me - timedelta(minutes=1)  # a lock taken by an earlier process that had our pid
    assert lock.is_stale(LockHolder(host=lock._host(), pid=os.getpid(), user="x", started_at=before_me))
    with WorkspaceLock(Path(tempfile.mkdtemp())) as held:  # our own, real lock is not stale
        assert not lock.is_stale(held.holder)

"""One GreenDesk per workspace: a lock file, stale-lock detection, and warnings about risky folders.

SQLite's own locking keeps single statements safe, but two copies of the app editing the same
review at once would still overwrite each other's work; so the first one to start holds
``greendesk.lock`` (host, pid, user, start time) and a second start is refused with who and since
when. A lock left by a crash on this computer is taken over at once (its process is gone); one from
another computer only after ``FOREIGN_LOCK_MAX_AGE`` (we cannot see its processes).

SQLite on network drives and in folders synced by cloud clients loses data (broken file locks,
half-synced copies), hence ``location_warning``.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path, PureWindowsPath
from types import TracebackType
from typing import Any

from greendesk.core.base import jsonfile
from greendesk.core.base.errors import Message, WorkspaceError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import failures
from greendesk.core.storage.layout import Layout

FOREIGN_LOCK_MAX_AGE = timedelta(hours=12)
UNREADABLE_LOCK_GRACE = timedelta(seconds=30)  # a lock being written right now is briefly empty
PROCESS_START_SLACK = timedelta(seconds=2)  # boot time and lock times are whole seconds


class WorkspaceLockedError(WorkspaceError):
    """Another GreenDesk holds the workspace."""


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    started_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "pid": self.pid,
            "user": self.user,
            "started_at": self.started_at.isoformat(timespec="seconds"),
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> LockHolder:
        return cls(
            host=str(raw["host"]),
            pid=int(raw["pid"]),
            user=str(raw.get("user", "")),
            started_at=datetime.fromisoformat(str(raw["started_at"])),
        )


def _host() -> str:
    return socket.gethostname() or "localhost"


def _user() -> str:
    try:
        return os.environ.get("GREENDESK_USER") or getpass.getuser()
    except (OSError, KeyError):
        return "user"


def _boot_time() -> datetime | None:
    """Linux: processes started before the last boot are gone even if their pid is reused."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            for line in stat:
                if line.startswith("btime "):
                    return datetime.fromtimestamp(int(line.split()[1]))
    except (OSError, ValueError):
        pass
    return None


def _process_started_at(pid: int, boot: datetime | None) -> datetime | None:
    """Linux: when a process started (field 22 of /proc/<pid>/stat, clock ticks after boot)."""
    if boot is None:
        return None
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        return boot + timedelta(seconds=ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        exit_code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code))
        kernel32.CloseHandle(handle)
        return exit_code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(data_dir: Path) -> LockHolder | None:
    try:
        raw = jsonfile.read(Layout(data_dir).lock)
        return LockHolder.from_dict(raw)
    except (OSError, jsonfile.JsonFileError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder, now: datetime | None = None, host: str | None = None) -> bool:
    """Same computer: stale when the process is gone. Another computer: only when very old."""
    now = now or datetime.now()
    if holder.host == (host or _host()):
        if not pid_alive(holder.pid):
            return True
        boot = _boot_time()
        if boot is not None and holder.started_at < boot:
            return True
        # The pid was reused by a process started after the lock was taken: not the holder.
        started = _process_started_at(holder.pid, boot)
        return started is not None and started > holder.started_at + PROCESS_START_SLACK
    return now - holder.started_at > FOREIGN_LOCK_MAX_AGE


def _locked_error(data_dir: Path, holder: LockHolder) -> WorkspaceLockedError:
    since = holder.started_at.strftime("%Y-%m-%d %H:%M")
    if holder.host == _host():
        return WorkspaceLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workspace {folder} is already open in GreenDesk by {user} on this computer (process {pid}) "
                "since {since}. Switch to that window, or close it first.",
            ),
            folder=str(data_dir),
            user=holder.user,
            pid=holder.pid,
            since=since,
        )
    return WorkspaceLockedError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The workspace {folder} is already open in GreenDesk by {user} on computer {host} since {since}. "
            "Close it there first. If that computer crashed, the lock expires {hours} hours after it was taken.",
        ),
        folder=str(data_dir),
        user=holder.user,
        host=holder.host,
        since=since,
        hours=int(FOREIGN_LOCK_MAX_AGE.total_seconds() // 3600),
    )


class WorkspaceLock:
    """``with WorkspaceLock(data_dir):`` (or acquire()/release()) around a GUI session or long command."""

    def __init__(self, data_dir: Path, user: str | None = None) -> None:
        self.data_dir = data_dir
        self.path = Layout(data_dir).lock
        self.holder = LockHolder(
            host=_host(),
            pid=os.getpid(),
            user=user or _user(),
            started_at=datetime.now().replace(microsecond=0),
        )
        self.held = False
        self.took_over: LockHolder | None = None  # the stale holder replaced, for a status message

    def _try_create(self) -> bool:
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(self.holder.to_dict(), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def acquire(self) -> WorkspaceLock:
        if self.held:
            return self
        with failures.translated(self.path):
            self.data_dir.mkdir(parents=True, exist_ok=True)
            for _attempt in range(3):
                if self._try_create():
                    self.held = True
                    return self
                current = read_holder(self.data_dir)
                if current is None:
                    if not self._unreadable_lock_is_old():
                        raise WorkspaceLockedError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The workspace {folder} is being opened by another GreenDesk right now.",
                            ),
                            folder=str(self.data_dir),
                        )
                elif not is_stale(current):
                    raise _locked_error(self.data_dir, current)
                else:
                    self.took_over = current
                self.path.unlink(missing_ok=True)
        raise WorkspaceLockedError(  # pragma: no cover - three lost races in a row
            QT_TRANSLATE_NOOP(
                "Errors", "The workspace {folder} is being opened by another GreenDesk right now."
            ),
            folder=str(self.data_dir),
        )

    def _unreadable_lock_is_old(self) -> bool:
        try:
            modified = datetime.fromtimestamp(self.path.stat().st_mtime)
        except FileNotFoundError:
            return True
        return datetime.now() - modified > UNREADABLE_LOCK_GRACE

    def release(self) -> None:
        """Remove the lock file, but only if it is still ours (never another instance's)."""
        if not self.held:
            return
        self.held = False
        if read_holder(self.data_dir) == self.holder:
            try:
                self.path.unlink()
            except OSError as error:  # the drive went away: nothing more we can do
                if error.errno not in (errno.ENOENT, errno.EROFS, errno.EACCES, errno.ENODEV, errno.EIO):
                    raise

    def __enter__(self) -> WorkspaceLock:
        return self.acquire()

    def __exit__(
        self, _type: type[BaseException] | None, _value: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.release()


@contextmanager
def workspace_lock(data_dir: Path, user: str | None = None) -> Iterator[WorkspaceLock]:
    with WorkspaceLock(data_dir, user) as lock:
        yield lock


# -- risky locations --------------------------------------------------------------------------------
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "sshfs",
    "afs",
    "9p",
    "davfs",
    "ncpfs",
    "glusterfs",
}
# Lower-case fragments of a folder name that cloud sync clients create.
CLOUD_FOLDER_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "我的云端硬盘",
    "icloud",
    "mobile documents",
    "坚果云",
    "nutstore",
    "百度网盘",
    "baidunetdisk",
    "wps云盘",
    "wpsdrive",
    "seafile",
    "nextcloud",
)

NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "Lock",
    "The workspace {folder} is on a network drive. SQLite databases can be damaged when shared over the "
    "network; keep the workspace on a local disk or a USB stick.",
)
CLOUD_WARNING = QT_TRANSLATE_NOOP(
    "Lock",
    "The workspace {folder} is inside a cloud-synced folder ({service}). Sync clients can copy the database "
    "half-written or create conflicting copies; move the workspace to a folder that is not synced.",
)


class LockMessage(Message):
    context = "Lock"


def _linux_mount_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point containing ``path``."""
    best, best_type = "", None
    target = path.as_posix()
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_filesystem(fs_type: str) -> bool:
    return fs_type in NETWORK_FILESYSTEMS or (fs_type.startswith("fuse.") and fs_type != "fuse.portal")


def _windows_network_drive(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive or len(drive) != 2:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # type: ignore[attr-defined]  # DRIVE_REMOTE


def cloud_service(path: Path | str) -> str | None:
    """The cloud sync folder name found among the path's components, if any."""
    text = str(path)
    parts = PureWindowsPath(text).parts if "\\" in text else Path(text).parts
    for part in parts:
        lowered = part.lower()
        for marker in CLOUD_FOLDER_MARKERS:
            if marker in lowered:
                return part
    return None


def location_warning(
    data_dir: Path, platform: str | None = None, mounts_text: str | None = None
) -> Message | None:
    """A warning for network drives and cloud-synced folders, or None for a local folder."""
    platform = platform or sys.platform
    try:
        resolved = data_dir.resolve()
    except OSError:
        resolved = data_dir
    text = str(data_dir) if platform == "win32" else str(resolved)
    network = False
    if platform == "win32":
        network = text.startswith(("\\\\", "//")) or (
            sys.platform == "win32" and _windows_network_drive(text)
        )
    elif platform.startswith("linux"):
        if mounts_text is None:
            try:
                mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                mounts_text = ""
        fs_type = _linux_mount_type(resolved, mounts_text)
        network = fs_type is not None and is_network_filesystem(fs_type)
    if network:
        return LockMessage(NETWORK_WARNING, folder=text)
    service = cloud_service(text)
    if service:
        return LockMessage(CLOUD_WARNING, folder=text, service=service)
    return None

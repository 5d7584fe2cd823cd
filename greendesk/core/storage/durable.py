"""Making a rename survive a power cut: after ``os.replace`` the folder itself must reach the disk.

A file written under a temporary name, fsynced and renamed is complete or absent, but on POSIX the
rename lives in the folder's entry table, which is only durable once the folder is fsynced too.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_directory(folder: Path) -> None:
    """Flush ``folder``'s entries (renames, new and removed files); nothing to do on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

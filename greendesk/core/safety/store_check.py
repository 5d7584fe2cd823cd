"""The photo store against the database: originals and renditions verified, problems told from information.

Originals live in ``photos/<two hex>/``, renditions in ``photos/thumbs/`` and ``photos/print/`` with
a record of what each was derived from and its own SHA-256 (storage.photos). A file no photo row
references is a true orphan (a problem ``check --repair`` removes), unless a backup or a set-aside
database references it: then it was kept from a later state (after a restore to an older backup)
and is information, so a restore can be undone without losing photos.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from greendesk.core.safety import backup
from greendesk.core.storage import images, photos
from greendesk.core.storage.layout import Layout

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class StoreFindings:
    photo_count: int = 0
    photos_checked: int = 0  # originals re-hashed
    missing_photos: list[str] = field(default_factory=list)  # sha256 of originals not in the store
    mismatched_photos: list[str] = field(default_factory=list)  # sha256 whose bytes changed
    extra_files: list[str] = field(default_factory=list)  # true orphans (relative paths): problems
    altered_renditions: list[str] = field(default_factory=list)  # renditions not matching their record
    kept_from_later: list[str] = field(default_factory=list)  # referenced by a backup/set-aside: info
    unrecorded_renditions: int = 0  # made before records existed; re-derived before use: info

    @property
    def ok(self) -> bool:
        return not (
            self.missing_photos or self.mismatched_photos or self.extra_files or self.altered_renditions
        )

    def removable(self) -> list[str]:
        """What ``check --repair`` removes: true orphans and altered renditions (with their records)."""
        renditions = [
            name for path in self.altered_renditions for name in (path, path + photos.RECORD_SUFFIX)
        ]
        return sorted(set(self.extra_files) | set(renditions))


def store_files(photos_dir: Path) -> set[str]:
    """Relative POSIX paths of every file in the store (originals, renditions, records, strays)."""
    found: set[str] = set()
    if not photos_dir.is_dir():
        return found
    for root, _dirs, files in os.walk(photos_dir):
        for name in files:
            found.add((Path(root) / name).relative_to(photos_dir).as_posix())
    return found


def _referenced_elsewhere(data_dir: Path) -> set[tuple[str, str]]:
    """(sha256, extension) of the photos the backups and set-aside databases know (best effort)."""
    layout = Layout(data_dir)
    files = [info.path for info in backup.list_backups(data_dir)]
    if layout.set_aside.is_dir():
        files.extend(path for path in layout.set_aside.glob("*.sqlite3") if path.is_file())
    known: set[tuple[str, str]] = set()
    for path in files:
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                known.update(connection.execute("SELECT sha256, extension FROM photo"))
            finally:
                connection.close()
        except sqlite3.Error:
            continue  # a damaged or foreign file references nothing
    return known


def _relative(photos_dir: Path, path: Path) -> str:
    return path.relative_to(photos_dir).as_posix()


def _owned_paths(photos_dir: Path, rows: Iterable[tuple[str, str]]) -> set[str]:
    """Every path a photo may own: its original, its renditions and their records."""
    owned: set[str] = set()
    for sha, extension in rows:
        owned.add(_relative(photos_dir, photos.original_path(photos_dir, sha, extension)))
        for kind in (photos.THUMBNAIL, photos.PRINT):
            rendition = photos.rendition_path(photos_dir, sha, kind)
            owned.add(_relative(photos_dir, rendition))
            owned.add(_relative(photos_dir, photos.record_path(rendition)))
    return owned


def check_store(
    data_dir: Path,
    rows: list[tuple[str, str]],
    verify_hashes: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StoreFindings:
    """Compare the store with the photo rows ``rows`` (sha256, extension); re-hash when asked."""
    photos_dir = Layout(data_dir).photos
    findings = StoreFindings(photo_count=len(rows))
    present = store_files(photos_dir)
    owned = _owned_paths(photos_dir, rows)
    unowned = sorted(present - owned)
    if unowned:
        later = _owned_paths(photos_dir, _referenced_elsewhere(data_dir))
        findings.kept_from_later = [path for path in unowned if path in later]
        findings.extra_files = [path for path in unowned if path not in later]
    originals = [(sha, photos.original_path(photos_dir, sha, ext)) for sha, ext in rows]
    findings.missing_photos = sorted(
        sha for sha, path in originals if _relative(photos_dir, path) not in present
    )
    if not verify_hashes:
        return findings
    to_hash = [(sha, path) for sha, path in originals if _relative(photos_dir, path) in present]
    for done, (sha, path) in enumerate(sorted(to_hash), start=1):
        if cancelled and cancelled():
            break
        try:
            actual = images.sha256_file(path)
        except OSError:
            actual = ""
        if actual != sha:
            findings.mismatched_photos.append(sha)
        _check_renditions(photos_dir, sha, findings)
        findings.photos_checked = done
        if progress:
            progress(done, len(to_hash))
    return findings


def _check_renditions(photos_dir: Path, sha: str, findings: StoreFindings) -> None:
    for kind in (photos.THUMBNAIL, photos.PRINT):
        state = photos.rendition_state(photos_dir, sha, kind)
        if state == photos.RENDITION_ALTERED:
            findings.altered_renditions.append(
                _relative(photos_dir, photos.rendition_path(photos_dir, sha, kind))
            )
        elif state == photos.RENDITION_UNRECORDED:
            findings.unrecorded_renditions += 1


def remove_files(photos_dir: Path, relative_paths: Iterable[str]) -> list[str]:
    """Delete the named store files (each must lie inside the store); returns those removed."""
    removed: list[str] = []
    root = photos_dir.resolve()
    for relative in relative_paths:
        path = (photos_dir / relative).resolve()
        if root not in path.parents or not path.is_file():
            continue
        path.unlink()
        removed.append(relative)
    return removed

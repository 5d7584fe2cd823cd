"""What interrupted operations left behind, removed at the next start (and the next export).

A killed import, export or backup cannot clean up after itself, so each keeps its temporary files
only at places declared in storage.layout, and notes first what it writes elsewhere:

- photos: half-written files ``.incoming-*`` beside their final name; an import's journal in
  ``photos/.staging/`` lists the hashes it may store before its transaction commits;
- backups: ``backups/.incoming-*`` and the index being rewritten (``index.json.tmp``);
- exports: their working folder in ``tmp/``; the package itself is written beside its target as
  ``.<name>.<random>.part``, after a note naming it in ``tmp/parts/``;
- the signing key: ``keys/.new-key-*`` until it is installed under its final name.

:func:`remove_leftovers` runs at start only while this process holds the workspace lock (no other
GreenDesk is then in the middle of an operation) and removes exactly those: a journal's photos only
when no photo row references them, a noted ``.part`` only by the name the note gives. A file that
cannot be removed stays for the next start; nothing here stops a start.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from greendesk.core.reports.files import output_file
from greendesk.core.safety.lock import pid_alive
from greendesk.core.storage import durable, photos
from greendesk.core.storage.layout import INCOMING_PREFIX, NEW_KEY_PREFIX, PART_SUFFIX, Layout
from greendesk.core.storage.models import Photo

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_WORKING_FOLDER = re.compile(r"^[a-z]+-(?P<pid>\d+)-")  # tmp/<purpose>-<pid>-<random>
_QUERY_CHUNK = 500


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Remove what interrupted operations of this workspace left; returns the paths removed.

    Call only while holding the workspace lock, after the start check found the database sound.
    """
    layout = Layout(data_dir)
    removed: list[Path] = []
    _remove_import_journals(layout, removed)
    _remove_incoming(layout.photos, removed)
    for leftover in _glob(layout.backups, f"{INCOMING_PREFIX}*"):
        _remove(leftover, removed)
    for leftover in _glob(layout.keys, f"{NEW_KEY_PREFIX}*"):
        _remove(leftover, removed)
    _remove_exports(layout, removed, only_dead=False)
    _remove_incoming(layout.part_notes, removed)  # a note cut short while being written
    return removed


# -- imports ----------------------------------------------------------------------------------------
def _remove_import_journals(layout: Layout, removed: list[Path]) -> None:
    """For each journal: its photos no row references, then the journal (kept if the database cannot tell)."""
    journals = [path for path in _glob(layout.photo_staging, "*.json") if path.is_file()]
    if not journals:
        return
    listed = {path: _journal_hashes(path) for path in journals}
    referenced = _referenced(layout.database, set().union(*listed.values()))
    if referenced is None:
        return
    for journal, hashes in listed.items():
        complete = True
        for sha256 in sorted(hashes - referenced):
            for path in _photo_files(layout.photos, sha256):
                complete &= _remove(path, removed)
        if complete:
            _remove(journal, removed)


def _journal_hashes(journal: Path) -> set[str]:
    """The hashes a journal lists (an unreadable one was cut short before any photo was written)."""
    try:
        listed = json.loads(journal.read_text(encoding="utf-8")).get("sha256", [])
    except (OSError, ValueError, AttributeError):
        return set()
    if not isinstance(listed, list):
        return set()
    return {value for value in listed if isinstance(value, str) and _SHA256.match(value)}


def _referenced(db_path: Path, hashes: set[str]) -> set[str] | None:
    """Which of ``hashes`` have a photo row; None when the database cannot be read."""
    if not db_path.is_file():
        return None
    if not hashes:
        return set()
    ordered = sorted(hashes)
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with Session(engine) as session:
            found: set[str] = set()
            for start in range(0, len(ordered), _QUERY_CHUNK):
                chunk = ordered[start : start + _QUERY_CHUNK]
                found.update(session.scalars(select(Photo.sha256).where(Photo.sha256.in_(chunk))))
            return found
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def _photo_files(photos_dir: Path, sha256: str) -> Iterator[Path]:
    """The original (any extension), thumbnail and print copy of one hash, with the renditions' records."""
    yield from _glob(photos_dir / sha256[:2], f"{sha256}.*")
    for kind in (photos.THUMBNAIL, photos.PRINT):
        rendition = photos.rendition_path(photos_dir, sha256, kind)
        yield rendition
        yield photos.record_path(rendition)


def _remove_incoming(folder: Path, removed: list[Path]) -> None:
    """Half-written ``.incoming-*`` files anywhere below ``folder`` (links are not followed)."""
    if not folder.is_dir():
        return
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.startswith(INCOMING_PREFIX):
                _remove(Path(root) / name, removed)


# -- exports ----------------------------------------------------------------------------------------
@contextmanager
def part_beside(data_dir: Path, target: Path) -> Iterator[tuple[int, Path]]:
    """A new empty ``.<target name>.<random>.part`` beside ``target``, noted in the workspace first.

    Yields (open descriptor, path); the caller writes it and renames it to ``target``. Leaving the
    block removes the part if it is still there, then the note. Leftovers of exports whose process
    is gone are removed first (the next export cleans up after a killed one).
    """
    target = output_file(target)
    layout = Layout(data_dir)
    _remove_exports(layout, [], only_dead=True)
    token = f"{os.getpid()}-{secrets.token_hex(8)}"
    part = target.parent / f".{target.name}.{token}{PART_SUFFIX}"
    note = layout.part_notes / f"{token}.json"
    payload = json.dumps({"path": str(part), "pid": os.getpid()}).encode("utf-8")
    durable.write_atomically(note, lambda handle: handle.write(payload))
    try:
        descriptor = os.open(part, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            yield descriptor, part
        finally:
            part.unlink(missing_ok=True)
    finally:
        note.unlink(missing_ok=True)


@contextmanager
def working_folder(data_dir: Path, purpose: str) -> Iterator[Path]:
    """A fresh folder in the workspace's ``tmp/`` for one operation, removed with everything in it."""
    layout = Layout(data_dir)
    layout.temporary.mkdir(parents=True, exist_ok=True)
    folder = layout.temporary / f"{purpose}-{os.getpid()}-{secrets.token_hex(8)}"
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_exports(layout: Layout, removed: list[Path], only_dead: bool) -> None:
    """Noted ``.part`` files and working folders (with ``only_dead``: of processes no longer running)."""
    for note in _glob(layout.part_notes, "*.json"):
        part, pid = _read_note(note)
        if only_dead and (pid is None or pid_alive(pid)):
            continue
        if part is None or _remove(part, removed):
            _remove(note, removed)
    for entry in _glob(layout.temporary, "*"):
        if entry == layout.part_notes:
            continue
        match = _WORKING_FOLDER.match(entry.name)
        if only_dead and (match is None or pid_alive(int(match["pid"]))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            if not entry.exists():
                removed.append(entry)
        else:
            _remove(entry, removed)


def _read_note(note: Path) -> tuple[Path | None, int | None]:
    """The part a note names (only a ``.<name>.part`` file) and the pid that wrote it."""
    try:
        raw = json.loads(note.read_text(encoding="utf-8"))
        part, pid = Path(raw["path"]), int(raw["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None, None  # cut short before its part was created
    if not (part.name.startswith(".") and part.name.endswith(PART_SUFFIX)):
        return None, pid
    return part, pid


# -- helpers ----------------------------------------------------------------------------------------
def _glob(folder: Path, pattern: str) -> Iterable[Path]:
    try:
        return sorted(folder.glob(pattern)) if folder.is_dir() else []
    except OSError:
        return []


def _remove(path: Path, removed: list[Path]) -> bool:
    """Remove one file; False when it is still there (it stays for the next start)."""
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    removed.append(path)
    return True

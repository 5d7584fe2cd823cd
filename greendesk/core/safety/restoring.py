"""Setting a database aside and restoring one: a workspace always has exactly one live database.

A restore writes the verified copy beside the database (``.incoming-greendesk.sqlite3``, fsynced),
keeps the current database as a self-contained copy in ``set-aside/`` (never deleted), makes sure no
side file of the old database (a -wal with frames, its -shm, a journal) could be paired with the new
one, notes in the commit record what it is putting in place, and only then replaces the database
with ONE rename. A crash at any point leaves the old or the new database in place, never none, and
never a stale WAL; the next start finishes an interrupted restore (the anchors' ``restore`` line,
superseded backups, the record) and removes what it left behind. It holds the workspace lock, so no
other GreenDesk writes meanwhile.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from greendesk.core.base import clock
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.safety import anchors, backup, commit_record
from greendesk.core.safety.backup import BackupError, BackupInfo
from greendesk.core.safety.lock import WorkspaceLock, read_holder
from greendesk.core.storage import db, durable, failures
from greendesk.core.storage.layout import Layout


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    set_aside: Path | None  # where the replaced database was kept (None when there was none)

    def to_dict(self) -> dict[str, Any]:
        return {
            "backup": self.backup.to_dict(),
            "set_aside": str(self.set_aside) if self.set_aside else None,
        }


# -- setting aside ---------------------------------------------------------------------------------
def _set_aside_target(layout: Layout, why: str) -> Path:
    folder = layout.set_aside
    folder.mkdir(parents=True, exist_ok=True)
    base = f"greendesk-{clock.now().strftime('%Y%m%d-%H%M%S')}-{why}"
    target = folder / f"{base}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{base}.{counter}.sqlite3"
    return target


def set_aside(data_dir: Path, why: str) -> Path | None:
    """Move the database (with its WAL files, which hold committed data) into set-aside/; never delete."""
    layout = Layout(data_dir)
    db_path = layout.database
    if not db_path.exists():
        return None
    with failures.translated(layout.set_aside):
        target = _set_aside_target(layout, why)
        # Side files first: a crash in between leaves the main file where SQLite still finds it.
        for suffix, side in layout.database_side_files.items():
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        os.replace(db_path, target)
        durable.fsync_directory(target.parent)
        durable.fsync_directory(data_dir)
    return target


def _copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _keep_current(layout: Layout) -> Path | None:
    """A self-contained copy of the current database (its WAL included) in set-aside/, fsynced."""
    db_path = layout.database
    if not db_path.exists():
        return None
    target = _set_aside_target(layout, "before-restore")
    try:
        backup._copy_database(db_path, target, read_only=True)
    except sqlite3.DatabaseError:  # a file SQLite cannot read is kept byte for byte, side files too
        target.unlink(missing_ok=True)
        _copy_durably(db_path, target)
        for suffix, side in layout.database_side_files.items():
            if side.exists():
                _copy_durably(side, target.with_name(target.name + suffix))
    durable.fsync_directory(target.parent)
    return target


def _retire_side_files(layout: Layout) -> None:
    """Empty the old database's WAL into it and remove its side files, so none pairs with the new file.

    Run after the old database was kept: a crash here leaves it in place with all it held.
    """
    sides = [side for side in layout.database_side_files.values() if side.exists()]
    if not sides:
        return
    try:
        connection = backup._connect(layout.database)
        try:
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back a hot journal
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:  # not a database: its side files were copied byte for byte
        busy = 0
    if busy:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {file} is still in use by another program; close it and try again."
            ),
            file=str(layout.database),
        )
    for side in layout.database_side_files.values():
        side.unlink(missing_ok=True)
    durable.fsync_directory(layout.data_dir)


# -- restoring -------------------------------------------------------------------------------------
@contextmanager
def _holding_lock(data_dir: Path) -> Iterator[None]:
    """The workspace lock for the restore: this process's (the app's session) or taken for it."""
    mine = WorkspaceLock(data_dir)
    holder = read_holder(data_dir)
    if holder is not None and (holder.host, holder.pid) == (mine.holder.host, mine.holder.pid):
        yield
        return
    with mine:  # refused (WorkspaceLockedError) while another GreenDesk has the workspace open
        yield


def _verify(info: BackupInfo) -> None:
    verdict = backup.integrity_check(info.path)
    if verdict != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {file} is damaged ({problem}) and cannot be restored; choose another."
            ),
            file=str(info.path),
            problem=verdict,
        )
    if info.schema_revision is not None and info.schema_revision not in db.known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {file} was made by a newer version of GreenDesk (schema {revision}); "
                "install that version to restore it.",
            ),
            file=str(info.path),
            revision=info.schema_revision,
        )


def _put_in_place(data_dir: Path, source: Path, backup_id: str) -> Path | None:
    """Copy ``source`` in beside the database and make it the database in one rename."""
    layout = Layout(data_dir)
    db_path, incoming = layout.database, layout.incoming_database
    with failures.translated(db_path):
        try:
            backup._copy_database(source, incoming, read_only=True)
        except sqlite3.DatabaseError as error:
            if failures.storage_error(error, db_path) is not None:
                raise  # disk trouble: translated by failures.translated
            incoming.unlink(missing_ok=True)  # not a database at all
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "Copying the backup {file} failed."), file=str(source)
            ) from error
        if backup.integrity_check(incoming) != "ok":
            incoming.unlink(missing_ok=True)
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "Copying the backup {file} failed."), file=str(source)
            )
        state = anchors.file_state(incoming)
        kept = _keep_current(layout)
        _retire_side_files(layout)
        if state is not None:
            commit_record.preparing_restore(data_dir, state, backup_id)
        else:  # a file from before workspace ids: nothing to compare it with (the next start records it)
            layout.commit_record.unlink(missing_ok=True)
        os.replace(incoming, db_path)
        durable.fsync_directory(data_dir)
    return kept


def restore(data_dir: Path, backup_id: str) -> RestoreResult:
    """Replace the workspace database with a backup. Close the workspace first (GUI: Workspace.reconnect)."""
    info = backup.find_backup(data_dir, backup_id)
    _verify(info)
    with _holding_lock(data_dir):
        kept = _put_in_place(data_dir, info.path, info.id)
        _finish(data_dir, info)
    return RestoreResult(backup=info, set_aside=kept)


def take_back(data_dir: Path, set_aside_file: Path) -> Path | None:
    """Continue with a database that was set aside (behind its record, but newer than every backup).

    What it still holds becomes the workspace again, as a new line of history; returns where the
    database it replaces was kept (usually none: the damaged one was moved away at start).
    """
    with _holding_lock(data_dir):
        kept = _put_in_place(data_dir, set_aside_file, "")
        _finish(data_dir, None)
    return kept


# -- finishing (also after a crash) --------------------------------------------------------------
def _mark_superseded(data_dir: Path, restored: BackupInfo | None, state: anchors.FileState) -> None:
    """Backups whose history was given up: newer than the restored one, or (no backup restored) ones
    whose chain end the restored content does not reach. They stay restorable; their anchors no longer count."""
    layout = Layout(data_dir)
    with failures.translated(layout.backups):
        layout.backups.mkdir(exist_ok=True)
        with backup.backups_locked(layout):  # a backup running now writes the index too
            index = backup._read_index(layout)
            now = clock.now().isoformat()
            for info in backup.list_backups(data_dir):
                if not isinstance(index.get(info.id), dict):
                    continue
                if restored is not None:
                    given_up = backup._newest_first_key(info) > backup._newest_first_key(restored)
                else:
                    given_up = info.audit_count is not None and (
                        info.audit_count > state.count
                        or commit_record.hash_at(layout.database, info.audit_count) != info.audit_head
                    )
                if given_up:
                    index[info.id].setdefault("superseded_at", now)
            backup._write_index(layout, index)


def _finish(data_dir: Path, restored: BackupInfo | None) -> None:
    """After the rename: the restored content is the line of history anchors compare with from now on.

    Safe to repeat (the next start repeats it when a crash came first): the ``restore`` anchor line
    is written once, superseded marks keep their first time.
    """
    layout = Layout(data_dir)
    state = anchors.file_state(layout.database)
    if state is None:
        return
    _mark_superseded(data_dir, restored, state)
    known = anchors.read(state.workspace_id) or []
    last = known[-1] if known else None
    if last is None or (last.source, last.count, last.head) != (anchors.RESTORE, state.count, state.head):
        anchors.append(state.workspace_id, state.count, state.head, anchors.RESTORE, start=0)
    commit_record.write(data_dir, commit_record.of_state(state))


def interrupted(data_dir: Path) -> bool:
    """Whether a restore (or a record write) was interrupted here: something for the next start to finish."""
    record = commit_record.read(data_dir)
    return bool((record is not None and record.restoring is not None) or Layout(data_dir).leftovers)


def finish_interrupted(data_dir: Path) -> None:
    """At start, holding the lock: finish a restore a crash interrupted; remove what it left behind."""
    layout = Layout(data_dir)
    record = commit_record.read(data_dir)
    if record is not None and record.restoring is not None:
        state = anchors.file_state(layout.database) if layout.database.is_file() else None
        if state is not None and commit_record.restore_matches(record, state):
            restored = next(
                (info for info in backup.list_backups(data_dir) if info.id == record.restoring.backup), None
            )
            _finish(data_dir, restored)
        else:  # the crash came before the rename: the old database is still the live one
            commit_record.write(data_dir, replace(record, restoring=None))
    for leftover in layout.leftovers:
        leftover.unlink(missing_ok=True)

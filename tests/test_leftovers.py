"""What interrupted imports, exports and backups leave is removed at the next start, and only that."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from intake_fixtures import communities, jpeg_bytes, list_workbook, write_zip
from sqlalchemy import select

from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.intake.problems import ImportCancelled
from greendesk.core.package import signing
from greendesk.core.package.export import export_package
from greendesk.core.safety import full_check, leftovers, startup
from greendesk.core.safety.lock import WorkspaceLock
from greendesk.core.storage import durable, photos
from greendesk.core.storage.layout import Layout
from greendesk.core.storage.models import Photo
from greendesk.core.workspace import Workspace
from tests.package_fixtures import YEAR


def _orphan(photos_dir: Path, content: bytes) -> tuple[str, list[Path]]:
    """Files of a photo an interrupted import wrote (original and renditions), with no row."""
    sha = hashlib.sha256(content).hexdigest()
    files = [
        photos.original_path(photos_dir, sha, "jpg"),
        photos.thumbnail_path(photos_dir, sha),
        photos.print_path(photos_dir, sha),
    ]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return sha, files


def _journal(layout: Layout, name: str, hashes: list[str]) -> Path:
    layout.photo_staging.mkdir(parents=True, exist_ok=True)
    path = layout.photo_staging / f"{name}.json"
    path.write_text(json.dumps({"sha256": hashes}), encoding="utf-8")
    return path


def _note(layout: Layout, name: str, part: Path, pid: int) -> Path:
    layout.part_notes.mkdir(parents=True, exist_ok=True)
    path = layout.part_notes / f"{name}.json"
    path.write_text(json.dumps({"path": str(part), "pid": pid}), encoding="utf-8")
    return path


def _photo_rows(data_dir: Path) -> set[str]:
    workspace = Workspace.open(data_dir)
    try:
        with workspace.sessions() as session:
            return set(session.scalars(select(Photo.sha256)))
    finally:
        workspace.close()


def _leave_everything(workspace: Workspace, outside: Path) -> dict[str, list[Path]]:
    """What killed operations leave (in a workspace with signed-off photos), and what must stay."""
    layout = workspace.layout
    with workspace.sessions() as session:
        kept_sha = session.scalars(select(Photo.sha256)).first()
    orphan_sha, orphan_files = _orphan(layout.photos, b"half-imported photo")
    journal = _journal(layout, "killed-import", [kept_sha, orphan_sha, "../../not-a-hash"])
    shard = layout.photos / orphan_sha[:2]
    part = outside / ".申报材料.zip.123-abc.part"
    part.write_bytes(b"PK half a package")
    export_folder = layout.temporary / "export-123-abc"
    (export_folder / "110105001001").mkdir(parents=True)
    (export_folder / "110105001001" / "record.pdf").write_bytes(b"%PDF")
    layout.keys.mkdir(exist_ok=True)
    new_key = layout.keys / ".new-key-1a2b"
    new_key.write_bytes(b"-----BEGIN PRIVATE KEY-----")
    layout.backups.mkdir(exist_ok=True)
    removed = [
        *orphan_files,
        journal,
        shard / ".incoming-x1",
        layout.photos / "thumbs" / ".incoming-x2",
        layout.photo_staging / ".incoming-x3",
        part,
        _note(layout, "123-abc", part, 123),
        export_folder,
        new_key,
        layout.backups / ".incoming-greendesk-20240101-000000-daily.sqlite3",
        layout.backups / ".incoming-index.json.99-abcd",  # an index write cut short
    ]
    for path in removed:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"leftover")
    # Not leftovers of this workspace's operations: a user's own files, a note naming one of them.
    own_zip = outside / ".hidden-but-mine.zip"
    own_zip.write_bytes(b"mine")
    _note(layout, "tampered", own_zip, 123)
    kept = [
        photos.original_path(layout.photos, kept_sha, "jpg"),
        photos.thumbnail_path(layout.photos, kept_sha),
        own_zip,
    ]
    return {"removed": removed, "kept": kept, "sha": [kept_sha]}


def test_the_next_start_removes_what_killed_operations_left(reviewed: Workspace, tmp_path: Path) -> None:
    outside = tmp_path / "usb"
    outside.mkdir()
    data_dir = reviewed.data_dir
    expected = _leave_everything(reviewed, outside)
    reviewed.close()
    assert full_check.check_workspace(data_dir, verify_hashes=False).extra_files  # red before

    report = startup.open_safely(data_dir)
    try:
        assert report.workspace is not None and report.error is None
    finally:
        report.close()

    assert [path for path in expected["removed"] if path.exists()] == []
    assert all(path.exists() for path in expected["kept"])
    assert expected["sha"][0] in _photo_rows(data_dir)
    checked = full_check.check_workspace(data_dir)
    assert checked.extra_files == [] and checked.missing_photos == [] and checked.ok
    # The note that named a file which is no .part file is gone; the file it named is not.
    assert list(Layout(data_dir).part_notes.glob("*.json")) == []


def test_nothing_is_removed_without_the_lock_or_while_another_greendesk_holds_it(
    reviewed: Workspace, tmp_path: Path
) -> None:
    outside = tmp_path / "usb"
    outside.mkdir()
    data_dir = reviewed.data_dir
    expected = _leave_everything(reviewed, outside)
    reviewed.close()

    reader = startup.open_safely(data_dir, exclusive=False)  # a command that only reads
    reader.close()
    # (its daily backup clears backups/ of a previous backup's temporary files itself, as before)
    backups = Layout(data_dir).backups
    assert [p for p in expected["removed"] if not p.exists() and p.parent != backups] == []

    with WorkspaceLock(data_dir, "other"):  # the app has the workspace open
        refused = startup.open_safely(data_dir)
        assert refused.refused is not None
    assert [p for p in expected["removed"] if not p.exists() and p.parent != backups] == []


def test_journals_stay_while_the_database_cannot_say_what_is_referenced(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "no-database")
    sha, files = _orphan(layout.photos, b"photo of a workspace whose database was set aside")
    journal = _journal(layout, "killed-import", [sha])
    removed = leftovers.remove_leftovers(layout.data_dir)
    assert journal.exists() and all(path.exists() for path in files) and removed == []


def _street_package(workspace: Workspace, tmp_path: Path, count: int = 3) -> Path:
    first, _, _ = communities(workspace)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    members = {"名单.xlsx": book.read_bytes()}
    for number in range(1, count + 1):
        members[f"{first.name}/第{number}条/p.jpg"] = jpeg_bytes((number, 9, 9))
    return write_zip(tmp_path / "p.zip", members)


def test_an_import_journals_its_hashes_before_writing_and_removes_the_journal_after(
    chaoyang: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = analyse_package(chaoyang, _street_package(chaoyang, tmp_path), 2022, 1)
    staging = chaoyang.layout.photo_staging
    seen: list[set[str]] = []
    real_write = durable.write_atomically

    def watching(target: Path, write, durable: bool = True) -> None:
        if chaoyang.photos_dir in target.parents and target.parent != staging:  # a photo file: journalled
            journals = [json.loads(p.read_text())["sha256"] for p in staging.glob("*.json")]
            assert len(journals) == 1 and target.name.split(".")[0] in journals[0]
            seen.append(set(journals[0]))
        real_write(target, write, durable)

    monkeypatch.setattr(durable, "write_atomically", watching)
    apply_import(chaoyang, plan)
    planned = {photo.sha256 for photo in plan.photos}
    assert seen and all(hashes == planned for hashes in seen)  # one journal write, every hash in it
    assert list(staging.iterdir()) == []


def test_a_cancelled_import_leaves_no_journal(chaoyang: Workspace, tmp_path: Path) -> None:
    plan = analyse_package(chaoyang, _street_package(chaoyang, tmp_path, count=5), 2022, 1)
    calls: list[int] = []

    def cancel_later() -> bool:
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(ImportCancelled):
        apply_import(chaoyang, plan, cancelled=cancel_later)
    staging = chaoyang.layout.photo_staging
    assert not staging.exists() or list(staging.iterdir()) == []
    assert full_check.check_workspace(chaoyang.data_dir, verify_hashes=False).extra_files == []


def test_the_signing_key_is_owner_only_in_keys_and_no_temporary_stays(
    reviewed: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[tuple[str, int]] = []
    real_open = os.open

    def recording(path, flags, mode=0o777, *args, **kwargs):
        if Path(path).name.startswith(".new-key-"):
            created.append((str(path), mode))
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", recording)
    export_package(reviewed, YEAR, tmp_path / "out" / "申报材料.zip")
    keys = reviewed.layout.keys
    assert len(created) == 1 and Path(created[0][0]).parent == keys and created[0][1] == 0o600
    assert sorted(p.name for p in keys.iterdir()) == [signing.PRIVATE_KEY_NAME]
    if os.name == "posix":
        assert stat.S_IMODE(signing.key_path(reviewed.data_dir).stat().st_mode) == 0o600


def test_an_export_works_in_the_workspace_and_the_next_export_removes_a_killed_ones_files(
    reviewed: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    layout = reviewed.layout
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(gone.stdout)  # a process that has ended
    dead_part = out / f".申报材料.zip.{dead_pid}-aa.part"
    dead_part.write_bytes(b"PK")
    dead_note = _note(layout, f"{dead_pid}-aa", dead_part, dead_pid)
    dead_folder = layout.temporary / f"export-{dead_pid}-aa"
    dead_folder.mkdir(parents=True)
    live_part = out / ".申报材料.zip.live.part"  # an export of a running process (this one)
    live_part.write_bytes(b"PK")
    live_note = _note(layout, "live", live_part, os.getpid())

    result = export_package(reviewed, YEAR, out / "申报材料.zip")
    assert result.path.is_file()
    assert not dead_part.exists() and not dead_note.exists() and not dead_folder.exists()
    assert live_part.exists() and live_note.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(["申报材料.zip", live_part.name])
    assert [p.name for p in layout.temporary.iterdir()] == ["parts"]

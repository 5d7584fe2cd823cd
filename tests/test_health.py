"""``check``: database integrity, audit chain (edited / deleted entries), and the photo store."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from greendesk.cli import main
from greendesk.core.registry import roster
from greendesk.core.safety import full_check
from greendesk.core.storage import photos
from greendesk.core.workspace import Workspace


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def with_photos(chaoyang: Workspace) -> tuple[Workspace, list[str]]:
    shas = []
    with chaoyang.transaction() as session:
        for colour in ((200, 10, 10), (10, 200, 10), (10, 10, 200)):
            row, _ = photos.store(session, chaoyang.photos_dir, _jpeg(colour), "photo.jpg")
            shas.append(row.sha256)
    for n, community in enumerate(roster.list_communities(chaoyang)[:4]):
        roster.update_community(chaoyang, community.code, households=1000 + n)
    return chaoyang, shas


def test_a_sound_workspace_passes(with_photos: tuple[Workspace, list[str]]) -> None:
    workspace, shas = with_photos
    report = full_check.check_workspace(workspace.data_dir)
    assert report.ok, report.to_dict()
    assert report.photo_count == report.photos_checked == 3
    assert report.audit_entries == 3 + 4  # the administrator, workspace.create, registry load, four edits
    assert photos.thumbnail_path(workspace.photos_dir, shas[0]).exists()  # thumbnails are no extras


def test_an_edited_audit_entry_is_detected(with_photos: tuple[Workspace, list[str]]) -> None:
    workspace, _ = with_photos
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute("UPDATE audit_entry SET new_json = '{\"households\": 9}' WHERE id = 4")
    report = full_check.check_workspace(workspace.data_dir)
    assert not report.ok
    assert [(p.entry_id, p.reason) for p in report.audit_problems] == [(4, "content")]
    assert "entry 4 was edited" in full_check.problem_lines(report)[0].render("en")


def test_a_deleted_audit_entry_is_detected(with_photos: tuple[Workspace, list[str]]) -> None:
    workspace, _ = with_photos
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute("DELETE FROM audit_entry WHERE id = 3")
    report = full_check.check_workspace(workspace.data_dir)
    assert [(p.entry_id, p.reason) for p in report.audit_problems] == [(4, "link")]
    assert "deleted" in full_check.problem_lines(report)[0].render("en")


def test_deleting_the_newest_entry_is_not_visible_in_the_chain(
    with_photos: tuple[Workspace, list[str]],
) -> None:
    """Truncation at the end leaves a valid chain: that is why the head hash goes into every export."""
    workspace, _ = with_photos
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    assert full_check.check_workspace(workspace.data_dir).audit_problems == []


def test_photo_store_problems_are_listed(with_photos: tuple[Workspace, list[str]]) -> None:
    workspace, (missing, altered, intact) = with_photos
    photos.original_path(workspace.photos_dir, missing, "jpg").unlink()
    original = photos.original_path(workspace.photos_dir, altered, "jpg")
    original.write_bytes(original.read_bytes()[:-10] + b"0123456789")
    stray = workspace.photos_dir / "ab" / "not-a-photo.txt"
    stray.parent.mkdir(exist_ok=True)
    stray.write_text("left behind")
    photos.thumbnail_path(workspace.photos_dir, intact).unlink()  # derived: rebuilt, not a problem
    # A replaced print copy no longer matches its record: a problem (it passed check before issue 15).
    rendition = workspace.photos_dir / "print" / intact[:2] / f"{intact}.jpg"
    rendition.write_bytes(b"a substitute print rendition")
    (workspace.photos_dir / "stray-in-root.jpg").write_bytes(b"x")

    report = full_check.check_workspace(workspace.data_dir)
    assert report.missing_photos == [missing]
    assert report.mismatched_photos == [altered]
    assert report.extra_files == ["ab/not-a-photo.txt", "stray-in-root.jpg"]
    assert report.altered_renditions == [f"print/{intact[:2]}/{intact}.jpg"]
    assert report.integrity == [] and report.audit_problems == []
    assert len(full_check.problem_lines(report)) == 5

    quick = full_check.check_workspace(workspace.data_dir, verify_hashes=False)
    assert quick.mismatched_photos == [] and quick.missing_photos == [missing]


def test_check_can_be_cancelled_and_reports_progress(with_photos: tuple[Workspace, list[str]]) -> None:
    workspace, _ = with_photos
    seen: list[tuple[int, int]] = []
    report = full_check.check_workspace(
        workspace.data_dir,
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 1,
    )
    assert seen == [(1, 3)] and report.photos_checked == 1


def test_damaged_database_is_reported_not_crashed_on(workspace: Workspace) -> None:
    workspace.close()
    data = bytearray(workspace.db_path.read_bytes())
    data[0:16] = b"garbage garbage!"
    workspace.db_path.write_bytes(bytes(data))
    report = full_check.check_workspace(workspace.data_dir)
    assert not report.ok and report.integrity


def test_cli_check_exit_codes(
    with_photos: tuple[Workspace, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, _ = with_photos
    folder = str(workspace.data_dir)
    assert main(["--data-dir", folder, "check"]) == 0
    assert "No problems found" in capsys.readouterr().out
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute("UPDATE audit_entry SET user = 'someone else' WHERE id = 2")
    assert main(["--data-dir", folder, "check", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False and result["audit_problems"] == [{"entry_id": 2, "reason": "content"}]


def test_cli_check_without_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "check"]) == 2
    assert not (tmp_path / "none" / "greendesk.sqlite3").exists()

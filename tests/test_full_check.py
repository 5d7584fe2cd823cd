"""``check`` is green exactly when the workspace is sound (issue 15): real damage, made with SQL and bytes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from audit_attacks import edit_and_rechain
from package_fixtures import YEAR as PACKAGE_YEAR
from PIL import Image
from review_support import jpeg, recommend, small_workspace

from greendesk.cli import main
from greendesk.core import accounts, audit, settings
from greendesk.core.identity import PermissionDenied
from greendesk.core.package.export import export_package
from greendesk.core.review import commands
from greendesk.core.safety import anchors, backup, full_check, restoring
from greendesk.core.safety.lock import WorkspaceLock
from greendesk.core.storage import images, photos
from greendesk.core.storage.failures import StorageError
from greendesk.core.workspace import Workspace
from tests.accounts_support import reopen

FIRST, SECOND = "110105001001", "110105001002"
YEAR = 2022


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Decisions made through the commands (each with its review.decide entry), and one photo."""
    folder = tmp_path_factory.mktemp("decided") / "workspace"
    workspace = small_workspace(folder)
    for code in (FIRST, SECOND):
        recommend(workspace, code, YEAR)
    for item in range(1, 5):
        commands.decide(workspace, FIRST, item, "fail", f"first {item}")
        commands.decide(workspace, SECOND, item, "more", f"second {item}")
    commands.decide(workspace, FIRST, 1, "more", "changed my mind")
    with workspace.transaction() as session:
        photos.store(session, workspace.photos_dir, jpeg((200, 30, 30)), "red.jpg")
    workspace_id = settings.WORKSPACE_ID.read(workspace)
    workspace.close()
    return folder, anchors.anchor_file(workspace_id)


@pytest.fixture
def decided(template: tuple[Path, Path], tmp_path: Path, _anchor_dir: Path) -> Workspace:
    folder, anchor_file = template
    shutil.copytree(folder, tmp_path / "workspace")
    shutil.copy(anchor_file, _anchor_dir / anchor_file.name)
    workspace = reopen(tmp_path / "workspace")
    yield workspace
    workspace.close()


def _sql(workspace: Workspace, *statements: str) -> None:
    with sqlite3.connect(workspace.db_path) as connection:
        for statement in statements:
            connection.execute(statement)


def _check(workspace: Workspace, hashes: bool = False) -> full_check.CheckReport:
    return full_check.check_workspace(workspace.data_dir, verify_hashes=hashes)


def _lines(report: full_check.CheckReport) -> list[str]:
    return [line.render("en") for line in full_check.problem_lines(report)]


def test_the_sound_workspace_is_green(decided: Workspace) -> None:
    report = _check(decided, hashes=True)
    assert report.ok, _lines(report)
    assert full_check.info_lines(report) == []


# -- decision rows edited with SQL ----------------------------------------------------------------
LATEST = "(SELECT max(id) FROM decision)"
EDITS = {
    "outcome of the latest row": f"UPDATE decision SET outcome = 'pass' WHERE id = {LATEST}",
    "comment": f"UPDATE decision SET comment = 'edited' WHERE id = {LATEST}",
    "decider": f"UPDATE decision SET decided_by = 'mallory' WHERE id = {LATEST}",
    "time": f"UPDATE decision SET decided_at = '2001-01-01 00:00:00.000000' WHERE id = {LATEST}",
    "measured value": f"UPDATE decision SET measured_value = 0.0000001 WHERE id = {LATEST}",
    "round as text": f"UPDATE decision SET round = 'one' WHERE id = {LATEST}",
    "moved to another item": f"UPDATE decision SET item_number = 9 WHERE id = {LATEST}",
    "moved to another community": "UPDATE decision SET recommendation_id = "
    f"(SELECT max(id) FROM recommendation) WHERE id = {LATEST}",
    "removed": f"DELETE FROM decision WHERE id = {LATEST}",
    "added": "INSERT INTO decision (recommendation_id, round, item_number, outcome, comment, decided_by, "
    "decided_at) SELECT recommendation_id, round, item_number, 'pass', '', decided_by, decided_at "
    f"FROM decision WHERE id = {LATEST}",
    "added for no recommendation": "INSERT INTO decision (recommendation_id, round, item_number, outcome, "
    "comment, decided_by, decided_at) VALUES (999, 1, 1, 'pass', '', 'x', '2022-01-01 00:00:00')",
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_every_decision_row_edit_is_reported(decided: Workspace, edit: str) -> None:
    decided.close()
    _sql(decided, "PRAGMA foreign_keys = OFF", EDITS[edit])
    report = _check(decided)
    assert not report.ok, edit
    assert report.anchored.replay_problems or report.foreign_keys
    assert report.audit_problems == []  # the log itself is intact: only the tables changed


def test_decision_rows_renumbered_across_items_are_reported(decided: Workspace) -> None:
    """Two rows of different items swap ids: each item still agrees, the order of the log does not."""
    decided.close()
    with sqlite3.connect(decided.db_path) as connection:
        (first,), (second,) = connection.execute(
            "SELECT id FROM decision WHERE comment IN ('first 2', 'second 3') ORDER BY id"
        ).fetchall()
        connection.execute("UPDATE decision SET id = -1 WHERE id = ?", (first,))
        connection.execute("UPDATE decision SET id = ? WHERE id = ?", (first, second))
        connection.execute("UPDATE decision SET id = ? WHERE id = -1", (second,))
    (problem,) = _check(decided).anchored.replay_problems
    assert problem.kind == "decision_sequence" and problem.params["row"] == first


def test_a_decision_time_edit_names_row_and_entry(decided: Workspace) -> None:
    decided.close()
    _sql(decided, EDITS["time"])
    (problem,) = _check(decided).anchored.replay_problems
    assert problem.kind == "decision_time"
    assert "says it was made 2001-01-01" in problem.message().render("en")


def test_decision_rows_before_an_upgrade_are_vouched_for_by_its_digest(reviewed: Workspace) -> None:
    """The package fixture's rows predate its baseline (as after migration 0009): edits still show."""
    assert _check(reviewed).ok
    reviewed.close()
    _sql(reviewed, "UPDATE decision SET outcome = 'fail' WHERE id = 3")
    (problem,) = _check(reviewed).anchored.replay_problems
    assert problem.kind == "decisions_before_baseline"
    assert "were changed with SQL" in problem.message().render("en")


def test_a_baseline_without_digest_is_information(reviewed: Workspace) -> None:
    """An upgrade by an earlier release recorded no digest: said, not red."""
    reviewed.close()
    with sqlite3.connect(reviewed.db_path) as connection:
        rows = connection.execute("SELECT id, new_json FROM audit_entry WHERE action = 'workspace.assign_id'")
        (entry_id, new_json), *_ = rows.fetchall()
    # Recorded as the old release did (no digest), the chain rewritten to match.
    edit_and_rechain(reviewed.db_path, entry_id, new_json.replace('"decisions_digest"', '"no_digest"'))
    report = _check(reviewed)
    assert report.anchored.unverified_decisions > 0 and report.anchored.replay_problems == []
    assert any("cannot vouch" in line.render("en") for line in full_check.info_lines(report))


# -- the database file ----------------------------------------------------------------------------
def _index_page(db_path: Path, index: str) -> int:
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = connection.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (index,))
        return pages.fetchall()[-1][0]


def test_bytes_flipped_in_an_index_page_are_found(decided: Workspace) -> None:
    decided.close()
    page = _index_page(decided.db_path, "ix_audit_entry_entity_key")
    data = bytearray(decided.db_path.read_bytes())
    size = 4096 if len(data) % 4096 == 0 else 1024
    with sqlite3.connect(decided.db_path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    end = page * size  # the cell content of a b-tree page sits at its end: the index keys
    for offset in range(end - 200, end - 20, 7):
        data[offset] ^= 0x20
    decided.db_path.write_bytes(bytes(data))
    report = _check(decided)
    assert not report.ok and report.integrity
    assert any("Database integrity" in line for line in _lines(report))


def test_an_index_that_disagrees_with_its_table_is_found(decided: Workspace) -> None:
    """writable_schema: the index now claims another column; quick_check misses it, the full check not."""
    decided.close()
    _sql(
        decided,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX ix_audit_entry_entity_key ON audit_entry (action)' "
        "WHERE name = 'ix_audit_entry_entity_key'",
    )
    assert backup.integrity_check(decided.db_path, quick=True) == "ok"
    report = _check(decided)
    assert any("missing from index ix_audit_entry_entity_key" in problem for problem in report.integrity)


@pytest.mark.parametrize(
    ("statement", "kind"),
    [
        ("UPDATE community SET name = CAST(x'ff' AS TEXT) WHERE code = '110105001002'", "not_utf8"),
        ("UPDATE community SET name = x'e4b8' WHERE code = '110105001002'", "blob"),
    ],
)
def test_damaged_text_is_named_by_table_row_and_column(decided: Workspace, statement: str, kind: str) -> None:
    decided.close()
    with sqlite3.connect(decided.db_path) as connection:
        (row_id,) = connection.execute("SELECT id FROM community WHERE code = '110105001002'").fetchone()
    _sql(decided, statement, "UPDATE decision SET comment = CAST(x'c3' AS TEXT) WHERE id = 2")
    report = _check(decided)
    assert not report.ok
    found = {(d.table, d.row, d.column, d.kind) for d in report.damaged_text}
    assert ("community", f"id {row_id}", "name", kind) in found
    assert ("decision", "id 2", "comment", "not_utf8") in found
    assert any(f"table community, row id {row_id}, column name" in line for line in _lines(report))


def test_damaged_text_stops_reads_with_a_message_not_a_traceback(
    decided: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    decided.close()
    _sql(decided, "UPDATE decision SET comment = CAST(x'ff' AS TEXT) WHERE id = 3")
    folder = str(decided.data_dir)
    assert main(["--data-dir", folder, "review", "queue"]) == 2
    error = capsys.readouterr().err
    assert "table decision, row id 3, column comment" in error and "greendesk check" in error
    assert "Traceback" not in error
    assert main(["--data-dir", folder, "review", "show", FIRST]) == 2
    assert "row id 3" in capsys.readouterr().err
    assert main(["--data-dir", folder, "check"]) == 1


# -- renditions -----------------------------------------------------------------------------------
def _substitute(path: Path) -> None:
    Image.new("RGB", (120, 90), (0, 0, 255)).save(path, "JPEG")


def test_a_replaced_print_copy_is_a_problem_and_never_reaches_a_package(
    reviewed: Workspace, tmp_path: Path
) -> None:
    with reviewed.sessions() as session:
        sha, extension = session.execute(audit_photo_query()).first()
    print_copy = photos.print_path(reviewed.photos_dir, sha)
    _substitute(print_copy)
    report = _check(reviewed, hashes=True)
    assert report.altered_renditions == [print_copy.relative_to(reviewed.photos_dir).as_posix()]
    assert any("was replaced or damaged" in line for line in _lines(report))

    export_package(reviewed, PACKAGE_YEAR, tmp_path / "out.zip")
    assert photos.rendition_state(reviewed.photos_dir, sha, photos.PRINT) == photos.RENDITION_OK
    with (
        Image.open(print_copy) as image,
        images.open_upright(photos.original_path(reviewed.photos_dir, sha, extension)) as original,
    ):
        assert image.convert("RGB").getpixel((5, 5)) == pytest.approx(original.getpixel((5, 5)), abs=8)
    assert _check(reviewed, hashes=True).ok


def audit_photo_query():
    from sqlalchemy import select

    from greendesk.core.storage.models import Photo

    return select(Photo.sha256, Photo.extension).order_by(Photo.sha256)


def test_renditions_without_records_are_information_and_re_derived(decided: Workspace) -> None:
    with decided.sessions() as session:
        sha, extension = session.execute(audit_photo_query()).first()
    thumbnail = photos.thumbnail_path(decided.photos_dir, sha)
    photos.record_path(thumbnail).unlink()  # as made by an earlier release
    _substitute(thumbnail)
    report = _check(decided, hashes=True)
    assert report.ok and report.unrecorded_renditions == 1
    assert any("re-derived" in line.render("en") for line in full_check.info_lines(report))
    path = photos.ensure_thumbnail(decided.photos_dir, _Stored(sha, extension))
    with Image.open(path) as image:
        assert image.getpixel((5, 5))[0] > 150  # the red original, not the blue substitute
    assert photos.rendition_state(decided.photos_dir, sha, photos.THUMBNAIL) == photos.RENDITION_OK


class _Stored:
    def __init__(self, sha256: str, extension: str) -> None:
        self.sha256, self.extension = sha256, extension
        self.display_rotation = 0


def test_a_rendition_is_not_re_derived_from_an_altered_original(decided: Workspace) -> None:
    with decided.sessions() as session:
        sha, extension = session.execute(audit_photo_query()).first()
    photos.print_path(decided.photos_dir, sha).unlink()
    original = photos.original_path(decided.photos_dir, sha, extension)
    original.write_bytes(original.read_bytes()[:-4] + b"\x00\x00\xff\xd9")
    with pytest.raises(StorageError, match="altered on disk"):
        photos.ensure_print_copy(decided.photos_dir, _Stored(sha, extension))


# -- orphans, files kept from a later state, repair -----------------------------------------------
def test_files_kept_from_a_later_state_are_information(decided: Workspace) -> None:
    older = backup.create_backup(decided.data_dir)
    with decided.transaction() as session:
        later, _ = photos.store(session, decided.photos_dir, jpeg((10, 200, 10)), "green.jpg")
    backup.create_backup(decided.data_dir)
    decided.close()
    restoring.restore(decided.data_dir, older.id)
    report = _check(decided, hashes=True)
    assert report.extra_files == [] and report.altered_renditions == []
    assert f"{later.sha256[:2]}/{later.sha256}.jpg" in report.kept_from_later
    assert len(report.kept_from_later) == 5  # the original, two renditions and their records
    assert any("kept from a later state" in line.render("en") for line in full_check.info_lines(report))


def _orphan(workspace: Workspace) -> Path:
    stray = workspace.photos_dir / "ab" / f"{'ab' * 32}.jpg"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(jpeg((1, 2, 3)))
    return stray


def test_check_repair_asks_then_removes_orphans_with_an_audit_entry(
    decided: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = _orphan(decided)
    with decided.sessions() as session:
        sha, _ = session.execute(audit_photo_query()).first()
    replaced = photos.print_path(decided.photos_dir, sha)
    _substitute(replaced)
    decided.close()
    folder = str(decided.data_dir)
    assert main(["--data-dir", folder, "check"]) == 1
    assert main(["--data-dir", folder, "check", "--repair"]) == 2  # no terminal, no --yes: refused
    assert stray.exists() and "--yes" in capsys.readouterr().err
    with WorkspaceLock(decided.data_dir):  # the app has the workspace open: a writer is refused
        assert main(["--data-dir", folder, "check", "--repair", "--yes"]) == 2
    assert stray.exists()
    assert main(["--data-dir", folder, "check", "--repair", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"photos/ab/{stray.name}" in out and "Removed 3 files" in out
    assert not stray.exists() and not replaced.exists()
    assert main(["--data-dir", folder, "check"]) == 0
    with Workspace.open(decided.data_dir) as workspace, workspace.sessions() as session:
        entries = audit.rows(session)
    assert entries[-1].action == full_check.REPAIR_ACTION and stray.name in entries[-1].new_json


def test_repair_needs_an_administrator(decided: Workspace) -> None:
    _orphan(decided)
    accounts.create_user(decided, "li", ["reviewer"], "reviewer-pass-1")
    accounts.sign_in(decided, "li", "reviewer-pass-1")
    report = _check(decided)
    with pytest.raises(PermissionDenied):
        full_check.repair(decided, report)
    assert _check(decided).extra_files == report.extra_files


def test_repair_keeps_a_file_that_became_a_photo_since_the_check(decided: Workspace) -> None:
    data = jpeg((90, 90, 9))
    with decided.transaction() as session:
        row, _ = photos.store(session, decided.photos_dir, data, "x.jpg")
        sha = row.sha256
    _sql(decided, f"DELETE FROM photo WHERE sha256 = '{sha}'")
    report = _check(decided)
    assert f"{sha[:2]}/{sha}.jpg" in report.extra_files
    with decided.transaction() as session:  # the same photo is imported again before the repair
        photos.store(session, decided.photos_dir, data, "x.jpg")
    assert full_check.repair(decided, report).removed == []
    assert photos.original_path(decided.photos_dir, sha, "jpg").exists()

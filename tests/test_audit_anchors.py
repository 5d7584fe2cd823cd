"""The audit record against an attacker with SQL access to the database file: anchors outside the
database catch a log cut short, rewritten or extended past GreenDesk; the replay catches tables that
disagree with the log; the honest path (restores, upgrades, a missing anchor file) stays green."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from audit_attacks import delete_last, edit_and_rechain, forge_sign_off, rechain
from package_fixtures import YEAR as PACKAGE_YEAR
from package_fixtures import build_signed_off_workspace
from review_support import recommend, small_workspace

from greendesk.cli import main
from greendesk.core import accounts, audit, settings
from greendesk.core.base.errors import ValidationError
from greendesk.core.package.export import export_package
from greendesk.core.review import commands
from greendesk.core.safety import anchors, backup, full_check, restoring
from greendesk.core.storage import db
from greendesk.core.storage.layout import Layout
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER, reopen

SIGNED, PASSED_ONLY, BUSY = "110105001001", "110105001002", "110105001003"
YEAR = 2022


def _build(folder: Path) -> None:
    workspace = small_workspace(folder)
    accounts.create_user(workspace, "wang", ["approver"], "approver-pass-1")
    for code in (SIGNED, PASSED_ONLY, BUSY):
        recommend(workspace, code, YEAR)
    for item in range(1, 17):
        commands.decide(workspace, SIGNED, item, "pass")
        commands.decide(workspace, PASSED_ONLY, item, "fail" if item == 5 else "pass", "note")
    commands.finish_round(workspace, SIGNED)
    accounts.sign_in(workspace, "wang", "approver-pass-1")
    commands.sign_off(workspace, SIGNED, "approver-pass-1")
    accounts.sign_in(workspace, TEST_USER, TEST_PASSWORD)
    commands.return_for_rework(workspace, PASSED_ONLY)
    commands.resubmit(workspace, PASSED_ONLY)
    commands.decide(workspace, PASSED_ONLY, 5, "pass", "reworked")
    commands.finish_round(workspace, PASSED_ONLY)
    for n in range(70):  # a longer log: the last 100 entries can go
        commands.decide(workspace, BUSY, 1 + n % 16, "more" if n % 2 else "fail", f"note {n}")
    workspace.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("reviewed") / "workspace"
    _build(folder)
    with Workspace.open(folder) as workspace:
        workspace_id = settings.WORKSPACE_ID.read(workspace)
    return folder, anchors.anchor_file(workspace_id)


@pytest.fixture
def reviewed(template: tuple[Path, Path], tmp_path: Path, _anchor_dir: Path) -> Workspace:
    """A copy of the reviewed workspace with its anchor file (in this test's anchor folder)."""
    folder, anchor_file = template
    shutil.copytree(folder, tmp_path / "workspace")
    shutil.copy(anchor_file, _anchor_dir / anchor_file.name)
    workspace = reopen(tmp_path / "workspace")
    yield workspace
    workspace.close()


def _check(workspace: Workspace) -> full_check.CheckReport:
    return full_check.check_workspace(workspace.data_dir, verify_hashes=False)


def _lines(report: full_check.CheckReport) -> list[str]:
    return [line.render("en") for line in full_check.problem_lines(report)]


def _entries(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return audit.entry_count(session)


# -- the honest path -------------------------------------------------------------------------------
def test_every_commit_is_anchored_outside_the_workspace(reviewed: Workspace, _anchor_dir: Path) -> None:
    report = _check(reviewed)
    assert report.ok, _lines(report)
    assert report.audit_entries == _entries(reviewed) > 100
    workspace_id = settings.WORKSPACE_ID.read(reviewed)
    assert len(workspace_id) == 32
    file = anchors.anchor_file(workspace_id)
    assert file.parent == _anchor_dir and not file.is_relative_to(reviewed.data_dir)
    saved = anchors.read(workspace_id)
    assert saved is not None and saved[-1].count == report.audit_entries
    commits = [a for a in saved if a.source == anchors.COMMIT]
    assert [a.start for a in commits[:2]] == [0, 2]  # creation wrote the workspace and its administrator
    intents = [(a.start, a.count, a.head) for a in saved if a.source == anchors.INTENT]
    assert intents[:2] == [(a.start, a.count, a.head) for a in commits[:2]]  # each commit announced first
    with reviewed.sessions() as session:
        created = audit.rows(session)[0]
    assert json.loads(created.new_json)["workspace_id"] == workspace_id


def test_two_workspaces_never_share_an_anchor_file(tmp_path: Path) -> None:
    first = Workspace.create(tmp_path / "a", "110105", admin=TEST_USER, password=TEST_PASSWORD)
    second = Workspace.create(tmp_path / "b", "110105", admin=TEST_USER, password=TEST_PASSWORD)
    ids = {settings.WORKSPACE_ID.read(ws) for ws in (first, second)}
    assert len(ids) == 2
    first.close()
    second.close()


def test_an_anchor_that_cannot_be_written_never_fails_the_action(
    reviewed: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the anchor folder should be")
    monkeypatch.setenv(anchors.ANCHOR_DIR_ENV, str(blocked))
    commands.decide(reviewed, BUSY, 2, "pass", "saved all the same")
    assert _entries(reviewed) == _check(reviewed).audit_entries  # saved; no anchor file here at all


def test_backups_record_the_chain_and_anchor_it(reviewed: Workspace) -> None:
    made = backup.create_backup(reviewed.data_dir)
    index = json.loads(reviewed.layout.backup_index.read_text(encoding="utf-8"))[made.id]
    with reviewed.sessions() as session:
        head, count = audit.head(session), audit.entry_count(session)
    assert (index["audit_count"], index["audit_head"]) == (count, head)
    assert index["workspace_id"] == settings.WORKSPACE_ID.read(reviewed)
    last = anchors.read(index["workspace_id"])[-1]
    assert (last.source, last.count, last.head) == ("backup", count, head)


def test_restoring_an_older_backup_is_no_alarm(reviewed: Workspace) -> None:
    older = backup.create_backup(reviewed.data_dir)
    for n in range(5):
        commands.decide(reviewed, BUSY, 3, "pass", f"after the backup {n}")
    backup.create_backup(reviewed.data_dir)  # a backup of the history the restore gives up
    reviewed.close()
    restoring.restore(reviewed.data_dir, older.id)
    reviewed.reconnect()
    commands.decide(reviewed, BUSY, 4, "pass", "new history after the restore")
    report = _check(reviewed)
    assert report.ok, _lines(report)


def test_an_existing_workspace_gets_an_id_on_upgrade(reviewed: Workspace, _anchor_dir: Path) -> None:
    """Made as an older version would have: no id, at revision 0008, no anchor file."""
    reviewed.close()
    with sqlite3.connect(reviewed.db_path) as connection:
        connection.execute("DELETE FROM setting WHERE key = 'workspace_id'")
        connection.execute("UPDATE audit_entry SET new_json = '{}' WHERE id = 1")
        rechain(connection)
        connection.execute("UPDATE alembic_version SET version_num = '0008_registry_version'")
        for column in ("kind", "media_type", "taken_source", "page_count", "display_rotation"):  # 0010's
            connection.execute(f"ALTER TABLE photo DROP COLUMN {column}")
        connection.execute("DROP TABLE review_note")  # 0011's
        connection.execute("ALTER TABLE decision DROP COLUMN findings_json")  # 0015's
        connection.execute("DROP TABLE city_district_target")  # 0016's
        for table in (  # 0014's, 0013's and 0012's, children first
            "city_evidence",
            "city_community",
            "city_package",
            "city_district",
            "objection_decision",
            "rework_deadline",
            "recheck_result",
            "public_notice_entry",
            "objection",
            "naming_entry",
            "naming",
            "recheck_plan",
            "public_notice",
            "site_visit_record",
            "site_visit",
            "panel_confirmation",
            "expert_score",
            "panel_assignment",
            "panel_expert",
            "panel",
        ):
            connection.execute(f"DROP TABLE {table}")
    index = json.loads(reviewed.layout.backup_index.read_text(encoding="utf-8"))
    for entry in index.values():  # older versions recorded no chain in the index
        for key in ("audit_count", "audit_head", "workspace_id"):
            entry.pop(key)
    reviewed.layout.backup_index.write_text(json.dumps(index), encoding="utf-8")
    for file in _anchor_dir.iterdir():
        file.unlink()
    reopened = Workspace.open(reviewed.data_dir)
    workspace_id = settings.WORKSPACE_ID.read(reopened)
    assert workspace_id and db.current_revision(reopened.engine) == db.head_revision()
    with reopened.sessions() as session:
        last = audit.rows(session)[-1]
    assert last.action == "workspace.assign_id" and workspace_id in last.new_json
    (baseline,) = anchors.read(workspace_id)
    assert (baseline.source, baseline.start, baseline.count) == ("baseline", 0, last.id)
    accounts.sign_in(reopened, TEST_USER, TEST_PASSWORD)
    commands.decide(reopened, BUSY, 5, "pass", "after the upgrade")
    report = _check(reopened)
    reopened.close()
    assert report.ok, _lines(report)


def test_without_an_anchor_file_check_says_so_and_compares_the_backups(
    reviewed: Workspace, _anchor_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup.create_backup(reviewed.data_dir)
    for file in _anchor_dir.iterdir():
        file.unlink()
    assert main(["--data-dir", str(reviewed.data_dir), "check", "--no-hashes"]) == 0
    out = capsys.readouterr().out
    compared = len(backup.list_backups(reviewed.data_dir))
    assert "holds no anchors of this workspace" in out and f"against {compared} anchors" in out
    delete_last(reviewed.db_path, 1)  # the backup's anchor alone still sees this
    assert main(["--data-dir", str(reviewed.data_dir), "check", "--no-hashes"]) == 1


# -- truncation and rewriting ----------------------------------------------------------------------
@pytest.mark.parametrize("count", [1, 5, 100])
def test_deleting_the_last_entries_is_reported(reviewed: Workspace, count: int) -> None:
    made = backup.create_backup(reviewed.data_dir)
    total = _entries(reviewed)
    delete_last(reviewed.db_path, count)
    report = _check(reviewed)
    assert report.audit_problems == []  # the chain itself is intact: only the anchors see it
    assert not report.ok
    lines = _lines(report)
    assert f"it had {total} entries on " in lines[0] and f"now it has {total - count}" in lines[0]
    assert f"greendesk restore {made.id}" in lines[-1]


def test_an_edited_and_rechained_entry_is_reported(reviewed: Workspace) -> None:
    edit_and_rechain(reviewed.db_path, 30, json.dumps({"year": YEAR, "status": "passed"}))
    report = _check(reviewed)
    assert report.audit_problems == [] and not report.ok
    (rewritten,) = [p for p in report.anchored.anchor_problems if p.kind == "rewritten"]
    assert rewritten.first == 30 == rewritten.last  # every commit is anchored: the entry is named
    assert "rewritten at entry 30" in _lines(report)[0]
    (before_the_round_change,) = backup.list_backups(reviewed.data_dir)  # made before the rewrite
    assert f"greendesk restore {before_the_round_change.id}" in _lines(report)[-1]


def test_no_way_back_when_every_backup_holds_the_rewrite(reviewed: Workspace) -> None:
    for info in backup.list_backups(reviewed.data_dir):
        info.path.unlink()
    edit_and_rechain(reviewed.db_path, 3, "{}")
    backup.create_backup(reviewed.data_dir)
    assert _lines(_check(reviewed))[-1] == "No backup agrees with the anchors."


def test_the_way_back_is_the_newest_backup_that_agrees(reviewed: Workspace) -> None:
    good = backup.create_backup(reviewed.data_dir)
    commands.decide(reviewed, BUSY, 6, "pass", "between the backups")
    edit_and_rechain(reviewed.db_path, 3, "{}")
    backup.create_backup(reviewed.data_dir)  # made after the rewrite: it holds the forged history
    report = _check(reviewed)
    assert report.anchored.way_back is not None and report.anchored.way_back.id == good.id


# -- forged sign-off and the replay ----------------------------------------------------------------
def test_a_forged_sign_off_is_caught(reviewed: Workspace) -> None:
    forge_sign_off(reviewed.db_path, PASSED_ONLY, YEAR)
    report = _check(reviewed)
    assert report.audit_problems == [] and report.anchored.replay_problems == []  # consistent forgery
    (gap,) = report.anchored.anchor_problems
    total = _entries(reviewed)
    assert (gap.kind, gap.first, gap.last) == ("unanchored", total - 1, total)
    assert "not written by GreenDesk" in _lines(report)[0]


def test_a_forged_sign_off_stays_caught_after_honest_work(reviewed: Workspace) -> None:
    forge_sign_off(reviewed.db_path, PASSED_ONLY, YEAR)
    commands.decide(reviewed, BUSY, 7, "pass", "an honest change later")  # anchors the new head
    backup.create_backup(reviewed.data_dir)
    report = _check(reviewed)
    assert [p.kind for p in report.anchored.anchor_problems] == ["unanchored"]


def test_a_sign_off_forged_without_its_status_entry_fails_the_replay(reviewed: Workspace) -> None:
    forge_sign_off(reviewed.db_path, PASSED_ONLY, YEAR, with_status_entry=False)
    problems = _check(reviewed).anchored.replay_problems
    assert [(p.kind, p.params["field"]) for p in problems] == [("state", "status")]


def test_a_status_set_with_sql_is_reported(reviewed: Workspace) -> None:
    with sqlite3.connect(reviewed.db_path) as connection:
        connection.execute("UPDATE recommendation SET status = 'signed_off', locked = 1, signed_off_by = 'x'")
    report = _check(reviewed)
    fields = {(p.code, p.params["field"]) for p in report.anchored.replay_problems}
    assert (PASSED_ONLY, "status") in fields and (PASSED_ONLY, "locked") in fields
    assert (SIGNED, "signed_off_by") in fields and (SIGNED, "status") not in fields
    assert any("is 'x' in the database, but the audit log says 'wang'" in line for line in _lines(report))


def test_decision_rows_the_log_does_not_explain_are_reported(reviewed: Workspace) -> None:
    with sqlite3.connect(reviewed.db_path) as connection:
        connection.execute("UPDATE decision SET outcome = 'pass' WHERE outcome = 'fail' AND round = 1")
        connection.execute(
            "INSERT INTO decision (recommendation_id, round, item_number, outcome, comment, decided_by, "
            "decided_at) SELECT recommendation_id, round, 9, 'pass', '', 'x', decided_at FROM decision LIMIT 1"
        )
    kinds = [p.kind for p in _check(reviewed).anchored.replay_problems]
    assert kinds.count("decision_unexplained") >= 2 and "decision_missing" in kinds


def test_a_deleted_decision_row_is_reported(reviewed: Workspace) -> None:
    with sqlite3.connect(reviewed.db_path) as connection:
        connection.execute("DELETE FROM decision WHERE id = (SELECT max(id) FROM decision)")
    (problem,) = _check(reviewed).anchored.replay_problems
    assert (problem.kind, problem.code) == ("decision_missing", BUSY)


def test_decisions_reordered_so_another_counts_are_reported(reviewed: Workspace) -> None:
    with sqlite3.connect(reviewed.db_path) as connection:
        (first,), (second,) = connection.execute(
            "SELECT id FROM decision WHERE comment IN ('note 0', 'note 64') ORDER BY id"
        ).fetchall()
        connection.execute("UPDATE decision SET id = -1 WHERE id = ?", (first,))
        connection.execute("UPDATE decision SET id = ? WHERE id = ?", (first, second))
        connection.execute("UPDATE decision SET id = ? WHERE id = -1", (second,))
    (problem,) = _check(reviewed).anchored.replay_problems
    assert (problem.kind, problem.code, problem.params) == ("decision_order", BUSY, {"round": 1, "item": 1})


def test_a_changed_workspace_id_is_reported(reviewed: Workspace) -> None:
    with sqlite3.connect(reviewed.db_path) as connection:
        connection.execute("UPDATE setting SET value = 'detached' WHERE key = 'workspace_id'")
        connection.execute("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    report = _check(reviewed)
    assert report.anchored.id_changed and not report.ok
    lines = _lines(report)
    assert "not the one its audit log records" in lines[0]
    assert any("cut short" in line for line in lines)  # the real anchor file is still consulted


# -- a package --------------------------------------------------------------------------------------
def test_an_exported_package_is_anchored(workspace: Workspace, tmp_path: Path) -> None:
    build_signed_off_workspace(workspace)
    export_package(workspace, PACKAGE_YEAR, tmp_path / "package.zip")
    with workspace.sessions() as session:
        head, count = audit.head(session), audit.entry_count(session)
    last = anchors.read(settings.WORKSPACE_ID.read(workspace))[-1]
    assert (last.source, last.count, last.head) == ("package", count, head)


# -- bounded --------------------------------------------------------------------------------------
def test_fifty_thousand_entries_are_checked_against_their_anchors(
    workspace: Workspace, _anchor_dir: Path
) -> None:
    changes = [audit.Change("note", "note", f"n{n}", new={"n": n}) for n in range(50_000)]
    with workspace.transaction() as session:
        audit.record_many(session, user="tester", changes=changes)
    with workspace.sessions() as session:
        entries = audit.rows(session)
    workspace_id = settings.WORKSPACE_ID.read(workspace)
    with anchors.anchor_file(workspace_id).open("a", encoding="utf-8") as handle:  # one per commit
        for position, entry in enumerate(entries, start=1):
            line = {"count": position, "head": entry.hash, "at": "2026-01-01T00:00:00", "source": "commit"}
            handle.write(json.dumps({**line, "from": position - 1}) + "\n")
    report = full_check.check_workspace(workspace.data_dir, verify_hashes=False)  # speed: benchmarks/run.py
    assert report.ok and report.audit_entries == 50_002 and report.anchored.anchors_compared > 50_000
    delete_last(workspace.db_path, 1)
    assert not full_check.check_workspace(workspace.data_dir, verify_hashes=False).ok


def test_an_upgraded_workspace_is_replayed_from_the_state_its_upgrade_recorded(tmp_path: Path) -> None:
    """Older versions wrote no review.recommend for imports: the replay starts at the upgrade."""
    folder = tmp_path / "old"
    folder.mkdir()
    database = Layout(folder).database
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema" / "0008_registry_version.sqlite3", database)
    Workspace.open(folder).close()
    report = full_check.check_workspace(folder, verify_hashes=False)
    assert report.anchored.ok, _lines(report)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE recommendation SET status = 'signed_off' WHERE id = 1")
    problems = full_check.check_workspace(folder, verify_hashes=False).anchored.replay_problems
    assert [(p.kind, p.params["field"]) for p in problems] == [("state", "status")]


def test_cli_check_json_reports_a_forged_sign_off(
    reviewed: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    forge_sign_off(reviewed.db_path, PASSED_ONLY, YEAR)
    assert main(["--data-dir", str(reviewed.data_dir), "check", "--json", "--no-hashes"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False and result["audit_problems"] == []
    assert [problem["kind"] for problem in result["anchor_problems"]] == ["unanchored"]


def test_a_forged_sign_off_is_not_exported(reviewed: Workspace, tmp_path: Path) -> None:
    """The attack end to end: a status update plus a correctly chained audit row, then an export."""
    out = tmp_path / "申报材料.zip"
    forge_sign_off(reviewed.db_path, PASSED_ONLY, YEAR)
    with pytest.raises(ValidationError) as refused:
        export_package(reviewed, YEAR, out)
    assert "nothing was exported" in refused.value.render("en") and not out.exists()


def test_an_honest_workspace_exports(reviewed: Workspace, tmp_path: Path) -> None:
    result = export_package(reviewed, YEAR, tmp_path / "申报材料.zip")
    assert result.path.is_file()


def test_an_intent_vouches_for_a_commit_whose_anchor_a_kill_prevented() -> None:
    """The intent line is written before the commit: a kill after the commit leaves no false alarm,
    and an intent whose commit never happened (a kill before it) is no "truncated" alarm either."""
    hashes = ["a" * 64, "b" * 64, "c" * 64]
    at = "2026-01-01T00:00:00"
    committed = anchors.Anchor(2, hashes[1], at, anchors.COMMIT, start=0)
    announced = anchors.Anchor(3, hashes[2], at, anchors.INTENT, start=2)
    never_committed = anchors.Anchor(4, "d" * 64, at, anchors.INTENT, start=3)
    assert [p.kind for p in anchors.compare([committed], hashes)] == ["unanchored"]  # without the intent
    assert anchors.compare([committed, announced, never_committed], hashes) == []
    other = anchors.Anchor(3, "e" * 64, at, anchors.INTENT, start=2)  # another content at that count
    assert [p.kind for p in anchors.compare([committed, other], hashes)] == ["unanchored"]

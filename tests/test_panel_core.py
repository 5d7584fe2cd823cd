"""Panels: creating one against a scored standard, experts E01…, assignments of the panel's year and
batch, direct scoring by the assigned expert only (the engine's score, never a typed one), and the
复核人's confirmation with hand-computed means, spreads and the flag threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from panel_support import CODES, EXPERTS, PASSWORD, REVIEWER, STANDARD, YEAR, panel_workspace, signed_in_as
from review_support import recommend
from sqlalchemy import select

from greendesk.core import accounts
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.panel import assignments, confirm, direct, panels
from greendesk.core.panel.merge import merged_table
from greendesk.core.review.vocabulary import APPROVER, EXPERT
from greendesk.core.safety import full_check
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import AuditEntry, PanelConfirmation, StandardSnapshot
from greendesk.core.workspace import Workspace

CODE = CODES[0]
# Item 1 (6 points): mechanism = deduct_if_absent 4, records = deduct_range 1-2.
# Item 2 (6 points): platform 3, plan 2, plan_incomplete 1, each deduct_if_absent.
# Item 3 (5 points): service = all_or_nothing, results = deduct_range 1-3.
FINDINGS = {
    "E01": {
        1: {"mechanism": True, "records": 0},
        2: dict.fromkeys(("platform", "plan", "plan_incomplete"), True),
    },
    "E02": {
        1: {"mechanism": True, "records": 2},
        2: dict.fromkeys(("platform", "plan", "plan_incomplete"), True),
    },
    "E03": {
        1: {"mechanism": False, "records": 1},
        2: {"platform": True, "plan": True, "plan_incomplete": False},
    },
}
RESULTS = {"3": {"E01": 0, "E02": 2, "E03": 1}}  # item 3: results deducted 0 / 2 / 1


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    workspace = panel_workspace(data_dir)
    yield workspace
    workspace.close()


def _panel(ws: Workspace, threshold: float = 2.0) -> int:
    panel = panels.create_panel(ws, YEAR, 1, "第一组", STANDARD, threshold)
    for username in EXPERTS:
        panels.add_expert(ws, panel.id, username=username, organisation="区住建委")
    for key in ("E01", "E02", "E03"):
        assignments.assign(ws, panel.id, key, [CODE], [1, 2, 3])
    return panel.id


def _score_all(ws: Workspace, panel_id: int) -> None:
    for key, username in zip(("E01", "E02", "E03"), EXPERTS, strict=True):
        with signed_in_as(ws, username):
            for item, rules in FINDINGS[key].items():
                direct.score_item(ws, panel_id, CODE, item, json.dumps({"rules": rules}))
            results = RESULTS["3"][key]
            direct.score_item(ws, panel_id, CODE, 3, {"rules": {"service": True, "results": results}})


def test_a_panel_needs_a_scored_standard_for_its_year_and_an_administrator(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="gives no points"):
        panels.create_panel(ws, YEAR, 1, "组", "national-2020-trial")
    with pytest.raises(ValidationError, match="not written for 2022"):
        panels.create_panel(ws, 2022, 1, "组", STANDARD)
    with pytest.raises(ValidationError, match="must not be empty"):
        panels.create_panel(ws, YEAR, 1, "  ", STANDARD)
    with signed_in_as(ws, REVIEWER), pytest.raises(PermissionDenied, match="administrator"):
        panels.create_panel(ws, YEAR, 1, "组", STANDARD)
    info = panels.create_panel(ws, YEAR, 1, "第一组", STANDARD, 1.5)
    assert (info.standard_id, info.threshold, info.created_by) == (STANDARD, 1.5, "tester")
    with ws.snapshot() as session:
        assert session.get(StandardSnapshot, get_standard(STANDARD).sha256) is not None
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "panel.create")).one()
        assert json.loads(entry.new_json)["standard"] == STANDARD
    with pytest.raises(ValidationError, match="already exists"):
        panels.create_panel(ws, YEAR, 1, "第一组", STANDARD)
    assert [p.name for p in panels.list_panels(ws, YEAR)] == ["第一组"] and panels.list_panels(ws, 2024) == []


def test_experts_get_keys_in_order_and_the_panel_warns_outside_three_to_seven(ws: Workspace) -> None:
    panel = panels.create_panel(ws, YEAR, 1, "第一组", STANDARD)
    first = panels.add_expert(ws, panel.id, username="wang", organisation="区住建委")
    assert first.panel.expert("E01").name == "王专家" and first.warnings  # one expert: below three
    with pytest.raises(ValidationError, match="already on panel"):
        panels.add_expert(ws, panel.id, username="wang")
    with pytest.raises(ValidationError, match="expert role"):
        panels.add_expert(ws, panel.id, username=REVIEWER)
    with pytest.raises(ValidationError, match="must not be empty"):
        panels.add_expert(ws, panel.id, name=" ")
    panels.add_expert(ws, panel.id, username="li")
    third = panels.add_expert(ws, panel.id, name="赵工", organisation="区园林绿化局")
    assert third.warnings == () and third.panel.expert("E03").external
    assert [e.key for e in third.panel.experts] == ["E01", "E02", "E03"]
    for index in range(4):
        outcome = panels.add_expert(ws, panel.id, name=f"外聘{index}")
    assert outcome.warnings == () and outcome.panel.expert("E07")
    eighth = panels.add_expert(ws, panel.id, name="外聘8")
    assert "Active experts on panel 第一组: 8;" in eighth.warnings[0].render("en")
    back = panels.set_expert_active(ws, panel.id, "E08", False)
    assert back.changed == 1 and back.warnings == () and not back.panel.expert("E08").active


def test_assignments_are_of_the_panels_year_and_batch_and_collapse_to_every_item(ws: Workspace) -> None:
    recommend(ws, "110105001003", 2024)
    panel = panels.create_panel(ws, YEAR, 1, "第一组", STANDARD)
    panels.add_expert(ws, panel.id, username="wang")
    with pytest.raises(NotFoundError, match="no recommendation in 2026"):
        other = panels.create_panel(ws, 2026, 1, "次年组", STANDARD)
        panels.add_expert(ws, other.id, name="外聘")
        assignments.assign(ws, other.id, "E01", [CODE])
    with pytest.raises(NotFoundError, match="no item 99"):
        assignments.assign(ws, panel.id, "E01", [CODE], [99])
    assert assignments.assign(ws, panel.id, "E01", [CODE], [1, 2]).changed == 1
    assert panels.show_panel(ws, panel.id).assigned("E01", CODE) == (1, 2)
    assert assignments.assign(ws, panel.id, "E01", [CODE], [2]).changed == 0  # nothing new
    assignments.assign(ws, panel.id, "E01", [CODE, CODES[1]])
    info = panels.show_panel(ws, "第一组")
    assert info.assigned("E01", CODE) is None and info.assigned("E01", CODES[1]) is None
    assert info.expert("E01").communities == 2
    assignments.unassign(ws, panel.id, "E01", [CODE], [16])
    assert panels.show_panel(ws, panel.id).assigned("E01", CODE) == tuple(range(1, 16))
    assignments.unassign(ws, panel.id, "E01", [CODES[1]])
    assert panels.show_panel(ws, panel.id).assigned("E01", CODES[1]) == ()
    assert assignments.set_items(ws, panel.id, "E01", CODE, [4, 5]).changed == 1  # replaced, one action
    assert panels.show_panel(ws, panel.id).assigned("E01", CODE) == (4, 5)
    assignments.set_items(ws, panel.id, "E01", CODE, [])
    assert panels.show_panel(ws, panel.id).assigned("E01", CODE) == ()
    assert [code for code, _n, _s in assignments.candidates(ws, panel.id)] == list(CODES)
    with ws.snapshot() as session:
        entries = session.scalars(
            select(AuditEntry.new_json).where(AuditEntry.action == "panel.assign")
        ).all()
    assert len(entries) == 7 and json.loads(entries[1])["items"] == "all"


def test_the_assigned_expert_scores_with_the_engine_and_nobody_scores_for_another(ws: Workspace) -> None:
    panel_id = _panel(ws)
    with pytest.raises(PermissionDenied, match="expert role"):  # the administrator cannot score as E01
        direct.score_item(ws, panel_id, CODE, 1, {"rules": {"mechanism": True, "records": 0}})
    accounts.create_user(ws, "outsider", [EXPERT], PASSWORD)
    with signed_in_as(ws, "outsider"), pytest.raises(PermissionDenied, match="not an active expert"):
        direct.score_item(ws, panel_id, CODE, 1, {"rules": {"mechanism": True, "records": 0}})
    with signed_in_as(ws, "wang"):
        with pytest.raises(PermissionDenied, match="not assigned item 4"):
            direct.score_item(ws, panel_id, CODE, 4, {"rules": {"items": []}})
        with pytest.raises(ValidationError, match="no finding was given"):  # `met` cannot replace the rules
            direct.score_item(ws, panel_id, CODE, 1, {"met": True})
        with pytest.raises(ValidationError, match="between 1 and 2"):
            direct.score_item(ws, panel_id, CODE, 1, {"rules": {"mechanism": True, "records": 5}})
        with pytest.raises(ValidationError, match="unknown key 'score'"):
            direct.score_item(ws, panel_id, CODE, 1, {"score": 6})
        with pytest.raises(ValidationError, match="not JSON"):
            direct.score_item(ws, panel_id, CODE, 1, "{mechanism")
        good = {"rules": {"mechanism": True, "records": 0}}
        with pytest.raises(ValidationError, match=r"Item 1 of community .*: the comment is longer than 2000"):
            direct.score_item(ws, panel_id, CODE, 1, good, "长" * 2001)
        with pytest.raises(ValidationError, match=r"control character \(缺\\u000b机制\)"):  # pasted from Word
            direct.score_item(ws, panel_id, CODE, 1, good, "缺\x0b机制")
        result = direct.score_item(
            ws, panel_id, CODE, 1, '{"rules": {"mechanism": false, "records": 1.5}}', "缺机制"
        )
        assert (result.expert, result.item.score, result.recorded) == ("E01", 0.5, True)  # 6 - 4 - 1.5
        again = direct.score_item(
            ws, panel_id, CODE, 1, {"rules": {"mechanism": False, "records": 1.5}}, "缺机制"
        )
        assert again.recorded is False
    item = merged_table_item(ws, panel_id, 1)
    assert item.scores == {"E01": 0.5, "E02": None, "E03": None} and item.comments == {"E01": "缺机制"}
    assert item.awaiting == ("E02", "E03")


def test_an_item_without_rules_takes_met(ws: Workspace) -> None:
    raw = json.loads(Path(get_standard(STANDARD).source_path).read_text(encoding="utf-8"))
    raw["id"] = "local-met"
    del raw["items"][15]["scoring"]  # item 16 (5 points) keeps its points, loses its rules
    ws.standards_dir.mkdir(parents=True, exist_ok=True)
    (ws.standards_dir / "local-met.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    panel = panels.create_panel(ws, YEAR, 1, "组", "local-met")
    panels.add_expert(ws, panel.id, username="wang")
    assignments.assign(ws, panel.id, "E01", [CODE], [16])
    with signed_in_as(ws, "wang"):
        assert direct.score_item(ws, panel.id, CODE, 16, {"met": True}).item.score == 5.0
        assert direct.score_item(ws, panel.id, CODE, 16, {"met": False}).item.score == 0.0
        with pytest.raises(ValidationError, match="say whether the item is met"):
            direct.score_item(ws, panel.id, CODE, 16, {})


def merged_table_item(ws: Workspace, panel_id: int, number: int):
    with ws.snapshot() as session:
        panel = panels.find_panel(session, panel_id)
        (community,) = merged_table(session, panel).communities
        return next(item for item in community.items if item.number == number)


def test_hand_computed_means_spreads_and_the_flag_threshold(ws: Workspace) -> None:
    panel_id = _panel(ws, threshold=2.0)
    _score_all(ws, panel_id)
    first, second, third = (merged_table_item(ws, panel_id, n) for n in (1, 2, 3))
    assert first.scores == {"E01": 6.0, "E02": 4.0, "E03": 1.0}  # 6; 6-2; 6-4-1
    assert (
        first.merge.mean == pytest.approx(11 / 3) and first.merge.spread == 5.0 and first.merge.disagreement
    )
    assert second.scores == {"E01": 6.0, "E02": 6.0, "E03": 5.0}
    assert second.merge.mean == pytest.approx(17 / 3) and second.merge.spread == 1.0
    assert not second.merge.disagreement
    assert third.scores == {"E01": 5.0, "E02": 3.0, "E03": 4.0}
    assert (
        third.merge.mean == 4.0 and third.merge.spread == 2.0 and not third.merge.disagreement
    )  # = threshold


def test_the_reviewer_confirms_with_reasons_where_needed(ws: Workspace) -> None:
    panel_id = _panel(ws)
    with signed_in_as(ws, "wang"):
        direct.score_item(ws, panel_id, CODE, 1, {"rules": FINDINGS["E01"][1]})
    with signed_in_as(ws, REVIEWER), pytest.raises(ValidationError, match="E02, E03 have not scored"):
        confirm.confirm_item(ws, panel_id, CODE, 1)
    _score_all(ws, panel_id)
    with signed_in_as(ws, "wang"), pytest.raises(PermissionDenied, match="approver"):
        confirm.confirm_item(ws, panel_id, CODE, 2)
    accounts.create_user(ws, "both", [EXPERT, APPROVER], PASSWORD)
    panels.add_expert(ws, panel_id, username="both")
    with signed_in_as(ws, "both"), pytest.raises(PermissionDenied, match="expert E04"):
        confirm.confirm_item(ws, panel_id, CODE, 2)
    with signed_in_as(ws, REVIEWER):
        with pytest.raises(ValidationError, match="experts disagree"):
            confirm.confirm_item(ws, panel_id, CODE, 1)  # flagged: a reason even for the mean
        with pytest.raises(ValidationError, match=r"differs from the experts' mean 5\.67"):
            confirm.confirm_item(ws, panel_id, CODE, 2, 6.0)
        with pytest.raises(ValidationError, match="from 0 to 6"):
            confirm.confirm_item(ws, panel_id, CODE, 2, 6.5, "多给")
        done = confirm.confirm_all_unflagged(ws, panel_id, CODE)
        assert [(c.item, c.score) for c in done] == [(2, pytest.approx(17 / 3)), (3, 4.0)]
        assert confirm.confirm_all_unflagged(ws, panel_id, CODE) == []  # nothing left unflagged
        kept = confirm.confirm_item(ws, panel_id, CODE, 1, 4.0, "E03 认为机制未建立，现场核实已建立")
        assert (kept.score, kept.mean) == (4.0, pytest.approx(11 / 3))
        confirm.confirm_item(ws, panel_id, CODE, 2, 6.0, "台账齐全")  # a second confirmation appends
    item = merged_table_item(ws, panel_id, 1)
    assert (item.value, item.confirmed_by, item.dissent) == (
        4.0,
        REVIEWER,
        "E03 认为机制未建立，现场核实已建立",
    )
    assert merged_table_item(ws, panel_id, 2).value == 6.0
    with ws.snapshot() as session:
        rows = session.scalars(select(PanelConfirmation).order_by(PanelConfirmation.id)).all()
        assert [(r.item_number, r.score) for r in rows] == [
            (2, pytest.approx(17 / 3)),
            (3, 4.0),
            (1, 4.0),
            (2, 6.0),
        ]
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "panel.confirm")).all()
        assert len(entries) == 4 and {e.user for e in entries} == {REVIEWER}
        assert json.loads(entries[2].new_json)["experts"] == {"E01": 6.0, "E02": 4.0, "E03": 1.0}
    with signed_in_as(ws, "wang"), pytest.raises(ValidationError, match="already confirmed"):
        direct.score_item(ws, panel_id, CODE, 1, {"rules": {"mechanism": True, "records": 1}})
    report = full_check.check_workspace(ws.data_dir, verify_hashes=False)
    assert report.ok, [
        line.render("en") for line in full_check.problem_lines(report)
    ]  # the log explains it all


def test_a_deactivated_experts_scores_no_longer_count(ws: Workspace) -> None:
    panel_id = _panel(ws)
    _score_all(ws, panel_id)
    panels.set_expert_active(ws, panel_id, "E03", False)
    item = merged_table_item(ws, panel_id, 1)
    assert item.scores == {"E01": 6.0, "E02": 4.0} and item.merge.mean == 5.0 and not item.merge.disagreement
    with signed_in_as(ws, "zhang"), pytest.raises(PermissionDenied, match="not an active expert"):
        direct.score_item(ws, panel_id, CODE, 1, {"rules": FINDINGS["E03"][1]})
    with pytest.raises(ValidationError, match="not active"):
        assignments.assign(ws, panel_id, "E03", [CODES[1]])

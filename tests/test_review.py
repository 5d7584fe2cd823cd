"""The review workflow: decisions, rounds, results by mode, sign-off lock, unlock, photo warnings, audit."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from review_support import jpeg, recommend, small_workspace
from sqlalchemy import select

from greendesk.core import accounts, audit, settings
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.review import commands, history, photo_checks, queue, views, workflow
from greendesk.core.review.vocabulary import (
    FAILED,
    PASSED,
    RECOMMENDED,
    RESUBMITTED,
    RETURNED,
    SIGNED_OFF,
    UNDER_REVIEW,
)
from greendesk.core.storage.models import Decision
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


def decide_all(workspace: Workspace, code: str, outcome: str = "pass", **overrides: str) -> None:
    for number in range(1, 17):
        chosen = overrides.get(str(number), outcome)
        commands.decide(workspace, code, number, chosen, "" if chosen == "pass" else f"note {number}")


def chain_intact(workspace: Workspace) -> bool:
    with workspace.sessions() as session:
        return audit.verify_chain(session) == []


def test_decision_is_saved_at_once_and_opens_the_review(ws: Workspace) -> None:
    code = recommend(ws)
    assert views.show(ws, code).status == RECOMMENDED
    commands.decide(ws, code, 3, "fail", "  no minutes of the residents' council  ")
    view = views.show(ws, code)
    assert view.status == UNDER_REVIEW
    assert (view.item(3).outcome, view.item(3).comment) == ("fail", "no minutes of the residents' council")
    assert (view.decided, view.total) == (1, 16)
    entries = history.history(ws, code)
    assert [e.action for e in entries] == ["review.recommend", "review.decide", "review.status"]
    assert entries[1].new["item"] == 3 and entries[1].user == "tester"


def test_comments_are_never_edited_a_new_decision_row_is_added(ws: Workspace) -> None:
    code = recommend(ws)
    commands.decide(ws, code, 2, "more", "platform screenshots missing")
    commands.decide(ws, code, 2, "pass", "screenshots received")
    with ws.sessions() as session:
        rows = session.scalars(select(Decision).where(Decision.item_number == 2).order_by(Decision.id)).all()
    assert [(r.outcome, r.comment) for r in rows] == [
        ("more", "platform screenshots missing"),
        ("pass", "screenshots received"),
    ]
    assert views.show(ws, code).item(2).outcome == "pass"


def test_item_12_measures_coverage_and_refuses_a_pass_below_the_rule(ws: Workspace) -> None:
    code = recommend(ws, households=2000, households_managed=500)  # 25 %
    with pytest.raises(ValidationError) as info:
        commands.decide(ws, code, 12, "pass")
    assert "25%" in str(info.value) and "≥ 30%" in str(info.value)
    state = commands.decide(ws, code, 12, "fail", "coverage below 30 %")
    assert state.measured_value == 25.0 and state.rule_ok is False
    with ws.sessions() as session:
        assert session.scalar(select(Decision.measured_value).where(Decision.item_number == 12)) == 25.0


def test_several_decisions_are_one_action_all_or_none(ws: Workspace) -> None:
    code = recommend(ws, households=2000, households_managed=500)  # 25 %: item 12 cannot pass
    with pytest.raises(ValidationError):
        commands.decide_many(ws, code, [(1, "pass", ""), (2, "more", "照片"), (12, "pass", "")])
    with ws.sessions() as session:
        assert session.scalars(select(Decision)).all() == []  # nothing half done
        entries = len(audit.rows(session))
    states = commands.decide_many(ws, code, [(1, "pass", ""), (2, "more", "照片"), (12, "fail", "25%")])
    assert [(state.number, state.outcome) for state in states] == [(1, "pass"), (2, "more"), (12, "fail")]
    with ws.sessions() as session:
        assert len(session.scalars(select(Decision)).all()) == 3
        assert [row.action for row in audit.rows(session)[entries:]].count("review.decide") == 3


def test_item_12_uses_the_registry_figure_when_the_recommendation_has_none(ws: Workspace) -> None:
    code = recommend(ws, households=None, households_managed=None)  # registry says 45 %
    state = commands.decide(ws, code, 12, "pass")
    assert state.measured_value == 45.0 and state.rule_ok is True


def test_unknown_outcome_item_and_community_are_clear_errors(ws: Workspace) -> None:
    code = recommend(ws)
    with pytest.raises(ValidationError):
        commands.decide(ws, code, 1, "maybe")
    with pytest.raises(NotFoundError) as info:
        commands.decide(ws, code, 17, "pass")
    assert "17" in str(info.value)
    with pytest.raises(NotFoundError):
        commands.decide(ws, "110105001003", 1, "pass")


def test_pass_fail_mode_reports_the_failed_gating_item_first(ws: Workspace) -> None:
    code = recommend(ws)
    commands.decide(ws, code, 8, "fail", "high-rise throwing not monitored")
    result = views.show(ws, code).result
    assert result.passed is False and result.failed_gating == (8,)  # known before the rest is decided
    assert not result.complete


def test_finish_round_passed_failed_or_returned(ws: Workspace) -> None:
    passing, failing, missing = (
        recommend(ws, code) for code in ("110105001001", "110105001002", "110105001003")
    )
    decide_all(ws, passing)
    decide_all(ws, failing, **{"5": "fail"})
    decide_all(ws, missing, **{"7": "more"})
    assert commands.finish_round(ws, passing) == PASSED
    assert commands.finish_round(ws, failing) == FAILED
    assert commands.finish_round(ws, missing) == RETURNED


def test_finish_refuses_an_incomplete_round(ws: Workspace) -> None:
    code = recommend(ws)
    commands.decide(ws, code, 1, "pass")
    with pytest.raises(workflow.WorkflowError) as info:
        commands.finish_round(ws, code)
    assert "2, 3" in str(info.value)


def test_return_and_new_round_keep_round_1_read_only(ws: Workspace) -> None:
    code = recommend(ws)
    decide_all(ws, code, **{"5": "fail", "7": "more"})
    commands.decide(ws, code, 5, "fail", "sorting stations cover 3 of 9 estates")
    returned = commands.return_for_rework(ws, code)
    assert [item.number for item in returned] == [5, 7]
    assert views.show(ws, code).status == RETURNED
    with pytest.raises(workflow.WorkflowError):
        commands.decide(ws, code, 5, "pass")  # waiting for the street
    assert commands.resubmit(ws, code) == 2
    view = views.show(ws, code)
    assert (view.status, view.round) == (RESUBMITTED, 2)
    assert view.item(1).outcome == "pass" and view.item(1).carried
    assert view.item(5).outcome is None
    assert [(d.round, d.outcome, d.comment) for d in view.item(5).earlier] == [
        (1, "fail", "sorting stations cover 3 of 9 estates")
    ]
    commands.decide(ws, code, 5, "pass", "all 9 estates covered now")
    commands.decide(ws, code, 7, "pass")
    view = views.show(ws, code)
    assert view.item(5).earlier[0].comment == "sorting stations cover 3 of 9 estates"  # round 1 unchanged
    with ws.sessions() as session:
        round_1 = session.scalars(
            select(Decision).where(Decision.round == 1, Decision.item_number == 5)
        ).all()
    assert [d.comment for d in round_1][-1] == "sorting stations cover 3 of 9 estates"
    assert commands.finish_round(ws, code) == PASSED


def test_sign_off_needs_the_approver_role_and_locks(ws: Workspace) -> None:
    code = recommend(ws)
    decide_all(ws, code)
    commands.finish_round(ws, code)
    accounts.create_user(ws, "li", ["reviewer"], "reviewer-pass")
    accounts.create_user(ws, "wang", ["approver"], "approver-pass")
    accounts.sign_in(ws, "li", "reviewer-pass")
    with pytest.raises(PermissionDenied):  # a reviewer cannot sign off, even with the right password
        commands.sign_off(ws, code, "reviewer-pass")
    with pytest.raises(PermissionDenied):
        accounts.sign_in(ws, "nobody", "approver-pass")
    accounts.sign_in(ws, "wang", "approver-pass")
    with pytest.raises(PermissionDenied):  # the approver re-enters the password: a wrong one is refused
        commands.sign_off(ws, code, "wrong-password")
    assert views.show(ws, code).status == PASSED
    commands.sign_off(ws, code, "approver-pass")
    view = views.show(ws, code)
    assert (view.status, view.locked, view.signed_off_by) == (SIGNED_OFF, True, "wang")
    assert view.signed_off_at is not None
    accounts.sign_in(ws, TEST_USER, TEST_PASSWORD)  # a reviewer meets the lock
    with pytest.raises(workflow.LockedError) as info:
        commands.decide(ws, code, 3, "fail", "no minutes")
    assert "wang" in str(info.value) and "unlock" in str(info.value)
    with pytest.raises(workflow.LockedError):
        commands.attach_photo(ws, code, 3, jpeg(), "late.jpg")
    assert views.show(ws, code).item(3).outcome == "pass"


def test_unlock_is_recorded_and_a_later_change_resets_approval(ws: Workspace) -> None:
    code = recommend(ws)
    decide_all(ws, code)
    commands.finish_round(ws, code)
    accounts.create_user(ws, "wang", ["approver"], "approver-pass")
    accounts.sign_in(ws, "wang", "approver-pass")
    commands.sign_off(ws, code, "approver-pass")
    with pytest.raises(ValidationError):
        commands.unlock(ws, code, "   ", "approver-pass")
    commands.unlock(ws, code, "street sent a corrected photo of item 4", "approver-pass")
    accounts.sign_in(ws, TEST_USER, TEST_PASSWORD)
    unlock_entry = next(e for e in history.history(ws, code) if e.action == "review.unlock")
    assert (
        unlock_entry.user == "wang"
        and unlock_entry.new["reason"] == "street sent a corrected photo of item 4"
    )
    commands.decide(ws, code, 4, "pass", "corrected photo checked")
    view = views.show(ws, code)
    assert (view.status, view.signed_off_by, view.signed_off_at, view.locked) == (
        UNDER_REVIEW,
        "",
        None,
        False,
    )
    assert "review.approval_reset" in [e.action for e in history.history(ws, code)]
    assert chain_intact(ws)


def test_scored_mode_sums_points_against_the_pass_mark(ws: Workspace) -> None:
    standard = {
        "format": "greendesk-standard/1",
        "id": "test-scored",
        "title": "评分制测试标准",
        "issued_on": "2021-03-01",
        "mode": "scored",
        "max_points": 100,
        "pass_mark": 70,
        "tiers": [{"id": "A", "name": "A", "min_points": 70}, {"id": "AA", "name": "AA", "min_points": 90}],
        "categories": [{"id": "c", "number": 1, "title": "类别"}],
        "items": [
            {"number": 1, "category": "c", "text": "一", "points": 40},
            {"number": 2, "category": "c", "text": "二", "points": 30, "gating": True},
            {"number": 3, "category": "c", "text": "三", "points": 20},
            {"number": 4, "category": "c", "text": "四", "points": 10},
        ],
    }
    ws.standards_dir.mkdir(parents=True, exist_ok=True)
    (ws.standards_dir / "test-scored.json").write_text(json.dumps(standard, ensure_ascii=False), "utf-8")
    code = recommend(ws, standard_id="test-scored")
    for number, outcome in ((1, "pass"), (2, "pass"), (3, "fail"), (4, "pass")):
        commands.decide(ws, code, number, outcome, "note")
    result = views.show(ws, code).result
    assert (result.mode, result.score, result.passed, result.tier) == ("scored", 80, True, "A")
    commands.decide(ws, code, 4, "fail", "no record")
    assert (views.show(ws, code).result.score, views.show(ws, code).result.passed) == (70, True)
    commands.decide(ws, code, 1, "fail", "no council")
    assert views.show(ws, code).result.passed is False
    commands.decide(ws, code, 1, "pass")
    commands.decide(ws, code, 3, "pass")
    commands.decide(ws, code, 4, "pass")
    commands.decide(ws, code, 2, "fail", "no platform")  # 70 points, but the gating item failed
    result = views.show(ws, code).result
    assert (result.score, result.passed, result.failed_gating) == (70, False, (2,))
    assert commands.finish_round(ws, code) == FAILED


def test_photo_trust_warnings(ws: Workspace) -> None:
    code = recommend(ws)
    other = recommend(ws, "110105001002")
    near = (39.9100, 116.4400)
    commands.attach_photo(ws, code, 1, jpeg((10, 10, 10), gps=near), "a.jpg")
    commands.attach_photo(ws, code, 1, jpeg((20, 10, 10), gps=(39.9110, 116.4410)), "b.jpg")
    commands.attach_photo(ws, code, 2, jpeg((30, 10, 10), gps=(39.9105, 116.4405)), "c.jpg")
    commands.attach_photo(ws, code, 3, jpeg((40, 10, 10), gps=(40.0500, 116.3000)), "far.jpg")  # ~19 km
    commands.attach_photo(ws, code, 4, jpeg((50, 10, 10), taken=datetime(2019, 4, 1, 9, 0, 0)), "old.jpg")
    commands.attach_photo(ws, code, 5, jpeg((60, 10, 10), taken=None), "plain.jpg")
    shared = jpeg((70, 10, 10))
    commands.attach_photo(ws, code, 6, shared, "shared.jpg")
    commands.attach_photo(ws, other, 6, shared, "same.jpg")
    view = views.show(ws, code)
    kinds = {n: sorted(w.kind for w in view.item(n).warnings) for n in range(1, 8)}
    assert kinds == {
        1: [],
        2: [],
        3: [photo_checks.WARN_GPS_FAR],
        4: [photo_checks.WARN_TIME_OUTSIDE],
        5: [photo_checks.WARN_NO_EXIF],
        6: [photo_checks.WARN_DUPLICATE],
        7: [],
    }
    assert "花园社区居委会" in str(view.item(6).warnings[0].message())
    assert "2019-04-01" in str(view.item(4).warnings[0].message())
    settings.PHOTO_PERIOD_MARGIN_YEARS.save(ws, 3)  # the period is configurable
    assert views.show(ws, code).item(4).warnings == []


def test_attaching_the_same_photo_twice_adds_one_evidence(ws: Workspace) -> None:
    code = recommend(ws)
    data = jpeg()
    first = commands.attach_photo(ws, code, 9, data, "x.jpg")
    second = commands.attach_photo(ws, code, 9, data, "x again.jpg")
    assert first[1] and not second[1] and first[0] == second[0]
    assert len(views.show(ws, code).item(9).photos) == 1
    assert [e.action for e in history.history(ws, code)].count("review.attach_photo") == 1


def test_queue_filters_sorts_and_counts_progress(ws: Workspace) -> None:
    a, b, c = (recommend(ws, code) for code in ("110105001001", "110105001002", "110105001003"))
    recommend(ws, a, year=2023)
    commands.decide(ws, b, 1, "pass")
    commands.decide(ws, b, 2, "pass")
    decide_all(ws, c)
    rows = queue.queue(ws, 2022, sort="progress", descending=True)
    assert [(r.code, r.decided, r.total) for r in rows] == [(c, 16, 16), (b, 2, 16), (a, 0, 16)]
    assert [r.code for r in queue.queue(ws, 2022, status=RECOMMENDED)] == [a]
    assert [r.year for r in queue.queue(ws, status=RECOMMENDED)] == [2022, 2023]
    assert [r.code for r in queue.queue(ws, search="花园")] == [b]
    with pytest.raises(ValidationError):
        queue.queue(ws, status="bogus")


def test_audit_chain_intact_after_the_whole_workflow(ws: Workspace) -> None:
    code = recommend(ws)
    accounts.create_user(ws, "wang", ["approver"], "approver-pass")
    decide_all(ws, code, **{"7": "fail"})
    commands.attach_photo(ws, code, 7, jpeg(), "green.jpg")
    commands.return_for_rework(ws, code)
    commands.resubmit(ws, code)
    commands.decide(ws, code, 7, "pass")
    commands.finish_round(ws, code)
    commands.sign_off(ws, code, TEST_PASSWORD)
    commands.unlock(ws, code, "typo", TEST_PASSWORD)
    commands.decide(ws, code, 7, "pass", "typo fixed")
    accounts.reset_password(ws, "wang", "another-pass", TEST_PASSWORD)
    assert chain_intact(ws)
    with ws.sessions() as session:
        hashes = session.scalars(select(audit.AuditEntry.new_json)).all()
    assert not any("scrypt" in text for text in hashes)  # password hashes never enter the log


def test_a_review_keeps_the_standard_it_was_recommended_under(tmp_path) -> None:
    """Editing or replacing a standard file later must not change how an existing review reads."""
    import json

    from review_support import recommend, small_workspace

    from greendesk.core.standards.library import shipped_standards_dir

    workspace = small_workspace(tmp_path / "ws")
    data = json.loads((shipped_standards_dir() / "national-2020-trial.json").read_text(encoding="utf-8"))
    data.update(id="local-edition", derives_from="national-2020-trial")
    data["items"][2]["text"] = "第一版：设计师进社区"
    workspace.standards_dir.mkdir(exist_ok=True)
    standard_file = workspace.standards_dir / "local-edition.json"
    standard_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = recommend(workspace, standard_id="local-edition")
    data["items"][2]["text"] = "第二版：改写后的条文"
    standard_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert views.show(workspace, code).item(3).text == "第一版：设计师进社区"
    standard_file.unlink()  # even with the file gone, the review still reads its own version
    assert views.show(workspace, code).item(3).text == "第一版：设计师进社区"
    workspace.close()

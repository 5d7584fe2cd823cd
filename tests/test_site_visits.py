"""Site visits: the plan by day and route, re-planning and cancelling (audited), recording results
against pass/fail and scored standards, the questionnaire's checks and the photos' place warnings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from greendesk.core import accounts
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.panel import visit_checks, visit_records, visits
from greendesk.core.review import commands
from greendesk.core.review.vocabulary import EXPERT
from greendesk.core.storage.models import AuditEntry, Community, Decision, Evidence, SiteVisit, Street
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD
from tests.review_support import jpeg, recommend, small_workspace

YEAR = 2022
DAY = date(2022, 9, 6)
SECOND_STREET = "110105002"
NEAR = (39.92, 116.45)  # 朝阳区, where the community's other photos were taken


@pytest.fixture
def planned(data_dir: Path) -> Workspace:
    """Two streets: 建外街道 (110105001: 001, 002, 003) and 朝外街道 (110105002: 001, 002), all recommended."""
    workspace = small_workspace(data_dir)
    with workspace.transaction() as session:
        street = Street(code=SECOND_STREET, name="朝外街道", kind="街道", district_code="110105")
        session.add(street)
        session.flush()
        for suffix, name in (("001", "吉祥社区居委会"), ("002", "工体社区居委会")):
            session.add(
                Community(code=SECOND_STREET + suffix, name=name, street_id=street.id, updated_at=clock.now())
            )
    for code in ("110105001001", "110105001002", "110105001003", "110105002001"):
        recommend(workspace, code, YEAR)
    recommend(workspace, "110105002002", YEAR, standard_id="example-national-100")
    return workspace


def _codes(rows: list[visits.VisitRow]) -> list[str]:
    return [row.code for row in rows]


def _actions(workspace: Workspace, prefix: str) -> list[AuditEntry]:
    with workspace.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action.like(f"{prefix}%"))))


def test_plan_groups_by_street_in_order_and_codes_are_safe(planned: Workspace) -> None:
    route = visits.plan_visits(planned, YEAR, DAY, codes=["110105002001", "110105001003", "110105001001"])
    assert _codes(route) == ["110105001001", "110105001003", "110105002001"]  # street code, then community
    assert [row.order for row in route] == [1, 2, 3]
    kept = visits.plan_visits(
        planned, YEAR, date(2022, 9, 7), codes=["110105002002", "110105001002"], keep_order=True
    )
    assert _codes(kept) == ["110105002002", "110105001002"]  # the streets in the order given
    for row in route + kept:
        assert 8 <= len(row.visit_code) <= 10 and set(row.visit_code) <= set(visits.CODE_ALPHABET)
        assert visits.parse_qr(row.qr_payload) == (row.code, row.visit_code)
    assert len({row.visit_code for row in route + kept}) == 5
    days = visits.list_plan(planned, YEAR)
    assert [day.day for day in days] == [DAY, date(2022, 9, 7)]
    assert _codes(list(days[0].visits)) == _codes(route)
    assert len(_actions(planned, "visit.plan")) == 5


def test_whole_streets_and_a_start_position(planned: Workspace) -> None:
    visits.plan_visits(planned, YEAR, DAY, streets=[SECOND_STREET])
    route = visits.plan_visits(planned, YEAR, DAY, streets=["110105001"], start=1)
    assert _codes(route) == [
        "110105001001",
        "110105001002",
        "110105001003",
        "110105002001",
        "110105002002",
    ]
    with pytest.raises(GreenDeskError, match="110105009"):
        visits.plan_visits(planned, YEAR, DAY, streets=["110105009"])


def test_replanning_moves_a_visit_and_cancelling_closes_the_gap(planned: Workspace) -> None:
    first = visits.plan_visits(planned, YEAR, DAY, streets=["110105001"])
    moving = first[1]
    other_day = visits.plan_visits(planned, YEAR, date(2022, 9, 8), codes=[moving.code])
    assert [(row.visit_code, row.order) for row in other_day] == [(moving.visit_code, 1)]  # the same visit
    left = visits.list_plan(planned, YEAR, DAY)[0].visits
    assert _codes(list(left)) == ["110105001001", "110105001003"] and [r.order for r in left] == [1, 2]
    moves = _actions(planned, "visit.move")
    assert [entry.entity_key for entry in moves] == [moving.visit_code]
    assert '"2022-09-06"' in moves[0].old_json and '"2022-09-08"' in moves[0].new_json
    back = visits.move_visit(planned, moving.visit_code, day=DAY, position=1)
    assert (back.day, back.order) == (DAY, 1)
    cancelled = visits.cancel_visit(planned, first[0].visit_code, "社区改期")
    assert cancelled.status == visits.CANCELLED
    route = visits.list_plan(planned, YEAR, DAY)[0].visits
    assert [(row.code, row.order) for row in route] == [("110105001002", 1), ("110105001003", 2)]
    assert len(_actions(planned, "visit.cancel")) == 1 and len(_actions(planned, "visit.move")) == 2
    with pytest.raises(GreenDeskError, match="cancelled"):
        visits.move_visit(planned, first[0].visit_code, position=1)


def test_planning_needs_an_administrator_or_approver(planned: Workspace) -> None:
    accounts.create_user(planned, "li", (EXPERT,), "expert-pass-1")
    accounts.sign_in(planned, "li", "expert-pass-1")
    with pytest.raises(PermissionDenied):
        visits.plan_visits(planned, YEAR, DAY, codes=["110105001001"])


def _visit(workspace: Workspace, code: str) -> visits.VisitRow:
    accounts.sign_in(workspace, accounts.list_users(workspace)[0].username, TEST_PASSWORD)
    return next(row for row in visits.plan_visits(workspace, YEAR, DAY, codes=[code]) if row.code == code)


def test_record_a_pass_fail_visit_with_notes_and_tally(planned: Workspace) -> None:
    visit = _visit(planned, "110105001001")
    results = visit_records.results_from_json(
        visit.visit_code,
        {
            "items": [{"item": 1, "outcome": "pass"}, {"item": 3, "outcome": "more", "note": "缺会议纪要"}],
            "notes": {"听": "听取社区汇报", "ask": "居民知晓率高"},
            "questionnaire": {
                "handed_out": 30,
                "returned": 28,
                "satisfied": 20,
                "basically_satisfied": 6,
                "dissatisfied": 2,
            },
        },
    )
    report = visit_records.record_visit(planned, visit.visit_code, results)
    assert [(item.number, item.outcome, item.note) for item in report.items] == [
        (1, "pass", ""),
        (3, "more", "缺会议纪要"),
    ]
    assert report.notes == {"听": "听取社区汇报", "问": "居民知晓率高"}
    assert report.tally.to_dict()["returned"] == 28 and report.visit.status == visits.RECORDED
    assert len(_actions(planned, "visit.record")) == 1
    with planned.sessions() as session:  # a visit records what was found; the review decides
        assert session.scalars(select(Decision)).first() is None
    with pytest.raises(ValidationError, match=f"{visit.visit_code}, item 2: .*not one of"):
        visit_records.record_visit(
            planned, visit.visit_code, visit_records.VisitResults((visit_records.ItemResult(2, "ok"),))
        )
    with pytest.raises(ValidationError, match="pass/fail; give an outcome"):
        visit_records.record_visit(
            planned, visit.visit_code, visit_records.VisitResults((visit_records.ItemResult(2, score=3),))
        )
    with pytest.raises(ValidationError, match="item 99"):
        visit_records.record_visit(
            planned, visit.visit_code, visit_records.VisitResults((visit_records.ItemResult(99, "pass"),))
        )


def test_record_a_scored_visit_within_the_points(planned: Workspace) -> None:
    visit = _visit(planned, "110105002002")
    sheet = visits.visit_sheet(planned, visit.visit_code)
    assert sheet.scored
    first = sheet.standard.items[0]
    points = first.points
    ok = visit_records.VisitResults((visit_records.ItemResult(first.number, score=points - 1),))
    report = visit_records.record_visit(planned, visit.visit_code, ok)
    assert report.items[0].score == points - 1
    too_many = visit_records.VisitResults((visit_records.ItemResult(first.number, score=points + 1),))
    with pytest.raises(
        ValidationError, match=f"item {first.number}: score {points + 1:g} is outside 0 to {points:g}"
    ):
        visit_records.record_visit(planned, visit.visit_code, too_many)
    with pytest.raises(ValidationError, match="scored; give a score"):
        visit_records.record_visit(
            planned,
            visit.visit_code,
            visit_records.VisitResults((visit_records.ItemResult(first.number, "pass"),)),
        )


@pytest.mark.parametrize(
    ("tally", "message"),
    [
        ({"handed_out": 10, "returned": 12, "satisfied": 12}, "12 returned is more than the 10 handed out"),
        (
            {"handed_out": 10, "returned": 8, "satisfied": 5, "dissatisfied": 1},
            "add up to 6, not the 8 returned",
        ),
        ({"handed_out": -1}, "handed_out must be a whole number"),
        ({"handed_out": 2.5}, "handed_out must be a whole number"),
        ({"given": 3}, "unknown field 'given'"),
    ],
)
def test_the_tally_is_checked(tally: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        visit_records.results_from_json("ABCD2345", {"items": [], "questionnaire": tally})
    assert "ABCD2345" in str(caught.value)


def test_unknown_note_heading_is_named() -> None:
    with pytest.raises(ValidationError, match="unknown heading '说'"):
        visit_records.results_from_json("ABCD2345", {"notes": {"说": "x"}})


def test_photo_places_far_outside_and_without_gps(planned: Workspace, tmp_path: Path) -> None:
    code = "110105001001"
    for index, shift in enumerate((0.0, 0.001, -0.001)):  # the community's own evidence, near each other
        data = jpeg(colour=(10 * index, 90, 40), gps=(NEAR[0] + shift, NEAR[1]))
        commands.attach_photo(planned, code, 1, data, f"门禁{index}.jpg", year=YEAR)
    visit = _visit(planned, code)
    files = {
        "near.jpg": jpeg(colour=(200, 10, 10), gps=(NEAR[0] + 0.002, NEAR[1])),
        "far.jpg": jpeg(colour=(10, 200, 10), gps=(39.99, 116.45)),  # 7.8 km north, still in 朝阳区
        "outside.jpg": jpeg(colour=(10, 10, 200), gps=(39.92, 116.20)),  # west of 朝阳区's box
        "nogps.jpg": jpeg(colour=(90, 90, 90), gps=None),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append((2, tmp_path / name))
    report = visit_records.record_visit(planned, visit.visit_code, visit_records.VisitResults(), paths)
    found = {(w.kind, w.params["photo"]) for w in report.warnings}
    assert found == {
        (visit_checks.FAR_FROM_EVIDENCE, "far.jpg"),
        (visit_checks.FAR_FROM_EVIDENCE, "outside.jpg"),
        (visit_checks.OUTSIDE_DISTRICT, "outside.jpg"),
        (visit_checks.NO_GPS, "nogps.jpg"),
    }
    far = next(w for w in report.warnings if w.params["photo"] == "far.jpg")
    assert "far.jpg: taken 7.8 km" in str(far.message())
    assert next(w for w in report.warnings if w.kind == visit_checks.NO_GPS).is_note
    with planned.sessions() as session:
        sources = session.scalars(select(Evidence.source).where(Evidence.item_number == 2)).all()
        assert sorted(sources) == ["site_visit"] * 4
        assert session.scalars(select(SiteVisit.status)).all() == [visits.RECORDED]
    again = visit_records.visit_report(planned, visit.visit_code)
    assert {(w.kind, w.params["photo"]) for w in again.warnings} == found
    assert len(again.items[0].photos) == 4


def test_the_district_boxes_cover_beijing() -> None:
    boxes = visit_checks.district_boxes()
    assert len(boxes) == 16 and boxes["110105"].name == "朝阳区"
    assert boxes["110105"].contains(*NEAR) and not boxes["110119"].contains(*NEAR)
    for box in boxes.values():
        assert 39.4 <= box.lat_min < box.lat_max <= 41.1 and 115.4 <= box.lon_min < box.lon_max <= 117.6


def test_a_cancelled_visit_cannot_be_recorded(planned: Workspace) -> None:
    visit = _visit(planned, "110105001002")
    visits.cancel_visit(planned, visit.visit_code)
    with pytest.raises(GreenDeskError, match="cancelled"):
        visit_records.record_visit(planned, visit.visit_code, visit_records.VisitResults())
    with pytest.raises(GreenDeskError, match="NOSUCH99"):
        visit_records.visit_report(planned, "NOSUCH99")

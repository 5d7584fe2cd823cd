"""Hostile input to public notice, objections, naming and re-checks: absurd dates and numbers, huge
text, objections to a closed notice, a named community listed again: a clear refusal (exit 2 on the
CLI), nothing half done, no traceback."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.publicity import naming, notices, objections, rechecks
from greendesk.core.publicity.period import CALENDAR_DAYS, WORKING_DAYS
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.storage.models import Recommendation
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD
from tests.package_fixtures import YEAR

VALID_ID = "11010519491231002X"


def _notice(workspace: Workspace) -> notices.Notice:
    return notices.create_notice(workspace, year=YEAR, start=date(2022, 9, 28), days=7, kind=WORKING_DAYS)


def _close(workspace: Workspace, notice_id: int) -> None:
    previous = clock.frozen()
    clock.freeze(datetime(2022, 10, 12, 9, 0))
    try:
        notices.close_notice(workspace, notice_id)
    finally:
        clock.freeze(previous)


def _objection(workspace: Workspace, notice_id: int, **changes: object) -> objections.ObjectionState:
    fields: dict = {
        "received_on": date(2022, 10, 8),
        "objector_kind": objections.UNIT,
        "objector_name": "某物业公司",
        "content": "材料不实",
        "sealed": True,
    }
    fields.update(changes)
    return objections.add_objection(workspace, notice_id, **fields)


@pytest.mark.parametrize("start", [date(1900, 1, 1), date(9999, 12, 28), date(2021, 12, 31)])
def test_an_absurd_start_day_is_refused_and_nothing_is_listed(reviewed: Workspace, start: date) -> None:
    with pytest.raises(ValidationError, match=start.isoformat()):
        notices.create_notice(reviewed, year=YEAR, start=start, days=7, kind=CALENDAR_DAYS)
    assert notices.list_notices(reviewed) == []


def test_absurd_numbers_on_the_cli_exit_2_without_a_traceback(
    reviewed: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    reviewed.close()
    base = ["--data-dir", str(reviewed.data_dir)]
    runs = [
        ["publicity", "create", "--year", str(10**20), "--start", "2022-09-28", "--days", "7"],
        ["publicity", "create", "--year", str(YEAR), "--start", "9999-12-28", "--days", "7"],
        ["publicity", "close", str(10**20)],
        ["recheck", "plan", "--year", "10000", "--size", "1"],
    ]
    for args in runs:
        try:
            code = main([*base, *args])
        except SystemExit as exit_:  # argparse refuses a malformed argument with exit 2
            code = exit_.code
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err and err.strip(), args


def test_an_objection_to_a_closed_notice_is_refused(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    code = notice.entries[0].code
    _close(reviewed, notice.id)
    with pytest.raises(WorkflowError, match="closed"):
        _objection(reviewed, notice.id, code=code)
    assert objections.list_objections(reviewed, notice.id) == []


def test_early_future_and_oversized_objections(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    early = _objection(reviewed, notice.id, received_on=date(2022, 9, 27))
    assert early.outcome == objections.REFUSED and early.reason.startswith("公示开始前收到")
    tomorrow = clock.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match=tomorrow.isoformat()):
        _objection(reviewed, notice.id, received_on=tomorrow)
    for changes in ({"objector_name": "名" * 201}, {"contact": "1" * 201}, {"id_number": "x" * 201}):
        with pytest.raises(ValidationError, match="200"):
            _objection(reviewed, notice.id, **changes)
    assert [o.id for o in objections.list_objections(reviewed, notice.id)] == [early.id]
    person = _objection(
        reviewed,
        notice.id,
        objector_kind=objections.PERSON,
        objector_name="张三",
        id_number=VALID_ID,
        contact="13800000000",
        code=notice.entries[0].code,
    )
    with pytest.raises(ValidationError, match="2000"):
        objections.decide_objection(reviewed, person.id, objections.UPHELD, "理" * 2001, TEST_PASSWORD)
    upheld = objections.decide_objection(reviewed, person.id, objections.UPHELD, "情况属实", TEST_PASSWORD)
    assert upheld.review_round is not None and upheld.to_dict()["review_round"] == upheld.review_round


def test_a_named_community_is_never_listed_or_named_again(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    _close(reviewed, notice.id)
    naming.name_communities(
        reviewed,
        notice.id,
        document_number="朝建发〔2022〕12号",
        named_on=date(2022, 10, 20),
        password=TEST_PASSWORD,
    )
    with reviewed.transaction() as session:  # as if unlocked and signed off again after the naming
        session.execute(update(Recommendation).values(signed_off_at=datetime(2030, 1, 1)))
    with pytest.raises(WorkflowError, match="waiting"):
        _notice(reviewed)


def test_re_check_input_is_bounded(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    _close(reviewed, notice.id)
    record = naming.name_communities(
        reviewed,
        notice.id,
        document_number="朝建发〔2022〕12号",
        named_on=date(2022, 10, 20),
        password=TEST_PASSWORD,
    )
    code = record.communities[0].code
    with pytest.raises(ValidationError):
        rechecks.plan_recheck(reviewed, 10_000, 1)
    with pytest.raises(ValidationError):
        rechecks.plan_recheck(reviewed, 2023, 1, seed="s" * 2001)
    plan = rechecks.plan_recheck(reviewed, 2023, 1, seed="s1")
    outside = next(c.code for c in record.communities if c.code not in plan.sample)
    for target, plan_id in ((code, 999), (outside, plan.id)):
        with pytest.raises(ValidationError, match="sample"):
            rechecks.record_recheck(reviewed, target, rechecks.KEPT, plan_id=plan_id)
    far = date(9999, 1, 1)
    with pytest.raises(ValidationError):
        rechecks.record_recheck(reviewed, code, rechecks.RECTIFY, deadline=far)
    with pytest.raises(ValidationError):
        rechecks.record_recheck(reviewed, code, "revoked", effective_on=far, password=TEST_PASSWORD)
    with pytest.raises(ValidationError):
        rechecks.record_recheck(reviewed, code, rechecks.KEPT, note="n" * 2001)
    assert rechecks.rechecks(reviewed) == []

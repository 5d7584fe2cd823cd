"""Public notice and objections: the list from signed-off communities, late and incomplete objections
refused with their reason, an upheld objection sending its community back to review."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.publicity import notices, objections
from greendesk.core.publicity.period import WORKING_DAYS
from greendesk.core.review.vocabulary import SIGNED_OFF, UNDER_REVIEW
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.safety.full_check import check_workspace
from greendesk.core.storage.models import AuditEntry, Community, Recommendation
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD
from tests.package_fixtures import YEAR

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example


def _notice(workspace: Workspace) -> notices.Notice:
    return notices.create_notice(workspace, year=YEAR, start=date(2022, 9, 28), days=7, kind=WORKING_DAYS)


def _sealed_objection(
    workspace: Workspace, notice_id: int, content: str, code: str = ""
) -> objections.ObjectionState:
    """A unit's sealed objection received in the period: about ``code``, or the list as a whole."""
    return objections.add_objection(
        workspace,
        notice_id,
        received_on=date(2022, 9, 30),
        objector_kind="unit",
        objector_name="某单位",
        content=content,
        code=code,
        sealed=True,
    )


def _signed_codes(workspace: Workspace) -> list[str]:
    with workspace.sessions() as session:
        rows = session.execute(
            select(Community.code)
            .join(Recommendation, Recommendation.community_id == Community.id)
            .where(
                Recommendation.status == SIGNED_OFF, Recommendation.year == YEAR, Recommendation.batch == 1
            )
            .order_by(Community.code)
        )
        return [row[0] for row in rows]


def test_a_notice_lists_the_signed_off_communities_once(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    assert notice.period.end == date(2022, 10, 11)
    assert sorted(entry.code for entry in notice.entries) == _signed_codes(reviewed)
    with pytest.raises(WorkflowError):
        _notice(reviewed)  # nobody is waiting any more
    with pytest.raises(WorkflowError, match="2022-10-11"):
        notices.close_notice(reviewed, notice.id, today=date(2022, 10, 11))
    assert notices.close_notice(reviewed, notice.id, today=date(2022, 10, 12)).closed


def test_late_and_incomplete_objections_are_refused_with_the_reason(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    code = notice.entries[0].code
    late = objections.add_objection(
        reviewed,
        notice.id,
        received_on=date(2022, 10, 12),
        objector_kind="person",
        objector_name="张三",
        content="小区垃圾分类未落实",
        code=code,
        id_number=VALID_ID,
        contact="13800000000",
    )
    assert late.outcome == objections.REFUSED and "逾期" in late.reason and "2022-10-11" in late.reason
    unsealed = objections.add_objection(
        reviewed,
        notice.id,
        received_on=date(2022, 10, 8),
        objector_kind="unit",
        objector_name="某物业公司",
        content="材料不实",
        code=code,
    )
    assert unsealed.outcome == objections.REFUSED and "公章" in unsealed.reason
    bad_id = objections.add_objection(
        reviewed,
        notice.id,
        received_on=date(2022, 10, 8),
        objector_kind="person",
        objector_name="李四",
        content="材料不实",
        code=code,
        id_number="110105194912310021",
        contact="13800000000",
    )
    assert bad_id.outcome == objections.REFUSED and "身份证" in bad_id.reason
    accepted = objections.add_objection(
        reviewed,
        notice.id,
        received_on=date(2022, 10, 11),
        objector_kind="person",
        objector_name="王五",
        content="材料不实",
        code=code,
        id_number=VALID_ID,
        contact="13800000000",
    )
    assert accepted.outcome == ""
    with pytest.raises(ValidationError):
        objections.decide_objection(reviewed, late.id, objections.DISMISSED, "已拒收", TEST_PASSWORD)


def test_an_upheld_objection_reopens_the_review(reviewed: Workspace) -> None:
    notice = _notice(reviewed)
    code = notice.entries[0].code
    objection = objections.add_objection(
        reviewed,
        notice.id,
        received_on=date(2022, 9, 30),
        objector_kind="unit",
        objector_name="某单位",
        content="垃圾分类设施未建成",
        code=code,
        sealed=True,
    )
    with reviewed.sessions() as session:
        before = (
            session.scalars(select(Recommendation).join(Community).where(Community.code == code))
            .one()
            .current_round
        )
    decided = objections.decide_objection(
        reviewed, objection.id, objections.UPHELD, "现场核实属实", TEST_PASSWORD
    )
    assert decided.outcome == objections.UPHELD
    with reviewed.sessions() as session:
        recommendation = session.scalars(
            select(Recommendation).join(Community).where(Community.code == code)
        ).one()
        assert recommendation.status == UNDER_REVIEW
        assert not recommendation.locked and not recommendation.signed_off_by
        assert recommendation.current_round == before + 1
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.action == objections.REOPEN_ACTION))
            .one()
            .entity_key
            == code
        )
        assert objections.upheld_codes(session, notice.id) == {code}
    report = check_workspace(reviewed.data_dir, verify_hashes=False)
    assert report.ok, report


def test_id_numbers_follow_gb_11643() -> None:
    assert objections.valid_id_number(VALID_ID)
    assert objections.valid_id_number(VALID_ID.lower())
    assert not objections.valid_id_number("110105194912310021")
    assert not objections.valid_id_number("1101051949123100")


def test_an_upheld_objection_against_the_whole_list_blocks_the_naming(reviewed: Workspace) -> None:
    from greendesk.core.publicity import naming

    notice = _notice(reviewed)
    objection = _sealed_objection(reviewed, notice.id, "名单遗漏了达标社区")
    objections.decide_objection(reviewed, objection.id, objections.UPHELD, "属实", TEST_PASSWORD)
    notices.close_notice(reviewed, notice.id, today=date(2022, 10, 12))
    with pytest.raises(WorkflowError, match="as a whole"):
        naming.name_communities(
            reviewed,
            notice.id,
            document_number="朝建发〔2022〕12号",
            named_on=date(2022, 10, 20),
            password=TEST_PASSWORD,
        )
    with pytest.raises(NotFoundError):
        naming.load_naming(reviewed, notice.id)  # nothing half done


def test_naming_waits_for_objections_and_leaves_out_the_upheld(reviewed: Workspace) -> None:
    from greendesk.core.publicity import naming

    notice = _notice(reviewed)
    first, second = (entry.code for entry in notice.entries[:2])
    objection = _sealed_objection(reviewed, notice.id, "垃圾分类设施未建成", code=first)
    args = {
        "document_number": "朝建发〔2022〕12号",
        "named_on": date(2022, 10, 20),
        "password": TEST_PASSWORD,
    }
    with pytest.raises(WorkflowError, match="close"):
        naming.name_communities(reviewed, notice.id, **args)
    notices.close_notice(reviewed, notice.id, today=date(2022, 10, 12))
    with pytest.raises(WorkflowError, match=str(objection.id)):
        naming.name_communities(reviewed, notice.id, **args)
    objections.decide_objection(reviewed, objection.id, objections.UPHELD, "属实", TEST_PASSWORD)
    with pytest.raises(ValidationError):
        naming.name_communities(reviewed, notice.id, tiers={first: naming.DEMONSTRATION}, **args)
    record = naming.name_communities(reviewed, notice.id, tiers={second: naming.DEMONSTRATION}, **args)
    codes = {c.code: c.tier for c in record.communities}
    assert first not in codes and codes[second] == naming.DEMONSTRATION
    assert len(codes) == len(notice.entries) - 1
    assert naming.load_naming(reviewed, notice.id).to_dict() == record.to_dict()
    with pytest.raises(WorkflowError):
        naming.name_communities(reviewed, notice.id, **args)

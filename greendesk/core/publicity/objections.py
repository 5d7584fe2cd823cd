"""Objections to a public notice (异议): recorded as received, refused when late or incomplete (with
the reason kept), and decided. An upheld objection sends its community back to review: the sign-off
is withdrawn and a new round starts, so the community can only be named after it is signed off again.

What makes an objection admissible follows the notices offices publish: a unit's carries its seal, a
person's a real name, an ID number and a way to reach them; one received outside the notice period is
not accepted. Nothing is edited in place: a decision is a new row, and everything is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.publicity import objection_files
from greendesk.core.publicity.objection_files import Attachment
from greendesk.core.review.commands import reset_approval, set_status
from greendesk.core.review.views import find_recommendation
from greendesk.core.review.vocabulary import APPROVER, REVIEWER, SIGNED_OFF, UNDER_REVIEW
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.storage import photos
from greendesk.core.storage.models import Recommendation
from greendesk.core.storage.models_publicity import (
    Objection,
    ObjectionDecision,
    PublicNotice,
    PublicNoticeEntry,
)
from greendesk.core.workspace import Workspace

UNIT, PERSON = "unit", "person"
OBJECTOR_KINDS = (UNIT, PERSON)
REFUSED, UPHELD, DISMISSED = "refused", "upheld", "dismissed"
DECISIONS = (UPHELD, DISMISSED)
ADD_ACTION = "publicity.objection"
DECIDE_ACTION = "publicity.objection_decision"
REOPEN_ACTION = "review.reopen"
MAX_CONTENT = 10_000
MAX_FIELD = 200  # an objector's name or contact, a decision's reason stays a line or a paragraph
MAX_REASON = 2000
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class ObjectionState:
    id: int
    notice_id: int
    code: str  # the community it concerns ("" when it concerns the list as a whole)
    received_on: date
    objector_kind: str
    objector_name: str
    content: str
    outcome: str  # "" while undecided, else refused / upheld / dismissed
    reason: str
    attachments: tuple[Attachment, ...] = ()
    review_round: int | None = None  # the re-review round an upheld objection started

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "notice": self.notice_id,
            "community": self.code,
            "received_on": self.received_on.isoformat(),
            "objector_kind": self.objector_kind,
            "objector_name": self.objector_name,
            "content": self.content,
            "outcome": self.outcome,
            "reason": self.reason,
            "attachments": [attachment.to_dict() for attachment in self.attachments],
            "review_round": self.review_round,
        }


def valid_id_number(text: str) -> bool:
    """A mainland resident ID number (GB 11643-1999): 17 digits and its check character."""
    text = text.strip().upper()
    if len(text) != 18 or not text[:17].isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(text[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == text[17]


def _admissibility(kind: str, name: str, id_number: str, contact: str, sealed: bool) -> str:
    """Why the objection cannot be accepted as written ("" when it can)."""
    if kind == UNIT and not sealed:
        return "单位反映情况未加盖公章"
    if kind == PERSON and not id_number:
        return "个人反映情况未提供身份证号码"
    if kind == PERSON and not valid_id_number(id_number):
        return "身份证号码无效"
    if kind == PERSON and not contact:
        return "个人反映情况未提供联系方式"
    return ""


def _state(session: Session, row: Objection) -> ObjectionState:
    decision = session.scalars(
        select(ObjectionDecision)
        .where(ObjectionDecision.objection_id == row.id)
        .order_by(ObjectionDecision.id.desc())
        .limit(1)
    ).first()
    code = ""
    if row.recommendation_id is not None:
        recommendation = session.get(Recommendation, row.recommendation_id)
        code = recommendation.community.code if recommendation is not None else ""
    return ObjectionState(
        row.id,
        row.notice_id,
        code,
        row.received_on,
        row.objector_kind,
        row.objector_name,
        row.content,
        "" if decision is None else decision.outcome,
        "" if decision is None else decision.reason,
        objection_files.load(row.attachments_json),
        None if decision is None else decision.review_round,
    )


def _check_input(objector_kind: str, objector_name: str, content: str) -> None:
    if objector_kind not in OBJECTOR_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of objector '{kind}' (use {choices})."),
            kind=objector_kind,
            choices=", ".join(OBJECTOR_KINDS),
        )
    if not objector_name or not content:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An objection needs the objector's name and its content.")
        )
    if len(objector_name) > MAX_FIELD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An objector's name may hold at most {limit} characters."),
            limit=MAX_FIELD,
        )
    if len(content) > MAX_CONTENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An objection's content may hold at most {limit} characters."),
            limit=MAX_CONTENT,
        )


def add_objection(
    workspace: Workspace,
    notice_id: int,
    *,
    received_on: date,
    objector_kind: str,
    objector_name: str,
    content: str,
    code: str = "",
    id_number: str = "",
    contact: str = "",
    sealed: bool = False,
    attachments: Sequence[Path] = (),
) -> ObjectionState:
    """Record an objection as received, with its files stored by content hash; a late or incomplete
    one is refused at once, its reason kept (its files are kept too: they are what was received)."""
    actor = accounts.require(workspace, REVIEWER)
    objector_name, content = objector_name.strip(), content.strip()
    id_number, contact = id_number.strip().upper(), contact.strip()
    _check_input(objector_kind, objector_name, content)
    _check_objector(id_number, contact, received_on)
    objection_files.check_files(attachments)
    with photos.staged(workspace.layout.photo_staging) as stage, workspace.transaction() as session:
        notice = session.get(PublicNotice, notice_id)
        if notice is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no public notice {id}."), id=notice_id)
        if notice.closed_at is not None:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Public notice {id} is closed: objections can no longer be recorded against it."
                ),
                id=notice_id,
            )
        recommendation = _listed(session, notice, code) if code else None
        stored = objection_files.store_files(session, workspace, attachments, stage)
        row = Objection(
            notice_id=notice.id,
            recommendation_id=None if recommendation is None else recommendation.id,
            received_on=received_on,
            objector_kind=objector_kind,
            objector_name=objector_name,
            id_number=id_number,
            contact=contact,
            sealed=sealed,
            content=content,
            attachments_json=objection_files.dump(stored),
            recorded_by=actor.username,
            recorded_at=clock.now(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            user=actor.username,
            action=ADD_ACTION,
            entity="objection",
            key=str(row.id),
            new={
                "notice": notice.id,
                "community": code,
                "received_on": received_on.isoformat(),
                "objector_kind": objector_kind,
                "objector_name": objector_name,
                "attachments": [{"name": a.name, "sha256": a.sha256} for a in stored],
            },
        )
        reason = _timeliness(notice, received_on) or _admissibility(
            objector_kind, objector_name, row.id_number, row.contact, sealed
        )
        if reason:
            _decide(session, actor.username, row, REFUSED, reason, None)
        return _state(session, row)


def _check_objector(id_number: str, contact: str, received_on: date) -> None:
    """Bounded fields, and a day received that has come (a later one is a typo, not an objection)."""
    if len(id_number) > MAX_FIELD or len(contact) > MAX_FIELD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An ID number or a contact may hold at most {limit} characters."),
            limit=MAX_FIELD,
        )
    if received_on > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An objection cannot be received after today ({day} given)."),
            day=received_on.isoformat(),
        )


def _timeliness(notice: PublicNotice, received_on: date) -> str:
    """Why an objection received that day is not accepted ("" when it is in the notice period)."""
    period = f"（公示期 {notice.start_on.isoformat()} 至 {notice.end_on.isoformat()}）"
    if received_on < notice.start_on:
        return "公示开始前收到，不予受理" + period
    if received_on > notice.end_on:
        return "逾期不予受理" + period
    return ""


def _listed(session: Session, notice: PublicNotice, code: str) -> Recommendation:
    recommendation = find_recommendation(session, code, notice.year)
    on_list = session.scalars(
        select(PublicNoticeEntry.id).where(
            PublicNoticeEntry.notice_id == notice.id, PublicNoticeEntry.recommendation_id == recommendation.id
        )
    ).first()
    if on_list is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} is not on public notice {id}."), code=code, id=notice.id
        )
    return recommendation


def _decide(
    session: Session, user: str, row: Objection, outcome: str, reason: str, review_round: int | None
) -> None:
    session.add(
        ObjectionDecision(
            objection_id=row.id,
            outcome=outcome,
            reason=reason,
            review_round=review_round,
            decided_by=user,
            decided_at=clock.now(),
        )
    )
    audit.record(
        session,
        user=user,
        action=DECIDE_ACTION,
        entity="objection",
        key=str(row.id),
        new={"outcome": outcome, "reason": reason, "round": review_round},
    )


def decide_objection(
    workspace: Workspace, objection_id: int, outcome: str, reason: str, password: str
) -> ObjectionState:
    """Uphold or dismiss an accepted objection (the approver re-enters their password, as for an
    unlock). Upheld: its community's sign-off is withdrawn and a new review round starts."""
    reason = reason.strip()
    if outcome not in DECISIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An objection is decided as {choices}."), choices=", ".join(DECISIONS)
        )
    if not reason or len(reason) > MAX_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Deciding an objection needs a reason of at most {limit} characters."
            ),
            limit=MAX_REASON,
        )
    approver = accounts.confirm_password(workspace, password, APPROVER)
    with workspace.transaction() as session:
        row = session.get(Objection, objection_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no objection {id}."), id=objection_id)
        if _state(session, row).outcome:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Objection {id} has been decided already."), id=objection_id
            )
        review_round = None
        if outcome == UPHELD and row.recommendation_id is not None:
            review_round = _reopen(session, workspace, approver.username, row, reason)
        _decide(session, approver.username, row, outcome, reason, review_round)
        return _state(session, row)


def _reopen(session: Session, workspace: Workspace, user: str, row: Objection, reason: str) -> int:
    recommendation = session.get(Recommendation, row.recommendation_id)
    assert recommendation is not None  # a foreign key
    code = recommendation.community.code
    if recommendation.locked:
        recommendation.locked = False
        audit.record(
            session,
            user=user,
            action="review.unlock",
            entity="recommendation",
            key=code,
            old={"locked": True, "signed_off_by": recommendation.signed_off_by},
            new={"locked": False, "reason": reason, "year": recommendation.year},
        )
    if recommendation.status == SIGNED_OFF or recommendation.signed_off_by:
        reset_approval(session, workspace, recommendation, code)
    recommendation.current_round += 1
    recommendation.updated_at = clock.now()
    audit.record(
        session,
        user=user,
        action=REOPEN_ACTION,
        entity="recommendation",
        key=code,
        new={"year": recommendation.year, "round": recommendation.current_round, "objection": row.id},
    )
    set_status(session, workspace, recommendation, code, UNDER_REVIEW)
    return recommendation.current_round


def list_objections(workspace: Workspace, notice_id: int) -> list[ObjectionState]:
    with workspace.sessions() as session:
        rows = session.scalars(
            select(Objection).where(Objection.notice_id == notice_id).order_by(Objection.id)
        )
        return [_state(session, row) for row in rows]


def upheld_codes(session: Session, notice_id: int) -> set[str]:
    """Communities of the notice with an upheld objection: they cannot be named from it."""
    found = set()
    for row in session.scalars(select(Objection).where(Objection.notice_id == notice_id)):
        state = _state(session, row)
        if state.outcome == UPHELD and state.code:
            found.add(state.code)
    return found

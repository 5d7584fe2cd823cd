"""Naming (命名) after a public notice: the 文号, the date, each community's tier, the plaque list.

Only a closed notice can be named from, and only its communities without an upheld objection (an
upheld one sent its community back to review; it is named from a later notice once signed off
again). An objection still undecided blocks the naming: it must be decided first; one upheld against
the list as a whole blocks it for good (the list itself was found wrong: a corrected list is a new
notice). Naming is an official act: the approver re-enters their password, as for a sign-off.

Tiers: ``standard`` (达到创建要求, what the targets count) and ``demonstration`` (示范, a higher honour
given to some of them; it counts toward the targets too).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.publicity.notices import Notice, load_notice
from greendesk.core.publicity.objections import UPHELD, ObjectionState, list_objections, upheld_codes
from greendesk.core.publicity.vocabulary import DEMONSTRATION, STANDARD
from greendesk.core.review.vocabulary import APPROVER
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.storage.models_publicity import Naming, NamingEntry
from greendesk.core.workspace import Workspace

TIERS = (STANDARD, DEMONSTRATION)
TIER_LABELS = {STANDARD: "达到创建要求", DEMONSTRATION: "示范"}  # documents are Chinese whatever the UI
NAME_ACTION = "publicity.name"
MAX_DOCUMENT_NUMBER = 64


@dataclass(frozen=True)
class NamedCommunity:
    code: str
    name: str
    street: str
    tier: str
    plaque_number: str


@dataclass(frozen=True)
class NamingRecord:
    id: int
    notice_id: int
    document_number: str
    named_on: date
    communities: tuple[NamedCommunity, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "notice": self.notice_id,
            "document_number": self.document_number,
            "named_on": self.named_on.isoformat(),
            "communities": [
                {
                    "code": c.code,
                    "name": c.name,
                    "street": c.street,
                    "tier": c.tier,
                    "plaque": c.plaque_number,
                }
                for c in self.communities
            ],
        }


def _refuse_open_or_objected(notice: Notice, notice_id: int, received: Sequence[ObjectionState]) -> None:
    """Naming waits for the notice's close and every objection's decision; an objection upheld against
    the whole list ends it (the list was wrong: a corrected list is a new notice)."""
    pending = [o for o in received if not o.outcome]
    against_list = [o for o in received if o.outcome == UPHELD and not o.code]
    if not notice.closed:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "Public notice {id} is still open: close it before naming."),
            id=notice_id,
        )
    if pending:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "Objection {id} to this notice is not decided yet: decide it first."),
            id=pending[0].id,
        )
    if against_list:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Objection {objection} against public notice {id} as a whole was upheld: nothing can be "
                "named from this notice; correct the list and publish a new notice.",
            ),
            objection=against_list[0].id,
            id=notice_id,
        )


def name_communities(
    workspace: Workspace,
    notice_id: int,
    *,
    document_number: str,
    named_on: date,
    password: str,
    tiers: Mapping[str, str] | None = None,
) -> NamingRecord:
    """Name the notice's communities (all at ``standard`` unless ``tiers`` says otherwise by code)."""
    document_number = document_number.strip()
    if not document_number or len(document_number) > MAX_DOCUMENT_NUMBER:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A naming needs its document number (文号), at most {limit} characters."
            ),
            limit=MAX_DOCUMENT_NUMBER,
        )
    tiers = dict(tiers or {})
    for code, tier in tiers.items():
        if tier not in TIERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{code}: unknown tier '{tier}' (use {choices})."),
                code=code,
                tier=tier,
                choices=", ".join(TIERS),
            )
    received = list_objections(workspace, notice_id)
    approver = accounts.confirm_password(workspace, password, APPROVER)
    with workspace.transaction() as session:
        notice = load_notice(session, notice_id)
        _refuse_open_or_objected(notice, notice_id, received)
        if session.scalars(select(Naming.id).where(Naming.notice_id == notice_id)).first() is not None:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Public notice {id} has been named already."), id=notice_id
            )
        excluded = upheld_codes(session, notice_id)
        _refuse_named_before(session, notice)
        listed = {entry.code for entry in notice.entries}
        for code in tiers:
            if code not in listed or code in excluded:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{code} cannot be named from public notice {id}."),
                    code=code,
                    id=notice_id,
                )
        row = Naming(
            notice_id=notice_id,
            document_number=document_number,
            named_on=named_on,
            created_by=approver.username,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        named = []
        for entry in (e for e in notice.entries if e.code not in excluded):
            plaque = f"{notice.year}-{notice.batch}-{len(named) + 1:03d}"
            tier = tiers.get(entry.code, STANDARD)
            session.add(
                NamingEntry(
                    naming_id=row.id,
                    recommendation_id=entry.recommendation_id,
                    tier=tier,
                    plaque_number=plaque,
                )
            )
            named.append(NamedCommunity(entry.code, entry.name, entry.street, tier, plaque))
        if not named:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Every community of public notice {id} had an upheld objection."),
                id=notice_id,
            )
        audit.record(
            session,
            user=approver.username,
            action=NAME_ACTION,
            entity="naming",
            key=str(row.id),
            new={
                "notice": notice_id,
                "document_number": document_number,
                "named_on": named_on.isoformat(),
                "communities": {c.code: c.tier for c in named},
            },
        )
        return NamingRecord(row.id, notice_id, document_number, named_on, tuple(named))


def _refuse_named_before(session: Session, notice: Notice) -> None:
    """A recommendation is named once: a notice made before that rule may still list a named one."""
    named = set(session.scalars(select(NamingEntry.recommendation_id)))
    for entry in notice.entries:
        if entry.recommendation_id in named:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{code} has been named for {year} already."),
                code=entry.code,
                year=notice.year,
            )


def load_naming(workspace: Workspace, notice_id: int) -> NamingRecord:
    """The naming made from a notice."""
    with workspace.sessions() as session:
        row = session.scalars(select(Naming).where(Naming.notice_id == notice_id)).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Public notice {id} has not been named yet."), id=notice_id
            )
        notice = load_notice(session, notice_id)
        by_rec = {entry.recommendation_id: entry for entry in notice.entries}
        entries = session.scalars(
            select(NamingEntry).where(NamingEntry.naming_id == row.id).order_by(NamingEntry.plaque_number)
        )
        named = tuple(
            NamedCommunity(
                by_rec[e.recommendation_id].code,
                by_rec[e.recommendation_id].name,
                by_rec[e.recommendation_id].street,
                e.tier,
                e.plaque_number,
            )
            for e in entries
        )
        return NamingRecord(row.id, notice_id, row.document_number, row.named_on, named)


@dataclass(frozen=True)
class NamingOf:
    """How one recommendation was named: its tier, the naming's 文号 and date."""

    tier: str
    document_number: str
    named_on: date

    def to_dict(self) -> dict[str, str]:
        return {"tier": self.tier, "document_number": self.document_number, "date": self.named_on.isoformat()}


def namings_by_recommendation(session: Session, as_of: datetime | None = None) -> dict[int, NamingOf]:
    """Each named recommendation's naming (by recommendation id), as recorded up to ``as_of``."""
    query = (
        select(NamingEntry.recommendation_id, NamingEntry.tier, Naming.document_number, Naming.named_on)
        .join(Naming, Naming.id == NamingEntry.naming_id)
        .order_by(Naming.id)
    )
    if as_of is not None:
        query = query.where(Naming.created_at <= as_of)
    return {
        recommendation_id: NamingOf(tier, number, named_on)
        for recommendation_id, tier, number, named_on in session.execute(query)
    }

"""Public-notice lists (公示名单): made from signed-off communities of a year and batch, open for
objections during their period, then closed.

Publishing a list is the office's decision, so it needs the approver role (like sign-off). A
community is on at most one open notice; a community re-reviewed after an upheld objection is signed
off again and goes on a later notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.years import check_year
from greendesk.core.publicity.period import NoticePeriod, notice_period
from greendesk.core.review.vocabulary import APPROVER, SIGNED_OFF
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.storage.models import Community, Recommendation
from greendesk.core.storage.models_publicity import NamingEntry, PublicNotice, PublicNoticeEntry
from greendesk.core.workspace import Workspace

CREATE_ACTION = "publicity.create"
CLOSE_ACTION = "publicity.close"
MAX_TITLE = 200
MAX_CHANNEL = 2000
PLANNED_AHEAD = timedelta(days=366)  # a notice is recorded when published, or planned at most a year ahead
DEFAULT_CHANNEL = (
    "公示期间，任何单位和个人对公示名单有异议的，可以书面形式向区住房城乡建设委反映。"
    "单位反映情况须加盖公章，个人反映情况须署真实姓名，并提供身份证号码和联系方式。逾期不予受理。"
)


@dataclass(frozen=True)
class NoticeEntry:
    code: str
    name: str
    street: str
    recommendation_id: int


@dataclass(frozen=True)
class Notice:
    id: int
    year: int
    batch: int
    title: str
    period: NoticePeriod
    channel_text: str
    closed: bool
    entries: tuple[NoticeEntry, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "year": self.year,
            "batch": self.batch,
            "title": self.title,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "days": self.period.days,
            "period_kind": self.period.kind,
            "channel_text": self.channel_text,
            "closed": self.closed,
            "communities": [entry.code for entry in self.entries],
        }


def default_title(year: int, batch: int) -> str:
    suffix = "" if batch == 1 else f"（第{batch}批）"
    return f"{year}年度绿色社区创建达标社区名单公示{suffix}"


def _on_open_notices(session: Session) -> set[int]:
    rows = session.execute(
        select(PublicNoticeEntry.recommendation_id)
        .join(PublicNotice, PublicNotice.id == PublicNoticeEntry.notice_id)
        .where(PublicNotice.closed_at.is_(None))
    )
    return {row[0] for row in rows}


def _noticed_before(session: Session) -> dict[int, int]:
    """Recommendation id -> the latest notice it was on."""
    found: dict[int, int] = {}
    for rec_id, notice_id in session.execute(
        select(PublicNoticeEntry.recommendation_id, PublicNoticeEntry.notice_id).order_by(
            PublicNoticeEntry.id
        )
    ):
        found[rec_id] = notice_id
    return found


def load_notice(session: Session, notice_id: int) -> Notice:
    row = session.get(PublicNotice, notice_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no public notice {id}."), id=notice_id)
    entries = session.execute(
        select(PublicNoticeEntry, Recommendation, Community)
        .join(Recommendation, Recommendation.id == PublicNoticeEntry.recommendation_id)
        .join(Community, Community.id == Recommendation.community_id)
        .where(PublicNoticeEntry.notice_id == notice_id)
        .order_by(PublicNoticeEntry.position)
    ).all()
    period = NoticePeriod(row.start_on, row.end_on, row.days, row.period_kind)
    return Notice(
        row.id,
        row.year,
        row.batch,
        row.title,
        period,
        row.channel_text,
        row.closed_at is not None,
        tuple(NoticeEntry(c.code, c.name, c.street.name, r.id) for _e, r, c in entries),
    )


def create_notice(
    workspace: Workspace,
    *,
    year: int,
    start: date,
    days: int,
    kind: str,
    batch: int = 1,
    title: str = "",
    channel_text: str = "",
) -> Notice:
    """List the signed-off communities of the year and batch that are not on a notice yet (a named one
    is never listed again: unlocking and signing it off again does not name it twice)."""
    actor = accounts.require(workspace, APPROVER)
    check_year(year)
    _check_start(year, start)
    period = notice_period(start, days, kind)
    title = (title or default_title(year, batch)).strip()
    channel_text = (channel_text or DEFAULT_CHANNEL).strip()
    for text, limit in ((title, MAX_TITLE), (channel_text, MAX_CHANNEL)):
        if len(text) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A notice's text may hold at most {limit} characters."),
                limit=limit,
            )
    with workspace.transaction() as session:
        busy = _on_open_notices(session)
        before = _noticed_before(session)
        candidates = session.execute(
            select(Recommendation, Community)
            .join(Community, Community.id == Recommendation.community_id)
            .where(
                Recommendation.year == year,
                Recommendation.batch == batch,
                Recommendation.status == SIGNED_OFF,
                Recommendation.locked.is_(True),
            )
            .order_by(Community.street_id, Community.code)
        ).all()
        named = set(session.scalars(select(NamingEntry.recommendation_id)))
        chosen = [
            (r, c)
            for r, c in candidates
            if r.id not in busy and r.id not in named and not _was_noticed_as_is(session, r, before)
        ]
        if not chosen:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No signed-off community of {year} (batch {batch}) is waiting for a public notice.",
                ),
                year=year,
                batch=batch,
            )
        row = PublicNotice(
            year=year,
            batch=batch,
            title=title,
            start_on=period.start,
            end_on=period.end,
            days=days,
            period_kind=kind,
            channel_text=channel_text,
            created_by=actor.username,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        for position, (recommendation, _community) in enumerate(chosen, start=1):
            session.add(
                PublicNoticeEntry(notice_id=row.id, recommendation_id=recommendation.id, position=position)
            )
        audit.record(
            session,
            user=actor.username,
            action=CREATE_ACTION,
            entity="public_notice",
            key=str(row.id),
            new={
                "year": year,
                "batch": batch,
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
                "days": days,
                "kind": kind,
                "communities": [community.code for _r, community in chosen],
            },
        )
        session.flush()
        return load_notice(session, row.id)


def _check_start(year: int, start: date) -> None:
    """A notice of a year's communities starts in that year or later, and not beyond a year ahead."""
    latest = clock.today() + PLANNED_AHEAD
    if not date(year, 1, 1) <= start <= latest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A public notice of {year} starts between {first} and {last}, not on {start}."
            ),
            year=year,
            first=date(year, 1, 1).isoformat(),
            last=latest.isoformat(),
            start=start.isoformat(),
        )


def _was_noticed_as_is(session: Session, recommendation: Recommendation, before: dict[int, int]) -> bool:
    """On an earlier notice and not signed off again since (a re-review's new sign-off lists it anew)."""
    notice_id = before.get(recommendation.id)
    if notice_id is None:
        return False
    notice = session.get(PublicNotice, notice_id)
    signed = recommendation.signed_off_at
    return notice is None or signed is None or signed <= notice.created_at


def close_notice(workspace: Workspace, notice_id: int, today: date | None = None) -> Notice:
    """End the notice after its period; objections can no longer be recorded against it."""
    actor = accounts.require(workspace, APPROVER)
    today = today or clock.today()
    with workspace.transaction() as session:
        row = session.get(PublicNotice, notice_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no public notice {id}."), id=notice_id)
        if row.closed_at is not None:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Public notice {id} is already closed."), id=notice_id
            )
        if today <= row.end_on:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Public notice {id} runs until {end}; it can be closed after that."
                ),
                id=notice_id,
                end=row.end_on.isoformat(),
            )
        row.closed_at, row.closed_by = clock.now(), actor.username
        audit.record(
            session,
            user=actor.username,
            action=CLOSE_ACTION,
            entity="public_notice",
            key=str(row.id),
            new={"closed_on": today.isoformat()},
        )
        session.flush()
        return load_notice(session, notice_id)


def list_notices(workspace: Workspace, year: int | None = None) -> list[Notice]:
    with workspace.sessions() as session:
        query = select(PublicNotice.id).order_by(PublicNotice.id)
        if year is not None:
            query = query.where(PublicNotice.year == year)
        return [load_notice(session, notice_id) for notice_id in session.scalars(query)]

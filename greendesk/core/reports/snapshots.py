"""Report snapshots: the progress figures at an as-of moment, frozen once the report is marked submitted.

A snapshot stores ``figures.compute(...).to_dict()`` as JSON (with the exact as-of moment; the
table's ``as_of`` column keeps its day), so an export of a submitted snapshot prints exactly what
was reported, whatever changes later. Because the figures engine counts nothing recorded after
the as-of moment, a snapshot taken again later at the same moment has the same figures. A draft
(not submitted) can have its narrative edited; to refresh the figures, take a new snapshot.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.progress import figures
from greendesk.core.review.vocabulary import APPROVER, REVIEWER
from greendesk.core.storage.models import ReportSnapshot
from greendesk.core.workspace import Workspace

QUARTERLY = "quarterly"
ANNUAL = "annual"
KINDS = (QUARTERLY, ANNUAL)
KIND_LABELS = {
    QUARTERLY: QT_TRANSLATE_NOOP("Reports", "Quarterly progress report"),
    ANNUAL: QT_TRANSLATE_NOOP("Reports", "Annual results and work summary"),
}

_QUARTER = re.compile(r"^\s*(\d{4})\s*[Qq]\s*([1-4])\s*$")


class SnapshotFrozenError(ValidationError):
    """A submitted report cannot change."""


@dataclass(frozen=True)
class SnapshotView:
    id: int
    kind: str
    period: str
    as_of: date
    taken_at: datetime
    taken_by: str
    submitted_at: datetime | None
    narrative: str
    data: dict[str, Any]

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def year(self) -> int:
        return int(self.period[:4])

    def summary_dict(self) -> dict[str, Any]:
        """The listing row (without the figures)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "period": self.period,
            "as_of": self.as_of.isoformat(),
            "taken_at": self.taken_at.isoformat(sep=" "),
            "taken_by": self.taken_by,
            "submitted_at": self.submitted_at.isoformat(sep=" ") if self.submitted_at else None,
            "passed": self.data.get("passed"),
            "passed_share": self.data.get("passed_share"),
        }


def parse_quarter(text: str) -> tuple[int, int]:
    """'2022Q3' -> (2022, 3)."""
    match = _QUARTER.match(text or "")
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{text}' is not a quarter like 2022Q3."), text=text
        )
    return int(match.group(1)), int(match.group(2))


def quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, quarter * 3 + 1, 1) - timedelta(days=1)


def default_as_of(kind: str, period: str) -> datetime:
    """The end of the period's last day, or now while the period is still running."""
    end = quarter_end(*parse_quarter(period)) if kind == QUARTERLY else date(_parse_year(period), 12, 31)
    return min(figures.end_of_day(end), clock.now())


def _parse_year(period: str) -> int:
    if not re.fullmatch(r"\d{4}", period or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not a year like 2022."), text=period)
    return int(period)


def normalize_period(kind: str, period: str) -> str:
    if kind == QUARTERLY:
        year, quarter = parse_quarter(period)
        return f"{year}Q{quarter}"
    if kind == ANNUAL:
        return str(_parse_year(period))
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown report kind '{kind}'."), kind=kind)


def _view(row: ReportSnapshot) -> SnapshotView:
    return SnapshotView(
        id=row.id,
        kind=row.kind,
        period=row.period,
        as_of=row.as_of,
        taken_at=row.taken_at,
        taken_by=row.taken_by,
        submitted_at=row.submitted_at,
        narrative=row.narrative,
        data=json.loads(row.data_json),
    )


def take_snapshot(
    workspace: Workspace,
    kind: str,
    period: str,
    as_of: datetime | None = None,
    narrative: str | None = None,
) -> SnapshotView:
    """Compute the progress now and store it. The narrative defaults to the latest one of the period."""
    accounts.require(workspace, REVIEWER)
    period = normalize_period(kind, period)
    as_of = as_of or default_as_of(kind, period)
    computed = figures.compute(workspace, int(period[:4]), as_of).to_dict()
    if narrative is None:
        previous = latest_snapshot(workspace, kind, period)
        narrative = previous.narrative if previous else ""
    with workspace.transaction() as session:
        row = ReportSnapshot(
            kind=kind,
            period=period,
            as_of=as_of.date(),
            taken_at=clock.now(),
            taken_by=workspace.user,
            data_json=json.dumps(computed, ensure_ascii=False, sort_keys=True),
            narrative=narrative,
        )
        session.add(row)
        session.flush()
        _audit(
            session,
            workspace,
            "report.snapshot",
            row,
            new={"kind": kind, "period": period, "as_of": computed["as_of"], "passed": computed["passed"]},
        )
        return _view(row)


def _audit(session: Session, workspace: Workspace, action: str, row: ReportSnapshot, **change: Any) -> None:
    """Every change to a report snapshot is audited under the key ``report:ID``."""
    audit.record(
        session, user=workspace.user, action=action, entity="report", key=f"report:{row.id}", **change
    )


def _get_row(session: Session, snapshot_id: int) -> ReportSnapshot:
    row = session.get(ReportSnapshot, snapshot_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no report snapshot {id}."), id=snapshot_id)
    return row


def _refuse_if_submitted(row: ReportSnapshot) -> None:
    if row.submitted_at is not None:
        raise SnapshotFrozenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Report snapshot {id} ({period}) was submitted on {date} and cannot be changed; take a new snapshot instead.",
            ),
            id=row.id,
            period=row.period,
            date=row.submitted_at.isoformat(sep=" "),
        )


def _draft_row(session: Session, snapshot_id: int) -> ReportSnapshot:
    """The snapshot's row, for a change: refused once the report was submitted."""
    row = _get_row(session, snapshot_id)
    _refuse_if_submitted(row)
    return row


def submit_snapshot(workspace: Workspace, snapshot_id: int) -> SnapshotView:
    """Mark the report as sent to the municipal commission: from now on it never changes."""
    accounts.require(workspace, APPROVER)
    with workspace.transaction() as session:
        row = _draft_row(session, snapshot_id)
        row.submitted_at = clock.now()
        _audit(session, workspace, "report.submit", row, new={"submitted_at": row.submitted_at.isoformat()})
        return _view(row)


def set_narrative(workspace: Workspace, snapshot_id: int, narrative: str) -> SnapshotView:
    accounts.require(workspace, REVIEWER)
    with workspace.transaction() as session:
        row = _draft_row(session, snapshot_id)
        old = row.narrative
        row.narrative = narrative
        _audit(session, workspace, "report.narrative", row, old=old, new=narrative)
        return _view(row)


def get_snapshot(workspace: Workspace, snapshot_id: int) -> SnapshotView:
    with workspace.sessions() as session:
        return _view(_get_row(session, snapshot_id))


def list_snapshots(
    workspace: Workspace, kind: str | None = None, period: str | None = None
) -> list[SnapshotView]:
    """Newest first."""
    statement = select(ReportSnapshot).order_by(ReportSnapshot.taken_at.desc(), ReportSnapshot.id.desc())
    if kind:
        statement = statement.where(ReportSnapshot.kind == kind)
    if period:
        statement = statement.where(ReportSnapshot.period == normalize_period(kind or QUARTERLY, period))
    with workspace.sessions() as session:
        return [_view(row) for row in session.scalars(statement)]


def latest_snapshot(
    workspace: Workspace, kind: str, period: str, submitted_only: bool = False
) -> SnapshotView | None:
    for snapshot in list_snapshots(workspace, kind, normalize_period(kind, period)):
        if snapshot.submitted or not submitted_only:
            return snapshot
    return None


def report_snapshot(
    workspace: Workspace,
    kind: str,
    period: str,
    *,
    as_of: datetime | None = None,
    narrative: str | None = None,
    submit: bool = False,
    new: bool = False,
) -> SnapshotView:
    """What an export prints: the submitted snapshot of the period if there is one, else a new one.

    Asking to submit when the period was already submitted is refused (submitting twice), unless
    ``new`` asks for a new snapshot anyway (a corrected report).
    """
    period = normalize_period(kind, period)
    submitted = None if new else latest_snapshot(workspace, kind, period, submitted_only=True)
    if submitted is not None:
        if submit or narrative is not None:
            with workspace.sessions() as session:
                _draft_row(session, submitted.id)
        return submitted
    snapshot = take_snapshot(workspace, kind, period, as_of, narrative)
    return submit_snapshot(workspace, snapshot.id) if submit else snapshot

"""The guided review of recommended communities: decisions per item, rounds, result, sign-off, lock.

Decisions are append-only rows: the latest row per (recommendation, round, item) counts, so a
comment is never edited afterwards, only followed by a new decision. Every call is one committed
transaction with its audit record, so the app can be killed at any moment without losing a decision.

Rounds: returning a community for rework ends its round; when the street resubmits, the next round
starts. Items that passed in an earlier round carry over (shown as carried); failed items and items
that needed more material must be decided again. Earlier rounds stay readable and unchangeable.

Audit entries of the review use the community code as their key, so a community's history is one
query (:func:`history`).
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, Message, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards import frozen
from greendesk.core.standards.library import DEFAULT_STANDARD_ID, Item, Standard, get_standard
from greendesk.core.status import (
    APPROVER,
    FAIL,
    FAILED,
    MORE,
    OUTCOMES,
    PASS,
    PASSED,
    RECOMMENDED,
    RESUBMITTED,
    RETURNED,
    SIGNED_OFF,
    STATUSES,
    UNDER_REVIEW,
)
from greendesk.core.storage import photos
from greendesk.core.storage.models import (
    AuditEntry,
    Community,
    Decision,
    Evidence,
    Photo,
    Recommendation,
    SelfAssessment,
    Street,
)
from greendesk.core.workspace import Workspace

# Photo trust checks.
GPS_FAR_METRES = 2000.0
PHOTO_PERIOD_SETTING = "review.photo_period_margin_years"  # creation period = year +/- margin
DEFAULT_PHOTO_PERIOD_MARGIN = 1
REWORK_DAYS_DEFAULT = 30

# Warning kinds (stable identifiers; the text is WARNING_TEXTS[kind]).
WARN_NO_EXIF = "no_exif"
WARN_TIME_OUTSIDE = "time_outside_period"
WARN_GPS_FAR = "gps_far"
WARN_DUPLICATE = "used_by_other_community"
WARNING_TEXTS = {
    WARN_NO_EXIF: QT_TRANSLATE_NOOP("Review", "{photo}: no EXIF data (time and place unknown)"),
    WARN_TIME_OUTSIDE: QT_TRANSLATE_NOOP(
        "Review", "{photo}: taken {taken}, outside the creation period {start} to {end}"
    ),
    WARN_GPS_FAR: QT_TRANSLATE_NOOP(
        "Review", "{photo}: taken {distance} km from where the community's other photos were taken"
    ),
    WARN_DUPLICATE: QT_TRANSLATE_NOOP("Review", "{photo}: the same photo is also evidence for {other}"),
}


class WarningMessage(Message):
    """A photo trust warning (translation context "Review")."""

    context = "Review"


class LockedError(GreenDeskError):
    """The recommendation is signed off and locked; it must be unlocked (recorded) before changes."""


class WorkflowError(GreenDeskError):
    """The action does not fit the recommendation's current status."""


# -- read models -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoWarning:
    kind: str
    photo_sha256: str
    params: dict[str, Any]

    def message(self) -> Message:
        return WarningMessage(WARNING_TEXTS[self.kind], **self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "photo": self.photo_sha256, "text": str(self.message())}


@dataclass(frozen=True)
class DecisionInfo:
    round: int
    outcome: str
    comment: str
    measured_value: float | None
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True)
class EvidencePhoto:
    sha256: str
    extension: str
    original_name: str
    caption: str
    taken_at: datetime | None
    gps_lat: float | None
    gps_lon: float | None
    has_exif: bool
    width: int
    height: int
    orientation: int


@dataclass
class ItemState:
    """One standard item as the reviewer sees it in the current round."""

    number: int
    category: str
    category_title: str
    text: str
    verification: str
    evidence_hint: str
    gating: bool
    points: float | None
    rule: str  # e.g. "property_management_coverage >= 30%", empty when the item has no rule
    rule_limit: str  # the threshold for people, e.g. "≥ 30%"
    outcome: str | None  # effective outcome this round (None = not decided)
    comment: str
    carried: bool  # outcome carried over from a passed earlier round
    decided_by: str
    decided_at: datetime | None
    measured_value: float | None
    rule_ok: bool | None
    self_claim: str
    self_note: str
    earlier: list[DecisionInfo] = field(default_factory=list)  # final decision of each earlier round
    photos: list[EvidencePhoto] = field(default_factory=list)
    warnings: list[PhotoWarning] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["warnings"] = [w.to_dict() for w in self.warnings]
        return data


@dataclass(frozen=True)
class OverallResult:
    mode: str
    complete: bool  # every item has an outcome this round
    passed: bool | None  # None while incomplete (unless already decided by a failed gating item)
    failed_gating: tuple[int, ...]
    failed_items: tuple[int, ...]
    more_items: tuple[int, ...]
    score: float | None = None
    pass_mark: float | None = None
    max_points: float | None = None
    tier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReviewView:
    code: str
    name: str
    street_code: str
    street_name: str
    district_name: str
    year: int
    batch: int
    status: str
    round: int
    standard_id: str
    standard_title: str
    locked: bool
    signed_off_by: str
    signed_off_at: datetime | None
    households: int | None
    households_managed: int | None
    coverage: float | None
    items: list[ItemState]
    result: OverallResult

    @property
    def decided(self) -> int:
        return sum(1 for item in self.items if item.outcome is not None)

    @property
    def total(self) -> int:
        return len(self.items)

    def item(self, number: int) -> ItemState:
        for state in self.items:
            if state.number == number:
                return state
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Standard {standard} has no item {item}."),
            standard=self.standard_id,
            item=number,
        )

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k not in ("items", "result")}
        data["decided"], data["total"] = self.decided, self.total
        data["items"] = [item.to_dict() for item in self.items]
        data["result"] = self.result.to_dict()
        return data


@dataclass(frozen=True)
class QueueRow:
    code: str
    name: str
    street_code: str
    street_name: str
    year: int
    batch: int
    status: str
    round: int
    decided: int
    total: int
    locked: bool
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    old: Any
    new: Any


# -- helpers -----------------------------------------------------------------------------------


def load_standard(workspace: Workspace, standard_id: str) -> Standard:
    return get_standard(standard_id, [workspace.standards_dir])


def _find(session: Session, code: str, year: int | None) -> Recommendation:
    query = (
        select(Recommendation)
        .join(Community, Recommendation.community_id == Community.id)
        .where(Community.code == code)
    )
    if year is not None:
        query = query.where(Recommendation.year == year)
    row = session.scalars(query.order_by(Recommendation.year.desc())).first()
    if row is None:
        if year is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Community {code} has no recommendation to review."), code=code
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Community {code} has no recommendation for {year}."),
            code=code,
            year=year,
        )
    return row


def _latest_decisions(session: Session, recommendation_id: int) -> dict[tuple[int, int], Decision]:
    """The counting decision per (round, item): the row with the highest id."""
    latest_ids = (
        select(func.max(Decision.id))
        .where(Decision.recommendation_id == recommendation_id)
        .group_by(Decision.round, Decision.item_number)
    )
    rows = session.scalars(select(Decision).where(Decision.id.in_(latest_ids)))
    return {(row.round, row.item_number): row for row in rows}


def _effective(
    latest: dict[tuple[int, int], Decision], item: int, current_round: int
) -> tuple[Decision | None, bool]:
    """(decision that counts this round, carried?) — a pass from an earlier round carries over."""
    own = latest.get((current_round, item))
    if own is not None:
        return own, False
    for earlier_round in range(current_round - 1, 0, -1):
        earlier = latest.get((earlier_round, item))
        if earlier is not None:
            return (earlier, True) if earlier.outcome == PASS else (None, False)
    return None, False


def counting_decisions(session: Session, recommendation: Recommendation) -> dict[int, Decision]:
    """Per item, the decision that counts in the current round (a pass from an earlier round carries)."""
    latest = _latest_decisions(session, recommendation.id)
    counting: dict[int, Decision] = {}
    for item in sorted({number for _round, number in latest}):
        decision, _carried = _effective(latest, item, recommendation.current_round)
        if decision is not None:
            counting[item] = decision
    return counting


OPERATOR_SYMBOLS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "="}


def rule_limit(item: Item) -> str:
    """The rule's threshold as people write it, e.g. "≥ 30%" (empty when the item has no rule)."""
    if item.rule is None:
        return ""
    return f"{OPERATOR_SYMBOLS.get(item.rule.op, item.rule.op)} {item.rule.value:g}{item.rule.unit}"


def coverage_of(recommendation: Recommendation, community: Community) -> float | None:
    """Property-management coverage in percent: as the street reported it when it gave only a percentage,
    else managed / total households, else the registry figure."""
    if recommendation.coverage_reported is not None:
        return recommendation.coverage_reported
    if recommendation.households and recommendation.households_managed is not None:
        return round(100.0 * recommendation.households_managed / recommendation.households, 2)
    return community.property_management_coverage


def _measure(item: Item, coverage: float | None) -> tuple[float | None, bool | None]:
    if item.rule is None:
        return None, None
    if item.rule.field == "property_management_coverage":
        return coverage, item.rule.check(coverage)
    return None, None  # pragma: no cover - standards only allow known fields


def overall_result(standard: Standard, outcomes: dict[int, str | None]) -> OverallResult:
    """The result by the standard's mode: gating items first, then all-pass or points vs pass mark."""
    failed = tuple(n for n, o in sorted(outcomes.items()) if o == FAIL)
    more = tuple(n for n, o in sorted(outcomes.items()) if o == MORE)
    complete = all(o is not None for o in outcomes.values())
    failed_gating = tuple(
        item.number for item in standard.items if item.gating and outcomes.get(item.number) == FAIL
    )
    if standard.mode == "scored":
        score = sum(item.points or 0 for item in standard.items if outcomes.get(item.number) == PASS)
        tier = None
        for candidate in standard.tiers:
            if score >= candidate.min_points:
                tier = candidate.id
        passed: bool | None
        if failed_gating:
            passed = False
        elif not complete:
            passed = None
        else:
            passed = not more and score >= (standard.pass_mark or 0)
        return OverallResult(
            mode="scored",
            complete=complete,
            passed=passed,
            failed_gating=failed_gating,
            failed_items=failed,
            more_items=more,
            score=score,
            pass_mark=standard.pass_mark,
            max_points=standard.max_points,
            tier=tier if passed else None,
        )
    if failed_gating:
        passed = False
    elif not complete:
        passed = None
    else:
        passed = not failed and not more
    return OverallResult(
        mode="pass_fail",
        complete=complete,
        passed=passed,
        failed_gating=failed_gating,
        failed_items=failed,
        more_items=more,
    )


def _photo_period(workspace: Workspace, year: int) -> tuple[date, date]:
    try:
        margin = int(workspace.setting(PHOTO_PERIOD_SETTING, str(DEFAULT_PHOTO_PERIOD_MARGIN)))
    except ValueError:
        margin = DEFAULT_PHOTO_PERIOD_MARGIN
    return date(year - margin, 1, 1), date(year + margin, 12, 31)


def distance_metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) — plenty for a 2 km plausibility check."""
    radius = 6_371_000.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def _photo_label(evidence: Evidence) -> str:
    return evidence.original_name or evidence.photo_sha256[:12]


def _warnings(
    session: Session,
    recommendation: Recommendation,
    evidence_rows: list[Evidence],
    period: tuple[date, date],
) -> dict[int, list[PhotoWarning]]:
    """Trust warnings per item: they inform the reviewer, they never decide."""
    result: dict[int, list[PhotoWarning]] = {}
    shas = {row.photo_sha256 for row in evidence_rows}
    others: dict[str, set[str]] = {}
    if shas:
        shared = session.execute(
            select(Evidence.photo_sha256, Community.name)
            .join(Recommendation, Evidence.recommendation_id == Recommendation.id)
            .join(Community, Recommendation.community_id == Community.id)
            .where(
                Evidence.photo_sha256.in_(shas), Recommendation.community_id != recommendation.community_id
            )
        )
        for sha, name in shared:
            others.setdefault(sha, set()).add(name)
    located = {
        row.photo_sha256: (row.photo.gps_lat, row.photo.gps_lon)
        for row in evidence_rows
        if row.photo.gps_lat is not None and row.photo.gps_lon is not None
    }
    start, end = period
    for row in evidence_rows:
        photo: Photo = row.photo
        label = _photo_label(row)
        found = result.setdefault(row.item_number, [])
        if not photo.has_exif:
            found.append(PhotoWarning(WARN_NO_EXIF, photo.sha256, {"photo": label}))
        if photo.taken_at is not None and not start <= photo.taken_at.date() <= end:
            found.append(
                PhotoWarning(
                    WARN_TIME_OUTSIDE,
                    photo.sha256,
                    {
                        "photo": label,
                        "taken": photo.taken_at.strftime("%Y-%m-%d"),
                        "start": start.isoformat(),
                        "end": end.isoformat(),
                    },
                )
            )
        if photo.sha256 in located:
            rest = [where for sha, where in located.items() if sha != photo.sha256]
            if rest:
                centre_lat = statistics.median(lat for lat, _ in rest)
                centre_lon = statistics.median(lon for _, lon in rest)
                lat, lon = located[photo.sha256]
                distance = distance_metres(lat, lon, centre_lat, centre_lon)
                if distance > GPS_FAR_METRES:
                    found.append(
                        PhotoWarning(
                            WARN_GPS_FAR, photo.sha256, {"photo": label, "distance": f"{distance / 1000:.1f}"}
                        )
                    )
        if photo.sha256 in others:
            found.append(
                PhotoWarning(
                    WARN_DUPLICATE,
                    photo.sha256,
                    {"photo": label, "other": "、".join(sorted(others[photo.sha256]))},
                )
            )
    return result


def _build_view(workspace: Workspace, session: Session, recommendation: Recommendation) -> ReviewView:
    standard = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
    community = recommendation.community
    street = session.get(Street, community.street_id)
    latest = _latest_decisions(session, recommendation.id)
    claims = {
        row.item_number: row
        for row in session.scalars(
            select(SelfAssessment).where(SelfAssessment.recommendation_id == recommendation.id)
        )
    }
    evidence_rows = list(
        session.scalars(
            select(Evidence)
            .options(selectinload(Evidence.photo))
            .where(Evidence.recommendation_id == recommendation.id)
            .order_by(Evidence.item_number, Evidence.id)
        )
    )
    warnings = _warnings(
        session, recommendation, evidence_rows, _photo_period(workspace, recommendation.year)
    )
    coverage = coverage_of(recommendation, community)
    current = recommendation.current_round
    items: list[ItemState] = []
    for item in standard.items:
        decision, carried = _effective(latest, item.number, current)
        measured, rule_ok = _measure(item, coverage)
        claim = claims.get(item.number)
        earlier = [
            DecisionInfo(r, d.outcome, d.comment, d.measured_value, d.decided_by, d.decided_at)
            for r in range(1, current)
            if (d := latest.get((r, item.number))) is not None
        ]
        items.append(
            ItemState(
                number=item.number,
                category=item.category,
                category_title=standard.category(item.category).title,
                text=item.text,
                verification=item.verification,
                evidence_hint=item.evidence_hint,
                gating=item.gating,
                points=item.points,
                rule=item.rule.describe() if item.rule else "",
                rule_limit=rule_limit(item),
                outcome=decision.outcome if decision else None,
                comment=decision.comment if decision and not carried else "",
                carried=carried,
                decided_by=decision.decided_by if decision else "",
                decided_at=decision.decided_at if decision else None,
                measured_value=measured,
                rule_ok=rule_ok,
                self_claim=claim.claim if claim else "",
                self_note=claim.note if claim else "",
                earlier=earlier,
                photos=[
                    EvidencePhoto(
                        sha256=row.photo_sha256,
                        extension=row.photo.extension,
                        original_name=row.original_name,
                        caption=row.caption,
                        taken_at=row.photo.taken_at,
                        gps_lat=row.photo.gps_lat,
                        gps_lon=row.photo.gps_lon,
                        has_exif=row.photo.has_exif,
                        width=row.photo.width,
                        height=row.photo.height,
                        orientation=row.photo.orientation,
                    )
                    for row in evidence_rows
                    if row.item_number == item.number
                ],
                warnings=warnings.get(item.number, []),
            )
        )
    result = overall_result(standard, {state.number: state.outcome for state in items})
    return ReviewView(
        code=community.code,
        name=community.name,
        street_code=street.code if street else "",
        street_name=street.name if street else "",
        district_name=workspace.setting("district_name"),
        year=recommendation.year,
        batch=recommendation.batch,
        status=recommendation.status,
        round=current,
        standard_id=standard.id,
        standard_title=standard.title,
        locked=recommendation.locked,
        signed_off_by=recommendation.signed_off_by,
        signed_off_at=recommendation.signed_off_at,
        households=recommendation.households,
        households_managed=recommendation.households_managed,
        coverage=coverage,
        items=items,
        result=result,
    )


def _check_unlocked(recommendation: Recommendation, code: str) -> None:
    if recommendation.locked:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{code} was signed off by {user} and is locked; an approver must unlock it (with a reason) first.",
            ),
            code=code,
            user=recommendation.signed_off_by,
        )


def _set_status(
    session: Session, workspace: Workspace, recommendation: Recommendation, code: str, new: str
) -> None:
    old = recommendation.status
    if old == new:
        return
    recommendation.status = new
    recommendation.updated_at = clock.now()
    audit.record(
        session,
        user=workspace.user,
        action="review.status",
        entity="recommendation",
        key=code,
        old={"status": old},
        new={"status": new, "year": recommendation.year, "round": recommendation.current_round},
    )


def _reset_approval(
    session: Session, workspace: Workspace, recommendation: Recommendation, code: str
) -> None:
    """A change after an unlock withdraws the earlier sign-off."""
    if not recommendation.signed_off_by and recommendation.status != SIGNED_OFF:
        return
    old = {
        "signed_off_by": recommendation.signed_off_by,
        "signed_off_at": recommendation.signed_off_at,
    }
    recommendation.signed_off_by = ""
    recommendation.signed_off_at = None
    audit.record(
        session,
        user=workspace.user,
        action="review.approval_reset",
        entity="recommendation",
        key=code,
        old=old,
        new={"year": recommendation.year},
    )


# -- use cases ---------------------------------------------------------------------------------


def create_recommendation(
    workspace: Workspace,
    code: str,
    year: int,
    *,
    batch: int = 1,
    standard_id: str | None = None,
    households: int | None = None,
    households_managed: int | None = None,
    self_assessment: dict[int, tuple[str, str]] | None = None,
) -> None:
    """Record a street's recommendation of a community (used by the demo and tests; intake imports too)."""
    standard = load_standard(
        workspace, standard_id or workspace.setting("default_standard", DEFAULT_STANDARD_ID)
    )
    with workspace.transaction() as session:
        community = session.scalars(select(Community).where(Community.code == code)).first()
        if community is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No community with code {code}."), code=code)
        exists = session.scalar(
            select(Recommendation.id).where(
                Recommendation.community_id == community.id, Recommendation.year == year
            )
        )
        if exists is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Community {code} is already recommended for {year}."),
                code=code,
                year=year,
            )
        now = clock.now()
        recommendation = Recommendation(
            community_id=community.id,
            year=year,
            batch=batch,
            standard_id=standard.id,
            standard_sha256=standard.sha256,
            status=RECOMMENDED,
            current_round=1,
            households=households,
            households_managed=households_managed,
            recommended_on=now.date(),
            created_at=now,
            updated_at=now,
        )
        session.add(recommendation)
        frozen.remember(session, standard)
        session.flush()
        for number, (claim, note) in (self_assessment or {}).items():
            session.add(
                SelfAssessment(
                    recommendation_id=recommendation.id, item_number=number, claim=claim, note=note
                )
            )
        audit.record(
            session,
            user=workspace.user,
            action="review.recommend",
            entity="recommendation",
            key=code,
            new={"year": year, "batch": batch, "standard": standard.id},
        )


def show(workspace: Workspace, code: str, year: int | None = None) -> ReviewView:
    """Everything the review screen shows for one community's recommendation."""
    with workspace.sessions() as session:
        return _build_view(workspace, session, _find(session, code, year))


def queue(
    workspace: Workspace,
    year: int | None = None,
    *,
    batch: int | None = None,
    status: str | None = None,
    street_code: str | None = None,
    search: str = "",
    sort: str = "code",
    descending: bool = False,
) -> list[QueueRow]:
    """The review queue with progress (items decided / total) per recommendation, filtered and sorted."""
    if status is not None and status not in STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown status '{status}' (use one of {choices})."),
            status=status,
            choices=", ".join(STATUSES),
        )
    query = (
        select(Recommendation, Community, Street)
        .join(Community, Recommendation.community_id == Community.id)
        .join(Street, Community.street_id == Street.id)
    )
    if year is not None:
        query = query.where(Recommendation.year == year)
    if batch is not None:
        query = query.where(Recommendation.batch == batch)
    if status is not None:
        query = query.where(Recommendation.status == status)
    if street_code:
        query = query.where(Street.code == street_code)
    needle = search.strip()
    standards: dict[str, Standard] = {}
    rows: list[QueueRow] = []
    with workspace.sessions() as session:
        found = [
            (recommendation, community, street)
            for recommendation, community, street in session.execute(query)
            if not needle or any(needle in text for text in (community.name, community.code, street.name))
        ]
        # One query for the counting decisions of every listed recommendation (the queue refreshes often).
        latest_by_recommendation: dict[int, dict[tuple[int, int], Decision]] = {}
        latest_ids = select(func.max(Decision.id)).group_by(
            Decision.recommendation_id, Decision.round, Decision.item_number
        )
        if found:
            for decision in session.scalars(select(Decision).where(Decision.id.in_(latest_ids))):
                latest_by_recommendation.setdefault(decision.recommendation_id, {})[
                    (decision.round, decision.item_number)
                ] = decision
        for recommendation, community, street in found:
            key = recommendation.standard_sha256 or recommendation.standard_id
            if key not in standards:
                standards[key] = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
            standard = standards[key]
            latest = latest_by_recommendation.get(recommendation.id, {})
            decided = sum(
                1
                for item in standard.items
                if _effective(latest, item.number, recommendation.current_round)[0] is not None
            )
            rows.append(
                QueueRow(
                    code=community.code,
                    name=community.name,
                    street_code=street.code,
                    street_name=street.name,
                    year=recommendation.year,
                    batch=recommendation.batch,
                    status=recommendation.status,
                    round=recommendation.current_round,
                    decided=decided,
                    total=len(standard.items),
                    locked=recommendation.locked,
                    updated_at=recommendation.updated_at,
                )
            )
    keys = {
        "code": lambda r: (r.code, r.year),
        "name": lambda r: (r.name, r.code),
        "street": lambda r: (r.street_name, r.code),
        "status": lambda r: (STATUSES.index(r.status) if r.status in STATUSES else 99, r.code),
        "progress": lambda r: (r.decided / r.total if r.total else 0, r.code),
        "updated": lambda r: (r.updated_at, r.code),
        "year": lambda r: (r.year, r.code),
    }
    if sort not in keys:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot sort by '{key}' (use one of {choices})."),
            key=sort,
            choices=", ".join(keys),
        )
    rows.sort(key=keys[sort], reverse=descending)
    return rows


def decide(
    workspace: Workspace, code: str, item: int, outcome: str, comment: str = "", year: int | None = None
) -> ItemState:
    """Save one decision at once (new row + audit), opening the review if it was not opened yet."""
    if outcome not in OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown outcome '{outcome}' (use one of {choices})."),
            outcome=outcome,
            choices=", ".join(OUTCOMES),
        )
    comment = comment.strip()
    with workspace.transaction() as session:
        recommendation = _find(session, code, year)
        _check_unlocked(recommendation, code)
        if recommendation.status == RETURNED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{code} is returned for rework; record the street's resubmission before deciding.",
                ),
                code=code,
            )
        standard = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
        standard_item = standard.item(item)
        measured, rule_ok = _measure(standard_item, coverage_of(recommendation, recommendation.community))
        if outcome == PASS and rule_ok is False and standard_item.rule is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Item {item} requires {rule}; the measured value is {value}, so it cannot be marked as met.",
                ),
                item=item,
                rule=rule_limit(standard_item),
                value=f"{measured:g}{standard_item.rule.unit}",
            )
        latest = _latest_decisions(session, recommendation.id)
        previous = latest.get((recommendation.current_round, item))
        if previous is not None and previous.outcome == outcome and previous.comment == comment:
            return _build_view(workspace, session, recommendation).item(item)  # nothing changed
        now = clock.now()
        session.add(
            Decision(
                recommendation_id=recommendation.id,
                round=recommendation.current_round,
                item_number=item,
                outcome=outcome,
                comment=comment,
                measured_value=measured,
                decided_by=workspace.user,
                decided_at=now,
            )
        )
        audit.record(
            session,
            user=workspace.user,
            action="review.decide",
            entity="recommendation",
            key=code,
            old=None if previous is None else {"outcome": previous.outcome, "comment": previous.comment},
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "item": item,
                "outcome": outcome,
                "comment": comment,
                "measured_value": measured,
            },
        )
        _reset_approval(session, workspace, recommendation, code)
        _set_status(session, workspace, recommendation, code, UNDER_REVIEW)
        recommendation.updated_at = now
        session.flush()
        return _build_view(workspace, session, recommendation).item(item)


def finish_round(workspace: Workspace, code: str, year: int | None = None) -> str:
    """Close the round by the standard's result: passed, failed, or returned when material is missing."""
    with workspace.transaction() as session:
        recommendation = _find(session, code, year)
        _check_unlocked(recommendation, code)
        if recommendation.status not in (UNDER_REVIEW, RECOMMENDED, RESUBMITTED):
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{code} is not under review (status: {status})."),
                code=code,
                status=recommendation.status,
            )
        view = _build_view(workspace, session, recommendation)
        result = view.result
        if result.passed is None:
            undecided = [str(item.number) for item in view.items if item.outcome is None]
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{code}: items {items} are not decided yet."),
                code=code,
                items=", ".join(undecided),
            )
        if result.passed:
            new_status = PASSED
        elif result.more_items and not result.failed_gating:
            new_status = RETURNED
        else:
            new_status = FAILED
        audit.record(
            session,
            user=workspace.user,
            action="review.finish_round",
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "result": result.to_dict(),
            },
        )
        _set_status(session, workspace, recommendation, code, new_status)
        return new_status


def return_for_rework(workspace: Workspace, code: str, year: int | None = None) -> list[ItemState]:
    """Send the community back to its street; returns the items that failed or need more material."""
    with workspace.transaction() as session:
        recommendation = _find(session, code, year)
        _check_unlocked(recommendation, code)
        if recommendation.status not in (UNDER_REVIEW, FAILED, RESUBMITTED):
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{code} cannot be returned for rework while its status is {status}."
                ),
                code=code,
                status=recommendation.status,
            )
        view = _build_view(workspace, session, recommendation)
        to_rework = [item for item in view.items if item.outcome in (FAIL, MORE)]
        if not to_rework:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{code} has no failed item and no item needing more material to return."
                ),
                code=code,
            )
        audit.record(
            session,
            user=workspace.user,
            action="review.return",
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "items": [item.number for item in to_rework],
            },
        )
        _set_status(session, workspace, recommendation, code, RETURNED)
        return to_rework


def resubmit(workspace: Workspace, code: str, year: int | None = None) -> int:
    """The street handed in reworked material: the next round starts; returns its number."""
    from greendesk.core.safety.backup import backup_before  # a round change is a bulk step: back up first

    backup_before(workspace, "round-change")
    with workspace.transaction() as session:
        recommendation = _find(session, code, year)
        _check_unlocked(recommendation, code)
        if recommendation.status != RETURNED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{code} can only be resubmitted after it was returned (status: {status})."
                ),
                code=code,
                status=recommendation.status,
            )
        recommendation.current_round += 1
        audit.record(
            session,
            user=workspace.user,
            action="review.resubmit",
            entity="recommendation",
            key=code,
            new={"year": recommendation.year, "round": recommendation.current_round},
        )
        _set_status(session, workspace, recommendation, code, RESUBMITTED)
        return recommendation.current_round


def sign_off(
    workspace: Workspace, code: str, approver: str, password: str | None = None, year: int | None = None
) -> None:
    """An approver confirms a passed review; the recommendation is then locked against changes."""
    if password is not None:
        accounts.verify(workspace, approver, password)
    accounts.require_role(workspace, approver, APPROVER)
    with workspace.transaction() as session:
        recommendation = _find(session, code, year)
        _check_unlocked(recommendation, code)
        if recommendation.status not in (PASSED, SIGNED_OFF):
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Only a passed review can be signed off; {code} is {status}."),
                code=code,
                status=recommendation.status,
            )
        now = clock.now()
        recommendation.signed_off_by = approver
        recommendation.signed_off_at = now
        recommendation.locked = True
        audit.record(
            session,
            user=approver,
            action="review.sign_off",
            entity="recommendation",
            key=code,
            new={"year": recommendation.year, "round": recommendation.current_round, "at": now},
        )
        _set_status(session, workspace, recommendation, code, SIGNED_OFF)


def unlock(
    workspace: Workspace,
    code: str,
    approver: str,
    reason: str,
    password: str | None = None,
    year: int | None = None,
) -> None:
    """Open a signed-off recommendation for changes again; who and why go into the audit log."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unlocking needs a reason."))
    if password is not None:
        accounts.verify(workspace, approver, password)
    accounts.require_role(workspace, approver, APPROVER)
    with workspace.transaction() as session:
        recommendation = _find(session, code, year)
        if not recommendation.locked:
            raise WorkflowError(QT_TRANSLATE_NOOP("Errors", "{code} is not locked."), code=code)
        recommendation.locked = False
        recommendation.updated_at = clock.now()
        audit.record(
            session,
            user=approver,
            action="review.unlock",
            entity="recommendation",
            key=code,
            old={"locked": True, "signed_off_by": recommendation.signed_off_by},
            new={"locked": False, "reason": reason, "year": recommendation.year},
        )


def attach_photo(
    workspace: Workspace,
    code: str,
    item: int,
    source: Path | bytes,
    name: str,
    caption: str = "",
    year: int | None = None,
) -> tuple[str, bool]:
    """Store a photo and attach it to an item; returns (sha256, newly attached)."""
    with photos.staged() as stage, workspace.transaction() as session:
        recommendation = _find(session, code, year)
        _check_unlocked(recommendation, code)
        frozen.for_recommendation(session, recommendation, [workspace.standards_dir]).item(item)
        photo, _ = photos.store(session, workspace.photos_dir, source, name, stage)
        session.flush()
        exists = session.scalar(
            select(Evidence.id).where(
                Evidence.recommendation_id == recommendation.id,
                Evidence.item_number == item,
                Evidence.photo_sha256 == photo.sha256,
            )
        )
        if exists is not None:
            return photo.sha256, False
        session.add(
            Evidence(
                recommendation_id=recommendation.id,
                item_number=item,
                photo_sha256=photo.sha256,
                original_name=Path(name).name,
                caption=caption,
                source="review",
                added_at=clock.now(),
                added_by=workspace.user,
            )
        )
        audit.record(
            session,
            user=workspace.user,
            action="review.attach_photo",
            entity="recommendation",
            key=code,
            new={"year": recommendation.year, "item": item, "photo": photo.sha256, "name": Path(name).name},
        )
        _reset_approval(session, workspace, recommendation, code)
        if recommendation.status == SIGNED_OFF:
            _set_status(session, workspace, recommendation, code, UNDER_REVIEW)
        return photo.sha256, True


def history(workspace: Workspace, code: str) -> list[HistoryEntry]:
    """The community's review history from the audit log, oldest first."""
    import json

    with workspace.sessions() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_key == code, AuditEntry.action.like("review.%"))
            .order_by(AuditEntry.id)
        )
        return [
            HistoryEntry(
                entry.at, entry.user, entry.action, json.loads(entry.old_json), json.loads(entry.new_json)
            )
            for entry in entries
        ]


def rework_items(view: ReviewView) -> list[ItemState]:
    """Items a rework notice lists: failed or needing more material in the current round."""
    return [item for item in view.items if item.outcome in (FAIL, MORE)]

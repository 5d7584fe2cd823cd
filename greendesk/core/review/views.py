"""Read models of one recommendation's review: everything the review screen, CLI and documents show."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from greendesk.core import settings
from greendesk.core.base.errors import NotFoundError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel import findings as findings_codec
from greendesk.core.review import decisions
from greendesk.core.review.photo_checks import PhotoWarning, photo_period, photo_warnings
from greendesk.core.review.scoring import OverallResult, coverage_of, measure, overall_result, rule_limit
from greendesk.core.review.vocabulary import (
    FAIL,
    MORE,
)
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import (
    Community,
    Evidence,
    Recommendation,
    SelfAssessment,
    Street,
)
from greendesk.core.workspace import Workspace

REWORK_DAYS_DEFAULT = 30


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
    taken_source: str = ""
    display_rotation: int = 0
    kind: str = "image"  # models.EVIDENCE_KINDS: what the viewer shows (pixels, pages, text, a summary)
    media_type: str = ""
    page_count: int | None = None
    size: int = 0


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
    findings: dict[str, Any] | None = (
        None  # the per-rule findings the decision follows from (scored by rules)
    )
    photos: list[EvidencePhoto] = field(default_factory=list)
    warnings: list[PhotoWarning] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["warnings"] = [w.to_dict() for w in self.warnings]
        return data


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


def load_standard(workspace: Workspace, standard_id: str) -> Standard:
    return get_standard(standard_id, [workspace.standards_dir])


def find_recommendation(session: Session, code: str, year: int | None) -> Recommendation:
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


def _evidence_photo(row: Evidence) -> EvidencePhoto:
    """One attached file as the screen shows it (a photo's pixels and EXIF, or a document's kind)."""
    photo = row.photo
    return EvidencePhoto(
        sha256=row.photo_sha256,
        extension=photo.extension,
        original_name=row.original_name,
        caption=row.caption,
        taken_at=photo.taken_at,
        gps_lat=photo.gps_lat,
        gps_lon=photo.gps_lon,
        has_exif=photo.has_exif,
        width=photo.width,
        height=photo.height,
        orientation=photo.orientation,
        taken_source=photo.taken_source,
        display_rotation=photo.display_rotation,
        kind=photo.kind,
        media_type=photo.media_type,
        page_count=photo.page_count,
        size=photo.size,
    )


def build_view(workspace: Workspace, session: Session, recommendation: Recommendation) -> ReviewView:
    standard = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
    community = recommendation.community
    street = session.get(Street, community.street_id)
    rule = decisions.for_recommendation(session, recommendation)
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
    warnings = photo_warnings(
        session,
        recommendation,
        evidence_rows,
        photo_period(session, recommendation.year),
        workspace.photos_dir,
    )
    coverage = coverage_of(recommendation, community)
    current = recommendation.current_round
    items: list[ItemState] = []
    for item in standard.items:
        counted = rule.counted(item.number)
        decision, carried = (counted.decision, counted.carried) if counted else (None, False)
        measured, rule_ok = measure(item, coverage)
        claim = claims.get(item.number)
        earlier = [
            DecisionInfo(r, d.outcome, d.comment, d.measured_value, d.decided_by, d.decided_at)
            for r, d in rule.earlier(item.number)
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
                findings=findings_codec.from_stored(decision.findings_json) if decision else None,
                photos=[_evidence_photo(row) for row in evidence_rows if row.item_number == item.number],
                warnings=warnings.get(item.number, []),
            )
        )
    findings = {state.number: state.findings for state in items if state.findings is not None}
    result = overall_result(standard, {state.number: state.outcome for state in items}, findings)
    return ReviewView(
        code=community.code,
        name=community.name,
        street_code=street.code if street else "",
        street_name=street.name if street else "",
        district_name=settings.DISTRICT_NAME.read(session),
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


def current_result(
    workspace: Workspace, session: Session, recommendation: Recommendation
) -> tuple[OverallResult, dict[int, str | None]]:
    """The result and each item's counted outcome, as ``build_view`` has them, without reading the
    evidence and its warnings (closing a round needs only these)."""
    standard = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
    return result_by_rule(standard, decisions.for_recommendation(session, recommendation))


def result_by_rule(
    standard: Standard, rule: decisions.RecommendationDecisions
) -> tuple[OverallResult, dict[int, str | None]]:
    """The result and each item's counted outcome under ``rule`` (now, or as it stood at a moment)."""
    outcomes: dict[int, str | None] = {}
    findings: dict[int, dict[str, Any]] = {}
    for item in standard.items:
        counted = rule.counted(item.number)
        outcomes[item.number] = counted.decision.outcome if counted else None
        found = findings_codec.from_stored(counted.decision.findings_json) if counted else None
        if found is not None:
            findings[item.number] = found
    return overall_result(standard, outcomes, findings), outcomes


def show(workspace: Workspace, code: str, year: int | None = None) -> ReviewView:
    """Everything the review screen shows for one community's recommendation."""
    with workspace.sessions() as session:
        return build_view(workspace, session, find_recommendation(session, code, year))


def rework_items(view: ReviewView) -> list[ItemState]:
    """Items a rework notice lists: failed or needing more material in the current round."""
    return [item for item in view.items if item.outcome in (FAIL, MORE)]

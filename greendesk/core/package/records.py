"""A read model of the signed-off reviews of one year/batch: exactly what the package prints.

It reads the review tables (recommendation, evidence, photo, registry) and takes the counting
decisions, the result and the coverage from the core review rules, so the package says exactly what
the review screen says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.base import clock
from greendesk.core.panel import findings as findings_codec
from greendesk.core.progress import history
from greendesk.core.review import decisions, scoring, vocabulary
from greendesk.core.standards import frozen
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import Community, Evidence, Photo, Recommendation, Street


@dataclass(frozen=True)
class PhotoRecord:
    """One photo attached to one item, with what the caption and the file name need."""

    sha256: str
    extension: str
    size: int
    width: int
    height: int
    orientation: int
    taken_at: datetime | None
    original_name: str
    caption: str
    display_rotation: int = 0
    taken_source: str = ""  # "mtime": taken_at is the file's modification time, not a capture time
    kind: str = "image"  # models.EVIDENCE_KINDS: a PDF prints its first page, other files a name line
    page_count: int | None = None

    @property
    def printable(self) -> bool:
        """Whether the record PDF prints a picture of it (a photo, or a PDF's first page)."""
        return self.kind in ("image", "pdf")


@dataclass(frozen=True)
class ItemRecord:
    """The decision that counts for one standard item (None when the item was never decided)."""

    number: int
    category_title: str
    text: str
    points: float | None
    outcome: str | None
    comment: str
    measured_value: float | None
    decided_by: str
    decided_at: datetime | None
    round: int | None
    photos: tuple[PhotoRecord, ...]
    findings: dict[str, Any] | None = None  # the per-rule findings when the item was scored by its rules


@dataclass(frozen=True)
class CommunityRecord:
    """A signed-off recommendation with its community, street, items and overall result."""

    recommendation_id: int
    code: str
    name: str
    street_code: str
    street_name: str
    edition: str
    year: int
    batch: int
    round: int
    households: int | None
    households_managed: int | None
    coverage_percent: float | None
    standard: Standard
    items: tuple[ItemRecord, ...]
    signed_off_by: str
    signed_off_at: datetime | None
    recommended_on: date | None

    @property
    def reviewers(self) -> tuple[str, ...]:
        return tuple(sorted({item.decided_by for item in self.items if item.decided_by}))

    @property
    def first_decided_at(self) -> datetime | None:
        times = [item.decided_at for item in self.items if item.decided_at]
        return min(times) if times else None

    @property
    def last_decided_at(self) -> datetime | None:
        times = [item.decided_at for item in self.items if item.decided_at]
        return max(times) if times else None

    @property
    def result(self) -> scoring.OverallResult:
        """The same rule the review screen applies (one computation for review and package)."""
        outcomes = {item.number: item.outcome for item in self.items}
        findings = {item.number: item.findings for item in self.items if item.findings is not None}
        return scoring.overall_result(self.standard, outcomes, findings)

    @property
    def score(self) -> float | None:
        """Points of the passed items (scored standards only)."""
        return self.result.score if self.standard.mode == "scored" else None

    @property
    def passed(self) -> bool:
        return self.result.passed is True

    @property
    def photo_count(self) -> int:
        return sum(len(item.photos) for item in self.items)


def _coverage(
    recommendation: Recommendation, community: Community, items: Iterable[ItemRecord]
) -> float | None:
    """The review's coverage figure (managed / total households, else the registry's), else the measured value."""
    coverage = scoring.coverage_of(recommendation, community)
    if coverage is not None:
        return coverage
    return next((item.measured_value for item in items if item.measured_value is not None), None)


def _photos(session: Session, recommendation_id: int) -> dict[int, list[PhotoRecord]]:
    by_item: dict[int, list[PhotoRecord]] = {}
    rows = session.execute(
        select(Evidence, Photo)
        .join(Photo, Photo.sha256 == Evidence.photo_sha256)
        .where(Evidence.recommendation_id == recommendation_id)
        .order_by(Evidence.item_number, Evidence.added_at, Evidence.id)
    )
    for evidence, photo in rows:
        by_item.setdefault(evidence.item_number, []).append(
            PhotoRecord(
                sha256=photo.sha256,
                extension=photo.extension,
                size=photo.size,
                width=photo.width,
                height=photo.height,
                orientation=photo.orientation,
                taken_at=photo.taken_at,
                original_name=evidence.original_name,
                caption=evidence.caption,
                display_rotation=photo.display_rotation,
                taken_source=photo.taken_source,
                kind=photo.kind,
                page_count=photo.page_count,
            )
        )
    return by_item


def _signed_off_now(session: Session, found: list) -> list:
    """Keep a revoked recommendation while its revocation has not taken effect yet (its status changes at
    once, the figures count it until its effective day): the package lists what its figures count."""
    pending = [(r, c) for r, c, _s in found if r.status == vocabulary.REVOKED]
    if not pending:
        return found
    timelines = history.read_timelines(session, [r for r, _c in pending], {c.id: c.code for _r, c in pending})
    now = clock.now()
    still = {
        r.id
        for r, _c in pending
        if r.id in timelines and timelines[r.id].status_at(now) == vocabulary.SIGNED_OFF
    }
    return [row for row in found if row[0].status == vocabulary.SIGNED_OFF or row[0].id in still]


def signed_off_records(
    session: Session, year: int, batch: int | None = None, standards_dirs: Iterable[Path] = ()
) -> list[CommunityRecord]:
    """The signed-off recommendations of ``year`` (and ``batch``), ordered by street and community code."""
    query = (
        select(Recommendation, Community, Street)
        .join(Community, Community.id == Recommendation.community_id)
        .join(Street, Street.id == Community.street_id)
        .where(
            Recommendation.year == year,
            Recommendation.status.in_((vocabulary.SIGNED_OFF, vocabulary.REVOKED)),
        )
        .order_by(Street.code, Community.code)
    )
    if batch is not None:
        query = query.where(Recommendation.batch == batch)
    extra_dirs = tuple(standards_dirs)
    standards: dict[str, Standard] = {}
    records: list[CommunityRecord] = []
    found = _signed_off_now(session, list(session.execute(query)))
    counting_by_id = decisions.for_recommendations(
        session, [recommendation for recommendation, _c, _s in found]
    )
    for recommendation, community, street in found:
        key = recommendation.standard_sha256 or recommendation.standard_id
        if key not in standards:  # the version each recommendation was made under
            standards[key] = frozen.for_recommendation(session, recommendation, extra_dirs)
        standard = standards[key]
        counting = counting_by_id[recommendation.id].counting()  # the review's own rule
        photos = _photos(session, recommendation.id)
        categories = {category.id: category.title for category in standard.categories}
        items = []
        for item in standard.items:
            counted = counting.get(item.number)
            decision = counted.decision if counted else None
            items.append(
                ItemRecord(
                    number=item.number,
                    category_title=categories.get(item.category, item.category),
                    text=item.text,
                    points=item.points,
                    outcome=decision.outcome if decision else None,
                    comment=decision.comment if decision else "",
                    measured_value=decision.measured_value if decision else None,
                    decided_by=decision.decided_by if decision else "",
                    decided_at=decision.decided_at if decision else None,
                    round=decision.round if decision else None,
                    photos=tuple(photos.get(item.number, ())),
                    findings=findings_codec.from_stored(decision.findings_json) if decision else None,
                )
            )
        records.append(
            CommunityRecord(
                recommendation_id=recommendation.id,
                code=community.code,
                name=community.name,
                street_code=street.code,
                street_name=street.name,
                edition=community.edition,
                year=recommendation.year,
                batch=recommendation.batch,
                round=recommendation.current_round,
                households=recommendation.households
                if recommendation.households is not None
                else community.households,
                households_managed=recommendation.households_managed,
                coverage_percent=_coverage(recommendation, community, items),
                standard=standard,
                items=tuple(items),
                signed_off_by=recommendation.signed_off_by,
                signed_off_at=recommendation.signed_off_at,
                recommended_on=recommendation.recommended_on,
            )
        )
    return records

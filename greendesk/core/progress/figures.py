"""District progress toward the yearly targets: ONE computation for the dashboard, the reports and the CLI.

Rules (kept here so every consumer counts the same way):

- Only communities flagged ``in_scope`` in the registry count, in totals and in every figure below.
- A community *has passed* when any of its recommendations (any year) has status ``passed`` or
  ``signed_off``. It counts once, however many rounds or recommendations it took (failed, returned,
  resubmitted, recommended again the next year ...).
- The moment it passed is read from the recommendation row: ``signed_off_at`` or ``updated_at``,
  whichever is earlier (a passed recommendation is not edited again until it is signed off, and
  signing off happens after passing). When several recommendations of one community passed, the
  earliest moment counts. The passed count *as of* a date counts passes on or before that date.
- Year figures (per street, by status, by item) cover the recommendations of the chosen year that
  exist on the as-of date (``created_at``), in their current status.
- Outcome by item: for each recommendation of the year, per item the decision that counts under the
  review's one counting rule (``greendesk.core.review.decisions``): its own latest row in the current
  round, else a pass carried over from an earlier round; an earlier fail or "more" does not count.
- Every figure, the targets, the settings and the audit-chain head are read from ONE snapshot
  (``Workspace.snapshot()``), so they agree with each other even while someone else saves.
- Pilots of a street: its in-scope communities passed so far (all years). A street is below the
  minimum when it has fewer than the year's ``pilots_per_street_min``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.progress import targets
from greendesk.core.review import decisions, vocabulary
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import Community, Recommendation, Street
from greendesk.core.workspace import Workspace

PASSED_STATUSES = (vocabulary.PASSED, vocabulary.SIGNED_OFF)
UNDER_REVIEW_STATUSES = (vocabulary.UNDER_REVIEW, vocabulary.RESUBMITTED)
FIRST_TARGET_YEAR = 2021

DEADLINE_QUARTERLY = "quarterly"
DEADLINE_SUMMARY = "summary"


@dataclass(frozen=True)
class StreetProgress:
    code: str
    name: str
    in_scope: int
    required: int  # the year's target share of the street's in-scope communities, rounded up
    recommended: int  # recommendations of the year, any status
    not_started: int  # status "recommended": not opened yet
    under_review: int  # under review or resubmitted after rework
    returned: int
    passed: int  # recommendations of the year passed (or signed off) by the as-of date
    failed: int
    pilots: int  # communities passed so far, all years
    pilots_min: int
    below_min: bool


@dataclass(frozen=True)
class ItemOutcome:
    item: int
    pass_count: int
    fail_count: int
    more_count: int


@dataclass(frozen=True)
class Deadline:
    kind: str  # DEADLINE_QUARTERLY or DEADLINE_SUMMARY
    period: str  # "2022Q3" or "2022"
    due: date


@dataclass(frozen=True)
class SeriesPoint:
    day: date
    passed: int
    share: float  # percent of the in-scope total


@dataclass(frozen=True)
class PassedCommunity:
    code: str
    name: str
    street_code: str
    street_name: str
    year: int  # the year of the recommendation that passed
    passed_on: date
    status: str


@dataclass(frozen=True)
class Progress:
    year: int
    as_of: date
    district_code: str
    district_name: str
    in_scope_total: int
    out_of_scope: int
    passed: int
    passed_share: float  # percent, rounded to 2 decimals
    target_share: float
    required: int
    remaining: int
    pilots_min: int
    pilots_max: int
    streets_below_min: int
    by_status: dict[str, int]
    streets: list[StreetProgress]
    items: list[ItemOutcome]
    next_deadline: Deadline | None
    days_left: int | None
    deadlines: list[Deadline]
    series: list[SeriesPoint]
    target_lines: list[tuple[int, float]]  # (year, target share) for the chart
    passed_communities: list[PassedCommunity] = field(default_factory=list)
    # The audit chain head when the figures were computed: printed on reports (and frozen with a
    # submitted snapshot), so a later truncation of the log is detectable against what was sent.
    audit_head: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types (dates as ISO text): what snapshots store and exports read."""
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        data["target_lines"] = [list(pair) for pair in self.target_lines]
        for key in ("next_deadline",):
            if data[key] is not None:
                data[key]["due"] = data[key]["due"].isoformat()
        for deadline in data["deadlines"]:
            deadline["due"] = deadline["due"].isoformat()
        for point in data["series"]:
            point["day"] = point["day"].isoformat()
        for community in data["passed_communities"]:
            community["passed_on"] = community["passed_on"].isoformat()
        return data


def passed_moment(recommendation: Recommendation) -> datetime | None:
    """When a passed/signed-off recommendation passed (see the module rules); None otherwise."""
    if recommendation.status not in PASSED_STATUSES:
        return None
    moments = [m for m in (recommendation.updated_at, recommendation.signed_off_at) if m is not None]
    return min(moments) if moments else None


def default_year(workspace: Workspace) -> int:
    """The year a progress view opens on: the latest year with recommendations, up to this year."""
    this_year = clock.today().year
    with workspace.sessions() as session:
        latest = session.scalar(select(func.max(Recommendation.year)).where(Recommendation.year <= this_year))
    return latest or this_year


def compute(workspace: Workspace, year: int | None = None, as_of: date | None = None) -> Progress:
    """Progress of the workspace's district for ``year`` on ``as_of``, read from one snapshot.

    Defaults: the year of ``as_of``; ``as_of`` today, or 31 December for a year already over.
    """
    if as_of is None:
        today = clock.today()
        as_of = min(today, date(year, 12, 31)) if year else today
    year = year or as_of.year
    with workspace.snapshot() as session:
        return _compute(session, [workspace.standards_dir], year, as_of)


@dataclass(frozen=True)
class _Scope:
    """The registry as progress counts it: every street, and the in-scope communities by id."""

    streets: list[Street]
    in_scope: dict[int, Community]
    out_of_scope: int

    def street_of(self, community_id: int) -> Street:
        street_id = self.in_scope[community_id].street_id
        return next(street for street in self.streets if street.id == street_id)


def _compute(session: Session, standards_dirs: list[Path], year: int, as_of: date) -> Progress:
    """Every figure from the one session given (the caller's snapshot)."""
    table = targets.read_targets(session)
    target = table.target(year)
    scope = _read_scope(session)
    recommendations = list(session.scalars(select(Recommendation)))
    first_pass = _first_passes(recommendations, scope, as_of)
    year_recs = [
        r
        for r in recommendations
        if r.year == year and r.community_id in scope.in_scope and r.created_at.date() <= as_of
    ]
    street_rows = _street_rows(scope, year_recs, first_pass, target, as_of)
    deadlines = _deadlines(table, year)
    next_deadline = next((d for d in deadlines if d.due >= as_of), None)
    in_scope_total, passed_total = len(scope.in_scope), len(first_pass)
    required = target.required_count(in_scope_total)
    return Progress(
        year=year,
        as_of=as_of,
        district_code=settings.DISTRICT_CODE.read(session),
        district_name=settings.DISTRICT_NAME.read(session),
        in_scope_total=in_scope_total,
        out_of_scope=scope.out_of_scope,
        passed=passed_total,
        passed_share=_share(passed_total, in_scope_total),
        target_share=target.target_share,
        required=required,
        remaining=max(0, required - passed_total),
        pilots_min=target.pilots_per_street_min,
        pilots_max=target.pilots_per_street_max,
        streets_below_min=sum(1 for row in street_rows if row.below_min),
        by_status=_by_status(year_recs),
        streets=street_rows,
        items=_item_outcomes(session, year_recs, _standard_items(session, standards_dirs)),
        next_deadline=next_deadline,
        days_left=(next_deadline.due - as_of).days if next_deadline else None,
        deadlines=deadlines,
        series=_series(first_pass, in_scope_total, as_of),
        target_lines=[(t.year, t.target_share) for t in table.targets(FIRST_TARGET_YEAR, year)],
        audit_head=audit.head(session),
        passed_communities=_passed_communities(first_pass, scope),
    )


def _read_scope(session: Session) -> _Scope:
    streets = list(session.scalars(select(Street).order_by(Street.code)))
    communities = list(session.scalars(select(Community)))
    in_scope = {c.id: c for c in communities if c.in_scope}
    return _Scope(streets, in_scope, len(communities) - len(in_scope))


def _first_passes(
    recommendations: list[Recommendation], scope: _Scope, as_of: date
) -> dict[int, tuple[date, Recommendation]]:
    """Cumulative passes: the earliest pass (on or before ``as_of``) per in-scope community."""
    first_pass: dict[int, tuple[date, Recommendation]] = {}
    for rec in recommendations:
        moment = passed_moment(rec)
        if moment is None or rec.community_id not in scope.in_scope or moment.date() > as_of:
            continue
        known = first_pass.get(rec.community_id)
        if known is None or moment.date() < known[0]:
            first_pass[rec.community_id] = (moment.date(), rec)
    return first_pass


def _by_status(year_recs: list[Recommendation]) -> dict[str, int]:
    by_status = {name: 0 for name in vocabulary.STATUSES}
    for rec in year_recs:
        by_status[rec.status] = by_status.get(rec.status, 0) + 1
    return by_status


def _street_column(rec: Recommendation, as_of: date) -> str | None:
    """The street figure a recommendation of the year counts in on ``as_of``."""
    moment = passed_moment(rec)
    if moment is not None and moment.date() <= as_of:
        return "passed"
    if rec.status == vocabulary.RECOMMENDED:
        return "not_started"
    if rec.status in UNDER_REVIEW_STATUSES or rec.status in PASSED_STATUSES:
        return "under_review"  # passed after the as-of date: still in review then
    if rec.status == vocabulary.RETURNED:
        return "returned"
    if rec.status == vocabulary.FAILED:
        return "failed"
    return None


def _street_rows(
    scope: _Scope,
    year_recs: list[Recommendation],
    first_pass: dict[int, tuple[date, Recommendation]],
    target: targets.Target,
    as_of: date,
) -> list[StreetProgress]:
    per_street: dict[int, Counter[str]] = {s.id: Counter() for s in scope.streets}
    for rec in year_recs:
        counter = per_street[scope.in_scope[rec.community_id].street_id]
        counter["recommended"] += 1
        column = _street_column(rec, as_of)
        if column is not None:
            counter[column] += 1
    for community_id in first_pass:
        per_street[scope.in_scope[community_id].street_id]["pilots"] += 1
    in_scope_per_street = Counter(c.street_id for c in scope.in_scope.values())
    return [
        _street_row(street, in_scope_per_street[street.id], per_street[street.id], target)
        for street in scope.streets
    ]


def _street_row(
    street: Street, in_scope: int, counts: Counter[str], target: targets.Target
) -> StreetProgress:
    return StreetProgress(
        code=street.code,
        name=street.name,
        in_scope=in_scope,
        required=target.required_count(in_scope),
        recommended=counts["recommended"],
        not_started=counts["not_started"],
        under_review=counts["under_review"],
        returned=counts["returned"],
        passed=counts["passed"],
        failed=counts["failed"],
        pilots=counts["pilots"],
        pilots_min=target.pilots_per_street_min,
        below_min=counts["pilots"] < target.pilots_per_street_min,
    )


def _item_outcomes(
    session: Session, year_recs: list[Recommendation], standard_items: list[int]
) -> list[ItemOutcome]:
    """Outcome by item: the counting decision of every recommendation of the year (the review's rule)."""
    counts: dict[int, Counter[str]] = {number: Counter() for number in standard_items}
    for rule in decisions.for_recommendations(session, year_recs).values():
        for item, counted in rule.counting().items():
            counts.setdefault(item, Counter())[counted.outcome] += 1
    return [
        ItemOutcome(number, c[vocabulary.PASS], c[vocabulary.FAIL], c[vocabulary.MORE])
        for number, c in sorted(counts.items())
    ]


def _series(
    first_pass: dict[int, tuple[date, Recommendation]], in_scope_total: int, as_of: date
) -> list[SeriesPoint]:
    """Cumulative passed share, one point per day something passed, ending on ``as_of``."""
    per_day = Counter(day for day, _rec in first_pass.values())
    series: list[SeriesPoint] = []
    running = 0
    for day in sorted(per_day):
        running += per_day[day]
        series.append(SeriesPoint(day, running, _share(running, in_scope_total)))
    if not series or series[-1].day != as_of:
        series.append(SeriesPoint(as_of, running, _share(running, in_scope_total)))
    return series


def _deadlines(table: targets.TargetTable, year: int) -> list[Deadline]:
    """Last year's and this year's report deadlines, and the first quarterly one of next year."""
    result: list[Deadline] = []
    for y in (year - 1, year):
        target = table.target(y)
        result += [Deadline(DEADLINE_QUARTERLY, period, due) for period, due in target.quarterly_deadlines()]
        result.append(Deadline(DEADLINE_SUMMARY, str(y), target.summary_deadline))
    result += [
        Deadline(DEADLINE_QUARTERLY, period, due)
        for period, due in table.target(year + 1).quarterly_deadlines()[:1]
    ]
    return sorted(result, key=lambda d: (d.due, d.kind))


def _passed_communities(
    first_pass: dict[int, tuple[date, Recommendation]], scope: _Scope
) -> list[PassedCommunity]:
    rows = []
    for community_id, (day, rec) in first_pass.items():
        community, street = scope.in_scope[community_id], scope.street_of(community_id)
        rows.append(
            PassedCommunity(
                code=community.code,
                name=community.name,
                street_code=street.code,
                street_name=street.name,
                year=rec.year,
                passed_on=day,
                status=rec.status,
            )
        )
    return sorted(rows, key=lambda p: (p.street_code, p.code))


def _share(count: int, total: int) -> float:
    return round(count * 100 / total, 2) if total else 0.0


def _standard_items(session: Session, standards_dirs: list[Path]) -> list[int]:
    """Item numbers of the workspace's default standard, so items nobody decided yet show as zero."""
    try:
        standard = get_standard(settings.DEFAULT_STANDARD.read(session), standards_dirs)
    except GreenDeskError:  # a missing local standard must not break the dashboard
        return []
    return [item.number for item in standard.items]

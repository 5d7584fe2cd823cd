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
- Outcome by item: for each recommendation of the year, the latest decision (``decided_at``, then
  id) per item in its *current* round; earlier rounds are history and do not count.
- Pilots of a street: its in-scope communities passed so far (all years). A street is below the
  minimum when it has fewer than the year's ``pilots_per_street_min``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.progress import targets
from greendesk.core.review import vocabulary
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import Community, Decision, Recommendation, Street
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


def _deadlines(workspace: Workspace, year: int) -> list[Deadline]:
    result: list[Deadline] = []
    for y in (year - 1, year):
        target = targets.target_for(workspace, y)
        result += [Deadline(DEADLINE_QUARTERLY, period, due) for period, due in target.quarterly_deadlines()]
        result.append(Deadline(DEADLINE_SUMMARY, str(y), target.summary_deadline))
    result += [
        Deadline(DEADLINE_QUARTERLY, period, due)
        for period, due in targets.target_for(workspace, year + 1).quarterly_deadlines()[:1]
    ]
    return sorted(result, key=lambda d: (d.due, d.kind))


def _audit_head(workspace: Workspace) -> str:
    with workspace.sessions() as session:
        return audit.head(session)


def default_year(workspace: Workspace) -> int:
    """The year a progress view opens on: the latest year with recommendations, up to this year."""
    from sqlalchemy import func, select

    from greendesk.core.storage.models import Recommendation

    this_year = clock.today().year
    with workspace.sessions() as session:
        latest = session.scalar(select(func.max(Recommendation.year)).where(Recommendation.year <= this_year))
    return latest or this_year


def compute(workspace: Workspace, year: int | None = None, as_of: date | None = None) -> Progress:
    """Progress of the workspace's district for ``year`` on ``as_of``.

    Defaults: the year of ``as_of``; ``as_of`` today, or 31 December for a year already over.
    """
    if as_of is None:
        today = clock.today()
        as_of = min(today, date(year, 12, 31)) if year else today
    year = year or as_of.year
    target = targets.target_for(workspace, year)
    with workspace.sessions() as session:
        streets = list(session.scalars(select(Street).order_by(Street.code)))
        communities = {c.id: c for c in session.scalars(select(Community))}
        recommendations = list(
            session.scalars(select(Recommendation).options(selectinload(Recommendation.community)))
        )
        year_ids = [r.id for r in recommendations if r.year == year]
        decisions = list(
            session.scalars(
                select(Decision)
                .where(Decision.recommendation_id.in_(year_ids))
                .order_by(Decision.decided_at, Decision.id)
            )
        )

    in_scope = {cid: c for cid, c in communities.items() if c.in_scope}
    street_of = {s.id: s for s in streets}

    # Cumulative passes: earliest pass moment per in-scope community.
    first_pass: dict[int, tuple[date, Recommendation]] = {}
    for rec in recommendations:
        moment = passed_moment(rec)
        if moment is None or rec.community_id not in in_scope or moment.date() > as_of:
            continue
        known = first_pass.get(rec.community_id)
        if known is None or moment.date() < known[0]:
            first_pass[rec.community_id] = (moment.date(), rec)
    passed_total = len(first_pass)
    in_scope_total = len(in_scope)

    # The year's recommendations that exist on the as-of date, in-scope communities only.
    year_recs = [
        r
        for r in recommendations
        if r.year == year and r.community_id in in_scope and r.created_at.date() <= as_of
    ]
    by_status = {name: 0 for name in vocabulary.STATUSES}
    for rec in year_recs:
        by_status[rec.status] = by_status.get(rec.status, 0) + 1

    per_street: dict[int, Counter[str]] = {s.id: Counter() for s in streets}
    for rec in year_recs:
        counter = per_street[in_scope[rec.community_id].street_id]
        counter["recommended"] += 1
        moment = passed_moment(rec)
        if moment is not None and moment.date() <= as_of:
            counter["passed"] += 1
        elif rec.status == vocabulary.RECOMMENDED:
            counter["not_started"] += 1
        elif rec.status in UNDER_REVIEW_STATUSES or rec.status in PASSED_STATUSES:
            counter["under_review"] += 1  # passed after the as-of date: still in review then
        elif rec.status == vocabulary.RETURNED:
            counter["returned"] += 1
        elif rec.status == vocabulary.FAILED:
            counter["failed"] += 1
    for community_id in first_pass:
        per_street[in_scope[community_id].street_id]["pilots"] += 1
    in_scope_per_street = Counter(c.street_id for c in in_scope.values())
    street_rows = []
    for street in streets:
        counts = per_street[street.id]
        street_rows.append(
            StreetProgress(
                code=street.code,
                name=street.name,
                in_scope=in_scope_per_street[street.id],
                required=target.required_count(in_scope_per_street[street.id]),
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
        )

    # Outcome by item: latest decision per (recommendation, item) in the current round.
    current_round = {r.id: r.current_round for r in year_recs}
    latest: dict[tuple[int, int], str] = {}
    for decision in decisions:  # ordered oldest first, so later rows overwrite
        if current_round.get(decision.recommendation_id) == decision.round:
            latest[(decision.recommendation_id, decision.item_number)] = decision.outcome
    item_numbers = set(_standard_items(workspace)) | {item for (_rec, item) in latest}
    outcome_counts: dict[int, Counter[str]] = {n: Counter() for n in item_numbers}
    for (_rec, item), outcome in latest.items():
        outcome_counts[item][outcome] += 1
    items = [
        ItemOutcome(
            n,
            outcome_counts[n][vocabulary.PASS],
            outcome_counts[n][vocabulary.FAIL],
            outcome_counts[n][vocabulary.MORE],
        )
        for n in sorted(item_numbers)
    ]

    # Cumulative series of the passed share, one point per day something passed, ending on as_of.
    per_day = Counter(day for day, _rec in first_pass.values())
    series: list[SeriesPoint] = []
    running = 0
    for day in sorted(per_day):
        running += per_day[day]
        series.append(SeriesPoint(day, running, _share(running, in_scope_total)))
    if not series or series[-1].day != as_of:
        series.append(SeriesPoint(as_of, running, _share(running, in_scope_total)))

    deadlines = _deadlines(workspace, year)
    upcoming = [d for d in deadlines if d.due >= as_of]
    next_deadline = upcoming[0] if upcoming else None
    required = target.required_count(in_scope_total)
    passed_list = sorted(
        (
            PassedCommunity(
                code=in_scope[cid].code,
                name=in_scope[cid].name,
                street_code=street_of[in_scope[cid].street_id].code,
                street_name=street_of[in_scope[cid].street_id].name,
                year=rec.year,
                passed_on=day,
                status=rec.status,
            )
            for cid, (day, rec) in first_pass.items()
        ),
        key=lambda p: (p.street_code, p.code),
    )
    return Progress(
        year=year,
        as_of=as_of,
        district_code=settings.DISTRICT_CODE.read(workspace),
        district_name=settings.DISTRICT_NAME.read(workspace),
        in_scope_total=in_scope_total,
        out_of_scope=len(communities) - in_scope_total,
        passed=passed_total,
        passed_share=_share(passed_total, in_scope_total),
        target_share=target.target_share,
        required=required,
        remaining=max(0, required - passed_total),
        pilots_min=target.pilots_per_street_min,
        pilots_max=target.pilots_per_street_max,
        streets_below_min=sum(1 for row in street_rows if row.below_min),
        by_status=by_status,
        streets=street_rows,
        items=items,
        next_deadline=next_deadline,
        days_left=(next_deadline.due - as_of).days if next_deadline else None,
        deadlines=deadlines,
        series=series,
        target_lines=[
            (t.year, t.target_share) for t in targets.list_targets(workspace, FIRST_TARGET_YEAR, year)
        ],
        audit_head=_audit_head(workspace),
        passed_communities=passed_list,
    )


def _share(count: int, total: int) -> float:
    return round(count * 100 / total, 2) if total else 0.0


def _standard_items(workspace: Workspace) -> list[int]:
    """Item numbers of the workspace's default standard, so items nobody decided yet show as zero."""
    try:
        standard = get_standard(settings.DEFAULT_STANDARD.read(workspace), [workspace.standards_dir])
    except GreenDeskError:  # a missing local standard must not break the dashboard
        return []
    return [item.number for item in standard.items]

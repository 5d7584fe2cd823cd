"""The figures engine: every progress number of GreenDesk, from ONE computation.

The dashboard, the quarterly and annual reports (PDF and Excel, and their frozen snapshots), the
application package's district summary and ``progress --json`` all print ``compute`` (or
``compute_in`` inside a snapshot the caller already holds): one read snapshot
(``Workspace.snapshot()``), one campaign year, one explicit **as-of moment** (a datetime, printed
on every document). Nothing recorded after the as-of moment counts: recommendations (imports)
by ``created_at``, status changes (passing, sign-off, return ...) by their audit entry's time
(:mod:`greendesk.core.progress.history`), item decisions by ``decided_at``. Everything recorded
up to it counts, whatever campaign year it falls in: a package imported in January for last
year's campaign is in last year's figures as soon as the as-of moment is after the import.

The counting rules (named here once; the labels in ``reports.labels`` name the same figures):

- **In scope** (纳入创建范围): communities flagged ``in_scope`` in the registry at the as-of moment
  (a later change of the flag does not alter earlier figures). Only they count, in totals and in
  every figure below; the others are shown as one "out of scope" number.
- **Passed, 达到创建要求** (``passed``, cumulative): an in-scope community whose recommendation of
  any year is *passed* or *signed off* at the as-of moment. It counts once, however many rounds or
  recommendations it took; a pass from an earlier round or an earlier year carries (recommending
  it again, or returning another of its recommendations, does not un-count it). A pass withdrawn
  (unlocked and decided again) stops counting from that moment. ``passed_on`` is when its current
  pass began; the series counts passed communities at the end of each day something changed.
- **Passed in the year** (``passed_in_year``; per street ``passed``): the campaign year's
  recommendations that are passed or signed off at the as-of moment.
- **Pilots started, 启动试点** (per street ``recommended``): in-scope communities the street
  recommended for the campaign year by the as-of moment, whatever their status then. Every
  per-street table (PDF, Excel, the package's 区级汇总) prints it under the label 启动试点, next to
  the passed columns: passed in the year, then ``pilots`` (passed cumulatively). A street is below
  the minimum when ``pilots`` is under the year's ``pilots_per_street_min``.
- **Status of the year** (``by_status``, per-street columns): each recommendation of the year in
  the status it had at the as-of moment.
- **Share** (``passed_share``): passed / in scope, in percent to 2 decimals, against the year's
  target share as it stood at the as-of moment (``history.targets_at``); ``required`` is the target share of in scope rounded up, ``remaining`` what is
  still to pass.
- **Outcome by item**: per recommendation of the year, the decision that counts under the review's
  one rule (``greendesk.core.review.decisions``), as it stood at the as-of moment (decisions made
  by then, in the round it was in then).
- **Next deadline**: the first report due on or after the as-of day (``TargetTable.next_deadline``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.progress import history, targets
from greendesk.core.progress.history import PASSED_STATUSES, Timeline, read_timelines
from greendesk.core.progress.targets import Deadline
from greendesk.core.review import decisions, vocabulary
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import Community, Decision, Recommendation, Street
from greendesk.core.workspace import Workspace

UNDER_REVIEW_STATUSES = (vocabulary.UNDER_REVIEW, vocabulary.RESUBMITTED)
FIRST_TARGET_YEAR = 2021
STREET_COLUMN = {  # the per-street column a recommendation counts in, by its status then
    vocabulary.RECOMMENDED: "not_started",
    vocabulary.UNDER_REVIEW: "under_review",
    vocabulary.RESUBMITTED: "under_review",
    vocabulary.RETURNED: "returned",
    vocabulary.FAILED: "failed",
    vocabulary.PASSED: "passed",
    vocabulary.SIGNED_OFF: "passed",
    vocabulary.REVOKED: "failed",  # no longer passed; the per-street tables have no column of its own
}

# Per community: the moments it became passed (with the passed recommendation) or stopped (None).
Flips = dict[int, list[tuple[datetime, Recommendation | None]]]


@dataclass(frozen=True)
class StreetProgress:
    code: str
    name: str
    in_scope: int
    required: int  # the year's target share of the street's in-scope communities, rounded up
    recommended: int  # pilots started (启动试点): recommendations of the year, any status
    not_started: int  # status "recommended": not opened yet
    under_review: int  # under review or resubmitted after rework
    returned: int
    passed: int  # recommendations of the year passed (or signed off) at the as-of moment
    failed: int
    pilots: int  # communities passed cumulatively (all years)
    pilots_min: int
    below_min: bool


@dataclass(frozen=True)
class ItemOutcome:
    item: int
    pass_count: int
    fail_count: int
    more_count: int


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
    as_of: datetime
    district_code: str
    district_name: str
    in_scope_total: int
    out_of_scope: int
    passed: int
    passed_in_year: int
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
        data["as_of"] = self.as_of.isoformat(sep=" ")
        data["target_lines"] = [list(pair) for pair in self.target_lines]
        if data["next_deadline"] is not None:
            data["next_deadline"]["due"] = data["next_deadline"]["due"].isoformat()
        for deadline in data["deadlines"]:
            deadline["due"] = deadline["due"].isoformat()
        for point in data["series"]:
            point["day"] = point["day"].isoformat()
        for community in data["passed_communities"]:
            community["passed_on"] = community["passed_on"].isoformat()
        return data


def end_of_day(day: date) -> datetime:
    """The as-of moment "on ``day``": everything recorded that day counts (clock is to the second)."""
    return datetime.combine(day, time(23, 59, 59))


def compute(workspace: Workspace, year: int, as_of: datetime) -> Progress:
    """The progress of campaign ``year`` at the moment ``as_of``, read from one snapshot."""
    with workspace.snapshot() as session:
        return compute_in(session, [workspace.standards_dir], year, as_of)


@dataclass(frozen=True)
class _Scope:
    """The registry as progress counts it: every street, and the in-scope communities by id."""

    streets: list[Street]
    in_scope: dict[int, Community]
    out_of_scope: int
    codes: dict[int, str]  # every community's code by id (the audit log names communities by code)

    def street_of(self, community_id: int) -> Street:
        street_id = self.in_scope[community_id].street_id
        return next(street for street in self.streets if street.id == street_id)


@dataclass(frozen=True)
class _Then:
    """The in-scope recommendations with their timelines, read once, asked about the as-of moment."""

    recommendations: list[Recommendation]
    timelines: dict[int, Timeline]
    as_of: datetime

    def status(self, recommendation: Recommendation) -> str | None:
        return self.timelines[recommendation.id].status_at(self.as_of)

    def year(self, year: int) -> list[Recommendation]:
        """The campaign year's recommendations that existed at the as-of moment."""
        return [r for r in self.recommendations if r.year == year and self.status(r) is not None]


def compute_in(session: Session, standards_dirs: list[Path], year: int, as_of: datetime) -> Progress:
    """Every figure from the one session given (the caller's snapshot)."""
    table = history.targets_at(session, targets.read_targets(session), as_of)
    target = table.target(year)
    scope = _read_scope(session, as_of)
    recommendations = [r for r in session.scalars(select(Recommendation)) if r.community_id in scope.in_scope]
    then = _Then(recommendations, read_timelines(session, recommendations, scope.codes), as_of)
    flips = {cid: _flips(then, members) for cid, members in _by_community(then).items()}
    passes = _current_passes(then, flips)
    year_recs = then.year(year)
    street_rows = _street_rows(scope, then, year_recs, passes, target)
    next_deadline = table.next_deadline(as_of.date())
    in_scope_total, passed_total = len(scope.in_scope), len(passes)
    required = target.required_count(in_scope_total)
    by_status = _by_status(then, year_recs)
    return Progress(
        year=year,
        as_of=as_of,
        district_code=settings.DISTRICT_CODE.read(session),
        district_name=settings.DISTRICT_NAME.read(session),
        in_scope_total=in_scope_total,
        out_of_scope=scope.out_of_scope,
        passed=passed_total,
        passed_in_year=sum(by_status[status] for status in PASSED_STATUSES),
        passed_share=_share(passed_total, in_scope_total),
        target_share=target.target_share,
        required=required,
        remaining=max(0, required - passed_total),
        pilots_min=target.pilots_per_street_min,
        pilots_max=target.pilots_per_street_max,
        streets_below_min=sum(1 for row in street_rows if row.below_min),
        by_status=by_status,
        streets=street_rows,
        items=_item_outcomes(session, then, year_recs, _standard_items(session, standards_dirs)),
        next_deadline=next_deadline,
        days_left=(next_deadline.due - as_of.date()).days if next_deadline else None,
        deadlines=table.deadlines(year),
        series=_series(flips, in_scope_total, as_of.date()),
        target_lines=[(t.year, t.target_share) for t in table.targets(FIRST_TARGET_YEAR, year)],
        audit_head=audit.head(session),
        passed_communities=_passed_communities(then, passes, scope),
    )


def _read_scope(session: Session, as_of: datetime) -> _Scope:
    """Streets and communities, each community in scope as it was flagged at the as-of moment."""
    streets = list(session.scalars(select(Street).order_by(Street.code)))
    communities = list(session.scalars(select(Community)))
    flags = history.in_scope_at(session, communities, as_of)
    in_scope = {c.id: c for c in communities if flags[c.id]}
    codes = {c.id: c.code for c in communities}
    return _Scope(streets, in_scope, len(communities) - len(in_scope), codes)


def _passed_at(then: _Then, members: list[Recommendation], moment: datetime) -> Recommendation | None:
    """The community's recommendation that is passed at ``moment`` (the earliest year), if any."""
    passed = [r for r in members if then.timelines[r.id].status_at(moment) in PASSED_STATUSES]
    return min(passed, key=lambda r: (r.year, r.id), default=None)


def _flips(then: _Then, members: list[Recommendation]) -> list[tuple[datetime, Recommendation | None]]:
    """When one community became passed (with the recommendation) or stopped, up to the as-of moment."""
    moments = sorted({m for r in members for m in then.timelines[r.id].moments(then.as_of)})
    flips: list[tuple[datetime, Recommendation | None]] = []
    passed = False
    for moment in moments:
        rec = _passed_at(then, members, moment)
        if (rec is not None) != passed:
            passed = rec is not None
            flips.append((moment, rec))
    return flips


def _by_community(then: _Then) -> dict[int, list[Recommendation]]:
    grouped: dict[int, list[Recommendation]] = {}
    for rec in then.recommendations:
        grouped.setdefault(rec.community_id, []).append(rec)
    return grouped


def _current_passes(then: _Then, flips: Flips) -> dict[int, tuple[date, Recommendation]]:
    """Passed communities at the as-of moment: (day the current pass began, the passed recommendation)."""
    members = _by_community(then)
    passes: dict[int, tuple[date, Recommendation]] = {}
    for community_id, changes in flips.items():
        if changes and changes[-1][1] is not None:
            rec = _passed_at(then, members[community_id], then.as_of) or changes[-1][1]
            passes[community_id] = (changes[-1][0].date(), rec)
    return passes


def _by_status(then: _Then, year_recs: list[Recommendation]) -> dict[str, int]:
    by_status = {name: 0 for name in vocabulary.STATUSES}
    for rec in year_recs:
        status = then.status(rec) or vocabulary.RECOMMENDED
        by_status[status] = by_status.get(status, 0) + 1
    return by_status


def _street_rows(
    scope: _Scope,
    then: _Then,
    year_recs: list[Recommendation],
    passes: dict[int, tuple[date, Recommendation]],
    target: targets.Target,
) -> list[StreetProgress]:
    per_street: dict[int, Counter[str]] = {s.id: Counter() for s in scope.streets}
    for rec in year_recs:
        counter = per_street[scope.in_scope[rec.community_id].street_id]
        counter["recommended"] += 1
        column = STREET_COLUMN.get(then.status(rec) or "")
        if column is not None:
            counter[column] += 1
    for community_id in passes:
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


def _rounds_then(session: Session, then: _Then, year_recs: list[Recommendation]) -> dict[int, int]:
    """The round each recommendation was in at the as-of moment (logged, or the latest decided by then)."""
    ids = [r.id for r in year_recs]
    decided: dict[int, int] = {}
    if ids:
        query = (
            select(Decision.recommendation_id, func.max(Decision.round))
            .where(Decision.recommendation_id.in_(ids), Decision.decided_at <= then.as_of)
            .group_by(Decision.recommendation_id)
        )
        decided = dict(session.execute(query).all())
    return {r.id: max(then.timelines[r.id].round_at(then.as_of), decided.get(r.id, 1)) for r in year_recs}


def _item_outcomes(
    session: Session, then: _Then, year_recs: list[Recommendation], standard_items: list[int]
) -> list[ItemOutcome]:
    """Outcome by item: the counting decision of every recommendation of the year (the review's rule)."""
    counts: dict[int, Counter[str]] = {number: Counter() for number in standard_items}
    rules = decisions.for_recommendations(
        session, year_recs, until=then.as_of, rounds_then=_rounds_then(session, then, year_recs)
    )
    for rule in rules.values():
        for item, counted in rule.counting().items():
            counts.setdefault(item, Counter())[counted.outcome] += 1
    return [
        ItemOutcome(number, c[vocabulary.PASS], c[vocabulary.FAIL], c[vocabulary.MORE])
        for number, c in sorted(counts.items())
    ]


def _series(flips: Flips, in_scope_total: int, last_day: date) -> list[SeriesPoint]:
    """Passed communities at the end of each day something changed, ending on the as-of day."""
    change_per_day: Counter[date] = Counter()
    for changes in flips.values():
        for moment, rec in changes:
            change_per_day[moment.date()] += 1 if rec is not None else -1
    series: list[SeriesPoint] = []
    running = 0
    for day in sorted(change_per_day):
        running += change_per_day[day]
        series.append(SeriesPoint(day, running, _share(running, in_scope_total)))
    if not series or series[-1].day != last_day:
        series.append(SeriesPoint(last_day, running, _share(running, in_scope_total)))
    return series


def _passed_communities(
    then: _Then, passes: dict[int, tuple[date, Recommendation]], scope: _Scope
) -> list[PassedCommunity]:
    rows = []
    for community_id, (day, rec) in passes.items():
        community, street = scope.in_scope[community_id], scope.street_of(community_id)
        rows.append(
            PassedCommunity(
                code=community.code,
                name=community.name,
                street_code=street.code,
                street_name=street.name,
                year=rec.year,
                passed_on=day,
                status=then.status(rec) or rec.status,
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

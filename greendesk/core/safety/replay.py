"""Replaying the audit log against the review tables: every row explained, every entry's effect present.

Anchors show the log was not cut short or rewritten; this shows the tables say what the log says.
Decision rows are append-only and each has its ``review.decide`` entry (same community, year,
round, item, outcome, comment, measured value and decider), in the same order (the row with the
highest id counts, so order matters). A recommendation's status, lock and signer are what its
``review.recommend``, ``review.status``, ``review.sign_off``, ``review.unlock`` and
``review.approval_reset`` entries give, replayed in log order (a workspace upgraded from a version
that did not record every step starts from the state its ``workspace.assign_id`` entry recorded,
migration 0009). A status set with SQL, a decision
row added, edited or removed, is therefore reported unless the log was forged to match, which the
anchors catch. One pass over rows already read; no query per entry.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import text

from greendesk.core import audit
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.recommendations import RECOMMEND_ACTION
from greendesk.core.review.vocabulary import RECOMMENDED

DECIDE = "review.decide"
STATUS = "review.status"
SIGN_OFF = "review.sign_off"
UNLOCK = "review.unlock"
APPROVAL_RESET = "review.approval_reset"
BASELINE = "workspace.assign_id"
_REPLAYED = frozenset({RECOMMEND_ACTION, DECIDE, STATUS, SIGN_OFF, UNLOCK, APPROVAL_RESET})


class RecommendationRow(NamedTuple):
    code: str
    year: int
    status: str
    locked: bool
    signed_off_by: str


# The decision rows as SQLite holds them (raw values, every column), in id order, with the community
# code and year of their recommendation (None when it does not exist). An upgrade's baseline records
# the digest of the first nine columns of the rows it vouches for (migration 0009).
DECISION_ROWS_SQL = (
    "SELECT d.id, d.recommendation_id, d.round, d.item_number, d.outcome, d.comment, d.measured_value, "
    "d.decided_by, d.decided_at, c.code, r.year FROM decision d "
    "LEFT JOIN recommendation r ON r.id = d.recommendation_id "
    "LEFT JOIN community c ON c.id = r.community_id ORDER BY d.id"
)
# A decision row and its review.decide entry are written in the same transaction, moments apart.
TIME_TOLERANCE = timedelta(seconds=2)


class DecisionRow(NamedTuple):
    """A decision row in id order (raw values), with its recommendation's community code and year."""

    id: int
    recommendation_id: Any
    round: Any
    item: Any
    outcome: Any
    comment: Any
    measured_value: Any
    decided_by: Any
    decided_at: Any
    code: str | None
    year: int | None


def decisions_digest(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 over decision rows' own nine columns (id .. decided_at), as a baseline records them."""
    canonical = json.dumps([list(row[:9]) for row in rows], ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


RECOMMENDATION_STATE_SQL = (
    "SELECT c.code, r.year, r.status, r.locked, r.signed_off_by FROM recommendation r "
    "JOIN community c ON c.id = r.community_id ORDER BY r.id"
)


def review_state(connection: Any) -> dict[str, Any]:
    """Where the replay of the log starts: every recommendation's state and the decision rows so far.

    ``connection`` is anything with ``execute(text(...))`` (a Connection in a migration, a Session).
    Recorded by an upgrade's baseline entry (migration 0009), so any later edit of these rows shows.
    """
    rows = connection.execute(text(RECOMMENDATION_STATE_SQL)).fetchall()
    decisions = connection.execute(text(DECISION_ROWS_SQL)).fetchall()
    return {
        "recommendations": [
            [code, year, status, bool(locked), signed or ""] for code, year, status, locked, signed in rows
        ],
        "decisions_up_to": int(decisions[-1][0]) if decisions else 0,
        "decisions_digest": decisions_digest(decisions),
    }


class ReplayMessage(Message):
    context = "Health"


@dataclass(frozen=True)
class ReplayProblem:
    kind: str
    code: str
    year: int
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "year": self.year, **self.params}

    def message(self) -> Message:
        return ReplayMessage(_TEMPLATES[self.kind], code=self.code, year=self.year, **self.params)


_TEMPLATES = {
    "recommendation_unexplained": QT_TRANSLATE_NOOP(
        "Health", "{code} ({year}): the recommendation is in the database but not in the audit log."
    ),
    "recommendation_missing": QT_TRANSLATE_NOOP(
        "Health", "{code} ({year}): the audit log records the recommendation, but the database has none."
    ),
    "state": QT_TRANSLATE_NOOP(
        "Health",
        "{code} ({year}): {field} is '{actual}' in the database, but the audit log says '{expected}'.",
    ),
    "decision_unexplained": QT_TRANSLATE_NOOP(
        "Health",
        "{code} ({year}): the decision '{outcome}' by {user} on item {item} (round {round}) is not in the "
        "audit log.",
    ),
    "decision_missing": QT_TRANSLATE_NOOP(
        "Health",
        "{code} ({year}): audit entry {entry} records the decision '{outcome}' on item {item} (round "
        "{round}), but the database has no such decision.",
    ),
    "decision_order": QT_TRANSLATE_NOOP(
        "Health",
        "{code} ({year}): the decisions on item {item} (round {round}) are not in the order the audit log "
        "recorded, so a different one counts.",
    ),
    "decision_time": QT_TRANSLATE_NOOP(
        "Health",
        "{code} ({year}): decision row {row} on item {item} (round {round}) says it was made {actual}, but "
        "audit entry {entry} recorded it {expected}.",
    ),
    "decision_sequence": QT_TRANSLATE_NOOP(
        "Health",
        "Decision row {row} is not where the audit log puts it: entry {entry} records a different decision "
        "at that place (decision rows were renumbered or reordered with SQL).",
    ),
    "decision_orphan": QT_TRANSLATE_NOOP(
        "Health",
        "Decision row {row} belongs to no recommendation (recommendation id {recommendation}): it was "
        "written to the database directly.",
    ),
    "decisions_before_baseline": QT_TRANSLATE_NOOP(
        "Health",
        "The {count} decision rows recorded before the upgrade of {date} were changed with SQL: they no "
        "longer match what the upgrade recorded (entry {entry}).",
    ),
}

_Content = tuple[str, str, str, float | None]  # outcome, comment, decider, measured value
_Key = tuple[str, int, Any, Any]  # community code, year, round, item


def _measured(value: Any) -> float | None:
    """Exact: the log's JSON keeps a float's every digit, so any edit of the stored value shows."""
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


@dataclass(frozen=True)
class _Logged:
    """One review.decide entry: what it says, when, and its id."""

    content: _Content
    at: datetime
    entry: int


@dataclass
class _Replayed:
    status: str = RECOMMENDED
    locked: bool = False
    signed_off_by: str = ""


@dataclass
class _Log:
    """What the log says, gathered in one pass."""

    states: dict[tuple[str, int], _Replayed] = field(default_factory=dict)
    decisions: dict[_Key, list[_Logged]] = field(default_factory=dict)
    sequence: list[tuple[_Key, _Logged]] = field(default_factory=list)  # every decide entry, log order
    decisions_from: int = 0  # decision rows up to this id predate the replay (an upgraded workspace)
    baseline_digest: str | None = None  # what the upgrade recorded of those rows (None: not recorded)
    baseline_entry: int = 0
    baseline_at: datetime | None = None


def _start_from(log: _Log, entry: audit.Row) -> None:
    """An upgrade's baseline: the review state it recorded replaces what the older log says."""
    try:
        review = json.loads(entry.new_json)["review"]
        states = {
            (str(code), int(year)): _Replayed(str(status), bool(locked), str(signed or ""))
            for code, year, status, locked, signed in review["recommendations"]
        }
        decisions_from = int(review["decisions_up_to"])
        digest = review.get("decisions_digest")
    except (ValueError, KeyError, TypeError, AttributeError):
        return
    log.states, log.decisions, log.sequence, log.decisions_from = states, {}, [], decisions_from
    log.baseline_digest = str(digest) if digest is not None else None
    log.baseline_entry, log.baseline_at = entry.id, entry.at


def _apply(log: _Log, entry: audit.Row) -> None:
    try:
        new = json.loads(entry.new_json)
        year = int(new["year"])
    except (ValueError, KeyError, TypeError):
        return  # not an entry this replay can read (its chain is checked all the same)
    key = (entry.entity_key, year)
    if entry.action == RECOMMEND_ACTION:
        log.states[key] = _Replayed()
        return
    state = log.states.setdefault(key, _Replayed())
    if entry.action == DECIDE:
        content = (
            str(new.get("outcome")),
            str(new.get("comment", "")),
            entry.user,
            _measured(new.get("measured_value")),
        )
        decision_key = (entry.entity_key, year, new.get("round", 0), new.get("item", 0))
        logged = _Logged(content, entry.at, entry.id)
        log.decisions.setdefault(decision_key, []).append(logged)
        log.sequence.append((decision_key, logged))
    elif entry.action == STATUS:
        state.status = str(new.get("status"))
    elif entry.action == SIGN_OFF:
        state.locked = True
        state.signed_off_by = str(new.get("signed_off_by", entry.user))
    elif entry.action == UNLOCK:
        state.locked = False
    elif entry.action == APPROVAL_RESET:
        state.signed_off_by = ""


def read_log(entries: Iterable[audit.Row]) -> _Log:
    log = _Log()
    for entry in entries:
        if entry.entity == "recommendation" and entry.action in _REPLAYED:
            _apply(log, entry)
        elif entry.action == BASELINE:
            _start_from(log, entry)
    return log


def _state_problems(log: _Log, recommendations: Sequence[RecommendationRow]) -> list[ReplayProblem]:
    problems: list[ReplayProblem] = []
    present = set()
    for row in recommendations:
        key = (row.code, row.year)
        present.add(key)
        state = log.states.get(key)
        if state is None:
            problems.append(ReplayProblem("recommendation_unexplained", row.code, row.year))
            continue
        for name, actual, expected in (
            ("status", row.status, state.status),
            ("locked", bool(row.locked), state.locked),
            ("signed_off_by", row.signed_off_by or "", state.signed_off_by),
        ):
            if actual != expected:
                params = {"field": name, "actual": actual, "expected": expected}
                problems.append(ReplayProblem("state", row.code, row.year, params))
    for code, year in sorted(set(log.states) - present):
        problems.append(ReplayProblem("recommendation_missing", code, year))
    return problems


def _row_key(row: DecisionRow) -> _Key:
    return (str(row.code), int(row.year or 0), row.round, row.item)


def _row_content(row: DecisionRow) -> _Content:
    return (row.outcome, row.comment or "", row.decided_by or "", _measured(row.measured_value))


def _sort_key(key: _Key) -> tuple[tuple[int, Any], ...]:
    """Keys sort even when a value was written as text with SQL (never compare int with str)."""
    return tuple((0, part) if isinstance(part, int) else (1, str(part)) for part in key)


def _off_time(row: DecisionRow, logged: _Logged) -> bool:
    moment = _moment(row.decided_at)
    return moment is None or abs(moment - logged.at) > TIME_TOLERANCE


def _key_problems(key: _Key, rows: list[DecisionRow], logged: list[_Logged]) -> list[ReplayProblem]:
    """One item in one round: its rows (id order) against its entries (log order)."""
    code, year, round_, item = key
    place = {"round": round_, "item": item}
    row_contents = [_row_content(row) for row in rows]
    log_contents = [entry.content for entry in logged]
    problems: list[ReplayProblem] = []
    if row_contents == log_contents:
        for row, entry in zip(rows, logged, strict=True):
            if _off_time(row, entry):
                params = {**place, "row": row.id, "entry": entry.entry, "actual": str(row.decided_at)}
                params["expected"] = entry.at.isoformat(sep=" ", timespec="seconds")
                problems.append(ReplayProblem("decision_time", code, year, params))
        return problems
    extra_rows = Counter(row_contents) - Counter(log_contents)
    extra_entries = Counter(log_contents) - Counter(row_contents)
    if not extra_rows and not extra_entries:
        return [ReplayProblem("decision_order", code, year, place)]
    for outcome, _comment, user, _value in extra_rows.elements():
        params = {**place, "outcome": outcome, "user": user}
        problems.append(ReplayProblem("decision_unexplained", code, year, params))
    for entry in logged:
        if extra_entries[entry.content] > 0:
            extra_entries[entry.content] -= 1
            params = {**place, "outcome": entry.content[0], "entry": entry.entry}
            problems.append(ReplayProblem("decision_missing", code, year, params))
    return problems


def _sequence_problem(log: _Log, rows: Sequence[DecisionRow]) -> list[ReplayProblem]:
    """Rows and entries are written together, so row n (id order) is entry n (log order)."""
    for row, (key, logged) in zip(rows, log.sequence, strict=False):
        if _row_key(row) != key or _row_content(row) != logged.content:
            params = {"row": row.id, "entry": logged.entry}
            return [ReplayProblem("decision_sequence", str(row.code or ""), int(row.year or 0), params)]
    return []


def _baseline_problems(log: _Log, before: Sequence[DecisionRow]) -> list[ReplayProblem]:
    if log.baseline_digest is None or decisions_digest(before) == log.baseline_digest:
        return []
    when = log.baseline_at.isoformat(sep=" ", timespec="minutes") if log.baseline_at else "-"
    params = {"count": len(before), "date": when, "entry": log.baseline_entry}
    return [ReplayProblem("decisions_before_baseline", "", 0, params)]


def _decision_problems(log: _Log, decisions: Sequence[DecisionRow]) -> list[ReplayProblem]:
    before = [row for row in decisions if row.id <= log.decisions_from]
    problems = _baseline_problems(log, before)
    replayed: list[DecisionRow] = []
    table: dict[_Key, list[DecisionRow]] = {}
    for row in decisions:  # in id order
        if row.id <= log.decisions_from:
            continue
        if row.code is None:
            params = {"row": row.id, "recommendation": row.recommendation_id}
            problems.append(ReplayProblem("decision_orphan", "", 0, params))
            continue
        replayed.append(row)
        table.setdefault(_row_key(row), []).append(row)
    found: list[ReplayProblem] = []
    for key in sorted(set(table) | set(log.decisions), key=_sort_key):
        found.extend(_key_problems(key, table.get(key, []), log.decisions.get(key, [])))
    if not found and not problems:  # each item agrees: the rows may still be renumbered across items
        found = _sequence_problem(log, replayed)
    return problems + found


def unverified_decisions(log: _Log, decisions: Sequence[DecisionRow]) -> int:
    """Decision rows from before an upgrade that recorded no digest of them: the replay cannot vouch."""
    if log.baseline_digest is not None:
        return 0
    return sum(1 for row in decisions if row.id <= log.decisions_from)


def compare(
    log: _Log, recommendations: Sequence[RecommendationRow], decisions: Sequence[DecisionRow]
) -> list[ReplayProblem]:
    """Every table row the log (``read_log``) does not explain and every entry whose effect is missing."""
    return _state_problems(log, recommendations) + _decision_problems(log, decisions)

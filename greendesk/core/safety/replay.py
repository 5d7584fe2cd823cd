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

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

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


class DecisionRow(NamedTuple):
    """A decision row in id order, with its recommendation's community code and year."""

    id: int
    code: str
    year: int
    round: int
    item: int
    outcome: str
    comment: str
    decided_by: str
    measured_value: float | None


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
}

_Content = tuple[str, str, str, float | None]  # outcome, comment, decider, measured value


def _measured(value: Any) -> float | None:
    try:
        return None if value is None else round(float(value), 6)
    except (TypeError, ValueError):
        return None


@dataclass
class _Replayed:
    status: str = RECOMMENDED
    locked: bool = False
    signed_off_by: str = ""


@dataclass
class _Log:
    """What the log says, gathered in one pass."""

    states: dict[tuple[str, int], _Replayed] = field(default_factory=dict)
    decisions: dict[tuple[str, int, int, int], list[tuple[_Content, int]]] = field(default_factory=dict)
    decisions_from: int = 0  # decision rows up to this id predate the replay (an upgraded workspace)


def _start_from(log: _Log, entry: audit.Row) -> None:
    """An upgrade's baseline: the review state it recorded replaces what the older log says."""
    try:
        review = json.loads(entry.new_json)["review"]
        states = {
            (str(code), int(year)): _Replayed(str(status), bool(locked), str(signed or ""))
            for code, year, status, locked, signed in review["recommendations"]
        }
        decisions_from = int(review["decisions_up_to"])
    except (ValueError, KeyError, TypeError):
        return
    log.states, log.decisions, log.decisions_from = states, {}, decisions_from


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
        decision_key = (entry.entity_key, year, int(new.get("round", 0)), int(new.get("item", 0)))
        log.decisions.setdefault(decision_key, []).append((content, entry.id))
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


def _decision_problems(log: _Log, decisions: Sequence[DecisionRow]) -> list[ReplayProblem]:
    table: dict[tuple[str, int, int, int], list[_Content]] = {}
    for row in decisions:  # in id order
        if row.id <= log.decisions_from:
            continue
        content = (row.outcome, row.comment or "", row.decided_by or "", _measured(row.measured_value))
        table.setdefault((row.code, row.year, row.round, row.item), []).append(content)
    problems: list[ReplayProblem] = []
    for key in sorted(set(table) | set(log.decisions)):
        code, year, round_, item = key
        rows = table.get(key, [])
        logged = log.decisions.get(key, [])
        if rows == [content for content, _ in logged]:
            continue
        extra_rows = Counter(rows) - Counter(content for content, _ in logged)
        extra_entries = Counter(content for content, _ in logged) - Counter(rows)
        place = {"round": round_, "item": item}
        if not extra_rows and not extra_entries:
            problems.append(ReplayProblem("decision_order", code, year, place))
        for outcome, _comment, user, _value in extra_rows.elements():
            params = {**place, "outcome": outcome, "user": user}
            problems.append(ReplayProblem("decision_unexplained", code, year, params))
        for content, entry_id in logged:
            if extra_entries[content] > 0:
                extra_entries[content] -= 1
                params = {**place, "outcome": content[0], "entry": entry_id}
                problems.append(ReplayProblem("decision_missing", code, year, params))
    return problems


def replay(
    entries: Iterable[audit.Row],
    recommendations: Sequence[RecommendationRow],
    decisions: Sequence[DecisionRow],
) -> list[ReplayProblem]:
    """Every table row the log does not explain and every entry whose effect is missing."""
    log = read_log(entries)
    return _state_problems(log, recommendations) + _decision_problems(log, decisions)

"""Experts' item scores: the one place they are written and read back.

Scores arrive three ways (an expert account scoring on this PC, a returned scoring kit, a filled-in
Excel sheet) and all go through :func:`record_scores`, so attribution, the audit entry and
idempotency (a file imported twice adds nothing) are the same for each. Rows are append-only;
the latest per (expert, recommendation, item) counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import escaped, unstorable_character
from greendesk.core.storage.models import ExpertScore, PanelExpert, Recommendation

SCORE_ACTION = "panel.score"
COMMENT_LIMIT = 2000  # a dissent is a paragraph or two; the opinion prints it verbatim
DIRECT, KIT, SHEET = "direct", "kit", "sheet"
SOURCES = (DIRECT, KIT, SHEET)

ScoreKey = tuple[int, int, int]  # (expert id, recommendation id, item number)


@dataclass(frozen=True)
class ExpertItemScore:
    """One expert's judgement of one item: the score (None: not scored), the findings per rule that
    produced it (``scoring_engine.ItemFindings`` as plain JSON) and a comment (dissent goes here)."""

    item_number: int
    score: float | None
    findings: Mapping[str, Any] = field(default_factory=dict)
    comment: str = ""


def comment_problem(comment: Any) -> Message | None:
    """Why an expert's comment cannot be kept (not text, too long, a character no document holds), or None.

    The one rule for comments typed in GreenDesk, written in a scoring sheet or carried by a returned kit.
    """
    if not isinstance(comment, str):
        return Message(QT_TRANSLATE_NOOP("Errors", "the comment is not text"))
    if len(comment) > COMMENT_LIMIT:
        return Message(
            QT_TRANSLATE_NOOP("Errors", "the comment is longer than {limit} characters"), limit=COMMENT_LIMIT
        )
    if unstorable_character(comment) is not None:
        return Message(
            QT_TRANSLATE_NOOP("Errors", "the comment holds a control character ({text})"),
            text=escaped(comment),
        )
    return None


def imported_before(session: Session, expert: PanelExpert, source_sha256: str) -> bool:
    """Whether a returned kit or sheet with this content hash was already imported for the expert."""
    if not source_sha256:
        return False
    found = session.scalars(
        select(ExpertScore.id)
        .where(ExpertScore.expert_id == expert.id, ExpertScore.source_sha256 == source_sha256)
        .limit(1)
    ).first()
    return found is not None


def latest_scores(session: Session, experts: Iterable[PanelExpert]) -> dict[ScoreKey, ExpertScore]:
    """The score that counts for every (expert, recommendation, item) the experts have scored."""
    ids = [expert.id for expert in experts]
    latest: dict[ScoreKey, ExpertScore] = {}
    if not ids:
        return latest
    rows = session.scalars(select(ExpertScore).where(ExpertScore.expert_id.in_(ids)).order_by(ExpertScore.id))
    for row in rows:
        latest[(row.expert_id, row.recommendation_id, row.item_number)] = row
    return latest


def record_scores(
    session: Session,
    *,
    expert: PanelExpert,
    recommendation: Recommendation,
    scores: Sequence[ExpertItemScore],
    source: str,
    user: str,
    source_sha256: str = "",
) -> int:
    """Append the expert's scores that differ from the ones counting now, each with its audit entry,
    in the caller's transaction; returns how many were added. The caller checks roles, the
    assignment and the standard's rules (``scoring_engine``) before it calls this."""
    if source not in SOURCES:
        raise ValueError(f"unknown score source {source!r}")  # a programming error, never user input
    current = latest_scores(session, [expert])
    at = clock.now()
    changes: list[audit.Change] = []
    for entry in scores:
        findings_json = json.dumps(dict(entry.findings), ensure_ascii=False, sort_keys=True)
        before = current.get((expert.id, recommendation.id, entry.item_number))
        if before is not None and (before.score, before.findings_json, before.comment) == (
            entry.score,
            findings_json,
            entry.comment,
        ):
            continue
        session.add(
            ExpertScore(
                expert_id=expert.id,
                recommendation_id=recommendation.id,
                item_number=entry.item_number,
                score=entry.score,
                findings_json=findings_json,
                comment=entry.comment,
                source=source,
                source_sha256=source_sha256,
                recorded_by=user,
                recorded_at=at,
            )
        )
        changes.append(
            audit.Change(
                action=SCORE_ACTION,
                entity="expert_score",
                key=f"{expert.panel_id}/{expert.key}/{recommendation.community.code}/{entry.item_number}",
                old=None if before is None else {"score": before.score, "comment": before.comment},
                new={"score": entry.score, "comment": entry.comment, "source": source, "expert": expert.name},
            )
        )
    if changes:
        session.flush()
        audit.record_many(session, user=user, changes=changes)
    return len(changes)

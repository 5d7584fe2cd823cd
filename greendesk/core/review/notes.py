"""A reviewer's note per community's recommendation: free text kept with it, every change kept.

Each change is a new ``review_note`` row with its ``review.note`` audit entry (old and new text);
the latest row is the note. A note is the office's working memory ("街道说下周补照片"), not part of
the decision, so writing one neither withdraws a sign-off nor is refused by a lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review import guards
from greendesk.core.review.views import find_recommendation
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.core.storage.models import Recommendation, ReviewNote
from greendesk.core.workspace import Workspace

NOTE_ACTION = "review.note"
MAX_NOTE_LENGTH = 4000


@dataclass(frozen=True)
class Note:
    text: str
    written_by: str
    written_at: datetime | None


EMPTY = Note("", "", None)


def _latest(session: Session, recommendation: Recommendation) -> ReviewNote | None:
    return session.scalars(
        select(ReviewNote)
        .where(ReviewNote.recommendation_id == recommendation.id)
        .order_by(ReviewNote.id.desc())
        .limit(1)
    ).first()


def note(workspace: Workspace, code: str, year: int | None = None) -> Note:
    """The community's current note (empty when none was written)."""
    with workspace.sessions() as session:
        row = _latest(session, find_recommendation(session, code, year))
        return EMPTY if row is None else Note(row.text, row.written_by, row.written_at)


def set_note(workspace: Workspace, code: str, text: str, year: int | None = None) -> Note:
    """Replace the community's note (a new row and audit entry); nothing when the text is unchanged."""
    guards.reviewer(workspace, REVIEWER)
    text = text.strip()
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{code}: a note may hold at most {limit} characters ({count} given)."
            ),
            code=code,
            limit=MAX_NOTE_LENGTH,
            count=len(text),
        )
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        previous = _latest(session, recommendation)
        old = previous.text if previous is not None else ""
        if old == text:
            return (
                EMPTY if previous is None else Note(previous.text, previous.written_by, previous.written_at)
            )
        now = clock.now()
        session.add(
            ReviewNote(
                recommendation_id=recommendation.id, text=text, written_by=workspace.user, written_at=now
            )
        )
        audit.record(
            session,
            user=workspace.user,
            action=NOTE_ACTION,
            entity="recommendation",
            key=code,
            old=None if previous is None else {"text": old},
            new={"year": recommendation.year, "text": text},
        )
        return Note(text, workspace.user, now)

"""Which review action is allowed in which status: one table that the commands enforce and the
screens read (to enable buttons), so the two can never disagree.

A signed-off recommendation is locked: every action but unlocking is refused until an approver
unlocks it with a recorded reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import (
    FAILED,
    PASSED,
    RECOMMENDED,
    RESUBMITTED,
    RETURNED,
    REVOKED,
    SIGNED_OFF,
    STATUSES,
    UNDER_REVIEW,
)
from greendesk.core.storage.models import Recommendation

DECIDE = "decide"
ATTACH = "attach"
FINISH = "finish"
RETURN = "return"
RESUBMIT = "resubmit"
SIGN_OFF = "sign_off"
UNLOCK = "unlock"


class LockedError(GreenDeskError):
    """The recommendation is signed off and locked; it must be unlocked (recorded) before changes."""


class WorkflowError(GreenDeskError):
    """The action does not fit the recommendation's current status."""


LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "{code} was signed off by {user} and is locked; an approver must unlock it (with a reason) first.",
)

REVOKED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "{code}'s name was revoked after a re-check; it can only come back through a new recommendation.",
)


@dataclass(frozen=True)
class Transition:
    """An action, the statuses it is allowed from, whether it needs the lock on or off, and the refusal."""

    action: str
    from_statuses: frozenset[str]
    locked: bool  # True: only on a locked recommendation (unlock); False: only on an unlocked one
    refusal: str  # message template with {code} and {status}


TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        Transition(
            DECIDE,
            frozenset(STATUSES) - {RETURNED, REVOKED},
            False,
            QT_TRANSLATE_NOOP(
                "Errors", "{code} is returned for rework; record the street's resubmission before deciding."
            ),
        ),
        Transition(ATTACH, frozenset(STATUSES) - {REVOKED}, False, ""),
        Transition(
            FINISH,
            frozenset({UNDER_REVIEW, RECOMMENDED, RESUBMITTED}),
            False,
            QT_TRANSLATE_NOOP("Errors", "{code} is not under review (status: {status})."),
        ),
        Transition(
            RETURN,
            frozenset({UNDER_REVIEW, FAILED, RESUBMITTED}),
            False,
            QT_TRANSLATE_NOOP("Errors", "{code} cannot be returned for rework while its status is {status}."),
        ),
        Transition(
            RESUBMIT,
            frozenset({RETURNED}),
            False,
            QT_TRANSLATE_NOOP(
                "Errors", "{code} can only be resubmitted after it was returned (status: {status})."
            ),
        ),
        Transition(
            SIGN_OFF,
            frozenset({PASSED, SIGNED_OFF}),
            False,
            QT_TRANSLATE_NOOP("Errors", "Only a passed review can be signed off; {code} is {status}."),
        ),
        Transition(
            UNLOCK,
            frozenset(STATUSES) - {REVOKED},
            True,
            QT_TRANSLATE_NOOP("Errors", "{code} is not locked."),
        ),
    )
}


def allowed(action: str, status: str, locked: bool) -> bool:
    """Whether ``action`` may run on a recommendation in ``status`` (with its lock as given)."""
    transition = TRANSITIONS[action]
    return locked == transition.locked and status in transition.from_statuses


def require(action: str, recommendation: Recommendation, code: str) -> None:
    """Raise the action's own refusal (or the lock's) unless the table allows it."""
    transition = TRANSITIONS[action]
    if recommendation.status == REVOKED:
        raise WorkflowError(REVOKED_MESSAGE, code=code)
    if recommendation.locked and not transition.locked:
        raise LockedError(LOCKED_MESSAGE, code=code, user=recommendation.signed_off_by)
    if not allowed(action, recommendation.status, recommendation.locked):
        raise WorkflowError(transition.refusal, code=code, status=recommendation.status)


def available(status: str, locked: bool, *, result_known: bool, has_rework_items: bool) -> frozenset[str]:
    """The actions a screen offers now: the table plus what the current result allows."""
    actions = {action for action in TRANSITIONS if allowed(action, status, locked)}
    if not result_known:
        actions.discard(FINISH)
    if not has_rework_items:
        actions.discard(RETURN)
    return frozenset(actions)

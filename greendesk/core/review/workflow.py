"""Which review action is allowed in which status, and the lock a sign-off puts on a recommendation."""

from __future__ import annotations

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage.models import (
    Recommendation,
)


class LockedError(GreenDeskError):
    """The recommendation is signed off and locked; it must be unlocked (recorded) before changes."""


class WorkflowError(GreenDeskError):
    """The action does not fit the recommendation's current status."""


def check_unlocked(recommendation: Recommendation, code: str) -> None:
    if recommendation.locked:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{code} was signed off by {user} and is locked; an approver must unlock it (with a reason) first.",
            ),
            code=code,
            user=recommendation.signed_off_by,
        )

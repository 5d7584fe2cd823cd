"""Who may handle a panel's sheets and documents.

Exporting an expert's sheet (which may give the expert a secret), importing a filled-in sheet and
printing the panel's documents are the office's acts: an administrator or an approver does them,
signed in; an expert account never imports its own scores through a sheet.
"""

from __future__ import annotations

from greendesk.core import accounts
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import PermissionDenied
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER
from greendesk.core.workspace import Workspace


def require_manager(workspace: Workspace) -> str:
    """The signed-in account's name, when it is an administrator or an approver."""
    actor = accounts.require(workspace)
    if not (actor.has_role(ADMINISTRATOR) or actor.has_role(APPROVER)):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "'{user}' needs the administrator or approver role for this action."),
            user=actor.username,
        )
    return actor.username

"""Finding a panel and its experts for the sheet and the panel's documents, and who may handle them.

Exporting an expert's sheet (which may give the expert a secret), importing a filled-in sheet and
printing the panel's documents are the office's acts: an administrator or an approver does them,
signed in; an expert account never imports its own scores through a sheet.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts
from greendesk.core.base.errors import NotFoundError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import PermissionDenied
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER
from greendesk.core.storage.models import Panel, PanelExpert
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


def find_panel(session: Session, panel_id: int) -> Panel:
    panel = session.get(Panel, panel_id)
    if panel is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Panel {panel} is not in this workspace."), panel=panel_id
        )
    return panel


def find_expert(session: Session, panel: Panel, key: str) -> PanelExpert:
    """The panel's expert by key (E01); the key is compared without regard to case."""
    wanted = key.strip().upper()
    expert = session.scalars(
        select(PanelExpert).where(PanelExpert.panel_id == panel.id, PanelExpert.key == wanted)
    ).first()
    if expert is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Panel {panel} has no expert {expert}."),
            panel=panel.name or panel.id,
            expert=key,
        )
    return expert

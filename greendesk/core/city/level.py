"""Which use cases a workspace serves: a district's (street workbooks, review) or a city's (packages).

Each use case of one level asks here first, so a city workspace never takes a street's workbook and a
district workspace never imports another district's package as a city would.
"""

from __future__ import annotations

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.workspace import Workspace


def require_city(workspace: Workspace) -> None:
    if not workspace.is_city:
        district = workspace.district
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is the district workspace of {name} ({code}): the city's commands (import of "
                "district packages, city progress, spot-check samples) need a city workspace "
                "(greendesk init --district 110000).",
            ),
            name=district.name,
            code=district.code,
        )


def require_district(workspace: Workspace) -> None:
    if workspace.is_city:
        city = workspace.district
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is the city workspace of {name} ({code}): streets' workbooks are imported and "
                "reviewed in the district workspaces; the city imports the districts' packages "
                "(greendesk city import PACKAGE).",
            ),
            name=city.name,
            code=city.code,
        )

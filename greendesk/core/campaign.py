"""The campaign year: the one year every year choice opens on (import, export, template, reports).

An office works on one campaign at a time, usually into the next calendar year, so the calendar year
is a poor default: the configured ``campaign.year`` setting wins, else the latest year that has
recommendations, else this year.
"""

from __future__ import annotations

from sqlalchemy import func, select

from greendesk.core import accounts, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.storage.models import Recommendation
from greendesk.core.workspace import Workspace

FIRST_YEAR, LAST_YEAR = 2019, 2100


def campaign_year(workspace: Workspace) -> int:
    """The configured campaign year, else the latest year with recommendations, else this year."""
    with workspace.sessions() as session:
        configured = settings.CAMPAIGN_YEAR.read(session)
        if configured:
            return configured
        latest = session.scalar(select(func.max(Recommendation.year)))
    return latest or clock.today().year


def set_campaign_year(workspace: Workspace, year: int) -> None:
    """Configure the campaign year (0 goes back to the automatic choice); audited as a setting."""
    accounts.require(workspace, ADMINISTRATOR)
    if year and not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The campaign year {year} is not between {first} and {last}."),
            year=year,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    settings.CAMPAIGN_YEAR.save(workspace, year)

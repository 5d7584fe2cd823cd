"""The 填报单位 / 填报人 / 联系电话 / 填报日期 block that a report form carries, and where its values come from.

``form_details`` is the one place that reads them from the workspace: the reporting unit is the
district's name and the person and phone stay blank lines to fill in by hand, until the office's
own details (发文机关, contact person, phone) are settings; then only this function changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from greendesk.core import settings
from greendesk.core.base import clock
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.reports.snapshots import SnapshotView
from greendesk.core.workspace import Workspace

UNIT = QT_TRANSLATE_NOOP("Reports", "Reporting unit:")
PERSON = QT_TRANSLATE_NOOP("Reports", "Filled in by:")
PHONE = QT_TRANSLATE_NOOP("Reports", "Contact phone:")
FILLED_ON = QT_TRANSLATE_NOOP("Reports", "Date filled in:")


@dataclass(frozen=True)
class FormDetails:
    """Who fills in a report form and when; an empty text prints as a blank line to write on."""

    unit: str
    person: str
    phone: str
    filled_on: date


def form_details(workspace: Workspace, filled_on: date | None = None) -> FormDetails:
    """The form block of a report written now (or filled in on ``filled_on``)."""
    return FormDetails(
        unit=settings.DISTRICT_NAME.read(workspace),
        person="",
        phone="",
        filled_on=filled_on or clock.today(),
    )


def snapshot_form(workspace: Workspace, snapshot: SnapshotView) -> FormDetails:
    """A submitted report keeps the day it was submitted as its 填报日期 (printing it again changes
    nothing); a draft is filled in today."""
    return form_details(workspace, snapshot.submitted_at.date() if snapshot.submitted_at else None)

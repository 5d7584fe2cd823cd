"""The 填报单位 / 填报人 / 联系电话 / 填报日期 block that a report form carries, and where its values come from.

``form_details`` is the one place that reads them from the workspace: the office's details in
Settings (reports.office: 发文机关, contact person, phone); a blank one prints as a line to fill in.
"""

from __future__ import annotations

from datetime import date

from greendesk.core.base import clock
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.reports import office
from greendesk.core.reports.official import FormFiller
from greendesk.core.reports.snapshots import SnapshotView
from greendesk.core.workspace import Workspace

UNIT = QT_TRANSLATE_NOOP("Reports", "Reporting unit:")
PERSON = QT_TRANSLATE_NOOP("Reports", "Filled in by:")
PHONE = QT_TRANSLATE_NOOP("Reports", "Contact phone:")
FILLED_ON = QT_TRANSLATE_NOOP("Reports", "Date filled in:")


def form_details(workspace: Workspace, filled_on: date | None = None) -> FormFiller:
    """The form block of a document written now (or filled in on ``filled_on``): the office's details
    from Settings; an empty contact or phone prints as a blank line to write on."""
    details = office.read_office(workspace)
    return FormFiller(details.name, details.contact, details.phone, filled_on or clock.today())


def snapshot_form(workspace: Workspace, snapshot: SnapshotView) -> FormFiller:
    """A submitted report keeps the day it was submitted as its 填报日期 (printing it again changes
    nothing); a draft is filled in today."""
    return form_details(workspace, snapshot.submitted_at.date() if snapshot.submitted_at else None)

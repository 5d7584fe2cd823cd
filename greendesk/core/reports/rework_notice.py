"""The rework notice (整改通知) a district sends a street: which items failed, why, and by when.

A 公文 in the form of GB/T 9704-2012 (core/reports/official.py), always in Chinese: 发文字号 issued
once per notice (the community, year and round), 主送 the street, 抄送 the community, the office's
署名 and the date with room for the seal. Written to a temporary file and renamed, so a failed export
never leaves a half-written PDF under the requested name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from reportlab.platypus import Flowable, Table

from greendesk.core import accounts, audit
from greendesk.core.base import clock, i18n
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.reports import labels, office, official
from greendesk.core.review import rework_deadlines, views
from greendesk.core.review.vocabulary import REVIEWER, outcome_label
from greendesk.core.workspace import Workspace

CONTEXT = "ReworkNotice"


def _t(text: str) -> str:
    return i18n.document_text(CONTEXT, text)


def _audit_head(workspace: Workspace) -> str:
    """Kept with the notice so a later truncation of the log is detectable against what was sent."""
    with workspace.sessions() as session:
        return audit.head(session)


def build_rework_notice(
    workspace: Workspace,
    code: str,
    out_path: Path,
    *,
    year: int | None = None,
    deadline: date | None = None,
) -> Path:
    """Write the notice for the community's current round to ``out_path``; returns the path."""
    accounts.require(workspace, REVIEWER)
    view = views.show(workspace, code, year)
    items = views.rework_items(view)
    if not items:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{code} has no failed item and no item needing more material: no rework notice."
            ),
            code=code,
        )
    deadline = (
        deadline
        or rework_deadlines.current_deadline(workspace, code, year)  # the queue's 整改期限, not another day
        or clock.today() + timedelta(days=views.REWORK_DAYS_DEFAULT)
    )
    details = office.read_office(workspace)
    number = office.issue_number(workspace, f"notice:{view.code}:{view.year}:{view.round}")
    today = clock.today()
    head = _audit_head(workspace)
    document = official.Official(
        office=details.name,
        number=number.text,
        title=_t(QT_TRANSLATE_NOOP("ReworkNotice", "Green Community Creation: Rework Notice")),
        addressee=view.street_name,
        body=[*_opening(view, deadline), _items_table(items), *_closing(deadline)],
        signed_on=today,
        filler=official.FormFiller(details.name, details.contact, details.phone, today),
        copies_to=[view.name],
        note=_t(QT_TRANSLATE_NOOP("ReworkNotice", "Audit log chain head: {head}")).format(head=head),
        keywords=f"audit-head:{head}",
    )
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    official.write_official(out_path, document)
    return out_path


def _opening(view: views.ReviewView, deadline: date) -> list[Flowable]:
    """The paragraph that says what was found and what is asked."""
    request = _t(
        QT_TRANSLATE_NOOP(
            "ReworkNotice",
            "In review round {round} of the {year} green community creation, the {district} review "
            "office found that {community} ({code}) does not yet meet the items below of {standard}. "
            "Please have the community rework them and resubmit the material by {deadline}.",
        )
    )
    text = request.format(
        round=view.round,
        year=view.year,
        district=view.district_name,
        community=view.name,
        code=view.code,
        standard=view.standard_title,
        deadline=labels.chinese_date(deadline),
    )
    return [official.paragraph(text), official.blank(0.5)]


def _items_table(items: Sequence[views.ItemState]) -> Table:
    """One row per item to rework: number, requirement (with the measured figure), outcome, comment."""
    header = [
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Item")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Requirement")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Outcome")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Reviewer's comment")),
    ]
    rows: list[list[object]] = []
    for item in items:
        requirement = item.text
        if item.rule and item.measured_value is not None:
            requirement += " " + _t(QT_TRANSLATE_NOOP("ReworkNotice", "Measured: {value}")).format(
                value=f"{item.measured_value:g}%"
            )
        outcome = outcome_label(item.outcome, i18n.DOCUMENT_LANGUAGE)
        rows.append([item.number, requirement, outcome, item.comment or "—"])
    width = official.BLOCK_WIDTH
    return official.table(header, rows, [width * 0.09, width * 0.46, width * 0.17, width * 0.28], size=12)


def _closing(deadline: date) -> list[Flowable]:
    """The deadline again, as its own paragraph under the table."""
    text = _t(QT_TRANSLATE_NOOP("ReworkNotice", "Rework deadline: {deadline}")).format(
        deadline=labels.chinese_date(deadline)
    )
    return [official.blank(0.5), official.paragraph(f"{text}。")]

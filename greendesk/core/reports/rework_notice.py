"""The rework notice (整改通知) a district sends a street: which items failed, why, and by when.

Built with reportlab and the embedded CJK font; written to a temporary file and renamed, so a
failed export never leaves a half-written PDF under the requested name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.fonts import register_pdf_font
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.review import views
from greendesk.core.review.vocabulary import REVIEWER, outcome_label
from greendesk.core.workspace import Workspace

CONTEXT = "ReworkNotice"


def _t(text: str) -> str:
    return translate(CONTEXT, text)


class _Styles:
    """The notice's paragraph styles, all in the embedded CJK font."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER)
        self.body = ParagraphStyle("body", fontName=font, fontSize=11, leading=18, wordWrap="CJK")
        self.small = ParagraphStyle("small", parent=self.body, fontSize=9.5, leading=14)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9.5, leading=13)


def _audit_head(workspace: Workspace) -> str:
    """Printed on the notice so a later truncation of the log is detectable against what was sent."""
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
    deadline = deadline or clock.today() + timedelta(days=views.REWORK_DAYS_DEFAULT)
    styles = _Styles(register_pdf_font())
    story = [
        *_opening(view, deadline, styles),
        _items_table(items, styles),
        *_closing(view, deadline, _audit_head(workspace), styles),
    ]
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(out_path, ".pdf") as temporary:
        _document(temporary, view.district_name, styles.font).build(story)
    return out_path


def _opening(view: views.ReviewView, deadline: date, styles: _Styles) -> list[Flowable]:
    """Title, addressee and the paragraph that says what was found and what is asked."""
    request = _t(
        QT_TRANSLATE_NOOP(
            "ReworkNotice",
            "In review round {round} of the {year} green community creation, the {district} review "
            "office found that {community} ({code}) does not yet meet the items below of {standard}. "
            "Please have the community rework them and resubmit the material by {deadline}.",
        )
    )
    return [
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "Green Community Creation: Rework Notice"))),
            styles.title,
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "To: {street}"))).format(
                street=escape(view.street_name)
            ),
            styles.body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(request).format(
                round=view.round,
                year=view.year,
                district=escape(view.district_name),
                community=escape(view.name),
                code=view.code,
                standard=escape(view.standard_title),
                deadline=deadline.isoformat(),
            ),
            styles.body,
        ),
        Spacer(1, 5 * mm),
    ]


def _items_table(items: Sequence[views.ItemState], styles: _Styles) -> Table:
    """One row per item to rework: number, requirement (with the measured figure), outcome, comment."""
    header = [
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Item")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Requirement")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Outcome")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Reviewer's comment")),
    ]
    rows: list[list[object]] = [[Paragraph(escape(text), styles.cell) for text in header]]
    for item in items:
        requirement = item.text
        if item.rule and item.measured_value is not None:
            requirement += "\n" + _t(QT_TRANSLATE_NOOP("ReworkNotice", "Measured: {value}")).format(
                value=f"{item.measured_value:g}%"
            )
        rows.append(
            [
                Paragraph(str(item.number), styles.cell),
                Paragraph(escape(requirement).replace("\n", "<br/>"), styles.cell),
                Paragraph(escape(outcome_label(item.outcome)), styles.cell),
                Paragraph(escape(item.comment or "—"), styles.cell),
            ]
        )
    table = Table(rows, colWidths=[12 * mm, 82 * mm, 26 * mm, 50 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("FONTNAME", (0, 0), (-1, -1), styles.font),  # else tables select Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f2ea")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _closing(view: views.ReviewView, deadline: date, head: str, styles: _Styles) -> list[Flowable]:
    """The deadline again, the office and date, and the audit-log head at the time of writing."""
    return [
        Spacer(1, 6 * mm),
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "Rework deadline: {deadline}"))).format(
                deadline=deadline.isoformat()
            ),
            styles.body,
        ),
        Spacer(1, 10 * mm),
        Paragraph(
            escape(
                _t(QT_TRANSLATE_NOOP("ReworkNotice", "{district} green community review office, {date}"))
            ).format(district=escape(view.district_name), date=clock.today().isoformat()),
            styles.small,
        ),
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "Audit log chain head: {head}"))).format(head=head),
            styles.small,
        ),
    ]


def _document(path: str, district_name: str, font: str) -> SimpleDocTemplate:
    """A4 portrait with 20 mm margins, the notice's title and the district as author."""
    return SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=_t(QT_TRANSLATE_NOOP("ReworkNotice", "Rework Notice")),
        author=district_name,
        initialFontName=font,
        initialFontSize=11,
    )

"""The rework notice (整改通知) a district sends a street: which items failed, why, and by when.

Built with reportlab and the embedded CJK font; written to a temporary file and renamed, so a
failed export never leaves a half-written PDF under the requested name.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.fonts import register_pdf_font
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.review import views
from greendesk.core.review.vocabulary import outcome_label
from greendesk.core.workspace import Workspace

CONTEXT = "ReworkNotice"


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def _audit_head(workspace: Workspace) -> str:
    """Printed on the notice so a later truncation of the log is detectable against what was sent."""
    from greendesk.core import audit

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
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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
    font = register_pdf_font()
    title_style = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER)
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=18, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=14)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13)

    story = [
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "Green Community Creation: Rework Notice"))),
            title_style,
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "To: {street}"))).format(
                street=escape(view.street_name)
            ),
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                _t(
                    QT_TRANSLATE_NOOP(
                        "ReworkNotice",
                        "In review round {round} of the {year} green community creation, the {district} review "
                        "office found that {community} ({code}) does not yet meet the items below of {standard}. "
                        "Please have the community rework them and resubmit the material by {deadline}.",
                    )
                )
            ).format(
                round=view.round,
                year=view.year,
                district=escape(view.district_name),
                community=escape(view.name),
                code=view.code,
                standard=escape(view.standard_title),
                deadline=deadline.isoformat(),
            ),
            body,
        ),
        Spacer(1, 5 * mm),
    ]
    header = [
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Item")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Requirement")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Outcome")),
        _t(QT_TRANSLATE_NOOP("ReworkNotice", "Reviewer's comment")),
    ]
    rows: list[list[object]] = [[Paragraph(escape(text), cell) for text in header]]
    for item in items:
        requirement = item.text
        if item.rule and item.measured_value is not None:
            requirement += "\n" + _t(QT_TRANSLATE_NOOP("ReworkNotice", "Measured: {value}")).format(
                value=f"{item.measured_value:g}%"
            )
        rows.append(
            [
                Paragraph(str(item.number), cell),
                Paragraph(escape(requirement).replace("\n", "<br/>"), cell),
                Paragraph(escape(outcome_label(item.outcome)), cell),
                Paragraph(escape(item.comment or "—"), cell),
            ]
        )
    table = Table(rows, colWidths=[12 * mm, 82 * mm, 26 * mm, 50 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("FONTNAME", (0, 0), (-1, -1), register_pdf_font()),  # else tables select Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f2ea")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 6 * mm),
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "Rework deadline: {deadline}"))).format(
                deadline=deadline.isoformat()
            ),
            body,
        ),
        Spacer(1, 10 * mm),
        Paragraph(
            escape(
                _t(QT_TRANSLATE_NOOP("ReworkNotice", "{district} green community review office, {date}"))
            ).format(district=escape(view.district_name), date=clock.today().isoformat()),
            small,
        ),
        Paragraph(
            escape(_t(QT_TRANSLATE_NOOP("ReworkNotice", "Audit log chain head: {head}"))).format(
                head=_audit_head(workspace)
            ),
            small,
        ),
    ]

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".notice-", suffix=".pdf", dir=out_path.parent)
    os.close(descriptor)
    try:
        document = SimpleDocTemplate(
            temporary,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=_t(QT_TRANSLATE_NOOP("ReworkNotice", "Rework Notice")),
            author=view.district_name,
            initialFontName=font,
            initialFontSize=11,
        )
        document.build(story)
        os.replace(temporary, out_path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out_path

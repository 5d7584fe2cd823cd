"""The PDFs of the package: one review record per community, and a fallback district summary.

Photos are printed upright (EXIF orientation applied) and downscaled for print; the originals go
into the package untouched beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from greendesk import __version__
from greendesk.core.base.fonts import register_pdf_font
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package.records import CommunityRecord, PhotoRecord
from greendesk.core.package.workbook import outcome_label, result_label, tr

# Without reportlab's C accelerator, ASCII85-encoding photo streams in pure Python dominates export
# time; binary streams are valid PDF and smaller.
rl_config.useA85 = 0

PRINT_MAX_PIXELS = 1200
PRINT_QUALITY = 82
PHOTO_BOX = (15 * cm, 10 * cm)


def _styles() -> dict[str, ParagraphStyle]:
    font = register_pdf_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=22, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
    }


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _footer(text: str) -> Callable:
    def draw(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(register_pdf_font(), 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, text)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(document.page))
        canvas.restoreState()

    return draw


def _grid(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("FONTNAME", (0, 0), (-1, -1), register_pdf_font()),  # else tables select an unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4efe6")))
    table.setStyle(TableStyle(style))
    return table


def _fit(size: tuple[int, int]) -> tuple[float, float]:
    width, height = size
    scale = min(PHOTO_BOX[0] / width, PHOTO_BOX[1] / height)
    return width * scale, height * scale


def photo_caption(item_number: int, photo: PhotoRecord, language: str) -> str:
    taken = (
        photo.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        if photo.taken_at
        else tr(QT_TRANSLATE_NOOP("Package", "unknown"), language)
    )
    return tr(
        QT_TRANSLATE_NOOP("Package", "Item {number} · taken {taken} · SHA-256 {sha256}"), language
    ).format(number=item_number, taken=taken, sha256=photo.sha256)


def write_record_pdf(
    record: CommunityRecord,
    path: Path,
    print_copies: Callable[[PhotoRecord], tuple[Path, tuple[int, int]]],
    district_name: str,
    language: str,
) -> None:
    """The review record of one community, item by item, with its photos and the sign-off."""
    styles = _styles()

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    story: list = [
        p(
            tr(QT_TRANSLATE_NOOP("Package", "Green community review record: {community}"), language).format(
                community=record.name
            ),
            "title",
        ),
        Spacer(1, 6),
    ]
    standard = record.standard
    facts = [
        (QT_TRANSLATE_NOOP("Package", "District"), district_name),
        (QT_TRANSLATE_NOOP("Package", "Street"), f"{record.street_name} ({record.street_code})"),
        (QT_TRANSLATE_NOOP("Package", "Community code"), record.code),
        (QT_TRANSLATE_NOOP("Package", "Year and batch"), f"{record.year} / {record.batch}"),
        (QT_TRANSLATE_NOOP("Package", "Round"), str(record.round)),
        (
            QT_TRANSLATE_NOOP("Package", "Households"),
            "" if record.households is None else str(record.households),
        ),
        (
            QT_TRANSLATE_NOOP("Package", "Property-management coverage (%)"),
            "" if record.coverage_percent is None else f"{record.coverage_percent:g}",
        ),
        (QT_TRANSLATE_NOOP("Package", "Standard"), f"{standard.title} {standard.document_number}".strip()),
        (QT_TRANSLATE_NOOP("Package", "Overall result"), result_label(record, language)),
    ]
    if record.score is not None:
        facts.append(
            (QT_TRANSLATE_NOOP("Package", "Score"), f"{record.score:g} / {standard.pass_mark or 0:g}")
        )
    story.append(
        _grid([[p(tr(label, language)), p(value)] for label, value in facts], [4.5 * cm, 12.5 * cm], False)
    )

    story.append(p(tr(QT_TRANSLATE_NOOP("Package", "Decisions by item"), language), "heading"))
    header = [
        p(tr(QT_TRANSLATE_NOOP("Package", "No."), language)),
        p(tr(QT_TRANSLATE_NOOP("Package", "Requirement"), language)),
        p(tr(QT_TRANSLATE_NOOP("Package", "Outcome"), language)),
        p(tr(QT_TRANSLATE_NOOP("Package", "Comment"), language)),
        p(tr(QT_TRANSLATE_NOOP("Package", "Decided by"), language)),
    ]
    rows = [header]
    for item in record.items:
        comment = item.comment
        if item.measured_value is not None:
            measured = tr(QT_TRANSLATE_NOOP("Package", "measured: {value}"), language).format(
                value=f"{item.measured_value:g}"
            )
            comment = f"{comment} ({measured})" if comment else measured
        rows.append(
            [
                p(str(item.number)),
                p(item.text),
                p(outcome_label(item.outcome, language)),
                p(comment),
                Paragraph(f"{escape(item.decided_by)}<br/>{escape(_when(item.decided_at))}", styles["cell"]),
            ]
        )
    story.append(_grid(rows, [1.2 * cm, 6.3 * cm, 2.2 * cm, 4.6 * cm, 2.7 * cm]))

    # The heading travels with the first photo so it never ends a page alone.
    heading = [p(tr(QT_TRANSLATE_NOOP("Package", "Photo evidence"), language), "heading")]
    for item in record.items:
        for photo in item.photos:
            copy, size = print_copies(photo)
            width, height = _fit(size)
            story.append(
                KeepTogether(
                    [
                        *heading,
                        Image(str(copy), width=width, height=height),
                        p(photo_caption(item.number, photo, language), "small"),
                        Spacer(1, 8),
                    ]
                )
            )
            heading = []

    story.append(p(tr(QT_TRANSLATE_NOOP("Package", "Sign-off"), language), "heading"))
    story.append(
        p(
            tr(QT_TRANSLATE_NOOP("Package", "Reviewers: {names}"), language).format(
                names="、".join(record.reviewers) or "—"
            ),
            "base",
        )
    )
    story.append(
        p(
            tr(QT_TRANSLATE_NOOP("Package", "Signed off by {approver} on {time}"), language).format(
                approver=record.signed_off_by or "—", time=_when(record.signed_off_at) or "—"
            ),
            "base",
        )
    )
    footer = f"GreenDesk {__version__} · {record.code} {record.name}"
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        initialFontName=register_pdf_font(),
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title=record.name,
        author=district_name,
        creator=f"GreenDesk {__version__}",
    )
    document.build(story, onFirstPage=_footer(footer), onLaterPages=_footer(footer))


def write_fallback_summary_pdf(
    path: Path, title: str, lines: Sequence[tuple[str, str]], district_name: str
) -> None:
    """A one-page summary (used until the progress-report summary is available)."""
    styles = _styles()
    story: list = [Paragraph(escape(title), styles["title"]), Spacer(1, 10)]
    rows = [
        [Paragraph(escape(label), styles["cell"]), Paragraph(escape(value), styles["cell"])]
        for label, value in lines
    ]
    story.append(_grid(rows, [5 * cm, 12 * cm], False))
    document = SimpleDocTemplate(
        str(path), pagesize=A4, title=title, author=district_name, initialFontName=register_pdf_font()
    )
    footer = f"GreenDesk {__version__}"
    document.build(story, onFirstPage=_footer(footer), onLaterPages=_footer(footer))

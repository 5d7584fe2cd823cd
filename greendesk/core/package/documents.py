"""The review record PDF of the package, one per community (the district summary is reports.summary).

Photos are printed upright (EXIF orientation applied) and downscaled for print, a PDF as its first
page, any other evidence file as a line naming it; the originals go into the package untouched beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from greendesk.core.base import fonts
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package.records import CommunityRecord, PhotoRecord
from greendesk.core.package.workbook import outcome_label, result_label, tr
from greendesk.core.storage import photo_meta

# Without reportlab's C accelerator, ASCII85-encoding photo streams in pure Python dominates export
# time; binary streams are valid PDF and smaller.
rl_config.useA85 = 0

PRINT_MAX_PIXELS = 1200
PRINT_QUALITY = 82
PHOTO_BOX = (15 * cm, 10 * cm)
# A record is a form (an annex of the package), on the 公文's block: 156 x 225 mm, 37 mm from the top.
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = 37 * mm, 28 * mm, 26 * mm, 35 * mm


def _styles() -> dict[str, ParagraphStyle]:
    """仿宋 text, the title in 小标宋, headings in 黑体 (the forms' fonts, core/base/fonts.py)."""
    font = fonts.font(fonts.BODY)
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=14, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.font(fonts.TITLE),
            fontSize=18,
            leading=26,
            alignment=TA_CENTER,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.font(fonts.HEI),
            fontSize=14,
            leading=20,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,  # a heading never ends a page alone
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
    }


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _page_number(canvas, document) -> None:
    """ "— n —" in 4号 宋体 under the block: odd pages right, even pages left (GB/T 9704-2012)."""
    canvas.saveState()
    canvas.setFont(fonts.font(fonts.SONG), 14)
    text, baseline = f"— {document.page} —", MARGIN_BOTTOM - 7 * mm - 12
    if document.page % 2:
        canvas.drawRightString(A4[0] - MARGIN_RIGHT - 14, baseline, text)
    else:
        canvas.drawString(MARGIN_LEFT + 14, baseline, text)
    canvas.restoreState()


def _grid(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("FONTNAME", (0, 0), (-1, -1), fonts.font(fonts.BODY)),  # else tables select an unembedded Helvetica
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
    if photo.taken_at and photo.taken_source == photo_meta.SOURCE_MTIME:
        taken = tr(QT_TRANSLATE_NOOP("Package", "{time} (file time, not a capture time)"), language).format(
            time=taken
        )
    return tr(
        QT_TRANSLATE_NOOP("Package", "Item {number} · taken {taken} · SHA-256 {sha256}"), language
    ).format(number=item_number, taken=taken, sha256=photo.sha256)


class _Text:
    """Escaped paragraphs in the record's styles, and labels in the record's language."""

    def __init__(self, language: str) -> None:
        self.styles = _styles()
        self.language = language

    def __call__(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def tr(self, text: str) -> str:
        return tr(text, self.language)


def write_record_pdf(
    record: CommunityRecord,
    path: Path,
    print_copies: Callable[[PhotoRecord], tuple[Path, tuple[int, int]]],
    district_name: str,
    language: str,
) -> None:
    """The review record of one community, item by item, with its photos and the sign-off."""
    p = _Text(language)
    story: list = [
        p(
            p.tr(QT_TRANSLATE_NOOP("Package", "Green community review record: {community}")).format(
                community=record.name
            ),
            "title",
        ),
        Spacer(1, 6),
        _facts_table(record, district_name, p),
        *_decisions(record, p),
        *_photo_evidence(record, print_copies, p),
        *_sign_off(record, p),
    ]
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        initialFontName=fonts.font(fonts.BODY),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=record.name,
        subject=f"{record.code} {record.name}",
        author=district_name,
        creator="GreenDesk",
    )
    document.build(story, onFirstPage=_page_number, onLaterPages=_page_number)


def _facts_table(record: CommunityRecord, district_name: str, p: _Text) -> Table:
    """Who and what was reviewed: district, street, code, year, round, figures, standard, result."""
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
        (QT_TRANSLATE_NOOP("Package", "Overall result"), result_label(record, p.language)),
    ]
    if record.score is not None:
        facts.append(
            (QT_TRANSLATE_NOOP("Package", "Score"), f"{record.score:g} / {standard.pass_mark or 0:g}")
        )
    return _grid([[p(p.tr(label)), p(value)] for label, value in facts], [4.5 * cm, 11.1 * cm], False)


def _decisions(record: CommunityRecord, p: _Text) -> list:
    """The heading and one row per item: requirement, outcome, comment (with the measured figure), by whom."""
    header = [
        p(p.tr(QT_TRANSLATE_NOOP("Package", "No."))),
        p(p.tr(QT_TRANSLATE_NOOP("Package", "Requirement"))),
        p(p.tr(QT_TRANSLATE_NOOP("Package", "Outcome"))),
        p(p.tr(QT_TRANSLATE_NOOP("Package", "Comment"))),
        p(p.tr(QT_TRANSLATE_NOOP("Package", "Decided by"))),
    ]
    rows = [header]
    for item in record.items:
        comment = item.comment
        if item.measured_value is not None:
            measured = p.tr(QT_TRANSLATE_NOOP("Package", "measured: {value}")).format(
                value=f"{item.measured_value:g}"
            )
            comment = f"{comment} ({measured})" if comment else measured
        rows.append(
            [
                p(str(item.number)),
                p(item.text),
                p(outcome_label(item.outcome, p.language)),
                p(comment),
                Paragraph(
                    f"{escape(item.decided_by)}<br/>{escape(_when(item.decided_at))}", p.styles["cell"]
                ),
            ]
        )
    return [
        p(p.tr(QT_TRANSLATE_NOOP("Package", "Decisions by item")), "heading"),
        _grid(rows, [1.2 * cm, 5.6 * cm, 2.2 * cm, 4.0 * cm, 2.6 * cm]),
    ]


def _photo_evidence(
    record: CommunityRecord, print_copies: Callable[[PhotoRecord], tuple[Path, tuple[int, int]]], p: _Text
) -> list:
    """Each photo upright and fitted to the box, with its caption; nothing when there are no photos."""
    # The heading travels with the first photo so it never ends a page alone.
    heading = [p(p.tr(QT_TRANSLATE_NOOP("Package", "Photo evidence")), "heading")]
    story: list = []
    for item in record.items:
        for photo in item.photos:
            if not photo.printable:  # a document, spreadsheet, video: its name, in the package beside
                story.append(KeepTogether([*heading, p(file_line(item.number, photo, p.language), "small")]))
                heading = []
                continue
            copy, size = print_copies(photo)
            width, height = _fit(size)
            caption = (  # a PDF's first page, captioned with what the file is
                file_line(item.number, photo, p.language)
                if photo.kind == "pdf"
                else photo_caption(item.number, photo, p.language)
            )
            story.append(
                KeepTogether(
                    [
                        *heading,
                        Image(str(copy), width=width, height=height),
                        p(caption, "small"),
                        Spacer(1, 8),
                    ]
                )
            )
            heading = []
    return story


def file_line(item_number: int, photo: PhotoRecord, language: str) -> str:
    """A document's line in the record: its item, name, kind, pages and hash (the file is in the package)."""
    name = photo.original_name.replace("\\", "/").rsplit("/", 1)[-1] or photo.sha256[:12]
    pages = (
        tr(QT_TRANSLATE_NOOP("Package", ", {count} pages"), language).format(count=photo.page_count)
        if photo.page_count
        else ""
    )
    return tr(
        QT_TRANSLATE_NOOP("Package", "Item {number} · file {name} ({kind}{pages}) · SHA-256 {sha256}"),
        language,
    ).format(number=item_number, name=name, kind=photo.extension.upper(), pages=pages, sha256=photo.sha256)


def _sign_off(record: CommunityRecord, p: _Text) -> list:
    """The reviewers, and the approver who signed off and when."""
    return [
        p(p.tr(QT_TRANSLATE_NOOP("Package", "Sign-off")), "heading"),
        p(
            p.tr(QT_TRANSLATE_NOOP("Package", "Reviewers: {names}")).format(
                names="、".join(record.reviewers) or "—"
            ),
            "base",
        ),
        p(
            p.tr(QT_TRANSLATE_NOOP("Package", "Signed off by {approver} on {time}")).format(
                approver=record.signed_off_by or "—", time=_when(record.signed_off_at) or "—"
            ),
            "base",
        ),
    ]

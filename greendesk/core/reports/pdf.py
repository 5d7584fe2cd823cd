"""PDF reports (reportlab, A4 landscape) with the embedded CJK font and the progress charts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from greendesk.core.base.fonts import register_pdf_font
from greendesk.core.reports import charts, labels
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.reports.labels import t
from greendesk.core.review.vocabulary import status_label

HEADER_GREEN = colors.HexColor("#2E7D32")
BELOW_MIN = colors.HexColor("#FDE0DC")


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=4)
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=font, fontSize=9, leading=12, textColor=colors.grey
        )
        self.heading = ParagraphStyle(
            "heading", fontName=font, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=10, leading=15)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10)


def _table(
    styles: _Styles,
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float] | None = None,
    highlight: Sequence[bool] = (),
    total: bool = False,
) -> Table:
    body = [[Paragraph(escape(str(h)), styles.cell) for h in headers]] if headers else []
    body += [[Paragraph(escape("" if v is None else str(v)), styles.cell) for v in row] for row in rows]
    table = Table(body, colWidths=widths, repeatRows=1 if headers else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if headers:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C8E6C9")))
    for index, flag in enumerate(highlight, start=1 if headers else 0):
        if flag:
            commands.append(("BACKGROUND", (0, index), (-1, index), BELOW_MIN))
    if total:
        commands.append(("BACKGROUND", (0, len(body) - 1), (-1, len(body) - 1), colors.HexColor("#EEEEEE")))
    table.setStyle(TableStyle(commands))
    return table


def progress_story(data: dict[str, Any], styles: _Styles, *, charts_included: bool = True) -> list[Flowable]:
    """Key figures, charts and tables of one progress computation."""
    story: list[Flowable] = [Paragraph(escape(t(labels.SECTION_KEY_FIGURES)), styles.heading)]
    figures = [[t(label), "" if data[key] is None else data[key]] for key, label in labels.KEY_FIGURES]
    figures.append([t(labels.NEXT_DEADLINE), labels.deadline_text(data["next_deadline"])])
    half = (len(figures) + 1) // 2
    left, right = figures[:half], figures[half:] + [["", ""]] * (2 * half - len(figures))
    story.append(
        _table(
            styles,
            None,
            [[*a, *b] for a, b in zip(left, right, strict=True)],
            [200, 80, 200, 280],
        )
    )
    if charts_included:
        story += [
            KeepTogether(
                [
                    Paragraph(escape(t(labels.SECTION_SERIES)), styles.heading),
                    charts.cumulative_share_chart(data, styles.font),
                ]
            ),
            KeepTogether(
                [
                    Paragraph(escape(t(labels.SECTION_STREETS)), styles.heading),
                    charts.street_chart(data, styles.font),
                ]
            ),
        ]
    totals = labels.street_totals(data)
    story += [
        Paragraph(escape(t(labels.SECTION_STREETS)), styles.heading),
        _table(
            styles,
            labels.headers(labels.STREET_COLUMNS),
            labels.table_rows(labels.STREET_COLUMNS, [*data["streets"], totals]),
            [62, 96, *([56] * (len(labels.STREET_COLUMNS) - 2))],
            highlight=[row["below_min"] for row in data["streets"]],
            total=True,
        ),
    ]
    item_section: list[Flowable] = [Paragraph(escape(t(labels.SECTION_ITEMS)), styles.heading)]
    if charts_included:
        item_section.append(charts.item_chart(data, styles.font))
    item_section.append(
        _table(
            styles,
            labels.headers(labels.ITEM_COLUMNS),
            labels.table_rows(labels.ITEM_COLUMNS, data["items"]),
            [60, 90, 90, 110],
        )
    )
    story.append(KeepTogether(item_section))
    story.append(
        KeepTogether(
            [
                Paragraph(escape(t(labels.SECTION_STATUS)), styles.heading),
                _table(
                    styles,
                    [t(h) for h in labels.STATUS_HEADER],
                    [[status_label(name), count] for name, count in data["by_status"].items()],
                    [160, 90],
                ),
            ]
        )
    )
    return story


def passed_story(data: dict[str, Any], styles: _Styles) -> list[Flowable]:
    rows = labels.table_rows(labels.PASSED_COLUMNS, data["passed_communities"])
    return [
        PageBreak(),
        Paragraph(escape(t(labels.SECTION_PASSED)) + f" ({len(rows)})", styles.heading),
        _table(styles, labels.headers(labels.PASSED_COLUMNS), rows, [90, 190, 70, 110, 60, 80, 80]),
    ]


def narrative_story(narrative: str, styles: _Styles) -> list[Flowable]:
    text = narrative.strip() or t(labels.NO_NARRATIVE)
    story: list[Flowable] = [Paragraph(escape(t(labels.SECTION_NARRATIVE)), styles.heading)]
    story += [
        Paragraph(escape(paragraph), styles.body) for paragraph in text.split("\n") if paragraph.strip()
    ]
    return story


def write_pdf(
    path: Path,
    title: str,
    subtitle: str,
    build: Any,
    extra_lines: Iterable[str] = (),
) -> None:
    """Lay out ``build(styles) -> flowables`` under a title and write ``path`` atomically."""
    font = register_pdf_font()
    styles = _Styles(font)
    story: list[Flowable] = [
        Paragraph(escape(title), styles.title),
        Paragraph(escape(subtitle), styles.subtitle),
    ]
    story += build(styles)
    lines = [line for line in extra_lines if line]
    if lines:
        story.append(Spacer(1, 6 * mm))
        story += [Paragraph(escape(line), styles.subtitle) for line in lines]

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(document.pagesize[0] - 15 * mm, 8 * mm, f"{title} · {document.page}")
        canvas.restoreState()

    with replaced_on_success(Path(path), ".pdf") as temporary:
        document = SimpleDocTemplate(
            temporary,
            pagesize=landscape(A4),
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=12 * mm,
            bottomMargin=14 * mm,
            title=title,
            author="GreenDesk",
            initialFontName=font,  # no unembedded Helvetica in the file
        )
        document.build(story, onFirstPage=footer, onLaterPages=footer)

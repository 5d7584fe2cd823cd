"""The 现场核验记录 (site-visit record form) and the day's 路线单 (route sheet), as PDF.

In the office's document form (core/reports/official.py: A4 portrait, the 公文's margins and block,
its fonts embedded, page numbers "— n —") but as a form (表) to fill in by hand on site: the
community, street, day and place in the route; every item of the standard with its verification
method and boxes to tick (□符合 □不符合 □需补充) or a score box for a scored standard; boxes for notes
under 听 / 查 / 看 / 问 / 议; the residents' questionnaire tally; signature lines for the visitors (the
panel's experts by name, else blank) and the community's contact; a QR code holding
``GDV1;<community code>;<visit code>`` with the visit code printed under it, so the filled-in paper
is entered back against the right visit.

One PDF per community: each form is handed to, signed by and filed with one community, and can be
reprinted alone (its pages numbered from 1); the route sheet is a PDF of its own for the car.
The form's words are the paper form's, always in Chinese (documents are Chinese whatever the
interface language), written here like official.py writes the words GB/T 9704 prescribes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from greendesk.core.base import fonts, i18n
from greendesk.core.panel import visits as planning
from greendesk.core.panel.visits import VisitRow, VisitSheet
from greendesk.core.reports import labels, office, official
from greendesk.core.standards.model import VERIFICATION_METHODS, Item
from greendesk.core.workspace import Workspace

FORM_TITLE = "现场核验记录"
ROUTE_TITLE = "现场核验路线单"
CHECKBOXES = ("□符合", "□不符合", "□需补充")
NOTE_HEADINGS = (  # the five ways of a site verification, as the offices' forms name them
    ("听", "听取汇报"),
    ("查", "查阅资料"),
    ("看", "实地查看"),
    ("问", "走访询问"),
    ("议", "集体评议"),
)
TALLY_LABELS = ("发放（份）", "回收（份）", "满意（份）", "基本满意（份）", "不满意（份）")
VISITORS_LABEL = "核验人（签字）"
CONTACT_LABEL = "社区联系人（签字）"
BLANK_VISITORS = 3  # signature lines when no panel names the visitors
QR_SIZE = 26 * mm
TEXT_SIZE = 10.5  # 5号
SMALL = 9.0
SHORT_TEXT = 60  # an item's requirement is cut here on the form (the standard has the full text)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "cell", fontName=fonts.font(fonts.BODY), fontSize=TEXT_SIZE, leading=TEXT_SIZE * 1.3, wordWrap="CJK"
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=SMALL, leading=SMALL * 1.3),
        "head": ParagraphStyle("head", parent=body, fontName=fonts.font(fonts.HEI), alignment=TA_CENTER),
        "label": ParagraphStyle("label", parent=body, fontName=fonts.font(fonts.HEI)),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _grid(
    rows: list[list[Any]],
    widths: Sequence[float],
    extra: Sequence[tuple[Any, ...]] = (),
    heights: Sequence[float | None] | None = None,
) -> Table:
    result = Table(rows, colWidths=list(widths), rowHeights=heights, hAlign="CENTER")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.font(fonts.BODY)),  # no unembedded Helvetica
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *extra,
            ]
        )
    )
    return result


class QrCode(Flowable):
    """The QR code (error correction M) of ``payload``, ``size`` wide, drawn as filled squares.

    reportlab's ``QrCodeWidget`` encodes it; its modules are drawn here on the canvas rather than
    through a Drawing, whose renderer would set an unembedded Helvetica in the file.
    """

    BORDER = 2  # quiet-zone modules (the cell's padding adds white around it)

    def __init__(self, payload: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.payload, self.size = payload, size
        self.widget = QrCodeWidget(payload, barLevel="M")
        self.widget.qr.make()

    @property
    def modules(self) -> list[list[bool]]:
        return [[bool(cell) for cell in row] for row in self.widget.qr.modules]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = self.modules
        box = self.size / (len(modules) + 2 * self.BORDER)
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        self.canv.setStrokeColor(colors.black)
        for r, row in enumerate(modules):
            top = self.size - (r + self.BORDER + 1) * box
            for c, dark in enumerate(row):
                if dark:
                    self.canv.rect((c + self.BORDER) * box, top, box, box, stroke=0, fill=1)
        self.canv.restoreState()


def method_text(item: Item) -> str:
    """How the item is verified: the standard's methods (查阅资料 ...), else its verification text."""
    if item.verification_methods:
        return "、".join(
            i18n.document_text("Standards", VERIFICATION_METHODS[key])
            for key in item.verification_methods
            if key in VERIFICATION_METHODS
        )
    return item.verification


def _short(text: str) -> str:
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1] + "…"


def _header(sheet: VisitSheet, styles: dict[str, ParagraphStyle]) -> Table:
    """Who and where, beside the QR code and the visit code printed under it."""
    visit = sheet.visit
    lines = [
        ("社　　区", f"{visit.name}（{visit.code}）"),
        ("街　　道", visit.street_name),
        ("计划日期", labels.chinese_date(visit.day)),
        ("路线序号", f"第{visit.order}站"),
        ("依据标准", sheet.standard.title),
    ]
    info = _grid(
        [[_p(label, styles["label"]), _p(value, styles["body"])] for label, value in lines],
        [22 * mm, 100 * mm],
    )
    qr = [QrCode(visit.qr_payload), _p(f"核验编号\n{visit.visit_code}", styles["centre"])]
    table = Table([[info, qr]], colWidths=[124 * mm, 32 * mm], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("FONTNAME", (0, 0), (-1, -1), fonts.font(fonts.BODY)),
            ]
        )
    )
    return table


def _result_cell(sheet: VisitSheet, item: Item, styles: dict[str, ParagraphStyle]) -> Paragraph:
    if sheet.scored:
        return _p(f"得分：\n\n（满分{item.points or 0:g}分）", styles["small"])
    return _p("\n".join(CHECKBOXES), styles["small"])


def _items_table(sheet: VisitSheet, styles: dict[str, ParagraphStyle]) -> Table:
    result_head = "得分" if sheet.scored else "核验结果"
    rows: list[list[Any]] = [
        [_p(text, styles["head"]) for text in ("序号", "创建要求", "核验方式", result_head)]
    ]
    for item in sheet.standard.items:
        rows.append(
            [
                _p(str(item.number), styles["centre"]),
                _p(_short(item.text), styles["body"]),
                _p(method_text(item), styles["small"]),
                _result_cell(sheet, item, styles),
            ]
        )
    table = _grid(rows, [12 * mm, 64 * mm, 52 * mm, 28 * mm])
    table.repeatRows = 1
    return table


def _notes_table(styles: dict[str, ParagraphStyle]) -> Table:
    rows = [[_p(f"{key}\n（{words}）", styles["head"]), ""] for key, words in NOTE_HEADINGS]
    return _grid(rows, [24 * mm, 132 * mm], heights=[19 * mm] * len(rows))


def _tally_table(styles: dict[str, ParagraphStyle]) -> Table:
    rows = [[_p(label, styles["head"]) for label in TALLY_LABELS], [""] * len(TALLY_LABELS)]
    return _grid(rows, [156 * mm / len(TALLY_LABELS)] * len(TALLY_LABELS), heights=[None, 11 * mm])


def _signatures(sheet: VisitSheet, styles: dict[str, ParagraphStyle]) -> Table:
    """One line per visitor (named when the panel names them), the community's contact, the date."""
    names = list(sheet.experts) or [""] * BLANK_VISITORS
    line = "＿" * 8
    visitors = [f"{name}　{line}" if name else line * 2 for name in names]
    rows = [[_p(VISITORS_LABEL, styles["label"]), _p("\n\n".join(visitors), styles["body"])]]
    rows.append([_p(CONTACT_LABEL, styles["label"]), _p(f"{line}　　联系电话：{line}", styles["body"])])
    rows.append([_p("日　　期", styles["label"]), _p("＿＿＿＿年＿＿月＿＿日", styles["body"])])
    return _grid(
        rows,
        [36 * mm, 120 * mm],
        [("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)],
    )


def _section(text: str) -> Flowable:
    return official.GridText(text, fonts.HEI, size=12, indent=0, leading=22)


def form_story(sheet: VisitSheet, office: str) -> list[Flowable]:
    """The form's content, top to bottom (the tally and signatures kept together)."""
    styles = _styles()
    year = sheet.visit.year
    return [
        official.GridText(
            FORM_TITLE, fonts.TITLE, size=official.TITLE_SIZE, indent=0, align="center", leading=36
        ),
        official.GridText(
            f"{office}　{year}年绿色社区创建", fonts.KAI, size=12, indent=0, align="center", leading=22
        ),
        Spacer(1, 2 * mm),
        _header(sheet, styles),
        Spacer(1, 3 * mm),
        _section("一、逐项核验"),
        _items_table(sheet, styles),
        Spacer(1, 3 * mm),
        KeepTogether([_section("二、核验情况（听、查、看、问、议）"), _notes_table(styles)]),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                _section("三、居民问卷统计"),
                _tally_table(styles),
                Spacer(1, 3 * mm),
                _section("四、签字"),
                _signatures(sheet, styles),
                Spacer(1, 2 * mm),
                official.GridText(
                    f"本记录记载现场核验所见，供审核参考，不直接改变审核结论。核验编号：{sheet.visit.visit_code}",
                    fonts.SONG,
                    size=8,
                    indent=0,
                    leading=12,
                ),
            ]
        ),
    ]


def write_form(path: Path, sheet: VisitSheet, office: str) -> Path:
    """One community's 现场核验记录 as one PDF (written whole or not at all)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    visit = sheet.visit
    official.write(
        path,
        form_story(sheet, office),
        title=f"{FORM_TITLE} {visit.name}",
        author=office,
        subject=f"{FORM_TITLE} {visit.code} {visit.visit_code}",
        keywords=f"site-visit:{visit.visit_code}",
    )
    return path


def route_story(visits: Sequence[VisitRow], office: str) -> list[Flowable]:
    styles = _styles()
    day = visits[0].day
    rows: list[list[Any]] = [
        [_p(text, styles["head"]) for text in ("序号", "街道", "社区（编码）", "联系人", "地址", "核验编号")]
    ]
    for visit in visits:
        rows.append(
            [
                _p(str(visit.order), styles["centre"]),
                _p(visit.street_name, styles["body"]),
                _p(f"{visit.name}\n{visit.code}", styles["body"]),
                _p(visit.contact, styles["small"]),
                "",  # the registry holds no address: written in by hand when needed
                _p(visit.visit_code, styles["body"]),
            ]
        )
    table = _grid(rows, [12 * mm, 26 * mm, 41 * mm, 27 * mm, 28 * mm, 22 * mm])
    table.repeatRows = 1
    return [
        official.GridText(
            ROUTE_TITLE, fonts.TITLE, size=official.TITLE_SIZE, indent=0, align="center", leading=36
        ),
        official.GridText(
            f"{office}　核验日期：{labels.chinese_date(day)}　共{len(visits)}站",
            fonts.KAI,
            size=12,
            indent=0,
            align="center",
            leading=22,
        ),
        Spacer(1, 3 * mm),
        table,
    ]


def write_route(path: Path, visits: Sequence[VisitRow], office: str) -> Path:
    """The day's route sheet: the visits in order with street, community, contact and visit code."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    day = visits[0].day
    official.write(
        path,
        route_story(visits, office),
        title=f"{ROUTE_TITLE} {labels.chinese_date(day)}",
        author=office,
        subject=f"{ROUTE_TITLE} {day.isoformat()}",
        keywords=f"site-visit-route:{day.isoformat()}",
    )
    return path


def form_file_name(visit: VisitRow) -> str:
    """``03-110105001001-绿园社区居委会-现场核验记录.pdf``: sorted in route order in a folder."""
    return f"{visit.order:02d}-{visit.code}-{visit.name}-{FORM_TITLE}.pdf"


def route_file_name(day: date) -> str:
    return f"00-{day.isoformat()}-{ROUTE_TITLE}.pdf"


def print_visit(workspace: Workspace, visit_code: str, out: Path) -> Path:
    """One visit's form to ``out``."""
    sheet = planning.visit_sheet(workspace, visit_code)
    return write_form(out, sheet, office.read_office(workspace).name)


def print_day(workspace: Workspace, year: int, day: date, folder: Path) -> list[Path]:
    """The day's route sheet and one form per community, in route order, into ``folder``."""
    sheets = planning.day_sheets(workspace, year, day)
    name = office.read_office(workspace).name
    folder = Path(folder)
    written = [write_route(folder / route_file_name(day), [sheet.visit for sheet in sheets], name)]
    written += [write_form(folder / form_file_name(sheet.visit), sheet, name) for sheet in sheets]
    return written

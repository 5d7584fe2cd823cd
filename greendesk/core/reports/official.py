"""The page form of GB/T 9704-2012 《党政机关公文格式》, and of the forms and annexes that go with it.

A 公文 (the rework notice, the quarterly 进展情况 report, the annual 成果和总结 report) is A4 portrait:
天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; text in 3号 (16 pt) 仿宋 on a grid of 22 lines × 28
characters; the 版头 (发文机关标志 in red, 发文字号 with 六角括号, the red line); the title in 2号 小标宋,
centred; 主送机关; the body; 附件说明; 发文机关署名 and 成文日期 with room for the red seal; the annexes
each on a page of their own (tables of figures, landscape); the 版记 (抄送, 印发机关和印发日期) at the
foot of the last page; page numbers "— 1 —" in 4号, odd pages right and even pages left.
A form (报表: the district summary, the review record) has no 版头 and no 文号; it carries 填报单位,
填报人, 联系电话 and 填报日期 under its title.

The words this form prescribes (附件, 抄送, 印发, 填报单位 ...) are written here in Chinese: they are the
standard's, and documents are always Chinese. The audit-chain head goes into the PDF's metadata
(keywords) and one small line at the end, never into the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from greendesk.core.base import fonts
from greendesk.core.reports import labels
from greendesk.core.reports.files import replaced_on_success

TOP, LEFT = 37 * mm, 28 * mm
BLOCK_WIDTH, BLOCK_HEIGHT = 156 * mm, 225 * mm
LINES, CHARACTERS = 22, 28
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
SMALL_SIZE = 14.0  # 4号: page numbers, 版记
TABLE_SIZE = 10.5  # 5号
LINE = BLOCK_HEIGHT / LINES  # one grid line
CELL = BLOCK_WIDTH / CHARACTERS  # one grid character: 28 fill the block
ASCENT = 0.88  # of the em: a line's glyph tops sit on its grid line's top
RED = colors.HexColor("#D40000")
NO_LINE_START = set("，。、；：？！）》」』”’〕】…—%％·,.;:?!)]")
NO_LINE_END = set("《（“‘〔【「『([")
# Chinese text takes no spaces beside Chinese characters (the translations' "于 {date} 前" has them).
SPACES_BESIDE_CHINESE = re.compile(r"(?<=[^\x00-\x7f]) +(?=[0-9]|[^\x00-\x7f])|(?<=[0-9]) +(?=[^\x00-\x7f])")
PAGE_NUMBER_GAP = 7 * mm  # the number's top edge below the 版心
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.:/%-]*|.", re.DOTALL)

# The landscape annex page is the portrait page turned a quarter clockwise (its top is the 订口 side):
# the same block, the margins turned with it (left = the portrait foot, top = the portrait 订口).
ANNEX_PAGE = landscape(A4)
ANNEX_LEFT, ANNEX_BOTTOM = A4[1] - TOP - BLOCK_HEIGHT, A4[0] - LEFT - BLOCK_WIDTH


def _tokens(text: str) -> list[str]:
    """Characters, with runs of Latin letters and digits kept whole (a number never splits over lines)."""
    return WORD.findall(text)


class GridText(Flowable):
    """Text on the 公文's grid: every character one cell (28 fill the block), every line one grid line.

    reportlab's Paragraph has no character spacing, so 16 pt characters would give 27 to a line;
    here each line is drawn with the character spacing that makes the 28-character grid.
    """

    def __init__(
        self,
        text: str,
        role: str = fonts.BODY,
        *,
        size: float = BODY_SIZE,
        indent: int = 2,
        align: str = "left",
        right_indent: int = 0,
        leading: float = LINE,
        colour: Any = colors.black,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        text = SPACES_BESIDE_CHINESE.sub("", text)
        self.text, self.role, self.size, self.indent = text, role, size, indent
        self.align, self.right_indent, self.leading, self.colour = align, right_indent, leading, colour
        self.space = CELL - BODY_SIZE if size == BODY_SIZE else 0.0
        self.cell = size + self.space
        self.lines = lines

    def _advance(self, text: str) -> float:
        return stringWidth(text, fonts.font(self.role), self.size) + self.space * len(text)

    def _break(self, width: float) -> list[str]:
        lines: list[str] = []
        current, used = "", self.indent * self.cell
        limit = width - self.right_indent * self.cell + 0.01
        for token in _tokens(self.text):
            advance = self._advance(token)
            if current and used + advance > limit:
                while token[0] in NO_LINE_START and len(current) > 1:  # a comma never starts a line,
                    token, current = current[-1] + token, current[:-1]  # nor the ）of "个）、" pulled back
                if current[-1:] in NO_LINE_END and len(current) > 1:  # nor 《 ends one
                    token, current = current[-1] + token, current[:-1]
                advance = self._advance(token)
                lines.append(current)
                current, used = "", 0.0
            current += token
            used += advance
        lines.append(current)
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        if self.lines is None:
            self.lines = self._break(availWidth)
            if self.align == "center" and len(self.lines) > 1:  # GB/T 9704: lines 长短适宜, 排列对称
                count, narrow = len(self.lines), self._advance(self.text) / len(self.lines)
                while len(lines := self._break(min(narrow, availWidth))) > count:
                    narrow += self.cell / 2  # the narrowest break into as many lines: about equally long
                self.lines = lines
        self.height = len(self.lines) * self.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fitting = int((availHeight + 0.01) // self.leading)
        if fitting <= 0 or fitting >= len(self.lines or []):
            return [] if fitting <= 0 else [self]
        lines = self.lines or []
        options = dict(size=self.size, align=self.align, right_indent=self.right_indent)
        first = GridText(self.text, self.role, indent=self.indent, lines=lines[:fitting], **options)
        rest = GridText(self.text, self.role, indent=0, lines=lines[fitting:], **options)
        first.leading = rest.leading = self.leading
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.colour)
        for number, line in enumerate(self.lines or []):
            width = self._advance(line) - self.space
            start = (self.indent if number == 0 else 0) * self.cell
            if self.align == "center":
                start = (self.width - width) / 2
            elif self.align == "right":
                start = self.width - self.right_indent * self.cell - width
            text = canvas.beginText(start, self.height - number * self.leading - ASCENT * self.size)
            text.setFont(fonts.font(self.role), self.size)
            text.setCharSpace(self.space)
            text.textOut(line)
            canvas.drawText(text)
        canvas.restoreState()


def paragraph(text: str) -> GridText:
    """A body paragraph: 仿宋, two characters in."""
    return GridText(text)


def heading(text: str, level: int = 1) -> GridText:
    """Level-1 headings in 黑体, level-2 in 楷体, both two characters in."""
    return GridText(text, fonts.HEI if level == 1 else fonts.KAI)


def blank(lines: float = 1) -> Spacer:
    return Spacer(1, lines * LINE)


class Rule(Flowable):
    """A horizontal line across the block (the red line under the 版头, the lines of the 版记)."""

    def __init__(self, thickness: float, colour: Any = colors.black, space: float = 0) -> None:
        super().__init__()
        self.thickness, self.colour, self.space = thickness, colour, space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.space

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space / 2, self.width, self.space / 2)
        self.canv.restoreState()


def table(
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float] | None = None,
    *,
    size: float = TABLE_SIZE,
    highlight: Sequence[bool] = (),
    total: bool = False,
) -> Table:
    """A table of figures: headers in 黑体 (units in the header), numbers right-aligned, text left."""
    body_font, head_font = fonts.font(fonts.BODY), fonts.font(fonts.HEI)
    cell = ParagraphStyle("cell", fontName=body_font, fontSize=size, leading=size * 1.35, wordWrap="CJK")
    number = ParagraphStyle("number", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=head_font, alignment=TA_CENTER)

    def shown(value: Any) -> Paragraph:
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        text = f"{value:g}" if isinstance(value, float) else ("" if value is None else str(value))
        return Paragraph(escape(text), number if numeric else cell)

    body = [[Paragraph(escape(str(h)), head) for h in headers]] if headers else []
    body += [[shown(value) for value in row] for row in rows]
    result = Table(body, colWidths=widths, repeatRows=1 if headers else 0, hAlign="CENTER")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), body_font),  # else tables select an unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for index, flag in enumerate(highlight, start=1 if headers else 0):
        if flag:
            commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#EEEEEE")))
    if total:
        commands.append(("FONTNAME", (0, len(body) - 1), (-1, len(body) - 1), head_font))
    result.setStyle(TableStyle(commands))
    return result


@dataclass(frozen=True)
class FormFiller:
    """Who fills the form in: printed under a form's title (填报单位, 填报人, 联系电话, 填报日期)."""

    office: str
    contact: str
    phone: str
    day: date

    def line(self) -> str:
        return (
            f"填报单位：{self.office}　　填报人：{self.contact}　　"
            f"联系电话：{self.phone}　　填报日期：{labels.chinese_date(self.day)}"
        )


@dataclass
class Annex:
    """One 附件: a title, what it shows, on landscape pages (tables of figures are wide)."""

    title: str
    story: list[Flowable]
    landscape: bool = True


@dataclass
class Official:
    """The elements of one 公文, in the order GB/T 9704-2012 places them."""

    office: str  # 发文机关: the 版头 and the 署名
    number: str  # 发文字号 (or the draft's state line)
    title: str
    addressee: str  # 主送机关
    body: list[Flowable]
    signed_on: date  # 成文日期
    filler: FormFiller | None  # printed under each annex's title (None: the annexes are lists, not forms)
    annexes: list[Annex] = field(default_factory=list)
    copies_to: list[str] = field(default_factory=list)  # 抄送
    note: str = ""  # the small line at the end (the audit-chain head)
    keywords: str = ""
    subject: str = ""
    signer: str = ""  # 签发人: a report sent up (上行文) names it beside its number


def _number_text(canvas: Any, page: int, left: float, bottom: float, block: float) -> None:
    """ "— n —" in 4号 宋体, 7 mm under a block of ``block`` width: odd pages right, even left, one character in."""
    baseline = bottom - PAGE_NUMBER_GAP - ASCENT * SMALL_SIZE
    canvas.setFont(fonts.font(fonts.SONG), SMALL_SIZE)
    if page % 2:
        canvas.drawRightString(left + block - SMALL_SIZE, baseline, f"— {page} —")
    else:
        canvas.drawString(left + SMALL_SIZE, baseline, f"— {page} —")


def _page_number(canvas: Any, document: Any) -> None:
    """The 公文's page number where a portrait page has it; on a landscape annex page turned with the page.

    GB/T 9704 (横排表格): the table's head lies at the portrait page's left edge (订口 on odd pages,
    切口 on even), so the page is read turned a quarter clockwise, and the number stays where a
    portrait page's number is: along the edge that is the portrait foot (the landscape page's left),
    written along it. The pages of a 版记 padded to an even page carry none.
    """
    page = document.page
    if page in getattr(document, "unnumbered", ()):
        return
    width, height = canvas._pagesize
    canvas.saveState()
    if width > height:  # draw in the coordinates of the page turned back to portrait
        canvas.translate(0, height)
        canvas.rotate(-90)
    _number_text(canvas, page, LEFT, A4[1] - TOP - BLOCK_HEIGHT, BLOCK_WIDTH)
    canvas.restoreState()


def _form_page_number(canvas: Any, document: Any) -> None:
    """A form is read landscape on its own: its number stands upright under its block."""
    canvas.saveState()
    _number_text(canvas, document.page, ANNEX_LEFT, ANNEX_BOTTOM, BLOCK_HEIGHT)
    canvas.restoreState()


def _templates(first: str) -> list[PageTemplate]:
    portrait = Frame(
        LEFT, A4[1] - TOP - BLOCK_HEIGHT, BLOCK_WIDTH, BLOCK_HEIGHT + 0.5, 0, 0, 0, 0, id="block"
    )
    turned = Frame(ANNEX_LEFT, ANNEX_BOTTOM, BLOCK_HEIGHT, BLOCK_WIDTH, 0, 0, 0, 0, id="annex")
    form = Frame(ANNEX_LEFT, ANNEX_BOTTOM, BLOCK_HEIGHT, BLOCK_WIDTH, 0, 0, 0, 0, id="form")
    templates = [  # numbered at the page's end, when a 版记 has said whether the page carries one
        PageTemplate("official", [portrait], onPageEnd=_page_number, pagesize=A4),
        PageTemplate("annex", [turned], onPageEnd=_page_number, pagesize=ANNEX_PAGE),
        PageTemplate("form", [form], onPageEnd=_form_page_number, pagesize=ANNEX_PAGE),
    ]
    return sorted(templates, key=lambda template: template.id != first)  # the first page's first


def write(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    first: str = "official",
) -> None:
    """Lay out ``story`` on the 公文 pages and write ``path`` in one piece; every font embedded."""
    fonts.document_fonts()
    with replaced_on_success(Path(path), ".pdf") as temporary:
        document = BaseDocTemplate(
            temporary,
            pagesize=A4,
            pageTemplates=_templates(first),
            title=title,
            author=author,
            subject=subject,
            keywords=keywords,
            creator="GreenDesk",
            initialFontName=fonts.font(fonts.BODY),  # no unembedded Helvetica in the file
        )
        document.build(story)


def letterhead(office: str, number: str, signer: str = "") -> list[Flowable]:
    """The 版头: 发文机关标志 in red 小标宋, the 发文字号 two lines under it (centred; with a 签发人, one
    character in from the left, the 签发人 one character in from the right on the same line), the red line."""
    mark = f"{office}文件"
    size = min(30.0, BLOCK_WIDTH / max(len(mark), 1))
    return [
        GridText(mark, fonts.TITLE, size=size, indent=0, align="center", leading=size * 1.4, colour=RED),
        blank(0.5),
        NumberAndSigner(number, signer) if signer else GridText(number, indent=0, align="center"),
        Rule(1.2, RED, space=0.5 * LINE),
        blank(0.5),
    ]


def title_block(title: str, addressee: str = "") -> list[Flowable]:
    """The title (2号 小标宋, centred, over several lines when long) and 主送机关 under it, flush left."""
    story: list[Flowable] = [
        GridText(title, fonts.TITLE, size=TITLE_SIZE, indent=0, align="center", leading=TITLE_SIZE * 1.4),
        blank(0.5),
    ]
    if addressee:
        story.append(GridText(f"{addressee}：", indent=0))
    return story


def attachment_note(names: Sequence[str]) -> list[Flowable]:
    """附件说明: one line under the body, two characters in; several attachments numbered."""
    if not names:
        return []
    if len(names) == 1:
        return [blank(1), paragraph(f"附件：{names[0]}")]
    lines = [paragraph(f"附件：1．{names[0]}")]
    lines += [GridText(f"{n}．{name}", indent=5) for n, name in enumerate(names[1:], start=2)]
    return [blank(1), *lines]


class NumberAndSigner(Flowable):
    """上行文: the 发文字号 one character in from the left and 签发人：NAME (the name in 楷体) one character
    in from the right, on one line."""

    def __init__(self, number: str, signer: str) -> None:
        super().__init__()
        self.number, self.signer = number, signer

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, LINE
        return self.width, self.height

    def _put(self, left: float, text: str, role: str) -> None:
        drawn = self.canv.beginText(left, self.height - ASCENT * BODY_SIZE)
        drawn.setFont(fonts.font(role), BODY_SIZE)
        drawn.setCharSpace(CELL - BODY_SIZE)
        drawn.textOut(text)
        self.canv.drawText(drawn)

    def draw(self) -> None:
        space = CELL - BODY_SIZE
        label = "签发人："
        label_width = stringWidth(label, fonts.font(fonts.BODY), BODY_SIZE) + space * len(label)
        name_width = stringWidth(self.signer, fonts.font(fonts.KAI), BODY_SIZE) + space * (
            len(self.signer) - 1
        )
        right = self.width - CELL
        self._put(CELL, self.number, fonts.BODY)
        self._put(right - name_width - label_width, label, fonts.BODY)
        self._put(right - name_width, self.signer, fonts.KAI)


class Signature(Flowable):
    """发文机关署名 and 成文日期 with room for the red seal over them (never split over pages).

    The date stands four characters from the right; the organ's name is centred over the date; the
    seal's top may reach one line under the text above, so two empty lines come first.
    """

    def __init__(self, office: str, day: date) -> None:
        super().__init__()
        self.office, self.day = office, labels.chinese_date(day)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, 4 * LINE
        return self.width, self.height

    def draw(self) -> None:
        name, size = fonts.font(fonts.BODY), BODY_SIZE
        space = CELL - BODY_SIZE
        date_width = stringWidth(self.day, name, size) + space * (len(self.day) - 1)
        date_right = self.width - 4 * CELL
        centre = date_right - date_width / 2
        office_width = stringWidth(self.office, name, size) + space * (len(self.office) - 1)
        office_left = max(0.0, min(centre - office_width / 2, self.width - office_width))
        for line, (left, text) in enumerate(
            ((office_left, self.office), (date_right - date_width, self.day))
        ):
            drawn = self.canv.beginText(left, self.height - (2 + line) * LINE - ASCENT * size)
            drawn.setFont(name, size)
            drawn.setCharSpace(space)
            drawn.textOut(text)
            self.canv.drawText(drawn)


class Imprint(Flowable):
    """The 版记 at the foot of the last page: 抄送 and 印发机关和印发日期 in 4号 between lines, the note above.

    GB/T 9704: the 版记 stands on the document's last face, an even page; where it would fall on an
    odd page it moves on, and an odd page it would have stood on alone is left blank (the blank page
    and the 版记 page then carry no number).
    """

    def __init__(self, printer: str, day: date, copies_to: Sequence[str], note: str) -> None:
        super().__init__()
        self.printer, self.day, self.copies_to, self.note = printer, labels.chinese_date(day), copies_to, note
        self.rows = (1 if copies_to else 0) + 1
        self.needed = self.rows * LINE + (LINE if note else 0)
        self.padded = False  # a blank page stands before it

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        even = self.canv.getPageNumber() % 2 == 0
        # At the foot of an even page only (版记应置于公文最后一面): elsewhere it does not fit.
        self.height = availHeight if even and availHeight >= self.needed else availHeight + self.needed
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """On to the next page; an odd page left empty before it is the blank page GB/T 9704 allows,
        and then the blank page and the 版记 page carry no page number."""
        empty = availHeight >= BLOCK_HEIGHT
        if empty and self.canv.getPageNumber() % 2:
            self.padded = True
            return [_Unnumbered(), PageBreak(), self]
        return [Spacer(0, 0), PageBreak(), self]

    def _text(self, x: float, y: float, text: str, size: float, right: bool = False) -> None:
        self.canv.setFont(fonts.font(fonts.BODY), size)
        (self.canv.drawRightString if right else self.canv.drawString)(x, y, text)

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        if self.padded:
            _unnumber(canvas)
        canvas.saveState()
        top = self.rows * LINE
        if self.note:
            canvas.setFont(fonts.font(fonts.SONG), 7.5)
            canvas.drawString(0, top + 0.35 * LINE, self.note)
        canvas.setLineWidth(0.35 * mm)
        canvas.line(0, top, width, top)
        y = top
        if self.copies_to:
            y -= LINE
            self._text(SMALL_SIZE, y + 0.3 * LINE, f"抄送：{'，'.join(self.copies_to)}。", SMALL_SIZE)
            canvas.setLineWidth(0.25 * mm)
            canvas.line(0, y, width, y)
        y -= LINE
        self._text(SMALL_SIZE, y + 0.3 * LINE, self.printer, SMALL_SIZE)
        self._text(width - SMALL_SIZE, y + 0.3 * LINE, f"{self.day}印发", SMALL_SIZE, right=True)
        canvas.setLineWidth(0.35 * mm)
        canvas.line(0, 0.5, width, 0.5)
        canvas.restoreState()


class _Unnumbered(Flowable):
    """Marks the page it stands on as one that carries no page number (drawn at the page's end)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _unnumber(self.canv)


def _unnumber(canvas: Any) -> None:
    document = canvas._doctemplate  # the document being built (reportlab sets it for the build)
    document.unnumbered = {*getattr(document, "unnumbered", ()), canvas.getPageNumber()}


def annex_pages(annexes: Sequence[Annex], filler: FormFiller | None, numbered: bool = True) -> list[Flowable]:
    """Each annex on new pages: 附件N in 黑体 top left, its title centred, the form's filler line."""
    story: list[Flowable] = []
    for number, annex in enumerate(annexes, start=1):
        story += [NextPageTemplate("annex" if annex.landscape else "official"), PageBreak()]
        if numbered:
            story.append(GridText(f"附件{number}" if len(annexes) > 1 else "附件", fonts.HEI, indent=0))
        story.append(GridText(annex.title, fonts.TITLE, size=18, indent=0, align="center", leading=30))
        if filler is not None:
            story.append(GridText(filler.line(), size=12, indent=0, leading=20))
        story += [Spacer(1, 2 * mm), *annex.story]
    return story


def write_official(path: Path, document: Official) -> None:
    """Write one 公文: 版头, title, 主送, body, 附件说明, signature and date, annexes, 版记."""
    # The signature never stands on a page without text: it keeps the last line before it (the last
    # line of the 附件说明, else the last paragraph) with it, and nothing more, so no gap opens above.
    *before, last = [*document.body, *attachment_note([annex.title for annex in document.annexes])]
    story: list[Flowable] = [
        *letterhead(document.office, document.number, document.signer),
        *title_block(document.title, document.addressee),
        *before,
        KeepTogether([last, Signature(document.office, document.signed_on)]),
        *annex_pages(document.annexes, document.filler),
    ]
    if document.annexes:  # the 版记 closes the document on a page of its own after the annexes
        story += [NextPageTemplate("official"), PageBreak()]
    story.append(Imprint(document.office, document.signed_on, document.copies_to, document.note))
    write(
        path,
        story,
        title=document.title,
        author=document.office,
        subject=f"{document.number} {document.title}",
        keywords=document.keywords,
    )


def write_form(
    path: Path, title: str, filler: FormFiller, story: list[Flowable], *, note: str = "", keywords: str = ""
) -> None:
    """Write a form (报表) on landscape pages: title, filler line, content, the small note at the end."""
    annex = Annex(title, story)
    content = annex_pages([annex], filler, numbered=False)[2:]  # starts on the first page
    if note:  # never alone on a page of its own: it goes with the line above it
        last = content.pop()
        note_line = GridText(note, fonts.SONG, size=7.5, indent=0, leading=10)
        content.append(KeepTogether([last, Spacer(1, 4 * mm), note_line]))
    write(
        path,
        content,
        first="form",
        title=title,
        author=filler.office,
        subject=title,
        keywords=keywords,
    )

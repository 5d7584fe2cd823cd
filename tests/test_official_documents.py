"""Documents in the form of GB/T 9704-2012, always in Simplified Chinese, measured in the PDFs they make.

Page size and metadata come from pypdf; word boxes from poppler's ``pdftotext -bbox``; fonts from
``pdffonts``. The interface language is English throughout: documents must not follow it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from defusedxml import ElementTree
from reportlab.pdfbase import pdfmetrics

from greendesk.core import accounts
from greendesk.core.base import clock, fonts, i18n
from greendesk.core.base.errors import ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.progress import figures
from greendesk.core.reports import documents, labels, office, official, snapshots, summary
from greendesk.core.reports.rework_notice import build_rework_notice
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.core.workspace import Workspace
from tests.progress_world import build_world

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)

MM = 72 / 25.4
RETURNED = "110105002001"  # B1 of the progress world: returned with item 12 failed
HEX_HEAD = re.compile(r"[0-9a-f]{64}")
FINGERPRINT = re.compile(r"(?:[0-9A-Fa-f]{2,4}[: ]\s*)+[0-9A-Fa-f]{2,4}")  # a key fingerprint, grouped


@pytest.fixture(autouse=True)
def _english_interface_and_a_fixed_day():
    i18n.set_language("en")
    clock.freeze(datetime(2022, 10, 8, 9, 30))
    yield
    clock.freeze(None)


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    return build_world(workspace, tmp_path)


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _words(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page: (word, left, top, right, bottom) in mm from the page's top-left corner."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(html.replace("<!DOCTYPE", "<!--").replace('dtd">', 'dtd"-->', 1))
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        boxes = [
            (w.text or "", *(float(w.get(k)) / MM for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in page.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        pages.append(boxes)
    return pages


def _fonts(pdf: Path) -> list[list[str]]:
    output = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in output.splitlines()[2:] if line.strip()]


def _no_english(text: str) -> list[str]:
    """Latin words left in a document's text (the audit head, codes and figures are not words)."""
    codes = FINGERPRINT.sub("", HEX_HEAD.sub("", text)).replace("SHA-256", "")
    return re.findall(r"[A-Za-z]{2,}", codes)


def _page_numbers(pages) -> list[tuple[int, float, float]]:
    """(number, left, top) of each page's "— n —"."""
    found = []
    for words in pages:
        for index, (word, left, top, _right, _bottom) in enumerate(words[:-2]):
            if word == "—" and words[index + 2][0] == "—" and words[index + 1][0].isdigit():
                found.append((int(words[index + 1][0]), left, top))
    return found


def _assert_official_page(words, number: int) -> None:
    """Text inside the 版心 (28 mm from the left, 37 mm from the top, 156 x 225 mm); the page number under it."""
    numbers = [w for w in words if w[0] in ("—", str(number))]
    text = [w for w in words if w not in numbers]
    assert min(w[1] for w in text) == pytest.approx(28, abs=1)
    assert max(w[3] for w in text) <= 28 + 156 + 1
    assert min(w[2] for w in text) == pytest.approx(37, abs=3.5)  # glyph tops sit on the grid's top
    assert max(w[4] for w in text) <= 37 + 225 + 1


def test_rework_notice_in_the_gbt_form_whatever_the_interface_language(
    world: Workspace, tmp_path: Path
) -> None:
    notice = tmp_path / "notice.pdf"
    build_rework_notice(world, RETURNED, notice, year=2022, deadline=datetime(2022, 10, 31).date())
    reader = pypdf.PdfReader(notice)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (595.28, 841.89), abs=1
        )
    text = _text(notice)
    flat = text.replace("\n", "")
    assert _no_english(text) == []
    for expected in (
        "北京市朝阳区住房和城乡建设委员会文件",  # 版头
        "朝住建发〔2022〕1号",  # 发文字号 with 六角括号
        "绿色社区创建整改通知",
        "朝外街道：",  # 主送机关
        "2022年10月31日",  # the deadline, a Chinese date
        "2022年10月8日",  # 成文日期
        "抄送：",
        "2022年10月8日印发",  # 版记
        "审计日志链头：",
    ):
        assert expected in flat, expected
    head = reader.metadata["/Keywords"].removeprefix("audit-head:")
    assert HEX_HEAD.fullmatch(head) and head in flat
    assert "朝住建发〔2022〕1号" in reader.metadata["/Subject"]
    pages = _words(notice)
    _assert_official_page(pages[0], 1)
    numbers = _page_numbers(pages)
    assert [n for n, _left, _top in numbers] == list(range(1, len(pages) + 1))
    for number, left, top in numbers:
        assert top == pytest.approx(37 + 225 + 7, abs=1.5)  # 7 mm under the block
        assert (left > 105) == (number % 2 == 1)  # odd pages right, even pages left
    assert all(row[-5] == "yes" for row in _fonts(notice))  # every font embedded


def test_body_text_is_16_pt_fangsong_on_a_22_by_28_grid(world: Workspace, tmp_path: Path) -> None:
    notice = tmp_path / "notice.pdf"
    build_rework_notice(world, RETURNED, notice, year=2022)
    sizes: dict[str, set[float]] = {}

    def visit(text, cm, tm, font, size) -> None:
        if text.strip() and font is not None:
            sizes.setdefault(str(font["/BaseFont"]), set()).add(round(size * tm[0], 2))

    pypdf.PdfReader(notice).pages[0].extract_text(visitor_text=visit)
    body = pdfmetrics.getFont(fonts.font(fonts.BODY)).face.name.decode()
    title = pdfmetrics.getFont(fonts.font(fonts.TITLE)).face.name.decode()
    assert 16.0 in next(found for name, found in sizes.items() if body in name)  # 3号 仿宋
    assert 22.0 in next(found for name, found in sizes.items() if title in name)  # 2号 title
    grid = official.GridText("中" * 60)
    grid.wrap(official.BLOCK_WIDTH, official.BLOCK_HEIGHT)
    assert [len(line) for line in grid.lines] == [26, 28, 6]  # two characters in, then 28 a line
    page = official.GridText("中" * 28 * 30, indent=0)
    first, rest = page.split(official.BLOCK_WIDTH, official.BLOCK_HEIGHT + 0.5)
    assert len(first.lines) == 22 and len(rest.lines) == 8
    comma = official.GridText("中" * 25 + "，中", indent=0)
    comma.wrap(official.BLOCK_WIDTH - official.CELL * 2.5, 1000)
    assert not comma.lines[1].startswith("，")  # a comma never starts a line


def test_document_numbers_are_issued_once_and_counted_per_year(world: Workspace, tmp_path: Path) -> None:
    first = office.issue_number(world, "notice:A:2022:1")
    again = office.issue_number(world, "notice:A:2022:1")
    second = office.issue_number(world, "notice:B:2022:1")
    assert (first.text, again.text, second.text) == (
        "朝住建发〔2022〕1号",
        "朝住建发〔2022〕1号",
        "朝住建发〔2022〕2号",
    )
    later = office.issue_number(world, "notice:C:2023:1", datetime(2023, 1, 5).date())
    assert later.text == "朝住建发〔2023〕1号"
    office.save_office(
        world, office.OfficeDetails("北京市朝阳区住房和城乡建设委员会", "王芳", "010-12345678", "朝建发")
    )
    assert office.issue_number(world, "notice:A:2022:1").text == "朝住建发〔2022〕1号"  # printed as issued
    assert office.issue_number(world, "notice:D:2022:1").text == "朝建发〔2022〕3号"  # never reused


def test_office_details_are_derived_then_set_by_an_administrator_only(world: Workspace) -> None:
    derived = office.read_office(world)
    assert (derived.name, derived.prefix) == ("北京市朝阳区住房和城乡建设委员会", "朝住建发")
    saved = office.save_office(world, office.OfficeDetails(" 朝阳区住建委 ", "王芳", "010-8888 1234", ""))
    assert (saved.name, saved.contact, saved.phone, saved.prefix) == (
        "朝阳区住建委",
        "王芳",
        "010-8888 1234",
        "朝住建发",
    )
    with pytest.raises(ValidationError):
        office.save_office(world, office.OfficeDetails("x", "", "call me", ""))
    with pytest.raises(ValidationError):
        office.save_office(world, office.OfficeDetails("x", "", "", "朝住建发〔2022〕"))
    accounts.create_user(world, "li", (REVIEWER,), "reviewer-pass-1", own_password="tester-pass-1")
    accounts.sign_in(world, "li", "reviewer-pass-1")
    with pytest.raises(PermissionDenied):
        office.save_office(world, office.OfficeDetails("别的机关", "", "", ""))
    assert office.read_office(world).name == "朝阳区住建委"


def test_quarterly_and_annual_reports_are_chinese_official_documents(
    world: Workspace, tmp_path: Path
) -> None:
    office.save_office(world, office.OfficeDetails("", "王芳", "010-12345678", ""))
    quarterly, annual = tmp_path / "q.pdf", tmp_path / "a.pdf"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", quarterly)
    documents.export_report(
        world, snapshots.ANNUAL, "2022", annual, narrative="全年创建工作稳步推进。", submit=True
    )
    q_text, a_text = _text(quarterly), _text(annual)
    assert _no_english(q_text) == [] and _no_english(a_text) == []
    assert "朝阳区绿色社区创建季度进展情况（2022年第三季度）" in q_text.replace("\n", "")
    assert "草稿（未报送）" in q_text and "〔2022〕" not in q_text  # a draft has no number yet
    flat = a_text.replace("\n", "")
    for expected in (
        "朝住建发〔2022〕1号",
        "朝阳区2022年度绿色社区创建成果和总结",
        "北京市住房和城乡建设委员会：",
        "统计截至2022年10月8日",
        "附件：1．各街道进展",
        "全年创建工作稳步推进。",
        "填报单位：北京市朝阳区住房和城乡建设委员会",
        "填报人：王芳",
        "联系电话：010-12345678",
        "填报日期：2022年10月8日",
        "附件4",
    ):
        assert expected in flat, expected
    documents.write_annual_pdf(world, 2022, tmp_path / "again.pdf")
    assert "朝住建发〔2022〕1号" in _text(tmp_path / "again.pdf")  # printed again: the same number
    reader = pypdf.PdfReader(annual)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes[0] == (595, 842) and (842, 595) in sizes  # the 公文 portrait, annexes landscape
    pages = _words(annual)
    _assert_official_page(pages[0], 1)
    # a blank page before the 版记 page: neither carries a number (GB/T 9704)
    numbered = len(pages) - (2 if not _text(annual).split("\f")[-3].strip() else 0)
    assert [n for n, _l, _t in _page_numbers(pages)] == list(range(1, numbered + 1))
    for pdf in (quarterly, annual):
        assert all(row[-5] == "yes" for row in _fonts(pdf))
        assert "GreenDesk 0" not in _text(pdf)


def test_the_package_summary_and_records_are_chinese_forms(package, tmp_path: Path) -> None:
    with zipfile.ZipFile(package.path) as archive:
        names = [n for n in archive.namelist() if n.endswith(".pdf")]
        for index, name in enumerate(names):
            (tmp_path / f"{index}.pdf").write_bytes(archive.read(name))
    summary_index = next(i for i, n in enumerate(names) if n.endswith("区级汇总.pdf"))
    text = _text(tmp_path / f"{summary_index}.pdf")
    assert _no_english(text) == [], _no_english(text)
    assert "填报单位：北京市朝阳区住房和城乡建设委员会" in text.replace("\n", "")
    for index in range(len(names)):
        pdf = tmp_path / f"{index}.pdf"
        assert all(row[-5] == "yes" for row in _fonts(pdf)), names[index]
        assert "GreenDesk" not in _text(pdf)
        assert "— 1 —" in _text(pdf)


def test_district_summary_in_an_english_interface(world: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    details = office.read_office(world)
    filler = official.FormFiller(details.name, details.contact, details.phone, date(2022, 11, 8))
    data = figures.compute(world, 2022, datetime(2022, 11, 8, 12, 0)).to_dict()
    summary.write_district_summary_pdf(data, path, filler, ["签名公钥指纹（SHA-256）：AB:CD"])
    text = _text(path)
    assert _no_english(text) == [] and "朝阳区2022年绿色社区创建目标完成情况" in text


def test_fonts_per_role_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = fonts.font_report()
    assert [role for role, _path, _why in rows] == ["仿宋", "小标宋", "黑体", "楷体", "宋体"]
    assert all(Path(path).is_file() and why for _role, path, why in rows)
    system = tmp_path / "Windows" / "Fonts"
    system.mkdir(parents=True)
    shutil.copy(fonts.document_fonts()[fonts.SONG].path, system / "simfang.ttf")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    fonts.document_fonts.cache_clear()
    try:
        chosen = fonts.document_fonts()
        assert chosen[fonts.BODY].path == system / "simfang.ttf"
        assert fonts.describe(chosen[fonts.BODY]) == "the system font simfang.ttf"
        assert "is not installed" in fonts.describe(chosen[fonts.TITLE])  # no 方正小标宋简体 here
    finally:
        monkeypatch.delenv("WINDIR")
        fonts.document_fonts.cache_clear()
        fonts.document_fonts()


def test_settings_dialog_shows_office_and_fonts(qtbot, tmp_path: Path) -> None:
    from greendesk.ui.settings_dialog import SettingsDialog

    details = office.OfficeDetails("北京市朝阳区住房和城乡建设委员会", "王芳", "010-12345678", "朝住建发")
    dialog = SettingsDialog("en", 15, office=details, office_editable=False, fonts=fonts.font_report())
    qtbot.addWidget(dialog)
    assert dialog.office_name.isReadOnly() and dialog.fonts_view.topLevelItemCount() == 5
    assert not dialog.office_changed()
    editable = SettingsDialog("en", 15, office=details, office_editable=True, fonts=fonts.font_report())
    qtbot.addWidget(editable)
    editable.office_phone.setText("010-87654321")
    assert editable.office_changed() and editable.office().phone == "010-87654321"
    editable.grab().save(str(tmp_path / "settings.png"))


def test_a_document_writes_the_next_deadline_as_a_chinese_date() -> None:
    deadline = {"kind": "quarterly", "period": "2022Q4", "due": "2023-01-10"}
    assert labels.deadline_text(deadline).endswith("2023年1月10日")  # documents
    assert labels.deadline_text(deadline, "en").endswith("2023-01-10")  # the English command line


def test_a_section_heading_never_ends_a_page_alone(world: Workspace, tmp_path: Path) -> None:
    """二、工作总结 goes to the next page with its first paragraph rather than stand at a page's foot."""
    annual = tmp_path / "annual.pdf"
    for lines in range(1, 12):  # narratives of several lengths move the heading across the page's foot
        narrative = "\n".join(f"第{n}段：本年度绿色社区创建工作稳步推进。" for n in range(1, lines + 1))
        snapshot = snapshots.take_snapshot(world, snapshots.ANNUAL, "2022", narrative=narrative)
        documents.write_annual_pdf(world, 2022, annual, snapshot_id=snapshot.id)
        for page in _text(annual).split("\f"):
            rows = [
                row.strip() for row in page.splitlines() if row.strip() and not row.strip().startswith("—")
            ]
            if any("工作总结" in row and row.startswith("二、") for row in rows):
                assert not (rows[-1].startswith("二、") and "工作总结" in rows[-1]), (lines, rows[-3:])


def test_a_submitted_report_names_its_signer_beside_its_number(world: Workspace, tmp_path: Path) -> None:
    """上行文: the 发文字号 at the left and 签发人 at the right of one line; the rework notice has none."""
    office.save_office(world, office.OfficeDetails("", "王芳", "010-12345678", "", "李明"))
    assert office.read_office(world).signer == "李明"
    annual = tmp_path / "a.pdf"
    documents.export_report(world, snapshots.ANNUAL, "2022", annual, narrative="全年工作。", submit=True)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(annual), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (line,) = [row for row in layout.splitlines() if "号" in row and "〔" in row]
    number_at, signer_at = line.index("朝住建发〔2022〕"), line.index("签发人：李明")
    assert number_at < signer_at and line[:number_at].strip() == ""  # number left, signer right, one line
    draft = tmp_path / "q.pdf"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", draft)  # a draft has no number, no signer
    assert "签发人" not in _text(draft)


def test_the_rework_notice_prints_the_recorded_rework_deadline(world: Workspace, tmp_path: Path) -> None:
    from greendesk.core.review import rework_deadlines

    rework_deadlines.set_deadline(world, RETURNED, datetime(2022, 11, 15).date(), year=2022)
    notice = tmp_path / "notice.pdf"
    build_rework_notice(world, RETURNED, notice, year=2022)  # no deadline given: the queue's one
    flat = _text(notice).replace("\n", "")
    assert "2022年11月15日" in flat and "2022年11月7日" not in flat  # not today + 30 days

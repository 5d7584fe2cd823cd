"""Issue 16, second round: periods written the Chinese way, pilots started beside passed, figures as
they stood at the as-of moment, and the GB/T 9704 closing block, annex page numbers and last page."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pypdf
import pytest

from greendesk.cli import main
from greendesk.core.base import clock, i18n
from greendesk.core.progress import figures, targets
from greendesk.core.registry import roster
from greendesk.core.reports import documents, labels, office, official, snapshots, summary
from greendesk.core.workspace import Workspace
from tests.progress_world import build_world
from tests.test_official_documents import _text, _words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

RAW_PERIOD = re.compile(r"\d{4}Q\d")


@pytest.fixture(autouse=True)
def _english_interface_and_a_fixed_day():
    i18n.set_language("en")
    clock.freeze(datetime(2022, 10, 8, 9, 30))
    yield
    clock.freeze(None)


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    return build_world(workspace, tmp_path)


def test_a_period_is_written_the_chinese_way() -> None:
    assert labels.period_text("2022Q4") == "2022年第四季度"
    assert labels.period_text("2022") == "2022年度"
    assert labels.period_text("2022Q4", "en") == "2022 Q4"
    deadline = {"kind": "quarterly", "period": "2022Q4", "due": "2023-01-10"}
    assert "2022年第四季度" in labels.deadline_text(deadline) and "Q4" not in labels.deadline_text(deadline)
    annual = labels.deadline_report("summary", "2022")
    assert "2022年度" in annual and "2022 " not in annual


def test_no_document_writes_a_period_as_2022q3(world: Workspace, tmp_path: Path) -> None:
    quarterly, workbook = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", quarterly)
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", workbook)
    text = _text(quarterly).replace("\n", "")
    assert "2022年第三季度" in text and not RAW_PERIOD.search(text)  # the title and the next deadline
    cells = [
        str(cell)
        for sheet in openpyxl.load_workbook(workbook).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert not [cell for cell in cells if RAW_PERIOD.search(cell)]
    assert any("2022年第三季度" in cell for cell in cells)


def _street_header(sheet) -> list[str]:
    for row in sheet.iter_rows(values_only=True):
        if row and row[0] == labels.t("Street code"):
            return [str(cell) for cell in row if cell is not None]
    raise AssertionError("no street header")


def test_pilots_started_stand_next_to_the_passed_columns(world: Workspace, tmp_path: Path) -> None:
    """启动试点 (the year's recommendations, figures.py's rule) then 本年 and 累计 passed, in every document."""
    workbook, annual = tmp_path / "q.xlsx", tmp_path / "a.pdf"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", workbook)
    header = _street_header(openpyxl.load_workbook(workbook)[labels.t(labels.SHEET_STREETS)])
    started = header.index("启动试点")
    assert header[started + 1 : started + 3] == ["本年通过", "累计通过"] and "推荐" not in header
    documents.write_annual_pdf(world, 2022, annual)
    summary_pdf = tmp_path / "s.pdf"
    details = office.read_office(world)
    filler = official.FormFiller(details.name, details.contact, details.phone, clock.today())
    data = figures.compute(world, 2022, figures.end_of_day(clock.today())).to_dict()
    summary.write_district_summary_pdf(data, summary_pdf, filler)
    for pdf in (annual, summary_pdf):  # the header cells wrap: 启动试/点, 本年通/过, 累计通/过
        heads = [
            {
                word[:3]: left
                for word, left, *_rest in page
                if word[:3] in ("启动试", "本年通", "累计通", "未开始")
            }
            for page in _words(pdf)
        ]
        (head,) = [h for h in heads if "本年通" in h]
        assert head["启动试"] < head["本年通"] < head["累计通"] < head["未开始"], pdf.name


def test_a_snapshot_regenerates_identically_after_a_target_and_scope_change(world: Workspace) -> None:
    """Targets and the in-scope flag count as they stood at the as-of moment (from the audit log)."""
    clock.freeze(datetime(2022, 9, 1, 9, 0))
    targets.set_target(
        world, 2022, target_share=40, pilots_per_street_min=2, pilots_per_street_max=9
    )  # stood on 30 September
    clock.freeze(datetime(2022, 10, 8, 9, 30))
    frozen = snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q3")
    clock.freeze(datetime(2022, 10, 9, 10, 0))
    targets.set_target(world, 2022, target_share=60, pilots_per_street_min=4)
    targets.set_target(world, 2021, target_share=15)  # a year first set after the moment
    roster.update_community(world, "110105001001", in_scope=False)
    now = figures.compute(world, 2022, clock.now())
    assert (now.target_share, now.pilots_min) == (60, 4)
    assert now.in_scope_total == frozen.data["in_scope_total"] - 1  # the changes count from now on
    again = snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q3")
    assert again.data["as_of"] == frozen.data["as_of"]
    assert (again.data["target_share"], again.data["pilots_min"]) == (40, 2)
    assert {k: v for k, v in again.data.items() if k != "audit_head"} == {
        k: v for k, v in frozen.data.items() if k != "audit_head"
    }


def test_the_signature_keeps_a_line_of_text_and_leaves_no_gap_before_it(
    world: Workspace, tmp_path: Path
) -> None:
    """Only the last line before 发文机关署名 moves with it: the page before ends near the block's foot."""
    annual = tmp_path / "annual.pdf"
    for lines in range(1, 12):  # narratives of several lengths move the closing across the page's foot
        narrative = "\n".join(f"第{n}段：本年度绿色社区创建工作稳步推进。" for n in range(1, lines + 1))
        snapshot = snapshots.take_snapshot(world, snapshots.ANNUAL, "2022", narrative=narrative)
        documents.write_annual_pdf(world, 2022, annual, snapshot_id=snapshot.id)
        pages = _words(annual)
        office_name = office.read_office(world).name
        (at,) = [i for i, page in enumerate(pages) if any(w[0] == office_name for w in page)][:1]
        signature_top = min(w[2] for w in pages[at] if w[0] == office_name)
        above = [w for w in pages[at] if w[4] < signature_top - 1 and w[0] not in ("—",)]
        assert above, (lines, "signature alone on its page")
        if at > 0:  # the closing went over: the page before is full to within two lines of the foot
            body = [w for w in pages[at - 1] if w[0] != "—" and not w[0].isdigit()]
            assert max(w[4] for w in body) > 37 + 225 - 2 * 10.3, (lines, max(w[4] for w in body))


def _numbers_drawn(pdf: Path) -> list[tuple[int, int, tuple[float, ...]]]:
    """Per page number drawn: (page index, n, the text's matrix in page space a b c d e f)."""
    found = []
    for index, page in enumerate(pypdf.PdfReader(pdf).pages):

        def visit(text, cm, tm, font, size, index=index) -> None:
            match = re.fullmatch(r"— (\d+) —", text.strip())
            if match:
                assert size == official.SMALL_SIZE  # 4号
                a, b, c, d, e, f = tm
                ca, cb, cc, cd, ce, cf = cm
                matrix = (
                    a * ca + b * cc,
                    a * cb + b * cd,
                    c * ca + d * cc,
                    c * cb + d * cd,
                    e * ca + f * cc + ce,
                    e * cb + f * cd + cf,
                )
                found.append((index, int(match.group(1)), matrix))

        page.extract_text(visitor_text=visit)
    return found


def test_a_landscape_annex_page_number_is_turned_with_the_page(world: Workspace, tmp_path: Path) -> None:
    """横排表格: the number stands where a portrait page has it once the page is turned back (the
    landscape page's left edge is the portrait foot), written along that edge, odd right / even left."""
    annual = tmp_path / "a.pdf"
    documents.export_report(world, snapshots.ANNUAL, "2022", annual, narrative="全年工作。")

    sizes = [float(p.mediabox.width) > float(p.mediabox.height) for p in pypdf.PdfReader(annual).pages]
    drawn = _numbers_drawn(annual)
    turned = [(i, n, m) for i, n, m in drawn if sizes[i]]
    upright = [(i, n, m) for i, n, m in drawn if not sizes[i]]
    assert turned and upright
    mm = 72 / 25.4
    baseline = (297 - 37 - 225 - 7) * mm - official.ASCENT * official.SMALL_SIZE  # 7 mm under the block
    for _index, number, (a, b, c, d, e, f) in upright:
        assert (a, b, c, d) == pytest.approx((1, 0, 0, 1)) and f == pytest.approx(baseline, abs=0.5)
        assert (e > 105 * mm) == (number % 2 == 1)
    for _index, number, (a, b, c, d, e, f) in turned:
        assert (a, b, c, d) == pytest.approx((0, -1, 1, 0))  # reads down the page's left edge
        assert e == pytest.approx(baseline, abs=0.5)  # the portrait foot's distance from the edge
        # turned back to portrait, odd numbers stand right (the landscape bottom), even left (its top)
        portrait_x = 210 * mm - f
        if number % 2:
            width = 14 * 4  # "— n —" ends one character in from the block's right edge
            assert portrait_x < (28 + 156) * mm - 14 and portrait_x > (28 + 156) * mm - 14 - 2 * width
        else:
            assert portrait_x == pytest.approx(28 * mm + 14, abs=0.5)
    assert [n for _i, n, _m in drawn] == list(range(1, len(drawn) + 1))


def _pages(pdf: Path) -> list[str]:
    return _text(pdf).split("\f")[:-1]


@pytest.mark.parametrize("with_annex", [False, True])
def test_the_imprint_stands_on_an_even_last_page(tmp_path: Path, with_annex: bool) -> None:
    """版记应置于公文最后一面: an even page; an odd page left blank before it and the 版记 page carry
    no number (公文的版记页前有空白页的，空白页和版记页均不编排页码)."""
    filler = official.FormFiller("某机关", "甲", "010-1", datetime(2022, 11, 8).date())
    padded = plain = 0
    for paragraphs in range(1, 40, 3):
        document = official.Official(
            "某机关",
            "某发〔2022〕1号",
            "标题",
            "主送",
            [official.paragraph("正文内容。" * 10) for _ in range(paragraphs)],
            datetime(2022, 11, 8).date(),
            filler,
            annexes=[official.Annex("附表", [official.table(["项目"], [[1]])])] if with_annex else [],
            copies_to=["乙"],
        )
        path = tmp_path / f"{paragraphs}.pdf"
        official.write_official(path, document)
        pages = _pages(path)
        assert len(pages) % 2 == 0, paragraphs
        assert "2022年11月8日印发" in pages[-1] and all("印发" not in p for p in pages[:-1])
        numbered = [bool(re.search(r"— \d+ —", page)) for page in pages]
        if not pages[-2].strip():  # a blank page before the 版记 page: neither is numbered
            padded += 1
            assert numbered == [True] * (len(pages) - 2) + [False, False]
        else:
            plain += 1
            assert numbered == [True] * len(pages)
    assert padded and plain  # both cases were met


def test_the_report_message_writes_the_period_as_people_read_it(
    world: Workspace, data_dir: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "q.xlsx"
    code = main(
        ["--data-dir", str(data_dir), "report", "quarterly", "--quarter", "2022Q4", "--out", str(out)]
    )
    printed = capsys.readouterr().out
    assert code == 0 and "2022 Q4" in printed and not RAW_PERIOD.search(printed)

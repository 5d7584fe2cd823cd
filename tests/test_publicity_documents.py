"""The public notice and the naming decision as 公文 (GB/T 9704-2012), the plaque list, and the files an
objection comes with: measured in the PDFs, workbooks and store they make, through the CLI."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PIL import Image
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core.base import clock, i18n
from greendesk.core.publicity import naming_files, notice_files, notices, objection_files
from greendesk.core.publicity.period import CALENDAR_DAYS, NoticePeriod
from greendesk.core.reports import official
from greendesk.core.storage import photos
from greendesk.core.storage.models import AuditEntry
from greendesk.core.workspace import Workspace
from tests.package_fixtures import YEAR
from tests.test_official_documents import _assert_official_page, _fonts, _no_english, _text, _words
from tests.test_official_documents import pytestmark as poppler_needed

pytestmark = poppler_needed
CHANNEL = (
    "公示期间，对名单有异议的，请以书面形式向区住房城乡建设委反映。"
    "地址：朝阳区朝外大街1号；电话：010-65090000；邮箱：lvse@chaoyang.example.cn。"
)
EMAIL = "lvse@chaoyang.example.cn"
COMMUNITIES = ("永安里社区", "建华社区")  # the signed-off ones of the fixture in batch 1
A4 = (595.28, 841.89)


@pytest.fixture(autouse=True)
def _english_interface():
    i18n.set_language("en")
    yield


def _run(workspace: Workspace, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(workspace.data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _page_sizes(pdf: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(pdf).pages]


def _create(workspace: Workspace, capsys) -> dict:
    code, out, err = _run(
        workspace,
        capsys,
        *("publicity", "create", "--year", str(YEAR), "--start", "2022-09-28", "--working-days", "7"),
        *("--channel", CHANNEL, "--json"),
    )
    assert code == 0, err
    return json.loads(out)


def _close_and_name(workspace: Workspace, capsys, notice: dict, demonstration: str) -> None:
    previous = clock.frozen()
    clock.freeze(datetime(2022, 10, 12, 9, 0))
    try:
        assert _run(workspace, capsys, "publicity", "close", str(notice["id"]))[0] == 0
    finally:
        clock.freeze(previous)
    code, _out, err = _run(
        workspace,
        capsys,
        *("naming", "create", str(notice["id"]), "--document-number", "朝建发[2022]12号"),
        *("--date", "2022-10-20", "--demonstration", demonstration),
    )
    assert code == 0, err


def test_the_notice_and_the_naming_as_official_documents(
    reviewed: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reviewed.close()
    notice = _create(reviewed, capsys)
    code, out, _ = _run(reviewed, capsys, "publicity", "export", str(notice["id"]), "--out", str(tmp_path))
    assert code == 0
    pdf, html, xlsx = (Path(line) for line in out.splitlines())
    assert pdf.suffix == ".pdf" and html.suffix == ".html" and xlsx.suffix == ".xlsx"
    flat = _text(pdf).replace("\n", "")
    for expected in (
        "北京市朝阳区住房和城乡建设委员会文件",
        "关于2022年度绿色社区创建达标社区名单的公示",
        "公示期为2022年9月28日至2022年10月11日（7个工作日）。",
        "地址：朝阳区朝外大街1号；电话：010-65090000；",
        EMAIL,
        "附件：2022年度绿色社区创建公示名单",
        "2022年9月28日",  # 署名's date: the day the notice starts
        "达到创建要求",
        *COMMUNITIES,
        "建外街道",
    ):
        assert expected in flat, expected
    assert _no_english(flat.replace(EMAIL, "")) == []
    assert "〔" not in flat  # a notice is published, not sent: no 发文字号
    assert all(size == pytest.approx(A4, abs=1) for size in _page_sizes(pdf))  # the annex list is portrait
    for number, words in enumerate(_words(pdf)[:2], start=1):  # the notice and its annex
        _assert_official_page(words, number)
    assert all(row[-5] == "yes" for row in _fonts(pdf))

    code, _out, err = _run(
        reviewed, capsys, "naming", "export", str(notice["id"]), "--out", str(tmp_path / "n")
    )
    assert code == 2 and "not been named" in err and not (tmp_path / "n").exists()  # no file before naming
    _close_and_name(reviewed, capsys, notice, notice["communities"][1])
    code, out, err = _run(reviewed, capsys, "naming", "export", str(notice["id"]), "--out", str(tmp_path))
    assert code == 0, err
    decision, plaque_xlsx, plaque_pdf = (Path(line) for line in out.splitlines())
    flat = _text(decision).replace("\n", "")
    for expected in (
        "北京市朝阳区住房和城乡建设委员会文件",
        "朝建发〔2022〕12号",  # typed with [], printed with 六角括号
        "关于命名2022年度绿色社区的决定",
        "各街道办事处：",
        "2022年9月28日至2022年10月11日（7个工作日）",
        "决定命名2个社区为2022年度绿色社区，其中1个社区为2022年度绿色社区创建示范社区",
        "附件：2022年度绿色社区命名名单",
        "一、达到绿色社区创建要求的社区（1个）",
        "二、示范社区（1个）",
        "2022年10月20日",
        "抄送：北京市住房和城乡建设委员会。",
        "2022年10月20日印发",
        *COMMUNITIES,
    ):
        assert expected in flat, expected
    assert _no_english(flat) == []
    assert all(size == pytest.approx(A4, abs=1) for size in _page_sizes(decision))
    for number, words in enumerate(_words(decision)[:2], start=1):  # the decision and its annex
        _assert_official_page(words, number)
    assert all(row[-5] == "yes" for row in _fonts(decision))
    demonstrations = flat.split("二、示范社区（1个）")[1]  # the 示范 table comes last
    assert "建华社区" in demonstrations and "永安里社区" not in demonstrations

    sheet = openpyxl.load_workbook(plaque_xlsx).active
    assert [c.value for c in sheet[2]] == ["序号", "街道", "社区", "等级", "命名文号", "命名日期"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert [row[2] for row in rows] == list(COMMUNITIES)
    assert {row[3] for row in rows} == {"达到创建要求", "示范"}
    assert {(row[4], row[5]) for row in rows} == {("朝建发〔2022〕12号", "2022年10月20日")}
    plaque_text = _text(plaque_pdf)
    assert all(name in plaque_text for name in COMMUNITIES) and "授牌名单" in plaque_text
    assert all(row[-5] == "yes" for row in _fonts(plaque_pdf))
    assert _page_sizes(plaque_pdf)[0] == pytest.approx(A4[::-1], abs=1)  # a list is read landscape


def test_a_calendar_day_notice_says_days_and_titles_are_put_in_the_form() -> None:
    period = NoticePeriod(date(2022, 9, 28), date(2022, 10, 4), 7, CALENDAR_DAYS)
    notice = notices.Notice(
        1, 2022, 2, "2022年度绿色社区创建达标社区名单公示（第2批）", period, "", False, ()
    )
    assert notice_files.period_sentence(notice) == "公示期为2022年9月28日至2022年10月4日（7天）。"
    assert notice_files.document_title(notice.title) == "关于2022年度绿色社区创建达标社区名单的公示（第2批）"
    title = official.GridText(
        notice_files.document_title(notice.title), size=official.TITLE_SIZE, align="center"
    )
    title.wrap(official.BLOCK_WIDTH, official.BLOCK_HEIGHT)
    assert len(title.lines) == 2 and abs(len(title.lines[0]) - len(title.lines[1])) <= 2  # 排列对称
    assert notice_files.document_title("关于朝阳区名单的公示") == "关于朝阳区名单的公示"
    assert naming_files.decision_title(notice) == "关于命名2022年度第2批绿色社区的决定"
    assert naming_files.document_number("朝建发（2022）012号") == "朝建发〔2022〕12号"
    assert naming_files.document_number("朝建发〔2022〕12号") == "朝建发〔2022〕12号"
    assert naming_files.document_number("京建函 2022-3") == "京建函 2022-3"  # not a 发文字号: as typed


def _png(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 60)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def _ofd(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("OFD.xml", "<ofd:OFD/>")
    return path


def test_objection_attachments_are_stored_by_hash_and_programs_refused(
    reviewed: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reviewed.close()
    notice = _create(reviewed, capsys)
    files = [_png(tmp_path / "现场照片.png"), _docx(tmp_path / "异议书.docx"), _ofd(tmp_path / "证明.ofd")]
    add = (
        *("publicity", "objection", "add", str(notice["id"]), "--received", "2022-09-30"),
        *("--kind", "unit", "--name", "某物业公司", "--sealed", "--content", "垃圾分类设施未建成"),
        *("--community", notice["communities"][0]),
    )
    code, out, err = _run(reviewed, capsys, *add, *(f"--attach={path}" for path in files), "--json")
    assert code == 0, err
    attached = json.loads(out)["attachments"]
    assert [a["name"] for a in attached] == [path.name for path in files]
    for path, attachment in zip(files, attached, strict=True):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert attachment["sha256"] == digest and attachment["size"] == path.stat().st_size
        stored = next(reviewed.photos_dir.glob(f"{digest[:2]}/{digest}.*"))
        assert stored.read_bytes() == path.read_bytes()  # the original, byte for byte
    assert photos.original_path(reviewed.photos_dir, attached[0]["sha256"], "png").is_file()
    code, out, _ = _run(reviewed, capsys, "publicity", "objection", "list", str(notice["id"]))
    assert code == 0 and all(a["sha256"] in out and a["name"] in out for a in attached)

    program = tmp_path / "扫描件.pdf"  # a program under a document's name
    program.write_bytes(b"MZ\x90\x00" + bytes(200))
    script = tmp_path / "run.sh"
    script.write_text("echo hi\n")
    for bad in (program, script):
        code, _out, err = _run(reviewed, capsys, *add, "--attach", str(files[0]), "--attach", str(bad))
        assert code == 2 and bad.name in err and "program" in err and "Traceback" not in err
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(100))
    code, _out, err = _run(reviewed, capsys, *add, "--attach", str(video))
    assert code == 2 and "clip.mp4" in err
    monkeypatch.setattr(objection_files, "MAX_BYTES", 1024)  # a limit the small files cross
    large = tmp_path / "扫描件-大.docx"
    _docx(large).write_bytes(large.read_bytes() + bytes(2048))
    code, _out, err = _run(reviewed, capsys, *add, "--attach", str(large))
    assert code == 2 and large.name in err and "MB" in err
    code, out, _ = _run(reviewed, capsys, "publicity", "objection", "list", str(notice["id"]), "--json")
    assert len(json.loads(out)) == 1  # nothing half recorded
    with reviewed.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "publicity.objection")).one()
        assert [a["sha256"] for a in json.loads(entry.new_json)["attachments"]] == [
            a["sha256"] for a in attached
        ]

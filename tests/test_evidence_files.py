"""Evidence is any file a street sends: classified by content, stored by hash, previewed, packaged."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from evidence_fixtures import docx_bytes, mp4_bytes, scanned_pdf, tiff_scan, xlsx_bytes
from intake_fixtures import communities, jpeg_bytes, list_workbook, write_zip
from PIL import Image
from sqlalchemy import select

from greendesk.core.base.errors import ValidationError
from greendesk.core.evidence import previews
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.intake.package import EVIDENCE, WORKBOOK, entry_kind
from greendesk.core.storage import evidence_files, photos
from greendesk.core.storage.models import Evidence, Photo, Recommendation
from greendesk.core.workspace import Workspace


@pytest.mark.parametrize(
    ("data", "name", "kind", "extension"),
    [
        (scanned_pdf(1, (200, 280)), "方案.jpg", "pdf", "pdf"),  # content wins over the suffix
        (docx_bytes(["会议纪要"]), "会议纪要.docx", "document", "docx"),
        (xlsx_bytes([["户数", 1]]), "物业管理户数统计表.xlsx", "spreadsheet", "xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "培训记录.doc", "document", "doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "统计.et", "spreadsheet", "et"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "公约.wps", "document", "wps"),
        (mp4_bytes(), "宣传.mp4", "video", "mp4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ", "clip.MOV", "video", "mov"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", "clip.avi", "video", "avi"),
        (tiff_scan(2), "扫描件.tif", "image", "tif"),
        (b"plain text notes", "说明.txt", "other", "txt"),
        (b"plain", "无后缀", "other", "bin"),
    ],
)
def test_files_are_classified_by_content(data: bytes, name: str, kind: str, extension: str) -> None:
    found = evidence_files.classify(data, name)
    assert (found.kind, found.extension) == (kind, extension)


def test_kinds_have_named_size_limits() -> None:
    with pytest.raises(ValidationError) as info:
        evidence_files.check_size("video", 3 * 1024**3, "长视频.mp4")
    assert "长视频.mp4" in str(info.value) and "2048 MB" in str(info.value)
    evidence_files.check_size("video", 1024**3, "ok.mp4")  # a 1 GB video is fine
    with pytest.raises(ValidationError, match="256 MB"):
        evidence_files.check_size("document", 300 * 1024**2, "大.docx")


def test_a_pdf_pdfium_cannot_open_is_refused_by_name(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as info, workspace.transaction() as session:
        photos.store(session, workspace.photos_dir, b"%PDF-1.7\n garbage", "会议纪要.pdf")
    assert "会议纪要.pdf" in str(info.value) and "damaged PDF" in str(info.value)


def test_a_spreadsheet_in_an_item_folder_is_evidence_not_a_workbook() -> None:
    assert entry_kind("推荐名单.xlsx") == WORKBOOK
    assert entry_kind("吉祥社区/推荐名单.xls") == WORKBOOK
    assert entry_kind("01 吉祥社区/名单.xlsx") == WORKBOOK
    for name in (
        "吉祥社区/第12条/物业管理户数统计表.xlsx",
        "吉祥社区/12/统计.xls",
        "吉祥社区/十二、物业/户数.xlsx",
    ):
        assert entry_kind(name) == EVIDENCE, name
    assert entry_kind("吉祥社区/第3条/方案.pdf") == EVIDENCE and entry_kind("材料/嵌套.zip") != EVIDENCE


def _package(tmp_path: Path, first, second) -> Path:
    book = list_workbook(
        tmp_path / "名单.xlsx",
        [[1, first.name, first.code, 100, 40, "", ""], [2, second.name, second.code, 80, 20, "", ""]],
    )
    # The evidence spreadsheet has a 社区名称 column: read as a workbook it would add rows.
    statistics = xlsx_bytes([["社区名称", "户数", "实行物业管理户数"], ["另一个社区", 300, 200]])
    members = {
        "名单.xlsx": book.read_bytes(),
        f"{first.name}/第1条/工作方案.pdf": scanned_pdf(3, (300, 420)),
        f"{first.name}/第2条/会议纪要.docx": docx_bytes(["会议纪要", "一、议题"], [["议题", "结论"]]),
        f"{first.name}/第12条/物业管理户数统计表.xlsx": statistics,
        f"{first.name}/第3条/门禁.jpg": jpeg_bytes((9, 9, 9)),
        f"{second.name}/第4条/扫描件.tiff": tiff_scan(3),
        f"{second.name}/第5条/宣传视频.mp4": mp4_bytes(),
        f"{second.name}/第6条/公约.wps": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    }
    return write_zip(tmp_path / "街道材料.zip", members)


def test_import_attaches_every_kind_to_its_item(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    plan = analyse_package(chaoyang, _package(tmp_path, first, second), 2022, 1)
    assert [sheet.file for sheet in plan.sheets] == ["街道材料.zip/名单.xlsx"] * len(plan.sheets)
    assert len(plan.rows) == 2 and not [p for p in plan.problems if p.severity == "error"]
    result = apply_import(chaoyang, plan)
    assert (result.photos_attached, result.photos_skipped) == (7, 0)
    with chaoyang.sessions() as session:
        rows = session.execute(
            select(Evidence.original_name, Evidence.item_number, Photo.kind, Photo.page_count, Photo.width)
            .join(Photo, Photo.sha256 == Evidence.photo_sha256)
            .join(Recommendation, Recommendation.id == Evidence.recommendation_id)
        ).all()
        assert len(session.scalars(select(Recommendation)).all()) == 2
    found = {name.rsplit("/", 1)[-1]: (item, kind, pages, width) for name, item, kind, pages, width in rows}
    assert found == {
        "工作方案.pdf": (1, "pdf", 3, 0),
        "会议纪要.docx": (2, "document", None, 0),
        "物业管理户数统计表.xlsx": (12, "spreadsheet", None, 0),
        "门禁.jpg": (3, "image", None, 320),
        "扫描件.tiff": (4, "image", 3, 600),
        "宣传视频.mp4": (5, "video", None, 0),
        "公约.wps": (6, "document", None, 0),
    }
    with chaoyang.sessions() as session:
        pdf = session.scalars(select(Photo).where(Photo.kind == "pdf")).one()
        assert pdf.media_type == "application/pdf"
    # The PDF's first page is the cached thumbnail, with its record like a photo's.
    assert photos.rendition_state(chaoyang.photos_dir, pdf.sha256, photos.THUMBNAIL) == photos.RENDITION_OK
    with Image.open(photos.thumbnail_path(chaoyang.photos_dir, pdf.sha256)) as thumb:
        assert max(thumb.size) == 256


def test_previews_return_content(workspace: Workspace, tmp_path: Path) -> None:
    files = {
        "方案.pdf": scanned_pdf(4, (300, 420)),
        "纪要.docx": docx_bytes(["第一次会议", "参会人员"], [["姓名", "职务"], ["王芳", "书记"]]),
        "统计.xlsx": xlsx_bytes([["楼号", "户数"], [1, 120], [2, 88]]),
        "宣传.mp4": mp4_bytes(),
    }
    stored = {}
    with workspace.transaction() as session:
        for name, data in files.items():
            stored[name] = photos.store(session, workspace.photos_dir, data, name)[0]
    with workspace.sessions() as session:
        rows = {name: session.get(Photo, row.sha256) for name, row in stored.items()}
        pdf = previews.preview(workspace.photos_dir, rows["方案.pdf"], rows["方案.pdf"].kind, "方案.pdf")
        text = previews.preview(workspace.photos_dir, rows["纪要.docx"], "document", "纪要.docx")
        sheet = previews.preview(workspace.photos_dir, rows["统计.xlsx"], "spreadsheet", "统计.xlsx")
        video = previews.preview(workspace.photos_dir, rows["宣传.mp4"], "video", "宣传.mp4")
    assert (pdf.kind, pdf.page_count) == (previews.PAGES, 4)
    page = previews.pdf_page(
        photos.original_path(workspace.photos_dir, rows["方案.pdf"].sha256, "pdf"), 3, 800
    )
    assert max(page.size) == 800 and page.mode == "RGB"
    assert text.kind == previews.TEXT and text.text[:2] == ["第一次会议", "参会人员"]
    assert "王芳\t书记" in text.text
    assert sheet.kind == previews.SHEETS and sheet.sheets[0].rows[1] == ["1", "120"]
    assert video.kind == previews.SUMMARY and video.size == len(files["宣传.mp4"])


def test_a_damaged_docx_previews_as_its_summary_with_the_reason(workspace: Workspace) -> None:
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    with workspace.transaction() as session:
        row = photos.store(session, workspace.photos_dir, broken.getvalue(), "坏.docx")[0]
        result = previews.preview(workspace.photos_dir, row, row.kind, "坏.docx")
    assert row.kind == "document" and result.kind == previews.SUMMARY and "坏.docx" in result.problem


def test_package_carries_documents_with_their_records(reviewed: Workspace, tmp_path: Path) -> None:
    from greendesk.core.package.export import export_package
    from greendesk.core.package.verify import verify_package
    from tests.package_fixtures import YEAR

    documents = {
        (1, "工作方案.pdf"): scanned_pdf(2, (300, 420)),
        (2, "会议纪要.docx"): docx_bytes(["会议纪要"]),
        (12, "户数统计表.xlsx"): xlsx_bytes([["户数", 2100]]),
        (5, "宣传视频.mp4"): mp4_bytes(),
    }
    with reviewed.transaction() as session:
        recommendation = session.scalars(select(Recommendation).order_by(Recommendation.id)).first()
        for (item, name), data in documents.items():
            row = photos.store(session, reviewed.photos_dir, data, name)[0]
            session.add(
                Evidence(
                    recommendation_id=recommendation.id,
                    item_number=item,
                    photo_sha256=row.sha256,
                    original_name=f"材料/{name}",
                    added_at=row.added_at,
                )
            )
    # The PDF's renditions are re-derived from the original (its first page) when missing.
    for rendition in (reviewed.photos_dir / "print").rglob("*"):
        if rendition.is_file():
            rendition.unlink()
    result = export_package(reviewed, YEAR, tmp_path / "申报材料.zip")
    assert result.photos == 9 + 4
    report = verify_package(result.path, expected_fingerprint=result.fingerprint)
    assert report.valid, [p.message() for p in report.problems]
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        packaged = {name.rsplit(".", 1)[-1] for name in names if "/data/photos/110105001001/" in name}
        assert {"pdf", "docx", "xlsx", "mp4", "jpg"} <= packaged
        pdf_name = next(n for n in names if n.endswith(".pdf") and "/data/photos/" in n)
        assert archive.read(pdf_name) == documents[(1, "工作方案.pdf")]  # byte for byte
        record = next(n for n in names if "/审核记录/110105001001" in n)
        (tmp_path / "record.pdf").write_bytes(archive.read(record))
    import pypdf

    reader = pypdf.PdfReader(tmp_path / "record.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    for name in ("工作方案.pdf", "会议纪要.docx", "户数统计表.xlsx", "宣传视频.mp4"):
        assert name in text, name
    assert (
        "2 pages" in text or "共 2 页" in text
    )  # the PDF's line names its pages; its first page is printed above it
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 3 + 1  # the community's three photos and the PDF's first page

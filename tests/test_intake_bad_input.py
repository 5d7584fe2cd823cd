"""Every bad input is refused with a message naming the file/sheet/row/entry, and changes nothing."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from intake_fixtures import communities, jpeg_bytes, list_workbook, snapshot, write_zip
from PIL import Image

from greendesk.core.base.errors import ValidationError
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import Resolutions, apply_import
from greendesk.core.intake.archives import MAX_ENTRY_BYTES
from greendesk.core.intake.problems import ImportCancelled
from greendesk.core.storage import images
from greendesk.core.workspace import Workspace

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _not_excel(folder: Path) -> Path:
    path = folder / "推荐名单.xlsx"
    path.write_text("序号,社区名称\n1,吉祥社区\n", encoding="utf-8")
    return path


def _password_protected(folder: Path) -> Path:
    path = folder / "加密.xlsx"
    path.write_bytes(OLE2_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 2048)
    return path


def _corrupt(folder: Path) -> Path:
    whole = list_workbook(folder / "whole.xlsx", [[1, "吉祥社区", None, 1, 1, "", ""]]).read_bytes()
    path = folder / "损坏.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _entity_bomb(folder: Path) -> Path:
    source = list_workbook(folder / "whole.xlsx", [[1, "吉祥社区", None, 1, 1, "", ""]])
    path = folder / "实体.xlsx"
    bomb = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as changed:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", bomb + b"<worksheet", 1)
            changed.writestr(info, data)
    return path


def _zip_bomb(folder: Path) -> Path:
    """A package whose central directory declares a photo far larger than any real one."""
    path = write_zip(
        folder / "炸弹.zip", {"名单.xlsx": b"x", "吉祥社区/第1条/big.jpg": b"\xff\xd8" + b"\0" * 100}
    )
    blob = bytearray(path.read_bytes())
    central = blob.rfind(b"PK\x01\x02")  # last entry: big.jpg
    struct.pack_into("<I", blob, central + 24, MAX_ENTRY_BYTES + 4096)  # uncompressed size
    path.write_bytes(bytes(blob))
    return path


def _entry_zip(name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / "恶意.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("名单.xlsx", b"x")
            archive.writestr(zipfile.ZipInfo(name), jpeg_bytes())
        return path

    return build


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (_not_excel, ["推荐名单.xlsx", "not an Excel workbook"]),
        (_password_protected, ["加密.xlsx", "password protected"]),
        (_corrupt, ["损坏.xlsx", "damaged"]),
        (_entity_bomb, ["实体.xlsx", "forbidden XML"]),
        (_zip_bomb, ["炸弹.zip", "吉祥社区/第1条/big.jpg", "zip bomb"]),
        (_entry_zip("../../outside.jpg"), ["恶意.zip", "../../outside.jpg", "outside the package"]),
        (_entry_zip("/etc/photo.jpg"), ["恶意.zip", "/etc/photo.jpg", "absolute path"]),
        (_entry_zip("C:\\Users\\a.jpg"), ["恶意.zip", "C:\\Users\\a.jpg", "absolute path"]),
        (_entry_zip("吉祥社区/CON.jpg"), ["恶意.zip", "吉祥社区/CON.jpg", "'CON.jpg'", "Windows reserves"]),
        (_entry_zip("吉祥社区/lpt1/a.jpg"), ["恶意.zip", "lpt1", "Windows reserves"]),
    ],
    ids=[
        "not-excel",
        "password",
        "corrupt",
        "entity-bomb",
        "zip-bomb",
        "dotdot",
        "absolute",
        "drive-letter",
        "reserved",
        "reserved-folder",
    ],
)
def test_bad_packages_are_refused_by_name(
    chaoyang: Workspace, tmp_path: Path, build: Callable[[Path], Path], expected: list[str]
) -> None:
    path = build(tmp_path)
    before = snapshot(chaoyang)
    with pytest.raises(ValidationError) as info:
        analyse_package(chaoyang, path, 2022, 1)
    message = info.value.render("en")
    for part in expected:
        assert part in message, message
    assert snapshot(chaoyang) == before


def test_bad_workbook_inside_a_zip_is_named_by_entry(chaoyang: Workspace, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "包.zip", {"材料/名单.xlsx": _entity_bomb(tmp_path).read_bytes()})
    with pytest.raises(ValidationError) as info:
        analyse_package(chaoyang, path, 2022, 1)
    assert "包.zip/材料/名单.xlsx" in info.value.render("en") and "forbidden XML" in info.value.render("en")


def _big_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (20000, 13000)).save(buffer, "PNG")  # 260 megapixels, a small file
    return buffer.getvalue()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        # read by its content (issue 17): a PDF named .jpg is a PDF, refused when pdfium cannot open it
        (b"%PDF-1.4 this is a scanned document", "damaged PDF"),
        (None, "truncated"),
        ("big", "megapixels"),
    ],
    ids=["not-an-image", "truncated", "over-pixel-limit"],
)
def test_bad_photos_are_named_and_block_until_skipped(
    chaoyang: Workspace, tmp_path: Path, payload: bytes | str | None, expected: str
) -> None:
    first, _, _ = communities(chaoyang)
    if payload is None:
        payload = jpeg_bytes(size=(800, 600))[:2500]
    elif payload == "big":
        payload = _big_png()
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    bad_name = f"{first.name}/第3条/坏照片.jpg"
    package = write_zip(
        tmp_path / "街道.zip",
        {"名单.xlsx": book.read_bytes(), f"{first.name}/第2条/好.jpg": jpeg_bytes(), bad_name: payload},
    )
    before = snapshot(chaoyang)
    plan = analyse_package(chaoyang, package, 2022, 1)
    problems = [p for p in plan.problems if p.kind == "bad_photo"]
    assert len(problems) == 1
    assert f"街道.zip/{bad_name}" in problems[0].render("en") and expected in problems[0].render("en")
    with pytest.raises(ValidationError) as info:
        apply_import(chaoyang, plan)
    assert bad_name in info.value.render("en") and expected in info.value.render("en")
    assert snapshot(chaoyang) == before
    result = apply_import(chaoyang, plan, Resolutions(skip_bad_photos=True))
    assert result.photos_attached == 1 and result.photos_skipped == 1


def test_photo_broken_after_the_preview_rolls_everything_back(chaoyang: Workspace, tmp_path: Path) -> None:
    first, _, _ = communities(chaoyang)
    folder = tmp_path / "街道"
    (folder / first.name).mkdir(parents=True)
    list_workbook(folder / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    (folder / first.name / "1-a.jpg").write_bytes(jpeg_bytes((1, 1, 1)))
    (folder / first.name / "2-b.jpg").write_bytes(jpeg_bytes((2, 2, 2)))
    plan = analyse_package(chaoyang, folder, 2022, 1)
    before = snapshot(chaoyang)
    (folder / first.name / "2-b.jpg").write_bytes(jpeg_bytes((2, 2, 2))[:-400])  # truncated since
    with pytest.raises(ValidationError) as info:
        apply_import(chaoyang, plan)
    assert "2-b.jpg" in info.value.render("en")
    assert snapshot(chaoyang) == before
    assert not any(p.is_file() for p in chaoyang.photos_dir.rglob("*"))


def test_photos_limit_allows_200_megapixel_phone_photos() -> None:
    assert images.MAX_PIXELS >= 200_000_000


def test_empty_workbook_is_reported(chaoyang: Workspace, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["随便", "什么"])
    book.save(tmp_path / "空.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "空.xlsx", 2022, 1)
    assert [p.kind for p in plan.errors] == ["no_rows"] and "空.xlsx" in plan.errors[0].render("en")


def test_cancelled_analysis_and_unmatched_only_package_write_nothing(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    path = list_workbook(tmp_path / "名单.xlsx", [[1, "月球社区", None, 10, 5, "", ""]])
    before = snapshot(chaoyang)
    with pytest.raises(ImportCancelled):
        analyse_package(chaoyang, path, 2022, 1, cancelled=lambda: True)
    plan = analyse_package(chaoyang, path, 2022, 1)
    result = apply_import(chaoyang, plan)
    assert not result.imported_anything and result.rows_skipped == 1
    assert snapshot(chaoyang) == before  # no ImportBatch, so a corrected import later is not refused


def test_folder_symlink_leaving_the_package_is_refused(chaoyang: Workspace, tmp_path: Path) -> None:
    outside = tmp_path / "secret.jpg"
    outside.write_bytes(jpeg_bytes())
    folder = tmp_path / "pkg"
    folder.mkdir()
    list_workbook(folder / "名单.xlsx", [[1, "吉祥社区", None, 10, 5, "", ""]])
    (folder / "link.jpg").symlink_to(outside)
    (folder / "desktop.ini").write_text("[.ShellClassInfo]")
    before = snapshot(chaoyang)
    with pytest.raises(ValidationError) as info:
        analyse_package(chaoyang, folder, 2022, 1)
    assert "pkg" in info.value.render("en") and "link.jpg" in info.value.render("en")
    assert snapshot(chaoyang) == before


def test_workbook_edited_after_the_preview_is_refused(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    folder = tmp_path / "pkg"
    folder.mkdir()
    list_workbook(folder / "名单.xlsx", [[1, first.name, None, 10, 5, "", ""]])
    plan = analyse_package(chaoyang, folder, 2022, 1)
    list_workbook(folder / "名单.xlsx", [[1, second.name, None, 10, 5, "", ""]])
    before = snapshot(chaoyang)
    with pytest.raises(ValidationError) as info:
        apply_import(chaoyang, plan)
    assert "pkg changed since the preview" in info.value.render("en")
    assert snapshot(chaoyang) == before


def test_stray_cell_far_below_and_data_not_starting_at_a1(tmp_path: Path) -> None:
    """A mark typed on row 200,000 must not cost 200,000 rows of cells; columns keep their letters."""
    from greendesk.core.base import spreadsheet

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C3"] = "社区名称"
    sheet["D3"] = "户数"
    sheet["C4"] = "吉祥社区"
    sheet["D4"] = 1200
    sheet.cell(row=200_000, column=20).value = "x"
    book.save(tmp_path / "名单.xlsx")
    ((_name, rows),) = spreadsheet.iter_sheets(tmp_path / "名单.xlsx")
    assert rows[2][2:4] == ("社区名称", "户数") and rows[3][2:4] == ("吉祥社区", 1200)
    assert len(rows) == 200_000 and rows[-1][19] == "x"
    assert len({id(row) for row in rows[4:-1]}) == 1 and rows[4] == ()  # one shared empty row

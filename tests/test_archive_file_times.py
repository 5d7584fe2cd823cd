"""A photo without a capture time inside a zip or 7z keeps the entry's date as its file time
(flagged as not a capture time), like a loose file's modification time."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import py7zr
from intake_fixtures import communities, list_workbook
from PIL import Image
from sqlalchemy import select

from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.intake.package import Package
from greendesk.core.storage import photo_meta
from greendesk.core.storage.models import Evidence, Photo
from greendesk.core.workspace import Workspace

STAMP = datetime(2021, 6, 7, 8, 9, 10)


def _plain_jpeg(color: tuple[int, int, int]) -> bytes:
    """A scan's JPEG: pixels and no EXIF, no XMP."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, "JPEG")
    return buffer.getvalue()


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=STAMP.timetuple()[:6]), data)
    return path


def _package(workspace: Workspace, folder: Path, photo: bytes) -> tuple[Path, str]:
    community = communities(workspace, count=1)[0]
    book = list_workbook(folder / "b.xlsx", [[1, community.name, None, 100, 40, "", ""]])
    path = _zip(
        folder / "回传.zip", {"名单.xlsx": book.read_bytes(), f"{community.name}/第3条/扫描.jpg": photo}
    )
    return path, community.code


def test_zip_entry_date_is_the_file_time_of_a_photo_without_exif(chaoyang: Workspace, tmp_path: Path) -> None:
    photo = _plain_jpeg((10, 120, 200))
    path, _code = _package(chaoyang, tmp_path, photo)
    with Package(path) as package:
        entry = next(e for e in package.entries if e.basename == "扫描.jpg")
        assert package.modified(entry) == STAMP
    plan = analyse_package(chaoyang, path, 2022, 1)
    assert [p.item for p in plan.photos] == [3]
    result = apply_import(chaoyang, plan)
    assert result.photos_attached == 1
    with chaoyang.sessions() as session:
        row = session.scalars(select(Photo).join(Evidence, Evidence.photo_sha256 == Photo.sha256)).one()
        assert (row.taken_at, row.taken_source) == (STAMP, photo_meta.SOURCE_MTIME)


def test_a_camera_time_still_wins_over_the_zip_entry_date(chaoyang: Workspace, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2022:05:06 10:11:12"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 10, 10)).save(buffer, "JPEG", exif=exif)
    path, _code = _package(chaoyang, tmp_path, buffer.getvalue())
    apply_import(chaoyang, analyse_package(chaoyang, path, 2022, 1))
    with chaoyang.sessions() as session:
        row = session.scalars(select(Photo).join(Evidence, Evidence.photo_sha256 == Photo.sha256)).one()
        assert (row.taken_at, row.taken_source) == (datetime(2022, 5, 6, 10, 11, 12), photo_meta.SOURCE_EXIF)


def test_seven_zip_entry_time_is_the_file_time_not_the_extraction_time(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    community = communities(chaoyang, count=1)[0]
    book = list_workbook(tmp_path / "b.xlsx", [[1, community.name, None, 100, 40, "", ""]])
    scan = tmp_path / "扫描.jpg"
    scan.write_bytes(_plain_jpeg((30, 200, 30)))
    moment = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    stamp = moment.timestamp()
    os.utime(scan, (stamp, stamp))
    path = tmp_path / "回传.7z"
    with py7zr.SevenZipFile(path, "w") as archive:
        archive.write(book, "名单.xlsx")
        archive.write(scan, f"{community.name}/第3条/扫描.jpg")
    local = moment.astimezone().replace(tzinfo=None)
    with Package(path) as package:
        entry = next(e for e in package.entries if e.basename == "扫描.jpg")
        assert package.modified(entry) == local
    apply_import(chaoyang, analyse_package(chaoyang, path, 2022, 1))
    with chaoyang.sessions() as session:
        row = session.scalars(select(Photo).join(Evidence, Evidence.photo_sha256 == Photo.sha256)).one()
        assert (row.taken_at, row.taken_source) == (local, photo_meta.SOURCE_MTIME)


def test_an_invalid_zip_date_gives_no_file_time(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("a/第1条/x.jpg", date_time=(1980, 1, 1, 0, 0, 0)), b"j")
    blob = bytearray(path.read_bytes())
    # DOS date 0 (month 0, day 0) in both headers: what some packers write for "no date"
    for offset in (10, blob.rfind(b"PK\x01\x02") + 12):
        blob[offset : offset + 4] = b"\0\0\0\0"
    path.write_bytes(bytes(blob))
    with Package(path) as package:
        assert package.modified(package.entries[0]) is None

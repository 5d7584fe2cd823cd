"""Archives in street packages: zips and 7z inside the package, RAR refused, the limits at every level,
and zip names without the UTF-8 flag decided per archive (every archive is built here)."""

from __future__ import annotations

import dataclasses
import hashlib
import struct
import zipfile
import zlib
from pathlib import Path

import py7zr
import pytest
from intake_fixtures import community_zips_package, list_workbook, snapshot, write_zip, zip_bytes
from sqlalchemy import select

from greendesk.core.base.errors import ValidationError
from greendesk.core.intake import archives
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.intake.package import Package
from greendesk.core.intake.zip_names import GBK, archive_encoding
from greendesk.core.storage.models import Community, Evidence, Photo, Recommendation
from greendesk.core.workspace import Workspace

TRAP_NAMES = ["小庄", "涌溪", "双泉", "太平庄"]
RAR_HEAD = b"Rar!\x1a\x07\x01\x00" + b"\0" * 64


def _names(path: Path) -> list[str]:
    with Package(path) as package:
        return sorted(entry.name for entry in package.entries)


def _seven_zip(path: Path, members: dict[str, bytes], password: str | None = None) -> Path:
    with py7zr.SevenZipFile(path, "w", password=password) as archive:
        for name, data in members.items():
            archive.writestr(data, name)
    return path


def _declare_size(blob: bytes, name: bytes, size: int) -> bytes:
    """The zip with ``name``'s central-directory entry declaring ``size`` uncompressed bytes."""
    data = bytearray(blob)
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    struct.pack_into("<I", data, at + 24, size)
    return bytes(data)


# -- name encodings -------------------------------------------------------------------------------
def test_trap_names_are_valid_utf8_in_gbk() -> None:
    for name in TRAP_NAMES:
        raw = name.encode("gbk")
        assert raw.decode("utf-8") != name  # the trap: GBK bytes that UTF-8 accepts, as other letters
    assert archive_encoding([name.encode("gbk") for name in TRAP_NAMES]) == GBK


@pytest.mark.parametrize("others", [[], ["吉祥社区/第3条/门禁.jpg", "名单.xlsx"]], ids=["alone", "mixed"])
def test_gbk_names_without_flag_decode_as_gbk(tmp_path: Path, others: list[str]) -> None:
    names = [f"{name}/第1条/照片{index}.jpg" for index, name in enumerate(TRAP_NAMES)] + others
    path = write_zip(tmp_path / "windows.zip", dict.fromkeys(names, b"x"), name_encoding="gbk")
    with zipfile.ZipFile(path) as archive:
        assert not any(info.flag_bits & 0x800 for info in archive.infolist())
    assert _names(path) == sorted(names)


def test_utf8_names_without_flag_still_decode_as_utf8(tmp_path: Path) -> None:
    """macOS and Linux tools write UTF-8 without the flag; the trap names among them stay right."""
    names = [f"{name}社区/第2条/a{index}.jpg" for index, name in enumerate(TRAP_NAMES)] + ["说明.txt"]
    path = write_zip(tmp_path / "mac.zip", dict.fromkeys(names, b"x"), name_encoding="utf-8")
    with zipfile.ZipFile(path) as archive:
        assert not any(info.flag_bits & 0x800 for info in archive.infolist())
    assert _names(path) == sorted(names)
    assert _names(write_zip(tmp_path / "short.zip", {"小庄.jpg": b"x"}, name_encoding="utf-8")) == [
        "小庄.jpg"
    ]


def _unicode_path_zip(path: Path, stored: bytes, unicode_name: str, crc_of: bytes) -> Path:
    field = struct.pack("<BI", 1, zlib.crc32(crc_of)) + unicode_name.encode("utf-8")
    info = zipfile.ZipInfo("P" * len(stored))
    info.extra = struct.pack("<HH", 0x7075, len(field)) + field
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(info, b"data")
    blob = path.read_bytes().replace(b"P" * len(stored), stored)
    path.write_bytes(blob)
    return path


def test_unicode_path_extra_field_gives_the_name(tmp_path: Path) -> None:
    stored = "?/a.jpg".encode("cp437") + b"\xa1"  # a tool's lossy code-page name
    good = _unicode_path_zip(tmp_path / "u.zip", stored, "双泉/第1条/a.jpg", stored)
    assert _names(good) == ["双泉/第1条/a.jpg"]
    stale = _unicode_path_zip(tmp_path / "s.zip", stored, "双泉/第1条/a.jpg", b"another name")
    assert _names(stale) != ["双泉/第1条/a.jpg"]  # a field for another name is not trusted


# -- nested archives ------------------------------------------------------------------------------
def test_zip_per_community_reads_as_folders(tmp_path: Path) -> None:
    inner = zip_bytes(tmp_path, {"第3条/门禁.jpg": b"j", "12-物业.jpg": b"k"})
    path = write_zip(tmp_path / "回传.zip", {"名单.xlsx": b"w", "吉祥社区.zip": inner})
    with Package(path) as package:
        assert sorted(e.name for e in package.entries) == sorted(
            [
                "名单.xlsx",
                "吉祥社区/12-物业.jpg",
                "吉祥社区/第3条/门禁.jpg",
            ]
        )
        entry = next(e for e in package.entries if e.basename == "门禁.jpg")
        assert package.label(entry.name) == "回传.zip/吉祥社区.zip/第3条/门禁.jpg"
        assert package.read_bytes(entry) == b"j"
        assert not package.problems


def test_whole_package_wrapped_in_an_inner_zip(tmp_path: Path) -> None:
    inner = zip_bytes(tmp_path, {"名单.xlsx": b"w", "吉祥社区/第1条/a.jpg": b"j"})
    path = write_zip(tmp_path / "外层.zip", {"街道材料.zip": inner})
    assert _names(path) == sorted(["街道材料/名单.xlsx", "街道材料/吉祥社区/第1条/a.jpg"])


def test_inner_zips_spill_to_the_workspace_working_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    data_dir.mkdir()
    inner = zip_bytes(tmp_path, {"a.jpg": b"j"})
    path = write_zip(tmp_path / "p.zip", {"吉祥社区.zip": inner})
    with Package(path, data_dir) as package:
        working = [p for p in (data_dir / "tmp").iterdir() if p.name.startswith("intake-")]
        assert len(working) == 1 and [p.name for p in working[0].iterdir()] == ["inner-1.zip"]
        assert package.read_bytes(package.entries[0]) == b"j"
    assert list((data_dir / "tmp").iterdir()) == []


def test_folder_beside_its_zip_is_read_once_with_a_warning(tmp_path: Path) -> None:
    inner = zip_bytes(tmp_path, {"第1条/a.jpg": b"j"})
    path = write_zip(tmp_path / "p.zip", {"吉祥社区/第1条/a.jpg": b"j", "吉祥社区.zip": inner})
    with Package(path) as package:
        assert [e.name for e in package.entries] == ["吉祥社区/第1条/a.jpg"]
        assert "twice" in package.problems[0].render("en")


def test_folder_package_with_community_zips(tmp_path: Path) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "吉祥社区.zip").write_bytes(zip_bytes(tmp_path, {"第2条/a.jpg": b"j"}))
    (folder / "名单.xlsx").write_bytes(b"w")
    assert _names(folder) == sorted(["名单.xlsx", "吉祥社区/第2条/a.jpg"])


def test_depth_three_is_a_warning_naming_the_file(tmp_path: Path) -> None:
    deepest = zip_bytes(tmp_path, {"a.jpg": b"j"})
    middle = zip_bytes(tmp_path, {"b.jpg": b"k", "深.zip": deepest})
    path = write_zip(tmp_path / "p.zip", {"名单.xlsx": b"w", "中.zip": middle})
    with Package(path) as package:
        assert sorted(e.name for e in package.entries) == sorted(["中/b.jpg", "名单.xlsx"])
        [warning] = package.problems
        text = warning.render("en")
        assert "p.zip/中.zip/深.zip" in text and "not read" in text


def test_zip_bomb_inside_an_inner_zip_is_refused(tmp_path: Path) -> None:
    inner = zip_bytes(tmp_path, {"吉祥社区/第1条/big.jpg": b"\xff\xd8" + b"\0" * 100})
    inner = _declare_size(inner, b"big.jpg", archives.MAX_ENTRY_BYTES + 4096)
    path = write_zip(tmp_path / "炸弹.zip", {"名单.xlsx": b"w", "内层.zip": inner})
    with pytest.raises(ValidationError) as info:
        Package(path)
    text = info.value.render("en")
    assert "炸弹.zip/内层.zip" in text and "吉祥社区/第1条/big.jpg" in text and "zip bomb" in text


def test_highly_compressed_entry_inside_an_inner_zip_is_refused(tmp_path: Path) -> None:
    inner = zip_bytes(tmp_path, {"a.jpg": b"\0" * (archives.RATIO_CHECK_FROM_BYTES + 1024)})
    path = write_zip(tmp_path / "p.zip", {"内层.zip": inner})
    with pytest.raises(ValidationError, match="zip bomb") as info:
        Package(path)
    assert "p.zip/内层.zip" in info.value.render("en")


def test_total_bytes_and_entries_count_across_levels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = zip_bytes(tmp_path, {"a.jpg": b"j" * 600, "b.jpg": b"k" * 600})
    path = write_zip(tmp_path / "p.zip", {"名单.xlsx": b"w" * 100, "内层.zip": inner})
    monkeypatch.setattr(archives, "MAX_PACKAGE_BYTES", 1200 + len(inner))  # 1300 + len(inner) in all
    with pytest.raises(ValidationError, match="more than"):
        Package(path)
    monkeypatch.setattr(archives, "MAX_PACKAGE_BYTES", 10**9)
    monkeypatch.setattr(archives, "MAX_ENTRIES", 3)  # 2 outer + 2 inner
    with pytest.raises(ValidationError, match="entries") as info:
        Package(path)
    assert "p.zip/内层.zip" in info.value.render("en")


def test_slip_path_inside_an_inner_zip_is_refused(tmp_path: Path) -> None:
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr(zipfile.ZipInfo("../../outside.jpg"), b"j")
    path = write_zip(tmp_path / "恶意.zip", {"名单.xlsx": b"w", "吉祥社区.zip": inner.read_bytes()})
    with pytest.raises(ValidationError) as info:
        Package(path)
    text = info.value.render("en")
    assert "恶意.zip/吉祥社区.zip" in text and "../../outside.jpg" in text and "outside the package" in text


def test_reserved_name_inside_an_inner_7z_is_refused(tmp_path: Path) -> None:
    inner = _seven_zip(tmp_path / "i.7z", {"吉祥社区/CON.jpg": b"j"})
    path = write_zip(tmp_path / "p.zip", {"内层.7z": inner.read_bytes()})
    with pytest.raises(ValidationError, match="Windows reserves"):
        Package(path)


# -- 7z, RAR and content over suffix -------------------------------------------------------------
def test_seven_zip_package_and_seven_zip_inside_a_zip(tmp_path: Path) -> None:
    package = _seven_zip(tmp_path / "回传.7z", {"名单.xlsx": b"w", "吉祥社区/第1条/a.jpg": b"j" * 5000})
    with Package(package) as opened:
        assert opened.kind == "7z"
        entry = next(e for e in opened.entries if e.basename == "a.jpg")
        assert opened.read_bytes(entry) == b"j" * 5000 and isinstance(opened.source(entry), Path)
    inner = _seven_zip(tmp_path / "i.7z", {"第2条/b.jpg": b"k"})
    outer = write_zip(tmp_path / "p.zip", {"名单.xlsx": b"w", "吉祥社区.7z": inner.read_bytes()})
    assert _names(outer) == sorted(["名单.xlsx", "吉祥社区/第2条/b.jpg"])


def test_encrypted_seven_zip_is_refused_as_password_protected(tmp_path: Path) -> None:
    path = _seven_zip(tmp_path / "加密.7z", {"a.jpg": b"j"}, password="secret")
    with pytest.raises(ValidationError, match="password-protected") as info:
        Package(path)
    assert "加密.7z" in info.value.render("en")


def test_rar_is_refused_by_its_bytes_whatever_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "回传.zip"
    path.write_bytes(RAR_HEAD)
    with pytest.raises(ValidationError) as info:
        Package(path)
    text = info.value.render("en")
    assert "回传.zip is a RAR archive" in text and "7-Zip or WinRAR" in text and "as a zip" in text
    outer = write_zip(tmp_path / "p.zip", {"名单.xlsx": b"w", "吉祥社区.rar": RAR_HEAD})
    with Package(outer) as package:
        assert [e.name for e in package.entries] == ["名单.xlsx"]
        assert "p.zip/吉祥社区.rar" in package.problems[0].render("en") and "RAR" in package.problems[
            0
        ].render("en")


def test_content_decides_over_suffix(tmp_path: Path) -> None:
    seven = _seven_zip(tmp_path / "x.7z", {"a.jpg": b"j"})
    disguised = tmp_path / "回传.zip"
    disguised.write_bytes(seven.read_bytes())
    with Package(disguised) as package:
        assert package.kind == "7z" and [e.name for e in package.entries] == ["a.jpg"]
    no_suffix = zip_bytes(tmp_path, {"a.jpg": b"j"})
    path = write_zip(tmp_path / "p.zip", {"吉祥社区材料": no_suffix, "假.zip": b"not an archive"})
    assert _names(path) == ["假.zip", "吉祥社区材料/a.jpg"]
    book = list_workbook(tmp_path / "b.xlsx", [[1, "吉祥社区", None, 1, 1, "", ""]])
    path = write_zip(tmp_path / "q.zip", {"名单.xlsx": book.read_bytes(), "名单副本": book.read_bytes()})
    assert _names(path) == ["名单.xlsx", "名单副本"]  # a workbook without its suffix is no folder


# -- end to end -----------------------------------------------------------------------------------
def test_import_attaches_photos_in_community_zips(chaoyang: Workspace, tmp_path: Path) -> None:
    package, (first, second), photos = community_zips_package(chaoyang, tmp_path)
    plan = analyse_package(chaoyang, package, 2022, 1)
    assert sorted((p.entry, p.item) for p in plan.photos) == sorted(
        [
            (f"{first.name}/第3条/门禁.jpg", 3),
            (f"{first.name}/12-物业.jpg", 12),
            (f"{second.name}/{second.name}/第4条/公约.jpg", 4),
        ]
    )
    assert all(p.row_key is not None for p in plan.photos)
    before = snapshot(chaoyang)
    result = apply_import(chaoyang, plan)
    assert result.photos_attached == 3
    with chaoyang.sessions() as session:
        attached = session.execute(
            select(Community.code, Evidence.item_number, Photo.sha256)
            .join(Recommendation, Recommendation.community_id == Community.id)
            .join(Evidence, Evidence.recommendation_id == Recommendation.id)
            .join(Photo, Photo.sha256 == Evidence.photo_sha256)
        ).all()
    assert sorted(attached) == sorted(
        (code, item, hashlib.sha256(data).hexdigest()) for (code, item), data in photos.items()
    )
    assert snapshot(chaoyang) != before
    assert not list((chaoyang.data_dir / "tmp").glob("intake-*"))


def test_seven_zip_member_growing_past_its_declared_size_is_refused(tmp_path: Path) -> None:
    path = _seven_zip(tmp_path / "p.7z", {"a.jpg": b"j" * 5000})
    archive = archives.SevenZipArchive(path, "p.7z", lambda: tmp_path)
    [member] = archive.members
    archive.members = [dataclasses.replace(member, size=100)]  # a header that lies about the size
    with pytest.raises(ValidationError, match="zip bomb") as info:
        archive.local_file(archive.members[0])
    assert "p.7z" in info.value.render("en") and "a.jpg" in info.value.render("en")

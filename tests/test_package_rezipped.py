"""A signed package unpacked and zipped again on an office PC is still the signed package: GBK names
without the UTF-8 flag (Chinese Windows' compressor, 好压, 360压缩), a renamed Chinese top folder,
backslash separators from a Windows tool; the same contents changed, or backslashes from a non-Windows
tool, are refused as before."""

from __future__ import annotations

import zipfile
from pathlib import Path

from greendesk.core.package.data import read_package_data
from greendesk.core.package.problems import UNSAFE_PATH
from greendesk.core.package.verify import verify_package

WINDOWS, UNIX = 0, 3  # a zip entry's "made by" host


class _RawName(zipfile.ZipInfo):
    """An entry whose name is written as given bytes, without the UTF-8 flag (as Windows tools do)."""

    raw_name = b""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.raw_name, self.flag_bits & ~0x800


def rezip(
    package: Path,
    out: Path,
    *,
    encoding: str = "gb18030",
    host: int = WINDOWS,
    sep: str = "/",
    root: str | None = None,
    change: str = "",
) -> Path:
    """``package`` zipped again: names in ``encoding`` joined by ``sep``, the top folder renamed to
    ``root``, and the entry ending in ``change`` altered by one byte."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            name = info.filename
            if root is not None:
                name = root + name[name.index("/") :]
            if change and info.filename.endswith(change):
                data = data[:-1] + bytes([data[-1] ^ 1])
            entry = _RawName(name, info.date_time)
            entry.raw_name = name.replace("/", sep).encode(encoding)
            entry.create_system = host
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, data)
    return out


def test_gbk_names_from_chinese_windows_verify_and_read(package, tmp_path: Path) -> None:
    again = rezip(package.path, tmp_path / "重新压缩.zip", root="朝阳区申报材料")
    with zipfile.ZipFile(again) as archive:
        assert not any(info.flag_bits & 0x800 for info in archive.infolist())
    report = verify_package(again, expected_fingerprint=package.fingerprint)
    assert report.valid, [p.message() for p in report.problems]
    assert report.payload_files == verify_package(package.path).payload_files
    assert read_package_data(report)["district"]["code"] == "110105"


def test_backslashes_from_a_windows_tool_are_separators(package, tmp_path: Path) -> None:
    again = rezip(package.path, tmp_path / "ps.zip", encoding="utf-8", sep="\\")
    report = verify_package(again, expected_fingerprint=package.fingerprint)
    assert report.valid, [p.message() for p in report.problems]


def test_backslashes_from_another_tool_stay_unsafe(package, tmp_path: Path) -> None:
    again = rezip(package.path, tmp_path / "odd.zip", encoding="utf-8", sep="\\", host=UNIX)
    report = verify_package(again)
    assert not report.valid and UNSAFE_PATH in {problem.kind for problem in report.problems}


def test_a_changed_file_in_a_rezipped_package_is_refused(package, tmp_path: Path) -> None:
    again = rezip(package.path, tmp_path / "changed.zip", change=".xlsx")
    report = verify_package(again, expected_fingerprint=package.fingerprint)
    assert not report.valid and any(".xlsx" in problem.message() for problem in report.problems)

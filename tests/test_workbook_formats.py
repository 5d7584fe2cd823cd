"""Workbooks the way streets send them: .xlsb/.ods/.csv read, passwords named, damage never a traceback."""

from __future__ import annotations

import codecs
import struct
import zipfile
from pathlib import Path
from typing import ClassVar

import pytest
import python_calamine
import xlwt
from evidence_fixtures import compound_file, ods_bytes

from greendesk.core.base import spreadsheet
from greendesk.core.base.errors import ValidationError

ROWS = [
    ["社区名称", "社区代码", "户数"],
    ["吉祥社区", "110105001001", "1200"],
    ["如意社区", "110105001002", "800"],
]
EXPECTED = [
    ("社区名称", "社区代码", "户数"),
    ("吉祥社区", 110105001001, 1200),
    ("如意社区", 110105001002, 800),
]


def _biff(*records: tuple[int, bytes]) -> bytes:
    return b"".join(struct.pack("<HH", kind, len(body)) + body for kind, body in records)


def _xls(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名单")
    for r in range(200):
        for c in range(5):
            sheet.write(r, c, f"社区{r}" if c == 0 else r * 10 + c)
    book.save(str(path))
    return path


def _message(path: Path) -> str:
    with pytest.raises(ValidationError) as info:
        spreadsheet.iter_sheets(path)
    return info.value.render("en")


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ","), ("gbk", ","), ("gb18030", ";"), ("utf-16", "\t"), ("utf-8", "\t")],
)
def test_csv_lists_are_read_in_every_office_encoding(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = "\r\n".join(delimiter.join(row) for row in ROWS) + "\r\n"
    path = tmp_path / "名单.csv"
    path.write_bytes(text.encode(encoding))
    assert spreadsheet.iter_sheets(path) == [("名单", EXPECTED)]


def test_gbk_bytes_that_are_not_utf8_decode_as_gbk(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes("社区名称,户数\n小庄社区,12\n".encode("gbk"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    assert spreadsheet.iter_sheets(path)[0][1][1] == ("小庄社区", 12)


def test_csv_is_bounded_in_rows_columns_and_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 10)
    rows = tmp_path / "长.csv"
    rows.write_text("a,b\n" * 11, encoding="utf-8")
    assert "more than 10 rows" in _message(rows)
    wide = tmp_path / "宽.csv"
    wide.write_text(",".join("x" * 1001) + "\n", encoding="utf-8")
    assert "宽.csv has more than 1000 columns" in _message(wide)
    binary = tmp_path / "图.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert "图.csv is not a readable text list" in _message(binary)


def test_an_ods_workbook_is_read_through_calamine(tmp_path: Path) -> None:
    path = tmp_path / "名单.ods"
    path.write_bytes(ods_bytes(ROWS, "名单"))
    assert spreadsheet.check_workbook(path) == "ods"
    ((name, rows),) = spreadsheet.iter_sheets(path)
    assert name == "名单" and rows[1][0] == "吉祥社区" and rows[2][1] == "110105001002"


def test_a_damaged_xlsb_is_a_clear_error_not_a_fallback(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00garbage")
    assert spreadsheet.check_workbook(path) == "xlsb"
    assert _message(path).startswith("名单.xlsb is damaged and cannot be read")


@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm", ".xlsb"])
def test_an_encrypted_office_file_is_named_password_protected(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"加密{suffix}"
    path.write_bytes(
        compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x01" * 5000})
    )
    assert _message(path) == f"File 加密{suffix} is password protected; remove the password and import again."


def test_an_xls_with_a_filepass_record_is_named_password_protected(tmp_path: Path) -> None:
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6)
    workbook = _biff((0x0809, bof), (0x002F, b"\x01\x00" + b"\0" * 52), (0x000A, b""))
    path = tmp_path / "加密.xls"
    path.write_bytes(compound_file({"Workbook": workbook}))
    assert "password protected" in _message(path)
    plain = tmp_path / "明文.xls"
    plain.write_bytes(compound_file({"Workbook": _biff((0x0809, bof), (0x000A, b""))}))
    try:  # the same file without FILEPASS is at most unreadable, never "password protected"
        spreadsheet.iter_sheets(plain)
    except ValidationError as error:
        assert "password" not in error.render("en")


def test_truncated_and_garbled_xls_give_clean_errors(tmp_path: Path) -> None:
    whole = _xls(tmp_path / "好.xls").read_bytes()
    assert len(spreadsheet.iter_sheets(tmp_path / "好.xls")[0][1]) == 200
    for cut in range(len(whole) - 1536, len(whole), 64):  # calamine panics on these (slice index)
        path = tmp_path / "截断.xls"
        path.write_bytes(whole[:cut])
        assert "截断.xls is damaged" in _message(path)
    flipped = bytearray(whole)
    for offset in range(600, len(whole), 997):
        flipped[offset] ^= 0xFF
    path = tmp_path / "翻转.xls"
    path.write_bytes(bytes(flipped))
    try:
        spreadsheet.iter_sheets(path)
    except ValidationError as error:
        assert "翻转.xls" in error.render("en")


def test_an_xls_that_makes_calamine_panic_is_a_clean_error(tmp_path: Path) -> None:
    data = bytearray(_xls(tmp_path / "好.xls").read_bytes())
    assert data[512:514] == b"\x09\x08"  # xlwt puts the workbook stream's BOF record in sector 0
    data[514:516] = b"\0\0"  # a BOF record of length 0: calamine slices past its end and panics
    path = tmp_path / "坏.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(BaseException) as panic:
        python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert not isinstance(panic.value, Exception)  # pyo3's PanicException
    assert _message(path).startswith("坏.xls is damaged and cannot be read")


def test_a_broken_sheet_xml_in_a_zip_is_a_clean_error(tmp_path: Path) -> None:
    good = tmp_path / "好.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["社区名称", "户数"])
    book.save(good)
    path = tmp_path / "坏.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                body += (
                    b'<sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row><row r="2"><c r="A2" t="n"><v>9'
                )
            target.writestr(info, body)
    assert _message(path).startswith("坏.xlsx is damaged and cannot be read")


class _Panic(BaseException):
    """Stands in for pyo3's PanicException (a BaseException)."""


def test_any_base_exception_from_a_reader_names_file_and_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "名单.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"")

    class Book:
        sheets_metadata: ClassVar[list[object]] = [
            type("M", (), {"name": "第一页", "typ": python_calamine.SheetTypeEnum.WorkSheet})()
        ]

        def get_sheet_by_name(self, name: str) -> None:
            raise _Panic("index out of bounds")

        def close(self) -> None:
            pass

    monkeypatch.setattr(spreadsheet.CalamineWorkbook, "from_path", lambda _path: Book())
    assert _message(path) == "名单.xlsb: sheet '第一页' is damaged and cannot be read (_Panic)."

    def interrupted(_path: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(spreadsheet.CalamineWorkbook, "from_path", interrupted)
    with pytest.raises(KeyboardInterrupt):
        spreadsheet.iter_sheets(path)


def test_utf16_without_a_bom_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes("社区名称\t户数\n".encode("utf-16-le"))
    assert "not a readable text list" in _message(path)
    assert codecs.BOM_UTF16_LE not in path.read_bytes()[:2]

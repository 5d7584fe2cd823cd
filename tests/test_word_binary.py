"""Word 97-2003 (.doc), WPS text (.wps) and spreadsheets (.et, .xlsb, .ods, .csv) preview as their
content; damaged or foreign files show their summary with the reason, never a traceback."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
import xlwt
from evidence_fixtures import WORD_TEXT_AT, compound_file, ods_bytes, word97_bytes
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from greendesk.core.evidence import previews, word_binary
from greendesk.core.storage import evidence_files, photos
from greendesk.core.storage.models import Photo
from greendesk.core.workspace import Workspace

MINUTES = [
    ("会议纪要\r一、议题：垃圾分类\r", False),
    ("姓名\x07职务\x07\x07王芳\x07书记\x07\x07", False),
    ("Page \x13 PAGE \x143\x15 of 2\r", True),  # an 8-bit piece with a field
]


def _store(workspace: Workspace, data: bytes, name: str) -> previews.Preview:
    with workspace.transaction() as session:
        row = photos.store(session, workspace.photos_dir, data, name)[0]
        return previews.preview(workspace.photos_dir, row, row.kind, name)


def test_a_doc_previews_as_its_paragraphs_and_table_rows(workspace: Workspace) -> None:
    result = _store(workspace, word97_bytes(MINUTES), "培训记录.doc")
    assert result.kind == previews.TEXT and not result.problem
    assert result.text == ["会议纪要", "一、议题：垃圾分类", "姓名\t职务", "王芳\t书记", "Page 3 of 2"]


def test_a_wps_text_file_is_the_same_binary_format(workspace: Workspace) -> None:
    result = _store(workspace, word97_bytes([("居民绿色生活公约\r第一条 节约用水\r", False)]), "公约.wps")
    assert (result.kind, result.text) == (previews.TEXT, ["居民绿色生活公约", "第一条 节约用水"])


def test_the_table_stream_named_by_the_fib_is_used() -> None:
    data = word97_bytes([("abc\r", False)], flags=0)  # 0Table named, but the file has 1Table only
    with pytest.raises(word_binary.WordBinaryError) as info:
        word_binary.document_text(data, 1000)
    assert info.value.reason == "not_word"


def test_long_text_is_cut_at_the_character_cap() -> None:
    blocks, truncated = word_binary.document_text(word97_bytes([("绿色社区\r" * 5000, False)]), 100)
    assert truncated and sum(len(block) for block in blocks) <= 100 and blocks[0] == "绿色社区"


def test_an_encrypted_doc_shows_its_summary_and_says_so(workspace: Workspace) -> None:
    result = _store(workspace, word97_bytes(MINUTES, flags=0x0300), "加密.doc")
    assert result.kind == previews.SUMMARY and "加密.doc" in result.problem and "password" in result.problem


def test_a_works_wps_or_other_compound_file_shows_its_summary(workspace: Workspace) -> None:
    result = _store(workspace, compound_file({"CONTENTS": b"works text"}), "旧版.wps")
    assert (
        result.kind == previews.SUMMARY and "旧版.wps" in result.problem and "Word 97-2003" in result.problem
    )


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b.replace(struct.pack("<I", WORD_TEXT_AT), struct.pack("<I", 0x7FFFFFF0)),  # piece far away
        lambda b: b.replace(b"\x02", b"\x07", 1),  # the Clx entry type garbled
    ],
)
def test_a_damaged_doc_shows_its_summary_with_the_reason(workspace: Workspace, damage) -> None:
    result = _store(workspace, damage(word97_bytes(MINUTES)), "坏.doc")
    assert result.kind == previews.SUMMARY and "坏.doc" in result.problem, result.problem


@settings(max_examples=300, deadline=2000)
@given(
    spots=st.lists(st.tuples(st.integers(512, 2 * 4096 + 2048), st.integers(0, 255)), min_size=1, max_size=12)
)
def test_random_damage_never_escapes_as_anything_but_a_word_binary_error(
    spots: list[tuple[int, int]],
) -> None:
    data = bytearray(word97_bytes(MINUTES))
    for offset, value in spots:
        if offset < len(data):
            data[offset] = value
    try:
        blocks, _truncated = word_binary.document_text(bytes(data), previews.MAX_TEXT_CHARS)
    except word_binary.WordBinaryError:
        return
    assert sum(len(block) for block in blocks) <= previews.MAX_TEXT_CHARS


def test_an_et_spreadsheet_previews_as_its_sheets(workspace: Workspace, tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("户数统计")
    for r, row in enumerate([["楼号", "户数"], [1, 120], [2, 88]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(tmp_path / "统计.xls"))
    result = _store(workspace, (tmp_path / "统计.xls").read_bytes(), "统计.et")
    assert result.kind == previews.SHEETS and result.sheets[0].name == "户数统计"
    assert result.sheets[0].rows == [["楼号", "户数"], ["1", "120"], ["2", "88"]]


def test_a_damaged_et_shows_its_summary(workspace: Workspace) -> None:
    result = _store(workspace, compound_file({"Workbook": b"\x09\x08garbage"}), "坏.et")
    assert result.kind == previews.SUMMARY and "坏.et" in result.problem


def test_ods_and_csv_evidence_are_spreadsheets_with_a_sheet_preview(workspace: Workspace) -> None:
    ods = _store(workspace, ods_bytes([["楼号", "户数"], ["1号楼", "120"]], "户数"), "统计.ods")
    assert ods.kind == previews.SHEETS and ods.sheets[0].rows == [["楼号", "户数"], ["1号楼", "120"]]
    csv = _store(workspace, "楼号,户数\n1号楼,120\n".encode("gbk"), "统计.csv")
    assert csv.kind == previews.SHEETS and csv.sheets[0].rows == [["楼号", "户数"], ["1号楼", "120"]]
    with workspace.sessions() as session:
        kinds = {(row.kind, row.extension, row.media_type) for row in session.scalars(select(Photo))}
    assert kinds == {
        ("spreadsheet", "ods", "application/vnd.oasis.opendocument.spreadsheet"),
        ("spreadsheet", "csv", "text/csv"),
    }


def test_an_xlsb_is_stored_as_xlsb_so_its_reader_can_open_it(workspace: Workspace, monkeypatch) -> None:
    blob = io.BytesIO()
    with zipfile.ZipFile(blob, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert evidence_files.classify(blob.getvalue(), "户数.xlsb").extension == "xlsb"
    seen: list[str] = []

    def read(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
        seen.append(path.suffix)
        return [("户数", [("楼号", "户数")])]

    monkeypatch.setattr(previews.spreadsheet, "iter_sheets", read)
    result = _store(workspace, blob.getvalue(), "户数.xlsb")
    assert seen == [".xlsb"] and result.kind == previews.SHEETS  # read as .xlsb, not as a broken .xlsx

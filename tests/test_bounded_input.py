"""No input makes time or memory unbounded: JSON files, standards, photos and workbooks have limits.

Each refusal is a GreenDeskError naming the file (and the item or limit), never a traceback.
"""

from __future__ import annotations

import io
import json
import struct
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from greendesk.core.base import jsonfile, spreadsheet
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.standards import library
from greendesk.core.standards.format import load_standard_file
from greendesk.core.storage import images, photos

SHIPPED = library.shipped_standards_dir() / "national-2020-trial.json"


def _national() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def _write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- the bounded JSON reader ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "more than 32 levels deep"),
        ('{"a": ' * 5_000 + "1" + "}" * 5_000, "more than 32 levels deep"),
        ('{"n": ' + "9" * 5_000 + "}", "5000 digits"),
        ('{"n": -' + "9" * 31 + "}", "31 digits"),
        ('{"pass_mark": NaN}', "NaN"),
        ('{"pass_mark": -Infinity}', "-Infinity"),
        ('{"pass_mark": 1e999}', "1e999"),
        ('{"a": [1, 2}', "not valid JSON (line 1"),
        (
            '{"items": [{"title": "门\\ud800禁"}]}',
            "items[0].title holds a control character or a lone surrogate",
        ),
        ('{"title": "门\\u000b禁"}', "(门\\u000b禁)"),
        ('{"\\u0001": 1}', "the text at \\u0001"),
    ],
    ids=[
        "deep-lists",
        "deep-objects",
        "long-int",
        "long-negative",
        "nan",
        "infinity",
        "overflow",
        "broken",
        "lone-surrogate",
        "control-character",
        "control-in-key",
    ],
)
def test_bad_json_is_named_and_refused(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "input.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(jsonfile.JsonFileError) as info:
        jsonfile.read(path)
    message = info.value.render("en")
    assert str(path) in message and expected in message, message


def test_emoji_tabs_and_line_breaks_are_text_like_any_other(tmp_path: Path) -> None:
    """A surrogate pair is one character (an emoji), and tab, LF and CR are ordinary text."""
    path = tmp_path / "ok.json"
    path.write_bytes(b'{"note": "\\ud83d\\ude00 \\t\\r\\n ok"}')
    assert jsonfile.read(path) == {"note": "\U0001f600 \t\r\n ok"}


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    text = {"title": "[" * 1000 + '{"\\"' + "}" * 3, "items": [[[1, 2]]], "n": 10**29}
    path = _write_json(tmp_path / "ok.json", text)
    assert jsonfile.read(path) == text


def test_oversized_json_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b'"' + b"x" * (jsonfile.DEFAULT_MAX_BYTES + 10) + b'"')
    with pytest.raises(jsonfile.JsonFileError) as info:
        jsonfile.read(path)
    assert "larger than 1 MB" in info.value.render("en") and "big.json" in info.value.render("en")


def test_not_utf8_json_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    path.write_bytes('{"title": "绿色社区"}'.encode("gbk"))
    with pytest.raises(jsonfile.JsonFileError, match=r"gbk\.json is not UTF-8"):
        jsonfile.read(path)


def test_the_app_files_outside_the_database_survive_deep_nesting(tmp_path: Path) -> None:
    """Preferences, the backup index, the lock and the trust store: a clear outcome, no RecursionError."""
    from greendesk.core.package import trust
    from greendesk.core.safety import lock
    from greendesk.core.storage.layout import Layout
    from greendesk.core.workspace import Preferences

    layout = Layout(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    deep = "[" * 50_000 + "]" * 50_000
    for path in (layout.preferences, layout.lock, trust.store_path(tmp_path)):
        path.write_text(deep, encoding="utf-8")
    assert Preferences.load(tmp_path) == Preferences()
    assert lock.read_holder(tmp_path) is None
    with pytest.raises(GreenDeskError) as info:
        trust.load_keys(tmp_path)
    assert "trusted-keys.json" in info.value.render("en") and "levels deep" in info.value.render("en")


# -- standards: limits on texts, lists and numbers --------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "field", "expected"),
    [
        (lambda d: d.__setitem__("title", "长" * 201), "title", "201 characters long; at most 200"),
        (lambda d: d["items"][2].__setitem__("text", "字" * 501), "items[2].text", "at most 500"),
        (lambda d: d.__setitem__("description", "x" * 5001), "description", "at most 5000"),
        (
            lambda d: d["items"][4].__setitem__("verification", "x" * 2001),
            "items[4].verification",
            "at most 2000",
        ),
        (
            lambda d: d["items"].extend(dict(d["items"][0], number=100 + i) for i in range(500)),
            "items",
            "lists 516 entries; at most 500",
        ),
        (
            lambda d: d["categories"].extend(
                {"id": f"c{i}", "number": 10 + i, "title": "t"} for i in range(50)
            ),
            "categories",
            "at most 50",
        ),
        (lambda d: d["items"][0].__setitem__("number", 1000), "items[0].number", "between 1 and 999"),
        (
            lambda d: d["items"][11]["rule"].__setitem__("value", 130),
            "items[11].rule.value",
            "between 0 and 100",
        ),
        (lambda d: d["items"][11]["rule"].__setitem__("value", -1), "items[11].rule.value", "is -1"),
    ],
    ids=["title", "item-text", "description", "verification", "items", "categories", "number", "rule", "neg"],
)
def test_standard_limits_name_the_file_and_field(tmp_path: Path, mutate, field: str, expected: str) -> None:
    data = _national()
    mutate(data)
    path = _write_json(tmp_path / "local.json", data)
    with pytest.raises(ValidationError) as info:
        load_standard_file(path)
    message = info.value.render("en")
    assert str(path) in message and f"'{field}'" in message and expected in message, message


def test_scored_standard_numbers_must_be_finite_and_in_range(tmp_path: Path) -> None:
    data = _national()
    data.update(mode="scored", max_points=16, pass_mark=12)
    for item in data["items"]:
        item["points"] = 1
    assert load_standard_file(_write_json(tmp_path / "ok.json", data)).pass_mark == 12
    data["items"][3]["points"] = -1
    with pytest.raises(ValidationError, match=r"'items\[3\]\.points' is -1"):
        load_standard_file(_write_json(tmp_path / "negative.json", data))
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(data).replace('"pass_mark": 12', '"pass_mark": NaN'), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_standard_file(path)
    assert "nan.json" in info.value.render("en") and "NaN" in info.value.render("en")


def test_huge_standard_file_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    data = _national()
    data["title"] = "x" * (9 * 1024 * 1024)
    _write_json(path, data)
    with pytest.raises(ValidationError) as info:
        load_standard_file(path)
    assert "huge.json" in info.value.render("en") and "larger than 8 MB" in info.value.render("en")


def test_deep_standard_is_an_error_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"items": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"deep\.json nests brackets more than 32 levels"):
        load_standard_file(path)


# -- one bad standard file disables only itself -----------------------------------------------


def _bad_and_good(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "broken.json"
    bad.write_text("[" * 10_000, encoding="utf-8")
    good = dict(_national(), id="local-2024", title="本地标准", derives_from="national-2020-trial")
    return bad, _write_json(folder / "local.json", good)


def test_a_bad_standard_file_disables_only_itself(tmp_path: Path) -> None:
    bad, _good = _bad_and_good(tmp_path)
    found = library.discover_standards([tmp_path])
    assert set(found.standards) == {"national-2020-trial", "example-national-100", "local-2024"}
    (warning,) = found.skipped
    assert str(bad) in warning.render("en") and "levels deep" in warning.render("en")
    assert library.get_standard("local-2024", [tmp_path]).title == "本地标准"


def test_a_missing_standard_names_the_skipped_files(tmp_path: Path) -> None:
    bad, _good = _bad_and_good(tmp_path)
    with pytest.raises(GreenDeskError) as info:
        library.get_standard("local-2025", [tmp_path])
    message = info.value.render("en")
    assert "Unknown standard 'local-2025'" in message and "1 standard file(s) were skipped" in message
    assert str(bad) in message


def test_cli_lists_the_good_standards_and_warns_about_the_bad(
    workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    from greendesk.cli import main

    bad, _good = _bad_and_good(workspace.standards_dir)
    folder = str(workspace.data_dir)
    workspace.close()
    assert main(["--data-dir", folder, "standards", "list"]) == 0
    out, err = capsys.readouterr()
    assert "local-2024" in out and "national-2020-trial" in out
    assert str(bad) in err and "levels deep" in err
    assert main(["--data-dir", folder, "standards", "check", str(bad)]) == 2
    assert "levels deep" in capsys.readouterr().err


def test_import_goes_on_beside_a_bad_standard_file(chaoyang, tmp_path: Path) -> None:
    from intake_fixtures import communities, jpeg_bytes, list_workbook, write_zip

    from greendesk.core.intake.analysis import analyse_package
    from greendesk.core.intake.apply import apply_import

    _bad_and_good(chaoyang.standards_dir)
    first, _, _ = communities(chaoyang)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    package = write_zip(
        tmp_path / "街道.zip", {"名单.xlsx": book.read_bytes(), f"{first.name}/第2条/好.jpg": jpeg_bytes()}
    )
    plan = analyse_package(chaoyang, package, 2022, 1)
    result = apply_import(chaoyang, plan)
    assert result.photos_attached == 1


# -- photos: pixel limits from the header, a decode budget per import --------------------------


def _png_bomb(width: int = 15_800, height: int = 15_800) -> bytes:
    """A 1-bit palette PNG of ``width`` x ``height`` white pixels: about 30 KB on disk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = (b"\0" * (1 + (width + 7) // 8)) * height
    header = struct.pack(">IIBBBBB", width, height, 1, 3, 0, 0, 0)
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"PLTE", b"\0\0\0\xff\xff\xff"),
            chunk(b"IDAT", zlib.compress(rows, 9)),
            chunk(b"IEND", b""),
        ]
    )


@pytest.fixture
def no_decoding(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every decode (ImageFile.load) instead of doing it."""
    calls: list[str] = []

    def load(image):
        calls.append(image.format)
        raise AssertionError("decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return calls


def test_a_decompression_bomb_is_refused_from_its_header(no_decoding: list[str]) -> None:
    data = _png_bomb()
    assert len(data) < 100_000
    started = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        photos.prepare(data, "吉祥社区/第3条/炸弹.png")
    assert time.perf_counter() - started < 0.5
    assert no_decoding == []
    message = info.value.render("en")
    for part in ("炸弹.png", "15800 × 15800 pixels", "249.6 megapixels", "PNG", "at most 60 megapixels"):
        assert part in message, message


def test_four_bomb_photos_in_a_package_are_refused_without_decoding(
    chaoyang, tmp_path: Path, no_decoding: list[str]
) -> None:
    from intake_fixtures import communities, list_workbook, write_zip

    from greendesk.core.intake.analysis import analyse_package

    first, _, _ = communities(chaoyang)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    bomb = _png_bomb()
    members = {f"{first.name}/第{item}条/图{item}.png": bomb for item in range(1, 5)}
    package = write_zip(tmp_path / "街道.zip", {"名单.xlsx": book.read_bytes(), **members})
    started = time.perf_counter()
    plan = analyse_package(chaoyang, package, 2022, 1)
    assert time.perf_counter() - started < 10  # the refusals themselves take milliseconds
    refused = [p.render("en") for p in plan.problems if p.kind == "bad_photo"]
    assert len(refused) == 4 and all("at most 60 megapixels" in text for text in refused)
    assert no_decoding == []


def test_a_progressive_jpeg_is_held_to_the_full_size_limit(tmp_path: Path) -> None:
    """A baseline JPEG decodes at 1/8 scale and may be large; a progressive one holds every pixel."""
    image = Image.new("L", (9_000, 6_800), 128)  # 61.2 megapixels
    baseline, progressive = io.BytesIO(), io.BytesIO()
    image.save(baseline, "JPEG", quality=30)
    image.save(progressive, "JPEG", quality=30, progressive=True)
    assert photos.prepare(baseline.getvalue(), "baseline.jpg").print_copy.width >= images.PRINT_SIZE // 2
    with pytest.raises(ValidationError) as info:
        photos.prepare(progressive.getvalue(), "progressive.jpg")
    message = info.value.render("en")
    assert "progressive.jpg" in message and "progressive JPEG" in message and "61.2 megapixels" in message


def test_decoding_ahead_keeps_the_estimated_memory_within_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Photos start only while their estimated decode memory fits; one larger than it runs alone."""
    megabyte = 1024 * 1024
    monkeypatch.setattr(photos, "decode_cost", lambda data: int(data) * megabyte)
    lock, running, peaks = threading.Lock(), [0], []

    def work(data: bytes, name: str) -> str:
        with lock:
            running[0] += int(data)
            peaks.append(running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= int(data)
        return name

    sizes = [400, 400, 400, 900, 1500, 10, 10, 10, 10, 10, 700, 300]
    jobs = [(index, str(size).encode(), f"p{index}") for index, size in enumerate(sizes)]
    results = [
        (key, future.result())
        for key, future in photos.decode_ahead(jobs, work, workers=4, budget=1024 * megabyte)
    ]
    assert results == [(index, f"p{index}") for index in range(len(sizes))]
    assert max(peaks) == 1500  # the oversized photo, alone
    assert sorted(peaks)[-2] <= 1024


# -- workbooks: sheet XML, rows and merged cells are bounded -----------------------------------

_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _raw_workbook(path: Path, rows: int, merge: str = "", stray: str = "") -> Path:
    """A minimal .xlsx written as XML (openpyxl would take minutes for a million rows)."""
    doc = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{doc}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{doc}.worksheet+xml"/></Types>'
    )
    body = "".join(
        f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="B{i}"><v>7</v></c></row>' for i in range(1, rows + 1)
    )
    merged = f'<mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>' if merge else ""
    if stray:  # one cell far to the right widens the used range
        body = body.replace("</row>", f'<c r="{stray}"><v>1</v></c></row>', 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_PKG_NS}"><Relationship Id="rId1" Type="{_REL_NS}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{_SHEET_NS}" xmlns:r="{_REL_NS}"><sheets>'
            '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{_PKG_NS}"><Relationship Id="rId1" Type="{_REL_NS}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{body}</sheetData>{merged}</worksheet>',
        )
    return path


def test_a_sheet_of_a_million_rows_is_refused_before_parsing(tmp_path: Path) -> None:
    path = _raw_workbook(tmp_path / "百万行.xlsx", 1_048_576)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        spreadsheet.iter_sheets(path)
    assert time.perf_counter() - started < 2
    message = info.value.render("en")
    assert "百万行.xlsx" in message and "more than the 64 MB" in message, message


def test_rows_with_data_are_limited_per_sheet(tmp_path: Path) -> None:
    path = _raw_workbook(tmp_path / "长表.xlsx", spreadsheet.MAX_ROWS + 1)
    with pytest.raises(ValidationError) as info:
        spreadsheet.iter_sheets(path)
    message = info.value.render("en")
    assert "长表.xlsx" in message and "sheet '名单'" in message and "more than 100000 rows" in message
    assert len(spreadsheet.iter_sheets(_raw_workbook(tmp_path / "ok.xlsx", 1_000))[0][1]) == 1_000


def test_a_merge_over_the_whole_sheet_is_refused(tmp_path: Path) -> None:
    path = _raw_workbook(tmp_path / "合并.xlsx", 1_000, merge="A1:XFD1000", stray="XFD1")
    with pytest.raises(ValidationError) as info:
        spreadsheet.iter_sheets(path)
    message = info.value.render("en")
    assert "合并.xlsx" in message and "merged cells covering" in message, message


def test_the_standard_screen_names_a_skipped_file_and_shows_the_rest(qtbot, chaoyang, tmp_path: Path) -> None:
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.standard_screen import StandardScreen

    bad, _good = _bad_and_good(chaoyang.standards_dir)
    screen = StandardScreen(UiContext(chaoyang))
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    assert not screen.skipped.isHidden()
    assert bad.name in screen.skipped.text() and "broken.json" in screen.skipped.text()
    # the shipped national standard and scored example, and the good local file; the default is shown
    assert screen.picker.count() == 3 and screen.model.rowCount() == 5
    assert screen.picker.currentData() == "national-2020-trial"
    screen.grab().save(str(tmp_path / "standard_screen.png"))

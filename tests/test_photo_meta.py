"""A photo's own metadata, read right: capture time with its source, GPS and orientation as exiftool
reads them, and EXIF trouble as warnings (never a refusal or a traceback)."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import shutil
import struct
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from heic_support import encode_heic
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PIL.TiffImagePlugin import IFDRational

from greendesk.core.base.errors import ValidationError
from greendesk.core.package import documents
from greendesk.core.package.records import PhotoRecord
from greendesk.core.review import photo_checks
from greendesk.core.storage import images, photo_meta, photos
from greendesk.core.workspace import Workspace

OFFICE = timezone(timedelta(hours=8))


def xmp_packet(tag: str, value: str, element: bool = False) -> bytes:
    prefix = tag.split(":")[0]
    spaces = {
        "exif": "http://ns.adobe.com/exif/1.0/",
        "photoshop": "http://ns.adobe.com/photoshop/1.0/",
        "xmp": "http://ns.adobe.com/xap/1.0/",
    }
    body = f"<{tag}>{value}</{tag}>" if element else ""
    attribute = "" if element else f' {tag}="{value}"'
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:{prefix}="{spaces[prefix]}"{attribute}>{body}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def xmp_oriented(orientation: str, element: bool, date: str = "2021-04-05T06:07:08") -> bytes:
    """An XMP packet with a capture date and ``tiff:Orientation`` (attribute or element form), no EXIF."""
    tiff = f"<tiff:Orientation>{orientation}</tiff:Orientation>" if element else ""
    attribute = "" if element else f" tiff:Orientation='{orientation}'"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
        f'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:DateTimeOriginal="{date}"{attribute}>{tiff}'
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


def camera_exif(
    original: str | None = None,
    offset: str | None = None,
    orientation: int | None = None,
    gps: tuple[str, tuple, str, tuple] | None = None,
    modify: str | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if modify:
        exif[0x0132] = modify
    if orientation:
        exif[0x0112] = orientation
    if original:
        sub = exif.get_ifd(0x8769)
        sub[0x9003] = original
        if offset:
            sub[0x9011] = offset
    if gps:
        exif[0x8825] = {1: gps[0], 2: gps[1], 3: gps[2], 4: gps[3]}
    return exif


def encode(fmt: str, size: tuple[int, int] = (64, 48), **params) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 140, 60)).save(buffer, fmt, **params)
    return buffer.getvalue()


def corpus() -> dict[str, bytes]:
    """Camera-like photos: every orientation, all four hemispheres, XMP-only dates, PNG/WebP/HEIC."""
    files: dict[str, bytes] = {}
    places = [
        ("N", (39.0, 54.0, 27.12), "E", (116.0, 23.0, 50.4)),
        ("S", (33.0, 51.0, 21.5), "W", (70.0, 39.0, 7.25)),
        ("S", (33.0, 52.0, 8.0), "E", (151.0, 12.0, 3.25)),
        ("N", (40.0, 42.0, 46.0), "W", (74.0, 0.0, 21.5)),
    ]
    for orientation in range(1, 9):
        exif = camera_exif(
            f"2022:05:0{orientation} 10:11:12",
            ["+09:00", "-03:00", None, "+08:00"][orientation % 4],
            orientation,
            places[orientation % 4],
            modify="2024:01:01 00:00:00",
        )
        files[f"orientation-{orientation}.jpg"] = encode("JPEG", exif=exif)
    xmp_cases = [
        ("exif:DateTimeOriginal", "2021-03-04T05:06:07+02:00", False),
        ("photoshop:DateCreated", "2021-03-05T06:07:08Z", True),
        ("xmp:CreateDate", "2021-03-06T07:08:09", False),
    ]
    for index, (tag, value, element) in enumerate(xmp_cases):
        files[f"xmp-{index}.jpg"] = encode("JPEG", xmp=xmp_packet(tag, value, element))
    files["xmp.webp"] = encode("WEBP", xmp=xmp_packet(*xmp_cases[0]))
    files["xmp.heic"] = encode_heic(Image.new("RGB", (64, 48), (40, 140, 60)), xmp=xmp_packet(*xmp_cases[1]))
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp_packet(*xmp_cases[2]).decode())
    files["xmp.png"] = encode("PNG", pnginfo=info)
    files["exif.png"] = encode("PNG", exif=camera_exif("2023:07:08 09:10:11", None, 6, places[1]))
    files["exif.webp"] = encode("WEBP", exif=camera_exif("2023:07:09 09:10:11", "+05:30", 8, places[3]))
    files["modify-only.jpg"] = encode("JPEG", exif=camera_exif(modify="2020:02:03 04:05:06"))
    # orientation only in XMP (single-quoted attribute: not Pillow's own pattern; element form)
    files["xmp-orientation-6.jpg"] = encode("JPEG", xmp=xmp_oriented("6", element=False))
    files["xmp-orientation-8.jpg"] = encode("JPEG", xmp=xmp_oriented("8", element=True))
    files["xmp-orientation-3.webp"] = encode("WEBP", xmp=xmp_oriented("3", element=True))
    both = camera_exif("2023:07:10 09:10:11", None, 3)  # EXIF says 3, XMP 8: EXIF wins, as in exiftool
    files["exif-and-xmp-orientation.jpg"] = encode("JPEG", exif=both, xmp=xmp_oriented("8", element=True))
    # older Adobe software binds the XMP basic namespace to 'xap:', not 'xmp:'
    xap = xmp_packet("xmp:CreateDate", "2005-09-07T15:07:40-07:00").replace(b"xmp:", b"xap:")
    files["xap-prefix.jpg"] = encode("JPEG", exif=camera_exif(modify="2005:09:07 15:09:51"), xmp=xap)
    # a phone's HEIC: the decoder turns the pixels itself, the file's orientation is still 6
    files["turned.heic"] = encode_heic(
        Image.new("RGB", (64, 48), (40, 140, 60)), exif=camera_exif("2022:02:16 19:55:41", None, 6)
    )
    return files


def _exiftool_time(value: str | None, offset: str | None = None) -> datetime | None:
    """exiftool's date string ('2021:03:04 05:06:07+02:00'), in office time when it has a zone."""
    if not value:
        return None
    match = re.match(r"(\d{4}):(\d\d):(\d\d) (\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)?$", value)
    assert match, value
    moment = datetime(*map(int, match.groups()[:6]))
    zone = match.group(7) or offset
    if not zone:
        return moment
    if zone == "Z":
        tz = UTC
    else:
        sign = -1 if zone[0] == "-" else 1
        tz = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    return moment.replace(tzinfo=tz).astimezone(OFFICE).replace(tzinfo=None)


def _expected_time(tags: dict) -> datetime | None:
    """The documented order (photo_meta), applied to exiftool's reading."""
    for name, offset in (("DateTimeOriginal", "OffsetTimeOriginal"), ("CreateDate", "OffsetTimeDigitized")):
        if f"ExifIFD:{name}" in tags:
            return _exiftool_time(tags[f"ExifIFD:{name}"], tags.get(f"ExifIFD:{offset}"))
    for key in ("XMP-exif:DateTimeOriginal", "XMP-photoshop:DateCreated", "XMP-xmp:CreateDate"):
        if key in tags:
            return _exiftool_time(str(tags[key]))
    return _exiftool_time(tags.get("IFD0:ModifyDate"), tags.get("ExifIFD:OffsetTime"))


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_capture_time_gps_and_orientation_equal_exiftool(tmp_path: Path) -> None:
    paths = []
    for name, data in corpus().items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    output = subprocess.run(
        ["exiftool", "-n", "-json", "-G1", *map(str, paths)], capture_output=True, check=True, text=True
    ).stdout
    readings = {Path(entry["SourceFile"]).name: entry for entry in json.loads(output)}
    assert len(readings) == len(paths)
    for path in paths:
        tags = readings[path.name]
        info = images.inspect(path.read_bytes(), path.name)[0]
        assert info.taken_at == _expected_time(tags), path.name
        assert info.taken_at is not None and info.problems == (), path.name
        orientation = tags.get("IFD0:Orientation", tags.get("XMP-tiff:Orientation", 1))
        assert info.orientation == int(orientation), path.name
        assert info.has_exif == any(key.startswith(("IFD0:", "ExifIFD:")) for key in tags), path.name
        if "Composite:GPSLatitude" in tags:
            assert info.gps_lat == pytest.approx(tags["Composite:GPSLatitude"], abs=1e-6), path.name
            assert info.gps_lon == pytest.approx(tags["Composite:GPSLongitude"], abs=1e-6), path.name
        else:
            assert info.gps_lat is None and info.gps_lon is None, path.name
    southwest = images.inspect(corpus()["orientation-5.jpg"], "sw.jpg")[0]
    assert southwest.gps_lat < 0 and southwest.gps_lon < 0  # the hemispheres really were covered


def test_heic_is_decoded_by_pi_heif_which_ships_no_encoder() -> None:
    """The Windows bundle carries decode-only pi-heif (no 21 MB HEVC encoder): HEIC opens, saving does not."""
    info, thumbnail, _ = images.inspect(corpus()["xmp.heic"], "xmp.heic")
    assert images.HEIF_SUPPORTED and info.format == "HEIF" and (info.width, info.height) == (64, 48)
    assert thumbnail.getpixel((10, 10))[1] > 100  # decoded pixels: the test photo is green
    assert Image.OPEN["HEIF"][0].__module__.startswith("pi_heif")
    assert "HEIF" not in Image.SAVE


def test_each_capture_time_names_its_source_and_offsets_become_office_time() -> None:
    files = corpus()
    jpeg = images.inspect(files["orientation-1.jpg"], "a.jpg")[0]  # 10:11:12 at -03:00
    assert (jpeg.taken_at, jpeg.taken_source) == (datetime(2022, 5, 1, 21, 11, 12), "exif")
    xmp = images.inspect(files["xmp-1.jpg"], "b.jpg")[0]  # photoshop:DateCreated 06:07:08Z
    assert (xmp.taken_at, xmp.taken_source) == (datetime(2021, 3, 5, 14, 7, 8), "xmp")
    png = images.inspect(files["xmp.png"], "c.png")[0]  # no zone: the camera's wall clock
    assert (png.taken_at, png.taken_source, png.has_exif) == (datetime(2021, 3, 6, 7, 8, 9), "xmp", False)
    modify = images.inspect(files["modify-only.jpg"], "d.jpg")[0]
    assert (modify.taken_at, modify.taken_source) == (datetime(2020, 2, 3, 4, 5, 6), "exif")
    # DateTimeOriginal wins over the later DateTime (IFD0) an editor rewrote
    assert images.inspect(files["orientation-2.jpg"], "e.jpg")[0].taken_at.year == 2022


def test_the_file_time_is_the_last_resort_and_flagged_as_not_a_capture_time(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "scan.jpg"
    path.write_bytes(encode("JPEG"))
    os.utime(path, (1_650_000_000, 1_650_000_000))
    with workspace.transaction() as session:
        row, _ = photos.store(session, workspace.photos_dir, path, path.name)
        assert row.taken_source == photo_meta.SOURCE_MTIME
        assert row.taken_at == datetime.fromtimestamp(1_650_000_000)
    assert images.inspect(encode("JPEG"), "bytes.jpg")[0].taken_source == ""  # no file, no time


def _with_app1(payload: bytes) -> bytes:
    data = encode("JPEG")
    return data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:]


def test_exif_trouble_is_a_warning_and_only_pixels_refuse() -> None:
    whole = camera_exif("2022:05:06 10:11:12", orientation=6, modify="2022:05:06 10:11:12").tobytes()
    truncated = images.inspect(_with_app1(whole[:40]), "cut.jpg")[0]
    assert photo_meta.EXIF_UNREADABLE in truncated.problems
    garbage = images.inspect(_with_app1(b"Exif\x00\x00XX*\x00nonsense"), "header.jpg")[0]
    assert photo_meta.EXIF_UNREADABLE in garbage.problems and garbage.width == 64
    for fmt in ("PNG", "WEBP"):  # Pillow raises SyntaxError for these; it used to refuse the photo
        info = images.inspect(encode(fmt, exif=b"garbage!"), f"bad.{fmt.lower()}")[0]
        assert info.problems == (photo_meta.EXIF_UNREADABLE,) and info.orientation == 1
    zero = Image.Exif()
    zero[0x8825] = {1: "N", 2: (39.0, IFDRational(54, 0), 27.0), 3: "E", 4: (116.0, 23.0, 50.0)}
    bad_gps = images.inspect(encode("JPEG", exif=zero), "zero.jpg")[0]
    assert (bad_gps.gps_lat, bad_gps.problems) == (None, (photo_meta.GPS_INVALID,))
    two_parts = Image.Exif()
    two_parts[0x8825] = {1: "S", 2: (33.0, 30.0), 3: "W", 4: (70.5,)}
    odd = images.inspect(encode("JPEG", exif=two_parts), "odd.jpg")[0]
    assert (odd.gps_lat, odd.gps_lon, odd.problems) == (-33.5, -70.5, ())
    wrong = images.inspect(encode("JPEG", exif=camera_exif("0000:00:00 00:00:00", orientation=9)), "w.jpg")[0]
    assert set(wrong.problems) == {photo_meta.EXIF_BAD_VALUE, photo_meta.ORIENTATION_INVALID}


def test_a_parser_crash_inside_exif_is_a_warning_not_a_traceback(monkeypatch) -> None:
    def broken(self):
        raise struct.error("unpack requires a buffer of 12 bytes")

    monkeypatch.setattr(Image.Image, "getexif", broken)
    info, thumb, _print = images.inspect(encode("JPEG", exif=camera_exif(orientation=6)), "x.jpg")
    assert info.problems == (photo_meta.EXIF_UNREADABLE,) and thumb.size == (64, 48)


def test_undecodable_pixels_still_refuse() -> None:
    data = encode("JPEG", size=(256, 256))
    with pytest.raises(ValidationError, match=r"truncated|damaged"):
        images.inspect(data[:300], "broken.jpg")


def test_full_dimensions_are_the_stored_pixels_and_the_upright_size_turns() -> None:
    info = images.inspect(encode("JPEG", size=(4032, 3024), exif=camera_exif(orientation=6)), "big.jpg")[0]
    assert (info.width, info.height) == (4032, 3024)  # not the 1008 × 756 reduced decode
    assert images.upright_size(info.width, info.height, info.orientation) == (3024, 4032)
    assert images.upright_size(4032, 3024, 6, 90) == (4032, 3024)


def test_metadata_problems_reach_the_photo_trust_warnings(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        row, _ = photos.store(session, workspace.photos_dir, encode("PNG", exif=b"garbage!"), "bad.png")
        session.flush()
        kinds = photo_checks.metadata_problems(workspace.photos_dir, row)
    assert kinds == (photo_meta.EXIF_UNREADABLE,)
    text = str(photo_checks.PhotoWarning(kinds[0], row.sha256, {"photo": "bad.png"}).message())
    assert "bad.png" in text and "EXIF" in text


def test_the_record_pdf_caption_says_a_file_time_is_not_a_capture_time() -> None:
    from_file = PhotoRecord("ab" * 32, "jpg", 1, 64, 48, 1, datetime(2022, 4, 15, 8, 0), "scan.jpg", "")
    from_file = dataclasses.replace(from_file, taken_source=photo_meta.SOURCE_MTIME)
    assert "not a capture time" in documents.photo_caption(3, from_file, "en")
    camera = dataclasses.replace(from_file, taken_source=photo_meta.SOURCE_EXIF)
    assert "not a capture time" not in documents.photo_caption(3, camera, "en")
    assert "2022-04-15 08:00:00" in documents.photo_caption(3, camera, "en")


def test_an_xmp_only_orientation_turns_thumbnail_print_copy_and_display(tmp_path: Path) -> None:
    data = corpus()["xmp-orientation-6.jpg"]  # 64 × 48 stored, turned a quarter by XMP alone
    info, thumbnail, print_copy = images.inspect(data, "xmp.jpg")
    assert (info.orientation, info.has_exif, info.problems) == (6, False, ())
    assert thumbnail.height > thumbnail.width and print_copy.height > print_copy.width
    path = tmp_path / "xmp.jpg"
    path.write_bytes(data)
    with images.open_upright(path) as shown:
        assert shown.size == (48, 64)
    assert photo_meta.xmp_orientation("<tiff:Orientation> 5 </tiff:Orientation>") == "5"
    assert photo_meta.xmp_orientation('tiff:Orientation = "2"') == "2"
    assert photo_meta.xmp_orientation("<x:xmpmeta/>") is None


def test_an_invalid_xmp_orientation_is_a_warning_and_shown_as_stored() -> None:
    info = images.inspect(encode("JPEG", xmp=xmp_oriented("9", element=True)), "odd.jpg")[0]
    assert info.orientation == 1 and photo_meta.ORIENTATION_INVALID in info.problems


def test_a_heic_keeps_its_own_orientation_and_is_turned_once() -> None:
    info, thumbnail, _print = images.inspect(corpus()["turned.heic"], "phone.heic")
    assert info.orientation == 6  # what exiftool reads, though pillow_heif resets the EXIF copy to 1
    shown = images.upright_size(info.width, info.height, info.orientation)
    # the decoder's pixels are not turned a second time, and the shown size agrees with them
    assert (shown[0] > shown[1]) == (thumbnail.width > thumbnail.height)

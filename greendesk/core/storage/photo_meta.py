"""What a photo says about itself: capture time (and where it came from), place and orientation.

Read from the header only (no pixel is decoded), and never fatal: a truncated EXIF block, bad
rationals (a zero denominator), odd GPS tuples or an unreadable XMP packet become *problems* on the
result, shown to the reviewer as photo-trust warnings; only undecodable pixels refuse a photo
(storage.images). Values equal exiftool's reading (``exiftool -n``), which tests/test_photo_meta
checks against the real tool.

Capture time, first found wins (``taken_source``):
1. EXIF DateTimeOriginal, then DateTimeDigitized (the camera's own capture fields) -> ``exif``;
2. XMP ``exif:DateTimeOriginal``, ``photoshop:DateCreated``, ``xmp:CreateDate`` (JPEG APP1, PNG
   iTXt, WebP, HEIC packets) -> ``xmp``;
3. EXIF DateTime (IFD0): by the EXIF standard the time the file was last changed, so it counts only
   when neither capture field nor XMP has a date (many older cameras write only this one) -> ``exif``;
4. maker notes are not read: each vendor has its own binary layout, and every camera that writes one
   also writes DateTimeOriginal;
5. otherwise the file's modification time, when it is known -> ``mtime``, which is *not* a capture
   time and is flagged as such among the photo-trust warnings.
Offsets: when the photo states its UTC offset (EXIF OffsetTimeOriginal / OffsetTimeDigitized /
OffsetTime, or a zone in the XMP date) the time is converted to China Standard Time (UTC+8, the
office's clock, with no daylight saving); without an offset the camera's wall-clock time is kept as
it stands. ``taken_at`` is stored without a zone, like every time in the workspace.
GPS: degrees (one to three rationals), negative in the southern and western hemispheres; (0, 0), the
fix of a receiver without a fix, counts as no place. Orientation: EXIF 1-8; without an EXIF
orientation, the XMP ``tiff:Orientation`` (attribute or element form; editors and some phones write
only that one), as exiftool reads it; anything else is 1. Pillow copies a simple XMP orientation into
``getexif()``; that copy is not counted as EXIF (``has_exif`` stays false for an XMP-only photo).
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from PIL import ExifTags, Image

SOURCE_EXIF = "exif"
SOURCE_XMP = "xmp"
SOURCE_MTIME = "mtime"

# Problem kinds (photo_checks turns each into a translated warning).
EXIF_UNREADABLE = "exif_unreadable"
EXIF_BAD_VALUE = "exif_bad_value"
GPS_INVALID = "gps_invalid"
ORIENTATION_INVALID = "orientation_invalid"

OFFICE_ZONE = timezone(timedelta(hours=8))
# Whatever Pillow's EXIF parser throws on a damaged block (struct.error is a plain Exception).
_BROKEN = (Exception,)
# XMP properties by namespace URI and local name, with the prefix they are usually written with;
# a packet may bind any prefix to the namespace (older Adobe software writes ``xap:CreateDate``).
_XMP_EXIF, _XMP_PHOTOSHOP = "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/photoshop/1.0/"
_XMP_BASIC, _XMP_TIFF = "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/tiff/1.0/"
_XMP_DATE_TAGS = (
    (_XMP_EXIF, "exif", "DateTimeOriginal"),
    (_XMP_PHOTOSHOP, "photoshop", "DateCreated"),
    (_XMP_BASIC, "xmp", "CreateDate"),
)
_XMP_ORIENTATION_TAG = (_XMP_TIFF, "tiff", "Orientation")
_XMLNS = re.compile(r"xmlns:([A-Za-z_][\w.\-]{0,40})\s*=\s*[\"']([^\"']{1,200})[\"']")
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")
_XMP_DATE = re.compile(
    r"^(\d{4})[-:](\d{2})(?:[-:](\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)


@dataclass(frozen=True)
class PhotoMeta:
    orientation: int = 1
    taken_at: datetime | None = None
    taken_source: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    has_exif: bool = False
    problems: tuple[str, ...] = ()
    # The decoder already turned the pixels upright (HEIF: libheif applies the file's rotation, and
    # pillow_heif keeps the file's own orientation aside as ``original_orientation``).
    decoded_upright: bool = False


def _offset(value: object) -> timezone | None:
    text = _text(value)
    match = _OFFSET.match(text.strip()) if text else None
    if match is None:
        return None
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))


def _in_office_time(moment: datetime, zone: timezone | None) -> datetime:
    if zone is None:
        return moment
    return moment.replace(tzinfo=zone).astimezone(OFFICE_ZONE).replace(tzinfo=None)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "ignore")
    return value.strip("\x00 ") if isinstance(value, str) else ""


def _exif_time(value: object, offset: object) -> datetime | None:
    try:
        moment = datetime.strptime(_text(value)[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return _in_office_time(moment, _offset(offset))


def _xmp_values(packet: str, tag: tuple[str, str, str]) -> list[str]:
    """Every value of one XMP property (attribute or element form), under any prefix bound to its namespace."""
    uri, usual, local = tag
    prefixes = dict.fromkeys([usual, *(p for p, bound in _XMLNS.findall(packet) if bound == uri)])
    values = []
    for prefix in prefixes:
        name = re.escape(f"{prefix}:{local}")
        pattern = rf'(?<![\w:]){name}\s*=\s*["\']([^"\'<]*)["\']|<{name}>([^<]*)</{name}>'
        values.extend((m.group(1) or m.group(2) or "").strip() for m in re.finditer(pattern, packet))
    return values


def xmp_time(packet: str) -> datetime | None:
    """The first capture date the XMP packet gives (attribute or element form), in office time."""
    for tag in _XMP_DATE_TAGS:
        for value in _xmp_values(packet, tag):
            moment = _xmp_date(value)
            if moment is not None:
                return moment
    return None


def _xmp_date(text: str) -> datetime | None:
    match = _XMP_DATE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(
            int(year), int(month), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if zone == "Z":
        return _in_office_time(moment, UTC)
    return _in_office_time(moment, _offset(zone) if zone else None)


def _xmp_packet(image: Image.Image) -> str:
    tags = getattr(image, "tag_v2", None)
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    if not packet and tags is not None:  # TIFF: the XMP tag (700)
        packet = tags.get(700) or b""
    if isinstance(packet, bytes):
        packet = packet.decode("utf-8", "replace")
    return packet if isinstance(packet, str) else ""


def _number(value: object) -> float:
    """A rational (Pillow's IFDRational or a (numerator, denominator) pair) as a finite float."""
    pair = isinstance(value, tuple) and len(value) == 2
    result = value[0] / value[1] if pair else float(value)  # type: ignore[index,arg-type]
    if not math.isfinite(result):
        raise ValueError(value)
    return result


def _degrees(value: object) -> float:
    parts = value if isinstance(value, tuple | list) else (value,)
    if not 1 <= len(parts) <= 3:
        raise ValueError(value)
    return sum(_number(part) / 60**index for index, part in enumerate(parts))


def _gps(exif: Image.Exif, problems: list[str]) -> tuple[float | None, float | None]:
    try:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except _BROKEN:
        problems.append(GPS_INVALID)
        return None, None
    if not info or 2 not in info or 4 not in info:
        return None, None
    try:
        lat, lon = _degrees(info[2]), _degrees(info[4])
    except (TypeError, ValueError, ZeroDivisionError, IndexError):
        problems.append(GPS_INVALID)
        return None, None
    if _text(info.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if _text(info.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(GPS_INVALID)
        return None, None
    if lat == 0 and lon == 0:
        return None, None
    return round(lat, 7), round(lon, 7)


def _exif_times(exif: Image.Exif, problems: list[str]) -> tuple[datetime | None, datetime | None]:
    """(capture time from DateTimeOriginal/Digitized, IFD0 DateTime) — either may be None."""
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except _BROKEN:
        problems.append(EXIF_UNREADABLE)
        sub = {}
    captured = None
    for tag, offset_tag in ((0x9003, 0x9011), (0x9004, 0x9012)):
        if captured is None and tag in sub:
            captured = _exif_time(sub.get(tag), sub.get(offset_tag))
            if captured is None:
                problems.append(EXIF_BAD_VALUE)
    changed = _exif_time(exif.get(ExifTags.Base.DateTime), sub.get(0x9010))
    return captured, changed


def xmp_orientation(packet: str) -> str | None:
    """The XMP ``tiff:Orientation`` as written (attribute or element), None when the packet has none."""
    values = _xmp_values(packet, _XMP_ORIENTATION_TAG)
    return values[0] if values else None


def _own_orientation(image: Image.Image, exif: Image.Exif) -> bool:
    """Whether the EXIF orientation is the file's own, not Pillow's copy of the XMP one."""
    if ExifTags.Base.Orientation not in exif:
        return False
    tags = getattr(image, "tag_v2", None)
    if tags is not None:  # TIFF: IFD0 is the file's own directory
        return ExifTags.Base.Orientation in tags
    raw = image.info.get("exif")
    if not isinstance(raw, bytes) or not raw:
        return "Raw profile type exif" in image.info
    block = Image.Exif()
    try:
        block.load(raw)
    except _BROKEN:
        return True  # Pillow parsed it once already; keep its reading
    return ExifTags.Base.Orientation in block


def _orientation(value: object, problems: list[str]) -> int:
    try:
        orientation = int(value if value is not None else 1)
    except (TypeError, ValueError):
        orientation = 0
    if not 1 <= orientation <= 8:
        problems.append(ORIENTATION_INVALID)
        return 1
    return orientation


def _truncated(raw: object, parsed: int) -> bool:
    """True when the raw EXIF block (TIFF header, IFD0) is cut short or holds entries Pillow dropped."""
    if not isinstance(raw, bytes) or not raw:
        return False
    tiff = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return True
    (offset,) = struct.unpack(order + "I", tiff[4:8])
    if offset + 2 > len(tiff):
        return True
    (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
    return offset + 2 + 12 * count > len(tiff) or parsed < count


def read_meta(image: Image.Image, modified: datetime | None = None) -> PhotoMeta:
    """Everything above from an opened image (header only); ``modified`` is the file's mtime, if known."""
    problems: list[str] = []
    try:
        exif = image.getexif()
    except _BROKEN:
        exif = Image.Exif()
        problems.append(EXIF_UNREADABLE)
    packet = _xmp_packet(image)
    own = _own_orientation(image, exif)
    copied = ExifTags.Base.Orientation in exif and not own
    has_exif = len(exif) - int(copied) > 0
    if not problems and _truncated(image.info.get("exif"), len(exif) - int(copied)):
        problems.append(EXIF_UNREADABLE)
    captured = changed = None
    lat, lon = None, None
    if has_exif:
        captured, changed = _exif_times(exif, problems)
        lat, lon = _gps(exif, problems)
    turned = image.info.get("original_orientation")
    decoded_upright = isinstance(turned, int) and not isinstance(turned, bool)
    if decoded_upright:
        orientation = _orientation(turned, problems)
    elif own:
        orientation = _orientation(exif.get(ExifTags.Base.Orientation), problems)
    else:
        written = xmp_orientation(packet)
        orientation = 1 if written is None else _orientation(written, problems)
    taken, source = (captured, SOURCE_EXIF) if captured else (None, "")
    if taken is None:
        try:
            taken = xmp_time(packet)
        except _BROKEN:  # a packet no one can read is simply no date
            taken = None
        source = SOURCE_XMP if taken else ""
    if taken is None and changed is not None:
        taken, source = changed, SOURCE_EXIF
    if taken is None and modified is not None:
        taken, source = modified.replace(microsecond=0), SOURCE_MTIME
    return PhotoMeta(
        orientation, taken, source, lat, lon, has_exif, tuple(dict.fromkeys(problems)), decoded_upright
    )


def problems_of(path: object) -> tuple[str, ...]:
    """The metadata problems of a stored original (photo_checks' warnings), () when it cannot be opened."""
    try:
        with Image.open(path) as image:  # type: ignore[arg-type]
            return read_meta(image).problems
    except _BROKEN:
        return ()

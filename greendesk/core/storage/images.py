"""Reading photos safely: what an image is, checked from its header before it is decoded.

Pixel limits are read before any pixel is decoded (a decompression bomb is refused from its header),
the decode is at reduced scale where the format allows, and the thumbnail and print rendition come
from that one decode. Nothing here writes: the photo store (storage.photos) keeps the bytes.
"""

from __future__ import annotations

import hashlib
import io
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

try:  # HEIC/HEIF from iPhones; optional at import so the core still loads without it
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - dependency is declared
    HEIF_SUPPORTED = False

# Phone cameras reach 200 megapixels; anything far beyond that is a decompression bomb. A baseline
# JPEG is decoded at reduced scale (a few megapixels whatever its size), so it may be that large.
MAX_PIXELS = 250_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# PNG, WebP, HEIC and progressive JPEG (its DCT coefficients) are held at full size while decoded:
# 60 megapixels is above any camera's output in those formats (48 MP HEIC) and costs under 1 GB.
MAX_DECODED_PIXELS = 60_000_000
PROGRESSIVE_JPEG = QT_TRANSLATE_NOOP("Errors", "progressive JPEG")
THUMBNAIL_SIZE = 256
# Print renditions (upright, at most this many pixels on the long side) are made at ingest from the
# same reduced decode as the thumbnail, so reports and packages never decode originals again.
PRINT_SIZE = 1200
ACCEPTED_FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "HEIF": "heic", "WEBP": "webp"}
# Scans and stills streets also send (a multi-page TIFF shows its first page; storage.evidence_files).
ACCEPTED_FORMATS |= {"TIFF": "tif", "BMP": "bmp", "GIF": "gif", "AVIF": "avif"}
HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class PhotoInfo:
    sha256: str
    size: int
    format: str
    extension: str
    width: int
    height: int
    orientation: int
    taken_at: datetime | None
    gps_lat: float | None
    gps_lon: float | None
    has_exif: bool


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _rational(value: object) -> float:
    try:
        return float(value)  # PIL's IFDRational
    except (TypeError, ValueError, ZeroDivisionError):
        numerator, denominator = value  # type: ignore[misc]
        return numerator / denominator


def _gps(exif: Image.Exif) -> tuple[float | None, float | None]:
    try:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except (KeyError, ValueError, TypeError):
        return None, None
    if not info or 2 not in info or 4 not in info:
        return None, None
    try:
        lat = sum(_rational(part) / 60**i for i, part in enumerate(info[2]))
        lon = sum(_rational(part) / 60**i for i, part in enumerate(info[4]))
    except (TypeError, ValueError, ZeroDivisionError):
        return None, None
    if str(info.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(info.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None
    return round(lat, 7), round(lon, 7)


def _taken_at(exif: Image.Exif) -> datetime | None:
    candidates = []
    with suppress(KeyError, ValueError, TypeError):
        candidates.append(exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal))
    candidates.append(exif.get(ExifTags.Base.DateTime))
    for value in candidates:
        if isinstance(value, bytes):
            value = value.decode("ascii", "ignore")
        if not isinstance(value, str):
            continue
        try:
            return datetime.strptime(value.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
        except ValueError:
            continue
    return None


def bad_image(name: str, template: str, **params: object) -> ValidationError:
    return ValidationError(template, file=name, **params)


def _full_size_format(image: Image.Image) -> str | None:
    """The format's name when decoding holds every pixel in memory; None for a baseline JPEG."""
    if image.format in ("JPEG", "MPO"):
        progressive = image.info.get("progressive") or image.info.get("progression")
        return PROGRESSIVE_JPEG if progressive else None
    return image.format


def _check_pixels(image: Image.Image, name: str) -> None:
    """Refuse, from the header alone (nothing decoded yet), a photo beyond the pixel limits."""
    width, height = image.size
    full_size = _full_size_format(image)
    limit = MAX_PIXELS if full_size is None else MAX_DECODED_PIXELS
    if width * height <= limit:
        return
    size = {"width": width, "height": height, "megapixels": f"{width * height / 1_000_000:.1f}"}
    if full_size is None:
        raise bad_image(
            name,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels a photo may have.",
            ),
            limit=limit // 1_000_000,
            **size,
        )
    raise bad_image(
        name,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is {width} × {height} pixels ({megapixels} megapixels); a {format} photo is decoded at full size, so at most {limit} megapixels are allowed.",
        ),
        format=Message(full_size),
        limit=limit // 1_000_000,
        **size,
    )


def _bytes_per_pixel(mode: str) -> int:
    if mode in ("1", "L", "P"):
        return 1
    return 8 if ";16" in mode and mode.startswith("RGB") else 4  # Pillow keeps RGB in 4 bytes


def decode_cost(data: bytes | Path) -> int:
    """Estimated peak memory (bytes) of decoding a photo and making its renditions, from its header.

    Measured against ``prepare`` (RSS): a 59-megapixel RGBA PNG estimated 1.13 GB, used 0.90 GB.
    A progressive JPEG also holds its DCT coefficients at full size. Only the bytes held when the
    header cannot be read: the decode itself then reports why.
    """
    held = len(data) if isinstance(data, bytes) else 0
    try:
        with Image.open(io.BytesIO(data) if isinstance(data, bytes) else data) as image:
            declared = image.width * image.height
            coefficients = declared * 6 if _full_size_format(image) == PROGRESSIVE_JPEG else 0
            if image.format in ("JPEG", "MPO"):
                image.draft("RGB", (PRINT_SIZE // 2, PRINT_SIZE // 2))
            per_pixel = _bytes_per_pixel(image.mode)
            # RGB and L: the image, its copy and the upright copy; other modes also convert to RGBA, RGB.
            per_pixel = 3 * per_pixel if image.mode in ("RGB", "L") else 2 * per_pixel + 8
            decoded = image.width * image.height * per_pixel
    except Exception:  # any unreadable header: the decode reports it
        return held
    return held + coefficients + decoded


def open_verified(
    data: bytes | Path, name: str
) -> tuple[Image.Image, Image.Image, Image.Image, tuple[int, int]]:
    """Decode fully (at reduced scale for JPEG) so truncation and bombs are caught.

    The pixel limits are checked from the header before anything is decoded, so a decompression
    bomb (a small file declaring huge pixels) costs neither time nor memory.
    Returns (image, thumbnail, print rendition, the image's full size in pixels as its header states it:
    a JPEG decoded at reduced scale is smaller); the renditions are upright (EXIF orientation applied).
    """
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        image = Image.open(source)
        if image.format not in ACCEPTED_FORMATS:
            raise bad_image(
                name,
                QT_TRANSLATE_NOOP("Errors", "{file} is a {format} image; photos must be JPEG, PNG or HEIC."),
                format=image.format,
            )
        _check_pixels(image, name)
        full_size = image.size
        if image.format in ("JPEG", "MPO"):
            # The smallest DCT scale still at least half the print size on both sides.
            image.draft("RGB", (PRINT_SIZE // 2, PRINT_SIZE // 2))
        image.load()
        reduced = image.copy()
        if reduced.mode not in ("RGB", "L"):
            has_alpha = "A" in reduced.mode or reduced.mode == "P"
            reduced = reduced.convert("RGBA").convert("RGB") if has_alpha else reduced.convert("RGB")
        reduced = ImageOps.exif_transpose(reduced) or reduced
        reduced.thumbnail((PRINT_SIZE, PRINT_SIZE))
        thumb = reduced.copy()
        thumb.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        return image, thumb, reduced, full_size
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise bad_image(
            name,
            QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit} megapixels and was refused."),
            limit=MAX_PIXELS // 1_000_000,
        ) from None
    except UnidentifiedImageError:
        raise bad_image(
            name,
            QT_TRANSLATE_NOOP("Errors", "{file} is not an image (its content is not JPEG, PNG or HEIC)."),
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        if "truncated" in str(exc).lower():
            raise bad_image(
                name, QT_TRANSLATE_NOOP("Errors", "{file} is truncated (an incomplete copy or download).")
            ) from None
        raise bad_image(
            name, QT_TRANSLATE_NOOP("Errors", "{file} is a damaged image ({reason})."), reason=str(exc)
        ) from None


def inspect(data: bytes | Path, name: str) -> tuple[PhotoInfo, Image.Image, Image.Image]:
    """Validate an image and read what the review needs; returns its info, thumbnail and print rendition."""
    if isinstance(data, bytes):
        sha, size = hashlib.sha256(data).hexdigest(), len(data)
    else:
        sha, size = sha256_file(data), data.stat().st_size
    image, thumb, print_copy, (width, height) = open_verified(data, name)
    exif = image.getexif()
    has_exif = len(exif) > 0
    orientation = int(exif.get(ExifTags.Base.Orientation, 1) or 1) if has_exif else 1
    lat, lon = _gps(exif) if has_exif else (None, None)
    info = PhotoInfo(
        sha256=sha,
        size=size,
        format=image.format or "",
        extension=ACCEPTED_FORMATS[image.format or "JPEG"],
        width=width,
        height=height,
        orientation=orientation if 1 <= orientation <= 8 else 1,
        taken_at=_taken_at(exif) if has_exif else None,
        gps_lat=lat,
        gps_lon=lon,
        has_exif=has_exif,
    )
    image.close()
    return info, thumb, print_copy


def open_upright(path: Path, max_size: int | None = None) -> Image.Image:
    """An RGB image rotated as its EXIF orientation says (originals on disk are never changed)."""
    image = Image.open(path)
    if max_size and image.format == "JPEG":
        image.draft("RGB", (max_size, max_size))
    image.load()
    upright = ImageOps.exif_transpose(image) or image
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    if max_size:
        upright.thumbnail((max_size, max_size))
    return upright

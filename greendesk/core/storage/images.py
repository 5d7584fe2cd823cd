"""Reading photos safely: what an image is, checked from its header before it is decoded.

Pixel limits are read before any pixel is decoded (a decompression bomb is refused from its header),
the decode is at reduced scale where the format allows, and the thumbnail and print rendition come
from that one decode. Nothing here writes: the photo store (storage.photos) keeps the bytes.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage.photo_meta import PhotoMeta, read_meta

try:  # HEIC/HEIF from iPhones, decode only (pi-heif: no HEVC encoder to ship); optional at import
    from pi_heif import register_heif_opener

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
    taken_source: str = ""  # photo_meta.SOURCE_*: where taken_at came from ("" none)
    problems: tuple[str, ...] = ()  # photo_meta problem kinds: warnings, never refusals


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


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


# EXIF orientation -> the transpose that makes the stored pixels upright (EXIF 2.32, 4.6.4 A).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# Display rotation (degrees clockwise, Photo.display_rotation) -> its transpose.
_CLOCKWISE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
DISPLAY_ROTATIONS = (0, 90, 180, 270)


def upright(image: Image.Image, orientation: int, rotation: int = 0) -> Image.Image:
    """``image`` turned as its orientation says, then by the reviewer's display rotation."""
    if orientation in _UPRIGHT:
        image = image.transpose(_UPRIGHT[orientation])
    if rotation in _CLOCKWISE:
        image = image.transpose(_CLOCKWISE[rotation])
    return image


def upright_size(width: int, height: int, orientation: int, rotation: int = 0) -> tuple[int, int]:
    """The size as shown: stored pixels turned by the orientation (5-8 swap sides) and the rotation."""
    swapped = (orientation in (5, 6, 7, 8)) != (rotation in (90, 270))
    return (height, width) if swapped else (width, height)


def stored_size(decoded: tuple[int, int], meta: PhotoMeta) -> tuple[int, int]:
    """The size of the stored pixels (what exiftool calls the image size): a HEIC decoded upright
    with a quarter turn (orientation 5-8) has its sides swapped back."""
    width, height = decoded
    return (height, width) if meta.decoded_upright and meta.orientation in (5, 6, 7, 8) else (width, height)


@dataclass
class Decoded:
    """One verified decode: the image (reduced for JPEG), its upright renditions, header size, metadata."""

    image: Image.Image
    thumbnail: Image.Image | None  # None when decoded without renditions
    print_copy: Image.Image | None
    full_size: tuple[int, int]
    meta: PhotoMeta


def open_verified(
    data: bytes | Path,
    name: str,
    rotation: int = 0,
    modified: datetime | None = None,
    renditions: bool = True,
) -> Decoded:
    """Decode fully (at reduced scale for JPEG) so truncation and bombs are caught.

    Not ``renditions``: the same checks, without making the thumbnail and print copy (both None), for
    a caller that only needs to know the photo will store (an import's analysis).

    The pixel limits are checked from the header before anything is decoded, so a decompression
    bomb (a small file declaring huge pixels) costs neither time nor memory. ``full_size`` is the
    stored-pixel size the header states (a JPEG decoded at reduced scale is smaller); the renditions
    are upright (EXIF orientation, then ``rotation`` degrees clockwise). Metadata trouble is never
    fatal (photo_meta); only pixels that cannot be decoded refuse the photo.
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
        meta = read_meta(image, modified)
        full_size = stored_size(image.size, meta)
        if image.format in ("JPEG", "MPO"):
            # The smallest DCT scale still at least half the print size on both sides.
            image.draft("RGB", (PRINT_SIZE // 2, PRINT_SIZE // 2))
        image.load()
        if not renditions:
            return Decoded(image, None, None, full_size, meta)
        reduced = image.copy()
        if reduced.mode not in ("RGB", "L"):
            has_alpha = "A" in reduced.mode or reduced.mode == "P"
            reduced = reduced.convert("RGBA").convert("RGB") if has_alpha else reduced.convert("RGB")
        reduced = upright(reduced, 1 if meta.decoded_upright else meta.orientation, rotation)
        reduced.thumbnail((PRINT_SIZE, PRINT_SIZE))
        thumb = reduced.copy()
        thumb.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        return Decoded(image, thumb, reduced, full_size, meta)
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
    except (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError, TypeError) as exc:
        if "truncated" in str(exc).lower():
            raise bad_image(
                name, QT_TRANSLATE_NOOP("Errors", "{file} is truncated (an incomplete copy or download).")
            ) from None
        raise bad_image(
            name, QT_TRANSLATE_NOOP("Errors", "{file} is a damaged image ({reason})."), reason=str(exc)
        ) from None


def inspect(
    data: bytes | Path, name: str, modified: datetime | None = None, renditions: bool = True
) -> tuple[PhotoInfo, Image.Image | None, Image.Image | None]:
    """Validate an image and read what the review needs; returns its info, thumbnail and print rendition
    (None and None when not ``renditions``: see :func:`open_verified`).

    ``modified`` is the file's modification time when the caller knows it (a Path's own mtime is
    used otherwise): the capture time of last resort, flagged as not one (photo_meta).
    """
    if isinstance(data, bytes):
        sha, size = hashlib.sha256(data).hexdigest(), len(data)
    else:
        sha, size = sha256_file(data), data.stat().st_size
        if modified is None:
            modified = datetime.fromtimestamp(data.stat().st_mtime)
    decoded = open_verified(data, name, modified=modified, renditions=renditions)
    image, meta = decoded.image, decoded.meta
    width, height = decoded.full_size
    info = PhotoInfo(
        sha256=sha,
        size=size,
        format=image.format or "",
        extension=ACCEPTED_FORMATS[image.format or "JPEG"],
        width=width,
        height=height,
        orientation=meta.orientation,
        taken_at=meta.taken_at,
        gps_lat=meta.gps_lat,
        gps_lon=meta.gps_lon,
        has_exif=meta.has_exif,
        taken_source=meta.taken_source,
        problems=meta.problems,
    )
    image.close()
    return info, decoded.thumbnail, decoded.print_copy


def open_upright(path: Path, max_size: int | None = None, rotation: int = 0) -> Image.Image:
    """An RGB image turned as its EXIF orientation and the display ``rotation`` say (originals never change)."""
    image = Image.open(path)
    meta = read_meta(image)
    orientation = 1 if meta.decoded_upright else meta.orientation
    if max_size and image.format == "JPEG":
        image.draft("RGB", (max_size, max_size))
    image.load()
    shown = upright(image, orientation, rotation)
    if shown.mode not in ("RGB", "L"):
        shown = shown.convert("RGB")
    if max_size:
        shown.thumbnail((max_size, max_size))
    return shown

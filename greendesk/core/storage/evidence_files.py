"""Evidence files that are not photos: what a file is (by its content), and preparing it for the store.

A street sends PDF scans, Word and Excel files, videos and anything else beside its photos. The
content decides the kind (magic bytes; the suffix only tells OLE2 and zip containers apart, and names
an unknown file's extension), so a scan saved as ``.jpg`` is read as what it is. Images go on to
storage.images; everything else is kept byte for byte like a photo, with a first-page thumbnail and
print copy for PDFs (rendered with pypdfium2). Nothing here writes: storage.photos keeps the bytes.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from PIL import Image

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage.images import PRINT_SIZE, THUMBNAIL_SIZE, sha256_file
from greendesk.core.storage.models import Photo

if TYPE_CHECKING:
    import pypdfium2

IMAGE, PDF, DOCUMENT, SPREADSHEET, VIDEO, OTHER = "image", "pdf", "document", "spreadsheet", "video", "other"
MB = 1024 * 1024
# Limits per kind, named in the refusal: a phone video of a few minutes is well under 2 GB; a
# scanned document of a few hundred pages well under 256 MB.
SIZE_LIMITS = {
    IMAGE: 256 * MB,
    PDF: 256 * MB,
    DOCUMENT: 256 * MB,
    SPREADSHEET: 256 * MB,
    VIDEO: 2048 * MB,
    OTHER: 256 * MB,
}
HEAD_BYTES = 4096  # enough for every signature below (PDF's header may follow some junk)

DOCUMENT_SUFFIXES = (".doc", ".docx", ".wps", ".rtf", ".odt")
SPREADSHEET_SUFFIXES = (".xls", ".xlsx", ".xlsm", ".xlsb", ".et", ".ods", ".csv")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".avi")
IMAGE_SUFFIXES = (
    *(".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp"),
    *(".tif", ".tiff", ".bmp", ".gif", ".avif", ".mpo"),
)
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_SAFE_EXTENSION = re.compile(r"^[a-z0-9]{1,8}$")

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "wps": "application/vnd.ms-works",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "et": "application/vnd.ms-excel",
    "xlsb": "application/vnd.ms-excel.sheet.binary.macroEnabled.12",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "mp4": "video/mp4",
    "m4v": "video/x-m4v",
    "mov": "video/quicktime",
    "avi": "video/x-msvideo",
    "jpg": "image/jpeg",
    "png": "image/png",
    "heic": "image/heic",
    "avif": "image/avif",
    "webp": "image/webp",
    "tif": "image/tiff",
    "bmp": "image/bmp",
    "gif": "image/gif",
}


@dataclass(frozen=True)
class Kind:
    """What a file is: its evidence kind, the store extension and its MIME type."""

    kind: str
    extension: str
    media_type: str


@dataclass(frozen=True)
class FileInfo:
    """What the store records of a file without pixels (width and height are 0)."""

    sha256: str
    size: int
    kind: str
    format: str
    extension: str
    media_type: str
    page_count: int | None


@dataclass
class PreparedFile:
    """A checked non-image file ready to be written; PDFs carry their first page as renditions."""

    name: str
    data: bytes | Path
    info: FileInfo
    thumbnail: Image.Image | None
    print_copy: Image.Image | None


def _suffix(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def _head(data: bytes | Path) -> bytes:
    if isinstance(data, bytes):
        return data[:HEAD_BYTES]
    with data.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def _kind(kind: str, extension: str) -> Kind:
    return Kind(kind, extension, MEDIA_TYPES.get(extension, "application/octet-stream"))


def _image_kind(head: bytes) -> Kind | None:
    """The image formats by signature (decoding and its limits stay with storage.images)."""
    if head.startswith(b"\xff\xd8\xff"):
        return _kind(IMAGE, "jpg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _kind(IMAGE, "png")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _kind(IMAGE, "gif")
    if head.startswith(b"BM") and len(head) > 14:
        return _kind(IMAGE, "bmp")
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return _kind(IMAGE, "tif")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _kind(IMAGE, "webp")
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(len(head), 64), 4)}
        if head[8:12] in _AVIF_BRANDS:
            return _kind(IMAGE, "avif")
        if head[8:12] in _HEIF_BRANDS or (brands & _HEIF_BRANDS and not brands & {b"isom", b"mp41", b"mp42"}):
            return _kind(IMAGE, "heic")
    return None


def _container_kind(head: bytes, data: bytes | Path, suffix: str) -> Kind | None:
    """OLE2 (.doc/.xls/.wps/.et) and zip (.docx/.xlsx) documents, told apart by suffix or content."""
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if suffix in SPREADSHEET_SUFFIXES:
            return _kind(SPREADSHEET, suffix.lstrip(".") if suffix in (".xls", ".et") else "xls")
        if suffix in DOCUMENT_SUFFIXES:
            return _kind(DOCUMENT, suffix.lstrip(".") if suffix in (".doc", ".wps") else "doc")
        return None
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:64] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError, RuntimeError):
        return None
    if "word/document.xml" in names:
        return _kind(DOCUMENT, "docx")
    if "xl/workbook.bin" in names:  # .xlsb: its readers go by the extension, so it keeps its own
        return _kind(SPREADSHEET, "xlsb")
    if "xl/workbook.xml" in names:
        return _kind(SPREADSHEET, "xlsx")
    if mimetype.strip() == _ODS_MIMETYPE:
        return _kind(SPREADSHEET, "ods")
    return None


def _video_kind(head: bytes, suffix: str) -> Kind | None:
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return _kind(VIDEO, "avi")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        extension = "mov" if brand == b"qt  " else "m4v" if brand.startswith(b"M4V") else "mp4"
        return _kind(VIDEO, extension)
    if head[4:8] in _QUICKTIME_ATOMS and suffix in VIDEO_SUFFIXES:
        return _kind(VIDEO, "mov" if suffix == ".mov" else suffix.lstrip("."))
    return None


def classify(data: bytes | Path, name: str) -> Kind:
    """What ``data`` is, read from its content; an unknown file is ``other`` under its own extension."""
    head = _head(data)
    suffix = _suffix(name)
    found = _image_kind(head)
    if found is None and b"%PDF-" in head[:1024]:
        found = _kind(PDF, "pdf")
    found = found or _container_kind(head, data, suffix) or _video_kind(head, suffix)
    if found is not None:
        return found
    if suffix in IMAGE_SUFFIXES:  # named a photo but no known content: the image path says why it fails
        return _kind(IMAGE, suffix.lstrip("."))
    if suffix == ".csv":  # text has no signature: a .csv is a spreadsheet by its name
        return _kind(SPREADSHEET, "csv")
    extension = suffix.lstrip(".")
    return _kind(OTHER, extension if _SAFE_EXTENSION.match(extension) else "bin")


def size_of(data: bytes | Path) -> int:
    return len(data) if isinstance(data, bytes) else data.stat().st_size


def frame_count(data: bytes | Path) -> int | None:
    """The pages of a multi-page image (a TIFF scan), read from its directory; None when unreadable."""
    try:
        with Image.open(io.BytesIO(data) if isinstance(data, bytes) else data) as image:
            return int(getattr(image, "n_frames", 1))
    except Exception:  # the image itself was checked already; its page count is information only
        return None


def check_size(kind: str, size: int, name: str) -> None:
    """Refuse a file above its kind's limit, naming the file, its size and the limit."""
    limit = SIZE_LIMITS[kind]
    if size > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is {size} MB; a {kind} file may be at most {limit} MB and it was refused."
            ),
            file=name,
            size=size // MB,
            kind=kind,
            limit=limit // MB,
        )


def open_pdf(data: bytes | Path, name: str) -> pypdfium2.PdfDocument:
    """The PDF opened with pypdfium2, or a message naming the file (damaged, password protected)."""
    import pypdfium2  # lazy: heavy, first use only (PDFium; the first window needs no PDF)

    try:
        return pypdfium2.PdfDocument(data if isinstance(data, bytes) else str(data))
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is a password-protected PDF; send it without a password."
                ),
                file=name,
            ) from None
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a damaged PDF and cannot be opened ({reason})."),
            file=name,
            reason=str(error),
        ) from None


def render_page(document: pypdfium2.PdfDocument, index: int, max_side: int) -> Image.Image:
    """Page ``index`` as an RGB image whose longer side is ``max_side`` pixels."""
    page = document[index]
    try:
        width, height = page.get_size()
        scale = max_side / max(width, height, 1)
        bitmap = page.render(scale=scale)
        try:
            image = bitmap.to_pil()  # BGR pixels come out as an RGB copy; other modes are converted (a copy)
            return image if image.mode == "RGB" else image.convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()


def _pdf_renditions(data: bytes | Path, name: str) -> tuple[int, Image.Image, Image.Image]:
    """(page count, thumbnail, print copy) of a PDF: its first page, rendered once at print size."""
    import pypdfium2  # lazy: heavy, first use only

    document = open_pdf(data, name)
    try:
        pages = len(document)
        if pages == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} is a PDF without pages."), file=name)
        try:
            print_copy = render_page(document, 0, PRINT_SIZE)
        except pypdfium2.PdfiumError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a damaged PDF and cannot be opened ({reason})."),
                file=name,
                reason=str(error),
            ) from None
    finally:
        document.close()
    thumbnail = print_copy.copy()
    thumbnail.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    return pages, thumbnail, print_copy


def prepare_file(data: bytes | Path, name: str, kind: Kind) -> PreparedFile:
    """Hash and check a non-image file (no writes); a PDF pypdfium2 cannot open is refused."""
    size = size_of(data)
    check_size(kind.kind, size, name)
    sha = hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else sha256_file(data)
    pages, thumbnail, print_copy = None, None, None
    if kind.kind == PDF:
        pages, thumbnail, print_copy = _pdf_renditions(data, name)
    info = FileInfo(sha, size, kind.kind, kind.extension.upper(), kind.extension, kind.media_type, pages)
    return PreparedFile(name, data, info, thumbnail, print_copy)


def pdf_renditions(original: Path) -> tuple[Image.Image, Image.Image] | None:
    """The thumbnail and print copy of a stored original when it is a PDF (None: not a PDF)."""
    if original.suffix.lower() != ".pdf":
        return None
    _pages, thumbnail, print_copy = _pdf_renditions(original, original.name)
    return thumbnail, print_copy


def new_row(info: FileInfo, added_at: object) -> Photo:
    """The store's row of a file without pixels."""
    return Photo(
        sha256=info.sha256,
        size=info.size,
        format=info.format[:16],
        extension=info.extension,
        width=0,
        height=0,
        orientation=1,
        has_exif=False,
        added_at=added_at,
        kind=info.kind,
        media_type=info.media_type,
        page_count=info.page_count,
    )

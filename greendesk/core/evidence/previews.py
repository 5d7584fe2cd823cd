"""Previews of evidence files for the review screen, Qt-free and bounded (run them off the GUI thread).

PDF pages render with pypdfium2 at the size asked for; a .docx is read as its paragraphs and tables
(python-docx), a Word 97-2003 .doc or a WPS .wps (the same binary format) as its text
(``word_binary``); a spreadsheet (.xlsx, .xls, .xlsb, .ods, .csv, and WPS's .et, a BIFF8 workbook
like .xls) as the first rows and columns of each sheet (core/base/spreadsheet.py's safe reader); a
video or any other file is described by name, size and type and opened with the system's program; so is a file one of
these readers cannot read, with the reason. No poster frame is made for videos: that needs a video
decoder (ffmpeg), which the app does not ship. Every preview reads the stored original, never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from PIL import Image

from greendesk.core.base import spreadsheet
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.evidence import word_binary
from greendesk.core.storage import evidence_files, photos

MAX_TEXT_BLOCKS = 400  # paragraphs and table rows of a .docx preview
MAX_TEXT_CHARS = 60_000
SHEET_ROWS = 50
SHEET_COLUMNS = 20
MAX_SHEETS = 5
MAX_WORD_BINARY_BYTES = 2 * word_binary.MAX_STREAM_BYTES  # larger .doc files show their summary
WORD_BINARY_EXTENSIONS = ("doc", "wps")
SHEET_EXTENSIONS = ("xlsx", "xls", "et", "xlsb", "ods", "csv")
TEXT, PAGES, SHEETS, SUMMARY = "text", "pages", "sheets", "summary"


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[str]]
    truncated: bool


@dataclass
class Preview:
    """What the viewer shows: pages to render, text, sheets, or only the file's summary."""

    kind: str  # TEXT, PAGES, SHEETS or SUMMARY
    name: str
    size: int
    media_type: str
    page_count: int = 0
    text: list[str] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    truncated: bool = False
    problem: str = ""  # why only the summary is shown (e.g. a damaged .docx), already translated text


def pdf_page(path: Path, index: int, max_side: int) -> Image.Image:
    """Page ``index`` (0-based) of a stored PDF, its longer side ``max_side`` pixels."""
    document = evidence_files.open_pdf(path, path.name)
    try:
        if not 0 <= index < len(document):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} has no page {page}."), file=path.name, page=index + 1
            )
        return evidence_files.render_page(document, index, max_side)
    finally:
        document.close()


def pdf_thumbnail(photos_dir: Path, photo: photos.StoredPhoto) -> Path:
    """The cached first-page thumbnail of a stored PDF (with its record; rebuilt when it does not match)."""
    return photos.ensure_thumbnail(photos_dir, photo)


def docx_text(path: Path) -> tuple[list[str], bool]:
    """The paragraphs and table rows (cells joined by tabs) of a .docx in order; (blocks, truncated)."""
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx and lxml raise many types for broken files
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a damaged Word document ({reason})."),
            file=path.name,
            reason=str(error) or type(error).__name__,
        ) from None
    blocks: list[str] = []
    used = 0
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            lines = ["\t".join(cell.text.strip() for cell in row.cells) for row in block.rows]
        else:
            lines = [block.text]
        for line in lines:
            if len(blocks) >= MAX_TEXT_BLOCKS or used + len(line) > MAX_TEXT_CHARS:
                return blocks, True
            blocks.append(line)
            used += len(line)
    return blocks, False


def word_binary_text(path: Path) -> tuple[list[str], bool]:
    """The text of a Word 97-2003 (.doc) or WPS (.wps) file as blocks; (blocks, truncated)."""
    try:
        if path.stat().st_size > MAX_WORD_BINARY_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit} MB; no text preview is made."),
                file=path.name,
                limit=MAX_WORD_BINARY_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        blocks, truncated = word_binary.document_text(data, MAX_TEXT_CHARS)
    except word_binary.WordBinaryError as error:
        raise _word_binary_error(path, error) from None
    if len(blocks) > MAX_TEXT_BLOCKS:
        return blocks[:MAX_TEXT_BLOCKS], True
    return blocks, truncated


def _word_binary_error(path: Path, error: word_binary.WordBinaryError) -> ValidationError:
    if error.reason == "encrypted":
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is password-protected; its text cannot be shown."),
            file=path.name,
        )
    if error.reason == "not_word":
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not a Word 97-2003 document GreenDesk can read; open it with its program.",
            ),
            file=path.name,
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is a damaged Word document ({reason})."),
        file=path.name,
        reason=str(error),
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def sheet_preview(path: Path) -> list[Sheet]:
    """The first rows × columns of each sheet (a few sheets), read by the bounded spreadsheet reader."""
    sheets = []
    for name, rows in spreadsheet.iter_sheets(path)[:MAX_SHEETS]:
        shown = [[_cell(value) for value in row[:SHEET_COLUMNS]] for row in rows[:SHEET_ROWS]]
        wide = any(len(row) > SHEET_COLUMNS for row in rows[:SHEET_ROWS])
        sheets.append(Sheet(name, shown, len(rows) > SHEET_ROWS or wide))
    return sheets


def preview(
    photos_dir: Path, photo: photos.StoredPhoto, kind: str, name: str, media_type: str = ""
) -> Preview:
    """The preview of one stored evidence file; a file that cannot be read shows its summary and why."""
    path = photos.original_path(photos_dir, photo.sha256, photo.extension)
    size = path.stat().st_size if path.is_file() else 0
    result = Preview(SUMMARY, name, size, media_type)
    try:
        if kind == evidence_files.PDF:
            document = evidence_files.open_pdf(path, name)
            try:
                result.kind, result.page_count = PAGES, len(document)
            finally:
                document.close()
        elif kind == evidence_files.DOCUMENT and photo.extension == "docx":
            result.text, result.truncated = docx_text(path)
            result.kind = TEXT
        elif kind == evidence_files.DOCUMENT and photo.extension in WORD_BINARY_EXTENSIONS:
            result.text, result.truncated = word_binary_text(path)
            result.kind = TEXT
        elif kind == evidence_files.SPREADSHEET and photo.extension in SHEET_EXTENSIONS:
            result.sheets = sheet_preview(path)
            result.kind = SHEETS
            result.truncated = any(sheet.truncated for sheet in result.sheets)
    except ValidationError as error:  # named as the street named the file, not by its stored hash
        result.kind = SUMMARY
        result.problem = str(ValidationError(error.template, **{**error.params, "file": name}))
    return result

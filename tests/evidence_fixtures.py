"""Evidence files as streets send them (PDF scans, Word, Excel, TIFF scans, videos), made by the tests."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
import openpyxl
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from greendesk.core.base import compound


def scan_jpeg(page: int, size: tuple[int, int] = (1240, 1754)) -> bytes:
    """A page-sized grey 'scan' with a dark band whose place differs per page."""
    image = Image.new("RGB", size, (235, 235, 228))
    band = Image.new("RGB", (size[0] - 200, 80), (30 + page % 50, 30, 30))
    image.paste(band, (100, 100 + (page * 60) % (size[1] - 300)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def scanned_pdf(pages: int, scan_size: tuple[int, int] = (1240, 1754)) -> bytes:
    """A PDF of ``pages`` full-page JPEG scans, as a copier makes them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.drawImage(ImageReader(io.BytesIO(scan_jpeg(page, scan_size))), 0, 0, *A4)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(rows: list[list[object]], title: str = "统计") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def tiff_scan(pages: int) -> bytes:
    """A multi-page TIFF scan (Group 4-like bilevel pages are common; RGB keeps it simple here)."""
    frames = [Image.new("L", (600, 840), 200 + page) for page in range(pages)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return buffer.getvalue()


def mp4_bytes() -> bytes:
    """The start of an MP4 (an ftyp box and an empty mdat): what classification reads."""
    ftyp = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
    return ftyp + b"\x00\x00\x00\x08mdat"


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (512-byte sectors: FAT, directory, then each stream, all >= 4 KB)."""
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    fat = [0xFFFFFFFD, end]
    directory = [("Root Entry", 5, end, 0)]
    data = b""
    for name, body in streams.items():
        body = body.ljust(4096, b"\0")
        body += b"\0" * (-len(body) % 512)
        first = len(fat)
        count = len(body) // 512
        fat += [first + i + 1 for i in range(count - 1)] + [end]
        directory.append((name, 2, first, len(body)))
        data += body
    entries = b""
    for name, kind, start, size in directory:
        raw = name.encode("utf-16-le") + b"\0\0"
        entries += raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
        entries += struct.pack("<III", free, free, free) + b"\0" * 36 + struct.pack("<III", start, size, 0)
    header = compound.MAGIC + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<109I", 0, *([free] * 108))
    fat_sector = struct.pack(f"<{128}I", *(fat + [free] * (128 - len(fat))))
    return header + fat_sector + entries.ljust(512, b"\0") + data


WORD_TEXT_AT = 1024  # where the built documents keep their text in the WordDocument stream


def word97_bytes(pieces: list[tuple[str, bool]], flags: int = 0x0200) -> bytes:
    """A Word 97-2003 document as [MS-DOC] lays it out, built byte by byte: a File Information Block,
    the text in ``pieces`` (each UTF-16LE, or 8-bit when its flag is set) and a piece table in the
    1Table stream (``flags`` 0x0200; 0x0100 marks the file encrypted)."""
    text_bytes, descriptors, cps, at = b"", [], [0], WORD_TEXT_AT
    for text, eight_bit in pieces:
        raw = text.encode("cp1252") if eight_bit else text.encode("utf-16-le")
        descriptors.append((at * 2) | 0x40000000 if eight_bit else at)
        text_bytes += raw
        at += len(raw)
        cps.append(cps[-1] + len(text))
    fib = struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0x0804, 0, flags).ljust(32, b"\0")
    lw = [0] * 22
    lw[3] = cps[-1]  # ccpText
    plc = struct.pack(f"<{len(cps)}I", *cps) + b"".join(struct.pack("<HIH", 0, fc, 0) for fc in descriptors)
    clx = b"\x01" + struct.pack("<h", 2) + b"\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc
    pairs = [0] * (93 * 2)
    pairs[33 * 2], pairs[33 * 2 + 1] = 0, len(clx)  # fcClx, lcbClx
    fib += struct.pack("<H", 14) + b"\0" * 28 + struct.pack("<H", 22) + struct.pack("<22i", *lw)
    fib += struct.pack("<H", 93) + struct.pack(f"<{93 * 2}I", *pairs)
    word = fib.ljust(WORD_TEXT_AT, b"\0") + text_bytes
    return compound_file({"WordDocument": word, "1Table": clx})


def ods_bytes(rows: list[list[str]], sheet: str) -> bytes:
    """A minimal OpenDocument spreadsheet of string cells."""
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
        ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()

"""Evidence files as streets send them (PDF scans, Word, Excel, TIFF scans, videos), made by the tests."""

from __future__ import annotations

import io

import docx
import openpyxl
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


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

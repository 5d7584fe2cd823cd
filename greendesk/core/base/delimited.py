"""Reading .csv lists the way offices save them: UTF-8 (with or without BOM), GBK/GB18030, UTF-16.

Excel on Chinese Windows saves "CSV" in GBK, "CSV UTF-8" with a BOM and "Unicode text" as
tab-separated UTF-16; European settings use semicolons. The encoding is decided from the bytes
(BOM, else strict UTF-8, else GB18030), the delimiter from the first lines. Bounded like the
other readers: file size, rows with data and columns.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from typing import Any

MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_COLUMNS = 1_000
DELIMITERS = (",", "\t", ";")
_SNIFF_LINES = 30
_NUMBER = re.compile(r"^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$")


class CsvError(ValueError):
    """The text cannot be read as a delimited list; ``args[0]`` says why (an English key)."""


def decode(data: bytes) -> str:
    """The text of ``data``: BOM first, then strict UTF-8, then GB18030 (a superset of GBK)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise CsvError("encoding") from None
    if b"\x00" in data[:4096]:
        raise CsvError("binary")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CsvError("encoding")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most consistent, columns."""
    lines = [line for line in text.splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        score = (agreeing if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _value(text: str) -> Any:
    """Empty text as None and plain numbers as numbers, the way the spreadsheet readers give them."""
    text = text.strip()
    if not text:
        return None
    if _NUMBER.match(text):
        return float(text) if "." in text else int(text)
    return text


def read_rows(data: bytes, max_rows: int) -> list[tuple[Any, ...]]:
    """The rows of a delimited text; CsvError('rows'|'columns'|'encoding'|'binary'|'syntax')."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=False)
    rows: list[tuple[Any, ...]] = []
    filled = 0
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise CsvError("columns")
            cells = tuple(_value(cell) for cell in row)
            if any(cell is not None for cell in cells):
                filled += 1
                if filled > max_rows:
                    raise CsvError("rows")
            rows.append(cells)
    except csv.Error:
        raise CsvError("syntax") from None
    while rows and all(cell is None for cell in rows[-1]):
        rows.pop()
    return rows

"""The text of a Word 97-2003 binary document (.doc, and WPS Office's .wps, the same format).

Read as [MS-DOC] lays it out, only as far as the text: the File Information Block at the start of
the ``WordDocument`` stream names the table stream (``0Table`` or ``1Table``), the number of
characters of the main text (``ccpText``) and where the piece table (``Clx``) is; each piece of
the table maps a run of characters to bytes of the ``WordDocument`` stream, stored either as
UTF-16LE or as 8-bit text ("compressed", Windows-1252). Formatting, headers, footnotes and
embedded objects are not read; field instructions are dropped and their results kept.

Bounded for untrusted files: streams are read up to ``MAX_STREAM_BYTES``, at most ``MAX_PIECES``
pieces and ``max_chars`` characters are decoded, every offset is checked against the stream, and
every loop ends after a fixed number of steps. A damaged, encrypted or foreign file (an old
Microsoft Works .wps, RTF renamed .doc) raises :class:`WordBinaryError`; the preview then shows
the file's summary with the reason.
"""

from __future__ import annotations

import struct

from greendesk.core.base import compound

MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_PIECES = 100_000
_WORD_IDENT = 0xA5EC
_FLAG_TABLE_1 = 0x0200
_FLAG_ENCRYPTED = 0x0100
_CLX_PAIR = 33  # fcClx / lcbClx: the 34th pair of FibRgFcLcb97
_CCP_TEXT = 3  # ccpText: the 4th value of FibRgLw97
_COMPRESSED = 0x40000000
_MAX_PRC = 10_000  # property modifier blocks before the piece table; more is a damaged Clx
# Characters that mark structure in the text stream.
_PARAGRAPH, _CELL, _LINE, _PAGE, _COLUMN = "\r", "\x07", "\x0b", "\x0c", "\x0e"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# 8-bit pieces: Windows-1252, except where [MS-DOC] 2.4.1 maps bytes 0x80-0x9F itself (same table).
_EIGHT_BIT = "cp1252"


class WordBinaryError(ValueError):
    """Why no text could be read: ``reason`` is 'encrypted', 'not_word' or 'damaged'."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


def _stream(container: compound.CompoundFile, name: str) -> bytes:
    if name not in container.streams:
        raise WordBinaryError("not_word", f"no {name} stream")
    size = container.streams[name].size
    if size > MAX_STREAM_BYTES:
        raise WordBinaryError("damaged", f"{name} stream of {size} bytes")
    try:
        container.check_stream(name)
        return container.head(name, size)
    except compound.CompoundError as error:
        raise WordBinaryError("damaged", str(error)) from None


def _fib(word: bytes) -> tuple[str, int, int, int]:
    """(table stream name, ccpText, fcClx, lcbClx) from the File Information Block."""
    if len(word) < 34:
        raise WordBinaryError("damaged", "File Information Block cut short")
    ident, _nfib, _unused, _lid, _pn_next, flags = struct.unpack_from("<HHHHHH", word, 0)
    if ident != _WORD_IDENT:
        raise WordBinaryError("not_word", "no Word identifier")
    if flags & _FLAG_ENCRYPTED:
        raise WordBinaryError("encrypted")
    offset = 32
    (csw,) = struct.unpack_from("<H", word, offset)
    offset += 2 + 2 * csw
    if offset + 2 > len(word):
        raise WordBinaryError("damaged", "FibRgW cut short")
    (cslw,) = struct.unpack_from("<H", word, offset)
    lw_start = offset + 2
    offset = lw_start + 4 * cslw
    if cslw <= _CCP_TEXT or offset + 2 > len(word):
        raise WordBinaryError("damaged", "FibRgLw cut short")
    (ccp_text,) = struct.unpack_from("<i", word, lw_start + 4 * _CCP_TEXT)
    (pairs,) = struct.unpack_from("<H", word, offset)
    pair_start = offset + 2
    if pairs <= _CLX_PAIR or pair_start + 8 * (_CLX_PAIR + 1) > len(word):
        raise WordBinaryError("damaged", "FibRgFcLcb cut short")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, pair_start + 8 * _CLX_PAIR)
    table = "1Table" if flags & _FLAG_TABLE_1 else "0Table"
    return table, max(ccp_text, 0), fc_clx, lcb_clx


def _pieces(table: bytes, fc_clx: int, lcb_clx: int) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first character, character count, byte offset, 8-bit) per piece."""
    end = fc_clx + lcb_clx
    if lcb_clx == 0 or end > len(table):
        raise WordBinaryError("damaged", "piece table outside the table stream")
    offset = fc_clx
    for _step in range(_MAX_PRC):
        if offset >= end:
            raise WordBinaryError("damaged", "no piece table in the Clx")
        kind = table[offset]
        if kind == 0x02:
            break
        if kind != 0x01 or offset + 3 > end:
            raise WordBinaryError("damaged", "unknown Clx entry")
        (size,) = struct.unpack_from("<h", table, offset + 1)
        offset += 3 + max(size, 0)
    else:
        raise WordBinaryError("damaged", "too many Clx entries")
    if offset + 5 > end:
        raise WordBinaryError("damaged", "piece table cut short")
    (length,) = struct.unpack_from("<I", table, offset + 1)
    start = offset + 5
    if length < 16 or start + length > end or (length - 4) % 12:
        raise WordBinaryError("damaged", "piece table of a wrong size")
    count = (length - 4) // 12
    if count > MAX_PIECES:
        raise WordBinaryError("damaged", "too many pieces")
    cps = struct.unpack_from(f"<{count + 1}I", table, start)
    pieces = []
    for index in range(count):
        _flags, fc, _prm = struct.unpack_from("<HIH", table, start + 4 * (count + 1) + 8 * index)
        chars = cps[index + 1] - cps[index]
        if chars < 0:
            raise WordBinaryError("damaged", "piece table out of order")
        eight_bit = bool(fc & _COMPRESSED)
        position = (fc & ~_COMPRESSED) // 2 if eight_bit else fc
        pieces.append((cps[index], chars, position, eight_bit))
    return pieces


def _decode(word: bytes, pieces: list[tuple[int, int, int, bool]], wanted: int) -> str:
    """The first ``wanted`` characters the pieces give (the main text comes first)."""
    parts: list[str] = []
    have = 0
    for _cp, chars, position, eight_bit in pieces:
        if have >= wanted:
            break
        take = min(chars, wanted - have)
        width = 1 if eight_bit else 2
        raw = word[position : position + take * width]
        if len(raw) < take * width:
            raise WordBinaryError("damaged", "a piece lies outside the WordDocument stream")
        parts.append(raw.decode(_EIGHT_BIT, "replace") if eight_bit else raw.decode("utf-16-le", "replace"))
        have += take
    return "".join(parts)


def _without_field_codes(text: str) -> str:
    """Field results kept, instructions dropped (``{ PAGE }`` shows its number, not 'PAGE')."""
    out: list[str] = []
    depth_codes: list[bool] = []  # per open field: still in its instruction part?
    for char in text:
        if char == _FIELD_BEGIN:
            depth_codes.append(True)
        elif char == _FIELD_SEPARATOR and depth_codes:
            depth_codes[-1] = False
        elif char == _FIELD_END and depth_codes:
            depth_codes.pop()
        elif not any(depth_codes):
            out.append(char)
    return "".join(out)


def _blocks(text: str) -> list[str]:
    """Paragraphs and table rows (cells joined by tabs), control characters removed.

    A cell ends with a cell mark and a row with one more; without reading the paragraph properties
    an empty last cell looks like a row end, which only shifts the preview's line breaks.
    """
    text = _without_field_codes(text).replace(_CELL + _CELL, _CELL + _PARAGRAPH)
    text = text.replace(_LINE, "\n").replace(_PAGE, _PARAGRAPH).replace(_COLUMN, _PARAGRAPH)
    blocks: list[str] = []
    for paragraph in text.split(_PARAGRAPH):
        if _CELL in paragraph:
            paragraph = "\t".join(part.strip() for part in paragraph.split(_CELL)).rstrip("\t")
        cleaned = "".join(c for c in paragraph if c in "\t\n" or c >= " ")
        blocks.append(cleaned)
    while blocks and not blocks[-1].strip():
        blocks.pop()
    return blocks


def document_text(data: bytes, max_chars: int) -> tuple[list[str], bool]:
    """The main text of a Word binary document as blocks; (blocks, truncated at ``max_chars``)."""
    if not data.startswith(compound.MAGIC):
        raise WordBinaryError("not_word", "not a compound file")
    try:
        return _read(data, max_chars)
    except WordBinaryError:
        raise
    except (compound.CompoundError, struct.error, IndexError, ValueError, OverflowError) as error:
        raise WordBinaryError("damaged", str(error) or type(error).__name__) from None


def _read(data: bytes, max_chars: int) -> tuple[list[str], bool]:
    container = compound.CompoundFile(data)
    if {"EncryptedPackage", "EncryptionInfo"} & set(container.streams):
        raise WordBinaryError("encrypted")
    word = _stream(container, "WordDocument")
    table_name, ccp_text, fc_clx, lcb_clx = _fib(word)
    table = _stream(container, table_name)
    pieces = _pieces(table, fc_clx, lcb_clx)
    wanted = min(ccp_text, max_chars)
    return _blocks(_decode(word, pieces, wanted)), ccp_text > max_chars

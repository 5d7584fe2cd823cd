"""The real names of a zip's entries when the zip does not say how they are encoded.

A zip flags UTF-8 names with bit 11; without it the bytes are in whatever code page the tool used:
GBK on Chinese Windows (the built-in compressor, 好压, 360压缩), UTF-8 on macOS and Linux. Short
GBK names are often valid UTF-8 too (小庄 is ``D0 A1 D7 AF``, which UTF-8 reads as Cyrillic and
Hebrew letters), so trying UTF-8 first garbles them. The encoding is therefore decided once per
archive, from all its unflagged non-ASCII names:

1. An entry with an Info-ZIP Unicode Path field (0x7075) whose CRC matches its raw name takes
   that UTF-8 name and is left out of the vote.
2. If some name is not valid UTF-8 the archive is GBK (GB18030, its superset), and vice versa.
3. If both decode every name, each decoding is scored by how ordinary its characters are for
   Chinese file names (:func:`_weight`: GB2312 level-1 hanzi 3, level-2 hanzi 2, Chinese
   punctuation and circled numbers 2, other ideographs 0, anything else -1), averaged over the
   decoded non-ASCII characters. UTF-8 wins only with a strictly higher average; a tie goes to
   GBK, the usual encoding of unflagged Chinese zips.

Genuine UTF-8 Chinese read as GBK falls into GBK's extension area or GB2312's second level and
symbol rows, so it scores far below its UTF-8 reading; genuine GBK read as UTF-8 becomes Latin,
Cyrillic, Hebrew or combining marks and scores below zero.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

UTF8_FLAG = 0x800
UNICODE_PATH_FIELD = 0x7075
GBK = "gb18030"
_COMMON_PUNCTUATION = set("·—‘’“”…、。〈〉《》「」『』【】〔〕～")


def decode_names(infos: list[zipfile.ZipInfo]) -> list[str]:
    """The decoded name of each entry of one archive, in order (the encoding decided per archive)."""
    raws: list[bytes | None] = []
    names: list[str | None] = []
    for info in infos:
        raw = _raw_name(info)
        unicode_path = _unicode_path(info, raw) if raw is not None else None
        if raw is None or raw.isascii() or unicode_path is not None:
            raws.append(None)
            names.append(unicode_path if unicode_path is not None else info.filename)
        else:
            raws.append(raw)
            names.append(None)
    encoding = archive_encoding([raw for raw in raws if raw is not None])
    return [
        name if name is not None else _decode(raw or b"", encoding, info.filename)
        for name, raw, info in zip(names, raws, infos, strict=True)
    ]


def archive_encoding(raw_names: list[bytes]) -> str:
    """ "utf-8" or GBK for the archive's unflagged non-ASCII names (the rule in the module docstring)."""
    utf8 = _decode_all(raw_names, "utf-8")
    gbk = _decode_all(raw_names, GBK)
    if utf8 is None or gbk is None:
        return GBK if utf8 is None and gbk is not None else "utf-8"
    return "utf-8" if _score(utf8) > _score(gbk) else GBK


def _raw_name(info: zipfile.ZipInfo) -> bytes | None:
    """The name's bytes as stored, or None when flagged UTF-8 (zipfile decoded it right already)."""
    if info.flag_bits & UTF8_FLAG:
        return None
    try:
        return info.filename.encode("cp437")  # zipfile decodes unflagged names as CP437
    except UnicodeEncodeError:  # already decoded another way (zipfile metadata_encoding)
        return None


def _unicode_path(info: zipfile.ZipInfo, raw: bytes) -> str | None:
    """The UTF-8 name of an Info-ZIP Unicode Path extra field, when it belongs to this raw name."""
    extra = info.extra
    offset = 0
    while offset + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, offset)
        body = extra[offset + 4 : offset + 4 + size]
        offset += 4 + size
        if tag != UNICODE_PATH_FIELD or len(body) < 5 or body[0] != 1:
            continue
        (crc,) = struct.unpack_from("<I", body, 1)
        if crc != zlib.crc32(raw):  # the name was renamed by a tool that did not update the field
            continue
        try:
            return body[5:].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def _decode(raw: bytes, encoding: str, fallback: str) -> str:
    for candidate in (encoding, "utf-8", GBK):
        try:
            return raw.decode(candidate)
        except UnicodeDecodeError:
            continue
    return fallback


def _decode_all(raw_names: list[bytes], encoding: str) -> list[str] | None:
    try:
        return [raw.decode(encoding) for raw in raw_names]
    except UnicodeDecodeError:
        return None


def _score(names: list[str]) -> float:
    weights = [_weight(char) for name in names for char in name if not char.isascii()]
    return sum(weights) / len(weights) if weights else 0.0


def _weight(char: str) -> int:
    """How ordinary a character is in a Chinese file name (the scale in the module docstring)."""
    code = ord(char)
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        try:
            lead = char.encode("gb2312")[0]
        except UnicodeEncodeError:
            return 0
        return 3 if lead <= 0xD7 else 2
    if char in _COMMON_PUNCTUATION or 0xFF01 <= code <= 0xFF5E or 0x2460 <= code <= 0x2473 or code == 0x3000:
        return 2
    return -1

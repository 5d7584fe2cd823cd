"""Test helper for smoke_test.sh: does an NSIS installer's header hold the given strings (its licence page)?

    python nsis_strings.py Setup.exe TEXT...   -> exit 0 when every TEXT is found, 1 otherwise

An NSIS installer is a stub followed by its "first header" (flags, 0xDEADBEEF, "NullsoftInst", header and data
lengths), then the header block: a 4-byte length (top bit: compressed) and the header, which holds the pages'
strings, the licence text included. Only non-solid zlib or uncompressed installers are read (build.sh's zlib
default); an LZMA or solid installer makes this exit 2.
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

SIGNATURE = struct.pack("<I", 0xDEADBEEF) + b"NullsoftInst"


def header_block(installer: bytes) -> bytes:
    at = installer.find(SIGNATURE)
    if at < 0:
        raise SystemExit("not an NSIS installer")
    header_length, _ = struct.unpack_from("<II", installer, at + len(SIGNATURE))
    (size,) = struct.unpack_from("<I", installer, at + len(SIGNATURE) + 8)
    start = at + len(SIGNATURE) + 12
    if not size & 0x80000000:
        return installer[start : start + size]
    compressed = installer[start : start + (size & 0x7FFFFFFF)]
    try:
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(compressed, header_length)
    except zlib.error:
        print("nsis_strings.py: the header is not zlib-compressed (LZMA or solid)", file=sys.stderr)
        sys.exit(2)


def main(argv: list[str]) -> int:
    header = header_block(Path(argv[0]).read_bytes())
    missing = [
        text for text in argv[1:] if text.encode("utf-16-le") not in header and text.encode() not in header
    ]
    for text in missing:
        print(f"nsis_strings.py: not in the installer's header: {text}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

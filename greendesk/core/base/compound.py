"""A minimal, read-only look into OLE compound files (the container of .xls and encrypted Office files).

Only what the workbook reader needs before it hands a file to calamine/xlrd: the names of the
streams (an encrypted .xlsx/.xlsm/.xlsb is a compound file holding ``EncryptionInfo`` and
``EncryptedPackage``), the first bytes of one stream (an encrypted .xls has a FILEPASS record in
its workbook globals), and whether every sector a stream needs is really in the file (a truncated
.xls makes calamine panic). Bounded: at most ``MAX_SECTORS`` sectors are followed in any chain.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_SECTORS = 1 << 20  # 512 MB of 512-byte sectors; a chain longer than this is a loop or a lie
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_STREAM, _ROOT = 2, 5


class CompoundError(ValueError):
    """The compound file's structure is broken (the file is damaged or cut short)."""


@dataclass(frozen=True)
class Stream:
    name: str
    start: int
    size: int


class CompoundFile:
    """The directory of a compound file held in memory, and the start of its streams."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(MAGIC):
            raise CompoundError("not a compound file")
        self.data = data
        shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise CompoundError("bad sector size")
        self.sector_size = 1 << shift
        fat_count, dir_start = struct.unpack_from("<II", data, 0x2C)
        self.mini_cutoff, self.mini_fat_start, _mini_count, difat_start, difat_count = struct.unpack_from(
            "<IIIII", data, 0x38
        )
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END_OF_CHAIN]
        sector, seen = difat_start, 0
        while sector < _END_OF_CHAIN and seen < difat_count and len(fat_sectors) < fat_count:
            entries = struct.unpack_from(f"<{self.sector_size // 4}I", self._sector(sector))
            fat_sectors.extend(s for s in entries[:-1] if s < _END_OF_CHAIN)
            sector, seen = entries[-1], seen + 1
        fat = b"".join(self._sector(s) for s in fat_sectors[:fat_count])
        self.fat = struct.unpack(f"<{len(fat) // 4}I", fat)
        self.streams, self._root = self._directory(dir_start)

    def _sector(self, index: int) -> bytes:
        offset = (index + 1) * self.sector_size
        if index >= MAX_SECTORS or offset + self.sector_size > len(self.data):
            raise CompoundError("sector beyond the end of the file")
        return self.data[offset : offset + self.sector_size]

    def _chain(self, start: int, table: tuple[int, ...] | None = None) -> list[int]:
        table = self.fat if table is None else table
        chain: list[int] = []
        sector = start
        while sector != _END_OF_CHAIN:
            if sector >= len(table) or sector == _FREE or len(chain) >= MAX_SECTORS:
                raise CompoundError("broken sector chain")
            chain.append(sector)
            sector = table[sector]
        return chain

    def _directory(self, start: int) -> tuple[dict[str, Stream], Stream]:
        raw = b"".join(self._sector(s) for s in self._chain(start))
        streams: dict[str, Stream] = {}
        root: Stream | None = None
        for offset in range(0, len(raw) - 127, 128):
            length, kind = struct.unpack_from("<HB", raw, offset + 0x40)
            if kind not in (_STREAM, _ROOT) or not 2 <= length <= 64:
                continue
            name = raw[offset : offset + length - 2].decode("utf-16-le", "replace")
            begin, size = struct.unpack_from("<II", raw, offset + 0x74)
            if kind == _ROOT:
                root = Stream(name, begin, size)
            else:
                streams.setdefault(name, Stream(name, begin, size))
        if root is None:
            raise CompoundError("no root entry")
        return streams, root

    def check_stream(self, name: str) -> None:
        """Raise CompoundError unless every sector of stream ``name`` is present in the file."""
        stream = self.streams[name]
        if stream.size < self.mini_cutoff:
            have = len(self._chain(stream.start, self._mini_fat())) * 64
            self._chain(self._root.start)  # the mini stream lives in regular sectors
        else:
            chain = self._chain(stream.start)
            for sector in chain:
                self._sector(sector)
            have = len(chain) * self.sector_size
        if have < stream.size:
            raise CompoundError("stream shorter than its declared size")

    def head(self, name: str, limit: int = 4096) -> bytes:
        """The first ``limit`` bytes (or fewer) of stream ``name``."""
        stream = self.streams[name]
        if stream.size < self.mini_cutoff:
            root = self._chain(self._root.start)
            parts = []
            for mini in self._chain(stream.start, self._mini_fat())[: limit // 64 + 1]:
                offset = mini * 64
                if offset // self.sector_size >= len(root):
                    raise CompoundError("mini sector beyond the mini stream")
                sector = self._sector(root[offset // self.sector_size])
                parts.append(sector[offset % self.sector_size : offset % self.sector_size + 64])
        else:
            count = limit // self.sector_size + 1
            parts = [self._sector(s) for s in self._chain(stream.start)[:count]]
        return b"".join(parts)[: min(limit, stream.size)]

    def _mini_fat(self) -> tuple[int, ...]:
        if self.mini_fat_start >= _END_OF_CHAIN:
            return ()
        raw = b"".join(self._sector(s) for s in self._chain(self.mini_fat_start))
        return struct.unpack(f"<{len(raw) // 4}I", raw)

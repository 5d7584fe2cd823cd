"""Synthetic district-scale data for benchmarks: many distinct phone-sized JPEGs, made cheaply.

Encoding thousands of 12-megapixel JPEGs would dominate the run, so one base image is encoded
once and each photo gets its own EXIF segment (time, GPS, orientation): distinct bytes and
hashes, realistic size, the same decoding cost as a real photo.
"""

from __future__ import annotations

import io
import random
import struct
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

BASE_CACHE: dict[tuple[int, int], bytes] = {}


def base_jpeg(width: int, height: int, seed: int = 7) -> bytes:
    """A noisy, photo-like JPEG (noise keeps the file near a phone photo's size)."""
    key = (width, height)
    if key not in BASE_CACHE:
        rng = random.Random(seed)
        small = Image.effect_noise((width // 8, height // 8), 60).convert("RGB")
        tint = Image.new(
            "RGB", small.size, (rng.randint(40, 200), rng.randint(80, 200), rng.randint(40, 160))
        )
        image = Image.blend(small, tint, 0.5).resize((width, height), Image.Resampling.BILINEAR)
        noise = Image.effect_noise((width, height), 25).convert("RGB")
        image = Image.blend(image, noise, 0.25)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=90)
        BASE_CACHE[key] = buffer.getvalue()
    return BASE_CACHE[key]


def _exif_segment(index: int, orientation: int, lat: float, lon: float) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x0132] = (
        f"2022:{1 + index % 12:02d}:{1 + index % 28:02d} 10:{index % 60:02d}:{(index * 7) % 60:02d}"
    )
    exif[0x8825] = {
        1: "N",
        2: (float(int(lat)), float(int(lat * 60) % 60), (lat * 3600) % 60),
        3: "E",
        4: (float(int(lon)), float(int(lon * 60) % 60), (lon * 3600) % 60),
    }
    payload = b"Exif\x00\x00" + exif.tobytes()
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def photo_variant(base: bytes, index: int) -> bytes:
    """The base JPEG with a photo-specific EXIF segment right after SOI (distinct content hash)."""
    rng = random.Random(index)
    segment = _exif_segment(
        index,
        rng.choice([1, 1, 1, 6, 8, 3]),
        39.92 + rng.uniform(-0.05, 0.05),
        116.45 + rng.uniform(-0.05, 0.05),
    )
    return base[:2] + segment + base[2:]


def write_photos(folder: Path, count: int, width: int = 4000, height: int = 3000) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    base = base_jpeg(width, height)
    for index in range(count):
        path = folder / f"photo_{index:05d}.jpg"
        if not path.exists():
            path.write_bytes(photo_variant(base, index))
        yield path

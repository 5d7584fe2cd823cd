"""File names inside the package that every receiving system (Windows first) can extract."""

from __future__ import annotations

import re
import unicodedata

# Windows refuses these names as a file or folder (with or without an extension), in any case.
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in (*range(1, 10), "¹", "²", "³")}
    | {f"LPT{n}" for n in (*range(1, 10), "¹", "²", "³")}
)
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_COMPONENT = 80


def safe_component(text: str, fallback: str = "_") -> str:
    """One path component: no characters Windows forbids, no reserved device name, no trailing dot/space."""
    cleaned = unicodedata.normalize("NFC", text)
    cleaned = _ILLEGAL.sub("_", cleaned).strip().rstrip(". ")
    cleaned = cleaned[:MAX_COMPONENT].rstrip(". ")
    if not cleaned or cleaned in (".", ".."):
        cleaned = fallback
    stem = cleaned.split(".", 1)[0].upper()
    if stem in WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def item_folder(item_number: int) -> str:
    return f"第{item_number:02d}条"


def photo_name(community_code: str, item_number: int, index: int, sha256: str, extension: str) -> str:
    """``<code>_第03条_01_<sha8>.jpg``: sorts by item and order, and names its content."""
    ext = safe_component(extension.lower().lstrip("."), "jpg")
    return safe_component(f"{community_code}_{item_folder(item_number)}_{index:02d}_{sha256[:8]}.{ext}")

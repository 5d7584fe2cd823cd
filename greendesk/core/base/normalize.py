"""Text normalisation for matching what offices type against the registry."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
# C0 controls but tab, LF and CR; DEL and C1; lone surrogates (UTF-8 cannot encode them). openpyxl refuses
# the C0 ones in a cell, SQLite's UTF-8 the surrogates, and no printed document shows any of them.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
COMMUNITY_SUFFIXES = ("社区居民委员会", "社区居委会", "居民委员会", "社区居委", "居委会", "社区")


def unstorable_character(text: str) -> str | None:
    """The first character of ``text`` that no database row or office document can hold, or None."""
    found = _UNSTORABLE.search(text)
    return found.group() if found else None


def escaped(text: str, limit: int | None = 80) -> str:
    """``text`` shortened (None: whole), with such characters shown as ``\\uXXXX`` (safe in any message)."""
    return _UNSTORABLE.sub(
        lambda match: f"\\u{ord(match.group()):04x}", text if limit is None else text[:limit]
    )


def without_unstorable(text: str) -> str:
    """``text`` with those characters removed (where an escape would only be noise: a sheet's title)."""
    return _UNSTORABLE.sub("", text)


@lru_cache(maxsize=16384)
def _clean(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def clean_text(value: object) -> str:
    """Full-width letters/digits/spaces to half width, collapse whitespace, trim."""
    if value is None:
        return ""
    # Spreadsheets repeat the same few texts (符合, 是, street names): cached per distinct text.
    return _clean(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=16384)
def _compact(text: str) -> str:
    return _clean(text).replace(" ", "")


def compact(value: object) -> str:
    """clean_text without any spaces (Chinese names never need them)."""
    if value is None:
        return ""
    return _compact(value if isinstance(value, str) else str(value))


def community_stem(name: object) -> str:
    """The distinctive part of a community name: '多福巷社区居委会' and '多福巷社区' both give '多福巷'."""
    text = compact(name)
    for suffix in COMMUNITY_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def short_community_name(name: str) -> str:
    """The everyday short name: '多福巷社区居委会' -> '多福巷社区'."""
    stem = community_stem(name)
    return f"{stem}社区" if stem else compact(name)


_NON_DIGITS = re.compile(r"\D+")
WHOLE_NUMBER_DIGITS = 15  # below 2**53: any id, item, year or count, and what SQLite and JSON hold exactly


def whole_number(text: str) -> int | None:
    """``text`` (trimmed) as a whole number when it is only decimal digits, at most 15 of them; else None.

    ``str.isdigit`` also takes superscripts ('²'), which ``int`` refuses, and any length, which SQLite
    refuses: every "is this a number?" test on outside text goes through here.
    """
    text = text.strip()
    if not text or len(text) > WHOLE_NUMBER_DIGITS or not text.isdecimal():
        return None
    return int(text)


def digits_only(value: object) -> str:
    """The decimal digits of a value ('１１０１０５-001' -> '110105001'), full width made half."""
    text = clean_text(value)
    return text if text.isdecimal() else _NON_DIGITS.sub("", text)

"""Text normalisation for matching what offices type against the registry."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
COMMUNITY_SUFFIXES = ("社区居民委员会", "社区居委会", "居民委员会", "社区居委", "居委会", "社区")


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


def digits_only(value: object) -> str:
    """The decimal digits of a value ('１１０１０５-001' -> '110105001'), full width made half."""
    text = clean_text(value)
    return text if text.isdecimal() else _NON_DIGITS.sub("", text)

"""Reading JSON that comes from outside the database, with bounds on size, nesting and numbers.

Python's ``json`` recurses once per nested bracket (deep nesting raises RecursionError), turns a
5,000-digit integer into a ValueError from ``int()``, reads ``NaN``/``Infinity``/``1e999`` as
non-finite floats, and turns a ``\\ud800`` escape into a string SQLite cannot store. Every file the
app is handed (standards, the trusted-key store, preferences, the backup index, the lock, anchors,
returned scoring kits) is parsed here instead, so each of those becomes a ``JsonFileError`` that
names the file and the limit it exceeded, and no input can make time or memory unbounded.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import escaped, unstorable_character

DEFAULT_MAX_BYTES = 1024 * 1024  # the app's own small files (preferences, index, lock) are a few KB
MAX_DEPTH = 32  # the deepest file the app writes nests 4 levels
MAX_INT_DIGITS = 30

# A JSON string token with its escapes (UTF-8 continuation bytes never look like ASCII brackets).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STEPS = bytes.maketrans(b"[{]}", b"1100")
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[{]}")


class JsonFileError(ValidationError):
    """A JSON file that cannot be read, is malformed, or exceeds one of the limits."""


class _Refused(ValueError):
    """Raised from inside the parser's hooks; carries the message for JsonFileError."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _Refused(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} holds a number with {digits} digits; at most {limit} digits are allowed."
            ),
            digits=digits,
            limit=MAX_INT_DIGITS,
        )
    return int(text)


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _not_finite(text)
    return value


def _constant(text: str) -> float:
    raise _not_finite(text)


def _not_finite(text: str) -> _Refused:
    return _Refused(
        QT_TRANSLATE_NOOP("Errors", "{file} holds the value {value}; only finite numbers are allowed."),
        value=text[:40],
    )


def nests_deeper(data: bytes, limit: int) -> bool:
    """True when brackets outside strings nest more than ``limit`` deep, found without recursion.

    Strings are cut out, the brackets kept as 1 (open) and 0 (close), and innermost pairs removed
    ``limit`` times (each pass a C-speed replace): a pair left means deeper nesting, and so do more
    than ``limit`` opens never closed.
    """
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    steps = _STRING.sub(b"", data).translate(_STEPS, _NOT_BRACKET)
    for _ in range(limit):
        shorter = steps.replace(b"10", b"")
        if len(shorter) == len(steps):
            break
        steps = shorter
    return b"10" in steps or steps.count(b"1") > limit


def unstorable_text(data: Any) -> tuple[str, str] | None:
    """The first key or text value holding a character no row or document can hold: (its path, it).

    Walked without recursion (the depth is bounded by :func:`parse`, not by Python's stack).
    """
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if unstorable_character(value) is not None:
                return path or "(document)", value
        elif isinstance(value, dict):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                if unstorable_character(key) is not None:
                    return where, key
                stack.append((where, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
    return None


def parse(data: bytes, source: str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON bytes already read (within their size limit); ``source`` names them in every error."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonFileError(QT_TRANSLATE_NOOP("Errors", "{file} is not UTF-8 text."), file=source) from None
    if nests_deeper(data, max_depth):
        raise JsonFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} nests brackets more than {limit} levels deep; refused."),
            file=source,
            limit=max_depth,
        )
    try:
        parsed = json.loads(text, parse_int=_integer, parse_float=_number, parse_constant=_constant)
    except _Refused as refused:
        raise JsonFileError(refused.template, file=source, **refused.params) from None
    except json.JSONDecodeError as exc:
        raise JsonFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not valid JSON (line {line}, column {column}): {reason}"),
            file=source,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    unstorable = unstorable_text(parsed)
    if unstorable is not None:
        raise JsonFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: the text at {field} holds a control character or a lone surrogate, which no "
                "record or document can hold ({text}).",
            ),
            file=source,
            field=escaped(unstorable[0]),
            text=escaped(unstorable[1]),
        )
    return parsed


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Read and parse a JSON file of at most ``max_bytes`` (UTF-8, a BOM tolerated).

    OSError (missing, unreadable) is left to the caller, whose handling differs; everything about
    the content is a JsonFileError naming ``path``.
    """
    return parse(read_bytes(path, max_bytes), str(path), max_depth)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, at most ``max_bytes`` (a JsonFileError beyond), for :func:`parse` later."""
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)  # never trust a size from stat (a device, a growing file)
    if len(data) > max_bytes:
        raise JsonFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit}; refused unread."),
            file=str(path),
            limit=describe_size(max_bytes),
        )
    return data


def describe_size(size: int) -> str:
    """A byte count as people write it (8 MB, 512 KB)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} KB"
    return f"{size} B"

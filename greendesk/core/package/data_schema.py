"""The shape and bounds of ``data/greendesk-data.json``: what an importer may rely on.

A package signed by a trusted district key is genuine, not necessarily sane: an older or faulty
GreenDesk, or a hand-made document signed with a real key, must not put into the city's database
what SQLite, the figures or the documents cannot hold. So every value is checked here, once, both
when a package is built and when one is read: the JSON types, then limits that hold for every value
(no lone surrogate or control character, whole numbers SQLite can store, finite numbers, bounded
nesting), then each field's own rule (codes, statuses, tiers, dates, counts that add up). A refusal
names the field and the value.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import escaped, unstorable_character
from greendesk.core.package.bag import APPLICATION, PACKAGE_KINDS, QUARTERLY_REPORT
from greendesk.core.publicity.naming import TIERS
from greendesk.core.review import vocabulary

DATA_FORMAT = "greendesk-package-data/2"
FIRST_YEAR, LAST_YEAR = 1990, 2200
MAX_DEPTH = 16  # the document nests six levels deep; anything deeper is not ours
MAX_WHOLE = 2**53  # whole numbers beyond this lose precision in JSON readers and overflow SQLite soon after
MAX_COUNT = 1_000_000  # communities in one district: Beijing's largest has well under a thousand
MAX_ITEM = 999
MAX_SCORE = 1000.0
MAX_EVIDENCE = 10_000  # files per community
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_COMMUNITY_CODE = re.compile(r"^\d{12}$")
_STREET_CODE = re.compile(r"^\d{0,12}$")
_DISTRICT_CODE = re.compile(r"^\d{6}$")
_LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]")
_TEXT_LIMITS = {"name": 128, "street_name": 64, "status": 16, "tier": 16, "document_number": 64}

WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "missing, or not {expected}")
BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "the value {value} is not allowed here")
TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "nested more than {depth} levels deep")
NOT_JSON = QT_TRANSLATE_NOOP("Errors", "not JSON text (line {line}, column {column})")
NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "not UTF-8 text (byte {offset})")
_TYPE_NAMES = {
    str: QT_TRANSLATE_NOOP("Errors", "a text"),
    int: QT_TRANSLATE_NOOP("Errors", "a whole number"),
    float: QT_TRANSLATE_NOOP("Errors", "a number"),
    bool: QT_TRANSLATE_NOOP("Errors", "true or false"),
    list: QT_TRANSLATE_NOOP("Errors", "a list"),
    dict: QT_TRANSLATE_NOOP("Errors", "an object"),
}


class InvalidField(Exception):
    """One field of the document is wrong: its path (``communities[3].score``) and why."""

    def __init__(self, field: str, reason: Message) -> None:
        super().__init__(field)
        self.field = field
        self.reason = reason


def shown(value: Any) -> str:
    """A value as the refusal quotes it: JSON, short, with what a terminal cannot show escaped."""
    return escaped(json.dumps(value, ensure_ascii=False, default=str))


def require(condition: bool, field: str, value: Any) -> None:
    if not condition:
        raise InvalidField(field, Message(BAD_VALUE, value=shown(value)))


def _get(obj: dict[str, Any], key: str, kind: type, where: str, nullable: bool = False) -> Any:
    """``obj[key]`` of JSON type ``kind`` (float accepts whole numbers; bool is never a number)."""
    value = obj.get(key)
    if value is None and nullable:
        return None
    accepted = (int, float) if kind is float else kind
    if not isinstance(value, accepted) or (kind is not bool and isinstance(value, bool)):
        raise InvalidField(f"{where}{key}", Message(WRONG_TYPE, expected=Message(_TYPE_NAMES[kind])))
    return value


# -- limits every value keeps ------------------------------------------------------------------


def _walk(data: Any) -> Iterator[tuple[str, Any, int]]:
    """Every value and key of the document with its path and depth, without recursion."""
    stack: list[tuple[str, Any, int]] = [("(document)", data, 0)]
    while stack:
        path, value, depth = stack.pop()
        yield path, value, depth
        if isinstance(value, dict):
            for key, item in value.items():
                yield f"{path}.{key}", key, depth + 1
                stack.append((f"{path}.{key}", item, depth + 1))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item, depth + 1) for index, item in enumerate(value))


def check_values(data: Any) -> None:
    """Limits for every value, wherever it is: what SQLite, the figures and the documents can hold."""
    for path, value, depth in _walk(data):
        field = path.removeprefix("(document).")
        if depth > MAX_DEPTH:
            raise InvalidField(field, Message(TOO_DEEP, depth=MAX_DEPTH))
        if isinstance(value, str):
            require(unstorable_character(value) is None, field, value)
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int):
            require(-MAX_WHOLE <= value <= MAX_WHOLE, field, value)
        elif isinstance(value, float):
            require(math.isfinite(value) and abs(value) <= MAX_WHOLE, field, value)


# -- each field's own rule ---------------------------------------------------------------------


def _text(obj: dict[str, Any], key: str, where: str, pattern: re.Pattern[str] | None = None) -> str:
    """A one-line text field: within its length, no line breaks, and matching ``pattern`` if given."""
    text = _get(obj, key, str, where)
    limit = _TEXT_LIMITS.get(key, 200)
    fits = len(text) <= limit and not _LINE_BREAKS.search(text)
    require(fits and (pattern is None or bool(pattern.match(text))), f"{where}{key}", text)
    return text


def _count(obj: dict[str, Any], key: str, where: str, nullable: bool = False) -> int | None:
    value = _get(obj, key, int, where, nullable)
    require(value is None or 0 <= value <= MAX_COUNT, f"{where}{key}", value)
    return value


def _moment(
    obj: dict[str, Any], key: str, where: str, parse: Callable[[str], Any], nullable: bool = False
) -> None:
    """A date or a local date-time (no time zone: every GreenDesk clock is the office's own)."""
    text = _get(obj, key, str, where, nullable)
    if text is None:
        return
    try:
        moment = parse(text)
    except ValueError:
        moment = None
    naive = moment is not None and getattr(moment, "tzinfo", None) is None
    require(naive and FIRST_YEAR <= moment.year <= LAST_YEAR, f"{where}{key}", text)


def _check_named(named: dict[str, Any], where: str) -> None:
    require(_text(named, "tier", where) in TIERS, f"{where}tier", named["tier"])
    _text(named, "document_number", where)
    _moment(named, "date", where, date.fromisoformat)


def _check_evidence(evidence: list[Any], where: str) -> None:
    require(len(evidence) <= MAX_EVIDENCE, f"{where}evidence", len(evidence))
    for index, entry in enumerate(evidence):
        at = f"{where}evidence[{index}]"
        require(isinstance(entry, dict), at, "…")
        item = _get(entry, "item", int, f"{at}.")
        require(1 <= item <= MAX_ITEM, f"{at}.item", item)
        digest = _get(entry, "sha256", str, f"{at}.")
        require(bool(_SHA256.match(digest)), f"{at}.sha256", digest)


def _check_community(entry: Any, where: str) -> str:
    require(isinstance(entry, dict), where.rstrip("."), "…")
    code = _text(entry, "code", where, _COMMUNITY_CODE)
    _text(entry, "name", where)
    _text(entry, "street_code", where, _STREET_CODE)
    _text(entry, "street_name", where)
    status = _text(entry, "status", where)
    require(status in vocabulary.STATUSES, f"{where}status", status)
    _get(entry, "passed", bool, where)
    score = _get(entry, "score", float, where, nullable=True)
    require(score is None or 0 <= score <= MAX_SCORE, f"{where}score", score)
    round_number = _get(entry, "round", int, where)
    require(1 <= round_number <= MAX_COUNT, f"{where}round", round_number)
    _moment(entry, "signed_off_at", where, datetime.fromisoformat, nullable=True)
    named = _get(entry, "named", dict, where, nullable=True)
    if named is not None:
        _check_named(named, f"{where}named.")
    _check_evidence(_get(entry, "evidence", list, where), where)
    return code


def _check_streets(streets: list[Any], in_scope_total: int) -> None:
    """The city sums each street's pilots: every row an object with a count within its street."""
    total = 0
    for index, street in enumerate(streets):
        at = f"figures.streets[{index}]"
        require(isinstance(street, dict), at, "…")
        in_scope = _count(street, "in_scope", f"{at}.")
        recommended = _count(street, "recommended", f"{at}.")
        require(recommended <= in_scope, f"{at}.recommended", recommended)
        total += recommended
    require(total <= in_scope_total, "figures.streets", total)


def _check_figures(figures: dict[str, Any], year: int, district_code: str) -> None:
    where = "figures."
    require(_get(figures, "year", int, where) == year, "figures.year", figures["year"])
    code = _get(figures, "district_code", str, where)
    require(code == district_code, "figures.district_code", code)
    counts = {key: _count(figures, key, where) for key in ("passed", "in_scope_total", "out_of_scope")}
    for key in ("required", "remaining"):
        _count(figures, key, where)
    _count(figures, "passed_in_year", where, nullable=True)  # snapshots frozen before it lack it
    require(counts["passed"] <= counts["in_scope_total"], "figures.passed", counts["passed"])
    for key in ("passed_share", "target_share"):
        share = _get(figures, key, float, where)
        require(0 <= share <= 100, f"{where}{key}", share)
    _get(figures, "as_of", str, where)
    _get(figures, "by_status", dict, where)
    _check_streets(_get(figures, "streets", list, where), counts["in_scope_total"])


def _check_communities(entries: list[Any]) -> None:
    require(len(entries) <= MAX_COUNT, "communities", len(entries))
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        code = _check_community(entry, f"communities[{index}].")
        require(code not in seen, f"communities[{index}].code", code)  # one entry per community
        seen.add(code)


def check_document(data: Any) -> None:
    """Raise InvalidField for the first field of ``data`` that breaks the document's rules."""
    require(isinstance(data, dict), "(document)", "…")
    check_values(data)
    require(data.get("format") == DATA_FORMAT, "format", data.get("format"))
    kind = _get(data, "kind", str, "")
    require(kind in PACKAGE_KINDS, "kind", kind)
    district = _get(data, "district", dict, "")
    code = _text(district, "code", "district.", _DISTRICT_CODE)
    _text(district, "name", "district.")
    year = _get(data, "year", int, "")
    require(FIRST_YEAR <= year <= LAST_YEAR, "year", year)
    batch = _get(data, "batch", int, "", nullable=True)
    require(batch is None or (kind == APPLICATION and 1 <= batch <= 99), "batch", batch)
    quarter = _get(data, "quarter", int, "", nullable=True)
    require((quarter is not None) == (kind == QUARTERLY_REPORT), "quarter", quarter)
    require(quarter is None or 1 <= quarter <= 4, "quarter", quarter)
    _moment(data, "as_of", "", datetime.fromisoformat)
    _check_figures(_get(data, "figures", dict, ""), year, code)
    _check_communities(_get(data, "communities", list, ""))

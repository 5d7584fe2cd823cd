"""Matching what a street wrote to the registry: by 12-digit code, else by normalised name."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.base.normalize import compact, digits_only
from greendesk.core.intake.names import community_key, street_key
from greendesk.core.storage.models import Community, RegistryVersion, Street

BY_CODE, BY_NAME, AMBIGUOUS, UNKNOWN, RESOLVED = "code", "name", "ambiguous", "unknown", "resolved"
_PLACE_ENDINGS = ("市", "区", "县", "街道", "地区", "镇", "乡", "办事处")


class CommunityRef(NamedTuple):
    """A registry community as matching needs it (a tuple: the index builds 622 of them per analysis)."""

    id: int
    code: str
    name: str
    street_code: str
    street_name: str


@dataclass
class Match:
    status: str  # BY_CODE, BY_NAME, AMBIGUOUS, UNKNOWN or RESOLVED
    community: CommunityRef | None = None
    candidates: list[CommunityRef] = field(default_factory=list)
    code_conflict: bool = False  # a code was given but did not fit the name

    @property
    def matched(self) -> bool:
        return self.community is not None


class RegistryIndex:
    """The registry in memory, keyed for quick matching (622 communities for Chaoyang)."""

    def __init__(self, session: Session) -> None:
        self.by_code: dict[str, CommunityRef] = {}
        self.by_key: dict[str, list[CommunityRef]] = {}
        # Plain columns, not ORM objects: building the index is then a few milliseconds.
        statement = (
            select(
                Community.id, Community.code, Community.name, Community.short_name, Street.code, Street.name
            )
            .join(Street, Community.street_id == Street.id)
            .order_by(Community.edition.desc(), Community.code)
        )
        for community_id, code, name, short_name, street_code, street_name in session.execute(statement):
            if code in self.by_code:
                continue  # an older edition of the same code
            ref = CommunityRef(community_id, code, name, street_code, street_name)
            self.by_code[code] = ref
            key, short_key = community_key(name), community_key(short_name)
            if key:
                self.by_key.setdefault(key, []).append(ref)
            if short_key and short_key != key:
                self.by_key.setdefault(short_key, []).append(ref)

    def __len__(self) -> int:
        return len(self.by_code)

    def street_codes(self, hint: str) -> set[str]:
        """Street codes a hint (9-digit code or name, with or without 街道/地区) can mean."""
        digits = digits_only(hint)
        if len(digits) == 9:
            return {digits}
        wanted = street_key(hint)
        if not wanted:
            return set()
        return {ref.street_code for ref in self.by_code.values() if street_key(ref.street_name) == wanted}

    def streets_named_in(self, text: str) -> set[str]:
        """Street codes whose name appears in a title or file name ('三里屯街道推荐名单' -> 三里屯)."""
        plain = compact(text)
        found = set()
        streets = {ref.street_code: ref.street_name for ref in self.by_code.values()}  # 43, not 622
        for street_code, street_name in streets.items():
            key = street_key(street_name)
            if len(key) >= 2 and (street_name in plain or f"{key}街道" in plain or f"{key}地区" in plain):
                found.add(street_code)
        return found

    def _after_place_prefix(self, key: str) -> list[CommunityRef]:
        """'朝阳区南郎家园', '北京市朝阳区酒仙桥街道南路': the longest known name after a place prefix.

        The prefix must end like a place (市/区/县/街道/地区/镇/乡/办事处); a street named in it
        narrows twins in other streets.
        """
        for cut in range(2, len(key) - 1):
            prefix, rest = key[:cut], key[cut:]
            if rest in self.by_key and prefix.endswith(_PLACE_ENDINGS):
                found = self.by_key[rest]
                named = [
                    ref
                    for ref in found
                    if len(street_key(ref.street_name)) >= 2 and street_key(ref.street_name) in prefix
                ]
                return named or found
        return []

    def match(self, code: str, name: str, streets: set[str] | None = None) -> Match:
        """By code first; else by name, narrowed to ``streets`` when the street is known."""
        digits = digits_only(code)
        key = community_key(name)
        if len(digits) == 12 and digits in self.by_code:
            ref = self.by_code[digits]
            conflict = bool(key) and key != community_key(ref.name)
            return Match(BY_CODE, ref, code_conflict=conflict)
        candidates = self.by_key.get(key, []) if key else []
        if not candidates and key:
            candidates = self._after_place_prefix(key)
        if streets and len(candidates) > 1:
            narrowed = [ref for ref in candidates if ref.street_code in streets]
            candidates = narrowed or candidates
        if len(candidates) == 1:
            return Match(BY_NAME, candidates[0], code_conflict=bool(digits))
        if len(candidates) > 1:
            return Match(AMBIGUOUS, None, list(candidates))
        return Match(UNKNOWN)


_INDEXES: OrderedDict[str, RegistryIndex] = OrderedDict()  # registry version token -> index
_INDEXES_LOCK = threading.Lock()  # analyses run in a worker thread of the app


def registry_index(session: Session) -> RegistryIndex:
    """The registry index, built once per registry version (schema 0008's token) and reused.

    A district imports one package per street, often in one sitting; the token changes with any
    change to streets or communities, so a reused index is always the current registry. The token
    and the index are read in the session's one snapshot.
    """
    token = session.scalar(select(RegistryVersion.token))
    if token is None:
        return RegistryIndex(session)
    with _INDEXES_LOCK:
        index = _INDEXES.get(token)
        if index is not None:
            _INDEXES.move_to_end(token)
            return index
    index = RegistryIndex(session)
    with _INDEXES_LOCK:
        _INDEXES[token] = index
        while len(_INDEXES) > 4:
            _INDEXES.popitem(last=False)
    return index

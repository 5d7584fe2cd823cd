"""Standards frozen per recommendation: a review always reads the standard it was recommended under.

Standard files may be edited or replaced (a localized version, a corrected text); the workspace keeps
each version it used by content hash, and reviews, results and packages read that version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from greendesk.core.base import clock
from greendesk.core.standards.format import parse_standard
from greendesk.core.standards.library import get_standard
from greendesk.core.standards.model import Standard, canonical_json
from greendesk.core.storage.models import Recommendation, StandardSnapshot


def remember(session: Session, standard: Standard) -> None:
    """Keep this exact version (once per content) in the caller's transaction."""
    if session.get(StandardSnapshot, standard.sha256) is None:
        session.add(
            StandardSnapshot(
                sha256=standard.sha256,
                standard_id=standard.id,
                content_json=canonical_json(standard.raw),
                stored_at=clock.now(),
            )
        )


def for_recommendation(
    session: Session, recommendation: Recommendation, extra_dirs: Iterable[Path]
) -> Standard:
    """The version the recommendation was made under; the current file when none was kept (older data)."""
    if recommendation.standard_sha256:
        row = session.get(StandardSnapshot, recommendation.standard_sha256)
        if row is not None:
            return _parsed(row.standard_id, row.sha256, row.content_json)
    return get_standard(recommendation.standard_id, extra_dirs)


@lru_cache(maxsize=16)
def _parsed(standard_id: str, sha256: str, content_json: str) -> Standard:
    """A kept version parsed once per process: a review reads it for every item view and action.

    Keyed by the stored text itself (not only its hash), so a row whose text differs is parsed anew;
    a Standard is frozen and its ``raw`` only ever read (editing deep-copies it).
    """
    return parse_standard(json.loads(content_json), f"{standard_id} ({sha256[:12]})")

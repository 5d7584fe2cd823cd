"""Re-check outcomes and naming tiers, and how people read them, in the interface's language.

The documents print the Chinese terms (``rechecks.OUTCOME_LABELS``, ``naming.TIER_LABELS``); these are
what the screens and the history show, so both read the same words from here.
"""

from __future__ import annotations

from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.review.vocabulary import REVOKED

KEPT, RECTIFY = "kept", "rectify"  # re-check outcomes besides REVOKED
STANDARD, DEMONSTRATION = "standard", "demonstration"  # naming tiers

_RECHECK_OUTCOMES = {
    KEPT: QT_TRANSLATE_NOOP("Recheck", "kept (保持)"),
    RECTIFY: QT_TRANSLATE_NOOP("Recheck", "rectify by a deadline (限期整改)"),
    REVOKED: QT_TRANSLATE_NOOP("Recheck", "revoked (撤销)"),
}
_TIERS = {
    STANDARD: QT_TRANSLATE_NOOP("Naming", "Meets requirements"),
    DEMONSTRATION: QT_TRANSLATE_NOOP("Naming", "Demonstration (示范)"),
}


def recheck_outcome(outcome: str, language: str | None = None) -> str:
    """A re-check outcome in ``language`` (default: the interface's)."""
    text = _RECHECK_OUTCOMES.get(outcome)
    return outcome if text is None else translate("Recheck", text, language)


def tier(value: str, language: str | None = None) -> str:
    """A naming tier in ``language`` (default: the interface's)."""
    text = _TIERS.get(value)
    return value if text is None else translate("Naming", text, language)

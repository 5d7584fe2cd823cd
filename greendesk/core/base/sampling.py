"""The one reproducible sampler: ``random.Random(seed)`` over the sorted population.

Used by the district's re-checks (复核) and the city's spot checks (抽查): both keep the seed and the
population (in their audit entries), so anyone can redraw the sample and get the same codes.
"""

from __future__ import annotations

import random
import secrets

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

MAX_SAMPLE = 10_000
MAX_SEED = 2000  # characters: a seed is a word or a phrase, not a document


def draw(population: list[str], size: int, seed: str) -> list[str]:
    """The sample: reproducible from the seed over the sorted population."""
    ordered = sorted(population)
    return sorted(random.Random(seed).sample(ordered, min(size, len(ordered))))


def check_size(size: int) -> None:
    if not 1 <= size <= MAX_SAMPLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sample must hold 1 to {limit} communities."), limit=MAX_SAMPLE
        )


def seed_or_new(seed: str) -> str:
    """The seed given, else a fresh random one (kept with the sample so it can be redrawn)."""
    seed = seed.strip() or secrets.token_hex(8)
    if len(seed) > MAX_SEED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sample's seed may hold at most {limit} characters."),
            limit=MAX_SEED,
        )
    return seed

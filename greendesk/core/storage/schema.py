"""Every table of the workspace: the metadata migrations are compared with and run against.

The models live in several modules (``models``, ``models_publicity``, ``models_city``) to stay readable; importing
this module registers all of them on the one ``Base``.
"""

from __future__ import annotations

from greendesk.core.storage import models_city, models_publicity
from greendesk.core.storage.models import Base

__all__ = ["Base", "models_city", "models_publicity"]

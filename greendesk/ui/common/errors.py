"""How the UI shows an error that reached it (a core error in the user's language, anything else as is)."""

from __future__ import annotations

from greendesk.core.base.errors import GreenDeskError


def error_text(error: BaseException) -> str:
    """The message to show for ``error`` (core errors are rendered translated)."""
    return error.render() if isinstance(error, GreenDeskError) else str(error)

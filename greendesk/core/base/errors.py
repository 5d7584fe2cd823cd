"""User-facing errors of the core: an English message template plus parameters, translated late.

The template is marked for translation where it is written; the UI and CLI translate it in the
user's language and only then fill in the parameters (never an f-string inside a translation).
"""

from __future__ import annotations

from typing import Any

from greendesk.core.base.i18n import translate


class Message:
    """A translatable text with parameters, rendered in the reader's language when shown."""

    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def render(self, language: str | None = None) -> str:
        params = {k: (v.render(language) if isinstance(v, Message) else v) for k, v in self.params.items()}
        text = translate(self.context, self.template, language)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)

    def __str__(self) -> str:
        return self.render()


class GreenDeskError(Exception):
    """An error the user can act on. ``context``/``template`` are translatable; params fill ``{name}``s."""

    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.render("en"))

    def render(self, language: str | None = None) -> str:
        return Message(self.template, **self.params).render(language)

    def __str__(self) -> str:
        return self.render()


class WorkspaceError(GreenDeskError):
    """The workspace cannot be opened or created."""


class ValidationError(GreenDeskError):
    """Input data (a file, a field) is not acceptable."""


class NotFoundError(GreenDeskError):
    """A community, street or standard asked for does not exist."""

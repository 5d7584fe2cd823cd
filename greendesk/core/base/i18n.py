"""Translation for the Qt-free core and the CLI.

Core messages are written in English and marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` extracts them into ``translations/*.ts``. The Qt UI translates them with
``QCoreApplication.translate``; the CLI (which must not need Qt) reads the same ``.ts`` files here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from defusedxml import ElementTree

from greendesk.core.base.paths import translations_dir

DEFAULT_LANGUAGE = "zh_CN"
SUPPORTED_LANGUAGES = ("zh_CN", "en")
LANGUAGE_ENV = "GREENDESK_LANG"
# What leaves the office (PDF and Excel documents, the package) is always Simplified Chinese,
# whatever language the interface speaks.
DOCUMENT_LANGUAGE = "zh_CN"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it untranslated."""
    return text


@lru_cache(maxsize=8)
def _catalog(language: str, directory: str) -> dict[tuple[str, str], str]:
    path = Path(directory) / f"greendesk_{language}.ts"
    if not path.is_file():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(str(path)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                catalog[(name, source)] = translation.text
    return catalog


@lru_cache(maxsize=1)
def _translations_folder() -> str:
    """Looked up once: finding the folder resolves paths on disk, too slow for every message shown."""
    return str(translations_dir())


_current_language = os.environ.get(LANGUAGE_ENV, DEFAULT_LANGUAGE)
# The GUI hands in QCoreApplication.translate: its compiled .qm is already loaded, so the .ts
# need not be parsed (a tenth of a second) the first time a core message is shown.
_backend: Callable[[str, str], str] | None = None


def set_language(language: str, backend: Callable[[str, str], str] | None = None) -> None:
    """The language of core messages; ``backend`` (context, text) -> text translates into it."""
    global _current_language, _backend
    _current_language = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    _backend = backend


def current_language() -> str:
    return _current_language


def translate(context: str, text: str, language: str | None = None) -> str:
    language = language or _current_language
    if language == "en":
        return text
    if _backend is not None and language == _current_language:
        return _backend(context, text)
    return _catalog(language, _translations_folder()).get((context, text), text)


def document_text(context: str, text: str) -> str:
    """``text`` in the documents' language, leaving the interface language as it is."""
    return translate(context, text, DOCUMENT_LANGUAGE)

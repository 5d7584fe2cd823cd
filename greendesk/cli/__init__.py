"""Command line over the core services: ``greendesk [--data-dir D] COMMAND ...`` (also ``python -m greendesk``).

Each feature keeps its commands in its own module (``register(subparsers)``); ``cli.dispatch`` parses
the global options, dispatches, and turns core errors into a translated message and exit code;
``cli.opening`` opens the workspace for a command. This module is the entry and stays light:
``greendesk --version`` answers from here without loading the commands, SQLAlchemy or Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from greendesk import __version__
from greendesk.core.base import i18n
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import default_data_dir

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_FAILED = 1  # something unexpected stopped the command (bad input is EXIT_ERROR)

Handler = Callable[[argparse.Namespace], int]

GLOBAL_OPTIONS = ("--data-dir", "--lang", "--user")
USER_ENV = "GREENDESK_USER"
PASSWORD_ENV = "GREENDESK_PASSWORD"
VERSION_TEXT = f"GreenDesk {__version__}"


def tr(text: str) -> str:
    """Translate a CLI message (context 'CLI'); mark the literal with QT_TRANSLATE_NOOP at the call site."""
    return i18n.translate("CLI", text)


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """Accept global options anywhere (``greendesk demo --data-dir D`` as well as ``greendesk --data-dir D demo``)."""
    front: list[str] = []
    rest: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        name = item.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            if "=" in item:
                front.append(item)
            elif index + 1 < len(items):
                front.extend(items[index : index + 2])
                index += 1
            else:
                rest.append(item)
        else:
            rest.append(item)
        index += 1
    return front + rest


def first_argument(arguments: Sequence[str]) -> str | None:
    """The first argument after the global options (and their values): the command, or ``--version``."""
    index = 0
    while index < len(arguments):
        item = arguments[index]
        if item.split("=", 1)[0] in GLOBAL_OPTIONS:
            index += 1 if "=" in item else 2
            continue
        return item
    return None


def asks_version(arguments: Sequence[str]) -> bool:
    """``--version`` before any command (global options aside), as argparse would act on it."""
    return first_argument(arguments) == "--version"


def _output_never_fails() -> None:
    """Output redirected on Windows is in the ANSI code page (GBK): a character outside it is written
    as ``\\uXXXX`` (a valid JSON escape too) instead of stopping the command halfway through its output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed or detached stream
                reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _output_never_fails()
    arguments = hoist_global_options(sys.argv[1:] if argv is None else argv)
    if any("\0" in argument for argument in arguments):  # no shell passes one; a caller's mistake
        sys.stderr.write(tr(QT_TRANSLATE_NOOP("CLI", "greendesk: an argument holds a NUL character.")) + "\n")
        return EXIT_ERROR
    if asks_version(arguments):  # answered before the commands, the storage stack and Qt are loaded
        sys.stdout.write(VERSION_TEXT + "\n")
        return EXIT_OK
    from greendesk.cli import dispatch  # lazy: heavy, first use only (every command and SQLAlchemy)

    return dispatch.run(arguments)

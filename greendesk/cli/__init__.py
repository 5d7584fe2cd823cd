"""Command line over the core services: ``greendesk [--data-dir D] COMMAND ...`` (also ``python -m greendesk``).

Each feature keeps its commands in its own module (``register(subparsers)``); this module only
parses global options, dispatches, and turns core errors into a translated message and exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from greendesk import __version__
from greendesk.core import i18n
from greendesk.core.errors import GreenDeskError
from greendesk.core.paths import default_data_dir
from greendesk.core.workspace import Preferences, Workspace

EXIT_OK = 0
EXIT_ERROR = 2

Handler = Callable[[argparse.Namespace], int]


def tr(text: str) -> str:
    """Translate a CLI message (context 'CLI'); mark the literal with QT_TRANSLATE_NOOP at the call site."""
    return i18n.translate("CLI", text)


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def open_workspace(args: argparse.Namespace) -> Workspace:
    return Workspace.open(data_dir(args), user=args.user)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _command_modules():
    from greendesk.cli import intake_cmds, registry_cmds, standards_cmds, targets_cmds, workspace_cmds

    return (workspace_cmds, registry_cmds, standards_cmds, targets_cmds, intake_cmds)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="greendesk", description="GreenDesk 绿色社区审核台")
    parser.add_argument("--version", action="version", version=f"GreenDesk {__version__}")
    parser.add_argument(
        "--data-dir", help="workspace folder (default: the user data folder, or $GREENDESK_DATA_DIR)"
    )
    parser.add_argument(
        "--lang", choices=i18n.SUPPORTED_LANGUAGES, help="message language (default: saved preference, zh_CN)"
    )
    parser.add_argument("--user", help="user name recorded in the audit log (default: the login name)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    language = args.lang or os.environ.get(i18n.LANGUAGE_ENV) or Preferences.load(data_dir(args)).language
    i18n.set_language(language)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        return handler(args)
    except GreenDeskError as error:
        print(f"greendesk: {error.render()}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return EXIT_OK

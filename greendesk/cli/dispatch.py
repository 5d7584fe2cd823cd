"""The parser over every command module, and the one place core errors become a message and an exit code."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from greendesk.cli import (
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_OK,
    VERSION_TEXT,
    Handler,
    data_dir,
    first_argument,
    tr,
)
from greendesk.core.base import crashlog, i18n
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.workspace import Preferences

# One module per feature, each with register(subparsers); one line each, in help order.
COMMAND_MODULES = (
    "workspace_cmds",
    "gui_cmds",
    "registry_cmds",
    "standards_cmds",
    "targets_cmds",
    "intake_cmds",
    "users_cmds",
    "review_cmds",
    "panel_cmds",
    "progress_cmds",
    "package_cmds",
    "publicity_cmds",
    "keys_cmds",
    "city_cmds",
    "backup_cmds",
    "visit_cmds",
    "expert_cmds",
)


# ``greendesk gui`` needs no other command: parsed with its module alone, the window comes up without
# loading the reports, packages and spreadsheets the other commands import. ``demo`` (the README's run
# command) likewise needs only the workspace commands: half a second less before its first window.
ALONE = {"gui": ("gui_cmds",), "demo": ("workspace_cmds",), "expert": ("expert_cmds",)}


def _command_modules(names: Sequence[str] = COMMAND_MODULES) -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"greendesk.cli.{name}") for name in names)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="greendesk", description="GreenDesk 绿色社区审核台")
    parser.add_argument("--version", action="version", version=VERSION_TEXT)
    parser.add_argument(
        "--data-dir", help="workspace folder (default: the user data folder, or $GREENDESK_DATA_DIR)"
    )
    parser.add_argument(
        "--lang", choices=i18n.SUPPORTED_LANGUAGES, help="message language (default: saved preference, zh_CN)"
    )
    parser.add_argument(
        "--user",
        help="the account that acts (default: $GREENDESK_USER); its password comes from "
        "$GREENDESK_PASSWORD or a prompt. Commands that only read need none",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules(modules):
        module.register(subparsers)
    return parser


def run(arguments: Sequence[str]) -> int:
    """Parse ``arguments`` (global options already in front), set the language, run the command."""
    parser = build_parser(ALONE.get(first_argument(arguments) or "", COMMAND_MODULES))
    args = parser.parse_args(arguments)
    out_of_range = _huge_number(args)
    if out_of_range is not None:
        parser.error(tr(NUMBER_OUT_OF_RANGE).format(option=out_of_range[0], value=out_of_range[1]))
    language = args.lang or os.environ.get(i18n.LANGUAGE_ENV) or Preferences.load(data_dir(args)).language
    i18n.set_language(language)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:  # no command: a usage error, so the help goes where errors go
        parser.print_help(sys.stderr)
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
    except OSError as error:  # a file the command was given (the workspace's own come as StorageError)
        print(
            tr(FILE_PROBLEM).format(file=_file_named(error), reason=error.strerror or error), file=sys.stderr
        )
        return EXIT_ERROR
    except Exception as error:  # the last resort: a message and the log, never a traceback
        return _unexpected(error)


NUMBER_OUT_OF_RANGE = QT_TRANSLATE_NOOP("CLI", "{option}: {value} is out of range")
FILE_PROBLEM = QT_TRANSLATE_NOOP("CLI", "greendesk: {file}: {reason}. The command did not complete.")
# Whole numbers beyond this are no count, id, size or day a command takes, and SQLite cannot hold
# those beyond 2**63: refused at the command line instead of overflowing deep inside.
LARGEST_NUMBER = 2**53


def _huge_number(args: argparse.Namespace) -> tuple[str, object] | None:
    """The first option whose whole number (or one of whose numbers) is out of range, and that value."""
    for name, value in vars(args).items():
        for number in value if isinstance(value, list) else [value]:
            if isinstance(number, int) and not isinstance(number, bool) and abs(number) > LARGEST_NUMBER:
                return f"--{name.replace('_', '-')}", number
    return None


def _file_named(error: OSError) -> str:
    """The file the user named: a failed rename names the target, not the temporary file beside it."""
    named = error.filename2 if error.filename2 is not None else error.filename
    return str(named) if named is not None else ""


UNEXPECTED = QT_TRANSLATE_NOOP(
    "CLI",
    "greendesk: an unexpected problem stopped the command: {problem}. The command did not complete; "
    "what it was saving was rolled back.",
)
LOGGED = QT_TRANSLATE_NOOP("CLI", "The details were written to {file}.")


def _unexpected(error: Exception) -> int:
    """Tell what stopped the command and where its details are; exit 1 (a failure, not bad input)."""
    logged = crashlog.record(error)
    print(tr(UNEXPECTED).format(problem=crashlog.problem_name(error)), file=sys.stderr)
    if logged is not None:
        print(tr(LOGGED).format(file=str(logged)), file=sys.stderr)
    return EXIT_FAILED

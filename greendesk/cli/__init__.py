"""Command line over the core services: ``greendesk [--data-dir D] COMMAND ...`` (also ``python -m greendesk``).

Each feature keeps its commands in its own module (``register(subparsers)``); this module only
parses global options, dispatches, and turns core errors into a translated message and exit code.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from greendesk import __version__
from greendesk.core import accounts
from greendesk.core.base import i18n
from greendesk.core.base.errors import GreenDeskError, WorkspaceError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import default_data_dir
from greendesk.core.identity import PermissionDenied
from greendesk.core.safety import startup
from greendesk.core.safety.health import DamagedDatabase
from greendesk.core.workspace import Preferences, Workspace

EXIT_OK = 0
EXIT_ERROR = 2

Handler = Callable[[argparse.Namespace], int]

# One module per feature, each with register(subparsers); one line each, in help order.
COMMAND_MODULES = (
    "workspace_cmds",
    "registry_cmds",
    "standards_cmds",
    "targets_cmds",
    "intake_cmds",
    "users_cmds",
    "review_cmds",
    "progress_cmds",
    "package_cmds",
    "keys_cmds",
    "backup_cmds",
)


def tr(text: str) -> str:
    """Translate a CLI message (context 'CLI'); mark the literal with QT_TRANSLATE_NOOP at the call site."""
    return i18n.translate("CLI", text)


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


class DamagedWorkspaceError(WorkspaceError):
    """The start check found the database damaged and moved it aside."""


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The acting account (``--user`` or $GREENDESK_USER) and its password ($GREENDESK_PASSWORD or a prompt)."""
    name = (args.user or os.environ.get(USER_ENV) or "").strip()
    if not name:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Name the account that acts: --user NAME (or set GREENDESK_USER).")
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No password for {user}: set GREENDESK_PASSWORD, or run the command in a terminal to be asked.",
                ),
                user=name,
            )
        password = getpass.getpass(tr(QT_TRANSLATE_NOOP("CLI", "Password for {user}: ")).format(user=name))
    return name, password


def open_workspace(args: argparse.Namespace, *, sign_in: bool = False) -> Workspace:
    """Open the workspace by the app's start rules (quick check, daily backup, location warning).

    ``sign_in``: the command writes, so the account named by ``--user`` proves its password first
    (``args.proven_password`` keeps it for acts that ask for it again, such as a sign-off).

    A command that only reads does not take the lock (it may run beside the app); one that writes
    (``sign_in``) holds it until the workspace is closed, so it is refused while the app has the
    workspace open. Warnings go to stderr; a damaged
    database stops the command with the backup to restore (the CLI cannot ask: the user decides by
    running restore).
    """
    folder = data_dir(args)
    report = startup.open_safely(folder, exclusive=sign_in)  # a writer holds the lock, as the app does
    if report.refused is not None:
        raise report.refused
    if report.damaged is None and report.missing:
        report.close()
        Workspace.require(folder)
    for warning in report.warnings:
        print(f"greendesk: {warning.render()}", file=sys.stderr)
    if report.damaged is not None:
        report.close()
        raise _damaged_error(folder, report.damaged)
    if report.error is not None:
        report.close()
        raise report.error
    assert report.workspace is not None  # neither missing, damaged nor failed
    workspace = report.workspace
    if report.lock is not None:
        workspace.on_close.append(report.lock.release)
    if sign_in:
        try:
            name, password = credentials(args)
            accounts.sign_in(workspace, name, password)
        except BaseException:
            workspace.close()
            raise
        args.proven_password = password
    return workspace


def _damaged_error(folder: Path, damaged: DamagedDatabase) -> DamagedWorkspaceError:
    if (
        damaged.can_continue and damaged.set_aside is not None
    ):  # it lost changes but holds more than any backup
        if damaged.backup is None:
            return DamagedWorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{situation} To go on with the database as it is: "
                    "greendesk --data-dir {folder} restore --set-aside {file}",
                ),
                situation=damaged.loss_message(),
                folder=str(folder),
                file=str(damaged.set_aside),
            )
        return DamagedWorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{situation} To go on with the database as it is: greendesk --data-dir {folder} restore "
                "--set-aside {file}; to restore the backup instead: greendesk --data-dir {folder} restore {id}",
            ),
            situation=damaged.loss_message(),
            folder=str(folder),
            file=str(damaged.set_aside),
            id=damaged.backup.id,
        )
    if damaged.backup is None:
        return DamagedWorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{situation} The damaged file is kept there for recovery; 'greendesk init' starts a new workspace.",
            ),
            situation=damaged.loss_message(),
        )
    return DamagedWorkspaceError(
        QT_TRANSLATE_NOOP(
            "Errors", "{situation} To restore that backup: greendesk --data-dir {folder} restore {id}"
        ),
        situation=damaged.loss_message(),
        folder=str(folder),
        id=damaged.backup.id,
    )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _command_modules():
    import importlib

    return tuple(importlib.import_module(f"greendesk.cli.{name}") for name in COMMAND_MODULES)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="greendesk", description="GreenDesk 绿色社区审核台")
    parser.add_argument("--version", action="version", version=f"GreenDesk {__version__}")
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
    for module in _command_modules():
        module.register(subparsers)
    return parser


GLOBAL_OPTIONS = ("--data-dir", "--lang", "--user")
USER_ENV = "GREENDESK_USER"
PASSWORD_ENV = "GREENDESK_PASSWORD"


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(hoist_global_options(sys.argv[1:] if argv is None else argv))
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

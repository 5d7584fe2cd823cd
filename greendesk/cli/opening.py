"""Opening the workspace for a command: the app's start rules, and the acting account's sign-in.

Kept apart from ``greendesk.cli`` (the entry), which stays light so that ``greendesk --version``
loads none of the storage stack (SQLAlchemy, the safety checks).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from greendesk.cli import PASSWORD_ENV, USER_ENV, data_dir, tr
from greendesk.core import accounts
from greendesk.core.base.errors import WorkspaceError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.identity import PermissionDenied
from greendesk.core.safety import startup
from greendesk.core.safety.health import DamagedDatabase
from greendesk.core.workspace import Workspace


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


def open_district_workspace(args: argparse.Namespace, *, sign_in: bool = False) -> Workspace:
    """``open_workspace`` for a district's own work (street workbooks, review): a city workspace refuses."""
    return _of_level(open_workspace(args, sign_in=sign_in), level.require_district)


def open_city_workspace(args: argparse.Namespace, *, sign_in: bool = False) -> Workspace:
    """``open_workspace`` for the city's commands: a district workspace refuses."""
    return _of_level(open_workspace(args, sign_in=sign_in), level.require_city)


def _of_level(workspace: Workspace, check: Callable[[Workspace], None]) -> Workspace:
    try:
        check(workspace)
    except BaseException:
        workspace.close()
        raise
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

"""user add | list | passwd | disable | enable: local accounts and their roles (administrators only)."""

from __future__ import annotations

import argparse

from greendesk.cli import EXIT_OK, tr
from greendesk.cli.common import new_password, print_rows, subcommand
from greendesk.cli.opening import open_workspace
from greendesk.core import accounts
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("user", help="local accounts (reviewer, approver, administrator)")
    commands = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = subcommand(commands, "add", cmd_add, help="create an account (administrator)")
    add.add_argument("name")
    add.add_argument("--role", action="append", choices=ROLES, required=True, help="repeat for several roles")
    add.add_argument("--display-name", default="")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )

    subcommand(commands, "list", cmd_list, help="list accounts", json=True)

    passwd = subcommand(commands, "passwd", cmd_passwd, help="set an account's password (administrator)")
    passwd.add_argument("name")
    passwd.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )

    for action, handler in (("disable", cmd_disable), ("enable", cmd_enable)):
        subcommand(commands, action, handler, help=f"{action} an account (administrator)").add_argument(
            "name"
        )


def cmd_add(args: argparse.Namespace) -> int:
    password = new_password(args)
    with open_workspace(args, sign_in=True) as workspace:
        info = accounts.create_user(workspace, args.name, args.role, password, args.display_name)
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Account {user} created with roles {roles}.")).format(
            user=info.username, roles=", ".join(info.roles)
        )
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        listed = accounts.list_users(workspace)
    print_rows(
        args,
        listed,
        lambda account: account.to_dict(),
        lambda account: f"{account.username}\t{','.join(account.roles)}\t{account.display_name}".rstrip(),
    )
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    password = new_password(args)
    with open_workspace(args, sign_in=True) as workspace:
        if args.name == workspace.user:
            accounts.change_own_password(workspace, args.proven_password, password)
        else:
            accounts.reset_password(workspace, args.name, password, args.proven_password)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Password of {user} changed.")).format(user=args.name))
    return EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        accounts.set_active(workspace, args.name, active, args.proven_password)
    done = (
        QT_TRANSLATE_NOOP("CLI", "Account {user} enabled.")
        if active
        else QT_TRANSLATE_NOOP("CLI", "Account {user} disabled.")
    )
    print(tr(done).format(user=args.name))
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def cmd_enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)

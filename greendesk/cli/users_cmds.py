"""user add | list | passwd: local accounts and their roles."""

from __future__ import annotations

import argparse

from greendesk.cli import EXIT_OK, open_workspace, tr
from greendesk.cli.common import print_rows, read_password, stdin_password, subcommand
from greendesk.core import accounts
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("user", help="local accounts (reviewer, approver, administrator)")
    commands = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = subcommand(commands, "add", cmd_add, help="create an account")
    add.add_argument("name")
    add.add_argument("--role", action="append", choices=ROLES, required=True, help="repeat for several roles")
    add.add_argument("--display-name", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")

    subcommand(commands, "list", cmd_list, help="list accounts", json=True)

    passwd = subcommand(commands, "passwd", cmd_passwd, help="set an account's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")


def cmd_add(args: argparse.Namespace) -> int:
    password = stdin_password(args)
    with open_workspace(args) as workspace:
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
    password = read_password(args.password_stdin)
    with open_workspace(args) as workspace:
        accounts.set_password(workspace, args.name, password)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Password of {user} changed.")).format(user=args.name))
    return EXIT_OK

"""user add | list | passwd: local accounts and their roles."""

from __future__ import annotations

import argparse
import getpass
import sys

from greendesk.cli import EXIT_OK, open_workspace, print_json, tr
from greendesk.core import accounts
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("user", help="local accounts (reviewer, approver, administrator)")
    commands = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", action="append", choices=ROLES, required=True, help="repeat for several roles")
    add.add_argument("--display-name", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=cmd_add)

    listing = commands.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    passwd = commands.add_parser("passwd", help="set an account's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")
    passwd.set_defaults(handler=cmd_passwd)


def read_password(from_stdin: bool) -> str:
    """The first line of stdin, or an interactive prompt (never an argument: it would show in `ps`)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(tr(QT_TRANSLATE_NOOP("CLI", "Password: ")))


def cmd_add(args: argparse.Namespace) -> int:
    password = read_password(True) if args.password_stdin else None
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
    if args.json:
        print_json([account.to_dict() for account in listed])
        return EXIT_OK
    for account in listed:
        print(f"{account.username}\t{','.join(account.roles)}\t{account.display_name}".rstrip())
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    with open_workspace(args) as workspace:
        accounts.set_password(workspace, args.name, password)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Password of {user} changed.")).format(user=args.name))
    return EXIT_OK

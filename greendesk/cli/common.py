"""Pieces the command modules share: declaring an action, printing a listing, reading a password,
and the one rule for diagnostics: problems go to stderr, and bad input ends with exit code 2 (a
``GreenDeskError`` that ``greendesk.cli.main`` prints to stderr), never exit 1 with text on stdout.

``greendesk.cli`` (the package) keeps the global options, the dispatcher and the workspace opening;
this module holds what several feature modules repeat, so each command reads as what it does.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from greendesk.cli import Handler, print_json, tr
from greendesk.core.base import years
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

Row = TypeVar("Row")


def day(text: str) -> date:
    """A YYYY-MM-DD argument (argparse exits 2 with this message otherwise)."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        message = tr(QT_TRANSLATE_NOOP("CLI", "not a date like 2022-09-30: {text}")).format(text=text)
        raise argparse.ArgumentTypeError(message) from exc


def year_number(text: str) -> int:
    """A year in the range GreenDesk accepts everywhere (``base.years``); argparse exits 2 otherwise."""
    try:
        return years.check_year(int(text))
    except ValueError as exc:  # not a whole number
        message = tr(QT_TRANSLATE_NOOP("CLI", "not a year like 2022: {text}")).format(text=text)
        raise argparse.ArgumentTypeError(message) from exc
    except GreenDeskError as error:
        raise argparse.ArgumentTypeError(error.render()) from error


def subcommand(
    actions: argparse._SubParsersAction,
    name: str,
    handler: Handler,
    *,
    help: str | None = None,
    json: bool = False,
) -> argparse.ArgumentParser:
    """An action run by ``handler``; ``json`` adds the ``--json`` switch that listings and views take."""
    parser = actions.add_parser(name, **({"help": help} if help is not None else {}))
    if json:
        parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=handler)
    return parser


def print_rows(
    args: argparse.Namespace,
    rows: Iterable[Row],
    as_dict: Callable[[Row], Any],
    as_line: Callable[[Row], str],
    empty: str = "",
) -> bool:
    """``--json`` prints the rows as one JSON list, else one line each, or the ``empty`` message (a
    QT_TRANSLATE_NOOP("CLI", …) text) when there are none; True when lines were printed."""
    if args.json:
        print_json([as_dict(row) for row in rows])
        return False
    printed = 0
    for row in rows:
        print(as_line(row))
        printed += 1
    if not printed and empty:
        print(tr(empty))
    return True


def diagnostic(text: str) -> None:
    """A problem or warning line: stderr, so stdout stays the command's output (a listing, JSON)."""
    print(f"greendesk: {text}", file=sys.stderr)


def refuse_unless(done: bool, template: str, **params: Any) -> None:
    """Bad input that left nothing done: a translated error on stderr and exit code 2 (via main)."""
    if not done:
        raise ValidationError(template, **params)


def read_password(from_stdin: bool) -> str:
    """The first line of stdin, or an interactive prompt (never an argument: it would show in `ps`)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(tr(QT_TRANSLATE_NOOP("CLI", "Password: ")))


def new_password(args: argparse.Namespace) -> str:
    """A new account's password: the first line of stdin with ``--password-stdin``, else asked twice."""
    if args.password_stdin:
        return read_password(True)
    if not sys.stdin.isatty():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the new password with --password-stdin or type it in a terminal."
            )
        )
    first = getpass.getpass(tr(QT_TRANSLATE_NOOP("CLI", "New password: ")))
    if getpass.getpass(tr(QT_TRANSLATE_NOOP("CLI", "New password again: "))) != first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ."))
    return first

"""standards list | show ID | check FILE."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_OK, data_dir, print_json, tr
from greendesk.cli.common import print_rows, subcommand
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards import library
from greendesk.core.standards.format import load_standard_file
from greendesk.core.standards.model import Standard
from greendesk.core.storage.layout import Layout

SKIPPED = QT_TRANSLATE_NOOP("CLI", "skipped (not used until it is fixed):")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("standards", help="creation standards shipped or added to the workspace")
    commands = parser.add_subparsers(dest="standards_command", metavar="ACTION", required=True)
    subcommand(commands, "list", cmd_list, json=True)
    subcommand(commands, "show", cmd_show, json=True).add_argument("id")
    check = subcommand(commands, "check", cmd_check, help="validate a standard file")
    check.add_argument("file", type=Path)


def _extra_dirs(args: argparse.Namespace) -> list[Path]:
    return [Layout(data_dir(args)).standards]


def _summary(standard: Standard) -> dict[str, object]:
    return {
        "id": standard.id,
        "title": standard.title,
        "document_number": standard.document_number,
        "mode": standard.mode,
        "items": len(standard.items),
        "derives_from": standard.derives_from,
    }


def cmd_list(args: argparse.Namespace) -> int:
    """The usable standards; each skipped file is a warning on stderr (the list stays machine-readable)."""
    found = library.discover_standards(_extra_dirs(args))
    for problem in found.skipped:
        print(f"greendesk: {tr(SKIPPED)} {problem.render()}", file=sys.stderr)
    print_rows(
        args,
        found.standards.values(),
        _summary,
        lambda s: f"{s.id}\t{s.title}\t{s.document_number}\t{s.mode}\t{len(s.items)}",
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    standard = library.get_standard(args.id, _extra_dirs(args))
    if args.json:
        print_json(standard.raw)
        return EXIT_OK
    print(f"{standard.title} ({standard.document_number}, {standard.issued_on})")
    for category in standard.categories:
        print(f"\n{category.number}. {category.title}")
        for item in standard.items_in(category.id):
            marks = " *" if item.gating else ""
            rule = f"  [{item.rule.describe()}]" if item.rule else ""
            print(f"  {item.number:>2}. {item.text}{marks}{rule}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    standard = load_standard_file(args.file)
    print(f"OK {standard.id}: {len(standard.categories)} categories, {len(standard.items)} items")
    return EXIT_OK

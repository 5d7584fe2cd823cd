"""standards list | show ID | check FILE."""

from __future__ import annotations

import argparse
from pathlib import Path

from greendesk.cli import EXIT_OK, data_dir, print_json
from greendesk.core.standards import library
from greendesk.core.standards.format import load_standard_file
from greendesk.core.workspace import STANDARDS_DIR


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("standards", help="creation standards shipped or added to the workspace")
    commands = parser.add_subparsers(dest="standards_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    show = commands.add_parser("show")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    check = commands.add_parser("check", help="validate a standard file")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=cmd_check)


def _extra_dirs(args: argparse.Namespace) -> list[Path]:
    return [data_dir(args) / STANDARDS_DIR]


def cmd_list(args: argparse.Namespace) -> int:
    found = library.discover_standards(_extra_dirs(args))
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "document_number": s.document_number,
                    "mode": s.mode,
                    "items": len(s.items),
                    "derives_from": s.derives_from,
                }
                for s in found.values()
            ]
        )
        return EXIT_OK
    for s in found.values():
        print(f"{s.id}\t{s.title}\t{s.document_number}\t{s.mode}\t{len(s.items)}")
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

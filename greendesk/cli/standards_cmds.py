"""standards list | show ID | check FILE | new --from ID --id NEW --out FILE | diff A B."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_OK, data_dir, print_json, tr
from greendesk.cli.common import print_rows, subcommand
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards import library
from greendesk.core.standards.diff import ADDED, REMOVED, Change, diff_standards
from greendesk.core.standards.editing import new_edition
from greendesk.core.standards.editions import resolve, save_edition
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
    new = subcommand(commands, "new", cmd_new, help="copy a standard into a local edition (derives_from)")
    new.add_argument("--from", dest="parent", required=True, metavar="ID", help="standard id or file")
    new.add_argument("--id", dest="new_id", required=True, metavar="NEW")
    new.add_argument("--title")
    new.add_argument("--out", required=True, type=Path, metavar="FILE")
    diff = subcommand(commands, "diff", cmd_diff, json=True, help="what changed from standard A to B")
    diff.add_argument("old", metavar="A", help="standard id or file")
    diff.add_argument("new", metavar="B", help="standard id or file")


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
            points = f"  ({item.points:g})" if standard.mode == "scored" and item.points is not None else ""
            print(f"  {item.number:>2}. {item.text}{marks}{rule}{points}")
            for scoring in item.scoring:
                print(f"      - {scoring.id}: {scoring.label} [{scoring.kind}]")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 with a summary, or 2 with the problem (file and field) on stderr (via main)."""
    standard = load_standard_file(args.file)
    print(f"OK {standard.id}: {len(standard.categories)} categories, {len(standard.items)} items")
    if standard.mode == "scored":
        rules = sum(len(item.scoring) for item in standard.items)
        tiers = ", ".join(f"{t.id} ≥ {t.min_points:g}" for t in standard.tiers) or "—"
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI", "Scored: {points} points, pass mark {mark}, {rules} rules, tiers: {tiers}"
                )
            ).format(
                points=f"{standard.max_points or 0:g}",
                mark=f"{standard.pass_mark or 0:g}",
                rules=rules,
                tiers=tiers,
            )
        )
    if standard.applies_to is not None:
        years = ", ".join(map(str, standard.applies_to.years))
        batch = f" ({standard.applies_to.batch})" if standard.applies_to.batch else ""
        print(tr(QT_TRANSLATE_NOOP("CLI", "Applies to: {years}{batch}")).format(years=years, batch=batch))
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    extra = _extra_dirs(args)
    parent = resolve(args.parent, extra)
    taken = library.discover_standards(extra).standards
    saved = save_edition(new_edition(parent, args.new_id, args.title, taken), args.out)
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Wrote {file}: {standard}, derived from {parent}")).format(
            file=args.out, standard=saved.id, parent=parent.id
        )
    )
    return EXIT_OK


def _where(change: Change) -> str:
    if change.scope == "standard":
        return tr(QT_TRANSLATE_NOOP("CLI", "standard"))
    if change.scope == "rule":
        item, rule = change.key.split("/", 1)
        return tr(QT_TRANSLATE_NOOP("CLI", "item {item} rule {rule}")).format(item=item, rule=rule)
    templates = {
        "tier": QT_TRANSLATE_NOOP("CLI", "tier {key}"),
        "category": QT_TRANSLATE_NOOP("CLI", "category {key}"),
        "item": QT_TRANSLATE_NOOP("CLI", "item {key}"),
    }
    return tr(templates[change.scope]).format(key=change.key)


def _shown(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):  # applies_to
        return "; ".join(f"{key}: {_shown(part)}" for key, part in value.items())
    return f"{value:g}" if isinstance(value, float) else str(value)


def diff_line(change: Change) -> str:
    """``+ item 17``, ``- category x``, ``~ item 3 points: 5 → 6``."""
    if change.change == ADDED:
        return f"+ {_where(change)}: {_shown(change.new)}"
    if change.change == REMOVED:
        return f"- {_where(change)}: {_shown(change.old)}"
    return f"~ {_where(change)} {change.field}: {_shown(change.old)} → {_shown(change.new)}"


def cmd_diff(args: argparse.Namespace) -> int:
    extra = _extra_dirs(args)
    changes = diff_standards(resolve(args.old, extra), resolve(args.new, extra))
    if args.json:
        print_json([change.to_dict() for change in changes])
    elif not changes:
        print(tr(QT_TRANSLATE_NOOP("CLI", "No differences.")))
    for change in () if args.json else changes:
        print(diff_line(change))
    return EXIT_OK

"""import PATH | template: street recommendation packages in, blank templates out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import diagnostic, refuse_unless, year_number
from greendesk.cli.opening import open_district_workspace
from greendesk.core import campaign
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.intake import analysis, apply, placement
from greendesk.core.intake.plan import ImportPlan
from greendesk.core.intake.template import export_template


def register(subparsers: argparse._SubParsersAction) -> None:
    load = subparsers.add_parser(
        "import", help="import a street's recommendations (.xlsx/.xls, a folder, or a .zip with photos)"
    )
    load.add_argument("path", type=Path, help="workbook, folder or zip")
    load.add_argument(
        "--year",
        type=year_number,
        default=None,
        help="year of the recommendations (default: the campaign year)",
    )
    load.add_argument("--batch", type=int, default=1, help="batch number within the year (default 1)")
    load.add_argument("--street", help="street code or name, to narrow matching by name")
    load.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    load.add_argument(
        "--skip-bad-photos", action="store_true", help="import the rest when photos are damaged"
    )
    load.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="#ROW=CODE",
        help="resolve an ambiguous/unknown row (numbered #N in the output) to a 12-digit code, or 'skip'",
    )
    load.add_argument(
        "--assign",
        action="append",
        default=[],
        metavar="PATH=CODE:ITEM",
        help="attach an unmatched file (its path in the package, as listed) to a community's item",
    )
    load.add_argument(
        "--assign-file", type=Path, metavar="MAP.csv", help="a CSV of path, community code, item number"
    )
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=cmd_import)

    template = subparsers.add_parser("template", help="write the blank recommendation workbook for streets")
    template.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    template.add_argument("--year", type=year_number, default=None, help="default: the campaign year")
    template.add_argument("--street", help="9-digit street code or name (default: all streets)")
    template.set_defaults(handler=cmd_template)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _choices(values: list[str]) -> dict[str, str]:
    choices = {}
    for value in values:
        row, separator, code = value.partition("=")
        if not separator:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not #ROW=CODE."), text=value)
        code = code.strip()
        choices[row.strip().lstrip("#")] = "" if code.lower() == "skip" else code
    return choices


def cmd_import(args: argparse.Namespace) -> int:
    """Analyse and import; a dry run makes the same checks and exits as the import would, writing nothing."""
    choices = _choices(args.choose)  # checked before anything runs
    with open_district_workspace(args, sign_in=not args.dry_run) as workspace:
        year = args.year or campaign.campaign_year(workspace)
        plan = analysis.analyse_package(
            workspace, args.path, year, args.batch, progress=_progress, street=args.street
        )
        assignments = [placement.parse_assignment(text) for text in args.assign]
        if args.assign_file is not None:
            assignments.extend(placement.read_assignment_file(args.assign_file))
        photos = placement.photo_resolutions(workspace, plan, assignments)
        placed = placement.placements(workspace, plan, photos)
        resolutions = apply.Resolutions(
            communities=choices, photos=photos, skip_bad_photos=args.skip_bad_photos
        )
        result, recorded, would = None, False, None
        if args.dry_run:
            would = apply.rehearse(workspace, plan, resolutions)
            recorded = bool(would)
        elif plan.already_imported is None:
            result = apply.apply_import(workspace, plan, resolutions, progress=_progress)
            recorded = result.imported_anything
    _print_import(args, plan, result, year, placed, would)
    refuse_unless(
        plan.already_imported is not None or recorded,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Nothing would be imported from {source} ({errors} error(s)); the problems are listed above.",
        ),
        source=plan.source_name,
        errors=len(plan.errors),
    )
    return EXIT_OK


def _print_import(
    args: argparse.Namespace,
    plan: ImportPlan,
    result: apply.ImportResult | None,
    year: int,
    placed: list[placement.Placement],
    would: list[str] | None = None,
) -> None:
    """The summary and outcome on stdout (or the JSON); the problems, one a line, on stderr."""
    summary = plan.summary()
    if args.json:
        print_json(
            {
                **plan.to_dict(),
                "placements": [p.to_dict() for p in placed],
                "result": result.to_dict() if result else None,
                # a dry run: the rows it would record and the recommendations files would go to
                "would_record": would,
            }
        )
    else:
        _print_placements(plan, placed)
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "{source}: {rows} rows, {matched} communities matched, {photos} photos ({photos_matched} matched to an item).",
                )
            ).format(
                source=summary["source"],
                rows=summary["rows"],
                matched=summary["communities_matched"],
                photos=summary["photos"],
                photos_matched=summary["photos_matched"],
            )
        )
        for problem in plan.problems:
            label = (
                tr(QT_TRANSLATE_NOOP("CLI", "error"))
                if problem.severity == "error"
                else tr(QT_TRANSLATE_NOOP("CLI", "warning"))
            )
            row = f" #{problem.row_key}" if problem.row_key else ""
            diagnostic(f"[{label}]{row} {problem.render()}")
        if plan.already_imported is not None:
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "CLI", "This package was already imported for {year} batch {batch}; nothing changed."
                    )
                ).format(year=year, batch=args.batch)
            )
        elif args.dry_run:
            print(tr(QT_TRANSLATE_NOOP("CLI", "Dry run: nothing was written.")))
        elif result is not None:
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "CLI",
                        "Imported: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store).",
                    )
                ).format(
                    created=result.recommendations_created,
                    updated=result.recommendations_updated,
                    skipped=result.rows_skipped,
                    attached=result.photos_attached,
                    added=result.photos_added_to_store,
                )
            )


def _print_placements(plan: ImportPlan, placed: list[placement.Placement]) -> None:
    """Which file goes where; the files left over, by the path ``--assign`` takes."""
    if plan.supplement:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI", "No workbook: a supplementary package for the {year} recommendations."
                )
            ).format(year=plan.year)
        )
    for place in placed:
        if place.code:
            target = plan.targets.get(place.code)
            where = tr(QT_TRANSLATE_NOOP("CLI", "{name} {code} item {item}")).format(
                name=place.name, code=place.code, item=place.item
            )
            if target is not None:
                where += " · " + tr(QT_TRANSLATE_NOOP("CLI", "round {round}")).format(round=target.round)
            print(f"  {place.entry} -> {where}")
    loose = [place.entry for place in placed if not place.code]
    if loose:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI", 'Not attached ({count}); assign with --assign "PATH=CODE:ITEM" or --assign-file:'
                )
            ).format(count=len(loose))
        )
        for entry in loose:
            print(f"  {entry}")


def cmd_template(args: argparse.Namespace) -> int:
    with open_district_workspace(args) as workspace:
        path = export_template(
            workspace, args.out, args.year or campaign.campaign_year(workspace), args.street
        )
    print(tr(QT_TRANSLATE_NOOP("CLI", "Template written to {file}")).format(file=str(path)))
    return EXIT_OK

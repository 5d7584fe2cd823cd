"""city import | progress | show | reuse | sample | report | districts | district | target: the municipal
workspace's commands."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import day, subcommand, year_number
from greendesk.cli.opening import open_city_workspace
from greendesk.core import campaign
from greendesk.core.base import clock, i18n
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import detail, imports, progress, registry, report, reuse, sample, targets
from greendesk.core.progress.figures import end_of_day
from greendesk.core.workspace import Workspace


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=year_number, help="campaign year (default: the campaign year)")
    parser.add_argument("--as-of", type=day, help="count packages as of the end of this day (default: now)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "city", help="the city's workspace: district packages, progress, spot checks"
    )
    actions = parser.add_subparsers(dest="city_command", metavar="ACTION", required=True)

    load = subcommand(actions, "import", cmd_import, help="verify and import a district package", json=True)
    load.add_argument("package", type=Path, metavar="PKG")

    show = subcommand(actions, "progress", cmd_progress, help="every district against its target", json=True)
    _period_options(show)

    one = subcommand(
        actions, "show", cmd_show, help="one district: figures, communities, packages", json=True
    )
    one.add_argument("district", metavar="DISTRICT")
    _period_options(one)

    flags = subcommand(actions, "reuse", cmd_reuse, help="evidence files found in two districts", json=True)
    _period_options(flags)

    draw = subcommand(
        actions, "sample", cmd_sample, help="a reproducible spot-check sample (抽查)", json=True
    )
    draw.add_argument("--year", type=year_number, required=True)
    draw.add_argument("--size", type=int, required=True)
    draw.add_argument("--seed", default="", help="seed of the draw (default: a new random one, printed)")
    draw.add_argument("--out", type=Path, help="write the work list to this .xlsx file")

    summary = subcommand(
        actions, "report", cmd_report, help="the city's summary report (PDF and Excel)", json=True
    )
    _period_options(summary)
    summary.add_argument("--out", type=Path, required=True, help="folder for the PDF and the workbook")

    listing = subcommand(
        actions, "districts", cmd_districts, help="the city's districts and targets", json=True
    )
    _period_options(listing)

    entered = subcommand(actions, "district", cmd_district, help="add or correct a district of the city")
    entered.add_argument("code", metavar="CODE")
    entered.add_argument("--name", required=True)
    entered.add_argument("--communities", type=int, required=True, help="its number of urban communities")

    share = subcommand(
        actions, "target", cmd_target, help="set or clear a district's own target share for a year", json=True
    )
    share.add_argument("code", metavar="CODE")
    share.add_argument("--year", type=year_number, required=True)
    choice = share.add_mutually_exclusive_group(required=True)
    choice.add_argument("--share", type=float, help="the district's target share, percent (0 < S <= 100)")
    choice.add_argument("--clear", action="store_true", help="give the district the city's share again")


def _year_and_moment(args: argparse.Namespace, workspace: Workspace) -> tuple[int, datetime]:
    as_of = end_of_day(args.as_of) if getattr(args, "as_of", None) else clock.now()
    year = args.year or (as_of.year if getattr(args, "as_of", None) else campaign.campaign_year(workspace))
    return year, as_of


def cmd_import(args: argparse.Namespace) -> int:
    with open_city_workspace(args, sign_in=True) as workspace:
        result = imports.import_package(workspace, args.package)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI", "Imported package {id}: {name} ({code}) {period}, {communities} communities."
            )
        ).format(
            id=result.package_id,
            name=result.district_name,
            code=result.district_code,
            period=result.period,
            communities=result.communities,
        )
    )
    if result.supersedes:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "It supersedes package(s) {ids}.")).format(
                ids=", ".join(str(i) for i in result.supersedes)
            )
        )
    if result.superseded_by is not None:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "A newer package ({id}) of the same period stays current.")).format(
                id=result.superseded_by
            )
        )
    return EXIT_OK


def cmd_progress(args: argparse.Namespace) -> int:
    with open_city_workspace(args) as workspace:
        year, as_of = _year_and_moment(args, workspace)
        data = progress.city_progress(workspace, year, as_of).to_dict()
    if args.json:
        print_json(data)
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{city} {year}: {passed} of {total} communities passed ({rate}%), {recommended} pilots "
                "started ({participation}%), {named} named; target {required}, {remaining} to go.",
            )
        ).format(
            city=data["city_name"],
            year=data["year"],
            passed=data["passed"],
            total=data["in_scope"],
            rate=data["pass_rate"],
            recommended=data["recommended"],
            participation=data["participation_rate"],
            named=data["named"],
            required=data["required"],
            remaining=data["remaining"],
        )
    )
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "{quarter}: reported {reported}; late {late}.")).format(
            quarter=data["quarter"],
            reported=", ".join(data["reported"]) or "-",
            late=", ".join(data["late"]) or "-",
        )
    )
    for row in data["districts"]:
        print(
            f"{row['code']}\t{row['name']}\t{row['in_scope']}\t{row['recommended']}\t{row['passed']}"
            f"\t{row['pass_rate']}%\t{row['named']}\t{row['required']}\t{row['quarter_status']}"
        )
    if data["reuse"]:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Evidence files found in more than one district: {count}.")).format(
                count=len(data["reuse"])
            )
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_city_workspace(args) as workspace:
        year, as_of = _year_and_moment(args, workspace)
        result = detail.district_detail(workspace, args.district, year, as_of)
    data = result.to_dict()
    if args.json:
        print_json(data)
        return EXIT_OK
    row, source = data["progress"], data["source"]
    print(
        f"{row['code']}\t{row['name']}\t{row['period'] or '-'}\t{row['passed']}/{row['in_scope']}"
        f"\t{row['pass_rate']}%\t{row['quarter_status']}"
    )
    if source:
        kind = i18n.translate("City", detail.KIND_LABELS.get(source["kind"], source["kind"]))
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "From package {id}: {kind}, {period}, as of {as_of}.")).format(
                id=source["id"], kind=kind, period=source["period"], as_of=source["as_of"]
            )
        )
    for community in data["communities"]:
        print(
            f"{community['code']}\t{community['name']}\t{community['street_name']}\t{community['status']}"
            f"\t{community['score'] if community['score'] is not None else '-'}\t{community['named_tier'] or '-'}"
        )
    return EXIT_OK


def cmd_reuse(args: argparse.Namespace) -> int:
    with open_city_workspace(args) as workspace:
        year, as_of = _year_and_moment(args, workspace)
        flags = reuse.reused_evidence(workspace, year, as_of)
    if args.json:
        print_json([flag.to_dict() for flag in flags])
        return EXIT_OK
    if not flags:
        print(tr(QT_TRANSLATE_NOOP("CLI", "No evidence file is found in more than one district.")))
    for flag in flags:
        places = ", ".join(f"{use.district_code}:{use.community_code}#{use.item}" for use in flag.uses)
        print(f"{flag.sha256}\t{places}")
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    with open_city_workspace(args, sign_in=True) as workspace:
        drawn = sample.draw_sample(workspace, args.year, args.size, args.seed, as_of=clock.now())
    if args.out is not None:
        sample.write_work_list(drawn, args.out)
    if args.json:
        print_json(drawn.to_dict())
        return EXIT_OK
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Sample of {count} from {population} (seed {seed}): {codes}")).format(
            count=len(drawn.communities),
            population=len(drawn.population),
            seed=drawn.seed,
            codes=", ".join(drawn.codes),
        )
    )
    if args.out is not None:
        print(tr(QT_TRANSLATE_NOOP("CLI", "Work list written to {file}")).format(file=args.out))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    with open_city_workspace(args, sign_in=True) as workspace:
        year, as_of = _year_and_moment(args, workspace)
        paths = report.write_city_report(workspace, year, as_of, args.out)
    if args.json:
        print_json(paths.to_dict())
        return EXIT_OK
    print(tr(QT_TRANSLATE_NOOP("CLI", "City report written to {pdf} and {xlsx}")).format(**paths.to_dict()))
    return EXIT_OK


def cmd_districts(args: argparse.Namespace) -> int:
    with open_city_workspace(args) as workspace:
        year, as_of = _year_and_moment(args, workspace)
        rows = progress.city_progress(workspace, year, as_of).districts
    if args.json:
        keys = ("code", "name", "urban_communities", "in_scope", "target_share", "own_target", "required")
        print_json([{key: getattr(row, key) for key in keys} for row in rows])
        return EXIT_OK
    for row in rows:
        print(
            f"{row.code}\t{row.name}\t{row.urban_communities}\t{row.target_share:g}%\t{_whose(row.own_target)}"
            f"\t{row.required}"
        )
    return EXIT_OK


def _whose(own: bool) -> str:
    return tr(QT_TRANSLATE_NOOP("CLI", "district's own")) if own else tr(QT_TRANSLATE_NOOP("CLI", "city's"))


def cmd_target(args: argparse.Namespace) -> int:
    with open_city_workspace(args, sign_in=True) as workspace:
        if args.clear:
            shares = targets.clear_district_target(workspace, args.code, args.year)
        else:
            shares = targets.set_district_target(workspace, args.code, args.year, args.share)
    code = args.code.strip()
    if args.json:
        data = {"code": code, "year": args.year, "target_share": shares.share(code)}
        print_json({**data, "own_target": shares.is_own(code), "city_share": shares.city_share})
        return EXIT_OK
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "{code} {year}: target share {share}% ({whose}).")).format(
            code=code, year=args.year, share=f"{shares.share(code):g}", whose=_whose(shares.is_own(code))
        )
    )
    return EXIT_OK


def cmd_district(args: argparse.Namespace) -> int:
    with open_city_workspace(args, sign_in=True) as workspace:
        district = registry.set_district(workspace, args.code, args.name, args.communities)
    print(f"{district.code}\t{district.name}\t{district.urban_communities}")
    return EXIT_OK

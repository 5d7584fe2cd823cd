"""panel create | list | show | expert add/deactivate/activate | assign | unassign | score | merge | confirm.

The kit commands (``panel kit export | import | fill``, cli/panel_kit_cmds.py) and the sheet and
document commands (``panel sheet …``, ``panel opinion``, ``panel summary``, cli/panel_sheet_cmds.py)
join the same ``panel`` sub-commands. The expert to add is named with
``--account`` (``--user`` is the global option naming the account that acts).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import diagnostic, print_rows, subcommand, year_number
from greendesk.cli.opening import open_workspace
from greendesk.cli.panel_kit_cmds import add_kit_commands
from greendesk.cli.panel_sheet_cmds import add_sheet_commands
from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel import assignments, confirm, direct, panels
from greendesk.core.panel.merge import MergedCommunity, MergedItem, PanelTable


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "panel", help="expert panels: experts, assignments, kits, sheets, scores, merge, 复核, documents"
    )
    commands = parser.add_subparsers(dest="panel_command", metavar="ACTION", required=True)
    create = subcommand(
        commands, "create", cmd_create, help="a panel scoring a year's communities", json=True
    )
    create.add_argument("--year", type=year_number, required=True)
    create.add_argument("--batch", type=int, default=1)
    create.add_argument("--name", required=True)
    create.add_argument("--standard", required=True, help="id of a scored standard")
    create.add_argument(
        "--threshold", type=float, default=panels.DEFAULT_THRESHOLD, help="flag spreads above"
    )
    listing = subcommand(commands, "list", cmd_list, help="the panels", json=True)
    listing.add_argument("--year", type=year_number)
    show = subcommand(commands, "show", cmd_show, help="a panel's experts and assignments", json=True)
    show.add_argument("panel", help="panel number or name")
    _expert_commands(commands)
    _assignment_commands(commands)
    score = subcommand(commands, "score", cmd_score, help="score an assigned item as the signed-in expert")
    score.add_argument("panel")
    score.add_argument("--community", required=True)
    score.add_argument("--item", type=int, required=True)
    score.add_argument("--findings", required=True, help='JSON: {"rules": {"<rule id>": value}, "met": …}')
    score.add_argument("--comment", default="")
    merge = subcommand(
        commands, "merge", cmd_merge, help="the merged table: scores, mean, spread, flag", json=True
    )
    merge.add_argument("panel")
    merge.add_argument("--community", help="only this community")
    _confirm_command(commands)
    add_kit_commands(commands)  # panel kit export | import | fill
    add_sheet_commands(commands)  # panel sheet export | import, panel opinion, panel summary


def _expert_commands(commands: argparse._SubParsersAction) -> None:
    expert = commands.add_parser("expert", help="add or deactivate a panel's experts")
    actions = expert.add_subparsers(dest="expert_command", metavar="ACTION", required=True)
    add = subcommand(
        actions, "add", cmd_expert_add, help="an account with the expert role, or an external expert"
    )
    add.add_argument("panel")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--account", help="an account holding the expert role")
    who.add_argument("--name", help="an external expert without an account")
    add.add_argument("--organisation", default="")
    for name, handler in (("deactivate", cmd_expert_deactivate), ("activate", cmd_expert_activate)):
        command = subcommand(actions, name, handler)
        command.add_argument("panel")
        command.add_argument("expert", help="E01, E02, …")


def _assignment_commands(commands: argparse._SubParsersAction) -> None:
    for name, handler, text in (
        ("assign", cmd_assign, "an expert scores these communities (all items, or --item)"),
        ("unassign", cmd_unassign, "take communities (or --item) away from an expert"),
    ):
        command = subcommand(commands, name, handler, help=text)
        command.add_argument("panel")
        command.add_argument("--expert", required=True, help="E01, E02, …")
        command.add_argument("--community", nargs="+", required=True)
        command.add_argument("--item", type=int, nargs="+")


def _confirm_command(commands: argparse._SubParsersAction) -> None:
    command = subcommand(commands, "confirm", cmd_confirm, help="the 复核人 confirms merged scores")
    command.add_argument("panel")
    command.add_argument("--community", required=True)
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("--item", type=int)
    which.add_argument("--all-unflagged", action="store_true", help="every item whose experts agree")
    command.add_argument("--score", type=float, help="the confirmed score (default: the experts' mean)")
    command.add_argument(
        "--reason", default="", help="required for flagged items or a score other than the mean"
    )


# -- output -----------------------------------------------------------------------------------------


def _warn(warnings: tuple[Message, ...]) -> None:
    for warning in warnings:
        diagnostic(warning.render())


def _panel_dict(info: panels.PanelInfo) -> dict[str, Any]:
    data = asdict(info)
    data["warnings"] = [warning.render() for warning in info.warnings]
    return data


def _items_text(items: tuple[int, ...] | None) -> str:
    return tr(QT_TRANSLATE_NOOP("CLI", "all items")) if items is None else ",".join(map(str, items))


def _print_panel(info: panels.PanelInfo) -> None:
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI", "Panel {id} {name}: {year} batch {batch}, {standard}, flag spreads above {threshold}"
            )
        ).format(
            id=info.id,
            name=info.name,
            year=info.year,
            batch=info.batch,
            standard=info.standard_id,
            threshold=f"{info.threshold:g}",
        )
    )
    for expert in info.experts:
        who = expert.username or tr(QT_TRANSLATE_NOOP("CLI", "external"))
        state = "" if expert.active else "\t" + tr(QT_TRANSLATE_NOOP("CLI", "inactive"))
        print(f"{expert.key}\t{expert.name}\t{expert.organisation or '—'}\t{who}{state}")
    for row in info.assignments:
        print(f"{row.expert}\t{row.code}\t{row.community}\t{_items_text(row.items)}")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{round(value, 2):g}"


def _item_dict(item: MergedItem) -> dict[str, Any]:
    return {
        "number": item.number,
        "points": item.points,
        "gating": item.gating,
        "scores": item.scores,
        "comments": item.comments,
        "mean": None if item.merge is None else item.merge.mean,
        "spread": None if item.merge is None else item.merge.spread,
        "flagged": bool(item.merge and item.merge.disagreement),
        "awaiting": list(item.awaiting),
        "vetoed": item.vetoed,
        "confirmed": item.confirmed,
        "dissent": item.dissent,
        "confirmed_by": item.confirmed_by,
        "value": item.value,
    }


def _community_dict(table: PanelTable, community: MergedCommunity) -> dict[str, Any]:
    return {
        "code": community.code,
        "name": community.name,
        "street": community.street,
        "total": community.total,
        "passed": table.passed(community),
        "tier": table.tier(community),
        "tier_name": _tier_name(table, community),
        "flagged": list(community.flagged),
        "vetoed": list(community.vetoed),
        "items": [_item_dict(item) for item in community.items],
    }


def _tier_name(table: PanelTable, community: MergedCommunity) -> str:
    tier = table.tier(community)
    return next((t.name for t in table.standard.tiers if t.id == tier), tier or "")


def _print_community(table: PanelTable, community: MergedCommunity) -> None:
    passed = table.passed(community)
    result = {
        None: "—",
        True: tr(QT_TRANSLATE_NOOP("CLI", "passed")),
        False: tr(QT_TRANSLATE_NOOP("CLI", "failed")),
    }
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "{code} {name} ({street}): total {total}, {result}{tier}")).format(
            code=community.code,
            name=community.name,
            street=community.street,
            total=_number(community.total),
            result=result[passed],
            tier=f", {_tier_name(table, community)}" if table.tier(community) else "",
        )
    )
    keys = [expert.key for expert in table.experts]
    header = [tr(QT_TRANSLATE_NOOP("CLI", "item")), *keys]
    header += [
        tr(QT_TRANSLATE_NOOP("CLI", "mean")),
        tr(QT_TRANSLATE_NOOP("CLI", "spread")),
        tr(QT_TRANSLATE_NOOP("CLI", "flag")),
        tr(QT_TRANSLATE_NOOP("CLI", "confirmed")),
    ]
    print("\t".join(header))
    for item in community.items:
        if not item.scores:
            continue
        cells = [str(item.number), *(_number(item.scores[key]) if key in item.scores else "" for key in keys)]
        merge = item.merge
        cells += [
            _number(None if merge is None else merge.mean),
            _number(None if merge is None else merge.spread),
            "!" if merge is not None and merge.disagreement else "",
            _number(item.confirmed) + (f" ({item.dissent})" if item.dissent else ""),
        ]
        print("\t".join(cells))


# -- commands ---------------------------------------------------------------------------------------


def cmd_create(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        info = panels.create_panel(workspace, args.year, args.batch, args.name, args.standard, args.threshold)
    if args.json:
        print_json(_panel_dict(info))
    else:
        print(tr(QT_TRANSLATE_NOOP("CLI", "Panel {id} {name} created.")).format(id=info.id, name=info.name))
    _warn(info.warnings)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = panels.list_panels(workspace, args.year)
    print_rows(
        args,
        rows,
        asdict,
        lambda p: f"{p.id}\t{p.name}\t{p.year}/{p.batch}\t{p.standard_id}\t{p.experts}\t{p.communities}",
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        info = panels.show_panel(workspace, args.panel)
    if args.json:
        print_json(_panel_dict(info))
    else:
        _print_panel(info)
    _warn(info.warnings)
    return EXIT_OK


def cmd_expert_add(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        outcome = panels.add_expert(
            workspace, args.panel, username=args.account, name=args.name or "", organisation=args.organisation
        )
    expert = outcome.panel.experts[-1]
    print(tr(QT_TRANSLATE_NOOP("CLI", "Expert {key} {name} added.")).format(key=expert.key, name=expert.name))
    _warn(outcome.warnings)
    return EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        outcome = panels.set_expert_active(workspace, args.panel, args.expert, active)
    _print_panel(outcome.panel)
    _warn(outcome.warnings)
    return EXIT_OK


def cmd_expert_deactivate(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def cmd_expert_activate(args: argparse.Namespace) -> int:
    return _set_active(args, True)


def _assignment(args: argparse.Namespace, adding: bool) -> int:
    change = assignments.assign if adding else assignments.unassign
    with open_workspace(args, sign_in=True) as workspace:
        outcome = change(workspace, args.panel, args.expert, args.community, args.item)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Assignments changed: {count}.")).format(count=outcome.changed))
    _warn(outcome.warnings)
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    return _assignment(args, True)


def cmd_unassign(args: argparse.Namespace) -> int:
    return _assignment(args, False)


def cmd_score(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        result = direct.score_item(
            workspace, args.panel, args.community, args.item, args.findings, args.comment
        )
    for outcome in result.item.breakdown:
        print(f"  {outcome.describe().render()}")
    done = (
        QT_TRANSLATE_NOOP("CLI", "{key} scored item {item} of {code}: {score} of {points} points.")
        if result.recorded
        else QT_TRANSLATE_NOOP(
            "CLI", "{key} scored item {item} of {code}: {score} of {points} points (unchanged)."
        )
    )
    print(
        tr(done).format(
            key=result.expert,
            item=result.item.number,
            code=result.code,
            score=f"{result.item.score:g}",
            points=f"{result.item.points:g}",
        )
    )
    return EXIT_OK


def _merge_json(table: PanelTable, communities: list[MergedCommunity]) -> dict[str, Any]:
    return {
        "panel": {"id": table.panel.id, "name": table.panel.name, "year": table.panel.year},
        "threshold": table.panel.disagreement_threshold,
        "pass_mark": table.standard.pass_mark,
        "experts": [asdict(expert) for expert in table.experts],
        "communities": [_community_dict(table, c) for c in communities],
    }


def cmd_merge(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        table = panels.merged(workspace, args.panel)
    communities = [c for c in table.communities if args.community in (None, c.code)]
    if args.community and not communities:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Panel {panel} has no expert assigned to community {code}."),
            panel=table.panel.name,
            code=args.community,
        )
    if args.json:
        print_json(_merge_json(table, communities))
        return EXIT_OK
    for community in communities:
        _print_community(table, community)
    return EXIT_OK


def cmd_confirm(args: argparse.Namespace) -> int:
    if args.all_unflagged and (args.score is not None or args.reason):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "--all-unflagged confirms at the experts' mean: give no --score or --reason."
            )
        )
    with open_workspace(args, sign_in=True) as workspace:
        if args.all_unflagged:
            done = confirm.confirm_all_unflagged(workspace, args.panel, args.community)
        else:
            done = [
                confirm.confirm_item(
                    workspace, args.panel, args.community, args.item, args.score, args.reason
                )
            ]
    for row in done:
        print(
            tr(
                QT_TRANSLATE_NOOP("CLI", "Item {item} of {code} confirmed: {score} (experts' mean {mean}).")
            ).format(item=row.item, code=row.code, score=_number(row.score), mean=_number(row.mean))
        )
    if not done:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI", "Nothing to confirm: every item is confirmed, flagged or awaits a score."
                )
            )
        )
    return EXIT_OK

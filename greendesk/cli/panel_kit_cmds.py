"""panel kit export PANEL --expert E01 --out DIR [--split-mb N] | import FILE | fill KIT --code CODE.

``export`` prints the 评分码 once: the administrator gives it to the expert separately (phone, in
person), never with the kit. ``fill`` writes a returned kit from findings given as JSON, without the
window, for scripts and tests.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import diagnostic, subcommand
from greendesk.cli.opening import open_workspace
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel.kits import export_kit
from greendesk.core.panel.kits_import import import_return
from greendesk.core.panel.kits_open import fill_kit


def add_kit_commands(panel_subparsers: argparse._SubParsersAction) -> None:
    """``panel kit …``: registered by the ``panel`` group (cli/panel_cmds.py)."""
    kit = panel_subparsers.add_parser("kit", help="scoring kits for experts on other PCs")
    actions = kit.add_subparsers(dest="kit_command", metavar="ACTION", required=True)
    export = subcommand(actions, "export", cmd_export, json=True, help="write an expert's signed scoring kit")
    export.add_argument("panel", type=int, metavar="PANEL")
    export.add_argument("--expert", required=True, metavar="E01")
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument("--split-mb", type=int, metavar="N", help="split into parts of N MB (OA/IM limits)")
    imported = subcommand(actions, "import", cmd_import, json=True, help="import a returned kit (评分回执)")
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--panel", type=int, help="refuse a return for any other panel")
    fill = subcommand(actions, "fill", cmd_fill, help="write a returned kit from findings in JSON")
    fill.add_argument("kit", type=Path, metavar="KIT")
    fill.add_argument("--code", required=True, help="the 评分码")
    fill.add_argument("--scores", type=Path, required=True, metavar="JSON")
    fill.add_argument("--out", type=Path, required=True, metavar="FILE")


def cmd_export(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        result = export_kit(workspace, args.panel, args.expert, args.out, split_mb=args.split_mb)
    for entry in result.left_out:
        diagnostic(
            tr(QT_TRANSLATE_NOOP("CLI", "left out (a program): {community} item {item}: {name}")).format(
                community=entry.community, item=entry.item, name=entry.name
            )
        )
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP("CLI", "Kit written to {path}: {communities} communities, {files} files.")
        ).format(path=result.path, communities=result.communities, files=result.files)
    )
    for part in result.parts[1:]:
        print(f"  {part}")
    if result.checksum_file is not None:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Checksums of the parts: {path}")).format(path=result.checksum_file)
        )
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Signing key fingerprint: {fingerprint}")).format(
            fingerprint=result.fingerprint
        )
    )
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "评分码 (shown only now; give it to the expert separately, by phone or in person): {code}",
            )
        ).format(code=result.code)
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        result = import_return(workspace, args.file, expected_panel=args.panel)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    if result.already_imported:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "{file} was imported before: nothing added.")).format(file=args.file)
        )
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI", "Imported {file} from expert {expert} ({name}): {items} items, {added} new scores."
            )
        ).format(
            file=args.file,
            expert=result.expert_key,
            name=result.expert_name,
            items=result.items,
            added=result.added,
        )
    )
    return EXIT_OK


def cmd_fill(args: argparse.Namespace) -> int:
    try:
        scores = json.loads(args.scores.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The scores file {file} cannot be read as JSON: {reason}"),
            file=str(args.scores),
            reason=str(exc),
        ) from exc
    if not isinstance(scores, dict):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The scores must map each community code to its items, each with findings and a comment.",
            )
        )
    target = fill_kit(args.kit, args.code, scores, args.out)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Returned kit written to {path}.")).format(path=target))
    return EXIT_OK
